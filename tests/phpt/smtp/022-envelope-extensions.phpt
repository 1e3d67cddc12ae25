--TEST--
Envelope extensions beyond PHPMailer through SMTPOptions['smtp']: SIZE (and failing early over the limit), BODY=8BITMIME, DSN RET/ENVID/ORCPT in xtext, REQUIRETLS; exact MAIL/RCPT parameters against servers that advertise each (Postfix, faultsmtp) and ones that do not
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/servers.inc';
require __DIR__ . '/../inc/faultsmtp.inc';
smtp_test_skipif('postfix_plain');
try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); }
?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/faultsmtp.inc';

const ALL = ['size' => true, '8bitmime' => true, 'dsn_ret' => 'hdrs', 'dsn_envid' => 'order+42 =x', 'dsn_orcpt' => true];

/**
 * Sends through $host:$port with these engine options; prints the MAIL/RCPT lines and the result.
 * With $then, the connection is kept and $then gets the SMTP instance after the send.
 */
function envelope(string $label, int $port, array $options, string $body = "Grüße\n", string $dsn = '',
    ?callable $then = null): void
{
    $mail = new PHPMailer\PHPMailer\PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $port;
    $mail->SMTPAutoTLS = false;
    $mail->CharSet = 'utf-8';
    $mail->Encoding = '8bit';
    $mail->dsn = $dsn;
    $mail->setFrom('sender@example.test');
    $mail->addAddress(smtp_test_token() . '+tag@example.test');
    $mail->Subject = $label;
    $mail->Body = $body;
    $mail->SMTPOptions['smtp'] = $options;
    $mail->SMTPDebug = 2;
    $mail->SMTPKeepAlive = $then !== null;
    $lines = [];
    $mail->Debugoutput = function ($line) use (&$lines) {
        if (preg_match('/^CLIENT -> SERVER: (MAIL|RCPT)/', $line)) {
            $lines[] = preg_replace('/t[0-9a-f]{16}/', 'TOKEN', rtrim(substr($line, 18)));
        }
    };
    try {
        $result = var_export($mail->send(), true);
    } catch (PHPMailer\PHPMailer\Exception $e) {
        $result = $e->getMessage();
    }
    if ($then) {
        $lines[] = 'then by hand:';
        $then($mail->getSMTPInstance());
        $mail->smtpClose();
    }
    echo "$label: $result\n";
    foreach ($lines as $line) {
        echo '  ', preg_replace('/ SIZE=\d+/', ' SIZE=<size>', $line), "\n";
    }
    if (preg_match('/ SIZE=(\d+)/', implode(' ', $lines), $m)) {
        $message = str_replace(["\r\n", "\n"], ["\n", "\r\n"], $mail->getSentMIMEMessage());
        echo '  SIZE is the message as sent, CRLF: ', var_export((int) $m[1] === strlen($message), true), "\n";
    }
}

$postfix = smtp_test_server('postfix_plain')['port'];
echo "== Postfix (SIZE 10240000, 8BITMIME, DSN; no REQUIRETLS)\n";
envelope('no options, as PHPMailer', $postfix, []);
envelope('all', $postfix, ALL, "Grüße\n", 'SUCCESS,FAILURE');
envelope('7-bit body: no BODY=', $postfix, ALL, "Hello\n");
envelope('over the limit', $postfix, ['size' => true], str_repeat("0123456789abcdef\n", 650000));
envelope('REQUIRETLS', $postfix, ['requiretls' => true]);
envelope('the options are for the send\'s own transaction', $postfix, ALL, "Grüße\n", 'SUCCESS', function ($smtp) {
    $smtp->mail('sender@example.test');
    $smtp->recipient(smtp_test_token() . '+tag@example.test');
    $smtp->reset();
});

echo "== faultsmtp without SIZE, 8BITMIME, DSN\n";
$port = fault_scenario(['mode' => 'plain', 'ehlo_remove' => ['SIZE', '8BITMIME', 'DSN']]);
envelope('all', $port, ALL);
envelope('REQUIRETLS', $port, ['requiretls' => true]);
echo '  transactions: ', count(fault_messages($port)), "\n";
fault_close($port);

echo "== faultsmtp with REQUIRETLS\n";
$port = fault_scenario(['mode' => 'plain', 'ehlo_extra' => ['REQUIRETLS']]);
envelope('all and REQUIRETLS', $port, ALL + ['requiretls' => true]);
foreach (fault_messages($port) as $m) {
    echo preg_replace(['/ SIZE=\d+/', '/t[0-9a-f]{16}/'], [' SIZE=<size>', 'TOKEN'], '  server got MAIL '
        . implode(' ', $m['mail_params']) . ' / RCPT ' . implode(' ', array_merge(...$m['rcpt_params']))), "\n";
}
fault_close($port);
?>
--EXPECTF--
== Postfix (SIZE 10240000, 8BITMIME, DSN; no REQUIRETLS)
no options, as PHPMailer: true
  MAIL FROM:<sender@example.test>
  RCPT TO:<TOKEN+tag@example.test>
all: true
  MAIL FROM:<sender@example.test> SIZE=<size> BODY=8BITMIME RET=HDRS ENVID=order+2B42+20+3Dx
  RCPT TO:<TOKEN+tag@example.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;TOKEN+2Btag@example.test
  SIZE is the message as sent, CRLF: true
7-bit body: no BODY=: true
  MAIL FROM:<sender@example.test> SIZE=<size> RET=HDRS ENVID=order+2B42+20+3Dx
  RCPT TO:<TOKEN+tag@example.test> ORCPT=rfc822;TOKEN+2Btag@example.test
  SIZE is the message as sent, CRLF: true
over the limit: Message size %d exceeds the server's limit of 10240000 bytes (SIZE): not sent
REQUIRETLS: REQUIRETLS was requested, but the server does not advertise it (RFC 8689): not sent
the options are for the send's own transaction: true
  MAIL FROM:<sender@example.test> SIZE=<size> BODY=8BITMIME RET=HDRS ENVID=order+2B42+20+3Dx
  RCPT TO:<TOKEN+tag@example.test> NOTIFY=SUCCESS ORCPT=rfc822;TOKEN+2Btag@example.test
  then by hand:
  MAIL FROM:<sender@example.test>
  RCPT TO:<TOKEN+tag@example.test>
  SIZE is the message as sent, CRLF: true
== faultsmtp without SIZE, 8BITMIME, DSN
all: true
  MAIL FROM:<sender@example.test>
  RCPT TO:<TOKEN+tag@example.test>
REQUIRETLS: REQUIRETLS was requested, but the server does not advertise it (RFC 8689): not sent
  transactions: 1
== faultsmtp with REQUIRETLS
all and REQUIRETLS: true
  MAIL FROM:<sender@example.test> SIZE=<size> BODY=8BITMIME RET=HDRS ENVID=order+2B42+20+3Dx REQUIRETLS
  RCPT TO:<TOKEN+tag@example.test> ORCPT=rfc822;TOKEN+2Btag@example.test
  SIZE is the message as sent, CRLF: true
  server got MAIL SIZE=<size> BODY=8BITMIME RET=HDRS ENVID=order+2B42+20+3Dx REQUIRETLS / RCPT ORCPT=rfc822;TOKEN+2Btag@example.test