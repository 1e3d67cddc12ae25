/*
 * smtp_provision.c - the PHPMailer names: which classes the extension
 * stands in for, the code that declares them, the fallback autoloader, the
 * smtp.* settings and the record behind smtp_status() and phpinfo().
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "ext/standard/info.h"
#include "ext/standard/php_string.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "zend_system_id.h"

#include "php_smtp.h"
#include "smtp_provision.h"

#define NS "PHPMailer\\PHPMailer\\"
#define ENGINE "Smtp\\Engine\\"

#define NONE SMTP_VERSION_NONE
#define CONST SMTP_VERSION_CONST

/* The private members of the stock PHPMailer.php files. */
#define PHPMAILER6_PRIVATES "mailPassthru getSmtpErrorMessage"
#define PHPMAILER7_PRIVATES PHPMAILER6_PRIVATES " parseSendmailPath parseEmailString sanitiseDate"
#define DSN_PRIVATES "parseDSN applyConfig configureSMTP configureOptions"

static const smtp_provided provided[] = {
	/*  name                      file                   iface  VERSION  bases: 5.2, 6.x, 7.x
	    parent  implements  privates: 5.2, 6.x, 7.x */
	{NS "PHPMailer", "PHPMailer.php", false, CONST, {NULL, ENGINE "PHPMailer6", ENGINE "PHPMailer7"}, "", "",
		{NULL, PHPMAILER6_PRIVATES, PHPMAILER7_PRIVATES}},
	{NS "SMTP", "SMTP.php", false, CONST, {NULL, ENGINE "SMTP", ENGINE "SMTP7"}, "", "", {NULL, "", "iterateLines"}},
	{NS "Exception", "Exception.php", false, NONE, {NULL, ENGINE "Exception", ENGINE "Exception"},
		"\\Exception", "", {NULL, "", ""}},
	{NS "POP3", "POP3.php", false, CONST, {NULL, ENGINE "POP3", ENGINE "POP3"}, "", "", {NULL, "", ""}},
	{NS "DSNConfigurator", "DSNConfigurator.php", false, NONE,
		{NULL, ENGINE "DSNConfigurator", ENGINE "DSNConfigurator"}, "", "", {NULL, DSN_PRIVATES, DSN_PRIVATES}},
	{NS "OAuthTokenProvider", "OAuthTokenProvider.php", true, NONE,
		{NULL, ENGINE "OAuthTokenProvider", ENGINE "OAuthTokenProvider"}, "", "", {NULL, "", ""}},
	{NS "OAuth", "OAuth.php", false, NONE, {NULL, ENGINE "OAuth", ENGINE "OAuth"}, "", "OAuthTokenProvider",
		{NULL, "", ""}},
	/*
	 * PHPMailer 5.2, in the global namespace: class.phpmailer.php declares
	 * PHPMailer then phpmailerException, and says its version in the
	 * property $Version. There is no fallback for these names (code that
	 * uses 5.2 ships its class files, and a global SMTP is too common a
	 * name to declare on a miss); class.pop3.php stays as it is.
	 */
	{"PHPMailer", "class.phpmailer.php", false, SMTP_VERSION_PROPERTY, {ENGINE "PHPMailer5", NULL, NULL}, "", "",
		{"mailPassthru", NULL, NULL}},
	{"phpmailerException", "class.phpmailer.php", false, NONE, {ENGINE "Exception5", NULL, NULL}, "Exception", "",
		{"", NULL, NULL}},
	{"SMTP", "class.smtp.php", false, SMTP_VERSION_BOTH, {ENGINE "SMTP5", NULL, NULL}, "", "", {"", NULL, NULL}},
};

#undef NONE
#undef CONST

/* The settings, read once at start-up (PHP_INI_SYSTEM). */
static struct {
	bool enabled;
	smtp_api default_api;
	bool log;
} settings = {true, SMTP_API_6, false};

static zend_class_entry *(*original_autoload)(zend_string *name, zend_string *lc_name);

/* {{{ the classes */

zend_class_entry *smtp_provided_base(const smtp_provided *c, smtp_api api)
{
	const char *name = c->base[api - SMTP_API_5];

	return name ? zend_hash_str_find_ptr_lc(CG(class_table), name, strlen(name)) : NULL;
}

