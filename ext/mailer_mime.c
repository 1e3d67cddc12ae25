/*
 * mailer_mime.c - the message headers and body of the PHPMailer class, and
 * its encoding methods, over the core's MIME writer and encoders.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/date/php_date.h"
#include "ext/standard/php_random.h"
#include "ext/standard/php_string.h"
#include "zend_attributes.h"

#include <openssl/sha.h>

#include "mailer.h"
#include "mailer5.h"
#include "mailer_sign.h"
#include "mailer_stream.h"
#include "smtp_errors.h"

#include "core/mime_message.h"

/* {{{ header encoding settings */

/* mbstring's counting, for a multi-byte charset the core does not know. */
static size_t mbstring_count(const mime_charset *cs, const char *s, size_t len)
{
	zval args[2], ret;
	size_t count = len;

	ZVAL_STRINGL(&args[0], s, len);
	ZVAL_STRINGL(&args[1], cs->name, cs->name_len);
	if (smtp_call_function("mb_strlen", &ret, 2, args) && Z_TYPE(ret) == IS_LONG) {
		count = (size_t)Z_LVAL(ret);
	}
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	return count;
}

static size_t mbstring_prefix(const mime_charset *cs, const char *s, size_t len, size_t chars)
{
	zval args[4], ret;
	size_t bytes = chars < len ? chars : len;

	ZVAL_STRINGL(&args[0], s, len);
	ZVAL_LONG(&args[1], 0);
	ZVAL_LONG(&args[2], (zend_long)chars);
	ZVAL_STRINGL(&args[3], cs->name, cs->name_len);
	if (smtp_call_function("mb_substr", &ret, 4, args) && Z_TYPE(ret) == IS_STRING) {
		bytes = Z_STRLEN(ret);
	}
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[3]);
	return bytes;
}

/* {{{ encodeHeader()'s helpers through the object, for a subclass that overrides one */

bool mailer_call_into(smtp_buf *out, zend_object *obj, bool is_static, const char *lcname, size_t lclen,
	uint32_t argc, zval *args)
{
	zend_string *result = is_static ? smtp_call_static_str(obj->ce, lcname, lclen, argc, args)
		: smtp_call_str(obj, lcname, lclen, argc, args);
	bool ok = !EG(exception) && smtp_buf_append(out, ZSTR_VAL(result), ZSTR_LEN(result));
	uint32_t i;

	for (i = 0; i < argc; i++) {
		zval_ptr_dtor(&args[i]);
	}
	zend_string_release(result);
	return ok;
}

int mailer_call_predicate(zend_object *obj, bool is_static, const char *lcname, size_t lclen, uint32_t argc,
	zval *args)
{
	bool result = is_static ? smtp_call_static_bool(obj->ce, lcname, lclen, argc, args)
		: smtp_call_bool(obj, lcname, lclen, argc, args);
	uint32_t i;

	for (i = 0; i < argc; i++) {
		zval_ptr_dtor(&args[i]);
	}
	return EG(exception) ? -1 : result;
}

static int string_predicate(zend_object *obj, const char *lcname, size_t lclen, const char *s, size_t len)
{
	zval arg;

	ZVAL_STRINGL(&arg, s, len);
	return mailer_call_predicate(obj, false, lcname, lclen, 1, &arg);
}

static int hook_has_8bit(void *ctx, const char *s, size_t len)
{
	return string_predicate(ctx, ZEND_STRL("has8bitchars"), s, len);
}

static int hook_has_multibytes(void *ctx, const char *s, size_t len)
{
	return string_predicate(ctx, ZEND_STRL("hasmultibytes"), s, len);
}

static bool hook_base64_wrap_mb(void *ctx, smtp_buf *out, const char *s, size_t len, const char *linebreak)
{
	zval args[2];

	ZVAL_STRINGL(&args[0], s, len);
	ZVAL_STRING(&args[1], linebreak);
	return mailer_call_into(out, ctx, false, ZEND_STRL("base64encodewrapmb"), 2, args);
}

static bool hook_encode_q(void *ctx, smtp_buf *out, const char *s, size_t len, mime_position pos)
{
	static const char *const names[] = {"text", "phrase", "comment"};
	zval args[2];

	ZVAL_STRINGL(&args[0], s, len);
	ZVAL_STRING(&args[1], names[pos]);
	return mailer_call_into(out, ctx, false, ZEND_STRL("encodeq"), 2, args);
}

static bool hook_wrap_text(void *ctx, smtp_buf *out, const char *s, size_t len, size_t length, bool qp_mode)
{
	zval args[3];

	ZVAL_STRINGL(&args[0], s, len);
	ZVAL_LONG(&args[1], (zend_long)length);
	ZVAL_BOOL(&args[2], qp_mode);
	return mailer_call_into(out, ctx, false, ZEND_STRL("wraptext"), 3, args);
}

static bool hook_normalize_breaks(void *ctx, smtp_buf *out, const char *s, size_t len)
{
	zend_string *text = zend_string_init(s, len, 0), *result = mailer_call_normalize_breaks(ctx, text);
	bool ok = !EG(exception) && smtp_buf_append(out, ZSTR_VAL(result), ZSTR_LEN(result));

	zend_string_release(result);
	zend_string_release(text);
	return ok;
}

/* True when a PHP subclass overrides one of the helpers encodeHeader() calls. */
static bool header_helpers_overridden(zend_object *obj)
{
	return SMTP_USER_OVERRIDES(obj, "has8bitchars") || SMTP_USER_OVERRIDES(obj, "hasmultibytes")
		|| SMTP_USER_OVERRIDES(obj, "base64encodewrapmb") || SMTP_USER_OVERRIDES(obj, "encodeq")
		|| SMTP_USER_OVERRIDES(obj, "wraptext") || SMTP_USER_OVERRIDES(obj, "normalizebreaks");
}

/* }}} */

void mailer_header_ctx_init(mailer_header_ctx *ctx, zend_object *obj)
{
	bool mbstring = zend_hash_str_exists(EG(function_table), "mb_strlen", sizeof("mb_strlen") - 1);

	ctx->charset_name = mailer_unbroken_zval(MPROP(obj, CharSet));
	/* Without mbstring, PHPMailer's hasMultiBytes() is always false: count bytes. */
	if (!mime_charset_init(&ctx->charset, ZSTR_VAL(ctx->charset_name), ZSTR_LEN(ctx->charset_name))
		&& mbstring) {
		ctx->charset.count = mbstring_count;
		ctx->charset.prefix = mbstring_prefix;
	} else if (!mbstring) {
		mime_charset_init(&ctx->charset, "us-ascii", sizeof("us-ascii") - 1);
		ctx->charset.name = ZSTR_VAL(ctx->charset_name);
		ctx->charset.name_len = ZSTR_LEN(ctx->charset_name);
	}
	ctx->opts.charset = &ctx->charset;
	ctx->opts.mail_transport = mailer_is_mail_transport(obj);
	ctx->opts.smtputf8 = zend_is_true(MPROP(obj, UseSMTPUTF8));
	ctx->opts.legacy = mailer_is_v5(obj);
	ctx->opts.le = mailer_le(obj);
	ctx->opts.hooks = NULL;
	if (!ctx->opts.legacy && header_helpers_overridden(obj)) {
		ctx->hooks = (mime_header_hooks){obj, hook_has_8bit, hook_has_multibytes, hook_base64_wrap_mb,
			hook_encode_q, hook_wrap_text, hook_normalize_breaks};
		ctx->opts.hooks = &ctx->hooks;
	}
}

