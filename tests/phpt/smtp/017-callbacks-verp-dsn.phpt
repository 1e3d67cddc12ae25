--TEST--
action_function gets PHPMailer's arguments per recipient; SingleTo, do_verp and dsn put PHPMailer's commands on the wire
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/faultsmtp.inc';

$configs = [
    'callback' => [],
    'callback, exceptions' => ['exceptions' => true],
    'SingleTo' => ['SingleTo' => true],
    'do_verp' => ['do_verp' => true],
    'do_verp with Sender' => ['do_verp' => true, 'Sender' => 'bounces@example.test'],
    'dsn SUCCESS,FAILURE' => ['dsn' => 'SUCCESS,FAILURE'],
    'dsn NEVER wins' => ['dsn' => 'SUCCESS,NEVER'],
    'dsn lower case' => ['dsn' => 'delay'],
    'dsn nonsense' => ['dsn' => 'BOGUS'],
    'keep-alive' => ['SMTPKeepAlive' => true],
];
$scenario = <<<'PHP'
    $mail = new PHPMailer\PHPMailer\PHPMailer($vars['config']['exceptions'] ?? false);
    unset($vars['config']['exceptions']);
    foreach ($vars['config'] as $name => $value) {
        $mail->$name = $value;
    }
    $calls = [];
    $mail->action_function = function (...$args) use (&$calls) {
        // The transaction id is the server's and differs per run.
        if (isset($args[7]['smtp_transaction_id'])) {
            $args[7]['smtp_transaction_id'] = preg_match('/^\d+$/', $args[7]['smtp_transaction_id']) ? '<id>' : '?';
        }
        $calls[] = $args;
    };
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $vars['port'];
    $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
    $mail->MessageID = '<pinned@example.test>';
    $mail->setFrom('from@example.test', 'From');
    $mail->addAddress('one@example.test', 'One');
    $mail->addAddress('reject-two@example.test');
    $mail->addCC('cc@example.test', 'Cc');
    $mail->addBCC('bcc@example.test');
    $mail->Subject = 'Callbacks';
    $mail->Body = 'body';
    try {
        $result = $mail->send();
    } catch (PHPMailer\PHPMailer\Exception $e) {
        $result = get_class($e) . ' #' . $e->getCode() . ': ' . $e->getMessage();
    }
    $mail->smtpClose();
    return [$result, $mail->ErrorInfo, $calls];
PHP;

foreach ($configs as $label => $config) {
    $out = [];
    foreach (['native', 'oracle'] as $side) {
        $port = fault_scenario(['mode' => 'plain', 'ehlo_extra' => ['XVERP']]);
        $vars = ['port' => $port, 'config' => $config];
        $result = $side === 'native'
            ? (static function (array $vars) use ($scenario) { return eval($scenario); })($vars)
            : phpmailer_oracle($scenario, $vars);
        $result[] = implode("\n", array_column(fault_transcript($port)['connections'], 'client'));
        $result[] = array_map(fn ($m) => [$m['mail_from'], $m['mail_params'], $m['rcpt_to'], $m['rcpt_params'],
            $m['data']], fault_messages($port));
        fault_close($port);
        if ($side === 'oracle') {
            array_walk_recursive($result, function (&$v) {
                $v = is_string($v) ? oracle_612($v) : $v;
            });
            // Where PHPMailer stops after a refused MAIL FROM, the engine had pipelined the rest.
            $result[3] = oracle_pipelined_wire($result[3], ['RCPT TO:<one@example.test>',
                'RCPT TO:<reject-two@example.test>', 'RCPT TO:<cc@example.test>', 'RCPT TO:<bcc@example.test>']);
        }
        $out[$side] = $result;
    }
    [$native, $oracle] = [$out['native'], $out['oracle']];
    $same = array_map(fn ($i) => $native[$i] === $oracle[$i] ? 'same' : 'DIFFERENT', array_keys($native));
    printf("%-20s result %s, ErrorInfo %s, %d callbacks %s, wire %s, received %s\n", $label, ...[
        $same[0], $same[1], count($native[2]), $same[2], $same[3], $same[4]]);
    if (in_array('DIFFERENT', $same, true)) {
        echo "--- PHPMailer\n", var_export($oracle, true), "\n--- native\n", var_export($native, true), "\n";
    }
}
// The callback's arguments, for the reader (first recipient, native side).
var_dump($native[2][0]);
?>
--EXPECT--
callback             result same, ErrorInfo same, 4 callbacks same, wire same, received same
callback, exceptions result same, ErrorInfo same, 4 callbacks same, wire same, received same
SingleTo             result same, ErrorInfo same, 4 callbacks same, wire same, received same
do_verp              result same, ErrorInfo same, 0 callbacks same, wire same, received same
do_verp with Sender  result same, ErrorInfo same, 0 callbacks same, wire same, received same
dsn SUCCESS,FAILURE  result same, ErrorInfo same, 4 callbacks same, wire same, received same
dsn NEVER wins       result same, ErrorInfo same, 4 callbacks same, wire same, received same
dsn lower case       result same, ErrorInfo same, 4 callbacks same, wire same, received same
dsn nonsense         result same, ErrorInfo same, 4 callbacks same, wire same, received same
keep-alive           result same, ErrorInfo same, 4 callbacks same, wire same, received same
array(8) {
  [0]=>
  bool(true)
  [1]=>
  array(1) {
    [0]=>
    array(2) {
      [0]=>
      string(16) "one@example.test"
      [1]=>
      string(3) "One"
    }
  }
  [2]=>
  array(0) {
  }
  [3]=>
  array(0) {
  }
  [4]=>
  string(9) "Callbacks"
  [5]=>
  string(6) "body
"
  [6]=>
  string(17) "from@example.test"
  [7]=>
  array(1) {
    ["smtp_transaction_id"]=>
    string(4) "<id>"
  }
}
