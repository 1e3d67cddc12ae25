--TEST--
PHPMailer 7.x parseAddresses(): the simple parser (parseSimplerAddresses, parseEmailString) with its E_USER_NOTICE, $useimap deprecated, names through decodeHeader(), static:: overrides; 6.x unchanged
--DESCRIPTION--
No PHPMailer 7.x is installed to compare with: the expectations are written
from 7.1.1's source. parseAddresses($addrstr, $useimap = null, $charset):
a truthy $useimap triggers E_USER_DEPRECATED lang('deprecated_argument') .
'$useimap' (and still uses ext-imap when it exists; it does not here);
otherwise static::parseSimplerAddresses(), which triggers E_USER_NOTICE
lang('imap_recommended'), splits on every comma, takes "name <address>",
'"name" <address>', "'name' <address>" or "<address>" (parseEmailString's
pattern; anything else is all address), drops invalid addresses
(static::validateAddress()), decodes names with static::decodeHeader() and
trims quotes and spaces off them. decodeHeader() gives '' for non-strings
and '', decodes values with an "=?...?=" through mbstring into $charset,
turning every underscore into =20 first before PHP 8.3.
--EXTENSIONS--
smtp
--SKIPIF--
<?php if (!extension_loaded('mbstring')) die('skip mbstring needed (tests/phpt.sh loads it)'); ?>
--INI--
smtp.default_api=7
--FILE--
<?php
use PHPMailer\PHPMailer\PHPMailer;

set_error_handler(function (int $no, string $str): bool {
    $names = [E_USER_NOTICE => 'E_USER_NOTICE', E_USER_DEPRECATED => 'E_USER_DEPRECATED'];
    echo '  [', $names[$no] ?? $no, '] ', $str, "\n";
    return true;
});
function show(array $list): void
{
    foreach ($list as $a) {
        echo '  ', json_encode($a, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
    }
    if (!$list) {
        echo "  (none)\n";
    }
}

echo "-- the simple parser, with its notice\n";
$lists = [
    'a@example.com',
    'a@example.com, Bob <b@example.com>, "Carol Q" <c@example.com>, \'Dan D\' <d@example.com>',
    '<e@example.com>, Eve < e2@example.com >, Fay<f@example.com>',
    '"Doe, John" <john@example.com>',
    'not-an-address, Bad <bad@>, good@example.com,, ',
    '=?UTF-8?B?SsO2cmcgTcO8bGxlcg==?= <j@example.com>',
    '=?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <j2@example.com>',
    '"=?UTF-8?Q?Andr=C3=A9?=" <andre@example.com>',
    'Le =?UTF-8?Q?Caf=C3=A9?= Team <cafe@example.com>',
    'A <a@example.com> <b@example.com>',
    'A <a@example.com> trailing',
    '"" <q@example.com>',
    '',
];
foreach ($lists as $list) {
    echo var_export($list, true), "\n";
    show(PHPMailer::parseAddresses($list, null, 'UTF-8'));
}

echo "-- \$useimap: any truthy value is deprecated (no ext-imap here, so the simple parser still runs)\n";
foreach ([true, 1, 'yes', null, false, 0, ''] as $useimap) {
    echo var_export($useimap, true), "\n";
    show(PHPMailer::parseAddresses('x@example.com', $useimap));
}
echo "-- the default charset is ISO-8859-1, the name decoded into it\n";
[$entry] = PHPMailer::parseAddresses('=?UTF-8?Q?Andr=C3=A9?= <andre@example.com>');
echo '  ', bin2hex($entry['name']), "\n";

echo "-- decodeHeader()\n";
$values = [
    null, 42, '', 'plain text', '=?broken', 'a=?b?=c', '=?UTF-8?B?w6k=?=',
    '=?UTF-8?Q?a_b?= =?UTF-8?Q?c?=', 'snake_case =?UTF-8?Q?x?=', '=?ISO-8859-1?Q?caf=E9?=',
];
foreach ($values as $value) {
    echo '  ', var_export($value, true), ' => ', var_export(PHPMailer::decodeHeader($value, 'UTF-8'), true), "\n";
}
echo '  default charset: ', bin2hex(PHPMailer::decodeHeader('=?UTF-8?B?w6k=?=')), "\n";
try {
    PHPMailer::decodeHeader('=?UTF-8?B?w6k=?=', 'no-such-charset');
} catch (ValueError $e) {
    echo '  ', get_class($e), ': ', $e->getMessage(), "\n";
}
echo '  mb_internal_encoding() afterwards: ', mb_internal_encoding(), "\n";

echo "-- static:: overrides are called\n";
class Parser extends PHPMailer
{
    public static function decodeHeader($value, $charset = self::CHARSET_ISO88591)
    {
        return strtoupper($value);
    }
    public static function validateAddress($address, $patternselect = null)
    {
        return str_ends_with($address, '.test');
    }
}
show(Parser::parseAddresses('Ann <ann@host.test>, bob@host.test, carl@example.com', null, 'UTF-8'));
class OwnParser extends PHPMailer
{
    protected static function parseSimplerAddresses($addrstr, $charset)
    {
        return [['name' => "own parser, $charset", 'address' => $addrstr]];
    }
}
show(OwnParser::parseAddresses('whatever', null, 'UTF-8'));

echo "-- an error handler that throws (as frameworks install) stops the parser\n";
set_error_handler(function (int $no, string $str) {
    throw new ErrorException($str, 0, $no);
});
try {
    PHPMailer::parseAddresses('a@example.com');
} catch (ErrorException $e) {
    echo '  ', get_class($e), ': ', $e->getMessage(), "\n";
}
restore_error_handler();

echo "-- the texts come from lang(): English, whatever the language set\n";
PHPMailer::setLanguage('de', '/usr/share/php/libphp-phpmailer/language/');
$t = (new PHPMailer())->getTranslations();
var_dump($t['imap_recommended'], $t['deprecated_argument'], $t['invalid_address']);

echo "-- a 6.x class in the same process keeps 6.x's parser: no notice, names decoded only when wholly encoded\n";
show(Smtp\Engine\PHPMailer6::parseAddresses('Le =?UTF-8?Q?Caf=C3=A9?= Team <cafe@example.com>, "Doe, John" <john@example.com>', true, 'UTF-8'));
?>
===DONE===
--EXPECT--
-- the simple parser, with its notice
'a@example.com'
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"","address":"a@example.com"}
'a@example.com, Bob <b@example.com>, "Carol Q" <c@example.com>, \'Dan D\' <d@example.com>'
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"","address":"a@example.com"}
  {"name":"Bob","address":"b@example.com"}
  {"name":"Carol Q","address":"c@example.com"}
  {"name":"Dan D","address":"d@example.com"}
