/*
 * mailer_smtp.c - the SMTP transport of the PHPMailer class: the SMTP
 * object (getSMTPInstance()), smtpConnect() over the Host list, smtpSend()
 * and smtpClose(), all driving the SMTP object through its methods so a
 * user's SMTP subclass is honoured.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/php_string.h"
#include "ext/standard/php_var.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"

#include "class_smtp.h"
#include "core/smtp_pool.h"
#include "mailer.h"
#include "mailer5.h"
#include "mailer_envelope.h"
#include "mailer_outbox.h"
#include "smtp_errors.h"
#include "smtp_options.h"
#include "mailer_stream.h"

/* {{{ calls into the SMTP object */

/*
 * The methods send() calls on every message, run in C when the object is
 * the engine's SMTP and does not override them. True when it was done.
 */
static bool smtp_do_direct(zend_object *o, const char *method, zval *ret, uint32_t argc, zval *argv)
{
	/* With an exception pending, PHP would not call the method: nor does this. */
	if (EG(exception) || !smtp_is_client(o)) {
		return false;
	}
	if (strcmp(method, "connected") == 0 && !SMTP_OVERRIDDEN(o, "connected")) {
		ZVAL_BOOL(ret, smtp_client_connected(o));
	} else if (strcmp(method, "reset") == 0 && !SMTP_OVERRIDDEN(o, "reset")) {
		ZVAL_BOOL(ret, smtp_client_reset(o));
	} else if (strcmp(method, "getLastTransactionID") == 0 && !SMTP_OVERRIDDEN(o, "getlasttransactionid")) {
		ZVAL_COPY(ret, CPROP(o, last_smtp_transaction_id));
	} else if (strcmp(method, "getServerExt") == 0 && argc == 1 && Z_TYPE(argv[0]) == IS_STRING) {
		smtp_client_get_server_ext(o, Z_STR(argv[0]), ret);
	} else {
		return false;
	}
	return true;
}

/* $this->smtp->method(...args), through PHP dispatch: the object may be a user's SMTP subclass. */
bool mailer_smtp_do(zend_object *obj, const char *method, zval *ret, uint32_t argc, zval *argv)
{
	zval *smtp = MPROP(obj, smtp);
	zval ignored;

	if (Z_TYPE_P(smtp) != IS_OBJECT) {
		zend_throw_error(NULL, "Call to a member function %s() on %s", method, zend_zval_type_name(smtp));
		return false;
	}
	/* The object may go away during the call (a callback replacing $this->smtp): hold it. */
	{
		zend_object *o = Z_OBJ_P(smtp);
		bool ok;

		GC_ADDREF(o);
		if (smtp_do_direct(o, method, ret ? ret : &ignored, argc, argv)) {
			ok = !EG(exception);
		} else {
			ok = zend_call_method(o, o->ce, NULL, method, strlen(method), ret ? ret : &ignored, argc,
				argc > 0 ? &argv[0] : NULL, argc > 1 ? &argv[1] : NULL) && !EG(exception);
		}
		if (!ret) {
			zval_ptr_dtor(&ignored);
		}
		OBJ_RELEASE(o);
		return ok;
	}
}

/* A boolean method of the SMTP object. */
bool mailer_smtp_test(zend_object *obj, const char *method, uint32_t argc, zval *argv)
{
	zval ret;
	bool ok;

	ZVAL_UNDEF(&ret);
	ok = mailer_smtp_do(obj, method, &ret, argc, argv) && zend_is_true(&ret);
	zval_ptr_dtor(&ret);
	return ok;
}

/* Methods with more arguments than zend_call_method() takes. */
bool mailer_smtp_test_n(zend_object *obj, const char *method, uint32_t argc, zval *argv)
{
	zval *smtp = MPROP(obj, smtp), fname, ret;
	bool ok;

	if (Z_TYPE_P(smtp) != IS_OBJECT) {
		return false;
	}
	ZVAL_STRING(&fname, method);
	ok = call_user_function(NULL, smtp, &fname, &ret, argc, argv) == SUCCESS && !EG(exception)
		&& zend_is_true(&ret);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&fname);
	return ok;
}

/* getSmtpErrorMessage($key): lang($key), then the SMTP error and its detail. */
static zend_string *smtp_error_message(zend_object *obj, const char *key)
{
	zend_string *message = mailer_lang(obj, key);
	zval error, *e, *d;

	ZVAL_UNDEF(&error);
	if (mailer_smtp_do(obj, "getError", &error, 0, NULL) && Z_TYPE(error) == IS_ARRAY
		&& (e = zend_hash_str_find(Z_ARRVAL(error), "error", 5)) && zend_is_true(e)) {
		zend_string *es = zval_get_string(e), *joined;

		joined = zend_strpprintf(0, "%s %s", ZSTR_VAL(message), ZSTR_VAL(es));
		zend_string_release(message);
		message = joined;
		zend_string_release(es);
		if ((d = zend_hash_str_find(Z_ARRVAL(error), "detail", 6)) && zend_is_true(d)) {
			zend_string *ds = zval_get_string(d);

			joined = zend_strpprintf(0, "%s %s", ZSTR_VAL(message), ZSTR_VAL(ds));
			zend_string_release(message);
			message = joined;
			zend_string_release(ds);
		}
	}
	zval_ptr_dtor(&error);
	return message;
}

/* }}} */

/* {{{ the SMTP object */

static zend_class_entry *client_class(void)
{
	static const char name[] = "PHPMailer\\PHPMailer\\SMTP";

	if (!SMTP_G(client_ce)) {
		zend_string *zname = zend_string_init(name, sizeof(name) - 1, 0);

		SMTP_G(client_ce) = zend_lookup_class(zname);
		zend_string_release(zname);
		if (!SMTP_G(client_ce)) {
			SMTP_G(client_ce) = smtp_ce_client;
		}
	}
	return SMTP_G(client_ce);
}

static void get_smtp_instance_impl(zend_object *obj, zval *return_value)
{
	zval *smtp = MPROP(obj, smtp);

	if (Z_TYPE_P(smtp) != IS_OBJECT) {
		zval fresh;
		zend_class_entry *ce;

		if (mailer_is_v5(obj)) {
			ce = mailer5_client_class();   /* 5.2: new SMTP, the global class */
		} else {
			ce = client_class();
			/* Without a PHPMailer-named SMTP class (smtp.classes=off), the engine's of the mailer's generation. */
			if (ce == smtp_ce_client && mailer_is_v7(obj->ce)) {
				ce = smtp_ce_client7;
			}
		}
		if (object_init_ex(&fresh, ce) != SUCCESS) {
			RETURN_NULL();
		}
		if (Z_OBJ(fresh)->ce->constructor) {
			zend_call_known_instance_method_with_0_params(Z_OBJ(fresh)->ce->constructor, Z_OBJ(fresh), NULL);
		}
		MPROP_SET(obj, smtp, &fresh);
	}
	RETURN_COPY(MPROP(obj, smtp));
}

