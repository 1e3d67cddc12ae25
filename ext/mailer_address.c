/*
 * mailer_address.c - recipients, senders and their validation: the address
 * lists, validateAddress() with PHPMailer's patterns, IDN domains queued
 * until the charset is known, and parseAddresses().
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/php_string.h"
#include "zend_attributes.h"
#include "zend_smart_str.h"

#include "mailer.h"
#include "mailer5.h"
#include "core/mime_address.h"
#include "smtp_errors.h"

/* {{{ validation */

/* Michael Rushton's RFC 5322 pattern, PHPMailer's 'pcre'/'pcre8' validator. */
static const char pcre_pattern[] =
	"/^(?!(?>(?1)\"?(?>\\\\[ -~]|[^\"])\"?(?1)){255,})(?!(?>(?1)\"?(?>\\\\[ -~]|[^\"])\"?(?1)){65,}@)"
	"((?>(?>(?>((?>(?>(?>\\x0D\\x0A)?[\\t ])+|(?>[\\t ]*\\x0D\\x0A)?[\\t ]+)?)(\\((?>(?2)"
	"(?>[\\x01-\\x08\\x0B\\x0C\\x0E-'*-\\[\\]-\\x7F]|\\\\[\\x00-\\x7F]|(?3)))*(?2)\\)))+(?2))|(?2))?)"
	"([!#-'*+\\/-9=?^-~-]+|\"(?>(?2)(?>[\\x01-\\x08\\x0B\\x0C\\x0E-!#-\\[\\]-\\x7F]|\\\\[\\x00-\\x7F]))*"
	"(?2)\")(?>(?1)\\.(?1)(?4))*(?1)@(?!(?1)[a-z0-9-]{64,})(?1)(?>([a-z0-9](?>[a-z0-9-]*[a-z0-9])?)"
	"(?>(?1)\\.(?!(?1)[a-z0-9-]{64,})(?1)(?5)){0,126}|\\[(?:(?>IPv6:(?>([a-f0-9]{1,4})(?>:(?6)){7}"
	"|(?!(?:.*[a-f0-9][:\\]]){8,})((?6)(?>:(?6)){0,6})?::(?7)?))|(?>(?>IPv6:(?>(?6)(?>:(?6)){5}:"
	"|(?!(?:.*[a-f0-9]:){6,})(?8)?::(?>((?6)(?>:(?6)){0,4}):)?))?(25[0-5]|2[0-4][0-9]|1[0-9]{2}"
	"|[1-9]?[0-9])(?>\\.(?9)){3}))\\])(?1)$/isD";

/* The HTML5 pattern widened to Unicode letters, digits and marks: PHPMailer's 'eai' validator. */
static const char eai_pattern[] =
	"/^[-\\p{L}\\p{N}\\p{M}.!#$%&'*+\\/=?^_`{|}~]+@[\\p{L}\\p{N}\\p{M}](?:[\\p{L}\\p{N}\\p{M}-]{0,61}"
	"[\\p{L}\\p{N}\\p{M}])?(?:\\.[\\p{L}\\p{N}\\p{M}](?:[-\\p{L}\\p{N}\\p{M}]{0,61}[\\p{L}\\p{N}\\p{M}])?)*$/usD";

/* The WHATWG HTML5 pattern, PHPMailer's 'html5' validator. */
static const char html5_pattern[] =
	"/^[a-zA-Z0-9.!#$%&'*+\\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}"
	"[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/sD";

static bool preg_matches(const char *pattern, size_t len, zend_string *subject)
{
	zend_string *p = zend_string_init(pattern, len, 0);
	int matched = smtp_preg_match(p, subject, NULL);

	zend_string_release(p);
	return matched == 1;
}

bool mailer_validate_builtin(const char *name, zend_string *address)
{
	if (strcmp(name, "pcre8") == 0 || strcmp(name, "pcre") == 0) {
		return preg_matches(pcre_pattern, sizeof(pcre_pattern) - 1, address);
	}
	if (strcmp(name, "html5") == 0) {
		return preg_matches(html5_pattern, sizeof(html5_pattern) - 1, address);
	}
	if (strcmp(name, "eai") == 0) {
		return preg_matches(eai_pattern, sizeof(eai_pattern) - 1, address);
	}
	return smtp_filter_var(address, "FILTER_VALIDATE_EMAIL", NULL);
}

bool mailer_validator_selects(zval *pattern, const char *name)
{
	zval zname;
	bool equal;

	if (Z_TYPE_P(pattern) == IS_STRING) {
		/* The names are not numeric: between two strings, == is then byte equality. */
		return Z_STRLEN_P(pattern) == strlen(name) && memcmp(Z_STRVAL_P(pattern), name, Z_STRLEN_P(pattern)) == 0;
	}
	ZVAL_STRING(&zname, name);
	equal = zend_compare(pattern, &zname) == 0;
	zval_ptr_dtor(&zname);
	return equal;
}

