/*
 * smtp_errors.c - core failures to PHP exceptions and PHP-shaped error reports.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include "php_smtp.h"
#include "mailer5.h"
#include "smtp_errors.h"

/*
 * Whether the engine method running now belongs to PHPMailer 5.2's API:
 * its object (or, for a static method, its called class) is a 5.2 class.
 * The engine throws and catches from inside its methods, so this picks
 * the generation's exception class without every caller passing it.
 */
static bool running_v5(void)
{
	zend_execute_data *ex = EG(current_execute_data);
	zend_class_entry *called;

	if (!ex || !ex->func || !ex->func->common.scope) {
		return false;
	}
	called = zend_get_called_scope(ex);
	return called && smtp_ce_is_v5(called);
}

zend_class_entry *smtp_exception_ce(void)
{
	static const char name[] = "PHPMailer\\PHPMailer\\Exception";
	zend_class_entry *ce;

	/* phpmailerException, for PHPMailer 5.2 (ext/mailer5.c). */
	if (running_v5()) {
		return mailer5_exception_ce();
	}
	ce = SMTP_G(exception_ce);

	if (!ce) {
		zend_string *zname = zend_string_init(name, sizeof(name) - 1, 0);

		/* Autoloads: Composer may bring the user's copy, else our fallback declares it. */
		ce = zend_lookup_class_ex(zname, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
		if (!ce && !EG(exception)) {
			ce = zend_lookup_class(zname);
		}
		zend_string_release(zname);
		if (!ce || !instanceof_function(ce, zend_ce_throwable)) {
			ce = smtp_ce_engine_exception;
		}
		SMTP_G(exception_ce) = ce;
	}
	return ce;
}

void smtp_throw(zend_string *message, zend_long code)
{
	zend_throw_exception(smtp_exception_ce(), ZSTR_VAL(message), code);
}

void smtp_throw_previous(const char *message, zend_long code, zend_object *previous)
{
	zval ex, args[3];
	zend_class_entry *ce = smtp_exception_ce();

	/* new Exception($message, $code, $previous): through the constructor, as PHP code would. */
	ZVAL_STRING(&args[0], message);
	ZVAL_LONG(&args[1], code);
	ZVAL_OBJ(&args[2], previous);
	if (object_init_ex(&ex, ce) == SUCCESS) {
		if (ce->constructor) {
			zend_call_known_instance_method(ce->constructor, Z_OBJ(ex), NULL, 3, args);
		}
		if (EG(exception)) {
			zval_ptr_dtor(&ex);
		} else {
			zend_throw_exception_object(&ex);
		}
	}
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[2]);
}

void smtp_throw_cstr(const char *message, size_t len, zend_long code)
{
	zend_string *str = zend_string_init(message, len, 0);

	smtp_throw(str, code);
	zend_string_release(str);
}

zend_object *smtp_catch(void)
{
	zend_object *ex = EG(exception);

	if (!ex || !instanceof_function(ex->ce, smtp_exception_ce())) {
		return NULL;
	}
	GC_ADDREF(ex);
	zend_clear_exception();
	return ex;
}

bool smtp_catch_peek(void)
{
	return EG(exception) && instanceof_function(EG(exception)->ce, smtp_exception_ce());
}

