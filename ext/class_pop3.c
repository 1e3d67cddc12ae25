/*
 * class_pop3.c - Smtp\Engine\POP3: PHPMailer's POP-before-SMTP class.
 *
 * Every method behaves as PHPMailer 6.12's POP3 does, down to its error
 * list and its raw debug echo. The connection is a core transport opened
 * as fsockopen() would open it (plain, or TLS for a tls:// or ssl:// host,
 * verified against openssl.cafile or the system's store), and read through a
 * buffer the way fgets() reads a PHP stream. The methods call each other
 * through $this, as PHPMailer's do, so a subclass may override any of them.
 *
 * pop_conn is null before the first connect(), true while the connection
 * is open (where PHPMailer holds the stream resource) and false after a
 * failed connect() or a disconnect(). A clone shares the connection, as a
 * copied resource is shared: what one reads the other does not, and once
 * one closes it neither can use it.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include "php_smtp.h"
#include "smtp_call.h"
#include "smtp_errors.h"
#include "smtp_objects.h"
#include "smtp_props.h"
#include "smtp_tls_options.h"

#include "core/smtp_transport.h"

#include "pop3_arginfo.h"

zend_class_entry *smtp_ce_pop3;
static zend_object_handlers pop3_handlers;

/* The levels PHPMailer compares do_debug with (self::DEBUG_SERVER, self::DEBUG_CLIENT). */
enum {
	DEBUG_SERVER = 1,
	DEBUG_CLIENT = 2
};

/* What one read from the socket asks for, as a PHP stream's chunk. */
#define READ_CHUNK 8192

#define POP3_PROPS(X) \
	X(do_debug) X(host) X(port) X(tval) X(username) X(password) X(pop_conn) X(connected) X(errors)

#define POP3_PROP_ENUM(name) PP_##name,
typedef enum { POP3_PROPS(POP3_PROP_ENUM) PP__COUNT } pop3_prop;
#undef POP3_PROP_ENUM

static uint32_t prop_offsets[PP__COUNT];

#define PPROP(obj, name) smtp_prop_get((obj), prop_offsets[PP_##name])
#define PPROP_SET(obj, name, zv) smtp_prop_assign((obj), prop_offsets[PP_##name], (zv))
#define PPROP_SET_BOOL(obj, name, v) smtp_prop_set_bool((obj), prop_offsets[PP_##name], (v))
#define PPROP_SET_COPY(obj, name, zv) do { Z_TRY_ADDREF_P(zv); PPROP_SET(obj, name, zv); } while (0)

/* The connection: PHPMailer's stream resource, shared by an object and its clones. */
typedef struct pop3_stream {
	uint32_t refcount;
	smtp_transport *transport;  /* NULL once closed (fclose()) */
	int timeout_ms;             /* stream_set_timeout(): bounds each read and write */
	size_t head, tail;          /* buf[head..tail) is read but not yet returned */
	char buf[READ_CHUNK];
} pop3_stream;

typedef struct pop3_object {
	pop3_stream *stream;        /* NULL before a connection, and after the object let it go */
	zend_object std;
} pop3_object;

static inline pop3_object *pop3_from_obj(zend_object *obj)
{
	return (pop3_object *)((char *)obj - XtOffsetOf(pop3_object, std));
}

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)

/* {{{ object life cycle */

static zend_object *pop3_create(zend_class_entry *ce)
{
	pop3_object *pop = zend_object_alloc(sizeof(pop3_object), ce);

	zend_object_std_init(&pop->std, ce);
	object_properties_init(&pop->std, ce);
	pop->std.handlers = &pop3_handlers;
	return &pop->std;
}

/* fclose(): the connection ends for every holder. */
static void stream_close(pop3_stream *stream)
{
	smtp_transport_destroy(stream->transport);
	stream->transport = NULL;
	stream->head = stream->tail = 0;
}

/* The object lets its stream go, as when pop_conn is overwritten; the last holder frees it. */
static void release_stream(pop3_object *pop)
{
	pop3_stream *stream = pop->stream;

	pop->stream = NULL;
	if (stream && --stream->refcount == 0) {
		stream_close(stream);
		efree(stream);
	}
}

