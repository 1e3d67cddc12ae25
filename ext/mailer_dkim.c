/*
 * mailer_dkim.c - PHPMailer's DKIM methods (DKIM_QP, DKIM_HeaderC,
 * DKIM_BodyC, DKIM_Sign, DKIM_Add) over ext/core/mime_dkim.c, and the
 * step of preSend() that signs the message: with DKIM_Add() as PHPMailer
 * does, or, beyond PHPMailer, with every key of
 * SMTPOptions['smtp']['dkim_keys'] (one signature per key, its algorithm
 * from its type: rsa-sha256 or ed25519-sha256).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"

#include "mailer.h"
#include "mailer_sign.h"
#include "smtp_errors.h"
#include "smtp_options.h"

#include "core/mime_dkim.h"
#include "core/mime_keys.h"

#include <time.h>

static zend_string *buf_to_zstr(smtp_buf *buf)
{
	zend_string *s = zend_string_init(buf->data ? buf->data : "", buf->len, 0);

	smtp_buf_free(buf);
	return s;
}

/* {{{ DKIM_QP(), DKIM_HeaderC(), DKIM_BodyC() */

typedef bool (*dkim_filter)(smtp_buf *out, const char *in, size_t len);

static void return_filtered(zval *return_value, dkim_filter filter, zend_string *in)
{
	smtp_buf out = SMTP_BUF_INIT;

	filter(&out, ZSTR_VAL(in), ZSTR_LEN(in));
	RETURN_STR(buf_to_zstr(&out));
}

PHP_METHOD(Smtp_Engine_MailerBase, DKIM_QP)
{
	zend_string *txt;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(txt)
	ZEND_PARSE_PARAMETERS_END();

	return_filtered(return_value, mime_dkim_qp, txt);
}

PHP_METHOD(Smtp_Engine_MailerBase, DKIM_HeaderC)
{
	zend_string *header;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(header)
	ZEND_PARSE_PARAMETERS_END();

	return_filtered(return_value, mime_dkim_header_c, header);
}

PHP_METHOD(Smtp_Engine_MailerBase, DKIM_BodyC)
{
	zend_string *body;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(body)
	ZEND_PARSE_PARAMETERS_END();

	return_filtered(return_value, mime_dkim_body_c, body);
}

/* }}} */

/* {{{ DKIM_Sign() */

/* The key text DKIM_Sign() reads: DKIM_private_string, else file_get_contents(DKIM_private). */
static zend_string *key_text(zend_object *obj)
{
	zval *str = MPROP(obj, DKIM_private_string), path, contents;
	zend_string *text;

	if (zend_is_true(str)) {
		return zval_get_string(str);
	}
	ZVAL_STR(&path, zval_get_string(MPROP(obj, DKIM_private)));
	smtp_call_function("file_get_contents", &contents, 1, &path);
	/* false (with file_get_contents()'s warning) reads as an empty key. */
	text = Z_TYPE(contents) == IS_STRING ? zend_string_copy(Z_STR(contents)) : ZSTR_EMPTY_ALLOC();
	zval_ptr_dtor(&contents);
	zval_ptr_dtor(&path);
	return text;
}

/* openssl_pkey_get_private($text, DKIM_passphrase): NULL when it gives false. */
static EVP_PKEY *load_key(zend_object *obj, zend_string *text)
{
	zend_string *passphrase = zval_get_string(MPROP(obj, DKIM_passphrase));
	const char *path = mime_key_spec_path(ZSTR_VAL(text), ZSTR_LEN(text));
	EVP_PKEY *key = NULL;
	smtp_error err;

	/* A "file://" key must pass open_basedir, which warns when it does not. */
	if (!path || !php_check_open_basedir(path)) {
		mime_key_private(&key, ZSTR_VAL(text), ZSTR_LEN(text), ZSTR_VAL(passphrase), &err);
	}
	zend_string_release(passphrase);
	return key;
}

/*
 * DKIM_Sign(): the base64 rsa-sha256 signature, as openssl_sign() with
 * 'sha256WithRSAEncryption' makes it; "" (and openssl_sign()'s warning)
 * when the key cannot be read, "" when it cannot sign so.
 */