'<e@example.com>, Eve < e2@example.com >, Fay<f@example.com>'
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"","address":"e@example.com"}
  {"name":"Eve","address":"e2@example.com"}
  {"name":"Fay","address":"f@example.com"}
'"Doe, John" <john@example.com>'
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"John","address":"john@example.com"}
'not-an-address, Bad <bad@>, good@example.com,, '
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"","address":"good@example.com"}
'=?UTF-8?B?SsO2cmcgTcO8bGxlcg==?= <j@example.com>'
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"Jörg Müller","address":"j@example.com"}
'=?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <j2@example.com>'
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"Jörg Müller","address":"j2@example.com"}
'"=?UTF-8?Q?Andr=C3=A9?=" <andre@example.com>'
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"André","address":"andre@example.com"}
'Le =?UTF-8?Q?Caf=C3=A9?= Team <cafe@example.com>'
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"Le Café Team","address":"cafe@example.com"}
'A <a@example.com> <b@example.com>'
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  (none)
'A <a@example.com> trailing'
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  (none)
'"" <q@example.com>'
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"","address":"q@example.com"}
''
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  (none)
-- $useimap: any truthy value is deprecated (no ext-imap here, so the simple parser still runs)
true
  [E_USER_DEPRECATED] Deprecated Argument: $useimap
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"","address":"x@example.com"}
1
  [E_USER_DEPRECATED] Deprecated Argument: $useimap
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"","address":"x@example.com"}
'yes'
  [E_USER_DEPRECATED] Deprecated Argument: $useimap
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"","address":"x@example.com"}
NULL
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"","address":"x@example.com"}
false
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"","address":"x@example.com"}
0
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"","address":"x@example.com"}
''
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"","address":"x@example.com"}
-- the default charset is ISO-8859-1, the name decoded into it
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  416e6472e9
-- decodeHeader()
  NULL => ''
  42 => ''
  '' => ''
  'plain text' => 'plain text'
  '=?broken' => '=?broken'
  'a=?b?=c' => 'a=?b?=c'
  '=?UTF-8?B?w6k=?=' => 'é'
  '=?UTF-8?Q?a_b?= =?UTF-8?Q?c?=' => 'a bc'
  'snake_case =?UTF-8?Q?x?=' => 'snake=20case x'
  '=?ISO-8859-1?Q?caf=E9?=' => 'café'
  default charset: e9
  ValueError: mb_internal_encoding(): Argument #1 ($encoding) must be a valid encoding, "no-such-charset" given
  mb_internal_encoding() afterwards: UTF-8
-- static:: overrides are called
  [E_USER_NOTICE] Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
  {"name":"ANN","address":"ann@host.test"}
  {"name":"","address":"bob@host.test"}
  {"name":"own parser, UTF-8","address":"whatever"}
-- an error handler that throws (as frameworks install) stops the parser
  ErrorException: Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
-- the texts come from lang(): English, whatever the language set
string(107) "Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing."
string(21) "Deprecated Argument: "
string(27) "Die Adresse ist ungültig: "
-- a 6.x class in the same process keeps 6.x's parser: no notice, names decoded only when wholly encoded
  {"name":"Le =?UTF-8?Q?Caf=C3=A9?= Team","address":"cafe@example.com"}
  {"name":"John","address":"john@example.com"}
===DONE===
