--TEST--
PHPMailer 7.x headers: MessageDate sanitised (sanitiseDate), line breaks stripped from XMailer, ContentType and CharSet, $Encoding checked ("Unknown encoding: x") and accepted in any case; 6.x unchanged
--DESCRIPTION--
No PHPMailer 7.x is installed to compare with: the expectations are written
from 7.1.1's source. createHeader()'s Date is sanitiseDate($MessageDate): a
DateTimeInterface, or a string new DateTime() accepts, formatted with
RFC822_DATE_FORMAT in its own zone; an empty or non-string value, an
exception from DateTime, or a date later than time() gives rfcDate().
X-Mailer is secureHeader(trim($XMailer)); getMailMIME() writes
secureHeader($ContentType) and secureHeader($CharSet). createBody() and
getMailMIME() throw Exception(lang('encoding') . $Encoding) unless
validateEncoding($Encoding), which 7.x compares lower-cased.
--EXTENSIONS--
smtp
--INI--
smtp.default_api=7
date.timezone=UTC
--FILE--
<?php
use PHPMailer\PHPMailer\PHPMailer;
use PHPMailer\PHPMailer\Exception;

/** A message ready for preSend(): SMTP line endings, one recipient, a body. */
function mailer(string $class = PHPMailer::class, bool $exceptions = false): PHPMailer|Smtp\Engine\MailerBase
{
    $m = new $class($exceptions);
    $m->isSMTP();
    $m->setFrom('from@example.com');
    $m->addAddress('to@example.com');
    $m->Body = 'Hello';
    return $m;
}

/** The header block preSend() built, lines as printable JSON strings. */
function header_lines($m, string ...$names): void
{
    $ok = $m->preSend();
    $head = explode("\r\n\r\n", $m->getSentMIMEMessage(), 2)[0];
    // Unfold nothing: a header injection shows up as a line of its own.
    foreach (explode("\r\n", $head) as $line) {
        foreach ($names as $name) {
            if (stripos($line, "$name:") === 0 || $name === '*') {
                echo '  ', json_encode($line, JSON_UNESCAPED_SLASHES), "\n";
            }
        }
    }
    if (!$ok) {
        echo '  preSend() false: ', $m->ErrorInfo, "\n";
    }
}

/** The Date header's value, or "now" when it is the current date in RFC 5322 form. */
function date_of($m): string
{
    $m->preSend();
    preg_match('/^Date: (.*)$/m', $m->getSentMIMEMessage(), $match);
    $value = rtrim($match[1]);
    $now = DateTime::createFromFormat(PHPMailer::RFC822_DATE_FORMAT, $value);
    if ($now && $now->format(PHPMailer::RFC822_DATE_FORMAT) === $value && abs($now->getTimestamp() - time()) < 5) {
        return 'now';
    }
    return $value;
}

echo "-- MessageDate: a date 7.x understands is reformatted; '' (the default), other types, garbage and the future give now\n";
$dates = [
    '', 'Tue, 1 Apr 2025 10:00:00 +0000', '2024-02-29 13:45:10 +0200', '2024-02-29 13:45:10', '@1700000000',
    new DateTimeImmutable('2020-01-02 03:04:05', new DateTimeZone('America/New_York')),
    new DateTime('2019-12-31 23:59:59', new DateTimeZone('Asia/Kolkata')),
    'not a date', "Tue, 1 Apr 2025 10:00:00 +0000\r\nBcc: hidden@example.com", '2099-01-01', '+1 day',
    null, 12345, ['2020-01-01'],
];
foreach ($dates as $date) {
    $m = mailer();
    $m->MessageDate = $date;
    echo '  ', is_object($date) ? get_class($date) . ' ' . $date->format('c') : json_encode($date), ' => ',
        date_of($m), "\n";
}
echo "-- 6.x takes MessageDate as it is\n";
$m = mailer(Smtp\Engine\PHPMailer6::class);
$m->MessageDate = "not a date";
echo '  ', date_of($m), "\n";

echo "-- line breaks are stripped from XMailer, ContentType and CharSet (7.x; the engine's 6.x too, where PHPMailer 6 would let them through)\n";
foreach ([PHPMailer::class, Smtp\Engine\PHPMailer6::class] as $class) {
    echo $class, "\n";
    $m = mailer($class);
    header_lines($m, 'X-Mailer');
    $m = mailer($class);
    $m->XMailer = "  Mailer 1.0\r\nBcc: hidden@example.com  ";
    $m->ContentType = "text/plain\r\nX-Injected: 1";
    $m->CharSet = "us-ascii\nX-Injected: 2";
    header_lines($m, 'X-Mailer', 'Content-Type', 'Bcc', 'X-Injected');
}

