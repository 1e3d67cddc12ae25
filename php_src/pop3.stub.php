<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace Smtp\Engine;

class POP3
{
    /** @var string */
    public const VERSION = '6.12.0';

    /** @var int */
    public const DEFAULT_PORT = 110;

    /** @var int */
    public const DEFAULT_TIMEOUT = 30;

    /**
     * @var string
     * @cvalue SMTP_CRLF
     */
    public const LE = UNKNOWN;

    /** @var int */
    public const DEBUG_OFF = 0;

    /** @var int */
    public const DEBUG_SERVER = 1;

    /** @var int */
    public const DEBUG_CLIENT = 2;

    /** @var int */
    public $do_debug = 0;

    /** @var string */
    public $host;

    /** @var int */
    public $port;

    /** @var int */
    public $tval;

    /** @var string */
    public $username;

    /** @var string */
    public $password;

    /** @var resource|bool|null */
    protected $pop_conn;

    /** @var bool */
    protected $connected = false;

    /** @var array */
    protected $errors = [];

    /**
     * @param string $host
     * @param int|bool $port
     * @param int|bool $timeout
     * @param string $username
     * @param string $password
     * @param int $debug_level
     * @return bool
     */
    public static function popBeforeSmtp(
        $host,
        $port = false,
        $timeout = false,
        $username = '',
        #[\SensitiveParameter] $password = '',
        $debug_level = 0
    ) {}

    /**
     * @param string $host
     * @param int|bool $port
     * @param int|bool $timeout
     * @param string $username
     * @param string $password
     * @param int $debug_level
     * @return bool
     */
    public function authorise(
        $host,
        $port = false,
        $timeout = false,
        $username = '',
        #[\SensitiveParameter] $password = '',
        $debug_level = 0
    ) {}

    /**
     * @param string $host
     * @param int|bool $port
     * @param int $tval
     * @return bool
     */
    public function connect($host, $port = false, $tval = 30) {}

    /**
     * @param string $username
     * @param string $password
     * @return bool
     */
    public function login($username = '', #[\SensitiveParameter] $password = '') {}

    /**
     * @return mixed
     */
    public function disconnect() {}

    /**
     * @param int $size
     * @return string|false
     */
    protected function getResponse($size = 128) {}

    /**
     * @param string $string
     * @return int|false
     */
    protected function sendString($string) {}

    /**
     * @param string $string
     * @return bool
     */
    protected function checkResponse($string) {}

    /**
     * @param string $error
     * @return mixed
     */
    protected function setError($error) {}

    /**
     * @return array
     */
    public function getErrors() {}

    /**
     * @param int $errno
     * @param string $errstr
     * @param string $errfile
     * @param int $errline
     * @return mixed
     */
    protected function catchWarning($errno, $errstr, $errfile, $errline) {}
}
