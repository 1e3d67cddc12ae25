<?php
/*
 * Ical: the text/calendar part of alternative messages, with every
 * ICAL_METHOD_*, the method looked up case-insensitively (first of
 * $IcalMethods found wins, REQUEST when none), in every Encoding.
 */

use PHPMailer\PHPMailer\PHPMailer;

$ical = function (string $method): string {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Corpus//EN\r\n" . ($method === '' ? '' : "METHOD:$method\r\n")
        . "BEGIN:VEVENT\r\nUID:1@example.com\r\nDTSTAMP:20250401T100000Z\r\nDTSTART:20250402T100000Z\r\n"
        . "SUMMARY:Planning\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
};
$methods = [
    PHPMailer::ICAL_METHOD_REQUEST, PHPMailer::ICAL_METHOD_PUBLISH, PHPMailer::ICAL_METHOD_REPLY,
    PHPMailer::ICAL_METHOD_ADD, PHPMailer::ICAL_METHOD_CANCEL, PHPMailer::ICAL_METHOD_REFRESH,
    PHPMailer::ICAL_METHOD_COUNTER, PHPMailer::ICAL_METHOD_DECLINECOUNTER,
];
$cases = [];
foreach ($methods as $method) {
    $cases["alt/$method"] = function ($mail) use ($ical, $method) {
        $mail->isHTML();
        $mail->Body = '<p>Invitation</p>';
        $mail->AltBody = 'Invitation';
        $mail->Ical = $ical($method);
    };
    $cases["alt_attach/$method"] = function ($mail) use ($ical, $method) {
        $mail->isHTML();
        $mail->Body = '<p>Invitation</p>';
        $mail->AltBody = 'Invitation';
        $mail->Ical = $ical($method);
        $mail->addStringAttachment($ical($method), 'invite.ics', 'base64', 'text/calendar');
    };
}
$cases['method/none'] = function ($mail) use ($ical) {
    $mail->isHTML();
    $mail->Body = '<p>x</p>';
    $mail->AltBody = 'x';
    $mail->Ical = $ical('');
};
$cases['method/lowercase'] = function ($mail) use ($ical) {
    $mail->isHTML();
    $mail->Body = '<p>x</p>';
    $mail->AltBody = 'x';
    $mail->Ical = $ical('cancel');
};
$cases['method/unknown'] = function ($mail) use ($ical) {
    $mail->isHTML();
    $mail->Body = '<p>x</p>';
    $mail->AltBody = 'x';
    $mail->Ical = $ical('FOO');
};
$cases['method/two'] = function ($mail) use ($ical) {
    $mail->isHTML();
    $mail->Body = '<p>x</p>';
    $mail->AltBody = 'x';
    $mail->Ical = $ical('CANCEL') . "X-COMMENT:METHOD:PUBLISH\r\n";
};
$cases['method/declinecounter-contains-counter'] = function ($mail) {
    $mail->isHTML();
    $mail->Body = '<p>x</p>';
    $mail->AltBody = 'x';
    $mail->Ical = "BEGIN:VCALENDAR\nMETHOD:DECLINECOUNTER\nEND:VCALENDAR\n";
};
foreach (['7bit', '8bit', 'base64', 'quoted-printable', 'binary'] as $enc) {
    $cases["encoding/$enc"] = function ($mail) use ($ical, $enc) {
        $mail->CharSet = 'utf-8';
        $mail->Encoding = $enc;
        $mail->isHTML();
        $mail->Body = '<p>Einladung für Jürgen</p>';
        $mail->AltBody = 'Einladung für Jürgen';
        $mail->Ical = str_replace('Planning', 'Besprechung – Jürgen ' . str_repeat('lang ', 250), $ical('REQUEST'));
    };
}
/* Where the Ical part is not written. */
$cases['shape/plain'] = function ($mail) use ($ical) {
    $mail->Body = 'no alternative, no calendar part';
    $mail->Ical = $ical('REQUEST');
};
$cases['shape/html-no-alt'] = function ($mail) use ($ical) {
    $mail->isHTML();
    $mail->Body = '<p>no alternative</p>';
    $mail->Ical = $ical('REQUEST');
};
$cases['shape/alt_inline'] = function ($mail, $dir) use ($ical) {
    $mail->isHTML();
    $mail->Body = '<img src="cid:logo">';
    $mail->AltBody = 'x';
    $mail->addEmbeddedImage("$dir/logo.png", 'logo');
    $mail->Ical = $ical('PUBLISH');
};
$cases['shape/alt_inline_attach'] = function ($mail, $dir) use ($ical) {
    $mail->isHTML();
    $mail->Body = '<img src="cid:logo">';
    $mail->AltBody = 'x';
    $mail->addEmbeddedImage("$dir/logo.png", 'logo');
    $mail->addAttachment("$dir/doc.pdf");
    $mail->Ical = $ical('PUBLISH');
};
$cases['shape/msgHTML'] = function ($mail) use ($ical) {
    $mail->msgHTML('<p>Meeting</p>');
    $mail->Ical = $ical('REPLY');
};
$cases['lf-only'] = function ($mail) use ($ical) {
    $mail->isHTML();
    $mail->Body = '<p>x</p>';
    $mail->AltBody = 'x';
    $mail->Ical = str_replace("\r\n", "\n", $ical('ADD'));
};

return $cases;
