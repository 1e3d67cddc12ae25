/*
 * class_smtp.c - Smtp\Engine\SMTP: PHPMailer's SMTP class over the core session.
 *
 * Every public and protected method behaves as PHPMailer 6.12's SMTP does,
 * down to the error array, the reply parsing and the debug transcript; the
 * bytes move through ext/core/smtp_session.c. Where PHPMailer calls one of
 * its own methods through $this, the engine does too when a subclass
 * overrides it (see smtp_call.h).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/php_string.h"
#include "ext/standard/php_var.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"

#include "php_smtp.h"
#include "class_smtp.h"
#include "mailer5.h"
#include "smtp_call.h"
#include "smtp_debug.h"
#include "smtp_errors.h"
#include "smtp_props.h"
#include "smtp_tls_options.h"

#include "core/mime_encode.h"
#include "core/smtp_alloc.h"
#include "core/smtp_auth.h"
#include "core/smtp_pool.h"
#include "core/smtp_session.h"
#include "smtp_options.h"

#include <time.h>

#include "smtp_client_arginfo.h"

zend_class_entry *smtp_ce_client;
zend_class_entry *smtp_ce_client7;
static zend_object_handlers client_handlers;

enum {
	DEBUG_OFF = 0,
	DEBUG_CLIENT = 1,
	DEBUG_SERVER = 2,
	DEBUG_CONNECTION = 3,
	DEBUG_LOWLEVEL = 4
};

#define DEFAULT_PORT 25

/* {{{ object life cycle */

static zend_object *client_create(zend_class_entry *ce)
{
	smtp_client *client = zend_object_alloc(sizeof(smtp_client), ce);

	zend_object_std_init(&client->std, ce);
	object_properties_init(&client->std, ce);
	client->std.handlers = &client_handlers;
	smtp_tls_options_init(&client->tls);
	return &client->std;
}

static void client_free(zend_object *obj)
{
	smtp_client *client = smtp_client_from_obj(obj);

	if (client->session) {
		smtp_session_free(client->session);
	}
	smtp_tls_options_free(&client->tls);
	if (client->mail_params) {
		zend_string_release(client->mail_params);
	}
	zend_object_std_dtor(obj);
}

/* A clone gets the properties, never the connection. */
static zend_object *client_clone(zend_object *old)
{
	zend_object *obj = client_create(old->ce);

	zend_objects_clone_members(obj, old);
	return obj;
}

/* }}} */

/* {{{ debug output and errors */

static zend_long debug_level(zend_object *obj)
{
	return zval_get_long(CPROP(obj, do_debug));
}

/* SMTP::edebug(): through a subclass override if there is one. */
void smtp_client_debug(zend_object *obj, const char *str, size_t len, zend_long level)
{
	if (SMTP_OVERRIDDEN(obj, "edebug")) {
		zval args[2];

		ZVAL_STRINGL(&args[0], str, len);
		ZVAL_LONG(&args[1], level);
		SMTP_CALL(obj, "edebug", NULL, 2, args);
		zval_ptr_dtor(&args[0]);
		return;
	}
	if (level > debug_level(obj)) {
		return;
	}
	smtp_debug_emit(CPROP(obj, Debugoutput), SMTP_DEBUG_CLIENT, str, len, level);
}

/* True when a message of this level would be shown (or an override wants every message). */
static bool debug_wanted(zend_object *obj, zend_long level)
{
	return level <= debug_level(obj) || SMTP_OVERRIDDEN(obj, "edebug");
}

static void debugf(zend_object *obj, zend_long level, const char *fmt, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);

static void debugf(zend_object *obj, zend_long level, const char *fmt, ...)
{
	va_list ap;
	zend_string *str;

	if (!debug_wanted(obj, level)) {
		return;
	}
	va_start(ap, fmt);
	str = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	smtp_client_debug(obj, ZSTR_VAL(str), ZSTR_LEN(str), level);
	zend_string_release(str);
}

/* The error array: error, detail, smtp_code, smtp_code_ex, as given (PHPMailer stores them untyped). */
static void set_error_zv(zend_object *obj, zval *message, zval *detail, zval *code, zval *code_ex)
{
	zval error;

	array_init_size(&error, 4);
	Z_TRY_ADDREF_P(message);
	Z_TRY_ADDREF_P(detail);
	Z_TRY_ADDREF_P(code);
	Z_TRY_ADDREF_P(code_ex);
	add_assoc_zval(&error, "error", message);
	add_assoc_zval(&error, "detail", detail);
	add_assoc_zval(&error, "smtp_code", code);
	add_assoc_zval(&error, "smtp_code_ex", code_ex);
	CPROP_SET(obj, error, &error);
	if (zend_is_true(message)) {
		smtp_client_from_obj(obj)->failed_code = zval_get_long(code);
	}
}

zend_long smtp_client_failed_code(zend_object *obj)
{
	return smtp_client_from_obj(obj)->failed_code;
}

/* The error array with every field "": the property's default, shared (declare_array_defaults()). */
static zval no_error;

static void set_error(zend_object *obj, const char *message, const char *detail, size_t detail_len,
	zval *code, zval *code_ex)
{
	zval zmessage, zdetail, empty;

	if (!message[0] && !detail_len && !code && !code_ex) {
		/* Cleared after every accepted command: the shared array, unless it is there already. */
		zval *error = CPROP(obj, error);

		if (Z_TYPE_P(error) != IS_ARRAY || Z_ARR_P(error) != Z_ARR(no_error)) {
			CPROP_SET(obj, error, &no_error);
		}
		return;
	}

	ZVAL_STRING(&zmessage, message);
	ZVAL_STRINGL(&zdetail, detail, detail_len);
	ZVAL_EMPTY_STRING(&empty);
	set_error_zv(obj, &zmessage, &zdetail, code ? code : &empty, code_ex ? code_ex : &empty);
	zval_ptr_dtor(&zmessage);
	zval_ptr_dtor(&zdetail);
}

/* setError($message): through an override if there is one. */
static void client_set_error(zend_object *obj, const char *message)
{
	if (SMTP_OVERRIDDEN(obj, "seterror")) {
		zval arg;

		ZVAL_STRING(&arg, message);
		SMTP_CALL(obj, "seterror", NULL, 1, &arg);
		zval_ptr_dtor(&arg);
		return;
	}
	set_error(obj, message, "", 0, NULL, NULL);
}

static const char *error_field(zend_object *obj, const char *key)
{
	zval *error = CPROP(obj, error), *field;

	if (Z_TYPE_P(error) != IS_ARRAY || !(field = zend_hash_str_find(Z_ARRVAL_P(error), key, strlen(key)))
		|| Z_TYPE_P(field) != IS_STRING) {
		return "";
	}
	return Z_STRVAL_P(field);
}

/* errorHandler(): what PHPMailer's error handler records for one PHP warning. */
static void error_handler(zend_object *obj, zend_string *warning)
{
	const char *file = zend_get_executed_filename();
	zend_long line = zend_get_executed_lineno();

	if (SMTP_OVERRIDDEN(obj, "errorhandler")) {
		zval args[4];

		ZVAL_LONG(&args[0], E_WARNING);
		ZVAL_STR_COPY(&args[1], warning);
		ZVAL_STRING(&args[2], file);
		ZVAL_LONG(&args[3], line);
		SMTP_CALL(obj, "errorhandler", NULL, 4, args);
		zval_ptr_dtor(&args[1]);
		zval_ptr_dtor(&args[2]);
		return;
	}
	{
		zval code;

		ZVAL_STRING(&code, "2");
		set_error(obj, "Connection failed.", ZSTR_VAL(warning), ZSTR_LEN(warning), &code, NULL);
		zval_ptr_dtor(&code);
	}
	debugf(obj, DEBUG_CONNECTION, "Connection failed. Error #%d: %s [%s line " ZEND_LONG_FMT "]",
		E_WARNING, ZSTR_VAL(warning), file, line);
}

static void report_failure(zend_object *obj, const smtp_php_failure *failure)
{
	int i;

	for (i = 0; i < failure->warning_count; i++) {
		error_handler(obj, failure->warnings[i]);
	}
}

/* }}} */

/* {{{ the connection */

static smtp_session *session_of(zend_object *obj)
{
	return smtp_client_from_obj(obj)->session;
}

static bool is_open(zend_object *obj)
{
	smtp_session *s = session_of(obj);

	return s && smtp_session_state(s) != SMTP_STATE_CLOSED;
}

/* The trace hook of the session: what PHPMailer shows of the wire. */
static void client_trace(void *ctx, smtp_trace_kind kind, const char *data, size_t len)
{
	zend_object *obj = ctx;

	switch (kind) {
	case SMTP_TRACE_SEND:
		debugf(obj, DEBUG_CLIENT, "CLIENT -> SERVER: %.*s", (int)len, data);
		break;
	case SMTP_TRACE_SEND_SECRET:
		/* Credentials show at the lowest level only, as PHPMailer's client_send() does it. */
		if (debug_level(obj) < DEBUG_LOWLEVEL) {
			debugf(obj, DEBUG_CLIENT, "CLIENT -> SERVER: [credentials hidden]");
		} else {
			debugf(obj, DEBUG_CLIENT, "CLIENT -> SERVER: %.*s", (int)len, data);
		}
		break;
	case SMTP_TRACE_DATA_LINE:
		debugf(obj, DEBUG_CLIENT, "CLIENT -> SERVER: %.*s\r\n", (int)len, data);
		break;
	case SMTP_TRACE_RECV_LINE: {
		zend_string *line, *trimmed;

		if (!debug_wanted(obj, DEBUG_LOWLEVEL)) {
			break;
		}
		line = zend_string_init(data, len, 0);
		trimmed = php_trim(line, NULL, 0, 3);
		debugf(obj, DEBUG_LOWLEVEL, "SMTP INBOUND: \"%s\"", ZSTR_VAL(trimmed));
		zend_string_release(trimmed);
		zend_string_release(line);
		break;
	}
	default:
		/* State and TLS changes: PHPMailer shows nothing of them. */
		break;
	}
}

/* Seconds (int, float or numeric string) to milliseconds; 0 or less means no bound. */
static int to_ms(zval *seconds)
{
	double s = zval_get_double(seconds);

	if (s <= 0) {
		return SMTP_TIMEOUT_NONE;
	}
	return s > INT_MAX / 1000 ? INT_MAX : (int)(s * 1000);
}

/* Reads are bounded by the smaller of Timeout and Timelimit, as get_lines() is. */
static void apply_timeouts(zend_object *obj, double timelimit_factor)
{
	smtp_session *s = session_of(obj);
	int timeout = to_ms(CPROP(obj, Timeout));
	double limit = zval_get_double(CPROP(obj, Timelimit)) * timelimit_factor;

	if (s) {
		if (limit > 0 && (timeout == SMTP_TIMEOUT_NONE || limit * 1000 < timeout)) {
			timeout = limit * 1000 > INT_MAX ? INT_MAX : (int)(limit * 1000);
		}
		smtp_session_set_timeout(s, timeout);
	}
}

