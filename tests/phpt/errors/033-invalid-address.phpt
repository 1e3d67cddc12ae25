--TEST--
Invalid addresses give PHPMailer's errors in both modes and leave the object usable
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/oracle.inc';

$scenario = <<<'PHP'
    $mail = new PHPMailer\PHPMailer\PHPMailer($vars['exceptions']);
    $results = [];
    $calls = [
        ['addAddress', 'not an address'],
        ['addAddress', 'bad@'],
        ['addCC', "line@break\n.example"],
        ['addBCC', ''],
        ['addReplyTo', 'reply@@example.com'],
        ['setFrom', 'nope'],
        ['addAddress', 'ok@example.com'],
        ['addAddress', 'OK@example.com'],
    ];
    foreach ($calls as [$method, $address]) {
        try {
            $results[] = [$method, $address, $mail->$method($address), $mail->ErrorInfo];
        } catch (PHPMailer\PHPMailer\Exception $e) {
            $results[] = [$method, $address, 'Exception ' . $e->getCode() . ': ' . $e->getMessage(), $mail->ErrorInfo];
        }
    }
    // An invalid From at send time, found by preSend().
    $mail->From = 'still not an address';
    $mail->Body = 'body';
    try {
        $results[] = ['send', $mail->send(), $mail->ErrorInfo];
    } catch (PHPMailer\PHPMailer\Exception $e) {
        $results[] = ['send', 'Exception ' . $e->getCode() . ': ' . $e->getMessage(), $mail->ErrorInfo];
    }
    return [$results, $mail->getToAddresses()];
PHP;

foreach ([false, true] as $exceptions) {
    $vars = ['exceptions' => $exceptions];
    $native = (static function (array $vars) use ($scenario) { return eval($scenario); })($vars);
    $oracle = phpmailer_oracle($scenario, $vars);
    echo 'exceptions=', var_export($exceptions, true), ' same as PHPMailer: ', var_export($native === $oracle, true), "\n";
    foreach ($native[0] as $row) {
        echo '  ', implode(' | ', array_map(fn ($v) => is_bool($v) ? var_export($v, true) : addcslashes($v, "\n"), $row)), "\n";
    }
}

// After all that, the object sends.
$mail = smtp_test_mailer('postfix_plain', true);
$to = smtp_test_token();
try {
    $mail->addAddress('not an address');
} catch (PHPMailer\PHPMailer\Exception $e) {
    echo 'caught: ', $e->getMessage(), "\n";
}
$mail->setFrom('sender@example.test');
$mail->addAddress("$to@example.test");
$mail->Subject = 'After invalid addresses';
$mail->Body = 'body';
var_dump($mail->send());
$msg = smtp_test_parse_message(smtp_test_wait_message($to));
echo smtp_test_header($msg['headers'], 'Subject'), "\n";
?>
--EXPECT--
exceptions=false same as PHPMailer: true
  addAddress | not an address | false | Invalid address:  (to): not an address
  addAddress | bad@ | false | Invalid address:  (to): bad@
  addCC | line@break\n.example | false | Invalid address:  (cc): line@break\n.example
  addBCC |  | false | Invalid address:  (bcc): 
  addReplyTo | reply@@example.com | false | Invalid address:  (Reply-To): reply@@example.com
  setFrom | nope | false | Invalid address:  (From): nope
  addAddress | ok@example.com | true | Invalid address:  (From): nope
  addAddress | OK@example.com | false | Invalid address:  (From): nope
  send | false | Invalid address:  (From): still not an address
exceptions=true same as PHPMailer: true
  addAddress | not an address | Exception 0: Invalid address:  (to): not an address | Invalid address:  (to): not an address
  addAddress | bad@ | Exception 0: Invalid address:  (to): bad@ | Invalid address:  (to): bad@
  addCC | line@break\n.example | Exception 0: Invalid address:  (cc): line@break\n.example | Invalid address:  (cc): line@break\n.example
  addBCC |  | Exception 0: Invalid address:  (bcc):  | Invalid address:  (bcc): 
  addReplyTo | reply@@example.com | Exception 0: Invalid address:  (Reply-To): reply@@example.com | Invalid address:  (Reply-To): reply@@example.com
  setFrom | nope | Exception 0: Invalid address:  (From): nope | Invalid address:  (From): nope
  addAddress | ok@example.com | true | Invalid address:  (From): nope
  addAddress | OK@example.com | false | Invalid address:  (From): nope
  send | Exception 0: Invalid address:  (From): still not an address | Invalid address:  (From): still not an address
caught: Invalid address:  (to): not an address
bool(true)
After invalid addresses
