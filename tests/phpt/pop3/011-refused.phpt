--TEST--
POP3: a refused connection and a port PHP cannot use, each debug level, and the calls around them, as PHPMailer
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/pop3.inc';

$scenario = <<<'PHP'
    $pop = new TestPOP3();
    ob_start();
    $result = $pop->authorise('127.0.0.1', $vars['port'], 5, 'alice', 'secret', $vars['level']);
    $login = $pop->login();
    // After a failed connect() there is nothing to close (6.10).
    $pop->disconnect();
    return ['result' => $result, 'login' => $login, 'output' => ob_get_clean(), 'errors' => $pop->getErrors()];
PHP;

foreach ([0, 1, 2] as $level) {
    $vars = ['port' => pop3_refused_port(), 'level' => $level];
    same_as_phpmailer("level $level", pop3_native($scenario, $vars), pop3_oracle($scenario, $vars));
}
// (int) '' is port 0, which fsockopen() cannot even parse.
$vars = ['port' => '', 'level' => 1];
same_as_phpmailer('port 0', $native = pop3_native($scenario, $vars), pop3_oracle($scenario, $vars));
echo $native['errors'][1], "\n";
$vars = ['port' => pop3_refused_port(), 'level' => 1];
print_r(pop3_native($scenario, $vars));
?>
--EXPECTF--
level 0: same as PHPMailer: true
level 1: same as PHPMailer: true
level 2: same as PHPMailer: true
port 0: same as PHPMailer: true
Failed to connect to server 127.0.0.1 on port 0. errno: 0; errstr: Failed to parse address "127.0.0.1"
Array
(
    [result] => 
    [login] => 
    [output] => <pre>Connecting to the POP3 server raised a PHP warning:errno: 2 errstr: fsockopen(): Unable to connect to 127.0.0.1:%d (Connection refused); errfile: F; errline: L</pre><pre>Connecting to the POP3 server raised a PHP warning:errno: 2 errstr: fsockopen(): Unable to connect to 127.0.0.1:%d (Connection refused); errfile: F; errline: LFailed to connect to server 127.0.0.1 on port %d. errno: 111; errstr: Connection refused</pre><pre>Connecting to the POP3 server raised a PHP warning:errno: 2 errstr: fsockopen(): Unable to connect to 127.0.0.1:%d (Connection refused); errfile: F; errline: LFailed to connect to server 127.0.0.1 on port %d. errno: 111; errstr: Connection refusedNot connected to POP3 server</pre>
    [errors] => Array
        (
            [0] => Connecting to the POP3 server raised a PHP warning:errno: 2 errstr: fsockopen(): Unable to connect to 127.0.0.1:%d (Connection refused); errfile: F; errline: L
            [1] => Failed to connect to server 127.0.0.1 on port %d. errno: 111; errstr: Connection refused
            [2] => Not connected to POP3 server
        )

)
