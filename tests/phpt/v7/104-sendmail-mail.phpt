--TEST--
PHPMailer 7.x sendmail and mail(): sendmail_path's -f/-t/-i/-oi parsed by isSendmail()/isQmail(), the "Sendmail -f<Sender> -i -t" command, no -f from mail() when sendmail_path has one, SingleTo callbacks through parseAddresses($to, null), an empty Mailer; 6.x unchanged
--DESCRIPTION--
No PHPMailer 7.x is installed to compare with: the expectations are written
from 7.1.1's source. isSendmail()/isQmail() set Sendmail to
parseSendmailPath(sendmail_path, or the usual binary when it does not name
the program): the first word, then every word but -i, -oi, -t and -f
(whose address, glued or the next word unless that starts with "-",
becomes Sender). sendmailSend() runs trim(escapeshellcmd(Sendmail) .
' -f<Sender>' (valid and shell-safe Sender only) . ' -i -t' (not for
qmail)); mailSend() passes -f<Sender> to mail() only when sendmail_path has
no " -f"; with SingleTo each recipient is read back with
parseAddresses($to, null, CharSet) and the callback runs per address found.
postSend() uses mailSend() when Mailer is empty. A fake sendmail records
its arguments.
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/php.inc';

// A sendmail that records how it was called: its arguments, then the start of its input.
$dir = smtp_test_temp_dir();
$fake = <<<SH
    #!/bin/sh
    n=\$(ls "$dir"/call-* 2>/dev/null | wc -l)
    { printf 'argv:'; for a in "\$@"; do printf ' [%s]' "\$a"; done; printf '\\n'; head -c 200; } > "$dir/call-\$n"
    cat > /dev/null
    SH;
foreach (['fake-sendmail', 'fake-qmail-inject'] as $name) {
    file_put_contents("$dir/$name", $fake . "\n");
    chmod("$dir/$name", 0700);
}

/** Runs $code with the 7.x API and sendmail_path; prints its output and what the fake was called with. */
function run(string $title, string $sendmail_path, string $code): void
{
    global $dir;
    echo "-- $title\n   sendmail_path=", str_replace($dir, 'DIR', $sendmail_path), "\n";
    [$status, $out] = smtp_test_php("<?php\n" . <<<'PHP'
        use PHPMailer\PHPMailer\PHPMailer;
        set_error_handler(function (int $no, string $str): bool {
            echo '   [', $no === E_USER_NOTICE ? 'E_USER_NOTICE' : $no, '] ', $str, "\n";
            return true;
        });
        function message(string $class = PHPMailer::class): PHPMailer|Smtp\Engine\MailerBase
        {
            $m = new $class();
            $m->setFrom('from@example.com', 'From');
            $m->addAddress('to@example.com', 'To');
            $m->Subject = 'Subject';
            $m->Body = 'Body';
            $m->action_function = function ($sent, $to, $cc, $bcc) {
                echo '   callback: ', json_encode([$sent, $to]), "\n";
            };
            return $m;
        }
        PHP . $code, ['smtp.default_api' => 7, 'sendmail_path' => $sendmail_path]);
    echo str_replace($dir, 'DIR', $out), $status ? "   exit $status\n" : '';
    $calls = glob("$dir/call-*");
    natsort($calls);
    foreach ($calls as $call) {
        $text = file_get_contents($call);
        echo '   ', str_replace($dir, 'DIR', strtok($text, "\n")), "\n";
        if (preg_match('/^To: .*$/m', $text, $m)) {
            echo '   ', rtrim($m[0]), "\n";
        }
        unlink($call);
    }
}

$show = <<<'PHP'
    $m = new PHPMailer();
    $m->isSendmail();
    echo '   Sendmail=', json_encode($m->Sendmail, JSON_UNESCAPED_SLASHES), ' Sender=', json_encode($m->Sender), "\n";
    $m->isQmail();
    echo '   qmail: Sendmail=', json_encode($m->Sendmail, JSON_UNESCAPED_SLASHES), ' Sender=', json_encode($m->Sender), "\n";
    PHP;