void mailer_header_ctx_free(mailer_header_ctx *ctx)
{
	zend_string_release(ctx->charset_name);
}

static zend_string *buf_to_str(smtp_buf *buf)
{
	zend_string *s = zend_string_init(buf->data ? buf->data : "", buf->len, 0);

	smtp_buf_free(buf);
	return s;
}

static mime_position position_of(zend_string *position)
{
	if (zend_string_equals_literal_ci(position, "phrase")) {
		return MIME_POS_PHRASE;
	}
	if (zend_string_equals_literal_ci(position, "comment")) {
		return MIME_POS_COMMENT;
	}
	return MIME_POS_TEXT;
}

static zend_string *encode_header_impl(zend_object *obj, zend_string *str, mime_position pos)
{
	mailer_header_ctx ctx;
	smtp_buf out = SMTP_BUF_INIT;

	mailer_header_ctx_init(&ctx, obj);
	mime_encode_header(&out, &ctx.opts, ZSTR_VAL(str), ZSTR_LEN(str), pos);
	mailer_header_ctx_free(&ctx);
	return buf_to_str(&out);
}

zend_string *mailer_encode_header(zend_object *obj, zend_string *str, mime_position pos)
{
	static const char *const names[] = {"text", "phrase", "comment"};

	if (SMTP_OVERRIDDEN(obj, "encodeheader")) {
		zval args[2];
		zend_string *result;

		ZVAL_STR(&args[0], str);
		ZVAL_STRING(&args[1], names[pos]);
		result = SMTP_CALL_STR(obj, "encodeheader", 2, args);
		zval_ptr_dtor(&args[1]);
		return result;
	}
	return encode_header_impl(obj, str, pos);
}

zend_string *mailer_secure_header(zend_string *str)
{
	smtp_buf out = SMTP_BUF_INIT;

	mime_secure_header(&out, ZSTR_VAL(str), ZSTR_LEN(str));
	return buf_to_str(&out);
}

zend_string *mailer_call_secure_header(zend_object *obj, zend_string *str)
{
	zval arg;

	if (SMTP_USER_OVERRIDES(obj, "secureheader")) {
		ZVAL_STR(&arg, str);
		return SMTP_CALL_STR(obj, "secureheader", 1, &arg);
	}
	return mailer_secure_header(str);
}

zend_string *mailer_unbroken(zend_string *str)
{
	if (!memchr(ZSTR_VAL(str), '\r', ZSTR_LEN(str)) && !memchr(ZSTR_VAL(str), '\n', ZSTR_LEN(str))) {
		return zend_string_copy(str);
	}
	return mailer_secure_header(str);
}

/* mailer_unbroken() of a property or array field, taking its own reference. */
zend_string *mailer_unbroken_zval(zval *zv)
{
	zend_string *s = zv ? zval_get_string(zv) : ZSTR_EMPTY_ALLOC(), *result = mailer_unbroken(s);

	zend_string_release(s);
	return result;
}

/* }}} */

/* {{{ encoding methods */

PHP_METHOD(Smtp_Engine_MailerBase, encodeHeader)
{
	zend_string *str, *position = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(str)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(position)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(encode_header_impl(THIS_OBJ, str, position ? position_of(position) : MIME_POS_TEXT));
}

PHP_METHOD(Smtp_Engine_MailerBase, secureHeader)
{
	zend_string *str;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(str)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(mailer_secure_header(str));
}

PHP_METHOD(Smtp_Engine_MailerBase, encodeQ)
{
	zend_string *str, *position = NULL;
	smtp_buf out = SMTP_BUF_INIT;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(str)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(position)
	ZEND_PARSE_PARAMETERS_END();

	mime_encode_q(&out, ZSTR_VAL(str), ZSTR_LEN(str), position ? position_of(position) : MIME_POS_TEXT);
	RETURN_STR(buf_to_str(&out));
}

/* encodeQP(): normalizeBreaks(quoted_printable_encode($string)). */
static zend_string *encode_qp(zend_object *obj, zend_string *str)
{
	smtp_buf out = SMTP_BUF_INIT;
	zend_string *qp, *result;

	if (!SMTP_USER_OVERRIDES(obj, "normalizebreaks")) {
		mime_encode_qp(&out, ZSTR_VAL(str), ZSTR_LEN(str), mailer_le(obj));
		return buf_to_str(&out);
	}
	mime_qp_php(&out, ZSTR_VAL(str), ZSTR_LEN(str));
	qp = buf_to_str(&out);
	result = mailer_call_normalize_breaks(obj, qp);
	zend_string_release(qp);
	return result;
}

/* $this->encodeQP($str). */
static zend_string *call_encode_qp(zend_object *obj, zend_string *str)
{
	zval arg;

	if (SMTP_USER_OVERRIDES(obj, "encodeqp")) {
		ZVAL_STR(&arg, str);
		return SMTP_CALL_STR(obj, "encodeqp", 1, &arg);
	}
	return encode_qp(obj, str);
}

/* The 7bit and 8bit encodings: normalizeBreaks($str), ending with a line break. */
static zend_string *encode_text(zend_object *obj, zend_string *str)
{
	smtp_buf out = SMTP_BUF_INIT;
	zend_string *text, *le;

	if (!SMTP_USER_OVERRIDES(obj, "normalizebreaks")) {
		mime_encode_text(&out, ZSTR_VAL(str), ZSTR_LEN(str), mailer_le(obj));
		return buf_to_str(&out);
	}
	text = mailer_call_normalize_breaks(obj, str);
	le = mailer_le_str(obj);
	if (ZSTR_LEN(text) < ZSTR_LEN(le)
		|| memcmp(ZSTR_VAL(text) + ZSTR_LEN(text) - ZSTR_LEN(le), ZSTR_VAL(le), ZSTR_LEN(le)) != 0) {
		zend_string *ended = zend_string_concat2(ZSTR_VAL(text), ZSTR_LEN(text), ZSTR_VAL(le), ZSTR_LEN(le));

		zend_string_release(text);
		text = ended;
	}
	zend_string_release(le);
	return text;
}

