<?php
/*
 * The PHPMailer documentation's SMTP example: implicit TLS on port 465
 * with AUTH, debug output on, and the connection kept alive.
 *
 * Runs unchanged on the smtp extension; only the server and credentials
 * are taken from the environment so the test suite can point it at its
 * own server:
 *   SMTP_HOST=... SMTP_PORT=465 SMTP_USER=... SMTP_PASS=... MAIL_TO=... \
 *       php -d extension=smtp examples/send_ssl.php
 */

use PHPMailer\PHPMailer\PHPMailer;

$mail = new PHPMailer();
$mail->isSMTP();
$mail->SMTPSecure = 'ssl';
$mail->Host = getenv('SMTP_HOST') ?: 'smtp.example.com';
$mail->SMTPDebug = 2;
$mail->Port = (int) (getenv('SMTP_PORT') ?: 465);
$mail->SMTPAuth = true;
$mail->Timeout = 60;
$mail->SMTPKeepAlive = true;
$mail->Username = getenv('SMTP_USER') ?: 'admin@example.com';
$mail->Password = getenv('SMTP_PASS') ?: 'secret';
$mail->setFrom('admin@example.com', 'Sender name');
$mail->Subject = 'Message from the website';
$mail->addAddress(getenv('MAIL_TO') ?: 'user@example.com', 'Recipient Name');
$mail->msgHTML('Email Sent from Website');

if ($mail->send()) {
    echo "Message sent\n";
} else {
    echo $mail->ErrorInfo, "\n";
}
