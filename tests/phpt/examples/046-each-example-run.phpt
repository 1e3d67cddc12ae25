--TEST--
Every example in examples/ is run by a test, except those that need Google or Microsoft
--EXTENSIONS--
smtp
--FILE--
<?php
$root = dirname(__DIR__, 3);
// Not run here: they need the real providers (and, for Gmail, League's OAuth client from Composer).
$needs_provider = ['oauth_gmail.php', 'oauth_microsoft365.php'];

// The tests' text, without this one and the syntax test (which name every example).
$tests = '';
$files = new RegexIterator(new RecursiveIteratorIterator(new RecursiveDirectoryIterator("$root/tests/phpt",
    FilesystemIterator::SKIP_DOTS)), '/\.phpt$/');
foreach ($files as $file) {
    if (!in_array($file->getFilename(), ['043-syntax.phpt', basename(__FILE__, '.php') . '.phpt'], true)) {
        $tests .= file_get_contents($file);
    }
}
// An example is a file or a directory (an application) at the top of examples/.
$examples = array_diff(scandir("$root/examples"), ['.', '..']);
sort($examples);
foreach ($examples as $example) {
    // Run with smtp_test_run_example('name.php'), or copied or required by path ("$examples/name", examples/name/...).
    $run = preg_match('#[\'"/]' . preg_quote($example, '#') . '[\'"/]#', $tests);
    printf("%-28s %s\n", $example, in_array($example, $needs_provider, true)
        ? ($run ? 'run, though it needs a provider?' : 'not run: needs the provider')
        : ($run ? 'run' : 'NOT RUN BY ANY TEST'));
}
?>
--EXPECT--
bulk_keepalive.php           run
codeigniter3                 run
codeigniter4                 run
codeigniter_controller.php   run
demo.php                     run
dkim.php                     run
oauth_gmail.php              not run: needs the provider
oauth_microsoft365.php       not run: needs the provider
send_ssl.php                 run
wordpress                    run
