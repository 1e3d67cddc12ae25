--TEST--
DSNConfigurator: each exception, its text, and what was configured before it, as PHPMailer 6.12.0
--EXTENSIONS--
smtp
--FILE--
<?php
// The expected output is what PHPMailer 6.12.0's own DSNConfigurator prints for this script
// (Debian's PHPMailer, 6.6.3, has none to run as an oracle).
use PHPMailer\PHPMailer\DSNConfigurator;
use PHPMailer\PHPMailer\PHPMailer;

require __DIR__ . '/../inc/dsn.inc';

foreach (['', 'localhost', 'smtp:', 'smtp://', 'smtp:///path', 'smtp://:25', 'http://[::1', '//mx.example',
    'SMTP://mx.example', 'imap://mx.example', 'smtp+tls://mx.example', 'mail://localhost?Foo=1'] as $dsn) {
    try {
        $mail = DSNConfigurator::mailer($dsn, false);
        echo var_export($dsn, true), ': ', $mail->Mailer, "\n";
    } catch (Throwable $e) {
        echo var_export($dsn, true), ': ', get_class($e), ' (', $e->getCode(), '): ',
            dsn_sorted_values($e->getMessage()), "\n";
    }
}
// The scheme is the one to blame even when exceptions are off for the mailer, and the mailer is left as it was.
$mail = new PHPMailer(false);
try {
    (new DSNConfigurator())->configure($mail, 'pop3://mx.example');
} catch (\PHPMailer\PHPMailer\Exception $e) {
    echo $e->getMessage(), ' Mailer=', $mail->Mailer, "\n";
}
// A query option after an unknown one is never applied; those before it are.
$mail = new PHPMailer();
try {
    (new DSNConfigurator())->configure($mail, 'smtp://mx.example?Priority=1&Nope=2&CharSet=x');
} catch (\PHPMailer\PHPMailer\Exception $e) {
    echo 'Priority=', $mail->Priority, ' CharSet=', $mail->CharSet, ' Host=', $mail->Host, "\n";
}
try {
    (new DSNConfigurator())->configure(new stdClass(), 'mail://localhost');
} catch (TypeError $e) {
    echo preg_replace('/^\S+::configure\(\)|, called in .*$/', '', $e->getMessage()), "\n";
}
?>
--EXPECT--
'': PHPMailer\PHPMailer\Exception (0): Malformed DSN
'localhost': PHPMailer\PHPMailer\Exception (0): Malformed DSN
'smtp:': PHPMailer\PHPMailer\Exception (0): Malformed DSN
'smtp://': PHPMailer\PHPMailer\Exception (0): Malformed DSN
'smtp:///path': PHPMailer\PHPMailer\Exception (0): Malformed DSN
'smtp://:25': PHPMailer\PHPMailer\Exception (0): Malformed DSN
'http://[::1': PHPMailer\PHPMailer\Exception (0): Invalid scheme: "http". Allowed values: "mail", "sendmail", "qmail", "smtp", "smtps".
'//mx.example': PHPMailer\PHPMailer\Exception (0): Malformed DSN
'SMTP://mx.example': PHPMailer\PHPMailer\Exception (0): Invalid scheme: "SMTP". Allowed values: "mail", "sendmail", "qmail", "smtp", "smtps".
'imap://mx.example': PHPMailer\PHPMailer\Exception (0): Invalid scheme: "imap". Allowed values: "mail", "sendmail", "qmail", "smtp", "smtps".
'smtp+tls://mx.example': PHPMailer\PHPMailer\Exception (0): Invalid scheme: "smtp+tls". Allowed values: "mail", "sendmail", "qmail", "smtp", "smtps".
'mail://localhost?Foo=1': PHPMailer\PHPMailer\Exception (0): Unknown option: "Foo". Allowed values (sorted): "AllowEmpty", "AltBody", "AuthType", "Body", "CharSet", "ConfirmReadingTo", "ContentType", "DKIM_copyHeaderFields", "DKIM_domain", "DKIM_extraHeaders", "DKIM_identity", "DKIM_passphrase", "DKIM_private", "DKIM_private_string", "DKIM_selector", "Debugoutput", "Encoding", "From", "FromName", "Helo", "Host", "Ical", "MessageDate", "MessageID", "Priority", "SMTPAutoTLS", "SMTPDebug", "SMTPKeepAlive", "SMTPOptions", "SMTPSecure", "Sender", "Sendmail", "SingleTo", "Subject", "Timeout", "UseSMTPUTF8", "UseSendmailOptions", "WordWrap", "XMailer", "action_function", "do_verp", "dsn"
Invalid scheme: "pop3". Allowed values: "mail", "sendmail", "qmail", "smtp", "smtps". Mailer=mail
Priority=1 CharSet=iso-8859-1 Host=mx.example
: Argument #1 ($mailer) must be of type PHPMailer\PHPMailer\PHPMailer, stdClass given
