--TEST--
HTML with a text alternative, an attachment and an inline image: PHPMailer's bytes, delivered intact
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_starttls'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/oracle.inc';

$dir = sys_get_temp_dir() . '/smtp-mime-' . getmypid();
@mkdir($dir);
$png = base64_decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==');
file_put_contents("$dir/logo.png", $png);
$csv = "month,orders\nOctober,1204\nNovember,1377\n" . str_repeat("padding,0\n", 200);
file_put_contents("$dir/report.csv", $csv);

// The message, with its id and date pinned so that both runs produce the same bytes.
$build = <<<'PHP'
    $mail = new class (true) extends PHPMailer\PHPMailer\PHPMailer {
        protected function generateId() { return 'PinnedIdPinnedIdPinnedIdPinnedIdPinnedId123'; }
    };
    $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
    $mail->Hostname = 'host.example';
    $mail->isSMTP();
    $mail->CharSet = 'utf-8';
    $mail->setFrom('shop@example.test', 'Example Shop');
    $mail->addAddress($vars['to'], 'Zoë Customer');
    $mail->Subject = 'Your monthly report – November';
    $mail->isHTML(true);
    $mail->addEmbeddedImage($vars['dir'] . '/logo.png', 'logo');
    $mail->Body = '<p><img src="cid:logo"></p><h1>Report</h1><p>Orders grew by <b>14%</b>. Grüße!</p>';
    $mail->AltBody = "Report\n\nOrders grew by 14%. Grüße!";
    $mail->addAttachment($vars['dir'] . '/report.csv', 'report-november.csv');
    $mail->preSend();
PHP;

$to = smtp_test_token();
$vars = ['to' => "$to@example.test", 'dir' => $dir];
$mail = (static function (array $vars) use ($build) { return eval($build . 'return $mail;'); })($vars);
$native = $mail->getSentMIMEMessage();
$oracle = phpmailer_oracle($build . 'return $mail->getSentMIMEMessage();', $vars);
var_dump($native === oracle_612($oracle));

// The same object sends it through Postfix over STARTTLS; the bytes arrive unchanged.
$server = smtp_test_server('postfix_starttls');
$mail->Host = $server['host'];
$mail->Port = $server['port'];
$mail->SMTPSecure = 'tls';
$mail->SMTPOptions = ['ssl' => ['cafile' => $server['cafile']]];
var_dump($mail->postSend());
$raw = smtp_test_wait_message($to);
var_dump(smtp_test_as_delivered($raw) === smtp_test_as_sent($native));

$msg = smtp_test_parse_message($raw);
echo smtp_test_decode_header(smtp_test_header($msg['headers'], 'Subject')), "\n";
echo smtp_test_decode_header(smtp_test_header($msg['headers'], 'To')), "\n";
$show = function (array $part, string $indent = '') use (&$show, $png, $csv) {
    $line = $indent . $part['type'];
    if ($part['type'] === 'text/plain' || $part['type'] === 'text/html') {
        $line .= ' ' . json_encode(rtrim($part['body']), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    } elseif ($part['type'] === 'image/png') {
        $line .= ' cid=' . smtp_test_header($part['headers'], 'Content-ID') . ' same=' . var_export($part['body'] === $png, true);
    } elseif ($part['type'] === 'text/csv') {
        $line .= ' ' . $part['params']['name'] . ' same=' . var_export($part['body'] === $csv, true);
    }
    echo $line, "\n";
    foreach ($part['parts'] as $child) {
        $show($child, $indent . '  ');
    }
};
$show($msg['mime']);
unlink("$dir/logo.png");
unlink("$dir/report.csv");
rmdir($dir);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
Your monthly report – November
Zoë Customer <t%x@example.test>
multipart/mixed
  multipart/alternative
    text/plain "Report\n\nOrders grew by 14%. Grüße!"
    multipart/related
      text/html "<p><img src=\"cid:logo\"></p><h1>Report</h1><p>Orders grew by <b>14%</b>. Grüße!</p>"
      image/png cid=<logo> same=true
  text/csv report-november.csv same=true
