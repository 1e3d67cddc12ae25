--TEST--
Persistent connections (SMTPOptions['smtp']['persistent']): reused for the same configuration, checked with RSET, never handed to another host name, port, user, password or TLS setting, dropped after an error, and only when asked for
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--FILE--
<?php
require __DIR__ . '/../inc/faultsmtp.inc';

use PHPMailer\PHPMailer\PHPMailer;

/* One message by a new mailer object (as one web request sends one), which then goes away. */
function send_one(int $port, array $config = []): string
{
    $mail = new PHPMailer();
    $mail->isSMTP();
    $mail->Host = $config['host'] ?? '127.0.0.1';
    $mail->Port = $port;
    $mail->SMTPOptions = ['smtp' => ['persistent' => $config['persistent'] ?? true]] + ($config['options'] ?? []);
    if (isset($config['user'])) {
        $mail->SMTPAuth = true;
        $mail->Username = $config['user'];
        $mail->Password = $config['password'];
    }
    $mail->setFrom('from@example.test');
    $mail->addAddress($config['to'] ?? 'to@example.test');
    $mail->Subject = 'Persistent';
    $mail->Body = 'body';
    return $mail->send() ? 'sent' : 'failed: ' . $mail->ErrorInfo;
}

/* What the server saw: connections, and per connection its EHLO, AUTH and RSET commands and messages. */
function server_side(int $port): string
{
    $t = fault_transcript($port);
    $out = count($t['connections']) . ' connection(s):';
    foreach ($t['connections'] as $c) {
        $out .= sprintf(' [%d EHLO, %d AUTH, %d RSET, %d DATA]', preg_match_all('/^EHLO /m', $c['client']),
            preg_match_all('/^AUTH /m', $c['client']), preg_match_all('/^RSET/m', $c['client']),
            preg_match_all('/^DATA/m', $c['client']));
    }
    fault_close($port);
    return $out;
}

$untrusted = ['ssl' => ['verify_peer' => false, 'verify_peer_name' => false, 'allow_self_signed' => true]];
$cases = [
    'same configuration, three requests' => ['starttls', [], [
        ['user' => 'alice', 'password' => 'secret', 'options' => $untrusted],
        ['user' => 'alice', 'password' => 'secret', 'options' => $untrusted],
        ['user' => 'alice', 'password' => 'secret', 'options' => $untrusted],
    ]],
    'another password, another user' => ['plain', [], [
        ['user' => 'alice', 'password' => 'secret'],
        ['user' => 'alice', 'password' => 'wrong'],
        ['user' => 'bob', 'password' => 'secret'],
        ['user' => 'alice', 'password' => 'secret'],
        [],
    ]],
    'another host name for the same server' => ['plain', [], [[], ['host' => 'localhost'], [], ['host' => 'localhost']]],
    'other TLS options' => ['starttls', [], [
        ['options' => $untrusted],
        ['options' => ['ssl' => $untrusted['ssl'] + ['ciphers' => 'HIGH']]],
        ['options' => ['ssl' => ['verify_peer_name' => false] + $untrusted['ssl']]],
        ['options' => $untrusted],
    ]],
    'not asked for' => ['plain', [], [['persistent' => false], ['persistent' => false], ['persistent' => false]]],
    'a kept connection the server closed' => ['plain', [['stage' => 'rset', 'kind' => 'close']], [[], []]],
    'an error drops it' => ['plain', [], [['to' => 'reject@example.test'], []]],
];
foreach ($cases as $label => [$mode, $faults, $sends]) {
    $port = fault_scenario(['mode' => $mode, 'faults' => $faults]);
    echo "$label:\n";
    foreach ($sends as $config) {
        echo '  ', send_one($port, $config), "\n";
    }
    echo '  ', server_side($port), "\n";
}

// Another port is another server: never the connection of the first.
$a = fault_scenario(['mode' => 'plain']);
$b = fault_scenario(['mode' => 'plain']);
echo "two servers:\n  ", send_one($a), ', ', send_one($b), ', ', send_one($a), "\n";
echo '  ', server_side($a), "\n  ", server_side($b), "\n";

