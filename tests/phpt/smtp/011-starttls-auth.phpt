--TEST--
STARTTLS with certificate verification, then AUTH PLAIN, LOGIN and CRAM-MD5
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_starttls'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';

foreach (['PLAIN', 'LOGIN', 'CRAM-MD5'] as $mechanism) {
    $mail = smtp_test_mailer('postfix_starttls');
    $mail->AuthType = $mechanism;
    $mail->SMTPDebug = 4;
    $transcript = '';
    $mail->Debugoutput = function ($line) use (&$transcript) { $transcript .= $line . "\n"; };
    $to = smtp_test_token();
    $mail->setFrom('sender@example.test');
    $mail->addAddress("$to@example.test");
    $mail->Subject = "Over STARTTLS with $mechanism";
    $mail->Body = 'body';
    $sent = $mail->send();
    $msg = smtp_test_parse_message(smtp_test_wait_message($to));
    $received = smtp_test_header($msg['headers'], 'Received');
    printf("%s sent=%s starttls=%d auth=%d esmtpsa=%d tls=%d subject=%s\n", $mechanism, var_export($sent, true),
        substr_count($transcript, 'CLIENT -> SERVER: STARTTLS'),
        substr_count($transcript, "CLIENT -> SERVER: AUTH $mechanism"),
        (int) str_contains($received, 'with ESMTPSA'), (int) str_contains($received, '(using TLSv1.'),
        smtp_test_header($msg['headers'], 'Subject'));
}
?>
--EXPECT--
PLAIN sent=true starttls=1 auth=1 esmtpsa=1 tls=1 subject=Over STARTTLS with PLAIN
LOGIN sent=true starttls=1 auth=1 esmtpsa=1 tls=1 subject=Over STARTTLS with LOGIN
CRAM-MD5 sent=true starttls=1 auth=1 esmtpsa=1 tls=1 subject=Over STARTTLS with CRAM-MD5
