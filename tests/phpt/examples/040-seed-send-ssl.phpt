--TEST--
Seed example: the documentation's SMTPS script delivers through Postfix with AUTH, natively
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
[$status, $output] = smtp_test_run_example('send_ssl.php', [
    'SMTP_HOST' => $server['host'], 'SMTP_PORT' => $server['port'],
    'SMTP_USER' => $server['username'], 'SMTP_PASS' => $server['password'], 'MAIL_TO' => "$to@example.test",
], ['openssl.cafile' => $server['cafile']]);
echo "exit $status\n";
// SMTPDebug = 2: the conversation, then the script's own last line.
echo preg_match('/SERVER -> CLIENT: 220 /', $output) ? "greeting shown\n" : $output;
echo preg_match('/CLIENT -> SERVER: \[credentials hidden\]/', $output) ? "credentials hidden\n" : $output;
echo preg_match('/^Message sent$/m', $output) ? "Message sent\n" : $output;
// SMTPKeepAlive: the connection is closed by the destructor at the end of the script.
echo preg_match('/CLIENT -> SERVER: QUIT\s+\S+ \S+\tSERVER -> CLIENT: 221 /', $output) ? "QUIT at exit\n" : $output;

$msg = smtp_test_parse_message(smtp_test_wait_message($to));
echo smtp_test_header($msg['headers'], 'Subject'), "\n";
echo smtp_test_header($msg['headers'], 'From'), "\n";
echo str_contains(smtp_test_header($msg['headers'], 'Received'), 'with ESMTPSA') ? "authenticated over TLS\n" : "?\n";
foreach ($msg['mime']['parts'] as $part) {
    echo $part['type'], ': ', trim($part['body']), "\n";
}

// The class the example uses is the engine's, found with no PHPMailer file.
$mail = new PHPMailer\PHPMailer\PHPMailer();
$engine = new ReflectionClass(get_parent_class($mail));
printf("%s internal=%s extension=%s\n", $engine->getName(), var_export($engine->isInternal(), true),
    $engine->getExtensionName());
?>
--EXPECT--
exit 0
greeting shown
credentials hidden
Message sent
QUIT at exit
Message from the website
Sender name <admin@example.com>
authenticated over TLS
text/plain: Email Sent from Website
text/html: Email Sent from Website
Smtp\Engine\PHPMailer6 internal=true extension=smtp
