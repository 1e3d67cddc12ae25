<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace Smtp\Engine;

abstract class MailerBase
{
    /** @var string */
    public const CHARSET_ASCII = 'us-ascii';

    /** @var string */
    public const CHARSET_ISO88591 = 'iso-8859-1';

    /** @var string */
    public const CHARSET_UTF8 = 'utf-8';

    /** @var string */
    public const CONTENT_TYPE_PLAINTEXT = 'text/plain';

    /** @var string */
    public const CONTENT_TYPE_TEXT_CALENDAR = 'text/calendar';

    /** @var string */
    public const CONTENT_TYPE_TEXT_HTML = 'text/html';

    /** @var string */
    public const CONTENT_TYPE_MULTIPART_ALTERNATIVE = 'multipart/alternative';

    /** @var string */
    public const CONTENT_TYPE_MULTIPART_MIXED = 'multipart/mixed';

    /** @var string */
    public const CONTENT_TYPE_MULTIPART_RELATED = 'multipart/related';

    /** @var string */
    public const ENCODING_7BIT = '7bit';

    /** @var string */
    public const ENCODING_8BIT = '8bit';

    /** @var string */
    public const ENCODING_BASE64 = 'base64';

    /** @var string */
    public const ENCODING_BINARY = 'binary';

    /** @var string */
    public const ENCODING_QUOTED_PRINTABLE = 'quoted-printable';

    /** @var string */
    public const ENCRYPTION_STARTTLS = 'tls';

    /** @var string */
    public const ENCRYPTION_SMTPS = 'ssl';

    /** @var string */
    public const ICAL_METHOD_REQUEST = 'REQUEST';

    /** @var string */
    public const ICAL_METHOD_PUBLISH = 'PUBLISH';

    /** @var string */
    public const ICAL_METHOD_REPLY = 'REPLY';

    /** @var string */
    public const ICAL_METHOD_ADD = 'ADD';

    /** @var string */
    public const ICAL_METHOD_CANCEL = 'CANCEL';

    /** @var string */
    public const ICAL_METHOD_REFRESH = 'REFRESH';

    /** @var string */
    public const ICAL_METHOD_COUNTER = 'COUNTER';

    /** @var string */
    public const ICAL_METHOD_DECLINECOUNTER = 'DECLINECOUNTER';

    /** @var int */
    public const STOP_MESSAGE = 0;

    /** @var int */
    public const STOP_CONTINUE = 1;

    /** @var int */
    public const STOP_CRITICAL = 2;

    /**
     * @var string
     * @cvalue SMTP_CRLF
     */
    public const CRLF = UNKNOWN;

    /** @var string */
    public const FWS = ' ';

    /** @var int */
    public const MAIL_MAX_LINE_LENGTH = 63;

    /** @var int */
    public const MAX_LINE_LENGTH = 998;

    /** @var int */
    public const STD_LINE_LENGTH = 76;

    /** @var int|null */
    public $Priority = null;

    /** @var string */
    public $CharSet = 'iso-8859-1';

    /** @var string */
    public $ContentType = 'text/plain';

    /** @var string */
    public $Encoding = '8bit';

    /** @var string */
    public $ErrorInfo = '';

    /** @var string */
    public $From = '';

    /** @var string */
    public $FromName = '';

    /** @var string */
    public $Sender = '';

    /** @var string */
    public $Subject = '';

    /** @var string */
    public $Body = '';

    /** @var string */
    public $AltBody = '';

    /** @var string */
    public $Ical = '';

    /** @var string[] */
    protected static $IcalMethods = [];

    /** @var string */
    protected $MIMEBody = '';

    /** @var string */
    protected $MIMEHeader = '';

    /** @var string */
    protected $mailHeader = '';

    /** @var int */
    public $WordWrap = 0;

    /** @var string */
    public $Mailer = 'mail';

    /** @var string */
    public $Sendmail = '/usr/sbin/sendmail';

