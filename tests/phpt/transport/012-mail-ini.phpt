--TEST--
isMail() with mail.log and mail.add_x_header: mail()'s warnings reach a handler as under PHPMailer's @, and the X-PHP-Originating-Script header names the calling script
--EXTENSIONS--
smtp
--INI--
sendmail_path={PWD}/../inc/fake-sendmail.sh
mail.log=/nonexistent/smtp-test/mail.log
mail.add_x_header=1
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/transport.inc';

// mail() cannot write its log: the warning goes to a user handler, which
// sees error_reporting() as PHP 8's @ leaves it (the fatal errors only).
$code = '$mail->isMail(); $mail->addAddress("to@example.test");
    set_error_handler(function ($no, $str) use (&$debug) { $debug[] = [$no, $str, error_reporting()]; return true; });
    try { return $mail->send(); } finally { restore_error_handler(); }';
$both = transport_compare($code, [], 0, ['mail.log' => ini_get('mail.log'), 'mail.add_x_header' => '1']);
// The X-PHP-Originating-Script header names the script that called mail(): PHPMailer.php for stock PHPMailer.
foreach ($both as $side => &$outcome) {
    $outcome['runs'][0]['stdin'] = preg_replace('/^X-PHP-Originating-Script: \d+:[^\r\n]*\r\n/m', '', $outcome['runs'][0]['stdin'], 1, $count);
    echo "$side: X-PHP-Originating-Script header ", $count, "\n";
}
unset($outcome);
transport_report('mail.log warning', $both);
echo json_encode(array_values(array_filter($both['native']['debug'], 'is_array'))), "\n";

// The header as the engine writes it, outside eval(): this script's name.
$dir = fake_sendmail_start();
$mail = new PHPMailer\PHPMailer\PHPMailer();
$mail->setFrom('from@example.test');
$mail->addAddress('to@example.test');
$mail->Body = 'x';
var_dump(@$mail->send());
preg_match('/^X-PHP-Originating-Script: .*$/m', fake_sendmail_runs($dir)[0]['stdin'], $m);
echo trim($m[0]), "\n";
fake_sendmail_stop($dir);
?>
===DONE===
--EXPECTF--
native: X-PHP-Originating-Script header 1
oracle: X-PHP-Originating-Script header 1
mail.log warning: same as PHPMailer
[[2,"mail(\/nonexistent\/smtp-test\/mail.log): Failed to open stream: No such file or directory",4437]]
bool(true)
X-PHP-Originating-Script: %d:012-mail-ini.php
===DONE===