size_t smtp_provided_by_file(const char *basename, size_t len, const smtp_provided **out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < sizeof(provided) / sizeof(provided[0]) && n < max; i++) {
		if (strlen(provided[i].file) == len && strncasecmp(provided[i].file, basename, len) == 0) {
			out[n++] = &provided[i];
		}
	}
	return n;
}

/* What each API column of the table stands for (smtp_substitute.c checks a file's version against it). */
static const char *const api_versions[] = {"5.2.22 to 5.2.28", "6.x", "7.x"};

/* The source files recognised as api's, in table order, each once. */
static void recognised_files(smtp_api api, zval *files)
{
	const char *last = NULL;
	size_t i;

	array_init(files);
	for (i = 0; i < sizeof(provided) / sizeof(provided[0]); i++) {
		if (provided[i].base[api - SMTP_API_5] && (!last || strcmp(last, provided[i].file) != 0)) {
			add_next_index_string(files, provided[i].file);
			last = provided[i].file;
		}
	}
}

bool smtp_provided_private(const smtp_provided *c, smtp_api api, const char *name, size_t len)
{
	const char *p = c->privates[api - SMTP_API_5];

	if (!p) {
		return false;
	}

	while (*p) {
		size_t n = strcspn(p, " ");

		if (n == len && strncasecmp(p, name, len) == 0) {
			return true;
		}
		p += n + (p[n] == ' ');
	}
	return false;
}

/* The short name and the namespace of a qualified name. */
static const char *short_name(const char *name)
{
	const char *sep = strrchr(name, '\\');

	return sep ? sep + 1 : name;
}

/* The file's version string, made safe for a single-quoted literal. */
static void append_literal(smart_str *code, const char *s, size_t len)
{
	size_t i;

	smart_str_appendc(code, '\'');
	for (i = 0; i < len; i++) {
		if (s[i] == '\'' || s[i] == '\\') {
			smart_str_appendc(code, '\\');
		}
		smart_str_appendc(code, s[i]);
	}
	smart_str_appendc(code, '\'');
}

zend_string *smtp_provided_code(const smtp_provided *c, smtp_api api, const char *version, size_t version_len)
{
	const char *local = short_name(c->name);
	smart_str code = {0};

	if (local != c->name) {
		smart_str_append_printf(&code, "namespace %.*s; ", (int)(local - c->name - 1), c->name);
	}
	smart_str_append_printf(&code, "if (!\\%s_exists(%s::class, false)) { %s %s extends \\%s",
		c->is_interface ? "interface" : "class", local, c->is_interface ? "interface" : "class", local,
		c->base[api - SMTP_API_5]);
	if (*c->implements) {
		smart_str_append_printf(&code, " implements %s", c->implements);
	}
	smart_str_appends(&code, " {");
	if (version && c->version != SMTP_VERSION_PROPERTY) {
		smart_str_appends(&code, " const VERSION = ");
		append_literal(&code, version, version_len);
		smart_str_appends(&code, "; ");
	}
	if (version && (c->version == SMTP_VERSION_PROPERTY || c->version == SMTP_VERSION_BOTH)) {
		smart_str_appends(&code, " public $Version = ");
		append_literal(&code, version, version_len);
		smart_str_appends(&code, "; ");
	}
	smart_str_appends(&code, "} }\n");
	smart_str_0(&code);
	return code.s;
}

/* }}} */

/* {{{ the fallback autoloader */