static zend_string *dkim_sign(zend_object *obj, const char *data, size_t len)
{
	smtp_buf out = SMTP_BUF_INIT;
	zend_string *text;
	EVP_PKEY *key;
	smtp_error err;

	if (!zend_get_constant_str("PKCS7_TEXT", sizeof("PKCS7_TEXT") - 1)) {
		if (mailer_exceptions(obj)) {
			zend_string *msg = mailer_lang_concat(obj, "extension_missing", "openssl", sizeof("openssl") - 1);

			smtp_throw(msg, STOP_MESSAGE);
			zend_string_release(msg);
		}
		return ZSTR_EMPTY_ALLOC();
	}
	text = key_text(obj);
	key = EG(exception) ? NULL : load_key(obj, text);
	zend_string_release(text);
	if (!key) {
		if (!EG(exception)) {
			zend_error(E_WARNING, "openssl_sign(): Supplied key param cannot be coerced into a private key");
		}
		return ZSTR_EMPTY_ALLOC();
	}
	if (mime_dkim_sign(&out, key, MIME_DKIM_RSA_SHA256, data, len, &err) != SMTP_OK) {
		smtp_buf_reset(&out);
	}
	EVP_PKEY_free(key);
	return buf_to_zstr(&out);
}

PHP_METHOD(Smtp_Engine_MailerBase, DKIM_Sign)
{
	zend_string *header, *sig;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(header)
	ZEND_PARSE_PARAMETERS_END();

	sig = dkim_sign(THIS_OBJ, ZSTR_VAL(header), ZSTR_LEN(header));
	if (EG(exception)) {
		zend_string_release(sig);
		RETURN_THROWS();
	}
	RETURN_STR(sig);
}

/* }}} */

/* {{{ DKIM_Add() */

/* $this->$lcname($in) of a PHP override, its result (as a string) appended to out. */
static smtp_status call_override(zend_object *obj, const char *lcname, smtp_buf *out, const char *in, size_t len,
	smtp_error *err)
{
	zval arg, ret;
	zend_string *result;
	bool ok;

	ZVAL_STRINGL(&arg, in, len);
	ok = smtp_call(obj, lcname, strlen(lcname), &ret, 1, &arg);
	zval_ptr_dtor(&arg);
	if (!ok) {
		zval_ptr_dtor(&ret);
		return smtp_error_set(err, SMTP_ERR_STATE, "%s() threw", lcname);
	}
	result = zval_get_string(&ret);
	zval_ptr_dtor(&ret);
	smtp_buf_append(out, ZSTR_VAL(result), ZSTR_LEN(result));
	zend_string_release(result);
	return EG(exception) ? smtp_error_set(err, SMTP_ERR_STATE, "%s() threw", lcname) : SMTP_OK;
}

static smtp_status step_qp(void *ctx, smtp_buf *out, const char *in, size_t len, smtp_error *err)
{
	return call_override(ctx, "dkim_qp", out, in, len, err);
}

static smtp_status step_body_c(void *ctx, smtp_buf *out, const char *in, size_t len, smtp_error *err)
{
	return call_override(ctx, "dkim_bodyc", out, in, len, err);
}

static smtp_status step_header_c(void *ctx, smtp_buf *out, const char *in, size_t len, smtp_error *err)
{
	return call_override(ctx, "dkim_headerc", out, in, len, err);
}

static smtp_status step_sign(void *ctx, smtp_buf *out, const char *in, size_t len, smtp_error *err)
{
	zend_string *sig;

	if (SMTP_OVERRIDDEN((zend_object *)ctx, "dkim_sign")) {
		return call_override(ctx, "dkim_sign", out, in, len, err);
	}
	sig = dkim_sign(ctx, in, len);
	smtp_buf_append(out, ZSTR_VAL(sig), ZSTR_LEN(sig));
	zend_string_release(sig);
	return EG(exception) ? smtp_error_set(err, SMTP_ERR_STATE, "DKIM_Sign() threw") : SMTP_OK;
}

/* The settings of DKIM_Add(), with the strings and arrays they borrow held. */
typedef struct dkim_settings {
	mime_dkim_params p;
	zend_string *domain;
	zend_string *selector;
	zend_string *identity;
	zend_string *le;
	zval extra;      /* DKIM_extraHeaders, held so a step cannot free its strings */
	zval custom;     /* CustomHeader, likewise */
	mime_text *extra_names;
	mime_text *custom_names;
} dkim_settings;

static mime_text text_of(zend_string *s)
{
	return (mime_text){ZSTR_VAL(s), ZSTR_LEN(s)};
}

