--TEST--
validateAddress() with the default 'php' pattern agrees with filter_var(FILTER_VALIDATE_EMAIL) over generated addresses near the plain form (the engine's fast check must never accept what PHP refuses)
--EXTENSIONS--
smtp
--FILE--
<?php
use PHPMailer\PHPMailer\PHPMailer;

// Pieces on each edge of the plain form: atext and other bytes, dots, hyphens,
// 8-bit bytes, line breaks, long runs near the 63 and 64 byte limits.
$pieces = ['.', '-', '_', '+', '!', '~', '9', '"', '\\', ' ', '(', '[', ']', ':', "\xc3\xa9", "\n", '@', 'xn--',
    str_repeat('b', 62), str_repeat('c', 30)];
$make = function (int $n) use ($pieces): string {
    $s = '';
    for ($k = 0; $k < $n; $k++) {
        // Mostly letters, so that many of the results are plainly valid.
        $s .= mt_rand(0, 2) ? chr(mt_rand(0, 1) ? mt_rand(97, 122) : mt_rand(65, 90)) : $pieces[mt_rand(0, count($pieces) - 1)];
    }
    return $s;
};
mt_srand(2920);
$disagree = [];
$valid = 0;
for ($i = 0; $i < 20000; $i++) {
    $address = $make(mt_rand(0, 8)) . '@' . $make(mt_rand(1, 6)) . '.' . $make(mt_rand(1, 4));
    if (mt_rand(0, 9) === 0) {
        $address = str_repeat('d', mt_rand(50, 70)) . $address;
    }
    $want = filter_var($address, FILTER_VALIDATE_EMAIL) !== false;
    $valid += $want;
    if (PHPMailer::validateAddress($address, 'php') !== $want) {
        $disagree[] = $address;
    }
}
echo $valid > 1000 ? "many valid\n" : "few valid: $valid\n";
var_dump(array_slice($disagree, 0, 5));
?>
--EXPECT--
many valid
array(0) {
}
