--TEST--
PHPMailer 5.2: a legacy script (include class.phpmailer.php, IsSMTP(), MsgHTML(), AddAttachment(), Send()) delivers through Postfix with STARTTLS and AUTH, natively, in 5.2's format
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_starttls'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/legacy5.inc';
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/php.inc';

$s = smtp_test_server('postfix_starttls');
$to = smtp_test_token();
$dir = legacy5_write(smtp_test_temp_dir());
file_put_contents("$dir/notes.txt", "Notes for the meeting.\nSecond line.\n");
// The script as a 5.2 site has it, run as a script of its own (no php.ini, the extension loaded).
$script = <<<PHP
<?php
include "classes/class.phpmailer.php";
include "classes/class.smtp.php";

\$mail = new PHPMailer;
\$mail->IsSMTP();
\$mail->Host = '{$s['host']}';
\$mail->Port = {$s['port']};
\$mail->SMTPAuth = true;
\$mail->Username = '{$s['username']}';
\$mail->Password = '{$s['password']}';
\$mail->SMTPSecure = 'tls';
\$mail->SMTPOptions = array('ssl' => array('cafile' => '{$s['cafile']}'));
\$mail->SetFrom('from@example.test', 'Name');
\$mail->AddAddress('$to@example.test');
\$mail->Subject = 'Legacy 5.2 script';
\$mail->MsgHTML('<p>Hi</p>');
\$mail->AltBody = 'Hi, in plain text';
\$mail->AddAttachment('notes.txt');
if (\$mail->Send()) {
    echo "sent\\n";
} else {
    echo \$mail->ErrorInfo, "\\n";
}
foreach (array('PHPMailer', 'SMTP', 'phpmailerException') as \$class) {
    for (\$r = new ReflectionClass(\$class); \$r && !\$r->isInternal(); \$r = \$r->getParentClass());
    echo \$class, ': ', \$r ? \$r->getName() . ' (' . \$r->getExtensionName() . ')' : 'stock', "\\n";
}
echo get_class(\$mail->getSMTPInstance()), "\\n";
file_put_contents('sent.eml', \$mail->getSentMIMEMessage());
PHP;
file_put_contents("$dir/send.php", $script);
[$status, $output] = smtp_test_php_file("$dir/send.php");
echo $output;

$raw = smtp_test_wait_message($to);
$sent = file_get_contents("$dir/sent.eml");
// What arrived is what getSentMIMEMessage() said, in "\n" form (5.2 builds with $LE = "\n").
var_dump(smtp_test_as_delivered($raw) === smtp_test_as_sent($sent));
$msg = smtp_test_parse_message($raw);
foreach (['From', 'To', 'Subject', 'X-Mailer', 'MIME-Version'] as $name) {
    echo "$name: ", smtp_test_header($msg['headers'], $name), "\n";
}
var_dump((bool) preg_match('/^<[0-9a-f]{32}@[^>]+>$/', smtp_test_header($msg['headers'], 'Message-ID')));
// 5.2's multipart format: b1_ boundaries of md5(uniqid()), a tab before boundary=, the preamble.
var_dump((bool) preg_match('/\nContent-Type: multipart\/mixed;\n\tboundary="b1_([0-9a-f]{32})"\n/', $raw, $m));
var_dump(str_contains($raw, "\n\nThis is a multi-part message in MIME format.\n\n--b1_$m[1]\n"
    . "Content-Type: multipart/alternative;\n\tboundary=\"b2_$m[1]\"\n"));
var_dump(str_contains($raw, "Content-Type: text/plain; name=\"notes.txt\"\nContent-Transfer-Encoding: base64\n"
    . "Content-Disposition: attachment; filename=notes.txt\n"));
echo $msg['mime']['type'], "\n";
foreach ($msg['mime']['parts'] as $part) {
    echo "  ", $part['type'], $part['params']['name'] ?? '', "\n";
    foreach ($part['parts'] as $sub) {
        echo "    ", $sub['type'], ' ', $sub['params']['charset'], ': ', json_encode($sub['body']), "\n";
    }
}
echo json_encode($msg['mime']['parts'][1]['body']), "\n";
smtp_test_remove_dir($dir);
?>
===DONE===
--EXPECTF--
sent
PHPMailer: Smtp\Engine\PHPMailer5 (smtp)
SMTP: Smtp\Engine\SMTP5 (smtp)
phpmailerException: Smtp\Engine\Exception5 (smtp)
SMTP
bool(true)
From: Name <from@example.test>
To: t%x@example.test
Subject: Legacy 5.2 script
X-Mailer: PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
bool(true)
bool(true)
bool(true)
bool(true)
multipart/mixed
  multipart/alternative
    text/plain us-ascii: "Hi, in plain text\n\n"
    text/html us-ascii: "<p>Hi<\/p>\n\n\n"
  text/plainnotes.txt
"Notes for the meeting.\nSecond line.\n"
===DONE===
