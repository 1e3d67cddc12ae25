--TEST--
POP3: authorise() and popBeforeSmtp() against Dovecot, right and wrong password, each debug level, as PHPMailer
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/pop3.inc'; pop3_test_skipif('dovecot_pop3'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/pop3.inc';

$scenario = <<<'PHP'
    ob_start();
    if ($vars['static']) {
        $result = TestPOP3::popBeforeSmtp($vars['host'], $vars['port'], 10, $vars['username'],
            $vars['password'], $vars['level']);
        return ['result' => $result, 'output' => ob_get_clean()];
    }
    $pop = new TestPOP3();
    $result = $pop->authorise($vars['host'], $vars['port'], 10, $vars['username'], $vars['password'],
        $vars['level']);
    return ['result' => $result, 'output' => ob_get_clean(), 'errors' => $pop->getErrors()];
PHP;

$server = pop3_test_server('dovecot_pop3');
foreach (['secret' => $server['password'], 'wrong' => 'not the password'] as $label => $password) {
    foreach ([false, true] as $static) {
        foreach ([0, 1, 2] as $level) {
            $vars = ['password' => $password, 'level' => $level, 'static' => $static] + $server;
            $native = pop3_native($scenario, $vars);
            same_as_phpmailer(sprintf('%-6s %s level %d', $label, $static ? 'popBeforeSmtp' : 'authorise', $level),
                $native, pop3_oracle($scenario, $vars));
        }
    }
}

// What level 2 shows: the whole dialogue, the password included (PHPMailer hides nothing here).
$vars = ['password' => 'not the password', 'level' => 2, 'static' => false] + $server;
echo pop3_native($scenario, $vars)['output'];
?>
--EXPECTF--
secret authorise level 0: same as PHPMailer: true
secret authorise level 1: same as PHPMailer: true
secret authorise level 2: same as PHPMailer: true
secret popBeforeSmtp level 0: same as PHPMailer: true
secret popBeforeSmtp level 1: same as PHPMailer: true
secret popBeforeSmtp level 2: same as PHPMailer: true
wrong  authorise level 0: same as PHPMailer: true
wrong  authorise level 1: same as PHPMailer: true
wrong  authorise level 2: same as PHPMailer: true
wrong  popBeforeSmtp level 0: same as PHPMailer: true
wrong  popBeforeSmtp level 1: same as PHPMailer: true
wrong  popBeforeSmtp level 2: same as PHPMailer: true
Server -> Client: +OK %s
Client -> Server: USER alice
Server -> Client: +OK
Client -> Server: PASS not the password
Server -> Client: -ERR [AUTH] Authentication failed.
<pre>Server reported an error: -ERR [AUTH] Authentication failed.
</pre>Client -> Server: QUIT
Server -> Client: +OK Logging out
