--TEST--
POP3: tls:// and ssl:// hosts connect over TLS, verified against openssl.cafile as fsockopen() does
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/pop3.inc'; pop3_test_skipif('dovecot_pop3s'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/pop3.inc';

/* openssl.cafile is per directory, so the engine runs in a child PHP that has
   it (the oracle, which always runs without it, cannot take part here). */
$server = pop3_test_server('dovecot_pop3s');
$code = 'foreach (["tls://127.0.0.1", "ssl://localhost"] as $host) {
    $pop = new PHPMailer\PHPMailer\POP3();
    echo "== $host\n";
    var_dump($pop->authorise($host, ' . $server['port'] . ', 5, "alice", "secret", 2), $pop->getErrors());
}';
$extension = ini_get('extension_dir') . '/smtp.so';
passthru(implode(' ', array_map('escapeshellarg', [PHP_BINARY, '-n', '-d', 'extension=' . $extension,
    '-d', 'openssl.cafile=' . $server['cafile'], '-r', $code])));
?>
--EXPECT--
== tls://127.0.0.1
Server -> Client: +OK smtp extension test POP3 ready.
Client -> Server: USER alice
Server -> Client: +OK
Client -> Server: PASS secret
Server -> Client: +OK Logged in.
Client -> Server: QUIT
Server -> Client: +OK Logging out.
bool(true)
array(0) {
}
== ssl://localhost
Server -> Client: +OK smtp extension test POP3 ready.
Client -> Server: USER alice
Server -> Client: +OK
Client -> Server: PASS secret
Server -> Client: +OK Logged in.
Client -> Server: QUIT
Server -> Client: +OK Logging out.
bool(true)
array(0) {
}