static void close_connection(zend_object *obj)
{
	smtp_session *s = session_of(obj);

	CPROP_SET_NULL(obj, server_caps);
	CPROP_SET_NULL(obj, helo_rply);
	smtp_client_from_obj(obj)->keyed = false;
	if (s && smtp_session_state(s) != SMTP_STATE_CLOSED) {
		smtp_session_close(s);
		debugf(obj, DEBUG_CONNECTION, "Connection: closed");
	}
}

/* connected(): open, and no read has met the end of the stream (PHP's feof(), never a probe). */
bool smtp_client_connected(zend_object *obj)
{
	if (!is_open(obj)) {
		return false;
	}
	if (smtp_session_eof(session_of(obj))) {
		debugf(obj, DEBUG_CLIENT, "SMTP NOTICE: EOF caught while checking if connected");
		close_connection(obj);
		return false;
	}
	return true;
}

/* get_lines(): one reply as the server sent it, or what arrived before a failure. */
static zend_string *read_reply(zend_object *obj)
{
	smtp_session *s = session_of(obj);
	smtp_reply reply;
	smtp_error err;
	zend_string *text;

	if (!is_open(obj)) {
		return ZSTR_EMPTY_ALLOC();
	}
	smtp_reply_init(&reply);
	if (smtp_session_read_reply(s, &reply, &err) != SMTP_OK) {
		if (err.status == SMTP_ERR_TIMEOUT) {
			debugf(obj, DEBUG_LOWLEVEL, "SMTP -> get_lines(): select timed-out in (" ZEND_LONG_FMT " sec)",
				zval_get_long(CPROP(obj, Timelimit)));
		}
		smtp_reply_free(&reply);
		return ZSTR_EMPTY_ALLOC();
	}
	text = zend_string_init(reply.text.data ? reply.text.data : "", reply.text.len, 0);
	smtp_reply_free(&reply);
	return text;
}

static zend_string *get_lines(zend_object *obj)
{
	if (SMTP_OVERRIDDEN(obj, "get_lines")) {
		zval ret;

		SMTP_CALL(obj, "get_lines", &ret, 0, NULL);
		return Z_TYPE(ret) == IS_UNDEF ? ZSTR_EMPTY_ALLOC() : zval_try_get_string_func(&ret);
	}
	return read_reply(obj);
}

static void set_last_reply(zend_object *obj, zend_string *reply)
{
	CPROP_SET_ZSTR(obj, last_reply, reply);
}

static bool is_credential(const char *command)
{
	return strcmp(command, "User & Password") == 0 || strcmp(command, "Username") == 0
		|| strcmp(command, "Password") == 0;
}

/* What PHP's error handler would have seen for a failed write or read. */
static void report_io_failure(zend_object *obj, const smtp_error *err, size_t written)
{
	if (err->status == SMTP_ERR_TIMEOUT) {
		debugf(obj, DEBUG_LOWLEVEL, "SMTP -> get_lines(): select timed-out in (" ZEND_LONG_FMT " sec)",
			zval_get_long(CPROP(obj, Timelimit)));
	} else if (err->status == SMTP_ERR_IO && err->sys_errno) {
		smtp_php_failure failure;

		smtp_failure_from_core(&failure, err, SMTP_OP_WRITE, NULL, written);
		report_failure(obj, &failure);
		smtp_failure_free(&failure);
	}
}

/* client_send(): the debug line, then the bytes. Returns the count written, or -1. */
static zend_long send_raw(zend_object *obj, const char *data, size_t len, const char *command)
{
	smtp_error err;

	if (!is_open(obj)) {
		return -1;
	}
	if (smtp_session_write(session_of(obj), data, len, is_credential(command), &err) != SMTP_OK) {
		report_io_failure(obj, &err, len);
		return -1;
	}
	return (zend_long)len;
}

/* }}} */

/* {{{ commands */

/*
 * The code and enhanced code of a reply as sendCommand() reads them:
 * '/^([\d]{3})[ -](?:([\d]\.[\d]\.[\d]{1,2}) )?/'.
 */
static bool parse_reply_code(const char *r, size_t len, zend_long *code, char enhanced[8])
{
	size_t k;

	enhanced[0] = '\0';
	if (len < 4 || !isdigit((unsigned char)r[0]) || !isdigit((unsigned char)r[1])
		|| !isdigit((unsigned char)r[2]) || (r[3] != ' ' && r[3] != '-')) {
		return false;
	}
	*code = (r[0] - '0') * 100 + (r[1] - '0') * 10 + (r[2] - '0');
	if (len >= 10 && isdigit((unsigned char)r[4]) && r[5] == '.' && isdigit((unsigned char)r[6])
		&& r[7] == '.' && isdigit((unsigned char)r[8])) {
		for (k = 1; k <= 2 && 8 + k <= len; k++) {
			if (8 + k < len && r[8 + k] == ' ') {
				memcpy(enhanced, r + 4, 4 + k);
				enhanced[4 + k] = '\0';
				break;
			}
			if (8 + k >= len || !isdigit((unsigned char)r[8 + k])) {
				break;
			}
		}
	}
	return true;
}

/*
 * The detail of a reply: every "<code>[ -]" (and "<enhanced> " after it, when
 * there was one) removed wherever it occurs, as sendCommand()'s preg_replace does.
 */