    /** @var bool */
    public $UseSendmailOptions = true;

    /** @var string */
    public $ConfirmReadingTo = '';

    /** @var string */
    public $Hostname = '';

    /** @var string */
    public $MessageID = '';

    /** @var string */
    public $MessageDate = '';

    /** @var string */
    public $Host = 'localhost';

    /** @var int */
    public $Port = 25;

    /** @var string */
    public $Helo = '';

    /** @var string */
    public $SMTPSecure = '';

    /** @var bool */
    public $SMTPAutoTLS = true;

    /** @var bool */
    public $SMTPAuth = false;

    /** @var array */
    public $SMTPOptions = [];

    /** @var string */
    public $Username = '';

    /** @var string */
    public $Password = '';

    /** @var string */
    public $AuthType = '';

    /** @var array */
    protected $SMTPXClient = [];

    /** @var OAuthTokenProvider */
    protected $oauth = null;

    /** @var int */
    public $Timeout = 300;

    /** @var string */
    public $dsn = '';

    /** @var int */
    public $SMTPDebug = 0;

    /** @var string|callable|\Psr\Log\LoggerInterface */
    public $Debugoutput = 'echo';

    /** @var bool */
    public $SMTPKeepAlive = false;

    /** @var bool */
    public $SingleTo = false;

    /** @var array */
    protected $SingleToArray = [];

    /** @var bool */
    public $do_verp = false;

    /** @var bool */
    public $AllowEmpty = false;

    /** @var string */
    public $DKIM_selector = '';

    /** @var string */
    public $DKIM_identity = '';

    /** @var string */
    public $DKIM_passphrase = '';

    /** @var string */
    public $DKIM_domain = '';

    /** @var bool */
    public $DKIM_copyHeaderFields = true;

    /** @var array */
    public $DKIM_extraHeaders = [];

    /** @var string */
    public $DKIM_private = '';

    /** @var string */
    public $DKIM_private_string = '';

    /** @var string */
    public $action_function = '';

    /** @var string|null */
    public $XMailer = '';

    /** @var string|callable */
    public static $validator = 'php';

    /** @var SMTP */
    protected $smtp = null;

    /** @var array */
    protected $to = [];

    /** @var array */
    protected $cc = [];

    /** @var array */
    protected $bcc = [];

    /** @var array */
    protected $ReplyTo = [];

    /** @var array */
    protected $all_recipients = [];

    /** @var array */
    protected $RecipientsQueue = [];

    /** @var array */
    protected $ReplyToQueue = [];

    /** @var bool */
    public $UseSMTPUTF8 = false;

    /** @var array */
    protected $attachment = [];

    /** @var array */
    protected $CustomHeader = [];

    /** @var string */
    protected $lastMessageID = '';

    /** @var string */
    protected $message_type = '';

    /** @var array */
    protected $boundary = [];

    /** @var int */
    protected $error_count = 0;

    /** @var string */
    protected $sign_cert_file = '';

    /** @var string */
    protected $sign_key_file = '';

    /** @var string */
    protected $sign_extracerts_file = '';

    /** @var string */
    protected $sign_key_pass = '';

    /** @var bool */
    protected $exceptions = false;

    /** @var string */
    protected $uniqueid = '';

    /**
     * @param bool $exceptions
     * @return mixed
     */
    public function __construct($exceptions = null) {}

    /**
     * @return mixed
     */
    public function __destruct() {}

    /**
     * @param string $str
     * @return mixed
     */
    protected function edebug($str) {}

    /**
     * @param bool $isHtml
     * @return mixed
     */
    public function isHTML($isHtml = true) {}

    /**
     * @return mixed
     */
    public function isSMTP() {}

    /**
     * @return mixed
     */
    public function isMail() {}

    /**
     * @return mixed
     */
    public function isSendmail() {}

    /**
     * @return mixed
     */
    public function isQmail() {}

