<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace Smtp\Engine;

/*
 * PHPMailer 5.2's API (class.phpmailer.php, global PHPMailer): what it
 * declares differently from MailerBase, or in addition to it. Everything
 * else is MailerBase's, and its C (ext/mailer5.c says where 5.2 behaves
 * otherwise).
 */
class PHPMailer5 extends MailerBase
{
    /** @var string */
    public $Version = '5.2.28';

    /** @var string */
    public $From = 'root@localhost';

    /** @var string */
    public $FromName = 'Root User';

    /** @var string */
    public $ReturnPath = '';

    /** @var string */
    public $PluginDir = '';

    /** @var string */
    public $Realm = '';

    /** @var string */
    public $Workstation = '';

    /** @var string (the default, "\n", is set in C: gen_stub cannot write a line break) */
    public $LE = '';

    /** @var array */
    public $SingleToArray = [];

    /** @var string|callable */
    public static $validator = 'auto';

    /** @var array */
    protected $language = [];

    /**
     * @param string $langcode
     * @param string $lang_path
     * @return bool
     */
    public function setLanguage($langcode = 'en', $lang_path = '') {}

    /**
     * @param string $key
     * @return string
     * @implementation-alias Smtp\Engine\PHPMailer6::lang
     */
    protected function lang($key) {}

    /**
     * @return array
     */
    public function getTranslations() {}

    /**
     * @param string $addrstr
     * @param bool $useimap
     * @return array
     */
    public function parseAddresses($addrstr, $useimap = true) {}

    /**
     * @return bool
     */
    public function idnSupported() {}

    /**
     * @param bool $isSent
     * @param array $to
     * @param array $cc
     * @param array $bcc
     * @param string $subject
     * @param string $body
     * @param string $from
     * @return mixed
     */
    protected function doCallback($isSent, $to, $cc, $bcc, $subject, $body, $from) {}

    /**
     * @param string $msg
     * @return mixed
     */
    protected function setError($msg) {}

    /**
     * @param array $options
     * @return bool
     */
    public function smtpConnect($options = null) {}

    /**
     * @return string
     */
    protected function generateId() {}

    /**
     * @param string $string
     * @param int $line_max
     * @return string
     */
    public function encodeQP($string, $line_max = 76) {}

    /**
     * @param string $string
     * @param int $line_max
     * @param bool $space_conv
     * @return string
     */
    public function encodeQPphp($string, $line_max = 76, $space_conv = false) {}

    /**
     * @param string $str
     * @return string
     */
    public function fixEOL($str) {}

    /**
     * @param string $text
     * @param string $breaktype
     * @return string
     * @implementation-alias Smtp\Engine\MailerBase::normalizeBreaks
     */
    public static function normalizeBreaks($text, $breaktype = "\r\n") {}

    /**
     * @param string $name
     * @param string|null $value
     * @return mixed
     */
    public function addCustomHeader($name, $value = null) {}

    /**
     * @param string $path
     * @param string $name
     * @param string $encoding
     * @param string $type
     * @param string $disposition
     * @return bool
     */
    public function addAttachment($path, $name = '', $encoding = 'base64', $type = '', $disposition = 'attachment') {}

    /**
     * @param string $string
     * @param string $filename
     * @param string $encoding
     * @param string $type
     * @param string $disposition
     * @return mixed
     */
    public function addStringAttachment($string, $filename, $encoding = 'base64', $type = '', $disposition = 'attachment') {}

    /**
     * @param string $path
     * @param string $cid
     * @param string $name
     * @param string $encoding
     * @param string $type
     * @param string $disposition
     * @return bool
     */
    public function addEmbeddedImage($path, $cid, $name = '', $encoding = 'base64', $type = '', $disposition = 'inline') {}

    /**
     * @param string $string
     * @param string $cid
     * @param string $name
     * @param string $encoding
     * @param string $type
     * @param string $disposition
     * @return bool
     */
    public function addStringEmbeddedImage($string, $cid, $name = '', $encoding = 'base64', $type = '', $disposition = 'inline') {}

    /**
     * @param string $ext
     * @return string
     */
    public static function _mime_types($ext = '') {}
}

/* PHPMailer 5.2's phpmailerException (declared by class.phpmailer.php). */
class Exception5 extends \Exception
{
    /**
     * @return string
     */
    public function errorMessage() {}
}
