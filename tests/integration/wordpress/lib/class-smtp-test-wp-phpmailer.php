<?php
/*
 * The shape of WordPress 6.8+'s WP_PHPMailer (wp-includes/class-wp-phpmailer.php),
 * which Debian's WordPress 6.1.9 does not have yet: a subclass whose
 * constructor calls SetLanguage(), and whose SetLanguage() fills the
 * protected $language with PHPMailer's 26 English strings passed through
 * __(), so that every error text PHPMailer builds with lang() is translated.
 * It overrides an instance method of PHPMailer 6 and writes a protected
 * property; the native base class must allow both and read $language back.
 *
 * SetLanguage() counts its calls in $set_language_calls (a static of this
 * class, so no property is added to the mailer object).
 */
class Smtp_Test_WP_PHPMailer extends PHPMailer\PHPMailer\PHPMailer
{
    public static $set_language_calls = 0;

    public function __construct($exceptions = false)
    {
        parent::__construct($exceptions);
        $this->SetLanguage();
    }

    public function SetLanguage($langcode = 'en', $lang_path = '')
    {
        ++self::$set_language_calls;
        $error_strings = [
            'authenticate' => __('SMTP Error: Could not authenticate.'),
            'buggy_php' => __('Your version of PHP is affected by a bug that may result in corrupted messages. To fix it, switch to sending using SMTP, disable the mail.add_x_header option in your php.ini, switch to MacOS or Linux, or upgrade your PHP version.'),
            'connect_host' => __('SMTP Error: Could not connect to SMTP host.'),
            'data_not_accepted' => __('SMTP Error: data not accepted.'),
            'empty_message' => __('Message body empty'),
            'encoding' => __('Unknown encoding: '),
            'execute' => __('Could not execute: '),
            'extension_missing' => __('Extension missing: '),
            'file_access' => __('Could not access file: '),
            'file_open' => __('File Error: Could not open file: '),
            'from_failed' => __('The following From address failed: '),
            'instantiate' => __('Could not instantiate mail function.'),
            'invalid_address' => __('Invalid address: '),
            'invalid_header' => __('Invalid header name or value'),
            'invalid_hostentry' => __('Invalid hostentry: '),
            'invalid_host' => __('Invalid host: '),
            'mailer_not_supported' => __(' mailer is not supported.'),
            'provide_address' => __('You must provide at least one recipient email address.'),
            'recipients_failed' => __('SMTP Error: The following recipients failed: '),
            'signing' => __('Signing Error: '),
            'smtp_code' => __('SMTP code: '),
            'smtp_code_ex' => __('Additional SMTP info: '),
            'smtp_connect_failed' => __('SMTP connect() failed.'),
            'smtp_detail' => __('Detail: '),
            'smtp_error' => __('SMTP server error: '),
            'variable_set' => __('Cannot set or reset variable: '),
        ];
        $this->language = $error_strings;
        return true;
    }
}
