/*
 * mailer_lang.c - PHPMailer's message strings: the English table,
 * setLanguage() reading PHPMailer's language files, lang() and
 * getTranslations(). PHPMailer 6 keeps the table per object ($language is
 * an instance property, which WordPress's WP_PHPMailer overrides); 7.x
 * keeps it per class (static). Both share the code below.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/file.h"
#include "ext/standard/php_string.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"

#include "mailer.h"
#include "mailer5.h"
#include "smtp_provision.h"

/* The English texts, in PHPMailer's order; which API has each (6.x and 7.x differ in three). */
enum { IN_6 = 1, IN_7 = 2, IN_BOTH = IN_6 | IN_7 };

static const struct {
	const char *key;
	const char *text;
	unsigned in;
} english[] = {
	{"authenticate", "SMTP Error: Could not authenticate.", IN_BOTH},
	{"buggy_php", "Your version of PHP is affected by a bug that may result in corrupted messages."
		" To fix it, switch to sending using SMTP, disable the mail.add_x_header option in"
		" your php.ini, switch to MacOS or Linux, or upgrade your PHP to version 7.0.17+ or 7.1.3+.", IN_6},
	{"buggy_php", "Your version of PHP is affected by a bug that may result in corrupted messages."
		" To fix it, switch to sending using SMTP, disable the mail.add_x_header option in"
		" your php.ini, switch to macOS or Linux, or upgrade your PHP to version 7.0.17+ or 7.1.3+.", IN_7},
	{"connect_host", "SMTP Error: Could not connect to SMTP host.", IN_BOTH},
	{"data_not_accepted", "SMTP Error: data not accepted.", IN_BOTH},
	{"empty_message", "Message body empty", IN_BOTH},
	{"encoding", "Unknown encoding: ", IN_BOTH},
	{"execute", "Could not execute: ", IN_BOTH},
	{"extension_missing", "Extension missing: ", IN_BOTH},
	{"file_access", "Could not access file: ", IN_BOTH},
	{"file_open", "File Error: Could not open file: ", IN_BOTH},
	{"from_failed", "The following From address failed: ", IN_BOTH},
	{"instantiate", "Could not instantiate mail function.", IN_BOTH},
	{"invalid_address", "Invalid address: ", IN_BOTH},
	{"invalid_header", "Invalid header name or value", IN_BOTH},
	{"invalid_hostentry", "Invalid hostentry: ", IN_BOTH},
	{"invalid_host", "Invalid host: ", IN_BOTH},
	{"mailer_not_supported", " mailer is not supported.", IN_BOTH},
	{"provide_address", "You must provide at least one recipient email address.", IN_BOTH},
	{"recipients_failed", "SMTP Error: The following recipients failed: ", IN_BOTH},
	{"signing", "Signing Error: ", IN_BOTH},
	{"smtp_code", "SMTP code: ", IN_BOTH},
	{"smtp_code_ex", "Additional SMTP info: ", IN_BOTH},
	{"smtp_connect_failed", "SMTP connect() failed.", IN_BOTH},
	{"smtp_detail", "Detail: ", IN_BOTH},
	{"smtp_error", "SMTP server error: ", IN_BOTH},
	{"variable_set", "Cannot set or reset variable: ", IN_BOTH},
	{"no_smtputf8", "Server does not support SMTPUTF8 needed to send to Unicode addresses", IN_BOTH},
	{"imap_recommended", "Using simplified address parser is not recommended."
		" Install the PHP IMAP extension for full RFC822 parsing.", IN_7},
	{"deprecated_argument", "Deprecated Argument: ", IN_7},
};

/* Language codes PHPMailer renamed: the old code and the one to load. */
static const char *const renamed[][2] = {
	{"br", "pt_br"}, {"cz", "cs"}, {"dk", "da"}, {"no", "nb"},
	{"se", "sv"}, {"rs", "sr"}, {"tg", "tl"}, {"am", "hy"},
};