static zend_string *reply_detail(const char *r, size_t len, zend_long code, const char *enhanced)
{
	char prefix[32];
	size_t plen = (size_t)snprintf(prefix, sizeof(prefix), ZEND_LONG_FMT, code);
	size_t elen = strlen(enhanced);
	smart_str out = {0};
	size_t i = 0;

	while (i < len) {
		if (i + plen < len && memcmp(r + i, prefix, plen) == 0 && (r[i + plen] == ' ' || r[i + plen] == '-')
			&& (!elen || (i + plen + 1 + elen < len && memcmp(r + i + plen + 1, enhanced, elen) == 0
				&& r[i + plen + 1 + elen] == ' '))) {
			i += plen + 1 + (elen ? elen + 1 : 0);
			continue;
		}
		smart_str_appendc(&out, r[i]);
		i++;
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/*
 * The second half of sendCommand(): judges the reply now in last_reply.
 * expect holds the accepted codes.
 */
static bool judge_reply(zend_object *obj, const char *command, zend_string *reply,
	const zend_long *expect, int nexpect)
{
	zend_long code = 0;
	char enhanced[8];
	zend_string *detail;
	zval zcode, zcode_ex, zdetail, zmessage;
	int i;
	bool ok = false;

	bool parsed = parse_reply_code(ZSTR_VAL(reply), ZSTR_LEN(reply), &code, enhanced);

	if (!parsed) {
		zval head;

		ZVAL_STRINGL(&head, ZSTR_VAL(reply), MIN(3, ZSTR_LEN(reply)));
		code = zval_get_long(&head);
		zval_ptr_dtor(&head);
	}
	debugf(obj, DEBUG_SERVER, "SERVER -> CLIENT: %s", ZSTR_VAL(reply));
	for (i = 0; i < nexpect; i++) {
		if (expect[i] == code) {
			ok = true;
		}
	}
	if (!ok) {
		/* The detail and enhanced code only go into the error array. */
		if (parsed) {
			detail = reply_detail(ZSTR_VAL(reply), ZSTR_LEN(reply), code, enhanced);
			if (enhanced[0]) {
				ZVAL_STRING(&zcode_ex, enhanced);
			} else {
				ZVAL_NULL(&zcode_ex);
			}
		} else {
			detail = ZSTR_LEN(reply) > 4 ? zend_string_init(ZSTR_VAL(reply) + 4, ZSTR_LEN(reply) - 4, 0)
				: ZSTR_EMPTY_ALLOC();
			ZVAL_NULL(&zcode_ex);
		}
		ZVAL_STR(&zmessage, zend_strpprintf(0, "%s command failed", command));
		ZVAL_STR(&zdetail, detail);
		ZVAL_LONG(&zcode, code);
		set_error_zv(obj, &zmessage, &zdetail, &zcode, &zcode_ex);
		debugf(obj, DEBUG_CLIENT, "SMTP ERROR: %s: %s", error_field(obj, "error"), ZSTR_VAL(reply));
		zval_ptr_dtor(&zmessage);
		zval_ptr_dtor(&zdetail);
		zval_ptr_dtor(&zcode_ex);
		return false;
	}
	if (strcmp(command, "RSET") != 0) {
		client_set_error(obj, "");
	}
	return true;
}

/* One command and its reply, written and read by the session (client_send() + get_lines()). */
static zend_string *exchange(zend_object *obj, const char *command, const char *line, size_t len)
{
	smtp_reply reply;
	smtp_error err;
	zend_string *text;

	if (SMTP_OVERRIDDEN(obj, "client_send") || SMTP_OVERRIDDEN(obj, "get_lines")) {
		zval args[2];

		ZVAL_STR(&args[0], zend_strpprintf(0, "%.*s\r\n", (int)len, line));
		ZVAL_STRING(&args[1], command);
		SMTP_CALL(obj, "client_send", NULL, 2, args);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
		return get_lines(obj);
	}
	smtp_reply_init(&reply);
	if (smtp_session_command(session_of(obj), line, len, is_credential(command), &reply, &err) == SMTP_OK) {
		text = zend_string_init(reply.text.data ? reply.text.data : "", reply.text.len, 0);
	} else {
		report_io_failure(obj, &err, len + 2);
		text = ZSTR_EMPTY_ALLOC();
	}
	smtp_reply_free(&reply);
	return text;
}

/* sendCommand() as PHPMailer has it, over the core session. */
static bool send_command_impl(zend_object *obj, const char *command, const char *line, size_t len,
	const zend_long *expect, int nexpect)
{
	zend_string *reply;
	bool ok;

	if (!smtp_client_connected(obj)) {
		zend_string *msg = zend_strpprintf(0, "Called %s without being connected", command);

		client_set_error(obj, ZSTR_VAL(msg));
		zend_string_release(msg);
		return false;
	}
	if (memchr(line, '\n', len) || memchr(line, '\r', len)) {
		zend_string *msg = zend_strpprintf(0, "Command '%s' contained line breaks", command);

		client_set_error(obj, ZSTR_VAL(msg));
		zend_string_release(msg);
		return false;
	}
	reply = exchange(obj, command, line, len);
	set_last_reply(obj, reply);
	ok = judge_reply(obj, command, reply, expect, nexpect);
	zend_string_release(reply);
	return ok;
}

/* $this->sendCommand(): through a subclass override if there is one. */
static bool send_command(zend_object *obj, const char *command, const char *line, size_t len,
	const zend_long *expect, int nexpect)
{
	if (SMTP_OVERRIDDEN(obj, "sendcommand")) {
		zval args[3], ret;
		bool ok;
		int i;

		ZVAL_STRING(&args[0], command);
		ZVAL_STRINGL(&args[1], line, len);
		if (nexpect == 1) {
			ZVAL_LONG(&args[2], expect[0]);
		} else {
			array_init(&args[2]);
			for (i = 0; i < nexpect; i++) {
				add_next_index_long(&args[2], expect[i]);
			}
		}
		SMTP_CALL(obj, "sendcommand", &ret, 3, args);
		ok = Z_TYPE(ret) != IS_UNDEF && zend_is_true(&ret);
		zval_ptr_dtor(&ret);
		for (i = 0; i < 3; i++) {
			zval_ptr_dtor(&args[i]);
		}
		return ok;
	}
	return send_command_impl(obj, command, line, len, expect, nexpect);
}

static bool command1(zend_object *obj, const char *command, const char *line, size_t len, zend_long expect)
{
	return send_command(obj, command, line, len, &expect, 1);
}

#define COMMAND_LIT(obj, command, literal, expect) command1((obj), (command), literal, sizeof(literal) - 1, (expect))

/* The greeting and capabilities, as parseHelloFields() files them. */
static void parse_hello_fields(zend_object *obj, const char *type)
{
	zval caps, *rply = CPROP(obj, helo_rply);
	zend_string *text = zval_get_string(rply);
	const char *p = ZSTR_VAL(text), *end = p + ZSTR_LEN(text);
	bool first = true;

	array_init(&caps);
	while (p <= end) {
		const char *nl = memchr(p, '\n', end - p);
		const char *line_end = nl ? nl : end;
		zend_string *field, *trimmed;

		/* trim(substr($line, 4)) */
		field = line_end - p > 4 ? zend_string_init(p + 4, line_end - p - 4, 0) : ZSTR_EMPTY_ALLOC();
		trimmed = php_trim(field, NULL, 0, 3);
		zend_string_release(field);
		if (ZSTR_LEN(trimmed) && !(ZSTR_LEN(trimmed) == 1 && ZSTR_VAL(trimmed)[0] == '0')) {
			const char *f = ZSTR_VAL(trimmed), *fend = f + ZSTR_LEN(trimmed);
			const char *sp = memchr(f, ' ', fend - f);

			if (first) {
				/* The server name: the first word of the first line. */
				add_assoc_stringl(&caps, type, f, sp ? (size_t)(sp - f) : (size_t)(fend - f));
			} else {
				zend_string *name = zend_string_init(f, sp ? (size_t)(sp - f) : (size_t)(fend - f), 0);

				if (zend_string_equals_literal(name, "SIZE")) {
					if (sp) {
						const char *v = sp + 1, *vend = memchr(v, ' ', fend - v);

						add_assoc_stringl(&caps, "SIZE", v, vend ? (size_t)(vend - v) : (size_t)(fend - v));
					} else {
						add_assoc_long(&caps, "SIZE", 0);
					}
				} else if (zend_string_equals_literal(name, "AUTH")) {
					zval mechs;

					array_init(&mechs);
					while (sp) {
						const char *m = sp + 1;

						sp = memchr(m, ' ', fend - m);
						add_next_index_stringl(&mechs, m, sp ? (size_t)(sp - m) : (size_t)(fend - m));
					}
					zend_symtable_update(Z_ARRVAL(caps), name, &mechs);
				} else {
					zval yes;

					ZVAL_TRUE(&yes);
					zend_symtable_update(Z_ARRVAL(caps), name, &yes);
				}
				zend_string_release(name);
			}
		}
		zend_string_release(trimmed);
		first = false;
		if (!nl) {
			break;
		}
		p = nl + 1;
	}
	CPROP_SET(obj, server_caps, &caps);
	zend_string_release(text);
}

/*
 * prefix, s, suffix joined as PHP's "." joins them: a NUL in s is sent as
 * PHPMailer sends it, where a "%s" would cut the line there.
 */
static zend_string *command_line(const char *prefix, zend_string *s, const char *suffix)
{
	smart_str line = {0};

	smart_str_appends(&line, prefix);
	smart_str_append(&line, s);
	smart_str_appends(&line, suffix);
	smart_str_0(&line);
	return line.s;
}

static bool send_hello_impl(zend_object *obj, zend_string *hello, zend_string *host)
{
	zend_string *prefix = zend_strpprintf(0, "%s ", ZSTR_VAL(hello)), *line = command_line(ZSTR_VAL(prefix), host, "");
	bool ok = command1(obj, ZSTR_VAL(hello), ZSTR_VAL(line), ZSTR_LEN(line), 250);

	zend_string_release(line);
	zend_string_release(prefix);
	CPROP_SET(obj, helo_rply, CPROP(obj, last_reply));
	Z_TRY_ADDREF_P(CPROP(obj, helo_rply));
	if (ok) {
		if (SMTP_OVERRIDDEN(obj, "parsehellofields")) {
			zval arg;

			ZVAL_STR_COPY(&arg, hello);
			SMTP_CALL(obj, "parsehellofields", NULL, 1, &arg);
			zval_ptr_dtor(&arg);
		} else {
			parse_hello_fields(obj, ZSTR_VAL(hello));
		}
	} else {
		CPROP_SET_NULL(obj, server_caps);
	}
	return ok;
}

static bool send_hello(zend_object *obj, const char *hello, zend_string *host)
{
	zend_string *zhello = zend_string_init(hello, strlen(hello), 0);
	bool ok;

	if (SMTP_OVERRIDDEN(obj, "sendhello")) {
		zval args[2], ret;

		ZVAL_STR(&args[0], zhello);
		ZVAL_STR_COPY(&args[1], host);
		SMTP_CALL(obj, "sendhello", &ret, 2, args);
		ok = Z_TYPE(ret) != IS_UNDEF && zend_is_true(&ret);
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&args[1]);
	} else {
		ok = send_hello_impl(obj, zhello, host);
	}
	zend_string_release(zhello);
	return ok;
}

bool smtp_client_hello(zend_object *obj, zend_string *host)
{
	zval *rply;

	if (send_hello(obj, "EHLO", host)) {
		return true;
	}
	rply = CPROP(obj, helo_rply);
	if (Z_TYPE_P(rply) == IS_STRING && Z_STRLEN_P(rply) >= 3 && memcmp(Z_STRVAL_P(rply), "421", 3) == 0) {
		return false;
	}
	return send_hello(obj, "HELO", host);
}

/* {{{ connect: getSMTPConnection() and the greeting */

/* "ssl://host", "tls://host" and "tcp://host" as stream_socket_client() reads them. */
static void split_scheme(const char *target, size_t len, bool *implicit_tls, const char **host, size_t *host_len)
{
	*implicit_tls = false;
	*host = target;
	*host_len = len;
	if (len > 6 && (strncasecmp(target, "ssl://", 6) == 0 || strncasecmp(target, "tls://", 6) == 0)) {
		*implicit_tls = true;
		*host += 6;
		*host_len -= 6;
	} else if (len > 6 && strncasecmp(target, "tcp://", 6) == 0) {
		*host += 6;
		*host_len -= 6;
	}
	/* An IPv6 literal comes in brackets, which the resolver does not want. */
	if (*host_len > 2 && (*host)[0] == '[' && (*host)[*host_len - 1] == ']') {
		*host += 1;
		*host_len -= 2;
	}
}

bool smtp_client_open(zend_object *obj, zend_string *host, zend_long port, zval *timeout, zval *options)
{
	smtp_client *client = smtp_client_from_obj(obj);
	smtp_error err;
	bool implicit_tls;

	client->failed_code = 0;
	const char *name;
	size_t name_len;
	char *hostname;
	smtp_status status;

	split_scheme(ZSTR_VAL(host), ZSTR_LEN(host), &implicit_tls, &name, &name_len);
	smtp_tls_options_free(&client->tls);
	smtp_tls_options_init(&client->tls);
	smtp_tls_options_from_context(&client->tls, options);
#ifndef ZTS
	{
		smtp_options opts;

		/* The TLS context and session caches are per process: single-threaded builds only. */
		smtp_options_resolve(&opts, options);
		client->tls.config.reuse = opts.tls_resumption;
	}
#endif
	if (!client->session) {
		client->session = smtp_session_new();
	}
	smtp_session_set_trace(client->session, client_trace, obj,
		debug_wanted(obj, DEBUG_CLIENT));
	smtp_session_set_timeout(client->session, to_ms(timeout));
	hostname = estrndup(name, name_len);
	status = smtp_session_connect(client->session, hostname, (int)port, implicit_tls,
		&client->tls.config, to_ms(timeout), NULL, &err);
	efree(hostname);
	if (status != SMTP_OK) {
		smtp_php_failure failure;
		zend_string *target = zend_strpprintf(0, "%s:" ZEND_LONG_FMT, ZSTR_VAL(host), port);
		zval code, detail;

		smtp_failure_from_core(&failure, &err, SMTP_OP_CONNECT, ZSTR_VAL(target), ZSTR_LEN(target));
		report_failure(obj, &failure);
		ZVAL_STR(&code, zend_long_to_str(failure.errno_value));
		ZVAL_STR_COPY(&detail, failure.errstr);
		{
			zval message, empty;

			ZVAL_STRING(&message, "Failed to connect to server");
			ZVAL_EMPTY_STRING(&empty);
			if (smtp_client_is_v5(obj)) {
				/* 5.2: setError('Failed to connect to server', $errno, $errstr). */
				set_error_zv(obj, &message, &code, &detail, &empty);
			} else {
				set_error_zv(obj, &message, &empty, &code, &detail);
			}
			zval_ptr_dtor(&message);
		}
		debugf(obj, DEBUG_CLIENT, "SMTP ERROR: Failed to connect to server: %s (" ZEND_LONG_FMT ")",
			ZSTR_VAL(failure.errstr), failure.errno_value);
		zval_ptr_dtor(&code);
		zval_ptr_dtor(&detail);
		smtp_failure_free(&failure);
		zend_string_release(target);
		return false;
	}
	apply_timeouts(obj, 1);
	return true;
}

/* }}} */

/* {{{ PHP methods */

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)

PHP_METHOD(Smtp_Engine_SMTP, edebug)
{
	zend_string *str;
	zend_long level = 0;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(str)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(level)
	ZEND_PARSE_PARAMETERS_END();

	if (level > debug_level(THIS_OBJ)) {
		return;
	}
	smtp_debug_emit(CPROP(THIS_OBJ, Debugoutput), SMTP_DEBUG_CLIENT, ZSTR_VAL(str), ZSTR_LEN(str), level);
}

