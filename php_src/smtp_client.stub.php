<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace Smtp\Engine;

class SMTP
{
    /** @var string */
    public const VERSION = '6.12.0';

    /**
     * @var string
     * @cvalue SMTP_CRLF
     */
    public const LE = UNKNOWN;

    /** @var int */
    public const DEFAULT_PORT = 25;

    /** @var int */
    public const DEFAULT_SECURE_PORT = 465;

    /** @var int */
    public const MAX_LINE_LENGTH = 998;

    /** @var int */
    public const MAX_REPLY_LENGTH = 512;

    /** @var int */
    public const DEBUG_OFF = 0;

    /** @var int */
    public const DEBUG_CLIENT = 1;

    /** @var int */
    public const DEBUG_SERVER = 2;

    /** @var int */
    public const DEBUG_CONNECTION = 3;

    /** @var int */
    public const DEBUG_LOWLEVEL = 4;

    /** @var string|callable|\Psr\Log\LoggerInterface */
    public $Debugoutput = 'echo';

    /** @var int */
    public $Timelimit = 300;

    /** @var int */
    public $Timeout = 300;

    /** @var int */
    public $do_debug = 0;

    /** @var bool */
    public $do_smtputf8 = false;

    /** @var bool */
    public $do_verp = false;

    /** @var array */
    protected $error = [];

    /** @var string|null */
    protected $helo_rply = null;

    /** @var string */
    protected $last_reply = '';

    /** @var string|bool|null */
    protected $last_smtp_transaction_id = null;

    /** @var array|null */
    protected $server_caps = null;

    /** @var resource|null */
    protected $smtp_conn = null;

    /** @var string[] */
    protected $smtp_transaction_id_patterns = [];

    /** @var array */
    public static $xclient_allowed_attributes = [];

    /**
     * @param string $str
     * @param int $level
     * @return mixed
     */
    protected function edebug($str, $level = 0) {}

    /**
     * @param string $host
     * @param int $port
     * @param int $timeout
     * @param array $options
     * @return bool
     */
    public function connect($host, $port = null, $timeout = 30, $options = []) {}

    /**
     * @param string $host
     * @param int $port
     * @param int $timeout
     * @param array $options
     * @return false|resource
     */
    protected function getSMTPConnection($host, $port = null, $timeout = 30, $options = []) {}

    /**
     * @return bool
     */
    public function startTLS() {}

    /**
     * @param string $username
     * @param string $password
     * @param string $authtype
     * @param OAuthTokenProvider $OAuth
     * @return bool
     */
    public function authenticate($username, #[\SensitiveParameter] $password, $authtype = null, $OAuth = null) {}

    /**
     * @param string $data
     * @param string $key
     * @return string
     */
    protected function hmac($data, $key) {}

    /**
     * @return bool
     */
    public function connected() {}

    /**
     * @return mixed
     */
    public function close() {}

    /**
     * @param string $msg_data
     * @return bool
     */
    public function data($msg_data) {}

    /**
     * @param string $host
     * @return bool
     */
    public function hello($host = '') {}

    /**
     * @param string $hello
     * @param string $host
     * @return bool
     */
    protected function sendHello($hello, $host) {}

    /**
     * @param string $type
     * @return mixed
     */
    protected function parseHelloFields($type) {}

    /**
     * @param string $from
     * @return bool
     */
    public function mail($from) {}

    /**
     * @param bool $close_on_error
     * @return bool
     */
    public function quit($close_on_error = true) {}

    /**
     * @param string $address
     * @param string $dsn
     * @return bool
     */
    public function recipient($address, $dsn = '') {}

    /**
     * @return bool
     */
    public function reset() {}

    /**
     * @param string $command
     * @param string $commandstring
     * @param int|array $expect
     * @return bool
     */
    protected function sendCommand($command, $commandstring, $expect) {}

    /**
     * @param string $from
     * @return bool
     */
    public function sendAndMail($from) {}

    /**
     * @param string $name
     * @return bool
     */
    public function verify($name) {}

    /**
     * @return bool
     */
    public function noop() {}

    /**
     * @return bool
     */
    public function turn() {}

    /**
     * @param string $data
     * @param string $command
     * @return int|bool
     */
    public function client_send($data, $command = '') {}

    /**
     * @return array
     */
    public function getError() {}

    /**
     * @return array|null
     */
    public function getServerExtList() {}

    /**
     * @param string $name
     * @return string|bool|null
     */
    public function getServerExt($name) {}

    /**
     * @return string
     */
    public function getLastReply() {}

    /**
     * @return string
     */
    protected function get_lines() {}

    /**
     * @param bool $enabled
     * @return mixed
     */
    public function setVerp($enabled = false) {}

    /**
     * @return bool
     */
    public function getVerp() {}

    /**
     * @param string $message
     * @param string $detail
     * @param string $smtp_code
     * @param string $smtp_code_ex
     * @return mixed
     */
    protected function setError($message, $detail = '', $smtp_code = '', $smtp_code_ex = '') {}

    /**
     * @param string|callable $method
     * @return mixed
     */
    public function setDebugOutput($method = 'echo') {}

    /**
     * @return string
     */
    public function getDebugOutput() {}

    /**
     * @param int $level
     * @return mixed
     */
    public function setDebugLevel($level = 0) {}

    /**
     * @return int
     */
    public function getDebugLevel() {}

    /**
     * @param int $timeout
     * @return mixed
     */
    public function setTimeout($timeout = 0) {}

    /**
     * @return int
     */
    public function getTimeout() {}

    /**
     * @param int $errno
     * @param string $errmsg
     * @param string $errfile
     * @param int $errline
     * @return mixed
     */
    protected function errorHandler($errno, $errmsg, $errfile = '', $errline = 0) {}

    /**
     * @return bool|string|null
     */
    protected function recordLastTransactionID() {}

    /**
     * @return bool|string|null
     */
    public function getLastTransactionID() {}

    /**
     * @return mixed
     */
    public function getSMTPUTF8() {}

    /**
     * @param bool $enabled
     * @return mixed
     */
    public function setSMTPUTF8($enabled = false) {}

    /**
     * @param mixed $vars
     * @return mixed
     */
    public function xclient(array $vars) {}
}

/**
 * The SMTP class of PHPMailer 7.x: VERSION 7.1.1 (set in class_smtp.c: an
 * internal subclass cannot redeclare a constant it inherits), the Gsmtp
 * transaction-id pattern, and 7.x's XOAUTH2 exchange.
 */
class SMTP7 extends SMTP
{
    /** @var string[] */
    protected $smtp_transaction_id_patterns = [];
}
