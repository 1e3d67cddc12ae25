<?php
/*
 * A plugin's PHPMailer subclass, shaped like WP Mail SMTP's MailCatcherV6
 * (src/MailCatcherV6.php + MailCatcherTrait): it replaces send() with its
 * own preSend()/postSend() sequence, overrides the protected setError() to
 * look at the SMTP object's last error, overrides setFrom(), reads the
 * protected $to, $attachment and $MIMEHeader, redeclares the public static
 * $validator, uses static::$LE, and adds properties of its own (the names
 * WP Mail SMTP and Post SMTP use, which a native base class must not declare).
 *
 * What it saw is kept in $catcher_log (read with catcher_log()).
 */
use PHPMailer\PHPMailer\Exception;

class Smtp_Test_Mail_Catcher extends PHPMailer\PHPMailer\PHPMailer
{
    public static $validator = [self::class, 'is_email_callback'];
    public static $validator_calls = 0;

    public $debug_event_id = false;
    public $is_test_email = false;
    private $options = [];
    private $error = null;
    private $transcript = '';
    private $catcher_log = [];

    public static function is_email_callback($email)
    {
        ++self::$validator_calls;
        return (bool) is_email($email);
    }

    public function catcher_log()
    {
        return $this->catcher_log;
    }

    public function get_line_ending()
    {
        return static::$LE;
    }

    public function setFrom($address, $name = '', $auto = true)
    {
        return parent::setFrom($address, $name, false);
    }

    public function send()
    {
        $this->XMailer = 'SmtpTest/MailCatcher 1.0';
        try {
            if (!$this->preSend()) {
                $this->catcher_log[] = ['preSend' => false];
                return false;
            }
            $this->catcher_log[] = [
                'to' => array_column($this->to, 0),
                'attachments' => array_column($this->attachment, 2),
                'mime_header_has_mailer' => str_contains($this->MIMEHeader, 'X-Mailer: SmtpTest/MailCatcher 1.0'),
                'line_ending' => bin2hex($this->get_line_ending()),
            ];
            $sent = $this->postSend();
            $this->catcher_log[] = ['postSend' => $sent];
            return $sent;
        } catch (Exception $e) {
            $this->mailHeader = '';
            $this->setError($e->getMessage());
            $this->catcher_log[] = ['caught' => get_class($e), 'message' => $e->getMessage()];
            if ($this->exceptions) {
                throw $e;
            }
            return false;
        }
    }

    protected function setError($msg)
    {
        $entry = ['setError' => $msg, 'smtp' => null];
        if ($this->smtp instanceof \PHPMailer\PHPMailer\SMTP) {
            $error = $this->smtp->getError();
            $entry['smtp'] = ['smtp_code' => $error['smtp_code'] ?? null, 'error' => $error['error'] ?? null];
        }
        $this->catcher_log[] = $entry;
        parent::setError($msg);
    }
}
