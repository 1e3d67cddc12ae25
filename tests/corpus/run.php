<?php
/*
 * php -d extension=modules/smtp.so tests/corpus/run.php [-v] [-x] [substring...]
 *
 * (with mbstring and intl loaded, as tests/phpt.sh loads them).
 *
 * Runs the corpus (or the cases whose name contains one of the substrings)
 * natively and on the oracle, and prints one line per difference; -x also
 * the known ones (xfail), -v both results of each listed case in full.
 * tests/phpt/corpus/060-differential.phpt does the same for the whole corpus.
 */
require __DIR__ . '/../phpt/inc/oracle.inc';
require __DIR__ . '/runner.inc';

$args = array_slice($argv, 1);
$verbose = in_array('-v', $args, true);
$known = in_array('-x', $args, true);
$filters = array_values(array_diff($args, ['-v', '-x']));

$files = corpus_files();
$cases = corpus_load($files);
$names = array_keys($cases);
if ($filters) {
    $names = array_values(array_filter($names, function ($n) use ($filters) {
        foreach ($filters as $f) {
            if (strpos($n, $f) !== false) {
                return true;
            }
        }
        return false;
    }));
}
$dir = corpus_fixtures();
try {
    $t = microtime(true);
    $native = corpus_run($files, $dir, $names);
    $tn = microtime(true) - $t;
    $oracle = corpus_run_oracle($files, $dir, $names);
    $to = microtime(true) - $t - $tn;
} finally {
    corpus_fixtures_remove($dir);
}
$result = corpus_compare($cases, $native, $oracle);
foreach (array_merge($result['differences'], $known ? $result['known'] : []) as $line) {
    echo $line, "\n";
    if ($verbose) {
        $name = substr($line, 0, strpos($line, ': '));
        echo "--- native\n", var_export($native[$name], true), "\n--- oracle\n", var_export($oracle[$name], true), "\n";
    }
}
printf("%d cases, %d differences, %d known (xfail), %d too new for the oracle (native %.2f s, oracle %.2f s)\n",
    count($oracle), count($result['differences']), count($result['known']), count($names) - count($oracle), $tn, $to);
