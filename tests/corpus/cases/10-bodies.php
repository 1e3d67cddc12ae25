<?php
/*
 * Bodies: plain, HTML and HTML with a text alternative, in every Encoding,
 * with text that is ASCII, 8-bit, multibyte, has lines around the 998-byte
 * limit, mixed line ends, dots, NULs, trailing white space; CharSet;
 * WordWrap; AllowEmpty.
 */

$texts = [
    'ascii' => ['iso-8859-1', "Hello world,\nthis is a short message.\n\nBye"],
    'latin1' => ['iso-8859-1', "Gr\xFC\xDFe aus K\xF6ln,\nna\xEFve caf\xE9 \xA3 \xFF"],
    'utf8' => ['utf-8', "Grüße aus Köln – 日本語のテキスト 😀\nЖелаю удачи"],
    'line1001' => ['iso-8859-1', "short\n" . str_repeat('x', 1001) . "\nend"],
    'line998-utf8' => ['utf-8', str_repeat('é', 499) . "\n" . str_repeat('y', 998)],
    'breaks' => ['iso-8859-1', "crlf\r\nlf\ncr\rlast\r\n\r\n.dot line\n..two dots\nFrom here\n"],
    'trailing-ws' => ['iso-8859-1', "spaces at end   \ntab at end\t\n \n=equals= and =3D\n"],
    'nul' => ['iso-8859-1', "before\0after\nctrl \x01\x02\x1B\x7F"],
];
$encodings = ['7bit', '8bit', 'base64', 'quoted-printable', 'binary'];
$shapes = [
    'plain' => function ($mail, $text) {
        $mail->Body = $text;
    },
    'html' => function ($mail, $text) {
        $mail->isHTML();
        $mail->Body = "<p>$text</p>";
    },
    'alt' => function ($mail, $text) {
        $mail->isHTML();
        $mail->Body = "<p>$text</p>";
        $mail->AltBody = $text;
    },
];

$cases = [];
foreach ($texts as $tname => [$charset, $text]) {
    foreach ($encodings as $encoding) {
        foreach ($shapes as $sname => $shape) {
            $cases["$sname/$tname/$encoding"] = function ($mail) use ($charset, $encoding, $shape, $text) {
                $mail->CharSet = $charset;
                $mail->Encoding = $encoding;
                $shape($mail, $text);
            };
        }
    }
}

/* Lines right at the limit: 998 bytes plus the line end is still fine, longer is not. */
foreach ([997, 998, 999, 1000, 1001, 2500] as $n) {
    foreach (['Body', 'AltBody'] as $prop) {
        $cases["limit/$prop/$n"] = function ($mail) use ($n, $prop) {
            $mail->isHTML();
            $mail->Body = 'html';
            $mail->AltBody = 'text';
            $mail->$prop = 'a' . str_repeat('b', $n - 2) . "c\nnext line";
        };
    }
    $cases["limit/last-line/$n"] = function ($mail) use ($n) {
        $mail->Body = "first\r\n" . str_repeat('z', $n);
    };
    $cases["limit/cr-counts/$n"] = function ($mail) use ($n) {
        $mail->Body = str_repeat('z', $n - 1) . "\r";
    };
}

/* An ASCII text part next to an 8-bit one: each part picks its own encoding and charset. */
$cases['mixed/8bit-html-ascii-alt'] = function ($mail) {
    $mail->CharSet = 'utf-8';
    $mail->isHTML();
    $mail->Body = '<p>Grüße</p>';
    $mail->AltBody = 'Greetings';
};
$cases['mixed/ascii-html-8bit-alt'] = function ($mail) {
    $mail->CharSet = 'utf-8';
    $mail->isHTML();
    $mail->Body = '<p>Greetings</p>';
    $mail->AltBody = 'Grüße';
};
$cases['mixed/long-alt-base64'] = function ($mail) {
    $mail->Encoding = 'base64';
    $mail->isHTML();
    $mail->Body = '<p>' . str_repeat('w', 1200) . '</p>';
    $mail->AltBody = str_repeat('w', 1200);
};
$cases['mixed/text-plain-with-altbody'] = function ($mail) {
    $mail->Body = 'plain text body';
    $mail->AltBody = 'alternative';
};

