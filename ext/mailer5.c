/*
 * mailer5.c - Smtp\Engine\PHPMailer5 and Exception5: PHPMailer 5.2's API
 * (the global PHPMailer and phpmailerException of class.phpmailer.php) on
 * the engine's one implementation.
 *
 * PHPMailer5 extends MailerBase. The methods below are the ones 5.2
 * declares otherwise (an instance parseAddresses() and idnSupported(), a
 * seven-argument doCallback(), encodeQP($string, $line_max)) or whose
 * behaviour differs throughout (setLanguage() and its table, setError(),
 * smtpConnect(), generateId(), the add*Attachment() family,
 * addCustomHeader(), _mime_types()); the engine reaches them by dispatch
 * (smtp_call.h). Everything else runs MailerBase's C, which asks
 * mailer_is_v5() where 5.2 only words or lays out a detail otherwise:
 *
 *   mailer.c          $this->LE instead of static::$LE (mailer5_le())
 *   smtp_errors.c     phpmailerException thrown and caught
 *   mailer_address.c  validateAddress() ('auto', callable strings), the
 *                     " (addAnAddress to): x" / " (setFrom) x" error texts,
 *                     no switch to the 'eai' validator, IDN without options
 *   mailer_send.c     no line-ending or SMTPUTF8 choice in preSend(),
 *                     " (punyEncode) x", doCallback() without $extra
 *   mailer_mime.c     X-Mailer from $Version, "b1_" boundaries, "\tboundary=",
 *                     the blank line getMailMIME() ends with, empty() names,
 *                     5.2's Message-ID check and encodeHeader() and wrapText()
 *   mailer_body.c     the 5.2 layout of the body (ext/core/mime_message.c:
 *                     preamble, blank lines, quoted names), errors recorded
 *                     instead of thrown
 *   mailer_smtp.c     new SMTP (global), 5.2's arguments to the SMTP object,
 *                     callbacks per RCPT, the header block sent as it is;
 *                     per host: no pooling, STARTTLS offered on localhost
 *                     taken too, a STARTTLS failure worded without the
 *                     SMTP error
 *   class_smtp.c      5.2's order of connect()'s error fields (SMTP5)
 *
 * The behaviour follows PHPMailer 5.2.28, the last 5.2 release.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/file.h"
#include "ext/standard/html.h"
#include "ext/standard/md5.h"
#include "ext/standard/php_filestat.h"
#include "ext/standard/php_string.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"

#include "mailer.h"
#include "mailer5.h"
#include "smtp_errors.h"
#include "smtp_provision.h"

#include "mailer5_arginfo.h"

#ifdef PHP_WIN32
#include "win32/time.h"
#else
#include <sys/time.h>
#endif

zend_class_entry *smtp_ce_phpmailer5;
zend_class_entry *smtp_ce_engine_exception5;

/* The slots of the properties only 5.2 declares. */
static uint32_t offset_le, offset_version, offset_realm, offset_workstation;

#define PROP5(obj, offset) smtp_prop_get((obj), (offset))

/* {{{ what the shared C asks */

mime_le mailer5_le(zend_object *obj)
{
	zval *le = PROP5(obj, offset_le);

	/* As for static::$LE: "\n" or, for anything else, CRLF (the two line endings the writer knows). */
	if (Z_TYPE_P(le) == IS_STRING && zend_string_equals_literal(Z_STR_P(le), "\n")) {
		return MIME_LE_LF;
	}
	return MIME_LE_CRLF;
}

zend_string *mailer5_le_str(zend_object *obj)
{
	return zval_get_string(PROP5(obj, offset_le));
}

zend_string *mailer5_version(zend_object *obj)
{
	return zval_get_string(PROP5(obj, offset_version));
}

/* A global class by name, autoloaded (PHPMailerAutoload.php loads class.<name>.php), or NULL. */
static zend_class_entry *global_class(const char *name, size_t len)
{
	zend_string *zname = zend_string_init(name, len, 0);
	zend_class_entry *ce = zend_lookup_class(zname);

	zend_string_release(zname);
	return ce;
}

