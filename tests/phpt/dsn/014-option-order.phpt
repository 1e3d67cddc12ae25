--TEST--
DSNConfigurator: the allowed options are listed in the order of PHPMailer's properties
--EXTENSIONS--
smtp
--FILE--
<?php
// PHPMailer lists the allowed options in the order its class declares the properties.
try {
    PHPMailer\PHPMailer\DSNConfigurator::mailer('mail://localhost?Foo=1');
} catch (PHPMailer\PHPMailer\Exception $e) {
    echo wordwrap($e->getMessage(), 100), "\n";
}
?>
--EXPECT--
Unknown option: "Foo". Allowed values: "Priority", "CharSet", "ContentType", "Encoding", "From",
"FromName", "Sender", "Subject", "Body", "AltBody", "Ical", "WordWrap", "Sendmail",
"UseSendmailOptions", "ConfirmReadingTo", "MessageID", "MessageDate", "Host", "Helo", "SMTPSecure",
"SMTPAutoTLS", "SMTPOptions", "AuthType", "Timeout", "dsn", "SMTPDebug", "Debugoutput",
"SMTPKeepAlive", "SingleTo", "do_verp", "AllowEmpty", "DKIM_selector", "DKIM_identity",
"DKIM_passphrase", "DKIM_domain", "DKIM_copyHeaderFields", "DKIM_extraHeaders", "DKIM_private",
"DKIM_private_string", "action_function", "XMailer", "UseSMTPUTF8"