PHP_METHOD(Smtp_Engine_MailerBase, getSMTPInstance)
{
	ZEND_PARSE_PARAMETERS_NONE();
	get_smtp_instance_impl(THIS_OBJ, return_value);
}

PHP_METHOD(Smtp_Engine_MailerBase, setSMTPInstance)
{
	zval *smtp;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(smtp)
	ZEND_PARSE_PARAMETERS_END();

	/* The parameter is typed \PHPMailer\PHPMailer\SMTP in PHPMailer. */
	if (Z_TYPE_P(smtp) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(smtp), client_class())) {
		zend_argument_type_error(1, "must be of type PHPMailer\\PHPMailer\\SMTP, %s given",
			zend_zval_type_name(smtp));
		RETURN_THROWS();
	}
	Z_ADDREF_P(smtp);
	MPROP_SET(THIS_OBJ, smtp, smtp);
	RETURN_COPY(MPROP(THIS_OBJ, smtp));
}

/* With smtp.persistent: the connection parked for a later send instead of QUIT (class_smtp.h). */
static bool park(zend_object *obj)
{
	zval *smtp = MPROP(obj, smtp);

	return Z_TYPE_P(smtp) == IS_OBJECT && smtp_is_client(Z_OBJ_P(smtp)) && smtp_client_park(Z_OBJ_P(smtp));
}

void mailer_smtp_close(zend_object *obj)
{
	if (SMTP_OVERRIDDEN(obj, "smtpclose")) {
		SMTP_CALL(obj, "smtpclose", NULL, 0, NULL);
		return;
	}
	if (park(obj)) {
		return;
	}
	if (Z_TYPE_P(MPROP(obj, smtp)) == IS_OBJECT && mailer_smtp_test(obj, "connected", 0, NULL)) {
		zval ignored;

		ZVAL_UNDEF(&ignored);
		mailer_smtp_do(obj, "quit", &ignored, 0, NULL);
		zval_ptr_dtor(&ignored);
		mailer_smtp_do(obj, "close", NULL, 0, NULL);
	}
}

PHP_METHOD(Smtp_Engine_MailerBase, smtpClose)
{
	ZEND_PARSE_PARAMETERS_NONE();
	if (park(THIS_OBJ)) {
		return;
	}
	if (Z_TYPE_P(MPROP(THIS_OBJ, smtp)) == IS_OBJECT && mailer_smtp_test(THIS_OBJ, "connected", 0, NULL)) {
		mailer_smtp_do(THIS_OBJ, "quit", NULL, 0, NULL);
		mailer_smtp_do(THIS_OBJ, "close", NULL, 0, NULL);
	}
}

/* }}} */

/* {{{ smtpConnect() */

/* One entry of Host: '/^(?:(ssl|tls):\/\/)?(.+?)(?::(\d+))?$/' after trim(). */
static bool parse_host_entry(zend_string *entry, mailer_host_entry *out)
{
	const char *s = ZSTR_VAL(entry);
	size_t len = ZSTR_LEN(entry), colon;

	memset(out, 0, sizeof(*out));
	/* $ also matches before a final "\n". */
	if (len && s[len - 1] == '\n') {
		len--;
	}
	if (len >= 6 && (memcmp(s, "ssl://", 6) == 0 || memcmp(s, "tls://", 6) == 0)) {
		out->scheme = zend_string_init(s, 3, 0);
		s += 6;
		len -= 6;
	} else {
		out->scheme = ZSTR_EMPTY_ALLOC();
	}
	if (len == 0) {
		zend_string_release(out->scheme);
		return false;
	}
	/* The host is lazy: a trailing ":digits" (not the whole rest) is the port. */
	for (colon = len; colon > 1 && isdigit((unsigned char)s[colon - 1]); colon--) {
	}
	if (colon < len && colon >= 2 && s[colon - 1] == ':') {
		out->host = zend_string_init(s, colon - 1, 0);
		out->port = zend_string_init(s + colon, len - colon, 0);
	} else {
		out->host = zend_string_init(s, len, 0);
	}
	return true;
}

void mailer_host_entry_free(mailer_host_entry *e)
{
	zend_string_release(e->scheme);
	zend_string_release(e->host);
	if (e->port) {
		zend_string_release(e->port);
	}
}

/* Whether v holds an object (a callback, a resource-like value): such options never make a pool key. */
static bool holds_object(zval *v)
{
	zval *item;

	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_OBJECT || Z_TYPE_P(v) == IS_RESOURCE) {
		return true;
	}
	if (Z_TYPE_P(v) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
			if (holds_object(item)) {
				return true;
			}
		} ZEND_HASH_FOREACH_END();
	}
	return false;
}

static void key_field(smart_str *cfg, zval *v)
{
	zend_string *s = zval_get_string(v);

	smart_str_append_long(cfg, (zend_long)ZSTR_LEN(s));
	smart_str_appendc(cfg, ':');
	smart_str_append(cfg, s);
	zend_string_release(s);
}

/*
 * With smtp.persistent, the key a connection to this host is filed under:
 * a hash of everything that shapes it (host, port, TLS mode, every option
 * of SMTPOptions, HELO name, AUTH and its credentials). False when it must
 * not be kept: an SMTP object whose connection steps PHP code overrides,
 * OAuth, or options holding objects.
 */
