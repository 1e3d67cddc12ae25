--TEST--
SMTPUTF8 (RFC 6531) against Postfix, which advertises it: a message with a Unicode local part goes with MAIL FROM:<...> SMTPUTF8, and is delivered with the address in its header as UTF-8
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';

$mail = smtp_test_mailer('postfix_plain');
$to = smtp_test_token();
$cc = "j\u{f6}ran@example.test";
$lines = [];
$mail->CharSet = 'utf-8';
$mail->SMTPDebug = 1;
$mail->Debugoutput = function ($line) use (&$lines) { $lines[] = $line; };
$mail->setFrom('sender@example.test');
$mail->addAddress("$to@example.test");
var_dump($mail->addCC($cc));
$mail->Subject = 'SMTPUTF8';
$mail->Body = 'Hello';
var_dump($mail->send(), $mail->needsSMTPUTF8());
echo implode('', preg_grep('/^CLIENT -> SERVER: MAIL FROM/', $lines));

$msg = smtp_test_parse_message(smtp_test_wait_message($to));
var_dump(smtp_test_header($msg['headers'], 'Cc') === $cc);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
CLIENT -> SERVER: MAIL FROM:<sender@example.test> SMTPUTF8
bool(true)
