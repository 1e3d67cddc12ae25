--TEST--
S/MIME: signed messages are laid out as PHPMailer lays them out, and verify with openssl smime after delivery by Postfix
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/smime.inc';

$dir = sys_get_temp_dir() . '/smtp-smime-' . getmypid();
@mkdir($dir);
$signer = smime_test_signer($dir, 'signing pass');
$ca = smtp_test_config()['certs']['ca'];

// The message, with id, date and X-Mailer pinned so that both runs produce the same bytes.
$build = <<<'PHP'
    $mail = new class (true) extends PHPMailer\PHPMailer\PHPMailer {
        protected function generateId() { return 'PinnedIdPinnedIdPinnedIdPinnedIdPinnedId123'; }
    };
    $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
    $mail->Hostname = 'host.example';
    $mail->isSMTP();
    $mail->CharSet = 'utf-8';
    $mail->setFrom('sender@example.test', 'Sender');
    $mail->addAddress($vars['to']);
    $mail->Subject = $vars['subject'];
    $mail->Body = $vars['body'];
    if ($vars['html']) {
        $mail->isHTML(true);
        $mail->AltBody = "Grüße\n";
        $mail->addStringAttachment("a,b\n1,2\n", 'data.csv');
    }
    $mail->sign($vars['cert'], $vars['key'], 'signing pass', $vars['extra']);
    $mail->preSend();
PHP;

$messages = [
    'plain text, no extra certificates' => ['html' => false, 'extra' => '', 'body' => "Grüße,\nsigned.\n"],
    'HTML, alternative, attachment, the CA as extra certificate' => ['html' => true, 'extra' => $ca,
        'body' => '<p>Grüße</p>'],
];
foreach ($messages as $name => $m) {
    $to = smtp_test_token();
    $vars = $m + ['to' => "$to@example.test", 'subject' => "Signed: $name"] + $signer;
    $mail = (static function (array $vars) use ($build) { return eval($build . 'return $mail;'); })($vars);
    $native = $mail->getSentMIMEMessage();
    $oracle = phpmailer_oracle($build . 'return $mail->getSentMIMEMessage();', $vars);
    echo "$name:\n";
    echo '  laid out as by PHPMailer: ', var_export(smime_test_normalize($native) === smime_test_normalize(oracle_612($oracle)), true), "\n";

    // Sent through Postfix by the same object; OpenSSL verifies the delivered copy against the test CA.
    $server = smtp_test_server('postfix_plain');
    $mail->Host = $server['host'];
    $mail->Port = $server['port'];
    echo '  sent: ', var_export($mail->postSend(), true), "\n";
    $raw = smtp_test_wait_message($to);
    [$status, $said, $content] = smime_test_verify($raw);
    echo "  openssl smime -verify: $status, $said\n";
    $part = smtp_test_parse_message($content);
    echo '  signed content: ', $part['mime']['type'], ' with ', count($part['mime']['parts']), " parts\n";
    $msg = smtp_test_parse_message($raw);
    echo '  ', $msg['mime']['type'], ': ', implode(', ', array_map(fn($p) => $p['type'], $msg['mime']['parts'])), "\n";
    $p7 = "-----BEGIN PKCS7-----\n" . chunk_split(base64_encode($msg['mime']['parts'][1]['body']), 64, "\n")
        . "-----END PKCS7-----\n";
    echo '  certificates in the signature: ', openssl_pkcs7_read($p7, $certs) ? count($certs) : 'none', "\n";
}
unlink($signer['cert']);
unlink($signer['key']);
rmdir($dir);
?>
--EXPECT--
plain text, no extra certificates:
  laid out as by PHPMailer: true
  sent: true
  openssl smime -verify: 0, Verification successful
  signed content: text/plain with 0 parts
  multipart/signed: text/plain, application/x-pkcs7-signature
  certificates in the signature: 1
HTML, alternative, attachment, the CA as extra certificate:
  laid out as by PHPMailer: true
  sent: true
  openssl smime -verify: 0, Verification successful
  signed content: multipart/mixed with 2 parts
  multipart/signed: multipart/mixed, application/x-pkcs7-signature
  certificates in the signature: 2
