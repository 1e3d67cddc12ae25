--TEST--
CodeIgniter patterns send natively through Postfix (SMTPS, AUTH): a CI3 library that requires PHPMailer's src/*.php, a CI4 controller with Composer PSR-4; opcache off, on and file cache both ways; stock with smtp.classes=off
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
$app = smtp_test_temp_dir();
$copy = function (string $to) {
    mkdir($to, 0700, true);
    foreach (['Exception', 'PHPMailer', 'SMTP'] as $f) {
        copy(ORACLE_PHPMAILER . "/$f.php", "$to/$f.php");
    }
};
$send = <<<'PHP'
        $mail->isSMTP();
        $mail->Host = getenv('SMTP_HOST');
        $mail->Port = (int) getenv('SMTP_PORT');
        $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
        $mail->SMTPAuth = true;
        $mail->Username = getenv('SMTP_USER');
        $mail->Password = getenv('SMTP_PASS');
        $mail->SMTPOptions = ['ssl' => ['cafile' => getenv('SMTP_CAFILE')]];
        $mail->setFrom('noreply@example.test', 'Website');
        $mail->addAddress(getenv('MAIL_TO'));
        $mail->Subject = getenv('SUBJECT');
        $mail->isHTML(true);
        $mail->Body = '<p>Contact request</p>';
        $mail->AltBody = 'Contact request';
        echo $mail->send() ? "Message has been sent\n" : 'Mailer Error: ' . $mail->ErrorInfo . "\n";
PHP;
$describe = smtp_test_describe_classes_code();

// CodeIgniter 3: application/libraries/Phpmailer_lib.php requiring third_party sources.
$copy("$app/ci3/application/third_party/PHPMailer/src");
mkdir("$app/ci3/application/libraries");
mkdir("$app/ci3/application/controllers");
file_put_contents("$app/ci3/application/libraries/Phpmailer_lib.php", <<<'PHP'
    <?php
    use PHPMailer\PHPMailer\PHPMailer;

    class Phpmailer_lib
    {
        public function load()
        {
            require_once APPPATH . 'third_party/PHPMailer/src/Exception.php';
            require_once APPPATH . 'third_party/PHPMailer/src/PHPMailer.php';
            require_once APPPATH . 'third_party/PHPMailer/src/SMTP.php';
            return new PHPMailer();
        }
    }
    PHP);
file_put_contents("$app/ci3/application/controllers/Email.php", <<<PHP
    <?php
    use PHPMailer\PHPMailer\PHPMailer;

    class Email
    {
        public function send()
        {
            require_once APPPATH . 'libraries/Phpmailer_lib.php';
            \$mail = (new Phpmailer_lib())->load();
    $send
        }
    }
    PHP);
file_put_contents("$app/ci3/index.php", <<<PHP
    <?php
    define('APPPATH', __DIR__ . '/application/');
    require APPPATH . 'controllers/Email.php';
    (new Email())->send();
    $describe
    PHP);

// CodeIgniter 4: Composer's PSR-4 autoloading of vendor/phpmailer/phpmailer/src.
$copy("$app/ci4/vendor/phpmailer/phpmailer/src");
mkdir("$app/ci4/app/Controllers", 0700, true);
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
file_put_contents("$app/ci4/app/Controllers/Email.php", <<<PHP
    <?php
    namespace App\Controllers;

    use PHPMailer\PHPMailer\PHPMailer;

    class Email
    {
        public function index()
        {
            \$mail = new PHPMailer();
    $send
        }
    }
    PHP);
file_put_contents("$app/ci4/index.php", <<<PHP
    <?php
    require __DIR__ . '/vendor/autoload.php';
    (new App\Controllers\Email())->index();
    $describe
    PHP);

foreach (['ci3' => 'CodeIgniter 3', 'ci4' => 'CodeIgniter 4'] as $dir => $framework) {
    $cache = smtp_test_temp_dir();
    foreach (smtp_test_opcache_modes($cache) as $mode => [$ini, $extension]) {
        $to = smtp_test_token();
        [$status, $out] = smtp_test_php_file("$app/$dir/index.php", $ini, $extension, [
            'SMTP_HOST' => $server['host'], 'SMTP_PORT' => $server['port'], 'SMTP_USER' => $server['username'],
            'SMTP_PASS' => $server['password'], 'SMTP_CAFILE' => $server['cafile'],
            'MAIL_TO' => "$to@example.test", 'SUBJECT' => "$framework, $mode",
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
