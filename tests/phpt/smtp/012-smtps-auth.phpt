--TEST--
Implicit TLS (SMTPS) with certificate verification and AUTH
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_smtps'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';

$mail = smtp_test_mailer('postfix_smtps');
var_dump($mail->SMTPSecure);
$to = smtp_test_token();
$mail->setFrom('sender@example.test');
$mail->addAddress("$to@example.test");
$mail->Subject = 'Over SMTPS';
$mail->Body = 'body';
var_dump($mail->send());
$msg = smtp_test_parse_message(smtp_test_wait_message($to));
$received = smtp_test_header($msg['headers'], 'Received');
var_dump(str_contains($received, 'with ESMTPSA'), str_contains($received, '(using TLSv1.'));
echo smtp_test_header($msg['headers'], 'Subject'), "\n";
?>
--EXPECT--
string(3) "ssl"
bool(true)
bool(true)
bool(true)
Over SMTPS
