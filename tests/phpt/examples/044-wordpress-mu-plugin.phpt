--TEST--
Example: the WordPress mu-plugin (SMTP settings in wp-config.php constants) sends wp_mail() through Postfix with STARTTLS and AUTH, natively
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/wordpress.inc'; wp_test_skipif('postfix_starttls'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/wordpress.inc';

$server = smtp_test_server('postfix_starttls');
$plugin = dirname(__DIR__, 3) . '/examples/wordpress/smtp-mailer.php';
$wp_load = wp_test_site()['wp_load'];
$to = smtp_test_token();
$dir = smtp_test_temp_dir();
// What wp-config.php would define, then WordPress, then the plugin as a mu-plugin is loaded.
file_put_contents("$dir/request.php", <<<PHP
    <?php
    define('SMTP_HOST', '{$server['host']}');
    define('SMTP_PORT', {$server['port']});
    define('SMTP_SECURE', 'tls');
    define('SMTP_USER', '{$server['username']}');
    define('SMTP_PASS', '{$server['password']}');
    define('SMTP_FROM', 'site@example.test');
    define('SMTP_FROM_NAME', 'Example Site');
    define('SMTP_CAFILE', '{$server['cafile']}');
    require '$wp_load';
    require '$plugin';
    \$sent = wp_mail('$to@example.test', 'From the mu-plugin example', 'Hello from WordPress.');
    echo 'wp_mail: ', var_export(\$sent, true), "\\n";
    echo 'engine: ', get_parent_class(\$GLOBALS['phpmailer']), "\\n";
    PHP);
[$status, $output] = wp_test_exec([PHP_BINARY, '-n', '-d', 'extension=mysqlnd', '-d', 'extension=mysqli',
    '-d', 'extension=' . ini_get('extension_dir') . '/smtp.so', "$dir/request.php"], []);
echo "exit $status\n$output";
$msg = smtp_test_parse_message(smtp_test_wait_message($to));
foreach (['From', 'Subject'] as $name) {
    echo "$name: ", smtp_test_header($msg['headers'], $name), "\n";
}
echo str_contains(smtp_test_header($msg['headers'], 'Received'), 'with ESMTPSA') ? "authenticated over TLS\n" : "?\n";
smtp_test_remove_dir($dir);
?>
--EXPECT--
exit 0
wp_mail: true
engine: Smtp\Engine\PHPMailer6
From: Example Site <site@example.test>
Subject: From the mu-plugin example
authenticated over TLS
