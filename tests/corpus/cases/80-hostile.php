<?php
/*
 * Hostile input: line breaks (CR LF, lone LF, lone CR, folding), NUL and
 * 8-bit bytes in every place a value reaches the header block, and in
 * bodies and parts.
 */

$payloads = [
    'crlf' => "evil\r\nBcc: victim@example.com",
    'lf' => "evil\nX-Injected: lf",
    'cr' => "evil\rX-Injected: cr",
    'fold' => "folded\r\n continued",
    'blank-line' => "evil\r\n\r\nInjected body",
    'nul' => "nul\0byte",
    'utf8-crlf' => "Grüße\r\nX-Injected: ü",
];
$places = [
    'Subject' => function ($mail, $v) {
        $mail->Subject = $v;
    },
    'FromName' => function ($mail, $v) {
        return $mail->setFrom('from@example.com', $v);
    },
    'ToName' => function ($mail, $v) {
        return $mail->addAddress('to2@example.com', $v);
    },
    'ReplyToName' => function ($mail, $v) {
        return $mail->addReplyTo('reply@example.com', $v);
    },
    'FromName-property' => function ($mail, $v) {
        $mail->FromName = $v;
    },
    'custom-value' => function ($mail, $v) {
        return $mail->addCustomHeader('X-Custom', $v);
    },
    'custom-name' => function ($mail, $v) {
        return $mail->addCustomHeader($v, 'value');
    },
    'filename' => function ($mail, $v) {
        return $mail->addStringAttachment('data', "$v.txt");
    },
    'cid' => function ($mail, $v) {
        return $mail->addStringEmbeddedImage('GIF89a', $v, 'i.gif');
    },
    'type' => function ($mail, $v) {
        return $mail->addStringAttachment('data', 'd.bin', 'base64', "application/$v");
    },
    'XMailer' => function ($mail, $v) {
        $mail->XMailer = $v;
    },
    'MessageID' => function ($mail, $v) {
        $mail->MessageID = "<$v@example.com>";
    },
    'Hostname' => function ($mail, $v) {
        $mail->Hostname = $v;
    },
    'ContentType' => function ($mail, $v) {
        $mail->ContentType = "text/plain; x=$v";
    },
    'CharSet' => function ($mail, $v) {
        $mail->CharSet = $v;
    },
    'MessageDate' => function ($mail, $v) {
        $mail->MessageDate = $v;
    },
    'Priority' => function ($mail, $v) {
        $mail->Priority = $v;
    },
    'Body' => function ($mail, $v) {
        $mail->Body = $v;
    },
];

/*
 * Where PHPMailer passes the value into the header block as it is. Postfix
 * then changes such a message on its way (it drops an injected Bcc:, adds
 * Message-ID and From when a blank line ends the header early, cuts a
 * header at a NUL), so those are not sent by the delivery test.
 */
$unfiltered = ['custom-name', 'type', 'XMailer', 'ContentType', 'CharSet', 'MessageDate', 'Priority'];

/*
 * Of those, the ones the engine secures (issue 7: no value may add a header
 * line; tests/phpt/injection/): a line break in them is dropped, as
 * secureHeader() drops it, where PHPMailer writes it.
 */
$secured = ['type', 'XMailer', 'ContentType', 'CharSet', 'MessageDate', 'Priority'];
$secured_why = 'the engine drops line breaks PHPMailer lets into the header block (issue 7, tests/phpt/injection/)';

$cases = [];
foreach ($places as $place => $set) {
    foreach ($payloads as $label => $v) {
        $cases["$place/$label"] = [
            'deliver' => !(in_array($place, $unfiltered, true) && in_array($label, ['crlf', 'blank-line', 'nul'], true)),
            'xfail' => in_array($place, $secured, true) && preg_match('/[\r\n]/', $v) ? $secured_why : null,
            'run' => function ($mail) use ($set, $v) {
                $mail->Body = 'hostile';
                $ret = $set($mail, $v);
                return ['set' => $ret] + corpus_message($mail);
            },
        ];
    }
}

/* Values that are not strings where PHPMailer reads strings. */
$cases['types/int-subject'] = function ($mail) {
    $mail->Subject = 12345;
    $mail->Body = 'int subject';
};
$cases['types/float-priority'] = function ($mail) {
    $mail->Priority = 1.5;
    $mail->Body = 'float priority';
};
$cases['types/bool-body'] = function ($mail) {
    $mail->Body = true;
};
$cases['types/int-wordwrap-string'] = function ($mail) {
    $mail->WordWrap = '20';
    $mail->Body = 'a string WordWrap is compared as a number by the wrapping code';
};
$cases['types/int-body'] = function ($mail) {
    $mail->Body = 42;
};