bool mailer_validator_settles(zend_class_entry *called, zend_string *address, zval *pattern, bool callable_strings,
	zval *selected, bool *valid)
{
	if (!pattern || Z_TYPE_P(pattern) == IS_NULL) {
		zval *validator = zend_read_static_property(called, "validator", sizeof("validator") - 1, true);

		ZVAL_COPY(selected, validator ? validator : &EG(uninitialized_zval));
	} else {
		ZVAL_COPY(selected, pattern);
	}
	if ((callable_strings || Z_TYPE_P(selected) != IS_STRING) && zend_is_callable(selected, 0, NULL)) {
		zval arg, ret;

		ZVAL_STR_COPY(&arg, address);
		call_user_function(NULL, NULL, selected, &ret, 1, &arg);
		*valid = Z_TYPE(ret) != IS_UNDEF && zend_is_true(&ret);
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&arg);
		zval_ptr_dtor(selected);
		return true;
	}
	if (memchr(ZSTR_VAL(address), '\n', ZSTR_LEN(address)) || memchr(ZSTR_VAL(address), '\r', ZSTR_LEN(address))) {
		*valid = false;
		zval_ptr_dtor(selected);
		return true;
	}
	return false;
}

bool mailer_validate_address(zend_class_entry *called, zend_string *address, zval *pattern)
{
	zval selected;
	bool valid;

	if (smtp_ce_is_v5(called)) {
		return mailer5_validate_address(called, address, pattern);
	}
	/* A callable (but never a callable string, which could name any function) validates itself. */
	if (mailer_validator_settles(called, address, pattern, false, &selected, &valid)) {
		return valid;
	}
	if (mailer_validator_selects(&selected, "pcre") || mailer_validator_selects(&selected, "pcre8")) {
		valid = preg_matches(pcre_pattern, sizeof(pcre_pattern) - 1, address);
	} else if (mailer_validator_selects(&selected, "html5")) {
		valid = preg_matches(html5_pattern, sizeof(html5_pattern) - 1, address);
	} else if (mailer_validator_selects(&selected, "eai")) {
		valid = preg_matches(eai_pattern, sizeof(eai_pattern) - 1, address);
	} else {
		/* filter_var(FILTER_VALIDATE_EMAIL), whose ~1 KB pattern only the unusual addresses need. */
		valid = mime_address_plainly_valid(ZSTR_VAL(address), ZSTR_LEN(address))
			|| smtp_filter_var(address, "FILTER_VALIDATE_EMAIL", NULL);
	}
	zval_ptr_dtor(&selected);
	return valid;
}

bool mailer_validate_static(zend_class_entry *called, zend_string *address)
{
	if (SMTP_CE_OVERRIDES(called, "validateaddress")) {
		zval arg;
		bool valid;

		ZVAL_STR_COPY(&arg, address);
		valid = SMTP_CALL_STATIC_BOOL(called, "validateaddress", 1, &arg);
		zval_ptr_dtor(&arg);
		return valid;
	}
	return mailer_validate_address(called, address, NULL);
}

/* static::validateAddress(), through an override of the static method. */
static bool validate(zend_object *obj, zend_string *address)
{
	return mailer_validate_static(obj->ce, address);
}

PHP_METHOD(Smtp_Engine_MailerBase, validateAddress)
{
	zend_string *address;
	zval *pattern = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(pattern)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(mailer_validate_address(zend_get_called_scope(execute_data), address, pattern));
}

static bool idn_supported(void)
{
	return zend_hash_str_exists(EG(function_table), "idn_to_ascii", sizeof("idn_to_ascii") - 1)
		&& zend_hash_str_exists(EG(function_table), "mb_convert_encoding", sizeof("mb_convert_encoding") - 1);
}

/* static::idnSupported() of obj's class, through an override if there is one ($this->idnSupported() in 5.2). */
static bool idn_supported_by(zend_object *obj)
{
	if (!SMTP_OVERRIDDEN(obj, "idnsupported")) {
		return idn_supported();
	}
	return mailer_is_v5(obj) ? SMTP_CALL_BOOL(obj, "idnsupported", 0, NULL)
		: SMTP_CALL_STATIC_BOOL(obj->ce, "idnsupported", 0, NULL);
}

PHP_METHOD(Smtp_Engine_MailerBase, idnSupported)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(idn_supported());
}

/* }}} */

/* {{{ IDN */

static zend_long constant_long(const char *name)
{
	zval *c = zend_get_constant_str(name, strlen(name));

	return c ? zval_get_long(c) : 0;
}

/* A PHP function returning a string, or NULL. */
static zend_string *call_for_string(const char *fn, uint32_t argc, zval *args)
{
	zval ret;
	zend_string *result = NULL;

	if (smtp_call_function(fn, &ret, argc, args) && Z_TYPE(ret) == IS_STRING) {
		result = zend_string_copy(Z_STR(ret));
	}
	zval_ptr_dtor(&ret);
	return result;
}

/* The domain converted from CharSet to UTF-8 (when it is valid in CharSet), else NULL. */
static zend_string *domain_as_utf8(zend_string *domain, zval *charset)
{
	zval args[3], ret;
	bool valid;

	ZVAL_STR(&args[0], domain);
	ZVAL_COPY_VALUE(&args[1], charset);
	valid = smtp_call_function("mb_check_encoding", &ret, 2, args) && zend_is_true(&ret);
	zval_ptr_dtor(&ret);
	if (!valid) {
		return NULL;
	}
	ZVAL_STRING(&args[1], "utf-8");
	ZVAL_COPY_VALUE(&args[2], charset);
	{
		zend_string *utf8 = call_for_string("mb_convert_encoding", 3, args);

		zval_ptr_dtor(&args[1]);
		return utf8;
	}
}

