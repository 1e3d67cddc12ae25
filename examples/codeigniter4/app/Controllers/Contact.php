<?php
/*
 * CodeIgniter 4 controller: PHPMailer comes from Composer
 * (composer require phpmailer/phpmailer) and is autoloaded from vendor/.
 * With the smtp extension enabled, vendor/phpmailer/phpmailer/src/*.php
 * compile to the engine's classes; nothing here changes. In an application
 * it extends BaseController.
 */
namespace App\Controllers;

use PHPMailer\PHPMailer\Exception;
use PHPMailer\PHPMailer\PHPMailer;

class Contact
{
    public function send(): string
    {
        $mail = new PHPMailer(true);
        try {
            $mail->isSMTP();
            $mail->Host = getenv('SMTP_HOST') ?: 'smtp.example.com';
            $mail->Port = (int) (getenv('SMTP_PORT') ?: 465);
            $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
            $mail->SMTPAuth = true;
            $mail->Username = getenv('SMTP_USER') ?: 'noreply@example.com';
            $mail->Password = getenv('SMTP_PASS') ?: 'secret';
            $mail->setFrom('noreply@example.com', 'Website');
            $mail->addAddress(getenv('MAIL_TO') ?: 'owner@example.com');
            $mail->Subject = getenv('MAIL_SUBJECT') ?: 'New contact request';
            $mail->isHTML(true);
            $mail->Body = '<h1>New contact request</h1><p>Someone filled in the contact form.</p>';
            $mail->AltBody = 'New contact request: someone filled in the contact form.';
            $mail->send();
            return "Message has been sent\n";
        } catch (Exception $e) {
            return 'Mailer Error: ' . $mail->ErrorInfo . "\n";
        }
    }
}