PHP_METHOD(Smtp_Engine_MailerBase, encodeQP)
{
	zend_string *str;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(str)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(encode_qp(THIS_OBJ, str));
}

/* encodeString(): unknown encodings are PHPMailer's "Unknown encoding: x" error. */
static zend_string *encode_string(zend_object *obj, zend_string *str, zend_string *encoding)
{
	mime_encoding enc = mime_encoding_from_name(ZSTR_VAL(encoding), ZSTR_LEN(encoding));
	mime_le le = mailer_le(obj);
	smtp_buf out = SMTP_BUF_INIT;

	switch (enc) {
	case MIME_ENC_BASE64:
		mime_base64_lines(&out, ZSTR_VAL(str), ZSTR_LEN(str), 76, le);
		break;
	case MIME_ENC_7BIT:
	case MIME_ENC_8BIT:
		if (mailer_is_v5(obj)) {
			mime_encode_text(&out, ZSTR_VAL(str), ZSTR_LEN(str), le);
			break;
		}
		return encode_text(obj, str);
	case MIME_ENC_BINARY:
		return zend_string_copy(str);
	case MIME_ENC_QP:
		/* 5.2's encodeQP() is quoted_printable_encode() as PHP writes it. */
		if (mailer_is_v5(obj)) {
			mime_qp_php(&out, ZSTR_VAL(str), ZSTR_LEN(str));
			break;
		}
		return call_encode_qp(obj, str);
	case MIME_ENC_UNKNOWN: {
		zend_string *msg = mailer_lang_concat(obj, "encoding", ZSTR_VAL(encoding), ZSTR_LEN(encoding));

		mailer_set_error(obj, msg);
		/* 5.2 only records the error. */
		if (!EG(exception) && mailer_exceptions(obj) && !mailer_is_v5(obj)) {
			smtp_throw(msg, STOP_MESSAGE);
		}
		zend_string_release(msg);
		return ZSTR_EMPTY_ALLOC();
	}
	}
	return buf_to_str(&out);
}

PHP_METHOD(Smtp_Engine_MailerBase, encodeString)
{
	zend_string *str, *encoding = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(str)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(encoding)
	ZEND_PARSE_PARAMETERS_END();

	if (!encoding) {
		zend_string *base64 = ZSTR_INIT_LITERAL("base64", 0);

		RETVAL_STR(encode_string(THIS_OBJ, str, base64));
		zend_string_release(base64);
		return;
	}
	RETURN_STR(encode_string(THIS_OBJ, str, encoding));
}

PHP_METHOD(Smtp_Engine_MailerBase, base64EncodeWrapMB)
{
	zend_string *str, *linebreak = NULL;
	mailer_header_ctx ctx;
	smtp_buf out = SMTP_BUF_INIT;
	mime_le le;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(str)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(linebreak)
	ZEND_PARSE_PARAMETERS_END();

	mailer_header_ctx_init(&ctx, THIS_OBJ);
	if (linebreak) {
		le.s = ZSTR_VAL(linebreak);
		le.len = ZSTR_LEN(linebreak);
	} else {
		le = mailer_le(THIS_OBJ);
	}
	mime_base64_wrap_mb(&out, &ctx.charset, ZSTR_VAL(str), ZSTR_LEN(str), le);
	mailer_header_ctx_free(&ctx);
	RETURN_STR(buf_to_str(&out));
}

PHP_METHOD(Smtp_Engine_MailerBase, hasMultiBytes)
{
	zend_string *str;
	mailer_header_ctx ctx;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(str)
	ZEND_PARSE_PARAMETERS_END();

	mailer_header_ctx_init(&ctx, THIS_OBJ);
	RETVAL_BOOL(mime_has_multibytes(&ctx.charset, ZSTR_VAL(str), ZSTR_LEN(str)));
	mailer_header_ctx_free(&ctx);
}

bool mailer_call_has_8bit(zend_object *obj, const char *s, size_t len)
{
	zval arg;
	bool result;

	if (!SMTP_USER_OVERRIDES(obj, "has8bitchars")) {
		return mime_has_8bit(s, len);
	}
	ZVAL_STRINGL(&arg, s, len);
	result = SMTP_CALL_BOOL(obj, "has8bitchars", 1, &arg);
	zval_ptr_dtor(&arg);
	return result;
}

PHP_METHOD(Smtp_Engine_MailerBase, has8bitChars)
{
	zend_string *text;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(text)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(mime_has_8bit(ZSTR_VAL(text), ZSTR_LEN(text)));
}

static bool charset_is_utf8(zend_object *obj)
{
	zval *cs = MPROP(obj, CharSet);

	return Z_TYPE_P(cs) == IS_STRING && mime_charset_is_utf8_literal(Z_STRVAL_P(cs), Z_STRLEN_P(cs));
}

static zend_string *wrap_text(zend_object *obj, zend_string *message, zend_long length, bool qp_mode)
{
	smtp_buf out = SMTP_BUF_INIT;
	zend_string *normal = NULL;

	/* 6.x's wrapText() starts with static::normalizeBreaks(); the core's own is the same, done again. */
	if (!mailer_is_v5(obj) && SMTP_USER_OVERRIDES(obj, "normalizebreaks")) {
		message = normal = mailer_call_normalize_breaks(obj, message);
	}
	(mailer_is_v5(obj) ? mime_wrap_text_legacy : mime_wrap_text)(&out, ZSTR_VAL(message), ZSTR_LEN(message),
		(ptrdiff_t)length, qp_mode, charset_is_utf8(obj), mailer_le(obj));
	if (normal) {
		zend_string_release(normal);
	}
	return buf_to_str(&out);
}

PHP_METHOD(Smtp_Engine_MailerBase, wrapText)
{
	zend_string *message;
	zend_long length;
	bool qp_mode = false;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(message)
		Z_PARAM_LONG(length)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(qp_mode)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(wrap_text(THIS_OBJ, message, length, qp_mode));
}

PHP_METHOD(Smtp_Engine_MailerBase, utf8CharBoundary)
{
	zend_string *text;
	zend_long max_length;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(text)
		Z_PARAM_LONG(max_length)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_LONG((zend_long)mime_utf8_char_boundary(ZSTR_VAL(text), ZSTR_LEN(text),
		(ptrdiff_t)max_length));
}

static zend_string *header_line_impl(zend_object *obj, const char *name, size_t name_len, zend_string *value)
{
	zend_string *le = mailer_le_str(obj);
	zend_string *line = zend_string_concat3(name, name_len, ": ", 2, ZSTR_VAL(value), ZSTR_LEN(value));
	zend_string *result = zend_string_concat2(ZSTR_VAL(line), ZSTR_LEN(line), ZSTR_VAL(le), ZSTR_LEN(le));

	zend_string_release(line);
	zend_string_release(le);
	return result;
}

