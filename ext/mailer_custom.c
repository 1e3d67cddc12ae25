/*
 * mailer_custom.c - custom header lines: $CustomHeader, a list of
 * [name, value] pairs written after PHPMailer's own headers.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"

#include "mailer.h"
#include "smtp_errors.h"

/* The arguments as PHPMailer reads them: "Name: value" in $name alone is split at the first ':'. */
typedef struct header_args {
	zend_string *name;
	zend_string *value;   /* NULL when no value was given */
} header_args;

/* The (name, value) arguments of the three methods, read as PHPMailer reads them; false when parsing threw. */
static bool header_args_parse(INTERNAL_FUNCTION_PARAMETERS, header_args *h)
{
	zend_string *name, *raw_value = NULL, *raw_name;
	zval *value = NULL;
	const char *colon;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END_EX(return false);

	colon = memchr(ZSTR_VAL(name), ':', ZSTR_LEN(name));

	if ((!value || Z_TYPE_P(value) == IS_NULL) && colon) {
		raw_name = zend_string_init(ZSTR_VAL(name), colon - ZSTR_VAL(name), 0);
		raw_value = zend_string_init(colon + 1, ZSTR_VAL(name) + ZSTR_LEN(name) - colon - 1, 0);
	} else {
		raw_name = zend_string_copy(name);
		if (value && Z_TYPE_P(value) != IS_NULL) {
			raw_value = zval_get_string(value);
		}
	}
	h->name = php_trim(raw_name, NULL, 0, 3);
	h->value = raw_value ? php_trim(raw_value, NULL, 0, 3) : NULL;
	zend_string_release(raw_name);
	if (raw_value) {
		zend_string_release(raw_value);
	}
	return true;
}

static void header_args_free(header_args *h)
{
	zend_string_release(h->name);
	if (h->value) {
		zend_string_release(h->value);
	}
}

static bool has_break(zend_string *name, zend_string *value)
{
	return memchr(ZSTR_VAL(name), '\r', ZSTR_LEN(name)) || memchr(ZSTR_VAL(name), '\n', ZSTR_LEN(name))
		|| memchr(ZSTR_VAL(value), '\r', ZSTR_LEN(value)) || memchr(ZSTR_VAL(value), '\n', ZSTR_LEN(value));
}

/* "Invalid header name or value": thrown in exception mode (without touching ErrorInfo), else false. */
static bool invalid_header(zend_object *obj)
{
	if (mailer_exceptions(obj)) {
		zend_string *msg = mailer_lang(obj, "invalid_header");

		smtp_throw(msg, STOP_MESSAGE);
		zend_string_release(msg);
	}
	return false;
}

static void pair_zval(zval *out, zend_string *name, zend_string *value)
{
	array_init_size(out, 2);
	add_next_index_str(out, zend_string_copy(name));
	add_next_index_str(out, zend_string_copy(value));
}

/* $pair[0] == $name, PHP's loose comparison. */
static bool pair_field_equals(zval *pair, zend_ulong i, zend_string *s)
{
	zval *field, zs;

	if (Z_TYPE_P(pair) != IS_ARRAY || !(field = zend_hash_index_find(Z_ARRVAL_P(pair), i))) {
		return false;
	}
	ZVAL_STR(&zs, s);
	return zend_compare(field, &zs) == 0;
}

PHP_METHOD(Smtp_Engine_MailerBase, addCustomHeader)
{
	zval pair;
	header_args h;
	zend_string *v;

	if (!header_args_parse(INTERNAL_FUNCTION_PARAM_PASSTHRU, &h)) {
		RETURN_THROWS();
	}
	v = h.value ? h.value : ZSTR_EMPTY_ALLOC();
	if (ZSTR_LEN(h.name) == 0 || zend_string_equals_literal(h.name, "0") || has_break(h.name, v)) {
		header_args_free(&h);
		invalid_header(THIS_OBJ);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	pair_zval(&pair, h.name, v);
	zend_hash_next_index_insert(MPROP_ARRAY(THIS_OBJ, CustomHeader), &pair);
	header_args_free(&h);
	RETURN_TRUE;
}

PHP_METHOD(Smtp_Engine_MailerBase, getCustomHeaders)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(MPROP(THIS_OBJ, CustomHeader));
}

PHP_METHOD(Smtp_Engine_MailerBase, clearCustomHeaders)
{
	zval empty;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(&empty);
	MPROP_SET(THIS_OBJ, CustomHeader, &empty);
}

/* Every header of that name (and, when given, that value) goes; keys are kept. */
PHP_METHOD(Smtp_Engine_MailerBase, clearCustomHeader)
{
	zval *pair;
	header_args h;
	HashTable *headers;
	zend_ulong key;

	if (!header_args_parse(INTERNAL_FUNCTION_PARAM_PASSTHRU, &h)) {
		RETURN_THROWS();
	}
	headers = MPROP_ARRAY(THIS_OBJ, CustomHeader);
	ZEND_HASH_FOREACH_NUM_KEY_VAL(headers, key, pair) {
		if (pair_field_equals(pair, 0, h.name) && (!h.value || pair_field_equals(pair, 1, h.value))) {
			zend_hash_index_del(headers, key);
		}
	} ZEND_HASH_FOREACH_END();
	header_args_free(&h);
	RETURN_TRUE;
}

/* The first header of that name gets the new value, later ones go; none is added. */
PHP_METHOD(Smtp_Engine_MailerBase, replaceCustomHeader)
{
	zend_string *v;
	zval *pair;
	header_args h;
	HashTable *headers;
	zend_ulong key;
	bool replaced = false;

	if (!header_args_parse(INTERNAL_FUNCTION_PARAM_PASSTHRU, &h)) {
		RETURN_THROWS();
	}
	v = h.value ? h.value : ZSTR_EMPTY_ALLOC();
	headers = MPROP_ARRAY(THIS_OBJ, CustomHeader);
	ZEND_HASH_FOREACH_NUM_KEY_VAL(headers, key, pair) {
		if (!pair_field_equals(pair, 0, h.name)) {
			continue;
		}
		if (replaced) {
			zend_hash_index_del(headers, key);
			continue;
		}
		if (has_break(h.name, v)) {
			header_args_free(&h);
			invalid_header(THIS_OBJ);
			if (EG(exception)) {
				RETURN_THROWS();
			}
			RETURN_FALSE;
		}
		{
			zval fresh;

			pair_zval(&fresh, h.name, v);
			zend_hash_index_update(headers, key, &fresh);
		}
		replaced = true;
	} ZEND_HASH_FOREACH_END();
	header_args_free(&h);
	RETURN_TRUE;
}
