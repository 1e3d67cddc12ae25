--TEST--
SingleTo: one mail() or sendmail run per To recipient, as PHPMailer does them
--EXTENSIONS--
smtp
--INI--
sendmail_path={PWD}/../inc/fake-sendmail.sh
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/transport.inc';

$recipients = '$mail->SingleTo = true; $mail->addAddress("one@example.test", "One");
    $mail->addAddress("two@example.test"); $mail->addCC("cc@example.test"); $mail->addBCC("bcc@example.test");';
$cases = [
    'sendmail' => '$mail->isSendmail(); $mail->Sendmail = $vars["fake"];' . $recipients . 'return $mail->send();',
    'qmail' => '$mail->isQmail(); $mail->Sendmail = $vars["fake"];' . $recipients . 'return $mail->send();',
    'mail' => '$mail->isMail();' . $recipients . 'return $mail->send();',
    // One To recipient: mail() is called once, as without SingleTo.
    'mail, one To' => '$mail->isMail(); $mail->SingleTo = true; $mail->addAddress("one@example.test");
        $mail->addCC("cc@example.test"); return $mail->send();',
    // The first failing run ends the message.
    'sendmail, exit status 1' => ['$mail->isSendmail(); $mail->Sendmail = $vars["fake"];' . $recipients
        . 'return $mail->send();', 1],
    'mail, exit status 1' => ['$mail->isMail();' . $recipients . 'return $mail->send();', 1],
    // PHPMailer never empties SingleToArray: a second send() goes to the first one's recipients again.
    'sendmail, sent twice' => '$mail->isSendmail(); $mail->Sendmail = $vars["fake"];' . $recipients
        . '$mail->send(); $mail->clearAddresses(); $mail->addAddress("three@example.test"); return $mail->send();',
];

foreach ($cases as $label => $case) {
    [$code, $exit] = is_array($case) ? $case : [$case, 0];
    $both = transport_compare($code, ['fake' => FAKE_SENDMAIL], $exit);
    // action_function's $to: 6.12.0 passes [[null, null]] (see below); the other arguments must match.
    $to = [];
    foreach ($both as $side => &$outcome) {
        foreach ($outcome['callbacks'] as &$args) {
            if ($side === 'native') {
                $to[] = json_encode([$args[0], $args[1]]);
            }
            unset($args[1]);
        }
        unset($args);
    }
    unset($outcome);
    transport_report($label, $both);
    $n = $both['native'];
    echo '  ', var_export($n['result'], true), ' | ErrorInfo: ', $n['ErrorInfo'], ' | callbacks (sent, to): ',
        implode(' ', $to), "\n";
    foreach ($n['runs'] as $run) {
        echo '  run: argv ', json_encode($run['argv']), ', To: ', preg_match('/^To: (.*?)\r?$/m', $run['stdin'], $m) ? $m[1] : '-',
            ', Cc: ', preg_match('/^Cc: (.*?)\r?$/m', $run['stdin'], $m) ? $m[1] : '-',
            ', Bcc: ', preg_match('/^Bcc: (.*?)\r?$/m', $run['stdin'], $m) ? $m[1] : '-', "\n";
    }
}

// PHPMailer 6.12.0 gives action_function [[null, null]] as $to in SingleTo
// runs, with two "Undefined array key" warnings each; the engine gives the
// recipient's address and name, as PHPMailer 7 does.
$both = transport_compare('$mail->isSendmail(); $mail->Sendmail = $vars["fake"];' . $recipients . 'return $mail->send();',
    ['fake' => FAKE_SENDMAIL]);
echo json_encode(array_column($both['oracle']['callbacks'], 1)), "\n";
echo json_encode(array_column($both['native']['callbacks'], 1)), "\n";
?>
===DONE===
--EXPECTF--
sendmail: same as PHPMailer
  true | ErrorInfo:  | callbacks (sent, to): [true,[["one@example.test","One"]]] [true,[["two@example.test",""]]]
  run: argv ["-oi","-ffrom@example.test","-t"], To: One <one@example.test>, Cc: cc@example.test, Bcc: bcc@example.test
  run: argv ["-oi","-ffrom@example.test","-t"], To: two@example.test, Cc: cc@example.test, Bcc: bcc@example.test
qmail: same as PHPMailer
  true | ErrorInfo:  | callbacks (sent, to): [true,[["one@example.test","One"]]] [true,[["two@example.test",""]]]
  run: argv ["-ffrom@example.test"], To: One <one@example.test>, Cc: cc@example.test, Bcc: bcc@example.test
  run: argv ["-ffrom@example.test"], To: two@example.test, Cc: cc@example.test, Bcc: bcc@example.test
mail: same as PHPMailer
  true | ErrorInfo:  | callbacks (sent, to): [true,[["one@example.test","One"]]] [true,[["two@example.test",""]]]
  run: argv ["-ffrom@example.test"], To: One <one@example.test>, Cc: cc@example.test, Bcc: bcc@example.test
  run: argv ["-ffrom@example.test"], To: two@example.test, Cc: cc@example.test, Bcc: bcc@example.test
mail, one To: same as PHPMailer
  true | ErrorInfo:  | callbacks (sent, to): [true,[["one@example.test",""]]]
  run: argv ["-ffrom@example.test"], To: one@example.test, Cc: cc@example.test, Bcc: -
sendmail, exit status 1: same as PHPMailer
  false | ErrorInfo: Could not execute: %s | callbacks (sent, to): [false,[["one@example.test","One"]]]
  run: argv ["-oi","-ffrom@example.test","-t"], To: One <one@example.test>, Cc: cc@example.test, Bcc: bcc@example.test
mail, exit status 1: same as PHPMailer
  false | ErrorInfo: Could not instantiate mail function. | callbacks (sent, to): [false,[["one@example.test","One"]]] [false,[["two@example.test",""]]]
  run: argv ["-ffrom@example.test"], To: One <one@example.test>, Cc: cc@example.test, Bcc: bcc@example.test
  run: argv ["-ffrom@example.test"], To: two@example.test, Cc: cc@example.test, Bcc: bcc@example.test
sendmail, sent twice: same as PHPMailer
  true | ErrorInfo:  | callbacks (sent, to): [true,[["one@example.test","One"]]] [true,[["two@example.test",""]]] [true,[["one@example.test","One"]]] [true,[["two@example.test",""]]] [true,[["three@example.test",""]]]
  run: argv ["-oi","-ffrom@example.test","-t"], To: One <one@example.test>, Cc: cc@example.test, Bcc: bcc@example.test
  run: argv ["-oi","-ffrom@example.test","-t"], To: two@example.test, Cc: cc@example.test, Bcc: bcc@example.test
  run: argv ["-oi","-ffrom@example.test","-t"], To: One <one@example.test>, Cc: cc@example.test, Bcc: bcc@example.test
  run: argv ["-oi","-ffrom@example.test","-t"], To: two@example.test, Cc: cc@example.test, Bcc: bcc@example.test
  run: argv ["-oi","-ffrom@example.test","-t"], To: three@example.test, Cc: cc@example.test, Bcc: bcc@example.test
[[[null,null]],[[null,null]]]
[[["one@example.test","One"]],[["two@example.test",""]]]
===DONE===
