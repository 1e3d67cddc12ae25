/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 1340710185726082c38a3260817ff3a1b4ef9481 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Smtp_Engine_Exception_errorMessage, 0, 0, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Smtp_Engine_Exception, errorMessage);


static const zend_function_entry class_Smtp_Engine_Exception_methods[] = {
	ZEND_ME(Smtp_Engine_Exception, errorMessage, arginfo_class_Smtp_Engine_Exception_errorMessage, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Smtp_Engine_Exception(zend_class_entry *class_entry_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Smtp\\Engine", "Exception", class_Smtp_Engine_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Exception);

	return class_entry;
}
