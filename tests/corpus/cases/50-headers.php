<?php
/*
 * The header block: Subject and display names needing RFC 2047 B or Q
 * encoding, Priority, ConfirmReadingTo, Sender, Message-ID, Hostname,
 * X-Mailer, custom headers (add, replace, clear), and how each Mailer
 * (smtp, mail, sendmail, qmail, a custom one) lays the header out.
 */

$cases = [];

$subjects = [
    'empty' => '',
    'spaces' => "   padded subject   ",
    'ascii-long' => str_repeat('A fairly long subject line ', 12),
    'ascii-very-long' => str_repeat('x', 1100),
    'ascii-specials' => 'Re: [list] 50% off! =?not-encoded?= _under_ (paren) "quoted"',
    'latin1-one' => "Caf\xE9 opening",
    'latin1-many' => "\xC4\xD6\xDC\xE4\xF6\xFC\xDF",
    'utf8-one' => 'Café opening hours are changing next week',
    'utf8-mostly' => 'Grüße aus Köln',
    'utf8-cjk' => '会議の議事録と次回の予定について',
    'utf8-long' => str_repeat('Grüße aus Köln – ', 12),
    'utf8-cjk-long' => str_repeat('会議の議事録', 15),
    'emoji' => 'Party 🎉🎈 time 😀',
    'emoji-long' => str_repeat('😀', 40),
    'q-specials' => "Caf\xE9 ? = _ question=equals_under",
    'tab' => "tab\tinside",
    'utf8-long-ascii-tail' => 'ü' . str_repeat(' ascii words here', 30),
];
foreach ($subjects as $label => $subject) {
    foreach (['utf-8', 'iso-8859-1'] as $charset) {
        $cases["subject/$label/$charset"] = function ($mail) use ($subject, $charset) {
            $mail->CharSet = $charset;
            $mail->Subject = $subject;
            $mail->Body = 'subject test';
        };
    }
}
$cases['subject/us-ascii-8bit'] = function ($mail) {
    $mail->CharSet = 'us-ascii';
    $mail->Subject = "Caf\xE9";
    $mail->Body = 'x';
};
foreach (['mail', 'sendmail'] as $mailer) {
    foreach (['utf8-long', 'ascii-very-long', 'utf8-one'] as $label) {
        $cases["subject/$mailer/$label"] = function ($mail) use ($mailer, $subjects, $label) {
            $mail->Mailer = $mailer;
            $mail->CharSet = 'utf-8';
            $mail->Subject = $subjects[$label];
            $mail->Body = 'x';
        };
    }
}

$names = [
    'plain' => 'John Smith',
    'comma' => 'Smith, John',
    'quotes' => 'John "Johnny" Smith',
    'parens' => 'John (the boss) Smith',
    'at' => 'john@home',
    'backslash' => 'back\\slash',
    'latin1' => "Ren\xE9 M\xFCller",
    'utf8' => 'René Müller',
    'utf8-comma' => 'Müller, René',
    'cjk' => '山田太郎',
    'long' => str_repeat('Verylongname ', 10),
    'utf8-long' => str_repeat('Jürgen ', 15),
    'dots' => 'J. R. R. Tolkien',
    'semicolon' => 'a;b',
    'empty' => '',
    'spaces-only' => '   ',
];
foreach ($names as $label => $name) {
    $cases["name/$label"] = function ($mail) use ($name) {
        $mail->CharSet = 'utf-8';
        $mail->clearAddresses();
        $r = [$mail->setFrom('from@example.com', $name), $mail->addAddress('to@example.com', $name),
            $mail->addCC('cc@example.com', $name), $mail->addReplyTo('reply@example.com', $name)];
        $mail->Body = 'names';
        return [$r, $mail->getToAddresses(), $mail->getReplyToAddresses()] + corpus_message($mail);
    };
}
$cases['name/latin1-charset'] = function ($mail) {
    $mail->CharSet = 'iso-8859-1';
    $mail->setFrom('from@example.com', "Andr\xE9");
    $mail->addCC('cc@example.com', "Fran\xE7ois, Jr.");
    $mail->Body = 'x';
};

