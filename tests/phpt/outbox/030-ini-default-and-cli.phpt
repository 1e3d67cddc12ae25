--TEST--
Outbox: smtp.outbox in php.ini spools as the option does, 'outbox' => '' turns it off for one message, and scripts/outbox-flush.php delivers the spool
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/php.inc';

$spool = smtp_test_temp_dir();
$to = smtp_test_token();
$closed = smtp_test_closed_port();
$send = <<<PHP
<?php
foreach (['inherited' => null, 'off for this message' => ''] as \$what => \$outbox) {
    \$mail = new PHPMailer\PHPMailer\PHPMailer();
    \$mail->isSMTP();
    \$mail->Host = '127.0.0.1';
    \$mail->Port = $closed;
    if (\$outbox !== null) {
        \$mail->SMTPOptions = ['smtp' => ['outbox' => \$outbox]];
    }
    \$mail->setFrom('sender@example.test');
    \$mail->addAddress('$to@example.test');
    \$mail->Subject = 'From the ini default';
    \$mail->Body = 'body';
    echo \$what, ': ', var_export(\$mail->send(), true), ', spooled: ', count(glob('$spool/*.msg')), "\\n";
}
PHP;
[$status, $out] = smtp_test_php($send, ['smtp.outbox' => $spool]);
echo $out;

$plain = smtp_test_server('postfix_plain');
$cli = array_merge(smtp_test_php_command(), [dirname(__DIR__, 3) . '/scripts/outbox-flush.php', $spool, '127.0.0.1',
    (string) $plain['port']]);
foreach (['a flush' => $cli, 'another' => $cli] as $what => $cmd) {
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    $out = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    echo "$what: exit ", proc_close($proc), ', ', preg_replace('/[0-9][0-9.-]+\.msg/', '<file>', trim($out)) ?: 'nothing to do', "\n";
}
$msg = smtp_test_parse_message(smtp_test_wait_message($to));
echo smtp_test_header($msg['headers'], 'Subject'), "\n";
echo 'left in the spool: ', count(glob("$spool/*")), "\n";
smtp_test_remove_dir($spool);
?>
--EXPECT--
inherited: false, spooled: 1
off for this message: false, spooled: 1
a flush: exit 0, delivered <file>
another: exit 0, nothing to do
From the ini default
left in the spool: 0
