--TEST--
Pipelined (RFC 2920), chunked (BDAT, RFC 3030) and streamed sends put PHPMailer's commands and bytes on the wire: the same messages sent lockstep, pipelined with DATA, pipelined with BDAT, with those turned off by option, and with the attachment from a file (streamed) or from a string
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/faultsmtp.inc';

$dir = sys_get_temp_dir() . '/smtp-fast-' . getmypid();
@mkdir($dir);
mt_srand(3030);
// Large enough for several BDAT chunks and several reads of the file.
$blob = '';
for ($i = 0; $i < 300000; $i++) {
    $blob .= chr(mt_rand(0, 255));
}
file_put_contents("$dir/data.bin", $blob);

// Two messages on one connection (kept alive) or one each; the second has
// lines that need dot-stuffing, an 8-bit body and HTML with an attachment.
$scenario = <<<'PHP'
    $mail = new class (true) extends PHPMailer\PHPMailer\PHPMailer {
        protected function generateId() { return 'PinnedIdPinnedIdPinnedIdPinnedIdPinnedId123'; }
    };
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $vars['port'];
    $mail->Hostname = 'host.example';
    $mail->SMTPKeepAlive = $vars['keep'];
    $mail->SMTPOptions = $vars['options'];
    $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
    $mail->CharSet = 'utf-8';
    $mail->setFrom('from@example.test', 'From');
    $mail->addAddress('one@example.test', 'One');
    $mail->addAddress('two@example.test');
    $mail->addBCC('bcc@example.test');
    $mail->Subject = 'First';
    $mail->Body = "Plain.\n.\n..two dots\n.end";
    $results = [$mail->send()];
    $mail->clearAddresses();
    $mail->addAddress('three@example.test');
    $mail->Subject = 'Second – größer';
    $mail->isHTML(true);
    $mail->Body = "<p>Grüße</p>\n.<p>dot</p>\n" . str_repeat("<p>line</p>\n", 2000);
    $mail->AltBody = "Grüße\n.dot";
    if ($vars['attach'] === 'file') {
        $mail->addAttachment($vars['dir'] . '/data.bin', 'data.bin', 'base64', 'application/octet-stream');
    } else {
        $mail->addStringAttachment(file_get_contents($vars['dir'] . '/data.bin'), 'data.bin', 'base64',
            'application/octet-stream');
    }
    $results[] = $mail->send();
    $mail->smtpClose();
    return $results;
PHP;

/* The client's commands, with each message's content (DATA dot-stuffed, or BDAT chunks) as its md5 and length. */
function wire_commands(string $c): string
{
    $out = '';
    $content = '';
    for ($i = 0, $n = strlen($c); $i < $n;) {
        $e = strpos($c, "\r\n", $i);
        if ($e === false) {
            return $out . 'UNTERMINATED ' . substr($c, $i);
        }
        $line = substr($c, $i, $e - $i);
        $i = $e + 2;
        if ($line === 'DATA') {
            $end = strpos($c, "\r\n.\r\n", $i - 2);
            $stuffed = substr($c, $i, $end + 2 - $i);
            $i = $end + 5;
            $content = preg_replace('/(?<=^|\r\n)\./', '', $stuffed);
        } elseif (preg_match('/^BDAT (\d+)( LAST)?$/', $line, $m)) {
            $content .= substr($c, $i, (int) $m[1]);
            $i += (int) $m[1];
            if (!isset($m[2])) {
                continue;
            }
        } else {
            $out .= "$line\r\n";
            continue;
        }
        $out .= sprintf("<content %d octets %s>\r\n", strlen($content), md5($content));
        $content = '';
    }
    return $out;
}

