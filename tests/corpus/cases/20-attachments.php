<?php
/*
 * Attachments and inline parts: the four add methods in every encoding,
 * odd file names (spaces, quotes, tspecials, multibyte, no extension,
 * line breaks), types and dispositions, duplicates, every multipart
 * shape, getAttachments() and the *Exists() predicates.
 */

$encodings = ['7bit', '8bit', 'base64', 'quoted-printable', 'binary'];
$cases = [];

foreach ($encodings as $enc) {
    $cases["addAttachment/text/$enc"] = function ($mail, $dir) use ($enc) {
        $mail->Body = 'see attachment';
        return ['add' => $mail->addAttachment("$dir/notes.txt", '', $enc)] + corpus_message($mail);
    };
    $cases["addAttachment/binary/$enc"] = function ($mail, $dir) use ($enc) {
        $mail->Body = 'see attachment';
        return ['add' => $mail->addAttachment("$dir/big.bin", 'data.bin', $enc)] + corpus_message($mail);
    };
    $cases["addStringAttachment/$enc"] = function ($mail) use ($enc) {
        $mail->Body = 'see attachment';
        return ['add' => $mail->addStringAttachment("a\r\nb\nc\rd \t\n" . str_repeat('=', 90) . "\xE9\n", 'string.txt', $enc)]
            + corpus_message($mail);
    };
    $cases["addEmbeddedImage/$enc"] = function ($mail, $dir) use ($enc) {
        $mail->isHTML();
        $mail->Body = '<img src="cid:logo">';
        return ['add' => $mail->addEmbeddedImage("$dir/logo.png", 'logo', '', $enc)] + corpus_message($mail);
    };
    $cases["addStringEmbeddedImage/$enc"] = function ($mail, $dir) use ($enc) {
        $mail->isHTML();
        $mail->Body = '<img src="cid:gif">';
        return ['add' => $mail->addStringEmbeddedImage(file_get_contents("$dir/anim.gif"), 'gif', 'anim.gif', $enc)]
            + corpus_message($mail);
    };
}

/* File names taken from the path, and given explicitly. */
$files = ['logo.png', 'UPPER.PNG', 'anim.gif', 'photo.jpg', 'doc.pdf', 'report.csv', 'latin1.txt', 'utf8.txt',
    'empty.txt', 'nul.txt', 'noext', 'archive.tar.gz', 'my file.txt', 'quote"name.txt', "it's.txt",
    'semi;colon=eq.txt', 'naïve résumé.pdf', '日本語の資料.txt'];
foreach ($files as $file) {
    $cases["path-name/$file"] = function ($mail, $dir) use ($file) {
        $mail->CharSet = 'utf-8';
        $mail->Body = 'file';
        return ['add' => $mail->addAttachment("$dir/$file")] + corpus_message($mail);
    };
}
$names = [
    'spaces' => 'a file name with spaces.txt',
    'quotes' => 'say "hello".txt',
    'backslash' => 'back\\slash.txt',
    'tspecials' => 'a(b)c<d>e@f,g;h:i/j[k]l?m=n.txt',
    'apostrophe' => "o'neil.txt",
    'latin1' => "caf\xE9.txt",
    'utf8' => 'Übersicht März.pdf',
    'cjk' => '報告書.docx',
    'emoji' => '😀 party.png',
    'long-ascii' => str_repeat('long-name-', 20) . '.txt',
    'long-utf8' => str_repeat('ä', 80) . '.txt',
    'encoded-word' => '=?utf-8?B?SGk=?=.txt',
    'crlf' => "evil\r\nX-Injected: 1.txt",
    'lf' => "two\nlines.txt",
    'cr' => "carriage\rreturn.txt",
    'nul' => "nul\0byte.txt",
    'tab' => "tab\there.txt",
    'empty' => '',
    'dotfile' => '.hidden',
    'path' => 'dir/sub/file.txt',
    'query' => 'image.png?size=large',
    'trailing-space' => 'space.txt ',
];
foreach ($names as $label => $name) {
    foreach (['utf-8', 'iso-8859-1'] as $charset) {
        $cases["string-name/$label/$charset"] = function ($mail) use ($name, $charset) {
            $mail->CharSet = $charset;
            $mail->Body = 'named';
            return ['add' => $mail->addStringAttachment('content', $name)] + corpus_message($mail);
        };
    }
    $cases["file-name/$label"] = function ($mail, $dir) use ($name) {
        $mail->CharSet = 'utf-8';
        $mail->Body = 'named';
        return ['add' => $mail->addAttachment("$dir/doc.pdf", $name)] + corpus_message($mail);
    };
    $cases["embedded-name/$label"] = function ($mail, $dir) use ($name) {
        $mail->CharSet = 'utf-8';
        $mail->isHTML();
        $mail->Body = '<img src="cid:img1">';
        return ['add' => $mail->addEmbeddedImage("$dir/logo.png", 'img1', $name)] + corpus_message($mail);
    };
}

