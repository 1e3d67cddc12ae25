/*
 * smtp_debug.c - PHPMailer's debug output formats.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/date/php_date.h"
#include "ext/standard/basic_functions.h"
#include "ext/standard/html.h"
#include "ext/standard/php_string.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"

#include "smtp_debug.h"

/* The string forms of $Debugoutput that name a format, never a callable. */
static bool is_format_name(zval *output)
{
	return Z_TYPE_P(output) == IS_STRING
		&& (zend_string_equals_literal(Z_STR_P(output), "error_log")
			|| zend_string_equals_literal(Z_STR_P(output), "html")
			|| zend_string_equals_literal(Z_STR_P(output), "echo"));
}

static bool is_psr3_logger(zval *output)
{
	zend_class_entry *logger;
	zend_string *name;

	if (Z_TYPE_P(output) != IS_OBJECT) {
		return false;
	}
	/* An object can only implement the interface if it is loaded already. */
	name = zend_string_init("Psr\\Log\\LoggerInterface", sizeof("Psr\\Log\\LoggerInterface") - 1, 0);
	logger = zend_lookup_class_ex(name, NULL, ZEND_FETCH_CLASS_NO_AUTOLOAD);
	zend_string_release(name);
	return logger && instanceof_function(Z_OBJCE_P(output), logger);
}

static void call_with(zval *callable, const char *method, zval *args, uint32_t argc)
{
	zval retval;

	if (method) {
		zend_call_method(Z_OBJ_P(callable), Z_OBJCE_P(callable), NULL, method, strlen(method), &retval,
			argc, &args[0], argc > 1 ? &args[1] : NULL);
	} else {
		call_user_function(NULL, NULL, callable, &retval, argc, args);
	}
	zval_ptr_dtor(&retval);
}

static void append_gmdate(smart_str *out)
{
	zend_string *date = php_format_date("Y-m-d H:i:s", sizeof("Y-m-d H:i:s") - 1, (time_t)php_time(), 0);

	smart_str_append(out, date);
	zend_string_release(date);
}

/* The 'echo' form: date, tab, the text trimmed, inner lines indented under the text. */
static void format_echo(smart_str *out, const char *str, size_t len)
{
	static const char indent[] = "\n                   \t                  ";
	smart_str text = {0};
	const char *p, *end;
	zend_string *trimmed;
	size_t i;

	/* Line breaks of any kind become "\n" (preg_replace('/\r\n|\r/m', "\n")). */
	for (i = 0; i < len; i++) {
		if (str[i] == '\r') {
			smart_str_appendc(&text, '\n');
			if (i + 1 < len && str[i + 1] == '\n') {
				i++;
			}
		} else {
			smart_str_appendc(&text, str[i]);
		}
	}
	smart_str_0(&text);
	trimmed = text.s ? php_trim(text.s, NULL, 0, 3) : ZSTR_EMPTY_ALLOC();

	append_gmdate(out);
	smart_str_appendc(out, '\t');
	{
		smart_str indented = {0};
		zend_string *result;

		p = ZSTR_VAL(trimmed);
		end = p + ZSTR_LEN(trimmed);
		while (p < end) {
			const char *nl = memchr(p, '\n', end - p);

			if (!nl) {
				smart_str_appendl(&indented, p, end - p);
				break;
			}
			smart_str_appendl(&indented, p, nl - p);
			smart_str_appendl(&indented, indent, sizeof(indent) - 1);
			p = nl + 1;
		}
		smart_str_0(&indented);
		result = indented.s ? php_trim(indented.s, NULL, 0, 3) : ZSTR_EMPTY_ALLOC();
		smart_str_append(out, result);
		zend_string_release(result);
		smart_str_free(&indented);
	}
	smart_str_appendc(out, '\n');
	zend_string_release(trimmed);
	smart_str_free(&text);
}

/* The 'html' form: line breaks removed, htmlentities() in UTF-8, "<br>\n". */
static void format_html(smart_str *out, const char *str, size_t len, bool dated)
{
	smart_str flat = {0};
	zend_string *escaped;
	size_t i;

	for (i = 0; i < len; i++) {
		if (str[i] != '\r' && str[i] != '\n') {
			smart_str_appendc(&flat, str[i]);
		}
	}
	smart_str_0(&flat);
	escaped = php_escape_html_entities_ex(
		(unsigned char *)(flat.s ? ZSTR_VAL(flat.s) : ""), flat.s ? ZSTR_LEN(flat.s) : 0,
		1, ENT_QUOTES, "UTF-8", 1, 0);
	if (dated) {
		append_gmdate(out);
		smart_str_appendc(out, ' ');
	}
	smart_str_append(out, escaped);
	smart_str_appendl(out, "<br>\n", 5);
	zend_string_release(escaped);
	smart_str_free(&flat);
}

void smtp_debug_emit(zval *debugoutput, smtp_debug_source source, const char *str, size_t len,
	zend_long level)
{
	smart_str out = {0};
	zval args[2];

	if (is_psr3_logger(debugoutput)) {
		size_t trimmed = len;

		while (trimmed > 0 && (str[trimmed - 1] == '\r' || str[trimmed - 1] == '\n')) {
			trimmed--;
		}
		ZVAL_STRINGL(&args[0], str, trimmed);
		call_with(debugoutput, "debug", args, 1);
		zval_ptr_dtor(&args[0]);
		return;
	}
	if (!is_format_name(debugoutput) && zend_is_callable(debugoutput, 0, NULL)) {
		ZVAL_STRINGL(&args[0], str, len);
		ZVAL_LONG(&args[1], level);
		call_with(debugoutput, NULL, args, 2);
		zval_ptr_dtor(&args[0]);
		return;
	}
	if (Z_TYPE_P(debugoutput) == IS_STRING && zend_string_equals_literal(Z_STR_P(debugoutput), "error_log")) {
		char *message = estrndup(str, len);

		_php_error_log(0, message, NULL, NULL);
		efree(message);
		return;
	}
	if (Z_TYPE_P(debugoutput) == IS_STRING && zend_string_equals_literal(Z_STR_P(debugoutput), "html")) {
		format_html(&out, str, len, source == SMTP_DEBUG_CLIENT);
	} else {
		format_echo(&out, str, len);
	}
	smart_str_0(&out);
	PHPWRITE(ZSTR_VAL(out.s), ZSTR_LEN(out.s));
	smart_str_free(&out);
}
