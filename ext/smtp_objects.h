/*
 * smtp_objects.h - what the engine classes do with objects the way PHP
 * code does it: find a declared property's slot, `new` a class by name,
 * and call a method on any value.
 */
#ifndef SMTP_OBJECTS_H
#define SMTP_OBJECTS_H

#include "php.h"

/* The slot of a declared instance property of an engine class (for OBJ_PROP; resolved in MINIT). */
uint32_t smtp_slot_offset(zend_class_entry *ce, const char *name);

/*
 * new \ClassName(...argv) into out, autoloading the class. False with an
 * exception pending (and out left null) when the class is missing,
 * abstract, or its constructor threw.
 */
bool smtp_new_object(zval *out, const char *class_name, uint32_t argc, zval *argv);

/*
 * What `$target->name(` checks before PHP evaluates the arguments: that
 * target is an object with such a method (or __call). False after PHP's
 * Error ("Call to a member function x() on null", "Call to undefined method").
 */
bool smtp_method_check(zval *target, const char *name);

/*
 * $target->name(...argv), checked as above. False with an exception
 * pending on failure; retval is then undefined.
 */
bool smtp_call_method(zval *target, const char *name, zval *retval, uint32_t argc, zval *argv);

#endif
