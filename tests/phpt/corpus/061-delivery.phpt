--TEST--
Message corpus through Postfix: every message a case makes arrives with the bytes sent, over one connection
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../../corpus/runner.inc';

$server = smtp_test_server('postfix_plain');
$cases = corpus_load(corpus_files());
$dir = corpus_fixtures();
$token = smtp_test_token();
// One SMTP connection for all: each mailer gets the same SMTP instance and keeps it open.
$smtp = new PHPMailer\PHPMailer\SMTP();
$sent = [];
$envelope = [];
$failed = 0;
$opened = 0;
$count_connections = function ($line) use (&$opened) {
    $opened += strncmp($line, 'Connection: opened', 18) === 0;
};
try {
    foreach ($cases as $name => $case) {
        if (!($built = corpus_build($case, $dir))) {
            continue;
        }
        [$mail, $message] = $built;
        // The message is made; only the envelope changes: every copy goes to one mailbox.
        $mail->clearAllRecipients();
        $mail->addAddress("$token@example.test");
        $mail->Host = $server['host'];
        $mail->Port = $server['port'];
        $mail->SMTPAutoTLS = false;
        $mail->SMTPKeepAlive = true;
        $mail->SMTPDebug = 3;
        $mail->Debugoutput = $count_connections;
        $mail->setSMTPInstance($smtp);
        try {
            $ok = $mail->postSend();
        } catch (PHPMailer\PHPMailer\Exception $e) {
            $ok = false;
        }
        // PHPMailer's destructor closes its connection: give this mailer one of its own.
        $mail->setSMTPInstance(new PHPMailer\PHPMailer\SMTP());
        if (!$ok) {
            echo "$name: not sent: {$mail->ErrorInfo}\n";
            $failed++;
            continue;
        }
        $sent[$name] = corpus_as_wire($message);
        $envelope[$name] = $mail->Sender !== '' ? $mail->Sender : $mail->From;
    }
    $smtp->quit();
    $smtp->close();
} finally {
    corpus_fixtures_remove($dir);
}

// Match each delivered message with a sent one, trace headers Postfix put on top aside;
// its Return-Path is the envelope sender: Sender, else From.
$delivered = smtp_test_wait_messages($token, count($sent), 60.0);
$unmatched = $sent;
$strays = 0;
foreach ($delivered as $raw) {
    $name = array_search(smtp_test_as_delivered($raw), $unmatched, true);
    if ($name === false) {
        $strays++;
        continue;
    }
    unset($unmatched[$name]);
    if (!preg_match('/^Return-Path: <(.*)>$/m', $raw, $m) || $m[1] !== $envelope[$name]) {
        echo "$name: Return-Path ", $m[0] ?? 'missing', ", expected <{$envelope[$name]}>\n";
    }
}
foreach ($unmatched as $name => $message) {
    echo "$name: delivered bytes differ\n";
}
// The mailbox is kept for a look when something differs.
if (!$unmatched && !$strays) {
    array_map('unlink', glob(smtp_test_maildir($token) . '/*/*'));
}
printf("%d messages sent, %d not sent, %d arrived unchanged, %d changed\n",
    count($sent), $failed, count($sent) - count($unmatched), $strays);
printf("connections opened: %d\n", $opened);
printf("at least 300 messages: %s\n", var_export(count($sent) >= 300, true));
?>
--EXPECTF--
%d messages sent, 0 not sent, %d arrived unchanged, 0 changed
connections opened: 1
at least 300 messages: true
