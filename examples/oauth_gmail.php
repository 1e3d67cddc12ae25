<?php
/*
 * Gmail (Google Workspace) with XOAUTH2, the way PHPMailer's documentation
 * sets it up: PHPMailer's OAuth class with League's Google provider
 * (composer require phpmailer/phpmailer league/oauth2-google). The refresh
 * token comes from a one-off consent flow (PHPMailer's get_oauth_token.php).
 * Not run by the tests: it needs Google.
 *
 *   GOOGLE_CLIENT_ID=... GOOGLE_CLIENT_SECRET=... GOOGLE_REFRESH_TOKEN=... \
 *   MAIL_FROM=me@gmail.com MAIL_TO=you@example.com php -d extension=smtp examples/oauth_gmail.php
 */
require __DIR__ . '/vendor/autoload.php';

use League\OAuth2\Client\Provider\Google;
use PHPMailer\PHPMailer\OAuth;
use PHPMailer\PHPMailer\PHPMailer;

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'smtp.gmail.com';
$mail->Port = 465;
$mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
$mail->SMTPAuth = true;
$mail->AuthType = 'XOAUTH2';

$provider = new Google([
    'clientId' => getenv('GOOGLE_CLIENT_ID'),
    'clientSecret' => getenv('GOOGLE_CLIENT_SECRET'),
]);
$mail->setOAuth(new OAuth([
    'provider' => $provider,
    'clientId' => getenv('GOOGLE_CLIENT_ID'),
    'clientSecret' => getenv('GOOGLE_CLIENT_SECRET'),
    'refreshToken' => getenv('GOOGLE_REFRESH_TOKEN'),
    'userName' => getenv('MAIL_FROM'),
]));

$mail->setFrom(getenv('MAIL_FROM'));
$mail->addAddress(getenv('MAIL_TO'));
$mail->Subject = 'Sent through Gmail with OAuth2';
$mail->Body = "Hello from PHPMailer's API on the smtp engine.\n";
$mail->send();
echo "Message sent\n";
