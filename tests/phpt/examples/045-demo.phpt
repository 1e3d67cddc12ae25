--TEST--
Example: the demo of scripts/demo.sh (HTML with a text alternative, an inline image and an attachment, UTF-8 headers) is delivered whole, natively
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/faultsmtp.inc';
try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); }
?>
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';
require __DIR__ . '/../inc/faultsmtp.inc';
require __DIR__ . '/../inc/servers.inc';

/** One line per part: its type, then what identifies it, children indented. */
function outline(array $part, int $depth = 0): void
{
    $disposition = smtp_test_header($part['headers'], 'Content-Disposition');
    $id = smtp_test_header($part['headers'], 'Content-ID');
    echo str_repeat('  ', $depth), $part['type'], $disposition ? "; $disposition" : '', $id ? "; id $id" : '', "\n";
    foreach ($part['parts'] as $child) {
        outline($child, $depth + 1);
    }
    if (!$part['parts']) {
        $body = $part['type'] === 'image/png' ? bin2hex(substr($part['body'], 1, 3)) : trim($part['body']);
        echo str_repeat('  ', $depth + 1), str_replace("\n", '\n', $body), "\n";
    }
}

$port = fault_scenario(['mode' => 'plain']);
[$status, $output] = smtp_test_run_example('demo.php', ['SMTP_HOST' => '127.0.0.1', 'SMTP_PORT' => $port]);
echo "exit $status\n$output";
$messages = fault_messages($port);
fault_close($port);
echo count($messages), " message\n";
$m = $messages[0];
echo "MAIL FROM:<{$m['mail_from']}> RCPT TO:<", implode('>,<', $m['rcpt_to']), ">\n";
$msg = smtp_test_parse_message($m['data']);
foreach (['From', 'To', 'Subject'] as $name) {
    echo "$name: ", smtp_test_decode_header(smtp_test_header($msg['headers'], $name)), "\n";
}
outline($msg['mime']);
?>
--EXPECTF--
exit 0
Sent message <%s@%s> through the Smtp\Engine\PHPMailer6 engine.
1 message
MAIL FROM:<shop@example.com> RCPT TO:<customer@example.com>
From: Example Shop <shop@example.com>
To: Zoë Customer <customer@example.com>
Subject: Your monthly report – November
multipart/mixed
  multipart/alternative
    text/plain
      Monthly report\n\nOrders grew by 14%. The figures are attached.
    multipart/related
      text/html
        <p><img src="cid:logo" alt="logo"></p><h1>Monthly report</h1><p>Orders grew by <b>14%</b>. The figures are attached.</p>
      image/png; inline; filename=logo.png; id <logo>
        504e47
  text/csv; attachment; filename=report-november.csv
    month,orders\nOctober,1204\nNovember,1377
