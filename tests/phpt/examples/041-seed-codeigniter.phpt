--TEST--
Seed example: the CodeIgniter-style controller delivers through Postfix over SMTPS with AUTH, natively
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_smtps'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/servers.inc';
require __DIR__ . '/../inc/examples.inc';

$server = smtp_test_server('postfix_smtps');
$to = smtp_test_token();
[$status, $output] = smtp_test_run_example('codeigniter_controller.php', [
    'SMTP_HOST' => $server['host'], 'SMTP_PORT' => $server['port'],
    'SMTP_USER' => $server['username'], 'SMTP_PASS' => $server['password'], 'MAIL_TO' => "$to@example.test",
], ['openssl.cafile' => $server['cafile']]);
echo "exit $status\n", $output;

$msg = smtp_test_parse_message(smtp_test_wait_message($to));
foreach (['Subject', 'From', 'Reply-To', 'To'] as $name) {
    printf("%s: %s\n", $name, smtp_test_header($msg['headers'], $name));
}
echo str_contains(smtp_test_header($msg['headers'], 'Received'), 'with ESMTPSA') ? "authenticated over TLS\n" : "?\n";
echo $msg['mime']['type'], ': ', trim($msg['mime']['body']), "\n";
?>
--EXPECTF--
exit 0
Message has been sent
Subject: New contact request
From: Website <noreply@example.com>
Reply-To: Information <info@example.com>
To: t%x@example.test
authenticated over TLS
text/html: <h1>New contact request</h1><p>Someone filled in the contact form.</p>
