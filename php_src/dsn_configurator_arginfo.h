/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 258638ed442959e5888590ab8f14ac742a5aaa05 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_DSNConfigurator_mailer, 0, 0, 1)
	ZEND_ARG_INFO(0, dsn)
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, exceptions, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_DSNConfigurator_configure, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, mailer, PHPMailer\\PHPMailer\\PHPMailer, 0)
	ZEND_ARG_INFO(0, dsn)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_DSNConfigurator_parseUrl, 0, 0, 1)
	ZEND_ARG_INFO(0, url)
ZEND_END_ARG_INFO()


ZEND_METHOD(Smtp_Engine_DSNConfigurator, mailer);
ZEND_METHOD(Smtp_Engine_DSNConfigurator, configure);
ZEND_METHOD(Smtp_Engine_DSNConfigurator, parseUrl);


static const zend_function_entry class_Smtp_Engine_DSNConfigurator_methods[] = {
	ZEND_ME(Smtp_Engine_DSNConfigurator, mailer, arginfo_class_Smtp_Engine_DSNConfigurator_mailer, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Smtp_Engine_DSNConfigurator, configure, arginfo_class_Smtp_Engine_DSNConfigurator_configure, ZEND_ACC_PUBLIC)
	ZEND_ME(Smtp_Engine_DSNConfigurator, parseUrl, arginfo_class_Smtp_Engine_DSNConfigurator_parseUrl, ZEND_ACC_PROTECTED)
	ZEND_FE_END
};

static zend_class_entry *register_class_Smtp_Engine_DSNConfigurator(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "DSNConfigurator", class_Smtp_Engine_DSNConfigurator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	return class_entry;
}