static bool pool_key(zend_object *obj, zend_object *smtp, zval *options, const char *mode, zend_string *host,
	zend_long port, zend_string *hello, unsigned char key[SMTP_POOL_KEY_LEN])
{
	static const char *const steps[] = {"connect", "hello", "sendhello", "starttls", "authenticate", "reset",
		"quit", "close", "connected", "sendcommand", "client_send", "get_lines", "seterror", "parsehellofields"};
	smtp_options opts;
	smart_str cfg = {0};
	zval v;
	size_t i;
	bool ok;

	smtp_options_resolve(&opts, options);
	if (EG(exception) || !opts.persistent || !smtp_is_client(smtp) || holds_object(options)
		|| (zend_is_true(MPROP(obj, SMTPAuth)) && Z_TYPE_P(MPROP(obj, oauth)) == IS_OBJECT)) {
		return false;
	}
	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		if (SMTP_OVERRIDDEN(smtp, steps[i])) {
			return false;
		}
	}
	smart_str_appends(&cfg, "smtp-pool-1 ");
	smart_str_appends(&cfg, mode);
	smart_str_appendc(&cfg, ' ');
	ZVAL_STR(&v, host);
	key_field(&cfg, &v);
	smart_str_append_long(&cfg, port);
	ZVAL_STR(&v, hello);
	key_field(&cfg, &v);
	smart_str_appends(&cfg, zend_is_true(MPROP(obj, SMTPAutoTLS)) ? " autotls" : " -");
	smart_str_appends(&cfg, zend_is_true(MPROP(obj, SMTPAuth)) ? " auth " : " - ");
	key_field(&cfg, MPROP(obj, Username));
	key_field(&cfg, MPROP(obj, Password));
	key_field(&cfg, MPROP(obj, AuthType));
	if (options) {
		php_var_export_ex(options, 1, &cfg);
	}
	smart_str_0(&cfg);
	ok = smtp_pool_key(ZSTR_VAL(cfg.s), ZSTR_LEN(cfg.s), key);
	/* The password went through this buffer. */
	ZEND_SECURE_ZERO(ZSTR_VAL(cfg.s), ZSTR_LEN(cfg.s));
	smart_str_free(&cfg);
	return ok;
}

/* One host: connect, EHLO, STARTTLS when asked or offered, AUTH. Throws PHPMailer exceptions. */
bool mailer_smtp_connect_host(zend_object *obj, mailer_host_entry *e, zval *options, uint32_t extra_n,
	zval **auth_extra, bool *connected)
{
	bool v5 = mailer_is_v5(obj);
	zend_string *secure = zval_get_string(MPROP(obj, SMTPSecure)), *hello;
	bool tls = zend_string_equals_literal(secure, "tls"), implicit = false, ok = false;
	zend_long port = zval_get_long(MPROP(obj, Port));
	zval args[4];

	if (zend_string_equals_literal(e->scheme, "ssl") || (ZSTR_LEN(e->scheme) == 0
			&& zend_string_equals_literal(secure, "ssl"))) {
		implicit = true;
		tls = false;
		zend_string_release(secure);
		secure = ZSTR_INIT_LITERAL("ssl", 0);
	} else if (zend_string_equals_literal(e->scheme, "tls")) {
		tls = true;
		zend_string_release(secure);
		secure = ZSTR_INIT_LITERAL("tls", 0);
	}
	if (e->port) {
		zend_long p = ZEND_STRTOL(ZSTR_VAL(e->port), NULL, 10);

		if (p > 0 && p < 65536) {
			port = p;
		}
	}
	if (!v5 && Z_TYPE_P(MPROP(obj, smtp)) == IS_OBJECT) {
		zend_object *smtp = Z_OBJ_P(MPROP(obj, smtp));
		unsigned char key[SMTP_POOL_KEY_LEN];

		hello = zend_is_true(MPROP(obj, Helo)) ? zval_get_string(MPROP(obj, Helo)) : mailer_server_hostname(obj);
		if (pool_key(obj, smtp, options, implicit ? "ssl" : tls ? "tls" : "tcp", e->host, port, hello, key)) {
			smtp_client_persist(smtp, key);
			if (smtp_client_reuse(smtp)) {
				*connected = true;
				ZVAL_STR(&args[0], hello);
				ok = true;
				goto out;
			}
		}
		zend_string_release(hello);
	}
	ZVAL_STR(&args[0], zend_strpprintf(0, "%s%s", implicit ? "ssl://" : "", ZSTR_VAL(e->host)));
	ZVAL_LONG(&args[1], port);
	ZVAL_COPY(&args[2], MPROP(obj, Timeout));
	ZVAL_COPY(&args[3], options);
	*connected = mailer_smtp_test_n(obj, "connect", 4, args);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[2]);
	zval_ptr_dtor(&args[3]);
	if (!*connected || EG(exception)) {
		zend_string_release(secure);
		return false;
	}
	hello = zend_is_true(MPROP(obj, Helo)) ? zval_get_string(MPROP(obj, Helo)) : mailer_server_hostname(obj);
	ZVAL_STR(&args[0], hello);
	mailer_smtp_test(obj, "hello", 1, args);
	/* 5.2 upgrades opportunistically whatever the host, localhost included. */
	if (!EG(exception) && zend_is_true(MPROP(obj, SMTPAutoTLS)) && (v5 || !(Z_TYPE_P(MPROP(obj, Host)) == IS_STRING
			&& zend_string_equals_literal(Z_STR_P(MPROP(obj, Host)), "localhost")))
		&& !zend_string_equals_literal(secure, "ssl")) {
		zval ext;

		ZVAL_STRING(&args[1], "STARTTLS");
		ZVAL_UNDEF(&ext);
		if (mailer_smtp_do(obj, "getServerExt", &ext, 1, &args[1]) && zend_is_true(&ext)) {
			tls = true;
		}
		zval_ptr_dtor(&ext);
		zval_ptr_dtor(&args[1]);
	}
	if (!EG(exception) && tls) {
		if (!mailer_smtp_test(obj, "startTLS", 0, NULL)) {
			if (!EG(exception)) {
				/* 5.2 words it without the SMTP error. */
				zend_string *msg = v5 ? mailer_lang(obj, "connect_host") : smtp_error_message(obj, "connect_host");

				smtp_throw(msg, STOP_MESSAGE);
				zend_string_release(msg);
			}
			goto out;
		}
		mailer_smtp_test(obj, "hello", 1, args);
	}
	if (!EG(exception) && zend_is_true(MPROP(obj, SMTPAuth))) {
		zval auth[5];
		uint32_t i, n = 3 + MIN(extra_n, 2);

		ZVAL_COPY(&auth[0], MPROP(obj, Username));
		ZVAL_COPY(&auth[1], MPROP(obj, Password));
		ZVAL_COPY(&auth[2], MPROP(obj, AuthType));
		for (i = 3; i < n; i++) {
			ZVAL_COPY(&auth[i], auth_extra[i - 3]);
		}
		if (!mailer_smtp_test_n(obj, "authenticate", n, auth) && !EG(exception)) {
			zend_string *msg = mailer_lang(obj, "authenticate");

			smtp_throw(msg, STOP_MESSAGE);
			zend_string_release(msg);
		}
		for (i = 0; i < n; i++) {
			zval_ptr_dtor(&auth[i]);
		}
	}
	ok = !EG(exception);
