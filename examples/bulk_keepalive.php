<?php
/*
 * Sending a newsletter to a list over one SMTP connection: SMTPKeepAlive
 * keeps the session between send() calls, clearAddresses() resets the
 * recipients. Each recipient gets a personal message; a refused address
 * does not stop the run.
 *
 *   SMTP_HOST=127.0.0.1 SMTP_PORT=25 MAIL_TO="a@example.com,b@example.com" \
 *       php -d extension=smtp examples/bulk_keepalive.php
 */

use PHPMailer\PHPMailer\Exception;
use PHPMailer\PHPMailer\PHPMailer;

$list = array_filter(explode(',', getenv('MAIL_TO') ?: 'reader@example.com'));

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = getenv('SMTP_HOST') ?: '127.0.0.1';
$mail->Port = (int) (getenv('SMTP_PORT') ?: 25);
$mail->SMTPKeepAlive = true;
$mail->CharSet = PHPMailer::CHARSET_UTF8;
$mail->setFrom('news@example.com', 'Example News');
$mail->Subject = 'This month at Example';

$sent = 0;
foreach ($list as $i => $address) {
    try {
        $mail->addAddress($address);
        $mail->Body = "Hello reader #" . ($i + 1) . ",\n\nhere is what happened this month.\n";
        $mail->send();
        $sent++;
    } catch (Exception $e) {
        echo "Not sent to $address: ", $mail->ErrorInfo, "\n";
        // A failed transaction may leave the session mid-way: start the next one clean.
        $mail->getSMTPInstance()->reset();
    }
    $mail->clearAddresses();
}
$mail->smtpClose();
echo "sent $sent of ", count($list), "\n";
