--TEST--
isSendmail()/isQmail(): PHPMailer's command lines, bytes, results, errors and debug lines, run by a fake sendmail
--EXTENSIONS--
smtp
--SKIPIF--
<?php
// Under valgrind (run-tests -m traces children) the shell that runs the
// sendmail command is valgrind's too, and words its errors differently; the
// engine's side of these sends runs under valgrind in 011-017.
if (getenv('USE_ZEND_ALLOC') === '0') echo "skip the shell's messages differ under valgrind\n";
?>
--INI--
sendmail_path={PWD}/../inc/fake-sendmail.sh
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/transport.inc';

$cases = [
    // Sender from setFrom(): "-oi -f<Sender> -t".
    'sendmail' => ['code' => '$mail->isSendmail(); $mail->Sendmail = $vars["fake"];
        $mail->addAddress("to@example.test", "To"); $mail->addCC("cc@example.test");
        $mail->addBCC("bcc@example.test"); return $mail->send();'],
    // A sender with a "+" is valid but not shell-safe: no -f.
    'sendmail, sender not shell-safe' => ['code' => '$mail->isSendmail(); $mail->Sendmail = $vars["fake"];
        $mail->Sender = "bounce+tag@example.test"; $mail->addAddress("to@example.test");
        return $mail->send();'],
    // No Sender: the sendmail_from ini setting gives it.
    'sendmail, Sender from sendmail_from' => ['code' => 'ini_set("sendmail_from", "ini@example.test");
        $mail->isSendmail(); $mail->Sendmail = $vars["fake"]; $mail->Sender = "";
        $mail->addAddress("to@example.test"); return $mail->send();'],
    'sendmail, no Sender at all' => ['code' => '$mail->isSendmail(); $mail->Sendmail = $vars["fake"];
        $mail->Sender = ""; $mail->addAddress("to@example.test"); return $mail->send();'],
    // qmail-inject: "-f<Sender>" only, "-oi -t" without a sender.
    'qmail' => ['code' => '$mail->isQmail(); $mail->Sendmail = $vars["fake"];
        $mail->addAddress("to@example.test"); return $mail->send();'],
    'qmail, no Sender' => ['code' => '$mail->isQmail(); $mail->Sendmail = $vars["fake"]; $mail->Sender = "";
        $mail->addAddress("to@example.test"); return $mail->send();'],
    // The binary goes through escapeshellcmd(), its arguments stay.
    'Sendmail with arguments and shell characters' => ['code' => '$mail->isSendmail();
        $mail->Sendmail = $vars["fake"] . " -X a;b|c"; $mail->addAddress("to@example.test");
        return $mail->send();'],
    // A failing sendmail: "Could not execute: <Sendmail>", code 2 with exceptions.
    'exit status 1' => ['code' => '$mail->isSendmail(); $mail->Sendmail = $vars["fake"];
        $mail->addAddress("to@example.test"); return $mail->send();', 'exit' => 1],
    'exit status 1, exceptions' => ['code' => '$mail->isSendmail(); $mail->Sendmail = $vars["fake"];
        $mail->addAddress("to@example.test"); return $mail->send();', 'exit' => 1,
        'vars' => ['exceptions' => true]],
    'no such program' => ['code' => '$mail->isSendmail(); $mail->Sendmail = "/nonexistent/sendmail";
        $mail->addAddress("to@example.test"); return $mail->send();'],
    // The level of debug output: "Sending with sendmail" etc. only from 1 up.
    'debug off' => ['code' => '$mail->isSendmail(); $mail->Sendmail = $vars["fake"];
        $mail->addAddress("to@example.test"); return $mail->send();', 'vars' => ['debug' => 0]],
    // isSendmail()/isQmail() take sendmail_path when it names the program.
    'isSendmail() reads sendmail_path' => ['code' => '$mail->isSendmail(); return $mail->Sendmail;'],
    'isQmail() does not take a sendmail_path without "qmail"' => ['code' => '$mail->isQmail(); return $mail->Sendmail;'],
];

foreach ($cases as $label => $case) {
    $both = transport_compare($case['code'], ($case['vars'] ?? []) + ['fake' => FAKE_SENDMAIL], $case['exit'] ?? 0);
    transport_report($label, $both);
    $n = $both['native'];
    echo '  ', is_bool($n['result']) ? var_export($n['result'], true) : $n['result'], ' | ErrorInfo: ', $n['ErrorInfo'],
        ' | runs: ', count($n['runs']), $n['runs'] ? ' argv ' . json_encode($n['runs'][0]['argv']) : '', "\n";
}

// Line ends of a sendmail message are the system's (\n), and the message is
// exactly what getSentMIMEMessage() gives.
$dir = fake_sendmail_start();
$mail = new PHPMailer\PHPMailer\PHPMailer();
$mail->isSendmail();
$mail->Sendmail = FAKE_SENDMAIL;
$mail->setFrom('from@example.test');
$mail->addAddress('to@example.test');
$mail->Subject = 'multipart';
$mail->isHTML();
$mail->Body = "<p>Hi</p>\r\n";
$mail->AltBody = "Hi";
$mail->addStringAttachment(str_repeat("x", 100), 'a.txt');
var_dump($mail->send());
$runs = fake_sendmail_runs($dir);
fake_sendmail_stop($dir);
echo 'stdin is getSentMIMEMessage(): ', var_export($runs[0]['stdin'] === $mail->getSentMIMEMessage(), true), "\n";
echo 'CR bytes: ', substr_count($runs[0]['stdin'], "\r"), "\n";
?>
===DONE===
--EXPECTF--
sendmail: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv ["-oi","-ffrom@example.test","-t"]
sendmail, sender not shell-safe: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv ["-oi","-t"]
sendmail, Sender from sendmail_from: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv ["-oi","-fini@example.test","-t"]
sendmail, no Sender at all: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv ["-oi","-t"]
qmail: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv ["-ffrom@example.test"]
qmail, no Sender: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv ["-oi","-t"]
Sendmail with arguments and shell characters: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv ["-X","a;b|c","-oi","-ffrom@example.test","-t"]
exit status 1: same as PHPMailer
  false | ErrorInfo: Could not execute: %s/fake-sendmail.sh | runs: 1 argv ["-oi","-ffrom@example.test","-t"]
exit status 1, exceptions: same as PHPMailer
  PHPMailer\PHPMailer\Exception #2: Could not execute: %s/fake-sendmail.sh | ErrorInfo: Could not execute: %s/fake-sendmail.sh | runs: 1 argv ["-oi","-ffrom@example.test","-t"]
sh: %s/nonexistent/sendmail: not found
no such program: same as PHPMailer
  false | ErrorInfo: Could not execute: /nonexistent/sendmail | runs: 0
debug off: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv ["-oi","-ffrom@example.test","-t"]
isSendmail() reads sendmail_path: same as PHPMailer
  %s/fake-sendmail.sh | ErrorInfo:  | runs: 0
isQmail() does not take a sendmail_path without "qmail": same as PHPMailer
  /var/qmail/bin/qmail-inject | ErrorInfo:  | runs: 0
bool(true)
stdin is getSentMIMEMessage(): true
CR bytes: 0
===DONE===
