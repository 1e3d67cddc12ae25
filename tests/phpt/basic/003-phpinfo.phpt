--TEST--
php --ri smtp shows the version, OpenSSL and zlib built with and running, the features compiled in, the provisioning state and every smtp.* setting
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/php.inc';

/** `php --ri smtp` with $ini: its tables, each a list of "name" => "value" (the ini table's values as "local => master"). */
function ri(array $ini): array
{
    $cmd = smtp_test_php_command($ini);
    $cmd[] = '--ri';
    $cmd[] = 'smtp';
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    $out = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    if (proc_close($proc) !== 0) {
        exit("php --ri smtp failed:\n$out");
    }
    $tables = [];
    foreach (preg_split('/\n\n+/', trim($out)) as $block) {
        $rows = [];
        foreach (explode("\n", $block) as $line) {
            [$name, $value] = explode(' => ', $line, 2) + [1 => null];
            $rows[$name] = $value;
        }
        $tables[] = $rows;
    }
    return $tables;
}

/** The first table that has a row $name. */
function table(array $tables, string $name): array
{
    foreach ($tables as $rows) {
        if (array_key_exists($name, $rows)) {
            return $rows;
        }
    }
    return [];
}

$tables = ri(['smtp.default_api' => 7]);
$module = table($tables, 'smtp support');
$features = table($tables, 'Feature');
$provision = table($tables, 'PHPMailer classes');
$settings = table($tables, 'Directive');
$version = '/^\d+\.\d+(\.\d+)*/';
$checks = [
    'module: enabled' => ($module['smtp support'] ?? null) === 'enabled',
    'module: the version is the module\'s' => ($module['Version'] ?? null) === phpversion('smtp'),
    'module: the PHPMailer API versions' => preg_match('/^5\.2\.\d+, 6\.\d+\.\d+, 7\.\d+\.\d+$/', $module['PHPMailer API'] ?? ''),
    'module: OpenSSL built with' => preg_match('/^OpenSSL \d+\.\d+\.\d+/', $module['OpenSSL (built with)'] ?? ''),
    'module: OpenSSL running' => preg_match('/^OpenSSL \d+\.\d+\.\d+/', $module['OpenSSL (running)'] ?? ''),
    'module: zlib built with' => preg_match($version, $module['zlib (built with)'] ?? ''),
    'module: zlib running' => preg_match($version, $module['zlib (running)'] ?? ''),
    'features: a table of them' => ($features['Feature'] ?? null) === 'Compiled in',
    'features: thread safety as PHP\'s' => ($features['Thread safety'] ?? null) === (PHP_ZTS ? 'enabled (ZTS)' : 'disabled (NTS)'),
    'features: debug build as PHP\'s' => ($features['Debug build'] ?? null) === (PHP_DEBUG ? 'yes' : 'no'),
    'features: TLS with verification' => str_contains($features['TLS'] ?? '', 'verified by default'),
    'features: PHPMailer\'s AUTH mechanisms' => !array_diff(['PLAIN', 'LOGIN', 'CRAM-MD5', 'XOAUTH2'],
        explode(', ', $features['SMTP AUTH'] ?? '')),
    'features: PHPMailer\'s transports' => !array_diff(['smtp', 'mail', 'sendmail', 'qmail'],
        explode(', ', $features['Transports'] ?? '')),
];
foreach (['ESMTP extensions', 'DKIM signing', 'S/MIME signing', 'POP3', 'SIMD'] as $row) {
    $checks["features: $row"] = ($features[$row] ?? '') !== '';
}
$checks += [
    'provisioning: the mode' => ($provision['PHPMailer classes'] ?? null) === 'provided (smtp.classes=auto)',
    'provisioning: the recognised 5.2 sources' => str_contains($provision['Recognised: PHPMailer 5.2.22 to 5.2.28'] ?? '', 'class.phpmailer.php'),
    'provisioning: the recognised 6.x sources' => str_contains($provision['Recognised: PHPMailer 6.x'] ?? '', 'PHPMailer.php'),
    'provisioning: the recognised 7.x sources' => str_contains($provision['Recognised: PHPMailer 7.x'] ?? '', 'PHPMailer.php'),
    'provisioning: the fallback API as set' => ($provision['Fallback API'] ?? null) === '7',
    'provisioning: nothing provided yet' => str_starts_with($provision['Provided in this process'] ?? '', '0: '),
    'provisioning: the kill switch shows' => (table(ri(['smtp.classes' => 'off']), 'PHPMailer classes')['PHPMailer classes']
        ?? null) === 'not provided (smtp.classes=off)',
    'settings: a table of them' => ($settings['Directive'] ?? null) === 'Local Value => Master Value',
];
foreach (ini_get_all('smtp') as $name => $entry) {
    // An empty value shows as PHP shows it: "no value".
    $value = fn($v) => $v === '' || $v === null ? 'no value' : $v;
    $shown = $name === 'smtp.default_api' ? '7 => 7' : "{$value($entry['local_value'])} => {$value($entry['global_value'])}";
    // Boolean settings are shown as PHP shows them, On and Off.
    $as_bool = strtr($shown, ['1' => 'On', '0' => 'Off']);
    $checks["settings: $name"] = in_array($settings[$name] ?? null, [$shown, $as_bool], true);
}
$failed = 0;
foreach ($checks as $what => $ok) {
    if (!$ok) {
        echo "FAIL $what\n";
        $failed++;
    }
}
echo count($checks), " checks, $failed failed\n";
echo count(ini_get_all('smtp')) >= 3 ? "smtp.* settings found\n" : "no smtp.* settings?\n";
if ($failed) {
    print_r($tables);
}
?>
--EXPECTF--
%d checks, 0 failed
smtp.* settings found
