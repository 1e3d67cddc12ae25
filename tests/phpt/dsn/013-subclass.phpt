--TEST--
DSNConfigurator: configure() asks $this->parseUrl(), mailer() a plain configurator, as PHPMailer 6.12.0
--EXTENSIONS--
smtp
--FILE--
<?php
// The expected output is what PHPMailer 6.12.0's own DSNConfigurator prints for this script
// (Debian's PHPMailer, 6.6.3, has none to run as an oracle).
use PHPMailer\PHPMailer\DSNConfigurator;
use PHPMailer\PHPMailer\PHPMailer;

// configure() asks $this->parseUrl(), which a subclass may replace; mailer() uses a plain configurator.
class Aliases extends DSNConfigurator
{
    public $seen = [];

    protected function parseUrl($url)
    {
        $this->seen[] = $url;
        $parts = parent::parseUrl(str_replace('gmail:', 'smtps:', $url));
        if (is_array($parts) && ($parts['host'] ?? '') === 'broken') {
            return ['scheme' => true, 'host' => 'h'];
        }
        return $parts;
    }
}
$configurator = new Aliases();
$mail = $configurator->configure(new PHPMailer(), 'gmail://user:pw@smtp.gmail.com');
echo $mail->Mailer, ' ', $mail->Host, ' ', $mail->Port, ' ', $mail->SMTPSecure, "\n";
// A scheme of true equals 'mail' to PHPMailer's switch.
echo $configurator->configure(new PHPMailer(), 'smtp://broken')->Mailer, "\n";
print_r($configurator->seen);
try {
    Aliases::mailer('gmail://smtp.gmail.com');
} catch (\PHPMailer\PHPMailer\Exception $e) {
    echo $e->getMessage(), "\n";
}
print_r($configurator->seen);
$parse = new ReflectionMethod(DSNConfigurator::class, 'parseUrl');
$parse->setAccessible(true);
var_dump($parse->invoke(new DSNConfigurator(), 'smtp://u:p@h:1/x?y=z#f'),
    $parse->invoke(new DSNConfigurator(), 'http:///x'));
?>
--EXPECT--
smtp smtp.gmail.com 465 tls
mail
Array
(
    [0] => gmail://user:pw@smtp.gmail.com
    [1] => smtp://broken
)
Invalid scheme: "gmail". Allowed values: "mail", "sendmail", "qmail", "smtp", "smtps".
Array
(
    [0] => gmail://user:pw@smtp.gmail.com
    [1] => smtp://broken
)
array(8) {
  ["scheme"]=>
  string(4) "smtp"
  ["host"]=>
  string(1) "h"
  ["port"]=>
  int(1)
  ["user"]=>
  string(1) "u"
  ["pass"]=>
  string(1) "p"
  ["path"]=>
  string(2) "/x"
  ["query"]=>
  string(3) "y=z"
  ["fragment"]=>
  string(1) "f"
}
bool(false)
