--TEST--
POP3: the methods call each other through $this, so a subclass's overrides take part, as in PHPMailer
--EXTENSIONS--
smtp
--SKIPIF--
<?php require __DIR__ . '/../inc/pop3.inc'; pop3_test_skipif('dovecot_pop3'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/pop3.inc';

$scenario = <<<'PHP'
    $log = [];
    $pop = new class ($log) extends TestPOP3 {
        const LE = "\n";
        const DEFAULT_PORT = 1;
        private $log;
        public function __construct(array &$log) { $this->log = &$log; }
        public function connect($host, $port = false, $tval = 30) {
            $this->log[] = ['connect', $host, $port, $tval];
            return parent::connect($host, $port, $tval);
        }
        public function login($username = '', $password = '') {
            $this->log[] = ['login', $username, $password];
            return parent::login($username, $password);
        }
        public function disconnect() {
            $this->log[] = ['disconnect', $this->pop_conn === false];
            parent::disconnect();
        }
        protected function getResponse($size = 128) {
            $line = parent::getResponse($size);
            $this->log[] = ['getResponse', $size, $line];
            return $line;
        }
        protected function sendString($string) {
            $written = parent::sendString($string);
            $this->log[] = ['sendString', $string, $written];
            return $written;
        }
        protected function checkResponse($string) {
            $ok = parent::checkResponse($string);
            $this->log[] = ['checkResponse', $string, $ok];
            return $ok;
        }
        protected function setError($error) {
            $this->log[] = ['setError', $error];
            parent::setError(strtoupper($error));
        }
        protected function catchWarning($errno, $errstr, $errfile, $errline) {
            $this->log[] = ['catchWarning', $errno, $errstr];
            parent::catchWarning($errno, $errstr, 'file', 1);
        }
    };
    $results = [
        $pop->authorise($vars['host'], $vars['port'], 5, $vars['username'], $vars['password'], 0),
        $pop->authorise($vars['host'], $vars['port'], 5, $vars['username'], 'wrong', 0),
        // static::DEFAULT_PORT: the subclass's port 1, refused.
        $pop->authorise($vars['host'], false, false, $vars['username'], $vars['password'], 0),
    ];
    return ['results' => $results, 'log' => $log, 'errors' => $pop->getErrors()];
PHP;

$vars = pop3_test_server('dovecot_pop3');
same_as_phpmailer('overrides', $native = pop3_native($scenario, $vars), pop3_oracle($scenario, $vars));
foreach ($native['log'] as $entry) {
    echo json_encode($entry, JSON_UNESCAPED_SLASHES), "\n";
}
?>
--EXPECTF--
overrides: same as PHPMailer: true
["connect","127.0.0.1",%d,5]
["getResponse",128,"+OK smtp extension test POP3 ready.\r\n"]
["checkResponse","+OK smtp extension test POP3 ready.\r\n",true]
["login","alice","secret"]
["sendString","USER alice\n",11]
["getResponse",128,"+OK\r\n"]
["checkResponse","+OK\r\n",true]
["sendString","PASS secret\n",12]
["getResponse",128,"+OK Logged in.\r\n"]
["checkResponse","+OK Logged in.\r\n",true]
["disconnect",false]
["sendString","QUIT\n",5]
["getResponse",128,"+OK Logging out.\r\n"]
["connect","127.0.0.1",%d,5]
["getResponse",128,"+OK smtp extension test POP3 ready.\r\n"]
["checkResponse","+OK smtp extension test POP3 ready.\r\n",true]
["login","alice","wrong"]
["sendString","USER alice\n",11]
["getResponse",128,"+OK\r\n"]
["checkResponse","+OK\r\n",true]
["sendString","PASS wrong\n",11]
["getResponse",128,"-ERR [AUTH] Authentication failed.\r\n"]
["setError","Server reported an error: -ERR [AUTH] Authentication failed.\r\n"]
["checkResponse","-ERR [AUTH] Authentication failed.\r\n",false]
["disconnect",false]
["sendString","QUIT\n",5]
["getResponse",128,"+OK Logging out\r\n"]
["connect","127.0.0.1",1,30]
["catchWarning",2,"fsockopen(): Unable to connect to 127.0.0.1:1 (Connection refused)"]
["setError","Connecting to the POP3 server raised a PHP warning:errno: 2 errstr: fsockopen(): Unable to connect to 127.0.0.1:1 (Connection refused); errfile: F; errline: L"]
["setError","Failed to connect to server 127.0.0.1 on port 1. errno: 111; errstr: Connection refused"]
["disconnect",true]