/* punyencodeAddress(): the domain (after the last '@') to punycode, when CharSet allows; else the address. */
static zend_string *punyencode(zend_object *obj, zend_string *address)
{
	const char *at = zend_memrchr(ZSTR_VAL(address), '@', ZSTR_LEN(address));
	zval *charset = MPROP(obj, CharSet), idn[3];
	zend_string *domain, *utf8, *puny, *result;

	if (!zend_is_true(charset) || !at || !idn_supported_by(obj)
		|| !mailer_call_has_8bit(obj, at + 1, ZSTR_VAL(address) + ZSTR_LEN(address) - at - 1)) {
		return zend_string_copy(address);
	}
	domain = zend_string_init(at + 1, ZSTR_VAL(address) + ZSTR_LEN(address) - at - 1, 0);
	utf8 = domain_as_utf8(domain, charset);
	zend_string_release(domain);
	if (!utf8) {
		return zend_string_copy(address);
	}
	ZVAL_STR(&idn[0], utf8);
	/* 5.2 asks for no IDNA option at all. */
	ZVAL_LONG(&idn[1], mailer_is_v5(obj) ? 0 : constant_long("IDNA_DEFAULT") | constant_long("IDNA_USE_STD3_RULES")
		| constant_long("IDNA_CHECK_BIDI") | constant_long("IDNA_CHECK_CONTEXTJ")
		| constant_long("IDNA_NONTRANSITIONAL_TO_ASCII"));
	ZVAL_LONG(&idn[2], constant_long("INTL_IDNA_VARIANT_UTS46"));
	puny = call_for_string("idn_to_ascii", 3, idn);
	zend_string_release(utf8);
	if (!puny) {
		return zend_string_copy(address);
	}
	result = zend_string_concat2(ZSTR_VAL(address), at + 1 - ZSTR_VAL(address), ZSTR_VAL(puny), ZSTR_LEN(puny));
	zend_string_release(puny);
	return result;
}

zend_string *mailer_punyencode(zend_object *obj, zend_string *address)
{
	zval arg;

	if (!SMTP_OVERRIDDEN(obj, "punyencodeaddress")) {
		return punyencode(obj, address);
	}
	ZVAL_STR(&arg, address);
	return SMTP_CALL_STR(obj, "punyencodeaddress", 1, &arg);
}

PHP_METHOD(Smtp_Engine_MailerBase, punyencodeAddress)
{
	zend_string *address;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(address)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(punyencode(THIS_OBJ, address));
}

bool mailer_has_unicode_local_part(zend_string *address)
{
	/* '/[\x80-\xFF].*@/': an 8-bit byte somewhere before the last '@'. */
	const char *at = zend_memrchr(ZSTR_VAL(address), '@', ZSTR_LEN(address));

	return at && mime_has_8bit(ZSTR_VAL(address), at - ZSTR_VAL(address));
}

bool mailer_any_unicode_local_part(zval *addresses)
{
	zval *entry;

	if (Z_TYPE_P(addresses) != IS_ARRAY) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(addresses), entry) {
		zval *address = Z_TYPE_P(entry) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(entry), 0) : entry;
		zend_string *s;
		bool found;

		if (!address) {
			continue;
		}
		s = zval_get_string(address);
		found = mailer_has_unicode_local_part(s);
		zend_string_release(s);
		if (found) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

PHP_METHOD(Smtp_Engine_MailerBase, addressHasUnicodeLocalPart)
{
	zend_string *address;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(address)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(mailer_has_unicode_local_part(address));
}

PHP_METHOD(Smtp_Engine_MailerBase, anyAddressHasUnicodeLocalPart)
{
	zval *addresses;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(addresses)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(mailer_any_unicode_local_part(addresses));
}

PHP_METHOD(Smtp_Engine_MailerBase, needsSMTPUTF8)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(zend_is_true(MPROP(THIS_OBJ, UseSMTPUTF8)));
}

/* }}} */

/* {{{ adding addresses */

/*
 * "Invalid address:  (kind): address" and its consequences. 5.2 names the
 * method instead: " (setFrom) address", " (addAnAddress kind): address".
 */
static bool invalid_address(zend_object *obj, const char *kind, zend_string *address)
{
	zend_string *label = mailer_lang(obj, "invalid_address"), *msg;
	char middle[64];

	if (!mailer_is_v5(obj)) {
		snprintf(middle, sizeof(middle), " (%s): ", kind);
	} else if (strcmp(kind, "From") == 0) {
		snprintf(middle, sizeof(middle), " (setFrom) ");
	} else {
		snprintf(middle, sizeof(middle), " (addAnAddress %s): ", kind);
	}
	msg = mailer_invalid_address_message(label, middle, address);

	mailer_fail(obj, msg, STOP_MESSAGE);
	zend_string_release(msg);
	zend_string_release(label);
	return false;
}

/* label, middle (" (to): " and the like), address: the address whole even with a NUL in it, as PHP concatenates. */
zend_string *mailer_invalid_address_message(zend_string *label, const char *middle, zend_string *address)
{
	smart_str msg = {0};

	smart_str_append(&msg, label);
	smart_str_appends(&msg, middle);
	if (address) {
		smart_str_append(&msg, address);
	}
	smart_str_0(&msg);
	return msg.s;
}

