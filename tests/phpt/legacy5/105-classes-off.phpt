--TEST--
PHPMailer 5.2: with smtp.classes=off class.phpmailer.php and class.smtp.php stay stock PHP (with it on, the same files are native)
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/legacy5.inc';
require __DIR__ . '/../inc/php.inc';

$dir = legacy5_write(smtp_test_temp_dir());
file_put_contents("$dir/report.php", <<<'PHP'
<?php
require 'PHPMailerAutoload.php';
$mail = new PHPMailer(true);
$smtp = new SMTP();
foreach ([$mail, $smtp, new phpmailerException('x')] as $object) {
    $parent = get_parent_class($object);
    echo '  ', get_class($object), ': ', $parent === false ? 'no parent' : $parent, "\n";
}
echo '  ', json_encode(['Version' => $mail->Version, 'SMTP::VERSION' => SMTP::VERSION,
    'classes' => smtp_status()['classes'], 'provided' => count(smtp_status()['provided'])]), "\n";
PHP);
foreach (['off', 'auto'] as $setting) {
    echo "smtp.classes=$setting\n";
    echo smtp_test_php_file("$dir/report.php", ['smtp.classes' => $setting])[1];
}
smtp_test_remove_dir($dir);
?>
===DONE===
--EXPECT--
smtp.classes=off
  PHPMailer: no parent
  SMTP: no parent
  phpmailerException: Exception
  {"Version":"5.2.28","SMTP::VERSION":"5.2.28","classes":"off","provided":0}
smtp.classes=auto
  PHPMailer: Smtp\Engine\PHPMailer5
  SMTP: Smtp\Engine\SMTP5
  phpmailerException: Smtp\Engine\Exception5
  {"Version":"5.2.28","SMTP::VERSION":"5.2.28","classes":"auto","provided":3}
===DONE===
