--TEST--
POP3: the class and its fallback name have PHPMailer 6.12.0's API
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/api.inc';

api_compare(PHPMailer\PHPMailer\POP3::class, 'POP3');
api_compare(Smtp\Engine\POP3::class, 'POP3');
var_dump(get_parent_class(new PHPMailer\PHPMailer\POP3()));
$password = (new ReflectionMethod(PHPMailer\PHPMailer\POP3::class, 'authorise'))->getParameters()[4];
echo $password->getName(), ': ', implode(', ', array_map(fn($a) => $a->getName(), $password->getAttributes())), "\n";
?>
--EXPECT--
POP3: same as PHPMailer 6.12.0
POP3: same as PHPMailer 6.12.0
string(16) "Smtp\Engine\POP3"
password: SensitiveParameter
