/*
 * mailer.c - Smtp\Engine\MailerBase (with PHPMailer6 and PHPMailer7): the
 * class, its life cycle, and the error, debug and settings methods every
 * other part of it uses.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "SAPI.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"

#include "mailer.h"
#include "mailer5.h"
#include "mailer_stream.h"
#include "smtp_debug.h"
#include "smtp_errors.h"

#include "mailer_arginfo.h"

zend_class_entry *smtp_ce_mailer_base;
zend_class_entry *smtp_ce_phpmailer6;
zend_class_entry *smtp_ce_phpmailer7;

/* The name of the static $LE property. */
static zend_string *str_le;

/* {{{ errors and debug output */

void mailer_debug(zend_object *obj, zend_string *str)
{
	zend_long level;

	if (SMTP_OVERRIDDEN(obj, "edebug")) {
		zval arg;

		ZVAL_STR_COPY(&arg, str);
		SMTP_CALL(obj, "edebug", NULL, 1, &arg);
		zval_ptr_dtor(&arg);
		return;
	}
	level = zval_get_long(MPROP(obj, SMTPDebug));
	if (level <= 0) {
		return;
	}
	smtp_debug_emit(MPROP(obj, Debugoutput), SMTP_DEBUG_MAILER, ZSTR_VAL(str), ZSTR_LEN(str), level);
}

PHP_METHOD(Smtp_Engine_MailerBase, edebug)
{
	zend_string *str;
	zend_long level;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(str)
	ZEND_PARSE_PARAMETERS_END();

	level = zval_get_long(MPROP(THIS_OBJ, SMTPDebug));
	if (level > 0) {
		smtp_debug_emit(MPROP(THIS_OBJ, Debugoutput), SMTP_DEBUG_MAILER, ZSTR_VAL(str), ZSTR_LEN(str), level);
	}
}

/* Appends " <lang(key)><value>" when value is not empty(). */
static void append_smtp_detail(smart_str *msg, zend_object *obj, const char *key, zval *error, const char *field)
{
	zval *value = zend_hash_str_find(Z_ARRVAL_P(error), field, strlen(field));
	zend_string *label, *text;

	if (!value || !zend_is_true(value)) {
		return;
	}
	label = mailer_lang(obj, key);
	text = zval_get_string(value);
	smart_str_appendc(msg, ' ');
	smart_str_append(msg, label);
	smart_str_append(msg, text);
	zend_string_release(label);
	zend_string_release(text);
}

static void set_error_impl(zend_object *obj, zend_string *msg)
{
	zval *smtp = MPROP(obj, smtp), *mailer = MPROP(obj, Mailer);
	smart_str full = {0};

	MPROP_SET_LONG(obj, error_count, zval_get_long(MPROP(obj, error_count)) + 1);
	smart_str_append(&full, msg);
	if (Z_TYPE_P(mailer) == IS_STRING && zend_string_equals_literal(Z_STR_P(mailer), "smtp")
		&& Z_TYPE_P(smtp) == IS_OBJECT) {
		zval error;

		ZVAL_UNDEF(&error);
		if (smtp_call(Z_OBJ_P(smtp), "geterror", sizeof("geterror") - 1, &error, 0, NULL)
			&& Z_TYPE(error) == IS_ARRAY) {
			zval *first = zend_hash_str_find(Z_ARRVAL(error), "error", sizeof("error") - 1);

			if (first && zend_is_true(first)) {
				append_smtp_detail(&full, obj, "smtp_error", &error, "error");
				append_smtp_detail(&full, obj, "smtp_detail", &error, "detail");
				append_smtp_detail(&full, obj, "smtp_code", &error, "smtp_code");
				append_smtp_detail(&full, obj, "smtp_code_ex", &error, "smtp_code_ex");
			}
		}
		zval_ptr_dtor(&error);
	}
	smart_str_0(&full);
	MPROP_SET_ZSTR(obj, ErrorInfo, full.s);
	smart_str_free(&full);
}