out:
	zval_ptr_dtor(&args[0]);
	zend_string_release(secure);
	return ok;
}

bool mailer_smtp_host_failed(zend_object *obj, zend_object **last)
{
	zend_object *ex = smtp_catch();
	zend_string *msg;

	if (!ex) {
		/* Not PHPMailer's: it propagates. */
		return false;
	}
	if (*last) {
		OBJ_RELEASE(*last);
	}
	*last = ex;
	msg = smtp_exception_message(ex);
	mailer_debug(obj, msg);
	zend_string_release(msg);
	mailer_smtp_do(obj, "quit", NULL, 0, NULL);
	return true;
}

static bool smtp_connect_impl(zend_object *obj, zval *options)
{
	zend_object *last_exception = NULL;
	zend_string *hosts;
	const char *p, *end;
	zval *smtp = MPROP(obj, smtp), arg;

	if (Z_TYPE_P(smtp) == IS_NULL) {
		zval instance;

		SMTP_CALL(obj, "getsmtpinstance", &instance, 0, NULL);
		if (EG(exception)) {
			return false;
		}
		MPROP_SET(obj, smtp, &instance);
	}
	if (!options || Z_TYPE_P(options) == IS_NULL) {
		options = MPROP(obj, SMTPOptions);
	}
	if (mailer_smtp_test(obj, "connected", 0, NULL)) {
		return true;
	}
	ZVAL_COPY(&arg, MPROP(obj, Timeout));
	mailer_smtp_do(obj, "setTimeout", NULL, 1, &arg);
	zval_ptr_dtor(&arg);
	ZVAL_COPY(&arg, MPROP(obj, SMTPDebug));
	mailer_smtp_do(obj, "setDebugLevel", NULL, 1, &arg);
	zval_ptr_dtor(&arg);
	ZVAL_COPY(&arg, MPROP(obj, Debugoutput));
	mailer_smtp_do(obj, "setDebugOutput", NULL, 1, &arg);
	zval_ptr_dtor(&arg);
	ZVAL_COPY(&arg, MPROP(obj, do_verp));
	mailer_smtp_do(obj, "setVerp", NULL, 1, &arg);
	zval_ptr_dtor(&arg);
	ZVAL_COPY(&arg, MPROP(obj, UseSMTPUTF8));
	mailer_smtp_do(obj, "setSMTPUTF8", NULL, 1, &arg);
	zval_ptr_dtor(&arg);
	if (EG(exception)) {
		return false;
	}
	if (Z_TYPE_P(MPROP(obj, Host)) == IS_NULL) {
		MPROP_SET_LITERAL(obj, Host, "localhost");
	}
	hosts = zval_get_string(MPROP(obj, Host));
	p = ZSTR_VAL(hosts);
	end = p + ZSTR_LEN(hosts);
	while (p <= end) {
		const char *semi = memchr(p, ';', end - p), *stop = semi ? semi : end;
		zend_string *raw = zend_string_init(p, stop - p, 0), *entry = php_trim(raw, NULL, 0, 3);
		mailer_host_entry e;
		zval *oauth = MPROP(obj, oauth);
		bool connected = false;

		zend_string_release(raw);
		p = stop + 1;
		if (!parse_host_entry(entry, &e)) {
			zend_string *msg = mailer_lang(obj, "invalid_hostentry"), *full;

			full = zend_strpprintf(0, "%s %s", ZSTR_VAL(msg), ZSTR_VAL(entry));
			mailer_debug(obj, full);
			zend_string_release(full);
			zend_string_release(msg);
			zend_string_release(entry);
			if (!semi) {
				break;
			}
			continue;
		}
		zend_string_release(entry);
		{
			zval host;

			ZVAL_STR_COPY(&host, e.host);
			if (!mailer_host_is_valid(obj->ce, &host)) {
				zend_string *msg = mailer_lang(obj, "invalid_host"), *full;

				full = zend_strpprintf(0, "%s %s", ZSTR_VAL(msg), ZSTR_VAL(e.host));
				mailer_debug(obj, full);
				zend_string_release(full);
				zend_string_release(msg);
				zval_ptr_dtor(&host);
				mailer_host_entry_free(&e);
				if (!semi) {
					break;
				}
				continue;
			}
			zval_ptr_dtor(&host);
		}
		if (mailer_smtp_connect_host(obj, &e, options, 1, &oauth, &connected)) {
			mailer_host_entry_free(&e);
			zend_string_release(hosts);
			if (last_exception) {
				OBJ_RELEASE(last_exception);
			}
			return true;
		}
		mailer_host_entry_free(&e);
		if (connected) {
			if (!mailer_smtp_host_failed(obj, &last_exception)) {
				break;
			}
		} else if (EG(exception)) {
			break;
		}
		if (!semi) {
			break;
		}
	}
	zend_string_release(hosts);
	if (EG(exception)) {
		if (last_exception) {
			OBJ_RELEASE(last_exception);
		}
		return false;
	}
	mailer_smtp_do(obj, "close", NULL, 0, NULL);
	if (mailer_exceptions(obj) && last_exception) {
		zval ex;

		ZVAL_OBJ(&ex, last_exception);
		zend_throw_exception_object(&ex);
		return false;
	}
	if (last_exception) {
		OBJ_RELEASE(last_exception);
	}
	if (mailer_exceptions(obj)) {
		zend_string *msg = smtp_error_message(obj, "connect_host");

		smtp_throw(msg, STOP_MESSAGE);
		zend_string_release(msg);
	}
	return false;
}

PHP_METHOD(Smtp_Engine_MailerBase, smtpConnect)
{
	zval *options = NULL;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(options)
	ZEND_PARSE_PARAMETERS_END();

	ok = smtp_connect_impl(THIS_OBJ, options);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(ok);
}

/* $this->smtpConnect($options), through an override. */
static bool smtp_connect(zend_object *obj, zval *options)
{
	if (SMTP_OVERRIDDEN(obj, "smtpconnect")) {
		zval ret;
		bool ok;

		ZVAL_UNDEF(&ret);
		ok = SMTP_CALL(obj, "smtpconnect", &ret, 1, options) && zend_is_true(&ret);
		zval_ptr_dtor(&ret);
		return ok;
	}
	return smtp_connect_impl(obj, options);
}

/* }}} */

/* {{{ smtpSend() */

/* [[address, name]] */
static void single_recipient(zval *out, zval *address, zval *name)
{
	zval pair;

	array_init_size(out, 1);
	array_init_size(&pair, 2);
	Z_TRY_ADDREF_P(address);
	add_next_index_zval(&pair, address);
	Z_TRY_ADDREF_P(name);
	add_next_index_zval(&pair, name);
	add_next_index_zval(out, &pair);
}

