--TEST--
PHPMailer 5.2, 6.x and 7.x in one test run: a legacy 5.2 script beside a 7.x-API script in one process, and beside a 6.x script in another, each delivering through Postfix with STARTTLS and AUTH on native classes, with opcache off, on, and from a warm file cache (filled with and without the extension)
--DESCRIPTION--
The 5.2 classes come from legacy5.inc's skeleton of 5.2.28, the 7.x ones
from skeleton.inc's of 7.1.1 (empty method bodies: only the engine can
send through them), the 6.x ones from Debian's libphp-phpmailer 6.6.3.
6.x and 7.x both declare PHPMailer\PHPMailer\PHPMailer, so one process
holds 5.2 with 7.x, the other 5.2 with 6.x.
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/servers.inc';
smtp_test_skipif('postfix_starttls');
if (!is_file(PHP_EXTENSION_DIR . '/opcache.so')) {
    echo 'skip opcache.so not installed';
}
?>
--FILE--
<?php
require __DIR__ . '/../inc/legacy5.inc';
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/php.inc';
require __DIR__ . '/../inc/skeleton.inc';
require __DIR__ . '/../inc/oracle.inc';

$root = legacy5_write(smtp_test_temp_dir());
$dump = api_dump('7.1.1');
mkdir("$root/v7/src", 0700, true);
$privates7 = [
    'PHPMailer' => [
        'private function mailPassthru($to, $subject, $body, $header, $params)',
        'private function parseSendmailPath($sendmailPath)',
        'private static function parseEmailString($input)',
        'private static function sanitiseDate($date)',
        'private function getSmtpErrorMessage($base_key)',
    ],
    'SMTP' => ['private function iterateLines($s)'],
    'Exception' => [],
];
foreach ($privates7 as $short => $members) {
    file_put_contents("$root/v7/src/$short.php", "<?php\n\nnamespace PHPMailer\\PHPMailer;\n\n"
        . skeleton_class($short, $dump[$short], $members));
}