/* Content-IDs. */
foreach (['simple' => 'logo', 'at' => 'part1.abc@example.com', 'brackets' => '<x@y>', 'space' => 'a b',
    'utf8' => 'bild-ä', 'crlf' => "c\r\nid", 'empty' => ''] as $label => $cid) {
    $cases["cid/$label"] = function ($mail, $dir) use ($cid) {
        $mail->CharSet = 'utf-8';
        $mail->isHTML();
        $mail->Body = '<img src="cid:x">';
        return ['add' => $mail->addEmbeddedImage("$dir/logo.png", $cid)] + corpus_message($mail);
    };
}

/* Types and dispositions. */
$cases['type/explicit'] = function ($mail, $dir) {
    $mail->Body = 'typed';
    $mail->addAttachment("$dir/noext", 'readme', 'base64', 'text/plain; charset=us-ascii');
};
$cases['type/custom'] = function ($mail) {
    $mail->Body = 'typed';
    $mail->addStringAttachment('{}', 'data.json', 'base64', 'application/x-custom');
};
$cases['type/message-rfc822'] = function ($mail) {
    $mail->Body = 'forwarded';
    $mail->addStringAttachment("Subject: inner\r\n\r\ninner body\r\n", 'inner.eml', '8bit', 'message/rfc822');
};
$cases['disposition/attachment-inline'] = function ($mail, $dir) {
    $mail->Body = 'inline disposition on a plain attachment';
    $mail->addAttachment("$dir/logo.png", '', 'base64', '', 'inline');
};
$cases['disposition/embedded-attachment'] = function ($mail, $dir) {
    $mail->isHTML();
    $mail->Body = '<p>embedded, but as attachment</p>';
    $mail->addEmbeddedImage("$dir/logo.png", 'logo', 'logo.png', 'base64', '', 'attachment');
};
$cases['disposition/custom'] = function ($mail) {
    $mail->Body = 'custom disposition';
    $mail->addStringAttachment('x', 'x.txt', 'base64', '', 'form-data');
};
$cases['disposition/empty'] = function ($mail) {
    $mail->Body = 'no disposition';
    $mail->addStringAttachment('x', 'x.txt', 'base64', '', '');
};

/* Duplicates: identical attachments are sent once, and so are inline parts sharing a cid. */
$cases['duplicate/attachment'] = function ($mail, $dir) {
    $mail->Body = 'twice';
    $mail->addAttachment("$dir/doc.pdf");
    $mail->addAttachment("$dir/doc.pdf");
};
$cases['duplicate/string-attachment'] = function ($mail) {
    $mail->Body = 'twice';
    $mail->addStringAttachment('same', 'same.txt');
    $mail->addStringAttachment('same', 'same.txt');
    $mail->addStringAttachment('same', 'other.txt');
};
$cases['duplicate/cid'] = function ($mail, $dir) {
    $mail->isHTML();
    $mail->Body = '<img src="cid:logo">';
    $mail->addEmbeddedImage("$dir/logo.png", 'logo');
    $mail->addEmbeddedImage("$dir/anim.gif", 'logo');
};
$cases['duplicate/inline-and-attachment'] = function ($mail, $dir) {
    $mail->isHTML();
    $mail->Body = '<img src="cid:logo">';
    $mail->addEmbeddedImage("$dir/logo.png", 'logo');
    $mail->addAttachment("$dir/logo.png");
    return ['attachments' => $mail->getAttachments()] + corpus_message($mail);
};

