/*
 * mailer7.c - what only PHPMailer 7.x does, for objects and classes under
 * Smtp\Engine\PHPMailer7 (mailer_is_v7()): its address-list parser
 * (parseAddresses(), parseSimplerAddresses() and the private
 * parseEmailString()), decodeHeader(), the private parseSendmailPath() of
 * isSendmail() and isQmail(), the private sanitiseDate() behind the Date
 * header, the check of $Encoding in createBody() and getMailMIME(), and the
 * domain of msgHTML()'s content ids. The code shared with 6.x asks
 * mailer_is_v7() where the two differ and calls in here.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/date/php_date.h"
#include "ext/standard/php_string.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"

#include "mailer.h"
#include "smtp_errors.h"

#include "core/mime_message.h"

/* {{{ decodeHeader() */

/* '/=\?.*\?=/s': an "=?" with a "?=" somewhere after it. */
static bool has_encoded_word(zend_string *value)
{
	const char *start = ZSTR_VAL(value), *end = start + ZSTR_LEN(value);
	const char *open = zend_memnstr(start, "=?", 2, end);

	return open && zend_memnstr(open + 2, "?=", 2, end) != NULL;
}

/*
 * Non-strings and '' give ''; a value with RFC 2047 words is decoded by
 * mbstring into charset (when mbstring is there); anything else is kept.
 * NULL when an exception is pending.
 */
static zend_string *decode_header_impl(zval *value, zval *charset)
{
	if (Z_TYPE_P(value) != IS_STRING || Z_STRLEN_P(value) == 0) {
		return ZSTR_EMPTY_ALLOC();
	}
	if (!has_encoded_word(Z_STR_P(value))
		|| !zend_get_constant_str("MB_CASE_UPPER", sizeof("MB_CASE_UPPER") - 1)) {
		return zend_string_copy(Z_STR_P(value));
	}
	return mailer_mb_decode_mimeheader(Z_STR_P(value), charset, true);
}

zend_string *mailer7_decode_header(zend_class_entry *called, zend_string *value, zval *charset)
{
	zval arg;
	zend_string *result;

	if (SMTP_CE_OVERRIDES(called, "decodeheader")) {
		zval args[2], ret;

		ZVAL_STR_COPY(&args[0], value);
		ZVAL_COPY(&args[1], charset);
		SMTP_CALL_STATIC(called, "decodeheader", &ret, 2, args);
		result = EG(exception) ? NULL : zval_get_string(&ret);
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
		return result;
	}
	ZVAL_STR(&arg, value);
	return decode_header_impl(&arg, charset);
}

PHP_METHOD(Smtp_Engine_PHPMailer7, decodeHeader)
{
	zval *value, *charset = NULL, iso;
	zend_string *result;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(value)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(charset)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_STRING(&iso, "iso-8859-1");
	result = decode_header_impl(value, charset ? charset : &iso);
	zval_ptr_dtor(&iso);
	if (!result) {
		RETURN_THROWS();
	}
	RETURN_STR(result);
}

/* }}} */

/* {{{ parseAddresses() */

/*
 * parseEmailString(): "Name <address>", '"Name" <address>', "'Name' <address>"
 * or "<address>" split into the name (unquoted) and the address; anything
 * else is all address.
 */
