<?php
/*
 * CodeIgniter 3 controller sending the contact form through the library in
 * application/libraries/Phpmailer_lib.php. In an application it extends
 * CI_Controller and uses $this->load->library('phpmailer_lib'); run on its
 * own (see examples/codeigniter3/index.php) it creates the library itself.
 */
defined('APPPATH') or exit('No direct script access allowed');

use PHPMailer\PHPMailer\Exception;

class Contact
{
    public function send()
    {
        require_once APPPATH . 'libraries/Phpmailer_lib.php';
        $mail = (new Phpmailer_lib())->load();
        try {
            $mail->setFrom('noreply@example.com', 'Website');
            $mail->addReplyTo('info@example.com', 'Information');
            $mail->addAddress(getenv('MAIL_TO') ?: 'owner@example.com');
            $mail->Subject = getenv('MAIL_SUBJECT') ?: 'New contact request';
            $mail->isHTML(true);
            $mail->Body = '<h1>New contact request</h1><p>Someone filled in the contact form.</p>';
            $mail->AltBody = 'New contact request: someone filled in the contact form.';
            $mail->send();
            echo "Message has been sent\n";
        } catch (Exception $e) {
            echo 'Mailer Error: ', $mail->ErrorInfo, "\n";
        }
    }
}
