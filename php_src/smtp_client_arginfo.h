/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: e5a3d8d6031f129692108220c946c7c4323cb944 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_edebug, 0, 0, 1)
	ZEND_ARG_INFO(0, str)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, level, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_connect, 0, 0, 1)
	ZEND_ARG_INFO(0, host)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, port, "null")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, timeout, "30")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, options, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_SMTP_getSMTPConnection arginfo_class_Smtp_Engine_SMTP_connect

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_startTLS, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_authenticate, 0, 0, 2)
	ZEND_ARG_INFO(0, username)
	ZEND_ARG_INFO(0, password)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, authtype, "null")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, OAuth, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_hmac, 0, 0, 2)
	ZEND_ARG_INFO(0, data)
	ZEND_ARG_INFO(0, key)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_SMTP_connected arginfo_class_Smtp_Engine_SMTP_startTLS

#define arginfo_class_Smtp_Engine_SMTP_close arginfo_class_Smtp_Engine_SMTP_startTLS

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_data, 0, 0, 1)
	ZEND_ARG_INFO(0, msg_data)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_hello, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, host, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_sendHello, 0, 0, 2)
	ZEND_ARG_INFO(0, hello)
	ZEND_ARG_INFO(0, host)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_parseHelloFields, 0, 0, 1)
	ZEND_ARG_INFO(0, type)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_mail, 0, 0, 1)
	ZEND_ARG_INFO(0, from)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_quit, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, close_on_error, "true")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_recipient, 0, 0, 1)
	ZEND_ARG_INFO(0, address)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, dsn, "\'\'")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_SMTP_reset arginfo_class_Smtp_Engine_SMTP_startTLS

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_sendCommand, 0, 0, 3)
	ZEND_ARG_INFO(0, command)
	ZEND_ARG_INFO(0, commandstring)
	ZEND_ARG_INFO(0, expect)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_SMTP_sendAndMail arginfo_class_Smtp_Engine_SMTP_mail

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_verify, 0, 0, 1)
	ZEND_ARG_INFO(0, name)
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_SMTP_noop arginfo_class_Smtp_Engine_SMTP_startTLS

#define arginfo_class_Smtp_Engine_SMTP_turn arginfo_class_Smtp_Engine_SMTP_startTLS

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_client_send, 0, 0, 1)
	ZEND_ARG_INFO(0, data)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, command, "\'\'")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_SMTP_getError arginfo_class_Smtp_Engine_SMTP_startTLS

#define arginfo_class_Smtp_Engine_SMTP_getServerExtList arginfo_class_Smtp_Engine_SMTP_startTLS

#define arginfo_class_Smtp_Engine_SMTP_getServerExt arginfo_class_Smtp_Engine_SMTP_verify

#define arginfo_class_Smtp_Engine_SMTP_getLastReply arginfo_class_Smtp_Engine_SMTP_startTLS

#define arginfo_class_Smtp_Engine_SMTP_get_lines arginfo_class_Smtp_Engine_SMTP_startTLS

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_setVerp, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, enabled, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_SMTP_getVerp arginfo_class_Smtp_Engine_SMTP_startTLS

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_setError, 0, 0, 1)
	ZEND_ARG_INFO(0, message)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, detail, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, smtp_code, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, smtp_code_ex, "\'\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_setDebugOutput, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, method, "\'echo\'")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_SMTP_getDebugOutput arginfo_class_Smtp_Engine_SMTP_startTLS

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_setDebugLevel, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, level, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_SMTP_getDebugLevel arginfo_class_Smtp_Engine_SMTP_startTLS

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_setTimeout, 0, 0, 0)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, timeout, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_SMTP_getTimeout arginfo_class_Smtp_Engine_SMTP_startTLS

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_errorHandler, 0, 0, 2)
	ZEND_ARG_INFO(0, errno)
	ZEND_ARG_INFO(0, errmsg)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, errfile, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, errline, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_Smtp_Engine_SMTP_recordLastTransactionID arginfo_class_Smtp_Engine_SMTP_startTLS

#define arginfo_class_Smtp_Engine_SMTP_getLastTransactionID arginfo_class_Smtp_Engine_SMTP_startTLS

#define arginfo_class_Smtp_Engine_SMTP_getSMTPUTF8 arginfo_class_Smtp_Engine_SMTP_startTLS