    /**
     * @param string $address
     * @param string $name
     * @return bool
     */
    public function addAddress($address, $name = '') {}

    /**
     * @param string $address
     * @param string $name
     * @return bool
     */
    public function addCC($address, $name = '') {}

    /**
     * @param string $address
     * @param string $name
     * @return bool
     */
    public function addBCC($address, $name = '') {}

    /**
     * @param string $address
     * @param string $name
     * @return bool
     */
    public function addReplyTo($address, $name = '') {}

    /**
     * @param string $kind
     * @param string $address
     * @param string $name
     * @return bool
     */
    protected function addOrEnqueueAnAddress($kind, $address, $name) {}

    /**
     * @param string $kind
     * @param string $address
     * @param string $name
     * @return bool
     */
    protected function addAnAddress($kind, $address, $name = '') {}

    /**
     * @param string $address
     * @param string $name
     * @param bool $auto
     * @return bool
     */
    public function setFrom($address, $name = '', $auto = true) {}

    /**
     * @return string
     */
    public function getLastMessageID() {}

    /**
     * @param string $address
     * @param string|callable $patternselect
     * @return bool
     */
    public static function validateAddress($address, $patternselect = null) {}

    /**
     * @param string $address
     * @return string
     */
    public function punyencodeAddress($address) {}

    /**
     * @return bool
     */
    public function send() {}

    /**
     * @return bool
     */
    public function preSend() {}

    /**
     * @return bool
     */
    public function postSend() {}

    /**
     * @param string $header
     * @param string $body
     * @return bool
     */
    protected function sendmailSend($header, $body) {}

    /**
     * @param string $string
     * @return bool
     */
    protected static function isShellSafe($string) {}

    /**
     * @param string $path
     * @return bool
     */
    protected static function isPermittedPath($path) {}

    /**
     * @param string $path
     * @return bool
     */
    protected static function fileIsAccessible($path) {}

    /**
     * @param string $header
     * @param string $body
     * @return bool
     */
    protected function mailSend($header, $body) {}

    /**
     * @return SMTP
     */
    public function getSMTPInstance() {}

    /**
     * @param mixed $smtp
     * @return SMTP
     */
    public function setSMTPInstance(\PHPMailer\PHPMailer\SMTP $smtp) {}

    /**
     * @param string $header
     * @param string $body
     * @return bool
     */
    protected function smtpSend($header, $body) {}

    /**
     * @param array $options
     * @return bool
     */
    public function smtpConnect($options = null) {}

    /**
     * @return mixed
     */
    public function smtpClose() {}

    /**
     * @return array
     */
    public function getTranslations() {}

    /**
     * @param string $type
     * @param array $addr
     * @return string
     */
    public function addrAppend($type, $addr) {}

    /**
     * @param array $addr
     * @return string
     */
    public function addrFormat($addr) {}

    /**
     * @param string $message
     * @param int $length
     * @param bool $qp_mode
     * @return string
     */
    public function wrapText($message, $length, $qp_mode = false) {}

    /**
     * @param string $encodedText
     * @param int $maxLength
     * @return int
     */
    public function utf8CharBoundary($encodedText, $maxLength) {}

    /**
     * @return mixed
     */
    public function setWordWrap() {}

    /**
     * @return string
     */
    public function createHeader() {}

    /**
     * @return string
     */
    public function getMailMIME() {}

    /**
     * @return string
     */
    public function getSentMIMEMessage() {}

    /**
     * @return string
     */
    protected function generateId() {}

    /**
     * @return string
     */
    public function createBody() {}

    /**
     * @param string $boundary
     * @param string $charSet
     * @param string $contentType
     * @param string $encoding
     * @return string
     */
    protected function getBoundary($boundary, $charSet, $contentType, $encoding) {}

    /**
     * @param string $boundary
     * @return string
     */
    protected function endBoundary($boundary) {}

    /**
     * @return mixed
     */
    protected function setMessageType() {}

