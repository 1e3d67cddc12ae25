--TEST--
DKIM: unreadable and unusable keys, unsigned messages, and subclass overrides behave as in PHPMailer
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/dkim.inc'; dkim_test_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../inc/dkim.inc';

/*
 * The same code runs natively (BASE = the native class) and on PHPMailer
 * (BASE = Oracle612), each case with the t= the native run produced. Each
 * case gives its return values and the warnings PHP raised.
 */
$code = <<<'PHP'
    eval('class Overriding extends BASE {
        public function DKIM_QP($txt) { return "[" . parent::DKIM_QP($txt) . "]"; }
        public function DKIM_BodyC($body) { return parent::DKIM_BodyC($body) . "extra\r\n"; }
        public function DKIM_HeaderC($signHeader) { return strtoupper(parent::DKIM_HeaderC($signHeader)); }
        public function DKIM_Sign($signHeader) { return base64_encode(hash("sha256", $signHeader, true)) . " \n"; }
    }
    class AddingHeader extends BASE {
        public function DKIM_Add($headers_line, $subject, $body) {
            return "X-Add: " . strlen($headers_line) . "/" . $subject . "/" . strlen($body) . "\n\n";
        }
    }
    class Throwing extends BASE {
        public function DKIM_Add($headers_line, $subject, $body) { throw new PHPMailer\PHPMailer\Exception("no DKIM today"); }
    }');
    $rsa = file_get_contents($vars['rsa']);
    $message = function ($mail) use ($vars) {
        $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
        $mail->MessageID = '<pinned@example.test>';
        $mail->XMailer = 'Test Mailer';
        $mail->isSMTP();
        $mail->setFrom('shop@example.test');
        $mail->addAddress('zoe@example.test');
        $mail->Subject = 'Überweisung';
        $mail->CharSet = 'utf-8';
        $mail->Body = "Hello \n\n";
        $mail->DKIM_domain = 'example.test';
        $mail->DKIM_selector = 'test';
        return $mail;
    };
    $cases = [
        'a key string that is not a key' => function () {
            $mail = new BASE(true);
            $mail->DKIM_private_string = 'not a key';
            return $mail->DKIM_Sign('data');
        },
        'a key file that does not exist' => function () {
            $mail = new BASE(true);
            $mail->DKIM_private = '/nonexistent/dkim.key';
            return $mail->DKIM_Sign('data');
        },
        'a key string naming a file' => function () use ($vars) {
            $mail = new BASE(true);
            $mail->DKIM_private_string = 'file://' . $vars['rsa'];
            return $mail->DKIM_Sign('data');
        },
        'an Ed25519 key (openssl_sign() cannot use it)' => function () use ($vars) {
            $mail = new BASE(true);
            $mail->DKIM_private_string = file_get_contents($vars['ed25519']);
            return $mail->DKIM_Sign('data');
        },
        'a wrong passphrase' => function () use ($vars) {
            $mail = new BASE(true);
            $mail->DKIM_private_string = $vars['encrypted'];
            $mail->DKIM_passphrase = 'wrong';
            return $mail->DKIM_Sign('data');
        },
        'preSend, key file missing: not signed' => function () use ($message) {
            $mail = $message(new BASE(true));
            $mail->DKIM_private = '/nonexistent/dkim.key';
            return [$mail->preSend(), $mail->getSentMIMEMessage()];
        },
        'preSend, key path not permitted: not signed' => function () use ($message, $vars) {
            $mail = $message(new BASE(true));
            $mail->DKIM_private = 'phar://' . $vars['rsa'];
            return [$mail->preSend(), $mail->getSentMIMEMessage()];
        },
        'preSend, no selector: not signed' => function () use ($message, $rsa) {
            $mail = $message(new BASE(true));
            $mail->DKIM_selector = '';
            $mail->DKIM_private_string = $rsa;
            return [$mail->preSend(), $mail->getSentMIMEMessage()];
        },
        'preSend, unreadable key: empty b=' => function () use ($message) {
            $mail = $message(new BASE(true));
            $mail->DKIM_private_string = 'not a key';
            return [$mail->preSend(), $mail->getSentMIMEMessage()];
        },
        'DKIM_Add with the other DKIM methods overridden' => function () use ($rsa) {
            $mail = new Overriding();
            $mail->DKIM_domain = 'example.test';
            $mail->DKIM_selector = 'test';
            $mail->DKIM_private_string = $rsa;
            return $mail->DKIM_Add("From: a@example.test\r\nTo: b@example.test\r\n", 's', "body \r\n");
        },
        'preSend with DKIM_Add overridden' => function () use ($message, $rsa) {
            $mail = $message(new AddingHeader(true));
            $mail->DKIM_private_string = $rsa;
            return [$mail->preSend(), $mail->getSentMIMEMessage()];
        },
        'preSend with DKIM_Add throwing, exceptions off' => function () use ($message, $rsa) {
            $mail = $message(new Throwing(false));
            $mail->DKIM_private_string = $rsa;
            return [$mail->preSend(), $mail->ErrorInfo];
        },
        'preSend with DKIM_Add throwing, exceptions on' => function () use ($message, $rsa) {
            $mail = $message(new Throwing(true));
            $mail->DKIM_private_string = $rsa;
            try {
                return $mail->preSend();
            } catch (PHPMailer\PHPMailer\Exception $e) {
                return ['caught', $e->getMessage(), $mail->ErrorInfo];
            }
        },
    ];
    $out = [];
    foreach ($cases as $name => $case) {
        $GLOBALS['dkim_test_time'] = $vars['times'][$name] ?? 0;
        $warnings = [];
        set_error_handler(function ($no, $str) use (&$warnings) {
            $warnings[] = $str;
            return true;
        });
        $result = $case();
        restore_error_handler();
        $out[$name] = ['result' => $result, 'warnings' => $warnings];
    }
    return $out;
