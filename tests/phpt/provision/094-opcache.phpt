--TEST--
opcache: the substituted sources are cached correctly (SHM and file cache), and a file cache filled under one configuration is never served under another
--EXTENSIONS--
smtp
--SKIPIF--
<?php if (!is_file(PHP_EXTENSION_DIR . '/opcache.so')) echo 'skip opcache.so not installed'; ?>
--FILE--
<?php
require __DIR__ . '/../inc/php.inc';
require __DIR__ . '/../inc/oracle.inc';

$src = ORACLE_PHPMAILER;
$describe = smtp_test_describe_classes_code();
$script_dir = smtp_test_temp_dir();
$script = "$script_dir/site.php";
file_put_contents($script, <<<PHP
    <?php
    require_once '$src/Exception.php';
    require_once '$src/PHPMailer.php';
    require_once '$src/SMTP.php';
    \$mail = new PHPMailer\PHPMailer\PHPMailer(true);
    \$mail->setFrom('from@example.test');
    \$mail->addAddress('to@example.test');
    \$mail->Body = 'body';
    \$mail->preSend();
    echo 'message: ', strlen(\$mail->getSentMIMEMessage()) > 100 ? 'built' : 'missing', "\\n";
    echo 'compiled here: ', function_exists('smtp_status') ? count(smtp_status()['provided']) : '-', "\\n";
    $describe
    PHP);

$opcache = ['zend_extension' => PHP_EXTENSION_DIR . '/opcache.so', 'opcache.enable_cli' => 1];
$cache = smtp_test_temp_dir();
$file_cache = $opcache + ['opcache.file_cache' => $cache, 'opcache.file_cache_only' => 1];
$runs = [
    'opcache off' => [[], true],
    'opcache on (shared memory)' => [$opcache, true],
    'file cache: filled with the extension' => [$file_cache, true],
    'file cache: served to the extension' => [$file_cache, true],
    'file cache: the extension removed' => [$file_cache, false],
    'file cache: the extension back' => [$file_cache, true],
    'file cache: smtp.classes=off' => [$file_cache + ['smtp.classes' => 'off'], true],
    'file cache: smtp.classes=auto again' => [$file_cache, true],
];
foreach ($runs as $label => [$ini, $extension]) {
    [$status, $out] = smtp_test_php_file($script, $ini, $extension);
    echo "== $label (exit $status)\n$out";
}
// One cache directory per configuration (opcache keys the file cache on the system id).
echo count(glob("$cache/*", GLOB_ONLYDIR)), " file cache configurations\n";
smtp_test_remove_dir($cache);
smtp_test_remove_dir($script_dir);
?>
--EXPECT--
== opcache off (exit 0)
message: built
compiled here: 3
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== opcache on (shared memory) (exit 0)
message: built
compiled here: 3
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== file cache: filled with the extension (exit 0)
message: built
compiled here: 3
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== file cache: served to the extension (exit 0)
message: built
compiled here: 0
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== file cache: the extension removed (exit 0)
message: built
compiled here: -
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: stock 6.6.3
PHPMailer\PHPMailer\Exception: stock
== file cache: the extension back (exit 0)
message: built
compiled here: 0
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
== file cache: smtp.classes=off (exit 0)
message: built
compiled here: 0
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: stock 6.6.3
PHPMailer\PHPMailer\Exception: stock
== file cache: smtp.classes=auto again (exit 0)
message: built
compiled here: 0
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
3 file cache configurations