static void pop3_free(zend_object *obj)
{
	release_stream(pop3_from_obj(obj));
	zend_object_std_dtor(obj);
}

static zend_object *pop3_clone(zend_object *old)
{
	zend_object *obj = pop3_create(old->ce);
	pop3_stream *stream = pop3_from_obj(old)->stream;

	zend_objects_clone_members(obj, old);
	if (stream) {
		stream->refcount++;
		pop3_from_obj(obj)->stream = stream;
	}
	return obj;
}

/* }}} */

/* {{{ helpers */

/* $this->do_debug >= level, compared as PHP compares them. */
static bool debug_at(zend_object *obj, zend_long level)
{
	zval zlevel;

	ZVAL_LONG(&zlevel, level);
	return zend_compare(PPROP(obj, do_debug), &zlevel) >= 0;
}

/* static::NAME: a subclass may redefine the constants PHPMailer reads through static. */
static void static_constant(zend_object *obj, const char *name, zval *out)
{
	zend_string *zname = zend_string_init(name, strlen(name), 0);
	zval *value = zend_get_class_constant_ex(obj->ce->name, zname, obj->ce, 0);

	zend_string_release(zname);
	if (value) {
		ZVAL_COPY_OR_DUP(out, value);
	} else {
		ZVAL_NULL(out);
	}
}

/* $this->method(...argv), truthy result; false also when it threw. */
static bool call_bool(zend_object *obj, const char *lcname, size_t len, uint32_t argc, zval *argv)
{
	zval ret;
	bool ok;

	if (!smtp_call(obj, lcname, len, &ret, argc, argv)) {
		zval_ptr_dtor(&ret);
		return false;
	}
	ok = zend_is_true(&ret);
	zval_ptr_dtor(&ret);
	return ok;
}

#define CALL_BOOL(obj, lit, argc, argv) call_bool((obj), lit, sizeof(lit) - 1, (argc), (argv))

/* $this->setError($message). */
static void set_error_str(zend_object *obj, zend_string *message)
{
	zval arg;

	ZVAL_STR(&arg, message);
	SMTP_CALL(obj, "seterror", NULL, 1, &arg);
	zval_ptr_dtor(&arg);
}

/* The open stream pop_conn stands for, or NULL after the TypeError PHP's stream function func raises. */
static pop3_stream *require_stream(zend_object *obj, const char *func)
{
	pop3_stream *stream = pop3_from_obj(obj)->stream;
	zval *conn = PPROP(obj, pop_conn);

	if (Z_TYPE_P(conn) != IS_TRUE || !stream) {
		zend_type_error("%s(): Argument #1 ($stream) must be of type resource, %s given", func,
			zend_zval_type_name(conn));
		return NULL;
	}
	if (!stream->transport) {
		zend_type_error("%s(): supplied resource is not a valid stream resource", func);
		return NULL;
	}
	return stream;
}

/* }}} */

/* {{{ the connection: fsockopen(), fgets(), fwrite() */

/* "tls://host" and "ssl://host" ask for TLS, "tcp://host" does not; brackets around IPv6 go. */
static char *parse_target(const char *target, size_t len, bool *tls)
{
	*tls = false;
	if (len > 6 && (strncasecmp(target, "ssl://", 6) == 0 || strncasecmp(target, "tls://", 6) == 0)) {
		*tls = true;
		target += 6;
		len -= 6;
	} else if (len > 6 && strncasecmp(target, "tcp://", 6) == 0) {
		target += 6;
		len -= 6;
	}
	if (len > 2 && target[0] == '[' && target[len - 1] == ']') {
		target++;
		len -= 2;
	}
	return estrndup(target, len);
}

/* Seconds as a stream timeout in milliseconds; below zero waits forever. */
static int seconds_to_ms(double seconds)
{
	if (seconds < 0) {
		return SMTP_TIMEOUT_NONE;
	}
	return seconds * 1000 > INT_MAX ? INT_MAX : (int)(seconds * 1000);
}

