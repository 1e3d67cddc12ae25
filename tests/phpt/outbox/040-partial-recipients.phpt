--TEST--
Outbox flush: recipients a server defers (4xx) while it accepts others stay in the spool for them alone; one it refuses (5xx) is dropped
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/faultsmtp.inc';
require __DIR__ . '/../inc/php.inc';

$spool = smtp_test_temp_dir();
[$now, $later, $never] = [smtp_test_token(), smtp_test_token(), smtp_test_token()];
$mail = new PHPMailer\PHPMailer\PHPMailer();
$mail->isSMTP();
$mail->Host = '127.0.0.1';
$mail->Port = smtp_test_closed_port();
$mail->SMTPOptions = ['smtp' => ['outbox' => $spool]];
$mail->setFrom('sender@example.test');
$mail->addAddress("$now@example.test");
$mail->addCC("$later@example.test");
$mail->addBCC("$never@example.test");
$mail->Subject = 'Partly deferred';
$mail->Body = 'body';
var_dump($mail->send());

$port = fault_scenario(['faults' => [['stage' => 'rcpt', 'kind' => '4xx', 'match' => "$later@*"],
                                     ['stage' => 'rcpt', 'kind' => '5xx', 'match' => "$never@*"]]]);
$r = smtp_outbox_flush($spool, ['host' => '127.0.0.1', 'port' => $port]);
echo 'first flush: ', json_encode(array_map('count', $r)), "\n";
foreach (fault_messages($port) as $m) {
    echo 'the server took it for: ', str_replace([$now, $later, $never], ['NOW', 'LATER', 'NEVER'], implode(', ', $m['rcpt_to'])), "\n";
}
fault_close($port);
echo 'spooled: ', count(glob("$spool/*.msg")), "\n";

$plain = smtp_test_server('postfix_plain');
$r = smtp_outbox_flush($spool, ['host' => '127.0.0.1', 'port' => $plain['port']]);
echo 'second flush: ', json_encode(array_map('count', $r)), "\n";
$msg = smtp_test_parse_message(smtp_test_wait_message($later));
echo smtp_test_header($msg['headers'], 'Subject'), ' reached LATER; ';
echo is_dir(smtp_test_maildir($now)) ? 'and NOW too (wrong)' : 'not NOW again', "\n";
echo 'left: ', count(glob("$spool/*")), "\n";
smtp_test_remove_dir($spool);
?>
--EXPECT--
bool(false)
first flush: {"delivered":1,"deferred":0,"failed":0}
the server took it for: NOW@example.test
spooled: 1
second flush: {"delivered":1,"deferred":0,"failed":0}
Partly deferred reached LATER; not NOW again
left: 0