/*
 * The strings of a list, for PHPMailer's strict comparisons: the string
 * entries themselves, or (of CustomHeader) the string names of its entries.
 */
static mime_text *names_of(zval *list, bool entry_names, size_t *count)
{
	mime_text *names;
	zval *item;

	*count = 0;
	if (Z_TYPE_P(list) != IS_ARRAY) {
		return NULL;
	}
	names = safe_emalloc(zend_hash_num_elements(Z_ARRVAL_P(list)), sizeof(*names), 0);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), item) {
		if (entry_names) {
			item = Z_TYPE_P(item) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(item), 0) : NULL;
		}
		if (item && Z_TYPE_P(item) == IS_STRING) {
			names[(*count)++] = text_of(Z_STR_P(item));
		}
	} ZEND_HASH_FOREACH_END();
	return names;
}

/*
 * unbroken: the domain, selector and identity lose their line breaks, for
 * a send (no property may add a header line); DKIM_Add() called by the
 * user gives PHPMailer's bytes, which keep them.
 */
static zend_string *dkim_value(zval *zv, bool unbroken)
{
	return unbroken ? mailer_unbroken_zval(zv) : zval_get_string(zv);
}

static void settings_init(dkim_settings *s, zend_object *obj, bool unbroken)
{
	zval *identity = MPROP(obj, DKIM_identity);

	memset(s, 0, sizeof(*s));
	s->domain = dkim_value(MPROP(obj, DKIM_domain), unbroken);
	s->selector = dkim_value(MPROP(obj, DKIM_selector), unbroken);
	s->le = mailer_le_str(obj);
	ZVAL_COPY(&s->extra, MPROP(obj, DKIM_extraHeaders));
	ZVAL_COPY(&s->custom, MPROP(obj, CustomHeader));
	s->p.domain = text_of(s->domain);
	s->p.selector = text_of(s->selector);
	/* No i= tag only when DKIM_identity is exactly ''. */
	if (!(Z_TYPE_P(identity) == IS_STRING && Z_STRLEN_P(identity) == 0)) {
		s->identity = dkim_value(identity, unbroken);
		s->p.identity = text_of(s->identity);
	}
	s->p.copy_header_fields = zend_is_true(MPROP(obj, DKIM_copyHeaderFields));
	s->extra_names = names_of(&s->extra, false, &s->p.extra_header_count);
	s->custom_names = names_of(&s->custom, true, &s->p.custom_header_count);
	s->p.extra_headers = s->extra_names;
	s->p.custom_headers = s->custom_names;
	s->p.time = (long long)time(NULL);
	s->p.le = (mime_le){ZSTR_VAL(s->le), ZSTR_LEN(s->le)};
	s->p.alg = MIME_DKIM_RSA_SHA256;
}

static void settings_free(dkim_settings *s)
{
	zend_string_release(s->domain);
	zend_string_release(s->selector);
	if (s->identity) {
		zend_string_release(s->identity);
	}
	zend_string_release(s->le);
	zval_ptr_dtor(&s->extra);
	zval_ptr_dtor(&s->custom);
	if (s->extra_names) {
		efree(s->extra_names);
	}
	if (s->custom_names) {
		efree(s->custom_names);
	}
}

/* DKIM_Add(): the DKIM-Signature field, "" when signing failed (NULL after an exception). */
static zend_string *dkim_add(zend_object *obj, zend_string *headers, zend_string *subject, zend_string *body,
	bool unbroken)
{
	smtp_buf out = SMTP_BUF_INIT;
	mime_dkim_steps steps = {NULL, NULL, NULL, step_sign, obj};
	dkim_settings s;
	smtp_error err;
	smtp_status status;

	/* What PHPMailer calls as $this->DKIM_*() goes to a PHP override where there is one. */
	steps.qp = SMTP_OVERRIDDEN(obj, "dkim_qp") ? step_qp : NULL;
	steps.body_c = SMTP_OVERRIDDEN(obj, "dkim_bodyc") ? step_body_c : NULL;
	steps.header_c = SMTP_OVERRIDDEN(obj, "dkim_headerc") ? step_header_c : NULL;
	settings_init(&s, obj, unbroken);
	status = mime_dkim_add(&out, &s.p, &steps, ZSTR_VAL(headers), ZSTR_LEN(headers), ZSTR_VAL(subject),
		ZSTR_LEN(subject), ZSTR_VAL(body), ZSTR_LEN(body), &err);
	settings_free(&s);
	if (status != SMTP_OK) {
		smtp_buf_free(&out);
		return EG(exception) ? NULL : ZSTR_EMPTY_ALLOC();
	}
	return buf_to_zstr(&out);
}

