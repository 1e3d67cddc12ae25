--TEST--
Outbox crash test: the writer and the flusher SIGKILLed at every step, and the server failing mid-transaction; every message is then delivered once or still spooled
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/faultsmtp.inc';
require __DIR__ . '/../inc/php.inc';

/*
 * The child sends (or flushes) with its debug output going to a callable
 * that, at the line naming the step, says STOPPED and blocks on stdin: the
 * test then kills it with SIGKILL by its PID, so the kill lands exactly
 * at that step, never a little later.
 */
$child = <<<'PHP'
<?php
[, $mode, $stop, $dir, $port, $to] = $argv;
$debug = function ($line) use ($stop) {
    if ($stop !== '-' && str_contains($line, $stop)) {
        echo "STOPPED\n";
        fflush(STDOUT);
        fgets(STDIN);
    }
};
if ($mode === 'send') {
    $mail = new PHPMailer\PHPMailer\PHPMailer(false);
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = (int) $port;
    $mail->SMTPOptions = ['smtp' => ['outbox' => $dir]];
    $mail->SMTPDebug = 1;
    $mail->Debugoutput = $debug;
    $mail->setFrom('sender@example.test');
    $mail->addAddress("$to@example.test");
    $mail->Subject = "Crash $to";
    $mail->Body = 'body';
    echo $mail->send() ? "SENT\n" : "NOT SENT\n";
} else {
    $r = smtp_outbox_flush($dir, ['host' => '127.0.0.1', 'port' => (int) $port, 'timeout' => 5, 'debug' => 1,
        'debug_output' => $debug]);
    echo json_encode(array_map('count', $r)), "\n";
}
PHP;
$work = smtp_test_temp_dir();
file_put_contents("$work/child.php", $child);

/** Runs the child; with a stop marker, kills it there. Returns 'killed at <step>' or its output. */
function run_child(string $work, string $mode, string $stop, string $dir, int $port, string $to): string
{
    $cmd = array_merge(smtp_test_php_command(), ["$work/child.php", $mode, $stop, $dir, (string) $port, $to]);
    $proc = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    $out = '';
    $deadline = microtime(true) + 60;
    while (!feof($pipes[1]) && microtime(true) < $deadline) {
        $r = [$pipes[1]];
        $w = $e = null;
        if (stream_select($r, $w, $e, 1) && ($line = fgets($pipes[1])) !== false) {
            $out .= $line;
            if ($line === "STOPPED\n") {
                proc_terminate($proc, 9);   // SIGKILL to the child's PID (no shell in between)
                break;
            }
        }
    }
    fclose($pipes[0]);
    fclose($pipes[1]);
    $status = proc_close($proc);
    return str_ends_with($out, "STOPPED\n") ? "killed at '$stop'" . ($status === -1 || $status === 137 || $status === 9 ? '' : " (status $status)")
        : trim($out);
}

function spooled(string $dir): int
{
    return count(glob("$dir/*.msg") ?: []);
}

$plain = smtp_test_server('postfix_plain')['port'];
$expect = [];   // token => messages that must arrive in the end

/*
 * 1. The writer killed at each step of spooling (the server unreachable).
 * Before the rename there is no message file (a .tmp-* one at most, which no
 * flush takes): send() never returned, so nothing was confirmed to the
 * caller. From the rename on, the message is in the spool and delivered once.
 */
foreach (['tmp-open', 'tmp-written', 'tmp-synced', 'renamed', 'dir-synced', '-'] as $step) {
    $dir = "$work/w-$step";
    mkdir($dir);
    $to = smtp_test_token();
    $outcome = run_child($work, 'send', $step === '-' ? '-' : "Outbox: $step", $dir, smtp_test_closed_port(), $to);
    $n = spooled($dir);
    run_child($work, 'flush', '-', $dir, $plain, $to);
    printf("writer %-11s %s; spooled: %d; after a flush: %d spooled\n", $step, $outcome, $n, spooled($dir));
    $expect[$to] = $n;
}

// 2. The flusher killed at each step of a delivery; a second flusher then finishes.
foreach (['Outbox: claimed', 'CLIENT -> SERVER: MAIL FROM', 'CLIENT -> SERVER: RCPT TO', 'CLIENT -> SERVER: DATA',
          'Outbox: delivered', 'Outbox: removed'] as $step) {
    $dir = "$work/f-" . count($expect);
    mkdir($dir);
    $to = smtp_test_token();
    run_child($work, 'send', '-', $dir, smtp_test_closed_port(), $to);
    $before = spooled($dir);
    $outcome = run_child($work, 'flush', $step, $dir, $plain, $to);
    run_child($work, 'flush', '-', $dir, $plain, $to);
    printf("flusher %-28s spooled: %d, %s; after a second flush: %d spooled\n", $step, $before, $outcome, spooled($dir));
    // Killed after the server's 250, before the file went: the one duplicate SMTP cannot avoid.
    $expect[$to] = $step === 'Outbox: delivered' ? 2 : 1;
}

