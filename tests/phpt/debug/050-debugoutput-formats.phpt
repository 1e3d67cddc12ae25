--TEST--
SMTPDebug output in each Debugoutput form is PHPMailer's, line for line
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/faultsmtp.inc';

$scenario = <<<'PHP'
    $mail = new class (true) extends PHPMailer\PHPMailer\PHPMailer {
        protected function generateId() { return 'PinnedIdPinnedIdPinnedIdPinnedIdPinnedId123'; }
    };
    $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
    $mail->Hostname = 'host.example';
    $mail->Helo = 'client.example';
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $vars['port'];
    $mail->SMTPDebug = $vars['level'];
    $log = tempnam(sys_get_temp_dir(), 'debug');
    ini_set('error_log', $log);
    $lines = [];
    $mail->Debugoutput = $vars['output'] === 'callable'
        ? function ($str, $level) use (&$lines) { $lines[] = "[$level] $str"; }
        : $vars['output'];
    $mail->setFrom('from@example.test', 'From <Name>');
    $mail->addAddress('to@example.test');
    $mail->Subject = 'Debug & "quotes"';
    $mail->Body = "First line\n.dot line\nlast";
    ob_start();
    $mail->send();
    $printed = ob_get_clean() . file_get_contents($log) . implode('', $lines);
    unlink($log);
    // Times, and the server's queue id, differ from run to run.
    $printed = preg_replace('/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ?/', '<time> ', $printed);
    $printed = preg_replace('/^\[\d\d-\w{3}-\d{4} \d\d:\d\d:\d\d [^]]*\] /m', '<time> ', $printed);
    return preg_replace('/queued as \d+/', 'queued as <id>', $printed);
PHP;

foreach (['echo', 'html', 'error_log', 'callable'] as $output) {
    foreach ([1, 2] as $level) {
        $port = fault_scenario(['mode' => 'plain']);
        $vars = ['port' => $port, 'level' => $level, 'output' => $output];
        $native = (static function (array $vars) use ($scenario) { return eval($scenario); })($vars);
        fault_close($port);
        $vars['port'] = $port = fault_scenario(['mode' => 'plain']);
        $oracle = oracle_612(phpmailer_oracle($scenario, $vars));
        fault_close($port);
        printf("%-9s level %d: %d lines, same as PHPMailer: %s\n", $output, $level, substr_count($native, "\n"),
            var_export($native === $oracle, true));
        if ($native !== $oracle) {
            echo "--- PHPMailer\n$oracle--- native\n$native";
        }
    }
}
?>
--EXPECT--
echo      level 1: 19 lines, same as PHPMailer: true
echo      level 2: 34 lines, same as PHPMailer: true
html      level 1: 19 lines, same as PHPMailer: true
html      level 2: 26 lines, same as PHPMailer: true
error_log level 1: 38 lines, same as PHPMailer: true
error_log level 2: 60 lines, same as PHPMailer: true
callable  level 1: 19 lines, same as PHPMailer: true
callable  level 2: 34 lines, same as PHPMailer: true
