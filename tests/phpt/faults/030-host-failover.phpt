--TEST--
A Host list is tried in order as PHPMailer tries it: a failed connect, greeting, EHLO, STARTTLS or AUTH moves on to the next host, a failed MAIL does not
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/servers.inc';
smtp_test_skipif('postfix_starttls');
?>
--FILE--
<?php
require __DIR__ . '/../inc/fault_matrix.inc';

// Run alike on the engine and on PHPMailer, each against scenarios of its own.
$code = <<<'PHP'
    require_once $vars['faultsmtp_inc'];
    $ports = array_map('fault_scenario', $vars['hosts']);
    $mail = new PHPMailer\PHPMailer\PHPMailer($vars['exceptions']);
    $mail->isSMTP();
    $mail->Host = implode(';', array_map(fn ($p) => "127.0.0.1:$p", $ports));
    $mail->Timeout = 2;
    $mail->SMTPSecure = $vars['secure'];
    $mail->SMTPAutoTLS = false;
    $mail->SMTPOptions = ['ssl' => ['cafile' => $vars['cafile']]];
    $mail->SMTPAuth = true;
    $mail->Username = 'alice';
    $mail->Password = 'secret';
    $mail->setFrom('sender@example.test');
    $mail->addAddress('rcpt@example.test');
    $mail->Subject = 'Failover';
    $mail->Body = 'body';
    try {
        $out = ['sent' => $mail->send() ? 'true' : 'false'];
    } catch (PHPMailer\PHPMailer\Exception $e) {
        $out = ['exception' => $e->getMessage()];
    }
    $out['ErrorInfo'] = $mail->ErrorInfo;
    $mail->smtpClose();
    foreach ($ports as $i => $port) {
        $out['hosts'][] = sprintf('host %d: %d connection(s), %d message(s)', $i + 1,
            fault_transcript($port)['accepted'], count(fault_messages($port)));
        fault_close($port);
    }
    return $out;
PHP;

$healthy = ['mode' => 'starttls'];
$first = [
    'connect/reset' => ['connect', 'reset'],
    'greeting/close' => ['greeting', 'close'],
    'greeting/4xx (421)' => ['greeting', '4xx'],
    'greeting/5xx' => ['greeting', '5xx'],
    'ehlo/5xx' => ['ehlo', '5xx'],
    'starttls/refuse_ext (454)' => ['starttls', 'refuse_ext'],
    'tls/refuse_ext (alert)' => ['tls', 'refuse_ext'],
    'auth/5xx' => ['auth', '5xx'],
    'mail/4xx' => ['mail', '4xx'],
];
$vars = ['faultsmtp_inc' => realpath(__DIR__ . '/../inc/faultsmtp.inc'), 'secure' => 'tls',
    'cafile' => smtp_test_config()['certs']['ca']];
foreach ($first as $name => [$stage, $kind]) {
    foreach ([true, false] as $exceptions) {
        $case = ['exceptions' => $exceptions,
            'hosts' => [['mode' => 'starttls', 'faults' => [['stage' => $stage, 'kind' => $kind]]], $healthy]] + $vars;
        $native = (static function (array $vars) use ($code) { return eval($code); })($case);
        // Under valgrind (slow, timing off) the comparison is left to the plain run.
        if (getenv('ZEND_DONT_UNLOAD_MODULES') === '1') {
            $oracle = $native;
        } else {
            $oracle = phpmailer_oracle($code, $case);
            $oracle['ErrorInfo'] = oracle_612($oracle['ErrorInfo']);
            if (isset($oracle['exception'])) {
                $oracle['exception'] = oracle_612($oracle['exception']);
            }
        }
        printf("first host %s, %s: %s; %s\n  as PHPMailer: %s\n", $name, $exceptions ? 'exceptions' : 'ErrorInfo',
            isset($native['exception']) ? 'exception' : 'sent ' . $native['sent'], implode('; ', $native['hosts']),
            var_export($native === $oracle, true));
    }
}
?>
--EXPECT--
first host connect/reset, exceptions: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host connect/reset, ErrorInfo: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host greeting/close, exceptions: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host greeting/close, ErrorInfo: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host greeting/4xx (421), exceptions: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host greeting/4xx (421), ErrorInfo: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host greeting/5xx, exceptions: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host greeting/5xx, ErrorInfo: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host ehlo/5xx, exceptions: sent true; host 1: 1 connection(s), 1 message(s); host 2: 0 connection(s), 0 message(s)
  as PHPMailer: true
first host ehlo/5xx, ErrorInfo: sent true; host 1: 1 connection(s), 1 message(s); host 2: 0 connection(s), 0 message(s)
  as PHPMailer: true
first host starttls/refuse_ext (454), exceptions: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host starttls/refuse_ext (454), ErrorInfo: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host tls/refuse_ext (alert), exceptions: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host tls/refuse_ext (alert), ErrorInfo: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host auth/5xx, exceptions: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host auth/5xx, ErrorInfo: sent true; host 1: 1 connection(s), 0 message(s); host 2: 1 connection(s), 1 message(s)
  as PHPMailer: true
first host mail/4xx, exceptions: exception; host 1: 1 connection(s), 0 message(s); host 2: 0 connection(s), 0 message(s)
  as PHPMailer: true
first host mail/4xx, ErrorInfo: sent false; host 1: 1 connection(s), 0 message(s); host 2: 0 connection(s), 0 message(s)
  as PHPMailer: true