zend_string *mailer_call_header_line(zend_object *obj, const char *name, size_t name_len, zend_string *value)
{
	zval args[2];
	zend_string *line;

	if (!SMTP_USER_OVERRIDES(obj, "headerline")) {
		return header_line_impl(obj, name, name_len, value);
	}
	ZVAL_STRINGL(&args[0], name, name_len);
	ZVAL_STR(&args[1], value);
	line = SMTP_CALL_STR(obj, "headerline", 2, args);
	zval_ptr_dtor(&args[0]);
	return line;
}

PHP_METHOD(Smtp_Engine_MailerBase, headerLine)
{
	zend_string *name, *value;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(name)
		Z_PARAM_STR(value)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(header_line_impl(THIS_OBJ, ZSTR_VAL(name), ZSTR_LEN(name), value));
}

static zend_string *text_line_impl(zend_object *obj, zend_string *value)
{
	zend_string *le = mailer_le_str(obj), *line;

	line = zend_string_concat2(ZSTR_VAL(value), ZSTR_LEN(value), ZSTR_VAL(le), ZSTR_LEN(le));
	zend_string_release(le);
	return line;
}

zend_string *mailer_call_text_line(zend_object *obj, zend_string *value)
{
	zval arg;

	if (SMTP_USER_OVERRIDES(obj, "textline")) {
		ZVAL_STR(&arg, value);
		return SMTP_CALL_STR(obj, "textline", 1, &arg);
	}
	return text_line_impl(obj, value);
}

PHP_METHOD(Smtp_Engine_MailerBase, textLine)
{
	zend_string *value;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(value)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(text_line_impl(THIS_OBJ, value));
}

/* }}} */

/* {{{ addresses in headers */

static zend_string *addr_format_impl(zend_object *obj, zval *pair)
{
	zval *address, *name;
	zend_string *addr, *secured, *result;

	if (Z_TYPE_P(pair) != IS_ARRAY) {
		return ZSTR_EMPTY_ALLOC();
	}
	address = zend_hash_index_find(Z_ARRVAL_P(pair), 0);
	name = zend_hash_index_find(Z_ARRVAL_P(pair), 1);
	addr = address ? zval_get_string(address) : ZSTR_EMPTY_ALLOC();
	secured = mailer_call_secure_header(obj, addr);
	zend_string_release(addr);
	/* Only a missing or empty name means "no name": "0" is a name (but not in 5.2, which asks empty()). */
	if (!name || Z_TYPE_P(name) == IS_NULL || (Z_TYPE_P(name) == IS_STRING && Z_STRLEN_P(name) == 0)
		|| (mailer_is_v5(obj) && !zend_is_true(name))) {
		return secured;
	}
	{
		zend_string *zname = zval_get_string(name);
		zend_string *safe = mailer_call_secure_header(obj, zname);
		zend_string *phrase = mailer_encode_header(obj, safe, MIME_POS_PHRASE);
		smart_str line = {0};

		smart_str_append(&line, phrase);
		smart_str_appendl(&line, " <", 2);
		smart_str_append(&line, secured);
		smart_str_appendc(&line, '>');
		smart_str_0(&line);
		result = line.s;
		zend_string_release(phrase);
		zend_string_release(safe);
		zend_string_release(zname);
	}
	zend_string_release(secured);
	return result;
}

zend_string *mailer_addr_format(zend_object *obj, zval *pair)
{
	if (SMTP_OVERRIDDEN(obj, "addrformat")) {
		return SMTP_CALL_STR(obj, "addrformat", 1, pair);
	}
	return addr_format_impl(obj, pair);
}

PHP_METHOD(Smtp_Engine_MailerBase, addrFormat)
{
	zval *addr;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(addr)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(addr_format_impl(THIS_OBJ, addr));
}

/* addrAppend(): "Type: a, b" and the line ending. */
static zend_string *addr_append(zend_object *obj, const char *type, zval *list)
{
	smart_str out = {0};
	zend_string *le = mailer_le_str(obj);
	zval *pair;
	bool first = true;

	smart_str_appends(&out, type);
	smart_str_appendl(&out, ": ", 2);
	if (Z_TYPE_P(list) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), pair) {
			zend_string *formatted = mailer_addr_format(obj, pair);

			if (!first) {
				smart_str_appendl(&out, ", ", 2);
			}
			smart_str_append(&out, formatted);
			zend_string_release(formatted);
			first = false;
		} ZEND_HASH_FOREACH_END();
	}
	smart_str_append(&out, le);
	smart_str_0(&out);
	zend_string_release(le);
	return out.s;
}

/* $this->addrAppend($type, $list). */
static zend_string *call_addr_append(zend_object *obj, const char *type, zval *list)
{
	zval args[2];
	zend_string *line;

	if (!SMTP_USER_OVERRIDES(obj, "addrappend")) {
		return addr_append(obj, type, list);
	}
	ZVAL_STRING(&args[0], type);
	ZVAL_COPY_VALUE(&args[1], list);
	line = SMTP_CALL_STR(obj, "addrappend", 2, args);
	zval_ptr_dtor(&args[0]);
	return line;
}

PHP_METHOD(Smtp_Engine_MailerBase, addrAppend)
{
	zend_string *type;
	zval *addr;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(type)
		Z_PARAM_ZVAL(addr)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(addr_append(THIS_OBJ, ZSTR_VAL(type), addr));
}

/* }}} */

/* {{{ ids and boundaries */

/*
 * 32 random bytes in base64 without '=', '+' and '/', the form of
 * PHPMailer's base64(sha256(random_bytes(32))): hashing random bytes adds
 * nothing, so only the fallback input (no randomness) is hashed.
 */
static zend_string *generate_id(void)
{
	unsigned char random[SHA256_DIGEST_LENGTH];
	smtp_buf b64 = SMTP_BUF_INIT;
	smart_str id = {0};
	size_t i;

	if (php_random_bytes_silent(random, sizeof(random)) == FAILURE) {
		zend_ulong t = (zend_ulong)php_time() ^ (zend_ulong)(uintptr_t)&id;

		SHA256((const unsigned char *)&t, sizeof(t), random);
	}
	mime_base64(&b64, (const char *)random, sizeof(random));
	for (i = 0; i < b64.len; i++) {
		if (b64.data[i] != '=' && b64.data[i] != '+' && b64.data[i] != '/') {
			smart_str_appendc(&id, b64.data[i]);
		}
	}
	smtp_buf_free(&b64);
	smart_str_0(&id);
	return id.s;
}