PHP_METHOD(Smtp_Engine_SMTP, connect)
{
	zend_object *obj = THIS_OBJ;
	zend_string *host;
	zval *zport = NULL, *timeout = NULL, *options = NULL, default_timeout, empty_options;
	zend_long port;
	zend_string *greeting;
	zval code;

	ZEND_PARSE_PARAMETERS_START(1, 4)
		Z_PARAM_STR(host)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(zport)
		Z_PARAM_ZVAL(timeout)
		Z_PARAM_ZVAL(options)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_LONG(&default_timeout, 30);
	ZVAL_EMPTY_ARRAY(&empty_options);
	if (!timeout) {
		timeout = &default_timeout;
	}
	if (!options) {
		options = &empty_options;
	}
	client_set_error(obj, "");
	if (smtp_client_connected(obj)) {
		client_set_error(obj, "Already connected to a server");
		RETURN_FALSE;
	}
	port = zport && zend_is_true(zport) ? zval_get_long(zport) : DEFAULT_PORT;
	if (debug_wanted(obj, DEBUG_CONNECTION)) {
		smart_str opts = {0};
		zend_string *t = zval_get_string(timeout);

		if (Z_TYPE_P(options) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(options)) > 0) {
			php_var_export_ex(options, 1, &opts);
		} else {
			smart_str_appends(&opts, "array()");
		}
		smart_str_0(&opts);
		debugf(obj, DEBUG_CONNECTION, "Connection: opening to %s:" ZEND_LONG_FMT ", timeout=%s, options=%s",
			ZSTR_VAL(host), port, ZSTR_VAL(t), ZSTR_VAL(opts.s));
		smart_str_free(&opts);
		zend_string_release(t);
	}
	if (!smtp_client_open(obj, host, port, timeout, options)) {
		RETURN_FALSE;
	}
	debugf(obj, DEBUG_CONNECTION, "Connection: opened");
	greeting = get_lines(obj);
	set_last_reply(obj, greeting);
	debugf(obj, DEBUG_SERVER, "SERVER -> CLIENT: %s", ZSTR_VAL(greeting));
	ZVAL_STRINGL(&code, ZSTR_VAL(greeting), MIN(3, ZSTR_LEN(greeting)));
	zend_string_release(greeting);
	/* PHPMailer sets no error for a refused greeting; the outbox still needs its code. */
	smtp_client_from_obj(obj)->failed_code = zval_get_long(&code);
	switch (zval_get_long(&code)) {
	case 220:
		zval_ptr_dtor(&code);
		RETURN_TRUE;
	case 554:
		smtp_client_quit(obj, true);
		break;
	}
	zval_ptr_dtor(&code);
	debugf(obj, DEBUG_CONNECTION, "Connection: closing due to error");
	close_connection(obj);
	RETURN_FALSE;
}

PHP_METHOD(Smtp_Engine_SMTP, getSMTPConnection)
{
	zend_string *host;
	zval *zport = NULL, *timeout = NULL, *options = NULL, default_timeout, empty_options;

	ZEND_PARSE_PARAMETERS_START(1, 4)
		Z_PARAM_STR(host)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(zport)
		Z_PARAM_ZVAL(timeout)
		Z_PARAM_ZVAL(options)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_LONG(&default_timeout, 30);
	ZVAL_EMPTY_ARRAY(&empty_options);
	RETURN_BOOL(smtp_client_open(THIS_OBJ, host, zport ? zval_get_long(zport) : DEFAULT_PORT,
		timeout ? timeout : &default_timeout, options ? options : &empty_options));
}

bool smtp_client_start_tls(zend_object *obj)
{
	smtp_client *client = smtp_client_from_obj(obj);
	smtp_error err;

	if (!COMMAND_LIT(obj, "STARTTLS", "STARTTLS", 220)) {
		return false;
	}
	if (smtp_session_start_tls(client->session, &client->tls.config, &err) != SMTP_OK) {
		smtp_php_failure failure;

		smtp_failure_from_core(&failure, &err, SMTP_OP_STARTTLS, NULL, 0);
		report_failure(obj, &failure);
		smtp_failure_free(&failure);
		return false;
	}
	return true;
}

PHP_METHOD(Smtp_Engine_SMTP, startTLS)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(smtp_client_start_tls(THIS_OBJ));
}

