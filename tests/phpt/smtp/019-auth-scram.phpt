--TEST--
AuthType SCRAM-SHA-256 and SCRAM-SHA-1 (beyond PHPMailer) against Postfix with Cyrus SASL; a wrong password fails with PHPMailer's words
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_starttls'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/same.inc';

function scram_send(string $mechanism, string $password, bool $exceptions = true): array
{
    $mail = smtp_test_mailer('postfix_starttls', $exceptions);
    $mail->AuthType = $mechanism;
    $mail->Password = $password;
    $mail->SMTPDebug = 3;
    $lines = [];
    // The AUTH exchange: from AUTH to its 235 or 535.
    $mail->Debugoutput = function ($line) use (&$lines) {
        if (preg_grep('/ (235|535) /', $lines)) {
            return;
        }
        if (preg_match('/^(CLIENT -> SERVER:( AUTH| \[|$)|SERVER -> CLIENT: (334|235|535))/', rtrim($line))) {
            $lines[] = preg_replace('/^(CLIENT -> SERVER: AUTH \S+ |SERVER -> CLIENT: 334 ).*/', '$1<base64>', rtrim($line));
        }
    };
    $to = smtp_test_token();
    $mail->setFrom('sender@example.test');
    $mail->addAddress("$to@example.test");
    $mail->Subject = "AUTH $mechanism";
    $mail->Body = 'body';
    try {
        $sent = $mail->send();
    } catch (PHPMailer\PHPMailer\Exception $e) {
        $sent = $e->getMessage();
    }
    $result = ['sent' => $sent, 'dialogue' => $lines];
    if ($sent === true) {
        $msg = smtp_test_parse_message(smtp_test_wait_message($to));
        $received = smtp_test_header($msg['headers'], 'Received');
        $result['received with ESMTPSA'] = str_contains($received, 'with ESMTPSA');
    }
    if (!$exceptions) {
        $result['ErrorInfo'] = $mail->ErrorInfo;
    }
    return $result;
}

foreach (['SCRAM-SHA-256', 'SCRAM-SHA-1'] as $mechanism) {
    echo "== $mechanism\n";
    var_dump(scram_send($mechanism, 'secret'));
}
echo "== wrong password\n";
var_dump(scram_send('SCRAM-SHA-256', 'wrong', false));

// A wrong password reads as it does on stock PHPMailer with the mechanisms it has.
$scenario = <<<'PHP'
    $mail = new PHPMailer\PHPMailer\PHPMailer($vars['exceptions']);
    $mail->isSMTP();
    $mail->Host = $vars['s']['host'];
    $mail->Port = $vars['s']['port'];
    $mail->SMTPSecure = 'tls';
    $mail->SMTPOptions = ['ssl' => ['cafile' => $vars['s']['cafile']]];
    $mail->SMTPAuth = true;
    $mail->Username = 'alice';
    $mail->Password = 'wrong';
    $mail->AuthType = $vars['mechanism'];
    $mail->setFrom('sender@example.test');
    $mail->addAddress('nobody@example.test');
    $mail->Body = 'body';
    try {
        $sent = $mail->send();
    } catch (PHPMailer\PHPMailer\Exception $e) {
        $sent = $e->getMessage();
    }
    return [$sent, $mail->ErrorInfo];
PHP;
$s = smtp_test_server('postfix_starttls');
foreach ([true, false] as $exceptions) {
    $oracle = phpmailer_oracle($scenario, ['s' => $s, 'exceptions' => $exceptions, 'mechanism' => 'PLAIN']);
    $native = (static fn(array $vars) => eval($scenario))(['s' => $s, 'exceptions' => $exceptions,
        'mechanism' => 'SCRAM-SHA-256']);
    same_as_phpmailer('wrong password, exceptions ' . var_export($exceptions, true), $native, $oracle);
}

// Without AuthType the choice stays PHPMailer's (CRAM-MD5 on this server).
$mail = smtp_test_mailer('postfix_starttls');
$mail->SMTPDebug = 2;
$auth = [];
$mail->Debugoutput = function ($line) use (&$auth) {
    if (str_starts_with($line, 'CLIENT -> SERVER: AUTH')) {
        $auth[] = rtrim($line);
    }
};
var_dump($mail->smtpConnect($mail->SMTPOptions), $auth);
$mail->smtpClose();
?>
--EXPECT--
== SCRAM-SHA-256
array(3) {
  ["sent"]=>
  bool(true)
  ["dialogue"]=>
  array(6) {
    [0]=>
    string(45) "CLIENT -> SERVER: AUTH SCRAM-SHA-256 <base64>"
    [1]=>
    string(30) "SERVER -> CLIENT: 334 <base64>"
    [2]=>
    string(38) "CLIENT -> SERVER: [credentials hidden]"
    [3]=>
    string(30) "SERVER -> CLIENT: 334 <base64>"
    [4]=>
    string(17) "CLIENT -> SERVER:"
    [5]=>
    string(53) "SERVER -> CLIENT: 235 2.7.0 Authentication successful"
  }
  ["received with ESMTPSA"]=>
  bool(true)
}
== SCRAM-SHA-1
array(3) {
  ["sent"]=>
  bool(true)
  ["dialogue"]=>
  array(6) {
    [0]=>
    string(43) "CLIENT -> SERVER: AUTH SCRAM-SHA-1 <base64>"
    [1]=>
    string(30) "SERVER -> CLIENT: 334 <base64>"
    [2]=>
    string(38) "CLIENT -> SERVER: [credentials hidden]"
    [3]=>
    string(30) "SERVER -> CLIENT: 334 <base64>"
    [4]=>
    string(17) "CLIENT -> SERVER:"
    [5]=>
    string(53) "SERVER -> CLIENT: 235 2.7.0 Authentication successful"
  }
  ["received with ESMTPSA"]=>
  bool(true)
}
== wrong password
array(3) {
  ["sent"]=>
  bool(false)
  ["dialogue"]=>
  array(4) {
    [0]=>
    string(45) "CLIENT -> SERVER: AUTH SCRAM-SHA-256 <base64>"
    [1]=>
    string(30) "SERVER -> CLIENT: 334 <base64>"
    [2]=>
    string(38) "CLIENT -> SERVER: [credentials hidden]"
    [3]=>
    string(80) "SERVER -> CLIENT: 535 5.7.8 Error: authentication failed: authentication failure"
  }
  ["ErrorInfo"]=>
  string(82) "SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"
}
wrong password, exceptions true: same as PHPMailer: true
wrong password, exceptions false: same as PHPMailer: true
bool(true)
array(1) {
  [0]=>
  string(31) "CLIENT -> SERVER: AUTH CRAM-MD5"
}