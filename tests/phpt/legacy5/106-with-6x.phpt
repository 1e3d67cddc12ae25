--TEST--
PHPMailer 5.2 and 6.x in one process: global PHPMailer/SMTP/phpmailerException beside PHPMailer\PHPMailer\*, each with its own line ending, validator, X-Mailer, messages and exception class, both delivering through Postfix
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/legacy5.inc';
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/php.inc';

$dir = legacy5_write(smtp_test_temp_dir());
require "$dir/PHPMailerAutoload.php";
// 6.x from Debian's libphp-phpmailer 6.6.3 sources, substituted too.
require '/usr/share/php/libphp-phpmailer/src/PHPMailer.php';
require '/usr/share/php/libphp-phpmailer/src/SMTP.php';
require '/usr/share/php/libphp-phpmailer/src/Exception.php';

$s = smtp_test_server('postfix_plain');
$mails = ['5.2' => new PHPMailer(), '6.x' => new PHPMailer\PHPMailer\PHPMailer()];
$tokens = [];
foreach ($mails as $gen => $mail) {
    $mail->isSMTP();
    $mail->Host = $s['host'];
    $mail->Port = $s['port'];
    $mail->setFrom('from@example.test');
    $mail->addAddress(($tokens[$gen] = smtp_test_token()) . '@example.test');
    $mail->Subject = "From $gen";
    $mail->Body = "Line one\nLine two";
    $mail->AltBody = 'alternative';
}
foreach ($mails as $gen => $mail) {
    var_dump($mail->send());
}
foreach ($mails as $gen => $mail) {
    $raw = smtp_test_wait_message($tokens[$gen]);
    $msg = smtp_test_parse_message($raw);
    printf("%s: %s, %s, %s line ends, boundary %s, %s\n", $gen, get_class($mail->getSMTPInstance()),
        smtp_test_header($msg['headers'], 'X-Mailer'),
        str_contains($mail->getSentMIMEMessage(), "Line one\r\nLine two") ? 'CRLF' : 'LF',
        preg_match('/boundary="(b1=?_)/', $raw, $m) ? $m[1] : '?',
        str_contains($raw, 'This is a multi-part message in MIME format.') ? 'with preamble' : 'no preamble');
}
// Statics do not leak from one generation to the other.
var_dump(PHPMailer::$validator, PHPMailer\PHPMailer\PHPMailer::$validator, PHPMailer::validateAddress('a@b'),
    PHPMailer\PHPMailer\PHPMailer::validateAddress('a@b'));
// Each throws its own exception class, with its own words.
foreach (['5.2' => 'PHPMailer', '6.x' => 'PHPMailer\PHPMailer\PHPMailer'] as $gen => $class) {
    $mail = new $class(true);
    try {
        $mail->addAddress('nobody');
    } catch (Exception $e) {
        echo "$gen: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
    $mail = new $class();
    $mail->setLanguage('xx');
    echo "$gen: ", count($mail->getTranslations()), " messages\n";
}
smtp_test_remove_dir($dir);
?>
===DONE===
--EXPECT--
bool(true)
bool(true)
5.2: SMTP, PHPMailer 5.2.28 (https://github.com/PHPMailer/PHPMailer), LF line ends, boundary b1_, with preamble
6.x: PHPMailer\PHPMailer\SMTP, PHPMailer 6.6.3 (https://github.com/PHPMailer/PHPMailer), CRLF line ends, boundary b1=_, no preamble
string(4) "auto"
string(3) "php"
bool(true)
bool(false)
5.2: phpmailerException: Invalid address:  (addAnAddress to): nobody
5.2: 19 messages
6.x: PHPMailer\PHPMailer\Exception: Invalid address:  (to): nobody
6.x: 27 messages
===DONE===
