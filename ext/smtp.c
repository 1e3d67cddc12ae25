/*
 * smtp.c - the module: start-up, shutdown, phpinfo().
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"
#include "php_smtp.h"

#include <openssl/opensslv.h>
#include <zlib.h>

static PHP_MINIT_FUNCTION(smtp)
{
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(smtp)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "smtp support", "enabled");
	php_info_print_table_row(2, "Version", PHP_SMTP_VERSION);
	php_info_print_table_row(2, "OpenSSL (built with)", OPENSSL_VERSION_TEXT);
	php_info_print_table_row(2, "zlib (built with)", ZLIB_VERSION);
	php_info_print_table_end();
}

zend_module_entry smtp_module_entry = {
	STANDARD_MODULE_HEADER,
	"smtp",
	NULL,
	PHP_MINIT(smtp),
	NULL,
	NULL,
	NULL,
	PHP_MINFO(smtp),
	PHP_SMTP_VERSION,
	STANDARD_MODULE_PROPERTIES
};

#ifdef COMPILE_DL_SMTP
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(smtp)
#endif
