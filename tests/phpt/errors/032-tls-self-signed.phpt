--TEST--
A self-signed server certificate is refused (STARTTLS and implicit TLS) unless allow_self_signed
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/servers.inc';
smtp_test_skipif('postfix_selfsigned');
?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/faultsmtp.inc';

$scenario = <<<'PHP'
    $mail = new PHPMailer\PHPMailer\PHPMailer($vars['exceptions']);
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $vars['port'];
    $mail->SMTPSecure = $vars['secure'];
    // The test CA is trusted; the self-signed certificate is not signed by it.
    $mail->SMTPOptions = ['ssl' => ['cafile' => $vars['cafile']] + $vars['ssl']];
    $mail->setFrom('sender@example.test');
    $mail->addAddress($vars['to']);
    $mail->Subject = 'Self-signed';
    $mail->Body = 'body';
    try {
        return ['sent' => $mail->send(), 'ErrorInfo' => $mail->ErrorInfo];
    } catch (PHPMailer\PHPMailer\Exception $e) {
        return ['message' => $e->getMessage(), 'ErrorInfo' => $mail->ErrorInfo];
    }
PHP;
$run = fn (array $vars) => (static function (array $vars) use ($scenario) { return eval($scenario); })($vars);

$starttls = smtp_test_server('postfix_selfsigned');
$base = ['port' => $starttls['port'], 'secure' => 'tls', 'cafile' => $starttls['cafile'], 'ssl' => []];

/*
 * ErrorInfo is PHPMailer 6.12's, which keeps the error of the QUIT sent
 * after the failed handshake (6.6.3's close() still dropped it). 6.12 sends
 * that QUIT into the broken stream and quotes what comes back, bytes of the
 * server's TLS alert, as " Detail: ..."; the engine sends nothing in clear
 * after a failed handshake, so its ErrorInfo ends before that detail.
 */
echo "STARTTLS:\n";
foreach ([false, true] as $exceptions) {
    $vars = $base + ['exceptions' => $exceptions, 'to' => smtp_test_token() . '@example.test'];
    $native = $run($vars);
    print_r($native);
    if ($exceptions) {
        $oracle = phpmailer_oracle($scenario, $vars);
        echo '  message as PHPMailer\'s: ', var_export($native['message'] === $oracle['message'], true), "\n";
    }
}

echo "STARTTLS with allow_self_signed:\n";
$to = smtp_test_token();
print_r($run(['ssl' => ['allow_self_signed' => true], 'exceptions' => true, 'to' => "$to@example.test"] + $base));
$msg = smtp_test_parse_message(smtp_test_wait_message($to));
echo smtp_test_header($msg['headers'], 'Subject'), "\n";

echo "Implicit TLS:\n";
$certs = smtp_test_config()['certs'];
$port = fault_scenario(['mode' => 'implicit', 'cert' => $certs['selfsigned']['cert'],
    'key' => $certs['selfsigned']['key']]);
$implicit = ['port' => $port, 'secure' => 'ssl', 'cafile' => $certs['ca'], 'ssl' => [], 'to' => 'x@example.test'];
print_r($run($implicit + ['exceptions' => false]));
print_r($run($implicit + ['exceptions' => true]));
print_r($run(['ssl' => ['allow_self_signed' => true]] + $implicit + ['exceptions' => true]));
echo count(fault_messages($port)), " message accepted over implicit TLS\n";
fault_close($port);
?>
--EXPECT--
STARTTLS:
Array
(
    [sent] => 
    [ErrorInfo] => SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting SMTP server error: QUIT command failed
)
Array
(
    [message] => SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A000086:SSL routines::certificate verify failed
    [ErrorInfo] => SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A000086:SSL routines::certificate verify failed SMTP server error: QUIT command failed
)
  message as PHPMailer's: true
STARTTLS with allow_self_signed:
Array
(
    [sent] => 1
    [ErrorInfo] => 
)
Self-signed
Implicit TLS:
Array
(
    [sent] => 
    [ErrorInfo] => SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting SMTP server error: Failed to connect to server
)
Array
(
    [message] => SMTP Error: Could not connect to SMTP host. Failed to connect to server
    [ErrorInfo] => SMTP Error: Could not connect to SMTP host. Failed to connect to server SMTP server error: Failed to connect to server
)
Array
(
    [sent] => 1
    [ErrorInfo] => 
)
1 message accepted over implicit TLS
