--TEST--
DSNConfigurator: the class and its fallback name have PHPMailer 6.12.0's API
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/api.inc';

api_compare(PHPMailer\PHPMailer\DSNConfigurator::class, 'DSNConfigurator');
var_dump(get_parent_class(PHPMailer\PHPMailer\DSNConfigurator::class));
$configure = new ReflectionMethod(PHPMailer\PHPMailer\DSNConfigurator::class, 'configure');
echo $configure->getParameters()[0]->getType(), "\n";
?>
--EXPECT--
DSNConfigurator: same as PHPMailer 6.12.0
string(27) "Smtp\Engine\DSNConfigurator"
PHPMailer\PHPMailer\PHPMailer
