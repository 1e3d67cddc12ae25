--TEST--
PHPMailer 5.2: Send() returns false with 5.2's ErrorInfo, or throws phpmailerException in exception mode: a wrong password, a refused connection, a refused sender, bad addresses, no recipient, an empty body, a missing file
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_starttls', 'postfix_strict'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/legacy5.inc';
require __DIR__ . '/../inc/mailer.inc';
require __DIR__ . '/../inc/php.inc';

$dir = legacy5_write(smtp_test_temp_dir());
include "$dir/classes/class.phpmailer.php";
include "$dir/classes/class.smtp.php";

function mailer5(string $server, bool $exceptions, array $set = []): PHPMailer
{
    $s = smtp_test_server($server);
    $mail = new PHPMailer($exceptions);
    $mail->IsSMTP();
    $mail->Host = $s['host'];
    $mail->Port = $s['port'];
    $mail->SMTPAuth = true;
    $mail->Username = $s['username'];
    $mail->Password = $s['password'];
    $mail->SMTPSecure = 'tls';
    $mail->SMTPOptions = array('ssl' => array('cafile' => $s['cafile']));
    $mail->SetFrom('from@example.test');
    $mail->AddAddress(smtp_test_token() . '@example.test');
    $mail->Subject = 'Errors';
    $mail->Body = 'Body';
    foreach ($set as $name => $value) {
        $mail->$name = $value;
    }
    return $mail;
}

function attempt(string $what, callable $send): void
{
    echo "== $what\n";
    try {
        $mail = null;
        $result = $send($mail);
        echo 'returned ', json_encode($result), "\n";
    } catch (Exception $e) {
        printf("%s(%s, %d)\n", get_class($e), json_encode($e->getMessage()), $e->getCode());
        var_dump($e instanceof phpmailerException, $e instanceof PHPMailer\PHPMailer\Exception);
    }
    echo 'ErrorInfo ', json_encode($mail ? $mail->ErrorInfo : null), "\n";
}

foreach ([false, true] as $exceptions) {
    attempt('wrong password' . ($exceptions ? ', exceptions' : ''), function (&$mail) use ($exceptions) {
        $mail = mailer5('postfix_starttls', $exceptions, ['Password' => 'wrong']);
        return $mail->Send();
    });
    attempt('refused connection' . ($exceptions ? ', exceptions' : ''), function (&$mail) use ($exceptions) {
        $mail = mailer5('postfix_starttls', $exceptions, ['Port' => smtp_test_closed_port()]);
        return $mail->Send();
    });
}
// No TLS, no AUTH: postfix_strict refuses MAIL FROM; 5.2 appends the SMTP error without a space, twice.
attempt('refused sender', function (&$mail) {
    $mail = mailer5('postfix_strict', false, ['SMTPSecure' => '', 'SMTPAutoTLS' => false, 'SMTPAuth' => false]);
    return $mail->Send();
});
attempt('bad To address', function (&$mail) {
    $mail = new PHPMailer();
    return $mail->AddAddress('bad');
});
attempt('bad Cc address, exceptions', function (&$mail) {
    $mail = new PHPMailer(true);
    return $mail->AddCC('x@');
});
attempt('bad From address', function (&$mail) {
    $mail = new PHPMailer();
    return $mail->SetFrom('nope');
});
attempt('bad From address, exceptions', function (&$mail) {
    $mail = new PHPMailer(true);
    return $mail->SetFrom('nope@');
});
attempt('bad Sender at send time', function (&$mail) {
    $mail = mailer5('postfix_starttls', false, ['Sender' => 'not an address']);
    return $mail->Send();
});
attempt('no recipient, exceptions', function (&$mail) {
    $mail = mailer5('postfix_starttls', true);
    $mail->ClearAddresses();
    return $mail->Send();
});
attempt('empty body', function (&$mail) {
    $mail = mailer5('postfix_starttls', false, ['Body' => '']);
    return $mail->Send();
});
attempt('missing attachment, exceptions', function (&$mail) {
    $mail = new PHPMailer(true);
    return $mail->AddAttachment('/nonexistent/file.pdf');
});
attempt('missing inline image, exceptions: only recorded', function (&$mail) {
    $mail = new PHPMailer(true);
    return $mail->AddEmbeddedImage('/nonexistent/logo.png', 'logo');
});
attempt('unknown property', function (&$mail) {
    $mail = new PHPMailer(true);
    return $mail->set('NoSuchProperty', 1);
});
$e = new phpmailerException("It's <b>bad</b> & \"worse\"");
echo $e->errorMessage();
smtp_test_remove_dir($dir);
?>
===DONE===
--EXPECT--
== wrong password
returned false
ErrorInfo "SMTP connect() failed. https:\/\/github.com\/PHPMailer\/PHPMailer\/wiki\/Troubleshooting"
== refused connection
returned false
ErrorInfo "SMTP connect() failed. https:\/\/github.com\/PHPMailer\/PHPMailer\/wiki\/Troubleshooting"
== wrong password, exceptions
phpmailerException("SMTP Error: Could not authenticate.", 0)
bool(true)
bool(false)
ErrorInfo "SMTP Error: Could not authenticate."
== refused connection, exceptions
phpmailerException("SMTP connect() failed. https:\/\/github.com\/PHPMailer\/PHPMailer\/wiki\/Troubleshooting", 2)
bool(true)
bool(false)
ErrorInfo "SMTP connect() failed. https:\/\/github.com\/PHPMailer\/PHPMailer\/wiki\/Troubleshooting"
== refused sender
returned false
ErrorInfo "The following From address failed: from@example.test : MAIL FROM command failed,Must issue a STARTTLS command first\r\n,530,5.7.0SMTP server error: MAIL FROM command failed Detail: Must issue a STARTTLS command first\r\n SMTP code: 530 Additional SMTP info: 5.7.0SMTP server error: MAIL FROM command failed Detail: Must issue a STARTTLS command first\r\n SMTP code: 530 Additional SMTP info: 5.7.0"
== bad To address
returned false
ErrorInfo "Invalid address:  (addAnAddress to): bad"
== bad Cc address, exceptions
phpmailerException("Invalid address:  (addAnAddress cc): x@", 0)
bool(true)
bool(false)
ErrorInfo "Invalid address:  (addAnAddress cc): x@"
== bad From address
returned false
ErrorInfo "Invalid address:  (setFrom) nope"
== bad From address, exceptions
phpmailerException("Invalid address:  (setFrom) nope@", 0)
bool(true)
bool(false)
ErrorInfo "Invalid address:  (setFrom) nope@"
== bad Sender at send time
returned false
ErrorInfo "Invalid address:  (punyEncode) not an address"
== no recipient, exceptions
phpmailerException("You must provide at least one recipient email address.", 2)
bool(true)
bool(false)
ErrorInfo "You must provide at least one recipient email address."
== empty body
returned false
ErrorInfo "Message body empty"
== missing attachment, exceptions
phpmailerException("Could not access file: \/nonexistent\/file.pdf", 1)
bool(true)
bool(false)
ErrorInfo "Could not access file: \/nonexistent\/file.pdf"
== missing inline image, exceptions: only recorded
returned false
ErrorInfo "Could not access file: \/nonexistent\/logo.png"
== unknown property
returned false
ErrorInfo "Cannot set or reset variable: NoSuchProperty"
<strong>It&#039;s &lt;b&gt;bad&lt;/b&gt; &amp; &quot;worse&quot;</strong><br />
===DONE===