/* TLS as fsockopen() does it: with no stream context, so PHP's defaults and openssl.cafile / capath. */
static smtp_status start_tls(smtp_transport *t, const char *host, int timeout_ms, smtp_error *err)
{
	smtp_tls_options opts;
	smtp_status status;
	zval no_context;

	ZVAL_NULL(&no_context);
	smtp_tls_options_init(&opts);
	smtp_tls_options_from_context(&opts, &no_context);
	status = t->ops->start_tls(t, &opts.config, host, timeout_ms, err);
	smtp_tls_options_free(&opts);
	return status;
}

/*
 * A port below 1: fsockopen() then asks for the bare host, which PHP cannot
 * parse as an address; one warning, errno 0.
 */
static void unparsable_address(smtp_php_failure *out, zend_string *host, zend_long port, const char *name)
{
	memset(out, 0, sizeof(*out));
	out->errstr = zend_strpprintf(0, "Failed to parse %saddress \"%s\"", name[0] == '[' ? "IPv6 " : "", name);
	out->warnings[out->warning_count++] = zend_strpprintf(0, "fsockopen(): Unable to connect to %s:" ZEND_LONG_FMT
		" (%s)", ZSTR_VAL(host), port, ZSTR_VAL(out->errstr));
}

/* fsockopen(): true with the new stream, or false with what PHP would have reported in failure. */
static bool open_conn(pop3_object *pop, zend_string *host, zend_long port, double timeout, smtp_php_failure *failure)
{
	bool tls;
	char *name = parse_target(ZSTR_VAL(host), ZSTR_LEN(host), &tls);
	int timeout_ms = seconds_to_ms(timeout);
	smtp_transport *t = NULL;
	smtp_status status;
	smtp_error err;

	/* Whatever comes of it, fsockopen()'s result replaces the stream pop_conn held. */
	release_stream(pop);
	if (port <= 0) {
		unparsable_address(failure, host, port, name);
		efree(name);
		return false;
	}
	/* The port is an unsigned short by the time PHP connects. */
	status = smtp_socket_connect(&t, name, (int)(port & 0xffff), timeout_ms, &err);
	if (status == SMTP_OK && tls) {
		status = start_tls(t, name, timeout_ms, &err);
		if (status != SMTP_OK) {
			smtp_transport_destroy(t);
		}
	}
	efree(name);
	if (status != SMTP_OK) {
		zend_string *target = zend_strpprintf(0, "%s:" ZEND_LONG_FMT, ZSTR_VAL(host), port);

		smtp_failure_from_core(failure, &err, SMTP_OP_CONNECT, ZSTR_VAL(target), ZSTR_LEN(target));
		zend_string_release(target);
		return false;
	}
	pop->stream = emalloc(sizeof(pop3_stream));
	pop->stream->refcount = 1;
	pop->stream->transport = t;
	pop->stream->timeout_ms = timeout_ms;
	pop->stream->head = pop->stream->tail = 0;
	return true;
}

/* fgets($conn, size): a line of at most size - 1 bytes, or what came before a timeout or the end; NULL for nothing. */
static zend_string *read_line(pop3_stream *stream, size_t max)
{
	smart_str line = {0};
	smtp_error err;
	bool done = false;

	while (!done && smart_str_get_len(&line) < max) {
		size_t room = max - smart_str_get_len(&line), n;
		const char *start, *nl;

		if (stream->head == stream->tail) {
			if (smtp_transport_read(stream->transport, stream->buf, sizeof(stream->buf), &n, stream->timeout_ms,
					&err) != SMTP_OK) {
				break;
			}
			stream->head = 0;
			stream->tail = n;
		}
		start = stream->buf + stream->head;
		n = MIN(room, stream->tail - stream->head);
		nl = memchr(start, '\n', n);
		if (nl) {
			n = (size_t)(nl - start) + 1;
			done = true;
		}
		smart_str_appendl(&line, start, n);
		stream->head += n;
	}
	return line.s ? smart_str_extract(&line) : NULL;
}

