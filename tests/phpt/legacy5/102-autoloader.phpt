--TEST--
PHPMailer 5.2: through a PHPMailerAutoload.php-style autoloader both class files are loaded (and substituted) on demand; with class.phpmailer.php alone the engine's SMTP5 does the sending
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/legacy5.inc';
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/php.inc';

$s = smtp_test_server('postfix_plain');
$dir = legacy5_write(smtp_test_temp_dir());
$tokens = [smtp_test_token(), smtp_test_token()];
$send = <<<PHP
\$mail = new PHPMailer(true);
\$mail->isSMTP();
\$mail->Host = '{$s['host']}:{$s['port']}';
\$mail->setFrom('from@example.test');
\$mail->addAddress(\$to . '@example.test', 'Jörg Müller');
\$mail->CharSet = 'utf-8';
\$mail->Subject = 'Grüße aus Köln, mit einem Betreff, der länger als eine Zeile eines kodierten Wortes ist';
\$mail->Body = "Hallo,\\r\\ndas ist 5.2.";
var_dump(\$mail->send());
echo get_class(\$mail->getSMTPInstance()), "\\n";
echo implode(' ', array_map('basename', get_included_files())), "\\n";
PHP;
file_put_contents("$dir/autoload.php", "<?php\nrequire 'PHPMailerAutoload.php';\n\$to = '$tokens[0]';\n$send");
file_put_contents("$dir/include.php", "<?php\ninclude 'classes/class.phpmailer.php';\n\$to = '$tokens[1]';\n$send");
foreach (['autoload.php', 'include.php'] as $i => $script) {
    echo "== $script\n";
    echo smtp_test_php_file("$dir/$script")[1];
    $msg = smtp_test_parse_message($raw = smtp_test_wait_message($tokens[$i]));
    echo smtp_test_header($msg['headers'], 'X-Mailer'), "\n";
    // 5.2 folds encoded words within 75 bytes (6.x would write one line of up to 998).
    preg_match('/\nSubject: (.*?)\n(?!\s)/s', $raw, $m);
    echo $m[1], "\n";
    echo smtp_test_header($msg['headers'], 'To'), "\n";
    echo $msg['mime']['type'], ' ', $msg['mime']['params']['charset'], ' ', $msg['mime']['encoding'], ': ',
        json_encode($msg['mime']['body']), "\n";
}
smtp_test_remove_dir($dir);
?>
===DONE===
--EXPECTF--
== autoload.php
bool(true)
SMTP
autoload.php PHPMailerAutoload.php class.phpmailer.php class.smtp.php
PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
=?utf-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln,_mit_einem_Betreff,_der_l=C3=A4ng?=
 =?utf-8?Q?er_als_eine_Zeile_eines_kodierten_Wortes_ist?=
=?utf-8?Q?J=C3=B6rg_M=C3=BCller?= <t%x@example.test>
text/plain utf-8 7bit: "Hallo,\ndas ist 5.2.\n\n"
== include.php
bool(true)
Smtp\Engine\SMTP5
include.php class.phpmailer.php
PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
=?utf-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln,_mit_einem_Betreff,_der_l=C3=A4ng?=
 =?utf-8?Q?er_als_eine_Zeile_eines_kodierten_Wortes_ist?=
=?utf-8?Q?J=C3=B6rg_M=C3=BCller?= <t%x@example.test>
text/plain utf-8 7bit: "Hallo,\ndas ist 5.2.\n\n"
===DONE===
