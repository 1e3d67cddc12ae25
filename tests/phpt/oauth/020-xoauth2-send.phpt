--TEST--
OAuth: PHPMailer::setOAuth() takes it, and a send authenticates with XOAUTH2 through it, as with PHPMailer
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--FILE--
<?php
require __DIR__ . '/../inc/faultsmtp.inc';
require __DIR__ . '/../inc/oauth.inc';

$scenario = <<<'PHP'
    $provider = new League\OAuth2\Client\Provider\StandInProvider([
        ['access_token' => $vars['token'], 'expires' => time() + 3600],
    ]);
    $mail = new PHPMailer\PHPMailer\PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $vars['port'];
    $mail->Helo = 'client.example';
    $mail->SMTPAuth = true;
    $mail->AuthType = 'XOAUTH2';
    $oauth = new PHPMailer\PHPMailer\OAuth([
        'provider' => $provider,
        'userName' => 'alice',
        'clientSecret' => 'secret',
        'clientId' => 'id',
        'refreshToken' => 'refresh',
    ]);
    $mail->setOAuth($oauth);
    $mail->setFrom('alice@example.test');
    $mail->addAddress('bob@example.test');
    $mail->Subject = 'XOAUTH2';
    $mail->Body = 'body';
    try {
        $sent = $mail->send();
    } catch (PHPMailer\PHPMailer\Exception $e) {
        $sent = $e->getMessage();
    }
    return ['sent' => $sent, 'same object' => $mail->getOAuth() === $oauth, 'requests' => count($provider->requests)];
PHP;

/** The scenario on a fresh fault server: its result, and what the client said up to MAIL FROM. */
function run_on_fault_server(callable $run, array $vars): array
{
    $vars['port'] = fault_scenario(['mode' => 'plain']);
    $result = $run($vars);
    $client = fault_transcript($vars['port'])['connections'][0]['client'];
    $messages = fault_messages($vars['port']);
    fault_close($vars['port']);
    $result['dialogue'] = strstr($client, 'MAIL FROM', true) ?: $client;
    $result['authenticated as'] = $messages[0]['auth'] ?? null;
    return $result;
}

foreach (['testtoken', 'wrongtoken'] as $token) {
    $native = run_on_fault_server(fn($vars) => oauth_native($scenario, $vars), ['token' => $token]);
    $oracle = run_on_fault_server(fn($vars) => oauth_oracle($scenario, $vars), ['token' => $token]);
    same_as_phpmailer($token, $native, $oracle);
    $native['dialogue'] = explode("\r\n", $native['dialogue']);
    var_dump($native);
}

// Any OAuthTokenProvider will do, PHPMailer's name of the interface or the engine's class.
$mail = new PHPMailer\PHPMailer\PHPMailer();
$mine = new class implements PHPMailer\PHPMailer\OAuthTokenProvider {
    public function getOauth64() { return base64_encode("user=alice\001auth=Bearer testtoken\001\001"); }
};
$mail->setOAuth($mine);
var_dump($mail->getOAuth() === $mine);
$engine = new Smtp\Engine\OAuth(['provider' => null, 'userName' => 'u', 'clientSecret' => 's', 'clientId' => 'c',
    'refreshToken' => 'r']);
$mail->setOAuth($engine);
var_dump($mail->getOAuth() === $engine);
?>
--EXPECT--
testtoken: same as PHPMailer: true
array(5) {
  ["sent"]=>
  bool(true)
  ["same object"]=>
  bool(true)
  ["requests"]=>
  int(1)
  ["dialogue"]=>
  array(3) {
    [0]=>
    string(19) "EHLO client.example"
    [1]=>
    string(61) "AUTH XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0ZXN0dG9rZW4BAQ=="
    [2]=>
    string(0) ""
  }
  ["authenticated as"]=>
  string(5) "alice"
}
wrongtoken: same as PHPMailer: true
array(5) {
  ["sent"]=>
  string(35) "SMTP Error: Could not authenticate."
  ["same object"]=>
  bool(true)
  ["requests"]=>
  int(1)
  ["dialogue"]=>
  array(4) {
    [0]=>
    string(19) "EHLO client.example"
    [1]=>
    string(61) "AUTH XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB3cm9uZ3Rva2VuAQE="
    [2]=>
    string(4) "QUIT"
    [3]=>
    string(0) ""
  }
  ["authenticated as"]=>
  NULL
}
bool(true)
bool(true)
