--TEST--
S/MIME: missing and mismatched keys and certificates give PHPMailer's errors ('Signing Error: ' and OpenSSL's words)
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/smime.inc';

$dir = sys_get_temp_dir() . '/smtp-smime-' . getmypid();
@mkdir($dir);
$signer = smime_test_signer($dir, 'right');
$certs = smtp_test_config()['certs'];

/*
 * Each case in both modes: without exceptions createBody() swallows the
 * failure (an empty body, no ErrorInfo); with them, preSend() rethrows it.
 * PHP keeps OpenSSL's errors in a queue of its own that openssl_error_string()
 * reads one at a time, so leftovers of one failure would show in the next:
 * the queue is emptied before each case, as in a fresh request.
 */
$code = <<<'PHP'
    $out = [];
    foreach ($vars['cases'] as $name => [$cert, $key, $pass, $extra]) {
        foreach ([false, true] as $exceptions) {
            while (openssl_error_string() !== false);
            $mail = new class ($exceptions) extends PHPMailer\PHPMailer\PHPMailer {
                protected function generateId() { return 'PinnedIdPinnedIdPinnedIdPinnedIdPinnedId123'; }
            };
            $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
            $mail->XMailer = 'Test Mailer';
            $mail->isSMTP();
            $mail->setFrom('sender@example.test');
            $mail->addAddress('to@example.test');
            $mail->Subject = 'Signed';
            $mail->Body = 'Body';
            $mail->sign($cert, $key, $pass, $extra);
            try {
                $out[$name][] = [$mail->preSend(), $mail->ErrorInfo, $mail->getSentMIMEMessage()];
            } catch (PHPMailer\PHPMailer\Exception $e) {
                $out[$name][] = ['exception', $e->getMessage(), $e->getCode(), $mail->ErrorInfo];
            }
        }
    }
    return $out;
PHP;

$vars = ['cases' => [
    'the key file is missing' => [$signer['cert'], "$dir/missing.key", 'right', ''],
    'the certificate file is missing' => ["$dir/missing.crt", $signer['key'], 'right', ''],
    'a wrong passphrase' => [$signer['cert'], $signer['key'], 'wrong', ''],
    'the key is not the certificate\'s' => [$signer['cert'], $certs['client']['key'], '', ''],
    'an Ed25519 key' => [$signer['cert'], $certs['dkim-ed25519']['key'], '', ''],
    'the extra certificates file is missing' => [$signer['cert'], $signer['key'], 'right', "$dir/missing.pem"],
    'the extra certificates file holds none' => [$signer['cert'], $signer['key'], 'right', $certs['dkim-rsa']['pub']],
    'everything right' => [$signer['cert'], $signer['key'], 'right', $certs['ca']],
]];
$native = (static function (array $vars) use ($code) { return eval($code); })($vars);
$oracle = phpmailer_oracle($code, $vars);

// The signed message of the last case differs only in OpenSSL's random boundary and signature.
$normalize = function (array $results) {
    array_walk_recursive($results, function (&$v) {
        $v = is_string($v) ? smime_test_normalize($v) : $v;
    });
    return $results;
};
$describe = function (array $r) {
    if ($r[0] === 'exception') {
        return 'exception ' . json_encode([$r[1], $r[2]]) . ($r[1] === $r[3] ? ', the same in ErrorInfo' : '');
    }
    $body = substr($r[2], strpos($r[2], "\r\n\r\n") + 4);
    return 'preSend ' . var_export($r[0], true) . ', ErrorInfo ' . json_encode($r[1]) . ', '
        . ($body === '' ? 'empty body' : (strpos($r[2], 'multipart/signed') !== false ? 'signed' : 'unsigned body'));
};
foreach ($native as $name => [$quiet, $loud]) {
    $same = $normalize($native[$name]) === $normalize($oracle[$name]);
    echo "$name: ", $same ? 'as PHPMailer' : 'DIFFERENT', "\n";
    echo '  without exceptions: ', $describe($quiet), "\n";
    echo '  with exceptions: ', $describe($loud), "\n";
    if (!$same) {
        var_dump($native[$name], $oracle[$name]);
    }
}
unlink($signer['cert']);
unlink($signer['key']);
rmdir($dir);
?>
--EXPECT--
the key file is missing: as PHPMailer
  without exceptions: preSend true, ErrorInfo "", empty body
  with exceptions: exception ["Signing Error: error:1E08010C:DECODER routines::unsupported",0], the same in ErrorInfo
the certificate file is missing: as PHPMailer
  without exceptions: preSend true, ErrorInfo "", empty body
  with exceptions: exception ["Signing Error: error:0480006C:PEM routines::no start line",0], the same in ErrorInfo
a wrong passphrase: as PHPMailer
  without exceptions: preSend true, ErrorInfo "", empty body
  with exceptions: exception ["Signing Error: error:1C800064:Provider routines::bad decrypt",0], the same in ErrorInfo
the key is not the certificate's: as PHPMailer
  without exceptions: preSend true, ErrorInfo "", empty body
  with exceptions: exception ["Signing Error: error:05800074:x509 certificate routines::key values mismatch",0], the same in ErrorInfo
an Ed25519 key: as PHPMailer
  without exceptions: preSend true, ErrorInfo "", empty body
  with exceptions: exception ["Signing Error: error:03000065:digital envelope routines::different key types",0], the same in ErrorInfo
the extra certificates file is missing: as PHPMailer
  without exceptions: preSend true, ErrorInfo "", empty body
  with exceptions: exception ["Signing Error: error:FFFFFFFF80000002:system library::No such file or directory",0], the same in ErrorInfo
the extra certificates file holds none: as PHPMailer
  without exceptions: preSend true, ErrorInfo "", empty body
  with exceptions: exception ["Signing Error: ",0], the same in ErrorInfo
everything right: as PHPMailer
  without exceptions: preSend true, ErrorInfo "", signed
  with exceptions: preSend true, ErrorInfo "", signed