/* Some part goes as "binary": with BDAT the message may then be declared BODY=BINARYMIME (RFC 3030). */
static bool has_binary_part(zend_object *obj)
{
	zval *enc = MPROP(obj, Encoding), *list = MPROP(obj, attachment), *entry, *e;

	if (Z_TYPE_P(enc) == IS_STRING && zend_string_equals_literal(Z_STR_P(enc), "binary")) {
		return true;
	}
	if (Z_TYPE_P(list) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), entry) {
			if (Z_TYPE_P(entry) == IS_ARRAY && (e = zend_hash_index_find(Z_ARRVAL_P(entry), 3))
				&& Z_TYPE_P(e) == IS_STRING && zend_string_equals_literal(Z_STR_P(e), "binary")) {
				return true;
			}
		} ZEND_HASH_FOREACH_END();
	}
	return false;
}

static bool has_line_break(zval *zv)
{
	return Z_TYPE_P(zv) == IS_STRING
		&& (memchr(Z_STRVAL_P(zv), '\r', Z_STRLEN_P(zv)) || memchr(Z_STRVAL_P(zv), '\n', Z_STRLEN_P(zv)));
}

/*
 * An address with a line break (possible only by writing the properties
 * directly): sendCommand() refuses it with its own error, which the
 * lockstep path reproduces.
 */
static bool envelope_has_line_break(zend_object *obj, zend_string *from)
{
	zval *lists[3] = {MPROP(obj, to), MPROP(obj, cc), MPROP(obj, bcc)}, *pair, *address;
	int i;

	if (memchr(ZSTR_VAL(from), '\r', ZSTR_LEN(from)) || memchr(ZSTR_VAL(from), '\n', ZSTR_LEN(from))) {
		return true;
	}
	for (i = 0; i < 3; i++) {
		if (Z_TYPE_P(lists[i]) != IS_ARRAY) {
			continue;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(lists[i]), pair) {
			if (Z_TYPE_P(pair) != IS_ARRAY || !(address = zend_hash_index_find(Z_ARRVAL_P(pair), 0))
				|| Z_TYPE_P(address) != IS_STRING || has_line_break(address)) {
				return true;
			}
		} ZEND_HASH_FOREACH_END();
	}
	return false;
}

/* What smtpSend() gathers about the recipients: PHPMailer's $bad_rcpt and $callbacks. */
typedef struct send_state {
	zend_object *obj;
	zend_string *from;
	zend_string *head;         /* stripTrailingWSP($header) . LE . LE */
	zend_string *body;         /* $body, or NULL when it is streamed */
	mailer_streamed *streamed; /* the body read from its segments as it is sent */
	zend_string *file_error;   /* a file of the streamed body failed to read */
	zval callbacks;
	smart_str bad;
	size_t bad_count;
	size_t all;                /* count($this->all_recipients) */
	bool v5;                   /* PHPMailer 5.2: RCPT without DSN, each callback as soon as RCPT is answered */
} send_state;

/* Bytes of a streamed body read per content write. */
#define STREAM_PIECE (64 * 1024)

/* Writes the content handed to data(): the head, then the body, as a string or read from its segments. */
static bool write_content(send_state *st, zend_object *smtp)
{
	mime_reader r;
	smtp_buf piece = SMTP_BUF_INIT;
	smtp_error err;
	bool ok;

	if (!smtp_client_content_write(smtp, ZSTR_VAL(st->head), ZSTR_LEN(st->head))) {
		return false;
	}
	if (!st->streamed) {
		return smtp_client_content_write(smtp, ZSTR_VAL(st->body), ZSTR_LEN(st->body));
	}
	mime_reader_init(&r, &st->streamed->body);
	for (ok = true; ok;) {
		smtp_buf_reset(&piece);
		if (mime_reader_read(&r, &piece, STREAM_PIECE, &err) != SMTP_OK) {
			st->file_error = zend_string_init(err.message, strlen(err.message), 0);
			ok = false;
		} else if (piece.len == 0) {
			break;
		} else {
			ok = smtp_client_content_write(smtp, piece.data, piece.len);
		}
	}
	mime_reader_free(&r);
	smtp_buf_free(&piece);
	return ok;
}

/*
 * A file of the body could not be read halfway through the content: the
 * message must not be ended (the server would take a truncated one), so the
 * connection is dropped, and the error is the one preSend() gives for a
 * file it cannot read.
 */
static void abort_content(send_state *st, zend_object *smtp)
{
	zend_string *msg = mailer_lang_concat(st->obj, "file_open", ZSTR_VAL(st->file_error), ZSTR_LEN(st->file_error));

	smtp_client_close(smtp);
	smtp_throw(msg, STOP_CRITICAL);
	zend_string_release(msg);
}

/* The content, its end, and the server's verdict (after DATA's 354, or as BDAT chunks). */
static bool send_content(send_state *st, zend_object *smtp, bool rset_ahead)
{
	bool ok = write_content(st, smtp) && smtp_client_content_finish(smtp);

	if (st->file_error) {
		abort_content(st, smtp);
		return false;
	}
	if (ok && rset_ahead) {
		smtp_client_queue(smtp, "RSET", 4);
	}
	return smtp_client_content_verdict(smtp, ok);
}

/* The error PHPMailer raises when MAIL FROM fails: from_failed, the sender, the SMTP error array. */
static void from_failed(send_state *st)
{
	zend_object *obj = st->obj;
	zend_string *label = mailer_lang(obj, "from_failed"), *msg;
	smart_str joined = {0};
	zval error;

	ZVAL_UNDEF(&error);
	mailer_smtp_do(obj, "getError", &error, 0, NULL);
	if (Z_TYPE(error) == IS_ARRAY) {
		zval *v;
		bool first = true;

		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(error), v) {
			zend_string *str = zval_get_string(v);

			if (!first) {
				smart_str_appendc(&joined, ',');
			}
			smart_str_append(&joined, str);
			zend_string_release(str);
			first = false;
		} ZEND_HASH_FOREACH_END();
	}
	smart_str_0(&joined);
	msg = zend_strpprintf(0, "%s%s : %s", ZSTR_VAL(label), ZSTR_VAL(st->from), joined.s ? ZSTR_VAL(joined.s) : "");
	mailer_set_error(obj, msg);
	zend_string_release(msg);
	zend_string_release(label);
	smart_str_free(&joined);
	zval_ptr_dtor(&error);
	if (!EG(exception)) {
		zend_string *info = zval_get_string(MPROP(obj, ErrorInfo));

		smtp_throw(info, STOP_CRITICAL);
		zend_string_release(info);
	}
}

