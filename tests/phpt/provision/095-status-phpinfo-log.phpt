--TEST--
smtp_status(), the phpinfo() section and smtp.log_substitutions tell which PHPMailer versions' files are recognised (5.2, 6.x, 7.x) and what was provided in the process
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/php.inc';
require __DIR__ . '/../inc/oracle.inc';

$src = ORACLE_PHPMAILER;
$dir = smtp_test_temp_dir();
[$status, $out] = smtp_test_php(<<<PHP
    <?php
    require_once '$src/PHPMailer.php';
    require_once '$src/Exception.php';
    new PHPMailer\PHPMailer\SMTP();  // no source required: the fallback
    var_dump(smtp_status());
    ob_start();
    phpinfo(INFO_MODULES);
    \$info = ob_get_clean();
    \$at = strpos(\$info, "\\nsmtp\\n");
    echo substr(\$info, \$at, strpos(\$info, 'smtp.log_substitutions') - \$at), "...\\n";
    PHP, ['smtp.log_substitutions' => 1, 'error_log' => "$dir/php.log", 'date.timezone' => 'UTC'], true, $dir);
// The features table has a test of its own (basic/003-phpinfo.phpt).
$out = preg_replace('/^(Feature => Compiled in\n)(?:.+\n)+/m', '$1...' . "\n", $out);
echo "exit $status\n", preg_replace('/^(OpenSSL|zlib) \(([a-z ]+)\) => .*$/m', '$1 ($2) => <version>', $out);
echo "-- error log\n", preg_replace('/^\[[^]]+\] /m', '', file_get_contents("$dir/php.log"));
smtp_test_remove_dir($dir);
?>
--EXPECTF--
exit 0
array(5) {
  ["classes"]=>
  string(4) "auto"
  ["default_api"]=>
  int(6)
  ["log_substitutions"]=>
  bool(true)
  ["recognised"]=>
  array(3) {
    ["5.2.22 to 5.2.28"]=>
    array(2) {
      [0]=>
      string(19) "class.phpmailer.php"
      [1]=>
      string(14) "class.smtp.php"
    }
    ["6.x"]=>
    array(7) {
      [0]=>
      string(13) "PHPMailer.php"
      [1]=>
      string(8) "SMTP.php"
      [2]=>
      string(13) "Exception.php"
      [3]=>
      string(8) "POP3.php"
      [4]=>
      string(19) "DSNConfigurator.php"
      [5]=>
      string(22) "OAuthTokenProvider.php"
      [6]=>
      string(9) "OAuth.php"
    }
    ["7.x"]=>
    array(7) {
      [0]=>
      string(13) "PHPMailer.php"
      [1]=>
      string(8) "SMTP.php"
      [2]=>
      string(13) "Exception.php"
      [3]=>
      string(8) "POP3.php"
      [4]=>
      string(19) "DSNConfigurator.php"
      [5]=>
      string(22) "OAuthTokenProvider.php"
      [6]=>
      string(9) "OAuth.php"
    }
  }
  ["provided"]=>
  array(3) {
    [0]=>
    array(4) {
      ["file"]=>
      string(49) "/usr/share/php/libphp-phpmailer/src/PHPMailer.php"
      ["class"]=>
      string(29) "PHPMailer\PHPMailer\PHPMailer"
      ["version"]=>
      string(5) "6.6.3"
      ["base"]=>
      string(22) "Smtp\Engine\PHPMailer6"
    }
    [1]=>
    array(4) {
      ["file"]=>
      string(49) "/usr/share/php/libphp-phpmailer/src/Exception.php"
      ["class"]=>
      string(29) "PHPMailer\PHPMailer\Exception"
      ["version"]=>
      NULL
      ["base"]=>
      string(21) "Smtp\Engine\Exception"
    }
    [2]=>
    array(4) {
      ["file"]=>
      NULL
      ["class"]=>
      string(24) "PHPMailer\PHPMailer\SMTP"
      ["version"]=>
      NULL
      ["base"]=>
      string(16) "Smtp\Engine\SMTP"
    }
  }
}

smtp

smtp support => enabled
Version => %s
PHPMailer API => 5.2.28, 6.12.0, 7.1.1
OpenSSL (built with) => <version>
OpenSSL (running) => <version>
zlib (built with) => <version>
zlib (running) => <version>

Feature => Compiled in
...

PHPMailer classes => provided (smtp.classes=auto)
Recognised: PHPMailer 5.2.22 to 5.2.28 => class.phpmailer.php, class.smtp.php
Recognised: PHPMailer 6.x => PHPMailer.php, SMTP.php, Exception.php, POP3.php, DSNConfigurator.php, OAuthTokenProvider.php, OAuth.php
Recognised: PHPMailer 7.x => PHPMailer.php, SMTP.php, Exception.php, POP3.php, DSNConfigurator.php, OAuthTokenProvider.php, OAuth.php
Fallback API => 6
Provided in this process => 3: 2 substituted source files, 1 declared without a source
PHPMailer\PHPMailer\PHPMailer => /usr/share/php/libphp-phpmailer/src/PHPMailer.php, VERSION 6.6.3 extends Smtp\Engine\PHPMailer6
PHPMailer\PHPMailer\Exception => /usr/share/php/libphp-phpmailer/src/Exception.php extends Smtp\Engine\Exception
PHPMailer\PHPMailer\SMTP => fallback autoloader extends Smtp\Engine\SMTP

Directive => Local Value => Master Value
smtp.chunking => Off => Off
smtp.classes => auto => auto
smtp.default_api => 6 => 6
...
-- error log
smtp: /usr/share/php/libphp-phpmailer/src/PHPMailer.php (PHPMailer\PHPMailer\PHPMailer 6.6.3) compiled as a subclass of Smtp\Engine\PHPMailer6
smtp: /usr/share/php/libphp-phpmailer/src/Exception.php (PHPMailer\PHPMailer\Exception) compiled as a subclass of Smtp\Engine\Exception
smtp: PHPMailer\PHPMailer\SMTP declared by the fallback autoloader as a subclass of Smtp\Engine\SMTP
