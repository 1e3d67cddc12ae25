--TEST--
PHPMailer 5.2: stock class.phpmailer.php and class.smtp.php become native global PHPMailer, phpmailerException and SMTP with 5.2.28's API
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/legacy5.inc';
require __DIR__ . '/../inc/php.inc';

$dir = legacy5_write(smtp_test_temp_dir());
include "$dir/classes/class.phpmailer.php";
include "$dir/classes/class.smtp.php";

foreach (['PHPMailer', 'phpmailerException', 'SMTP'] as $class) {
    $r = new ReflectionClass($class);
    printf("%s: user class from %s, native: %s\n", $class, basename($r->getFileName()), legacy5_native($class));
    // Every member 5.2 declares, as 5.2 declares it (the engine may have more: its 6.x ones).
    foreach (legacy5_api_diff($class, $class) ?: ['same API as PHPMailer 5.2.28'] as $line) {
        echo "  $line\n";
    }
}
var_dump(get_parent_class('phpmailerException'));
var_dump(is_subclass_of('phpmailerException', 'Exception'));

$mail = new PHPMailer();
var_dump($mail->Version, $mail->LE, $mail->From, $mail->FromName, PHPMailer::$validator, SMTP::VERSION,
    (new SMTP())->Version, (new SMTP())->CRLF, PHPMailer::CRLF);
// The 5.2 table of messages, loaded on first use, and the English file name language/ beside class.phpmailer.php.
var_dump($mail->getTranslations());
var_dump($mail->setLanguage('xx'), count($mail->getTranslations()));
var_dump(array_keys($mail->getTranslations())[18]);
// 5.2's renamed codes: "sr" asks for phpmailer.lang-rs.php.
mkdir("$dir/classes/language");
file_put_contents("$dir/classes/language/phpmailer.lang-rs.php",
    "<?php\n\$PHPMAILER_LANG['authenticate'] = 'SMTP greška: autentifikacija nije uspela.';\n");
var_dump($mail->setLanguage('sr'), $mail->getTranslations()['authenticate']);
smtp_test_remove_dir($dir);
?>
===DONE===
--EXPECT--
PHPMailer: user class from class.phpmailer.php, native: Smtp\Engine\PHPMailer5 (smtp)
  same API as PHPMailer 5.2.28
phpmailerException: user class from class.phpmailer.php, native: Smtp\Engine\Exception5 (smtp)
  same API as PHPMailer 5.2.28
SMTP: user class from class.smtp.php, native: Smtp\Engine\SMTP5 (smtp)
  recipient($address, $dsn = '')
  client_send($data, $command = '')
string(22) "Smtp\Engine\Exception5"
bool(true)
string(6) "5.2.28"
string(1) "
"
string(14) "root@localhost"
string(9) "Root User"
string(4) "auto"
string(6) "5.2.28"
string(6) "5.2.28"
string(2) "
"
string(2) "
"
array(0) {
}
bool(false)
int(19)
string(17) "extension_missing"
bool(true)
string(42) "SMTP greška: autentifikacija nije uspela."
===DONE===
