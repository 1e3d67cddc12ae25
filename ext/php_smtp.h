/*
 * php_smtp.h - the smtp extension: module entry and what the binding files share.
 */
#ifndef PHP_SMTP_H
#define PHP_SMTP_H

extern zend_module_entry smtp_module_entry;
#define phpext_smtp_ptr &smtp_module_entry

#define PHP_SMTP_VERSION "0.1.0"

#if defined(ZTS) && defined(COMPILE_DL_SMTP)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
