--TEST--
validateAddress() with every pattern, parseAddresses() with both parsers, punyencodeAddress() and the other static helpers, against PHPMailer
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';

$addresses = [
    'user@example.com', 'first.last@example.co.uk', 'user+tag@example.com', 'a@b', 'a@b.c', 'user@[192.168.0.1]',
    'user@[IPv6:2001:db8::1]', 'user@192.168.0.1', '"quoted name"@example.com', '"q\\"x"@example.com',
    'user.@example.com', '.user@example.com', 'us..er@example.com', 'user@-example.com', 'user@example-.com',
    'user@example..com', 'user@', '@example.com', 'user', '', ' ', 'user @example.com', "user@example.com\n",
    "user\r@example.com", "user@exa\rmple.com", 'user@exämple.com', 'üser@example.com', 'user@xn--exmple-cua.com',
    'jöran@müller.de', '用户@例子.广告', str_repeat('a', 64) . '@example.com', str_repeat('a', 65) . '@example.com',
    'a@' . str_repeat('b', 63) . '.com', 'a@' . str_repeat('b', 64) . '.com',
    'a@' . implode('.', array_fill(0, 60, 'abc')) . '.com', 'user@localhost', 'user@123', 'user@example.123',
    '1234 @ local(blah) .machine .example', 'user(comment)@example.com', "user@example.com\x00", 'x@y@z.com',
    'user@ex_ample.com', "o'hara@example.com", 'user%host@example.com', '!#$%&\'*+-/=?^_`{|}~@example.com',
];
$patterns = ['auto', 'pcre', 'pcre8', 'html5', 'php', 'noregex', null];
$lists = [
    'a@example.com', 'Joe <joe@example.com>', 'Joe <joe@example.com>, "Smith, Jane" <jane@example.com>',
    'joe@example.com, bad, <x@example.com>', 'Name With Spaces <a@example.com>;b@example.com', '', ',,',
    '=?utf-8?B?SsO2cmFu?= <j@example.com>', '"Jöran Müller" <jm@example.de>', 'undisclosed-recipients:;',
    'Group: a@example.com, b@example.com;', '<a@example.com>', 'a@example.com (Comment)',
    'Broken <a@example.com', 'x@y@z', "Line\nBreak <lb@example.com>",
];

$scenario = <<<'PHP'
    $P = 'PHPMailer\PHPMailer\PHPMailer';
    $out = [];
    foreach ($vars['patterns'] as $pattern) {
        foreach ($vars['addresses'] as $address) {
            $out['validate'][] = [$pattern, $address, $P::validateAddress($address, $pattern)];
        }
    }
    // A callable validator, and the static $validator default followed.
    $out['callable'] = $P::validateAddress('anything', function ($a) { return strlen($a) > 3; });
    $P::$validator = 'html5';
    $out['static html5'] = array_map([$P, 'validateAddress'], $vars['addresses']);
    $P::$validator = 'php';
    foreach ($vars['lists'] as $list) {
        foreach ([true, false] as $imap) {
            $out['parse'][] = [$list, $imap, $P::parseAddresses($list, $imap, 'utf-8')];
        }
    }
    $out['parse iso'] = $P::parseAddresses('=?iso-8859-1?Q?J=F6ran?= <j@example.com>', false, 'iso-8859-1');
    $mail = new $P();
    $mail->CharSet = 'utf-8';
    foreach ($vars['addresses'] as $address) {
        $out['puny'][] = $mail->punyencodeAddress($address);
    }
    $out['idn'] = $P::idnSupported();
    foreach (['a.pdf', 'A.PDF', 'x.tar.gz', 'file', 'img.JPeG', 'dir/x.csv', 'x.mp4?query=1', '', '.htaccess',
        'noext.', 'ünï.txt'] as $f) {
        $out['type'][] = [$f, $P::filenameToType($f), $P::_mime_types(pathinfo($f, PATHINFO_EXTENSION))];
    }
    foreach (['/a/b/c.txt', 'c.txt', '/a/b/', 'ünï/dàta.tar.gz', 'C:\\dir\\file.doc', '', '.hidden', 'a/b.'] as $p) {
        $out['pathinfo'][] = [$P::mb_pathinfo($p), $P::mb_pathinfo($p, PATHINFO_BASENAME),
            $P::mb_pathinfo($p, 'extension'), $P::mb_pathinfo($p, 'filename'), $P::mb_pathinfo($p, 'dirname')];
    }
    foreach (["a\r\nb\rc\nd", "\r\n\r\n", "x\n", '', "\n\r"] as $t) {
        $out['breaks'][] = [$P::normalizeBreaks($t), $P::normalizeBreaks($t, "\n"), $P::normalizeBreaks($t, '<br>')];
    }
    $out['rfcDate'] = preg_match('/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4}$/',
        $P::rfcDate());
    $out['isValidHost'] = array_map([$P, 'isValidHost'], ['example.com', 'localhost', '127.0.0.1', '[::1]', '::1',
        '-bad.com', 'a..b', str_repeat('a', 256), '', 'exa mple.com', '1.2.3.256', 'münchen.de']);
    $out['LE'] = $mail->getLE();
    $out['quotedString'] = array_map(function ($s) use ($mail) {
        $m = new ReflectionMethod($mail, 'quotedString');
        $m->setAccessible(true);
        return $m->invoke($mail, $s);
    }, ['plain', 'with space', 'a"b', "tab\there", '', 'a(b)', 'a,b', 'a;b']);
    return $out;
