--TEST--
Provisioning knows the stock private members per PHPMailer version: a 7.x SMTP.php with its private iterateLines() becomes Smtp\Engine\SMTP7's subclass, a 6.x one declaring it (no stock 6.x file does) stays the PHP it is; with no PHPMailer-named SMTP, each generation's mailer gets its engine SMTP
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/php.inc';
require __DIR__ . '/../inc/skeleton.inc';

// SMTP.php as 7.1.1 declares it; 6.12.0's declares the same members with another VERSION.
$smtp = api_dump('7.1.1')['SMTP'];
$variants = [
    '7.1.1 with iterateLines()' => ['7.1.1', ['private function iterateLines($s)']],
    '7.1.1 without it' => ['7.1.1', []],
    '7.1.1 with another private' => ['7.1.1', ['private function iterateLines($s)', 'private function mine()']],
    '6.12.0' => ['6.12.0', []],
    '6.12.0 with iterateLines()' => ['6.12.0', ['private function iterateLines($s)']],
];
foreach ($variants as $label => [$version, $privates]) {
    $dir = smtp_test_temp_dir();
    file_put_contents("$dir/SMTP.php", "<?php\n\nnamespace PHPMailer\\PHPMailer;\n\n"
        . skeleton_class('SMTP', $smtp, $privates, ['VERSION' => $version]));
    [$status, $out] = smtp_test_php("<?php\nrequire '$dir/SMTP.php';\n" . smtp_test_describe_classes_code(), [], true, $dir);
    echo str_pad($label, 28), $status ? "exit $status " : '', $out;
    smtp_test_remove_dir($dir);
}

// smtp.classes=off: no PHPMailer\PHPMailer\SMTP; the engine mailers use the engine SMTP of their generation.
[$status, $out] = smtp_test_php(<<<'PHP'
    <?php
    foreach ([Smtp\Engine\PHPMailer7::class, Smtp\Engine\PHPMailer6::class] as $class) {
        echo $class, ' uses ', get_class((new $class())->getSMTPInstance()), "\n";
    }
    PHP, ['smtp.classes' => 'off']);
echo $status ? "exit $status\n" : '', $out;
?>
===DONE===
--EXPECT--
7.1.1 with iterateLines()   PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP7) 7.1.1
7.1.1 without it            PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP7) 7.1.1
7.1.1 with another private  PHPMailer\PHPMailer\SMTP: stock 7.1.1
6.12.0                      PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.12.0
6.12.0 with iterateLines()  PHPMailer\PHPMailer\SMTP: stock 6.12.0
Smtp\Engine\PHPMailer7 uses Smtp\Engine\SMTP7
Smtp\Engine\PHPMailer6 uses Smtp\Engine\SMTP
===DONE===
