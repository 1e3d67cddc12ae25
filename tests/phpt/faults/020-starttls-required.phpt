--TEST--
SMTPSecure 'tls' requires STARTTLS: stripped, refused or failed handshake ends the send with PHPMailer's error, never in clear, and the server sees no AUTH or MAIL; SMTPAutoTLS as PHPMailer's; TLS below 1.2 refused
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

$fault = fn (string $stage, string $kind) => ['mode' => 'starttls', 'faults' => [['stage' => $stage, 'kind' => $kind]]];
$failing = [
    'STARTTLS not advertised (stripped)' => ['stage' => 'ehlo', 'kind' => 'stripped',
        'scenario' => ['mode' => 'starttls', 'ehlo_remove' => ['STARTTLS']]],
    'STARTTLS answered 454' => ['stage' => 'starttls', 'kind' => 'refuse_ext', 'scenario' => $fault('starttls', 'refuse_ext')],
    'STARTTLS answered 554' => ['stage' => 'starttls', 'kind' => '5xx', 'scenario' => $fault('starttls', '5xx')],
    'handshake: TLS alert' => ['stage' => 'tls', 'kind' => 'refuse_ext', 'scenario' => $fault('tls', 'refuse_ext')],
    'handshake: plaintext answer' => ['stage' => 'tls', 'kind' => 'garbage', 'scenario' => $fault('tls', 'garbage')],
    'handshake: server closes' => ['stage' => 'tls', 'kind' => 'close', 'scenario' => $fault('tls', 'close')],
    'server offers TLS 1.1 at most' => ['stage' => 'tls', 'kind' => 'tls11',
        'scenario' => ['mode' => 'starttls', 'tls_max' => '1.1']],
    'SMTPAutoTLS, handshake: TLS alert' => ['stage' => 'tls', 'kind' => 'refuse_ext', 'secure' => '', 'autotls' => true,
        'scenario' => $fault('tls', 'refuse_ext')],
];
$cases = [];
foreach ($failing as $name => $case) {
    foreach ([true, false] as $exceptions) {
        $cases[] = ['name' => $name, 'exceptions' => $exceptions] + $case;
    }
}
$base = ['mode' => 'starttls', 'timeout' => 5, 'cafile' => smtp_test_config()['certs']['ca'],
    'to' => 'rcpt@example.test'];
$oracle = phpmailer_oracle_wait(fault_matrix_oracle_start('starttls', $cases, $base));

eval(FAULT_MATRIX_CODE);
foreach ($cases as $i => $case) {
    $port = fault_scenario($case['scenario']);
    $result = $attempt($make(['port' => $port, 'smtp_class' => null] + $case + $base));
    $t = fault_transcript($port);
    $messages = fault_messages($port);
    fault_close($port);
    $client = implode('', array_column($t['connections'], 'client'));
    $tls = array_filter(array_column($t['connections'], 'tls'));
    $outcome = fault_matrix_outcome($result);
    printf("%s, %s: %s\n", $case['name'], $case['exceptions'] ? 'exceptions' : 'ErrorInfo',
        isset($outcome['exception']) || $outcome['sent'] === 'false' ? 'failed' : 'SENT');
    // PHPMailer (PHP) accepts a TLS 1.1 ServerHello, then OpenSSL's security
    // level refuses its signature algorithm; the engine refuses the version.
    $same = $case['kind'] === 'tls11' ? 'no, refused by version: ' . ($outcome['exception'] ?? $outcome['ErrorInfo'])
        : var_export($outcome === fault_matrix_expected('starttls', $case, $oracle[$i]), true);
    printf("  as PHPMailer: %s; TLS sessions: %d; messages: %d; sent in clear: %s\n", $same,
        count($tls), count($messages),
        preg_match_all('/^(AUTH|MAIL|RCPT|DATA)\b/mi', $client, $m) ? implode(' ', $m[1]) : 'no AUTH/MAIL/RCPT/DATA');
}

echo "SMTPAutoTLS with SMTPSecure '':\n";
foreach ([true, false] as $autotls) {
    $port = fault_scenario(['mode' => 'starttls']);
    $result = $attempt($make(['port' => $port, 'smtp_class' => null, 'stage' => 'none', 'kind' => 'none',
        'exceptions' => true, 'secure' => '', 'autotls' => $autotls] + $base));
    $m = fault_messages($port);
    fault_close($port);
    printf("  SMTPAutoTLS %s: sent %s; the server got it over TLS: %s, authenticated: %s\n",
        var_export($autotls, true), var_export($result['sent'] ?? false, true),
        var_export($m[0]['tls'], true), var_export($m[0]['auth'], true));
}
?>
--EXPECT--
STARTTLS not advertised (stripped), exceptions: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
STARTTLS not advertised (stripped), ErrorInfo: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
STARTTLS answered 454, exceptions: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
STARTTLS answered 454, ErrorInfo: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
STARTTLS answered 554, exceptions: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
STARTTLS answered 554, ErrorInfo: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
handshake: TLS alert, exceptions: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
handshake: TLS alert, ErrorInfo: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
handshake: plaintext answer, exceptions: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
handshake: plaintext answer, ErrorInfo: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
handshake: server closes, exceptions: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
handshake: server closes, ErrorInfo: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
server offers TLS 1.1 at most, exceptions: failed
  as PHPMailer: no, refused by version: SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A00042E:SSL routines::tlsv1 alert protocol version; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
server offers TLS 1.1 at most, ErrorInfo: failed
  as PHPMailer: no, refused by version: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting SMTP server error: QUIT command failed; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
SMTPAutoTLS, handshake: TLS alert, exceptions: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
SMTPAutoTLS, handshake: TLS alert, ErrorInfo: failed
  as PHPMailer: true; TLS sessions: 0; messages: 0; sent in clear: no AUTH/MAIL/RCPT/DATA
SMTPAutoTLS with SMTPSecure '':
  SMTPAutoTLS true: sent true; the server got it over TLS: true, authenticated: 'alice'
  SMTPAutoTLS false: sent true; the server got it over TLS: false, authenticated: 'alice'