// 3. Two flushers at once: the second skips the file the first holds.
$dir = "$work/concurrent";
mkdir($dir);
$to = smtp_test_token();
run_child($work, 'send', '-', $dir, smtp_test_closed_port(), $to);
$cmd = array_merge(smtp_test_php_command(), ["$work/child.php", 'flush', 'Outbox: claimed', $dir, (string) $plain, $to]);
$first = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
echo 'first flusher: ', trim(fgets($pipes[1])), "\n";
echo 'second flusher meanwhile: ', run_child($work, 'flush', '-', $dir, $plain, $to), "\n";
fclose($pipes[0]);   // the first goes on
echo 'first flusher then: ', trim(stream_get_contents($pipes[1])), "\n";
fclose($pipes[1]);
proc_close($first);
echo 'spooled: ', spooled($dir), "\n";
$expect[$to] = 1;

// 4. The server failing mid-transaction: the file stays, a later flush delivers it.
foreach ([['stage' => 'body', 'kind' => 'reset', 'after' => 10], ['stage' => 'data', 'kind' => 'close'],
          ['stage' => 'rcpt', 'kind' => 'reset'], ['stage' => 'eod', 'kind' => 'close']] as $fault) {
    $dir = "$work/s-" . count($expect);
    mkdir($dir);
    $to = smtp_test_token();
    run_child($work, 'send', '-', $dir, smtp_test_closed_port(), $to);
    $port = fault_scenario(['faults' => [$fault]]);
    $outcome = run_child($work, 'flush', '-', $dir, $port, $to);
    $kept_by_server = count(fault_messages($port));
    fault_close($port);
    $left = spooled($dir);
    run_child($work, 'flush', '-', $dir, $plain, $to);
    printf("server %s/%s: %s, spooled: %d, the server kept: %d; after a flush to Postfix: %d spooled\n",
        $fault['stage'], $fault['kind'], $outcome, $left, $kept_by_server, spooled($dir));
    $expect[$to] = 1;
}

// Every message: exactly the expected copies in Postfix (a late extra copy would fail here too).
$wrong = 0;
foreach ($expect as $to => $n) {
    try {
        if ($n > 0) {
            smtp_test_wait_messages($to, $n);
        } elseif (is_dir(smtp_test_maildir($to) . '/new') && glob(smtp_test_maildir($to) . '/new/*')) {
            throw new RuntimeException("$to: delivered, none expected");
        }
    } catch (RuntimeException $e) {
        echo $e->getMessage(), "\n";
        $wrong++;
    }
}
echo count($expect), " messages, $wrong not delivered as expected\n";
smtp_test_remove_dir($work);
?>
--EXPECT--
writer tmp-open    killed at 'Outbox: tmp-open'; spooled: 0; after a flush: 0 spooled
writer tmp-written killed at 'Outbox: tmp-written'; spooled: 0; after a flush: 0 spooled
writer tmp-synced  killed at 'Outbox: tmp-synced'; spooled: 0; after a flush: 0 spooled
writer renamed     killed at 'Outbox: renamed'; spooled: 1; after a flush: 0 spooled
writer dir-synced  killed at 'Outbox: dir-synced'; spooled: 1; after a flush: 0 spooled
writer -           NOT SENT; spooled: 1; after a flush: 0 spooled
flusher Outbox: claimed              spooled: 1, killed at 'Outbox: claimed'; after a second flush: 0 spooled
flusher CLIENT -> SERVER: MAIL FROM  spooled: 1, killed at 'CLIENT -> SERVER: MAIL FROM'; after a second flush: 0 spooled
flusher CLIENT -> SERVER: RCPT TO    spooled: 1, killed at 'CLIENT -> SERVER: RCPT TO'; after a second flush: 0 spooled
flusher CLIENT -> SERVER: DATA       spooled: 1, killed at 'CLIENT -> SERVER: DATA'; after a second flush: 0 spooled
flusher Outbox: delivered            spooled: 1, killed at 'Outbox: delivered'; after a second flush: 0 spooled
flusher Outbox: removed              spooled: 1, killed at 'Outbox: removed'; after a second flush: 0 spooled
first flusher: STOPPED
second flusher meanwhile: {"delivered":0,"deferred":0,"failed":0}
first flusher then: {"delivered":1,"deferred":0,"failed":0}
spooled: 0
server body/reset: {"delivered":0,"deferred":1,"failed":0}, spooled: 1, the server kept: 0; after a flush to Postfix: 0 spooled
server data/close: {"delivered":0,"deferred":1,"failed":0}, spooled: 1, the server kept: 0; after a flush to Postfix: 0 spooled
server rcpt/reset: {"delivered":0,"deferred":1,"failed":0}, spooled: 1, the server kept: 0; after a flush to Postfix: 0 spooled
server eod/close: {"delivered":0,"deferred":1,"failed":0}, spooled: 1, the server kept: 0; after a flush to Postfix: 0 spooled
17 messages, 0 not delivered as expected