PHP;

$rsa = dkim_test_key('dkim-rsa')['key'];
openssl_pkey_export(openssl_pkey_get_private(file_get_contents($rsa)), $encrypted, 'right');
$vars = ['rsa' => $rsa, 'ed25519' => dkim_test_key('dkim-ed25519')['key'], 'encrypted' => $encrypted];

$native = (static function (array $vars) use ($code) {
    return eval(str_replace('BASE', 'PHPMailer\PHPMailer\PHPMailer', $code));
})($vars);
foreach ($native as $name => $case) {
    $text = json_encode($case['result']);
    if (preg_match('/ t=(\d+);/', $text, $m)) {
        $vars['times'][$name] = (int) $m[1];
    }
}
$oracle = dkim_oracle(str_replace('BASE', 'Oracle612', $code), $vars, 0);

foreach ($native as $name => $case) {
    $result = $case['result'];
    $shown = is_string($result) ? (strlen($result) > 40 ? 'a signature' : json_encode($result))
        : (is_array($result) && isset($result[1]) && is_string($result[1]) && strlen($result[1]) > 100
            ? (strpos($result[1], 'DKIM-Signature:') !== false ? 'signed' : 'not signed')
            : json_encode($result, JSON_UNESCAPED_UNICODE));
    echo "$name: ", $case === $oracle[$name] ? 'same as PHPMailer' : 'DIFFERENT', "\n  $shown\n";
    foreach ($case['warnings'] as $w) {
        echo "  warning: $w\n";
    }
    if ($case !== $oracle[$name]) {
        var_dump($case, $oracle[$name]);
    }
}
preg_match('/^DKIM-Signature:.*?b=\r?\n/ms', $native['preSend, unreadable key: empty b=']['result'][1], $m);
echo "empty b=: ", var_export($m !== [], true), "\n";
echo json_encode(preg_match('/^X-Add: .*\r\n/m', $native['preSend with DKIM_Add overridden']['result'][1], $m) ? $m[0] : null), "\n";
?>
--EXPECT--
a key string that is not a key: same as PHPMailer
  ""
  warning: openssl_sign(): Supplied key param cannot be coerced into a private key
a key file that does not exist: same as PHPMailer
  ""
  warning: file_get_contents(/nonexistent/dkim.key): Failed to open stream: No such file or directory
  warning: openssl_sign(): Supplied key param cannot be coerced into a private key
a key string naming a file: same as PHPMailer
  a signature
an Ed25519 key (openssl_sign() cannot use it): same as PHPMailer
  ""
a wrong passphrase: same as PHPMailer
  ""
  warning: openssl_sign(): Supplied key param cannot be coerced into a private key
preSend, key file missing: not signed: same as PHPMailer
  not signed
preSend, key path not permitted: not signed: same as PHPMailer
  not signed
preSend, no selector: not signed: same as PHPMailer
  not signed
preSend, unreadable key: empty b=: same as PHPMailer
  signed
  warning: openssl_sign(): Supplied key param cannot be coerced into a private key
DKIM_Add with the other DKIM methods overridden: same as PHPMailer
  a signature
preSend with DKIM_Add overridden: same as PHPMailer
  not signed
preSend with DKIM_Add throwing, exceptions off: same as PHPMailer
  [false,"no DKIM today"]
preSend with DKIM_Add throwing, exceptions on: same as PHPMailer
  ["caught","no DKIM today","no DKIM today"]
empty b=: true
"X-Add: 242\/=?utf-8?Q?=C3=9Cberweisung?=\/10\r\n"