/* The mechanisms of the AUTH capability, from server_caps. */
static bool auth_offers(zval *mechs, const char *name)
{
	zval *m;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(mechs), m) {
		if (Z_TYPE_P(m) == IS_STRING && strcmp(Z_STRVAL_P(m), name) == 0) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

static bool send_secret(zend_object *obj, const char *command, smtp_buf *encoded, zend_long expect)
{
	bool ok = command1(obj, command, encoded->data ? encoded->data : "", encoded->len, expect);

	smtp_buf_wipe(encoded);
	smtp_buf_free(encoded);
	return ok;
}

/*
 * AUTH XOAUTH2 with the token of $OAuth->getOauth64() (false without a
 * provider). 6.x sends "AUTH XOAUTH2 <token>" and lets the provider's
 * exception through. 7.x (SMTP7) wraps the provider's \Exception in
 * PHPMailer's Exception("SMTP authentication error", 0, $previous), sends an
 * empty token as "=", and a token longer than 497 bytes (which would make
 * the line exceed RFC 4954's 512) in a second line after a bare
 * "AUTH XOAUTH2" and its 334. When the server answers that second line with
 * a 334 error challenge, 7.x sends the empty line that ends the exchange
 * and, as its code reads, reports failure only if the server then answers
 * 235, success otherwise.
 */
static bool xoauth2(zend_object *obj, zval *oauth)
{
	static const zend_long token_replies[] = {235, 334};
	bool v7 = instanceof_function(obj->ce, smtp_ce_client7), ok;
	zend_string *token, *line;
	zval ret;

	if (!oauth || Z_TYPE_P(oauth) != IS_OBJECT) {
		return false;
	}
	zend_call_method(Z_OBJ_P(oauth), Z_OBJCE_P(oauth), NULL, "getoauth64", sizeof("getoauth64") - 1,
		&ret, 0, NULL, NULL);
	if (EG(exception)) {
		zend_object *previous = EG(exception);

		if (v7 && instanceof_function(previous->ce, zend_ce_exception)) {
			GC_ADDREF(previous);
			zend_clear_exception();
			smtp_throw_previous("SMTP authentication error", 0, previous);
		}
		return false;
	}
	token = zval_get_string(&ret);
	zval_ptr_dtor(&ret);
	if (!v7) {
		line = zend_strpprintf(0, "AUTH XOAUTH2 %s", ZSTR_VAL(token));
		ok = command1(obj, "AUTH", ZSTR_VAL(line), ZSTR_LEN(line), 235);
		zend_string_release(line);
	} else if (ZSTR_LEN(token) == 0) {
		ok = COMMAND_LIT(obj, "AUTH", "AUTH XOAUTH2 =", 235);
	} else if (ZSTR_LEN(token) <= 497) {
		line = zend_strpprintf(0, "AUTH XOAUTH2 %s", ZSTR_VAL(token));
		ok = command1(obj, "AUTH", ZSTR_VAL(line), ZSTR_LEN(line), 235);
		zend_string_release(line);
	} else {
		ok = COMMAND_LIT(obj, "AUTH", "AUTH XOAUTH2", 334)
			&& send_command(obj, "OAuth TOKEN", ZSTR_VAL(token), ZSTR_LEN(token), token_replies, 2);
		if (ok) {
			zend_string *reply = zval_get_string(CPROP(obj, last_reply));

			if (ZSTR_LEN(reply) >= 3 && memcmp(ZSTR_VAL(reply), "334", 3) == 0
				&& COMMAND_LIT(obj, "AUTH End", "", 235)) {
				ok = false;
			}
			zend_string_release(reply);
		}
	}
	zend_string_release(token);
	return ok;
}

/* The text of a 334 challenge in last_reply (after "334 "), as a new string. */
static zend_string *challenge_text(zend_object *obj)
{
	zend_string *reply = zval_get_string(CPROP(obj, last_reply)), *text;

	text = ZSTR_LEN(reply) > 4 ? zend_string_init(ZSTR_VAL(reply) + 4, ZSTR_LEN(reply) - 4, 0) : ZSTR_EMPTY_ALLOC();
	zend_string_release(reply);
	return text;
}

/*
 * SCRAM-SHA-1/-256 (RFC 5802, RFC 7677): client-first with the AUTH
 * command, client-final as the answer to the first 334, and the server's
 * proof (the second 334) checked before the empty line that asks for 235:
 * a server that cannot prove it knows the password is not authenticated to.
 */
static bool auth_scram(zend_object *obj, smtp_scram_hash hash, zend_string *user, zend_string *password)
{
	smtp_scram sc;
	smtp_buf encoded = SMTP_BUF_INIT;
	smtp_error err;
	zend_string *line, *challenge;
	bool ok = false;

	smtp_scram_init(&sc, hash);
	if (smtp_scram_client_first(&sc, &encoded, ZSTR_VAL(user), ZSTR_LEN(user), NULL, 0, &err) != SMTP_OK) {
		client_set_error(obj, err.message);
		goto out;
	}
	line = zend_strpprintf(0, "AUTH %s %.*s", smtp_scram_mechanism(hash), (int)encoded.len, encoded.data);
	smtp_buf_reset(&encoded);
	ok = command1(obj, "AUTH", ZSTR_VAL(line), ZSTR_LEN(line), 334);
	zend_string_release(line);
	if (!ok) {
		goto out;
	}
	challenge = challenge_text(obj);
	ok = smtp_scram_client_final(&sc, &encoded, ZSTR_VAL(challenge), ZSTR_LEN(challenge),
		ZSTR_VAL(password), ZSTR_LEN(password), &err) == SMTP_OK;
	zend_string_release(challenge);
	if (!ok) {
		client_set_error(obj, err.message);
		smtp_buf_wipe(&encoded);
		goto out;
	}
	if (!(ok = send_secret(obj, "User & Password", &encoded, 334))) {
		goto out;
	}
	challenge = challenge_text(obj);
	ok = smtp_scram_server_final(&sc, ZSTR_VAL(challenge), ZSTR_LEN(challenge), &err) == SMTP_OK;
	zend_string_release(challenge);
	if (!ok) {
		/* Cancel the exchange (RFC 4954 "*"), then say why. */
		COMMAND_LIT(obj, "AUTH", "*", 501);
		client_set_error(obj, err.message);
		goto out;
	}
	ok = COMMAND_LIT(obj, "AUTH", "", 235);
out:
	smtp_buf_free(&encoded);
	smtp_scram_free(&sc);
	return ok;
}

/*
 * OAUTHBEARER (RFC 7628) from the token provider PHPMailer's XOAUTH2 uses:
 * its XOAUTH2 response is taken apart for the user and token. host/port are
 * optional in the response and left out. A failure may come as a 334 with
 * the server's JSON error, which the client acknowledges with ^A to get the
 * final 5xx.
 */
static bool auth_oauthbearer(zend_object *obj, zval *oauth)
{
	zval token;
	smtp_buf user = SMTP_BUF_INIT, bearer = SMTP_BUF_INIT, encoded = SMTP_BUF_INIT;
	static const zend_long expect[] = {235, 334};
	zend_string *line;
	bool ok = false;

	if (!oauth || Z_TYPE_P(oauth) != IS_OBJECT) {
		return false;
	}
	if (!zend_call_method(Z_OBJ_P(oauth), Z_OBJCE_P(oauth), NULL, "getoauth64", sizeof("getoauth64") - 1,
			&token, 0, NULL, NULL) || EG(exception)) {
		return false;
	}
	convert_to_string(&token);
	if (!smtp_sasl_xoauth2_parse(Z_STRVAL(token), Z_STRLEN(token), &user, &bearer)) {
		client_set_error(obj, "The OAuth token provider gave no XOAUTH2 response to take the user and token from");
		goto out;
	}
	smtp_sasl_oauthbearer(&encoded, user.data, user.len, "", 0, 0, bearer.data, bearer.len);
	line = zend_strpprintf(0, "AUTH OAUTHBEARER %.*s", (int)encoded.len, encoded.data);
	ok = send_command(obj, "AUTH", ZSTR_VAL(line), ZSTR_LEN(line), expect, 2);
	zend_string_release(line);
	if (ok && strncmp(Z_TYPE_P(CPROP(obj, last_reply)) == IS_STRING ? Z_STRVAL_P(CPROP(obj, last_reply)) : "", "334", 3) == 0) {
		ok = COMMAND_LIT(obj, "AUTH", "AQ==", 235);
	}
out:
	smtp_buf_wipe(&user);
	smtp_buf_wipe(&bearer);
	smtp_buf_wipe(&encoded);
	smtp_buf_free(&user);
	smtp_buf_free(&bearer);
	smtp_buf_free(&encoded);
	zval_ptr_dtor(&token);
	return ok;
}

bool smtp_client_authenticate(zend_object *obj, zend_string *user, zend_string *password,
	zend_string *authtype, zval *oauth)
{
	zval *caps = CPROP(obj, server_caps), *mechs;
	/* null and '' differ: only null is "not requested" (but both ask for the automatic choice). */
	const char *type = authtype ? ZSTR_VAL(authtype) : NULL;
	smtp_buf encoded = SMTP_BUF_INIT;
	/*
	 * PHPMailer's automatic choice first, so that every server PHPMailer
	 * can authenticate with sees the same exchange; ours after it, for the
	 * servers PHPMailer gives up on: OAUTHBEARER when a token provider is
	 * set, SCRAM otherwise (the strongest first).
	 */
	static const char *const preference[] = {"CRAM-MD5", "LOGIN", "PLAIN", "XOAUTH2"};
	static const char *const ours_oauth[] = {"OAUTHBEARER"};
	static const char *const ours_password[] = {"SCRAM-SHA-256", "SCRAM-SHA-1"};
	size_t i;

	if (Z_TYPE_P(caps) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(caps)) == 0) {
		client_set_error(obj, "Authentication is not allowed before HELO/EHLO");
		return false;
	}
	if (zend_hash_str_exists(Z_ARRVAL_P(caps), "EHLO", 4)) {
		mechs = zend_hash_str_find(Z_ARRVAL_P(caps), "AUTH", 4);
		if (!mechs || Z_TYPE_P(mechs) != IS_ARRAY) {
			client_set_error(obj, "Authentication is not allowed at this stage");
			return false;
		}
		debugf(obj, DEBUG_LOWLEVEL, "Auth method requested: %s", type && *type ? type : "UNSPECIFIED");
		if (debug_wanted(obj, DEBUG_LOWLEVEL)) {
			smart_str list = {0};
			zval *m;
			bool first = true;

			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(mechs), m) {
				zend_string *s = zval_get_string(m);

				if (!first) {
					smart_str_appendc(&list, ',');
				}
				smart_str_append(&list, s);
				zend_string_release(s);
				first = false;
			} ZEND_HASH_FOREACH_END();
			smart_str_0(&list);
			debugf(obj, DEBUG_LOWLEVEL, "Auth methods available on the server: %s",
				list.s ? ZSTR_VAL(list.s) : "");
			smart_str_free(&list);
		}
		if (type && !auth_offers(mechs, type)) {
			debugf(obj, DEBUG_LOWLEVEL, "Requested auth method not available: %s", type);
			type = NULL;
		}
		if (!type || !*type) {
			for (i = 0; i < sizeof(preference) / sizeof(preference[0]); i++) {
				if (auth_offers(mechs, preference[i])) {
					type = preference[i];
					break;
				}
			}
			if (!type) {
				bool token = oauth && Z_TYPE_P(oauth) == IS_OBJECT;
				const char *const *ours = token ? ours_oauth : ours_password;
				size_t n = token ? sizeof(ours_oauth) / sizeof(ours_oauth[0])
					: sizeof(ours_password) / sizeof(ours_password[0]);

				for (i = 0; i < n && !type; i++) {
					if (auth_offers(mechs, ours[i])) {
						type = ours[i];
					}
				}
			}
			if (!type) {
				client_set_error(obj, "No supported authentication methods found");
				return false;
			}
			debugf(obj, DEBUG_LOWLEVEL, "Auth method selected: %s", type);
		}
	} else if (!type || !*type) {
		type = "LOGIN";
	}

	if (strcmp(type, "PLAIN") == 0) {
		if (!COMMAND_LIT(obj, "AUTH", "AUTH PLAIN", 334)) {
			return false;
		}
		smtp_sasl_plain(&encoded, ZSTR_VAL(user), ZSTR_LEN(user), ZSTR_VAL(password), ZSTR_LEN(password));
		return send_secret(obj, "User & Password", &encoded, 235);
	}
	if (strcmp(type, "LOGIN") == 0) {
		if (!COMMAND_LIT(obj, "AUTH", "AUTH LOGIN", 334)) {
			return false;
		}
		mime_base64(&encoded, ZSTR_VAL(user), ZSTR_LEN(user));
		if (!send_secret(obj, "Username", &encoded, 334)) {
			return false;
		}
		mime_base64(&encoded, ZSTR_VAL(password), ZSTR_LEN(password));
		return send_secret(obj, "Password", &encoded, 235);
	}
	if (strcmp(type, "CRAM-MD5") == 0) {
		zend_string *reply;
		smtp_error err;

		if (!COMMAND_LIT(obj, "AUTH CRAM-MD5", "AUTH CRAM-MD5", 334)) {
			return false;
		}
		reply = zval_get_string(CPROP(obj, last_reply));
		if (smtp_sasl_cram_md5(&encoded, ZSTR_LEN(reply) > 4 ? ZSTR_VAL(reply) + 4 : "",
				ZSTR_LEN(reply) > 4 ? ZSTR_LEN(reply) - 4 : 0, ZSTR_VAL(user), ZSTR_LEN(user),
				ZSTR_VAL(password), ZSTR_LEN(password), &err) != SMTP_OK) {
			smtp_buf_free(&encoded);
			zend_string_release(reply);
			return false;
		}
		zend_string_release(reply);
		return send_secret(obj, "Username", &encoded, 235);
	}
	if (strcmp(type, "XOAUTH2") == 0) {
		return xoauth2(obj, oauth);
	}
	if (strcmp(type, "SCRAM-SHA-256") == 0 || strcmp(type, "SCRAM-SHA-1") == 0) {
		return auth_scram(obj, type[10] == '2' ? SMTP_SCRAM_SHA_256 : SMTP_SCRAM_SHA_1, user, password);
	}
	if (strcmp(type, "OAUTHBEARER") == 0) {
		return auth_oauthbearer(obj, oauth);
	}
	{
		zend_string *msg = zend_strpprintf(0, "Authentication method \"%s\" is not supported", type);

		client_set_error(obj, ZSTR_VAL(msg));
		zend_string_release(msg);
	}
	return false;
}

PHP_METHOD(Smtp_Engine_SMTP, authenticate)
{
	zend_string *user, *password, *authtype = NULL;
	zval *oauth = NULL;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_STR(user)
		Z_PARAM_STR(password)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(authtype)
		Z_PARAM_ZVAL(oauth)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(smtp_client_authenticate(THIS_OBJ, user, password, authtype, oauth));
}

PHP_METHOD(Smtp_Engine_SMTP, hmac)
{
	zend_string *data, *key;
	zval args[3];

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(data)
		Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_STRING(&args[0], "md5");
	ZVAL_STR(&args[1], data);
	ZVAL_STR(&args[2], key);
	smtp_call_function("hash_hmac", return_value, 3, args);
	zval_ptr_dtor(&args[0]);
}

PHP_METHOD(Smtp_Engine_SMTP, connected)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(smtp_client_connected(THIS_OBJ));
}

void smtp_client_close(zend_object *obj)
{
	close_connection(obj);
}

PHP_METHOD(Smtp_Engine_SMTP, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	close_connection(THIS_OBJ);
}

/* {{{ persistent connections */

static smtp_pool *the_pool(void)
{
	if (!SMTP_G(pool)) {
		SMTP_G(pool) = smtp_pool_new();
	}
	return SMTP_G(pool);
}

void smtp_client_persist(zend_object *obj, const unsigned char *key)
{
	smtp_client *client = smtp_client_from_obj(obj);

	/* A kept connection outlives the request: its memory must too, from its first byte. */
	smtp_core_memory_persistent();
	if (client->session && smtp_session_state(client->session) == SMTP_STATE_CLOSED) {
		smtp_session_free(client->session);
		client->session = NULL;
	}
	memcpy(client->key, key, SMTP_POOL_KEY_LEN);
	client->keyed = true;
}

bool smtp_client_reuse(zend_object *obj)
{
	smtp_client *client = smtp_client_from_obj(obj);
	smtp_session *s;
	char *hello;
	size_t hello_len;
	zval rply;

	if (!client->keyed || !SMTP_G(pool)) {
		return false;
	}
	s = smtp_pool_take(SMTP_G(pool), client->key, (int64_t)time(NULL), smtp_options_persistent_idle(), &hello,
		&hello_len);
	if (!s) {
		return false;
	}
	if (client->session) {
		smtp_session_free(client->session);
	}
	client->session = s;
	smtp_session_set_trace(s, client_trace, obj, debug_wanted(obj, DEBUG_CLIENT));
	apply_timeouts(obj, 1);
	debugf(obj, DEBUG_CONNECTION, "Connection: reusing a kept connection");
	/* The hello reply, after the four letters of the command that got it. */
	ZVAL_STRINGL(&rply, hello + 4, hello_len - 4);
	CPROP_SET(obj, helo_rply, &rply);
	hello[4] = '\0';
	parse_hello_fields(obj, hello);
	smtp_free(hello);
	if (!smtp_client_reset(obj)) {
		close_connection(obj);
		client_set_error(obj, "");
		return false;
	}
	/* Still filed under its key for the next park. */
	client->keyed = true;
	return true;
}

