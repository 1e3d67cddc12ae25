--TEST--
POP3: a tls:// host whose certificate is not trusted fails as fsockopen() makes PHPMailer fail
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/pop3.inc'; pop3_test_skipif('dovecot_pop3s'); ?>
--INI--
openssl.cafile=
openssl.capath=
--FILE--
<?php
require __DIR__ . '/../inc/pop3.inc';

// Neither openssl.cafile nor fsockopen() (which takes no context) trusts the test CA.
$scenario = <<<'PHP'
    $pop = new TestPOP3();
    ob_start();
    $result = $pop->authorise($vars['host'], $vars['port'], 5, $vars['username'], $vars['password'], 2);
    return ['result' => $result, 'output' => ob_get_clean(), 'errors' => $pop->getErrors()];
PHP;

$server = pop3_test_server('dovecot_pop3s');
foreach (['tls://127.0.0.1', 'ssl://localhost'] as $host) {
    $vars = ['host' => $host] + $server;
    same_as_phpmailer($host, pop3_native($scenario, $vars), pop3_oracle($scenario, $vars));
}
echo implode("\n", pop3_native($scenario, ['host' => 'tls://127.0.0.1'] + $server)['errors']), "\n";
?>
--EXPECTF--
tls://127.0.0.1: same as PHPMailer: true
ssl://localhost: same as PHPMailer: true
Connecting to the POP3 server raised a PHP warning:errno: 2 errstr: fsockopen(): SSL operation failed with code 1. OpenSSL Error messages:
error:%s:certificate verify failed; errfile: F; errline: L
Connecting to the POP3 server raised a PHP warning:errno: 2 errstr: fsockopen(): Failed to enable crypto; errfile: F; errline: L
Connecting to the POP3 server raised a PHP warning:errno: 2 errstr: fsockopen(): Unable to connect to tls://127.0.0.1:%d (Unknown error); errfile: F; errline: L
Failed to connect to server tls://127.0.0.1 on port %d. errno: 0; errstr: 
