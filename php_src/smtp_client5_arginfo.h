/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 5556f1caa4aaa4de6cec4207f8c082f410aafd19 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP5_authenticate, 0, 0, 2)
	ZEND_ARG_INFO(0, username)
	ZEND_ARG_INFO(0, password)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, authtype, "null")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, realm, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, workstation, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, OAuth, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP5_close, 0, 0, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Smtp_Engine_SMTP5, authenticate);
ZEND_METHOD(Smtp_Engine_SMTP5, close);


static const zend_function_entry class_Smtp_Engine_SMTP5_methods[] = {
	ZEND_ME(Smtp_Engine_SMTP5, authenticate, arginfo_class_Smtp_Engine_SMTP5_authenticate, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP5, close, arginfo_class_Smtp_Engine_SMTP5_close, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Smtp_Engine_SMTP5(zend_class_entry *class_entry_Smtp_Engine_SMTP)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "SMTP5", class_Smtp_Engine_SMTP5_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Smtp_Engine_SMTP);

	zval const_CRLF_value;
	zend_string *const_CRLF_value_str = zend_string_init(SMTP_CRLF, strlen(SMTP_CRLF), 1);
	ZVAL_STR(&const_CRLF_value, const_CRLF_value_str);
	zend_string *const_CRLF_name = zend_string_init_interned("CRLF", sizeof("CRLF") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CRLF_name, &const_CRLF_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CRLF_name);

	zval const_DEFAULT_SMTP_PORT_value;
	ZVAL_LONG(&const_DEFAULT_SMTP_PORT_value, 25);
	zend_string *const_DEFAULT_SMTP_PORT_name = zend_string_init_interned("DEFAULT_SMTP_PORT", sizeof("DEFAULT_SMTP_PORT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEFAULT_SMTP_PORT_name, &const_DEFAULT_SMTP_PORT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEFAULT_SMTP_PORT_name);

	zval property_Version_default_value;
	zend_string *property_Version_default_value_str = zend_string_init("5.2.28", strlen("5.2.28"), 1);
	ZVAL_STR(&property_Version_default_value, property_Version_default_value_str);
	zend_string *property_Version_name = zend_string_init("Version", sizeof("Version") - 1, 1);
	zend_declare_property_ex(class_entry, property_Version_name, &property_Version_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Version_name);

	zval property_SMTP_PORT_default_value;
	ZVAL_LONG(&property_SMTP_PORT_default_value, 25);
	zend_string *property_SMTP_PORT_name = zend_string_init("SMTP_PORT", sizeof("SMTP_PORT") - 1, 1);
	zend_declare_property_ex(class_entry, property_SMTP_PORT_name, &property_SMTP_PORT_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_SMTP_PORT_name);

	zval property_CRLF_default_value;
	ZVAL_EMPTY_STRING(&property_CRLF_default_value);
	zend_string *property_CRLF_name = zend_string_init("CRLF", sizeof("CRLF") - 1, 1);
	zend_declare_property_ex(class_entry, property_CRLF_name, &property_CRLF_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_CRLF_name);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "authenticate", sizeof("authenticate") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
