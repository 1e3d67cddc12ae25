--TEST--
WordPress: the deprecated class-phpmailer.php / class-smtp.php shims alias the classes to PHPMailer, SMTP and phpmailerException, and an old plugin's new PHPMailer(true) sends, in every configuration
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/wordpress.inc'; wp_test_skipif('postfix_smtps'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/wordpress.inc';

$server = smtp_test_server('postfix_smtps');
wp_test_matrix('shim', function () use ($server) {
    $token = smtp_test_token();
    return [[
        'SMTP_TEST_WP_SMTP' => wp_test_smtp_settings($server),
        'SMTP_TEST_WP_ARGS' => json_encode(['to' => "$token@example.test"]),
        'TOKEN' => $token,
    ], [$token => 'TOKEN']];
}, function (array $r, array $env) {
    $fields = wp_test_common_fields($r);
    foreach ($r['shim']['aliases'] as $alias => $class) {
        $fields["alias $alias"] = (string) $class;
    }
    $fields['new PHPMailer(true)'] = $r['shim']['global_class'];
    $fields['catch (phpmailerException)'] = json_encode($r['shim']['caught'], JSON_UNESCAPED_SLASHES);
    if ($r['wp_mail'] === [true]) {
        $msg = smtp_test_parse_message(smtp_test_wait_message($env['TOKEN']));
        $fields['delivered'] = smtp_test_header($msg['headers'], 'Subject');
    }
    return $fields;
});
?>
--EXPECT--
oracle: no extension (oracle)
  mailer class: PHPMailer\PHPMailer\PHPMailer
  wp_mail(): [true]
  actions: wp_mail_succeeded {"to":["TOKEN@example.test"],"subject":"Old plugin","attachments":[]}
  ErrorInfo: [""]
  PHP errors: User deprecated: File class-phpmailer.php is deprecated since version 5.5.0! Use wp-includes/PHPMailer/PHPMailer.php instead. The PHPMailer class has been moved to wp-includes/PHPMailer subdirectory and now uses the PHPMailer\PHPMailer namespace. in /usr/share/wordpress/wp-includes/functions.php
    User deprecated: File class-smtp.php is deprecated since version 5.5.0! Use wp-includes/PHPMailer/SMTP.php instead. The SMTP class has been moved to the wp-includes/PHPMailer subdirectory and now uses the PHPMailer\PHPMailer namespace. in /usr/share/wordpress/wp-includes/functions.php
  alias PHPMailer: PHPMailer\PHPMailer\PHPMailer
  alias SMTP: PHPMailer\PHPMailer\SMTP
  alias phpmailerException: PHPMailer\PHPMailer\Exception
  new PHPMailer(true): PHPMailer\PHPMailer\PHPMailer
  catch (phpmailerException): ["PHPMailer\\PHPMailer\\Exception","Invalid address:  (to): not an address"]
  delivered: Old plugin
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