run('isSendmail() parses -f, -i, -oi and -t out of sendmail_path (7.x), keeps the rest', "$dir/fake-sendmail -t -i -f bounce@example.com -X /var/log/mail.log", $show);
run('-f glued to its address, -oi', "  $dir/fake-sendmail  -oi -fbounce@example.com  ", $show);
run('-f followed by an option: no address', "$dir/fake-sendmail -f -oi", $show);
run('a sendmail_path not naming sendmail: the usual binaries', '/bin/cat', $show);

$send = <<<'PHP'
    $m = message();
    $m->isSendmail();
    var_dump($m->send());
    $m = message();
    $m->isSendmail();
    $m->Sender = "o'brien@example.com"; // a valid address, but not shell-safe
    var_dump($m->send());
    $m = message(Smtp\Engine\PHPMailer6::class);
    $m->isSendmail();
    var_dump($m->send());
    PHP;
run('the command: Sendmail -f<Sender> -i -t (7.x); without -f for an unusable Sender; 6.x: -oi -f<Sender> -t', "$dir/fake-sendmail -t -i -f bounce@example.com", $send);
$qmail = <<<'PHP'
    $m = message();
    $m->isQmail();
    var_dump($m->send());
    PHP;
run('qmail gets -f<Sender> only', "$dir/fake-qmail-inject", $qmail);

$mail = <<<'PHP'
    $m = message();
    var_dump($m->send());
    $m = message(Smtp\Engine\PHPMailer6::class);
    var_dump($m->send());
    PHP;
run('mail(): 7.x adds no -f when sendmail_path has " -f" (6.x does)', "$dir/fake-sendmail -t -i -f bounce@example.com", $mail);
run('mail(): -f<Sender> otherwise', "$dir/fake-sendmail -t -i", $mail);

$single = <<<'PHP'
    foreach (['isMail', 'isSendmail'] as $how) {
        $m = message();
        $m->$how();
        $m->addAddress('other@example.com', 'Other, Name');
        $m->SingleTo = true;
        echo "   $how:\n";
        var_dump($m->send());
    }
    echo "   6.x isMail:\n";
    $m = message(Smtp\Engine\PHPMailer6::class);
    $m->addAddress('other@example.com', 'Other, Name');
    $m->SingleTo = true;
    var_dump($m->send());
    PHP;
run('SingleTo: each recipient parsed with parseAddresses($to, null) for the callback (7.x; the notice of its simple parser, one call per address found)', "$dir/fake-sendmail -t -i", $single);

$empty = <<<'PHP'
    $m = message();
    $m->Mailer = '';
    var_dump($m->send());
    PHP;
run('an empty Mailer sends with mail() (7.x)', "$dir/fake-sendmail -t -i", $empty);

unlink("$dir/fake-sendmail");
unlink("$dir/fake-qmail-inject");
rmdir($dir);
?>
===DONE===
--EXPECT--
-- isSendmail() parses -f, -i, -oi and -t out of sendmail_path (7.x), keeps the rest
   sendmail_path=DIR/fake-sendmail -t -i -f bounce@example.com -X /var/log/mail.log
   Sendmail="DIR/fake-sendmail -X /var/log/mail.log" Sender="bounce@example.com"
   qmail: Sendmail="/var/qmail/bin/qmail-inject" Sender="bounce@example.com"
-- -f glued to its address, -oi
   sendmail_path=  DIR/fake-sendmail  -oi -fbounce@example.com  
   Sendmail="DIR/fake-sendmail" Sender="bounce@example.com"
   qmail: Sendmail="/var/qmail/bin/qmail-inject" Sender="bounce@example.com"
