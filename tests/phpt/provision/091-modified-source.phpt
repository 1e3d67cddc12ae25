--TEST--
A PHPMailer source that is not stock (an extra method, an unknown private, a trait, other code, a future VERSION) compiles unchanged and works as the PHP it is
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/php.inc';
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/servers.inc';

$stock = file_get_contents(ORACLE_PHPMAILER . '/PHPMailer.php');
$class_open = "class PHPMailer\n{\n";
$edits = [
    'unmodified: native' => fn ($s) => $s,
    'an extra public method' => fn ($s) => str_replace($class_open,
        $class_open . "    public function hello()\n    {\n        return 'hello from the fork';\n    }\n", $s),
    'an extra private method' => fn ($s) => str_replace($class_open,
        $class_open . "    private function helper()\n    {\n    }\n", $s),
    'an extra property' => fn ($s) => str_replace($class_open, $class_open . "    public \$forkOption = 1;\n", $s),
    'a trait' => fn ($s) => str_replace($class_open, $class_open . "    use \\ForkTrait;\n", $s),
    'code after the class' => fn ($s) => $s . "\n\\class_alias(PHPMailer::class, 'ForkMailer');\n",
    'VERSION 8.0.0' => fn ($s) => preg_replace("/const VERSION = '[^']*'/", "const VERSION = '8.0.0'", $s),
    'a method made static' => fn ($s) => str_replace('public function isHTML(', 'public static function isHTML(', $s),
];
$server = smtp_test_server('postfix_plain');
$describe = smtp_test_describe_classes_code();
foreach ($edits as $label => $edit) {
    $dir = smtp_test_temp_dir();
    foreach (['Exception', 'SMTP'] as $f) {
        copy(ORACLE_PHPMAILER . "/$f.php", "$dir/$f.php");
    }
    $modified = $edit($stock);
    if ($modified === $stock && $label !== 'unmodified: native') {
        echo "$label: the edit did not apply\n";
    }
    file_put_contents("$dir/PHPMailer.php", $modified);
    $to = smtp_test_token();
    [$status, $out] = smtp_test_php(<<<PHP
        <?php
        trait ForkTrait {}
        require __DIR__ . '/Exception.php';
        require __DIR__ . '/PHPMailer.php';
        require __DIR__ . '/SMTP.php';
        \$mail = new PHPMailer\PHPMailer\PHPMailer(true);
        if (method_exists(\$mail, 'hello')) {
            echo \$mail->hello(), "\\n";
        }
        \$mail->isSMTP();
        \$mail->Host = '{$server['host']}';
        \$mail->Port = {$server['port']};
        \$mail->setFrom('fork@example.test');
        \$mail->addAddress('$to@example.test');
        \$mail->Subject = 'From a fork';
        \$mail->Body = 'body';
        echo 'sent: ', var_export(\$mail->send(), true), "\\n";
        $describe
        PHP, [], true, $dir);
    $msg = smtp_test_parse_message(smtp_test_wait_message($to));
    echo "== $label (exit $status), delivered: ", smtp_test_header($msg['headers'], 'Subject'), "\n$out";
    smtp_test_remove_dir($dir);
}
?>
--EXPECT--
== unmodified: native (exit 0), delivered: From a fork
sent: true
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== an extra public method (exit 0), delivered: From a fork
hello from the fork
sent: true
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== an extra private method (exit 0), delivered: From a fork
sent: true
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== an extra property (exit 0), delivered: From a fork
sent: true
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== a trait (exit 0), delivered: From a fork
sent: true
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== code after the class (exit 0), delivered: From a fork
sent: true
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== VERSION 8.0.0 (exit 0), delivered: From a fork
sent: true
PHPMailer\PHPMailer\PHPMailer: stock 8.0.0
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== a method made static (exit 0), delivered: From a fork
sent: true
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