/* Recipients: lists, duplicates, Cc/Bcc only, IDN domains. */
$cases['rcpt/many'] = function ($mail) {
    $r = [];
    foreach (range(1, 12) as $i) {
        $r[] = $mail->addAddress("to$i@example.com", "Person $i");
        $r[] = $mail->addCC("cc$i@example.com");
        $r[] = $mail->addBCC("bcc$i@example.com", "Hidden $i");
    }
    $mail->Body = 'many recipients';
    return [$r, $mail->getAllRecipientAddresses(), $mail->getBccAddresses()] + corpus_message($mail);
};
$cases['rcpt/duplicates'] = function ($mail) {
    $r = [$mail->addAddress('TO@example.com'), $mail->addCC('to@EXAMPLE.com'), $mail->addBCC(' to@example.com '),
        $mail->addCC('cc@example.com'), $mail->addCC('CC@example.com', 'Again'),
        $mail->addReplyTo('r@example.com'), $mail->addReplyTo('R@example.com', 'Again')];
    $mail->Body = 'duplicates';
    return [$r, $mail->getToAddresses(), $mail->getCcAddresses(), $mail->getBccAddresses(),
        $mail->getReplyToAddresses(), $mail->getAllRecipientAddresses(), $mail->ErrorInfo] + corpus_message($mail);
};
$cases['rcpt/cc-only'] = function ($mail) {
    $mail->clearAddresses();
    $mail->addCC('cc@example.com');
    $mail->Body = 'only cc';
};
$cases['rcpt/bcc-only'] = function ($mail) {
    $mail->clearAddresses();
    $mail->addBCC('bcc@example.com');
    $mail->Body = 'only bcc';
};
$cases['rcpt/clear-each'] = function ($mail) {
    $mail->addCC('cc@example.com');
    $mail->addBCC('bcc@example.com');
    $mail->addReplyTo('r@example.com');
    $r = [$mail->getAllRecipientAddresses()];
    $mail->clearCCs();
    $r[] = $mail->getAllRecipientAddresses();
    $mail->clearBCCs();
    $mail->clearReplyTos();
    $r[] = [$mail->getAllRecipientAddresses(), $mail->getReplyToAddresses()];
    $mail->addCC('cc@example.com');
    $mail->clearAllRecipients();
    $r[] = [$mail->getToAddresses(), $mail->getAllRecipientAddresses()];
    return $r;
};
foreach (['utf-8', 'iso-8859-1'] as $charset) {
    $cases["idn/$charset"] = function ($mail) use ($charset) {
        $mail->CharSet = $charset;
        $r = [$mail->addAddress('user@exämple.com', 'IDN'), $mail->addCC('x@bücher.example'),
            $mail->addBCC('y@bücher.example'), $mail->addReplyTo('r@exämple.com'),
            $mail->addAddress('user@exämple.com', 'queued twice'), $mail->getToAddresses()];
        $mail->Body = 'idn';
        return [$r, corpus_message($mail), $mail->getToAddresses(), $mail->getCcAddresses(),
            $mail->getReplyToAddresses(), $mail->getAllRecipientAddresses()];
    };
}
$cases['idn/from-and-sender'] = function ($mail) {
    $mail->CharSet = 'utf-8';
    $r = [$mail->setFrom('news@exämple.com', 'News'), $mail->From, $mail->Sender];
    $mail->Sender = 'bounce@bücher.example';
    $mail->Body = 'x';
    return [$r, corpus_message($mail), $mail->From, $mail->Sender];
};
$cases['idn/clearQueued'] = function ($mail) {
    $mail->addAddress('a@exämple.com');
    $mail->addReplyTo('b@exämple.com');
    $mail->clearQueuedAddresses('to');
    $mail->clearQueuedAddresses('Reply-To');
    $mail->Body = 'x';
};
$cases['idn/invalid-after-punycode'] = function ($mail) {
    $mail->addAddress('bad..dots@exämple.com');
    $mail->Body = 'x';
};
$cases['idn/punyencodeAddress'] = function ($mail) {
    $out = [];
    foreach (['user@exämple.com', 'user@example.com', 'ü@ü.example', 'noat', 'a@b@exämple.com', 'x@' . "\xE9" . '.com'] as $a) {
        $mail->CharSet = 'utf-8';
        $out[] = $mail->punyencodeAddress($a);
        $mail->CharSet = 'iso-8859-1';
        $out[] = $mail->punyencodeAddress($a);
    }
    return $out;
};

