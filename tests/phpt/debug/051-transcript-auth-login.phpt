--TEST--
SMTPDebug 1 to 4: STARTTLS, AUTH LOGIN, two recipients (one rejected) and DATA, line for line PHPMailer's
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_starttls'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/servers.inc';
require __DIR__ . '/../inc/oracle.inc';

// Run here and on stock PHPMailer; both talk to the same Postfix.
$scenario = <<<'PHP'
    $mail = new class ($vars['exceptions']) extends PHPMailer\PHPMailer\PHPMailer {
        protected function generateId() { return 'PinnedIdPinnedIdPinnedIdPinnedIdPinnedId123'; }
    };
    $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
    $mail->Hostname = 'host.example';
    $mail->Helo = 'client.example';
    $mail->isSMTP();
    $mail->Host = $vars['host'];
    $mail->Port = $vars['port'];
    $mail->SMTPSecure = 'tls';
    $mail->SMTPOptions = ['ssl' => ['cafile' => $vars['cafile']]];
    $mail->SMTPAuth = true;
    $mail->AuthType = 'LOGIN';
    $mail->Username = $vars['username'];
    $mail->Password = $vars['password'];
    $mail->SMTPDebug = $vars['level'];
    $lines = [];
    $mail->Debugoutput = function ($str, $level) use (&$lines) { $lines[] = "[$level] $str"; };
    $mail->setFrom('sender@example.test', 'Sender');
    $mail->addAddress($vars['good']);
    $mail->addAddress($vars['bad']);
    $mail->Subject = 'Transcript';
    $mail->Body = "Line one\n.leading dot\nlast";
    try {
        $result = ['sent' => $mail->send()];
    } catch (PHPMailer\PHPMailer\Exception $e) {
        $result = ['exception' => get_class($e) . ' #' . $e->getCode() . ': ' . $e->getMessage()];
    }
    $result['ErrorInfo'] = $mail->ErrorInfo;
    $result['transcript'] = implode('', $lines);
    // The recipients and Postfix's queue id differ from run to run.
    return preg_replace(['/queued as [0-9A-F]+/', '/\b' . preg_quote($vars['token'], '/') . '\b/'],
        ['queued as <id>', '<token>'], $result);
PHP;

$server = smtp_test_server('postfix_starttls');
$delivered = 0;
foreach ([false, true] as $exceptions) {
    foreach ([1, 2, 3, 4] as $level) {
        $outcomes = [];
        foreach (['native', 'oracle'] as $side) {
            $token = smtp_test_token();
            $vars = $server + ['level' => $level, 'exceptions' => $exceptions, 'token' => $token,
                'good' => "$token@example.test", 'bad' => "reject-$token@example.test"];
            $outcomes[$side] = $side === 'native'
                ? (static function (array $vars) use ($scenario) { return eval($scenario); })($vars)
                : array_map('oracle_612', phpmailer_oracle($scenario, $vars));
            // The good recipient gets the message either way.
            $msg = smtp_test_parse_message(smtp_test_wait_message($token));
            $delivered += smtp_test_header($msg['headers'], 'Subject') === 'Transcript';
        }
        [$native, $oracle] = [$outcomes['native'], $outcomes['oracle']];
        printf("exceptions=%s level %d: %d lines, same as PHPMailer: %s\n", var_export($exceptions, true), $level,
            substr_count($native['transcript'], "\n"), var_export($native === $oracle, true));
        if ($native !== $oracle) {
            echo "--- PHPMailer\n", print_r($oracle, true), "--- native\n", print_r($native, true);
        }
    }
}
echo "delivered to the accepted recipient: $delivered of 16\n";

// What a level-2 session shows, for the reader (native side).
unset($native['transcript']);
var_dump($native);
?>
--EXPECTF--
exceptions=false level 1: %d lines, same as PHPMailer: true
exceptions=false level 2: %d lines, same as PHPMailer: true
exceptions=false level 3: %d lines, same as PHPMailer: true
exceptions=false level 4: %d lines, same as PHPMailer: true
exceptions=true level 1: %d lines, same as PHPMailer: true
exceptions=true level 2: %d lines, same as PHPMailer: true
exceptions=true level 3: %d lines, same as PHPMailer: true
exceptions=true level 4: %d lines, same as PHPMailer: true
delivered to the accepted recipient: 16 of 16
array(2) {
  ["exception"]=>
  string(%d) "PHPMailer\PHPMailer\Exception #1: SMTP Error: The following recipients failed: reject-<token>@example.test: <reject-<token>@example.test>: Recipient address rejected: %s
"
  ["ErrorInfo"]=>
  string(%d) "SMTP Error: The following recipients failed: reject-<token>@example.test: <reject-<token>@example.test>: Recipient address rejected: %s
"
}