zend_class_entry *mailer5_client_class(void)
{
	zend_class_entry *ce;

	if (SMTP_G(client5_ce)) {
		return SMTP_G(client5_ce);
	}
	/* Only a class found is remembered: class.smtp.php may still be included later. */
	ce = global_class("SMTP", sizeof("SMTP") - 1);
	if (!ce || EG(exception)) {
		return smtp_ce_client5;
	}
	return SMTP_G(client5_ce) = ce;
}

zend_class_entry *mailer5_exception_ce(void)
{
	zend_string *zname;
	zend_class_entry *ce;

	if (SMTP_G(exception5_ce)) {
		return SMTP_G(exception5_ce);
	}
	/* class.phpmailer.php declares it beside PHPMailer: no autoloading needed, nor wanted mid-throw. */
	zname = ZSTR_INIT_LITERAL("phpmailerException", 0);
	ce = zend_lookup_class_ex(zname, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
	zend_string_release(zname);
	if (!ce || !instanceof_function(ce, zend_ce_throwable)) {
		return smtp_ce_engine_exception5;
	}
	return SMTP_G(exception5_ce) = ce;
}

/* 5.2's isPermittedPath(): !preg_match('#^[a-z]+://#i', $path). */
static bool permitted_path(zend_string *path)
{
	size_t i = 0;

	while (i < ZSTR_LEN(path) && isalpha((unsigned char)ZSTR_VAL(path)[i])) {
		i++;
	}
	return !(i > 0 && ZSTR_LEN(path) - i >= 3 && memcmp(ZSTR_VAL(path) + i, "://", 3) == 0);
}

/* PHP's is_file() and is_readable(), warnings silenced as 5.2's @ does. */
static bool stat_is(zend_string *path, int type)
{
	zval rv;

	if (ZSTR_LEN(path) == 0 || strlen(ZSTR_VAL(path)) != ZSTR_LEN(path)) {
		return false;
	}
	php_stat(path, type, &rv);
	return Z_TYPE(rv) == IS_TRUE;
}

bool mailer5_validate_address(zend_class_entry *called, zend_string *address, zval *pattern)
{
	zval selected;
	const char *name = "php";
	bool valid;

	/* Any callable, strings included (5.2 predates CVE-2021-3603's fix). */
	if (mailer_validator_settles(called, address, pattern, true, &selected, &valid)) {
		return valid;
	}
	/* 'auto' (the default) and anything empty pick 'pcre8': every PHP 8 has PCRE >= 8.0.3. */
	if (!zend_is_true(&selected)) {
		name = "pcre8";
	} else {
		static const char *const names[] = {"auto", "pcre8", "pcre", "html5", "noregex"};
		size_t i;

		/* switch ($patternselect) compares loosely, case by case. */
		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
			if (mailer_validator_selects(&selected, names[i])) {
				name = i == 0 ? "pcre8" : names[i];
				break;
			}
		}
	}
	zval_ptr_dtor(&selected);
	if (strcmp(name, "noregex") == 0) {
		/* At least 3 bytes, and an '@' that is neither first nor last. */
		const char *at = memchr(ZSTR_VAL(address), '@', ZSTR_LEN(address));

		return ZSTR_LEN(address) >= 3 && at && at != ZSTR_VAL(address)
			&& (size_t)(at - ZSTR_VAL(address)) != ZSTR_LEN(address) - 1;
	}
	/* 5.2's older 'pcre' pattern differs from 'pcre8' only on folding whitespace and comments: pcre8 stands in. */
	return mailer_validate_builtin(name, address);
}

/* }}} */

/* {{{ language */

/* 5.2's English table, in its order. */
static const char *const english5[][2] = {
	{"authenticate", "SMTP Error: Could not authenticate."},
	{"connect_host", "SMTP Error: Could not connect to SMTP host."},
	{"data_not_accepted", "SMTP Error: data not accepted."},
	{"empty_message", "Message body empty"},
	{"encoding", "Unknown encoding: "},
	{"execute", "Could not execute: "},
	{"file_access", "Could not access file: "},
	{"file_open", "File Error: Could not open file: "},
	{"from_failed", "The following From address failed: "},
	{"instantiate", "Could not instantiate mail function."},
	{"invalid_address", "Invalid address: "},
	{"mailer_not_supported", " mailer is not supported."},
	{"provide_address", "You must provide at least one recipient email address."},
	{"recipients_failed", "SMTP Error: The following recipients failed: "},
	{"signing", "Signing Error: "},
	{"smtp_connect_failed", "SMTP connect() failed."},
	{"smtp_error", "SMTP server error: "},
	{"variable_set", "Cannot set or reset variable: "},
	{"extension_missing", "Extension missing: "},
};

