--TEST--
A wrong password gives PHPMailer's error in both modes, and the object then sends
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_smtps'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/oracle.inc';

// The same scenario runs here and on stock PHPMailer.
$scenario = <<<'PHP'
    $mail = new PHPMailer\PHPMailer\PHPMailer($vars['exceptions']);
    $mail->isSMTP();
    $mail->Host = $vars['host'];
    $mail->Port = $vars['port'];
    $mail->SMTPSecure = 'ssl';
    $mail->SMTPOptions = ['ssl' => ['cafile' => $vars['cafile']]];
    $mail->SMTPAuth = true;
    $mail->Username = $vars['username'];
    $mail->Password = 'not the password';
    $mail->setFrom('sender@example.test');
    $mail->addAddress($vars['to']);
    $mail->Subject = 'Wrong password';
    $mail->Body = 'body';
    try {
        return ['sent' => $mail->send(), 'ErrorInfo' => $mail->ErrorInfo];
    } catch (PHPMailer\PHPMailer\Exception $e) {
        return ['class' => get_class($e), 'code' => $e->getCode(), 'message' => $e->getMessage(),
            'ErrorInfo' => $mail->ErrorInfo];
    }
PHP;

$server = smtp_test_server('postfix_smtps');
foreach ([false, true] as $exceptions) {
    $vars = $server + ['exceptions' => $exceptions, 'to' => smtp_test_token() . '@example.test'];
    $native = (static function (array $vars) use ($scenario) { return eval($scenario); })($vars);
    $oracle = array_map(fn ($v) => is_string($v) ? oracle_612($v) : $v, phpmailer_oracle($scenario, $vars));
    echo 'exceptions=', var_export($exceptions, true), ' same as PHPMailer: ', var_export($native === $oracle, true), "\n";
    var_dump($native);
}

// The same object, given the right password, sends.
$mail = smtp_test_mailer('postfix_smtps', false);
$mail->Password = 'wrong';
$to = smtp_test_token();
$mail->setFrom('sender@example.test');
$mail->addAddress("$to@example.test");
$mail->Subject = 'After a wrong password';
$mail->Body = 'body';
var_dump($mail->send());
$mail->Password = $server['password'];
// As with PHPMailer, a successful send leaves the last error in ErrorInfo.
var_dump($mail->send(), $mail->ErrorInfo);
$msg = smtp_test_parse_message(smtp_test_wait_message($to));
echo smtp_test_header($msg['headers'], 'Subject'), "\n";
?>
--EXPECT--
exceptions=false same as PHPMailer: true
array(2) {
  ["sent"]=>
  bool(false)
  ["ErrorInfo"]=>
  string(82) "SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"
}
exceptions=true same as PHPMailer: true
array(4) {
  ["class"]=>
  string(29) "PHPMailer\PHPMailer\Exception"
  ["code"]=>
  int(0)
  ["message"]=>
  string(35) "SMTP Error: Could not authenticate."
  ["ErrorInfo"]=>
  string(35) "SMTP Error: Could not authenticate."
}
bool(false)
bool(true)
string(82) "SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"
After a wrong password
