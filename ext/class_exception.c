/*
 * class_exception.c - Smtp\Engine\Exception: PHPMailer's Exception class.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/html.h"
#include "zend_exceptions.h"

#include "php_smtp.h"
#include "smtp_errors.h"
#include "exception_arginfo.h"

zend_class_entry *smtp_ce_engine_exception;

/* '<strong>' . htmlspecialchars($message, ENT_COMPAT | ENT_HTML401) . "</strong><br />\n" */
PHP_METHOD(Smtp_Engine_Exception, errorMessage)
{
	zend_string *message, *escaped;

	ZEND_PARSE_PARAMETERS_NONE();

	message = smtp_exception_message(Z_OBJ_P(ZEND_THIS));
	escaped = php_escape_html_entities_ex((unsigned char *)ZSTR_VAL(message), ZSTR_LEN(message),
		0, ENT_COMPAT | ENT_HTML401, NULL, 1, 0);
	RETVAL_STR(zend_strpprintf(0, "<strong>%s</strong><br />\n", ZSTR_VAL(escaped)));
	zend_string_release(escaped);
	zend_string_release(message);
}

void smtp_register_exception_class(void)
{
	smtp_ce_engine_exception = register_class_Smtp_Engine_Exception(zend_ce_exception);
}