/* The codes 5.2 renamed (note "sr" loads "rs" there, the reverse of 6.x). */
static const char *const renamed5[][2] = {
	{"br", "pt_br"}, {"cz", "cs"}, {"dk", "da"}, {"no", "nb"}, {"se", "sv"}, {"sr", "rs"},
};

/* '/^[a-z]{2}(?:_[a-zA-Z]{2})?$/' ($ lets a final "\n" through). */
static bool valid_langcode(zend_string *code)
{
	const char *s = ZSTR_VAL(code);
	size_t len = ZSTR_LEN(code);

	if (len && s[len - 1] == '\n') {
		len--;
	}
	if (len != 2 && len != 5) {
		return false;
	}
	if (!islower((unsigned char)s[0]) || !islower((unsigned char)s[1]) || !isascii((unsigned char)s[0])
		|| !isascii((unsigned char)s[1])) {
		return false;
	}
	return len == 2 || (s[2] == '_' && isalpha((unsigned char)s[3]) && isalpha((unsigned char)s[4])
		&& isascii((unsigned char)s[3]) && isascii((unsigned char)s[4]));
}

/*
 * 5.2's setLanguage(): the English table overlaid by the language file's
 * strings. 5.2 include()s the file; the engine reads its $PHPMAILER_LANG
 * lines as text (as 6.x does), so a language file never runs code.
 */
PHP_METHOD(Smtp_Engine_PHPMailer5, setLanguage)
{
	zend_string *langcode = NULL, *lang_path = NULL, *code, *dir, *file;
	zval table;
	bool found = true;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(langcode)
		Z_PARAM_STR(lang_path)
	ZEND_PARSE_PARAMETERS_END();

	code = langcode ? zend_string_copy(langcode) : ZSTR_INIT_LITERAL("en", 0);
	code = mailer_lang_rename(code, renamed5, sizeof(renamed5) / sizeof(renamed5[0]));
	array_init_size(&table, sizeof(english5) / sizeof(english5[0]));
	for (i = 0; i < sizeof(english5) / sizeof(english5[0]); i++) {
		add_assoc_string(&table, english5[i][0], (char *)english5[i][1]);
	}
	/* dirname(__FILE__) . '/language/': beside class.phpmailer.php. */
	dir = lang_path && ZSTR_LEN(lang_path) ? zend_string_copy(lang_path) : mailer_language_dir(THIS_OBJ->ce, 1);
	if (!valid_langcode(code)) {
		zend_string_release(code);
		code = ZSTR_INIT_LITERAL("en", 0);
	}
	file = zend_strpprintf(0, "%sphpmailer.lang-%s.php", ZSTR_VAL(dir), ZSTR_VAL(code));
	if (!zend_string_equals_literal(code, "en")) {
		if (!permitted_path(file) || !stat_is(file, FS_IS_R)) {
			found = false;
		} else {
			mailer_lang_read_file(&table, file);
		}
	}
	zend_update_property(THIS_OBJ->ce, THIS_OBJ, "language", sizeof("language") - 1, &table);
	zval_ptr_dtor(&table);
	zend_string_release(file);
	zend_string_release(dir);
	zend_string_release(code);
	RETURN_BOOL(found);
}

/* 5.2 returns the table as it is, loaded or not. */
PHP_METHOD(Smtp_Engine_PHPMailer5, getTranslations)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(zend_read_property(THIS_OBJ->ce, THIS_OBJ, "language", sizeof("language") - 1, true,
		&EG(uninitialized_zval)));
}

/* }}} */

/* {{{ errors and callbacks */

/* Appends label and the value of key in error when it is not empty(). */
static void append_detail(smart_str *msg, zval *error, const char *key, const char *label)
{
	zval *value = zend_hash_str_find(Z_ARRVAL_P(error), key, strlen(key));

	if (value && zend_is_true(value)) {
		zend_string *s = zval_get_string(value);

		smart_str_appends(msg, label);
		smart_str_append(msg, s);
		zend_string_release(s);
	}
}

/*
 * 5.2's setError(): the SMTP error follows the message with no space before
 * "SMTP server error: ", and its details are labelled in English.
 */
