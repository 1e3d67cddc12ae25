--TEST--
PHPMailer 7.x language: static setLanguage()/lang()/$language shared by every object, 7.x's English texts, self::lang() in PHPMailer's own messages (a subclass's lang() is not asked); 6.x objects keep theirs
--DESCRIPTION--
No PHPMailer 7.x is installed to compare with: the expectations are written
from 7.1.1's source: setLanguage() and lang() are static, the table is
self::$language, PHPMailer's own code calls self::lang() (which loads
English through self::setLanguage() when the table is empty), and the
English table has 29 texts: 6.x's 27 with "macOS" in buggy_php, then
imap_recommended and deprecated_argument. The language files are Debian's
(PHPMailer 6.6.3's), which have neither of the new keys.
--EXTENSIONS--
smtp
--SKIPIF--
<?php if (!is_dir('/usr/share/php/libphp-phpmailer/language')) die('skip Debian libphp-phpmailer needed'); ?>
--INI--
smtp.default_api=7
--FILE--
<?php
use PHPMailer\PHPMailer\PHPMailer;

$dir = '/usr/share/php/libphp-phpmailer/language/';

echo "-- English: 7.x's 29 texts (imap_recommended and deprecated_argument added, buggy_php says macOS)\n";
$en = (new PHPMailer())->getTranslations();
echo count($en), ' texts, last: ', implode(', ', array_slice(array_keys($en), -3)), "\n";
var_dump($en['buggy_php'] === str_replace('MacOS', 'macOS', (new Smtp\Engine\PHPMailer6())->getTranslations()['buggy_php']),
    count((new Smtp\Engine\PHPMailer6())->getTranslations()));

echo "-- setLanguage() is static and so is the table: every 7.x object speaks the language set\n";
var_dump(PHPMailer::setLanguage('de', $dir));
$a = new PHPMailer();
$a->addAddress('not an address');
echo $a->ErrorInfo, "\n";
$six = new Smtp\Engine\PHPMailer6();
$six->addAddress('not an address');
echo '6.x object in the same process: ', $six->ErrorInfo, "\n";
echo "-- keys the file does not have stay English\n";
$t = $a->getTranslations();
echo $t['imap_recommended'], "\n", $t['deprecated_argument'], "\n";
echo "-- an unknown code: English again, and false\n";
var_dump(PHPMailer::setLanguage('xx', $dir));
$a->addAddress('still not an address');
echo $a->ErrorInfo, "\n";

echo "-- PHPMailer's own messages use self::lang(): an override of lang() in a subclass is not asked (6.x asks it)\n";
class Loud extends PHPMailer
{
    protected static function lang($key)
    {
        return strtoupper(parent::lang($key));
    }
    public static function ask($key)
    {
        return static::lang($key);
    }
}
class Loud6 extends Smtp\Engine\PHPMailer6
{
    protected function lang($key)
    {
        return strtoupper(parent::lang($key));
    }
}
foreach (['Loud', 'Loud6'] as $class) {
    $m = new $class();
    $m->addAddress('nope');
    echo "$class: ", $m->ErrorInfo, "\n";
}
echo 'Loud::ask(): ', Loud::ask('invalid_address'), "\n";

echo "-- a subclass's static setLanguage() that fills static::\$language fills PHPMailer's table (one static property)\n";
class WpLike extends PHPMailer
{
    public static function setLanguage($langcode = 'en', $lang_path = '')
    {
        static::$language = ['invalid_address' => 'Adresse fausse : '];
        return true;
    }
}
WpLike::setLanguage();
$m = new PHPMailer();
$m->addAddress('nope');
echo $m->ErrorInfo, "\n";
echo "-- an empty table is refilled with English by PHPMailer's own setLanguage(), not the subclass's\n";
(function () { static::$language = []; })->bindTo(null, WpLike::class)();
$m = new WpLike();
$m->addAddress('nope');
echo $m->ErrorInfo, "\n";
?>
===DONE===
--EXPECT--
-- English: 7.x's 29 texts (imap_recommended and deprecated_argument added, buggy_php says macOS)
29 texts, last: no_smtputf8, imap_recommended, deprecated_argument
bool(true)
int(27)
-- setLanguage() is static and so is the table: every 7.x object speaks the language set
bool(true)
Die Adresse ist ungültig:  (to): not an address
6.x object in the same process: Invalid address:  (to): not an address
-- keys the file does not have stay English
Using simplified address parser is not recommended. Install the PHP IMAP extension for full RFC822 parsing.
Deprecated Argument: 
-- an unknown code: English again, and false
bool(false)
Invalid address:  (to): still not an address
-- PHPMailer's own messages use self::lang(): an override of lang() in a subclass is not asked (6.x asks it)
Loud: Invalid address:  (to): nope
Loud6: INVALID ADDRESS:  (to): nope
Loud::ask(): INVALID ADDRESS: 
-- a subclass's static setLanguage() that fills static::$language fills PHPMailer's table (one static property)
Adresse fausse :  (to): nope
-- an empty table is refilled with English by PHPMailer's own setLanguage(), not the subclass's
Invalid address:  (to): nope
===DONE===
