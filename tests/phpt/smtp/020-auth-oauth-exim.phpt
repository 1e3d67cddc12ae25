--TEST--
XOAUTH2 (as PHPMailer) and OAUTHBEARER (beyond it) against Exim, from the same token provider; a wrong token fails with PHPMailer's words
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/exim.inc'; exim_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../inc/exim.inc';
require __DIR__ . '/../inc/oauth.inc';

// What the client said up to MAIL, and the result: the same code on both.
$scenario = <<<'PHP'
    $mail = new PHPMailer\PHPMailer\PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $vars['port'];
    $mail->Helo = 'client.example';
    $mail->SMTPAuth = true;
    $mail->AuthType = $vars['mechanism'];
    $mail->setOAuth(new class ($vars['token']) implements PHPMailer\PHPMailer\OAuthTokenProvider {
        public function __construct(private string $token) {}
        public function getOauth64() { return base64_encode("user=alice\001auth=Bearer {$this->token}\001\001"); }
    });
    $mail->SMTPDebug = 2;
    $said = [];
    $mail->Debugoutput = function ($line) use (&$said) {
        if (str_starts_with($line, 'CLIENT -> SERVER: ') && !preg_grep('/^MAIL/', $said)) {
            $said[] = rtrim(substr($line, 18));
        }
    };
    $mail->setFrom('alice@example.test');
    $mail->addAddress('bob@example.test');
    $mail->Subject = $vars['mechanism'];
    $mail->Body = 'body';
    try {
        $sent = $mail->send();
    } catch (PHPMailer\PHPMailer\Exception $e) {
        $sent = $e->getMessage();
    }
    return ['sent' => $sent, 'said' => $said];
PHP;

$exim = exim_start();
try {
    foreach (['testtoken', 'wrongtoken'] as $token) {
        $vars = ['port' => $exim['port'], 'mechanism' => 'XOAUTH2', 'token' => $token];
        $native = oauth_native($scenario, $vars, false);
        same_as_phpmailer("XOAUTH2 $token", $native, oauth_oracle($scenario, $vars, false));
        var_dump($native);
    }
    foreach (['testtoken', 'wrongtoken'] as $token) {
        echo "OAUTHBEARER $token\n";
        var_dump(oauth_native($scenario, ['port' => $exim['port'], 'mechanism' => 'OAUTHBEARER', 'token' => $token], false));
    }
    // Exim's own account of who authenticated, and how.
    preg_match_all('/ A=(\S+)/', exim_mainlog($exim), $m);
    var_dump($m[1]);
    preg_match_all('/(\w+) authenticator failed .*: (535 .*?) \(/', exim_mainlog($exim), $m, PREG_SET_ORDER);
    echo implode("\n", array_map(fn($f) => "$f[1]: $f[2]", $m)), "\n";
} finally {
    exim_stop($exim);
}
?>
--EXPECT--
XOAUTH2 testtoken: same as PHPMailer: true
array(2) {
  ["sent"]=>
  bool(true)
  ["said"]=>
  array(3) {
    [0]=>
    string(19) "EHLO client.example"
    [1]=>
    string(61) "AUTH XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0ZXN0dG9rZW4BAQ=="
    [2]=>
    string(30) "MAIL FROM:<alice@example.test>"
  }
}
XOAUTH2 wrongtoken: same as PHPMailer: true
array(2) {
  ["sent"]=>
  string(35) "SMTP Error: Could not authenticate."
  ["said"]=>
  array(3) {
    [0]=>
    string(19) "EHLO client.example"
    [1]=>
    string(61) "AUTH XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB3cm9uZ3Rva2VuAQE="
    [2]=>
    string(4) "QUIT"
  }
}
OAUTHBEARER testtoken
array(2) {
  ["sent"]=>
  bool(true)
  ["said"]=>
  array(3) {
    [0]=>
    string(19) "EHLO client.example"
    [1]=>
    string(65) "AUTH OAUTHBEARER bixhPWFsaWNlLAFhdXRoPUJlYXJlciB0ZXN0dG9rZW4BAQ=="
    [2]=>
    string(30) "MAIL FROM:<alice@example.test>"
  }
}
OAUTHBEARER wrongtoken
array(2) {
  ["sent"]=>
  string(35) "SMTP Error: Could not authenticate."
  ["said"]=>
  array(3) {
    [0]=>
    string(19) "EHLO client.example"
    [1]=>
    string(65) "AUTH OAUTHBEARER bixhPWFsaWNlLAFhdXRoPUJlYXJlciB3cm9uZ3Rva2VuAQE="
    [2]=>
    string(4) "QUIT"
  }
}
array(3) {
  [0]=>
  string(20) "xoauth2_server:alice"
  [1]=>
  string(20) "xoauth2_server:alice"
  [2]=>
  string(24) "oauthbearer_server:alice"
}
xoauth2_server: 535 Incorrect authentication data
xoauth2_server: 535 Incorrect authentication data
oauthbearer_server: 535 Incorrect authentication data