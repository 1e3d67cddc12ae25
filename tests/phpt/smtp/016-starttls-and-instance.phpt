--TEST--
SMTP::startTLS() on its own, and a user subclass of SMTP given to setSMTPInstance() does the sending: as PHPMailer
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/faultsmtp.inc'; try { fault_request(['op' => 'ping']); } catch (RuntimeException $e) { echo 'skip ', $e->getMessage(); } ?>
--FILE--
<?php
require __DIR__ . '/../inc/oracle.inc';
require __DIR__ . '/../inc/faultsmtp.inc';
require __DIR__ . '/../inc/servers.inc';

$scenario = <<<'PHP'
    $r = [];
    // startTLS() with the class alone.
    $smtp = new PHPMailer\PHPMailer\SMTP();
    $r[] = $smtp->startTLS();
    $r[] = $smtp->getError();
    $r[] = $smtp->connect('127.0.0.1', $vars['port'], 10, ['ssl' => ['cafile' => $vars['cafile']]]);
    $r[] = $smtp->hello('client.example');
    $r[] = $smtp->getServerExt('STARTTLS');
    $r[] = $smtp->startTLS();
    $r[] = $smtp->getServerExtList();
    $r[] = $smtp->hello('client.example');
    $r[] = $smtp->getServerExt('STARTTLS');
    $r[] = $smtp->authenticate('alice', 'secret');
    $r[] = $smtp->quit();

    // A subclass through setSMTPInstance(): PHPMailer calls its methods.
    $calls = [];
    $mine = new class ($calls) extends PHPMailer\PHPMailer\SMTP {
        public function __construct(public array &$calls) {}
        public function mail($from) { $this->calls[] = "mail $from"; return parent::mail($from); }
        public function recipient($address, $dsn = '') {
            $this->calls[] = "recipient $address";
            return $address === 'vetoed@example.test' ? false : parent::recipient($address, $dsn);
        }
        public function data($msg_data) { $this->calls[] = "data $msg_data"; return parent::data($msg_data); }
        public function quit($close_on_error = true) { $this->calls[] = 'quit'; return parent::quit($close_on_error); }
    };
    $mail = new PHPMailer\PHPMailer\PHPMailer();
    $r[] = $mail->setSMTPInstance($mine) === $mine;
    $r[] = $mail->getSMTPInstance() === $mine;
    $mail->isSMTP();
    $mail->Host = '127.0.0.1';
    $mail->Port = $vars['port'];
    $mail->SMTPOptions = ['ssl' => ['cafile' => $vars['cafile']]];
    $mail->SMTPAuth = true;
    $mail->Username = 'alice';
    $mail->Password = 'secret';
    $mail->MessageDate = 'Tue, 1 Apr 2025 10:00:00 +0000';
    $mail->MessageID = '<pinned@example.test>';
    $mail->setFrom('from@example.test');
    $mail->addAddress('to@example.test');
    $mail->addAddress('vetoed@example.test');
    $mail->Subject = 'Through a subclass';
    $mail->Body = 'body';
    $r[] = $mail->send();
    $r[] = $mail->ErrorInfo;
    $r[] = $mine->calls;
    $r[] = $mail->getSMTPInstance() === $mine;
    return $r;
PHP;

$cafile = smtp_test_config()['certs']['ca'] ?? smtp_test_server('postfix_starttls')['cafile'];
$results = $wire = $delivered = [];
foreach (['native', 'oracle'] as $side) {
    $port = fault_scenario(['mode' => 'starttls']);
    $vars = ['port' => $port, 'cafile' => $cafile];
    $result = $side === 'native'
        ? (static function (array $vars) use ($scenario) { return eval($scenario); })($vars)
        : phpmailer_oracle($scenario, $vars);
    $results[$side] = $result;
    $wire[$side] = array_map(fn ($c) => [$c['tls'], fault_mask_cram_md5($c['client'])],
        fault_transcript($port)['connections']);
    $delivered[$side] = array_map(fn ($m) => [$m['tls'], $m['auth'], $m['rcpt_to'], $m['data']],
        fault_messages($port));
    fault_close($port);
}
foreach ([&$results, &$wire, &$delivered] as &$both) {
    array_walk_recursive($both['oracle'], function (&$v) {
        $v = is_string($v) ? oracle_612($v) : $v;
    });
}
unset($both);
echo 'results same as PHPMailer: ', var_export($results['native'] === $results['oracle'], true), "\n";
echo 'bytes sent the same: ', var_export($wire['native'] === $wire['oracle'], true), "\n";
echo 'messages received the same: ', var_export($delivered['native'] === $delivered['oracle'], true), "\n";
if ($results['native'] !== $results['oracle']) {
    var_dump($results['oracle']);
}
var_dump($results['native']);
?>
--EXPECT--
results same as PHPMailer: true
bytes sent the same: true
messages received the same: true
array(17) {
  [0]=>
  bool(false)
  [1]=>
  array(4) {
    ["error"]=>
    string(39) "Called STARTTLS without being connected"
    ["detail"]=>
    string(0) ""
    ["smtp_code"]=>
    string(0) ""
    ["smtp_code_ex"]=>
    string(0) ""
  }
  [2]=>
  bool(true)
  [3]=>
  bool(true)
  [4]=>
  bool(true)
  [5]=>
  bool(true)
  [6]=>
  array(10) {
    ["EHLO"]=>
    string(10) "fault.test"
    ["PIPELINING"]=>
    bool(true)
    ["SIZE"]=>
    string(8) "52428800"
    ["8BITMIME"]=>
    bool(true)
    ["ENHANCEDSTATUSCODES"]=>
    bool(true)
    ["SMTPUTF8"]=>
    bool(true)
    ["DSN"]=>
    bool(true)
    ["CHUNKING"]=>
    bool(true)
    ["STARTTLS"]=>
    bool(true)
    ["AUTH"]=>
    array(4) {
      [0]=>
      string(5) "PLAIN"
      [1]=>
      string(5) "LOGIN"
      [2]=>
      string(8) "CRAM-MD5"
      [3]=>
      string(7) "XOAUTH2"
    }
  }
  [7]=>
  bool(true)
  [8]=>
  bool(false)
  [9]=>
  bool(true)
  [10]=>
  bool(true)
  [11]=>
  bool(true)
  [12]=>
  bool(true)
  [13]=>
  bool(false)
  [14]=>
  string(66) "SMTP Error: The following recipients failed: vetoed@example.test: "
  [15]=>
  array(5) {
    [0]=>
    string(22) "mail from@example.test"
    [1]=>
    string(25) "recipient to@example.test"
    [2]=>
    string(29) "recipient vetoed@example.test"
    [3]=>
    string(316) "data Date: Tue, 1 Apr 2025 10:00:00 +0000
To: to@example.test, vetoed@example.test
From: from@example.test
Subject: Through a subclass
Message-ID: <pinned@example.test>
X-Mailer: PHPMailer 6.12.0 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1

body
"
    [4]=>
    string(4) "quit"
  }
  [16]=>
  bool(true)
}
