--TEST--
Server certificates: wrong host, expired and untrusted-CA certificates are refused as PHPMailer refuses them, unless the matching SMTPOptions['ssl'] key allows them (another key does not)
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/servers.inc';
smtp_test_skipif('postfix_wronghost', 'postfix_expired', 'postfix_starttls');
?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/oracle.inc';

$scenario = <<<'PHP'
    $mail = new PHPMailer\PHPMailer\PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $vars['port'];
    $mail->Timeout = 5;
    $mail->SMTPSecure = 'tls';
    $mail->SMTPOptions = ['ssl' => $vars['ssl']];
    $mail->SMTPAuth = true;
    $mail->Username = 'alice';
    $mail->Password = 'secret';
    $mail->setFrom('sender@example.test');
    $mail->addAddress('rcpt@example.test');
    $mail->Subject = 'Certificate policy';
    $mail->Body = 'body';
    try {
        return $mail->send() ? 'sent' : $mail->ErrorInfo;
    } catch (PHPMailer\PHPMailer\Exception $e) {
        return $e->getMessage();
    }
PHP;
$run = fn (array $vars) => (static function (array $vars) use ($scenario) { return eval($scenario); })($vars);

$certs = smtp_test_config()['certs'];
$ca = ['cafile' => $certs['ca']];
// A CA file without the test CA: the server's chain leads to an unknown issuer.
$other_ca = ['cafile' => $certs['selfsigned']['cert']];
$servers = ['wrong host' => 'postfix_wronghost', 'expired' => 'postfix_expired', 'untrusted CA' => 'postfix_starttls'];
$cases = [
    ['wrong host', $ca],
    ['wrong host', $ca + ['allow_self_signed' => true]],
    ['wrong host', $ca + ['verify_peer_name' => false]],
    ['expired', $ca],
    ['expired', $ca + ['verify_peer_name' => false]],
    ['expired', $ca + ['verify_peer' => false]],
    ['untrusted CA', $other_ca],
    ['untrusted CA', $other_ca + ['allow_self_signed' => true]],
    ['untrusted CA', $other_ca + ['verify_peer' => false]],
];
foreach ($cases as [$name, $ssl]) {
    $vars = ['port' => smtp_test_server($servers[$name])['port'], 'ssl' => $ssl];
    $native = $run($vars);
    $keys = array_diff_key($ssl, ['cafile' => 1]);
    printf("%s%s: %s\n  as PHPMailer: %s\n", $name,
        $keys ? ' with ' . http_build_query($keys, '', ' ') : '', $native,
        var_export($native === oracle_612(phpmailer_oracle($scenario, $vars)), true));
}
?>
--EXPECT--
wrong host: SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): Peer certificate subjectAltName did not match expected name `127.0.0.1'
  as PHPMailer: true
wrong host with allow_self_signed=1: SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): Peer certificate subjectAltName did not match expected name `127.0.0.1'
  as PHPMailer: true
wrong host with verify_peer_name=0: sent
  as PHPMailer: true
expired: SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A000086:SSL routines::certificate verify failed
  as PHPMailer: true
expired with verify_peer_name=0: SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A000086:SSL routines::certificate verify failed
  as PHPMailer: true
expired with verify_peer=0: sent
  as PHPMailer: true
untrusted CA: SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A000086:SSL routines::certificate verify failed
  as PHPMailer: true
untrusted CA with allow_self_signed=1: SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A000086:SSL routines::certificate verify failed
  as PHPMailer: true
untrusted CA with verify_peer=0: sent
  as PHPMailer: true
