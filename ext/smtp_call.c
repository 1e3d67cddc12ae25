/*
 * smtp_call.c - method and function calls from the engine into PHP.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/pcre/php_pcre.h"
#include "smtp_call.h"

zend_ulong smtp_ce_override_filter_of(zend_class_entry *ce)
{
	zval *known = zend_hash_index_find(&SMTP_G(override_filters), (zend_ulong)(uintptr_t)ce);
	zend_ulong filter = 0;

	if (known) {
		filter = (zend_ulong)Z_LVAL_P(known);
	} else {
		zend_string *lcname;
		zend_function *fn;
		zval zfilter;

		ZEND_HASH_FOREACH_STR_KEY_PTR(&ce->function_table, lcname, fn) {
			if (smtp_fn_overrides(fn)) {
				filter |= SMTP_NAME_BIT(ZSTR_VAL(lcname), ZSTR_LEN(lcname));
			}
		} ZEND_HASH_FOREACH_END();
		ZVAL_LONG(&zfilter, (zend_long)filter);
		zend_hash_index_add_new(&SMTP_G(override_filters), (zend_ulong)(uintptr_t)ce, &zfilter);
	}
	SMTP_G(override_last_ce) = ce;
	SMTP_G(override_last_filter) = filter;
	return filter;
}

void smtp_override_filters_reset(void)
{
	zend_hash_clean(&SMTP_G(override_filters));
	SMTP_G(override_last_ce) = NULL;
}

bool smtp_call(zend_object *obj, const char *lcname, size_t len, zval *retval,
	uint32_t argc, zval *argv)
{
	zend_function *fn = smtp_method(obj, lcname, len);
	zval ignored;

	ZEND_ASSERT(fn);
	zend_call_known_instance_method(fn, obj, retval ? retval : &ignored, argc, argv);
	if (!retval) {
		zval_ptr_dtor(&ignored);
	}
	return !EG(exception);
}

bool smtp_call_static(zend_class_entry *called_scope, const char *lcname, size_t len,
	zval *retval, uint32_t argc, zval *argv)
{
	zend_function *fn = zend_hash_str_find_ptr(&called_scope->function_table, lcname, len);
	zval ignored;

	ZEND_ASSERT(fn);
	zend_call_known_function(fn, NULL, called_scope, retval ? retval : &ignored, argc, argv, NULL);
	if (!retval) {
		zval_ptr_dtor(&ignored);
	}
	return !EG(exception);
}

bool smtp_call_bool(zend_object *obj, const char *lcname, size_t len, uint32_t argc, zval *argv)
{
	zval ret;
	bool result = smtp_call(obj, lcname, len, &ret, argc, argv) && zend_is_true(&ret);

	zval_ptr_dtor(&ret);
	return result;
}

bool smtp_call_static_bool(zend_class_entry *called_scope, const char *lcname, size_t len,
	uint32_t argc, zval *argv)
{
	zval ret;
	bool result = smtp_call_static(called_scope, lcname, len, &ret, argc, argv) && zend_is_true(&ret);

	zval_ptr_dtor(&ret);
	return result;
}

static zend_string *result_string(bool ok, zval *ret)
{
	zend_string *s = ok && Z_TYPE_P(ret) != IS_UNDEF ? zval_get_string(ret) : ZSTR_EMPTY_ALLOC();

	zval_ptr_dtor(ret);
	return s;
}

zend_string *smtp_call_str(zend_object *obj, const char *lcname, size_t len, uint32_t argc, zval *argv)
{
	zval ret;
	bool ok = smtp_call(obj, lcname, len, &ret, argc, argv);

	return result_string(ok, &ret);
}

zend_string *smtp_call_static_str(zend_class_entry *called_scope, const char *lcname, size_t len,
	uint32_t argc, zval *argv)
{
	zval ret;
	bool ok = smtp_call_static(called_scope, lcname, len, &ret, argc, argv);

	return result_string(ok, &ret);
}

bool smtp_call_function(const char *name, zval *retval, uint32_t argc, zval *argv)
{
	zend_function *fn = zend_hash_str_find_ptr(EG(function_table), name, strlen(name));

	ZVAL_UNDEF(retval);
	if (!fn) {
		return false;
	}
	zend_call_known_function(fn, NULL, NULL, retval, argc, argv, NULL);
	return !EG(exception);
}

/*
 * True when the pattern certainly does not match: the compiled pattern run
 * on its own, without the arrays preg_match() builds. Anything else (a
 * match, an error, a limit) is left to preg_match()'s own code.
 */
static bool certainly_no_match(pcre_cache_entry *pce, zend_string *subject)
{
	pcre2_code *re = php_pcre_pce_re(pce);
	pcre2_match_data *md = php_pcre_create_match_data(0, re);
	uint32_t options;
	int rc = PCRE2_ERROR_JIT_BADOPTION;

	if (!md) {
		return false;
	}
	/* The JIT code directly when there is some; it checks no UTF-8, so never for a /u pattern. */
	if (pcre2_pattern_info(re, PCRE2_INFO_ALLOPTIONS, &options) == 0 && !(options & PCRE2_UTF)) {
		rc = pcre2_jit_match(re, (PCRE2_SPTR)ZSTR_VAL(subject), ZSTR_LEN(subject), 0, 0, md, php_pcre_mctx());
	}
	if (rc == PCRE2_ERROR_JIT_BADOPTION) {
		rc = pcre2_match(re, (PCRE2_SPTR)ZSTR_VAL(subject), ZSTR_LEN(subject), 0, 0, md, php_pcre_mctx());
	}
	php_pcre_free_match_data(md);
	return rc == PCRE2_ERROR_NOMATCH;
}

int smtp_preg_match(zend_string *pattern, zend_string *subject, zval *matches)
{
	pcre_cache_entry *pce = pcre_get_compiled_regex_cache(pattern);
	zval result, ignored;

	if (!pce) {
		return -1;
	}
	if (certainly_no_match(pce, subject)) {
		/* What preg_match() leaves behind when nothing matches. */
		PCRE_G(error_code) = PHP_PCRE_NO_ERROR;
		if (matches) {
			ZVAL_EMPTY_ARRAY(matches);
		}
		return 0;
	}
	ZVAL_NULL(&ignored);
	if (matches) {
		ZVAL_NULL(matches);
	}
	/* Pinned, as preg_match() does, so the cache cannot drop it during the match. */
	php_pcre_pce_incref(pce);
	php_pcre_match_impl(pce, subject, &result, matches ? matches : &ignored, 0, 0, 0, 0);
	php_pcre_pce_decref(pce);
	if (!matches) {
		zval_ptr_dtor(&ignored);
	}
	return Z_TYPE(result) == IS_LONG ? (int)Z_LVAL(result) : -1;
}

static zend_long constant_value(const char *name)
{
	zval *c = zend_get_constant_str(name, strlen(name));

	return c ? zval_get_long(c) : 0;
}

bool smtp_filter_var(zend_string *value, const char *filter, const char *flag)
{
	zval args[3], ret;
	bool ok;

	ZVAL_STR(&args[0], value);
	ZVAL_LONG(&args[1], constant_value(filter));
	ZVAL_LONG(&args[2], flag ? constant_value(flag) : 0);
	ok = smtp_call_function("filter_var", &ret, 3, args) && Z_TYPE(ret) != IS_FALSE;
	zval_ptr_dtor(&ret);
	return ok;
}