    /**
     * @param string $name
     * @param string|int $value
     * @return string
     */
    public function headerLine($name, $value) {}

    /**
     * @param string $value
     * @return string
     */
    public function textLine($value) {}

    /**
     * @param string $path
     * @param string $name
     * @param string $encoding
     * @param string $type
     * @param string $disposition
     * @return bool
     */
    public function addAttachment($path, $name = '', $encoding = MailerBase::ENCODING_BASE64, $type = '', $disposition = 'attachment') {}

    /**
     * @return array
     */
    public function getAttachments() {}

    /**
     * @param string $disposition_type
     * @param string $boundary
     * @return string
     */
    protected function attachAll($disposition_type, $boundary) {}

    /**
     * @param string $path
     * @param string $encoding
     * @return string
     */
    protected function encodeFile($path, $encoding = MailerBase::ENCODING_BASE64) {}

    /**
     * @param string $str
     * @param string $encoding
     * @return string
     */
    public function encodeString($str, $encoding = MailerBase::ENCODING_BASE64) {}

    /**
     * @param string $str
     * @param string $position
     * @return string
     */
    public function encodeHeader($str, $position = 'text') {}

    /**
     * @param string $str
     * @return bool
     */
    public function hasMultiBytes($str) {}

    /**
     * @param string $text
     * @return bool
     */
    public function has8bitChars($text) {}

    /**
     * @param string $str
     * @param string $linebreak
     * @return string
     */
    public function base64EncodeWrapMB($str, $linebreak = null) {}

    /**
     * @param string $string
     * @return string
     */
    public function encodeQP($string) {}

    /**
     * @param string $str
     * @param string $position
     * @return string
     */
    public function encodeQ($str, $position = 'text') {}

    /**
     * @param string $string
     * @param string $filename
     * @param string $encoding
     * @param string $type
     * @param string $disposition
     * @return bool
     */
    public function addStringAttachment($string, $filename, $encoding = MailerBase::ENCODING_BASE64, $type = '', $disposition = 'attachment') {}

    /**
     * @param string $path
     * @param string $cid
     * @param string $name
     * @param string $encoding
     * @param string $type
     * @param string $disposition
     * @return bool
     */
    public function addEmbeddedImage($path, $cid, $name = '', $encoding = MailerBase::ENCODING_BASE64, $type = '', $disposition = 'inline') {}

    /**
     * @param string $string
     * @param string $cid
     * @param string $name
     * @param string $encoding
     * @param string $type
     * @param string $disposition
     * @return bool
     */
    public function addStringEmbeddedImage($string, $cid, $name = '', $encoding = MailerBase::ENCODING_BASE64, $type = '', $disposition = 'inline') {}

    /**
     * @param string $encoding
     * @return bool
     */
    protected function validateEncoding($encoding) {}

    /**
     * @param string $cid
     * @return bool
     */
    protected function cidExists($cid) {}

    /**
     * @return bool
     */
    public function inlineImageExists() {}

    /**
     * @return bool
     */
    public function attachmentExists() {}

    /**
     * @return bool
     */
    public function alternativeExists() {}

    /**
     * @param string $kind
     * @return mixed
     */
    public function clearQueuedAddresses($kind) {}

    /**
     * @return mixed
     */
    public function clearAddresses() {}

    /**
     * @return mixed
     */
    public function clearCCs() {}

    /**
     * @return mixed
     */
    public function clearBCCs() {}

    /**
     * @return mixed
     */
    public function clearReplyTos() {}

    /**
     * @return mixed
     */
    public function clearAllRecipients() {}

    /**
     * @return mixed
     */
    public function clearAttachments() {}

    /**
     * @return mixed
     */
    public function clearCustomHeaders() {}

    /**
     * @param string $msg
     * @return mixed
     */
    protected function setError($msg) {}

    /**
     * @return string
     */
    public static function rfcDate() {}