$modes = [
    'lockstep, server without PIPELINING' => [['PIPELINING', 'CHUNKING'], []],
    'lockstep by option'                  => [[], ['pipelining' => false, 'chunking' => false]],
    'pipelined, DATA'                     => [[], ['pipelining' => true, 'chunking' => false]],
    'pipelined, BDAT'                     => [[], ['pipelining' => true, 'chunking' => true]],
];
$run = function (string $side, array $remove, array $smtp, bool $keep, string $attach) use ($scenario, $dir) {
    $port = fault_scenario(['mode' => 'plain', 'ehlo_remove' => $remove]);
    $vars = ['port' => $port, 'keep' => $keep, 'attach' => $attach, 'dir' => $dir,
        'options' => $smtp ? ['smtp' => $smtp] : []];
    $results = $side === 'native'
        ? (static function (array $vars) use ($scenario) { return eval($scenario); })($vars)
        : phpmailer_oracle($scenario, $vars);
    $t = fault_transcript($port);
    $wire = implode("--\r\n", array_map(fn ($c) => wire_commands($side === 'oracle' ? oracle_612($c['client']) : $c['client']),
        $t['connections']));
    // Pipelined: an envelope arrived with its DATA or BDAT, before any reply (the server reads what is there).
    $piped = false;
    foreach ($t['connections'] as $c) {
        foreach ($c['events'] as $e) {
            $piped = $piped || ($e['type'] === 'c' && str_contains($e['data'], 'MAIL FROM:')
                && preg_match('/\r\n(DATA|BDAT)/', $e['data']));
        }
    }
    $bdat = str_contains(implode('', array_column($t['connections'], 'client')), "\r\nBDAT ");
    $received = array_map(fn ($m) => [$m['mail_from'], $m['rcpt_to'], $m['data']], fault_messages($port));
    fault_close($port);
    if ($side === 'oracle') {
        array_walk_recursive($received, function (&$v) {
            $v = is_string($v) ? oracle_612($v) : $v;
        });
    }
    return [$results, $wire, $received, ($piped ? ', pipelined' : '') . ($bdat ? ', BDAT' : '')];
};
foreach ([true, false] as $keep) {
    foreach (['file', 'string'] as $attach) {
        [$results, $wire, $received, $how] = $run('oracle', [], [], $keep, $attach);
        printf("%s, attachment from a %s: PHPMailer sent %s, %d connection(s), %d messages of %s octets%s\n",
            $keep ? 'kept alive' : 'one connection each', $attach, json_encode($results),
            substr_count($wire, 'EHLO'), count($received), implode(' + ', array_map(fn ($m) => strlen($m[2]), $received)), $how);
        foreach ($modes as $label => [$remove, $smtp]) {
            [$n_results, $n_wire, $n_received, $n_how] = $run('native', $remove, $smtp, $keep, $attach);
            printf("  %-36s results %s, commands %s, received %s%s\n", $label,
                $n_results === $results ? 'same' : 'DIFFERENT', $n_wire === $wire ? 'same' : 'DIFFERENT',
                $n_received === $received ? 'same' : 'DIFFERENT', $n_how);
            if ($n_wire !== $wire) {
                echo "--- PHPMailer\n$wire--- native\n$n_wire";
            }
        }
    }
}
unlink("$dir/data.bin");
rmdir($dir);
?>
--EXPECT--
kept alive, attachment from a file: PHPMailer sent [true,true], 1 connection(s), 2 messages of 366 + 437624 octets
  lockstep, server without PIPELINING  results same, commands same, received same
  lockstep by option                   results same, commands same, received same
  pipelined, DATA                      results same, commands same, received same, pipelined
  pipelined, BDAT                      results same, commands same, received same, pipelined, BDAT
kept alive, attachment from a string: PHPMailer sent [true,true], 1 connection(s), 2 messages of 366 + 437624 octets
  lockstep, server without PIPELINING  results same, commands same, received same
  lockstep by option                   results same, commands same, received same
  pipelined, DATA                      results same, commands same, received same, pipelined
  pipelined, BDAT                      results same, commands same, received same, pipelined, BDAT
one connection each, attachment from a file: PHPMailer sent [true,true], 2 connection(s), 2 messages of 366 + 437624 octets
  lockstep, server without PIPELINING  results same, commands same, received same
  lockstep by option                   results same, commands same, received same
  pipelined, DATA                      results same, commands same, received same, pipelined
  pipelined, BDAT                      results same, commands same, received same, pipelined, BDAT
one connection each, attachment from a string: PHPMailer sent [true,true], 2 connection(s), 2 messages of 366 + 437624 octets
  lockstep, server without PIPELINING  results same, commands same, received same
  lockstep by option                   results same, commands same, received same
  pipelined, DATA                      results same, commands same, received same, pipelined
  pipelined, BDAT                      results same, commands same, received same, pipelined, BDAT
