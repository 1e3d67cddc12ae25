/*
 * smtp_call.h - calling the engine's own overridable methods.
 *
 * PHPMailer's methods call each other through $this, so a subclass that
 * overrides preSend(), setError() or getSMTPInstance() changes what send()
 * does. The engine keeps that contract: where PHPMailer calls $this->x(),
 * the engine calls x through normal method dispatch when a PHP subclass
 * overrides it, and its C implementation directly when nobody does.
 */
#ifndef SMTP_CALL_H
#define SMTP_CALL_H

#include "php.h"
#include "php_smtp.h"

/* True for a method that overrides the engine's: written in PHP, or one of PHPMailer 5.2's classes. */
static zend_always_inline bool smtp_fn_overrides(zend_function *fn)
{
	return fn->type == ZEND_USER_FUNCTION
		|| (fn->common.scope && (fn->common.scope == smtp_ce_phpmailer5 || fn->common.scope == smtp_ce_client5));
}

/* The method obj's class would run for lcname (a lowercase name). */
static zend_always_inline zend_function *smtp_method(zend_object *obj, const char *lcname, size_t len)
{
	return zend_hash_str_find_ptr(&obj->ce->function_table, lcname, len);
}

/*
 * A filter of the method names a class may override: one bit per name,
 * picked from its length and first letter, set for every method of ce
 * that smtp_ce_overrides() would count. A clear bit answers "no" without
 * a look-up by name; a set one still looks. Kept per class for the
 * request (smtp_call.c).
 */
#define SMTP_NAME_BIT(lcname, len) \
	((zend_ulong)1 << (((len) * 5 + (unsigned char)(lcname)[0]) % (sizeof(zend_ulong) * CHAR_BIT)))

zend_ulong smtp_ce_override_filter_of(zend_class_entry *ce);

/* Forgets the filters: the classes of the last request are gone (RINIT). */
void smtp_override_filters_reset(void);

static zend_always_inline zend_ulong smtp_ce_override_filter(zend_class_entry *ce)
{
	return ce == SMTP_G(override_last_ce) ? SMTP_G(override_last_filter) : smtp_ce_override_filter_of(ce);
}

/*
 * True when the PHP class ce (a subclass) overrides the engine's method
 * lcname, static ones included. The classes of PHPMailer 5.2's API
 * (PHPMailer5, SMTP5) count as such subclasses: where they declare a
 * method of their own, the engine dispatches to it as it would to a
 * user's (ext/mailer5.h).
 */
static zend_always_inline bool smtp_ce_overrides(zend_class_entry *ce, const char *lcname, size_t len)
{
	zend_function *fn;

	if (!(smtp_ce_override_filter(ce) & SMTP_NAME_BIT(lcname, len))) {
		return false;
	}
	fn = zend_hash_str_find_ptr(&ce->function_table, lcname, len);
	return fn && smtp_fn_overrides(fn);
}

/* True when a PHP subclass overrides the engine's method lcname. */
static zend_always_inline bool smtp_overridden(zend_object *obj, const char *lcname, size_t len)
{
	return smtp_ce_overrides(obj->ce, lcname, len);
}

/*
 * True when a class written in PHP overrides lcname. For the helpers
 * PHPMailer 6.x calls while it builds a message: the 5.2 API classes,
 * which lay messages out their own way, do not count.
 */
static zend_always_inline bool smtp_user_overrides(zend_object *obj, const char *lcname, size_t len)
{
	zend_function *fn;

	if (!(smtp_ce_override_filter(obj->ce) & SMTP_NAME_BIT(lcname, len))) {
		return false;
	}
	fn = zend_hash_str_find_ptr(&obj->ce->function_table, lcname, len);
	return fn && fn->type == ZEND_USER_FUNCTION;
}

/*
 * $obj->method(...argv) through dispatch. retval may be NULL when the result
 * is not wanted. Returns false when an exception is pending after the call.
 */
bool smtp_call(zend_object *obj, const char *lcname, size_t len, zval *retval,
	uint32_t argc, zval *argv);

/* static::method(...argv) with called_scope as static. */
bool smtp_call_static(zend_class_entry *called_scope, const char *lcname, size_t len,
	zval *retval, uint32_t argc, zval *argv);

/* The same, the result as a string ("" when the call threw). */
zend_string *smtp_call_str(zend_object *obj, const char *lcname, size_t len, uint32_t argc, zval *argv);
zend_string *smtp_call_static_str(zend_class_entry *called_scope, const char *lcname, size_t len,
	uint32_t argc, zval *argv);

#define SMTP_OVERRIDDEN(obj, lit) smtp_overridden((obj), lit, sizeof(lit) - 1)
#define SMTP_USER_OVERRIDES(obj, lit) smtp_user_overrides((obj), lit, sizeof(lit) - 1)
#define SMTP_CALL_STR(obj, lit, argc, argv) smtp_call_str((obj), lit, sizeof(lit) - 1, (argc), (argv))
#define SMTP_CALL_STATIC_STR(ce, lit, argc, argv) smtp_call_static_str((ce), lit, sizeof(lit) - 1, (argc), (argv))
#define SMTP_CE_OVERRIDES(ce, lit) smtp_ce_overrides((ce), lit, sizeof(lit) - 1)
#define SMTP_CALL(obj, lit, retval, argc, argv) smtp_call((obj), lit, sizeof(lit) - 1, (retval), (argc), (argv))
#define SMTP_CALL_STATIC(ce, lit, retval, argc, argv) \
	smtp_call_static((ce), lit, sizeof(lit) - 1, (retval), (argc), (argv))
#define SMTP_CALL_BOOL(obj, lit, argc, argv) smtp_call_bool((obj), lit, sizeof(lit) - 1, (argc), (argv))
#define SMTP_CALL_STATIC_BOOL(ce, lit, argc, argv) \
	smtp_call_static_bool((ce), lit, sizeof(lit) - 1, (argc), (argv))

/* The same, for methods whose result is a bool: false when the call threw. */
bool smtp_call_bool(zend_object *obj, const char *lcname, size_t len, uint32_t argc, zval *argv);
bool smtp_call_static_bool(zend_class_entry *called_scope, const char *lcname, size_t len,
	uint32_t argc, zval *argv);

/* Calls a PHP function by name (e.g. "idn_to_ascii"); false if it does not exist or threw. */
bool smtp_call_function(const char *name, zval *retval, uint32_t argc, zval *argv);

/*
 * preg_match($pattern, $subject, $matches): 1, 0, or -1 when the pattern
 * does not compile. matches may be NULL; else it receives the groups.
 */
int smtp_preg_match(zend_string *pattern, zend_string *subject, zval *matches);

/*
 * filter_var($value, FILTER_x, FLAG_y | ...) !== false, with the filter and
 * flags named as PHP names them ("FILTER_VALIDATE_IP", "FILTER_FLAG_IPV6").
 */
bool smtp_filter_var(zend_string *value, const char *filter, const char *flag);

#endif
