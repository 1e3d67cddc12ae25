--TEST--
SMTPKeepAlive sends several messages over one connection, with RSET between them
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_starttls'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';

$mail = smtp_test_mailer('postfix_starttls');
$mail->SMTPKeepAlive = true;
$mail->SMTPDebug = 3;
$transcript = '';
$mail->Debugoutput = function ($line) use (&$transcript) { $transcript .= $line . "\n"; };
$mail->setFrom('sender@example.test');
$tokens = [];
for ($i = 1; $i <= 3; $i++) {
    $mail->clearAddresses();
    $tokens[$i] = smtp_test_token();
    $mail->addAddress("{$tokens[$i]}@example.test");
    $mail->Subject = "Message $i";
    $mail->Body = "body $i";
    var_dump($mail->send());
}
$mail->smtpClose();
foreach ($tokens as $i => $token) {
    $msg = smtp_test_parse_message(smtp_test_wait_message($token));
    echo smtp_test_header($msg['headers'], 'Subject'), "\n";
}
printf("connections=%d rset=%d quit=%d\n", substr_count($transcript, 'Connection: opened'),
    substr_count($transcript, 'CLIENT -> SERVER: RSET'), substr_count($transcript, 'CLIENT -> SERVER: QUIT'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
Message 1
Message 2
Message 3
connections=1 rset=3 quit=1