/* Priority, ConfirmReadingTo, Sender, Message-ID, Hostname, X-Mailer. */
foreach ([1, 3, 5, null, '2', 0] as $p) {
    $cases['priority/' . var_export($p, true)] = function ($mail) use ($p) {
        $mail->Priority = $p;
        $mail->Body = 'priority';
    };
}
foreach (['valid' => 'receipt@example.com', 'padded' => '  receipt@example.com  ', 'invalid' => 'not an address',
    'null' => null, 'idn' => 'r@exämple.com'] as $label => $crt) {
    $cases["confirmReadingTo/$label"] = function ($mail) use ($crt) {
        $mail->ConfirmReadingTo = $crt;
        $mail->Body = 'receipt';
        return corpus_message($mail) + ['ConfirmReadingTo' => $mail->ConfirmReadingTo];
    };
}
$cases['sender/auto'] = function ($mail) {
    $r = [$mail->setFrom('auto@example.com', 'Auto'), $mail->Sender];
    $mail->Body = 'sender';
    return [$r, corpus_message($mail)];
};
$cases['sender/no-auto'] = function ($mail) {
    $mail->Sender = '';
    $r = [$mail->setFrom('noauto@example.com', 'No Auto', false), $mail->Sender];
    $mail->Body = 'sender';
    return [$r, corpus_message($mail)];
};
$cases['sender/explicit'] = function ($mail) {
    $mail->Sender = 'bounces@example.com';
    $mail->Body = 'sender';
};
$cases['sender/invalid'] = function ($mail) {
    $mail->Sender = 'bounces';
    $mail->Body = 'sender';
};
$cases['sender/sendmail'] = function ($mail) {
    $mail->isSendmail();
    $mail->Sender = 'bounces@example.com';
    $mail->Body = 'sender';
};
$messageIds = [
    'valid' => '<custom.id@example.com>',
    'no-brackets' => 'custom.id@example.com',
    'quoted' => '<"quoted id"@example.com>',
    'literal' => '<id@[192.0.2.1]>',
    'space' => '<bad id@example.com>',
    'two-at' => '<a@b@c>',
    'crlf' => "<id@example.com>\r\nX-Evil: 1",
    'utf8' => '<idé@example.com>',
    'uppercase' => '<ABC@EXAMPLE.COM>',
];
foreach ($messageIds as $label => $id) {
    $cases["messageid/$label"] = function ($mail) use ($id) {
        $mail->MessageID = $id;
        $mail->Body = 'id';
        return corpus_message($mail) + ['last' => $mail->getLastMessageID()];
    };
}
foreach (['valid' => 'mx.example.org', 'invalid' => 'bad host!', 'ipv6' => '[::1]', 'ipv4' => '192.0.2.7',
    'too-long' => str_repeat('a', 300) . '.example', 'underscore' => 'a_b.example'] as $label => $host) {
    $cases["hostname/$label"] = function ($mail) use ($host) {
        $mail->Hostname = $host;
        $mail->Body = 'hostname';
        return corpus_message($mail) + ['last' => $mail->getLastMessageID()];
    };
}
foreach (['default' => '', 'space' => ' ', 'custom' => 'Corpus Mailer 1.0', 'padded' => '  Padded  ', 'null' => null,
    'false' => false, 'array' => ['x'], 'utf8' => 'Mailer für Köln'] as $label => $xm) {
    $cases["xmailer/$label"] = function ($mail) use ($xm) {
        $mail->XMailer = $xm;
        $mail->Body = 'x-mailer';
    };
}
$cases['messagedate/default-format'] = function ($mail) {
    $mail->MessageDate = 'Mon, 7 Jul 2025 08:09:10 +0200';
    $mail->Body = 'date';
};

