--TEST--
Envelope extensions beyond PHPMailer against Exim (SIZE, 8BITMIME and DSN advertised by a second implementation): Exim accepts the exact parameters; over its SIZE nothing is sent
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/exim.inc'; exim_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../inc/exim.inc';

$exim = exim_start();
try {
    foreach (['within the limit' => 10, 'over Exim\'s 10M' => 110000] as $label => $lines100) {
        $mail = new PHPMailer\PHPMailer\PHPMailer(true);
        $mail->isSMTP();
        $mail->Host = '127.0.0.1';
        $mail->Port = $exim['port'];
        $mail->CharSet = 'utf-8';
        $mail->Encoding = '8bit';
        $mail->dsn = 'FAILURE,DELAY';
        $mail->setFrom('sender@example.test');
        $mail->addAddress('bob+tag@example.test');
        $mail->Subject = $label;
        $mail->Body = "Grüße\n" . str_repeat(str_repeat('x', 99) . "\n", $lines100);
        $mail->SMTPOptions['smtp'] = ['size' => true, '8bitmime' => true, 'dsn_ret' => 'FULL',
            'dsn_envid' => 'Ä id', 'dsn_orcpt' => true];
        $mail->SMTPDebug = 2;
        $lines = [];
        $mail->Debugoutput = function ($line) use (&$lines) {
            if (preg_match('/^(CLIENT -> SERVER: (MAIL|RCPT)|SERVER -> CLIENT: 250 OK id)/', $line)) {
                $lines[] = preg_replace(['/ SIZE=\d+/', '/id=\S+/'], [' SIZE=<size>', 'id=<id>'], rtrim($line));
            }
        };
        try {
            $result = var_export($mail->send(), true);
        } catch (PHPMailer\PHPMailer\Exception $e) {
            $result = preg_replace('/size \d+/', 'size <n>', $e->getMessage());
        }
        echo "$label: $result\n", $lines ? '  ' . implode("\n  ", $lines) . "\n" : '';
    }
    // Exim's log: one message received, none refused after DATA.
    preg_match_all('/ <= sender@example\.test /', exim_mainlog($exim), $m);
    echo 'Exim received: ', count($m[0]), "\n";
} finally {
    exim_stop($exim);
}
?>
--EXPECT--
within the limit: true
  CLIENT -> SERVER: MAIL FROM:<sender@example.test> SIZE=<size> BODY=8BITMIME RET=FULL ENVID=+C3+84+20id
  CLIENT -> SERVER: RCPT TO:<bob+tag@example.test> NOTIFY=FAILURE,DELAY ORCPT=rfc822;bob+2Btag@example.test
  SERVER -> CLIENT: 250 OK id=<id>
over Exim's 10M: Message size <n> exceeds the server's limit of 10485760 bytes (SIZE): not sent
Exim received: 1
