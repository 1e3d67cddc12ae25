/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c81237d25d3175c1ededa29a88f08ed33e4d12d2 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_smtp_status, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(smtp_status);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(smtp_status, arginfo_smtp_status)
	ZEND_FE_END
};
