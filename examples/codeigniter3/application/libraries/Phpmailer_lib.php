<?php
/*
 * CodeIgniter 3 library: PHPMailer from application/third_party/PHPMailer/src
 * (a copy of PHPMailer's src/ directory), loaded the way CodeIgniter 3
 * tutorials do. With the smtp extension enabled the three requires compile
 * to the engine's classes; nothing here changes.
 */
defined('APPPATH') or exit('No direct script access allowed');

use PHPMailer\PHPMailer\PHPMailer;

class Phpmailer_lib
{
    public function load()
    {
        require_once APPPATH . 'third_party/PHPMailer/src/Exception.php';
        require_once APPPATH . 'third_party/PHPMailer/src/PHPMailer.php';
        require_once APPPATH . 'third_party/PHPMailer/src/SMTP.php';

        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host = getenv('SMTP_HOST') ?: 'smtp.example.com';
        $mail->Port = (int) (getenv('SMTP_PORT') ?: 465);
        $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
        $mail->SMTPAuth = true;
        $mail->Username = getenv('SMTP_USER') ?: 'noreply@example.com';
        $mail->Password = getenv('SMTP_PASS') ?: 'secret';
        return $mail;
    }
}
