--TEST--
smtp.classes=off: the extension changes nothing for existing code (stock classes from the sources, no fallback), its engine classes still exist
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/php.inc';
require __DIR__ . '/../inc/oracle.inc';

$src = ORACLE_PHPMAILER;
$describe = smtp_test_describe_classes_code();
foreach (['off', 'OFF', 'auto'] as $setting) {
    [$status, $out] = smtp_test_php(<<<PHP
        <?php
        require '$src/Exception.php';
        require '$src/PHPMailer.php';
        require '$src/SMTP.php';
        \$status = smtp_status();
        echo 'classes=', \$status['classes'], ', provided: ', count(\$status['provided']), "\\n";
        echo 'engine classes: ', var_export(class_exists('Smtp\\\\Engine\\\\PHPMailer6', false), true), "\\n";
        $describe
        PHP, ['smtp.classes' => $setting]);
    echo "== smtp.classes=$setting (exit $status)\n$out";
}
// Without a source, nothing declares the names when the switch is off (the ini parser reads off as "").
[$status, $out] = smtp_test_php(<<<'PHP'
    <?php
    var_dump(class_exists('PHPMailer\PHPMailer\PHPMailer'), ini_get('smtp.classes'));
    PHP, ['smtp.classes' => 'off']);
echo "== no source, off (exit $status)\n$out";
// The setting is fixed at start-up; an unknown value keeps the default.
[$status, $out] = smtp_test_php(<<<'PHP'
    <?php
    var_dump(ini_set('smtp.classes', 'off'), ini_get('smtp.classes'), ini_get('smtp.default_api'));
    PHP, ['smtp.classes' => 'sometimes', 'smtp.default_api' => '5']);
echo "== runtime change, bad values (exit $status)\n$out";
?>
--EXPECT--
== smtp.classes=off (exit 0)
classes=off, provided: 0
engine classes: true
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: stock 6.6.3
PHPMailer\PHPMailer\Exception: stock
== smtp.classes=OFF (exit 0)
classes=off, provided: 0
engine classes: true
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: stock 6.6.3
PHPMailer\PHPMailer\Exception: stock
== smtp.classes=auto (exit 0)
classes=auto, provided: 3
engine classes: true
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== no source, off (exit 0)
bool(false)
string(0) ""
== runtime change, bad values (exit 0)
bool(false)
string(4) "auto"
string(1) "6"