static zend_class_entry *declare_fallback(zend_string *lc_name)
{
	size_t i;

	for (i = 0; i < sizeof(provided) / sizeof(provided[0]); i++) {
		const smtp_provided *c = &provided[i];
		zend_string *code;
		zend_result declared;

		if (zend_binary_strcasecmp(ZSTR_VAL(lc_name), ZSTR_LEN(lc_name), c->name, strlen(c->name)) != 0) {
			continue;
		}
		if (!smtp_provided_base(c, settings.default_api)) {
			return NULL;
		}
		code = smtp_provided_code(c, settings.default_api, NULL, 0);
		declared = zend_eval_stringl(ZSTR_VAL(code), ZSTR_LEN(code), NULL, SMTP_FALLBACK_FILENAME);
		zend_string_release(code);
		if (declared != SUCCESS || EG(exception)) {
			return NULL;
		}
		smtp_provision_record(NULL, c, NULL, 0, settings.default_api);
		return zend_hash_find_ptr(EG(class_table), lc_name);
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

/* }}} */

/* {{{ the record */

/* Without opcache every request compiles the files again: keep one row per file and class. */
static bool already_recorded(zend_string *file, const smtp_provided *c)
{
	size_t i;

	for (i = 0; i < SMTP_G(provision_count); i++) {
		smtp_provision_entry *e = &SMTP_G(provision_record)[i];

		if (e->name == c->name && (file ? e->file && zend_string_equals(e->file, file) : !e->file)) {
			return true;
		}
	}
	return false;
}

void smtp_provision_record(zend_string *file, const smtp_provided *c, const char *version, size_t version_len,
	smtp_api api)
{
	smtp_provision_entry *e;

	if (settings.log) {
		char *msg;

		if (file) {
			spprintf(&msg, 0, "smtp: %s (%s%s%.*s) compiled as a subclass of %s", ZSTR_VAL(file), c->name,
				version ? " " : "", (int)version_len, version ? version : "", c->base[api - SMTP_API_5]);
		} else {
			spprintf(&msg, 0, "smtp: %s declared by the fallback autoloader as a subclass of %s", c->name,
				c->base[api - SMTP_API_5]);
		}
		php_log_err(msg);
		efree(msg);
	}
	if (SMTP_G(provision_count) == SMTP_PROVISION_RECORD_MAX || already_recorded(file, c)) {
		return;
	}
	e = &SMTP_G(provision_record)[SMTP_G(provision_count)++];
	e->file = file ? zend_string_init(ZSTR_VAL(file), ZSTR_LEN(file), true) : NULL;
	e->name = c->name;
	e->version = version ? zend_string_init(version, version_len, true) : NULL;
	e->base = c->base[api - SMTP_API_5];
}

void smtp_provision_globals_dtor(void)
{
	size_t i;

	for (i = 0; i < SMTP_G(provision_count); i++) {
		smtp_provision_entry *e = &SMTP_G(provision_record)[i];

		if (e->file) {
			zend_string_release(e->file);
		}
		if (e->version) {
			zend_string_release(e->version);
		}
	}
	SMTP_G(provision_count) = 0;
}

PHP_FUNCTION(smtp_status)
{
	zval list;
	size_t i;
	smtp_api api;

	ZEND_PARSE_PARAMETERS_NONE();

	array_init(return_value);
	add_assoc_string(return_value, "classes", settings.enabled ? "auto" : "off");
	add_assoc_long(return_value, "default_api", settings.default_api);
	add_assoc_bool(return_value, "log_substitutions", settings.log);
	array_init(&list);
	for (api = SMTP_API_5; api <= SMTP_API_7; api++) {
		zval files;

		recognised_files(api, &files);
		add_assoc_zval(&list, api_versions[api - SMTP_API_5], &files);
	}
	add_assoc_zval(return_value, "recognised", &list);
	array_init(&list);
	for (i = 0; i < SMTP_G(provision_count); i++) {
		smtp_provision_entry *e = &SMTP_G(provision_record)[i];
		zval row;

		array_init(&row);
		if (e->file) {
			add_assoc_str(&row, "file", zend_string_init(ZSTR_VAL(e->file), ZSTR_LEN(e->file), false));
		} else {
			add_assoc_null(&row, "file");
		}
		add_assoc_string(&row, "class", (char *)e->name);
		if (e->version) {
			add_assoc_str(&row, "version", zend_string_init(ZSTR_VAL(e->version), ZSTR_LEN(e->version), false));
		} else {
			add_assoc_null(&row, "version");
		}
		add_assoc_string(&row, "base", (char *)e->base);
		add_next_index_zval(&list, &row);
	}
	add_assoc_zval(return_value, "provided", &list);
}

void smtp_provision_info(void)
{
	size_t i, from_files = 0;
	char *count;
	smtp_api api;

	for (i = 0; i < SMTP_G(provision_count); i++) {
		from_files += SMTP_G(provision_record)[i].file != NULL;
	}
	php_info_print_table_start();
	php_info_print_table_header(2, "PHPMailer classes", settings.enabled ? "provided (smtp.classes=auto)"
		: "not provided (smtp.classes=off)");
	for (api = SMTP_API_5; api <= SMTP_API_7; api++) {
		zval files, joined;
		zend_string *glue = ZSTR_INIT_LITERAL(", ", 0);
		char *label;

		recognised_files(api, &files);
		php_implode(glue, Z_ARRVAL(files), &joined);
		spprintf(&label, 0, "Recognised: PHPMailer %s", api_versions[api - SMTP_API_5]);
		php_info_print_table_row(2, label, Z_STRVAL(joined));
		efree(label);
		zval_ptr_dtor(&joined);
		zend_string_release(glue);
		zval_ptr_dtor(&files);
	}
	php_info_print_table_row(2, "Fallback API", settings.default_api == SMTP_API_7 ? "7" : "6");

	spprintf(&count, 0, "%zu: %zu substituted source files, %zu declared without a source",
		SMTP_G(provision_count), from_files, SMTP_G(provision_count) - from_files);
	php_info_print_table_row(2, "Provided in this process", count);
	efree(count);
	for (i = 0; i < SMTP_G(provision_count); i++) {
		smtp_provision_entry *e = &SMTP_G(provision_record)[i];
		char *what;

		spprintf(&what, 0, "%s%s%s extends %s", e->file ? ZSTR_VAL(e->file) : "fallback autoloader",
			e->version ? ", VERSION " : "", e->version ? ZSTR_VAL(e->version) : "", e->base);
		php_info_print_table_row(2, e->name, what);
		efree(what);
	}
	php_info_print_table_end();
}

/* }}} */

/* {{{ settings */

/* "auto" or "off"; the ini parser turns an unquoted off into "" and on into "1". */
static ZEND_INI_MH(on_update_classes)
{
	if (zend_string_equals_literal_ci(new_value, "auto")) {
		settings.enabled = true;
	} else if (ZSTR_LEN(new_value) == 0 || zend_string_equals_literal_ci(new_value, "off")
		|| zend_string_equals_literal(new_value, "0")) {
		settings.enabled = false;
	} else if (zend_string_equals_literal(new_value, "1")) {
		settings.enabled = true;
	} else {
		return FAILURE;
	}
	return SUCCESS;
}

static ZEND_INI_MH(on_update_default_api)
{
	if (zend_string_equals_literal(new_value, "6")) {
		settings.default_api = SMTP_API_6;
	} else if (zend_string_equals_literal(new_value, "7")) {
		settings.default_api = SMTP_API_7;
	} else {
		return FAILURE;
	}
	return SUCCESS;
}

static ZEND_INI_MH(on_update_log)
{
	settings.log = zend_ini_parse_bool(new_value);
	return SUCCESS;
}

PHP_INI_BEGIN()
	PHP_INI_ENTRY("smtp.classes", "auto", PHP_INI_SYSTEM, on_update_classes)
	PHP_INI_ENTRY("smtp.default_api", "6", PHP_INI_SYSTEM, on_update_default_api)
	PHP_INI_ENTRY("smtp.log_substitutions", "0", PHP_INI_SYSTEM, on_update_log)
PHP_INI_END()

bool smtp_provision_enabled(void)
{
	return settings.enabled;
}

/* }}} */

void smtp_provision_startup(int type, int module_number)
{
	struct {
		char version[16];
		bool enabled;
		unsigned char default_api;
	} entropy;

	REGISTER_INI_ENTRIES();

	/*
	 * What the compile hook does depends on these: opcache's file cache
	 * must not serve a script compiled under other settings (or without
	 * the extension), and it keys its entries on the system id.
	 */
	memset(&entropy, 0, sizeof(entropy));
	strncpy(entropy.version, PHP_SMTP_VERSION, sizeof(entropy.version) - 1);
	entropy.enabled = settings.enabled;
	entropy.default_api = (unsigned char)settings.default_api;
	zend_add_system_entropy("smtp", "provision", &entropy, sizeof(entropy));

	if (settings.enabled) {
		original_autoload = zend_autoload;
		zend_autoload = fallback_autoload;
		smtp_substitute_startup();
	}
}

void smtp_provision_shutdown(int type, int module_number)
{
	if (zend_autoload == fallback_autoload) {
		zend_autoload = original_autoload;
	}
	smtp_substitute_shutdown();
	UNREGISTER_INI_ENTRIES();
}
