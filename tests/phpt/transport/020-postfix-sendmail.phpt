--TEST--
Postfix's real sendmail into the test Postfix: isSendmail(), SingleTo and isMail() messages arrive byte for byte as sent
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/servers.inc';
require __DIR__ . '/../inc/transport.inc';
if (getenv('USE_ZEND_ALLOC') === '0') {
    // run-tests -m traces children: valgrind cannot run Postfix's setgid postdrop.
    echo "skip Postfix's sendmail does not run under valgrind\n";
    return;
}
smtp_test_skipif('postfix_plain');
try {
    if ($why = postfix_sendmail_problem()) {
        echo "skip $why\n";
    }
} catch (Throwable $e) {
    // servers.json is missing: smtp_test_skipif() said so.
}
?>
--INI--
sendmail_path={PWD}/../inc/fake-sendmail.sh
mail.add_x_header=0
--FILE--
<?php
require __DIR__ . '/../inc/servers.inc';
require __DIR__ . '/../inc/transport.inc';

$etc = postfix_config_dir();

function message(string $mailer, array $to, string $cc, string $bcc): PHPMailer\PHPMailer\PHPMailer
{
    $mail = new PHPMailer\PHPMailer\PHPMailer(true);
    $mail->Mailer = $mailer;
    $mail->setFrom('sender@example.test', 'Sender Name');
    foreach ($to as $address) {
        $mail->addAddress($address, 'Recipient ' . strtok($address, '@'));
    }
    $mail->addCC($cc);
    $mail->addBCC($bcc);
    $mail->CharSet = 'utf-8';
    $mail->Subject = 'Grüße über sendmail';
    $mail->isHTML();
    $mail->Body = "<p>Héllo</p>\n<p>.a line with a leading dot</p>\n";
    $mail->AltBody = "Héllo\n.a line with a leading dot\n";
    $mail->addStringAttachment(random_bytes(3000), 'blob.bin');
    return $mail;
}

/* What each mailbox got: the message after Postfix's trace fields, and the envelope sender. */
function deliveries(array $locals, int $each = 1): array
{
    $got = [];
    foreach ($locals as $local) {
        foreach (smtp_test_wait_messages($local, $each) as $raw) {
            $got[$local][] = postfix_delivered($raw);
        }
    }
    return $got;
}

// 1. isSendmail() with Postfix's sendmail told our instance's configuration directory by -C.
[$to, $cc, $bcc] = [smtp_test_token(), smtp_test_token(), smtp_test_token()];
$mail = message('sendmail', ["$to@example.test"], "$cc@example.test", "$bcc@example.test");
$mail->Sendmail = "/usr/sbin/sendmail -C $etc";
var_dump($mail->send());
$sent = $mail->getSentMIMEMessage();
// sendmail -t takes the recipients from the header and drops Bcc, as it should.
$without_bcc = preg_replace('/^Bcc: [^\n]*\n/m', '', $sent, 1, $bcc_lines);
echo "sent: Bcc header $bcc_lines, CR bytes ", substr_count($sent, "\r"), "\n";
foreach (deliveries([$to, $cc, $bcc]) as $local => [$d]) {
    echo ($local === $to ? 'To' : ($local === $cc ? 'Cc' : 'Bcc')), ': Return-Path ', $d['return_path'],
        ', as sent: ', var_export($d['message'] === $without_bcc, true), "\n";
}

// 2. SingleTo through the sendmail_path PHP knows (Postfix's sendmail finds
// our instance through MAIL_CONFIG): one run, and one message, per To.
putenv("MAIL_CONFIG=$etc");
[$one, $two, $cc] = [smtp_test_token(), smtp_test_token(), smtp_test_token()];
$mail = message('sendmail', ["$one@example.test", "$two@example.test"], "$cc@example.test", "$cc-b@example.test");
$mail->Sendmail = '/usr/sbin/sendmail';
$mail->SingleTo = true;
var_dump($mail->send());
$got = deliveries([$one, $two]) + deliveries([$cc], 2);
foreach ([$one, $two] as $local) {
    $d = $got[$local][0];
    $expected = "To: Recipient $local <$local@example.test>\n"
        . preg_replace('/^Bcc: [^\n]*\n/m', '', $mail->getSentMIMEMessage());
    echo 'SingleTo: Return-Path ', $d['return_path'], ', as sent: ', var_export($d['message'] === $expected, true), "\n";
}
echo 'Cc got ', count($got[$cc]), " copies\n";

// 3. isMail(): PHP's mail() runs the fake sendmail, which keeps what it was
// given and hands it on to Postfix's sendmail. mail() writes CRLF line ends;
// Postfix's sendmail stores LF (sendmail_fix_line_endings), nothing else changes.
$dir = fake_sendmail_start();
putenv('FAKE_SENDMAIL_EXEC=/usr/sbin/sendmail -t -i');
[$to, $cc, $bcc] = [smtp_test_token(), smtp_test_token(), smtp_test_token()];
$mail = message('mail', ["$to@example.test"], "$cc@example.test", "$bcc@example.test");
var_dump($mail->send());
$runs = fake_sendmail_runs($dir);
fake_sendmail_stop($dir);
putenv('FAKE_SENDMAIL_EXEC');
echo 'mail() ran: ', json_encode($runs[0]['argv']), "\n";
$given = str_replace("\r\n", "\n", $runs[0]['stdin']);
foreach (deliveries([$to, $cc, $bcc]) as $local => [$d]) {
    echo ($local === $to ? 'To' : ($local === $cc ? 'Cc' : 'Bcc')), ': Return-Path ', $d['return_path'],
        ', as given to mail(): ', var_export($d['message'] === preg_replace('/^Bcc: [^\n]*\n/m', '', $given), true), "\n";
}
putenv('MAIL_CONFIG');
?>
===DONE===
--EXPECT--
bool(true)
sent: Bcc header 1, CR bytes 0
To: Return-Path <sender@example.test>, as sent: true
Cc: Return-Path <sender@example.test>, as sent: true
Bcc: Return-Path <sender@example.test>, as sent: true
bool(true)
SingleTo: Return-Path <sender@example.test>, as sent: true
SingleTo: Return-Path <sender@example.test>, as sent: true
Cc got 2 copies
bool(true)
mail() ran: ["-fsender@example.test"]
To: Return-Path <sender@example.test>, as given to mail(): true
Cc: Return-Path <sender@example.test>, as given to mail(): true
Bcc: Return-Path <sender@example.test>, as given to mail(): true
===DONE===
