--TEST--
A PHPMailer 7.1.1 as its files declare it is substituted with opcache off, on, and from a warm opcache.file_cache: native Smtp\Engine\PHPMailer7/SMTP7 classes (smtp_status(), an internal parent), the static 7.x language API, and a 7.x and a 6.x object each delivering through Postfix in the same process
--DESCRIPTION--
The skeleton (tests/phpt/inc/skeleton.inc, from the 7.1.1 Reflection dump)
has empty method bodies: when a file cache filled with the extension were
served to a run without it, or the reverse, the classes would be the
skeleton's and nothing would be sent. A file cache filled without the
extension must give the extension's run freshly substituted classes.
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/servers.inc';
smtp_test_skipif('postfix_plain');
if (!is_file(PHP_EXTENSION_DIR . '/opcache.so')) {
    echo 'skip opcache.so not installed';
}
?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/php.inc';
require __DIR__ . '/../inc/skeleton.inc';

$dump = api_dump('7.1.1');
$root = smtp_test_temp_dir();
mkdir("$root/src");
$privates = [
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
foreach ($privates as $short => $members) {
    file_put_contents("$root/src/$short.php", "<?php\n\nnamespace PHPMailer\\PHPMailer;\n\n"
        . skeleton_class($short, $dump[$short], $members));
}

$inc = __DIR__ . '/../inc';
file_put_contents("$root/site.php", <<<PHP
    <?php
    require '$inc/mailer.inc';
    require_once '$root/src/Exception.php';
    require_once '$root/src/SMTP.php';
    require_once '$root/src/PHPMailer.php';

    PHP . <<<'PHP'
    use PHPMailer\PHPMailer\PHPMailer;

    foreach (['PHPMailer', 'SMTP', 'Exception'] as $short) {
        $parent = (new ReflectionClass("PHPMailer\\PHPMailer\\$short"))->getParentClass();
        echo "$short: parent ", $parent ? $parent->getName() . ($parent->isInternal() ? ' (internal)' : ' (user)')
            : 'none', "\n";
    }
    if (!function_exists('smtp_status')) {
        echo "no extension\n";
        exit;
    }
    $provided = array_map(fn ($p) => "$p[class] $p[version] < $p[base]", smtp_status()['provided']);
    echo 'compiled in this run: ', implode(', ', $provided) ?: 'nothing (from the cache)', "\n";

    // The 7.x language API is static; a 6.x object beside it keeps its own.
    $lang = '/usr/share/php/libphp-phpmailer/language/';
    var_dump(PHPMailer::setLanguage('de', $lang));
    $six = new Smtp\Engine\PHPMailer6(true);
    foreach ([7 => smtp_test_mailer('postfix_plain'), 6 => $six] as $v => $mail) {
        if ($v === 6) {
            foreach (['Host', 'Port', 'SMTPSecure', 'SMTPOptions', 'Mailer'] as $setting) {
                $mail->$setting = $last->$setting;
            }
        }
        $last = $mail;
        try {
            $mail->addAddress('not an address');
        } catch (\PHPMailer\PHPMailer\Exception $e) {
            echo "$v.x: ", $e->getMessage(), "\n";
        }
        $mail->setFrom('sender@example.test');
        $mail->addAddress(getenv("MAIL_TO_$v") . '@example.test');
        $mail->Subject = getenv('MAIL_SUBJECT') . ", $v.x";
        $mail->Body = 'body';
        echo "$v.x sent: ", var_export($mail->send(), true), "\n";
    }
    PHP);

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
    'file cache A warm, without the extension' => [$file_cache("$cache/a"), false],
    'file cache B warmed without the extension' => [$file_cache("$cache/b"), false],
    'file cache B warm, with the extension' => [$file_cache("$cache/b"), true],
];
foreach ($runs as $label => [$ini, $extension]) {
    $tokens = [7 => smtp_test_token(), 6 => smtp_test_token()];
    $cmd = smtp_test_php_command($ini, $extension);
    $cmd[] = "$root/site.php";
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes, $root,
        ['MAIL_TO_7' => $tokens[7], 'MAIL_TO_6' => $tokens[6], 'MAIL_SUBJECT' => $label] + getenv());
    $out = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    echo "== $label (exit ", proc_close($proc), ")\n", $out;
    if ($extension) {
        foreach ($tokens as $v => $token) {
            $msg = smtp_test_parse_message(smtp_test_wait_message($token));
            echo "delivered: ", smtp_test_header($msg['headers'], 'Subject'), ' / ',
                smtp_test_header($msg['headers'], 'X-Mailer'), "\n";
        }
    }
}
smtp_test_remove_dir($cache);
smtp_test_remove_dir($root);
?>
===DONE===
--EXPECT--
== opcache off (exit 0)
PHPMailer: parent Smtp\Engine\PHPMailer7 (internal)
SMTP: parent Smtp\Engine\SMTP7 (internal)
Exception: parent Smtp\Engine\Exception (internal)
compiled in this run: PHPMailer\PHPMailer\Exception  < Smtp\Engine\Exception, PHPMailer\PHPMailer\SMTP 7.1.1 < Smtp\Engine\SMTP7, PHPMailer\PHPMailer\PHPMailer 7.1.1 < Smtp\Engine\PHPMailer7
bool(true)
7.x: Die Adresse ist ungültig:  (to): not an address
7.x sent: true
6.x: Invalid address:  (to): not an address
6.x sent: true
delivered: opcache off, 7.x / PHPMailer 7.1.1 (https://github.com/PHPMailer/PHPMailer)
delivered: opcache off, 6.x / PHPMailer 6.12.0 (https://github.com/PHPMailer/PHPMailer)
== opcache on (exit 0)
PHPMailer: parent Smtp\Engine\PHPMailer7 (internal)
SMTP: parent Smtp\Engine\SMTP7 (internal)
Exception: parent Smtp\Engine\Exception (internal)
compiled in this run: PHPMailer\PHPMailer\Exception  < Smtp\Engine\Exception, PHPMailer\PHPMailer\SMTP 7.1.1 < Smtp\Engine\SMTP7, PHPMailer\PHPMailer\PHPMailer 7.1.1 < Smtp\Engine\PHPMailer7
bool(true)
7.x: Die Adresse ist ungültig:  (to): not an address
7.x sent: true
6.x: Invalid address:  (to): not an address
6.x sent: true
delivered: opcache on, 7.x / PHPMailer 7.1.1 (https://github.com/PHPMailer/PHPMailer)
delivered: opcache on, 6.x / PHPMailer 6.12.0 (https://github.com/PHPMailer/PHPMailer)
== file cache A warmed with the extension (exit 0)
PHPMailer: parent Smtp\Engine\PHPMailer7 (internal)
SMTP: parent Smtp\Engine\SMTP7 (internal)
Exception: parent Smtp\Engine\Exception (internal)
compiled in this run: PHPMailer\PHPMailer\Exception  < Smtp\Engine\Exception, PHPMailer\PHPMailer\SMTP 7.1.1 < Smtp\Engine\SMTP7, PHPMailer\PHPMailer\PHPMailer 7.1.1 < Smtp\Engine\PHPMailer7
bool(true)
7.x: Die Adresse ist ungültig:  (to): not an address
7.x sent: true
6.x: Invalid address:  (to): not an address
6.x sent: true
delivered: file cache A warmed with the extension, 7.x / PHPMailer 7.1.1 (https://github.com/PHPMailer/PHPMailer)
delivered: file cache A warmed with the extension, 6.x / PHPMailer 6.12.0 (https://github.com/PHPMailer/PHPMailer)
== file cache A warm, with the extension (exit 0)
PHPMailer: parent Smtp\Engine\PHPMailer7 (internal)
SMTP: parent Smtp\Engine\SMTP7 (internal)
Exception: parent Smtp\Engine\Exception (internal)
compiled in this run: nothing (from the cache)
bool(true)
7.x: Die Adresse ist ungültig:  (to): not an address
7.x sent: true
6.x: Invalid address:  (to): not an address
6.x sent: true
delivered: file cache A warm, with the extension, 7.x / PHPMailer 7.1.1 (https://github.com/PHPMailer/PHPMailer)
delivered: file cache A warm, with the extension, 6.x / PHPMailer 6.12.0 (https://github.com/PHPMailer/PHPMailer)
== file cache A warm, without the extension (exit 0)
PHPMailer: parent none
SMTP: parent none
Exception: parent Exception (internal)
no extension
== file cache B warmed without the extension (exit 0)
PHPMailer: parent none
SMTP: parent none
Exception: parent Exception (internal)
no extension
== file cache B warm, with the extension (exit 0)
PHPMailer: parent Smtp\Engine\PHPMailer7 (internal)
SMTP: parent Smtp\Engine\SMTP7 (internal)
Exception: parent Smtp\Engine\Exception (internal)
compiled in this run: PHPMailer\PHPMailer\Exception  < Smtp\Engine\Exception, PHPMailer\PHPMailer\SMTP 7.1.1 < Smtp\Engine\SMTP7, PHPMailer\PHPMailer\PHPMailer 7.1.1 < Smtp\Engine\PHPMailer7
bool(true)
7.x: Die Adresse ist ungültig:  (to): not an address
7.x sent: true
6.x: Invalid address:  (to): not an address
6.x sent: true
delivered: file cache B warm, with the extension, 7.x / PHPMailer 7.1.1 (https://github.com/PHPMailer/PHPMailer)
delivered: file cache B warm, with the extension, 6.x / PHPMailer 6.12.0 (https://github.com/PHPMailer/PHPMailer)
===DONE===
