--TEST--
Debugoutput as a PSR-3 logger (a logger class of the suite's own, and Monolog): the records PHPMailer would log, level and text
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/faultsmtp.inc';
try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); }
if (!stream_resolve_include_path('Monolog/autoload.php')) echo 'skip php-monolog is not installed';
?>
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/faultsmtp.inc';

$scenario = <<<'PHP'
    require_once 'Monolog/autoload.php';
    if (!class_exists('SuiteLogger', false)) {
        // A logger of our own: PSR-3's AbstractLogger funnels every level into log().
        eval('class SuiteLogger extends Psr\Log\AbstractLogger {
            public $records = [];
            public function log($level, $message, array $context = []) { $this->records[] = [$level, $message]; }
        }');
    }
    $out = [];
    foreach (['suite', 'monolog'] as $kind) {
        if ($kind === 'suite') {
            $logger = new SuiteLogger();
        } else {
            $handler = new Monolog\Handler\TestHandler();
            $logger = new Monolog\Logger('mail', [$handler]);
        }
        $mail = new PHPMailer\PHPMailer\PHPMailer();
        $mail->isSMTP();
        $mail->Host = '127.0.0.1';
        $mail->Port = $vars['port'];
        $mail->Helo = 'client.example';
        $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
        $mail->MessageID = '<pinned@example.test>';
        $mail->SMTPDebug = $vars['level'];
        $mail->Debugoutput = $logger;
        $mail->setFrom('from@example.test');
        $mail->addAddress('to@example.test');
        $mail->addAddress('reject-me@example.test');
        $mail->Subject = 'Logged';
        $mail->Body = "line\n.dot";
        $out[$kind] = [$mail->send(), $mail->ErrorInfo];
        $records = $kind === 'suite' ? $logger->records
            : array_map(fn ($r) => [$r['level_name'], $r['message']], $handler->getRecords());
        // The server's port and queue id differ per run.
        $out[$kind][] = preg_replace(['/queued as \d+/', '/127\.0\.0\.1:\d+/'], ['queued as <id>', '127.0.0.1:<port>'],
            array_map(fn ($r) => implode(': ', $r), $records));
    }
    return $out;
PHP;

foreach ([2, 4] as $level) {
    $results = [];
    foreach (['native', 'oracle'] as $side) {
        $port = fault_scenario(['mode' => 'plain']);
        $vars = ['port' => $port, 'level' => $level];
        $results[$side] = $side === 'native'
            ? (static function (array $vars) use ($scenario) { return eval($scenario); })($vars)
            : phpmailer_oracle($scenario, $vars);
        fault_close($port);
    }
    // 6.6.3 logs the lines as they come; 6.12.0 strips their line breaks (documented difference).
    foreach ($results['oracle'] as &$run) {
        $run[1] = oracle_612($run[1]);
        $run[2] = array_map(fn ($r) => oracle_612(rtrim($r, "\r\n")), $run[2]);
    }
    unset($run);
    foreach (['suite', 'monolog'] as $kind) {
        printf("level %d, %s logger: %d records, same as PHPMailer: %s\n", $level, $kind,
            count($results['native'][$kind][2]), var_export($results['native'][$kind] === $results['oracle'][$kind], true));
        if ($results['native'][$kind] !== $results['oracle'][$kind]) {
            echo "--- PHPMailer\n", var_export($results['oracle'][$kind], true), "\n--- native\n",
                var_export($results['native'][$kind], true), "\n";
        }
    }
}
echo implode("\n", array_slice($results['native']['monolog'][2], 0, 3)), "\n";
?>
--EXPECT--
level 2, suite logger: 29 records, same as PHPMailer: true
level 2, monolog logger: 29 records, same as PHPMailer: true
level 4, suite logger: 48 records, same as PHPMailer: true
level 4, monolog logger: 48 records, same as PHPMailer: true
DEBUG: Connection: opening to 127.0.0.1:<port>, timeout=300, options=array()
DEBUG: Connection: opened
DEBUG: SMTP INBOUND: "220 fault.test ESMTP"