PHP_METHOD(Smtp_Engine_MailerBase, generateId)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(generate_id());
}

static void set_boundaries(zend_object *obj)
{
	zval id, *zid;
	HashTable *boundary;
	int i;

	if (SMTP_OVERRIDDEN(obj, "generateid")) {
		SMTP_CALL(obj, "generateid", &id, 0, NULL);
		if (Z_TYPE(id) == IS_UNDEF) {
			return;
		}
	} else {
		ZVAL_STR(&id, generate_id());
	}
	MPROP_SET(obj, uniqueid, &id);
	zid = MPROP(obj, uniqueid);
	boundary = MPROP_ARRAY(obj, boundary);
	for (i = 1; i <= 3; i++) {
		zval b;
		zend_string *sid = zval_get_string(zid);
		/* "b1=_" since 6.7 ("=_" cannot occur in quoted-printable); "b1_" in 5.2. */
		char prefix[] = {'b', (char)('0' + i), '=', '_'};

		ZVAL_STR(&b, mailer_is_v5(obj) ? zend_string_concat3(prefix, 2, "_", 1, ZSTR_VAL(sid), ZSTR_LEN(sid))
			: zend_string_concat2(prefix, sizeof(prefix), ZSTR_VAL(sid), ZSTR_LEN(sid)));
		zend_hash_index_update(boundary, i, &b);
		zend_string_release(sid);
	}
}

PHP_METHOD(Smtp_Engine_MailerBase, setBoundaries)
{
	ZEND_PARSE_PARAMETERS_NONE();
	set_boundaries(THIS_OBJ);
}

PHP_METHOD(Smtp_Engine_MailerBase, getBoundaries)
{
	zval *boundary;

	ZEND_PARSE_PARAMETERS_NONE();
	boundary = MPROP(THIS_OBJ, boundary);
	if (Z_TYPE_P(boundary) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(boundary)) == 0) {
		SMTP_CALL(THIS_OBJ, "setboundaries", NULL, 0, NULL);
	}
	RETURN_COPY(MPROP(THIS_OBJ, boundary));
}

/* The boundary n (1 to 3) as a string. */
static zend_string *boundary_of(zend_object *obj, int n)
{
	zval *boundary = MPROP(obj, boundary), *b;

	if (Z_TYPE_P(boundary) == IS_ARRAY && (b = zend_hash_index_find(Z_ARRVAL_P(boundary), n))) {
		return zval_get_string(b);
	}
	return ZSTR_EMPTY_ALLOC();
}

/* }}} */

/* {{{ message type and word wrap */

static unsigned message_type_bits(zval *type)
{
	static const struct {
		const char *name;
		unsigned bits;
	} types[] = {
		{"alt", MIME_HAS_ALT},
		{"inline", MIME_HAS_INLINE},
		{"attach", MIME_HAS_ATTACH},
		{"inline_attach", MIME_HAS_INLINE | MIME_HAS_ATTACH},
		{"alt_inline", MIME_HAS_ALT | MIME_HAS_INLINE},
		{"alt_attach", MIME_HAS_ALT | MIME_HAS_ATTACH},
		{"alt_inline_attach", MIME_HAS_ALT | MIME_HAS_INLINE | MIME_HAS_ATTACH},
	};
	size_t i;

	if (Z_TYPE_P(type) != IS_STRING) {
		return 0;
	}
	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		if (zend_string_equals_cstr(Z_STR_P(type), types[i].name, strlen(types[i].name))) {
			return types[i].bits;
		}
	}
	return 0;
}

/* An attachment entry's disposition ([6]) is exactly this one. */
static bool attachment_has_disposition(zval *entry, const char *disposition)
{
	zval *d;

	return Z_TYPE_P(entry) == IS_ARRAY && (d = zend_hash_index_find(Z_ARRVAL_P(entry), 6))
		&& Z_TYPE_P(d) == IS_STRING && zend_string_equals_cstr(Z_STR_P(d), disposition, strlen(disposition));
}

