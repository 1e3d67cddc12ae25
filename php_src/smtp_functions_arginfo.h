/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 296a85bed617964956d9a4dedc13276fd3a183ca */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_smtp_status, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_smtp_outbox_flush, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, dir, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, smtp, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(smtp_status);
ZEND_FUNCTION(smtp_outbox_flush);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(smtp_status, arginfo_smtp_status)
	ZEND_FE(smtp_outbox_flush, arginfo_smtp_outbox_flush)
	ZEND_FE_END
};
