--TEST--
Transaction ids: each default pattern, near misses, multi-line replies and a NUL give what PHPMailer's recordLastTransactionID() gives with 6.12.0's list; a subclass's own patterns are used as written
--DESCRIPTION--
The engine hands a reply to PCRE only for the default patterns whose
literal text it contains. The oracle is PHPMailer's own
recordLastTransactionID(), given 6.12.0's pattern list from the API dump
(Debian's 6.6.3 has an older list); the engine's SMTP object keeps its
default list, the one the shortcut applies to. A second subclass declares
its own patterns, which must be used as they are, on both sides.
--EXTENSIONS--
smtp
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/api.inc';

$replies = [
    '', '250 2.0.0 Ok', "250 2.0.0 Ok\r\n", '250 OK', '250 OK id=1abcDE-0001xy-Q1',
    '250 2.0.0 x9Z Message accepted for delivery', '250 2.0.0 Message', '250 2.0.0 a Message b Message',
    '250 2.0.0 Ok: queued as 4ABC12D3', "250 2.0.0 Ok: queued as 4ABC12D3 \r\n",
    '250 2.6.0 <abc@host.example> Queued mail for delivery', '250 2.6.0 x@y@z Queued mail for delivery',
    '250 Ok 0100018c-aaaa-bbbb', '250 Ok', '250 Ok: queued as sg-77', '250 2.0.0 OK:' . str_repeat('aB3', 16),
    '250 2.0.0 OK:short', '250 Message Queued (ABCD-1234)', '250 Message queued as zm-1', '250 OK queued as mj-9',
    "250-first line\r\n250 2.0.0 Ok: queued as LAST", "250-OK id=first\r\n250 Ok: queued as second",
    "250 2.0.0 Ok: queued as\r\n", "Ok: queued as 5", '25 2.0.0 Ok: queued as 5', '2500 OK id=5',
    "250 2.0.0 OK 17012345 - gsmtp", "250 Ok\n", "\x00250 OK id=\x00nul",
];
$patterns = api_dump('6.12.0')['SMTP']['properties']['smtp_transaction_id_patterns']['default'];
$own = ['mine' => '/^(\d{3}) (?:Ok|OK)/', 'postfix' => '/queued as (\S+)/'];

$code = '
    class Probe extends PHPMailer\PHPMailer\SMTP
    {
        public function id(string $reply, ?array $patterns)
        {
            if ($patterns !== null) {
                $this->smtp_transaction_id_patterns = $patterns;
            }
            $this->last_reply = $reply;
            return $this->recordLastTransactionID();
        }
    }
    $probe = new Probe();
    $out = [];
    foreach ($vars["replies"] as $reply) {
        $out[] = [$probe->id($reply, $vars["patterns"]), $probe->id($reply, $vars["own"])];
    }
    return $out;
';
$expected = phpmailer_oracle($code, ['replies' => $replies, 'patterns' => $patterns, 'own' => $own]);

class Probe extends PHPMailer\PHPMailer\SMTP
{
    public function id(string $reply)
    {
        $this->last_reply = $reply;
        return $this->recordLastTransactionID();
    }
}
class OwnPatterns extends Probe
{
    protected $smtp_transaction_id_patterns = ['mine' => '/^(\d{3}) (?:Ok|OK)/', 'postfix' => '/queued as (\S+)/'];
}
$probe = new Probe();
$ownProbe = new OwnPatterns();
$actual = [];
foreach ($replies as $reply) {
    $actual[] = [$probe->id($reply), $ownProbe->id($reply)];
}

$ids = array_filter(array_column($expected, 0), 'is_string');
printf("%d replies, %d with an id by the default patterns, %d by a subclass's own\n",
    count($replies), count($ids), count(array_filter(array_column($expected, 1), 'is_string')));
foreach ($replies as $i => $reply) {
    if ($actual[$i] !== $expected[$i]) {
        printf("reply %s: engine %s, PHPMailer %s\n", json_encode($reply), var_export($actual[$i], true),
            var_export($expected[$i], true));
    }
}
// The default list is PHPMailer 6.12.0's, which the oracle was given.
$list = (new ReflectionProperty(PHPMailer\PHPMailer\SMTP::class, 'smtp_transaction_id_patterns'))->getDefaultValue();
var_dump($list === $patterns);
?>
--EXPECT--
29 replies, 17 with an id by the default patterns, 14 by a subclass's own
bool(true)
