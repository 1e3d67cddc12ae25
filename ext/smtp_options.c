/*
 * smtp_options.c - smtp.* ini defaults and SMTPOptions['smtp'], resolved
 * into the settings of one send. See smtp_options.h and README.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_ini.h"

#include "php_smtp.h"
#include "smtp_options.h"
#include "smtp_props.h"

/*
 * Protocol choices may differ per virtual host (PERDIR); the pool bounds
 * belong to the worker process (SYSTEM).
 */
PHP_INI_BEGIN()
	STD_PHP_INI_BOOLEAN("smtp.pipelining", "1", PHP_INI_PERDIR, OnUpdateBool, opt_pipelining,
		zend_smtp_globals, smtp_globals)
	STD_PHP_INI_BOOLEAN("smtp.chunking", "0", PHP_INI_PERDIR, OnUpdateBool, opt_chunking,
		zend_smtp_globals, smtp_globals)
	STD_PHP_INI_BOOLEAN("smtp.persistent", "0", PHP_INI_PERDIR, OnUpdateBool, opt_persistent,
		zend_smtp_globals, smtp_globals)
	STD_PHP_INI_BOOLEAN("smtp.tls_resumption", "1", PHP_INI_PERDIR, OnUpdateBool, opt_tls_resumption,
		zend_smtp_globals, smtp_globals)
	STD_PHP_INI_ENTRY("smtp.outbox", "", PHP_INI_PERDIR, OnUpdateString, opt_outbox,
		zend_smtp_globals, smtp_globals)
	STD_PHP_INI_ENTRY("smtp.persistent_max", "4", PHP_INI_SYSTEM, OnUpdateLong, opt_persistent_max,
		zend_smtp_globals, smtp_globals)
	STD_PHP_INI_ENTRY("smtp.persistent_idle", "30", PHP_INI_SYSTEM, OnUpdateLong, opt_persistent_idle,
		zend_smtp_globals, smtp_globals)
PHP_INI_END()

static void read_flag(HashTable *opts, const char *key, bool *out)
{
	zval *v = zend_hash_str_find_deref(opts, key, strlen(key));

	if (v && Z_TYPE_P(v) != IS_NULL) {
		*out = zend_is_true(v);
	}
}

void smtp_options_resolve(smtp_options *out, zval *context)
{
	zval *smtp;

	out->pipelining = SMTP_G(opt_pipelining);
	out->chunking = SMTP_G(opt_chunking);
	out->persistent = SMTP_G(opt_persistent);
	out->tls_resumption = SMTP_G(opt_tls_resumption);
	if (!context) {
		return;
	}
	ZVAL_DEREF(context);
	if (Z_TYPE_P(context) != IS_ARRAY) {
		return;
	}
	smtp = zend_hash_str_find_deref(Z_ARRVAL_P(context), "smtp", sizeof("smtp") - 1);
	if (!smtp || Z_TYPE_P(smtp) != IS_ARRAY) {
		return;
	}
	read_flag(Z_ARRVAL_P(smtp), "pipelining", &out->pipelining);
	read_flag(Z_ARRVAL_P(smtp), "chunking", &out->chunking);
	read_flag(Z_ARRVAL_P(smtp), "persistent", &out->persistent);
	read_flag(Z_ARRVAL_P(smtp), "tls_resumption", &out->tls_resumption);
}

zend_long smtp_options_persistent_max(void)
{
	zend_long n = SMTP_G(opt_persistent_max);

	return n < 0 ? 0 : n > 64 ? 64 : n;
}

zend_long smtp_options_persistent_idle(void)
{
	zend_long n = SMTP_G(opt_persistent_idle);

	return n < 0 ? 0 : n;
}

zval *smtp_engine_option(zend_object *mailer, const char *name)
{
	zval *options = MPROP(mailer, SMTPOptions), *ours, *value;

	ZVAL_DEREF(options);
	if (Z_TYPE_P(options) != IS_ARRAY || !(ours = zend_hash_str_find_deref(Z_ARRVAL_P(options), "smtp", 4))
		|| Z_TYPE_P(ours) != IS_ARRAY || !(value = zend_hash_str_find_deref(Z_ARRVAL_P(ours), name, strlen(name)))
		|| Z_TYPE_P(value) == IS_NULL) {
		return NULL;
	}
	return value;
}

zend_string *smtp_options_outbox(zend_object *mailer)
{
	zval *value = smtp_engine_option(mailer, "outbox");
	const char *ini = SMTP_G(opt_outbox);

	if (value) {
		zend_string *dir = zval_get_string(value);

		if (ZSTR_LEN(dir)) {
			return dir;
		}
		zend_string_release(dir);
		return NULL;   /* '' turns the ini default off for this message */
	}
	return ini && *ini ? zend_string_init(ini, strlen(ini), 0) : NULL;
}

zend_array *smtp_engine_option_list(zend_object *mailer, const char *name)
{
	zval *value = smtp_engine_option(mailer, name), *item;
	zend_array *list;

	if (!value) {
		return NULL;
	}
	list = zend_new_array(0);
	if (Z_TYPE_P(value) == IS_ARRAY) {
		zend_string *key;

		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(value), key, item) {
			zval copy;

			ZVAL_STR(&copy, zval_get_string(item));
			if (key) {
				zend_hash_update(list, key, &copy);
			} else {
				zend_hash_next_index_insert(list, &copy);
			}
		} ZEND_HASH_FOREACH_END();
	} else {
		zval copy;

		ZVAL_STR(&copy, zval_get_string(value));
		zend_hash_next_index_insert(list, &copy);
	}
	return list;
}

void smtp_options_startup(int type, int module_number)
{
	REGISTER_INI_ENTRIES();
}

void smtp_options_shutdown(int type, int module_number)
{
	UNREGISTER_INI_ENTRIES();
}
