/*
 * smtp_provision.c - the fallback autoloader for the PHPMailer class names.
 *
 * It wraps zend_autoload: the normal chain (spl_autoload_register()ed
 * loaders, Composer) runs first, so an application's own PHPMailer copy
 * always wins; only when nothing declared the class does the fallback
 * declare `class X extends \Smtp\Engine\Y {}` in X's namespace.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include "php_smtp.h"
#include "smtp_provision.h"

static zend_class_entry *(*original_autoload)(zend_string *name, zend_string *lc_name);

static const struct {
	const char *lc_name;    /* the name as the engine looks it up, lower-cased */
	const char *code;       /* the declaration */
} fallbacks[] = {
	{"phpmailer\\phpmailer\\phpmailer",
		"namespace PHPMailer\\PHPMailer; class PHPMailer extends \\Smtp\\Engine\\PHPMailer6 {}"},
	{"phpmailer\\phpmailer\\smtp",
		"namespace PHPMailer\\PHPMailer; class SMTP extends \\Smtp\\Engine\\SMTP {}"},
	{"phpmailer\\phpmailer\\exception",
		"namespace PHPMailer\\PHPMailer; class Exception extends \\Smtp\\Engine\\Exception {}"},
	{"phpmailer\\phpmailer\\pop3",
		"namespace PHPMailer\\PHPMailer; class POP3 extends \\Smtp\\Engine\\POP3 {}"},
	{"phpmailer\\phpmailer\\dsnconfigurator",
		"namespace PHPMailer\\PHPMailer; class DSNConfigurator extends \\Smtp\\Engine\\DSNConfigurator {}"},
	{"phpmailer\\phpmailer\\oauthtokenprovider",
		"namespace PHPMailer\\PHPMailer; interface OAuthTokenProvider extends \\Smtp\\Engine\\OAuthTokenProvider {}"},
	{"phpmailer\\phpmailer\\oauth",
		"namespace PHPMailer\\PHPMailer; class OAuth extends \\Smtp\\Engine\\OAuth implements OAuthTokenProvider {}"},
};

static zend_class_entry *declare_fallback(zend_string *lc_name)
{
	size_t i;

	for (i = 0; i < sizeof(fallbacks) / sizeof(fallbacks[0]); i++) {
		if (zend_string_equals_cstr(lc_name, fallbacks[i].lc_name, strlen(fallbacks[i].lc_name))) {
			if (zend_eval_stringl((char *)fallbacks[i].code, strlen(fallbacks[i].code), NULL,
					SMTP_FALLBACK_FILENAME) != SUCCESS || EG(exception)) {
				return NULL;
			}
			return zend_hash_find_ptr(EG(class_table), lc_name);
		}
	}
	return NULL;
}

static zend_class_entry *fallback_autoload(zend_string *name, zend_string *lc_name)
{
	zend_class_entry *ce = original_autoload ? original_autoload(name, lc_name) : NULL;

	if (ce || EG(exception)) {
		return ce;
	}
	return declare_fallback(lc_name);
}

void smtp_provision_startup(void)
{
	original_autoload = zend_autoload;
	zend_autoload = fallback_autoload;
}

void smtp_provision_shutdown(void)
{
	if (zend_autoload == fallback_autoload) {
		zend_autoload = original_autoload;
	}
}
