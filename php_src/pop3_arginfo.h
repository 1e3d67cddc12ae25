/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 878c49d42317db96a09be1ab99700742d1b19f6f */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_POP3_popBeforeSmtp, 0, 0, 1)
	ZEND_ARG_INFO(0, host)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, port, "false")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, timeout, "false")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, username, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, password, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, debug_level, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_POP3_authorise arginfo_class_Smtp_Engine_POP3_popBeforeSmtp

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_POP3_connect, 0, 0, 1)
	ZEND_ARG_INFO(0, host)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, port, "false")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, tval, "30")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_POP3_login, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, username, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, password, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_POP3_disconnect, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_POP3_getResponse, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, size, "128")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_POP3_sendString, 0, 0, 1)
	ZEND_ARG_INFO(0, string)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_POP3_checkResponse arginfo_class_Smtp_Engine_POP3_sendString

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_POP3_setError, 0, 0, 1)
	ZEND_ARG_INFO(0, error)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_POP3_getErrors arginfo_class_Smtp_Engine_POP3_disconnect

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_POP3_catchWarning, 0, 0, 4)
	ZEND_ARG_INFO(0, errno)
	ZEND_ARG_INFO(0, errstr)
	ZEND_ARG_INFO(0, errfile)
	ZEND_ARG_INFO(0, errline)
ZEND_END_ARG_INFO()


ZEND_METHOD(Smtp_Engine_POP3, popBeforeSmtp);
ZEND_METHOD(Smtp_Engine_POP3, authorise);
ZEND_METHOD(Smtp_Engine_POP3, connect);
ZEND_METHOD(Smtp_Engine_POP3, login);
ZEND_METHOD(Smtp_Engine_POP3, disconnect);
ZEND_METHOD(Smtp_Engine_POP3, getResponse);
ZEND_METHOD(Smtp_Engine_POP3, sendString);
ZEND_METHOD(Smtp_Engine_POP3, checkResponse);
ZEND_METHOD(Smtp_Engine_POP3, setError);
ZEND_METHOD(Smtp_Engine_POP3, getErrors);
ZEND_METHOD(Smtp_Engine_POP3, catchWarning);


static const zend_function_entry class_Smtp_Engine_POP3_methods[] = {
	ZEND_ME(Smtp_Engine_POP3, popBeforeSmtp, arginfo_class_Smtp_Engine_POP3_popBeforeSmtp, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_POP3, authorise, arginfo_class_Smtp_Engine_POP3_authorise, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_POP3, connect, arginfo_class_Smtp_Engine_POP3_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_POP3, login, arginfo_class_Smtp_Engine_POP3_login, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_POP3, disconnect, arginfo_class_Smtp_Engine_POP3_disconnect, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_POP3, getResponse, arginfo_class_Smtp_Engine_POP3_getResponse, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_POP3, sendString, arginfo_class_Smtp_Engine_POP3_sendString, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_POP3, checkResponse, arginfo_class_Smtp_Engine_POP3_checkResponse, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_POP3, setError, arginfo_class_Smtp_Engine_POP3_setError, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_POP3, getErrors, arginfo_class_Smtp_Engine_POP3_getErrors, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_POP3, catchWarning, arginfo_class_Smtp_Engine_POP3_catchWarning, ZEND_ACC_PROTECTED)
	ZEND_FE_END
};