#define arginfo_class_Smtp_Engine_SMTP_setSMTPUTF8 arginfo_class_Smtp_Engine_SMTP_setVerp

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_SMTP_xclient, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, vars, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Smtp_Engine_SMTP, edebug);
ZEND_METHOD(Smtp_Engine_SMTP, connect);
ZEND_METHOD(Smtp_Engine_SMTP, getSMTPConnection);
ZEND_METHOD(Smtp_Engine_SMTP, startTLS);
ZEND_METHOD(Smtp_Engine_SMTP, authenticate);
ZEND_METHOD(Smtp_Engine_SMTP, hmac);
ZEND_METHOD(Smtp_Engine_SMTP, connected);
ZEND_METHOD(Smtp_Engine_SMTP, close);
ZEND_METHOD(Smtp_Engine_SMTP, data);
ZEND_METHOD(Smtp_Engine_SMTP, hello);
ZEND_METHOD(Smtp_Engine_SMTP, sendHello);
ZEND_METHOD(Smtp_Engine_SMTP, parseHelloFields);
ZEND_METHOD(Smtp_Engine_SMTP, mail);
ZEND_METHOD(Smtp_Engine_SMTP, quit);
ZEND_METHOD(Smtp_Engine_SMTP, recipient);
ZEND_METHOD(Smtp_Engine_SMTP, reset);
ZEND_METHOD(Smtp_Engine_SMTP, sendCommand);
ZEND_METHOD(Smtp_Engine_SMTP, sendAndMail);
ZEND_METHOD(Smtp_Engine_SMTP, verify);
ZEND_METHOD(Smtp_Engine_SMTP, noop);
ZEND_METHOD(Smtp_Engine_SMTP, turn);
ZEND_METHOD(Smtp_Engine_SMTP, client_send);
ZEND_METHOD(Smtp_Engine_SMTP, getError);
ZEND_METHOD(Smtp_Engine_SMTP, getServerExtList);
ZEND_METHOD(Smtp_Engine_SMTP, getServerExt);
ZEND_METHOD(Smtp_Engine_SMTP, getLastReply);
ZEND_METHOD(Smtp_Engine_SMTP, get_lines);
ZEND_METHOD(Smtp_Engine_SMTP, setVerp);
ZEND_METHOD(Smtp_Engine_SMTP, getVerp);
ZEND_METHOD(Smtp_Engine_SMTP, setError);
ZEND_METHOD(Smtp_Engine_SMTP, setDebugOutput);
ZEND_METHOD(Smtp_Engine_SMTP, getDebugOutput);
ZEND_METHOD(Smtp_Engine_SMTP, setDebugLevel);
ZEND_METHOD(Smtp_Engine_SMTP, getDebugLevel);
ZEND_METHOD(Smtp_Engine_SMTP, setTimeout);
ZEND_METHOD(Smtp_Engine_SMTP, getTimeout);
ZEND_METHOD(Smtp_Engine_SMTP, errorHandler);
ZEND_METHOD(Smtp_Engine_SMTP, recordLastTransactionID);
ZEND_METHOD(Smtp_Engine_SMTP, getLastTransactionID);
ZEND_METHOD(Smtp_Engine_SMTP, getSMTPUTF8);
ZEND_METHOD(Smtp_Engine_SMTP, setSMTPUTF8);
ZEND_METHOD(Smtp_Engine_SMTP, xclient);