echo "-- Encoding is checked before anything is built: 'Unknown encoding: x', in either error mode\n";
$m = mailer();
$m->Encoding = 'x-unknown';
var_dump($m->preSend(), $m->ErrorInfo);
$m = mailer(PHPMailer::class, true);
$m->Encoding = '8BITS';
try {
    $m->send();
} catch (Exception $e) {
    echo '  ', get_class($e), ' (', $e->getCode(), '): ', $e->getMessage(), "\n";
}
echo "  getMailMIME() throws even without exception mode:\n";
$m = mailer();
$m->Encoding = 'uuencode';
try {
    $m->getMailMIME();
} catch (Exception $e) {
    echo '  ', get_class($e), ': ', $e->getMessage(), "\n";
}
echo "-- and accepted in any case, as validateEncoding() is (7.x), where 6.x refuses\n";
class Checks extends PHPMailer
{
    public function valid($encoding)
    {
        return $this->validateEncoding($encoding);
    }
}
class Checks6 extends Smtp\Engine\PHPMailer6
{
    public function valid($encoding)
    {
        return $this->validateEncoding($encoding);
    }
}
foreach (['Checks', 'Checks6'] as $class) {
    $m = mailer($class);
    echo $class, ': ', json_encode(array_map([$m, 'valid'], ['base64', 'BASE64', 'Quoted-Printable', 'x', null])), "\n";
    var_dump($m->addStringAttachment('data', 'a.txt', 'BASE64'));
}
$m = mailer();
$m->Encoding = 'QUOTED-PRINTABLE';
$m->Body = "Gr\xfc\xdfe";
header_lines($m, 'Content-Transfer-Encoding');
echo '  body: ', json_encode(explode("\r\n\r\n", $m->getSentMIMEMessage(), 2)[1]), "\n";
?>
===DONE===
--EXPECT--
-- MessageDate: a date 7.x understands is reformatted; '' (the default), other types, garbage and the future give now
  "" => now
  "Tue, 1 Apr 2025 10:00:00 +0000" => Tue, 1 Apr 2025 10:00:00 +0000
  "2024-02-29 13:45:10 +0200" => Thu, 29 Feb 2024 13:45:10 +0200
  "2024-02-29 13:45:10" => Thu, 29 Feb 2024 13:45:10 +0000
  "@1700000000" => Tue, 14 Nov 2023 22:13:20 +0000
  DateTimeImmutable 2020-01-02T03:04:05-05:00 => Thu, 2 Jan 2020 03:04:05 -0500
  DateTime 2019-12-31T23:59:59+05:30 => Tue, 31 Dec 2019 23:59:59 +0530
  "not a date" => now
  "Tue, 1 Apr 2025 10:00:00 +0000\r\nBcc: hidden@example.com" => now
  "2099-01-01" => now
  "+1 day" => now
  null => now
  12345 => now
  ["2020-01-01"] => now
-- 6.x takes MessageDate as it is
  not a date
-- line breaks are stripped from XMailer, ContentType and CharSet (7.x; the engine's 6.x too, where PHPMailer 6 would let them through)
PHPMailer\PHPMailer\PHPMailer
  "X-Mailer: PHPMailer 7.1.1 (https://github.com/PHPMailer/PHPMailer)"
  "X-Mailer: Mailer 1.0Bcc: hidden@example.com"
  "Content-Type: text/plainX-Injected: 1; charset=us-asciiX-Injected: 2"
Smtp\Engine\PHPMailer6
  "X-Mailer: PHPMailer 6.12.0 (https://github.com/PHPMailer/PHPMailer)"
  "X-Mailer: Mailer 1.0Bcc: hidden@example.com"
  "Content-Type: text/plainX-Injected: 1; charset=us-asciiX-Injected: 2"
-- Encoding is checked before anything is built: 'Unknown encoding: x', in either error mode
bool(false)
string(27) "Unknown encoding: x-unknown"
  PHPMailer\PHPMailer\Exception (0): Unknown encoding: 8BITS
  getMailMIME() throws even without exception mode:
  PHPMailer\PHPMailer\Exception: Unknown encoding: uuencode
-- and accepted in any case, as validateEncoding() is (7.x), where 6.x refuses
Checks: [true,true,true,false,false]
bool(true)
Checks6: [true,false,false,false,false]
bool(false)
  "Content-Transfer-Encoding: QUOTED-PRINTABLE"
  body: "Gr=FC=DFe"
===DONE===