// The legacy script, as a 5.2 site has it.
file_put_contents("$root/legacy52.php", <<<'PHP'
<?php
include "classes/class.phpmailer.php";
include "classes/class.smtp.php";

$mail = new PHPMailer;
$mail->IsSMTP();
$mail->Host = getenv('SMTP_HOST');
$mail->Port = getenv('SMTP_PORT');
$mail->SMTPAuth = true;
$mail->Username = getenv('SMTP_USER');
$mail->Password = getenv('SMTP_PASS');
$mail->SMTPSecure = 'tls';
$mail->SMTPOptions = array('ssl' => array('cafile' => getenv('SMTP_CAFILE')));
$mail->SetFrom('legacy@example.test', 'Legacy site');
$mail->AddAddress(getenv('MAIL_TO_52') . '@example.test');
$mail->Subject = getenv('MAIL_SUBJECT') . ', 5.2';
$mail->MsgHTML('<p>Sent by a PHPMailer 5.2 script.</p>');
if ($mail->Send()) {
    echo "5.2: sent\n";
} else {
    echo "5.2: ", $mail->ErrorInfo, "\n";
}
PHP);
// Scripts written against the 7.x and the 6.x API.
$modern = <<<'PHP'
$mail = new PHPMailer(true);
if (GENERATION === 6) {
    $mail->setLanguage('fr', '/usr/share/php/libphp-phpmailer/language/');  // per object in 6.x
}
try {
    $mail->isSMTP();
    $mail->Host = getenv('SMTP_HOST');
    $mail->Port = (int) getenv('SMTP_PORT');
    $mail->SMTPAuth = true;
    $mail->Username = getenv('SMTP_USER');
    $mail->Password = getenv('SMTP_PASS');
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
    $mail->SMTPOptions = ['ssl' => ['cafile' => getenv('SMTP_CAFILE')]];
    $mail->setFrom('app@example.test', 'App');
    $mail->addAddress(getenv('MAIL_TO_' . GENERATION) . '@example.test');
    $mail->Subject = getenv('MAIL_SUBJECT') . ', ' . GENERATION . '.x';
    $mail->Body = 'Sent by a PHPMailer ' . GENERATION . '.x script.';
    $mail->send();
    echo GENERATION, ".x: sent\n";
    $mail->addAddress('kein');
} catch (Exception $e) {
    echo GENERATION, '.x: ', $e->getMessage(), "\n";
}
PHP;
$src6 = ORACLE_PHPMAILER;
file_put_contents("$root/app7.php", <<<PHP
<?php
require_once __DIR__ . '/v7/src/Exception.php';
require_once __DIR__ . '/v7/src/SMTP.php';
require_once __DIR__ . '/v7/src/PHPMailer.php';

use PHPMailer\PHPMailer\PHPMailer;
use PHPMailer\PHPMailer\Exception;

const GENERATION = 7;
PHPMailer::setLanguage('de', '/usr/share/php/libphp-phpmailer/language/');  // static in 7.x
$modern
PHP);
file_put_contents("$root/app6.php", <<<PHP
<?php
require_once '$src6/Exception.php';
require_once '$src6/SMTP.php';
require_once '$src6/PHPMailer.php';

use PHPMailer\PHPMailer\PHPMailer;
use PHPMailer\PHPMailer\Exception;

const GENERATION = 6;
$modern
PHP);
// How each class is provided, and a 5.2 object's words beside the other generation's.
file_put_contents("$root/describe.php", <<<'PHP'
<?php
$five = new PHPMailer();
$five->AddAddress('nope');
echo '5.2 meanwhile: ', $five->ErrorInfo, "\n";
foreach (['PHPMailer', 'SMTP', 'phpmailerException', 'PHPMailer\PHPMailer\PHPMailer', 'PHPMailer\PHPMailer\SMTP',
    'PHPMailer\PHPMailer\Exception'] as $class) {
    $parent = (new ReflectionClass($class))->getParentClass();
    echo "  $class: ", $parent && $parent->isInternal() && $parent->getExtensionName() === 'smtp'
        ? 'native ' . $parent->getName() : 'stock', "\n";
}
echo '  compiled in this run: ', count(smtp_status()['provided']), "\n";
PHP);
// Without the extension the skeletons cannot send: the class files only, to fill or read the cache.
file_put_contents("$root/stock.php", <<<'PHP'
<?php
include "classes/class.phpmailer.php";
include "classes/class.smtp.php";
require __DIR__ . '/v7/src/Exception.php';
require __DIR__ . '/v7/src/SMTP.php';
require __DIR__ . '/v7/src/PHPMailer.php';
foreach (['PHPMailer', 'SMTP', 'PHPMailer\PHPMailer\PHPMailer', 'PHPMailer\PHPMailer\SMTP'] as $class) {
    echo "  $class: ", get_parent_class($class) ?: 'no parent', "\n";
}
PHP);
$scripts = [
    '5.2 and 7.x' => ['run-a.php', '<?php require "legacy52.php"; require "app7.php"; require "describe.php";', [52, 7]],
    '6.x and 5.2' => ['run-b.php', '<?php require "app6.php"; require "legacy52.php"; require "describe.php";', [6, 52]],
];
foreach ($scripts as [$file, $code]) {
    file_put_contents("$root/$file", $code);
}

$s = smtp_test_server('postfix_starttls');
// file_update_protection=0: the files were written a moment ago, and opcache would not cache them yet.
$opcache = ['zend_extension' => PHP_EXTENSION_DIR . '/opcache.so', 'opcache.enable_cli' => 1,
    'opcache.file_update_protection' => 0];