/* The property holding a kind of recipient: to, cc, bcc. */
static uint32_t list_offset(const char *kind)
{
	if (strcmp(kind, "to") == 0) {
		return smtp_mailer_prop_offsets[MP_to];
	}
	if (strcmp(kind, "cc") == 0) {
		return smtp_mailer_prop_offsets[MP_cc];
	}
	return smtp_mailer_prop_offsets[MP_bcc];
}

/*
 * A non-ASCII address while the validator is the default 'php' switches the
 * validator to 'eai' (for the whole process: it is static) and the message
 * to UTF-8, as PHPMailer 6.10 does.
 */
static void switch_to_eai(zend_object *obj, zend_string *address)
{
	zval *validator = zend_read_static_property(smtp_ce_mailer_base, "validator", sizeof("validator") - 1, true);
	zval eai;

	/* 6.10's, not 5.2's. */
	if (mailer_is_v5(obj)) {
		return;
	}
	if (!validator || Z_TYPE_P(validator) != IS_STRING || !zend_string_equals_literal(Z_STR_P(validator), "php")
		|| !mime_has_8bit(ZSTR_VAL(address), ZSTR_LEN(address))) {
		return;
	}
	MPROP_SET_LITERAL(obj, CharSet, "utf-8");
	ZVAL_STRING(&eai, "eai");
	zend_update_static_property(smtp_ce_mailer_base, "validator", sizeof("validator") - 1, &eai);
	zval_ptr_dtor(&eai);
}

/*
 * Whether address is a Reply-To already: 6.x looks its lower-cased key up,
 * 7.x compares it case-insensitively with the address of each entry.
 */
static bool reply_to_listed(zend_object *obj, zend_string *address, zend_string *lower)
{
	zval *list = MPROP(obj, ReplyTo), *entry;

	if (Z_TYPE_P(list) != IS_ARRAY) {
		return false;
	}
	if (!mailer_is_v7(obj->ce)) {
		return zend_symtable_exists(Z_ARRVAL_P(list), lower);
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), entry) {
		zval *first = Z_TYPE_P(entry) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(entry), 0) : NULL;

		if (first) {
			zend_string *listed = zval_get_string(first);
			bool same = zend_binary_strcasecmp(ZSTR_VAL(listed), ZSTR_LEN(listed), ZSTR_VAL(address),
				ZSTR_LEN(address)) == 0;

			zend_string_release(listed);
			if (same) {
				return true;
			}
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

static bool add_an_address_impl(zend_object *obj, zend_string *kind, zend_string *address, zval *name)
{
	static const char *const kinds[] = {"to", "cc", "bcc", "Reply-To"};
	zend_string *lower;
	size_t i;
	bool known = false;

	switch_to_eai(obj, address);
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		known = known || zend_string_equals_cstr(kind, kinds[i], strlen(kinds[i]));
	}
	if (!known) {
		/* lang('Invalid recipient kind') . ': ' in 6.x, lang('Invalid recipient kind: ') in 5.2. */
		zend_string *label = mailer_lang(obj, mailer_is_v5(obj) ? "Invalid recipient kind: " : "Invalid recipient kind");
		zend_string *msg = mailer_is_v5(obj) ? zend_string_concat2(ZSTR_VAL(label), ZSTR_LEN(label), ZSTR_VAL(kind),
			ZSTR_LEN(kind)) : zend_strpprintf(0, "%s: %s", ZSTR_VAL(label), ZSTR_VAL(kind));

		mailer_fail(obj, msg, STOP_MESSAGE);
		zend_string_release(msg);
		zend_string_release(label);
		return false;
	}
	if (!validate(obj, address)) {
		return EG(exception) ? false : invalid_address(obj, ZSTR_VAL(kind), address);
	}
	lower = zend_string_tolower(address);
	if (!zend_string_equals_literal(kind, "Reply-To")) {
		HashTable *all = MPROP_ARRAY(obj, all_recipients);

		if (!zend_symtable_exists(all, lower)) {
			zval pair, yes;

			array_init_size(&pair, 2);
			add_next_index_str(&pair, zend_string_copy(address));
			Z_TRY_ADDREF_P(name);
			add_next_index_zval(&pair, name);
			zend_hash_next_index_insert(smtp_prop_array_for_write(obj, list_offset(ZSTR_VAL(kind))), &pair);
			ZVAL_TRUE(&yes);
			zend_symtable_update(MPROP_ARRAY(obj, all_recipients), lower, &yes);
			zend_string_release(lower);
			return true;
		}
	} else if (!reply_to_listed(obj, address, lower)) {
		/* 6.x keys $ReplyTo by the lower-cased address; 7.x makes it a list. */
		zval pair;

		array_init_size(&pair, 2);
		add_next_index_str(&pair, zend_string_copy(address));
		Z_TRY_ADDREF_P(name);
		add_next_index_zval(&pair, name);
		if (mailer_is_v7(obj->ce)) {
			zend_hash_next_index_insert(MPROP_ARRAY(obj, ReplyTo), &pair);
		} else {
			zend_symtable_update(MPROP_ARRAY(obj, ReplyTo), lower, &pair);
		}
		zend_string_release(lower);
		return true;
	}
	zend_string_release(lower);
	return false;
}

