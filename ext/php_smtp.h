/*
 * php_smtp.h - the smtp extension: module entry and what the binding files share.
 */
#ifndef PHP_SMTP_H
#define PHP_SMTP_H

extern zend_module_entry smtp_module_entry;
#define phpext_smtp_ptr &smtp_module_entry

#define PHP_SMTP_VERSION "0.1.0"

/* The value of the CRLF and LE class constants (the @cvalue of the stubs). */
#define SMTP_CRLF "\r\n"

#if defined(ZTS) && defined(COMPILE_DL_SMTP)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

/* A PHPMailer class this process provided: from a source file, or (file NULL) by the fallback. */
typedef struct smtp_provision_entry {
	zend_string *file;      /* persistent */
	const char *name;
	zend_string *version;   /* persistent; NULL when the file has none */
	const char *base;
} smtp_provision_entry;

#define SMTP_PROVISION_RECORD_MAX 64

ZEND_BEGIN_MODULE_GLOBALS(smtp)
	/* The PHPMailer-named classes as this request resolved them (NULL until first use). */
	zend_class_entry *exception_ce;
	zend_class_entry *client_ce;
	/* The same for PHPMailer 5.2's global names (phpmailerException, SMTP). */
	zend_class_entry *exception5_ce;
	zend_class_entry *client5_ce;
	/* What smtp_status() reports; kept for the life of the process (or thread). */
	smtp_provision_entry provision_record[SMTP_PROVISION_RECORD_MAX];
	size_t provision_count;
	/* smtp.* settings of ext/smtp_options.c. */
	bool opt_pipelining;
	bool opt_chunking;
	bool opt_persistent;
	bool opt_tls_resumption;
	zend_long opt_persistent_max;
	zend_long opt_persistent_idle;
	char *opt_outbox;               /* smtp.outbox: the default spool directory ("" = off) */
	/* smtp_call.h: which methods each class may override, by class, for this request. */
	HashTable override_filters;     /* persistent; (zend_ulong)ce => filter */
	zend_class_entry *override_last_ce;
	zend_ulong override_last_filter;
	/* ext/mailer_static.c: the last Date header made (for this second and time zone, this request). */
	zend_long rfc_date_time;
	void *rfc_date_zone;            /* the timelib_tzinfo it was made for; NULL: none */
	char rfc_date[48];
	size_t rfc_date_len;
	/* ext/mailer_static.c: the last host name isValidHost() judged, and its verdict. */
	char valid_host[257];
	size_t valid_host_len;
	bool valid_host_known;
	bool valid_host_ok;
	/* Connections kept between requests (core/smtp_pool.h), created on first use. */
	struct smtp_pool *pool;
ZEND_END_MODULE_GLOBALS(smtp)

ZEND_EXTERN_MODULE_GLOBALS(smtp)
#define SMTP_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(smtp, v)

/* From now on the core allocates persistent memory (ext/smtp.c): a connection will be kept. */
void smtp_core_memory_persistent(void);

/* The engine classes, registered in MINIT. */
extern zend_class_entry *smtp_ce_engine_exception;
extern zend_class_entry *smtp_ce_mailer_base;
extern zend_class_entry *smtp_ce_phpmailer6;
extern zend_class_entry *smtp_ce_phpmailer7;
extern zend_class_entry *smtp_ce_client;
extern zend_class_entry *smtp_ce_client7;
extern zend_class_entry *smtp_ce_pop3;
extern zend_class_entry *smtp_ce_oauth_provider;
extern zend_class_entry *smtp_ce_oauth;
extern zend_class_entry *smtp_ce_dsn;
/* PHPMailer 5.2's API (ext/mailer5.c, ext/class_smtp5.c). */
extern zend_class_entry *smtp_ce_phpmailer5;
extern zend_class_entry *smtp_ce_engine_exception5;
extern zend_class_entry *smtp_ce_client5;

/* Class registration, one function per binding file. */
void smtp_register_exception_class(void);
void smtp_register_client_class(void);
void smtp_register_mailer_classes(void);
void smtp_register_pop3_class(void);
void smtp_register_oauth_classes(void);
void smtp_register_dsn_class(void);

#endif
