--TEST--
WordPress: an SMTP port nothing listens on fires wp_mail_failed with stock PHPMailer's message, in every configuration
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/wordpress.inc'; wp_test_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/../inc/wordpress.inc';

// A fresh closed port for each run (see wp_test_closed_port()); STARTTLS and
// AUTH configured as for a real server.
wp_test_matrix('fail', function () {
    $token = smtp_test_token();
    $port = wp_test_closed_port();
    $server = ['host' => '127.0.0.1', 'port' => $port, 'tls' => 'starttls', 'auth' => true,
        'username' => 'alice', 'password' => 'secret', 'cafile' => null];
    return [[
        'SMTP_TEST_WP_SMTP' => wp_test_smtp_settings($server),
        'SMTP_TEST_WP_ARGS' => json_encode(['to' => "$token@example.test"]),
    ], [$token => 'TOKEN', ":$port" => ':PORT']];
}, function (array $r) {
    return wp_test_common_fields($r);
});
?>
--EXPECT--
oracle: no extension (oracle)
  mailer class: PHPMailer\PHPMailer\PHPMailer
  wp_mail(): [false]
  actions: wp_mail_failed {"code":"wp_mail_failed","message":"SMTP Error: Could not connect to SMTP host. Failed to connect to server","phpmailer_exception_code":0,"to":["TOKEN@example.test"]}
  ErrorInfo: ["SMTP Error: Could not connect to SMTP host. Failed to connect to server SMTP server error: Failed to connect to server SMTP code: 111 Additional SMTP info: Connection refused"]
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
