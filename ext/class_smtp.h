/*
 * class_smtp.h - the SMTP engine class, as the PHPMailer class drives it.
 */
#ifndef CLASS_SMTP_H
#define CLASS_SMTP_H

#include "php.h"
#include "php_smtp.h"
#include "smtp_tls_options.h"
#include "core/smtp_session.h"

typedef struct smtp_client {
	smtp_session *session;          /* created on first connect */
	smtp_tls_options tls;           /* SMTPOptions['ssl'] of the last connect(), for STARTTLS */
	zend_string *mail_params;       /* the engine's own MAIL FROM parameters (" SIZE=1234 ..."), for the next mail() only */
	bool orcpt;                     /* RCPT TO gets ORCPT=rfc822;<address> (RFC 3461) in this transaction */
	zend_object std;
} smtp_client;

static inline smtp_client *smtp_client_from_obj(zend_object *obj)
{
	return (smtp_client *)((char *)obj - XtOffsetOf(smtp_client, std));
}

/* True when obj is an engine SMTP object (else it is user code to call through PHP). */
static inline bool smtp_is_client(zend_object *obj)
{
	return instanceof_function(obj->ce, smtp_ce_client);
}

/* The methods of PHPMailer's SMTP class, for callers that already hold their arguments. */
void smtp_client_debug(zend_object *obj, const char *str, size_t len, zend_long level);
bool smtp_client_connected(zend_object *obj);
bool smtp_client_open(zend_object *obj, zend_string *host, zend_long port, zval *timeout, zval *options);
bool smtp_client_hello(zend_object *obj, zend_string *host);
bool smtp_client_start_tls(zend_object *obj);
bool smtp_client_authenticate(zend_object *obj, zend_string *user, zend_string *password,
	zend_string *authtype, zval *oauth);
bool smtp_client_mail(zend_object *obj, zend_string *from);
bool smtp_client_recipient(zend_object *obj, zend_string *address, zend_string *dsn);
bool smtp_client_data(zend_object *obj, const char *msg, size_t len);
bool smtp_client_reset(zend_object *obj);

/*
 * The envelope extensions beyond PHPMailer (mailer_envelope.c sets them):
 * params is appended to the next MAIL FROM line (taken over; NULL for
 * none), and orcpt adds ORCPT to each RCPT TO until changed.
 */
void smtp_client_set_envelope(zend_object *obj, zend_string *params, bool orcpt);

/* RFC 3461 xtext of s (ENVID, ORCPT): '+', '=' and bytes outside '!'..'~' as "+XX". */
zend_string *smtp_xtext(const char *s, size_t len);
bool smtp_client_quit(zend_object *obj, bool close_on_error);
void smtp_client_close(zend_object *obj);
void smtp_client_record_transaction_id(zend_object *obj);

#endif
