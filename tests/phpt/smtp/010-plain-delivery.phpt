--TEST--
A plain message reaches Postfix with exactly the bytes that were sent
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';

$mail = smtp_test_mailer('postfix_plain');
$to = smtp_test_token();
$mail->setFrom('sender@example.test', 'Sender Name');
$mail->addAddress("$to@example.test", 'Recipient');
$mail->Subject = 'Plain delivery';
$mail->Body = "Hello,\n.a line that starts with a dot\n..and two\nbye";
var_dump($mail->send());

$raw = smtp_test_wait_message($to);
var_dump(smtp_test_as_delivered($raw) === smtp_test_as_sent($mail->getSentMIMEMessage()));
$msg = smtp_test_parse_message($raw);
echo smtp_test_header($msg['headers'], 'Subject'), "\n";
echo smtp_test_header($msg['headers'], 'To'), "\n";
echo smtp_test_header($msg['headers'], 'From'), "\n";
echo $msg['mime']['type'], ' ', $msg['mime']['encoding'], "\n";
echo $msg['mime']['body'];
?>
--EXPECTF--
bool(true)
bool(true)
Plain delivery
Recipient <t%x@example.test>
Sender Name <sender@example.test>
text/plain 7bit
Hello,
.a line that starts with a dot
..and two
bye
