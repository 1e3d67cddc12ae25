/*
 * smtp_options.c - reading SMTPOptions['smtp'] (see smtp_options.h).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"

#include "smtp_options.h"
#include "smtp_props.h"

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