/* fwrite(): the count written, or -1 after PHP's notice for a failed send. */
static zend_long write_all(pop3_stream *stream, zend_string *data)
{
	smtp_error err;

	if (smtp_transport_write(stream->transport, ZSTR_VAL(data), ZSTR_LEN(data), stream->timeout_ms, &err) == SMTP_OK) {
		return (zend_long)ZSTR_LEN(data);
	}
	if (err.status == SMTP_ERR_IO) {
		smtp_php_failure failure;

		smtp_failure_from_core(&failure, &err, SMTP_OP_WRITE, NULL, ZSTR_LEN(data));
		zend_error(E_NOTICE, "%s", ZSTR_VAL(failure.warnings[0]));
		smtp_failure_free(&failure);
	}
	return -1;
}

/* The warnings fsockopen() raises for a failed connect, each given to $this->catchWarning(). */
static void catch_warnings(zend_object *obj, const smtp_php_failure *failure)
{
	static const char prefix[] = "stream_socket_client(): ";
	int i;

	for (i = 0; i < failure->warning_count && !EG(exception); i++) {
		zend_string *text = failure->warnings[i];
		zval args[4];

		if (zend_string_starts_with_literal(text, prefix)) {
			ZVAL_STR(&args[1], zend_strpprintf(0, "fsockopen(): %s", ZSTR_VAL(text) + sizeof(prefix) - 1));
		} else {
			ZVAL_STR_COPY(&args[1], text);
		}
		ZVAL_LONG(&args[0], E_WARNING);
		ZVAL_STRING(&args[2], zend_get_executed_filename());
		ZVAL_LONG(&args[3], zend_get_executed_lineno());
		SMTP_CALL(obj, "catchwarning", NULL, 4, args);
		zval_ptr_dtor(&args[1]);
		zval_ptr_dtor(&args[2]);
	}
}

/* The warnings to $this->catchWarning(), pop_conn false, then PHPMailer's own error. */
static void report_connect_failure(zend_object *obj, zend_string *host, zval *port, const smtp_php_failure *failure)
{
	zend_string *port_str = zval_get_string(port);

	catch_warnings(obj, failure);
	PPROP_SET_BOOL(obj, pop_conn, false);
	if (!EG(exception)) {
		set_error_str(obj, zend_strpprintf(0, "Failed to connect to server %s on port %s. errno: " ZEND_LONG_FMT
			"; errstr: %s", ZSTR_VAL(host), ZSTR_VAL(port_str), failure->errno_value, ZSTR_VAL(failure->errstr)));
	}
	zend_string_release(port_str);
}

/* }}} */

/* {{{ the protocol */

/* $text . $argument . static::LE, byte for byte (argument may be NULL). */
static zend_string *with_le(zend_object *obj, const char *text, zend_string *argument)
{
	smart_str line = {0};
	zend_string *le_str;
	zval le;

	static_constant(obj, "LE", &le);
	le_str = zval_get_string(&le);
	smart_str_appends(&line, text);
	if (argument) {
		smart_str_append(&line, argument);
	}
	smart_str_append(&line, le_str);
	zend_string_release(le_str);
	zval_ptr_dtor(&le);
	return smart_str_extract(&line);
}

static bool pop3_connect(zend_object *obj, zval *host, zval *port, zval *tval)
{
	pop3_object *pop = pop3_from_obj(obj);
	zend_string *host_str;
	zval zport, response;
	smtp_php_failure failure;
	bool ok;

	if (zend_is_true(PPROP(obj, connected))) {
		return true;
	}
	if (Z_TYPE_P(port) == IS_FALSE) {
		static_constant(obj, "DEFAULT_PORT", &zport);
	} else {
		ZVAL_COPY(&zport, port);
	}
	host_str = zval_get_string(host);
	ok = open_conn(pop, host_str, zval_get_long(&zport), zval_get_double(tval), &failure);
	if (!ok) {
		report_connect_failure(obj, host_str, &zport, &failure);
		smtp_failure_free(&failure);
	}
	zend_string_release(host_str);
	zval_ptr_dtor(&zport);
	if (!ok) {
		return false;
	}
	PPROP_SET_BOOL(obj, pop_conn, true);
	pop->stream->timeout_ms = seconds_to_ms((double)zval_get_long(tval));
	if (!SMTP_CALL(obj, "getresponse", &response, 0, NULL)) {
		return false;
	}
	ok = CALL_BOOL(obj, "checkresponse", 1, &response);
	zval_ptr_dtor(&response);
	if (ok) {
		PPROP_SET_BOOL(obj, connected, true);
	}
	return ok;
}

