--TEST--
DKIM with two keys (beyond PHPMailer): SMTPOptions['smtp']['dkim_keys'] adds an rsa-sha256 and an ed25519-sha256 signature, each with its selector; dkimpy verifies both on the message as Postfix delivered it
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/dkim.inc';
smtp_test_skipif('postfix_plain');
dkim_test_skipif(true);
?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/dkim.inc';

$rsa = dkim_test_key('dkim-rsa');
$ed = dkim_test_key('dkim-ed25519');

function send_signed(array $keys): string
{
    $mail = smtp_test_mailer('postfix_plain');
    $to = smtp_test_token();
    $mail->CharSet = 'utf-8';
    $mail->setFrom('shop@example.test', 'Example Shop');
    $mail->addAddress("$to@example.test");
    $mail->Subject = 'Grüße, zweifach signiert';
    $mail->isHTML(true);
    $mail->Body = '<p>Grüße</p>';
    $mail->AltBody = "Grüße\n";
    $mail->addStringAttachment(str_repeat("month,orders\n", 300), 'report.csv');
    $mail->DKIM_domain = 'example.test';
    $mail->DKIM_selector = 'default';
    $mail->DKIM_identity = 'shop@example.test';
    $mail->SMTPOptions['smtp'] = ['dkim_keys' => $keys];
    echo 'sent: ', var_export($mail->send(), true), "\n";
    return smtp_test_wait_message($to);
}

/** a= and s= of each DKIM-Signature, in order. */
function tags(string $raw): string
{
    preg_match_all('/^DKIM-Signature:(.*(?:\r?\n[ \t].*)*)/m', $raw, $fields);
    return implode(' | ', array_map(function ($field) {
        preg_match('/\ba=([\w-]+);/', $field, $a);
        preg_match('/\bs=([\w-]+);/', $field, $s);
        return "a=$a[1] s=$s[1]";
    }, $fields[1]));
}

// Two keys, a selector each (a key file's path, and a key as PEM text).
$raw = send_signed(['rsa2026' => $rsa['key'], 'ed2026' => file_get_contents($ed['key'])]);
$dns = ['rsa2026' => $rsa['pub'], 'ed2026' => $ed['pub']];
echo tags($raw), "\n";
echo 'dkimpy: ', implode(', ', dkim_test_verify($raw, $dns)), "\n";
// The verifier can fail each: the keys' records swapped, or one changed byte of the body.
echo 'records swapped: ', implode(', ', array_map(fn($r) => explode(':', $r)[0],
    dkim_test_verify($raw, ['rsa2026' => $ed['pub'], 'ed2026' => $rsa['pub']]))), "\n";
echo 'body altered: ', implode(', ', array_map(fn($r) => explode(':', $r)[0],
    dkim_test_verify(str_replace('bW9udGgs', 'bW9udGgt', $raw), $dns))), "\n";

// One Ed25519 key alone, with DKIM_selector.
$raw = send_signed([$ed['key']]);
echo tags($raw), "\n";
echo 'dkimpy: ', implode(', ', dkim_test_verify($raw, $ed['pub'])), "\n";

// A key that cannot be read: the message is not sent with fewer signatures.
$mail = smtp_test_mailer('postfix_plain');
$mail->setFrom('shop@example.test');
$mail->addAddress('nobody@example.test');
$mail->Body = 'body';
$mail->DKIM_domain = 'example.test';
$mail->DKIM_selector = 'default';
$mail->SMTPOptions['smtp'] = ['dkim_keys' => [$rsa['key'], '/nonexistent/dkim.key']];
try {
    var_dump($mail->send());
} catch (PHPMailer\PHPMailer\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
sent: true
a=rsa-sha256 s=rsa2026 | a=ed25519-sha256 s=ed2026
dkimpy: pass, pass
records swapped: fail, fail
body altered: fail, fail
sent: true
a=ed25519-sha256 s=default
dkimpy: pass
PHPMailer\PHPMailer\Exception: DKIM key /nonexistent/dkim.key cannot be read: error:FFFFFFFF80000002:system library::No such file or directory