void mailer_set_error(zend_object *obj, zend_string *msg)
{
	if (SMTP_OVERRIDDEN(obj, "seterror")) {
		zval arg;

		ZVAL_STR_COPY(&arg, msg);
		SMTP_CALL(obj, "seterror", NULL, 1, &arg);
		zval_ptr_dtor(&arg);
		return;
	}
	set_error_impl(obj, msg);
}

PHP_METHOD(Smtp_Engine_MailerBase, setError)
{
	zend_string *msg;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(msg)
	ZEND_PARSE_PARAMETERS_END();

	set_error_impl(THIS_OBJ, msg);
}

bool mailer_fail(zend_object *obj, zend_string *msg, zend_long code)
{
	mailer_set_error(obj, msg);
	mailer_debug(obj, msg);
	if (!EG(exception) && mailer_exceptions(obj)) {
		smtp_throw(msg, code);
	}
	return false;
}

PHP_METHOD(Smtp_Engine_MailerBase, isError)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(zval_get_long(MPROP(THIS_OBJ, error_count)) > 0);
}

zend_string *mailer_lang_concat(zend_object *obj, const char *key, const char *suffix, size_t suffix_len)
{
	zend_string *label = mailer_lang(obj, key);
	zend_string *result = zend_string_concat2(ZSTR_VAL(label), ZSTR_LEN(label), suffix, suffix_len);

	zend_string_release(label);
	return result;
}

/* }}} */

/* {{{ $LE */

zend_string *mailer_le_str_ce(zend_class_entry *ce)
{
	zval *le;

	/* 5.2 has no static $LE; its static helpers (normalizeBreaks()) default to CRLF. */
	if (smtp_ce_is_v5(ce)) {
		return ZSTR_INIT_LITERAL("\r\n", 0);
	}
	le = smtp_static_prop(ce, str_le);
	if (!le || Z_TYPE_P(le) != IS_STRING) {
		return ZSTR_INIT_LITERAL("\r\n", 0);
	}
	return zend_string_copy(Z_STR_P(le));
}

zend_string *mailer_le_str(zend_object *obj)
{
	return mailer_is_v5(obj) ? mailer5_le_str(obj) : mailer_le_str_ce(obj->ce);
}

mime_le mailer_le(zend_object *obj)
{
	zval *le;

	if (mailer_is_v5(obj)) {
		return mailer5_le(obj);
	}
	le = smtp_static_prop(obj->ce, str_le);

	if (le && Z_TYPE_P(le) == IS_STRING && zend_string_equals_literal(Z_STR_P(le), "\n")) {
		return MIME_LE_LF;
	}
	/* A $LE of anything else than "\n" is treated as CRLF, the SMTP line ending. */
	return MIME_LE_CRLF;
}

void mailer_set_le(zend_class_entry *ce, const char *le)
{
	zval value;

	ZVAL_STRING(&value, le);
	zend_update_static_property_ex(ce, str_le, &value);
	zval_ptr_dtor(&value);
}

zend_class_entry *mailer_source_class(zend_class_entry *ce)
{
	zend_class_entry *source = ce;

	for (; ce; ce = ce->parent) {
		if (ce->type == ZEND_USER_CLASS && ce->parent && ce->parent->type == ZEND_INTERNAL_CLASS) {
			source = ce;
		}
	}
	return source;
}

zend_string *mailer_version(zend_class_entry *ce)
{
	zend_class_constant *c = zend_hash_str_find_ptr(&mailer_source_class(ce)->constants_table,
		"VERSION", sizeof("VERSION") - 1);

	if (c && Z_TYPE(c->value) == IS_CONSTANT_AST) {
		zval_update_constant_ex(&c->value, c->ce);
	}
	if (c && Z_TYPE(c->value) == IS_STRING) {
		return zend_string_copy(Z_STR(c->value));
	}
	return ZSTR_INIT_LITERAL("6.12.0", 0);
}

bool mailer_is_mail_transport(zend_object *obj)
{
	zval *mailer = MPROP(obj, Mailer);

	return Z_TYPE_P(mailer) == IS_STRING && zend_string_equals_literal(Z_STR_P(mailer), "mail");
}

/* }}} */

/* {{{ life cycle and settings */