    /**
     * @return string
     */
    protected function serverHostname() {}

    /**
     * @param string $host
     * @return bool
     */
    public static function isValidHost($host) {}

    /**
     * @return bool
     */
    public function isError() {}

    /**
     * @param string $name
     * @param string|null $value
     * @return mixed
     */
    public function addCustomHeader($name, $value = null) {}

    /**
     * @return array
     */
    public function getCustomHeaders() {}

    /**
     * @param string $message
     * @param string $basedir
     * @param bool|callable $advanced
     * @return string
     */
    public function msgHTML($message, $basedir = '', $advanced = false) {}

    /**
     * @param string $html
     * @param bool|callable $advanced
     * @return string
     */
    public function html2text($html, $advanced = false) {}

    /**
     * @param string $ext
     * @return string
     */
    public static function _mime_types($ext = '') {}

    /**
     * @param string $filename
     * @return string
     */
    public static function filenameToType($filename) {}

    /**
     * @param string $path
     * @param int|string $options
     * @return string|array
     */
    public static function mb_pathinfo($path, $options = null) {}

    /**
     * @param string $name
     * @param mixed $value
     * @return bool
     */
    public function set($name, $value = '') {}

    /**
     * @param string $str
     * @return string
     */
    public function secureHeader($str) {}

    /**
     * @param string $text
     * @param string $breaktype
     * @return string
     */
    public static function normalizeBreaks($text, $breaktype = null) {}

    /**
     * @param string $text
     * @return string
     */
    public static function stripTrailingWSP($text) {}

    /**
     * @return string
     */
    public static function getLE() {}

    /**
     * @param string $le
     * @return mixed
     */
    protected static function setLE($le) {}

    /**
     * @param string $str
     * @return bool
     */
    public static function hasLineLongerThanMax($str) {}

    /**
     * @param string $str
     * @return string
     */
    public static function quotedString($str) {}

    /**
     * @return array
     */
    public function getToAddresses() {}

    /**
     * @return array
     */
    public function getCcAddresses() {}

    /**
     * @return array
     */
    public function getBccAddresses() {}

    /**
     * @return array
     */
    public function getReplyToAddresses() {}

    /**
     * @return array
     */
    public function getAllRecipientAddresses() {}

    /**
     * @return OAuthTokenProvider
     */
    public function getOAuth() {}

    /**
     * @param mixed $oauth
     * @return mixed
     */
    public function setOAuth(\PHPMailer\PHPMailer\OAuthTokenProvider $oauth) {}

    /**
     * @param mixed $address
     * @return mixed
     */
    protected function addressHasUnicodeLocalPart($address) {}

    /**
     * @param mixed $addresses
     * @return mixed
     */
    protected function anyAddressHasUnicodeLocalPart($addresses) {}

    /**
     * @param mixed $name
     * @param mixed $value
     * @return mixed
     */
    public function clearCustomHeader($name, $value = null) {}

    /**
     * @return mixed
     */
    public function getBoundaries() {}

    /**
     * @return mixed
     */
    public function getSMTPXclientAttributes() {}

    /**
     * @return mixed
     */
    public function needsSMTPUTF8() {}

    /**
     * @param mixed $name
     * @param mixed $value
     * @return mixed
     */
    public function replaceCustomHeader($name, $value = null) {}

    /**
     * @return mixed
     */
    public function setBoundaries() {}

    /**
     * @param mixed $name
     * @param mixed $value
     * @return mixed
     */
    public function setSMTPXclientAttribute($name, $value) {}

    /**
     * @param mixed $text
     * @return mixed
     */
    public static function stripTrailingBreaks($text) {}