static void english_table(zval *table, zend_class_entry *ce)
{
	unsigned in = mailer_is_v7(ce) ? IN_7 : IN_6;
	size_t i;

	array_init_size(table, sizeof(english) / sizeof(english[0]));
	for (i = 0; i < sizeof(english) / sizeof(english[0]); i++) {
		if (english[i].in & in) {
			add_assoc_string(table, english[i].key, (char *)english[i].text);
		}
	}
}

zend_string *mailer_language_dir(zend_class_entry *ce, int up)
{
	zend_class_entry *source = mailer_source_class(ce);
	zend_string *file;
	char *dir;
	size_t len;

	if (source->type != ZEND_USER_CLASS || !(file = source->info.user.filename)
		|| zend_string_equals_literal(file, SMTP_FALLBACK_FILENAME)) {
		return ZSTR_EMPTY_ALLOC();
	}
	dir = estrndup(ZSTR_VAL(file), ZSTR_LEN(file));
	len = ZSTR_LEN(file);
	while (up-- > 0) {
		len = zend_dirname(dir, len);
	}
	file = zend_strpprintf(0, "%.*s%clanguage%c", (int)len, dir, DEFAULT_SLASH, DEFAULT_SLASH);
	efree(dir);
	return file;
}

/* Splits "de", "pt_br", "sr_latn" into the file names to try, most specific first. */
static int language_candidates(const char *code, size_t len, zend_string *out[4])
{
	size_t i, script = 0, country = 0;
	int n = 0;
	const char *p = code;

	/* '/^(?P<lang>[a-z]{2})(?P<script>_[a-z]{4})?(?P<country>_[a-z]{2})?$/' ($ allows a final "\n") */
	if (len && code[len - 1] == '\n') {
		len--;
	}
	if (len < 2 || !islower((unsigned char)p[0]) || !islower((unsigned char)p[1])) {
		return -1;
	}
	i = 2;
	if (len - i >= 5 && p[i] == '_') {
		size_t k;
		bool all = true;

		for (k = 1; k <= 4; k++) {
			all = all && islower((unsigned char)p[i + k]);
		}
		if (all && (len - i == 5 || p[i + 5] == '_')) {
			script = i;
			i += 5;
		}
	}
	if (len - i == 3 && p[i] == '_' && islower((unsigned char)p[i + 1]) && islower((unsigned char)p[i + 2])) {
		country = i;
		i += 3;
	}
	if (i != len) {
		return -1;
	}
	if (script && country) {
		out[n++] = zend_strpprintf(0, "%.2s%.5s%.3s", p, p + script, p + country);
	}
	if (country) {
		out[n++] = zend_strpprintf(0, "%.2s%.3s", p, p + country);
	}
	if (script) {
		out[n++] = zend_strpprintf(0, "%.2s%.5s", p, p + script);
	}
	out[n++] = zend_string_init(p, 2, 0);
	return n;
}

/* Overrides the known keys of table with the $PHPMAILER_LANG lines of file (read as text, never run). */
void mailer_lang_read_file(zval *table, zend_string *file)
{
	static const char pattern[] = "/^\\$PHPMAILER_LANG\\['([a-z\\d_]+)'\\]\\s*=\\s*([\"'])(.+)*?\\2;/";
	zend_string *zpattern, *contents;
	php_stream *stream;
	const char *p, *end;

	stream = php_stream_open_wrapper(ZSTR_VAL(file), "rb", REPORT_ERRORS, NULL);
	if (!stream) {
		return;
	}
	contents = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
	php_stream_close(stream);
	if (!contents) {
		return;
	}
	zpattern = zend_string_init(pattern, sizeof(pattern) - 1, 0);
	p = ZSTR_VAL(contents);
	end = p + ZSTR_LEN(contents);
	while (p < end) {
		const char *nl = memchr(p, '\n', end - p);
		const char *line_end = nl ? nl + 1 : end;
		zend_string *line = zend_string_init(p, line_end - p, 0);
		zval matches, *key, *value;

		if (smtp_preg_match(zpattern, line, &matches) == 1
			&& (key = zend_hash_index_find(Z_ARRVAL(matches), 1))
			&& (value = zend_hash_index_find(Z_ARRVAL(matches), 3))
			&& zend_symtable_exists(Z_ARRVAL_P(table), Z_STR_P(key))) {
			Z_TRY_ADDREF_P(value);
			convert_to_string(value);
			zend_symtable_update(Z_ARRVAL_P(table), Z_STR_P(key), value);
		}
		zval_ptr_dtor(&matches);
		zend_string_release(line);
		p = line_end;
	}
	zend_string_release(zpattern);
	zend_string_release(contents);
}

