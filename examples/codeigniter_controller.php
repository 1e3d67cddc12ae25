<?php
/*
 * A CodeIgniter-style controller action sending a contact message, as
 * CodeIgniter tutorials write it, runnable as a plain script:
 *   SMTP_HOST=... SMTP_PORT=465 SMTP_USER=... SMTP_PASS=... MAIL_TO=... \
 *       php -d extension=smtp examples/codeigniter_controller.php
 *
 * Only the server and credentials come from the environment.
 */

use PHPMailer\PHPMailer\PHPMailer;

class Contact
{
    public function send()
    {
        $mail = new PHPMailer();
        $mail->isSMTP();
        $mail->Host = getenv('SMTP_HOST') ?: 'smtp.example.com';
        $mail->SMTPAuth = true;
        $mail->Username = getenv('SMTP_USER') ?: 'noreply@example.com';
        $mail->Password = getenv('SMTP_PASS') ?: 'secret';
        $mail->SMTPSecure = 'ssl';
        $mail->Port = (int) (getenv('SMTP_PORT') ?: 465);
        $mail->Timeout = 60;
        $mail->SMTPKeepAlive = true;

        $mail->setFrom('noreply@example.com', 'Website');
        $mail->addReplyTo('info@example.com', 'Information');
        $mail->addAddress(getenv('MAIL_TO') ?: 'owner@example.com');

        $mail->Subject = 'New contact request';
        $mail->isHTML(true);
        $mail->Body = '<h1>New contact request</h1><p>Someone filled in the contact form.</p>';

        if (!$mail->send()) {
            echo 'Mailer Error: ' . $mail->ErrorInfo, "\n";
        } else {
            echo "Message has been sent\n";
        }
    }
}

(new Contact())->send();
