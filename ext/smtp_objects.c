/*
 * smtp_objects.c - property slots, instantiation by name and method calls on any value.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "smtp_objects.h"

uint32_t smtp_slot_offset(zend_class_entry *ce, const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));

	/* The stubs declare every property the bindings address; a miss is a build bug. */
	ZEND_ASSERT(info && !(info->flags & ZEND_ACC_STATIC));
	return info->offset;
}

bool smtp_new_object(zval *out, const char *class_name, uint32_t argc, zval *argv)
{
	zend_string *name = zend_string_init(class_name, strlen(class_name), 0);
	zend_class_entry *ce = zend_fetch_class_by_name(name, NULL, ZEND_FETCH_CLASS_EXCEPTION);

	zend_string_release(name);
	if (!ce || object_init_ex(out, ce) != SUCCESS) {
		return false;
	}
	if (ce->constructor) {
		zend_call_known_instance_method(ce->constructor, Z_OBJ_P(out), NULL, argc, argv);
		if (EG(exception)) {
			zval_ptr_dtor(out);
			ZVAL_NULL(out);
			return false;
		}
	}
	return true;
}

bool smtp_method_check(zval *target, const char *name)
{
	zend_class_entry *ce;
	zend_string *zname, *lcname;
	bool found;

	ZVAL_DEREF(target);
	if (Z_TYPE_P(target) != IS_OBJECT) {
		zend_throw_error(NULL, "Call to a member function %s() on %s", name, zend_zval_type_name(target));
		return false;
	}
	ce = Z_OBJCE_P(target);
	zname = zend_string_init(name, strlen(name), 0);
	lcname = zend_string_tolower(zname);
	zend_string_release(zname);
	found = ce->__call || zend_hash_exists(&ce->function_table, lcname);
	zend_string_release(lcname);
	if (!found) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(ce->name), name);
	}
	return found;
}

bool smtp_call_method(zval *target, const char *name, zval *retval, uint32_t argc, zval *argv)
{
	zend_string *method;
	zend_result status;

	ZVAL_UNDEF(retval);
	if (!smtp_method_check(target, name)) {
		return false;
	}
	ZVAL_DEREF(target);
	method = zend_string_init(name, strlen(name), 0);
	status = zend_call_method_if_exists(Z_OBJ_P(target), method, retval, argc, argv);
	zend_string_release(method);
	if (status != SUCCESS && !EG(exception)) {
		/* There, but not callable from here (private or protected). */
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(Z_OBJCE_P(target)->name), name);
	}
	return !EG(exception);
}
