--TEST--
OAuth: getOauth64() asks the provider for a token with a RefreshToken grant, again only once it expired, as PHPMailer
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/oauth.inc';

$scenario = <<<'PHP'
    $provider = new League\OAuth2\Client\Provider\StandInProvider([
        ['access_token' => 'first', 'expires' => time() - 60],
        ['access_token' => 'second', 'expires' => time() + 3600],
        ['access_token' => 'third', 'expires' => time() + 3600],
    ]);
    $oauth = new PHPMailer\PHPMailer\OAuth([
        'provider' => $provider,
        'userName' => 'alice@example.test',
        'clientSecret' => 'the secret',
        'clientId' => 'the id',
        'refreshToken' => 'the refresh token',
    ]);
    $strings = [];
    for ($i = 0; $i < 3; $i++) {
        $strings[] = base64_decode($oauth->getOauth64());
    }
    $props = (fn() => [$this->oauthUserEmail, $this->oauthClientSecret, $this->oauthClientId,
        $this->oauthRefreshToken, get_class($this->oauthToken), get_class($this->getGrant())])->call($oauth);
    return ['strings' => $strings, 'requests' => $provider->requests, 'properties' => $props];
PHP;

same_as_phpmailer('refresh', $native = oauth_native($scenario), oauth_oracle($scenario));
// The separators (\001) shown as ^A.
$native['strings'] = str_replace("\001", '^A', $native['strings']);
var_dump($native);
?>
--EXPECT--
refresh: same as PHPMailer: true
array(3) {
  ["strings"]=>
  array(3) {
    [0]=>
    string(46) "user=alice@example.test^Aauth=Bearer first^A^A"
    [1]=>
    string(47) "user=alice@example.test^Aauth=Bearer second^A^A"
    [2]=>
    string(47) "user=alice@example.test^Aauth=Bearer second^A^A"
  }
  ["requests"]=>
  array(2) {
    [0]=>
    array(3) {
      [0]=>
      string(39) "League\OAuth2\Client\Grant\RefreshToken"
      [1]=>
      string(13) "refresh_token"
      [2]=>
      array(1) {
        ["refresh_token"]=>
        string(17) "the refresh token"
      }
    }
    [1]=>
    array(3) {
      [0]=>
      string(39) "League\OAuth2\Client\Grant\RefreshToken"
      [1]=>
      string(13) "refresh_token"
      [2]=>
      array(1) {
        ["refresh_token"]=>
        string(17) "the refresh token"
      }
    }
  }
  ["properties"]=>
  array(6) {
    [0]=>
    string(18) "alice@example.test"
    [1]=>
    string(10) "the secret"
    [2]=>
    string(6) "the id"
    [3]=>
    string(17) "the refresh token"
    [4]=>
    string(38) "League\OAuth2\Client\Token\AccessToken"
    [5]=>
    string(39) "League\OAuth2\Client\Grant\RefreshToken"
  }
}