zend_string *mailer_lang_rename(zend_string *code, const char *const (*renamed)[2], size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (zend_string_equals_cstr(code, renamed[i][0], strlen(renamed[i][0]))) {
			zend_string_release(code);
			return zend_string_init(renamed[i][1], strlen(renamed[i][1]), 0);
		}
	}
	return code;
}

/* setLanguage(): fills table and returns whether the language was found. */
static bool load_language(zend_class_entry *ce, zend_string *langcode, zend_string *lang_path, zval *table)
{
	zend_string *code = zend_string_copy(langcode), *dir, *candidates[4];
	bool found = true;
	int n, i;

	code = mailer_lang_rename(code, renamed, sizeof(renamed) / sizeof(renamed[0]));
	english_table(table, ce);
	/* PHPMailer's __DIR__ . '/../language/': beside its src/ directory. */
	dir = ZSTR_LEN(lang_path) ? zend_string_copy(lang_path) : mailer_language_dir(ce, 2);
	{
		zend_string *lower = zend_string_tolower(code);

		zend_string_release(code);
		code = lower;
	}
	n = language_candidates(ZSTR_VAL(code), ZSTR_LEN(code), candidates);
	if (n < 0 && !zend_string_equals_literal(code, "en")) {
		found = false;
	} else if (n > 0 && !zend_string_equals_literal(code, "en")) {
		zend_string *file = NULL;

		for (i = 0; i < n; i++) {
			zend_string *candidate = zend_strpprintf(0, "%sphpmailer.lang-%s.php", ZSTR_VAL(dir),
				ZSTR_VAL(candidates[i]));

			if (!file && mailer_file_is_accessible(ce, candidate)) {
				file = candidate;
			} else {
				zend_string_release(candidate);
			}
		}
		if (file) {
			mailer_lang_read_file(table, file);
			zend_string_release(file);
		} else {
			found = false;
		}
	}
	for (i = 0; i < n; i++) {
		zend_string_release(candidates[i]);
	}
	zend_string_release(dir);
	zend_string_release(code);
	return found;
}

/*
 * 7.x keeps the table in `self::$language` and its own code calls
 * `self::lang()` and `self::setLanguage()`: "self" is the PHPMailer class,
 * so an override in a subclass is not involved, and the table is the one
 * of the class standing for PHPMailer (mailer_source_class()).
 */
static zval *static_language(zend_class_entry *self)
{
	return zend_read_static_property(self, "language", sizeof("language") - 1, true);
}

/* 7.x's setLanguage() into self::$language. */
static bool set_static_language(zend_class_entry *self, zend_string *langcode, zend_string *lang_path)
{
	zval table;
	bool found = load_language(self, langcode, lang_path, &table);

	zend_update_static_property(self, "language", sizeof("language") - 1, &table);
	zval_ptr_dtor(&table);
	return found;
}

/* The table lang() reads, loading English first if it is empty. */
static zval *language_table(zend_object *obj, zend_class_entry *ce)
{
	zval *table;

	if (!obj) {
		zend_class_entry *self = mailer_source_class(ce);

		table = static_language(self);
		if (!table || Z_TYPE_P(table) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(table)) < 1) {
			zend_string *en = ZSTR_INIT_LITERAL("en", 0);

			set_static_language(self, en, ZSTR_EMPTY_ALLOC());
			zend_string_release(en);
			table = static_language(self);
		}
		return table;
	}
	table = zend_read_property(obj->ce, obj, "language", sizeof("language") - 1, true, &EG(uninitialized_zval));
	if (Z_TYPE_P(table) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(table)) < 1) {
		/* setLanguage() through dispatch, so WordPress's override fills the table its own way. */
		SMTP_CALL(obj, "setlanguage", NULL, 0, NULL);
		table = zend_read_property(obj->ce, obj, "language", sizeof("language") - 1, true,
			&EG(uninitialized_zval));
	}
	return table;
}

