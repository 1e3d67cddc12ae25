--TEST--
Without AuthType, PHPMailer's choice where it has one; where it gives up, OAUTHBEARER with a token provider, SCRAM-SHA-256 without
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--FILE--
<?php
require __DIR__ . '/../inc/faultsmtp.inc';
require __DIR__ . '/../inc/oracle.inc';

$scenario = <<<'PHP'
    $mail = new PHPMailer\PHPMailer\PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $vars['port'];
    $mail->Helo = 'client.example';
    $mail->SMTPAuth = true;
    $mail->Username = 'alice';
    $mail->Password = 'secret';
    if ($vars['oauth']) {
        $mail->setOAuth(new class implements PHPMailer\PHPMailer\OAuthTokenProvider {
            public function getOauth64() { return base64_encode("user=alice\001auth=Bearer testtoken\001\001"); }
        });
    }
    $mail->setFrom('alice@example.test');
    $mail->addAddress('bob@example.test');
    $mail->Body = 'body';
    try {
        return $mail->send();
    } catch (PHPMailer\PHPMailer\Exception $e) {
        return $e->getMessage() . ' / ' . $mail->getSMTPInstance()->getError()['error'];
    }
PHP;

/** The AUTH command the client chose (mechanism only) on a server offering $mechs. */
function chosen(string $mechs, bool $oauth, bool $oracle): string
{
    global $scenario;
    $port = fault_scenario(['mode' => 'plain', 'ehlo_extra' => ["AUTH $mechs"]]);
    $vars = ['port' => $port, 'oauth' => $oauth];
    if ($oracle) {
        $code = 'require_once ' . var_export(ORACLE_PHPMAILER . '/OAuthTokenProvider.php', true) . ";\n" . $scenario;
        $result = phpmailer_oracle($code, $vars);
    } else {
        $result = (static fn(array $vars) => eval($scenario))($vars);
    }
    $client = fault_transcript($port)['connections'][0]['client'];
    fault_close($port);
    preg_match('/^AUTH (\S+)/m', $client, $m);
    return sprintf('%-28s oauth=%d %-9s AUTH %s', $mechs, $oauth, $oracle ? 'PHPMailer' : 'native', $m[1] ?? '(none)')
        . ($result === true ? '' : " ($result)");
}

foreach (['PLAIN SCRAM-SHA-256', 'XOAUTH2 OAUTHBEARER', 'SCRAM-SHA-1 SCRAM-SHA-256', 'SCRAM-SHA-1 OAUTHBEARER'] as $mechs) {
    foreach ([false, true] as $oauth) {
        echo chosen($mechs, $oauth, true), "\n", chosen($mechs, $oauth, false), "\n";
    }
}
?>
--EXPECT--
PLAIN SCRAM-SHA-256          oauth=0 PHPMailer AUTH PLAIN
PLAIN SCRAM-SHA-256          oauth=0 native    AUTH PLAIN
PLAIN SCRAM-SHA-256          oauth=1 PHPMailer AUTH PLAIN
PLAIN SCRAM-SHA-256          oauth=1 native    AUTH PLAIN
XOAUTH2 OAUTHBEARER          oauth=0 PHPMailer AUTH (none) (SMTP Error: Could not authenticate. / )
XOAUTH2 OAUTHBEARER          oauth=0 native    AUTH (none) (SMTP Error: Could not authenticate. / )
XOAUTH2 OAUTHBEARER          oauth=1 PHPMailer AUTH XOAUTH2
XOAUTH2 OAUTHBEARER          oauth=1 native    AUTH XOAUTH2
SCRAM-SHA-1 SCRAM-SHA-256    oauth=0 PHPMailer AUTH (none) (SMTP Error: Could not authenticate. / )
SCRAM-SHA-1 SCRAM-SHA-256    oauth=0 native    AUTH SCRAM-SHA-256 (SMTP Error: Could not authenticate. / )
SCRAM-SHA-1 SCRAM-SHA-256    oauth=1 PHPMailer AUTH (none) (SMTP Error: Could not authenticate. / )
SCRAM-SHA-1 SCRAM-SHA-256    oauth=1 native    AUTH (none) (SMTP Error: Could not authenticate. / )
SCRAM-SHA-1 OAUTHBEARER      oauth=0 PHPMailer AUTH (none) (SMTP Error: Could not authenticate. / )
SCRAM-SHA-1 OAUTHBEARER      oauth=0 native    AUTH SCRAM-SHA-1 (SMTP Error: Could not authenticate. / )
SCRAM-SHA-1 OAUTHBEARER      oauth=1 PHPMailer AUTH (none) (SMTP Error: Could not authenticate. / )
SCRAM-SHA-1 OAUTHBEARER      oauth=1 native    AUTH OAUTHBEARER (SMTP Error: Could not authenticate. / )