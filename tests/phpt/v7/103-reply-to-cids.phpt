--TEST--
PHPMailer 7.x keeps $ReplyTo as a list (duplicates found case-insensitively) and names msgHTML()'s content ids after the From domain; 6.x unchanged
--DESCRIPTION--
No PHPMailer 7.x is installed to compare with: the expectations are written
from 7.1.1's source. addAnAddress('Reply-To', ...) refuses an address
strcasecmp()-equal to one listed and appends [address, name] to $ReplyTo;
msgHTML() uses the part after the last "@" of From as the domain of its
"<sha256 prefix>@domain" content ids when filter_var(From,
FILTER_VALIDATE_EMAIL) accepts it, "phpmailer.0" otherwise.
--EXTENSIONS--
smtp
--SKIPIF--
<?php if (!function_exists('idn_to_ascii') || !extension_loaded('mbstring')) die('skip intl and mbstring needed (tests/phpt.sh loads them)'); ?>
--INI--
smtp.default_api=7
--FILE--
<?php
use PHPMailer\PHPMailer\PHPMailer;

echo "-- Reply-To: a list in the order added (7.x); 6.x keys it by the lower-cased address\n";
foreach ([PHPMailer::class, Smtp\Engine\PHPMailer6::class] as $class) {
    $m = new $class();
    $m->isSMTP();
    var_dump($m->addReplyTo('Ann@Example.com', 'Ann'), $m->addReplyTo('ann@example.COM', 'Duplicate'),
        $m->addReplyTo('bob@example.com'), $m->addReplyTo("carl@ex\u{e4}mple.com", 'Carl'));
    $m->setFrom('from@example.com');
    $m->addAddress('to@example.com');
    $m->Body = 'Hello';
    $m->preSend();
    echo $class, ': ', json_encode($m->getReplyToAddresses(), JSON_UNESCAPED_UNICODE), "\n";
    preg_match('/^Reply-To: .*$/m', $m->getSentMIMEMessage(), $match);
    echo '  ', rtrim($match[0]), "\n";
    $m->clearReplyTos();
    var_dump($m->getReplyToAddresses());
}

echo "-- msgHTML(): content ids end in the From domain when From is a valid address (7.x), else in phpmailer.0\n";
$dir = sys_get_temp_dir() . '/smtp-cid-' . getmypid();
@mkdir("$dir/img", 0700, true);
file_put_contents("$dir/img/logo.png", base64_decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='));
$html = '<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="> <img src="img/logo.png"></p>';
foreach ([
    [PHPMailer::class, 'sender@mail.example.org'],
    [PHPMailer::class, ''],
    [PHPMailer::class, 'not an address'],
    [Smtp\Engine\PHPMailer6::class, 'sender@mail.example.org'],
] as [$class, $from]) {
    $m = new $class();
    $m->From = $from;
    $m->msgHTML($html, $dir);
    preg_match_all('/cid:([^"]+)/', $m->Body, $refs);
    echo $class, ' From ', json_encode($from), ":\n  body: ", implode(' ', $refs[1]), "\n  parts: ",
        implode(' ', array_map(fn ($a) => $a[7], $m->getAttachments())), "\n";
}
unlink("$dir/img/logo.png");
rmdir("$dir/img");
rmdir($dir);
?>
===DONE===
--EXPECT--
-- Reply-To: a list in the order added (7.x); 6.x keys it by the lower-cased address
bool(true)
bool(false)
bool(true)
bool(true)
PHPMailer\PHPMailer\PHPMailer: [["Ann@Example.com","Ann"],["bob@example.com",""],["carl@xn--exmple-jha71c.com","Carl"]]
  Reply-To: Ann <Ann@Example.com>, bob@example.com, Carl <carl@xn--exmple-jha71c.com>
array(0) {
}
bool(true)
bool(false)
bool(true)
bool(true)
Smtp\Engine\PHPMailer6: {"ann@example.com":["Ann@Example.com","Ann"],"bob@example.com":["bob@example.com",""],"carl@xn--exmple-jha71c.com":["carl@xn--exmple-jha71c.com","Carl"]}
  Reply-To: Ann <Ann@Example.com>, bob@example.com, Carl <carl@xn--exmple-jha71c.com>
array(0) {
}
-- msgHTML(): content ids end in the From domain when From is a valid address (7.x), else in phpmailer.0
PHPMailer\PHPMailer\PHPMailer From "sender@mail.example.org":
  body: bb229a48bee31f5d54ca12dc9bd960c6@mail.example.org b6317eb3bb22c5c7871b67a460bcb8f4@mail.example.org
  parts: bb229a48bee31f5d54ca12dc9bd960c6@mail.example.org b6317eb3bb22c5c7871b67a460bcb8f4@mail.example.org
PHPMailer\PHPMailer\PHPMailer From "":
  body: bb229a48bee31f5d54ca12dc9bd960c6@phpmailer.0 b6317eb3bb22c5c7871b67a460bcb8f4@phpmailer.0
  parts: bb229a48bee31f5d54ca12dc9bd960c6@phpmailer.0 b6317eb3bb22c5c7871b67a460bcb8f4@phpmailer.0
PHPMailer\PHPMailer\PHPMailer From "not an address":
  body: bb229a48bee31f5d54ca12dc9bd960c6@phpmailer.0 b6317eb3bb22c5c7871b67a460bcb8f4@phpmailer.0
  parts: bb229a48bee31f5d54ca12dc9bd960c6@phpmailer.0 b6317eb3bb22c5c7871b67a460bcb8f4@phpmailer.0
Smtp\Engine\PHPMailer6 From "sender@mail.example.org":
  body: bb229a48bee31f5d54ca12dc9bd960c6@phpmailer.0 b6317eb3bb22c5c7871b67a460bcb8f4@phpmailer.0
  parts: bb229a48bee31f5d54ca12dc9bd960c6@phpmailer.0 b6317eb3bb22c5c7871b67a460bcb8f4@phpmailer.0
===DONE===
