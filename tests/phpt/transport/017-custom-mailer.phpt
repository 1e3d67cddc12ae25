--TEST--
Custom Mailer values: "<Mailer>Send" of a subclass when it exists (any case), else mail(), as PHPMailer's postSend() falls back
--EXTENSIONS--
smtp
--INI--
sendmail_path={PWD}/../inc/fake-sendmail.sh
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/transport.inc';

$scenario = <<<'PHP'
    $mail = new class extends PHPMailer\PHPMailer\PHPMailer {
        public $got = [];
        protected function fooSend($header, $body)
        {
            $this->got[] = [$header, $body, static::$LE];
            if ($this->Subject === 'throw') {
                throw new PHPMailer\PHPMailer\Exception('custom transport failed', 7);
            }
            return $this->Subject === 'non-bool' ? 'queued' : true;
        }
    };
    $mail->Mailer = $vars['mailer'];
    $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
    $mail->MessageID = '<pinned@example.test>';
    $mail->setFrom('from@example.test');
    $mail->addAddress('to@example.test');
    $mail->Subject = $vars['subject'];
    $mail->Body = "body\n";
    $result = $mail->send();
    return [$result, $mail->ErrorInfo, $mail->got];
PHP;

$cases = [
    'Mailer "foo", fooSend() exists' => ['mailer' => 'foo', 'subject' => 'plain'],
    'Mailer "FOO": method names know no case' => ['mailer' => 'FOO', 'subject' => 'plain'],
    'fooSend() returns a string' => ['mailer' => 'foo', 'subject' => 'non-bool'],
    'fooSend() throws' => ['mailer' => 'foo', 'subject' => 'throw'],
    'Mailer "bar", no barSend(): mail()' => ['mailer' => 'bar', 'subject' => 'plain'],
];
foreach ($cases as $label => $vars) {
    $both = [];
    foreach (['native', 'oracle'] as $side) {
        $dir = fake_sendmail_start();
        $outcome = $side === 'native'
            ? (static function (array $vars) use ($scenario) { return eval($scenario); })($vars)
            : phpmailer_oracle($scenario, $vars, transport_oracle_ini());
        $outcome[] = fake_sendmail_runs($dir);
        fake_sendmail_stop($dir);
        if ($side === 'oracle') {
            array_walk_recursive($outcome, function (&$v) {
                $v = is_string($v) ? oracle_612($v) : $v;
            });
        }
        $both[$side] = $outcome;
    }
    echo $label, ': ', $both['native'] === $both['oracle'] ? 'same as PHPMailer' : 'DIFFERENT', "\n";
    if ($both['native'] !== $both['oracle']) {
        var_dump($both);
    }
    [$result, $error, $got, $runs] = $both['native'];
    echo '  send(): ', var_export($result, true), ' | ErrorInfo: ', $error, ' | fooSend() calls: ', count($got),
        $got ? ' (line end ' . json_encode($got[0][2]) . ')' : '', ' | mail() runs: ', count($runs), "\n";
}
?>
===DONE===
--EXPECT--
Mailer "foo", fooSend() exists: same as PHPMailer
  send(): true | ErrorInfo:  | fooSend() calls: 1 (line end "\n") | mail() runs: 0
Mailer "FOO": method names know no case: same as PHPMailer
  send(): true | ErrorInfo:  | fooSend() calls: 1 (line end "\n") | mail() runs: 0
fooSend() returns a string: same as PHPMailer
  send(): 'queued' | ErrorInfo:  | fooSend() calls: 1 (line end "\n") | mail() runs: 0
fooSend() throws: same as PHPMailer
  send(): false | ErrorInfo: custom transport failed | fooSend() calls: 1 (line end "\n") | mail() runs: 0
Mailer "bar", no barSend(): mail(): same as PHPMailer
  send(): true | ErrorInfo:  | fooSend() calls: 0 | mail() runs: 1
===DONE===