/* One recipient's outcome, filed as smtpSend() files it. */
static void file_recipient(send_state *st, zval *address, zval *name, bool sent)
{
	zval cb;

	if (!sent) {
		zval error, *detail;
		zend_string *a = zval_get_string(address);

		ZVAL_UNDEF(&error);
		mailer_smtp_do(st->obj, "getError", &error, 0, NULL);
		smart_str_append(&st->bad, a);
		smart_str_appendl(&st->bad, ": ", 2);
		zend_string_release(a);
		if (Z_TYPE(error) == IS_ARRAY && (detail = zend_hash_str_find(Z_ARRVAL(error), "detail", 6))) {
			zend_string *d = zval_get_string(detail);

			smart_str_append(&st->bad, d);
			zend_string_release(d);
		}
		zval_ptr_dtor(&error);
		st->bad_count++;
	}
	if (st->v5) {
		/* doCallback($isSent, array($to[0]), array(), array(), $Subject, $body, $From) right away. */
		zval to, empty, zbody;

		array_init_size(&to, 1);
		Z_TRY_ADDREF_P(address);
		add_next_index_zval(&to, address);
		array_init(&empty);
		if (st->body) {
			ZVAL_STR_COPY(&zbody, st->body);
		} else {
			ZVAL_COPY(&zbody, MPROP(st->obj, MIMEBody));
		}
		mailer_do_callback(st->obj, sent, &to, &empty, &empty, &zbody, &empty);
		zval_ptr_dtor(&zbody);
		zval_ptr_dtor(&empty);
		zval_ptr_dtor(&to);
		return;
	}
	array_init_size(&cb, 3);
	add_assoc_bool(&cb, "issent", sent);
	Z_TRY_ADDREF_P(address);
	add_assoc_zval(&cb, "to", address);
	Z_TRY_ADDREF_P(name);
	add_assoc_zval(&cb, "name", name);
	add_next_index_zval(&st->callbacks, &cb);
}

static void throw_lang_critical(zend_object *obj, const char *key)
{
	if (!EG(exception)) {
		zend_string *msg = mailer_lang(obj, key);

		smtp_throw(msg, STOP_CRITICAL);
		zend_string_release(msg);
	}
}

/* Runs the code given for every recipient of to, cc and bcc (on a copy of each list); stops at an exception. */
#define FOREACH_RECIPIENT(obj, address, name, ...) \
	do { \
		zval *lists_[3] = {MPROP(obj, to), MPROP(obj, cc), MPROP(obj, bcc)}, list_, *pair_; \
		int i_; \
		for (i_ = 0; i_ < 3 && !EG(exception); i_++) { \
			ZVAL_COPY(&list_, lists_[i_]); \
			if (Z_TYPE(list_) == IS_ARRAY) { \
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL(list_), pair_) { \
					zval *address = Z_TYPE_P(pair_) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(pair_), 0) : NULL; \
					zval *name = Z_TYPE_P(pair_) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(pair_), 1) : NULL; \
					if (!address) { address = &EG(uninitialized_zval); } \
					if (!name) { name = &EG(uninitialized_zval); } \
					__VA_ARGS__ \
					if (EG(exception)) { break; } \
				} ZEND_HASH_FOREACH_END(); \
			} \
			zval_ptr_dtor(&list_); \
		} \
	} while (0)

/* MAIL, RCPT and DATA one at a time, through the SMTP object's methods (a user's subclass is honoured). */
static bool lockstep_transaction(send_state *st)
{
	zend_object *obj = st->obj;
	zval arg;
	bool ok;

	ZVAL_STR_COPY(&arg, st->from);
	ok = mailer_smtp_test(obj, "mail", 1, &arg);
	zval_ptr_dtor(&arg);
	if (!ok) {
		if (!EG(exception)) {
			from_failed(st);
		}
		return false;
	}
	FOREACH_RECIPIENT(obj, address, name, {
		zval args[2];
		bool sent;

		ZVAL_COPY(&args[0], address);
		ZVAL_COPY(&args[1], MPROP(obj, dsn));
		sent = mailer_smtp_test_n(obj, "recipient", st->v5 ? 1 : 2, args);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
		if (EG(exception)) {
			break;
		}
		file_recipient(st, address, name, sent);
	});
	if (EG(exception) || st->all <= st->bad_count) {
		return !EG(exception);
	}
	{
		zval *smtp = MPROP(obj, smtp);

		if (Z_TYPE_P(smtp) == IS_OBJECT && smtp_is_client(Z_OBJ_P(smtp)) && !SMTP_OVERRIDDEN(Z_OBJ_P(smtp), "data")
			&& !SMTP_OVERRIDDEN(Z_OBJ_P(smtp), "sendcommand") && !SMTP_OVERRIDDEN(Z_OBJ_P(smtp), "client_send")) {
			/* The engine's own data(): the head and the body go out as they are, never joined. */
			zend_object *o = Z_OBJ_P(smtp);

			GC_ADDREF(o);
			ok = smtp_client_data_open(o) && send_content(st, o, false);
			OBJ_RELEASE(o);
			if (EG(exception)) {
				return false;
			}
		} else {
			zend_string *body = st->body ? zend_string_copy(st->body) : zval_get_string(MPROP(obj, MIMEBody));
			zend_string *message = zend_string_concat2(ZSTR_VAL(st->head), ZSTR_LEN(st->head),
				ZSTR_VAL(body), ZSTR_LEN(body));

			zend_string_release(body);
			ZVAL_STR(&arg, message);
			ok = mailer_smtp_test(obj, "data", 1, &arg);
			zval_ptr_dtor(&arg);
		}
	}
	if (!ok) {
		throw_lang_critical(obj, "data_not_accepted");
		return false;
	}
	return true;
}

/*
 * The same transaction with PIPELINING (RFC 2920): MAIL, every RCPT and DATA
 * in one write, then their replies, judged in order exactly as the lockstep
 * code judges them; the content and its end in large writes, with the RSET
 * of SMTPKeepAlive riding along. With chunking (RFC 3030), BDAT replaces
 * DATA and, for a message that fits one chunk, the whole transaction is one
 * write and one round trip.
 *
 * What differs from lockstep, on the wire only: commands PHPMailer would not
 * send after a failure (RCPTs after a refused MAIL, DATA when every
 * recipient was refused) have already gone; their replies are read and
 * shown, and change nothing.
 */