/* Custom headers. */
$cases['custom/add'] = function ($mail) {
    $r = [$mail->addCustomHeader('X-One', 'one'), $mail->addCustomHeader('X-Two: two'),
        $mail->addCustomHeader('X-Empty'), $mail->addCustomHeader(' X-Padded ', '  padded value  '),
        $mail->addCustomHeader('X-Colon', 'a: b: c'), $mail->addCustomHeader('X-Colons: a: b'),
        $mail->addCustomHeader('X-One', 'one again')];
    $mail->Body = 'custom';
    return [$r, $mail->getCustomHeaders()] + corpus_message($mail);
};
$cases['custom/encoded'] = function ($mail) {
    $mail->CharSet = 'utf-8';
    $mail->addCustomHeader('X-Utf8', 'Grüße aus Köln');
    $mail->addCustomHeader('X-Long', str_repeat('word ', 250));
    $mail->addCustomHeader('X-Utf8-Long', str_repeat('Grüße ', 30));
    $mail->addCustomHeader('X-Specials', '=?x?= _ ?');
    $mail->Body = 'custom';
};
$cases['custom/invalid'] = function ($mail) {
    $r = [$mail->addCustomHeader('', 'no name'), $mail->addCustomHeader('X-CRLF', "a\r\nb"),
        $mail->addCustomHeader("X-\nName", 'v'), $mail->addCustomHeader('X-CR', "a\rb"),
        $mail->addCustomHeader(':only value'), $mail->addCustomHeader('0', 'zero name'),
        $mail->addCustomHeader('X-Nul', "a\0b")];
    $mail->Body = 'custom';
    return [$r, $mail->getCustomHeaders(), $mail->ErrorInfo] + corpus_message($mail);
};
$cases['custom/invalid-exceptions'] = [
    'exceptions' => true,
    'run' => function ($mail) {
        $mail->addCustomHeader('X-CRLF', "a\r\nb");
    },
];
$cases['custom/clear-all'] = function ($mail) {
    $mail->addCustomHeader('X-A', 'a');
    $mail->clearCustomHeaders();
    $mail->addCustomHeader('X-B', 'b');
    $mail->Body = 'custom';
    return [$mail->getCustomHeaders()] + corpus_message($mail);
};
$cases['custom/replace'] = function ($mail) {
    $mail->addCustomHeader('X-A', 'first');
    $mail->addCustomHeader('X-B', 'b');
    $mail->addCustomHeader('X-A', 'second');
    $mail->addCustomHeader('X-a', 'lowercase');
    $r = [$mail->replaceCustomHeader('X-A', 'replaced'), $mail->getCustomHeaders(),
        $mail->replaceCustomHeader('X-Missing', 'never added'), $mail->getCustomHeaders(),
        $mail->replaceCustomHeader('X-B: colon form'), $mail->replaceCustomHeader(' X-B ', null),
        $mail->getCustomHeaders(), $mail->replaceCustomHeader('X-B', "bad\r\nvalue"),
        $mail->replaceCustomHeader('X-Missing', "bad\nbut nothing to replace"), $mail->getCustomHeaders()];
    $mail->Body = 'replace';
    return [$r] + corpus_message($mail);
};
$cases['custom/replace-exceptions'] = [
    'exceptions' => true,
    'run' => function ($mail) {
        $mail->addCustomHeader('X-A', 'a');
        return $mail->replaceCustomHeader('X-A', "b\nc");
    },
];
$cases['custom/clear'] = function ($mail) {
    foreach (['X-A: 1', 'X-B: 1', 'X-A: 2', 'X-A: 1', 'X-C: 3'] as $h) {
        $mail->addCustomHeader($h);
    }
    $r = [$mail->clearCustomHeader('X-A', '1'), $mail->getCustomHeaders(), $mail->clearCustomHeader('X-B'),
        $mail->getCustomHeaders(), $mail->clearCustomHeader('X-A: 2'), $mail->getCustomHeaders(),
        $mail->clearCustomHeader('X-None'), $mail->clearCustomHeader(' X-C ', ' 3 '), $mail->getCustomHeaders()];
    $mail->addCustomHeader('X-After', 'clear');
    $mail->Body = 'clear';
    return [$r] + corpus_message($mail);
};

/* The layout per Mailer: To/Subject in the header or not, Bcc kept for sendmail and mail(). */
foreach (['smtp', 'mail', 'sendmail', 'qmail', 'custom'] as $mailer) {
    $cases["mailer/$mailer/full"] = function ($mail) use ($mailer) {
        $mail->Mailer = $mailer;
        $mail->addAddress('second@example.com');
        $mail->addCC('cc@example.com', 'Cc Person');
        $mail->addBCC('bcc@example.com', 'Bcc Person');
        $mail->addReplyTo('reply@example.com', 'Reply Person');
        $mail->CharSet = 'utf-8';
        $mail->Subject = 'Grüße';
        $mail->Priority = 3;
        $mail->ConfirmReadingTo = 'rr@example.com';
        $mail->addCustomHeader('X-Custom', 'v');
        $mail->isHTML();
        $mail->Body = "<p>line\nline</p>";
        $mail->AltBody = "line\nline";
        return corpus_message($mail) + ['header' => $mail->createHeader(), 'body' => $mail->createBody()];
    };
    $cases["mailer/$mailer/bcc-only"] = function ($mail) use ($mailer) {
        $mail->Mailer = $mailer;
        $mail->clearAddresses();
        $mail->addBCC('bcc@example.com');
        $mail->Body = "bcc\nonly";
    };
}
$cases['mailer/singleto'] = function ($mail) {
    $mail->SingleTo = true;
    $mail->addAddress('second@example.com', 'Second');
    $mail->Body = 'single to';
    return corpus_message($mail);
};
$cases['mailer/switch-line-ends'] = function ($mail) {
    $mail->isSendmail();
    $mail->Body = "one\ntwo";
    $first = corpus_message($mail);
    $mail->isSMTP();
    return [$first, corpus_message($mail)];
};

return $cases;