bool mailer_has_disposition(zend_object *obj, const char *disposition)
{
	zval *list = MPROP(obj, attachment), *entry;

	if (Z_TYPE_P(list) != IS_ARRAY) {
		return false;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), entry) {
		if (attachment_has_disposition(entry, disposition)) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

bool mailer_alternative_exists(zend_object *obj)
{
	return SMTP_OVERRIDDEN(obj, "alternativeexists") ? SMTP_CALL_BOOL(obj, "alternativeexists", 0, NULL)
		: zend_is_true(MPROP(obj, AltBody));
}

static bool inline_image_exists(zend_object *obj)
{
	return SMTP_OVERRIDDEN(obj, "inlineimageexists") ? SMTP_CALL_BOOL(obj, "inlineimageexists", 0, NULL)
		: mailer_has_disposition(obj, "inline");
}

static bool attachment_exists(zend_object *obj)
{
	return SMTP_OVERRIDDEN(obj, "attachmentexists") ? SMTP_CALL_BOOL(obj, "attachmentexists", 0, NULL)
		: mailer_has_disposition(obj, "attachment");
}

/* setMessageType(): asks $this->alternativeExists(), inlineImageExists() and attachmentExists(). */
static void set_message_type(zend_object *obj)
{
	smart_str type = {0};

	if (mailer_alternative_exists(obj)) {
		smart_str_appends(&type, "alt");
	}
	if (inline_image_exists(obj)) {
		smart_str_appends(&type, type.s ? "_inline" : "inline");
	}
	if (attachment_exists(obj)) {
		smart_str_appends(&type, type.s ? "_attach" : "attach");
	}
	if (!type.s) {
		smart_str_appends(&type, "plain");
	}
	smart_str_0(&type);
	MPROP_SET_ZSTR(obj, message_type, type.s);
	smart_str_free(&type);
}

void mailer_set_message_type(zend_object *obj)
{
	if (SMTP_OVERRIDDEN(obj, "setmessagetype")) {
		SMTP_CALL(obj, "setmessagetype", NULL, 0, NULL);
	} else {
		set_message_type(obj);
	}
}

PHP_METHOD(Smtp_Engine_MailerBase, setMessageType)
{
	ZEND_PARSE_PARAMETERS_NONE();
	set_message_type(THIS_OBJ);
}

static void set_word_wrap(zend_object *obj)
{
	zend_long width = zval_get_long(MPROP(obj, WordWrap));
	bool alt = message_type_bits(MPROP(obj, message_type)) & MIME_HAS_ALT;
	zend_string *text, *wrapped;

	if (width < 1) {
		return;
	}
	text = zval_get_string(alt ? MPROP(obj, AltBody) : MPROP(obj, Body));
	if (SMTP_USER_OVERRIDES(obj, "wraptext")) {
		zval args[2];

		ZVAL_STR(&args[0], text);
		ZVAL_LONG(&args[1], width);
		wrapped = SMTP_CALL_STR(obj, "wraptext", 2, args);
	} else {
		wrapped = wrap_text(obj, text, width, false);
	}
	if (alt) {
		MPROP_SET_ZSTR(obj, AltBody, wrapped);
	} else {
		MPROP_SET_ZSTR(obj, Body, wrapped);
	}
	zend_string_release(wrapped);
	zend_string_release(text);
}

PHP_METHOD(Smtp_Engine_MailerBase, setWordWrap)
{
	ZEND_PARSE_PARAMETERS_NONE();
	set_word_wrap(THIS_OBJ);
}

/* }}} */

/* {{{ headers */

static void append_line(smart_str *out, zend_string *line)
{
	smart_str_append(out, line);
	zend_string_release(line);
}

/* getMailMIME(): the Content-Type (and Content-Transfer-Encoding) header lines of the message. */
static zend_string *mail_mime(zend_object *obj)
{
	unsigned bits = message_type_bits(MPROP(obj, message_type));
	zend_string *encoding = zval_get_string(MPROP(obj, Encoding)), *s;
	smart_str out = {0};
	const char *type = NULL;

	if (bits == MIME_HAS_INLINE) {
		type = "multipart/related;";
	} else if (bits & MIME_HAS_ATTACH) {
		type = "multipart/mixed;";
	} else if (bits & MIME_HAS_ALT) {
		type = "multipart/alternative;";
	}
	if (type) {
		zend_string *b1 = boundary_of(obj, 1);
		smart_str line = {0};

		s = zend_string_init(type, strlen(type), 0);
		append_line(&out, mailer_call_header_line(obj, ZEND_STRL("Content-Type"), s));
		zend_string_release(s);
		smart_str_appends(&line, mailer_is_v5(obj) ? "\tboundary=\"" : " boundary=\"");
		smart_str_append(&line, b1);
		smart_str_appendc(&line, '"');
		smart_str_0(&line);
		s = line.s;
		append_line(&out, mailer_call_text_line(obj, s));
		zend_string_release(s);
		zend_string_release(b1);
		if (zend_string_equals_literal(encoding, "8bit")) {
			append_line(&out, mailer_call_header_line(obj, ZEND_STRL("Content-Transfer-Encoding"), encoding));
		}
	} else {
		zend_string *content_type = mailer_unbroken_zval(MPROP(obj, ContentType));
		zend_string *charset = mailer_unbroken_zval(MPROP(obj, CharSet));
		smart_str line = {0};

		if (mailer_is_v7(obj->ce)) {
			/* 7.x: without line breaks. */
			zend_string *t = mailer_secure_header(content_type), *c = mailer_secure_header(charset);

			zend_string_release(content_type);
			zend_string_release(charset);
			content_type = t;
			charset = c;
		}
		smart_str_appends(&line, "Content-Type: ");
		smart_str_append(&line, content_type);
		smart_str_appends(&line, "; charset=");
		smart_str_append(&line, charset);
		smart_str_0(&line);
		append_line(&out, mailer_call_text_line(obj, line.s));
		smart_str_free(&line);
		if (!zend_string_equals_literal(encoding, "7bit")) {
			append_line(&out, mailer_call_header_line(obj, ZEND_STRL("Content-Transfer-Encoding"), encoding));
		}
		zend_string_release(content_type);
		zend_string_release(charset);
	}
	/* 5.2 ends the header block with its blank line here, unless mail() adds the headers. */
	if (mailer_is_v5(obj) && !mailer_is_mail_transport(obj)) {
		append_line(&out, mailer_le_str(obj));
	}
	smart_str_0(&out);
	zend_string_release(encoding);
	if (mailer_is_v7(obj->ce) && !mailer7_check_encoding(obj)) {
		smart_str_free(&out);
		return NULL;
	}
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

PHP_METHOD(Smtp_Engine_MailerBase, getMailMIME)
{
	zend_string *mime;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(mime = mail_mime(THIS_OBJ))) {
		RETURN_THROWS();
	}
	RETURN_STR(mime);
}

static zend_string *server_hostname_impl(zend_object *obj)
{
	zval *hostname = MPROP(obj, Hostname), result;
	char buf[256];

	if (zend_is_true(hostname)) {
		ZVAL_COPY(&result, hostname);
	} else {
		zval *server = NULL, *name = NULL;

		if (zend_is_auto_global_str(ZEND_STRL("_SERVER"))) {
			server = &PG(http_globals)[TRACK_VARS_SERVER];
		}
		if (server && Z_TYPE_P(server) == IS_ARRAY
			&& (name = zend_hash_str_find(Z_ARRVAL_P(server), "SERVER_NAME", sizeof("SERVER_NAME") - 1))) {
			ZVAL_COPY(&result, name);
		} else if (gethostname(buf, sizeof(buf)) == 0) {
			buf[sizeof(buf) - 1] = '\0';
			ZVAL_STRING(&result, buf);
		} else {
			ZVAL_EMPTY_STRING(&result);
		}
	}
	if (!mailer_host_is_valid(obj->ce, &result)) {
		zval_ptr_dtor(&result);
		return ZSTR_INIT_LITERAL("localhost.localdomain", 0);
	}
	return Z_STR(result);
}

zend_string *mailer_server_hostname(zend_object *obj)
{
	if (SMTP_OVERRIDDEN(obj, "serverhostname")) {
		return SMTP_CALL_STR(obj, "serverhostname", 0, NULL);
	}
	return server_hostname_impl(obj);
}

PHP_METHOD(Smtp_Engine_MailerBase, serverHostname)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(server_hostname_impl(THIS_OBJ));
}