PHP_METHOD(Smtp_Engine_PHPMailer5, setError)
{
	zend_string *msg;
	zend_object *obj = THIS_OBJ;
	zval *mailer, *smtp;
	smart_str full = {0};

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(msg)
	ZEND_PARSE_PARAMETERS_END();

	MPROP_SET_LONG(obj, error_count, zval_get_long(MPROP(obj, error_count)) + 1);
	smart_str_append(&full, msg);
	mailer = MPROP(obj, Mailer);
	smtp = MPROP(obj, smtp);
	if (Z_TYPE_P(mailer) == IS_STRING && zend_string_equals_literal(Z_STR_P(mailer), "smtp")
		&& Z_TYPE_P(smtp) != IS_NULL) {
		zval error, *first;

		ZVAL_UNDEF(&error);
		if (mailer_smtp_do(obj, "getError", &error, 0, NULL) && Z_TYPE(error) == IS_ARRAY
			&& (first = zend_hash_str_find(Z_ARRVAL(error), "error", 5)) && zend_is_true(first)) {
			zend_string *label = mailer_lang(obj, "smtp_error"), *text = zval_get_string(first);

			smart_str_append(&full, label);
			smart_str_append(&full, text);
			zend_string_release(text);
			zend_string_release(label);
			append_detail(&full, &error, "detail", " Detail: ");
			append_detail(&full, &error, "smtp_code", " SMTP code: ");
			append_detail(&full, &error, "smtp_code_ex", " Additional SMTP info: ");
		}
		zval_ptr_dtor(&error);
	}
	smart_str_0(&full);
	MPROP_SET_ZSTR(obj, ErrorInfo, full.s ? full.s : ZSTR_EMPTY_ALLOC());
	smart_str_free(&full);
}

PHP_METHOD(Smtp_Engine_PHPMailer5, doCallback)
{
	zval *args;
	uint32_t argc;

	ZEND_PARSE_PARAMETERS_START(7, 7)
		Z_PARAM_VARIADIC('+', args, argc)
	ZEND_PARSE_PARAMETERS_END();

	mailer_call_action_function(THIS_OBJ, argc, args);
}

/* }}} */

/* {{{ smtpConnect() */

/* One entry of Host as 5.2 matches it: '/^((ssl|tls):\/\/)*([a-zA-Z0-9\.-]*|\[[a-fA-F0-9:]+\]):?([0-9]*)$/'. */
static bool parse_host5(zend_string *entry, mailer_host_entry *out)
{
	const char *s = ZSTR_VAL(entry), *end = s + ZSTR_LEN(entry), *h, *h_end, *d, *scheme = "";

	if (end > s && end[-1] == '\n') {
		end--;
	}
	while (end - s >= 6 && (memcmp(s, "ssl://", 6) == 0 || memcmp(s, "tls://", 6) == 0)) {
		scheme = s[0] == 's' ? "ssl" : "tls";
		s += 6;
	}
	h = s;
	if (s < end && *s == '[') {
		const char *p = s + 1;

		while (p < end && (isxdigit((unsigned char)*p) || *p == ':')) {
			p++;
		}
		if (p == s + 1 || p == end || *p != ']') {
			return false;
		}
		s = p + 1;
	} else {
		while (s < end && (isalnum((unsigned char)*s) || *s == '.' || *s == '-') && isascii((unsigned char)*s)) {
			s++;
		}
	}
	h_end = s;
	if (s < end && *s == ':') {
		s++;
	}
	for (d = s; d < end; d++) {
		if (!isdigit((unsigned char)*d)) {
			return false;
		}
	}
	out->scheme = *scheme ? zend_string_init(scheme, 3, 0) : ZSTR_EMPTY_ALLOC();
	out->host = zend_string_init(h, h_end - h, 0);
	out->port = s < end ? zend_string_init(s, end - s, 0) : NULL;
	return true;
}

/*
 * 5.2's smtpConnect(): every Host entry in turn; an entry it cannot parse
 * is skipped with "Ignoring invalid host: ". An exception after connecting
 * (STARTTLS or AUTH refused) ends that host with QUIT; when all fail, the
 * connection is closed (which clears the SMTP error) and, with exceptions
 * on, the last such exception is thrown.
 */
