<?php
/*
 * msgHTML(): images turned into inline parts (files under a base
 * directory, data: URIs), what is left alone (absolute URLs, cid:, ..),
 * the generated text alternative; html2text() on its own.
 */

$png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
$gif = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

$pages = [
    'no-images' => '<html><head><title>T</title></head><body><h1>Hello</h1><p>World &amp; all</p></body></html>',
    'relative' => '<p><img src="img/a.png" alt="a"></p>',
    'relative-space' => '<p><img src="img/b b.gif"></p>',
    'relative-twice' => '<img src="img/a.png"><img src="img/a.png"><img src=\'img/a.png\'>',
    'relative-dot' => '<img src="./img/a.png">',
    'missing-file' => '<img src="img/missing.png">',
    'parent-dir' => '<img src="../logo.png">',
    'absolute-path' => '<img src="/etc/hostname">',
    'absolute-url' => '<img src="https://example.com/a.png"><img src="//cdn.example.com/b.png">',
    'cid' => '<img src="cid:already">',
    'background' => '<body background="img/a.png"><table background=\'img/b b.gif\'><tr><td>x</td></tr></table></body>',
    'data-png' => "<img src=\"data:image/png;base64,$png\">",
    'data-gif-twice' => "<img src=\"data:image/gif;base64,$gif\"><img src='data:image/gif;base64,$gif'>",
    'data-jpeg' => '<img src="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==">',
    'data-urlencoded' => '<img src="data:image/png,%89PNG%0D%0A">',
    'data-svg' => '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
    'data-other-encoding' => '<img src="data:image/png;charset=x,abc">',
    'uppercase-attr' => '<IMG SRC="img/a.png"><img Src="img/b b.gif">',
    'data-src' => '<img data-src="img/a.png" src="img/a.png">',
    'multiline' => "<p>line one\r\nline two\rline three\n<img\nsrc=\"img/a.png\"></p>",
    'query' => '<img src="img/a.png?v=2">',
    'entities' => '<p>caf&eacute; &lt;tag&gt; &quot;q&quot; &#039;s&#039; &nbsp; &euro; &#x1F600;</p>',
    'script-style' => '<head><style>p {color: red}</style><script>alert(1)</script></head><body><p>visible</p>'
        . '<SCRIPT type="x">hidden</SCRIPT></body>',
    'only-tags' => '<p><img src="https://example.com/x.png"></p>',
    'utf8-text' => '<p>Grüße aus Köln – 日本語</p>',
];
$cases = [];
foreach ($pages as $label => $html) {
    $cases["msgHTML/$label"] = function ($mail, $dir) use ($html) {
        $mail->CharSet = 'utf-8';
        $body = $mail->msgHTML($html, "$dir/html");
        return ['body' => $body, 'AltBody' => $mail->AltBody, 'attachments' => $mail->getAttachments(),
            'ErrorInfo' => $mail->ErrorInfo] + corpus_message($mail);
    };
}
foreach (['none' => null, 'trailing-slash' => '/html/', 'no-trailing-slash' => '/html', 'parent' => '', 'root' => '/'] as $label => $base) {
    $cases["basedir/$label"] = function ($mail, $dir) use ($base) {
        $base = $base === null ? '' : ($base === '/' ? '/' : $dir . $base);
        $mail->msgHTML('<img src="img/a.png"><img src="html/img/a.png">', $base);
        return ['body' => $mail->Body, 'attachments' => $mail->getAttachments()] + corpus_message($mail);
    };
}
$cases['basedir/cwd-relative'] = function ($mail, $dir) {
    $cwd = getcwd();
    chdir($dir);
    try {
        $mail->msgHTML('<img src="img/a.png">', 'html');
        return ['body' => $mail->Body, 'attachments' => $mail->getAttachments()] + corpus_message($mail);
    } finally {
        chdir($cwd);
    }
};
$cases['advanced/callable'] = function ($mail) {
    $mail->msgHTML('<p>Hi <b>there</b></p>', '', function ($html) {
        return strtoupper(strip_tags($html)) . "\n\n-- custom";
    });
    return corpus_message($mail);
};
$cases['advanced/true'] = function ($mail) {
    $mail->msgHTML('<p>Hi <b>there</b></p>', '', true);
};
$cases['advanced/string-callable'] = function ($mail) {
    $mail->msgHTML('<p>shout</p>', '', 'strtoupper');
};
$cases['advanced/returns-empty'] = function ($mail) {
    $mail->msgHTML('<p>text</p>', '', function () {
        return '';
    });
};
$cases['charset/iso-entities'] = function ($mail) {
    $mail->CharSet = 'iso-8859-1';
    $mail->msgHTML("<p>caf&eacute; \xE9 &euro;</p>");
};
$cases['charset/unknown-entities'] = function ($mail) {
    $mail->CharSet = 'us-ascii';
    $mail->msgHTML('<p>caf&eacute;</p>');
};
$cases['msgHTML/then-altbody'] = function ($mail, $dir) {
    $mail->msgHTML('<p>x <img src="img/a.png"></p>', "$dir/html");
    $mail->AltBody = 'replaced alternative';
    $mail->addAttachment("$dir/doc.pdf");
};
$cases['msgHTML/exceptions-missing-image'] = [
    'exceptions' => true,
    'run' => function ($mail, $dir) {
        $mail->msgHTML('<img src="img/missing.png">', "$dir/html");
    },
];
$cases['msgHTML/sendmail-line-ends'] = function ($mail, $dir) {
    $mail->isSendmail();
    $mail->msgHTML("<p>a\r\nb</p>\n<p>c</p>", "$dir/html");
    return [$mail->Body, $mail->AltBody] + corpus_message($mail);
};

$texts = [
    'simple' => '<p>Hello <b>world</b></p>',
    'head' => "<html><head>\n<title>Title</title>\n<style type=\"text/css\">\nbody{}\n</style></head><body>Body</body></html>",
    'nested-script' => '<script>var a = "<p>x</p>";</script>after',
    'unclosed' => '<p>unclosed <b>bold',
    'entities' => '&amp;amp; &lt;b&gt; &hellip; &#8364; &apos;',
    'whitespace' => "  \n\t<p>  padded  </p>\n  ",
    'comment' => 'before<!-- comment -->after',
    'empty' => '',
    'latin1-bytes' => "<p>\xE9t\xE9</p>",
];
foreach ($texts as $label => $html) {
    foreach (['utf-8', 'iso-8859-1'] as $charset) {
        $cases["html2text/$label/$charset"] = function ($mail) use ($html, $charset) {
            $mail->CharSet = $charset;
            return $mail->html2text($html);
        };
    }
}

return $cases;