static bool pipelined_transaction(send_state *st, zend_object *smtp, bool chunking, bool rset_ahead)
{
	static const zend_long mail_expect = 250, rcpt_expect[] = {250, 251};
	zend_object *obj = st->obj;
	zend_string *line;
	bool ok, bdat_now, queued_ok = true, rset_queued = false;

	/*
	 * BDAT goes with the envelope when the message is a small string, and the
	 * transcript (SMTPDebug) would not show its lines before the commands.
	 */
	bdat_now = chunking && st->body && ZSTR_LEN(st->head) + ZSTR_LEN(st->body) < SMTP_BDAT_CHUNK / 2
		&& zval_get_long(MPROP(obj, SMTPDebug)) <= 0 && !SMTP_OVERRIDDEN(smtp, "edebug");
	line = smtp_client_mail_line(smtp, st->from,
		chunking && smtp_client_may_binarymime(smtp) && has_binary_part(obj) ? " BODY=BINARYMIME" : NULL);
	queued_ok = smtp_client_queue(smtp, ZSTR_VAL(line), ZSTR_LEN(line));
	zend_string_release(line);
	FOREACH_RECIPIENT(obj, address, name, {
		zend_string *a = zval_get_string(address), *dsn = zval_get_string(MPROP(obj, dsn));

		line = smtp_client_rcpt_line(smtp, a, dsn);
		queued_ok = queued_ok && smtp_client_queue(smtp, ZSTR_VAL(line), ZSTR_LEN(line));
		zend_string_release(line);
		zend_string_release(dsn);
		zend_string_release(a);
	});
	if (!chunking) {
		queued_ok = queued_ok && smtp_client_queue(smtp, "DATA", 4);
	} else if (bdat_now && queued_ok) {
		/* The whole transaction in one write: the replies say what became of it. */
		if (smtp_client_content_begin(smtp, true) && write_content(st, smtp) && smtp_client_content_finish(smtp)) {
			rset_queued = rset_ahead && smtp_client_queue(smtp, "RSET", 4);
		}
	}
	if (queued_ok) {
		smtp_client_flush(smtp);
	}

	if (!smtp_client_take(smtp, "MAIL FROM", &mail_expect, 1)) {
		/* The RSET sent ahead stays for the reset() that follows a failure. */
		while (smtp_client_pending(smtp) > (size_t)rset_queued) {
			smtp_client_skip(smtp);
		}
		from_failed(st);
		return false;
	}
	FOREACH_RECIPIENT(obj, address, name, {
		bool sent = smtp_client_take(smtp, "RCPT TO", rcpt_expect, 2);

		file_recipient(st, address, name, sent);
	});
	if (EG(exception)) {
		return false;
	}
	if (st->all <= st->bad_count) {
		/* PHPMailer would not have sent DATA (nor the content). */
		while (smtp_client_pending(smtp) > (size_t)rset_queued) {
			smtp_client_skip(smtp);
		}
		return true;
	}
	if (!chunking) {
		static const zend_long data_expect = 354;

		if (!smtp_client_take(smtp, "DATA", &data_expect, 1)) {
			throw_lang_critical(obj, "data_not_accepted");
			return false;
		}
		ok = smtp_client_content_begin(smtp, false) && send_content(st, smtp, rset_ahead);
	} else if (!bdat_now) {
		ok = smtp_client_content_begin(smtp, true) && send_content(st, smtp, rset_ahead);
	} else {
		ok = smtp_client_content_verdict(smtp, true);
	}
	if (EG(exception)) {
		return false;
	}
	if (!ok) {
		throw_lang_critical(obj, "data_not_accepted");
		return false;
	}
	return true;
}

/* 5.2's envelope sender: Sender when it is set and valid, else From. */
static zend_string *v5_envelope_sender(zend_object *obj)
{
	zval *sender = MPROP(obj, Sender);

	if (zend_is_true(sender)) {
		zend_string *s = zval_get_string(sender);

		if (mailer_validate_address(obj->ce, s, NULL)) {
			return s;
		}
		zend_string_release(s);
	}
	return zval_get_string(MPROP(obj, From));
}

static zend_string *envelope_sender(zend_object *obj, bool v5)
{
	return v5 ? v5_envelope_sender(obj) : Z_TYPE_P(MPROP(obj, Sender)) == IS_STRING
		&& Z_STRLEN_P(MPROP(obj, Sender)) == 0 ? zval_get_string(MPROP(obj, From)) : zval_get_string(MPROP(obj, Sender));
}

