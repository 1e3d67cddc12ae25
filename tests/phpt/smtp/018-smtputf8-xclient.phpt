--TEST--
6.10+ behaviour the 6.6.3 oracle lacks: SMTPUTF8 for Unicode local parts, and XCLIENT attributes
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--FILE--
<?php
require __DIR__ . '/../inc/faultsmtp.inc';

use PHPMailer\PHPMailer\PHPMailer;
use PHPMailer\PHPMailer\SMTP;

function mailer(int $port, bool $exceptions = false): PHPMailer
{
    $mail = new PHPMailer($exceptions);
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $port;
    $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
    $mail->MessageID = '<pinned@example.test>';
    $mail->XMailer = ' ';
    $mail->Helo = 'client.example';
    return $mail;
}

/** The client's commands of every connection, without the message content. */
function commands(int $port): string
{
    $out = '';
    foreach (fault_transcript($port)['connections'] as $c) {
        $out .= preg_replace('/^DATA\r\n.*?\r\n\.\r\n/ms', "DATA\r\n<content>\r\n", $c['client']);
    }
    return str_replace("\r\n", "\n", $out);
}

echo "-- a Unicode local part switches to SMTPUTF8\n";
$port = fault_scenario(['mode' => 'plain']);
$mail = mailer($port);
$mail->CharSet = PHPMailer::CHARSET_UTF8;
$mail->setFrom('from@example.test', 'Frøm');
var_dump($mail->addAddress('jöran@example.test', 'Jöran'));
var_dump($mail->needsSMTPUTF8());
$mail->Subject = 'Grüße';
$mail->Body = "Hej Jöran\n";
var_dump($mail->send(), $mail->needsSMTPUTF8(), $mail->getSMTPInstance()->getSMTPUTF8());
echo commands($port);
$m = fault_messages($port)[0];
echo implode(' ', $m['mail_params']), "\n", $m['data'];
fault_close($port);

echo "-- a server without SMTPUTF8 refuses it\n";
$port = fault_scenario(['mode' => 'plain', 'ehlo_remove' => ['SMTPUTF8']]);
foreach ([false, true] as $exceptions) {
    $mail = mailer($port, $exceptions);
    $mail->CharSet = PHPMailer::CHARSET_UTF8;
    $mail->setFrom('from@example.test');
    $mail->addAddress('jöran@example.test');
    $mail->Body = 'body';
    try {
        var_dump($mail->send());
    } catch (\PHPMailer\PHPMailer\Exception $e) {
        echo get_class($e), ' #', $e->getCode(), ': ', $e->getMessage(), "\n";
    }
    echo $mail->ErrorInfo, "\n";
}
echo commands($port);
fault_close($port);

echo "-- with the default validator, an 8-bit address switches to UTF-8 and the 'eai' validator\n";
PHPMailer::$validator = 'php';
$mail = new PHPMailer();
var_dump($mail->CharSet, $mail->addAddress('jöran@example.test'), $mail->CharSet, PHPMailer::$validator);
PHPMailer::$validator = 'html5';
var_dump($mail->addAddress('åsa@example.test'), $mail->ErrorInfo);
PHPMailer::$validator = 'php';

echo "-- XCLIENT attributes\n";
var_dump(SMTP::$xclient_allowed_attributes);
$port = fault_scenario(['mode' => 'plain', 'ehlo_extra' => ['XCLIENT NAME ADDR']]);
$mail = mailer($port);
var_dump($mail->setSMTPXclientAttribute('ADDR', '192.0.2.1'), $mail->setSMTPXclientAttribute('NAME', 'x.example'),
    $mail->setSMTPXclientAttribute('HELO', 'h.example'), $mail->setSMTPXclientAttribute('HELO', null),
    $mail->setSMTPXclientAttribute('BOGUS', '1'), $mail->setSMTPXclientAttribute('addr', '1'));
var_dump($mail->getSMTPXclientAttributes());
$mail->setFrom('from@example.test');
$mail->addAddress('to@example.test');
$mail->Body = 'body';
// The server refuses XCLIENT (it does not implement it); PHPMailer goes on regardless.
var_dump($mail->send());
echo commands($port);
fault_close($port);

echo "-- SMTP::xclient() on its own\n";
$port = fault_scenario(['mode' => 'plain']);
$smtp = new SMTP();
$smtp->connect('127.0.0.1', $port);
$smtp->hello('client.example');
var_dump($smtp->xclient([]), $smtp->xclient(['BOGUS' => 'x']));
SMTP::$xclient_allowed_attributes[] = 'BOGUS';
var_dump($smtp->xclient(['PORT' => 25, 'BOGUS' => 'x', 'nope' => 'y']), $smtp->getError()['error']);
$smtp->quit();
echo commands($port);
fault_close($port);
?>
--EXPECT--
-- a Unicode local part switches to SMTPUTF8
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
EHLO client.example
MAIL FROM:<from@example.test> SMTPUTF8
RCPT TO:<jöran@example.test>
DATA
<content>
QUIT
SMTPUTF8
Date: Tue, 1 Apr 2025 10:00:00 +0000
To: Jöran <jöran@example.test>
From: Frøm <from@example.test>
Subject: Grüße
Message-ID: <pinned@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej Jöran

-- a server without SMTPUTF8 refuses it
bool(false)
Server does not support SMTPUTF8 needed to send to Unicode addresses
PHPMailer\PHPMailer\Exception #2: Server does not support SMTPUTF8 needed to send to Unicode addresses
Server does not support SMTPUTF8 needed to send to Unicode addresses
EHLO client.example
QUIT
EHLO client.example
-- with the default validator, an 8-bit address switches to UTF-8 and the 'eai' validator
string(10) "iso-8859-1"
bool(true)
string(5) "utf-8"
string(3) "eai"
bool(false)
string(41) "Invalid address:  (to): åsa@example.test"
-- XCLIENT attributes
array(8) {
  [0]=>
  string(4) "NAME"
  [1]=>
  string(4) "ADDR"
  [2]=>
  string(4) "PORT"
  [3]=>
  string(5) "PROTO"
  [4]=>
  string(4) "HELO"
  [5]=>
  string(5) "LOGIN"
  [6]=>
  string(8) "DESTADDR"
  [7]=>
  string(8) "DESTPORT"
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
array(2) {
  ["ADDR"]=>
  string(9) "192.0.2.1"
  ["NAME"]=>
  string(9) "x.example"
}
bool(true)
EHLO client.example
XCLIENT ADDR=192.0.2.1 NAME=x.example
MAIL FROM:<from@example.test>
RCPT TO:<to@example.test>
DATA
<content>
QUIT
-- SMTP::xclient() on its own
bool(true)
bool(true)
bool(false)
string(22) "XCLIENT command failed"
EHLO client.example
XCLIENT PORT=25 BOGUS=x
QUIT