/* The Message-ID header value: MessageID when it is a valid <id@domain>, else a generated one. */
static zend_string *message_id(zend_object *obj)
{
	static const char pattern[] = "/^<((([a-z\\d!#$%&'*+\\/=?^_`{|}~-]+(\\.[a-z\\d!#$%&'*+\\/=?^_`{|}~-]+)*)"
		"|(\"(([\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]|[\\x21\\x23-\\x5B\\x5D-\\x7E])|(\\[\\x01-\\x09\\x0B"
		"\\x0C\\x0E-\\x7F]))*\"))@(([a-z\\d!#$%&'*+\\/=?^_`{|}~-]+(\\.[a-z\\d!#$%&'*+\\/=?^_`{|}~-]+)*)|(\\["
		"(([\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]|[\\x21-\\x5A\\x5E-\\x7E])|(\\[\\x01-\\x09\\x0B\\x0C\\x0E-"
		"\\x7F]))*\\])))>$/Di";
	static const char pattern5[] = "/^<.*@.*>$/";
	zval *custom = MPROP(obj, MessageID);

	if (Z_TYPE_P(custom) != IS_STRING || Z_STRLEN_P(custom) > 0) {
		/* 5.2 only wants angle brackets around an '@'. */
		zend_string *zpattern = mailer_is_v5(obj) ? zend_string_init(pattern5, sizeof(pattern5) - 1, 0)
			: zend_string_init(pattern, sizeof(pattern) - 1, 0);
		zend_string *value = zval_get_string(custom);
		int matched = smtp_preg_match(zpattern, value, NULL);

		zend_string_release(zpattern);
		if (matched == 1) {
			return value;
		}
		zend_string_release(value);
	}
	{
		zend_string *id = zval_get_string(MPROP(obj, uniqueid));
		zend_string *host = mailer_server_hostname(obj);
		zend_string *result = zend_string_alloc(ZSTR_LEN(id) + ZSTR_LEN(host) + 3, 0);
		char *d = ZSTR_VAL(result);

		/* sprintf('<%s@%s>', ...), byte for byte. */
		*d++ = '<';
		memcpy(d, ZSTR_VAL(id), ZSTR_LEN(id));
		d += ZSTR_LEN(id);
		*d++ = '@';
		memcpy(d, ZSTR_VAL(host), ZSTR_LEN(host));
		d += ZSTR_LEN(host);
		*d++ = '>';
		*d = '\0';

		zend_string_release(id);
		zend_string_release(host);
		return result;
	}
}

static void append_zstr(smart_str *out, zend_string *s)
{
	smart_str_append(out, s);
	zend_string_release(s);
}

static void append_header(smart_str *out, zend_object *obj, const char *name, zend_string *value)
{
	append_zstr(out, mailer_call_header_line(obj, name, strlen(name), value));
}

/*
 * A header PHPMailer writes unsecured (Date from MessageDate, X-Priority,
 * X-Mailer): a value with a line break goes through secureHeader(), so no
 * property can add a header line. Any other value is written as PHPMailer
 * writes it.
 */
static void append_unsecured_header(smart_str *out, zend_object *obj, const char *name, zend_string *value)
{
	zend_string *secured = mailer_unbroken(value);

	append_header(out, obj, name, secured);
	zend_string_release(secured);
}

static size_t array_count(zval *zv)
{
	return Z_TYPE_P(zv) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(zv)) : 0;
}

static zend_string *default_x_mailer(const zend_string *version)
{
	static const char before[] = "PHPMailer ", after[] = " (https://github.com/PHPMailer/PHPMailer)";

	return zend_string_concat3(before, sizeof(before) - 1, ZSTR_VAL(version), ZSTR_LEN(version), after,
		sizeof(after) - 1);
}

/* The X-Mailer value: PHPMailer's own by default, none when XMailer is blank. */
static zend_string *x_mailer(zend_object *obj)
{
	zval *x = MPROP(obj, XMailer);

	/* 5.2: $this->XMailer == '' (null too) names $this->Version; else trim($this->XMailer) if truthy. */
	if (mailer_is_v5(obj)) {
		zend_string *value, *version;

		if (Z_TYPE_P(x) == IS_NULL || Z_TYPE_P(x) == IS_FALSE || (Z_TYPE_P(x) == IS_STRING && Z_STRLEN_P(x) == 0)) {
			version = mailer5_version(obj);
			value = default_x_mailer(version);
			zend_string_release(version);
			return value;
		}
		version = zval_get_string(x);
		value = php_trim(version, NULL, 0, 3);
		zend_string_release(version);
		if (ZSTR_LEN(value) && !(ZSTR_LEN(value) == 1 && ZSTR_VAL(value)[0] == '0')) {
			return value;
		}
		zend_string_release(value);
		return NULL;
	}

	if (Z_TYPE_P(x) == IS_STRING && Z_STRLEN_P(x) == 0) {
		zend_string *version = mailer_version(obj->ce);
		zend_string *value = default_x_mailer(version);

		zend_string_release(version);
		return value;
	}
	if (Z_TYPE_P(x) == IS_STRING) {
		zend_string *trimmed = php_trim(Z_STR_P(x), NULL, 0, 3);

		if (ZSTR_LEN(trimmed)) {
			if (mailer_is_v7(obj->ce)) {
				/* 7.x: without line breaks. */
				zend_string *secured = mailer_secure_header(trimmed);

				zend_string_release(trimmed);
				return secured;
			}
			return trimmed;
		}
		zend_string_release(trimmed);
	}
	return NULL;
}

