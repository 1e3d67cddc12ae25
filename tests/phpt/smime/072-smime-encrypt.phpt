--TEST--
S/MIME encryption (beyond PHPMailer) to two recipients through SMTPOptions['smtp']['smime_encrypt'], alone and around a signature: each recipient decrypts the copy Postfix delivered with openssl smime -decrypt, and the signature inside verifies
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/smime.inc';

$dir = sys_get_temp_dir() . '/smtp-smime-encrypt-' . getmypid();
@mkdir($dir);
$signer = smime_test_signer($dir, 'signing pass');
$bob = smime_test_recipient($dir, 'bob@example.test');
$carol = smime_test_recipient($dir, 'carol@example.test');
$mallory = smime_test_recipient($dir, 'mallory@example.test');

foreach (['encrypted' => false, 'signed, then encrypted' => true] as $name => $sign) {
    $to = smtp_test_token();
    $mail = smtp_test_mailer('postfix_plain');
    $mail->CharSet = 'utf-8';
    $mail->setFrom('sender@example.test', 'Sender');
    $mail->addAddress("$to@example.test");
    $mail->Subject = "S/MIME: $name";
    $mail->isHTML(true);
    $mail->Body = '<p>Grüße, secret</p>';
    $mail->AltBody = "Grüße, secret\n";
    $mail->addStringAttachment("a,b\n1,2\n", 'data.csv');
    if ($sign) {
        $mail->sign($signer['cert'], $signer['key'], 'signing pass');
    }
    // A string is one certificate; an array, one per recipient.
    $mail->SMTPOptions['smtp'] = ['smime_encrypt' => [$bob['cert'], $carol['cert']]];
    echo "$name:\n  sent: ", var_export($mail->send(), true), "\n";
    $raw = smtp_test_wait_message($to);
    $msg = smtp_test_parse_message($raw);
    echo '  delivered: ', smtp_test_header($msg['headers'], 'Content-Type'), "\n";
    echo '  subject in the clear: ', smtp_test_header($msg['headers'], 'Subject'), "\n";
    echo '  secret in the clear: ', var_export(str_contains($raw, 'secret') || str_contains($raw, 'data.csv'), true), "\n";
    foreach (['bob' => $bob, 'carol' => $carol, 'mallory' => $mallory] as $who => $recipient) {
        [$status, $said, $content] = smime_test_decrypt($raw, $recipient);
        echo "  openssl smime -decrypt as $who: $status\n";
        if ($status !== 0) {
            continue;
        }
        if ($sign) {
            [$vstatus, $vsaid, $content] = smime_test_verify($content);
            echo "    openssl smime -verify: $vstatus, $vsaid\n";
        }
        $part = smtp_test_parse_message($content);
        echo '    content: ', $part['mime']['type'], ' (', implode(', ', array_map(fn($p) => $p['type'], $part['mime']['parts'])), ")\n";
    }
}

// A certificate that cannot be read: the send fails and says why.
$mail = smtp_test_mailer('postfix_plain');
$mail->setFrom('sender@example.test');
$mail->addAddress('nobody@example.test');
$mail->Body = 'body';
$mail->SMTPOptions['smtp'] = ['smime_encrypt' => "$dir/missing.crt"];
try {
    $mail->send();
} catch (PHPMailer\PHPMailer\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

foreach ([$signer, $bob, $carol, $mallory] as $files) {
    unlink($files['cert']);
    unlink($files['key']);
}
rmdir($dir);
?>
--EXPECT--
encrypted:
  sent: true
  delivered: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"
  subject in the clear: S/MIME: encrypted
  secret in the clear: false
  openssl smime -decrypt as bob: 0
    content: multipart/mixed (multipart/alternative, text/csv)
  openssl smime -decrypt as carol: 0
    content: multipart/mixed (multipart/alternative, text/csv)
  openssl smime -decrypt as mallory: 4
signed, then encrypted:
  sent: true
  delivered: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"
  subject in the clear: S/MIME: signed, then encrypted
  secret in the clear: false
  openssl smime -decrypt as bob: 0
    openssl smime -verify: 0, Verification successful
    content: multipart/mixed (multipart/alternative, text/csv)
  openssl smime -decrypt as carol: 0
    openssl smime -verify: 0, Verification successful
    content: multipart/mixed (multipart/alternative, text/csv)
  openssl smime -decrypt as mallory: 4
PHPMailer\PHPMailer\Exception: S/MIME encryption error: error:0480006C:PEM routines::no start line