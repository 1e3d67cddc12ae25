--TEST--
The CodeIgniter examples send natively through Postfix (SMTPS, AUTH): examples/codeigniter3 (a library requiring PHPMailer's src/*.php) and examples/codeigniter4 (Composer PSR-4); opcache off, on and file cache both ways; stock with smtp.classes=off
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/servers.inc';
smtp_test_skipif('postfix_smtps');
if (!is_file(PHP_EXTENSION_DIR . '/opcache.so')) echo 'skip opcache.so not installed';
?>
--FILE--
<?php
require __DIR__ . '/../inc/php.inc';
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/servers.inc';

$server = smtp_test_server('postfix_smtps');
$examples = dirname(__DIR__, 3) . '/examples';
$app = smtp_test_temp_dir();
$copy_tree = function (string $from, string $to) use (&$copy_tree) {
    @mkdir($to, 0700, true);
    foreach (scandir($from) as $entry) {
        if ($entry !== '.' && $entry !== '..') {
            is_dir("$from/$entry") ? $copy_tree("$from/$entry", "$to/$entry") : copy("$from/$entry", "$to/$entry");
        }
    }
};

// examples/codeigniter3, with PHPMailer's sources in application/third_party as its README says.
$copy_tree("$examples/codeigniter3", "$app/ci3");
$copy_tree(ORACLE_PHPMAILER, "$app/ci3/application/third_party/PHPMailer/src");

// examples/codeigniter4, with PHPMailer installed by Composer: vendor/ and its PSR-4 autoloader.
$copy_tree("$examples/codeigniter4", "$app/ci4");
$copy_tree(ORACLE_PHPMAILER, "$app/ci4/vendor/phpmailer/phpmailer/src");
file_put_contents("$app/ci4/vendor/autoload.php", <<<'PHP'
    <?php
    spl_autoload_register(function ($class) {
        $prefixes = ['PHPMailer\\PHPMailer\\' => __DIR__ . '/phpmailer/phpmailer/src/',
            'App\\' => dirname(__DIR__) . '/app/'];
        foreach ($prefixes as $prefix => $dir) {
            if (strncmp($class, $prefix, strlen($prefix)) === 0) {
                $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
                if (is_file($file)) {
                    require $file;
                }
                return;
            }
        }
    });
    PHP);

// After the example has run, which classes did it get?
file_put_contents("$app/describe.php", "<?php\n" . smtp_test_describe_classes_code());

foreach (['ci3' => 'CodeIgniter 3', 'ci4' => 'CodeIgniter 4'] as $dir => $framework) {
    $cache = smtp_test_temp_dir();
    foreach (smtp_test_opcache_modes($cache) as $mode => [$ini, $extension]) {
        $to = smtp_test_token();
        [$status, $out] = smtp_test_php_file("$app/$dir/index.php",
            $ini + ['openssl.cafile' => $server['cafile'], 'auto_append_file' => "$app/describe.php"], $extension, [
                'SMTP_HOST' => $server['host'], 'SMTP_PORT' => $server['port'], 'SMTP_USER' => $server['username'],
                'SMTP_PASS' => $server['password'], 'MAIL_TO' => "$to@example.test",
                'MAIL_SUBJECT' => "$framework, $mode",
            ]);
        $msg = smtp_test_parse_message(smtp_test_wait_message($to));
        echo "== $framework, $mode (exit $status)\n$out", 'delivered: ', smtp_test_header($msg['headers'], 'Subject'),
            "\n";
    }
    smtp_test_remove_dir($cache);
}
smtp_test_remove_dir($app);
?>
--EXPECT--
== CodeIgniter 3, opcache off (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
delivered: CodeIgniter 3, opcache off
== CodeIgniter 3, smtp.classes=off (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: stock 6.6.3
PHPMailer\PHPMailer\Exception: stock
delivered: CodeIgniter 3, smtp.classes=off
== CodeIgniter 3, opcache on (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
delivered: CodeIgniter 3, opcache on
== CodeIgniter 3, file cache A warmed with the extension (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
delivered: CodeIgniter 3, file cache A warmed with the extension
== CodeIgniter 3, file cache A served with the extension (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
delivered: CodeIgniter 3, file cache A served with the extension
== CodeIgniter 3, file cache A without the extension (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: stock 6.6.3
PHPMailer\PHPMailer\Exception: stock
delivered: CodeIgniter 3, file cache A without the extension
== CodeIgniter 3, file cache B warmed without the extension (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: stock 6.6.3
PHPMailer\PHPMailer\Exception: stock
delivered: CodeIgniter 3, file cache B warmed without the extension
== CodeIgniter 3, file cache B with the extension (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
delivered: CodeIgniter 3, file cache B with the extension
== CodeIgniter 4, opcache off (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
delivered: CodeIgniter 4, opcache off
== CodeIgniter 4, smtp.classes=off (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: stock 6.6.3
delivered: CodeIgniter 4, smtp.classes=off
== CodeIgniter 4, opcache on (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
delivered: CodeIgniter 4, opcache on
== CodeIgniter 4, file cache A warmed with the extension (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
delivered: CodeIgniter 4, file cache A warmed with the extension
== CodeIgniter 4, file cache A served with the extension (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
delivered: CodeIgniter 4, file cache A served with the extension
== CodeIgniter 4, file cache A without the extension (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: stock 6.6.3
delivered: CodeIgniter 4, file cache A without the extension
== CodeIgniter 4, file cache B warmed without the extension (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: stock 6.6.3
PHPMailer\PHPMailer\SMTP: stock 6.6.3
delivered: CodeIgniter 4, file cache B warmed without the extension
== CodeIgniter 4, file cache B with the extension (exit 0)
Message has been sent
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer6) 6.6.3
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP) 6.6.3
delivered: CodeIgniter 4, file cache B with the extension