PHP_METHOD(Smtp_Engine_PHPMailer5, smtpConnect)
{
	zend_object *obj = THIS_OBJ, *last = NULL;
	zval *options = NULL, *smtp = MPROP(obj, smtp), arg;
	zend_string *hosts;
	const char *p, *end;
	static const struct {
		const char *method;
		mailer_prop prop;
	} settings[] = {
		{"setTimeout", MP_Timeout}, {"setDebugLevel", MP_SMTPDebug}, {"setDebugOutput", MP_Debugoutput},
		{"setVerp", MP_do_verp},
	};
	size_t i;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(options)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE_P(smtp) == IS_NULL) {
		zval instance;

		if (!SMTP_CALL(obj, "getsmtpinstance", &instance, 0, NULL)) {
			RETURN_THROWS();
		}
		MPROP_SET(obj, smtp, &instance);
	}
	if (!options || Z_TYPE_P(options) == IS_NULL) {
		options = MPROP(obj, SMTPOptions);
	}
	if (mailer_smtp_test(obj, "connected", 0, NULL)) {
		RETURN_TRUE;
	}
	for (i = 0; i < sizeof(settings) / sizeof(settings[0]) && !EG(exception); i++) {
		ZVAL_COPY(&arg, smtp_prop_get(obj, smtp_mailer_prop_offsets[settings[i].prop]));
		mailer_smtp_do(obj, settings[i].method, NULL, 1, &arg);
		zval_ptr_dtor(&arg);
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	hosts = zval_get_string(MPROP(obj, Host));
	p = ZSTR_VAL(hosts);
	end = p + ZSTR_LEN(hosts);
	for (;;) {
		const char *semi = memchr(p, ';', end - p), *stop = semi ? semi : end;
		zend_string *entry = zend_string_init(p, stop - p, 0), *trimmed = php_trim(entry, NULL, 0, 3);
		mailer_host_entry e;
		zval *auth_extra[] = {PROP5(obj, offset_realm), PROP5(obj, offset_workstation)};
		bool connected = false;

		if (!parse_host5(trimmed, &e)) {
			zend_string *msg = zend_strpprintf(0, "Ignoring invalid host: %s", ZSTR_VAL(entry));

			mailer_debug(obj, msg);
			zend_string_release(msg);
		} else {
			bool ok = mailer_smtp_connect_host(obj, &e, options, 2, auth_extra, &connected);

			mailer_host_entry_free(&e);
			if (ok) {
				zend_string_release(trimmed);
				zend_string_release(entry);
				zend_string_release(hosts);
				if (last) {
					OBJ_RELEASE(last);
				}
				RETURN_TRUE;
			}
			if (connected && !mailer_smtp_host_failed(obj, &last)) {
				zend_string_release(trimmed);
				zend_string_release(entry);
				break;
			}
		}
		zend_string_release(trimmed);
		zend_string_release(entry);
		if (EG(exception) || !semi) {
			break;
		}
		p = semi + 1;
	}
	zend_string_release(hosts);
	if (EG(exception)) {
		if (last) {
			OBJ_RELEASE(last);
		}
		RETURN_THROWS();
	}
	mailer_smtp_do(obj, "close", NULL, 0, NULL);
	if (last && mailer_exceptions(obj) && !EG(exception)) {
		zval ex;

		ZVAL_OBJ(&ex, last);
		zend_throw_exception_object(&ex);
		RETURN_THROWS();
	}
	if (last) {
		OBJ_RELEASE(last);
	}
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_FALSE;
}

/* }}} */

/* {{{ addresses */

PHP_METHOD(Smtp_Engine_PHPMailer5, parseAddresses)
{
	zend_string *addrstr;
	zval *useimap = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(addrstr)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(useimap)
	ZEND_PARSE_PARAMETERS_END();

	array_init(return_value);
	mailer_parse_addresses(THIS_OBJ->ce, addrstr, !useimap || zend_is_true(useimap), NULL, return_value);
}

PHP_METHOD(Smtp_Engine_PHPMailer5, idnSupported)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(zend_hash_str_exists(EG(function_table), "idn_to_ascii", sizeof("idn_to_ascii") - 1)
		&& zend_hash_str_exists(EG(function_table), "mb_convert_encoding", sizeof("mb_convert_encoding") - 1));
}

/* }}} */

/* {{{ ids and encodings */