PHP_METHOD(Smtp_Engine_MailerBase, DKIM_Add)
{
	zend_string *headers, *subject, *body, *field;

	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(headers)
		Z_PARAM_STR(subject)
		Z_PARAM_STR(body)
	ZEND_PARSE_PARAMETERS_END();

	if (!(field = dkim_add(THIS_OBJ, headers, subject, body, false))) {
		RETURN_THROWS();
	}
	RETURN_STR(field);
}

/* }}} */

/* {{{ preSend() */

/* DKIM_domain, DKIM_selector, and a key string or a permitted, existing key file (or the dkim_keys option). */
static bool dkim_configured(zend_object *obj)
{
	zval *path = MPROP(obj, DKIM_private), exists, arg;
	bool ok;

	if (!zend_is_true(MPROP(obj, DKIM_domain)) || !zend_is_true(MPROP(obj, DKIM_selector))) {
		return false;
	}
	if (zend_is_true(MPROP(obj, DKIM_private_string)) || smtp_engine_option(obj, "dkim_keys")) {
		return true;
	}
	if (!zend_is_true(path)) {
		return false;
	}
	ZVAL_STR(&arg, zval_get_string(path));
	ok = mailer_is_permitted_path(Z_STR(arg)) && smtp_call_function("file_exists", &exists, 1, &arg)
		&& zend_is_true(&exists);
	zval_ptr_dtor(&arg);
	return ok;
}

/* MIMEHeader = stripTrailingWSP(MIMEHeader) . $LE . normalizeBreaks($field) . $LE */
static void append_field(zend_object *obj, zval *field)
{
	zend_string *le = mailer_le_str(obj), *value = zval_get_string(field);
	zend_string *header = zval_get_string(MPROP(obj, MIMEHeader)), *trimmed = mailer_strip_trailing_wsp(header);
	smtp_buf out = SMTP_BUF_INIT;
	mime_le breaks = {ZSTR_VAL(le), ZSTR_LEN(le)};

	smtp_buf_append(&out, ZSTR_VAL(trimmed), ZSTR_LEN(trimmed));
	smtp_buf_append(&out, breaks.s, breaks.len);
	mime_normalize_breaks(&out, ZSTR_VAL(value), ZSTR_LEN(value), breaks);
	smtp_buf_append(&out, breaks.s, breaks.len);
	MPROP_SET_STR(obj, MIMEHeader, out.data, out.len);
	smtp_buf_free(&out);
	zend_string_release(trimmed);
	zend_string_release(header);
	zend_string_release(value);
	zend_string_release(le);
}

/*
 * The keys of the dkim_keys option (list), each a key file's path or PEM
 * text, read with DKIM_passphrase; an entry's string key is its selector
 * (into selectors; none: DKIM_selector). NULL, with an exception thrown, when one
 * cannot be read (or a path is not permitted): the message is not sent
 * with fewer signatures than asked for.
 */
static EVP_PKEY **option_keys(zend_object *obj, zend_array *list, mime_text *selectors, size_t *count)
{
	zend_string *passphrase = zval_get_string(MPROP(obj, DKIM_passphrase)), *selector;
	EVP_PKEY **keys = safe_emalloc(zend_hash_num_elements(list) + 1, sizeof(EVP_PKEY *), 0);
	zval *item;
	smtp_error err;

	*count = 0;
	ZEND_HASH_FOREACH_STR_KEY_VAL(list, selector, item) {
		zend_string *text = Z_STR_P(item), *spec;
		bool pem = zend_string_starts_with_literal(text, "-----");
		zend_string *msg;

		spec = pem ? zend_string_copy(text) : zend_string_concat2("file://", 7, ZSTR_VAL(text), ZSTR_LEN(text));
		smtp_error_clear(&err);
		if ((pem || (mailer_is_permitted_path(text) && !php_check_open_basedir(ZSTR_VAL(text))))
			&& mime_key_private(&keys[*count], ZSTR_VAL(spec), ZSTR_LEN(spec), ZSTR_VAL(passphrase), &err) == SMTP_OK) {
			selectors[*count] = selector ? text_of(selector) : (mime_text){NULL, 0};
			(*count)++;
			zend_string_release(spec);
			continue;
		}
		zend_string_release(spec);
		if (!EG(exception)) {
			msg = zend_strpprintf(0, "DKIM key %s cannot be read%s%s", pem ? "(PEM text)" : ZSTR_VAL(text),
				*err.detail ? ": " : "", err.detail);
			smtp_throw(msg, STOP_CRITICAL);
			zend_string_release(msg);
		}
		while (*count > 0) {
			EVP_PKEY_free(keys[--*count]);
		}
		efree(keys);
		keys = NULL;
		break;
	} ZEND_HASH_FOREACH_END();
	zend_string_release(passphrase);
	return keys;
}