static void parse_email_string(zend_string *input, zend_string **name, zend_string **email)
{
	static const char pattern[] = "/^\\s*(?:(?:\"([^\"]*)\"|'([^']*)'|([^<]*?))\\s*)?<\\s*([^>]+)\\s*>\\s*$/";
	zend_string *trimmed = php_trim(input, NULL, 0, 3), *zpattern;
	zval matches, *g;

	*name = ZSTR_EMPTY_ALLOC();
	if (ZSTR_LEN(trimmed) == 0) {
		*email = trimmed;
		return;
	}
	zpattern = zend_string_init(pattern, sizeof(pattern) - 1, 0);
	if (smtp_preg_match(zpattern, trimmed, &matches) == 1) {
		HashTable *m = Z_ARRVAL(matches);

		if ((g = zend_hash_index_find(m, 1)) && Z_STRLEN_P(g)) {
			*name = zend_string_copy(Z_STR_P(g));
		} else if ((g = zend_hash_index_find(m, 2)) && Z_STRLEN_P(g)) {
			*name = zend_string_copy(Z_STR_P(g));
		} else if ((g = zend_hash_index_find(m, 3))) {
			*name = php_trim(Z_STR_P(g), NULL, 0, 3);
		}
		g = zend_hash_index_find(m, 4);
		*email = php_trim(Z_STR_P(g), NULL, 0, 3);
		zend_string_release(trimmed);
	} else {
		*email = trimmed;
	}
	zval_ptr_dtor(&matches);
	zend_string_release(zpattern);
}

/*
 * parseSimplerAddresses(): the list split on every ',', each entry a bare
 * address or "name <address>" (parseEmailString()), invalid addresses
 * dropped, names through static::decodeHeader() and stripped of quotes.
 * It recommends ext-imap with an E_USER_NOTICE first, as 7.x does.
 */
static void parse_simpler(zend_class_entry *called, zend_string *addrstr, zval *charset, zval *list)
{
	zend_string *notice = mailer_lang_class(called, "imap_recommended");
	const char *p = ZSTR_VAL(addrstr), *end = p + ZSTR_LEN(addrstr);

	zend_error(E_USER_NOTICE, "%s", ZSTR_VAL(notice));
	zend_string_release(notice);
	while (!EG(exception) && p <= end) {
		const char *comma = memchr(p, ',', end - p), *stop = comma ? comma : end;
		zend_string *item = zend_string_init(p, stop - p, 0), *address = php_trim(item, NULL, 0, 3);

		zend_string_release(item);
		if (!memchr(ZSTR_VAL(address), '<', ZSTR_LEN(address))) {
			if (mailer_validate_static(called, address) && !EG(exception)) {
				mailer_add_parsed(list, ZSTR_EMPTY_ALLOC(), zend_string_copy(address));
			}
		} else {
			zend_string *name, *email, *decoded;

			parse_email_string(address, &name, &email);
			if (mailer_validate_static(called, email) && !EG(exception)
				&& (decoded = mailer7_decode_header(called, name, charset))) {
				mailer_add_parsed(list, php_trim(decoded, "'\" ", 3, 3), zend_string_copy(email));
				zend_string_release(decoded);
			}
			zend_string_release(name);
			zend_string_release(email);
		}
		zend_string_release(address);
		if (!comma) {
			break;
		}
		p = comma + 1;
	}
}

PHP_METHOD(Smtp_Engine_PHPMailer7, parseSimplerAddresses)
{
	zend_string *addrstr;
	zval *charset;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(addrstr)
		Z_PARAM_ZVAL(charset)
	ZEND_PARSE_PARAMETERS_END();

	array_init(return_value);
	parse_simpler(zend_get_called_scope(execute_data), addrstr, charset, return_value);
	if (EG(exception)) {
		RETURN_THROWS();
	}
}

/*
 * 7.x's parseAddresses(): asking for ext-imap ($useimap truthy) is
 * deprecated (E_USER_DEPRECATED) but still honoured when the extension is
 * there; otherwise static::parseSimplerAddresses() does the work.
 */
