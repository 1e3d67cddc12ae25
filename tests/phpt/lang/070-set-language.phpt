--TEST--
setLanguage() reads PHPMailer's language files: German errors, every shipped code, unknown codes keep English
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/mailer.inc';

$dir = dirname(ORACLE_PHPMAILER) . '/language/';

// Every language file PHPMailer ships, and codes that exercise the lookup rules.
$codes = array_map(fn ($f) => substr(basename($f, '.php'), strlen('phpmailer.lang-')),
    glob($dir . 'phpmailer.lang-*.php'));
$codes = array_merge($codes, ['en', 'EN', 'DE', 'pt_BR', 'de_at', 'sr_latn_rs', 'se', 'dk', 'no', 'cz', 'br',
    'xx', 'deu', 'd', '', "de\n", 'de-DE', '../de']);
$scenario = <<<'PHP'
    $out = [];
    foreach ($vars['codes'] as $code) {
        $mail = new PHPMailer\PHPMailer\PHPMailer();
        $out[$code] = [$mail->setLanguage($code, $vars['dir']), $mail->getTranslations()];
    }
    return $out;
PHP;
$vars = ['codes' => $codes, 'dir' => $dir];
$native = (static function (array $vars) use ($scenario) { return eval($scenario); })($vars);
$oracle = array_map(fn ($r) => [$r[0], oracle_612_translations($r[1])], phpmailer_oracle($scenario, $vars));
$differ = array_filter($codes, fn ($c) => $native[$c] !== $oracle[$c]);
printf("%d codes, %d found, %d differ from PHPMailer%s\n", count($codes),
    count(array_filter($native, fn ($r) => $r[0])), count($differ),
    $differ ? ': ' . implode(', ', array_map(fn ($c) => var_export($c, true), $differ)) : '');

// German error messages, in both error modes; the object stays usable.
$scenario = <<<'PHP'
    $out = [];
    $mail = new PHPMailer\PHPMailer\PHPMailer();
    $out[] = $mail->setLanguage('de', $vars['dir']);
    $out[] = $mail->addAddress('not an address');
    $out[] = $mail->ErrorInfo;
    $mail->setFrom('from@example.test');
    $mail->addAddress('to@example.test');
    $out[] = $mail->send();
    $out[] = $mail->ErrorInfo;
    $mail = new PHPMailer\PHPMailer\PHPMailer(true);
    $mail->setLanguage('de', $vars['dir']);
    try {
        $mail->setFrom('kein at');
    } catch (PHPMailer\PHPMailer\Exception $e) {
        $out[] = get_class($e) . ': ' . $e->getMessage();
    }
    // An unknown code is refused, and the table goes back to English (PHPMailer's way).
    $mail = new PHPMailer\PHPMailer\PHPMailer();
    $out[] = $mail->setLanguage('xx', $vars['dir']);
    $mail->addAddress('not an address');
    $out[] = $mail->ErrorInfo;
    $mail->setLanguage('de', $vars['dir']);
    $out[] = $mail->setLanguage('xx', $vars['dir']);
    $mail->addAddress('still not an address');
    $out[] = $mail->ErrorInfo;
    return $out;
PHP;
$vars = ['dir' => $dir];
$native = (static function (array $vars) use ($scenario) { return eval($scenario); })($vars);
$oracle = array_map(fn ($v) => is_string($v) ? oracle_612($v, 'Fehler vom SMTP-Server: ') : $v,
    phpmailer_oracle($scenario, $vars));
echo "same as PHPMailer: ", var_export($native === $oracle, true), "\n";
if ($native !== $oracle) {
    var_dump($oracle);
}
var_dump($native);

// An SMTP failure carries the server's detail under the German label. (6.6.3
// loses that detail on a refused connection, so the text is 6.12.0's, as in
// errors/031.)
$mail = new PHPMailer\PHPMailer\PHPMailer();
$mail->setLanguage('de', $dir);
$mail->isSMTP();
$mail->Host = '127.0.0.1';
$mail->Port = smtp_test_closed_port();
$mail->setFrom('from@example.test');
$mail->addAddress('to@example.test');
$mail->Body = 'body';
var_dump($mail->send(), $mail->ErrorInfo);
?>
--EXPECT--
70 codes, 64 found, 0 differ from PHPMailer
same as PHPMailer: true
array(10) {
  [0]=>
  bool(true)
  [1]=>
  bool(false)
  [2]=>
  string(48) "Die Adresse ist ungültig:  (to): not an address"
  [3]=>
  bool(false)
  [4]=>
  string(23) "E-Mail-Inhalt ist leer."
  [5]=>
  string(74) "PHPMailer\PHPMailer\Exception: Die Adresse ist ungültig:  (From): kein at"
  [6]=>
  bool(false)
  [7]=>
  string(38) "Invalid address:  (to): not an address"
  [8]=>
  bool(false)
  [9]=>
  string(44) "Invalid address:  (to): still not an address"
}
bool(false)
string(210) "Verbindung zum SMTP-Server fehlgeschlagen. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting Fehler vom SMTP-Server: Failed to connect to server SMTP code: 111 Additional SMTP info: Connection refused"
