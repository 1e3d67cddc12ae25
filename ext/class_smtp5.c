/*
 * class_smtp5.c - Smtp\Engine\SMTP5: PHPMailer 5.2's SMTP class (the
 * global SMTP of class.smtp.php) on the C of Smtp\Engine\SMTP.
 *
 * 5.2's SMTP is 6.x's minus a few additions, plus the VERSION/CRLF
 * constants and the $Version, $SMTP_PORT and $CRLF properties it still
 * carried. What it does otherwise: authenticate() takes a realm and a
 * workstation (for NTLM, which the engine does not implement: asking for it
 * fails as an unsupported method) before the OAuth object; close() clears
 * the last error (so "SMTP connect() failed." stands alone after a failed
 * connection); connect() files errno as the error's detail and the system's
 * text as its code (class_smtp.c); and only three transaction id patterns.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"

#include "class_smtp.h"
#include "mailer5.h"
#include "smtp_call.h"
#include "smtp_props.h"

#include "smtp_client5_arginfo.h"

zend_class_entry *smtp_ce_client5;

PHP_METHOD(Smtp_Engine_SMTP5, authenticate)
{
	zend_string *user, *password, *authtype = NULL, *realm = NULL, *workstation = NULL;
	zval *oauth = NULL;

	ZEND_PARSE_PARAMETERS_START(2, 6)
		Z_PARAM_STR(user)
		Z_PARAM_STR(password)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(authtype)
		Z_PARAM_STR(realm)
		Z_PARAM_STR(workstation)
		Z_PARAM_ZVAL(oauth)
	ZEND_PARSE_PARAMETERS_END();

	(void)realm;
	(void)workstation;
	RETURN_BOOL(smtp_client_authenticate(Z_OBJ_P(ZEND_THIS), user, password, authtype, oauth));
}

PHP_METHOD(Smtp_Engine_SMTP5, close)
{
	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval empty;

	ZEND_PARSE_PARAMETERS_NONE();

	/* $this->setError('') first, through an override as 5.2 calls it. */
	ZVAL_EMPTY_STRING(&empty);
	SMTP_CALL(obj, "seterror", NULL, 1, &empty);
	if (!EG(exception)) {
		smtp_client_close(obj);
	}
}

void smtp_register_client5_class(void)
{
	static const char *const patterns[][2] = {
		{"exim", "/[0-9]{3} OK id=(.*)/"},
		{"sendmail", "/[0-9]{3} 2.0.0 (.*) Message/"},
		{"postfix", "/[0-9]{3} 2.0.0 Ok: queued as (.*)/"},
	};
	zval value;

	/* The SMTP class is registered first: SMTP5 inherits its object handlers and defaults. */
	smtp_ce_client5 = register_class_Smtp_Engine_SMTP5(smtp_ce_client);
	/* VERSION is inherited from SMTP; 5.2's replaces it. */
	zend_hash_str_del(&smtp_ce_client5->constants_table, "VERSION", sizeof("VERSION") - 1);
	ZVAL_INTERNED_STR(&value, zend_string_init_interned("5.2.28", sizeof("5.2.28") - 1, 1));
	zend_declare_class_constant_ex(smtp_ce_client5, zend_string_init_interned("VERSION", sizeof("VERSION") - 1, 1),
		&value, ZEND_ACC_PUBLIC, NULL);
	ZVAL_INTERNED_STR(&value, zend_string_init_interned("\r\n", 2, 1));
	smtp_prop_set_default(smtp_ce_client5, "CRLF", &value);
	smtp_persistent_map(&value, patterns, sizeof(patterns) / sizeof(patterns[0]));
	smtp_prop_set_default(smtp_ce_client5, "smtp_transaction_id_patterns", &value);
}
