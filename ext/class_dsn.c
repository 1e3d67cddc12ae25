/*
 * class_dsn.c - Smtp\Engine\DSNConfigurator: a PHPMailer object set up from a DSN.
 *
 * As PHPMailer 6.12's DSNConfigurator: parse_url() splits the DSN and
 * parse_str() its query, and the mailer is configured only through its
 * public properties and methods (isSMTP(), isMail()...), as PHP code
 * outside the class would, so any PHPMailer object will do. configure()
 * asks $this->parseUrl(), which a subclass may override; mailer() uses a
 * plain configurator, as PHPMailer's does.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_variables.h"
#include "SAPI.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include "php_smtp.h"
#include "smtp_call.h"
#include "smtp_errors.h"
#include "smtp_objects.h"

#include "dsn_configurator_arginfo.h"

zend_class_entry *smtp_ce_dsn;

static const char phpmailer_class[] = "PHPMailer\\PHPMailer\\PHPMailer";

/* The schemes in the order PHPMailer's switch tries them, and the method each one calls. */
static const struct {
	const char *name;
	const char *method;
} schemes[] = {
	{"mail", "ismail"},
	{"sendmail", "issendmail"},
	{"qmail", "isqmail"},
	{"smtp", "issmtp"},
	{"smtps", "issmtp"},
};