static zend_string *lang_impl(zend_object *obj, zend_class_entry *ce, zend_string *key)
{
	zval *table = language_table(obj, ce), *text;

	if (table && Z_TYPE_P(table) == IS_ARRAY && (text = zend_symtable_find(Z_ARRVAL_P(table), key))) {
		zend_string *s = zval_get_string(text);

		if (zend_string_equals_literal(key, "smtp_connect_failed")) {
			zend_string *full = zend_string_concat2(ZSTR_VAL(s), ZSTR_LEN(s),
				" https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
				sizeof(" https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting") - 1);

			zend_string_release(s);
			return full;
		}
		return s;
	}
	return zend_string_copy(key);
}

zend_string *mailer_lang_class(zend_class_entry *ce, const char *key)
{
	zend_string *zkey = zend_string_init(key, strlen(key), 0), *result;

	result = lang_impl(NULL, ce, zkey);
	zend_string_release(zkey);
	return result;
}

zend_string *mailer_lang(zend_object *obj, const char *key)
{
	zend_string *zkey, *result;

	if (mailer_is_v7(obj->ce)) {
		return mailer_lang_class(obj->ce, key);
	}
	zkey = zend_string_init(key, strlen(key), 0);
	if (SMTP_OVERRIDDEN(obj, "lang")) {
		zval arg, ret;

		ZVAL_STR(&arg, zkey);
		SMTP_CALL(obj, "lang", &ret, 1, &arg);
		result = Z_TYPE(ret) == IS_UNDEF ? zend_string_copy(zkey) : zval_get_string(&ret);
		zval_ptr_dtor(&ret);
	} else {
		result = lang_impl(obj, obj->ce, zkey);
	}
	zend_string_release(zkey);
	return result;
}

/* {{{ the 6.x API: instance methods */

PHP_METHOD(Smtp_Engine_PHPMailer6, setLanguage)
{
	zend_string *langcode = NULL, *lang_path = NULL;
	zval table;
	bool found;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(langcode)
		Z_PARAM_STR(lang_path)
	ZEND_PARSE_PARAMETERS_END();

	{
		zend_string *code = langcode ? zend_string_copy(langcode) : ZSTR_INIT_LITERAL("en", 0);

		found = load_language(THIS_OBJ->ce, code, lang_path ? lang_path : ZSTR_EMPTY_ALLOC(), &table);
		zend_string_release(code);
	}
	zend_update_property(THIS_OBJ->ce, THIS_OBJ, "language", sizeof("language") - 1, &table);
	zval_ptr_dtor(&table);
	RETURN_BOOL(found);
}

PHP_METHOD(Smtp_Engine_PHPMailer6, lang)
{
	zend_string *key;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(lang_impl(THIS_OBJ, THIS_OBJ->ce, key));
}

/* }}} */

/* {{{ the 7.x API: static methods */

PHP_METHOD(Smtp_Engine_PHPMailer7, setLanguage)
{
	zend_string *langcode = NULL, *lang_path = NULL, *code;
	bool found;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(langcode)
		Z_PARAM_STR(lang_path)
	ZEND_PARSE_PARAMETERS_END();

	code = langcode ? zend_string_copy(langcode) : ZSTR_INIT_LITERAL("en", 0);
	found = set_static_language(mailer_source_class(zend_get_called_scope(execute_data)), code,
		lang_path ? lang_path : ZSTR_EMPTY_ALLOC());
	zend_string_release(code);
	RETURN_BOOL(found);
}

PHP_METHOD(Smtp_Engine_PHPMailer7, lang)
{
	zend_string *key;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(lang_impl(NULL, zend_get_called_scope(execute_data), key));
}

/* }}} */

PHP_METHOD(Smtp_Engine_MailerBase, getTranslations)
{
	zend_object *obj = THIS_OBJ;

	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_COPY(language_table(mailer_is_v7(obj->ce) ? NULL : obj, obj->ce));
}
