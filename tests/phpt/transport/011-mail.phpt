--TEST--
isMail(): PHP's mail() called as PHPMailer calls it (-f rules, UseSendmailOptions, sendmail_from), run by a fake sendmail_path
--EXTENSIONS--
smtp
--INI--
sendmail_path={PWD}/../inc/fake-sendmail.sh
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/transport.inc';

$cases = [
    // "-f<Sender>" as mail()'s fifth parameter; sendmail_from set during the call, then restored.
    'mail' => ['code' => '$mail->addAddress("to@example.test", "To"); $mail->addAddress("two@example.test");
        $mail->addCC("cc@example.test"); $mail->addBCC("bcc@example.test"); return $mail->send();'],
    'mail, sender not shell-safe' => ['code' => '$mail->Sender = "bounce+tag@example.test";
        $mail->addAddress("to@example.test"); return $mail->send();'],
    'mail, UseSendmailOptions off' => ['code' => '$mail->UseSendmailOptions = false;
        $mail->addAddress("to@example.test"); return $mail->send();'],
    'mail, Sender from sendmail_from' => ['code' => 'ini_set("sendmail_from", "ini@example.test");
        $mail->Sender = ""; $mail->addAddress("to@example.test"); return $mail->send();'],
    'mail, no Sender' => ['code' => '$mail->Sender = ""; $mail->addAddress("to@example.test"); return $mail->send();'],
    // The sendmail_from PHPMailer sets is the one in force while mail() runs.
    'mail, sendmail_from during the call' => ['code' => '$mail->addAddress("to@example.test");
        $mail->Debugoutput = function ($line) use (&$debug) {
            if (strpos($line, "Result") === 0) { $debug[] = "sendmail_from " . ini_get("sendmail_from"); }
        }; return $mail->send();'],
    // mail() fails on any exit status but 0 (its EX_TEMPFAIL exception compares the raw wait status).
    'exit status 1' => ['code' => '$mail->addAddress("to@example.test"); return $mail->send();', 'exit' => 1],
    'exit status 1, exceptions' => ['code' => '$mail->addAddress("to@example.test"); return $mail->send();',
        'exit' => 1, 'vars' => ['exceptions' => true]],
    'exit status 75' => ['code' => '$mail->addAddress("to@example.test"); return $mail->send();', 'exit' => 75],
    'debug off' => ['code' => '$mail->addAddress("to@example.test"); return $mail->send();', 'vars' => ['debug' => 0]],
];

foreach ($cases as $label => $case) {
    $both = transport_compare('$mail->isMail();' . $case['code'], $case['vars'] ?? [], $case['exit'] ?? 0);
    transport_report($label, $both);
    $n = $both['native'];
    echo '  ', is_bool($n['result']) ? var_export($n['result'], true) : $n['result'], ' | ErrorInfo: ', $n['ErrorInfo'],
        ' | runs: ', count($n['runs']), $n['runs'] ? ' argv ' . json_encode($n['runs'][0]['argv']) : '', "\n";
    foreach (preg_grep('/^sendmail_from/', $n['debug']) as $line) {
        echo "  $line\n";
    }
}

// What mail() was given, as the fake sendmail_path received it.
$both = transport_compare('$mail->isMail(); $mail->addAddress("to@example.test", "To"); return $mail->send();');
echo str_replace("\r\n", "<CRLF>\n", $both['native']['runs'][0]['stdin']);

// Only Bcc recipients: "undisclosed-recipients:;" (6.6.3, the oracle, passed an empty To).
$dir = fake_sendmail_start();
$mail = new PHPMailer\PHPMailer\PHPMailer();
$mail->setFrom('from@example.test');
$mail->addBCC('bcc@example.test');
$mail->Body = 'x';
var_dump($mail->send());
echo strtok(fake_sendmail_runs($dir)[0]['stdin'], "\r"), "\n";
fake_sendmail_stop($dir);
?>
===DONE===
--EXPECTF--
mail: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv ["-ffrom@example.test"]
mail, sender not shell-safe: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv []
mail, UseSendmailOptions off: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv []
mail, Sender from sendmail_from: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv ["-fini@example.test"]
mail, no Sender: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv []
mail, sendmail_from during the call: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv ["-ffrom@example.test"]
  sendmail_from from@example.test
exit status 1: same as PHPMailer
  false | ErrorInfo: Could not instantiate mail function. | runs: 1 argv ["-ffrom@example.test"]
exit status 1, exceptions: same as PHPMailer
  PHPMailer\PHPMailer\Exception #2: Could not instantiate mail function. | ErrorInfo: Could not instantiate mail function. | runs: 1 argv ["-ffrom@example.test"]
exit status 75: same as PHPMailer
  false | ErrorInfo: Could not instantiate mail function. | runs: 1 argv ["-ffrom@example.test"]
debug off: same as PHPMailer
  true | ErrorInfo:  | runs: 1 argv ["-ffrom@example.test"]
To: To <to@example.test><CRLF>
Subject: =?utf-8?B?R3LDvMOfZQ==?=<CRLF>
Date: Tue, 1 Apr 2025 10:00:00 +0000<CRLF>
From: From Name <from@example.test><CRLF>
Message-ID: <pinned@example.test><CRLF>
X-Mailer: PHPMailer 6.12.0 (https://github.com/PHPMailer/PHPMailer)<CRLF>
MIME-Version: 1.0<CRLF>
Content-Type: text/plain; charset=utf-8<CRLF>
<CRLF>
Hello<CRLF>
.dot line<CRLF>
last<CRLF>
<CRLF>
bool(true)
To: undisclosed-recipients:;
===DONE===
