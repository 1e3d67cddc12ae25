<?php
/*
 * Errors, each with and without exceptions: the return value, ErrorInfo,
 * and the exception's class, message and code (the runner records all
 * three for every case).
 */

$errors = [
    'no-recipient' => function ($mail) {
        $mail->clearAddresses();
        $mail->Body = 'nobody';
        return corpus_message($mail);
    },
    'empty-body' => function ($mail) {
        return corpus_message($mail);
    },
    'empty-body-html' => function ($mail) {
        $mail->isHTML();
        $mail->AltBody = 'alt but no body';
        return corpus_message($mail);
    },
    'setFrom-invalid' => function ($mail) {
        return [$mail->setFrom('not-an-address', 'Bad'), $mail->From, $mail->FromName];
    },
    'setFrom-no-at' => function ($mail) {
        return [$mail->setFrom('nobody'), $mail->From];
    },
    'setFrom-crlf' => function ($mail) {
        return [$mail->setFrom("from@example.com\r\nBcc: x@example.com"), $mail->From];
    },
    'from-property-invalid' => function ($mail) {
        $mail->From = 'broken';
        $mail->Body = 'x';
        return corpus_message($mail);
    },
    'from-property-empty' => function ($mail) {
        $mail->From = '';
        $mail->Body = 'x';
        return corpus_message($mail);
    },
    'sender-invalid' => function ($mail) {
        $mail->Sender = 'broken sender';
        $mail->Body = 'x';
        return corpus_message($mail);
    },
    'confirm-invalid' => function ($mail) {
        $mail->ConfirmReadingTo = 'broken@';
        $mail->Body = 'x';
        return corpus_message($mail);
    },
    'addAddress-invalid' => function ($mail) {
        return [$mail->addAddress('bad@'), $mail->getToAddresses()];
    },
    'addAddress-no-at' => function ($mail) {
        return [$mail->addAddress('bad'), $mail->addAddress('')];
    },
    'addCC-invalid' => function ($mail) {
        return $mail->addCC('a b@example.com');
    },
    'addBCC-invalid' => function ($mail) {
        return $mail->addBCC('x@exa mple.com');
    },
    'addReplyTo-invalid' => function ($mail) {
        return $mail->addReplyTo('@example.com');
    },
    'addAddress-crlf' => function ($mail) {
        return $mail->addAddress("to2@example.com\r\nX-Injected: yes");
    },
    'addAttachment-missing' => function ($mail, $dir) {
        return [$mail->addAttachment("$dir/does-not-exist.pdf"), $mail->getAttachments()];
    },
    'addAttachment-url' => function ($mail) {
        return $mail->addAttachment('http://example.com/file.pdf');
    },
    'addAttachment-phar' => function ($mail, $dir) {
        return $mail->addAttachment("phar://$dir/doc.pdf");
    },
    'addAttachment-bad-encoding' => function ($mail, $dir) {
        return [$mail->addAttachment("$dir/doc.pdf", '', 'uuencode'), $mail->getAttachments()];
    },
    'addAttachment-encoding-case' => function ($mail, $dir) {
        return $mail->addAttachment("$dir/doc.pdf", '', 'Base64');
    },
    'addStringAttachment-bad-encoding' => function ($mail) {
        return $mail->addStringAttachment('x', 'x.txt', 'x-custom');
    },
    'addEmbeddedImage-missing' => function ($mail, $dir) {
        return $mail->addEmbeddedImage("$dir/missing.png", 'cid');
    },
    'addEmbeddedImage-bad-encoding' => function ($mail, $dir) {
        return $mail->addEmbeddedImage("$dir/logo.png", 'cid', '', '');
    },
    'addStringEmbeddedImage-bad-encoding' => function ($mail) {
        return $mail->addStringEmbeddedImage('x', 'cid', '', 'gzip');
    },
    'encoding-property-unknown' => function ($mail) {
        $mail->Encoding = 'x-unknown';
        $mail->Body = 'body';
        return corpus_message($mail);
    },
    'encoding-property-unknown-multipart' => function ($mail) {
        $mail->Encoding = 'x-unknown';
        $mail->isHTML();
        $mail->Body = '<p>body</p>';
        $mail->AltBody = 'body';
        return corpus_message($mail);
    },
    'attachment-deleted-before-send' => function ($mail, $dir) {
        copy("$dir/doc.pdf", "$dir/vanishing.pdf");
        $r = [$mail->addAttachment("$dir/vanishing.pdf")];
        unlink("$dir/vanishing.pdf");
        $mail->Body = 'x';
        return [$r, corpus_message($mail)];
    },
    'set-unknown' => function ($mail) {
        return [$mail->set('DoesNotExist', 1), $mail->isError()];
    },
    // Language files from the fixtures (the native classes have no default
    // language directory without a PHPMailer source tree).
    'language-xa' => function ($mail, $dir) {
        $r = [$mail->setLanguage('xa', "$dir/lang/")];
        $r[] = $mail->addAddress('bad');
        $mail->clearAddresses();
        $r[] = corpus_message($mail);
        return $r;
    },
    'language-xb-script-country' => function ($mail, $dir) {
        $r = [$mail->setLanguage('xb_latn_zz', "$dir/lang/"),
            array_intersect_key($mail->getTranslations(), ['empty_message' => 1, 'authenticate' => 1, 'signing' => 1])];
        $mail->Body = '';
        $r[] = corpus_message($mail);
        return $r;
    },
    'language-renamed' => function ($mail, $dir) {
        return [$mail->setLanguage('br', "$dir/lang/"), $mail->getTranslations()['empty_message'],
            $mail->setLanguage('XA', "$dir/lang/"), $mail->getTranslations()['empty_message']];
    },
    'language-unknown' => function ($mail) {
        return [$mail->setLanguage('xx'), $mail->setLanguage('../../etc'), $mail->addAddress('bad')];
    },
    'language-path-missing' => function ($mail, $dir) {
        return [$mail->setLanguage('de', "$dir/nolang/"), $mail->addAddress('bad')];
    },
    'error-then-success' => function ($mail) {
        $mail->addAddress('bad');
        $mail->Body = 'the error is forgotten by preSend';
        return [$mail->isError(), corpus_message($mail), $mail->isError()];
    },
];

$cases = [];
foreach ($errors as $label => $run) {
    $cases["$label/return"] = $run;
    $cases["$label/exception"] = ['exceptions' => true, 'run' => $run];
}
$cases['exception/errorMessage'] = [
    'exceptions' => true,
    'run' => function ($mail) {
        try {
            $mail->addAddress('<bad & "quoted">');
        } catch (PHPMailer\PHPMailer\Exception $e) {
            return [$e->errorMessage(), $e->getMessage(), $e->getCode(), get_class($e)];
        }
        return 'no exception';
    },
];
$cases['exception/null-is-false'] = [
    'exceptions' => null,
    'run' => function ($mail) {
        return $mail->addAddress('bad');
    },
];
$cases['exception/truthy'] = [
    'exceptions' => 'yes',
    'run' => function ($mail) {
        return $mail->addAddress('bad');
    },
];

return $cases;