PHP_METHOD(Smtp_Engine_PHPMailer7, parseAddresses)
{
	zend_string *addrstr;
	zval *useimap = NULL, *charset = NULL, iso;
	zend_class_entry *called = zend_get_called_scope(execute_data);
	bool imap;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(addrstr)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(useimap)
		Z_PARAM_ZVAL(charset)
	ZEND_PARSE_PARAMETERS_END();

	imap = useimap && zend_is_true(useimap);
	if (imap) {
		zend_string *label = mailer_lang_class(called, "deprecated_argument");

		zend_error(E_USER_DEPRECATED, "%s$useimap", ZSTR_VAL(label));
		zend_string_release(label);
		if (EG(exception)) {
			RETURN_THROWS();
		}
	}
	ZVAL_STRING(&iso, "iso-8859-1");
	if (!charset) {
		charset = &iso;
	}
	if (imap && zend_hash_str_exists(EG(function_table), "imap_rfc822_parse_adrlist",
			sizeof("imap_rfc822_parse_adrlist") - 1)) {
		array_init(return_value);
		mailer_parse_with_imap(called, addrstr, charset, return_value, true);
	} else if (SMTP_CE_OVERRIDES(called, "parsesimpleraddresses")) {
		zval args[2];

		ZVAL_STR_COPY(&args[0], addrstr);
		ZVAL_COPY(&args[1], charset);
		SMTP_CALL_STATIC(called, "parsesimpleraddresses", return_value, 2, args);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
	} else {
		array_init(return_value);
		parse_simpler(called, addrstr, charset, return_value);
	}
	zval_ptr_dtor(&iso);
	if (EG(exception)) {
		RETURN_THROWS();
	}
}

/* }}} */

/* {{{ parseSendmailPath() */

/* A character of PCRE's \s (without /u): space, \t, \n, \v, \f, \r. */
static bool pcre_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* preg_split('/\s+/', $s): a leading or trailing run of white space gives an empty part. */
static void split_on_space(zend_string *s, zval *parts)
{
	const char *p = ZSTR_VAL(s), *end = p + ZSTR_LEN(s);

	array_init(parts);
	for (;;) {
		const char *q = p;

		while (q < end && !pcre_space(*q)) {
			q++;
		}
		add_next_index_stringl(parts, p, q - p);
		if (q == end) {
			break;
		}
		while (q < end && pcre_space(*q)) {
			q++;
		}
		p = q;
	}
}

static bool part_is(zend_string *part, const char *lit)
{
	return zend_string_equals_cstr(part, lit, strlen(lit));
}

zend_string *mailer7_sendmail_path(zend_object *obj, const char *path, size_t len)
{
	zend_string *raw = zend_string_init(path, len, 0), *trimmed = php_trim(raw, NULL, 0, 3);
	smart_str command = {0};
	zval parts;
	uint32_t n, i;

	zend_string_release(raw);
	if (ZSTR_LEN(trimmed) == 0) {
		return trimmed;
	}
	split_on_space(trimmed, &parts);
	zend_string_release(trimmed);
	n = zend_hash_num_elements(Z_ARRVAL(parts));
	smart_str_append(&command, Z_STR_P(zend_hash_index_find(Z_ARRVAL(parts), 0)));
	for (i = 1; i < n; i++) {
		zend_string *part = Z_STR_P(zend_hash_index_find(Z_ARRVAL(parts), i));

		if (part_is(part, "-i") || part_is(part, "-oi") || part_is(part, "-t")) {
			continue;
		}
		if (ZSTR_LEN(part) >= 2 && ZSTR_VAL(part)[0] == '-' && ZSTR_VAL(part)[1] == 'f') {
			/* -faddress, or -f and the address as the next word (unless that is an option). */
			zend_string *address = zend_string_init(ZSTR_VAL(part) + 2, ZSTR_LEN(part) - 2, 0);

			if (ZSTR_LEN(address) == 0 && i + 1 < n) {
				zend_string *next = Z_STR_P(zend_hash_index_find(Z_ARRVAL(parts), i + 1));

				if (ZSTR_LEN(next) == 0 || ZSTR_VAL(next)[0] != '-') {
					zend_string_release(address);
					address = zend_string_copy(next);
					i++;
				}
			}
			MPROP_SET_ZSTR(obj, Sender, address);
			zend_string_release(address);
			continue;
		}
		smart_str_appendc(&command, ' ');
		smart_str_append(&command, part);
	}
	zval_ptr_dtor(&parts);
	smart_str_0(&command);
	return command.s ? command.s : ZSTR_EMPTY_ALLOC();
}