/* $this->sendString("VERB $argument" . static::LE), then $this->checkResponse($this->getResponse()). */
static bool exchange(zend_object *obj, const char *verb, zval *argument)
{
	zend_string *arg = zval_get_string(argument);
	zval line, response;
	bool ok;

	ZVAL_STR(&line, with_le(obj, verb, arg));
	zend_string_release(arg);
	ok = SMTP_CALL(obj, "sendstring", NULL, 1, &line);
	zval_ptr_dtor(&line);
	if (!ok || !SMTP_CALL(obj, "getresponse", &response, 0, NULL)) {
		return false;
	}
	ok = CALL_BOOL(obj, "checkresponse", 1, &response);
	zval_ptr_dtor(&response);
	return ok;
}

static bool pop3_login(zend_object *obj, zval *username, zval *password)
{
	if (!zend_is_true(PPROP(obj, connected))) {
		set_error_str(obj, zend_string_init("Not connected to POP3 server", sizeof("Not connected to POP3 server") - 1, 0));
		return false;
	}
	if (!zend_is_true(username)) {
		username = PPROP(obj, username);
	}
	if (!zend_is_true(password)) {
		password = PPROP(obj, password);
	}
	return exchange(obj, "USER ", username) && exchange(obj, "PASS ", password);
}

/* QUIT, its reply read if it comes (a PHPMailer exception there is ignored), then the close. */
static void pop3_disconnect(zend_object *obj)
{
	zval quit, response;
	zend_object *caught;
	pop3_stream *stream;
	bool ok;

	if (Z_TYPE_P(PPROP(obj, pop_conn)) == IS_FALSE) {
		return;
	}
	ZVAL_STR(&quit, with_le(obj, "QUIT", NULL));
	ok = SMTP_CALL(obj, "sendstring", NULL, 1, &quit);
	zval_ptr_dtor(&quit);
	if (!ok) {
		return;
	}
	if (!SMTP_CALL(obj, "getresponse", &response, 0, NULL)) {
		if (!(caught = smtp_catch())) {
			return;
		}
		OBJ_RELEASE(caught);
	}
	zval_ptr_dtor(&response);
	if (!(stream = require_stream(obj, "fclose"))) {
		return;
	}
	stream_close(stream);
	release_stream(pop3_from_obj(obj));
	PPROP_SET_BOOL(obj, connected, false);
	PPROP_SET_BOOL(obj, pop_conn, false);
}

/* authorise(): its arguments, defaults filled in, in args[0..5]. */
static bool pop3_authorise(zend_object *obj, zval *args)
{
	zval value, connect_args[3];
	bool ok;

	PPROP_SET_COPY(obj, host, &args[0]);
	if (Z_TYPE(args[1]) == IS_FALSE) {
		static_constant(obj, "DEFAULT_PORT", &value);
	} else {
		ZVAL_LONG(&value, zval_get_long(&args[1]));
	}
	PPROP_SET(obj, port, &value);
	if (Z_TYPE(args[2]) == IS_FALSE) {
		static_constant(obj, "DEFAULT_TIMEOUT", &value);
	} else {
		ZVAL_LONG(&value, zval_get_long(&args[2]));
	}
	PPROP_SET(obj, tval, &value);
	PPROP_SET_COPY(obj, do_debug, &args[5]);
	PPROP_SET_COPY(obj, username, &args[3]);
	PPROP_SET_COPY(obj, password, &args[4]);
	ZVAL_EMPTY_ARRAY(&value);
	PPROP_SET(obj, errors, &value);

	ZVAL_COPY(&connect_args[0], PPROP(obj, host));
	ZVAL_COPY(&connect_args[1], PPROP(obj, port));
	ZVAL_COPY(&connect_args[2], PPROP(obj, tval));
	ok = CALL_BOOL(obj, "connect", 3, connect_args);
	zval_ptr_dtor(&connect_args[0]);
	zval_ptr_dtor(&connect_args[1]);
	zval_ptr_dtor(&connect_args[2]);
	if (ok) {
		zval login_args[2];

		ZVAL_COPY(&login_args[0], PPROP(obj, username));
		ZVAL_COPY(&login_args[1], PPROP(obj, password));
		ok = CALL_BOOL(obj, "login", 2, login_args);
		zval_ptr_dtor(&login_args[0]);
		zval_ptr_dtor(&login_args[1]);
	}
	if (EG(exception)) {
		return false;
	}
	SMTP_CALL(obj, "disconnect", NULL, 0, NULL);
	return ok && !EG(exception);
}