bool smtp_client_park(zend_object *obj)
{
	smtp_client *client = smtp_client_from_obj(obj);
	smtp_session *s = client->session;
	zval *rply = CPROP(obj, helo_rply), *caps = CPROP(obj, server_caps);
	smart_str hello = {0};
	bool kept;

	/* Only a connection between transactions, with nothing pending and no error, is kept. */
	if (!client->keyed || !s || smtp_session_state(s) != SMTP_STATE_READY || smtp_session_pending(s) != 0
		|| smtp_session_eof(s) || *error_field(obj, "error") || Z_TYPE_P(rply) != IS_STRING
		|| Z_TYPE_P(caps) != IS_ARRAY) {
		return false;
	}
	smart_str_appends(&hello, zend_hash_str_exists(Z_ARRVAL_P(caps), "EHLO", 4) ? "EHLO" : "HELO");
	smart_str_append(&hello, Z_STR_P(rply));
	smart_str_0(&hello);
	smtp_session_set_trace(s, NULL, NULL, false);
	client->session = NULL;
	client->keyed = false;
	kept = smtp_pool_put(the_pool(), client->key, s, ZSTR_VAL(hello.s), ZSTR_LEN(hello.s), (int64_t)time(NULL),
		(size_t)smtp_options_persistent_max());
	smart_str_free(&hello);
	CPROP_SET_NULL(obj, server_caps);
	CPROP_SET_NULL(obj, helo_rply);
	debugf(obj, DEBUG_CONNECTION, kept ? "Connection: kept for reuse" : "Connection: closed");
	return true;
}

/* }}} */

/* {{{ message content (data(), and PHPMailer's smtpSend() through it) */

bool smtp_client_content_begin(zend_object *obj, bool bdat)
{
	smtp_session *s = session_of(obj);
	smtp_error err;

	if (!s) {
		return false;
	}
	smtp_session_set_trace(s, client_trace, obj, debug_wanted(obj, DEBUG_CLIENT));
	if (bdat && smtp_session_bdat_begin(s, &err) != SMTP_OK) {
		return false;
	}
	return true;
}

bool smtp_client_content_write(zend_object *obj, const char *data, size_t len)
{
	smtp_session *s = session_of(obj);
	smtp_error err;

	if (!s || smtp_session_data_write(s, data, len, &err) != SMTP_OK) {
		if (s) {
			report_io_failure(obj, &err, len);
		}
		return false;
	}
	return true;
}

bool smtp_client_content_finish(zend_object *obj)
{
	smtp_session *s = session_of(obj);
	smtp_error err;

	if (!s || smtp_session_data_finish(s, &err) != SMTP_OK) {
		if (s) {
			report_io_failure(obj, &err, 3);
		}
		return false;
	}
	return true;
}

/*
 * The server's verdict on the content, judged as data() judges the reply
 * to its "." ("DATA END"): the reply to the end of data or to the last
 * BDAT chunk, or the first refusal of an earlier chunk. ok_so_far false
 * means writing the content failed: the verdict is then an empty reply,
 * as PHPMailer's after a failed fwrite().
 */
bool smtp_client_content_verdict(zend_object *obj, bool ok_so_far)
{
	smtp_session *s = session_of(obj);
	zend_long expect = 250;
	zend_string *text = NULL;
	smtp_reply reply;
	smtp_error err;
	bool ok;

	smtp_reply_init(&reply);
	/* The end of data may take the server longer: Timelimit doubles, as in PHPMailer. */
	apply_timeouts(obj, 2);
	while (ok_so_far && s) {
		smtp_cmd cmd = smtp_session_pending_cmd(s);

		if (cmd != SMTP_CMD_EOD && cmd != SMTP_CMD_BDAT && cmd != SMTP_CMD_BDAT_LAST) {
			break;
		}
		if (smtp_session_next_reply(s, &reply, &err) != SMTP_OK) {
			report_io_failure(obj, &err, 3);
			break;
		}
		if (cmd != SMTP_CMD_BDAT || !smtp_reply_positive(&reply)) {
			/* The verdict; the replies to chunks written after a refused one are read and dropped. */
			text = zend_string_init(reply.text.data ? reply.text.data : "", reply.text.len, 0);
			while (smtp_session_pending_cmd(s) == SMTP_CMD_BDAT || smtp_session_pending_cmd(s) == SMTP_CMD_BDAT_LAST) {
				if (smtp_session_next_reply(s, &reply, &err) != SMTP_OK) {
					break;
				}
			}
			break;
		}
	}
	apply_timeouts(obj, 1);
	smtp_reply_free(&reply);
	if (!text) {
		text = ZSTR_EMPTY_ALLOC();
	}
	set_last_reply(obj, text);
	ok = judge_reply(obj, "DATA END", text, &expect, 1);
	zend_string_release(text);
	smtp_client_record_transaction_id(obj);
	return ok;
}

bool smtp_client_data_open(zend_object *obj)
{
	return COMMAND_LIT(obj, "DATA", "DATA", 354) && smtp_client_content_begin(obj, false);
}

/* data() with its content given in pieces: DATA, the pieces, the end of data and its reply. */
bool smtp_client_data_stream(zend_object *obj, const smtp_content_piece *pieces, size_t count)
{
	bool ok = true;
	size_t i;

	if (!COMMAND_LIT(obj, "DATA", "DATA", 354)) {
		return false;
	}
	ok = smtp_client_content_begin(obj, false);
	for (i = 0; ok && i < count; i++) {
		ok = smtp_client_content_write(obj, pieces[i].data, pieces[i].len);
	}
	ok = ok && smtp_client_content_finish(obj);
	return smtp_client_content_verdict(obj, ok);
}

bool smtp_client_data(zend_object *obj, const char *msg, size_t len)
{
	smtp_content_piece piece = {msg, len};

	return smtp_client_data_stream(obj, &piece, 1);
}

/* }}} */

/* {{{ commands sent ahead (PHPMailer's smtpSend() with PIPELINING) */

bool smtp_client_may_pipeline(zend_object *obj)
{
	smtp_session *s;

	if (!smtp_is_client(obj) || SMTP_OVERRIDDEN(obj, "mail") || SMTP_OVERRIDDEN(obj, "recipient")
		|| SMTP_OVERRIDDEN(obj, "data") || SMTP_OVERRIDDEN(obj, "sendcommand")
		|| SMTP_OVERRIDDEN(obj, "client_send") || SMTP_OVERRIDDEN(obj, "get_lines")
		|| SMTP_OVERRIDDEN(obj, "geterror") || SMTP_OVERRIDDEN(obj, "connected")) {
		return false;
	}
	s = session_of(obj);
	return s && smtp_session_state(s) == SMTP_STATE_READY && smtp_session_pending(s) == 0
		&& !smtp_session_eof(s) && smtp_session_caps(s)->pipelining;
}

bool smtp_client_may_chunk(zend_object *obj)
{
	smtp_session *s = session_of(obj);

	return s && smtp_session_caps(s)->chunking;
}

bool smtp_client_may_binarymime(zend_object *obj)
{
	smtp_session *s = session_of(obj);

	return s && smtp_session_caps(s)->binarymime;
}

bool smtp_client_queue(zend_object *obj, const char *line, size_t len)
{
	smtp_session *s = session_of(obj);
	smtp_error err;

	return s && smtp_session_queue(s, line, len, false, &err) == SMTP_OK;
}

bool smtp_client_flush(zend_object *obj)
{
	smtp_session *s = session_of(obj);
	smtp_error err;

	if (!s) {
		return false;
	}
	if (smtp_session_flush(s, &err) != SMTP_OK) {
		report_io_failure(obj, &err, 0);
		return false;
	}
	return true;
}

/* Reads the reply to the oldest command sent ahead, or "" when it cannot be read. */
static zend_string *take_reply(zend_object *obj)
{
	smtp_session *s = session_of(obj);
	smtp_reply reply;
	smtp_error err;
	zend_string *text;

	smtp_reply_init(&reply);
	if (smtp_session_next_reply(s, &reply, &err) == SMTP_OK) {
		text = zend_string_init(reply.text.data ? reply.text.data : "", reply.text.len, 0);
	} else {
		report_io_failure(obj, &err, 0);
		text = ZSTR_EMPTY_ALLOC();
	}
	smtp_reply_free(&reply);
	return text;
}

bool smtp_client_take(zend_object *obj, const char *command, const zend_long *expect, int nexpect)
{
	zend_string *reply;
	bool ok;

	/* As sendCommand() checks before each command. */
	if (!smtp_client_connected(obj)) {
		zend_string *msg = zend_strpprintf(0, "Called %s without being connected", command);

		client_set_error(obj, ZSTR_VAL(msg));
		zend_string_release(msg);
		return false;
	}
	reply = take_reply(obj);
	set_last_reply(obj, reply);
	ok = judge_reply(obj, command, reply, expect, nexpect);
	zend_string_release(reply);
	return ok;
}

void smtp_client_skip(zend_object *obj)
{
	smtp_session *s = session_of(obj);
	smtp_cmd cmd;
	zend_string *reply;

	if (!s || !smtp_client_connected(obj) || smtp_session_pending(s) == 0) {
		return;
	}
	cmd = smtp_session_pending_cmd(s);
	reply = take_reply(obj);
	/* Shown as sendCommand() shows a reply; the error of the transaction stays. */
	debugf(obj, DEBUG_SERVER, "SERVER -> CLIENT: %s", ZSTR_VAL(reply));
	if (cmd == SMTP_CMD_DATA && ZSTR_LEN(reply) >= 3 && memcmp(ZSTR_VAL(reply), "354", 3) == 0) {
		/*
		 * DATA went ahead of recipients that were all refused, and this
		 * server still waits for content: the only safe way out is to close.
		 */
		debugf(obj, DEBUG_CONNECTION, "Connection: closing, the server accepted DATA without recipients");
		close_connection(obj);
	}
	zend_string_release(reply);
}

size_t smtp_client_pending(zend_object *obj)
{
	smtp_session *s = session_of(obj);

	return s ? smtp_session_pending(s) : 0;
}

/* The MAIL FROM command; it takes the envelope the engine set for this transaction (it holds for no other). */
zend_string *smtp_client_mail_line(zend_object *obj, zend_string *from, const char *extra)
{
	smtp_client *client = smtp_client_from_obj(obj);
	zend_string *params = client->mail_params;
	smart_str line = {0};

	client->mail_params = NULL;
	client->orcpt = client->orcpt_next;
	client->orcpt_next = false;

	/* The address whole, even with a NUL in it, as PHP sends it. */
	smart_str_appends(&line, "MAIL FROM:<");
	smart_str_append(&line, from);
	smart_str_appendc(&line, '>');
	if (CPROP_TRUE(obj, do_smtputf8)) {
		smart_str_appends(&line, " SMTPUTF8");
	}
	if (CPROP_TRUE(obj, do_verp)) {
		smart_str_appends(&line, " XVERP");
	}
	if (params) {
		smart_str_append(&line, params);
	}
	if (extra) {
		smart_str_appends(&line, extra);
	}
	smart_str_0(&line);
	if (params) {
		zend_string_release(params);
	}
	return line.s;
}

/* }}} */

