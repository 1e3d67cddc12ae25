--TEST--
A PHPMailer 7.1.1 as its files declare it (a skeleton of every member of the 7.1.1 Reflection dump, and its privates) is provided natively by Smtp\Engine\PHPMailer7/SMTP7; the 7.x API sends through Postfix next to a 6.x object in the same process
--DESCRIPTION--
The skeleton's PHPMailer declares sign() and the DKIM_* methods too (the
engine has them since the signing work was merged; without them the file
would not be recognised as stock and this test fails). No PHPMailer
7.x is installed to compare with: what a 7.x message looks like is written
from 7.1.1's source (static setLanguage()/lang(), parseAddresses() without
IMAP and its notice, $ReplyTo as a list, the Date from a DateTimeInterface,
X-Mailer with VERSION).
--EXTENSIONS--
smtp
--SKIPIF--
<?php
require __DIR__ . '/../inc/servers.inc';
smtp_test_skipif('postfix_plain');
if (!is_dir('/usr/share/php/libphp-phpmailer/language')) {
    echo 'skip Debian libphp-phpmailer needed';
}
?>
--FILE--
<?php
require __DIR__ . '/../inc/php.inc';
require __DIR__ . '/../inc/skeleton.inc';

/*
 * A PHPMailer 7.1.1 as its files declare it: every class member of the
 * Reflection dump, with empty bodies, plus the stock private members, in
 * src/PHPMailer.php, src/SMTP.php and src/Exception.php of a temporary
 * copy. Stock PHPMailer is recognised by its declarations, so the extension
 * compiles each file as a subclass of its 7.x engine class.
 */
$dump = api_dump('7.1.1');
$root = smtp_test_temp_dir();
mkdir("$root/src");
$files = [
    'PHPMailer' => [
        'private function mailPassthru($to, $subject, $body, $header, $params)',
        'private function parseSendmailPath($sendmailPath)',
        'private static function parseEmailString($input)',
        'private static function sanitiseDate($date)',
        'private function getSmtpErrorMessage($base_key)',
    ],
    'SMTP' => ['private function iterateLines($s)'],
    'Exception' => [],
];
foreach ($files as $short => $privates) {
    file_put_contents("$root/src/$short.php", "<?php\n\nnamespace PHPMailer\\PHPMailer;\n\n"
        . skeleton_class($short, $dump[$short], $privates));
}

$inc = __DIR__ . '/../inc';
$describe = smtp_test_describe_classes_code();
$code = <<<PHP
    <?php
    require '$inc/mailer.inc';
    require_once '$root/src/Exception.php';
    require_once '$root/src/SMTP.php';
    require_once '$root/src/PHPMailer.php';
    $describe
    PHP . <<<'PHP'

    use PHPMailer\PHPMailer\PHPMailer;

    $r = new ReflectionClass(PHPMailer::class);
    echo 'parent ', $r->getParentClass()->getName(), ', file src/', basename($r->getFileName()), "\n";

    // The 7.x API: static language methods, parseAddresses() without IMAP.
    $lang = '/usr/share/php/libphp-phpmailer/language/';
    var_dump(PHPMailer::setLanguage('de', $lang));
    class Site extends PHPMailer
    {
        public static function text($key)
        {
            return static::lang($key);
        }
    }
    echo Site::text('invalid_address'), '| ', Site::text('imap_recommended'), "\n";
    set_error_handler(function (int $no, string $str): bool {
        echo "[E_USER_NOTICE] $str\n";
        return $no === E_USER_NOTICE;
    });
    $list = PHPMailer::parseAddresses('Anna Example <anna@example.test>, "Doe, John" <john@example.test>');
    restore_error_handler();
    echo json_encode($list), "\n";

    // A 7.x message and a 6.x one, both through Postfix, in the same process.
    $token7 = smtp_test_token();
    $token6 = smtp_test_token();
    $mail7 = smtp_test_mailer('postfix_plain');
    $mail6 = new Smtp\Engine\PHPMailer6(true);
    foreach (['Host', 'Port', 'SMTPSecure', 'SMTPOptions', 'Mailer'] as $setting) {
        $mail6->$setting = $mail7->$setting;
    }
    var_dump($mail6->setLanguage('fr', $lang));
    foreach ([7 => [$mail7, $token7], 6 => [$mail6, $token6]] as $v => [$mail, $token]) {
        $mail->setFrom('sender@example.test', 'Sender');
        try {
            $mail->addAddress('not an address');
        } catch (\PHPMailer\PHPMailer\Exception $e) {
            echo "$v.x error: ", $e->getMessage(), "\n";
        }
        $mail->addAddress("$token@example.test");
        $mail->addReplyTo('Reply@Example.test');
        $mail->addReplyTo('reply@example.TEST');
        $mail->MessageDate = new DateTimeImmutable('2025-04-01 10:00:00', new DateTimeZone('Europe/Berlin'));
        if ($v === 6) {
            $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0200';
        }
        $mail->XMailer = '';
        $mail->Subject = "PHPMailer $v";
        $mail->Body = "Sent by the $v.x API.";
        var_dump($mail->send());
        echo "$v.x Reply-To: ", json_encode($mail->getReplyToAddresses()), "\n";
    }
    foreach ([7 => $token7, 6 => $token6] as $v => $token) {
        $msg = smtp_test_parse_message(smtp_test_wait_message($token));
        foreach (['Subject', 'Date', 'X-Mailer', 'Reply-To'] as $name) {
            echo "$v.x $name: ", smtp_test_header($msg['headers'], $name), "\n";
        }
        echo "$v.x body: ", trim($msg['mime']['body']), "\n";
    }
    PHP;
[$status, $out] = smtp_test_php($code, [], true, $root);
echo "exit $status\n", str_replace($root, 'ROOT', $out);
smtp_test_remove_dir($root);
?>
===DONE===
--EXPECT--
exit 0
PHPMailer\PHPMailer\PHPMailer: native (Smtp\Engine\PHPMailer7) 7.1.1
PHPMailer\PHPMailer\SMTP: native (Smtp\Engine\SMTP7) 7.1.1
PHPMailer\PHPMailer\Exception: native (Smtp\Engine\Exception)
parent Smtp\Engine\PHPMailer7, file src/PHPMailer.php
bool(true)
Die Adresse ist ungültig: | Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
[E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
[{"name":"Anna Example","address":"anna@example.test"},{"name":"John","address":"john@example.test"}]
bool(true)
7.x error: Die Adresse ist ungültig:  (to): not an address
bool(true)
7.x Reply-To: [["Reply@Example.test",""]]
6.x error: Adresse courriel non valide :  (to): not an address
bool(true)
6.x Reply-To: {"reply@example.test":["Reply@Example.test",""]}
7.x Subject: PHPMailer 7
7.x Date: Tue, 1 Apr 2025 10:00:00 +0200
7.x X-Mailer: PHPMailer 7.1.1 (https://github.com/PHPMailer/PHPMailer)
7.x Reply-To: Reply@Example.test
7.x body: Sent by the 7.x API.
6.x Subject: PHPMailer 6
6.x Date: Tue, 1 Apr 2025 10:00:00 +0200
6.x X-Mailer: PHPMailer 6.12.0 (https://github.com/PHPMailer/PHPMailer)
6.x Reply-To: Reply@Example.test
6.x body: Sent by the 6.x API.
===DONE===
