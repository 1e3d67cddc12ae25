--TEST--
getSentMIMEMessage() with attachments from files renders the message once, straight into the string it returns: PHPMailer's bytes for base64, binary and quoted-printable files, no second copy of the body in memory when the files' encoded lengths are known, $MIMEBody still there on demand, a file changed before the call read as it is then, and the message fixed from then on, however its files change
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';

$dir = sys_get_temp_dir() . '/smtp-once-' . getmypid();
@mkdir($dir);
mt_srand(2045);
$blob = '';
for ($i = 0; $i < 150000; $i++) {
    $blob .= chr(mt_rand(0, 255));
}
file_put_contents("$dir/data.bin", $blob);
file_put_contents("$dir/notes.txt", str_repeat("Grüße, line of notes = with an equals sign\n", 40));

$build = <<<'PHP'
    $mail = new class (true) extends PHPMailer\PHPMailer\PHPMailer {
        protected function generateId() { return 'PinnedIdPinnedIdPinnedIdPinnedIdPinnedId123'; }
        public function body() { return $this->MIMEBody; }
    };
    $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
    $mail->Hostname = 'host.example';
    $mail->CharSet = 'utf-8';
    $mail->setFrom('shop@example.test', 'Example Shop');
    $mail->addAddress('zoe@example.test');
    $mail->Subject = 'Files';
    $mail->isHTML(true);
    $mail->Body = '<p>Grüße</p>';
    $mail->AltBody = 'Grüße';
    foreach ($vars['files'] as [$file, $encoding]) {
        $mail->addAttachment($vars['dir'] . '/' . $file, $file, $encoding);
    }
    $mail->preSend();
PHP;

$cases = [
    'base64' => [['data.bin', 'base64']],
    'binary and base64' => [['data.bin', 'binary'], ['notes.txt', 'base64']],
    'quoted-printable' => [['notes.txt', 'quoted-printable'], ['data.bin', 'base64']],
];
foreach ($cases as $name => $files) {
    $vars = ['dir' => $dir, 'files' => $files];
    $mail = (static function (array $vars) use ($build) { return eval($build . 'return $mail;'); })($vars);
    $oracle = phpmailer_oracle($build . 'return $mail->getSentMIMEMessage();', $vars);
    // PHP 8.1 has no memory_reset_peak_usage(): the growth is not measured there.
    $reset = function_exists('memory_reset_peak_usage');
    $reset && memory_reset_peak_usage();
    $before = memory_get_usage();
    $message = $mail->getSentMIMEMessage();
    $growth = $reset ? memory_get_peak_usage() - $before : 0;
    // The message, and not a second copy of its body besides (a few KiB of header and buffers aside),
    // when the length of each file's encoding is known before reading it (base64, binary).
    $known = !in_array('quoted-printable', array_column($files, 1), true);
    printf("%s: %s, %s, ", $name, var_export($message === oracle_612($oracle), true),
        !$known || $growth < strlen($message) + 65536 ? 'fits' : "grew $growth for " . strlen($message));
    $body = $mail->body();
    echo var_export(str_ends_with($message, "\r\n\r\n" . $body), true), "\n";
}

// A file that changed after preSend(): the message and $MIMEBody both show it as it is now.
$vars = ['dir' => $dir, 'files' => [['notes.txt', 'base64']]];
$mail = (static function (array $vars) use ($build) { return eval($build . 'return $mail;'); })($vars);
file_put_contents("$dir/notes.txt", str_repeat("longer now\n", 500));
$message = $mail->getSentMIMEMessage();
var_dump(str_contains($message, chunk_split(base64_encode(str_repeat("longer now\n", 500)), 76, "\r\n")));
var_dump(str_ends_with($message, "\r\n\r\n" . $mail->body()));

// Changed or gone after getSentMIMEMessage(): the message stays the one returned, as PHPMailer's would.
$mail = (static function (array $vars) use ($build) { return eval($build . 'return $mail;'); })($vars);
$message = $mail->getSentMIMEMessage();
file_put_contents("$dir/notes.txt", 'changed again');
var_dump($mail->getSentMIMEMessage() === $message);
unlink("$dir/notes.txt");
var_dump(str_ends_with($message, "\r\n\r\n" . $mail->body()));

// A file gone since preSend(): a warning, and the header with an empty body (as $MIMEBody reads).
$mail = (static function (array $vars) use ($build) {
    file_put_contents($vars['dir'] . '/notes.txt', 'short');
    return eval($build . 'return $mail;');
})($vars);
unlink("$dir/notes.txt");
$message = $mail->getSentMIMEMessage();
var_dump(str_ends_with($message, "\r\n\r\n") && !str_contains($message, 'multipart/alternative;'), $mail->body() === '');
unlink("$dir/data.bin");
rmdir($dir);
?>
--EXPECTF--
base64: true, fits, true
binary and base64: true, fits, true
quoted-printable: true, fits, true
bool(true)
bool(true)
bool(true)
bool(true)

Warning: %s: The message body could not be rendered: %s cannot be read in %s on line %d
bool(true)
bool(true)
