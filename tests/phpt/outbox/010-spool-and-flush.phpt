--TEST--
Outbox: unreachable and 4xx sends are spooled (send() answering as without it), 5xx ones are not; a flush delivers each once and empties the spool
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/faultsmtp.inc';

$base = sys_get_temp_dir() . '/smtp-outbox-010-' . getmypid();
mkdir($base);

/** One send to $port; returns [result, ErrorInfo or exception message]. */
function attempt(int $port, ?string $outbox, string $to, bool $exceptions): array
{
    $mail = new PHPMailer\PHPMailer\PHPMailer($exceptions);
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $port;
    $mail->Timeout = 5;
    if ($outbox !== null) {
        $mail->SMTPOptions = ['smtp' => ['outbox' => $outbox]];
    }
    $mail->setFrom('sender@example.test');
    $mail->addAddress("$to@example.test");
    $mail->Subject = "Outbox $to";
    $mail->Body = "line one\n.starts with a dot\n";
    try {
        return [var_export($mail->send(), true), $mail->ErrorInfo];
    } catch (PHPMailer\PHPMailer\Exception $e) {
        return ['exception', $e->getMessage() . ' | ' . $mail->ErrorInfo];
    }
}

function spooled(string $dir): array
{
    return array_values(array_filter(scandir($dir), fn($f) => $f[0] !== '.'));
}

$cases = [
    'unreachable' => null,
    'connect/close' => ['stage' => 'connect', 'kind' => 'close'],
    'greeting/4xx' => ['stage' => 'greeting', 'kind' => '4xx'],
    'mail/4xx' => ['stage' => 'mail', 'kind' => '4xx'],
    'rcpt/4xx' => ['stage' => 'rcpt', 'kind' => '4xx'],
    'data/4xx' => ['stage' => 'data', 'kind' => '4xx'],
    'eod/4xx' => ['stage' => 'eod', 'kind' => '4xx'],
    'eod/reset' => ['stage' => 'eod', 'kind' => 'reset'],
    'greeting/5xx' => ['stage' => 'greeting', 'kind' => '5xx'],
    'mail/5xx' => ['stage' => 'mail', 'kind' => '5xx'],
    'rcpt/5xx' => ['stage' => 'rcpt', 'kind' => '5xx'],
    'eod/5xx' => ['stage' => 'eod', 'kind' => '5xx'],
];
$tokens = [];
foreach ([false, true] as $exceptions) {
    foreach ($cases as $name => $fault) {
        $results = [];
        $dir = "$base/" . str_replace('/', '-', $name) . ($exceptions ? '-x' : '');
        mkdir($dir);
        $to = smtp_test_token();
        foreach ([null, $dir] as $outbox) {
            $port = $fault === null ? smtp_test_closed_port() : fault_scenario(['faults' => [$fault]]);
            $results[] = attempt($port, $outbox, $to, $exceptions);
            if ($fault !== null) {
                fault_close($port);
            }
        }
        $files = spooled($dir);
        printf("%-14s %s: %s, %s, spooled: %d\n", $name, $exceptions ? 'exceptions' : 'ErrorInfo', $results[1][0],
            $results[0] === $results[1] ? 'as without the outbox' : 'DIFFERS: ' . json_encode($results), count($files));
        if ($files) {
            $tokens[$dir] = $to;
        }
    }
}

// Everything spooled goes to a healthy server, once.
$plain = smtp_test_server('postfix_plain');
$delivered = 0;
foreach ($tokens as $dir => $to) {
    $r = smtp_outbox_flush($dir, ['host' => '127.0.0.1', 'port' => $plain['port'], 'timeout' => 10]);
    $delivered += count($r['delivered']);
    if ($r['deferred'] || $r['failed'] || spooled($dir)) {
        echo "$dir: ", json_encode($r), ' left: ', json_encode(spooled($dir)), "\n";
    }
    $again = smtp_outbox_flush($dir, ['host' => '127.0.0.1', 'port' => $plain['port']]);
    if ($again['delivered']) {
        echo "$dir: delivered twice\n";
    }
}
echo "delivered: $delivered\n";
$ok = 0;
foreach ($tokens as $dir => $to) {
    $msg = smtp_test_parse_message(smtp_test_wait_message($to));
    $ok += smtp_test_header($msg['headers'], 'Subject') === "Outbox $to"
        && rtrim($msg['mime']['body']) === "line one\n.starts with a dot";
}
echo "arrived once, intact: $ok\n";
// None arrived twice (a second copy would be in new/ by now).
usleep(500000);
foreach ($tokens as $dir => $to) {
    smtp_test_wait_messages($to, 1, 1.0);
}
?>
--CLEAN--
<?php
foreach (glob(sys_get_temp_dir() . '/smtp-outbox-010-*/*') ?: [] as $d) {
    array_map('unlink', glob("$d/{,.}*[!.]", GLOB_BRACE) ?: []);
    @rmdir($d);
}
foreach (glob(sys_get_temp_dir() . '/smtp-outbox-010-*') ?: [] as $d) {
    @rmdir($d);
}
?>
--EXPECT--
unreachable    ErrorInfo: false, as without the outbox, spooled: 1
connect/close  ErrorInfo: false, as without the outbox, spooled: 1
greeting/4xx   ErrorInfo: false, as without the outbox, spooled: 1
mail/4xx       ErrorInfo: false, as without the outbox, spooled: 1
rcpt/4xx       ErrorInfo: false, as without the outbox, spooled: 1
data/4xx       ErrorInfo: false, as without the outbox, spooled: 1
eod/4xx        ErrorInfo: false, as without the outbox, spooled: 1
eod/reset      ErrorInfo: false, as without the outbox, spooled: 1
greeting/5xx   ErrorInfo: false, as without the outbox, spooled: 0
mail/5xx       ErrorInfo: false, as without the outbox, spooled: 0
rcpt/5xx       ErrorInfo: false, as without the outbox, spooled: 0
eod/5xx        ErrorInfo: false, as without the outbox, spooled: 0
unreachable    exceptions: exception, as without the outbox, spooled: 1
connect/close  exceptions: exception, as without the outbox, spooled: 1
greeting/4xx   exceptions: exception, as without the outbox, spooled: 1
mail/4xx       exceptions: exception, as without the outbox, spooled: 1
rcpt/4xx       exceptions: exception, as without the outbox, spooled: 1
data/4xx       exceptions: exception, as without the outbox, spooled: 1
eod/4xx        exceptions: exception, as without the outbox, spooled: 1
eod/reset      exceptions: exception, as without the outbox, spooled: 1
greeting/5xx   exceptions: exception, as without the outbox, spooled: 0
mail/5xx       exceptions: exception, as without the outbox, spooled: 0
rcpt/5xx       exceptions: exception, as without the outbox, spooled: 0
eod/5xx        exceptions: exception, as without the outbox, spooled: 0
delivered: 16
arrived once, intact: 16
