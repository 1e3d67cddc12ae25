--TEST--
Every example is valid PHP (the OAuth ones need Google or Microsoft and are not run; the others are run by the tests of examples/ and integration/)
--EXTENSIONS--
smtp
--FILE--
<?php
$root = dirname(__DIR__, 3);
$files = new RegexIterator(new RecursiveIteratorIterator(new RecursiveDirectoryIterator("$root/examples",
    FilesystemIterator::SKIP_DOTS)), '/\.php$/');
$names = [];
foreach ($files as $file) {
    exec(escapeshellarg(PHP_BINARY) . ' -n -l ' . escapeshellarg($file) . ' 2>&1', $out, $status);
    $names[] = substr($file, strlen("$root/examples/")) . ($status === 0 ? '' : ': ' . implode(' ', $out));
    $out = [];
}
sort($names);
echo implode("\n", $names), "\n";
?>
--EXPECT--
bulk_keepalive.php
codeigniter3/application/controllers/Contact.php
codeigniter3/application/libraries/Phpmailer_lib.php
codeigniter3/index.php
codeigniter4/app/Controllers/Contact.php
codeigniter4/index.php
codeigniter_controller.php
demo.php
dkim.php
oauth_gmail.php
oauth_microsoft365.php
send_ssl.php
wordpress/smtp-mailer.php
