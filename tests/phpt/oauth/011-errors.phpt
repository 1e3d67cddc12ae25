--TEST--
OAuth: missing options, no League library, a wrong provider or token fail with PHP's own errors, as in PHPMailer
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/oauth.inc';

$scenario = <<<'PHP'
    $warnings = [];
    set_error_handler(function ($no, $str) use (&$warnings) { $warnings[] = "$no: $str"; return true; });
    $results = [];
    foreach ($vars['cases'] as $label => [$options, $call]) {
        try {
            $oauth = new PHPMailer\PHPMailer\OAuth($options);
            $results[$label] = $call === 'grant'
                ? get_class((fn() => $this->getGrant())->call($oauth))
                : base64_decode($oauth->getOauth64());
        } catch (Throwable $e) {
            $results[$label] = get_class($e) . ': ' . $e->getMessage();
        }
    }
    restore_error_handler();
    return ['results' => $results, 'warnings' => $warnings];
PHP;

$cases = [
    'no options' => [[], 'token'],
    'null options' => [null, 'token'],
    'string provider' => [['provider' => 'google', 'userName' => 'u', 'clientSecret' => 's', 'clientId' => 'c',
        'refreshToken' => 'r'], 'token'],
    'grant' => [['provider' => null, 'userName' => 'u', 'clientSecret' => 's', 'clientId' => 'c',
        'refreshToken' => 'r'], 'grant'],
];
// Without the League classes: the grant cannot be made.
same_as_phpmailer('no League', $native = oauth_native($scenario, ['cases' => $cases], false),
    oauth_oracle($scenario, ['cases' => $cases], false));
var_dump($native);

// With them, a provider without getAccessToken(), and a token that cannot tell its expiry.
$scenario2 = <<<'PHP'
    $results = [];
    $base = ['userName' => 'u', 'clientSecret' => 's', 'clientId' => 'c', 'refreshToken' => 'r'];
    $providers = [
        'object provider' => new stdClass(),
        'no expiry' => new League\OAuth2\Client\Provider\StandInProvider([['access_token' => 't']]),
    ];
    foreach ($providers as $label => $provider) {
        $oauth = new PHPMailer\PHPMailer\OAuth(['provider' => $provider] + $base);
        try {
            $results[$label] = [base64_decode($oauth->getOauth64()), base64_decode($oauth->getOauth64())];
        } catch (Throwable $e) {
            $results[$label] = get_class($e) . ': ' . $e->getMessage();
        }
    }
    return $results;
PHP;
same_as_phpmailer('League', $native = oauth_native($scenario2), oauth_oracle($scenario2));
var_dump($native);
?>
--EXPECT--
no League: same as PHPMailer: true
array(2) {
  ["results"]=>
  array(4) {
    ["no options"]=>
    string(57) "Error: Call to a member function getAccessToken() on null"
    ["null options"]=>
    string(57) "Error: Call to a member function getAccessToken() on null"
    ["string provider"]=>
    string(59) "Error: Call to a member function getAccessToken() on string"
    ["grant"]=>
    string(64) "Error: Class "League\OAuth2\Client\Grant\RefreshToken" not found"
  }
  ["warnings"]=>
  array(10) {
    [0]=>
    string(33) "2: Undefined array key "provider""
    [1]=>
    string(33) "2: Undefined array key "userName""
    [2]=>
    string(37) "2: Undefined array key "clientSecret""
    [3]=>
    string(33) "2: Undefined array key "clientId""
    [4]=>
    string(37) "2: Undefined array key "refreshToken""
    [5]=>
    string(54) "2: Trying to access array offset on value of type null"
    [6]=>
    string(54) "2: Trying to access array offset on value of type null"
    [7]=>
    string(54) "2: Trying to access array offset on value of type null"
    [8]=>
    string(54) "2: Trying to access array offset on value of type null"
    [9]=>
    string(54) "2: Trying to access array offset on value of type null"
  }
}
League: same as PHPMailer: true
array(2) {
  ["object provider"]=>
  string(58) "Error: Call to undefined method stdClass::getAccessToken()"
  ["no expiry"]=>
  string(51) "RuntimeException: "expires" is not set on the token"
}
