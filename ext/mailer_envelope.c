/*
 * mailer_envelope.c - the envelope extensions beyond PHPMailer, asked for
 * in SMTPOptions['smtp'] (smtp_options.h) and put on the engine SMTP
 * object's next MAIL FROM / RCPT TO lines (class_smtp.c):
 *
 *   size          true: SIZE=<message size> (RFC 1870) when the server
 *                 advertises SIZE, and no transaction at all when the
 *                 message is over the server's limit
 *   8bitmime      true: BODY=8BITMIME (RFC 6152) when the body has 8-bit
 *                 bytes and the server advertises 8BITMIME
 *   dsn_ret       'FULL' or 'HDRS', dsn_envid a string, dsn_orcpt true:
 *                 RET=, ENVID= (xtext) and, per recipient,
 *                 ORCPT=rfc822;<xtext> (RFC 3461), when DSN is advertised
 *   requiretls    true: REQUIRETLS (RFC 8689); an error when the server
 *                 does not advertise it
 *
 * Everything is off by default, so the wire is PHPMailer's unless asked.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_smart_str.h"

#include "class_smtp.h"
#include "mailer.h"
#include "mailer_envelope.h"
#include "smtp_errors.h"
#include "smtp_options.h"

static bool option_on(zend_object *obj, const char *name)
{
	zval *v = smtp_engine_option(obj, name);

	return v && zend_is_true(v);
}

/* The server's value of an EHLO keyword (getServerExt()): false when not advertised. */
static bool server_ext(zend_object *client, const char *name, zval *value)
{
	zval arg;
	bool ok;

	ZVAL_STRING(&arg, name);
	ZVAL_UNDEF(value);
	if (smtp_is_client(client)) {
		ok = smtp_client_get_server_ext(client, Z_STR(arg), value);
	} else {
		ok = zend_call_method(client, client->ce, NULL, "getserverext", sizeof("getserverext") - 1, value, 1,
			&arg, NULL) && !EG(exception);
	}
	ok = ok && !(Z_TYPE_P(value) == IS_FALSE);
	zval_ptr_dtor(&arg);
	return ok;
}

/* Octets on the wire of a text that gets CRLF line ends (RFC 1870 asks for an estimate; dot-stuffing is left out). */
static size_t wire_size(zend_string *s)
{
	const char *p = ZSTR_VAL(s), *end = p + ZSTR_LEN(s);
	size_t size = ZSTR_LEN(s);

	for (; p < end; p++) {
		if (*p == '\n' && (p == ZSTR_VAL(s) || p[-1] != '\r')) {
			size++;
		}
	}
	return size;
}

static bool has_8bit(zend_string *s)
{
	const unsigned char *p = (const unsigned char *)ZSTR_VAL(s), *end = p + ZSTR_LEN(s);

	for (; p < end; p++) {
		if (*p >= 0x80) {
			return true;
		}
	}
	return false;
}

/* As smtpSend() refuses a Unicode address without SMTPUTF8: an exception, which send() makes ErrorInfo. */
static bool refuse(zend_string *msg)
{
	smtp_throw(msg, STOP_CRITICAL);
	zend_string_release(msg);
	return false;
}

/* The body as a string: a streamed one (NULL) is rendered only for the options that measure it. */
static zend_string *body_text(zend_object *obj, zend_string *body)
{
	return body ? zend_string_copy(body) : zval_get_string(MPROP(obj, MIMEBody));
}

bool mailer_envelope_prepare(zend_object *obj, zend_object *client, zend_string *header, zend_string *body)
{
	smart_str params = {0};
	zval value, *ret = smtp_engine_option(obj, "dsn_ret"), *envid = smtp_engine_option(obj, "dsn_envid");
	bool dsn, orcpt = false, engine = instanceof_function(client->ce, smtp_ce_client);

	if (option_on(obj, "requiretls")) {
		bool offered = server_ext(client, "REQUIRETLS", &value);

		zval_ptr_dtor(&value);
		if (!offered || !engine) {
			return refuse(zend_string_init(ZEND_STRL(
				"REQUIRETLS was requested, but the server does not advertise it (RFC 8689): not sent"), 0));
		}
	}
	if (!engine) {
		/* Another SMTP class sends what it sends. */
		return true;
	}
	ZVAL_UNDEF(&value);
	if (option_on(obj, "size") && server_ext(client, "SIZE", &value)) {
		/* Header, the empty line, the body: what data() sends. */
		zend_string *text = body_text(obj, body);
		size_t size = wire_size(header) + 4 + wire_size(text);
		zend_long limit = zval_get_long(&value);

		zend_string_release(text);

		zval_ptr_dtor(&value);
		if (limit > 0 && size > (size_t)limit) {
			return refuse(zend_strpprintf(0,
				"Message size %zu exceeds the server's limit of " ZEND_LONG_FMT " bytes (SIZE): not sent", size, limit));
		}
		smart_str_append_printf(&params, " SIZE=%zu", size);
	} else {
		zval_ptr_dtor(&value);
	}
	ZVAL_UNDEF(&value);
	if (option_on(obj, "8bitmime") && server_ext(client, "8BITMIME", &value)) {
		zend_string *text = body_text(obj, body);

		if (has_8bit(text)) {
			smart_str_appends(&params, " BODY=8BITMIME");
		}
		zend_string_release(text);
	}
	zval_ptr_dtor(&value);
	dsn = server_ext(client, "DSN", &value);
	zval_ptr_dtor(&value);
	if (dsn) {
		if (ret) {
			zend_string *r = zval_get_string(ret);

			smart_str_appends(&params, " RET=");
			smart_str_appends(&params, zend_string_equals_literal_ci(r, "HDRS") ? "HDRS" : "FULL");
			zend_string_release(r);
		}
		if (envid) {
			zend_string *e = zval_get_string(envid), *x = smtp_xtext(ZSTR_VAL(e), ZSTR_LEN(e));

			smart_str_appends(&params, " ENVID=");
			smart_str_append(&params, x);
			zend_string_release(x);
			zend_string_release(e);
		}
		orcpt = option_on(obj, "dsn_orcpt");
	}
	if (option_on(obj, "requiretls")) {
		smart_str_appends(&params, " REQUIRETLS");
	}
	smart_str_0(&params);
	smtp_client_set_envelope(client, params.s, orcpt);
	return true;
}
