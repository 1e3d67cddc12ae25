--TEST--
smtp_status(), the phpinfo() section and smtp.log_substitutions tell what was provided in the process
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
echo "exit $status\n", preg_replace('/^(OpenSSL|zlib) \(([a-z ]+)\) => .*$/m', '$1 ($2) => <version>', $out);
echo "-- error log\n", preg_replace('/^\[[^]]+\] /m', '', file_get_contents("$dir/php.log"));
smtp_test_remove_dir($dir);
?>
--EXPECTF--
exit 0
array(4) {
  ["classes"]=>
  string(4) "auto"
  ["default_api"]=>
  int(6)
  ["log_substitutions"]=>
  bool(true)
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
PHPMailer API => 6.12.0, 7.1.1
OpenSSL (built with) => <version>
OpenSSL (running) => <version>
zlib (built with) => <version>
zlib (running) => <version>

PHPMailer classes => provided (smtp.classes=auto)
Recognised sources => PHPMailer 6.x and 7.x src/*.php
Fallback API => 6
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
