/*
 * smtp_errors.h - the one place where core failures become PHP's.
 *
 * Two directions: PHPMailer's exceptions (thrown as the PHPMailer-named
 * class, so `catch (PHPMailer\PHPMailer\Exception $e)` works), and the
 * translation of a core smtp_error into what PHP's stream layer would have
 * reported to PHPMailer for the same failure (the warnings its error
 * handler sees, and the errno/errstr pair of stream_socket_client()), from
 * which the SMTP class builds PHPMailer's error array and debug lines.
 */
#ifndef SMTP_ERRORS_H
#define SMTP_ERRORS_H

#include "php.h"
#include "core/smtp_error.h"

/*
 * PHPMailer\PHPMailer\Exception, or the engine's own class when that name
 * cannot be loaded; inside a method of a PHPMailer 5.2 object,
 * phpmailerException (or the engine's Exception5).
 */
zend_class_entry *smtp_exception_ce(void);

/* throw new Exception($message, $code), PHPMailer's way. */
void smtp_throw(zend_string *message, zend_long code);
void smtp_throw_cstr(const char *message, size_t len, zend_long code);

/* throw new Exception($message, $code, $previous); takes over the reference to previous. */
void smtp_throw_previous(const char *message, zend_long code, zend_object *previous);

/*
 * catch (Exception $e): when the pending exception is a PHPMailer
 * exception, takes it (the caller owns the returned reference) and clears
 * it; returns NULL and leaves any other exception pending.
 */
zend_object *smtp_catch(void);

/* True when the pending exception is one smtp_catch() would take. */
bool smtp_catch_peek(void);

/* $e->getMessage() of a caught exception. */
zend_string *smtp_exception_message(zend_object *ex);

/* What PHP would have reported for a failed socket or TLS operation. */
typedef struct smtp_php_failure {
	zend_string *warnings[3];   /* the warnings raised, in order ("func(): text") */
	int warning_count;
	zend_long errno_value;      /* stream_socket_client()'s $errno */
	zend_string *errstr;        /* stream_socket_client()'s $errstr */
} smtp_php_failure;

typedef enum {
	SMTP_OP_CONNECT,   /* stream_socket_client(), target "host:port" or "ssl://host:port" */
	SMTP_OP_STARTTLS,  /* stream_socket_enable_crypto() */
	SMTP_OP_WRITE,     /* fwrite() */
	SMTP_OP_READ       /* fgets() */
} smtp_php_op;

void smtp_failure_from_core(smtp_php_failure *out, const smtp_error *err, smtp_php_op op,
	const char *target, size_t target_len);
void smtp_failure_free(smtp_php_failure *failure);

#endif
