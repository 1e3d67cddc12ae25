/*
 * smtp.c - the module: start-up, request set-up, shutdown, phpinfo().
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"

#include "php_smtp.h"
#include "smtp_call.h"
#include "smtp_options.h"
#include "smtp_props.h"
#include "smtp_provision.h"
#include "mailer5.h"
#include "smtp_functions_arginfo.h"

#include "core/smtp_alloc.h"
#include "core/smtp_pool.h"
#include "core/smtp_tls.h"

#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <zlib.h>

ZEND_DECLARE_MODULE_GLOBALS(smtp)

/*
 * The core allocates request memory: everything it holds belongs to a PHP
 * object of this request. Once this process keeps connections between
 * requests (smtp.persistent), a connection's memory must outlive the
 * request, so from then on the core allocates persistent memory. Each block
 * carries a header that says which heap it came from.
 */
#define CORE_HEADER 16
static bool core_persistent;

void smtp_core_memory_persistent(void)
{
	core_persistent = true;
}

static void *core_malloc(size_t size)
{
	char *block = pemalloc(size + CORE_HEADER, core_persistent);

	block[0] = core_persistent;
	return block + CORE_HEADER;
}

static void *core_realloc(void *ptr, size_t size)
{
	char *block;

	if (!ptr) {
		return core_malloc(size);
	}
	block = (char *)ptr - CORE_HEADER;
	/* A block stays on the heap it came from. */
	block = perealloc(block, size + CORE_HEADER, block[0]);
	return block + CORE_HEADER;
}

static void core_free(void *ptr)
{
	char *block = (char *)ptr - CORE_HEADER;

	pefree(block, block[0]);
}

static const smtp_allocator core_allocator = {core_malloc, core_realloc, core_free};

static PHP_GINIT_FUNCTION(smtp)
{
#if defined(COMPILE_DL_SMTP) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(smtp_globals, 0, sizeof(*smtp_globals));
	zend_hash_init(&smtp_globals->override_filters, 8, NULL, NULL, 1);
}

static PHP_GSHUTDOWN_FUNCTION(smtp)
{
	smtp_provision_globals_dtor();
	zend_hash_destroy(&smtp_globals->override_filters);
	smtp_pool_free(smtp_globals->pool);
	smtp_globals->pool = NULL;
}

static PHP_MINIT_FUNCTION(smtp)
{
	smtp_set_allocator(&core_allocator);
	smtp_register_exception_class();
	smtp_register_client_class();
	smtp_register_mailer_classes();
	smtp_register_mailer5_classes();
	smtp_register_client5_class();
	smtp_register_pop3_class();
	smtp_register_oauth_classes();
	smtp_register_dsn_class();
	smtp_props_init(smtp_ce_mailer_base, smtp_ce_client);
	smtp_provision_startup(type, module_number);
	smtp_options_startup(type, module_number);
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(smtp)
{
	smtp_options_shutdown(type, module_number);
	smtp_provision_shutdown(type, module_number);
	smtp_props_shutdown();
	smtp_tls_cache_clear();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(smtp)
{
#if defined(COMPILE_DL_SMTP) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	/* Classes are per request: look the PHPMailer names up again. */
	SMTP_G(exception_ce) = NULL;
	SMTP_G(client_ce) = NULL;
	SMTP_G(exception5_ce) = NULL;
	SMTP_G(client5_ce) = NULL;
	smtp_override_filters_reset();
	SMTP_G(rfc_date_zone) = NULL;
	return SUCCESS;
}

/*
 * What this build can do, one row per area, for whoever reads phpinfo() to
 * find out why a feature does not work: a branch that adds a mechanism, an
 * ESMTP extension or a SIMD path extends its row here.
 */
static void print_features(void)
{
	php_info_print_table_start();
	php_info_print_table_header(2, "Feature", "Compiled in");
#ifdef ZTS
	php_info_print_table_row(2, "Thread safety", "enabled (ZTS)");
#else
	php_info_print_table_row(2, "Thread safety", "disabled (NTS)");
#endif
	php_info_print_table_row(2, "Debug build", ZEND_DEBUG ? "yes" : "no");
	php_info_print_table_row(2, "TLS", "STARTTLS and implicit TLS (SMTPS), TLS 1.2 or later, "
		"certificates verified by default");
	php_info_print_table_row(2, "SMTP AUTH", "PLAIN, LOGIN, CRAM-MD5, XOAUTH2, OAUTHBEARER, SCRAM-SHA-1, SCRAM-SHA-256");
	php_info_print_table_row(2, "ESMTP extensions",
		"STARTTLS, AUTH, PIPELINING, CHUNKING, SIZE, 8BITMIME, SMTPUTF8, DSN, REQUIRETLS, XVERP, XCLIENT");
	php_info_print_table_row(2, "Transports", "smtp, mail, sendmail, qmail");
	php_info_print_table_row(2, "DKIM signing", "rsa-sha256, ed25519-sha256 (relaxed/simple)");
	php_info_print_table_row(2, "S/MIME signing", "detached PKCS#7 (multipart/signed)");
	php_info_print_table_row(2, "S/MIME encryption", "enveloped PKCS#7, AES-256-CBC");
	php_info_print_table_row(2, "POP3", "POP-before-SMTP");
	#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
	php_info_print_table_row(2, "SIMD", "SSE2 (scans of lines and addresses), AVX2 (base64) where the CPU has it");
#else
	php_info_print_table_row(2, "SIMD", "none (portable C)");
#endif
	php_info_print_table_end();
}

static PHP_MINFO_FUNCTION(smtp)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "smtp support", "enabled");
	php_info_print_table_row(2, "Version", PHP_SMTP_VERSION);
	php_info_print_table_row(2, "PHPMailer API", "5.2.28, 6.12.0, 7.1.1");
	php_info_print_table_row(2, "OpenSSL (built with)", OPENSSL_VERSION_TEXT);
	php_info_print_table_row(2, "OpenSSL (running)", OpenSSL_version(OPENSSL_VERSION));
	php_info_print_table_row(2, "zlib (built with)", ZLIB_VERSION);
	php_info_print_table_row(2, "zlib (running)", zlibVersion());
	php_info_print_table_end();
	print_features();
	smtp_provision_info();
	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep smtp_deps[] = {
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_REQUIRED("pcre")
	ZEND_MOD_REQUIRED("date")
	ZEND_MOD_REQUIRED("standard")
	ZEND_MOD_END
};

zend_module_entry smtp_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	smtp_deps,
	"smtp",
	ext_functions,
	PHP_MINIT(smtp),
	PHP_MSHUTDOWN(smtp),
	PHP_RINIT(smtp),
	NULL,
	PHP_MINFO(smtp),
	PHP_SMTP_VERSION,
	PHP_MODULE_GLOBALS(smtp),
	PHP_GINIT(smtp),
	PHP_GSHUTDOWN(smtp),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_SMTP
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(smtp)
#endif
