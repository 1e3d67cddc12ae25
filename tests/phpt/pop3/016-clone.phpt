--TEST--
POP3: a clone shares the connection, as a copied stream resource is shared, until one of them closes it
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
    $out = [$pop->connect($vars['host'], $vars['port'], 5)];
    $copy = clone $pop;
    $out[] = $copy->call('sendString', "USER alice\r\n");
    $out[] = $pop->call('getResponse');
    $out[] = $pop->call('sendString', "PASS secret\r\n");
    $out[] = $copy->call('getResponse');
    $out[] = $pop->call('disconnect');
    $out[] = $copy->call('getResponse');
    $out[] = $copy->call('sendString', "NOOP\r\n");
    $out[] = $copy->call('disconnect');
    $out[] = $pop->call('disconnect');
    $other = clone $copy;
    unset($copy);
    $out[] = $other->call('getResponse');
    return $out;
PHP;

$vars = pop3_test_server('dovecot_pop3');
same_as_phpmailer('clone', $native = pop3_native($scenario, $vars), pop3_oracle($scenario, $vars));
echo json_encode($native, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
?>
--EXPECT--
clone: same as PHPMailer: true
[
    true,
    12,
    "+OK\r\n",
    13,
    "+OK Logged in.\r\n",
    null,
    "TypeError: fgets(): supplied resource is not a valid stream resource",
    "TypeError: fwrite(): supplied resource is not a valid stream resource",
    "TypeError: fwrite(): supplied resource is not a valid stream resource",
    null,
    "TypeError: fgets(): supplied resource is not a valid stream resource"
]