-- -f followed by an option: no address
   sendmail_path=DIR/fake-sendmail -f -oi
   Sendmail="DIR/fake-sendmail" Sender=""
   qmail: Sendmail="/var/qmail/bin/qmail-inject" Sender=""
-- a sendmail_path not naming sendmail: the usual binaries
   sendmail_path=/bin/cat
   Sendmail="/usr/sbin/sendmail" Sender=""
   qmail: Sendmail="/var/qmail/bin/qmail-inject" Sender=""
-- the command: Sendmail -f<Sender> -i -t (7.x); without -f for an unusable Sender; 6.x: -oi -f<Sender> -t
   sendmail_path=DIR/fake-sendmail -t -i -f bounce@example.com
   callback: [true,[["to@example.com","To"]]]
bool(true)
   callback: [true,[["to@example.com","To"]]]
bool(true)
   callback: [true,[["to@example.com","To"]]]
bool(true)
   argv: [-fbounce@example.com] [-i] [-t]
   To: To <to@example.com>
   argv: [-i] [-t]
   To: To <to@example.com>
   argv: [-t] [-i] [-f] [bounce@example.com] [-oi] [-ffrom@example.com] [-t]
   To: To <to@example.com>
-- qmail gets -f<Sender> only
   sendmail_path=DIR/fake-qmail-inject
   callback: [true,[["to@example.com","To"]]]
bool(true)
   argv: [-ffrom@example.com]
   To: To <to@example.com>
-- mail(): 7.x adds no -f when sendmail_path has " -f" (6.x does)
   sendmail_path=DIR/fake-sendmail -t -i -f bounce@example.com
   callback: [true,[["to@example.com","To"]]]
bool(true)
   callback: [true,[["to@example.com","To"]]]
bool(true)
   argv: [-t] [-i] [-f] [bounce@example.com]
   To: To <to@example.com>
   argv: [-t] [-i] [-f] [bounce@example.com] [-ffrom@example.com]
   To: To <to@example.com>
-- mail(): -f<Sender> otherwise
   sendmail_path=DIR/fake-sendmail -t -i
   callback: [true,[["to@example.com","To"]]]
bool(true)
   callback: [true,[["to@example.com","To"]]]
bool(true)
   argv: [-t] [-i] [-ffrom@example.com]
   To: To <to@example.com>
   argv: [-t] [-i] [-ffrom@example.com]
   To: To <to@example.com>
-- SingleTo: each recipient parsed with parseAddresses($to, null) for the callback (7.x; the notice of its simple parser, one call per address found)
   sendmail_path=DIR/fake-sendmail -t -i
   isMail:
   [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
   callback: [true,[["to@example.com","To"]]]
   [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
   callback: [true,[["other@example.com","Name"]]]
bool(true)
   isSendmail:
   [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
   callback: [true,[["to@example.com","To"]]]
   [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
   callback: [true,[["other@example.com","Name"]]]
bool(true)
   6.x isMail:
   callback: [true,[["to@example.com","To"]]]
   callback: [true,[["other@example.com","Name"]]]
bool(true)
   argv: [-t] [-i] [-ffrom@example.com]
   To: To <to@example.com>
   argv: [-t] [-i] [-ffrom@example.com]
   To: "Other, Name" <other@example.com>
   argv: [-ffrom@example.com] [-i] [-t]
   To: To <to@example.com>
   argv: [-ffrom@example.com] [-i] [-t]
   To: "Other, Name" <other@example.com>
   argv: [-t] [-i] [-ffrom@example.com]
   To: To <to@example.com>
   argv: [-t] [-i] [-ffrom@example.com]
   To: "Other, Name" <other@example.com>
-- an empty Mailer sends with mail() (7.x)
   sendmail_path=DIR/fake-sendmail -t -i
   callback: [true,[["to@example.com","To"]]]
bool(true)
   argv: [-t] [-i] [-ffrom@example.com]
   To: To <to@example.com>
===DONE===
