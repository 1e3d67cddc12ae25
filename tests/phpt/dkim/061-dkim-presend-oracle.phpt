--TEST--
preSend() signs with DKIM as PHPMailer does: the same DKIM-Signature field, byte for byte, for several messages
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/dkim.inc'; dkim_test_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../inc/dkim.inc';

$dir = sys_get_temp_dir() . '/smtp-dkim-' . getmypid();
@mkdir($dir);
// The RSA test key again, encrypted with a passphrase.
$key = dkim_test_key('dkim-rsa')['key'];
openssl_pkey_export(openssl_pkey_get_private(file_get_contents($key)), $encrypted, 'pass phrase');
file_put_contents("$dir/encrypted.key", $encrypted);

/*
 * The messages: what to set on the mailer. Date, Message-ID and X-Mailer
 * are pinned so both runs write the same headers.
 */
$messages = [
    'plain, SMTP, key file, identity, extra custom header' => [
        'Mailer' => 'smtp', 'DKIM_private' => $key, 'DKIM_identity' => 'shop@example.test',
        'DKIM_extraHeaders' => ['X-Order', 'X-Missing'], 'custom' => [['X-Order', '12345'], ['X-Other', 'unsigned']],
        'Subject' => 'Your order | 12345', 'Body' => "Thank you for your order.  \n\nShop \t\n\n\n",
    ],
    'plain, sendmail (LF), encrypted key string, no z=' => [
        'Mailer' => 'sendmail', 'DKIM_private_string' => $encrypted, 'DKIM_passphrase' => 'pass phrase',
        'DKIM_copyHeaderFields' => false, 'CharSet' => 'utf-8',
        'Subject' => 'Grüße aus Köln – ein sehr langer Betreff, der gefaltet werden muss, weil er so lang ist',
        'Body' => "Hallo,\r\nviele Grüße\r\n",
    ],
    'plain, mail() (mailHeader signed too)' => [
        'Mailer' => 'mail', 'DKIM_private' => $key, 'Subject' => 'Via mail()', 'Body' => "x\n",
    ],
    'HTML with text alternative, attachment and inline image' => [
        'Mailer' => 'smtp', 'DKIM_private' => $key, 'html' => true, 'CharSet' => 'utf-8',
        'DKIM_extraHeaders' => ['List-Unsubscribe'], 'custom' => [['List-Unsubscribe', '<mailto:u@example.test>']],
        'Subject' => 'Newsletter', 'Body' => '<p>Hi <img src="cid:logo"></p>', 'AltBody' => "Hi\n",
        'attach' => true,
    ],
    'multipart, sendmail (LF), no z=, identity' => [
        'Mailer' => 'sendmail', 'DKIM_private' => $key, 'DKIM_copyHeaderFields' => false,
        'DKIM_identity' => '@example.test', 'Subject' => 'Report', 'Body' => "See attachment \n", 'attach' => true,
    ],
];

$configure = <<<'PHP'
    $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
    $mail->MessageID = '<pinned@example.test>';
    $mail->XMailer = 'Test Mailer';
    $mail->Mailer = $m['Mailer'];
    $mail->setFrom('shop@example.test', 'Example Shop');
    $mail->addAddress('zoe@example.test', 'Zoë');
    $mail->addReplyTo('help@example.test');
    $mail->DKIM_domain = 'example.test';
    $mail->DKIM_selector = 'test';
    foreach (['DKIM_private', 'DKIM_private_string', 'DKIM_passphrase', 'DKIM_identity', 'DKIM_copyHeaderFields',
              'DKIM_extraHeaders', 'CharSet', 'Subject', 'Body', 'AltBody'] as $p) {
        if (array_key_exists($p, $m)) {
            $mail->$p = $m[$p];
        }
    }
    foreach ($m['custom'] ?? [] as [$header, $value]) {
        $mail->addCustomHeader($header, $value);
    }
    if (!empty($m['html'])) {
        $mail->isHTML(true);
    }
    if (!empty($m['attach'])) {
        $mail->addStringAttachment(str_repeat("report,1\n", 50), 'report.csv');
        $mail->addStringEmbeddedImage(base64_decode('R0lGODlhAQABAAAAACw='), 'logo', 'logo.gif');
    }