static bool smtp_send_impl(zend_object *obj, zend_string *header, zend_string *body)
{
	zend_string *le = mailer_le_str(obj), *stripped;
	send_state st;
	zval arg, txid, *smtp;
	smtp_options opts;
	bool ok = false, done;

	memset(&st, 0, sizeof(st));
	st.obj = obj;
	st.v5 = mailer_is_v5(obj);
	stripped = mailer_strip_trailing_wsp(header);
	if (!smtp_connect(obj, MPROP(obj, SMTPOptions))) {
		if (mailer_outbox_enabled(obj)) {
			zend_string *from, *head = zend_string_concat3(ZSTR_VAL(stripped), ZSTR_LEN(stripped), ZSTR_VAL(le),
				ZSTR_LEN(le), ZSTR_VAL(le), ZSTR_LEN(le));

			/* smtpConnect() may have thrown already; the sender's validation may call PHP. */
			zend_exception_save();
			from = envelope_sender(obj, st.v5);
			zend_exception_restore();
			mailer_outbox_spool_if_transient(obj, from, head, body);
			zend_string_release(head);
			zend_string_release(from);
		}
		throw_lang_critical(obj, "smtp_connect_failed");
		zend_string_release(stripped);
		zend_string_release(le);
		return false;
	}
	/* Unicode local parts need a server that takes SMTPUTF8. */
	if (!st.v5 && zend_is_true(MPROP(obj, UseSMTPUTF8))) {
		zval ext;

		ZVAL_STRING(&arg, "SMTPUTF8");
		ZVAL_UNDEF(&ext);
		if (!mailer_smtp_do(obj, "getServerExt", &ext, 1, &arg) || !zend_is_true(&ext)) {
			zval_ptr_dtor(&ext);
			zval_ptr_dtor(&arg);
			if (!EG(exception)) {
				zend_string *msg = mailer_lang(obj, "no_smtputf8");

				smtp_throw(msg, STOP_CRITICAL);
				zend_string_release(msg);
			}
			zend_string_release(stripped);
			zend_string_release(le);
			return false;
		}
		zval_ptr_dtor(&ext);
		zval_ptr_dtor(&arg);
	}
	if (!st.v5 && Z_TYPE_P(MPROP(obj, SMTPXClient)) == IS_ARRAY
		&& zend_hash_num_elements(Z_ARRVAL_P(MPROP(obj, SMTPXClient)))) {
		ZVAL_COPY(&arg, MPROP(obj, SMTPXClient));
		mailer_smtp_do(obj, "xclient", NULL, 1, &arg);
		zval_ptr_dtor(&arg);
	}
	if (body) {
		st.body = zend_string_copy(body);
	} else if (!(st.streamed = mailer_stream_acquire(obj))) {
		st.body = zval_get_string(MPROP(obj, MIMEBody));
	}
	/* SIZE, BODY, DSN RET/ENVID/ORCPT and REQUIRETLS, where SMTPOptions['smtp'] asks for them. */
	if (!EG(exception) && Z_TYPE_P(MPROP(obj, smtp)) == IS_OBJECT
		&& !mailer_envelope_prepare(obj, Z_OBJ_P(MPROP(obj, smtp)), stripped, st.body)) {
		mailer_streamed_release(st.streamed);
		if (st.body) {
			zend_string_release(st.body);
		}
		zend_string_release(stripped);
		zend_string_release(le);
		return false;
	}
	/*
	 * 5.2 sends $header . $body, its header block ending with the blank
	 * line getMailMIME() writes: the same bytes as below (and still right
	 * after a DKIM-Signature, which 5.2 itself leaves without that line).
	 */
	st.from = envelope_sender(obj, st.v5);
	st.head = zend_string_concat3(ZSTR_VAL(stripped), ZSTR_LEN(stripped), ZSTR_VAL(le), ZSTR_LEN(le),
		ZSTR_VAL(le), ZSTR_LEN(le));
	st.all = Z_TYPE_P(MPROP(obj, all_recipients)) == IS_ARRAY
		? zend_hash_num_elements(Z_ARRVAL_P(MPROP(obj, all_recipients))) : 0;
	array_init(&st.callbacks);

	smtp = MPROP(obj, smtp);
	smtp_options_resolve(&opts, MPROP(obj, SMTPOptions));
	if (!EG(exception) && opts.pipelining && !st.v5 && Z_TYPE_P(smtp) == IS_OBJECT && smtp_client_may_pipeline(Z_OBJ_P(smtp))
		&& st.all > 0 && !envelope_has_line_break(obj, st.from)) {
		zend_object *o = Z_OBJ_P(smtp);
		bool keep = zend_is_true(MPROP(obj, SMTPKeepAlive));

		GC_ADDREF(o);
		done = pipelined_transaction(&st, o, opts.chunking && smtp_client_may_chunk(o),
			keep && !SMTP_OVERRIDDEN(o, "reset"));
		OBJ_RELEASE(o);
	} else {
		done = !EG(exception) && lockstep_transaction(&st);
	}
	if (!done || EG(exception)) {
		goto out;
	}

	ZVAL_UNDEF(&txid);
	if (!st.v5) {
		mailer_smtp_do(obj, "getLastTransactionID", &txid, 0, NULL);
	}
	if (zend_is_true(MPROP(obj, SMTPKeepAlive))) {
		mailer_smtp_test(obj, "reset", 0, NULL);
	} else if (!park(obj)) {
		mailer_smtp_test(obj, "quit", 0, NULL);
		mailer_smtp_do(obj, "close", NULL, 0, NULL);
	}
	{
		zval *cb, extra, empty, zbody;

		array_init_size(&extra, 1);
		Z_TRY_ADDREF(txid);
		add_assoc_zval(&extra, "smtp_transaction_id", Z_TYPE(txid) == IS_UNDEF ? &EG(uninitialized_zval) : &txid);
		array_init(&empty);
		if (st.body) {
			ZVAL_STR_COPY(&zbody, st.body);
		} else if (zend_hash_num_elements(Z_ARRVAL(st.callbacks))
			&& (zend_is_true(MPROP(obj, action_function)) || SMTP_OVERRIDDEN(obj, "docallback"))) {
			/* The callback gets the body as a string: now it is rendered. */
			ZVAL_COPY(&zbody, MPROP(obj, MIMEBody));
		} else {
			ZVAL_EMPTY_STRING(&zbody);
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(st.callbacks), cb) {
			zval to;

			single_recipient(&to, zend_hash_str_find(Z_ARRVAL_P(cb), "to", 2),
				zend_hash_str_find(Z_ARRVAL_P(cb), "name", 4));
			mailer_do_callback(obj, zend_is_true(zend_hash_str_find(Z_ARRVAL_P(cb), "issent", 6)), &to, &empty, &empty,
				&zbody, &extra);
			zval_ptr_dtor(&to);
		} ZEND_HASH_FOREACH_END();
		zval_ptr_dtor(&zbody);
		zval_ptr_dtor(&empty);
		zval_ptr_dtor(&extra);
	}
	zval_ptr_dtor(&txid);
	if (!EG(exception) && st.bad_count > 0) {
		zend_string *label = mailer_lang(obj, "recipients_failed"), *msg;

		smart_str_0(&st.bad);
		msg = zend_string_concat2(ZSTR_VAL(label), ZSTR_LEN(label), ZSTR_VAL(st.bad.s), ZSTR_LEN(st.bad.s));
		smtp_throw(msg, STOP_CONTINUE);
		zend_string_release(msg);
		zend_string_release(label);
	} else {
		ok = !EG(exception);
	}
out:
	/* Nothing was delivered (the transaction failed, or every recipient was refused): the outbox may keep it. */
	if (!ok && !st.file_error && (!done || st.bad_count >= st.all)) {
		mailer_outbox_spool_if_transient(obj, st.from, st.head, st.body);
	}
	zval_ptr_dtor(&st.callbacks);
	smart_str_free(&st.bad);
	zend_string_release(st.from);
	zend_string_release(st.head);
	if (st.body) {
		zend_string_release(st.body);
	}
	if (st.file_error) {
		zend_string_release(st.file_error);
	}
	mailer_streamed_release(st.streamed);
	zend_string_release(stripped);
	zend_string_release(le);
	return ok;
}

bool mailer_smtp_send(zend_object *obj, zend_string *header)
{
	return smtp_send_impl(obj, header, NULL);
}

PHP_METHOD(Smtp_Engine_MailerBase, smtpSend)
{
	mailer_transport_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, smtp_send_impl);
}

/* }}} */
