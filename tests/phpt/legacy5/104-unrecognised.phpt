--TEST--
PHPMailer 5.2: copies that are not stock 5.2.22 to 5.2.28 (a method of their own, an older or unknown version, a private member 5.2 lacks, code beside the class) compile unchanged
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/legacy5.inc';
require __DIR__ . '/../inc/php.inc';

$report = <<<'PHP'
<?php
include 'classes/class.phpmailer.php';
include 'classes/class.smtp.php';
foreach (['PHPMailer', 'SMTP', 'phpmailerException'] as $class) {
    for ($r = new ReflectionClass($class); $r && !$r->isInternal(); $r = $r->getParentClass());
    echo "  $class: ", $r && $r->getName() !== 'Exception' ? 'native ' . $r->getName() : 'stock', "\n";
}
$provided = array_map(fn($row) => $row['class'] . ' ' . $row['version'], smtp_status()['provided']);
echo '  provided: ', implode(', ', $provided) ?: 'nothing', "\n";
PHP;
$cases = [
    'stock 5.2.28' => ['5.2.28', []],
    'stock 5.2.22' => ['5.2.22', []],
    'a fork with a method of its own' => ['5.2.28', ['PHPMailer' => 'public function sendLater() {}']],
    'a fork of SMTP with a property of its own' => ['5.2.28', ['SMTP' => 'public $proxy = null;']],
    'a private member 5.2 lacks' => ['5.2.28', ['PHPMailer' => 'private function helper() {}']],
    'an exception class with a method of its own' => ['5.2.28', ['phpmailerException' => 'public static function wrap() {}']],
    '5.2.21' => ['5.2.21', []],
    '5.2.9' => ['5.2.9', []],
    '5.2.28-custom' => ['5.2.28-custom', []],
    '5.3.0' => ['5.3.0', []],
];
foreach ($cases as $what => [$version, $extra]) {
    echo "$what:\n";
    $dir = legacy5_write(smtp_test_temp_dir(), $version, $extra);
    file_put_contents("$dir/report.php", $report);
    echo smtp_test_php_file("$dir/report.php")[1];
    smtp_test_remove_dir($dir);
}
// Edits of the stock text: code beside the class (5.2.7 and older checked PHP_VERSION at the top of
// the file), and a member made static as 6.x has it.
$edits = [
    'code beside the class' => ["<?php\n", "<?php\nif (version_compare(PHP_VERSION, '5.0.0', '<')) {\n    exit;\n}\n"],
    'idnSupported() made static' => ['public function idnSupported()', 'public static function idnSupported()'],
];
foreach ($edits as $what => [$from, $to]) {
    $dir = legacy5_write(smtp_test_temp_dir());
    $file = "$dir/classes/class.phpmailer.php";
    file_put_contents($file, str_replace($from, $to, file_get_contents($file)));
    file_put_contents("$dir/report.php", $report);
    echo "$what:\n", smtp_test_php_file("$dir/report.php")[1];
    smtp_test_remove_dir($dir);
}
?>
===DONE===
--EXPECT--
stock 5.2.28:
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: native Smtp\Engine\Exception5
  provided: PHPMailer 5.2.28, phpmailerException , SMTP 5.2.28
stock 5.2.22:
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: native Smtp\Engine\Exception5
  provided: PHPMailer 5.2.22, phpmailerException , SMTP 5.2.22
a fork with a method of its own:
  PHPMailer: stock
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: stock
  provided: SMTP 5.2.28
a fork of SMTP with a property of its own:
  PHPMailer: native Smtp\Engine\PHPMailer5
  SMTP: stock
  phpmailerException: native Smtp\Engine\Exception5
  provided: PHPMailer 5.2.28, phpmailerException 
a private member 5.2 lacks:
  PHPMailer: stock
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: stock
  provided: SMTP 5.2.28
an exception class with a method of its own:
  PHPMailer: stock
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: stock
  provided: SMTP 5.2.28
5.2.21:
  PHPMailer: stock
  SMTP: stock
  phpmailerException: stock
  provided: nothing
5.2.9:
  PHPMailer: stock
  SMTP: stock
  phpmailerException: stock
  provided: nothing
5.2.28-custom:
  PHPMailer: stock
  SMTP: stock
  phpmailerException: stock
  provided: nothing
5.3.0:
  PHPMailer: stock
  SMTP: stock
  phpmailerException: stock
  provided: nothing
code beside the class:
  PHPMailer: stock
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: stock
  provided: SMTP 5.2.28
idnSupported() made static:
  PHPMailer: stock
  SMTP: native Smtp\Engine\SMTP5
  phpmailerException: stock
  provided: SMTP 5.2.28
===DONE===