PHP_METHOD(Smtp_Engine_MailerBase, __construct)
{
	zval *exceptions = NULL;
	bool cli;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(exceptions)
	ZEND_PARSE_PARAMETERS_END();

	if (exceptions && Z_TYPE_P(exceptions) != IS_NULL) {
		MPROP_SET_BOOL(THIS_OBJ, exceptions, zend_is_true(exceptions));
	}
	cli = sapi_module.name && strstr(sapi_module.name, "cli") != NULL;
	if (cli) {
		MPROP_SET_LITERAL(THIS_OBJ, Debugoutput, "echo");
	} else {
		MPROP_SET_LITERAL(THIS_OBJ, Debugoutput, "html");
	}
}

PHP_METHOD(Smtp_Engine_MailerBase, __destruct)
{
	ZEND_PARSE_PARAMETERS_NONE();
	mailer_smtp_close(THIS_OBJ);
}

PHP_METHOD(Smtp_Engine_MailerBase, isHTML)
{
	zval *is_html = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(is_html)
	ZEND_PARSE_PARAMETERS_END();

	if (!is_html || zend_is_true(is_html)) {
		MPROP_SET_LITERAL(THIS_OBJ, ContentType, "text/html");
	} else {
		MPROP_SET_LITERAL(THIS_OBJ, ContentType, "text/plain");
	}
}

PHP_METHOD(Smtp_Engine_MailerBase, isSMTP)
{
	ZEND_PARSE_PARAMETERS_NONE();
	MPROP_SET_LITERAL(THIS_OBJ, Mailer, "smtp");
}

PHP_METHOD(Smtp_Engine_MailerBase, isMail)
{
	ZEND_PARSE_PARAMETERS_NONE();
	MPROP_SET_LITERAL(THIS_OBJ, Mailer, "mail");
}

/*
 * isSendmail() and isQmail(): the binary from sendmail_path when it names
 * the program, else its usual place. 7.x takes the -f, -i, -oi and -t
 * options out of it (a -f address becomes Sender): it adds its own.
 */
static void select_sendmail(zend_object *obj, const char *program, const char *fallback, const char *mailer)
{
	char *path = INI_STR("sendmail_path");

	if (!path || !php_stristr(path, (char *)program, strlen(path), strlen(program))) {
		path = (char *)fallback;
	}
	if (mailer_is_v7(obj->ce)) {
		zend_string *parsed = mailer7_sendmail_path(obj, path, strlen(path));

		MPROP_SET_ZSTR(obj, Sendmail, parsed);
		zend_string_release(parsed);
	} else {
		MPROP_SET_STR(obj, Sendmail, path, strlen(path));
	}
	MPROP_SET_STR(obj, Mailer, mailer, strlen(mailer));
}

PHP_METHOD(Smtp_Engine_MailerBase, isSendmail)
{
	ZEND_PARSE_PARAMETERS_NONE();
	select_sendmail(THIS_OBJ, "sendmail", "/usr/sbin/sendmail", "sendmail");
}

PHP_METHOD(Smtp_Engine_MailerBase, isQmail)
{
	ZEND_PARSE_PARAMETERS_NONE();
	select_sendmail(THIS_OBJ, "qmail", "/var/qmail/bin/qmail-inject", "qmail");
}

PHP_METHOD(Smtp_Engine_MailerBase, set)
{
	zend_string *name;
	zval *value = NULL, empty;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	/* property_exists($this, $name): declared properties of any visibility, or dynamic ones. */
	if (zend_hash_exists(&THIS_OBJ->ce->properties_info, name)
		|| (THIS_OBJ->properties && zend_hash_exists(THIS_OBJ->properties, name))) {
		ZVAL_EMPTY_STRING(&empty);
		zend_update_property_ex(THIS_OBJ->ce, THIS_OBJ, name, value ? value : &empty);
		RETURN_TRUE;
	}
	{
		zend_string *msg = mailer_lang_concat(THIS_OBJ, "variable_set", ZSTR_VAL(name), ZSTR_LEN(name));

		mailer_set_error(THIS_OBJ, msg);
		zend_string_release(msg);
	}
	RETURN_FALSE;
}

