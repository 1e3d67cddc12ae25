--TEST--
PHPMailer 7.x API: with smtp.default_api=7 the fallback's PHPMailer and SMTP reflect as PHPMailer 7.1.1's (Reflection dump), the 6.x engine classes stay 6.12.0's
--EXTENSIONS--
smtp
--INI--
smtp.default_api=7
--FILE--
<?php
require __DIR__ . '/../inc/api.inc';

// Every member, sign() and DKIM_* included (they came with the signing work).
foreach (['PHPMailer', 'SMTP'] as $short) {
    $class = "PHPMailer\\PHPMailer\\$short";
    $lines = api_diff($class, $short, '7.1.1');
    printf("%s (%s): %s\n", $class, get_parent_class($class),
        $lines ? "differs from PHPMailer 7.1.1:\n  " . implode("\n  ", $lines) : 'as PHPMailer 7.1.1');
}

// What 7.x changed, looked at directly.
$m = new ReflectionMethod(PHPMailer\PHPMailer\PHPMailer::class, 'parseAddresses');
var_dump($m->getParameters()[1]->getDefaultValue());
foreach (['decodeHeader', 'parseSimplerAddresses', 'setLanguage', 'lang'] as $name) {
    $m = new ReflectionMethod(PHPMailer\PHPMailer\PHPMailer::class, $name);
    echo $name, ': ', $m->isPublic() ? 'public' : 'protected', $m->isStatic() ? ' static' : '', "\n";
}
var_dump((new ReflectionProperty(PHPMailer\PHPMailer\PHPMailer::class, 'language'))->isStatic(),
    PHPMailer\PHPMailer\PHPMailer::RFC822_DATE_FORMAT, PHPMailer\PHPMailer\PHPMailer::VERSION,
    PHPMailer\PHPMailer\SMTP::VERSION);

// The 6.x engine classes keep 6.x's differences.
$m = new ReflectionMethod(Smtp\Engine\PHPMailer6::class, 'parseAddresses');
var_dump($m->getParameters()[1]->getDefaultValue(), method_exists(Smtp\Engine\PHPMailer6::class, 'decodeHeader'),
    Smtp\Engine\SMTP::VERSION, isset((new ReflectionClass(Smtp\Engine\SMTP::class))
        ->getDefaultProperties()['smtp_transaction_id_patterns']['Gsmtp']));
?>
===DONE===
--EXPECT--
PHPMailer\PHPMailer\PHPMailer (Smtp\Engine\PHPMailer7): as PHPMailer 7.1.1
PHPMailer\PHPMailer\SMTP (Smtp\Engine\SMTP7): as PHPMailer 7.1.1
NULL
decodeHeader: public static
parseSimplerAddresses: protected static
setLanguage: public static
lang: protected static
bool(true)
string(16) "D, j M Y H:i:s O"
string(5) "7.1.1"
string(5) "7.1.1"
bool(true)
bool(false)
string(6) "6.12.0"
bool(false)
===DONE===
