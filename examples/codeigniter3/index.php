<?php
/*
 * Runs the CodeIgniter 3 example without CodeIgniter: APPPATH as the front
 * controller defines it, then the controller action. PHPMailer's src/ files
 * are expected in application/third_party/PHPMailer/src/:
 *   cp -r /usr/share/php/libphp-phpmailer/src application/third_party/PHPMailer/
 *   SMTP_HOST=... php -d extension=smtp index.php
 */
define('APPPATH', __DIR__ . '/application/');
require APPPATH . 'controllers/Contact.php';
(new Contact())->send();
