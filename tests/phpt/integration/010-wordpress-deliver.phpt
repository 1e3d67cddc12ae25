--TEST--
WordPress: wp_mail() with HTML, headers and an attachment delivers through Postfix (STARTTLS, AUTH) natively, in every configuration
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/wordpress.inc'; wp_test_skipif('postfix_starttls'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/wordpress.inc';

$server = smtp_test_server('postfix_starttls');
wp_test_matrix('deliver', function () use ($server) {
    $token = smtp_test_token();
    return [[
        'SMTP_TEST_WP_SMTP' => wp_test_smtp_settings($server),
        'SMTP_TEST_WP_ARGS' => json_encode(['to' => "$token@example.test"]),
        'TOKEN' => $token,
    ], [$token => 'TOKEN']];
}, function (array $r, array $env) {
    $fields = wp_test_common_fields($r) + ['SMTP instance' => $r['smtp_instance']];
    if ($r['wp_mail'] !== [true]) {
        return $fields;
    }
    $msg = smtp_test_parse_message(smtp_test_wait_message($env['TOKEN']));
    $h = $msg['headers'];
    $received = smtp_test_header($h, 'Received');
    $fields['delivered'] = str_contains($received, 'with ESMTPSA') ? 'over TLS, authenticated' : "? $received";
    foreach (['Subject', 'From', 'To', 'Reply-To', 'X-Smtp-Test'] as $name) {
        $fields[$name] = smtp_test_decode_header((string) smtp_test_header($h, $name));
    }
    $fields['X-Mailer'] = preg_replace('/^PHPMailer 6\.\d+\.\d+ /', 'PHPMailer 6.x.y ',
        (string) smtp_test_header($h, 'X-Mailer'));
    $fields['MIME'] = wp_test_mime_tree($msg['mime']);
    foreach ($msg['mime']['parts'] as $i => $part) {
        $disposition = smtp_test_header($part['headers'], 'Content-Disposition');
        $fields["part $i"] = sprintf('%s; charset=%s; %s; %s: %s', $part['type'], $part['params']['charset'] ?? '-',
            $part['encoding'], $disposition ?? 'inline', json_encode($part['body'], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
    }
    return $fields;
});
?>
--EXPECT--
oracle: no extension (oracle)
  mailer class: PHPMailer\PHPMailer\PHPMailer
  wp_mail(): [true]
  actions: wp_mail_succeeded {"to":["TOKEN@example.test"],"subject":"Order #42 – déjà vu","attachments":["report.csv"]}
  ErrorInfo: [""]
  PHP errors: (none)
  SMTP instance: PHPMailer\PHPMailer\SMTP
  delivered: over TLS, authenticated
  Subject: Order #42 – déjà vu
  From: Smtp Test Site <wordpress@example.test>
  To: TOKEN@example.test
  Reply-To: Support <support@example.test>
  X-Smtp-Test: wordpress
  X-Mailer: PHPMailer 6.x.y (https://github.com/PHPMailer/PHPMailer)
  MIME: multipart/mixed(text/html, text/csv)
  part 0: text/html; charset=UTF-8; 8bit; inline: "<html><body><h1>Hello</h1><p>Your <b>order</b> is ready. Ünïcödé ✓</p></body></html>\n"
  part 1: text/csv; charset=-; base64; attachment; filename=report.csv: "id;name\n1;Zoë\n2;Łukasz\n"
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