zend_string *smtp_exception_message(zend_object *ex)
{
	zval rv, *message;

	message = zend_read_property_ex(zend_ce_exception, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
	return zval_get_string(message);
}

static void add_warning(smtp_php_failure *out, const char *func, const char *fmt, ...)
{
	va_list ap;
	smart_str text = {0};
	char *body;

	if (out->warning_count == (int)(sizeof(out->warnings) / sizeof(out->warnings[0]))) {
		return;
	}
	va_start(ap, fmt);
	zend_vspprintf(&body, 0, fmt, ap);
	va_end(ap);
	smart_str_appends(&text, func);
	smart_str_appends(&text, "(): ");
	smart_str_appends(&text, body);
	smart_str_0(&text);
	efree(body);
	out->warnings[out->warning_count++] = text.s;
}

/* What PHP quotes of a TLS failure: OpenSSL's error queue, or our description when it is empty. */
static const char *openssl_words(const smtp_error *err)
{
	return err->detail[0] ? err->detail : err->message;
}

/*
 * Whether a connect failed in the TLS handshake of an ssl:// connection:
 * a TCP connect failure is SMTP_ERR_CONNECT, or SMTP_ERR_TIMEOUT with errno.
 */
static bool in_handshake(const smtp_error *err)
{
	return err->status == SMTP_ERR_TLS || err->status == SMTP_ERR_IO
		|| (err->status == SMTP_ERR_TIMEOUT && err->sys_errno == 0);
}

#define NAME_MISMATCH "host name mismatch: the certificate is not valid for "

/* PHP's warning for a failed handshake, by func; none when the server just closed. */
static void handshake_warning(smtp_php_failure *out, const char *func, const smtp_error *err)
{
	size_t prefix = sizeof(NAME_MISMATCH) - 1;

	if (err->status == SMTP_ERR_TLS && strncmp(err->message, NAME_MISMATCH, prefix) == 0) {
		/* PHP checks the name itself, once OpenSSL has verified the chain. */
		const char *expected = err->message + prefix;

		if (strcmp(err->detail, "subjectAltName") == 0) {
			add_warning(out, func, "Peer certificate subjectAltName did not match expected name `%s'",
				expected);
		} else {
			add_warning(out, func, "Peer certificate %s did not match expected CN=`%s'",
				err->detail, expected);
		}
	} else if (err->status == SMTP_ERR_TIMEOUT) {
		add_warning(out, func, "SSL: Handshake timed out");
	} else if (err->status == SMTP_ERR_IO) {
		if (err->sys_errno) {
			add_warning(out, func, "SSL: %s", strerror(err->sys_errno));
		}
	} else {
		add_warning(out, func, "SSL operation failed with code 1. OpenSSL Error messages:\n%s",
			openssl_words(err));
	}
}

void smtp_failure_from_core(smtp_php_failure *out, const smtp_error *err, smtp_php_op op,
	const char *target, size_t target_len)
{
	memset(out, 0, sizeof(*out));
	switch (op) {
	case SMTP_OP_CONNECT:
		if (in_handshake(err)) {
			/* PHP reports the handshake's failure, then gives up on crypto and the connection. */
			handshake_warning(out, "stream_socket_client", err);
			add_warning(out, "stream_socket_client", "Failed to enable crypto");
			add_warning(out, "stream_socket_client", "Unable to connect to %.*s (Unknown error)",
				(int)target_len, target);
			out->errstr = ZSTR_EMPTY_ALLOC();
			break;
		}
		if (err->status == SMTP_ERR_CONNECT && err->sys_errno == 0) {
			/* Name resolution: the resolver's text as PHP's network layer words it, and errno 0. */
			out->errstr = zend_strpprintf(0, "php_network_getaddresses: %s", err->message);
			add_warning(out, "stream_socket_client", "%s", ZSTR_VAL(out->errstr));
		} else {
			int code = err->sys_errno ? err->sys_errno : (err->status == SMTP_ERR_TIMEOUT ? ETIMEDOUT : EIO);

			out->errno_value = code;
			out->errstr = zend_string_init(strerror(code), strlen(strerror(code)), 0);
		}
		add_warning(out, "stream_socket_client", "Unable to connect to %.*s (%s)",
			(int)target_len, target, ZSTR_VAL(out->errstr));
		break;
	case SMTP_OP_STARTTLS:
		handshake_warning(out, "stream_socket_enable_crypto", err);
		out->errstr = ZSTR_EMPTY_ALLOC();
		break;
	case SMTP_OP_WRITE:
		add_warning(out, "fwrite", "Send of %zu bytes failed with errno=%d %s",
			target_len, err->sys_errno ? err->sys_errno : EPIPE, strerror(err->sys_errno ? err->sys_errno : EPIPE));
		out->errstr = ZSTR_EMPTY_ALLOC();
		break;
	case SMTP_OP_READ:
		out->errstr = ZSTR_EMPTY_ALLOC();
		break;
	}
}

void smtp_failure_free(smtp_php_failure *failure)
{
	int i;

	for (i = 0; i < failure->warning_count; i++) {
		zend_string_release(failure->warnings[i]);
	}
	if (failure->errstr) {
		zend_string_release(failure->errstr);
	}
	memset(failure, 0, sizeof(*failure));
}
