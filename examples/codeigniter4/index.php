<?php
/*
 * Runs the CodeIgniter 4 example without CodeIgniter: Composer's autoloader
 * (vendor/autoload.php, with PHPMailer installed and App\ mapped to app/),
 * then the controller action:
 *   composer require phpmailer/phpmailer
 *   SMTP_HOST=... php -d extension=smtp index.php
 */
require __DIR__ . '/vendor/autoload.php';
echo (new App\Controllers\Contact())->send();
