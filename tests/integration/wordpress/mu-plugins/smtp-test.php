<?php
/*
 * Plugin Name: smtp tests: SMTP settings
 * Description: Sends wp_mail() through an SMTP server the way WP Mail SMTP
 * and FluentSMTP do: a phpmailer_init listener sets the mailer's public
 * properties. Inert unless SMTP_TEST_WP_SMTP is set.
 *
 * The settings come from the environment variable SMTP_TEST_WP_SMTP, a JSON
 * object (each test process gets its own, so parallel tests never share
 * settings the way a wp_options row would make them):
 *   host, port        the server
 *   secure            "tls" (STARTTLS), "ssl" (implicit TLS) or "" (none)
 *   auth              true: SMTPAuth with username/password
 *   username, password
 *   cafile            CA file to verify the server certificate with
 *   from, from_name   the envelope and header sender (wp_mail_from filters)
 */
$smtp_test_settings = getenv('SMTP_TEST_WP_SMTP');
if ($smtp_test_settings === false || $smtp_test_settings === '') {
    return;
}
$smtp_test_settings = json_decode($smtp_test_settings, true, 8, JSON_THROW_ON_ERROR);

// WordPress's own default sender, wordpress@<site host>, is wordpress@localhost
// here, which is_email() refuses; plugins offer a "From Email" setting.
if (!empty($smtp_test_settings['from'])) {
    add_filter('wp_mail_from', static function () use ($smtp_test_settings) {
        return $smtp_test_settings['from'];
    });
}
if (!empty($smtp_test_settings['from_name'])) {
    add_filter('wp_mail_from_name', static function () use ($smtp_test_settings) {
        return $smtp_test_settings['from_name'];
    });
}

add_action('phpmailer_init', static function ($phpmailer) use ($smtp_test_settings) {
    $phpmailer->isSMTP();
    $phpmailer->Host = $smtp_test_settings['host'];
    $phpmailer->Port = (int) $smtp_test_settings['port'];
    $phpmailer->SMTPSecure = $smtp_test_settings['secure'] ?? '';
    // As WP Mail SMTP: no opportunistic STARTTLS unless asked for.
    $phpmailer->SMTPAutoTLS = ($smtp_test_settings['secure'] ?? '') !== '';
    $phpmailer->Sender = $phpmailer->From;
    $phpmailer->Timeout = 30;
    if (!empty($smtp_test_settings['auth'])) {
        $phpmailer->SMTPAuth = true;
        $phpmailer->Username = $smtp_test_settings['username'];
        $phpmailer->Password = $smtp_test_settings['password'];
    }
    if (!empty($smtp_test_settings['cafile'])) {
        $phpmailer->SMTPOptions = ['ssl' => ['cafile' => $smtp_test_settings['cafile']]];
    }
});
