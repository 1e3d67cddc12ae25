/*
 * mailer_outbox.c - smtpSend()'s side of the durable outbox (mailer_outbox.h).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "class_smtp.h"
#include "core/smtp_outbox.h"
#include "mailer.h"
#include "mailer_outbox.h"
#include "smtp_options.h"

/* The SMTP object's error array says the failure may pass: no reply (unreachable, lost, timed out) or a 4xx. */
static bool transient(zend_object *obj)
{
	zval *smtp = MPROP(obj, smtp), rv, *error, *code;
	zend_long n;

	if (Z_TYPE_P(smtp) != IS_OBJECT) {
		return true;
	}
	if (smtp_is_client(Z_OBJ_P(smtp))) {
		n = smtp_client_failed_code(Z_OBJ_P(smtp));
		return n < 200 || (n >= 400 && n < 500);
	}
	/* A user's SMTP class: its error array (a later success may have cleared it). */
	error = zend_read_property(Z_OBJCE_P(smtp), Z_OBJ_P(smtp), "error", 5, 1, &rv);
	if (!error || Z_TYPE_P(error) != IS_ARRAY || !(code = zend_hash_str_find_deref(Z_ARRVAL_P(error), "smtp_code", 9))) {
		return true;
	}
	/* Below 200 it is no reply but the errno of a failed connect (PHPMailer files it there). */
	n = zval_get_long(code);
	return n < 200 || (n >= 400 && n < 500);
}

static void show(zend_object *obj, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

static void show(zend_object *obj, const char *fmt, ...)
{
	va_list ap;
	zend_string *line;

	va_start(ap, fmt);
	line = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	mailer_debug(obj, line);
	zend_string_release(line);
}

/* Each step of the write in the debug output, for the crash tests (and an operator). */
static void step(void *ctx, const char *name)
{
	show(ctx, "Outbox: %s", name);
}

/* The addresses of to, cc and bcc, as smtpSend() gives them to RCPT TO. */
static void gather_recipients(zend_object *obj, zend_array *out)
{
	zval *lists[3] = {MPROP(obj, to), MPROP(obj, cc), MPROP(obj, bcc)}, *pair, *address;
	int i;

	for (i = 0; i < 3; i++) {
		if (Z_TYPE_P(lists[i]) != IS_ARRAY) {
			continue;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(lists[i]), pair) {
			if (Z_TYPE_P(pair) == IS_ARRAY && (address = zend_hash_index_find(Z_ARRVAL_P(pair), 0))) {
				zval s;

				ZVAL_STR(&s, zval_get_string(address));
				zend_hash_next_index_insert(out, &s);
			}
		} ZEND_HASH_FOREACH_END();
	}
}

static void spool(zend_object *obj, zend_string *dir, zend_string *from, zend_string *head, zend_string *body)
{
	zend_array *rcpts = zend_new_array(4);
	zend_string *content, *b = body ? zend_string_copy(body) : zval_get_string(MPROP(obj, MIMEBody));
	smtp_outbox_msg msg;
	smtp_error err;
	char name[256];
	zval *r;
	size_t i = 0;

	gather_recipients(obj, rcpts);
	content = zend_string_concat2(ZSTR_VAL(head), ZSTR_LEN(head), ZSTR_VAL(b), ZSTR_LEN(b));
	zend_string_release(b);
	memset(&msg, 0, sizeof(msg));
	msg.sender = ZSTR_VAL(from);
	msg.sender_len = ZSTR_LEN(from);
	msg.rcpt_count = zend_hash_num_elements(rcpts);
	msg.rcpt = safe_emalloc(msg.rcpt_count + 1, sizeof(char *), 0);
	msg.rcpt_len = safe_emalloc(msg.rcpt_count + 1, sizeof(size_t), 0);
	ZEND_HASH_FOREACH_VAL(rcpts, r) {
		msg.rcpt[i] = Z_STRVAL_P(r);
		msg.rcpt_len[i++] = Z_STRLEN_P(r);
	} ZEND_HASH_FOREACH_END();
	msg.data = ZSTR_VAL(content);
	msg.data_len = ZSTR_LEN(content);
	if (smtp_outbox_write(ZSTR_VAL(dir), &msg, name, sizeof(name), step, obj, &err) == SMTP_OK) {
		show(obj, "Outbox: message spooled to %s/%s", ZSTR_VAL(dir), name);
	} else {
		show(obj, "Outbox: message NOT spooled: %s%s%s", err.message, err.sys_errno ? ": " : "",
			err.sys_errno ? strerror(err.sys_errno) : "");
	}
	efree(msg.rcpt);
	efree(msg.rcpt_len);
	zend_string_release(content);
	zend_array_release(rcpts);
}

bool mailer_outbox_enabled(zend_object *obj)
{
	zend_string *dir = smtp_options_outbox(obj);

	if (dir) {
		zend_string_release(dir);
	}
	return dir != NULL;
}

void mailer_outbox_spool_if_transient(zend_object *obj, zend_string *from, zend_string *head, zend_string *body)
{
	zend_string *dir = smtp_options_outbox(obj);
	zend_object *pending;

	if (!dir) {
		return;
	}
	/*
	 * The send's exception waits while the debug output (maybe a PHP
	 * callable) shows the spooling. Held here, not with
	 * zend_exception_save(): code the callable runs (a destructor) may
	 * save and restore exceptions itself and would restore this one.
	 */
	pending = EG(exception);
	EG(exception) = NULL;
	if (transient(obj)) {
		spool(obj, dir, from, head, body);
	} else {
		show(obj, "Outbox: permanent failure, message not spooled");
	}
	if (pending) {
		if (EG(exception)) {
			zend_exception_set_previous(EG(exception), pending);
		} else {
			EG(exception) = pending;
		}
	}
	zend_string_release(dir);
}