static const zend_function_entry class_Smtp_Engine_SMTP_methods[] = {
	ZEND_ME(Smtp_Engine_SMTP, edebug, arginfo_class_Smtp_Engine_SMTP_edebug, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_SMTP, connect, arginfo_class_Smtp_Engine_SMTP_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, getSMTPConnection, arginfo_class_Smtp_Engine_SMTP_getSMTPConnection, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_SMTP, startTLS, arginfo_class_Smtp_Engine_SMTP_startTLS, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, authenticate, arginfo_class_Smtp_Engine_SMTP_authenticate, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, hmac, arginfo_class_Smtp_Engine_SMTP_hmac, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_SMTP, connected, arginfo_class_Smtp_Engine_SMTP_connected, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, close, arginfo_class_Smtp_Engine_SMTP_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, data, arginfo_class_Smtp_Engine_SMTP_data, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, hello, arginfo_class_Smtp_Engine_SMTP_hello, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, sendHello, arginfo_class_Smtp_Engine_SMTP_sendHello, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_SMTP, parseHelloFields, arginfo_class_Smtp_Engine_SMTP_parseHelloFields, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_SMTP, mail, arginfo_class_Smtp_Engine_SMTP_mail, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, quit, arginfo_class_Smtp_Engine_SMTP_quit, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, recipient, arginfo_class_Smtp_Engine_SMTP_recipient, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, reset, arginfo_class_Smtp_Engine_SMTP_reset, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, sendCommand, arginfo_class_Smtp_Engine_SMTP_sendCommand, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_SMTP, sendAndMail, arginfo_class_Smtp_Engine_SMTP_sendAndMail, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, verify, arginfo_class_Smtp_Engine_SMTP_verify, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, noop, arginfo_class_Smtp_Engine_SMTP_noop, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, turn, arginfo_class_Smtp_Engine_SMTP_turn, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, client_send, arginfo_class_Smtp_Engine_SMTP_client_send, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, getError, arginfo_class_Smtp_Engine_SMTP_getError, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, getServerExtList, arginfo_class_Smtp_Engine_SMTP_getServerExtList, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, getServerExt, arginfo_class_Smtp_Engine_SMTP_getServerExt, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, getLastReply, arginfo_class_Smtp_Engine_SMTP_getLastReply, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, get_lines, arginfo_class_Smtp_Engine_SMTP_get_lines, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_SMTP, setVerp, arginfo_class_Smtp_Engine_SMTP_setVerp, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, getVerp, arginfo_class_Smtp_Engine_SMTP_getVerp, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, setError, arginfo_class_Smtp_Engine_SMTP_setError, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_SMTP, setDebugOutput, arginfo_class_Smtp_Engine_SMTP_setDebugOutput, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, getDebugOutput, arginfo_class_Smtp_Engine_SMTP_getDebugOutput, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, setDebugLevel, arginfo_class_Smtp_Engine_SMTP_setDebugLevel, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, getDebugLevel, arginfo_class_Smtp_Engine_SMTP_getDebugLevel, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, setTimeout, arginfo_class_Smtp_Engine_SMTP_setTimeout, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, getTimeout, arginfo_class_Smtp_Engine_SMTP_getTimeout, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, errorHandler, arginfo_class_Smtp_Engine_SMTP_errorHandler, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_SMTP, recordLastTransactionID, arginfo_class_Smtp_Engine_SMTP_recordLastTransactionID, ZEND_ACC_PROTECTED)
	ZEND_ME(Smtp_Engine_SMTP, getLastTransactionID, arginfo_class_Smtp_Engine_SMTP_getLastTransactionID, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, getSMTPUTF8, arginfo_class_Smtp_Engine_SMTP_getSMTPUTF8, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, setSMTPUTF8, arginfo_class_Smtp_Engine_SMTP_setSMTPUTF8, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_SMTP, xclient, arginfo_class_Smtp_Engine_SMTP_xclient, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Smtp_Engine_SMTP7_methods[] = {
	ZEND_FE_END
};

static zend_class_entry *register_class_Smtp_Engine_SMTP(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "SMTP", class_Smtp_Engine_SMTP_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_VERSION_value;
	zend_string *const_VERSION_value_str = zend_string_init("6.12.0", strlen("6.12.0"), 1);
	ZVAL_STR(&const_VERSION_value, const_VERSION_value_str);
	zend_string *const_VERSION_name = zend_string_init_interned("VERSION", sizeof("VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_VERSION_name, &const_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_VERSION_name);

	zval const_LE_value;
	zend_string *const_LE_value_str = zend_string_init(SMTP_CRLF, strlen(SMTP_CRLF), 1);
	ZVAL_STR(&const_LE_value, const_LE_value_str);
	zend_string *const_LE_name = zend_string_init_interned("LE", sizeof("LE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_LE_name, &const_LE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_LE_name);

	zval const_DEFAULT_PORT_value;
	ZVAL_LONG(&const_DEFAULT_PORT_value, 25);
	zend_string *const_DEFAULT_PORT_name = zend_string_init_interned("DEFAULT_PORT", sizeof("DEFAULT_PORT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEFAULT_PORT_name, &const_DEFAULT_PORT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEFAULT_PORT_name);

	zval const_DEFAULT_SECURE_PORT_value;
	ZVAL_LONG(&const_DEFAULT_SECURE_PORT_value, 465);
	zend_string *const_DEFAULT_SECURE_PORT_name = zend_string_init_interned("DEFAULT_SECURE_PORT", sizeof("DEFAULT_SECURE_PORT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEFAULT_SECURE_PORT_name, &const_DEFAULT_SECURE_PORT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEFAULT_SECURE_PORT_name);

	zval const_MAX_LINE_LENGTH_value;
	ZVAL_LONG(&const_MAX_LINE_LENGTH_value, 998);
	zend_string *const_MAX_LINE_LENGTH_name = zend_string_init_interned("MAX_LINE_LENGTH", sizeof("MAX_LINE_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_LINE_LENGTH_name, &const_MAX_LINE_LENGTH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_LINE_LENGTH_name);

	zval const_MAX_REPLY_LENGTH_value;
	ZVAL_LONG(&const_MAX_REPLY_LENGTH_value, 512);
	zend_string *const_MAX_REPLY_LENGTH_name = zend_string_init_interned("MAX_REPLY_LENGTH", sizeof("MAX_REPLY_LENGTH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MAX_REPLY_LENGTH_name, &const_MAX_REPLY_LENGTH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MAX_REPLY_LENGTH_name);

	zval const_DEBUG_OFF_value;
	ZVAL_LONG(&const_DEBUG_OFF_value, 0);
	zend_string *const_DEBUG_OFF_name = zend_string_init_interned("DEBUG_OFF", sizeof("DEBUG_OFF") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEBUG_OFF_name, &const_DEBUG_OFF_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEBUG_OFF_name);

	zval const_DEBUG_CLIENT_value;
	ZVAL_LONG(&const_DEBUG_CLIENT_value, 1);
	zend_string *const_DEBUG_CLIENT_name = zend_string_init_interned("DEBUG_CLIENT", sizeof("DEBUG_CLIENT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEBUG_CLIENT_name, &const_DEBUG_CLIENT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEBUG_CLIENT_name);

	zval const_DEBUG_SERVER_value;
	ZVAL_LONG(&const_DEBUG_SERVER_value, 2);
	zend_string *const_DEBUG_SERVER_name = zend_string_init_interned("DEBUG_SERVER", sizeof("DEBUG_SERVER") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEBUG_SERVER_name, &const_DEBUG_SERVER_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEBUG_SERVER_name);

	zval const_DEBUG_CONNECTION_value;
	ZVAL_LONG(&const_DEBUG_CONNECTION_value, 3);
	zend_string *const_DEBUG_CONNECTION_name = zend_string_init_interned("DEBUG_CONNECTION", sizeof("DEBUG_CONNECTION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEBUG_CONNECTION_name, &const_DEBUG_CONNECTION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEBUG_CONNECTION_name);

	zval const_DEBUG_LOWLEVEL_value;
	ZVAL_LONG(&const_DEBUG_LOWLEVEL_value, 4);
	zend_string *const_DEBUG_LOWLEVEL_name = zend_string_init_interned("DEBUG_LOWLEVEL", sizeof("DEBUG_LOWLEVEL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEBUG_LOWLEVEL_name, &const_DEBUG_LOWLEVEL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEBUG_LOWLEVEL_name);

	zval property_Debugoutput_default_value;
	zend_string *property_Debugoutput_default_value_str = zend_string_init("echo", strlen("echo"), 1);
	ZVAL_STR(&property_Debugoutput_default_value, property_Debugoutput_default_value_str);
	zend_string *property_Debugoutput_name = zend_string_init("Debugoutput", sizeof("Debugoutput") - 1, 1);
	zend_declare_property_ex(class_entry, property_Debugoutput_name, &property_Debugoutput_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Debugoutput_name);

	zval property_Timelimit_default_value;
	ZVAL_LONG(&property_Timelimit_default_value, 300);
	zend_string *property_Timelimit_name = zend_string_init("Timelimit", sizeof("Timelimit") - 1, 1);
	zend_declare_property_ex(class_entry, property_Timelimit_name, &property_Timelimit_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Timelimit_name);

	zval property_Timeout_default_value;
	ZVAL_LONG(&property_Timeout_default_value, 300);
	zend_string *property_Timeout_name = zend_string_init("Timeout", sizeof("Timeout") - 1, 1);
	zend_declare_property_ex(class_entry, property_Timeout_name, &property_Timeout_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_Timeout_name);

	zval property_do_debug_default_value;
	ZVAL_LONG(&property_do_debug_default_value, 0);
	zend_string *property_do_debug_name = zend_string_init("do_debug", sizeof("do_debug") - 1, 1);
	zend_declare_property_ex(class_entry, property_do_debug_name, &property_do_debug_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_do_debug_name);

	zval property_do_smtputf8_default_value;
	ZVAL_FALSE(&property_do_smtputf8_default_value);
	zend_string *property_do_smtputf8_name = zend_string_init("do_smtputf8", sizeof("do_smtputf8") - 1, 1);
	zend_declare_property_ex(class_entry, property_do_smtputf8_name, &property_do_smtputf8_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_do_smtputf8_name);

	zval property_do_verp_default_value;
	ZVAL_FALSE(&property_do_verp_default_value);
	zend_string *property_do_verp_name = zend_string_init("do_verp", sizeof("do_verp") - 1, 1);
	zend_declare_property_ex(class_entry, property_do_verp_name, &property_do_verp_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_do_verp_name);

	zval property_error_default_value;
	ZVAL_EMPTY_ARRAY(&property_error_default_value);
	zend_string *property_error_name = zend_string_init("error", sizeof("error") - 1, 1);
	zend_declare_property_ex(class_entry, property_error_name, &property_error_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_error_name);

	zval property_helo_rply_default_value;
	ZVAL_NULL(&property_helo_rply_default_value);
	zend_string *property_helo_rply_name = zend_string_init("helo_rply", sizeof("helo_rply") - 1, 1);
	zend_declare_property_ex(class_entry, property_helo_rply_name, &property_helo_rply_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_helo_rply_name);

	zval property_last_reply_default_value;
	ZVAL_EMPTY_STRING(&property_last_reply_default_value);
	zend_string *property_last_reply_name = zend_string_init("last_reply", sizeof("last_reply") - 1, 1);
	zend_declare_property_ex(class_entry, property_last_reply_name, &property_last_reply_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_last_reply_name);

	zval property_last_smtp_transaction_id_default_value;
	ZVAL_NULL(&property_last_smtp_transaction_id_default_value);
	zend_string *property_last_smtp_transaction_id_name = zend_string_init("last_smtp_transaction_id", sizeof("last_smtp_transaction_id") - 1, 1);
	zend_declare_property_ex(class_entry, property_last_smtp_transaction_id_name, &property_last_smtp_transaction_id_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_last_smtp_transaction_id_name);

	zval property_server_caps_default_value;
	ZVAL_NULL(&property_server_caps_default_value);
	zend_string *property_server_caps_name = zend_string_init("server_caps", sizeof("server_caps") - 1, 1);
	zend_declare_property_ex(class_entry, property_server_caps_name, &property_server_caps_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_server_caps_name);

	zval property_smtp_conn_default_value;
	ZVAL_NULL(&property_smtp_conn_default_value);
	zend_string *property_smtp_conn_name = zend_string_init("smtp_conn", sizeof("smtp_conn") - 1, 1);
	zend_declare_property_ex(class_entry, property_smtp_conn_name, &property_smtp_conn_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_smtp_conn_name);

	zval property_smtp_transaction_id_patterns_default_value;
	ZVAL_EMPTY_ARRAY(&property_smtp_transaction_id_patterns_default_value);
	zend_string *property_smtp_transaction_id_patterns_name = zend_string_init("smtp_transaction_id_patterns", sizeof("smtp_transaction_id_patterns") - 1, 1);
	zend_declare_property_ex(class_entry, property_smtp_transaction_id_patterns_name, &property_smtp_transaction_id_patterns_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_smtp_transaction_id_patterns_name);

	zval property_xclient_allowed_attributes_default_value;
	ZVAL_EMPTY_ARRAY(&property_xclient_allowed_attributes_default_value);
	zend_string *property_xclient_allowed_attributes_name = zend_string_init("xclient_allowed_attributes", sizeof("xclient_allowed_attributes") - 1, 1);
	zend_declare_property_ex(class_entry, property_xclient_allowed_attributes_name, &property_xclient_allowed_attributes_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_xclient_allowed_attributes_name);
#if (PHP_VERSION_ID >= 80200)


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "authenticate", sizeof("authenticate") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);
#endif

	return class_entry;
}

static zend_class_entry *register_class_Smtp_Engine_SMTP7(zend_class_entry *class_entry_Smtp_Engine_SMTP)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "SMTP7", class_Smtp_Engine_SMTP7_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Smtp_Engine_SMTP);

	zval property_smtp_transaction_id_patterns_default_value;
	ZVAL_EMPTY_ARRAY(&property_smtp_transaction_id_patterns_default_value);
	zend_string *property_smtp_transaction_id_patterns_name = zend_string_init("smtp_transaction_id_patterns", sizeof("smtp_transaction_id_patterns") - 1, 1);
	zend_declare_property_ex(class_entry, property_smtp_transaction_id_patterns_name, &property_smtp_transaction_id_patterns_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_smtp_transaction_id_patterns_name);

	return class_entry;
}
