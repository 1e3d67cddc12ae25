--TEST--
POP3: getResponse() reads as fgets() does (lengths, buffered lines, timeouts), and the stream errors PHP raises
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/pop3.inc'; pop3_test_skipif('dovecot_pop3'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/pop3.inc';

$scenario = <<<'PHP'
    $pop = new class extends TestPOP3 {
        public function call(string $method, ...$args) {
            try {
                return $this->$method(...$args);
            } catch (Throwable $e) {
                return get_class($e) . ': ' . $e->getMessage();
            }
        }
    };
    $pop->do_debug = 1;
    ob_start();
    $out = [];
    $out['fresh disconnect'] = $pop->call('disconnect');
    $out['fresh getResponse'] = $pop->call('getResponse');
    $out['fresh sendString'] = $pop->call('sendString', "NOOP\r\n");
    $out['connect'] = $pop->connect($vars['host'], $vars['port'], 1);
    $out['connect again'] = $pop->connect($vars['host'], 1, 1);
    $out['CAPA'] = $pop->call('sendString', "CAPA\r\n");
    // A line longer than the limit comes in pieces; the rest stays buffered.
    $pieces = [];
    foreach ([3, 1, 2, 0, -1, null] as $size) {
        $pieces[] = $pop->call('getResponse', $size);
    }
    for ($i = 0; $i < 100 && end($pieces) !== ".\r\n"; $i++) {
        $pieces[] = $pop->call('getResponse', 4);
    }
    $out['pieces'] = array_slice($pieces, 0, 7);
    $out['capabilities'] = implode('', array_filter($pieces, fn($p) => is_string($p) && !strpos($p, 'Error: ')));
    $out['login'] = $pop->login($vars['username'], $vars['password']);
    // Nothing more comes: the read gives up after tval (1 s) with false.
    $start = microtime(true);
    $out['timeout'] = $pop->call('getResponse');
    $out['waited'] = microtime(true) - $start >= 0.9;
    $pop->disconnect();
    $out['closed getResponse'] = $pop->call('getResponse');
    $out['closed sendString'] = $pop->call('sendString', "NOOP\r\n");
    $out['closed login'] = $pop->login();
    $pop->disconnect();
    return ['calls' => $out, 'output' => ob_get_clean(), 'errors' => $pop->getErrors()];
PHP;

$vars = pop3_test_server('dovecot_pop3');
same_as_phpmailer('stream', $native = pop3_native($scenario, $vars), pop3_oracle($scenario, $vars));
$calls = $native['calls'];
$calls['capabilities'] = preg_match('/^\+OK\r\n(\w[^\r\n]*\r\n)+\.\r\n$/', $calls['capabilities']) ? 'a list' : 'bad';
var_dump($calls);
?>
--EXPECT--
stream: same as PHPMailer: true
array(14) {
  ["fresh disconnect"]=>
  string(78) "TypeError: fgets(): Argument #1 ($stream) must be of type resource, null given"
  ["fresh getResponse"]=>
  string(78) "TypeError: fgets(): Argument #1 ($stream) must be of type resource, null given"
  ["fresh sendString"]=>
  int(0)
  ["connect"]=>
  bool(true)
  ["connect again"]=>
  bool(true)
  ["CAPA"]=>
  int(6)
  ["pieces"]=>
  array(7) {
    [0]=>
    string(2) "+O"
    [1]=>
    bool(false)
    [2]=>
    string(1) "K"
    [3]=>
    string(65) "ValueError: fgets(): Argument #2 ($length) must be greater than 0"
    [4]=>
    string(65) "ValueError: fgets(): Argument #2 ($length) must be greater than 0"
    [5]=>
    string(2) "
"
    [6]=>
    string(3) "CAP"
  }
  ["capabilities"]=>
  string(6) "a list"
  ["login"]=>
  bool(true)
  ["timeout"]=>
  bool(false)
  ["waited"]=>
  bool(true)
  ["closed getResponse"]=>
  string(78) "TypeError: fgets(): Argument #1 ($stream) must be of type resource, bool given"
  ["closed sendString"]=>
  int(0)
  ["closed login"]=>
  bool(false)
}
