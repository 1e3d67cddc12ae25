--TEST--
DSNConfigurator: each scheme, host, port, user and password, configure() and mailer(), as PHPMailer 6.12.0
--EXTENSIONS--
smtp
--INI--
sendmail_path=/usr/sbin/sendmail -t -i
--FILE--
<?php
// The expected output is what PHPMailer 6.12.0's own DSNConfigurator prints for this script
// (Debian's PHPMailer, 6.6.3, has none to run as an oracle).
use PHPMailer\PHPMailer\DSNConfigurator;
use PHPMailer\PHPMailer\PHPMailer;

function show(PHPMailer $mail): string
{
    $secret = (fn() => $this->exceptions)->call($mail);
    return json_encode([$mail->Mailer, $mail->Sendmail, $mail->Host, $mail->Port, $mail->SMTPSecure, $mail->SMTPAuth,
        $mail->Username, $mail->Password, $secret], JSON_UNESCAPED_SLASHES);
}

foreach ([
    'mail://localhost',
    'sendmail://localhost',
    'qmail://localhost',
    'smtp://mx.example',
    'smtp://mx.example:2525',
    'smtps://mx.example',
    'smtps://mx.example:587',
    'smtp://user:pass@mx.example',
    'smtp://user@mx.example',
    'smtp://:pass@mx.example',
    'smtp://us%40er:p%3Ass@mx.example:25',
    'smtps://user:pass@[::1]:465',
    'smtp://mx.example/path#frag',
] as $dsn) {
    echo str_pad($dsn, 40), show(DSNConfigurator::mailer($dsn)), "\n";
}

// configure() works on the object it is given, and returns it.
$mail = new PHPMailer(true);
$mail->Port = 99;
$mail->Username = 'kept';
$same = (new DSNConfigurator())->configure($mail, 'smtp://mx.example');
var_dump($same === $mail);
echo show($mail), "\n";
echo show(DSNConfigurator::mailer('mail://localhost', true)), "\n";
echo show(DSNConfigurator::mailer('mail://localhost', false)), "\n";
?>
--EXPECT--
mail://localhost                        ["mail","/usr/sbin/sendmail","localhost",25,"",false,"","",false]
sendmail://localhost                    ["sendmail","/usr/sbin/sendmail -t -i","localhost",25,"",false,"","",false]
qmail://localhost                       ["qmail","/var/qmail/bin/qmail-inject","localhost",25,"",false,"","",false]
smtp://mx.example                       ["smtp","/usr/sbin/sendmail","mx.example",25,"",false,"","",false]
smtp://mx.example:2525                  ["smtp","/usr/sbin/sendmail","mx.example",2525,"",false,"","",false]
smtps://mx.example                      ["smtp","/usr/sbin/sendmail","mx.example",465,"tls",false,"","",false]
smtps://mx.example:587                  ["smtp","/usr/sbin/sendmail","mx.example",587,"tls",false,"","",false]
smtp://user:pass@mx.example             ["smtp","/usr/sbin/sendmail","mx.example",25,"",true,"user","pass",false]
smtp://user@mx.example                  ["smtp","/usr/sbin/sendmail","mx.example",25,"",true,"user","",false]
smtp://:pass@mx.example                 ["smtp","/usr/sbin/sendmail","mx.example",25,"",true,"","pass",false]
smtp://us%40er:p%3Ass@mx.example:25     ["smtp","/usr/sbin/sendmail","mx.example",25,"",true,"us%40er","p%3Ass",false]
smtps://user:pass@[::1]:465             ["smtp","/usr/sbin/sendmail","[::1]",465,"tls",true,"user","pass",false]
smtp://mx.example/path#frag             ["smtp","/usr/sbin/sendmail","mx.example",25,"",false,"","",false]
bool(true)
["smtp","/usr/sbin/sendmail","mx.example",99,"",false,"kept","",true]
["mail","/usr/sbin/sendmail","localhost",25,"",false,"","",true]
["mail","/usr/sbin/sendmail","localhost",25,"",false,"","",false]
