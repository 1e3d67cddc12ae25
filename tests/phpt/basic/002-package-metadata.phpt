--TEST--
The PECL (package.xml) and PIE (composer.json) metadata agree with the module: name, version, PHP minimum, configure options
--EXTENSIONS--
smtp
--FILE--
<?php
$root = dirname(__DIR__, 3);
// package.xml is read with patterns: the simplexml extension is not loaded under -n.
$xml = file_get_contents("$root/package.xml");
$tag = fn (string $path) => preg_match('#<' . implode('>\s*(?:<[^>]*>[^<]*</[^>]*>\s*)*<', explode('/', $path))
    . '(?:\s[^>]*)?>([^<]*)<#', $xml, $mm) ? $mm[1] : null;
$composer = json_decode(file_get_contents("$root/composer.json"), true, 512, JSON_THROW_ON_ERROR);
$m4 = file_get_contents("$root/config.m4");

preg_match_all('/PHP_ARG_(ENABLE|WITH)\(\[([a-z0-9-]+)\]/', $m4, $m, PREG_SET_ORDER);
$options = array_map(fn ($a) => strtolower($a[1]) . '-' . $a[2], $m);
$checks = [
    'package.xml names the module' => $tag('name') === 'smtp',
    'package.xml release is the module version' => $tag('version/release') === phpversion('smtp'),
    'composer.json is a PHP extension' => $composer['type'] === 'php-ext',
    'composer.json names the module' => $composer['php-ext']['extension-name'] === 'smtp',
    'the PHP minimum is the same' => $composer['require']['php'] === '>=' . preg_replace('/\.0$/', '',
        (string) $tag('php/min')),
    'the licence is the same' => $composer['license'] === $tag('license'),
    'composer.json lists the configure options of config.m4' =>
        array_column($composer['php-ext']['configure-options'], 'name') === $options,
];
foreach ($checks as $what => $ok) {
    echo $ok ? 'ok   ' : 'FAIL ', $what, "\n";
}
?>
--EXPECT--
ok   package.xml names the module
ok   package.xml release is the module version
ok   composer.json is a PHP extension
ok   composer.json names the module
ok   the PHP minimum is the same
ok   the licence is the same
ok   composer.json lists the configure options of config.m4
