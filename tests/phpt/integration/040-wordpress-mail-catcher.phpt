--TEST--
WordPress: a plugin's PHPMailer subclass (WP Mail SMTP's MailCatcherV6 shape) installed on plugins_loaded sends, and sees its own overrides called, in every configuration
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/wordpress.inc'; wp_test_skipif('postfix_smtps'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/wordpress.inc';

// Two wp_mail() calls through the same object: one delivered, one refused
// at RCPT (Postfix refuses local parts starting with "reject").
$server = smtp_test_server('postfix_smtps');
wp_test_matrix('catcher', function () use ($server) {
    $token = smtp_test_token();
    return [[
        'SMTP_TEST_WP_SMTP' => wp_test_smtp_settings($server),
        'SMTP_TEST_WP_ARGS' => json_encode(['to' => "$token@example.test", 'rejected' => "reject-$token@example.test"]),
        'TOKEN' => $token,
    ], [$token => 'TOKEN']];
}, function (array $r, array $env) {
    $fields = wp_test_common_fields($r);
    $fields['installed on plugins_loaded'] = json_encode($r['catcher_installed']);
    $fields['same object for both'] = json_encode($r['catcher']['same_object']);
    $fields['its validator called'] = $r['catcher']['validator_calls'] > 0 ? 'yes' : 'no';
    $fields['catcher log'] = implode("\n    ", array_map(fn($e) => json_encode($e, JSON_UNESCAPED_SLASHES),
        (array) $r['catcher']['log']));
    if ($r['wp_mail'][0] ?? false) {
        $msg = smtp_test_parse_message(smtp_test_wait_message($env['TOKEN']));
        $fields['delivered'] = sprintf('%s; X-Mailer: %s', smtp_test_header($msg['headers'], 'Subject'),
            smtp_test_header($msg['headers'], 'X-Mailer'));
    }
    return $fields;
});
?>
--EXPECT--
oracle: no extension (oracle)
  mailer class: Smtp_Test_Mail_Catcher
  wp_mail(): [true,false]
  actions: wp_mail_succeeded {"to":["TOKEN@example.test"],"subject":"Caught","attachments":[]}
    wp_mail_failed {"code":"wp_mail_failed","message":"SMTP Error: The following recipients failed: reject-TOKEN@example.test: <reject-TOKEN@example.test>: Recipient address rejected: Recipient rejected by the test server (local part reject*)\r\n","phpmailer_exception_code":1,"to":["reject-TOKEN@example.test"]}
  ErrorInfo: ["","SMTP Error: The following recipients failed: reject-TOKEN@example.test: <reject-TOKEN@example.test>: Recipient address rejected: Recipient rejected by the test server (local part reject*)\r\n"]
  PHP errors: (none)
  installed on plugins_loaded: true
  same object for both: true
  its validator called: yes
  catcher log: {"to":["TOKEN@example.test"],"attachments":[],"mime_header_has_mailer":true,"line_ending":"0d0a"}
    {"postSend":true}
    {"to":["reject-TOKEN@example.test"],"attachments":[],"mime_header_has_mailer":true,"line_ending":"0d0a"}
    {"setError":"SMTP Error: The following recipients failed: reject-TOKEN@example.test: <reject-TOKEN@example.test>: Recipient address rejected: Recipient rejected by the test server (local part reject*)\r\n","smtp":{"smtp_code":"","error":""}}
    {"setError":"SMTP Error: The following recipients failed: reject-TOKEN@example.test: <reject-TOKEN@example.test>: Recipient address rejected: Recipient rejected by the test server (local part reject*)\r\n","smtp":{"smtp_code":"","error":""}}
    {"caught":"PHPMailer\\PHPMailer\\Exception","message":"SMTP Error: The following recipients failed: reject-TOKEN@example.test: <reject-TOKEN@example.test>: Recipient address rejected: Recipient rejected by the test server (local part reject*)\r\n"}
  delivered: Caught; X-Mailer: SmtpTest/MailCatcher 1.0
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
