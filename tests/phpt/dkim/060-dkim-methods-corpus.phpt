--TEST--
DKIM_QP, DKIM_HeaderC, DKIM_BodyC, DKIM_Sign and DKIM_Add give PHPMailer's bytes on a corpus of awkward inputs
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/dkim.inc'; dkim_test_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../inc/dkim.inc';

/*
 * Inputs built from the pieces that hit the quirks: breaks of every kind
 * (bare CR and LF inside CRLF-separated headers), blanks, colons, empty
 * names, continuation lines, '|', ';', '=', 8-bit bytes, NUL, "0".
 */
mt_srand(20250401);
$pick = fn(array $a) => $a[mt_rand(0, count($a) - 1)];
$pieces = ["\r", "\n", "\r\n", ' ', "\t", ':', 'a', 'Bc', "\x00", "\xc3\xa9", "\xff", '0', '|', ';', '=',
    'x@y.test', 'subject', str_repeat('long', 25)];
$text = function (int $max) use ($pick, $pieces) {
    $s = '';
    for ($n = mt_rand(0, $max); $n > 0; $n--) {
        $s .= $pick($pieces);
    }
    return $s;
};
$strings = ['', '0', "\r\n", "a \t\r\n\r\n\n", "From: a\r\n\tb  c \r\n"];
for ($i = 0; $i < 400; $i++) {
    $strings[] = $text(12);
}
$names = ['From', 'to', 'CC', 'Subject', 'X-Custom', 'X-Other', '', 'Reply-To', 'message-id', 'Content-Type',
    'X Bad', "X-\xc3\xa4"];
$cases = [];
for ($i = 0; $i < 120; $i++) {
    $le = $pick(["\r\n", "\n"]);
    $lines = [];
    for ($n = mt_rand(0, 8); $n > 0; $n--) {
        $kind = mt_rand(0, 9);
        $lines[] = $kind < 6 ? $pick($names) . $pick([': ', ':', ' : ', ":\t"]) . $text(4)
            : ($kind < 8 ? $pick([' ', "\t"]) . $text(3) : $text(3));
    }
    $cases[] = [
        'le' => $le,
        'headers' => implode(mt_rand(0, 4) ? $le : $pick(["\r\n", "\n"]), $lines) . (mt_rand(0, 3) ? $le : ''),
        'subject' => $text(3),
        'body' => $text(10),
        'copy' => (bool) mt_rand(0, 1),
        'identity' => $pick(['', 'id@example.test', null]),
        'extra' => $pick([[], ['X-Custom'], ['X-Custom', '', 'X-Other']]),
        'custom' => $pick([[], [['X-Custom', 'v']], [['', 'x'], ['X-Other', 'y']]]),
        'domain' => $pick(['example.test', "d\r\nx"]),
    ];
}

// The same code on both sides; CLASS is the native class or the oracle's.
$code = <<<'PHP'
    $mail = new CLASS();
    $out = ['qp' => [], 'header' => [], 'body' => [], 'sign' => [], 'add' => []];
    foreach ($vars['strings'] as $s) {
        $out['qp'][] = $mail->DKIM_QP($s);
        $out['header'][] = $mail->DKIM_HeaderC($s);
        $out['body'][] = $mail->DKIM_BodyC($s);
    }
    $mail->DKIM_private_string = file_get_contents($vars['key']);
    foreach (array_slice($vars['strings'], 0, 20) as $s) {
        $out['sign'][] = $mail->DKIM_Sign($s);
    }
    foreach ($vars['cases'] as $i => $c) {
        CLASS::useLE($c['le']);
        $mail = new CLASS();
        $mail->DKIM_domain = $c['domain'];
        $mail->DKIM_selector = 'sel';
        $mail->DKIM_private_string = file_get_contents($vars['key']);
        $mail->DKIM_copyHeaderFields = $c['copy'];
        $mail->DKIM_identity = $c['identity'];
        $mail->DKIM_extraHeaders = $c['extra'];
        foreach ($c['custom'] as [$name, $value]) {
            $mail->addCustomHeader($name, $value);
        }
        if (isset($vars['times'])) {
            $GLOBALS['dkim_test_time'] = $vars['times'][$i];
        }
        $out['add'][] = $mail->DKIM_Add($c['headers'], $c['subject'], $c['body']);
    }
    return $out;
PHP;

class NativeMailer extends PHPMailer\PHPMailer\PHPMailer
{
    public static function useLE($le)
    {
        static::setLE($le);
    }
}

$vars = ['strings' => $strings, 'cases' => $cases, 'key' => dkim_test_key('dkim-rsa')['key']];
$native = (static function (array $vars) use ($code) {
    return eval(str_replace('CLASS', 'NativeMailer', $code));
})($vars);
$vars['times'] = array_map('dkim_test_time', $native['add']);
$oracle = dkim_oracle(str_replace('CLASS', 'Oracle612', $code), $vars, 0);

foreach ($native as $what => $results) {
    $differ = array_keys(array_filter($results, fn($r, $i) => $r !== $oracle[$what][$i], ARRAY_FILTER_USE_BOTH));
    printf("%s: %d of %d identical\n", $what, count($results) - count($differ), count($results));
    foreach (array_slice($differ, 0, 1) as $i) {
        echo "  #$i: ", json_encode($results[$i]), "\n  oracle: ", json_encode($oracle[$what][$i]), "\n";
    }
}
// Some of the fields carry real signatures and copied headers.
var_dump(count(preg_grep('/ z=/', $native['add'])) > 10, count(preg_grep('/ b=[A-Za-z0-9+\/]{73}\r?\n /', $native['add'])) > 100);
?>
--EXPECT--
qp: 405 of 405 identical
header: 405 of 405 identical
body: 405 of 405 identical
sign: 20 of 20 identical
add: 120 of 120 identical
bool(true)
bool(true)