static zend_string *create_header_impl(zend_object *obj)
{
	smart_str out = {0};
	bool mail = mailer_is_mail_transport(obj);
	zval *mailer = MPROP(obj, Mailer);
	zend_string *s;

	/* Date: 6.x takes MessageDate as it is (line breaks dropped); 7.x makes an RFC 5322 date of it. */
	if (mailer_is_v7(obj->ce)) {
		s = mailer7_message_date(MPROP(obj, MessageDate));
		if (EG(exception)) {
			zend_string_release(s);
			return ZSTR_EMPTY_ALLOC();
		}
	} else {
		s = Z_TYPE_P(MPROP(obj, MessageDate)) == IS_STRING && Z_STRLEN_P(MPROP(obj, MessageDate)) == 0
			? mailer_rfc_date() : zval_get_string(MPROP(obj, MessageDate));
	}
	append_unsecured_header(&out, obj, "Date", s);
	zend_string_release(s);

	/* To (Cc and Bcc below) */
	if (!mail) {
		if (zend_is_true(MPROP(obj, SingleTo))) {
			zval *pair;
			HashTable *single = MPROP_ARRAY(obj, SingleToArray);

			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(MPROP(obj, to)), pair) {
				zval formatted;

				ZVAL_STR(&formatted, mailer_addr_format(obj, pair));
				zend_hash_next_index_insert(single, &formatted);
			} ZEND_HASH_FOREACH_END();
		} else if (array_count(MPROP(obj, to)) > 0) {
			append_zstr(&out, call_addr_append(obj, "To", MPROP(obj, to)));
		} else if (array_count(MPROP(obj, cc)) == 0) {
			s = ZSTR_INIT_LITERAL("undisclosed-recipients:;", 0);
			append_header(&out, obj, "To", s);
			zend_string_release(s);
		}
	}
	{
		zval from, pair;
		zend_string *raw = zval_get_string(MPROP(obj, From));

		ZVAL_STR(&from, php_trim(raw, NULL, 0, 3));
		zend_string_release(raw);
		array_init_size(&pair, 2);
		add_next_index_zval(&pair, &from);
		Z_TRY_ADDREF_P(MPROP(obj, FromName));
		add_next_index_zval(&pair, MPROP(obj, FromName));
		{
			zval list;

			array_init_size(&list, 1);
			add_next_index_zval(&list, &pair);
			append_zstr(&out, call_addr_append(obj, "From", &list));
			zval_ptr_dtor(&list);
		}
	}
	if (array_count(MPROP(obj, cc)) > 0) {
		append_zstr(&out, call_addr_append(obj, "Cc", MPROP(obj, cc)));
	}
	if (Z_TYPE_P(mailer) == IS_STRING && (zend_string_equals_literal(Z_STR_P(mailer), "sendmail")
			|| zend_string_equals_literal(Z_STR_P(mailer), "qmail") || mail)
		&& array_count(MPROP(obj, bcc)) > 0) {
		append_zstr(&out, call_addr_append(obj, "Bcc", MPROP(obj, bcc)));
	}
	if (array_count(MPROP(obj, ReplyTo)) > 0) {
		append_zstr(&out, call_addr_append(obj, "Reply-To", MPROP(obj, ReplyTo)));
	}
	if (!mail) {
		zend_string *subject = zval_get_string(MPROP(obj, Subject));
		zend_string *secured = mailer_call_secure_header(obj, subject);

		append_header(&out, obj, "Subject", s = mailer_encode_header(obj, secured, MIME_POS_TEXT));
		zend_string_release(s);
		zend_string_release(secured);
		zend_string_release(subject);
	}
	s = message_id(obj);
	MPROP_SET_ZSTR(obj, lastMessageID, s);
	append_header(&out, obj, "Message-ID", s);
	zend_string_release(s);
	if (Z_TYPE_P(MPROP(obj, Priority)) != IS_NULL) {
		s = zval_get_string(MPROP(obj, Priority));
		append_unsecured_header(&out, obj, "X-Priority", s);
		zend_string_release(s);
	}
	if ((s = x_mailer(obj))) {
		append_unsecured_header(&out, obj, "X-Mailer", s);
		zend_string_release(s);
	}
	if (!(Z_TYPE_P(MPROP(obj, ConfirmReadingTo)) == IS_STRING && Z_STRLEN_P(MPROP(obj, ConfirmReadingTo)) == 0)) {
		zend_string *to = zval_get_string(MPROP(obj, ConfirmReadingTo));

		s = zend_strpprintf(0, "<%s>", ZSTR_VAL(to));
		append_header(&out, obj, "Disposition-Notification-To", s);
		zend_string_release(s);
		zend_string_release(to);
	}
	if (Z_TYPE_P(MPROP(obj, CustomHeader)) == IS_ARRAY) {
		zval *header;

		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(MPROP(obj, CustomHeader)), header) {
			zval *zname, *zvalue;
			zend_string *name, *value, *tname, *tvalue, *encoded;

			if (Z_TYPE_P(header) != IS_ARRAY) {
				continue;
			}
			zname = zend_hash_index_find(Z_ARRVAL_P(header), 0);
			zvalue = zend_hash_index_find(Z_ARRVAL_P(header), 1);
			name = zname ? zval_get_string(zname) : ZSTR_EMPTY_ALLOC();
			value = zvalue ? zval_get_string(zvalue) : ZSTR_EMPTY_ALLOC();
			tname = php_trim(name, NULL, 0, 3);
			tvalue = php_trim(value, NULL, 0, 3);
			encoded = mailer_encode_header(obj, tvalue, MIME_POS_TEXT);
			append_zstr(&out, mailer_call_header_line(obj, ZSTR_VAL(tname), ZSTR_LEN(tname), encoded));
			zend_string_release(encoded);
			zend_string_release(tvalue);
			zend_string_release(tname);
			zend_string_release(value);
			zend_string_release(name);
		} ZEND_HASH_FOREACH_END();
	}
	if (!zend_is_true(MPROP(obj, sign_key_file)) && !mailer_smime_encrypting(obj)) {
		s = ZSTR_INIT_LITERAL("1.0", 0);
		append_header(&out, obj, "MIME-Version", s);
		zend_string_release(s);
		if (SMTP_OVERRIDDEN(obj, "getmailmime")) {
			zval ret;

			SMTP_CALL(obj, "getmailmime", &ret, 0, NULL);
			if (Z_TYPE(ret) != IS_UNDEF) {
				append_zstr(&out, zval_get_string(&ret));
			}
			zval_ptr_dtor(&ret);
		} else if ((s = mail_mime(obj))) {
			append_zstr(&out, s);
		}
	}
	smart_str_0(&out);
	return out.s;
}

zend_string *mailer_create_header(zend_object *obj)
{
	if (SMTP_OVERRIDDEN(obj, "createheader")) {
		return SMTP_CALL_STR(obj, "createheader", 0, NULL);
	}
	return create_header_impl(obj);
}

PHP_METHOD(Smtp_Engine_MailerBase, createHeader)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(create_header_impl(THIS_OBJ));
}

PHP_METHOD(Smtp_Engine_MailerBase, getSentMIMEMessage)
{
	zend_string *header, *mail_header, *joined, *stripped, *le, *head, *message;

	ZEND_PARSE_PARAMETERS_NONE();

	header = zval_get_string(MPROP(THIS_OBJ, MIMEHeader));
	mail_header = zval_get_string(MPROP(THIS_OBJ, mailHeader));
	/* 5.2: rtrim($header, "\n\r") . CRLF . CRLF whatever $LE is. */
	le = mailer_is_v5(THIS_OBJ) ? ZSTR_INIT_LITERAL("\r\n", 0) : mailer_le_str(THIS_OBJ);
	joined = zend_string_concat2(ZSTR_VAL(header), ZSTR_LEN(header), ZSTR_VAL(mail_header), ZSTR_LEN(mail_header));
	stripped = mailer_is_v5(THIS_OBJ) ? php_trim(joined, "\r\n", 2, 2) : mailer_call_strip_trailing_wsp(THIS_OBJ, joined);
	head = zend_string_concat3(ZSTR_VAL(stripped), ZSTR_LEN(stripped), ZSTR_VAL(le), ZSTR_LEN(le), ZSTR_VAL(le),
		ZSTR_LEN(le));
	/* A body streamed from files is rendered once, straight after the header; $MIMEBody stays unrendered. */
	message = mailer_stream_message(THIS_OBJ, head);
	if (!message) {
		zend_string *body = zval_get_string(MPROP(THIS_OBJ, MIMEBody));

		message = zend_string_concat2(ZSTR_VAL(head), ZSTR_LEN(head), ZSTR_VAL(body), ZSTR_LEN(body));
		zend_string_release(body);
	}
	RETVAL_STR(message);
	zend_string_release(head);
	zend_string_release(stripped);
	zend_string_release(joined);
	zend_string_release(le);
	zend_string_release(mail_header);
	zend_string_release(header);
}

/* }}} */
