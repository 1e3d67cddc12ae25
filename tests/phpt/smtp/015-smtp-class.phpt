--TEST--
The SMTP class on its own: every command method, its return value, getError(), getLastReply() and the level-4 log are PHPMailer's
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/faultsmtp.inc';

// One session through the whole class, recording what each call returns.
$scenario = <<<'PHP'
    $smtp = new class extends PHPMailer\PHPMailer\SMTP {
        public function lines() { return $this->get_lines(); }
    };
    $log = [];
    $smtp->Debugoutput = function ($str, $level) use (&$log) { $log[] = "[$level] $str"; };
    $r = [];
    $step = function (string $name, $result) use ($smtp, &$r) {
        $r[] = [$name, $result, $smtp->getError(), $smtp->getLastReply()];
    };
    // Before any connection.
    $step('mail unconnected', $smtp->mail('from@example.test'));
    $step('hello unconnected', $smtp->hello('client.example'));
    $step('data unconnected', $smtp->data('x'));
    $step('quit unconnected', $smtp->quit());
    $step('connected', $smtp->connected());
    $smtp->setDebugLevel($vars['level']);
    $step('debug level', $smtp->getDebugLevel());
    $smtp->setTimeout(20);
    $step('timeout', $smtp->getTimeout());
    $step('connect', $smtp->connect('127.0.0.1', $vars['port'], 10));
    $step('connect again', $smtp->connect('127.0.0.1', $vars['port'], 10));
    $step('connected', $smtp->connected());
    $step('ext before hello', $smtp->getServerExtList());
    $step('hello', $smtp->hello('client.example'));
    $step('ext list', $smtp->getServerExtList());
    $step('ext AUTH', $smtp->getServerExt('AUTH'));
    $step('ext SIZE', $smtp->getServerExt('SIZE'));
    $step('ext HELO', $smtp->getServerExt('HELO'));
    $step('ext missing', $smtp->getServerExt('XNOPE'));
    $step('auth wrong', $smtp->authenticate('alice', 'wrong', 'LOGIN'));
    $step('auth wrong', $smtp->authenticate('alice', 'wrong', 'PLAIN'));
    // A method the class does not know: it picks the best the server offers (CRAM-MD5).
    $step('auth unknown type', $smtp->authenticate('alice', 'secret', 'NTLM'));
    $step('auth again', $smtp->authenticate('alice', 'secret', 'PLAIN'));
    $step('noop', $smtp->noop());
    $step('verify', $smtp->verify('someone'));
    $step('turn', $smtp->turn());
    $step('client_send', $smtp->client_send("HELP\r\n", 'HELP'));
    $step('get_lines', $smtp->lines());
    $step('mail', $smtp->mail('from@example.test'));
    $step('rcpt rejected', $smtp->recipient('reject-1@example.test'));
    $step('rcpt dsn', $smtp->recipient('to@example.test', 'SUCCESS,FAILURE'));
    $step('rcpt', $smtp->recipient('cc@example.test'));
    $step('data', $smtp->data("Subject: standalone\r\n\r\n.leading dot\nbare LF\rbare CR\r\n" .
        str_repeat('x', 1200) . "\r\nlast"));
    $id = $smtp->getLastTransactionID();
    $step('transaction id', is_string($id) && str_ends_with(trim($smtp->getLastReply()), "queued as $id")
        ? 'the id in the reply' : $id);
    $step('reset', $smtp->reset());
    $smtp->setVerp(true);
    $step('verp', $smtp->getVerp());
    $step('mail with XVERP', $smtp->mail('from@example.test'));
    $smtp->setVerp(false);
    $step('sendAndMail', $smtp->sendAndMail('from@example.test'));
    $step('data without mail', $smtp->data('x'));
    $step('quit', $smtp->quit());
    $step('connected after quit', $smtp->connected());
    $smtp->close();
    $step('closed', $smtp->connected());
    $r[] = implode('', $log);
    return $r;
PHP;

foreach ([0, 4] as $level) {
    $results = $wire = [];
    foreach (['native', 'oracle'] as $side) {
        $port = fault_scenario(['mode' => 'plain']);
        $vars = ['port' => $port, 'level' => $level];
        $result = $side === 'native'
            ? (static function (array $vars) use ($scenario) { return eval($scenario); })($vars)
            : phpmailer_oracle($scenario, $vars);
        // The port, the server's queue id and its CRAM-MD5 challenge differ per run.
        $normalize = fn (string $text) => fault_mask_cram_md5(
            preg_replace(["/:$port,/", '/queued as [0-9]+/'], [':<port>,', 'queued as <id>'], $text));
        array_walk_recursive($result, function (&$v) use ($side, $normalize) {
            if (is_string($v)) {
                $v = $normalize($side === 'oracle' ? oracle_612($v) : $v);
            }
        });
        $results[$side] = $result;
        $wire[$side] = $normalize(implode("\n---\n",
            array_column(fault_transcript($port)['connections'], 'client')));
        fault_close($port);
    }
    $differ = array_filter(array_keys($results['oracle']),
        fn ($i) => $results['native'][$i] !== $results['oracle'][$i]);
    printf("level %d: %d calls, %d lines of log, %d differences from PHPMailer; bytes on the wire: %s\n", $level,
        count($results['native']) - 1, substr_count(end($results['native']), "\n"), count($differ),
        $wire['native'] === $wire['oracle'] ? 'the same' : 'DIFFERENT');
    if ($wire['native'] !== $wire['oracle']) {
        echo "--- PHPMailer sent\n", $wire['oracle'], "\n--- native sent\n", $wire['native'], "\n";
    }
    foreach ($differ as $i) {
        echo "--- PHPMailer\n", var_export($results['oracle'][$i], true), "\n--- native\n",
            var_export($results['native'][$i], true), "\n";
    }
}
?>
--EXPECT--
level 0: 40 calls, 0 lines of log, 0 differences from PHPMailer; bytes on the wire: the same
level 4: 40 calls, 70 lines of log, 0 differences from PHPMailer; bytes on the wire: the same