/* The properties a query cannot set, and the options cast on the way in. */
static const char *const reserved_options[] = {
	"Mailer", "SMTPAuth", "Username", "Password", "Hostname", "Port", "ErrorInfo",
};
static const char *const bool_options[] = {
	"AllowEmpty", "SMTPAutoTLS", "SMTPKeepAlive", "SingleTo", "UseSendmailOptions", "do_verp",
	"DKIM_copyHeaderFields",
};
static const char *const int_options[] = {"Priority", "SMTPDebug", "WordWrap"};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* {{{ helpers */

/* $config[key] when isset() says so, else NULL. */
static zval *config_get(zval *config, const char *key)
{
	zval *value;

	if (Z_TYPE_P(config) != IS_ARRAY || !(value = zend_hash_str_find_deref(Z_ARRVAL_P(config), key, strlen(key)))) {
		return NULL;
	}
	return Z_TYPE_P(value) == IS_NULL ? NULL : value;
}

/* $mailer->$name = $value; false when that threw. */
static bool set_property(zval *mailer, zend_string *name, zval *value)
{
	zend_update_property_ex(smtp_ce_dsn, Z_OBJ_P(mailer), name, value);
	return !EG(exception);
}

static bool set_property_str(zval *mailer, const char *name, zval *value)
{
	zend_string *zname = zend_string_init(name, strlen(name), 0);
	bool ok = set_property(mailer, zname, value);

	zend_string_release(zname);
	return ok;
}

static bool in_list(const char *const *list, size_t count, zend_string *name)
{
	size_t i;

	for (i = 0; i < count; i++) {
		if (zend_string_equals_cstr(name, list[i], strlen(list[i]))) {
			return true;
		}
	}
	return false;
}

/* }}} */

/* {{{ parseDSN() */

/* $this->parseUrl($dsn), or parse_url() itself when there is no configurator object. */
static bool parse_url(zend_object *self, zval *dsn, zval *config)
{
	if (self) {
		return SMTP_CALL(self, "parseurl", config, 1, dsn);
	}
	return smtp_call_function("parse_url", config, 1, dsn);
}

/* parse_str($config['query'], $config['query']) */
static void parse_query(zval *config, zval *query)
{
	zend_string *text = zval_get_string(query);
	zval parsed;

	array_init(&parsed);
	/* What parse_str() does: the SAPI's parser frees the copy it is given. */
	sapi_module.treat_data(PARSE_STRING, estrndup(ZSTR_VAL(text), ZSTR_LEN(text)), &parsed);
	zend_string_release(text);
	SEPARATE_ARRAY(config);
	zend_hash_str_update(Z_ARRVAL_P(config), "query", sizeof("query") - 1, &parsed);
}

static bool parse_dsn(zend_object *self, zval *dsn, zval *config)
{
	zval *query;

	if (!parse_url(self, dsn, config)) {
		return false;
	}
	if (Z_TYPE_P(config) == IS_FALSE || !config_get(config, "scheme") || !config_get(config, "host")) {
		smtp_throw_cstr("Malformed DSN", sizeof("Malformed DSN") - 1, 0);
		return false;
	}
	if ((query = config_get(config, "query"))) {
		parse_query(config, query);
	}
	return true;
}

/* }}} */

/* {{{ applyConfig() */

static bool configure_smtp(zval *mailer, zval *config, bool smtps)
{
	zval *port = config_get(config, "port"), *user = config_get(config, "user"), *pass = config_get(config, "pass");
	zval value;
	bool ok;

	if (smtps) {
		/* 6.12 sets 'tls' here, PHPMailer::ENCRYPTION_STARTTLS, and port 465 below: kept as it is. */
		ZVAL_STRINGL(&value, "tls", 3);
		ok = set_property_str(mailer, "SMTPSecure", &value);
		zval_ptr_dtor(&value);
		if (!ok) {
			return false;
		}
	}
	if (!set_property_str(mailer, "Host", config_get(config, "host"))) {
		return false;
	}
	if (port || smtps) {
		ZVAL_LONG(&value, 465);
		if (!set_property_str(mailer, "Port", port ? port : &value)) {
			return false;
		}
	}
	ZVAL_BOOL(&value, user || pass);
	return set_property_str(mailer, "SMTPAuth", &value)
		&& (!user || set_property_str(mailer, "Username", user))
		&& (!pass || set_property_str(mailer, "Password", pass));
}

/* The public properties of the mailer but the reserved ones, as get_object_vars() from outside lists them. */
static bool allowed_options(zval *mailer, zval *allowed)
{
	zval vars;
	zend_string *key;
	zend_ulong index;

	if (!smtp_call_function("get_object_vars", &vars, 1, mailer)) {
		zval_ptr_dtor(&vars);
		return false;
	}
	array_init(allowed);
	ZEND_HASH_FOREACH_KEY(Z_ARRVAL(vars), index, key) {
		if (!key) {
			add_next_index_long(allowed, (zend_long)index);
		} else if (!in_list(reserved_options, COUNT(reserved_options), key)) {
			add_next_index_str(allowed, zend_string_copy(key));
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&vars);
	return true;
}

/* in_array($key, $allowed), loosely. */
static bool is_allowed(zval *key, zval *allowed)
{
	zval *name;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(allowed), name) {
		if (fast_equal_check_function(key, name)) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

static void throw_unknown_option(zval *key, zval *allowed)
{
	zend_string *name = zval_get_string(key);
	smart_str text = {0};
	zval *option;
	bool first = true;

	smart_str_appends(&text, "Unknown option: \"");
	smart_str_append(&text, name);
	smart_str_appends(&text, "\". Allowed values: \"");
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(allowed), option) {
		zend_string *option_name = zval_get_string(option);

		if (!first) {
			smart_str_appends(&text, "\", \"");
		}
		smart_str_append(&text, option_name);
		zend_string_release(option_name);
		first = false;
	} ZEND_HASH_FOREACH_END();
	smart_str_appendc(&text, '"');
	smart_str_0(&text);
	smtp_throw(text.s, 0);
	smart_str_free(&text);
	zend_string_release(name);
}

/* $mailer->$key = $value, cast as PHPMailer casts the boolean and integer options. */
static bool set_option(zval *mailer, zval *key, zval *value)
{
	zend_string *name = zval_get_string(key);
	zval cast;
	bool ok;

	if (Z_TYPE_P(key) == IS_STRING && in_list(bool_options, COUNT(bool_options), name)) {
		ZVAL_BOOL(&cast, zend_is_true(value));
	} else if (Z_TYPE_P(key) == IS_STRING && in_list(int_options, COUNT(int_options), name)) {
		ZVAL_LONG(&cast, zval_get_long(value));
	} else {
		ZVAL_COPY_DEREF(&cast, value);
	}
	ok = set_property(mailer, name, &cast);
	zval_ptr_dtor(&cast);
	zend_string_release(name);
	return ok;
}

static bool configure_options(zval *mailer, zval *options)
{
	zval allowed, key, *value;
	zend_string *skey;
	zend_ulong index;
	bool ok = true;

	if (!allowed_options(mailer, &allowed)) {
		return false;
	}
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(options), index, skey, value) {
		if (skey) {
			ZVAL_STR(&key, skey);
		} else {
			ZVAL_LONG(&key, (zend_long)index);
		}
		if (!is_allowed(&key, &allowed)) {
			throw_unknown_option(&key, &allowed);
			ok = false;
			break;
		}
		if (!set_option(mailer, &key, value)) {
			ok = false;
			break;
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&allowed);
	return ok;
}

/* switch ($config['scheme']): the first scheme equal to it as == compares, or -1. */
static int scheme_index(zval *scheme)
{
	size_t i;

	for (i = 0; i < COUNT(schemes); i++) {
		zval name;
		bool equal;

		ZVAL_STRING(&name, schemes[i].name);
		equal = fast_equal_check_function(scheme, &name);
		zval_ptr_dtor(&name);
		if (equal) {
			return (int)i;
		}
	}
	return -1;
}

static bool apply_config(zval *mailer, zval *config)
{
	zval *scheme = config_get(config, "scheme"), *query;
	int i = scheme_index(scheme);
	bool smtps;

	if (i < 0) {
		zend_string *name = zval_get_string(scheme);
		zend_string *msg = zend_strpprintf(0,
			"Invalid scheme: \"%s\". Allowed values: \"mail\", \"sendmail\", \"qmail\", \"smtp\", \"smtps\".",
			ZSTR_VAL(name));

		smtp_throw(msg, 0);
		zend_string_release(msg);
		zend_string_release(name);
		return false;
	}
	if (!smtp_call(Z_OBJ_P(mailer), schemes[i].method, strlen(schemes[i].method), NULL, 0, NULL)) {
		return false;
	}
	/* 'smtps' === $config['scheme']: the switch matched loosely, this test is strict. */
	smtps = Z_TYPE_P(scheme) == IS_STRING && zend_string_equals_literal(Z_STR_P(scheme), "smtps");
	if (strncmp(schemes[i].name, "smtp", 4) == 0 && !configure_smtp(mailer, config, smtps)) {
		return false;
	}
	query = config_get(config, "query");
	return !query || configure_options(mailer, query);
}

/* }}} */

/* configure(): self is the configurator whose parseUrl() is asked, or NULL for mailer(). */
static bool configure(zend_object *self, zval *mailer, zval *dsn)
{
	zval config;
	bool ok;

	ok = parse_dsn(self, dsn, &config) && apply_config(mailer, &config);
	zval_ptr_dtor(&config);
	return ok;
}

/* {{{ PHP methods */

PHP_METHOD(Smtp_Engine_DSNConfigurator, mailer)
{
	zval *dsn, *exceptions = NULL, null;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(dsn)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(exceptions)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_NULL(&null);
	if (!smtp_new_object(return_value, phpmailer_class, 1, exceptions ? exceptions : &null)) {
		RETURN_THROWS();
	}
	if (!configure(NULL, return_value, dsn)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
}

PHP_METHOD(Smtp_Engine_DSNConfigurator, configure)
{
	zval *mailer, *dsn;
	zend_string *name;
	zend_class_entry *ce;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(mailer)
		Z_PARAM_ZVAL(dsn)
	ZEND_PARSE_PARAMETERS_END();

	/* The declared type, checked as PHP checks it: without autoloading. */
	name = zend_string_init(phpmailer_class, sizeof(phpmailer_class) - 1, 0);
	ce = zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
	zend_string_release(name);
	if (Z_TYPE_P(mailer) != IS_OBJECT || !ce || !instanceof_function(Z_OBJCE_P(mailer), ce)) {
		zend_argument_type_error(1, "must be of type %s, %s given", phpmailer_class, zend_zval_type_name(mailer));
		RETURN_THROWS();
	}
	if (configure(Z_OBJ_P(ZEND_THIS), mailer, dsn)) {
		RETURN_COPY(mailer);
	}
}

PHP_METHOD(Smtp_Engine_DSNConfigurator, parseUrl)
{
	zval *url;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(url)
	ZEND_PARSE_PARAMETERS_END();

	smtp_call_function("parse_url", return_value, 1, url);
}

/* }}} */

void smtp_register_dsn_class(void)
{
	smtp_ce_dsn = register_class_Smtp_Engine_DSNConfigurator();
}