    /**
     * @param string $cert_filename
     * @param string $key_filename
     * @param string $key_pass
     * @param string $extracerts_filename
     * @return mixed
     */
    public function sign($cert_filename, $key_filename, #[\SensitiveParameter] $key_pass, $extracerts_filename = '') {}

    /**
     * @param string $txt
     * @return string
     */
    public function DKIM_QP($txt) {}

    /**
     * @param string $signHeader
     * @return string
     */
    public function DKIM_Sign($signHeader) {}

    /**
     * @param string $signHeader
     * @return string
     */
    public function DKIM_HeaderC($signHeader) {}

    /**
     * @param string $body
     * @return string
     */
    public function DKIM_BodyC($body) {}

    /**
     * @param string $headers_line
     * @param string $subject
     * @param string $body
     * @return string
     */
    public function DKIM_Add($headers_line, $subject, $body) {}
}

class PHPMailer6 extends MailerBase
{
    /** @var string */
    public const VERSION = '6.12.0';

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
     */
    protected function lang($key) {}

    /*
     * $LE, parseAddresses(), idnSupported() and doCallback() are the 6.x and
     * 7.x API's; PHPMailer 5.2 declares them otherwise (instance $LE,
     * instance methods, a seven-argument doCallback()), so MailerBase
     * leaves them to each generation.
     */

    /** @var string */
    protected static $LE = null;

    /**
     * @param string $addrstr
     * @param bool $useimap
     * @param string $charset
     * @return array
     * @implementation-alias Smtp\Engine\MailerBase::parseAddresses
     */
    public static function parseAddresses($addrstr, $useimap = true, $charset = PHPMailer6::CHARSET_ISO88591) {}

    /**
     * @return bool
     * @implementation-alias Smtp\Engine\MailerBase::idnSupported
     */
    public static function idnSupported() {}

    /**
     * @param bool $isSent
     * @param array $to
     * @param array $cc
     * @param array $bcc
     * @param string $subject
     * @param string $body
     * @param string $from
     * @param array $extra
     * @return mixed
     * @implementation-alias Smtp\Engine\MailerBase::doCallback
     */
    protected function doCallback($isSent, $to, $cc, $bcc, $subject, $body, $from, $extra) {}
}

class PHPMailer7 extends MailerBase
{
    /** @var string */
    public const RFC822_DATE_FORMAT = 'D, j M Y H:i:s O';

    /** @var string */
    public const VERSION = '7.1.1';

    /** @var array */
    protected static $language = [];

    /**
     * @param string $langcode
     * @param string $lang_path
     * @return bool
     */
    public static function setLanguage($langcode = 'en', $lang_path = '') {}

    /**
     * @param string $key
     * @return string
     */
    protected static function lang($key) {}

    /*
     * $LE, parseAddresses(), idnSupported() and doCallback() are the 6.x and
     * 7.x API's; PHPMailer 5.2 declares them otherwise (instance $LE,
     * instance methods, a seven-argument doCallback()), so MailerBase
     * leaves them to each generation.
     */

    /** @var string */
    protected static $LE = null;

    /**
     * @param string $addrstr
     * @param bool|null $useimap
     * @param string $charset
     * @return array
     */
    public static function parseAddresses($addrstr, $useimap = null, $charset = MailerBase::CHARSET_ISO88591) {}

    /**
     * @param string $addrstr
     * @param string $charset
     * @return array
     */
    protected static function parseSimplerAddresses($addrstr, $charset) {}

    /**
     * @param string $value
     * @param string $charset
     * @return string
     */
    public static function decodeHeader($value, $charset = MailerBase::CHARSET_ISO88591) {}

    /**
     * @return bool
     * @implementation-alias Smtp\Engine\MailerBase::idnSupported
     */
    public static function idnSupported() {}

    /**
     * @param bool $isSent
     * @param array $to
     * @param array $cc
     * @param array $bcc
     * @param string $subject
     * @param string $body
     * @param string $from
     * @param array $extra
     * @return mixed
     * @implementation-alias Smtp\Engine\MailerBase::doCallback
     */
    protected function doCallback($isSent, $to, $cc, $bcc, $subject, $body, $from, $extra) {}
}