/* Bytes that are not valid in the declared charset. */
$cases['charset/invalid-utf8-subject'] = function ($mail) {
    $mail->CharSet = 'utf-8';
    $mail->Subject = "bad \xC3\x28 sequence \xFF";
    $mail->Body = "bad \xC3\x28 body";
};
$cases['charset/invalid-utf8-name'] = function ($mail) {
    $mail->CharSet = 'utf-8';
    $mail->addCC('cc@example.com', "Bad \xE2\x82 Name");
    $mail->Body = 'x';
};
$cases['charset/truncated-utf8-long'] = function ($mail) {
    $mail->CharSet = 'utf-8';
    $mail->Subject = str_repeat('ü', 40) . "\xC3";
    $mail->Body = 'x';
};
$cases['charset/utf16-bytes'] = function ($mail) {
    $mail->Subject = "\xFF\xFEH\0i\0";
    $mail->Body = "\xFF\xFEH\0i\0";
};

/*
 * Charsets mbstring knows under another name, and names it does not know.
 * (Where PHPMailer would count characters in an unknown charset, mb_strlen()
 * throws a ValueError; the engine counts bytes instead, on purpose, see
 * ext/core/mime_header.c. Those paths, B-encoded headers and the counting
 * helpers, are only run here for known names.)
 */
foreach (['alias' => 'utf8', 'latin1-alias' => 'latin1', 'cp1252' => 'CP1252', 'sjis' => 'Shift_JIS'] as $label => $charset) {
    $cases["charset-name/$label/subject"] = function ($mail) use ($charset) {
        $mail->CharSet = $charset;
        $mail->Subject = 'Grüße aus Köln';
        $mail->addAddress('name@example.com', "Ren\xE9");
        $mail->Body = 'Grüße';
    };
    $cases["charset-name/$label/helpers"] = function ($mail) use ($charset) {
        $mail->CharSet = $charset;
        $out = [];
        foreach (['hasMultiBytes', 'base64EncodeWrapMB', 'encodeHeader', 'html2text'] as $fn) {
            $out[$fn] = $mail->$fn('Grüße &eacute;');
        }
        $out['wrapText'] = $mail->wrapText('Grüße =C3=A9 ' . str_repeat('a=C3=A9', 20), 30, true);
        return $out;
    };
}
foreach (['bogus' => 'x-bogus', 'empty' => '', 'crlf' => "utf-8\r\n", 'utf-16' => 'UTF-16'] as $label => $charset) {
    $cases["charset-name/$label/ascii-headers"] = [
        'xfail' => $label === 'crlf' ? $secured_why : null,
        'run' => function ($mail) use ($charset) {
            $mail->CharSet = $charset;
            $mail->Subject = 'ASCII subject';
            $mail->isHTML();
            $mail->Body = '<p>Grüße &eacute;</p>';
            $mail->AltBody = $mail->html2text($mail->Body);
        },
    ];
}

/* Long header values. */
$cases['long/custom-no-spaces'] = function ($mail) {
    $mail->addCustomHeader('X-Long', str_repeat('x', 2000));
    $mail->Body = 'x';
};
$cases['long/name'] = function ($mail) {
    $mail->addAddress('long@example.com', str_repeat('Name ', 300));
    $mail->Body = 'x';
};
$cases['long/address-list'] = function ($mail) {
    foreach (range(1, 60) as $i) {
        $mail->addCC("recipient-number-$i@subdomain.example.com", "Recipient $i");
    }
    $mail->Body = 'x';
};
$cases['long/filename'] = function ($mail) {
    $mail->CharSet = 'utf-8';
    $mail->addStringAttachment('x', str_repeat('Überlänge ', 30) . '.txt');
    $mail->Body = 'x';
};

/* Bodies that look like MIME. */
$cases['body/fake-boundary'] = function ($mail) {
    $mail->isHTML();
    $mail->Body = "--b1=_CorpusPinnedId0123456789abcdefghijABCDEFGHI\r\nContent-Type: text/evil\r\n\r\nx";
    // (6.6.3's "b1_" form would be rewritten by oracle_612() like a real boundary.)
    $mail->AltBody = "--b2=_CorpusPinnedId0123456789abcdefghijABCDEFGHI--\n";
};
$cases['body/header-like'] = function ($mail) {
    $mail->Body = "Subject: not a header\r\nTo: nobody\r\n\r\nbody";
};
$cases['body/dot-lines'] = function ($mail) {
    $mail->Body = ".\r\n..\r\n.\n.leading\n.";
};

return $cases;