/* md5(uniqid(time())): 32 hex digits. */
PHP_METHOD(Smtp_Engine_PHPMailer5, generateId)
{
	PHP_MD5_CTX ctx;
	unsigned char digest[16];
	char hex[33], seed[64];
	struct timeval tv;
	int n;

	ZEND_PARSE_PARAMETERS_NONE();

	gettimeofday(&tv, NULL);
	/* uniqid($prefix): the prefix, then seconds and microseconds in hex. */
	n = snprintf(seed, sizeof(seed), "%ld%08lx%05lx", (long)tv.tv_sec, (unsigned long)tv.tv_sec,
		(unsigned long)tv.tv_usec);
	PHP_MD5Init(&ctx);
	PHP_MD5Update(&ctx, seed, (size_t)n);
	PHP_MD5Final(digest, &ctx);
	make_digest_ex(hex, digest, 16);
	RETURN_STRINGL(hex, 32);
}

/* 5.2's encodeQP() is PHP's quoted_printable_encode(); $line_max is ignored there too. */
static void encode_qp5(INTERNAL_FUNCTION_PARAMETERS, uint32_t max_args)
{
	zend_string *str;
	zval *ignored1 = NULL, *ignored2 = NULL;
	smtp_buf out = SMTP_BUF_INIT;

	ZEND_PARSE_PARAMETERS_START(1, max_args)
		Z_PARAM_STR(str)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(ignored1)
		Z_PARAM_ZVAL(ignored2)
	ZEND_PARSE_PARAMETERS_END();

	(void)ignored1;
	(void)ignored2;
	mime_qp_php(&out, ZSTR_VAL(str), ZSTR_LEN(str));
	RETVAL_STRINGL(out.data ? out.data : "", out.len);
	smtp_buf_free(&out);
}

PHP_METHOD(Smtp_Engine_PHPMailer5, encodeQP)
{
	encode_qp5(INTERNAL_FUNCTION_PARAM_PASSTHRU, 2);
}

PHP_METHOD(Smtp_Engine_PHPMailer5, encodeQPphp)
{
	encode_qp5(INTERNAL_FUNCTION_PARAM_PASSTHRU, 3);
}

/* fixEOL(): every CRLF, CR and LF made $this->LE. */
PHP_METHOD(Smtp_Engine_PHPMailer5, fixEOL)
{
	zend_string *str, *le;
	smtp_buf out = SMTP_BUF_INIT;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(str)
	ZEND_PARSE_PARAMETERS_END();

	le = mailer5_le_str(THIS_OBJ);
	mime_normalize_breaks(&out, ZSTR_VAL(str), ZSTR_LEN(str), (mime_le){ZSTR_VAL(le), ZSTR_LEN(le)});
	RETVAL_STRINGL(out.data ? out.data : "", out.len);
	smtp_buf_free(&out);
	zend_string_release(le);
}

/* }}} */

/* {{{ custom headers and attachments */

/* addCustomHeader(): "name:value" split at the first ':' when no value is given; nothing checked, nothing returned. */
PHP_METHOD(Smtp_Engine_PHPMailer5, addCustomHeader)
{
	zend_string *name;
	zval *value = NULL, pair;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();

	array_init_size(&pair, 2);
	if (!value || Z_TYPE_P(value) == IS_NULL) {
		const char *colon = memchr(ZSTR_VAL(name), ':', ZSTR_LEN(name));

		if (colon) {
			add_next_index_stringl(&pair, ZSTR_VAL(name), colon - ZSTR_VAL(name));
			add_next_index_stringl(&pair, colon + 1, ZSTR_VAL(name) + ZSTR_LEN(name) - colon - 1);
		} else {
			add_next_index_str(&pair, zend_string_copy(name));
		}
	} else {
		add_next_index_str(&pair, zend_string_copy(name));
		Z_TRY_ADDREF_P(value);
		add_next_index_zval(&pair, value);
	}
	zend_hash_next_index_insert(MPROP_ARRAY(THIS_OBJ, CustomHeader), &pair);
}

/* $type, or self::filenameToType($of) when $type == ''. */
static zend_string *type_or_guess(zend_object *obj, zval *type, zend_string *of)
{
	if (!type || (Z_TYPE_P(type) == IS_STRING && Z_STRLEN_P(type) == 0) || Z_TYPE_P(type) == IS_NULL) {
		return mailer_filename_to_type(obj->ce, of);
	}
	return zval_get_string(type);
}