PHP;
$vars = ['addresses' => $addresses, 'patterns' => $patterns, 'lists' => $lists];
$native = (static function (array $vars) use ($scenario) { return eval($scenario); })($vars);
$oracle = phpmailer_oracle($scenario, $vars);
$oracle['type'] = array_map(fn ($t) => str_ends_with($t[0], '.csv') ? [$t[0], 'text/csv', 'text/csv'] : $t,
    $oracle['type']); // csv has its own type since 6.6.4
foreach ($native as $group => $values) {
    $n = is_array($values) ? count($values) : 1;
    $bad = is_array($values) ? array_keys(array_filter($values, fn ($v, $k) => $v !== $oracle[$group][$k],
        ARRAY_FILTER_USE_BOTH)) : ($values === $oracle[$group] ? [] : [0]);
    printf("%-13s %4d checked, %s\n", $group, $n, $bad ? count($bad) . ' DIFFER' : 'same as PHPMailer');
    foreach (array_slice($bad, 0, 5) as $k) {
        echo '  PHPMailer: ', json_encode($oracle[$group][$k] ?? $oracle[$group], JSON_UNESCAPED_UNICODE), "\n";
        echo '  native:    ', json_encode(is_array($values) ? $values[$k] : $values, JSON_UNESCAPED_UNICODE), "\n";
    }
}

// 'eai' (6.10+, absent from the oracle): html5's rule with Unicode letters in the local part and domain.
foreach (['jöran@example.test', '用户@例子.广告', 'user@example.com', 'jö ran@example.test', 'a@b', "j\xF6@x.test"] as $a) {
    printf("eai %-24s %s\n", var_export($a, true),
        var_export(PHPMailer\PHPMailer\PHPMailer::validateAddress($a, 'eai'), true));
}
?>
--EXPECT--
validate       322 checked, same as PHPMailer
callable         1 checked, same as PHPMailer
static html5    46 checked, same as PHPMailer
parse           32 checked, same as PHPMailer
parse iso        1 checked, same as PHPMailer
puny            46 checked, same as PHPMailer
idn              1 checked, same as PHPMailer
type            11 checked, same as PHPMailer
pathinfo         8 checked, same as PHPMailer
breaks           5 checked, same as PHPMailer
rfcDate          1 checked, same as PHPMailer
isValidHost     12 checked, same as PHPMailer
LE               1 checked, same as PHPMailer
quotedString     8 checked, same as PHPMailer
eai 'jöran@example.test'    true
eai '用户@例子.广告'   true
eai 'user@example.com'       true
eai 'jö ran@example.test'   false
eai 'a@b'                    true
eai 'j�@x.test'              false
