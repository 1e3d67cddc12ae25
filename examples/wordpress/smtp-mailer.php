<?php
/*
 * Plugin Name: SMTP mailer
 * Description: Sends wp_mail() through an SMTP server, configured in
 * wp-config.php. Copy into wp-content/mu-plugins/. With the smtp extension
 * enabled, WordPress's PHPMailer is the native engine; this plugin is the
 * same with or without it.
 *
 * In wp-config.php:
 *   define('SMTP_HOST', 'smtp.example.com');
 *   define('SMTP_PORT', 587);
 *   define('SMTP_SECURE', 'tls');        // 'tls' (STARTTLS), 'ssl' (implicit TLS) or ''
 *   define('SMTP_USER', 'site@example.com');
 *   define('SMTP_PASS', 'secret');
 *   define('SMTP_FROM', 'site@example.com');
 *   define('SMTP_FROM_NAME', 'My Site');
 *   define('SMTP_CAFILE', '');           // optional: a CA file for a private CA
 */
if (!defined('SMTP_HOST')) {
    return;
}

if (defined('SMTP_FROM')) {
    add_filter('wp_mail_from', static fn () => SMTP_FROM);
}
if (defined('SMTP_FROM_NAME')) {
    add_filter('wp_mail_from_name', static fn () => SMTP_FROM_NAME);
}

add_action('phpmailer_init', static function ($phpmailer) {
    $phpmailer->isSMTP();
    $phpmailer->Host = SMTP_HOST;
    $phpmailer->Port = defined('SMTP_PORT') ? (int) SMTP_PORT : 587;
    $phpmailer->SMTPSecure = defined('SMTP_SECURE') ? SMTP_SECURE : 'tls';
    $phpmailer->Sender = $phpmailer->From;
    if (defined('SMTP_USER') && SMTP_USER !== '') {
        $phpmailer->SMTPAuth = true;
        $phpmailer->Username = SMTP_USER;
        $phpmailer->Password = defined('SMTP_PASS') ? SMTP_PASS : '';
    }
    if (defined('SMTP_CAFILE') && SMTP_CAFILE !== '') {
        $phpmailer->SMTPOptions = ['ssl' => ['cafile' => SMTP_CAFILE]];
    }
});