static zend_class_entry *register_class_Smtp_Engine_POP3(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "POP3", class_Smtp_Engine_POP3_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_VERSION_value;
	zend_string *const_VERSION_value_str = zend_string_init("6.12.0", strlen("6.12.0"), 1);
	ZVAL_STR(&const_VERSION_value, const_VERSION_value_str);
	zend_string *const_VERSION_name = zend_string_init_interned("VERSION", sizeof("VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_VERSION_name, &const_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_VERSION_name);

	zval const_DEFAULT_PORT_value;
	ZVAL_LONG(&const_DEFAULT_PORT_value, 110);
	zend_string *const_DEFAULT_PORT_name = zend_string_init_interned("DEFAULT_PORT", sizeof("DEFAULT_PORT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEFAULT_PORT_name, &const_DEFAULT_PORT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEFAULT_PORT_name);

	zval const_DEFAULT_TIMEOUT_value;
	ZVAL_LONG(&const_DEFAULT_TIMEOUT_value, 30);
	zend_string *const_DEFAULT_TIMEOUT_name = zend_string_init_interned("DEFAULT_TIMEOUT", sizeof("DEFAULT_TIMEOUT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEFAULT_TIMEOUT_name, &const_DEFAULT_TIMEOUT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEFAULT_TIMEOUT_name);

	zval const_LE_value;
	zend_string *const_LE_value_str = zend_string_init(SMTP_CRLF, strlen(SMTP_CRLF), 1);
	ZVAL_STR(&const_LE_value, const_LE_value_str);
	zend_string *const_LE_name = zend_string_init_interned("LE", sizeof("LE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_LE_name, &const_LE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_LE_name);

	zval const_DEBUG_OFF_value;
	ZVAL_LONG(&const_DEBUG_OFF_value, 0);
	zend_string *const_DEBUG_OFF_name = zend_string_init_interned("DEBUG_OFF", sizeof("DEBUG_OFF") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEBUG_OFF_name, &const_DEBUG_OFF_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEBUG_OFF_name);

	zval const_DEBUG_SERVER_value;
	ZVAL_LONG(&const_DEBUG_SERVER_value, 1);
	zend_string *const_DEBUG_SERVER_name = zend_string_init_interned("DEBUG_SERVER", sizeof("DEBUG_SERVER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEBUG_SERVER_name, &const_DEBUG_SERVER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEBUG_SERVER_name);

	zval const_DEBUG_CLIENT_value;
	ZVAL_LONG(&const_DEBUG_CLIENT_value, 2);
	zend_string *const_DEBUG_CLIENT_name = zend_string_init_interned("DEBUG_CLIENT", sizeof("DEBUG_CLIENT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEBUG_CLIENT_name, &const_DEBUG_CLIENT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEBUG_CLIENT_name);

	zval property_do_debug_default_value;
	ZVAL_LONG(&property_do_debug_default_value, 0);
	zend_string *property_do_debug_name = zend_string_init("do_debug", sizeof("do_debug") - 1, 1);
	zend_declare_property_ex(class_entry, property_do_debug_name, &property_do_debug_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_do_debug_name);

	zval property_host_default_value;
	ZVAL_NULL(&property_host_default_value);
	zend_string *property_host_name = zend_string_init("host", sizeof("host") - 1, 1);
	zend_declare_property_ex(class_entry, property_host_name, &property_host_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_host_name);

	zval property_port_default_value;
	ZVAL_NULL(&property_port_default_value);
	zend_string *property_port_name = zend_string_init("port", sizeof("port") - 1, 1);
	zend_declare_property_ex(class_entry, property_port_name, &property_port_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_port_name);

	zval property_tval_default_value;
	ZVAL_NULL(&property_tval_default_value);
	zend_string *property_tval_name = zend_string_init("tval", sizeof("tval") - 1, 1);
	zend_declare_property_ex(class_entry, property_tval_name, &property_tval_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_tval_name);

	zval property_username_default_value;
	ZVAL_NULL(&property_username_default_value);
	zend_string *property_username_name = zend_string_init("username", sizeof("username") - 1, 1);
	zend_declare_property_ex(class_entry, property_username_name, &property_username_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_username_name);

	zval property_password_default_value;
	ZVAL_NULL(&property_password_default_value);
	zend_string *property_password_name = zend_string_init("password", sizeof("password") - 1, 1);
	zend_declare_property_ex(class_entry, property_password_name, &property_password_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_password_name);

	zval property_pop_conn_default_value;
	ZVAL_NULL(&property_pop_conn_default_value);
	zend_string *property_pop_conn_name = zend_string_init("pop_conn", sizeof("pop_conn") - 1, 1);
	zend_declare_property_ex(class_entry, property_pop_conn_name, &property_pop_conn_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_pop_conn_name);

	zval property_connected_default_value;
	ZVAL_FALSE(&property_connected_default_value);
	zend_string *property_connected_name = zend_string_init("connected", sizeof("connected") - 1, 1);
	zend_declare_property_ex(class_entry, property_connected_name, &property_connected_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_connected_name);

	zval property_errors_default_value;
	ZVAL_EMPTY_ARRAY(&property_errors_default_value);
	zend_string *property_errors_name = zend_string_init("errors", sizeof("errors") - 1, 1);
	zend_declare_property_ex(class_entry, property_errors_name, &property_errors_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_errors_name);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "popbeforesmtp", sizeof("popbeforesmtp") - 1), 4, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "authorise", sizeof("authorise") - 1), 4, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "login", sizeof("login") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}
