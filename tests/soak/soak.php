<?php
/*
 * tests/soak/soak.php COUNT HOST PORT: sends COUNT messages over one
 * kept-alive SMTP connection and prints the process's resident set size
 * after message 10,000 and after the last one, and their difference.
 * Exits 1 when a send fails, the connection was not kept, or RSS grew by
 * 1 MiB or more. Run by tests/soak/run.sh.
 */
use PHPMailer\PHPMailer\PHPMailer;

[$count, $host, $port] = [(int) $argv[1], $argv[2], (int) $argv[3]];
const SAMPLE_AT = 10000;
const MAX_GROWTH_KIB = 1024;

/** VmRSS of this process in KiB. */
function rss_kib(): int
{
    preg_match('/^VmRSS:\s+(\d+) kB/m', file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = $host;
$mail->Port = $port;
$mail->SMTPAutoTLS = false;
$mail->SMTPKeepAlive = true;
$mail->Timeout = 10;
$mail->setFrom('soak@example.test', 'Soak Test');
// Level 3 reports each connection opened: there must be exactly one.
$connections = 0;
$mail->Debugoutput = function ($line) use (&$connections) {
    $connections += str_contains($line, 'Connection: opened');
};
$mail->SMTPDebug = 3;

$start = microtime(true);
$rss = [];
for ($i = 1; $i <= $count; $i++) {
    $mail->clearAllRecipients();
    $mail->clearAttachments();
    $mail->addAddress("rcpt$i@example.test", "Recipient $i");
    $mail->Subject = "Soak message $i";
    $mail->Body = "Message $i of $count.\r\nA second line, and some UTF-8: caf\u{e9}.\r\n";
    if ($i % 10 === 0) {
        $mail->addStringAttachment(str_repeat("attachment $i\n", 20), "a$i.txt");
    }
    $mail->send();
    if ($i === SAMPLE_AT || $i === $count) {
        gc_collect_cycles();
        $rss[$i] = rss_kib();
    }
}
$mail->smtpClose();
$seconds = microtime(true) - $start;
$first = $rss[SAMPLE_AT] ?? null;
$last = $rss[$count];
$growth = $first === null ? 0 : $last - $first;
printf("soak: %d messages over %d connection(s) in %.1f s (%.0f/s)\n",
    $count, $connections, $seconds, $count / $seconds);
printf("soak: RSS %s KiB at message %d, %d KiB at message %d, growth %d KiB (limit %d KiB)\n",
    $first ?? '-', SAMPLE_AT, $last, $count, $growth, MAX_GROWTH_KIB);
exit($connections === 1 && $growth < MAX_GROWTH_KIB ? 0 : 1);
