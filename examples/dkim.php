<?php
/*
 * A DKIM-signed message (rsa-sha256, relaxed/simple as PHPMailer signs).
 * Publish the public key as TXT record <selector>._domainkey.<domain>:
 *   openssl genrsa -out dkim.key 2048
 *   openssl rsa -in dkim.key -pubout -outform der | base64 -w0   # p= value
 *
 *   SMTP_HOST=127.0.0.1 SMTP_PORT=25 DKIM_KEY=dkim.key MAIL_TO=you@example.com \
 *       php -d extension=smtp examples/dkim.php
 */

use PHPMailer\PHPMailer\PHPMailer;

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = getenv('SMTP_HOST') ?: '127.0.0.1';
$mail->Port = (int) (getenv('SMTP_PORT') ?: 25);

$mail->setFrom('shop@example.com', 'Example Shop');
$mail->addAddress(getenv('MAIL_TO') ?: 'customer@example.com');
$mail->Subject = 'Your order has shipped';
$mail->Body = "Your order 1042 is on its way.\n";

$mail->DKIM_domain = 'example.com';
$mail->DKIM_selector = getenv('DKIM_SELECTOR') ?: 'mail';
$mail->DKIM_private = getenv('DKIM_KEY') ?: 'dkim.key';
$mail->DKIM_passphrase = getenv('DKIM_PASSPHRASE') ?: '';
$mail->DKIM_identity = $mail->From;
$mail->DKIM_copyHeaderFields = false;

$mail->send();
echo "Message sent\n";
