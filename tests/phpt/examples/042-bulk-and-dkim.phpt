--TEST--
Examples: bulk sending over one kept-alive connection goes on past a refused address; the DKIM example's message verifies with dkimpy after delivery by Postfix
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/faultsmtp.inc';
require __DIR__ . '/../inc/dkim.inc';
try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); }
smtp_test_skipif('postfix_plain');
dkim_test_skipif(true);
?>
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';
require __DIR__ . '/../inc/faultsmtp.inc';
require __DIR__ . '/../inc/dkim.inc';

// bulk_keepalive.php: five readers, the third refused by the server.
$port = fault_scenario(['mode' => 'plain']);
[$status, $output] = smtp_test_run_example('bulk_keepalive.php', ['SMTP_HOST' => '127.0.0.1', 'SMTP_PORT' => $port,
    'MAIL_TO' => 'one@example.test,two@example.test,reject-three@example.test,four@example.test,five@example.test']);
echo "bulk: exit $status\n$output";
$t = fault_transcript($port);
echo count($t['connections']), " connection, ", substr_count($t['connections'][0]['client'], "MAIL FROM:"),
    " transactions\n";
foreach (fault_messages($port) as $m) {
    echo '  ', implode(',', $m['rcpt_to']), ': ', preg_match('/^Hello reader #\d+,/m', $m['data'], $h) ? $h[0] : '?', "\n";
}
fault_close($port);

// dkim.php with the test servers' RSA key, through Postfix, verified as delivered.
$server = smtp_test_server('postfix_plain');
$key = dkim_test_key('dkim-rsa');
$to = smtp_test_token();
[$status, $output] = smtp_test_run_example('dkim.php', ['SMTP_HOST' => $server['host'], 'SMTP_PORT' => $server['port'],
    'DKIM_KEY' => $key['key'], 'MAIL_TO' => "$to@example.test"]);
echo "dkim: exit $status\n$output";
$raw = smtp_test_wait_message($to);
echo 'delivered and verified: ', implode(', ', dkim_test_verify($raw, $key['pub'])), "\n";
echo preg_replace('/\s+/', ' ', substr(dkim_test_field($raw), 0, 60)), "...\n";
?>
--EXPECT--
bulk: exit 0
Not sent to reject-three@example.test: SMTP Error: The following recipients failed: reject-three@example.test: User unknown
 SMTP server error: RCPT TO command failed Detail: User unknown
 SMTP code: 550 Additional SMTP info: 5.1.1
sent 4 of 5
1 connection, 5 transactions
  one@example.test: Hello reader #1,
  two@example.test: Hello reader #2,
  four@example.test: Hello reader #4,
  five@example.test: Hello reader #5,
dkim: exit 0
Message sent
delivered and verified: pass
DKIM-Signature: v=1; d=example.com; s=mail; a=rsa-sha256; q...
