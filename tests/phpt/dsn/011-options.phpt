--TEST--
DSNConfigurator: query options, their casts, and which may be set, as PHPMailer 6.12.0
--EXTENSIONS--
smtp
--FILE--
<?php
// The expected output is what PHPMailer 6.12.0's own DSNConfigurator prints for this script
// (Debian's PHPMailer, 6.6.3, has none to run as an oracle).
use PHPMailer\PHPMailer\DSNConfigurator;
use PHPMailer\PHPMailer\PHPMailer;

require __DIR__ . '/../inc/dsn.inc';

$mail = DSNConfigurator::mailer('smtp://mx.example?' . implode('&', [
    'AllowEmpty=0', 'SMTPAutoTLS=', 'SMTPKeepAlive=yes', 'SingleTo=1', 'UseSendmailOptions=false',
    'do_verp=on', 'DKIM_copyHeaderFields[]=1',
    'Priority=3abc', 'SMTPDebug=2', 'WordWrap=1e2',
    'CharSet=iso-8859-1', 'Timeout=10', 'SMTPOptions[ssl][verify_peer]=0', 'XMailer=',
    'Helo=client%20name', 'Subject=a+b',
]));
foreach (['AllowEmpty', 'SMTPAutoTLS', 'SMTPKeepAlive', 'SingleTo', 'UseSendmailOptions', 'do_verp',
    'DKIM_copyHeaderFields', 'Priority', 'SMTPDebug', 'WordWrap', 'CharSet', 'Timeout', 'SMTPOptions', 'XMailer',
    'Helo', 'Subject'] as $name) {
    echo str_pad($name, 22), var_export($mail->$name, true), "\n";
}

// Only the public properties a query may set: get_object_vars() from outside, less the reserved ones.
class MyMailer extends PHPMailer
{
    public $custom = 'default';
    protected $hidden = 'default';
}
$mine = (new DSNConfigurator())->configure(new MyMailer(), 'mail://localhost?custom=set');
var_dump($mine->custom);
$options = ['hidden', 'Port', 'Username', 'Password', 'Mailer', 'SMTPAuth', 'Hostname', 'ErrorInfo', 'to', '0', 'Foo'];
foreach ($options as $option) {
    try {
        (new DSNConfigurator())->configure(new MyMailer(), "mail://localhost?CharSet=x&$option=1");
        echo "$option: accepted\n";
    } catch (\PHPMailer\PHPMailer\Exception $e) {
        // The list of allowed values once; it is the same each time.
        $message = $option === 'hidden' ? dsn_sorted_values($e->getMessage())
            : strstr($e->getMessage(), ' Allowed', true);
        echo get_class($e), ': ', $message, "\n";
    }
}
?>
--EXPECT--
AllowEmpty            false
SMTPAutoTLS           false
SMTPKeepAlive         true
SingleTo              true
UseSendmailOptions    true
do_verp               true
DKIM_copyHeaderFields true
Priority              3
SMTPDebug             2
WordWrap              100
CharSet               'iso-8859-1'
Timeout               '10'
SMTPOptions           array (
  'ssl' => 
  array (
    'verify_peer' => '0',
  ),
)
XMailer               ''
Helo                  'client name'
Subject               'a b'
string(3) "set"
PHPMailer\PHPMailer\Exception: Unknown option: "hidden". Allowed values (sorted): "AllowEmpty", "AltBody", "AuthType", "Body", "CharSet", "ConfirmReadingTo", "ContentType", "DKIM_copyHeaderFields", "DKIM_domain", "DKIM_extraHeaders", "DKIM_identity", "DKIM_passphrase", "DKIM_private", "DKIM_private_string", "DKIM_selector", "Debugoutput", "Encoding", "From", "FromName", "Helo", "Host", "Ical", "MessageDate", "MessageID", "Priority", "SMTPAutoTLS", "SMTPDebug", "SMTPKeepAlive", "SMTPOptions", "SMTPSecure", "Sender", "Sendmail", "SingleTo", "Subject", "Timeout", "UseSMTPUTF8", "UseSendmailOptions", "WordWrap", "XMailer", "action_function", "custom", "do_verp", "dsn"
PHPMailer\PHPMailer\Exception: Unknown option: "Port".
PHPMailer\PHPMailer\Exception: Unknown option: "Username".
PHPMailer\PHPMailer\Exception: Unknown option: "Password".
PHPMailer\PHPMailer\Exception: Unknown option: "Mailer".
PHPMailer\PHPMailer\Exception: Unknown option: "SMTPAuth".
PHPMailer\PHPMailer\Exception: Unknown option: "Hostname".
PHPMailer\PHPMailer\Exception: Unknown option: "ErrorInfo".
PHPMailer\PHPMailer\Exception: Unknown option: "to".
PHPMailer\PHPMailer\Exception: Unknown option: "0".
PHPMailer\PHPMailer\Exception: Unknown option: "Foo".