PHP_METHOD(Smtp_Engine_MailerBase, getLastMessageID)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(MPROP(THIS_OBJ, lastMessageID));
}

PHP_METHOD(Smtp_Engine_MailerBase, getOAuth)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(MPROP(THIS_OBJ, oauth));
}

/* PHPMailer types the parameter with its own interface name, which is a user interface here. */
PHP_METHOD(Smtp_Engine_MailerBase, setOAuth)
{
	zend_string *name = zend_string_init("PHPMailer\\PHPMailer\\OAuthTokenProvider",
		sizeof("PHPMailer\\PHPMailer\\OAuthTokenProvider") - 1, 0);
	zend_class_entry *provider;
	zval *oauth;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(oauth)
	ZEND_PARSE_PARAMETERS_END();

	provider = zend_lookup_class(name);
	zend_string_release(name);
	if (Z_TYPE_P(oauth) != IS_OBJECT || !(instanceof_function(Z_OBJCE_P(oauth), smtp_ce_oauth_provider)
			|| (provider && instanceof_function(Z_OBJCE_P(oauth), provider)))) {
		if (!EG(exception)) {
			zend_argument_type_error(1, "must be of type PHPMailer\\PHPMailer\\OAuthTokenProvider, %s given",
				zend_zval_type_name(oauth));
		}
		RETURN_THROWS();
	}
	Z_ADDREF_P(oauth);
	MPROP_SET(THIS_OBJ, oauth, oauth);
}

PHP_METHOD(Smtp_Engine_MailerBase, setSMTPXclientAttribute)
{
	zend_string *name;
	zval *value, *allowed, *a;
	bool permitted = false;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(name)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	allowed = zend_read_static_property(smtp_ce_client, "xclient_allowed_attributes",
		sizeof("xclient_allowed_attributes") - 1, 0);
	if (allowed && Z_TYPE_P(allowed) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(allowed), a) {
			if (Z_TYPE_P(a) == IS_STRING && zend_string_equals(Z_STR_P(a), name)) {
				permitted = true;
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (!permitted) {
		RETURN_FALSE;
	}
	if (Z_TYPE_P(value) == IS_NULL) {
		HashTable *attrs = MPROP_ARRAY(THIS_OBJ, SMTPXClient);

		zend_symtable_del(attrs, name);
	} else {
		HashTable *attrs = MPROP_ARRAY(THIS_OBJ, SMTPXClient);

		Z_TRY_ADDREF_P(value);
		zend_symtable_update(attrs, name, value);
	}
	RETURN_TRUE;
}

PHP_METHOD(Smtp_Engine_MailerBase, getSMTPXclientAttributes)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(MPROP(THIS_OBJ, SMTPXClient));
}

/* }}} */

/* The defaults gen_stub.php cannot write: an array with content, a string with a line break. */
static void declare_defaults(void)
{
	static const char *const ical_methods[] = {
		"REQUEST", "PUBLISH", "REPLY", "ADD", "CANCEL", "REFRESH", "COUNTER", "DECLINECOUNTER",
	};
	zval value;

	smtp_persistent_list(&value, ical_methods, sizeof(ical_methods) / sizeof(ical_methods[0]));
	smtp_prop_set_default(smtp_ce_mailer_base, "IcalMethods", &value);
	ZVAL_INTERNED_STR(&value, zend_string_init_interned("\r\n", 2, 1));
	smtp_prop_set_default(smtp_ce_phpmailer6, "LE", &value);
	smtp_prop_set_default(smtp_ce_phpmailer7, "LE", &value);
}

void smtp_register_mailer_classes(void)
{
	smtp_ce_mailer_base = register_class_Smtp_Engine_MailerBase();
	/* Before the subclasses are registered: they inherit it. */
	mailer_stream_install(smtp_ce_mailer_base);
	smtp_ce_phpmailer6 = register_class_Smtp_Engine_PHPMailer6(smtp_ce_mailer_base);
	smtp_ce_phpmailer7 = register_class_Smtp_Engine_PHPMailer7(smtp_ce_mailer_base);
	str_le = zend_string_init_interned("LE", 2, 1);
	declare_defaults();
}
