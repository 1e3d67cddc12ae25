<?php
/*
 * scripts/package-contents.php [--check]: writes the <contents> of
 * package.xml from the files git tracks, every shipped file with its role.
 * With --check, changes nothing and exits 1 when package.xml is out of date
 * (a source, stub, header or test missing from it, or a file gone).
 */
chdir(dirname(__DIR__));

/* What a PECL package ships, by path prefix, and the role of each. */
const SHIPPED = [
    'config.m4' => 'src', 'config.w32' => 'src', 'Makefile.frag' => 'src', 'composer.json' => 'src',
    'ext/' => 'src', 'php_src/' => 'src',
    'tests/' => 'test', 'examples/' => 'doc', 'README.md' => 'doc', 'LICENSE' => 'doc',
];

/* Kept in git but not shipped: the fuzzers' corpora (thousands of inputs, for tests/fuzz/run.sh only). */
const NOT_SHIPPED = ['tests/fuzz/corpus/'];

function role_of(string $path): ?string
{
    foreach (NOT_SHIPPED as $prefix) {
        if (str_starts_with($path, $prefix)) {
            return null;
        }
    }
    foreach (SHIPPED as $prefix => $role) {
        if ($path === $prefix || (str_ends_with($prefix, '/') && str_starts_with($path, $prefix))) {
            return $role;
        }
    }
    return null;
}

/** The <dir>/<file> tree for $files (path => role), indented by $depth. */
function render(array $tree, int $depth): string
{
    $pad = str_repeat(' ', $depth);
    $out = '';
    ksort($tree, SORT_STRING);
    foreach ($tree as $name => $node) {
        if (is_array($node)) {
            $out .= "$pad<dir name=\"$name\">\n" . render($node, $depth + 1) . "$pad</dir>\n";
        } else {
            $out .= "$pad<file name=\"$name\" role=\"$node\"/>\n";
        }
    }
    return $out;
}

exec('git ls-files', $paths, $status);
if ($status !== 0) {
    fwrite(STDERR, "git ls-files failed\n");
    exit(2);
}
$tree = [];
foreach ($paths as $path) {
    if (($role = role_of($path)) === null) {
        continue;
    }
    $node = &$tree;
    $parts = explode('/', $path);
    $file = array_pop($parts);
    foreach ($parts as $dir) {
        $node = &$node[$dir];
    }
    $node[$file] = $role;
    unset($node);
}
$contents = " <contents>\n  <dir name=\"/\">\n" . render($tree, 3) . "  </dir>\n </contents>";
$xml = file_get_contents('package.xml');
$updated = preg_replace('#^ <contents>.*?^ </contents>#ms', $contents, $xml, 1);
if (in_array('--check', $argv, true)) {
    if ($updated !== $xml) {
        fwrite(STDERR, "package.xml does not list the shipped files: run php scripts/package-contents.php\n");
        exit(1);
    }
    echo "package.xml lists every shipped file\n";
    exit(0);
}
file_put_contents('package.xml', $updated);