/* }}} */

/* {{{ PHP methods */

/* The arguments of authorise() and popBeforeSmtp() with PHPMailer's defaults for those not given. */
static void authorise_args(zval *out, const zval *given, uint32_t count)
{
	ZVAL_FALSE(&out[1]);
	ZVAL_FALSE(&out[2]);
	ZVAL_EMPTY_STRING(&out[3]);
	ZVAL_EMPTY_STRING(&out[4]);
	ZVAL_LONG(&out[5], 0);
	memcpy(out, given, count * sizeof(zval));
}

PHP_METHOD(Smtp_Engine_POP3, popBeforeSmtp)
{
	zval *given, args[6], pop;
	uint32_t count;

	ZEND_PARSE_PARAMETERS_START(1, 6)
		Z_PARAM_VARIADIC('+', given, count)
	ZEND_PARSE_PARAMETERS_END();

	authorise_args(args, given, count);
	object_init_ex(&pop, smtp_ce_pop3);
	RETVAL_BOOL(pop3_authorise(Z_OBJ(pop), args));
	zval_ptr_dtor(&pop);
}

PHP_METHOD(Smtp_Engine_POP3, authorise)
{
	zval *given, args[6];
	uint32_t count;

	ZEND_PARSE_PARAMETERS_START(1, 6)
		Z_PARAM_VARIADIC('+', given, count)
	ZEND_PARSE_PARAMETERS_END();

	authorise_args(args, given, count);
	RETURN_BOOL(pop3_authorise(THIS_OBJ, args));
}

PHP_METHOD(Smtp_Engine_POP3, connect)
{
	zval *host, *port = NULL, *tval = NULL, no_port, default_tval;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ZVAL(host)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(port)
		Z_PARAM_ZVAL(tval)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_FALSE(&no_port);
	ZVAL_LONG(&default_tval, 30);
	RETURN_BOOL(pop3_connect(THIS_OBJ, host, port ? port : &no_port, tval ? tval : &default_tval));
}

PHP_METHOD(Smtp_Engine_POP3, login)
{
	zval *username = NULL, *password = NULL, empty;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(username)
		Z_PARAM_ZVAL(password)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_EMPTY_STRING(&empty);
	RETURN_BOOL(pop3_login(THIS_OBJ, username ? username : &empty, password ? password : &empty));
}

PHP_METHOD(Smtp_Engine_POP3, disconnect)
{
	ZEND_PARSE_PARAMETERS_NONE();
	pop3_disconnect(THIS_OBJ);
}

PHP_METHOD(Smtp_Engine_POP3, getResponse)
{
	zend_object *obj = THIS_OBJ;
	zend_long size = 128;
	bool unlimited = false;
	pop3_stream *stream;
	zend_string *line;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(size, unlimited)
	ZEND_PARSE_PARAMETERS_END();

	if (!(stream = require_stream(obj, "fgets"))) {
		RETURN_THROWS();
	}
	if (!unlimited && size <= 0) {
		zend_value_error("fgets(): Argument #2 ($length) must be greater than 0");
		RETURN_THROWS();
	}
	line = read_line(stream, unlimited ? SIZE_MAX : (size_t)size - 1);
	if (debug_at(obj, DEBUG_SERVER)) {
		PHPWRITE("Server -> Client: ", sizeof("Server -> Client: ") - 1);
		if (line) {
			PHPWRITE(ZSTR_VAL(line), ZSTR_LEN(line));
		}
	}
	if (!line) {
		RETURN_FALSE;
	}
	RETURN_STR(line);
}

