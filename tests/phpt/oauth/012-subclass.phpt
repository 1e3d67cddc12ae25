--TEST--
OAuth: getOauth64() calls getToken() and getToken() calls getGrant() through $this, so a subclass's overrides take part
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/oauth.inc';

$scenario = <<<'PHP'
    $provider = new League\OAuth2\Client\Provider\StandInProvider([
        ['access_token' => 'one', 'expires' => time() - 1],
        ['access_token' => 'two', 'expires' => time() + 60],
    ]);
    $oauth = new class (['provider' => $provider, 'userName' => 'me', 'clientSecret' => 's', 'clientId' => 'c',
        'refreshToken' => 'r']) extends PHPMailer\PHPMailer\OAuth {
        public $calls = [];
        protected function getGrant() {
            $this->calls[] = 'getGrant';
            return 'refresh_token';
        }
        protected function getToken() {
            $this->calls[] = 'getToken';
            return parent::getToken();
        }
    };
    $strings = [$oauth->getOauth64(), $oauth->getOauth64(), $oauth->getOauth64()];
    return ['strings' => array_map('base64_decode', $strings), 'calls' => $oauth->calls,
        'requests' => $provider->requests];
PHP;

same_as_phpmailer('overrides', $native = oauth_native($scenario), oauth_oracle($scenario));
echo json_encode($native['calls']), "\n", json_encode($native['requests']), "\n";
echo str_replace("\001", '^A', implode("\n", $native['strings'])), "\n";
?>
--EXPECT--
overrides: same as PHPMailer: true
["getToken","getGrant","getToken","getGrant"]
[["string","refresh_token",{"refresh_token":"r"}],["string","refresh_token",{"refresh_token":"r"}]]
user=me^Aauth=Bearer one^A^A
user=me^Aauth=Bearer two^A^A
user=me^Aauth=Bearer two^A^A