/* The arguments of the four add methods, with 5.2's defaults. */
typedef struct args5 {
	zend_string *source;
	zval *cid, *name, *encoding, *type, *disposition;
	zval d_name, d_encoding, d_disposition;
} args5;

static void args5_defaults(args5 *a, const char *disposition)
{
	ZVAL_EMPTY_STRING(&a->d_name);
	ZVAL_STRING(&a->d_encoding, "base64");
	ZVAL_STRING(&a->d_disposition, disposition);
	if (!a->name) {
		a->name = &a->d_name;
	}
	if (!a->encoding) {
		a->encoding = &a->d_encoding;
	}
	if (!a->disposition) {
		a->disposition = &a->d_disposition;
	}
}

static void args5_free(args5 *a)
{
	zval_ptr_dtor(&a->d_encoding);
	zval_ptr_dtor(&a->d_disposition);
}

/* A file 5.2 takes: a permitted path to a regular file. */
static bool file5_ok(zend_string *path)
{
	return permitted_path(path) && stat_is(path, FS_IS_FILE);
}

/* addAttachment()'s and addEmbeddedImage()'s entry: name '' means basename($path). */
static void add_file5(zend_object *obj, args5 *a)
{
	zend_string *filename = php_basename(ZSTR_VAL(a->source), ZSTR_LEN(a->source), NULL, 0);
	zval source, name, type;

	ZVAL_STR(&type, type_or_guess(obj, a->type, a->source));
	ZVAL_STR(&name, Z_TYPE_P(a->name) == IS_STRING && Z_STRLEN_P(a->name) == 0
		? zend_string_copy(filename) : zval_get_string(a->name));
	ZVAL_STR_COPY(&source, a->source);
	mailer_append_attachment(obj, &source, filename, &name, a->encoding, &type, false, a->disposition, a->cid);
	zval_ptr_dtor(&source);
	zval_ptr_dtor(&name);
	zval_ptr_dtor(&type);
}

/*
 * The rest of addAttachment() and addEmbeddedImage() (a->cid set): an
 * unusable file fails, and for an image that is only an error on record
 * (no debug line, no exception); else the entry is added.
 */
