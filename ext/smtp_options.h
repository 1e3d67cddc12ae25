/*
 * smtp_options.h - the engine's settings beyond PHPMailer's API, resolved
 * in one place.
 *
 * Each has an `smtp.<key>` ini default and may be set per message through
 * the `smtp` key of SMTPOptions, a stream-context wrapper name PHP and
 * stock PHPMailer ignore:
 *
 *   $mail->SMTPOptions = ['smtp' => ['pipelining' => false, 'persistent' => true], 'ssl' => [...]];
 *
 * Unknown keys under 'smtp' are ignored, as PHP ignores unknown context
 * options. The key keeps the engine from declaring members of its own that a
 * subclass could clash with. Per-message options without an ini default
 * (smime_encrypt, dkim_keys, the envelope extensions) are read with
 * smtp_engine_option(). README.md lists them all.
 */
#ifndef SMTP_OPTIONS_H
#define SMTP_OPTIONS_H

#include "php.h"

typedef struct smtp_options {
	bool pipelining;      /* RFC 2920 when the server announces it */
	bool chunking;        /* BDAT (RFC 3030) when the server announces CHUNKING and PIPELINING */
	bool persistent;      /* park the connection for the next request instead of QUIT */
	bool tls_resumption;  /* offer the TLS session of an earlier connection to the same server */
} smtp_options;

/* The settings of one send: the ini defaults, overridden by $context['smtp'] (context may be anything). */
void smtp_options_resolve(smtp_options *out, zval *context);

/* smtp.persistent_max and smtp.persistent_idle (seconds): the bounds of the connection pool. */
zend_long smtp_options_persistent_max(void);
zend_long smtp_options_persistent_idle(void);

/* SMTPOptions['smtp'][name] of the mailer, dereferenced; NULL when not set (or null). */
zval *smtp_engine_option(zend_object *mailer, const char *name);

/* The durable outbox's directory: SMTPOptions['smtp']['outbox'], else smtp.outbox; NULL when off. */
zend_string *smtp_options_outbox(zend_object *mailer);

/*
 * The option as an array of strings: a string alone, or an array's values
 * made strings (its string keys kept). NULL when not set.
 */
zend_array *smtp_engine_option_list(zend_object *mailer, const char *name);

void smtp_options_startup(int type, int module_number);
void smtp_options_shutdown(int type, int module_number);

#endif
