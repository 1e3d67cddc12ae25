--TEST--
A refused connection gives PHPMailer's error in both modes, and the object then sends
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';

/*
 * The errors are PHPMailer 6.12's, as phpmailer-api.md (section 3.5) records
 * them. Debian's 6.6.3 cannot be the oracle here: its SMTP::close() still
 * cleared the error, so its ErrorInfo stops after the Troubleshooting link.
 */
$scenario = <<<'PHP'
    $mail = new PHPMailer\PHPMailer\PHPMailer($vars['exceptions']);
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $vars['closed'];
    $mail->setFrom('sender@example.test');
    $mail->addAddress('nobody@example.test');
    $mail->Body = 'body';
    try {
        return ['sent' => $mail->send(), 'ErrorInfo' => $mail->ErrorInfo];
    } catch (PHPMailer\PHPMailer\Exception $e) {
        return ['code' => $e->getCode(), 'message' => $e->getMessage(), 'ErrorInfo' => $mail->ErrorInfo];
    }
PHP;

foreach ([false, true] as $exceptions) {
    $vars = ['exceptions' => $exceptions, 'closed' => smtp_test_closed_port()];
    echo 'exceptions=', var_export($exceptions, true), "\n";
    print_r((static function (array $vars) use ($scenario) { return eval($scenario); })($vars));
}

// The same object, pointed at a live server, sends.
$plain = smtp_test_server('postfix_plain');
$mail = new PHPMailer\PHPMailer\PHPMailer(true);
$mail->isSMTP();
$mail->Host = '127.0.0.1';
$mail->Port = smtp_test_closed_port();
$to = smtp_test_token();
$mail->setFrom('sender@example.test');
$mail->addAddress("$to@example.test");
$mail->Subject = 'After a refused connection';
$mail->Body = 'body';
try {
    $mail->send();
} catch (PHPMailer\PHPMailer\Exception $e) {
    echo 'caught: ', $e->getMessage(), "\n";
}
$mail->Port = $plain['port'];
var_dump($mail->send());
$msg = smtp_test_parse_message(smtp_test_wait_message($to));
echo smtp_test_header($msg['headers'], 'Subject'), "\n";
?>
--EXPECT--
exceptions=false
Array
(
    [sent] => 
    [ErrorInfo] => SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting SMTP server error: Failed to connect to server SMTP code: 111 Additional SMTP info: Connection refused
)
exceptions=true
Array
(
    [code] => 0
    [message] => SMTP Error: Could not connect to SMTP host. Failed to connect to server
    [ErrorInfo] => SMTP Error: Could not connect to SMTP host. Failed to connect to server SMTP server error: Failed to connect to server SMTP code: 111 Additional SMTP info: Connection refused
)
caught: SMTP Error: Could not connect to SMTP host. Failed to connect to server
bool(true)
After a refused connection
