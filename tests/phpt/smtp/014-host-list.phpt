--TEST--
A Host list is tried in order; entries take ssl:// and tls:// prefixes and :port suffixes
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_smtps', 'postfix_starttls'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';

$smtps = smtp_test_server('postfix_smtps');
$starttls = smtp_test_server('postfix_starttls');
$closed = smtp_test_closed_port();
$lists = [
    "127.0.0.1:$closed; ssl://127.0.0.1:{$smtps['port']}",
    "bad host name;tls://127.0.0.1:{$starttls['port']}",
    "127.0.0.1:$closed;127.0.0.1:$closed",
];
foreach ($lists as $hosts) {
    $mail = smtp_test_mailer('postfix_starttls', false);
    $mail->SMTPSecure = '';
    $mail->Host = $hosts;
    $mail->Port = 25;
    $mail->SMTPDebug = 3;
    $tried = [];
    $mail->Debugoutput = function ($line) use (&$tried) {
        if (preg_match('/^Connection: opening to (\S+):(\d+),/', $line, $m)) {
            $names = [$GLOBALS['closed'] => 'closed', $GLOBALS['smtps']['port'] => 'smtps',
                $GLOBALS['starttls']['port'] => 'starttls'];
            $tried[] = $m[1] . ':' . ($names[$m[2]] ?? $m[2]);
        } elseif (str_starts_with($line, 'Invalid host')) {
            $tried[] = $line;
        }
    };
    $to = smtp_test_token();
    $mail->setFrom('sender@example.test');
    $mail->addAddress("$to@example.test");
    $mail->Subject = 'Host list';
    $mail->Body = 'body';
    $sent = $mail->send();
    echo var_export($sent, true), ' ', implode(' | ', $tried), "\n";
    if ($sent) {
        $msg = smtp_test_parse_message(smtp_test_wait_message($to));
        echo '  delivered: ', smtp_test_header($msg['headers'], 'Subject'), "\n";
    } else {
        echo '  ', $mail->ErrorInfo, "\n";
    }
}
?>
--EXPECTF--
true 127.0.0.1:closed | ssl://127.0.0.1:smtps
  delivered: Host list
true Invalid host:  bad host name | 127.0.0.1:starttls
  delivered: Host list
false 127.0.0.1:closed | 127.0.0.1:closed
  SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting SMTP server error: Failed to connect to server SMTP code: 111 Additional SMTP info: Connection refused
