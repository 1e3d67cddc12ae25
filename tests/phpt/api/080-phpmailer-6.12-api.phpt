--TEST--
All seven PHPMailer classes reflect exactly as PHPMailer 6.12.0's: constants, properties (visibility, static, defaults), methods (static, parameters, by-reference, defaults, no added types), none final
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/api.inc';

// The dump is PHPMailer 6.12.0's own Reflection (tests/fixtures/phpmailer-api-6.12.0.json).
foreach (['PHPMailer', 'SMTP', 'Exception', 'POP3', 'OAuthTokenProvider', 'OAuth', 'DSNConfigurator'] as $name) {
    $class = "PHPMailer\\PHPMailer\\$name";
    api_compare($class, $name);
    $r = new ReflectionClass($class);
    if ($r->isFinal()) {
        echo "$class is final\n";
    }
}
var_dump(PHPMailer\PHPMailer\PHPMailer::VERSION);
?>
--EXPECT--
PHPMailer: same as PHPMailer 6.12.0
SMTP: same as PHPMailer 6.12.0
Exception: same as PHPMailer 6.12.0
POP3: same as PHPMailer 6.12.0
OAuthTokenProvider: same as PHPMailer 6.12.0
OAuth: same as PHPMailer 6.12.0
DSNConfigurator: same as PHPMailer 6.12.0
string(6) "6.12.0"