foreach (['us-ascii', 'utf-8', 'iso-8859-1', 'windows-1252', 'UTF-8', 'koi8-r'] as $charset) {
    $cases["charset/$charset"] = function ($mail) use ($charset) {
        $mail->CharSet = $charset;
        $mail->isHTML();
        $mail->Subject = "Subject \xE4\xF6";
        $mail->Body = "<b>\xE4\xF6\xFC</b>";
        $mail->AltBody = "\xE4\xF6\xFC";
    };
}
$cases['charset/empty'] = function ($mail) {
    $mail->CharSet = '';
    $mail->Body = "caf\xE9";
};
$cases['content-type/custom'] = function ($mail) {
    $mail->ContentType = 'text/x-custom';
    $mail->Body = 'custom';
};
$cases['content-type/ishtml-false-after-true'] = function ($mail) {
    $mail->isHTML(true);
    $mail->isHTML(false);
    $mail->Body = '<b>not html</b>';
};
$cases['encoding/uppercase'] = function ($mail) {
    $mail->Encoding = 'BASE64';
    $mail->Body = 'shouting';
};

/* WordWrap wraps Body for plain and HTML messages, AltBody when there is one. */
$para = 'The quick brown fox jumps over the lazy dog. ' . str_repeat('Lorem ipsum dolor sit amet, consectetur adipiscing elit. ', 4)
    . "\nSecond paragraph with averyveryveryveryveryveryveryveryveryveryveryveryverylongwordthatcannotbreak and more.\n";
foreach ([1, 10, 20, 40, 76, 78, 998] as $ww) {
    $cases["wordwrap/plain/$ww"] = function ($mail) use ($ww, $para) {
        $mail->WordWrap = $ww;
        $mail->Body = $para;
    };
    $cases["wordwrap/alt/$ww"] = function ($mail) use ($ww, $para) {
        $mail->WordWrap = $ww;
        $mail->isHTML();
        $mail->Body = "<p>$para</p>";
        $mail->AltBody = $para;
    };
}
foreach (['utf-8', 'iso-8859-1'] as $charset) {
    foreach (['8bit', 'quoted-printable'] as $encoding) {
        $cases["wordwrap/multibyte/$charset/$encoding"] = function ($mail) use ($charset, $encoding) {
            $mail->CharSet = $charset;
            $mail->Encoding = $encoding;
            $mail->WordWrap = 30;
            $mail->Body = str_repeat('Grüße aus Köln, schöne Stadt. ', 6) . str_repeat('ä', 50);
        };
    }
}
$cases['wordwrap/html-only'] = function ($mail) use ($para) {
    $mail->WordWrap = 50;
    $mail->isHTML();
    $mail->Body = "<p>$para</p>";
};
$cases['wordwrap/negative'] = function ($mail) use ($para) {
    $mail->WordWrap = -5;
    $mail->Body = $para;
};

/* Empty bodies. */
$cases['empty/allowempty'] = function ($mail) {
    $mail->AllowEmpty = true;
};
$cases['empty/allowempty-html'] = function ($mail) {
    $mail->AllowEmpty = true;
    $mail->isHTML();
};
$cases['empty/allowempty-attachment'] = function ($mail) {
    $mail->AllowEmpty = true;
    $mail->addStringAttachment('data', 'data.txt');
};
$cases['empty/altbody-only'] = function ($mail) {
    $mail->AltBody = 'only the alternative';
};
$cases['empty/whitespace-body'] = function ($mail) {
    $mail->Body = " \r\n ";
};
$cases['empty/zero-body'] = function ($mail) {
    $mail->Body = '0';
};

return $cases;
