/*
 * smtp_options.h - the engine's options beyond PHPMailer's API.
 *
 * They live in the "smtp" key of the PHPMailer object's SMTPOptions, a
 * public array PHPMailer already has: the engine declares no member of its
 * own that a subclass could clash with, and stock PHPMailer ignores the key
 * (PHP's stream context has no "smtp" wrapper options). README.md lists them.
 *
 *   $mail->SMTPOptions['smtp'] = ['smime_encrypt' => ['/path/bob.crt'], 'dsn_ret' => 'HDRS'];
 */
#ifndef SMTP_OPTIONS_H
#define SMTP_OPTIONS_H

#include "php.h"

/* SMTPOptions['smtp'][name] of the mailer, dereferenced; NULL when not set (or null). */
zval *smtp_engine_option(zend_object *mailer, const char *name);

/*
 * The option as an array of strings: a string alone, or an array's values
 * made strings (its string keys kept). NULL when not set.
 */
zend_array *smtp_engine_option_list(zend_object *mailer, const char *name);

#endif