$cache = smtp_test_temp_dir();
$file_cache = fn ($dir) => $opcache + ['opcache.file_cache' => $dir, 'opcache.file_cache_only' => 1];
mkdir("$cache/a");
mkdir("$cache/b");
$runs = [
    'opcache off' => [[], true],
    'opcache on' => [$opcache, true],
    'file cache A warmed with the extension' => [$file_cache("$cache/a"), true],
    'file cache A warm, with the extension' => [$file_cache("$cache/a"), true],
    'file cache B warmed without the extension' => [$file_cache("$cache/b"), false],
    'file cache B warm, with the extension' => [$file_cache("$cache/b"), true],
];
foreach ($runs as $label => [$ini, $extension]) {
    if (!$extension) {
        [$status, $out] = smtp_test_php_file("$root/stock.php", $ini, false);
        echo "== $label (exit $status)\n$out";
        continue;
    }
    foreach ($scripts as $pair => [$file, , $generations]) {
        $tokens = array_combine($generations, array_map(fn () => smtp_test_token(), $generations));
        $env = ['SMTP_HOST' => $s['host'], 'SMTP_PORT' => $s['port'], 'SMTP_USER' => $s['username'],
            'SMTP_PASS' => $s['password'], 'SMTP_CAFILE' => $s['cafile'], 'MAIL_SUBJECT' => $label];
        foreach ($tokens as $generation => $token) {
            $env["MAIL_TO_$generation"] = $token;
        }
        [$status, $out] = smtp_test_php_file("$root/$file", $ini, true, $env);
        echo "== $label: $pair (exit $status)\n$out";
        foreach ($tokens as $token) {
            $msg = smtp_test_parse_message(smtp_test_wait_message($token));
            echo 'delivered: ', smtp_test_header($msg['headers'], 'Subject'), ' / ',
                smtp_test_header($msg['headers'], 'X-Mailer'), "\n";
        }
    }
}
smtp_test_remove_dir($cache);
smtp_test_remove_dir($root);
?>
===DONE===
--EXPECT--
== opcache off: 5.2 and 7.x (exit 0)
5.2: sent
7.x: sent
7.x: Die Adresse ist ungültig:  (to): kein
5.2 meanwhile: Invalid address:  (addAnAddress to): nope
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: native Smtp\Engine\Exception5
  PHPMailer\PHPMailer\PHPMailer: native Smtp\Engine\PHPMailer7
  PHPMailer\PHPMailer\SMTP: native Smtp\Engine\SMTP7
  PHPMailer\PHPMailer\Exception: native Smtp\Engine\Exception
  compiled in this run: 6
