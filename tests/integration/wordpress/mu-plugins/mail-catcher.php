<?php
/*
 * Plugin Name: smtp tests: mail catcher
 * Description: Replaces the global $phpmailer with a subclass on
 * plugins_loaded, as WP Mail SMTP does (Core::replace_phpmailer()). Inert
 * unless SMTP_TEST_WP_MAIL_CATCHER=1.
 */
if (getenv('SMTP_TEST_WP_MAIL_CATCHER') !== '1') {
    return;
}

add_action('plugins_loaded', static function () {
    global $phpmailer;
    if (!class_exists('\PHPMailer\PHPMailer\PHPMailer', false)) {
        require_once ABSPATH . WPINC . '/PHPMailer/PHPMailer.php';
        require_once ABSPATH . WPINC . '/PHPMailer/Exception.php';
        require_once ABSPATH . WPINC . '/PHPMailer/SMTP.php';
    }
    require_once dirname(__DIR__) . '/lib/class-smtp-test-mail-catcher.php';
    $phpmailer = new Smtp_Test_Mail_Catcher(true);
});