bool mailer_add_an_address(zend_object *obj, zval *params)
{
	zval *kind = zend_hash_index_find(Z_ARRVAL_P(params), 0);
	zval *address = zend_hash_index_find(Z_ARRVAL_P(params), 1);
	zval *name = zend_hash_index_find(Z_ARRVAL_P(params), 2);
	zend_string *k, *a;
	bool ok;

	if (SMTP_OVERRIDDEN(obj, "addanaddress")) {
		zval args[3], ret;

		ZVAL_COPY(&args[0], kind);
		ZVAL_COPY(&args[1], address);
		ZVAL_COPY(&args[2], name);
		SMTP_CALL(obj, "addanaddress", &ret, 3, args);
		ok = Z_TYPE(ret) != IS_UNDEF && zend_is_true(&ret);
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
		zval_ptr_dtor(&args[2]);
		return ok;
	}
	k = zval_get_string(kind);
	a = zval_get_string(address);
	ok = add_an_address_impl(obj, k, a, name);
	zend_string_release(a);
	zend_string_release(k);
	return ok;
}

PHP_METHOD(Smtp_Engine_MailerBase, addAnAddress)
{
	zend_string *kind, *address;
	zval *name = NULL, empty;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(kind)
		Z_PARAM_STR(address)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_EMPTY_STRING(&empty);
	ok = add_an_address_impl(THIS_OBJ, kind, address, name ? name : &empty);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(ok);
}

/* trim(preg_replace('/[\r\n]+/', '', $name)) */
static zend_string *clean_name(zend_string *name)
{
	smart_str out = {0};
	size_t i;
	zend_string *trimmed;

	for (i = 0; i < ZSTR_LEN(name); i++) {
		if (ZSTR_VAL(name)[i] != '\r' && ZSTR_VAL(name)[i] != '\n') {
			smart_str_appendc(&out, ZSTR_VAL(name)[i]);
		}
	}
	smart_str_0(&out);
	trimmed = php_trim(out.s ? out.s : ZSTR_EMPTY_ALLOC(), NULL, 0, 3);
	smart_str_free(&out);
	return trimmed;
}

static bool add_or_enqueue_impl(zend_object *obj, zend_string *kind, zval *zaddress, zval *zname)
{
	zend_string *address = NULL, *name;
	const char *at = NULL;
	zval params;
	bool ok;

	if (Z_TYPE_P(zaddress) != IS_NULL) {
		zend_string *raw = zval_get_string(zaddress);

		address = php_trim(raw, NULL, 0, 3);
		zend_string_release(raw);
		at = zend_memrchr(ZSTR_VAL(address), '@', ZSTR_LEN(address));
	}
	if (!at) {
		invalid_address(obj, ZSTR_VAL(kind), address);
		if (address) {
			zend_string_release(address);
		}
		return false;
	}
	name = zname && Z_TYPE_P(zname) == IS_STRING ? clean_name(Z_STR_P(zname)) : ZSTR_EMPTY_ALLOC();
	array_init_size(&params, 3);
	add_next_index_str(&params, zend_string_copy(kind));
	add_next_index_str(&params, address);
	add_next_index_str(&params, name);
	/*
	 * A domain with 8-bit bytes waits in a queue until send() knows the
	 * CharSet to punycode it with; without IDN support it is refused, silently.
	 */
	if (mailer_call_has_8bit(obj, at + 1, ZSTR_VAL(address) + ZSTR_LEN(address) - at - 1)) {
		HashTable *q = zend_string_equals_literal(kind, "Reply-To")
			? MPROP_ARRAY(obj, ReplyToQueue) : MPROP_ARRAY(obj, RecipientsQueue);

		ok = idn_supported_by(obj) && !zend_symtable_exists(q, address);
		if (ok) {
			zend_symtable_update(q, address, &params);
		} else {
			zval_ptr_dtor(&params);
		}
		return ok;
	}
	ok = mailer_add_an_address(obj, &params);
	zval_ptr_dtor(&params);
	return ok;
}

/* $this->addOrEnqueueAnAddress(), through an override. */
static bool add_or_enqueue(zend_object *obj, const char *kind, zval *address, zval *name)
{
	zend_string *zkind = zend_string_init(kind, strlen(kind), 0);
	bool ok;

	if (SMTP_OVERRIDDEN(obj, "addorenqueueanaddress")) {
		zval args[3], ret;

		ZVAL_STR_COPY(&args[0], zkind);
		ZVAL_COPY(&args[1], address);
		ZVAL_COPY(&args[2], name);
		SMTP_CALL(obj, "addorenqueueanaddress", &ret, 3, args);
		ok = Z_TYPE(ret) != IS_UNDEF && zend_is_true(&ret);
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
		zval_ptr_dtor(&args[2]);
	} else {
		ok = add_or_enqueue_impl(obj, zkind, address, name);
	}
	zend_string_release(zkind);
	return ok;
}

PHP_METHOD(Smtp_Engine_MailerBase, addOrEnqueueAnAddress)
{
	zend_string *kind;
	zval *address, *name;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(kind)
		Z_PARAM_ZVAL(address)
		Z_PARAM_ZVAL(name)
	ZEND_PARSE_PARAMETERS_END();

	ok = add_or_enqueue_impl(THIS_OBJ, kind, address, name);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(ok);
}

