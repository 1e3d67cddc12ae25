--TEST--
PHPMailer 7.x S/MIME: the MIME header lines that open the signed text are taken once $Encoding is the body's own encoding (an ASCII body signs without "Content-Transfer-Encoding: 8bit"); 6.x takes them before
--DESCRIPTION--
No PHPMailer 7.x is installed to compare with: the expectations are written
from 7.1.1's source, whose createBody() computes the parts' encodings first
and, when signing, sets $this->Encoding to the body's encoding before
$this->getMailMIME() (6.12.0 calls getMailMIME() before either). OpenSSL
verifies every signature; the signed text's header lines are shown.
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/servers.inc'; smtp_test_skipif('postfix_plain'); ?>
--INI--
smtp.default_api=7
--FILE--
<?php
require __DIR__ . '/../inc/php.inc';
require __DIR__ . '/../inc/smime.inc';

use PHPMailer\PHPMailer\PHPMailer;

$dir = smtp_test_temp_dir();
$signer = smime_test_signer($dir);
$cases = [
    'plain, ASCII body' => ['Body' => "An ASCII body.\n"],
    'alternative, ASCII' => ['Body' => '<p>HTML</p>', 'AltBody' => 'Text'],
    'plain, 8-bit body' => ['Body' => "Gr\xfc\xdfe\n"],
];
foreach ($cases as $label => $properties) {
    echo "-- $label\n";
    foreach ([PHPMailer::class, Smtp\Engine\PHPMailer6::class] as $class) {
        $m = new $class();
        $m->isSMTP();
        $m->setFrom('sender@example.test');
        $m->addAddress('to@example.test');
        $m->Subject = 'Signed';
        foreach ($properties as $name => $value) {
            $m->$name = $value;
        }
        $m->sign($signer['cert'], $signer['key'], '');
        var_dump($m->preSend());
        [$status, $said, $content] = smime_test_verify($m->getSentMIMEMessage());
        // The signed text starts with the header lines getMailMIME() gave.
        $head = explode("\r\n\r\n", str_replace("\n", "\r\n", str_replace("\r\n", "\n", $content)), 2)[0];
        echo '  ', $class, ': verify ', $status, ', Encoding ', $m->Encoding, "\n    ",
            str_replace("\r\n", "\n    ", preg_replace('/b1=_[A-Za-z0-9]+/', 'b1=_<id>', $head)), "\n";
    }
}
smtp_test_remove_dir($dir);
?>
===DONE===
--EXPECT--
-- plain, ASCII body
bool(true)
  PHPMailer\PHPMailer\PHPMailer: verify 0, Encoding 7bit
    Content-Type: text/plain; charset=iso-8859-1
bool(true)
  Smtp\Engine\PHPMailer6: verify 0, Encoding 7bit
    Content-Type: text/plain; charset=iso-8859-1
    Content-Transfer-Encoding: 8bit
-- alternative, ASCII
bool(true)
  PHPMailer\PHPMailer\PHPMailer: verify 0, Encoding 7bit
    Content-Type: multipart/alternative;
     boundary="b1=_<id>"
bool(true)
  Smtp\Engine\PHPMailer6: verify 0, Encoding 8bit
    Content-Type: multipart/alternative;
     boundary="b1=_<id>"
    Content-Transfer-Encoding: 8bit
-- plain, 8-bit body
bool(true)
  PHPMailer\PHPMailer\PHPMailer: verify 0, Encoding 8bit
    Content-Type: text/plain; charset=iso-8859-1
    Content-Transfer-Encoding: 8bit
bool(true)
  Smtp\Engine\PHPMailer6: verify 0, Encoding 8bit
    Content-Type: text/plain; charset=iso-8859-1
    Content-Transfer-Encoding: 8bit
===DONE===
