--TEST--
WordPress: a wrong SMTP password fires wp_mail_failed with stock PHPMailer's message, in every configuration
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/wordpress.inc'; wp_test_skipif('postfix_starttls'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/wordpress.inc';

$server = smtp_test_server('postfix_starttls');
wp_test_matrix('fail', function () use ($server) {
    $token = smtp_test_token();
    return [[
        'SMTP_TEST_WP_SMTP' => wp_test_smtp_settings($server, ['password' => 'wrong-password']),
        'SMTP_TEST_WP_ARGS' => json_encode(['to' => "$token@example.test"]),
    ], [$token => 'TOKEN']];
}, function (array $r) {
    return wp_test_common_fields($r);
});
?>
--EXPECT--
oracle: no extension (oracle)
  mailer class: PHPMailer\PHPMailer\PHPMailer
  wp_mail(): [false]
  actions: wp_mail_failed {"code":"wp_mail_failed","message":"SMTP Error: Could not authenticate.","phpmailer_exception_code":0,"to":["TOKEN@example.test"]}
  ErrorInfo: ["SMTP Error: Could not authenticate."]
  PHP errors: (none)
runs:
  no extension (oracle)          stock  same
  extension                      native same
  extension, classes=off         stock  same
  opcache: extension             native same
  opcache: classes=off           stock  same
  file cache 1: extension        native compiled same
  file cache 1: extension again  native cached same
  file cache 1: classes=off      stock  same
  file cache 1: no extension     stock  same
  file cache 2: no extension     stock  compiled same
  file cache 2: classes=off      stock  same
  file cache 2: extension        native same
  file cache 2: extension again  native cached same