#define ADD_ADDRESS_METHOD(method, kind) \
	PHP_METHOD(Smtp_Engine_MailerBase, method) \
	{ \
		zval *address, *name = NULL, empty; \
		bool ok; \
		ZEND_PARSE_PARAMETERS_START(1, 2) \
			Z_PARAM_ZVAL(address) \
			Z_PARAM_OPTIONAL \
			Z_PARAM_ZVAL(name) \
		ZEND_PARSE_PARAMETERS_END(); \
		ZVAL_EMPTY_STRING(&empty); \
		ok = add_or_enqueue(THIS_OBJ, kind, address, name ? name : &empty); \
		if (EG(exception)) { \
			RETURN_THROWS(); \
		} \
		RETURN_BOOL(ok); \
	}

ADD_ADDRESS_METHOD(addAddress, "to")
ADD_ADDRESS_METHOD(addCC, "cc")
ADD_ADDRESS_METHOD(addBCC, "bcc")
ADD_ADDRESS_METHOD(addReplyTo, "Reply-To")

PHP_METHOD(Smtp_Engine_MailerBase, setFrom)
{
	zend_object *obj = THIS_OBJ;
	zend_string *raw_address, *raw_name = ZSTR_EMPTY_ALLOC(), *address, *name;
	bool autoset = true;
	const char *at;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(raw_address)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(raw_name)
		Z_PARAM_BOOL(autoset)
	ZEND_PARSE_PARAMETERS_END();

	address = php_trim(raw_address, NULL, 0, 3);
	name = clean_name(raw_name);
	at = zend_memrchr(ZSTR_VAL(address), '@', ZSTR_LEN(address));
	/* An IDN domain passes now and is checked at send time, punycoded. */
	if (!at || ((!mailer_call_has_8bit(obj, at + 1, ZSTR_VAL(address) + ZSTR_LEN(address) - at - 1) || !idn_supported_by(obj))
			&& !validate(obj, address))) {
		if (!EG(exception)) {
			invalid_address(obj, "From", address);
		}
		zend_string_release(address);
		zend_string_release(name);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	MPROP_SET_ZSTR(obj, From, address);
	MPROP_SET_ZSTR(obj, FromName, name);
	if (autoset && !zend_is_true(MPROP(obj, Sender))) {
		MPROP_SET_ZSTR(obj, Sender, address);
	}
	zend_string_release(address);
	zend_string_release(name);
	RETURN_TRUE;
}

/* }}} */

/* {{{ lists */

static int drop_kind(zval *params, void *kind)
{
	zval *k;

	return Z_TYPE_P(params) == IS_ARRAY && (k = zend_hash_index_find(Z_ARRVAL_P(params), 0))
		&& Z_TYPE_P(k) == IS_STRING && zend_string_equals_cstr(Z_STR_P(k), kind, strlen(kind))
		? ZEND_HASH_APPLY_REMOVE : ZEND_HASH_APPLY_KEEP;
}

/* Removes the queued IDN addresses of one kind. */
static void clear_queued(zend_object *obj, const char *kind)
{
	zend_hash_apply_with_argument(MPROP_ARRAY(obj, RecipientsQueue), drop_kind, (void *)kind);
}

PHP_METHOD(Smtp_Engine_MailerBase, clearQueuedAddresses)
{
	zend_string *kind;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(kind)
	ZEND_PARSE_PARAMETERS_END();

	clear_queued(THIS_OBJ, ZSTR_VAL(kind));
}

/* clearAddresses(), clearCCs(), clearBCCs(): the list, its entries in all_recipients, its queue. */
static void clear_kind(zend_object *obj, const char *kind)
{
	uint32_t offset = list_offset(kind);
	zval *list = smtp_prop_get(obj, offset), *pair, *address, empty;

	if (Z_TYPE_P(list) == IS_ARRAY) {
		HashTable *all = MPROP_ARRAY(obj, all_recipients);

		list = smtp_prop_get(obj, offset);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), pair) {
			if (Z_TYPE_P(pair) == IS_ARRAY && (address = zend_hash_index_find(Z_ARRVAL_P(pair), 0))) {
				zend_string *s = zval_get_string(address), *lower = zend_string_tolower(s);

				zend_symtable_del(all, lower);
				zend_string_release(lower);
				zend_string_release(s);
			}
		} ZEND_HASH_FOREACH_END();
	}
	array_init(&empty);
	smtp_prop_assign(obj, offset, &empty);
	clear_queued(obj, kind);
}

PHP_METHOD(Smtp_Engine_MailerBase, clearAddresses)
{
	ZEND_PARSE_PARAMETERS_NONE();
	clear_kind(THIS_OBJ, "to");
}

PHP_METHOD(Smtp_Engine_MailerBase, clearCCs)
{
	ZEND_PARSE_PARAMETERS_NONE();
	clear_kind(THIS_OBJ, "cc");
}

PHP_METHOD(Smtp_Engine_MailerBase, clearBCCs)
{
	ZEND_PARSE_PARAMETERS_NONE();
	clear_kind(THIS_OBJ, "bcc");
}

static void reset_array(zend_object *obj, mailer_prop prop)
{
	zval empty;

	array_init(&empty);
	smtp_prop_assign(obj, smtp_mailer_prop_offsets[prop], &empty);
}

PHP_METHOD(Smtp_Engine_MailerBase, clearReplyTos)
{
	ZEND_PARSE_PARAMETERS_NONE();
	reset_array(THIS_OBJ, MP_ReplyTo);
	reset_array(THIS_OBJ, MP_ReplyToQueue);
}