/* Every multipart shape. */
$shapes = [
    'attach' => [false, false, true],
    'inline' => [false, true, false],
    'inline_attach' => [false, true, true],
    'alt_inline' => [true, true, false],
    'alt_attach' => [true, false, true],
    'alt_inline_attach' => [true, true, true],
];
foreach ($shapes as $shape => [$alt, $inline, $attach]) {
    foreach (['8bit', 'base64', 'quoted-printable'] as $enc) {
        $cases["shape/$shape/$enc"] = function ($mail, $dir) use ($alt, $inline, $attach, $enc) {
            $mail->CharSet = 'utf-8';
            $mail->Encoding = $enc;
            $mail->isHTML();
            $mail->Body = '<p>Grüße <img src="cid:logo"></p>';
            if ($alt) {
                $mail->AltBody = 'Grüße';
            }
            if ($inline) {
                $mail->addEmbeddedImage("$dir/logo.png", 'logo');
                $mail->addStringEmbeddedImage('GIF89a', 'second', 'second.gif');
            }
            if ($attach) {
                $mail->addAttachment("$dir/report.csv");
                $mail->addStringAttachment("ä\nö", 'umlauts.txt', '8bit');
            }
            return ['type' => $mail->ContentType, 'inline' => $mail->inlineImageExists(),
                'attachment' => $mail->attachmentExists(), 'alternative' => $mail->alternativeExists()]
                + corpus_message($mail);
        };
    }
}
/* sendmail and qmail write "\n" line ends (PHP_EOL): base64, QP and the part headers follow. */
foreach (['sendmail', 'qmail'] as $mailer) {
    foreach (['8bit', 'base64', 'quoted-printable'] as $enc) {
        $cases["line-ends/$mailer/$enc"] = function ($mail, $dir) use ($mailer, $enc) {
            $mail->Mailer = $mailer;
            $mail->CharSet = 'utf-8';
            $mail->Encoding = $enc;
            $mail->isHTML();
            $mail->Body = "<p>Grüße\r\n<img src=\"cid:logo\"></p>\r\n" . str_repeat('x', 1200);
            $mail->AltBody = "Grüße\r\nzweite Zeile";
            $mail->addEmbeddedImage("$dir/logo.png", 'logo');
            $mail->addAttachment("$dir/notes.txt", '', $enc);
            $mail->addStringAttachment("a\r\nb\rc\n", 'breaks.txt', $enc);
        };
    }
}
$cases['shape/plain-with-inline'] = function ($mail, $dir) {
    $mail->Body = 'text with an inline part';
    $mail->addEmbeddedImage("$dir/logo.png", 'logo');
};
$cases['shape/many'] = function ($mail, $dir) {
    $mail->isHTML();
    $mail->Body = '<p>many</p>';
    $mail->AltBody = 'many';
    foreach (['logo.png', 'anim.gif', 'photo.jpg', 'doc.pdf', 'big.bin', 'utf8.txt'] as $i => $f) {
        $mail->addAttachment("$dir/$f");
        $mail->addEmbeddedImage("$dir/$f", "cid$i");
    }
};

/* getAttachments() and friends, before any send. */
$cases['getAttachments/all-methods'] = function ($mail, $dir) {
    $mail->addAttachment("$dir/doc.pdf", 'Doc.pdf', 'base64', 'application/pdf', 'attachment');
    $mail->addStringAttachment('s', 's.txt', 'quoted-printable');
    $mail->addEmbeddedImage("$dir/logo.png", 'logo', 'Logo', 'base64', 'image/png');
    $mail->addStringEmbeddedImage('g', 'gif', 'g.gif', '8bit');
    $mail->addStringEmbeddedImage('n', 'noname');
    $mail->addEmbeddedImage("$dir/photo.jpg", 'photo');
    return $mail->getAttachments();
};
$cases['getAttachments/clear'] = function ($mail, $dir) {
    $mail->addAttachment("$dir/doc.pdf");
    $mail->clearAttachments();
    $r = [$mail->getAttachments(), $mail->attachmentExists(), $mail->inlineImageExists()];
    $mail->addStringAttachment('after', 'after.txt');
    $mail->Body = 'after clear';
    return [$r, corpus_message($mail)];
};
$cases['getAttachments/predicates'] = function ($mail, $dir) {
    $r = [$mail->attachmentExists(), $mail->inlineImageExists(), $mail->alternativeExists()];
    $mail->addEmbeddedImage("$dir/logo.png", 'l');
    $r[] = [$mail->attachmentExists(), $mail->inlineImageExists()];
    $mail->addAttachment("$dir/logo.png", '', 'base64', '', 'inline');
    $r[] = [$mail->attachmentExists(), $mail->inlineImageExists()];
    $mail->AltBody = 'x';
    $r[] = $mail->alternativeExists();
    return $r;
};
$cases['getAttachments/embedded-name-from-path'] = function ($mail, $dir) {
    $mail->addEmbeddedImage("$dir/html/img/b b.gif", 'bb');
    $mail->addAttachment("$dir/naïve résumé.pdf");
    return $mail->getAttachments();
};

/* Empty contents. */
$cases['empty/string-attachment'] = function ($mail) {
    $mail->Body = 'empty attachment';
    $mail->addStringAttachment('', 'empty.txt');
};
$cases['empty/file'] = function ($mail, $dir) {
    $mail->Body = 'empty file';
    foreach (['7bit', 'base64', 'quoted-printable'] as $enc) {
        $mail->addAttachment("$dir/empty.txt", "empty-$enc.txt", $enc);
    }
};
$cases['csv/string'] = function ($mail) {
    $mail->Body = 'csv';
    $mail->addStringAttachment("a,b\n1,2\n", 'table.csv');
};
$cases['file-changes-before-send'] = function ($mail, $dir) {
    $mail->Body = 'read at send time';
    copy("$dir/notes.txt", "$dir/changing.txt");
    $mail->addAttachment("$dir/changing.txt");
    file_put_contents("$dir/changing.txt", 'changed');
    $r = corpus_message($mail);
    unlink("$dir/changing.txt");
    return $r;
};

return $cases;
