--TEST--
Message corpus: every case gives PHPMailer's bytes, return values, ErrorInfo, exceptions and warnings
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../../corpus/runner.inc';

$files = corpus_files();
$cases = corpus_load($files);
$dir = corpus_fixtures();
try {
    $native = corpus_run($files, $dir);
    $oracle = corpus_run_oracle($files, $dir);
} finally {
    corpus_fixtures_remove($dir);
}
$result = corpus_compare($cases, $native, $oracle);
foreach ($result['differences'] as $line) {
    echo $line, "\n";
}
printf("%d cases, %d differences, %d known (xfail)\n", count($oracle), count($result['differences']),
    count($result['known']));
// Only the cases that need a newer oracle (option since) may be left out.
$old = array_keys(array_filter($cases, fn ($c) => $c['since'] === '6.6.3'));
printf("corpus of at least 300 cases: %s\n", var_export(count($cases) >= 300, true));
printf("every 6.6.3 case compared: %s\n", var_export(!array_diff($old, array_keys($oracle)), true));
?>
--EXPECTF--
%d cases, 0 differences, %d known (xfail)
corpus of at least 300 cases: true
every 6.6.3 case compared: true
