--TEST--
PHPMailer 7.x XOAUTH2 and transaction ids (SMTP7): "=" for an empty token, a second line for a token over 497 bytes, the provider's exception wrapped as "SMTP authentication error", the Gsmtp pattern; 6.x unchanged
--DESCRIPTION--
No PHPMailer 7.x is installed to compare with: the expectations are written
from the 7.x SMTP.php source. authenticate() with XOAUTH2 catches an
\Exception from getOauth64() and throws
Exception("SMTP authentication error", 0, $e); sends "AUTH XOAUTH2 =" for
an empty token, "AUTH XOAUTH2 <token>" up to 497 bytes, else "AUTH XOAUTH2"
(expecting 334), the token (expecting 235 or 334) and, after a 334, an
empty line, returning false only if that gets a 235. Its transaction-id
patterns end with Gsmtp's '/[\d]{3} 2\.0\.0 OK (.*) - gsmtp/'. The
fault-injecting server accepts user=alice, auth=Bearer testtoken (other
fields ignored) and answers anything else with a 334 error challenge.
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--INI--
smtp.default_api=7
--FILE--
<?php
require __DIR__ . '/../inc/faultsmtp.inc';

use PHPMailer\PHPMailer\PHPMailer;
use PHPMailer\PHPMailer\Exception;

/** A token provider as PHPMailer's OAuth class is one: getOauth64() gives the base64 XOAUTH2 string. */
class Token
{
    public function __construct(private $token) {}
    public function getOauth64()
    {
        if ($this->token instanceof Throwable) {
            throw $this->token;
        }
        return $this->token;
    }
}

/** A mailer for a faultsmtp port that authenticates with XOAUTH2 and the given token provider. */
function oauth_mailer(string $class, int $port, $provider, bool $exceptions)
{
    $m = new class ($exceptions) extends PHPMailer {
        public function useProvider($provider) { $this->oauth = $provider; }
    };
    if ($class !== PHPMailer::class) {
        // A 6.x mailer with a 6.x SMTP (PHPMailer\PHPMailer\SMTP is 7.x's here).
        $m = new class ($exceptions) extends Smtp\Engine\PHPMailer6 {
            public function useProvider($provider) { $this->oauth = $provider; }
            public function getSMTPInstance() { return $this->smtp ??= new Smtp\Engine\SMTP(); }
        };
    }
    $m->isSMTP();
    $m->Host = '127.0.0.1';
    $m->Port = $port;
    $m->SMTPAutoTLS = false;
    $m->SMTPAuth = true;
    $m->AuthType = 'XOAUTH2';
    $m->Username = 'alice';
    $m->useProvider($provider);
    $m->setFrom('from@example.com');
    $m->addAddress('to@example.com');
    $m->Subject = 'XOAUTH2';
    $m->Body = 'Hello';
    return $m;
}

/** The AUTH exchange of the scenario's connection, long lines shortened. */
function auth_lines(int $port): string
{
    $t = fault_transcript($port)['connections'][0];
    $out = '';
    foreach ($t['events'] as $e) {
        if ($e['type'] === 'c' || $e['type'] === 's') {
            foreach (explode("\r\n", rtrim($e['data'], "\r\n")) as $line) {
                if (strlen($line) > 60) {
                    $line = substr($line, 0, 40) . '... (' . strlen($line) . ' bytes)';
                }
                $out .= '    ' . ($e['type'] === 'c' ? 'C: ' : 'S: ') . $line . "\n";
            }
        }
    }
    // From the AUTH command to the next transaction.
    if (!preg_match('/^    C: AUTH.*?(?=^    C: MAIL|\z)/ms', $out, $m)) {
        return "    (no AUTH command)\n";
    }
    return $m[0];
}

function try_send(string $label, string $class, $provider, bool $exceptions = false): void
{
    $port = fault_scenario([]);
    $m = oauth_mailer($class, $port, $provider, $exceptions);
    try {
        $result = var_export($m->send(), true);
    } catch (Throwable $e) {
        $result = get_class($e) . ': ' . $e->getMessage();
        if ($e->getPrevious()) {
            $result .= ' (previous ' . get_class($e->getPrevious()) . ': ' . $e->getPrevious()->getMessage() . ')';
        }
    }
    echo "-- $label\n  send(): $result\n";
    if ($m->ErrorInfo !== '') {
        echo "  ErrorInfo: {$m->ErrorInfo}\n";
    }
    echo '  accepted: ', count(fault_messages($port)), "\n", auth_lines($port);
    fault_close($port);
}

$good = base64_encode("user=alice\1auth=Bearer testtoken\1\1");
// The server ignores fields it does not know: a padding field makes the token long.
$long = base64_encode("user=alice\1pad=" . str_repeat('x', 600) . "\1auth=Bearer testtoken\1\1");
$long_bad = base64_encode("user=alice\1pad=" . str_repeat('x', 600) . "\1auth=Bearer wrong\1\1");
printf("tokens: %d, %d and %d bytes\n", strlen($good), strlen($long), strlen($long_bad));