PHP;

class NativeMailer extends PHPMailer\PHPMailer\PHPMailer
{
    protected function generateId()
    {
        return 'PinnedIdPinnedIdPinnedIdPinnedIdPinnedId123';
    }
}

/*
 * Native: preSend(), then the message cut into the field, the header lines
 * around it (what DKIM_Add() was given: MIMEHeader, and for mail() the To
 * and Subject lines of mailHeader after it) and the body.
 */
$native = [];
foreach ($messages as $name => $m) {
    $mail = new NativeMailer(true);
    eval($configure);
    $mail->preSend();
    $message = $mail->getSentMIMEMessage();
    $le = $m['Mailer'] === 'sendmail' ? "\n" : "\r\n";
    $section = substr($message, 0, strpos($message, "$le$le") + strlen($le));
    $field = dkim_test_field($message);
    $at = strpos($section, "{$le}DKIM-Signature:") + strlen($le);
    $after = substr($section, $at + strlen($field) + strlen($le));
    $native[$name] = ['message' => $message, 'headers' => substr($section, 0, $at) . $after, 'field' => $field,
        'body' => substr($message, strlen($section) + strlen($le)), 'le' => $le, 'time' => dkim_test_time($field),
        'after' => preg_match_all("/^([^ \t:]+):/m", $after, $names) ? implode(', ', $names[1]) : '(nothing)'];
}

/*
 * PHPMailer, with each native t=: DKIM_Add() of the same header lines,
 * Subject and body (6.6.3 lays multipart bodies out differently, so its
 * own preSend() cannot give the same inputs), and, for the plain messages,
 * its whole preSend() output.
 */
$oracle_code = <<<'PHP'
    $out = [];
    foreach ($vars['messages'] as $name => $m) {
        $n = $vars['native'][$name];
        $GLOBALS['dkim_test_time'] = $n['time'];
        Oracle612::useLE($n['le']);
        $mail = new Oracle612(true);
        CONFIGURE;
        $subject = $mail->encodeHeader($mail->secureHeader(trim($m['Subject'])));
        $out[$name]['field'] = $mail->DKIM_Add($n['headers'], $subject, $n['body']);
        if (empty($m['attach']) && empty($m['html'])) {
            $mail = new Oracle612(true);
            CONFIGURE;
            $mail->preSend();
            $out[$name]['message'] = $mail->getSentMIMEMessage();
        }
    }
    return $out;
PHP;
$oracle = dkim_oracle(str_replace('CONFIGURE;', $configure, $oracle_code),
    ['messages' => $messages, 'native' => $native], 0);

foreach ($messages as $name => $m) {
    $n = $native[$name];
    $o = $oracle[$name];
    echo "$name:\n";
    echo '  field identical: ', var_export($n['field'] === $o['field'], true), "\n";
    echo '  followed by: ', $n['after'], "\n";
    if (isset($o['message'])) {
        echo '  whole message identical: ', var_export($n['message'] === $o['message'], true), "\n";
    }
    if ($n['field'] !== $o['field']) {
        echo $n['field'], "\n---\n", $o['field'], "\n";
    }
}
preg_match('/ h=([^;]*);/', str_replace("\r\n", "\n", $native['HTML with text alternative, attachment and inline image']['field']), $h);
echo $h[1], "\n";
unlink("$dir/encrypted.key");
rmdir($dir);
?>
--EXPECT--
plain, SMTP, key file, identity, extra custom header:
  field identical: true
  followed by: (nothing)
  whole message identical: true
plain, sendmail (LF), encrypted key string, no z=:
  field identical: true
  followed by: (nothing)
  whole message identical: true
plain, mail() (mailHeader signed too):
  field identical: true
  followed by: To, Subject
  whole message identical: true
HTML with text alternative, attachment and inline image:
  field identical: true
  followed by: (nothing)
multipart, sendmail (LF), no z=, identity:
  field identical: true
  followed by: (nothing)
Date:To:From:Reply-To:Subject:Message-ID:X-Mailer:List-Unsubscribe:MIME-Version:Content-Type
