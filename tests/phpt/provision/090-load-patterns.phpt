--TEST--
Every way code loads PHPMailer's sources gets the native classes: require, require_once twice, include, Composer PSR-4, guarded requires, lower-case copies, no source at all
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/php.inc';
require __DIR__ . '/../inc/oracle.inc';

$src = ORACLE_PHPMAILER;
$copy = smtp_test_temp_dir();
mkdir("$copy/third_party/phpmailer/src", 0700, true);
foreach (['Exception', 'PHPMailer', 'SMTP'] as $f) {
    copy("$src/$f.php", "$copy/third_party/phpmailer/src/" . strtolower($f) . '.php');
}

$patterns = [
    'require, CodeIgniter order' => "require '$src/Exception.php'; require '$src/PHPMailer.php'; require '$src/SMTP.php';",
    'require_once, twice' => "foreach ([1, 2] as \$i) { require_once '$src/PHPMailer.php'; require_once '$src/SMTP.php';"
        . " require_once '$src/Exception.php'; }",
    'include, SMTP first' => "include '$src/SMTP.php'; include '$src/PHPMailer.php'; include '$src/Exception.php';",
    'Composer-style PSR-4' => "spl_autoload_register(function (\$c) { \$p = 'PHPMailer\\\\PHPMailer\\\\';"
        . " if (strncmp(\$c, \$p, strlen(\$p)) === 0) { require '$src/' . substr(\$c, strlen(\$p)) . '.php'; } });",
    'guarded, as WP Mail SMTP' => "if (!class_exists('\\PHPMailer\\PHPMailer\\PHPMailer', false)) {"
        . " require_once '$src/PHPMailer.php'; require_once '$src/Exception.php'; require_once '$src/SMTP.php'; }",
    'lower-case copy' => "require_once '$copy/third_party/phpmailer/src/exception.php';"
        . " require_once '$copy/third_party/phpmailer/src/phpmailer.php';"
        . " require_once '$copy/third_party/phpmailer/src/smtp.php';",
    'no source: fallback' => '',
    'two copies: the second is a no-op' => "require '$src/PHPMailer.php';"
        . " require '$copy/third_party/phpmailer/src/phpmailer.php';",
];
$describe = smtp_test_describe_classes_code();
foreach ($patterns as $label => $load) {
    [$status, $out] = smtp_test_php(<<<PHP
        <?php
        $load
        use PHPMailer\PHPMailer\PHPMailer;
        use PHPMailer\PHPMailer\Exception;
        \$mail = new PHPMailer(true);
        \$smtp = \$mail->getSMTPInstance();
        try {
            \$mail->addAddress('not an address');
        } catch (Exception \$e) {
            echo 'caught ', get_class(\$e), "\\n";
        }
        echo 'file: ', str_replace('$copy', '<copy>', (string) (new ReflectionClass(\$mail))->getFileName()), "\\n";
        echo 'smtp: ', get_class(\$smtp), ' ', var_export(\$smtp instanceof \\PHPMailer\\PHPMailer\\SMTP, true), "\\n";
        $describe
        PHP);
    echo "== $label (exit $status)\n$out";
}
smtp_test_remove_dir($copy);
?>
--EXPECT--
== require, CodeIgniter order (exit 0)
caught PHPMailer\PHPMailer\Exception
file: /usr/share/php/libphp-phpmailer/src/PHPMailer.php
smtp: PHPMailer\PHPMailer\SMTP true
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== require_once, twice (exit 0)
caught PHPMailer\PHPMailer\Exception
file: /usr/share/php/libphp-phpmailer/src/PHPMailer.php
smtp: PHPMailer\PHPMailer\SMTP true
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== include, SMTP first (exit 0)
caught PHPMailer\PHPMailer\Exception
file: /usr/share/php/libphp-phpmailer/src/PHPMailer.php
smtp: PHPMailer\PHPMailer\SMTP true
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== Composer-style PSR-4 (exit 0)
caught PHPMailer\PHPMailer\Exception
file: /usr/share/php/libphp-phpmailer/src/PHPMailer.php
smtp: PHPMailer\PHPMailer\SMTP true
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== guarded, as WP Mail SMTP (exit 0)
caught PHPMailer\PHPMailer\Exception
file: /usr/share/php/libphp-phpmailer/src/PHPMailer.php
smtp: PHPMailer\PHPMailer\SMTP true
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== lower-case copy (exit 0)
caught PHPMailer\PHPMailer\Exception
file: <copy>/third_party/phpmailer/src/phpmailer.php
smtp: PHPMailer\PHPMailer\SMTP true
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== no source: fallback (exit 0)
caught PHPMailer\PHPMailer\Exception
file: [smtp fallback]
smtp: PHPMailer\PHPMailer\SMTP true
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.12.0
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.12.0
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== two copies: the second is a no-op (exit 0)
caught PHPMailer\PHPMailer\Exception
file: /usr/share/php/libphp-phpmailer/src/PHPMailer.php
smtp: PHPMailer\PHPMailer\SMTP true
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.12.0
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