PHP_METHOD(Smtp_Engine_MailerBase, clearAllRecipients)
{
	ZEND_PARSE_PARAMETERS_NONE();
	reset_array(THIS_OBJ, MP_to);
	reset_array(THIS_OBJ, MP_cc);
	reset_array(THIS_OBJ, MP_bcc);
	reset_array(THIS_OBJ, MP_all_recipients);
	reset_array(THIS_OBJ, MP_RecipientsQueue);
}

#define ADDRESS_GETTER(method, prop) \
	PHP_METHOD(Smtp_Engine_MailerBase, method) \
	{ \
		ZEND_PARSE_PARAMETERS_NONE(); \
		RETURN_COPY(MPROP(THIS_OBJ, prop)); \
	}

ADDRESS_GETTER(getToAddresses, to)
ADDRESS_GETTER(getCcAddresses, cc)
ADDRESS_GETTER(getBccAddresses, bcc)
ADDRESS_GETTER(getReplyToAddresses, ReplyTo)
ADDRESS_GETTER(getAllRecipientAddresses, all_recipients)

/* }}} */

/* {{{ parseAddresses() */

zend_string *mailer_mb_decode_mimeheader(zend_string *value, zval *charset, bool v7)
{
	zval arg, ret, orig, set;
	zend_string *prepared, *result = NULL;

	smtp_call_function("mb_internal_encoding", &orig, 0, NULL);
	ZVAL_COPY(&set, charset);
	smtp_call_function("mb_internal_encoding", &ret, 1, &set);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&set);
	if (EG(exception)) {
		zval_ptr_dtor(&orig);
		return NULL;
	}
	prepared = NULL;
	(void)v7;
#if PHP_VERSION_ID >= 80300
	if (v7) {
		/* 8.3's mb_decode_mimeheader() turns underscores into spaces itself: only the white space between words goes. */
		zval args[3];

		ZVAL_STRING(&args[0], "/(\\?=)\\s+(=\\?)/");
		ZVAL_STRING(&args[1], "$1$2");
		ZVAL_STR_COPY(&args[2], value);
		if (smtp_call_function("preg_replace", &ret, 3, args) && Z_TYPE(ret) == IS_STRING) {
			prepared = zend_string_copy(Z_STR(ret));
		}
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
		zval_ptr_dtor(&args[2]);
	}
#endif
	if (!prepared) {
		/* Undo RFC 2047's spaces-as-underscores first. */
		prepared = php_str_to_str(ZSTR_VAL(value), ZSTR_LEN(value), "_", 1, "=20", 3);
	}
	ZVAL_STR(&arg, prepared);
	if (smtp_call_function("mb_decode_mimeheader", &ret, 1, &arg) && Z_TYPE(ret) == IS_STRING) {
		result = zend_string_copy(Z_STR(ret));
	}
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&arg);
	smtp_call_function("mb_internal_encoding", &ret, 1, &orig);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&orig);
	return result ? result : zend_string_copy(value);
}

/* A name in RFC 2047 form ("=?...?=") decoded in charset, as PHPMailer 6.x does with mbstring. */
static zend_string *decode_name(zend_string *name, zval *charset)
{
	zend_string *decoded;

	if (!zend_get_constant_str("MB_CASE_UPPER", sizeof("MB_CASE_UPPER") - 1)
		|| ZSTR_LEN(name) < 4 || memcmp(ZSTR_VAL(name), "=?", 2) != 0
		|| memcmp(ZSTR_VAL(name) + ZSTR_LEN(name) - 2, "?=", 2) != 0) {
		return zend_string_copy(name);
	}
	decoded = mailer_mb_decode_mimeheader(name, charset, false);
	return decoded ? decoded : zend_string_copy(name);
}

void mailer_add_parsed(zval *list, zend_string *name, zend_string *address)
{
	zval entry;

	array_init_size(&entry, 2);
	add_assoc_str(&entry, "name", name);
	add_assoc_str(&entry, "address", address);
	add_next_index_zval(list, &entry);
}

/* The simple parser: split on ',', "name <address>" or a bare address. */
static void parse_simply(zend_class_entry *called, zend_string *addrstr, zval *charset, zval *list)
{
	const char *p = ZSTR_VAL(addrstr), *end = p + ZSTR_LEN(addrstr);

	while (p <= end) {
		const char *comma = memchr(p, ',', end - p), *stop = comma ? comma : end;
		zend_string *item = zend_string_init(p, stop - p, 0), *trimmed = php_trim(item, NULL, 0, 3);
		const char *lt = memchr(ZSTR_VAL(trimmed), '<', ZSTR_LEN(trimmed));

		if (!lt) {
			if (mailer_validate_address(called, trimmed, NULL)) {
				mailer_add_parsed(list, ZSTR_EMPTY_ALLOC(), zend_string_copy(trimmed));
			}
		} else {
			/* list($name, $email) = explode('<', $address): only the text up to a second '<' is the email. */
			const char *lt2 = memchr(lt + 1, '<', ZSTR_VAL(trimmed) + ZSTR_LEN(trimmed) - lt - 1);
			const char *email_end = lt2 ? lt2 : ZSTR_VAL(trimmed) + ZSTR_LEN(trimmed);
			zend_string *name_raw = zend_string_init(ZSTR_VAL(trimmed), lt - ZSTR_VAL(trimmed), 0);
			zend_string *email_raw = php_str_to_str(lt + 1, email_end - lt - 1, ">", 1, "", 0);
			zend_string *email = php_trim(email_raw, NULL, 0, 3), *name = php_trim(name_raw, NULL, 0, 3);

			if (mailer_validate_address(called, email, NULL) && !charset) {
				/* 5.2: trim(str_replace(array('"', "'"), '', $name)), nothing decoded. */
				zend_string *dq = php_str_to_str(ZSTR_VAL(name), ZSTR_LEN(name), "\"", 1, "", 0);
				zend_string *sq = php_str_to_str(ZSTR_VAL(dq), ZSTR_LEN(dq), "'", 1, "", 0);

				mailer_add_parsed(list, php_trim(sq, NULL, 0, 3), zend_string_copy(email));
				zend_string_release(sq);
				zend_string_release(dq);
			} else if (charset && mailer_validate_address(called, email, NULL)) {
				zend_string *decoded = decode_name(name, charset);

				mailer_add_parsed(list, php_trim(decoded, "'\" ", 3, 3), zend_string_copy(email));
				zend_string_release(decoded);
			}
			zend_string_release(name);
			zend_string_release(email);
			zend_string_release(email_raw);
			zend_string_release(name_raw);
		}
		zend_string_release(trimmed);
		zend_string_release(item);
		if (!comma) {
			break;
		}
		p = comma + 1;
	}
}

