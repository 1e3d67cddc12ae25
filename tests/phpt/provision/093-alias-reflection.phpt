--TEST--
The provided classes behave as user classes: class_alias() (WordPress's class-phpmailer.php shim), instanceof, get_class(), static::, late static binding, Reflection
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/php.inc';
require __DIR__ . '/../inc/oracle.inc';

$src = ORACLE_PHPMAILER;
[$status, $out] = smtp_test_php(<<<PHP
    <?php
    // What wp-includes/class-phpmailer.php does for old plugins.
    require_once '$src/PHPMailer.php';
    require_once '$src/Exception.php';
    class_alias(PHPMailer\PHPMailer\PHPMailer::class, 'PHPMailer');
    class_alias(PHPMailer\PHPMailer\Exception::class, 'phpmailerException');

    class MyMailer extends PHPMailer
    {
        public static \$validator = 'html5';
        public static function make() { return new static(true); }
        public static function which() { return static::class; }
    }
    \$mail = MyMailer::make();
    var_dump(get_class(\$mail), MyMailer::which(), \$mail instanceof PHPMailer, \$mail instanceof PHPMailer\PHPMailer\PHPMailer);
    // validateAddress() reads static::\$validator of the called class.
    var_dump(MyMailer::validateAddress('a@b'), PHPMailer::validateAddress('a@b'));
    try {
        \$mail->addAddress('bad');
    } catch (phpmailerException \$e) {
        echo 'caught as phpmailerException: ', get_class(\$e), "\\n";
    }
    \$r = new ReflectionClass('PHPMailer');
    var_dump(\$r->getName(), \$r->isInternal(), \$r->isFinal(), \$r->getFileName(), \$r->getParentClass()->getName(),
        \$r->getParentClass()->isInternal(), \$r->getParentClass()->getExtensionName());
    var_dump((new ReflectionMethod('PHPMailer', 'send'))->getDeclaringClass()->getName());
    var_dump(PHPMailer::VERSION, MyMailer::VERSION, \$mail::CHARSET_UTF8);
    \$copy = clone \$mail;
    \$copy->Subject = 'copy';
    var_dump(\$mail->Subject, \$copy->Subject, get_class(\$copy));
    PHP);
echo "exit $status\n$out";
?>
--EXPECT--
exit 0
string(8) "MyMailer"
string(8) "MyMailer"
bool(true)
bool(true)
bool(true)
bool(false)
caught as phpmailerException: PHPMailer\PHPMailer\Exception
string(29) "PHPMailer\PHPMailer\PHPMailer"
bool(false)
bool(false)
string(49) "/usr/share/php/libphp-phpmailer/src/PHPMailer.php"
string(22) "Smtp\Engine\PHPMailer6"
bool(true)
string(4) "smtp"
string(22) "Smtp\Engine\MailerBase"
string(5) "6.6.3"
string(5) "6.6.3"
string(5) "utf-8"
string(0) ""
string(4) "copy"
string(8) "MyMailer"
