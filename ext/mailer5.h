/*
 * mailer5.h - PHPMailer 5.2 (Smtp\Engine\PHPMailer5, SMTP5, Exception5):
 * what the shared C asks to behave as 5.2 where 5.2 differs.
 *
 * The 5.2 classes run on the same C as the 6.x ones (MailerBase, SMTP).
 * Where 5.2 declares a method differently (an instance $LE, instance
 * parseAddresses(), seven-argument doCallback(), its own setError() and
 * smtpConnect(), ...), PHPMailer5 declares its own and ext/mailer5.c
 * implements it; the engine reaches such a method through normal dispatch,
 * as it reaches a user's override (smtp_call.h). Where 5.2 only words or
 * lays something out differently, the shared code asks mailer_is_v5() at
 * that one place: the branches are listed in ext/mailer5.c's header.
 */
#ifndef MAILER5_H
#define MAILER5_H

#include "php.h"
#include "php_smtp.h"
#include "core/mime_encode.h"

/* True for the classes of the 5.2 API (PHPMailer5, SMTP5 and their subclasses). */
static inline bool smtp_ce_is_v5(zend_class_entry *ce)
{
	return ce && ((smtp_ce_phpmailer5 && instanceof_function(ce, smtp_ce_phpmailer5))
		|| (smtp_ce_client5 && instanceof_function(ce, smtp_ce_client5)));
}

/* True when obj is a PHPMailer 5.2 object. */
static inline bool mailer_is_v5(zend_object *obj)
{
	return smtp_ce_phpmailer5 && instanceof_function(obj->ce, smtp_ce_phpmailer5);
}

/* True when obj is a 5.2 SMTP object. */
static inline bool smtp_client_is_v5(zend_object *obj)
{
	return smtp_ce_client5 && instanceof_function(obj->ce, smtp_ce_client5);
}

/* $this->LE of a 5.2 object (the line ending of everything it writes): as a mime_le, and as a string. */
mime_le mailer5_le(zend_object *obj);
zend_string *mailer5_le_str(zend_object *obj);

/* $this->Version: the version the X-Mailer header names. */
zend_string *mailer5_version(zend_object *obj);

/* The class `new SMTP` makes in 5.2: the global SMTP (autoloaded), else the engine's SMTP5. */
zend_class_entry *mailer5_client_class(void);

/* The exception 5.2 throws: phpmailerException, else the engine's Exception5. */
zend_class_entry *mailer5_exception_ce(void);

/*
 * PHPMailer 5.2's validateAddress($address, $patternselect) with
 * self::$validator of called: 'auto' (the default) and '' pick 'pcre8',
 * any callable validates, 'noregex' is its rough check.
 */
bool mailer5_validate_address(zend_class_entry *called, zend_string *address, zval *pattern);

/*
 * One of validateAddress()'s own validators by name (mailer_address.c):
 * "pcre8" (and "pcre"), "html5", "eai", anything else FILTER_VALIDATE_EMAIL.
 */
bool mailer_validate_builtin(const char *name, zend_string *address);

/*
 * parseAddresses() of mailer_address.c: charset NULL is 5.2's, which
 * decodes no names and strips every quote from them.
 */
void mailer_parse_addresses(zend_class_entry *called, zend_string *addrstr, bool useimap, zval *charset, zval *list);

/* Reads a language file's $PHPMAILER_LANG lines into table (mailer_lang.c). */
void mailer_lang_read_file(zval *table, zend_string *file);

void smtp_register_mailer5_classes(void);
void smtp_register_client5_class(void);

#endif