delivered: opcache off, 5.2 / PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
delivered: opcache off, 7.x / PHPMailer 7.1.1 (https://github.com/PHPMailer/PHPMailer)
== opcache off: 6.x and 5.2 (exit 0)
6.x: sent
6.x: Adresse courriel non valide :  (to): kein
5.2: sent
5.2 meanwhile: Invalid address:  (addAnAddress to): nope
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: native Smtp\Engine\Exception5
  PHPMailer\PHPMailer\PHPMailer: native Smtp\Engine\PHPMailer6
  PHPMailer\PHPMailer\SMTP: native Smtp\Engine\SMTP
  PHPMailer\PHPMailer\Exception: native Smtp\Engine\Exception
  compiled in this run: 6
delivered: opcache off, 6.x / PHPMailer 6.6.3 (https://github.com/PHPMailer/PHPMailer)
delivered: opcache off, 5.2 / PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
== opcache on: 5.2 and 7.x (exit 0)
5.2: sent
7.x: sent
7.x: Die Adresse ist ungültig:  (to): kein
5.2 meanwhile: Invalid address:  (addAnAddress to): nope
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: native Smtp\Engine\Exception5
  PHPMailer\PHPMailer\PHPMailer: native Smtp\Engine\PHPMailer7
  PHPMailer\PHPMailer\SMTP: native Smtp\Engine\SMTP7
  PHPMailer\PHPMailer\Exception: native Smtp\Engine\Exception
  compiled in this run: 6
delivered: opcache on, 5.2 / PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
delivered: opcache on, 7.x / PHPMailer 7.1.1 (https://github.com/PHPMailer/PHPMailer)
== opcache on: 6.x and 5.2 (exit 0)
6.x: sent
6.x: Adresse courriel non valide :  (to): kein
5.2: sent
5.2 meanwhile: Invalid address:  (addAnAddress to): nope
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: native Smtp\Engine\Exception5
  PHPMailer\PHPMailer\PHPMailer: native Smtp\Engine\PHPMailer6
  PHPMailer\PHPMailer\SMTP: native Smtp\Engine\SMTP
  PHPMailer\PHPMailer\Exception: native Smtp\Engine\Exception
  compiled in this run: 6
delivered: opcache on, 6.x / PHPMailer 6.6.3 (https://github.com/PHPMailer/PHPMailer)
delivered: opcache on, 5.2 / PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
== file cache A warmed with the extension: 5.2 and 7.x (exit 0)
5.2: sent
7.x: sent
7.x: Die Adresse ist ungültig:  (to): kein
5.2 meanwhile: Invalid address:  (addAnAddress to): nope
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: native Smtp\Engine\Exception5
  PHPMailer\PHPMailer\PHPMailer: native Smtp\Engine\PHPMailer7
  PHPMailer\PHPMailer\SMTP: native Smtp\Engine\SMTP7
  PHPMailer\PHPMailer\Exception: native Smtp\Engine\Exception
  compiled in this run: 6
delivered: file cache A warmed with the extension, 5.2 / PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
delivered: file cache A warmed with the extension, 7.x / PHPMailer 7.1.1 (https://github.com/PHPMailer/PHPMailer)
== file cache A warmed with the extension: 6.x and 5.2 (exit 0)
6.x: sent
6.x: Adresse courriel non valide :  (to): kein
5.2: sent
5.2 meanwhile: Invalid address:  (addAnAddress to): nope
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: native Smtp\Engine\Exception5
  PHPMailer\PHPMailer\PHPMailer: native Smtp\Engine\PHPMailer6
  PHPMailer\PHPMailer\SMTP: native Smtp\Engine\SMTP
  PHPMailer\PHPMailer\Exception: native Smtp\Engine\Exception
  compiled in this run: 3
delivered: file cache A warmed with the extension, 6.x / PHPMailer 6.6.3 (https://github.com/PHPMailer/PHPMailer)
delivered: file cache A warmed with the extension, 5.2 / PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
== file cache A warm, with the extension: 5.2 and 7.x (exit 0)
5.2: sent
7.x: sent
7.x: Die Adresse ist ungültig:  (to): kein
5.2 meanwhile: Invalid address:  (addAnAddress to): nope
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: native Smtp\Engine\Exception5
  PHPMailer\PHPMailer\PHPMailer: native Smtp\Engine\PHPMailer7
  PHPMailer\PHPMailer\SMTP: native Smtp\Engine\SMTP7
  PHPMailer\PHPMailer\Exception: native Smtp\Engine\Exception
  compiled in this run: 0
delivered: file cache A warm, with the extension, 5.2 / PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
delivered: file cache A warm, with the extension, 7.x / PHPMailer 7.1.1 (https://github.com/PHPMailer/PHPMailer)
== file cache A warm, with the extension: 6.x and 5.2 (exit 0)
6.x: sent
6.x: Adresse courriel non valide :  (to): kein
5.2: sent
5.2 meanwhile: Invalid address:  (addAnAddress to): nope
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: native Smtp\Engine\Exception5
  PHPMailer\PHPMailer\PHPMailer: native Smtp\Engine\PHPMailer6
  PHPMailer\PHPMailer\SMTP: native Smtp\Engine\SMTP
  PHPMailer\PHPMailer\Exception: native Smtp\Engine\Exception
  compiled in this run: 0
delivered: file cache A warm, with the extension, 6.x / PHPMailer 6.6.3 (https://github.com/PHPMailer/PHPMailer)
delivered: file cache A warm, with the extension, 5.2 / PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
== file cache B warmed without the extension (exit 0)
  PHPMailer: no parent
  SMTP: no parent
  PHPMailer\PHPMailer\PHPMailer: no parent
  PHPMailer\PHPMailer\SMTP: no parent
== file cache B warm, with the extension: 5.2 and 7.x (exit 0)
5.2: sent
7.x: sent
7.x: Die Adresse ist ungültig:  (to): kein
5.2 meanwhile: Invalid address:  (addAnAddress to): nope
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: native Smtp\Engine\Exception5
  PHPMailer\PHPMailer\PHPMailer: native Smtp\Engine\PHPMailer7
  PHPMailer\PHPMailer\SMTP: native Smtp\Engine\SMTP7
  PHPMailer\PHPMailer\Exception: native Smtp\Engine\Exception
  compiled in this run: 6
delivered: file cache B warm, with the extension, 5.2 / PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
delivered: file cache B warm, with the extension, 7.x / PHPMailer 7.1.1 (https://github.com/PHPMailer/PHPMailer)
== file cache B warm, with the extension: 6.x and 5.2 (exit 0)
6.x: sent
6.x: Adresse courriel non valide :  (to): kein
5.2: sent
5.2 meanwhile: Invalid address:  (addAnAddress to): nope
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: native Smtp\Engine\Exception5
  PHPMailer\PHPMailer\PHPMailer: native Smtp\Engine\PHPMailer6
  PHPMailer\PHPMailer\SMTP: native Smtp\Engine\SMTP
  PHPMailer\PHPMailer\Exception: native Smtp\Engine\Exception
  compiled in this run: 3
delivered: file cache B warm, with the extension, 6.x / PHPMailer 6.6.3 (https://github.com/PHPMailer/PHPMailer)
delivered: file cache B warm, with the extension, 5.2 / PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer)
===DONE===
