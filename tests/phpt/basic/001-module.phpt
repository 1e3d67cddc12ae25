--TEST--
The engine classes exist and the PHPMailer names resolve to them
--EXTENSIONS--
smtp
--FILE--
<?php
foreach (['Smtp\Engine\MailerBase', 'Smtp\Engine\PHPMailer6', 'Smtp\Engine\PHPMailer7',
          'Smtp\Engine\SMTP', 'Smtp\Engine\Exception'] as $class) {
    $r = new ReflectionClass($class);
    printf("%s internal=%s extension=%s final=%s\n", $class, var_export($r->isInternal(), true),
        $r->getExtensionName(), var_export($r->isFinal(), true));
}

// Nothing declares PHPMailer's classes here: the fallback autoloader does.
var_dump(class_exists('PHPMailer\PHPMailer\PHPMailer', false));
$mail = new PHPMailer\PHPMailer\PHPMailer(true);
var_dump(get_class($mail), get_parent_class($mail));
var_dump($mail instanceof Smtp\Engine\MailerBase);
var_dump(get_parent_class(new PHPMailer\PHPMailer\SMTP()));
var_dump(get_parent_class(new PHPMailer\PHPMailer\Exception('x')));
var_dump(PHPMailer\PHPMailer\PHPMailer::VERSION, PHPMailer\PHPMailer\SMTP::VERSION);
var_dump(PHPMailer\PHPMailer\PHPMailer::CRLF === "\r\n", $mail->getLE() === "\r\n");
?>
--EXPECT--
Smtp\Engine\MailerBase internal=true extension=smtp final=false
Smtp\Engine\PHPMailer6 internal=true extension=smtp final=false
Smtp\Engine\PHPMailer7 internal=true extension=smtp final=false
Smtp\Engine\SMTP internal=true extension=smtp final=false
Smtp\Engine\Exception internal=true extension=smtp final=false
bool(false)
string(29) "PHPMailer\PHPMailer\PHPMailer"
string(22) "Smtp\Engine\PHPMailer6"
bool(true)
string(16) "Smtp\Engine\SMTP"
string(21) "Smtp\Engine\Exception"
string(6) "6.12.0"
string(6) "6.12.0"
bool(true)
bool(true)