// Between requests: PHP's built-in web server, one process, five requests
// that each send one message over STARTTLS with AUTH.
$dir = sys_get_temp_dir() . '/smtp-persist-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/send.php", '<?php
    $mail = new PHPMailer\PHPMailer\PHPMailer();
    $mail->isSMTP();
    $mail->Host = "127.0.0.1";
    $mail->Port = (int) $_GET["port"];
    $mail->SMTPOptions = ["smtp" => ["persistent" => true], "ssl" => ["verify_peer" => false, "verify_peer_name" => false]];
    $mail->SMTPAuth = true;
    $mail->Username = "alice";
    $mail->Password = "secret";
    $mail->setFrom("from@example.test");
    $mail->addAddress("to@example.test");
    $mail->Subject = "Request " . $_GET["n"];
    $mail->Body = "body";
    echo $mail->send() ? "sent" : "failed: " . $mail->ErrorInfo;
');
$free = stream_socket_server('tcp://127.0.0.1:0');
$web = (int) substr(strrchr(stream_socket_get_name($free, false), ':'), 1);
fclose($free);
$smtp = fault_scenario(['mode' => 'starttls']);
$server = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . ini_get('extension_dir') . '/smtp.so', '-d', 'pcre.jit=' . (int) ini_get('pcre.jit'),
    '-S', "127.0.0.1:$web", '-t', $dir], [1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
// Bounded wait for the server to listen.
for ($i = 0; $i < 100 && !($probe = @fsockopen('127.0.0.1', $web, $errno, $errstr, 0.1)); $i++) {
    usleep(50000);
}
if ($probe) {
    fclose($probe);
}
echo "five requests of one web server process:\n ";
for ($n = 1; $n <= 5; $n++) {
    echo ' ', @file_get_contents("http://127.0.0.1:$web/send.php?port=$smtp&n=$n");
}
echo "\n  ", server_side($smtp), "\n";
proc_terminate($server);
proc_close($server);
unlink("$dir/send.php");
rmdir($dir);
?>
--EXPECT--
same configuration, three requests:
  sent
  sent
  sent
  1 connection(s): [2 EHLO, 1 AUTH, 2 RSET, 3 DATA]
another password, another user:
  sent
  failed: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting
  failed: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting
  sent
  sent
  4 connection(s): [1 EHLO, 1 AUTH, 1 RSET, 2 DATA] [1 EHLO, 1 AUTH, 0 RSET, 0 DATA] [1 EHLO, 1 AUTH, 0 RSET, 0 DATA] [1 EHLO, 0 AUTH, 0 RSET, 1 DATA]
another host name for the same server:
  sent
  sent
  sent
  sent
  2 connection(s): [1 EHLO, 0 AUTH, 1 RSET, 2 DATA] [1 EHLO, 0 AUTH, 1 RSET, 2 DATA]
other TLS options:
  sent
  sent
  sent
  sent
  3 connection(s): [2 EHLO, 0 AUTH, 1 RSET, 2 DATA] [2 EHLO, 0 AUTH, 0 RSET, 1 DATA] [2 EHLO, 0 AUTH, 0 RSET, 1 DATA]
not asked for:
  sent
  sent
  sent
  3 connection(s): [1 EHLO, 0 AUTH, 0 RSET, 1 DATA] [1 EHLO, 0 AUTH, 0 RSET, 1 DATA] [1 EHLO, 0 AUTH, 0 RSET, 1 DATA]
a kept connection the server closed:
  sent
  sent
  2 connection(s): [1 EHLO, 0 AUTH, 1 RSET, 1 DATA] [1 EHLO, 0 AUTH, 0 RSET, 1 DATA]
an error drops it:
  failed: SMTP Error: The following recipients failed: reject@example.test: User unknown

  sent
  2 connection(s): [1 EHLO, 0 AUTH, 0 RSET, 1 DATA] [1 EHLO, 0 AUTH, 0 RSET, 1 DATA]
two servers:
  sent, sent, sent
  1 connection(s): [1 EHLO, 0 AUTH, 1 RSET, 2 DATA]
  1 connection(s): [1 EHLO, 0 AUTH, 0 RSET, 1 DATA]
five requests of one web server process:
  sent sent sent sent sent
  1 connection(s): [2 EHLO, 1 AUTH, 4 RSET, 5 DATA]