try_send('7.x: a token of up to 497 bytes goes on the AUTH line', PHPMailer::class, new Token($good));
try_send('7.x: a longer one on a line of its own, after a bare AUTH XOAUTH2 and its 334', PHPMailer::class, new Token($long));
try_send('7.x: refused that way: the 334 error challenge is answered with an empty line; as 7.x\'s code reads, only a 235 to that line is a failure, so the 535 passes as authenticated', PHPMailer::class, new Token($long_bad));
try_send('7.x: an empty token is sent as "="', PHPMailer::class, new Token(''));
try_send('7.x: an exception from the provider becomes PHPMailer\'s "SMTP authentication error"', PHPMailer::class,
    new Token(new RuntimeException('token endpoint down')), true);
try_send('  ... and without exceptions, a failed connection', PHPMailer::class,
    new Token(new RuntimeException('token endpoint down')));
try_send('7.x: an Error from the provider is not caught', PHPMailer::class, new Token(new TypeError('bug')));
try_send('6.x: any token on the AUTH line', Smtp\Engine\PHPMailer6::class, new Token($long));
try_send('6.x: the provider\'s exception as it is', Smtp\Engine\PHPMailer6::class,
    new Token(new RuntimeException('token endpoint down')), true);

echo "-- the Gsmtp transaction id (7.x's SMTP), which 6.x's SMTP does not know\n";
$gmail = '250 2.0.0 OK  1700000000 a1b2c3d4e5f6.99 - gsmtp';
foreach ([\PHPMailer\PHPMailer\SMTP::class, \Smtp\Engine\SMTP::class] as $class) {
    $port = fault_scenario(['faults' => [['stage' => 'eod', 'kind' => '4xx', 'reply' => $gmail]]]);
    $smtp = new $class();
    $smtp->connect('127.0.0.1', $port);
    $smtp->hello('client.example');
    $smtp->mail('from@example.com');
    $smtp->recipient('to@example.com');
    $ok = $smtp->data("Subject: id\r\n\r\nbody\r\n");
    echo "  $class: data() ", var_export($ok, true), ', id ', var_export($smtp->getLastTransactionID(), true), "\n";
    $smtp->quit();
    fault_close($port);
}
?>
===DONE===
--EXPECT--
tokens: 48, 852 and 848 bytes
-- 7.x: a token of up to 497 bytes goes on the AUTH line
  send(): true
  accepted: 1
    C: AUTH XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJ... (61 bytes)
    S: 235 2.7.0 Authentication successful
-- 7.x: a longer one on a line of its own, after a bare AUTH XOAUTH2 and its 334
  send(): true
  accepted: 1
    C: AUTH XOAUTH2
    S: 334 
    C: dXNlcj1hbGljZQFwYWQ9eHh4eHh4eHh4eHh4eHh4... (852 bytes)
    S: 235 2.7.0 Authentication successful
-- 7.x: refused that way: the 334 error challenge is answered with an empty line; as 7.x's code reads, only a 235 to that line is a failure, so the 535 passes as authenticated
  send(): true
  accepted: 1
    C: AUTH XOAUTH2
    S: 334 
    C: dXNlcj1hbGljZQFwYWQ9eHh4eHh4eHh4eHh4eHh4... (848 bytes)
    S: 334 eyJzdGF0dXMiOiAiNDAxIiwgInNjaGVtZXMi... (96 bytes)
    C: 
    S: 535 5.7.8 Authentication credentials invalid
-- 7.x: an empty token is sent as "="
  send(): false
  ErrorInfo: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting SMTP server error: QUIT command failed Detail: Authentication credentials invalid
 SMTP code: 535 Additional SMTP info: 5.7.8
  accepted: 0
    C: AUTH XOAUTH2 =
    S: 334 eyJzdGF0dXMiOiAiNDAxIiwgInNjaGVtZXMi... (96 bytes)
    C: QUIT
    S: 535 5.7.8 Authentication credentials invalid
-- 7.x: an exception from the provider becomes PHPMailer's "SMTP authentication error"
  send(): PHPMailer\PHPMailer\Exception: SMTP authentication error (previous RuntimeException: token endpoint down)
  ErrorInfo: SMTP authentication error
  accepted: 0
    (no AUTH command)
--   ... and without exceptions, a failed connection
  send(): false
  ErrorInfo: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting
  accepted: 0
    (no AUTH command)
-- 7.x: an Error from the provider is not caught
  send(): TypeError: bug
  accepted: 0
    (no AUTH command)
-- 6.x: any token on the AUTH line
  send(): true
  accepted: 1
    C: AUTH XOAUTH2 dXNlcj1hbGljZQFwYWQ9eHh4eHh... (865 bytes)
    S: 235 2.7.0 Authentication successful
-- 6.x: the provider's exception as it is
  send(): RuntimeException: token endpoint down
  accepted: 0
    (no AUTH command)
-- the Gsmtp transaction id (7.x's SMTP), which 6.x's SMTP does not know
  PHPMailer\PHPMailer\SMTP: data() true, id '1700000000 a1b2c3d4e5f6.99'
  Smtp\Engine\SMTP: data() true, id false
===DONE===
