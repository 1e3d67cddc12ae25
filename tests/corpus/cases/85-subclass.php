<?php
/*
 * Subclasses: PHPMailer calls its own methods through $this and static::,
 * so a subclass that overrides one changes the message (WordPress, test
 * mocks and plugins do). Each case overrides one method so that its result
 * is visibly changed (a string gets a "+" appended, a bool is negated) and
 * its calls are counted, then builds a message that goes through most of
 * PHPMailer: msgHTML() with images, attachments, encoded headers, an IDN
 * address, WordWrap, an error.
 */

/** A CorpusMailer whose method $method (a PHPMailer method) is overridden: its result goes through corpus_mark(). */
$subclass = function (string $method, bool $exceptions = false): PHPMailer\PHPMailer\PHPMailer {
    $m = new ReflectionMethod(PHPMailer\PHPMailer\PHPMailer::class, $method);
    $head = ($m->isPublic() ? 'public' : 'protected') . ($m->isStatic() ? ' static' : '');
    return eval('return new class (' . var_export($exceptions, true) . ') extends CorpusMailer {
        public static $corpusCalls = 0;
        ' . $head . ' function ' . $method . '(...$a)
        {
            static::$corpusCalls++;
            return corpus_mark(parent::' . $method . '(...$a));
        }
    };');
};

/** The message every override is tried on; returns what to compare. */
$scenario = function (PHPMailer\PHPMailer\PHPMailer $mail, string $dir): array {
    $png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    $mail->MessageDate = CORPUS_DATE;
    $mail->Hostname = CORPUS_HOSTNAME;
    $mail->isSMTP();
    $mail->CharSet = 'utf-8';
    $r = [];
    $r[] = $mail->setFrom('from@example.com', 'Jürgen Müller');
    $r[] = $mail->addAddress('to@example.com', 'Smith, John');
    $r[] = $mail->addAddress('idn@exämple.com');
    $r[] = $mail->addCC('cc@example.com', 'Çédric');
    $r[] = $mail->addReplyTo('reply@example.com');
    $r[] = $mail->addAddress('not an address');
    $mail->Subject = 'Grüße aus Köln – a subject with some length to it';
    $mail->addCustomHeader('X-Note', 'café');
    $mail->WordWrap = 40;
    $r[] = $mail->msgHTML("<p>Hello Jürgen,</p>\n<p><img src=\"img/a.png\"> and <img src=\"data:image/png;base64,$png\"></p>"
        . '<p>' . str_repeat('long line ', 120) . '</p>', "$dir/html");
    $r[] = $mail->addAttachment("$dir/doc.pdf", 'Bericht März.pdf');
    $r[] = $mail->addStringAttachment("a\nb\n", 'notes.txt', 'quoted-printable');
    $r[] = $mail->addAttachment("$dir/missing.pdf");
    $r[] = $mail->addStringEmbeddedImage(base64_decode($png), 'extra', 'extra.png');
    $r[] = $mail->preSend();
    return [$r, $mail->getSentMIMEMessage(), $mail->ErrorInfo, $mail::$corpusCalls];
};

$methods = [
    // instance methods PHPMailer calls on $this while it builds a message
    'addAnAddress', 'addEmbeddedImage', 'addOrEnqueueAnAddress', 'addrAppend', 'addrFormat',
    'addStringEmbeddedImage', 'alternativeExists', 'attachAll', 'attachmentExists', 'base64EncodeWrapMB',
    'cidExists', 'createBody', 'createHeader', 'edebug', 'encodeFile', 'encodeHeader', 'encodeQ', 'encodeQP',
    'encodeString', 'endBoundary', 'generateId', 'getBoundary', 'getMailMIME', 'has8bitChars', 'hasMultiBytes',
    'headerLine', 'html2text', 'inlineImageExists', 'isError', 'isHTML', 'lang', 'punyencodeAddress',
    'secureHeader', 'serverHostname', 'setError', 'setMessageType', 'setWordWrap', 'textLine',
    'validateEncoding', 'wrapText', 'clearQueuedAddresses',
    // static methods PHPMailer calls through static::
    'normalizeBreaks', 'stripTrailingWSP', 'quotedString', 'mb_pathinfo', 'filenameToType', '_mime_types',
    'hasLineLongerThanMax', 'validateAddress', 'isValidHost', 'idnSupported', 'fileIsAccessible',
    'isPermittedPath', 'setLE',
];
/*
 * 6.10 asks has8bitChars() before idnSupported() in addOrEnqueueAnAddress(),
 * and lets an 8-bit address through with the 'eai' validator: 6.6.3 calls
 * idnSupported() more often, and refuses the address has8bitChars() denies.
 */
$since = ['idnSupported' => '6.12.0', 'has8bitChars' => '6.12.0'];

$cases = [];
foreach ($methods as $method) {
    $cases["override/$method"] = [
        'base' => false,
        'since' => $since[$method] ?? '6.6.3',
        'run' => function ($unused, $dir) use ($method, $subclass, $scenario) {
            return $scenario($subclass($method), $dir);
        },
    ];
}
$cases['override/none'] = [
    'base' => false,
    'run' => function ($unused, $dir) use ($scenario) {
        $mail = eval('return new class extends CorpusMailer { public static $corpusCalls = 0; };');
        return $scenario($mail, $dir);
    },
];
$cases['override/lang-exceptions'] = [
    'base' => false,
    'run' => function ($unused, $dir) use ($subclass) {
        $mail = $subclass('lang', true);
        try {
            $mail->addAddress('bad');
        } catch (PHPMailer\PHPMailer\Exception $e) {
            return [get_class($e), $e->getMessage(), $mail->ErrorInfo, $mail::$corpusCalls];
        }
        return 'no exception';
    },
];
/* Overrides that replace, rather than wrap, what PHPMailer does. */
$cases['replace/createHeader'] = [
    'base' => false,
    'run' => function ($unused, $dir) use ($scenario) {
        $mail = eval('return new class extends CorpusMailer {
            public static $corpusCalls = 0;
            public function createHeader() { return "X-Only: this\r\n"; }
        };');
        return $scenario($mail, $dir);
    },
];
$cases['replace/encodeHeader-raw'] = [
    'base' => false,
    'run' => function ($unused, $dir) use ($scenario) {
        $mail = eval('return new class extends CorpusMailer {
            public static $corpusCalls = 0;
            public function encodeHeader($str, $position = "text") { return "<" . $str . "|" . $position . ">"; }
        };');
        return $scenario($mail, $dir);
    },
];
$cases['replace/setError-silent'] = [
    'base' => false,
    'run' => function ($unused, $dir) use ($scenario) {
        $mail = eval('return new class extends CorpusMailer {
            public static $corpusCalls = 0;
            public $corpusErrors = [];
            protected function setError($msg) { $this->corpusErrors[] = $msg; }
        };');
        return [$scenario($mail, $dir), $mail->corpusErrors, $mail->isError()];
    },
];
$cases['replace/properties-in-subclass'] = [
    'base' => false,
    'run' => function ($unused, $dir) use ($scenario) {
        $mail = eval('return new class extends CorpusMailer {
            public static $corpusCalls = 0;
            public $CharSet = "utf-8";
            public $Encoding = "quoted-printable";
            public $XMailer = "Subclass Mailer";
            public $Priority = 1;
        };');
        return $scenario($mail, $dir);
    },
];

return $cases;