/*
 * The IMAP parser: imap_rfc822_parse_adrlist(). A name is decoded as 6.x
 * does when it is entirely one RFC 2047 text, as 7.x does (static::decodeHeader())
 * when it is any non-empty string; 5.2 (charset NULL) takes it as it is.
 */
void mailer_parse_with_imap(zend_class_entry *called, zend_string *addrstr, zval *charset, zval *list, bool v7)
{
	zval args[2], parsed, ignored, *entry;

	ZVAL_STR_COPY(&args[0], addrstr);
	ZVAL_EMPTY_STRING(&args[1]);
	if (!smtp_call_function("imap_rfc822_parse_adrlist", &parsed, 2, args)) {
		zval_ptr_dtor(&args[0]);
		return;
	}
	smtp_call_function("imap_errors", &ignored, 0, NULL);
	zval_ptr_dtor(&ignored);
	if (Z_TYPE(parsed) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(parsed), entry) {
			zval rv, *mailbox, *host, *personal;
			zend_string *m, *h, *address;

			if (Z_TYPE_P(entry) != IS_OBJECT) {
				continue;
			}
			mailbox = zend_read_property(Z_OBJCE_P(entry), Z_OBJ_P(entry), "mailbox", 7, true, &rv);
			m = zval_get_string(mailbox);
			host = zend_read_property(Z_OBJCE_P(entry), Z_OBJ_P(entry), "host", 4, true, &rv);
			h = zval_get_string(host);
			address = zend_strpprintf(0, "%s@%s", ZSTR_VAL(m), ZSTR_VAL(h));
			if (!zend_string_equals_literal(h, ".SYNTAX-ERROR.") && mailer_validate_address(called, address, NULL)) {
				zend_string *name = ZSTR_EMPTY_ALLOC();

				if (zend_hash_str_exists(Z_OBJPROP_P(entry), "personal", 8)) {
					zend_string *p;

					personal = zend_read_property(Z_OBJCE_P(entry), Z_OBJ_P(entry), "personal", 8, true, &rv);
					p = zval_get_string(personal);
					if (!charset) {
						name = zend_string_copy(p);   /* 5.2: the name as IMAP gives it */
					} else if (!v7) {
						name = decode_name(p, charset);
					} else if (Z_TYPE_P(personal) == IS_STRING && ZSTR_LEN(p)) {
						name = mailer7_decode_header(called, p, charset);
					} else {
						name = zend_string_copy(p);
					}
					zend_string_release(p);
					if (!name) {
						zend_string_release(address);
						zend_string_release(h);
						zend_string_release(m);
						break;
					}
				}
				mailer_add_parsed(list, name, zend_string_copy(address));
			}
			zend_string_release(address);
			zend_string_release(h);
			zend_string_release(m);
		} ZEND_HASH_FOREACH_END();
	}
	zval_ptr_dtor(&parsed);
	zval_ptr_dtor(&args[0]);
}

void mailer_parse_addresses(zend_class_entry *called, zend_string *addrstr, bool useimap, zval *charset, zval *list)
{
	if (useimap && zend_hash_str_exists(EG(function_table), "imap_rfc822_parse_adrlist",
			sizeof("imap_rfc822_parse_adrlist") - 1)) {
		mailer_parse_with_imap(called, addrstr, charset, list, false);
	} else {
		parse_simply(called, addrstr, charset, list);
	}
}

PHP_METHOD(Smtp_Engine_MailerBase, parseAddresses)
{
	zend_string *addrstr;
	zval *useimap = NULL, *charset = NULL, default_charset;
	zend_class_entry *called = zend_get_called_scope(execute_data);

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(addrstr)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(useimap)
		Z_PARAM_ZVAL(charset)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_STRING(&default_charset, "iso-8859-1");
	array_init(return_value);
	mailer_parse_addresses(called, addrstr, !useimap || zend_is_true(useimap), charset ? charset : &default_charset,
		return_value);
	zval_ptr_dtor(&default_charset);
}

/* }}} */