PHP_METHOD(Smtp_Engine_SMTP, data)
{
	zend_string *msg;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(msg)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(smtp_client_data(THIS_OBJ, ZSTR_VAL(msg), ZSTR_LEN(msg)));
}

PHP_METHOD(Smtp_Engine_SMTP, hello)
{
	zend_string *host = ZSTR_EMPTY_ALLOC();

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(host)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(smtp_client_hello(THIS_OBJ, host));
}

PHP_METHOD(Smtp_Engine_SMTP, sendHello)
{
	zend_string *hello, *host;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(hello)
		Z_PARAM_STR(host)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(send_hello_impl(THIS_OBJ, hello, host));
}

PHP_METHOD(Smtp_Engine_SMTP, parseHelloFields)
{
	zend_string *type;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(type)
	ZEND_PARSE_PARAMETERS_END();

	parse_hello_fields(THIS_OBJ, ZSTR_VAL(type));
}

void smtp_client_set_envelope(zend_object *obj, zend_string *params, bool orcpt)
{
	smtp_client *client = smtp_client_from_obj(obj);

	if (client->mail_params) {
		zend_string_release(client->mail_params);
	}
	client->mail_params = params;
	client->orcpt_next = orcpt;
}

bool smtp_client_mail(zend_object *obj, zend_string *from)
{
	zend_string *line = smtp_client_mail_line(obj, from, NULL);
	bool ok = command1(obj, "MAIL FROM", ZSTR_VAL(line), ZSTR_LEN(line), 250);

	zend_string_release(line);
	return ok;
}

/* RFC 3461 xtext: '+', '=' and bytes outside '!'..'~' as "+XX". */
static void append_xtext(smart_str *out, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < '!' || c > '~' || c == '+' || c == '=') {
			smart_str_appendc(out, '+');
			smart_str_appendc(out, hex[c >> 4]);
			smart_str_appendc(out, hex[c & 15]);
		} else {
			smart_str_appendc(out, (char)c);
		}
	}
}

zend_string *smtp_xtext(const char *s, size_t len)
{
	smart_str out = {0};

	append_xtext(&out, s, len);
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

PHP_METHOD(Smtp_Engine_SMTP, mail)
{
	zend_string *from;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(from)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(smtp_client_mail(THIS_OBJ, from));
}

bool smtp_client_quit(zend_object *obj, bool close_on_error)
{
	bool ok = COMMAND_LIT(obj, "QUIT", "QUIT", 221);

	if (ok || close_on_error) {
		zval saved;

		/* close() clears the error; QUIT's own error is kept. */
		ZVAL_COPY(&saved, CPROP(obj, error));
		close_connection(obj);
		CPROP_SET(obj, error, &saved);
	}
	return ok;
}

PHP_METHOD(Smtp_Engine_SMTP, quit)
{
	bool close_on_error = true;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(close_on_error)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(smtp_client_quit(THIS_OBJ, close_on_error));
}

zend_string *smtp_client_rcpt_line(zend_object *obj, zend_string *address, zend_string *dsn)
{
	smart_str line = {0};

	smart_str_appends(&line, "RCPT TO:<");
	smart_str_append(&line, address);
	smart_str_appendc(&line, '>');
	if (dsn && ZSTR_LEN(dsn) && !(ZSTR_LEN(dsn) == 1 && ZSTR_VAL(dsn)[0] == '0')) {
		zend_string *upper = zend_string_toupper(dsn);
		static const char *const notify[] = {"SUCCESS", "FAILURE", "DELAY"};
		bool first = true;
		size_t i;

		smart_str_appends(&line, " NOTIFY=");
		if (php_memnstr(ZSTR_VAL(upper), "NEVER", 5, ZSTR_VAL(upper) + ZSTR_LEN(upper))) {
			smart_str_appends(&line, "NEVER");
		} else {
			for (i = 0; i < sizeof(notify) / sizeof(notify[0]); i++) {
				if (php_memnstr(ZSTR_VAL(upper), notify[i], strlen(notify[i]), ZSTR_VAL(upper) + ZSTR_LEN(upper))) {
					if (!first) {
						smart_str_appendc(&line, ',');
					}
					smart_str_appends(&line, notify[i]);
					first = false;
				}
			}
		}
		zend_string_release(upper);
	}
	if (smtp_client_from_obj(obj)->orcpt) {
		smart_str_appends(&line, " ORCPT=rfc822;");
		append_xtext(&line, ZSTR_VAL(address), ZSTR_LEN(address));
	}
	smart_str_0(&line);
	return line.s;
}

bool smtp_client_recipient(zend_object *obj, zend_string *address, zend_string *dsn)
{
	static const zend_long expect[] = {250, 251};
	zend_string *line = smtp_client_rcpt_line(obj, address, dsn);
	bool ok = send_command(obj, "RCPT TO", ZSTR_VAL(line), ZSTR_LEN(line), expect, 2);

	zend_string_release(line);
	return ok;
}

PHP_METHOD(Smtp_Engine_SMTP, recipient)
{
	zend_string *address, *dsn = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(dsn)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(smtp_client_recipient(THIS_OBJ, address, dsn));
}

PHP_METHOD(Smtp_Engine_SMTP, xclient)
{
	HashTable *vars;
	zval *allowed, *value;
	zend_string *key;
	smart_str line = {0};
	bool ok;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(vars)
	ZEND_PARSE_PARAMETERS_END();

	allowed = zend_read_static_property(smtp_ce_client, "xclient_allowed_attributes",
		sizeof("xclient_allowed_attributes") - 1, 0);
	smart_str_appends(&line, "XCLIENT");
	ZEND_HASH_FOREACH_STR_KEY_VAL(vars, key, value) {
		zval *a;
		bool permitted = false;

		if (!key || !allowed || Z_TYPE_P(allowed) != IS_ARRAY) {
			continue;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(allowed), a) {
			if (Z_TYPE_P(a) == IS_STRING && zend_string_equals(Z_STR_P(a), key)) {
				permitted = true;
			}
		} ZEND_HASH_FOREACH_END();
		if (permitted) {
			zend_string *v = zval_get_string(value);

			smart_str_appendc(&line, ' ');
			smart_str_append(&line, key);
			smart_str_appendc(&line, '=');
			smart_str_append(&line, v);
			zend_string_release(v);
		}
	} ZEND_HASH_FOREACH_END();
	smart_str_0(&line);
	if (ZSTR_LEN(line.s) == sizeof("XCLIENT") - 1) {
		smart_str_free(&line);
		RETURN_TRUE;
	}
	ok = command1(THIS_OBJ, "XCLIENT", ZSTR_VAL(line.s), ZSTR_LEN(line.s), 250);
	smart_str_free(&line);
	RETURN_BOOL(ok);
}

bool smtp_client_reset(zend_object *obj)
{
	return COMMAND_LIT(obj, "RSET", "RSET", 250);
}

PHP_METHOD(Smtp_Engine_SMTP, reset)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(smtp_client_reset(THIS_OBJ));
}

PHP_METHOD(Smtp_Engine_SMTP, sendCommand)
{
	zend_string *command, *line;
	zval *expect, *e;
	zend_long codes[16];
	int n = 0;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(command)
		Z_PARAM_STR(line)
		Z_PARAM_ZVAL(expect)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE_P(expect) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(expect), e) {
			/* in_array(..., true): only integers can ever match the code. */
			if (Z_TYPE_P(e) == IS_LONG && n < (int)(sizeof(codes) / sizeof(codes[0]))) {
				codes[n++] = Z_LVAL_P(e);
			}
		} ZEND_HASH_FOREACH_END();
	} else if (Z_TYPE_P(expect) == IS_LONG) {
		codes[n++] = Z_LVAL_P(expect);
	}
	RETURN_BOOL(send_command_impl(THIS_OBJ, ZSTR_VAL(command), ZSTR_VAL(line), ZSTR_LEN(line), codes, n));
}

PHP_METHOD(Smtp_Engine_SMTP, sendAndMail)
{
	zend_string *from, *line;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(from)
	ZEND_PARSE_PARAMETERS_END();

	line = command_line("SAML FROM:", from, "");
	RETVAL_BOOL(command1(THIS_OBJ, "SAML", ZSTR_VAL(line), ZSTR_LEN(line), 250));
	zend_string_release(line);
}

PHP_METHOD(Smtp_Engine_SMTP, verify)
{
	static const zend_long expect[] = {250, 251};
	zend_string *name, *line;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	line = command_line("VRFY ", name, "");
	RETVAL_BOOL(send_command(THIS_OBJ, "VRFY", ZSTR_VAL(line), ZSTR_LEN(line), expect, 2));
	zend_string_release(line);
}

PHP_METHOD(Smtp_Engine_SMTP, noop)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(COMMAND_LIT(THIS_OBJ, "NOOP", "NOOP", 250));
}

PHP_METHOD(Smtp_Engine_SMTP, turn)
{
	ZEND_PARSE_PARAMETERS_NONE();
	client_set_error(THIS_OBJ, "The SMTP TURN command is not implemented");
	debugf(THIS_OBJ, DEBUG_CLIENT, "SMTP NOTICE: %s", error_field(THIS_OBJ, "error"));
	RETURN_FALSE;
}

PHP_METHOD(Smtp_Engine_SMTP, client_send)
{
	zend_string *data, *command = ZSTR_EMPTY_ALLOC();
	zend_long written;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(data)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(command)
	ZEND_PARSE_PARAMETERS_END();

	written = send_raw(THIS_OBJ, ZSTR_VAL(data), ZSTR_LEN(data), ZSTR_VAL(command));
	if (written < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(written);
}

PHP_METHOD(Smtp_Engine_SMTP, getError)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(CPROP(THIS_OBJ, error));
}

PHP_METHOD(Smtp_Engine_SMTP, getServerExtList)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(CPROP(THIS_OBJ, server_caps));
}

static void get_server_ext(zend_object *obj, zend_string *name, zval *return_value)
{
	zval *caps = CPROP(obj, server_caps), *value;

	if (Z_TYPE_P(caps) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(caps)) == 0) {
		client_set_error(obj, "No HELO/EHLO was sent");
		RETURN_NULL();
	}
	value = zend_symtable_find(Z_ARRVAL_P(caps), name);
	if (value) {
		RETURN_COPY(value);
	}
	if (zend_string_equals_literal(name, "HELO")) {
		value = zend_hash_str_find(Z_ARRVAL_P(caps), "EHLO", 4);
		if (value) {
			RETURN_COPY(value);
		}
		RETURN_NULL();
	}
	if (zend_string_equals_literal(name, "EHLO") || zend_hash_str_exists(Z_ARRVAL_P(caps), "EHLO", 4)) {
		RETURN_FALSE;
	}
	client_set_error(obj, "HELO handshake was used; No information about server extensions available");
	RETURN_NULL();
}

PHP_METHOD(Smtp_Engine_SMTP, getServerExt)
{
	zend_string *name;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	get_server_ext(THIS_OBJ, name, return_value);
}

