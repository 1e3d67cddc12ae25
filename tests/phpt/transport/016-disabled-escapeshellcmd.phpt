--TEST--
Local transports on a host that disables escapeshellcmd(): the same outcome as PHPMailer's calls to them
--EXTENSIONS--
smtp
--INI--
sendmail_path={PWD}/../inc/fake-sendmail.sh
disable_functions=escapeshellcmd
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/transport.inc';

$cases = [
    'mail' => '$mail->isMail(); $mail->addAddress("to@example.test"); return $mail->send();',
    'mail, sender not shell-safe' => '$mail->isMail(); $mail->Sender = "a+b@example.test";
        $mail->addAddress("to@example.test"); return $mail->send();',
    'sendmail' => '$mail->isSendmail(); $mail->Sendmail = $vars["fake"]; $mail->addAddress("to@example.test");
        return $mail->send();',
    'sendmail, SingleTo, exceptions' => '$mail->isSendmail(); $mail->Sendmail = $vars["fake"]; $mail->SingleTo = true;
        $mail->addAddress("to@example.test"); $mail->addAddress("two@example.test"); return $mail->send();',
];
foreach ($cases as $label => $code) {
    $vars = ['fake' => FAKE_SENDMAIL, 'exceptions' => strpos($label, 'exceptions') !== false];
    $both = transport_compare($code, $vars, 0, ['disable_functions' => ini_get('disable_functions')]);
    // SingleTo's callbacks differ on purpose (013-singleto.phpt).
    transport_report($label, $both, strpos($label, 'SingleTo') !== false ? ['callbacks'] : []);
    $n = $both['native'];
    echo '  ', is_bool($n['result']) ? var_export($n['result'], true) : $n['result'], ' | runs: ', count($n['runs']),
        $n['runs'] ? ' argv ' . json_encode($n['runs'][0]['argv']) : '', ' | debug lines: ', count($n['debug']), "\n";
}
?>
===DONE===
--EXPECT--
mail: same as PHPMailer
  true | runs: 1 argv [] | debug lines: 7
mail, sender not shell-safe: same as PHPMailer
  true | runs: 1 argv [] | debug lines: 7
sendmail: same as PHPMailer
  Error #0: Call to undefined function PHPMailer\PHPMailer\escapeshellcmd() | runs: 0 | debug lines: 1
sendmail, SingleTo, exceptions: same as PHPMailer
  Error #0: Call to undefined function PHPMailer\PHPMailer\escapeshellcmd() | runs: 0 | debug lines: 1
===DONE===
