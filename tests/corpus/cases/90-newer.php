<?php
/*
 * Behaviour that changed after 6.6.3 in ways oracle_612() cannot express
 * (it rewrites output, it cannot make 6.6.3 accept what it refused):
 * SMTPUTF8 and the 'eai' validator (6.10), names that are '0' or not
 * strings (6.9/6.10), folders as attachments (6.8). These cases are
 * compared only when the oracle is a 6.12.0 tree (SMTP_ORACLE_PHPMAILER,
 * see README.md); with Debian's 6.6.3 they are counted as skipped.
 */

$cases = [];
$since = function (Closure $run): array {
    return ['since' => '6.12.0', 'run' => $run];
};

$cases['smtputf8/unicode-local-part'] = $since(function ($mail) {
    $r = [$mail->addAddress('jöran@example.com', 'Jöran Ümlaut'), $mail->CharSet, $mail::$validator];
    $mail->Subject = 'Grüße – 日本語';
    $mail->addCustomHeader('X-Note', 'café');
    $mail->addStringAttachment('x', 'résumé.txt');
    $mail->Body = "Body with ümlauts\n";
    return [$r, corpus_message($mail), $mail->needsSMTPUTF8(), $mail->UseSMTPUTF8];
});
$cases['smtputf8/unicode-from'] = $since(function ($mail) {
    $mail->CharSet = 'utf-8';
    $mail->addAddress('other@example.com');
    $r = [$mail->setFrom('jöran@example.com', 'Jöran')];
    $mail->Body = 'plain ascii body';
    return [$r, corpus_message($mail), $mail->needsSMTPUTF8()];
});
$cases['smtputf8/setFrom-before-switch'] = $since(function ($mail) {
    $r = [$mail->setFrom('jöran@example.com'), $mail->ErrorInfo, $mail->addAddress('ünïcode@example.com'),
        $mail->setFrom('jöran@example.com')];
    $mail->Body = 'order matters';
    return [$r, corpus_message($mail)];
});
$cases['smtputf8/manual'] = $since(function ($mail) {
    $mail->CharSet = 'utf-8';
    $mail->UseSMTPUTF8 = true;
    $mail->Subject = 'Grüße';
    $mail->FromName = 'Fröm, Name';
    $mail->Encoding = 'base64';
    $mail->isHTML();
    $mail->Body = '<p>Grüße</p>';
    $mail->AltBody = 'Grüße';
    return [corpus_message($mail), $mail->encodeHeader('Grüße', 'comment'), $mail->encodeHeader('Grüße', 'phrase')];
});
$cases['smtputf8/iso-charset'] = $since(function ($mail) {
    $mail->CharSet = 'iso-8859-1';
    $r = [$mail->addCC('ñandú@example.com'), $mail->CharSet];
    $mail->Body = 'x';
    return [$r, corpus_message($mail)];
});
$cases['smtputf8/idn-and-unicode-local'] = $since(function ($mail) {
    $mail->CharSet = 'utf-8';
    $r = [$mail->addAddress('jöran@exämple.com')];
    $mail->Body = 'queued, punycoded, not SMTPUTF8';
    return [$r, corpus_message($mail), $mail->needsSMTPUTF8(), $mail->getToAddresses()];
});
$cases['smtputf8/reply-to-only'] = $since(function ($mail) {
    $mail->CharSet = 'utf-8';
    $r = [$mail->addReplyTo('jöran@example.com')];
    $mail->Body = 'Reply-To does not count';
    return [$r, corpus_message($mail), $mail->needsSMTPUTF8()];
});
$cases['eai/validateAddress'] = $since(function ($mail) {
    $out = [];
    foreach (['üser@exämple.com', 'user@exämple.com', 'a@b', "\xFF@example.com", 'user@example.com'] as $a) {
        $out[] = $mail::validateAddress($a, 'eai');
    }
    return $out;
});
$cases['names/zero'] = $since(function ($mail) {
    $mail->addCC('cc@example.com', '0');
    $mail->setFrom('from@example.com', '0');
    $mail->Body = 'zero names';
    return [$mail->addrFormat(['a@example.com', '0']), corpus_message($mail)];
});
$cases['names/not-strings'] = $since(function ($mail) {
    $mail->addCC('cc@example.com', 5);
    $mail->addReplyTo('r@example.com', ['array']);
    $mail->Body = 'names that are not strings';
    return [$mail->getCcAddresses(), $mail->getReplyToAddresses()] + corpus_message($mail);
});
$cases['attach/folder'] = $since(function ($mail, $dir) {
    return [$mail->addAttachment("$dir/html"), $mail->ErrorInfo, $mail->addEmbeddedImage("$dir/html", 'x')];
});
$cases['attach/folder-exception'] = ['exceptions' => true] + $since(function ($mail, $dir) {
    return $mail->addAttachment("$dir/html");
});

return $cases;
