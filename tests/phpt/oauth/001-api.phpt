--TEST--
OAuth, OAuthTokenProvider: the classes and their fallback names have PHPMailer 6.12.0's API
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/api.inc';

api_compare(PHPMailer\PHPMailer\OAuthTokenProvider::class, 'OAuthTokenProvider');
api_compare(PHPMailer\PHPMailer\OAuth::class, 'OAuth');
api_compare(Smtp\Engine\OAuthTokenProvider::class, 'OAuthTokenProvider');
var_dump(get_parent_class(PHPMailer\PHPMailer\OAuth::class));
var_dump(class_implements(PHPMailer\PHPMailer\OAuth::class));
var_dump(interface_exists(PHPMailer\PHPMailer\OAuthTokenProvider::class, false));
$options = (new ReflectionMethod(PHPMailer\PHPMailer\OAuth::class, '__construct'))->getParameters()[0];
echo $options->getName(), ': ', implode(', ', array_map(fn($a) => $a->getName(), $options->getAttributes())), "\n";
?>
--EXPECT--
OAuthTokenProvider: same as PHPMailer 6.12.0
OAuth: same as PHPMailer 6.12.0
OAuthTokenProvider: same as PHPMailer 6.12.0
string(17) "Smtp\Engine\OAuth"
array(2) {
  ["Smtp\Engine\OAuthTokenProvider"]=>
  string(30) "Smtp\Engine\OAuthTokenProvider"
  ["PHPMailer\PHPMailer\OAuthTokenProvider"]=>
  string(38) "PHPMailer\PHPMailer\OAuthTokenProvider"
}
bool(true)
options: SensitiveParameter