/* }}} */

/* {{{ sanitiseDate() */

/* Whether the pending exception is one `catch (\Exception $e)` takes; it is then cleared. */
static bool catch_exception(void)
{
	if (EG(exception) && instanceof_function(EG(exception)->ce, zend_ce_exception)) {
		zend_clear_exception();
		return true;
	}
	return false;
}

/*
 * A DateTimeInterface, or a string DateTime understands, formatted as
 * RFC822_DATE_FORMAT in its own time zone; '' (the default), other types,
 * unparsable strings and dates in the future give the current date.
 */
zend_string *mailer7_message_date(zval *date)
{
	zval dt, timestamp, formatted, format, now;
	zend_string *result = NULL;

	if (Z_TYPE_P(date) == IS_OBJECT && instanceof_function(Z_OBJCE_P(date), php_date_get_interface_ce())) {
		ZVAL_COPY(&dt, date);
	} else if (Z_TYPE_P(date) == IS_STRING && Z_STRLEN_P(date) > 0) {
		object_init_ex(&dt, php_date_get_date_ce());
		zend_call_known_instance_method_with_1_params(Z_OBJCE(dt)->constructor, Z_OBJ(dt), NULL, date);
	} else {
		return mailer_rfc_date();
	}
	ZVAL_UNDEF(&timestamp);
	ZVAL_UNDEF(&formatted);
	if (!EG(exception)) {
		zend_call_method_with_0_params(Z_OBJ(dt), Z_OBJCE(dt), NULL, "gettimestamp", &timestamp);
	}
	ZVAL_LONG(&now, (zend_long)php_time());
	if (!EG(exception) && zend_compare(&timestamp, &now) <= 0) {
		ZVAL_STRING(&format, "D, j M Y H:i:s O");
		zend_call_method_with_1_params(Z_OBJ(dt), Z_OBJCE(dt), NULL, "format", &formatted, &format);
		zval_ptr_dtor(&format);
		if (!EG(exception)) {
			result = zval_get_string(&formatted);
		}
	}
	zval_ptr_dtor(&formatted);
	zval_ptr_dtor(&timestamp);
	zval_ptr_dtor(&dt);
	if (!result && (!EG(exception) || catch_exception())) {
		result = mailer_rfc_date();
	}
	/* An Error (not an Exception) stays pending, as it would escape PHPMailer's catch. */
	return result ? result : ZSTR_EMPTY_ALLOC();
}

/* }}} */

/* {{{ $Encoding, msgHTML() */

bool mailer7_check_encoding(zend_object *obj)
{
	zval *encoding = MPROP(obj, Encoding);
	zend_string *name, *msg;

	if (mailer_valid_encoding(obj, encoding)) {
		return true;
	}
	name = zval_get_string(encoding);
	msg = mailer_lang_concat(obj, "encoding", ZSTR_VAL(name), ZSTR_LEN(name));
	smtp_throw(msg, STOP_MESSAGE);
	zend_string_release(msg);
	zend_string_release(name);
	return false;
}

zend_string *mailer7_cid_domain(zend_object *obj)
{
	zval *from = MPROP(obj, From);

	if (Z_TYPE_P(from) == IS_STRING && smtp_filter_var(Z_STR_P(from), "FILTER_VALIDATE_EMAIL", NULL)) {
		const char *at = zend_memrchr(Z_STRVAL_P(from), '@', Z_STRLEN_P(from));

		return zend_string_init(at + 1, Z_STRVAL_P(from) + Z_STRLEN_P(from) - at - 1, 0);
	}
	return ZSTR_INIT_LITERAL("phpmailer.0", 0);
}

/* }}} */