/* The DKIM-Signature fields of every key of the dkim_keys option, for these message parts (args of DKIM_Add()). */
static void sign_with_option_keys(zend_object *obj, zval *args, zval *field)
{
	size_t count, i;
	zend_array *list = smtp_engine_option_list(obj, "dkim_keys");
	mime_text *selectors = safe_emalloc(zend_hash_num_elements(list) + 1, sizeof(mime_text), 0);
	EVP_PKEY **keys = option_keys(obj, list, selectors, &count);
	smtp_buf out = SMTP_BUF_INIT;
	dkim_settings s;
	smtp_error err;

	if (!keys) {
		efree(selectors);
		zend_array_release(list);
		return;
	}
	settings_init(&s, obj, true);
	if (count && mime_dkim_add_all(&out, &s.p, keys, selectors, count, Z_STRVAL(args[0]), Z_STRLEN(args[0]),
			Z_STRVAL(args[1]), Z_STRLEN(args[1]), Z_STRVAL(args[2]), Z_STRLEN(args[2]), &err) == SMTP_OK) {
		ZVAL_STR(field, buf_to_zstr(&out));
	} else if (count) {
		zend_string *msg = zend_strpprintf(0, "DKIM signing failed: %s", *err.detail ? err.detail : err.message);

		smtp_buf_free(&out);
		smtp_throw(msg, STOP_CRITICAL);
		zend_string_release(msg);
	}
	settings_free(&s);
	for (i = 0; i < count; i++) {
		EVP_PKEY_free(keys[i]);
	}
	efree(keys);
	efree(selectors);
	zend_array_release(list);
}

void mailer_dkim_sign_message(zend_object *obj)
{
	zend_string *header, *mail_header, *subject, *secured;
	zval args[3], field;

	if (!dkim_configured(obj) || EG(exception)) {
		return;
	}
	header = zval_get_string(MPROP(obj, MIMEHeader));
	mail_header = zval_get_string(MPROP(obj, mailHeader));
	subject = zval_get_string(MPROP(obj, Subject));
	secured = mailer_secure_header(subject);
	ZVAL_STR(&args[0], zend_string_concat2(ZSTR_VAL(header), ZSTR_LEN(header), ZSTR_VAL(mail_header),
		ZSTR_LEN(mail_header)));
	ZVAL_STR(&args[1], mailer_encode_header(obj, secured, MIME_POS_TEXT));
	ZVAL_STR(&args[2], zval_get_string(MPROP(obj, MIMEBody)));
	ZVAL_UNDEF(&field);
	if (EG(exception)) {
		/* nothing to sign with */
	} else if (smtp_engine_option(obj, "dkim_keys")) {
		sign_with_option_keys(obj, args, &field);
		if (Z_TYPE(field) == IS_STRING) {
			append_field(obj, &field);
		}
	} else if (!SMTP_OVERRIDDEN(obj, "dkim_add") && Z_TYPE(args[2]) == IS_STRING) {
		zend_string *f = dkim_add(obj, Z_STR(args[0]), Z_STR(args[1]), Z_STR(args[2]), true);

		if (f) {
			ZVAL_STR(&field, f);
			append_field(obj, &field);
		}
	} else if (SMTP_CALL(obj, "dkim_add", &field, 3, args)) {
		append_field(obj, &field);
	}
	zval_ptr_dtor(&field);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&args[2]);
	zend_string_release(secured);
	zend_string_release(subject);
	zend_string_release(mail_header);
	zend_string_release(header);
}

/* }}} */
