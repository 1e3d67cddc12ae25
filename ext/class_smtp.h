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
	zend_string *mail_params;       /* the engine's own MAIL FROM parameters (" SIZE=1234 ..."), for the next MAIL only */
	zend_long failed_code;          /* smtp_code of the last error set since connect() (errno or 0: no reply) */
	bool orcpt_next;                /* the next transaction's RCPTs get ORCPT (set with mail_params) */
	bool orcpt;                     /* RCPT TO gets ORCPT=rfc822;<address> (RFC 3461) in this transaction */
	bool keyed;                     /* the connection may be parked in the pool under key */
	unsigned char key[32];          /* SMTP_POOL_KEY_LEN: the hash of its configuration */
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

/*
 * Persistent connections (smtp.persistent; core/smtp_pool.h). The mailer
 * files the connection it is about to open under key (a hash of its whole
 * configuration); reuse() attaches a parked connection of that key, checked
 * with RSET; park() keeps an idle, error-free keyed connection instead of
 * closing it. Both false when they did nothing.
 */
void smtp_client_persist(zend_object *obj, const unsigned char *key);
bool smtp_client_reuse(zend_object *obj);
bool smtp_client_park(zend_object *obj);

/* {{{ streaming content and sending commands ahead, for PHPMailer's smtpSend() */

/* One piece of message content. */
typedef struct smtp_content_piece {
	const char *data;
	size_t len;
} smtp_content_piece;

/* data() with the content in pieces (never joined into one string). */
bool smtp_client_data_stream(zend_object *obj, const smtp_content_piece *pieces, size_t count);

/*
 * Content after a 354 to DATA (bdat false) or in BDAT chunks (bdat true):
 * begin, write the pieces, finish (the end is queued, not written), then
 * read and judge the server's verdict as data() judges "DATA END" (which
 * also records the transaction id). ok_so_far: the writes succeeded.
 */
bool smtp_client_data_open(zend_object *obj);  /* DATA (lockstep) and its 354, then content_begin() */
bool smtp_client_content_begin(zend_object *obj, bool bdat);
bool smtp_client_content_write(zend_object *obj, const char *data, size_t len);
bool smtp_client_content_finish(zend_object *obj);
bool smtp_client_content_verdict(zend_object *obj, bool ok_so_far);

/*
 * True when obj is an engine SMTP object that no PHP code overrides in the
 * transaction (mail, recipient, data, sendCommand, client_send, get_lines,
 * getError, connected), idle and connected to a server announcing
 * PIPELINING: its commands may then be sent ahead.
 */
bool smtp_client_may_pipeline(zend_object *obj);
/* The server announced CHUNKING / BINARYMIME. */
bool smtp_client_may_chunk(zend_object *obj);
bool smtp_client_may_binarymime(zend_object *obj);

/* The command lines mail() and recipient() send (extra: more MAIL parameters, or NULL). */
zend_string *smtp_client_mail_line(zend_object *obj, zend_string *from, const char *extra);
zend_string *smtp_client_rcpt_line(zend_object *obj, zend_string *address, zend_string *dsn);

/* Queues a command, and writes what is queued. */
bool smtp_client_queue(zend_object *obj, const char *line, size_t len);
bool smtp_client_flush(zend_object *obj);

/*
 * Reads the reply to the oldest command sent ahead and judges it as
 * sendCommand() would have judged it for command (debug output, error,
 * last_reply): the lockstep exchange, minus the write.
 */
bool smtp_client_take(zend_object *obj, const char *command, const zend_long *expect, int nexpect);

/*
 * Reads and shows the reply to a command PHPMailer would not have sent
 * (RCPTs after a refused MAIL, DATA after every recipient was refused),
 * leaving the error as it is.
 */
void smtp_client_skip(zend_object *obj);

/* Commands whose replies were not read. */
size_t smtp_client_pending(zend_object *obj);

/* }}} */
bool smtp_client_reset(zend_object *obj);

/* $smtp->getServerExt($name) into rv, through an override if there is one; false when it threw. */
bool smtp_client_get_server_ext(zend_object *obj, zend_string *name, zval *rv);

/*
 * The code of the last failure since connect(), even when a later command
 * (the QUIT after a 554 greeting, a RSET) succeeded: a reply code, or an
 * errno / 0 when there was no reply. For the outbox's transient-or-not.
 */
zend_long smtp_client_failed_code(zend_object *obj);

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