static void add_file5_and_return(zend_object *obj, args5 *a, const char *disposition, zval *return_value)
{
	if (!file5_ok(a->source)) {
		zend_string *msg = mailer_lang_concat(obj, "file_access", ZSTR_VAL(a->source), ZSTR_LEN(a->source));

		if (a->cid) {
			mailer_set_error(obj, msg);
		} else {
			mailer_fail(obj, msg, STOP_CONTINUE);
		}
		zend_string_release(msg);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	args5_defaults(a, disposition);
	add_file5(obj, a);
	args5_free(a);
	RETURN_TRUE;
}

PHP_METHOD(Smtp_Engine_PHPMailer5, addAttachment)
{
	args5 a = {0};

	ZEND_PARSE_PARAMETERS_START(1, 5)
		Z_PARAM_STR(a.source)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(a.name)
		Z_PARAM_ZVAL(a.encoding)
		Z_PARAM_ZVAL(a.type)
		Z_PARAM_ZVAL(a.disposition)
	ZEND_PARSE_PARAMETERS_END();

	add_file5_and_return(THIS_OBJ, &a, "attachment", return_value);
}

/* 5.2 checks nothing here and returns nothing. */
PHP_METHOD(Smtp_Engine_PHPMailer5, addStringAttachment)
{
	args5 a = {0};
	zend_string *filename;
	zval *string, name, type;

	ZEND_PARSE_PARAMETERS_START(2, 5)
		Z_PARAM_ZVAL(string)
		Z_PARAM_STR(filename)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(a.encoding)
		Z_PARAM_ZVAL(a.type)
		Z_PARAM_ZVAL(a.disposition)
	ZEND_PARSE_PARAMETERS_END();

	args5_defaults(&a, "attachment");
	ZVAL_STR(&name, php_basename(ZSTR_VAL(filename), ZSTR_LEN(filename), NULL, 0));
	ZVAL_STR(&type, type_or_guess(THIS_OBJ, a.type, filename));
	mailer_append_attachment(THIS_OBJ, string, zend_string_copy(filename), &name, a.encoding, &type, true,
		a.disposition, NULL);
	zval_ptr_dtor(&name);
	zval_ptr_dtor(&type);
	args5_free(&a);
}

PHP_METHOD(Smtp_Engine_PHPMailer5, addEmbeddedImage)
{
	args5 a = {0};

	ZEND_PARSE_PARAMETERS_START(2, 6)
		Z_PARAM_STR(a.source)
		Z_PARAM_ZVAL(a.cid)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(a.name)
		Z_PARAM_ZVAL(a.encoding)
		Z_PARAM_ZVAL(a.type)
		Z_PARAM_ZVAL(a.disposition)
	ZEND_PARSE_PARAMETERS_END();

	add_file5_and_return(THIS_OBJ, &a, "inline", return_value);
}

PHP_METHOD(Smtp_Engine_PHPMailer5, addStringEmbeddedImage)
{
	args5 a = {0};
	zval *string, name, type;

	ZEND_PARSE_PARAMETERS_START(2, 6)
		Z_PARAM_ZVAL(string)
		Z_PARAM_ZVAL(a.cid)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(a.name)
		Z_PARAM_ZVAL(a.encoding)
		Z_PARAM_ZVAL(a.type)
		Z_PARAM_ZVAL(a.disposition)
	ZEND_PARSE_PARAMETERS_END();

	args5_defaults(&a, "inline");
	ZVAL_STR(&name, zval_get_string(a.name));
	/* The type is guessed only from a name that is not empty(). */
	if ((!a.type || (Z_TYPE_P(a.type) == IS_STRING && Z_STRLEN_P(a.type) == 0)) && zend_is_true(a.name)) {
		ZVAL_STR(&type, mailer_filename_to_type(THIS_OBJ->ce, Z_STR(name)));
	} else {
		ZVAL_STR(&type, a.type ? zval_get_string(a.type) : ZSTR_EMPTY_ALLOC());
	}
	mailer_append_attachment(THIS_OBJ, string, zend_string_copy(Z_STR(name)), &name, a.encoding, &type, true,
		a.disposition, a.cid);
	zval_ptr_dtor(&name);
	zval_ptr_dtor(&type);
	args5_free(&a);
	RETURN_TRUE;
}

/* 5.2's table of extensions: 6.x's without the ones 6.x added (csv, webp, mp4, ...). */
PHP_METHOD(Smtp_Engine_PHPMailer5, _mime_types)
{
	zend_string *ext = ZSTR_EMPTY_ALLOC();

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(ext)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(mailer_mime_type_of(ext, true));
}

/* }}} */

/* {{{ phpmailerException */

/* '<strong>' . htmlspecialchars($message) . "</strong><br />\n", htmlspecialchars() with PHP's default flags. */
PHP_METHOD(Smtp_Engine_Exception5, errorMessage)
{
	zend_string *message, *escaped;

	ZEND_PARSE_PARAMETERS_NONE();

	message = smtp_exception_message(Z_OBJ_P(ZEND_THIS));
	escaped = php_escape_html_entities_ex((unsigned char *)ZSTR_VAL(message), ZSTR_LEN(message), 0,
		ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401, NULL, 1, 0);
	RETVAL_STR(zend_strpprintf(0, "<strong>%s</strong><br />\n", ZSTR_VAL(escaped)));
	zend_string_release(escaped);
	zend_string_release(message);
}

/* }}} */

static uint32_t offset5(const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&smtp_ce_phpmailer5->properties_info, name, strlen(name));

	ZEND_ASSERT(info && !(info->flags & ZEND_ACC_STATIC));
	return info->offset;
}

void smtp_register_mailer5_classes(void)
{
	zval value;

	smtp_ce_phpmailer5 = register_class_Smtp_Engine_PHPMailer5(smtp_ce_mailer_base);
	smtp_ce_engine_exception5 = register_class_Smtp_Engine_Exception5(zend_ce_exception);
	ZVAL_INTERNED_STR(&value, zend_string_init_interned("\n", 1, 1));
	smtp_prop_set_default(smtp_ce_phpmailer5, "LE", &value);
	offset_le = offset5("LE");
	offset_version = offset5("Version");
	offset_realm = offset5("Realm");
	offset_workstation = offset5("Workstation");
}