PHP_METHOD(Smtp_Engine_POP3, sendString)
{
	zend_object *obj = THIS_OBJ;
	zend_string *string;
	pop3_stream *stream;
	zend_long written;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(string)
	ZEND_PARSE_PARAMETERS_END();

	if (!zend_is_true(PPROP(obj, pop_conn))) {
		RETURN_LONG(0);
	}
	if (debug_at(obj, DEBUG_CLIENT)) {
		PHPWRITE("Client -> Server: ", sizeof("Client -> Server: ") - 1);
		PHPWRITE(ZSTR_VAL(string), ZSTR_LEN(string));
	}
	if (!(stream = require_stream(obj, "fwrite"))) {
		RETURN_THROWS();
	}
	written = write_all(stream, string);
	if (written < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(written);
}

PHP_METHOD(Smtp_Engine_POP3, checkResponse)
{
	zval *string;
	zend_string *text;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(string)
	ZEND_PARSE_PARAMETERS_END();

	text = zval_get_string(string);
	if (zend_string_starts_with_literal(text, "+OK")) {
		zend_string_release(text);
		RETURN_TRUE;
	}
	set_error_str(THIS_OBJ, zend_string_concat2("Server reported an error: ", sizeof("Server reported an error: ") - 1,
		ZSTR_VAL(text), ZSTR_LEN(text)));
	zend_string_release(text);
	RETURN_FALSE;
}

PHP_METHOD(Smtp_Engine_POP3, setError)
{
	zend_object *obj = THIS_OBJ;
	zval *error, *e;
	HashTable *errors;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(error)
	ZEND_PARSE_PARAMETERS_END();

	errors = smtp_prop_array_for_write(obj, prop_offsets[PP_errors]);
	Z_TRY_ADDREF_P(error);
	zend_hash_next_index_insert(errors, error);
	if (!debug_at(obj, DEBUG_SERVER)) {
		return;
	}
	PHPWRITE("<pre>", 5);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(PPROP(obj, errors)), e) {
		zend_print_zval_r(e, 0);
	} ZEND_HASH_FOREACH_END();
	PHPWRITE("</pre>", 6);
}

PHP_METHOD(Smtp_Engine_POP3, getErrors)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(PPROP(THIS_OBJ, errors));
}

PHP_METHOD(Smtp_Engine_POP3, catchWarning)
{
	zval *errno_value, *errstr, *errfile, *errline;
	zend_string *parts[4];
	int i;

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_ZVAL(errno_value)
		Z_PARAM_ZVAL(errstr)
		Z_PARAM_ZVAL(errfile)
		Z_PARAM_ZVAL(errline)
	ZEND_PARSE_PARAMETERS_END();

	parts[0] = zval_get_string(errno_value);
	parts[1] = zval_get_string(errstr);
	parts[2] = zval_get_string(errfile);
	parts[3] = zval_get_string(errline);
	set_error_str(THIS_OBJ, zend_strpprintf(0,
		"Connecting to the POP3 server raised a PHP warning:errno: %s errstr: %s; errfile: %s; errline: %s",
		ZSTR_VAL(parts[0]), ZSTR_VAL(parts[1]), ZSTR_VAL(parts[2]), ZSTR_VAL(parts[3])));
	for (i = 0; i < 4; i++) {
		zend_string_release(parts[i]);
	}
}

/* }}} */

void smtp_register_pop3_class(void)
{
#define POP3_RESOLVE(name) prop_offsets[PP_##name] = smtp_slot_offset(smtp_ce_pop3, #name);
	smtp_ce_pop3 = register_class_Smtp_Engine_POP3();
	smtp_ce_pop3->create_object = pop3_create;
	memcpy(&pop3_handlers, zend_get_std_object_handlers(), sizeof(pop3_handlers));
	pop3_handlers.offset = XtOffsetOf(pop3_object, std);
	pop3_handlers.free_obj = pop3_free;
	pop3_handlers.clone_obj = pop3_clone;
	POP3_PROPS(POP3_RESOLVE)
#undef POP3_RESOLVE
}