bool smtp_client_get_server_ext(zend_object *obj, zend_string *name, zval *rv)
{
	if (SMTP_OVERRIDDEN(obj, "getserverext")) {
		zval arg;

		ZVAL_STR(&arg, name);
		ZVAL_UNDEF(rv);
		return SMTP_CALL(obj, "getserverext", rv, 1, &arg);
	}
	get_server_ext(obj, name, rv);
	return !EG(exception);
}

PHP_METHOD(Smtp_Engine_SMTP, getLastReply)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(CPROP(THIS_OBJ, last_reply));
}

PHP_METHOD(Smtp_Engine_SMTP, get_lines)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(read_reply(THIS_OBJ));
}

/* Plain accessors: each stores or returns one property. */
#define CLIENT_SETTER(method, prop, default_zv) \
	PHP_METHOD(Smtp_Engine_SMTP, method) \
	{ \
		zval *value = NULL, def; \
		ZEND_PARSE_PARAMETERS_START(0, 1) \
			Z_PARAM_OPTIONAL \
			Z_PARAM_ZVAL(value) \
		ZEND_PARSE_PARAMETERS_END(); \
		if (value) { \
			Z_TRY_ADDREF_P(value); \
			CPROP_SET(THIS_OBJ, prop, value); \
		} else { \
			default_zv; \
			CPROP_SET(THIS_OBJ, prop, &def); \
		} \
	}
#define CLIENT_GETTER(method, prop) \
	PHP_METHOD(Smtp_Engine_SMTP, method) \
	{ \
		ZEND_PARSE_PARAMETERS_NONE(); \
		RETURN_COPY(CPROP(THIS_OBJ, prop)); \
	}

CLIENT_SETTER(setVerp, do_verp, ZVAL_FALSE(&def))
CLIENT_GETTER(getVerp, do_verp)
CLIENT_SETTER(setSMTPUTF8, do_smtputf8, ZVAL_FALSE(&def))
CLIENT_GETTER(getSMTPUTF8, do_smtputf8)
CLIENT_SETTER(setDebugOutput, Debugoutput, ZVAL_STRING(&def, "echo"))
CLIENT_GETTER(getDebugOutput, Debugoutput)
CLIENT_SETTER(setDebugLevel, do_debug, ZVAL_LONG(&def, 0))
CLIENT_GETTER(getDebugLevel, do_debug)
CLIENT_SETTER(setTimeout, Timeout, ZVAL_LONG(&def, 0))
CLIENT_GETTER(getTimeout, Timeout)

PHP_METHOD(Smtp_Engine_SMTP, setError)
{
	zval *message, *detail = NULL, *code = NULL, *code_ex = NULL, empty;

	ZEND_PARSE_PARAMETERS_START(1, 4)
		Z_PARAM_ZVAL(message)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(detail)
		Z_PARAM_ZVAL(code)
		Z_PARAM_ZVAL(code_ex)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_EMPTY_STRING(&empty);
	set_error_zv(THIS_OBJ, message, detail ? detail : &empty, code ? code : &empty, code_ex ? code_ex : &empty);
}

PHP_METHOD(Smtp_Engine_SMTP, errorHandler)
{
	zend_long errno_value, errline = 0;
	zend_string *errmsg, *errfile = ZSTR_EMPTY_ALLOC();
	zval code;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_LONG(errno_value)
		Z_PARAM_STR(errmsg)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(errfile)
		Z_PARAM_LONG(errline)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_STR(&code, zend_long_to_str(errno_value));
	set_error(THIS_OBJ, "Connection failed.", ZSTR_VAL(errmsg), ZSTR_LEN(errmsg), &code, NULL);
	zval_ptr_dtor(&code);
	debugf(THIS_OBJ, DEBUG_CONNECTION, "Connection failed. Error #" ZEND_LONG_FMT ": %s [%s line " ZEND_LONG_FMT "]",
		errno_value, ZSTR_VAL(errmsg), ZSTR_VAL(errfile), errline);
}

/* smtp_transaction_id_patterns: 6.x's, and 7.x's, which ends with Gmail's "250 2.0.0 OK <id> - gsmtp". */
static const char *const transaction_id_patterns[][2] = {
	{"exim", "/[\\d]{3} OK id=(.*)/"},
	{"sendmail", "/[\\d]{3} 2\\.0\\.0 (.*) Message/"},
	{"postfix", "/[\\d]{3} 2\\.0\\.0 Ok: queued as (.*)/"},
	{"Microsoft_ESMTP", "/[0-9]{3} 2\\.[\\d]\\.0 (.*)@(?:.*) Queued mail for delivery/"},
	{"Amazon_SES", "/[\\d]{3} Ok (.*)/"},
	{"SendGrid", "/[\\d]{3} Ok: queued as (.*)/"},
	{"CampaignMonitor", "/[\\d]{3} 2\\.0\\.0 OK:([a-zA-Z\\d]{48})/"},
	{"Haraka", "/[\\d]{3} Message Queued \\((.*)\\)/"},
	{"ZoneMTA", "/[\\d]{3} Message queued as (.*)/"},
	{"Mailjet", "/[\\d]{3} OK queued as (.*)/"},
	{"Gsmtp", "/[\\d]{3} 2\\.0\\.0 OK (.*) - gsmtp/"},
};
#define PATTERNS_7 (sizeof(transaction_id_patterns) / sizeof(transaction_id_patterns[0]))
#define PATTERNS_6 (PATTERNS_7 - 1)

/*
 * For each default pattern above, in its order, a piece of text it
 * cannot match without. A reply holding none of them (the common "250 2.0.0
 * Ok") is not handed to PCRE, which would otherwise run ten or eleven times
 * per message. default_patterns: the two lists as declared, which an object
 * shares until something writes to its property.
 */
static const char *const transaction_id_needles[] = {
	"OK id=", " Message", " Ok: queued as ", " Queued mail for delivery", " Ok ", " Ok: queued as ", " OK:",
	" Message Queued (", " Message queued as ", " OK queued as ", " - gsmtp",
};
static HashTable *default_patterns[2];

static bool pattern_may_match(uint32_t i, const zend_string *reply)
{
	const char *needle;

	if (i >= sizeof(transaction_id_needles) / sizeof(transaction_id_needles[0])) {
		return true;
	}
	needle = transaction_id_needles[i];
	return zend_memnstr(ZSTR_VAL(reply), needle, strlen(needle), ZSTR_VAL(reply) + ZSTR_LEN(reply)) != NULL;
}

void smtp_client_record_transaction_id(zend_object *obj)
{
	zval *reply = CPROP(obj, last_reply), *patterns, *pattern, result;

	if (!zend_is_true(reply)) {
		ZVAL_NULL(&result);
		CPROP_SET(obj, last_smtp_transaction_id, &result);
		return;
	}
	ZVAL_FALSE(&result);
	patterns = CPROP(obj, smtp_transaction_id_patterns);
	if (Z_TYPE_P(patterns) == IS_ARRAY && Z_TYPE_P(reply) == IS_STRING) {
		bool known = Z_ARRVAL_P(patterns) == default_patterns[0] || Z_ARRVAL_P(patterns) == default_patterns[1];
		uint32_t i = 0;

		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(patterns), pattern) {
			zval matches, *id;
			zend_string *p;
			int matched;

			if (known && !pattern_may_match(i++, Z_STR_P(reply))) {
				continue;
			}
			p = zval_get_string(pattern);
			matched = smtp_preg_match(p, Z_STR_P(reply), &matches);

			zend_string_release(p);
			if (matched == 1 && (id = zend_hash_index_find(Z_ARRVAL(matches), 1))) {
				ZVAL_STR(&result, php_trim(Z_STR_P(id), NULL, 0, 3));
				zval_ptr_dtor(&matches);
				break;
			}
			zval_ptr_dtor(&matches);
		} ZEND_HASH_FOREACH_END();
	}
	CPROP_SET(obj, last_smtp_transaction_id, &result);
}

PHP_METHOD(Smtp_Engine_SMTP, recordLastTransactionID)
{
	ZEND_PARSE_PARAMETERS_NONE();
	smtp_client_record_transaction_id(THIS_OBJ);
	RETURN_COPY(CPROP(THIS_OBJ, last_smtp_transaction_id));
}

PHP_METHOD(Smtp_Engine_SMTP, getLastTransactionID)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(CPROP(THIS_OBJ, last_smtp_transaction_id));
}

/* }}} */

/* The defaults gen_stub.php cannot write: arrays with content. */
static void declare_array_defaults(void)
{
	static const char *const error_keys[][2] = {
		{"error", ""}, {"detail", ""}, {"smtp_code", ""}, {"smtp_code_ex", ""},
	};
	static const char *const xclient[] = {"NAME", "ADDR", "PORT", "PROTO", "HELO", "LOGIN", "DESTADDR", "DESTPORT"};
	zval value;

	smtp_persistent_map(&value, transaction_id_patterns, PATTERNS_6);
	default_patterns[0] = Z_ARRVAL(value);
	smtp_prop_set_default(smtp_ce_client, "smtp_transaction_id_patterns", &value);
	smtp_persistent_map(&no_error, error_keys, sizeof(error_keys) / sizeof(error_keys[0]));
	smtp_prop_set_default(smtp_ce_client, "error", &no_error);
	smtp_persistent_list(&value, xclient, sizeof(xclient) / sizeof(xclient[0]));
	smtp_prop_set_default(smtp_ce_client, "xclient_allowed_attributes", &value);
}

void smtp_register_client_class(void)
{
	zval patterns;

	smtp_ce_client = register_class_Smtp_Engine_SMTP();
	smtp_ce_client->create_object = client_create;
	memcpy(&client_handlers, zend_get_std_object_handlers(), sizeof(client_handlers));
	client_handlers.offset = XtOffsetOf(smtp_client, std);
	client_handlers.free_obj = client_free;
	client_handlers.clone_obj = client_clone;
	declare_array_defaults();
	/* Registered after the defaults above, which it inherits; only its patterns differ. */
	smtp_ce_client7 = register_class_Smtp_Engine_SMTP7(smtp_ce_client);
	smtp_ce_client7->create_object = client_create;
	smtp_persistent_map(&patterns, transaction_id_patterns, PATTERNS_7);
	default_patterns[1] = Z_ARRVAL(patterns);
	smtp_prop_set_default(smtp_ce_client7, "smtp_transaction_id_patterns", &patterns);
	{
		/* An internal class holds its own copy of each inherited constant: SMTP7's VERSION becomes its own. */
		zend_class_constant *version = zend_hash_str_find_ptr(&smtp_ce_client7->constants_table, "VERSION",
			sizeof("VERSION") - 1);

		ZEND_ASSERT(version && version->ce == smtp_ce_client);
		ZVAL_INTERNED_STR(&version->value, zend_string_init_interned("7.1.1", sizeof("7.1.1") - 1, 1));
		version->ce = smtp_ce_client7;
	}
}
