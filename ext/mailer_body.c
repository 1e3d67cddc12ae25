/*
 * mailer_body.c - createBody() and its parts: the PHP properties of a
 * message turned into the core's model, the errors PHPMailer reports while
 * encoding, and the body built by ext/core/mime_message.c.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"

#include "mailer.h"
#include "mailer5.h"
#include "mailer_stream.h"
#include "mailer_sign.h"
#include "smtp_errors.h"

#include "core/mime_message.h"

/* {{{ the model */

/* A mime_message over the object's properties, with the strings it borrows. */
typedef struct body_model {
	mime_message m;
	mime_hooks hooks;         /* m.hooks points here when a helper is overridden */
	mailer_header_ctx header;
	mime_attachment *attachments;
	zval *entries;            /* the $attachment entries, parallel to attachments */
	zend_string **strings;    /* references held for the model's lifetime */
	size_t string_count;
	size_t string_capacity;
} body_model;

static mime_text hold(body_model *bm, zend_string *s)
{
	if (bm->string_count == bm->string_capacity) {
		bm->string_capacity = bm->string_capacity ? bm->string_capacity * 2 : 32;
		bm->strings = erealloc(bm->strings, bm->string_capacity * sizeof(*bm->strings));
	}
	bm->strings[bm->string_count++] = s;
	return (mime_text){ZSTR_VAL(s), ZSTR_LEN(s)};
}

static mime_text text_of(body_model *bm, zval *zv)
{
	return hold(bm, zv ? zval_get_string(zv) : ZSTR_EMPTY_ALLOC());
}

/* A header value PHPMailer writes as it is: without its line breaks if it has any. */
static mime_text unbroken_text_of(body_model *bm, zval *zv)
{
	return hold(bm, mailer_unbroken_zval(zv));
}

static zval *entry_field(zval *entry, zend_ulong i)
{
	return Z_TYPE_P(entry) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(entry), i) : NULL;
}

/* The METHOD of the calendar part: the first of static::$IcalMethods found in Ical. */
static zend_string *ical_method(zend_object *obj, zend_string *ical)
{
	zval *methods, *m;

	if (ZSTR_LEN(ical) == 0) {
		return ZSTR_INIT_LITERAL("REQUEST", 0);
	}
	methods = zend_read_static_property(obj->ce, "IcalMethods", sizeof("IcalMethods") - 1, true);
	if (methods && Z_TYPE_P(methods) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(methods), m) {
			zend_string *method = zval_get_string(m);
			zend_string *needle = zend_strpprintf(0, "METHOD:%s", ZSTR_VAL(method));

			if (php_stristr(ZSTR_VAL(ical), ZSTR_VAL(needle), ZSTR_LEN(ical), ZSTR_LEN(needle))) {
				zend_string_release(needle);
				return method;
			}
			zend_string_release(needle);
			zend_string_release(method);
		} ZEND_HASH_FOREACH_END();
	}
	return ZSTR_INIT_LITERAL("REQUEST", 0);
}

static void model_attachments(body_model *bm, zend_object *obj)
{
	zval *list = MPROP(obj, attachment), *entry;
	size_t n = 0, i;

	if (Z_TYPE_P(list) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(list)) == 0) {
		return;
	}
	bm->attachments = ecalloc(zend_hash_num_elements(Z_ARRVAL_P(list)), sizeof(*bm->attachments));
	bm->entries = ecalloc(zend_hash_num_elements(Z_ARRVAL_P(list)), sizeof(*bm->entries));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), entry) {
		mime_attachment *a = &bm->attachments[n];

		a->content = text_of(bm, entry_field(entry, 0));
		a->name = text_of(bm, entry_field(entry, 2));
		a->encoding = text_of(bm, entry_field(entry, 3));
		a->type = unbroken_text_of(bm, entry_field(entry, 4));
		a->is_string = entry_field(entry, 5) && zend_is_true(entry_field(entry, 5));
		a->disposition = unbroken_text_of(bm, entry_field(entry, 6));
		a->cid = text_of(bm, entry_field(entry, 7));
		/* PHPMailer emits an entry once: by the hash of serialize($attachment), i.e. identical arrays. */
		for (i = 0; i < n; i++) {
			if (zend_is_identical(&bm->entries[i], entry)) {
				a->duplicate = true;
				break;
			}
		}
		ZVAL_COPY_VALUE(&bm->entries[n], entry);
		n++;
	} ZEND_HASH_FOREACH_END();
	bm->m.attachments = bm->attachments;
	bm->m.attachment_count = n;
}

/* {{{ createBody()'s and attachAll()'s helpers through the object, for a subclass that overrides one */

static zval *text_arg(zval *arg, mime_text t)
{
	ZVAL_STRINGL(arg, t.s, t.len);
	return arg;
}

static bool hook_get_boundary(void *ctx, smtp_buf *out, mime_text boundary, mime_text charset,
	mime_text content_type, mime_text encoding)
{
	zval args[4];

	text_arg(&args[0], boundary);
	text_arg(&args[1], charset);
	text_arg(&args[2], content_type);
	text_arg(&args[3], encoding);
	return mailer_call_into(out, ctx, false, ZEND_STRL("getboundary"), 4, args);
}

static bool hook_end_boundary(void *ctx, smtp_buf *out, mime_text boundary)
{
	zval arg;

	return mailer_call_into(out, ctx, false, ZEND_STRL("endboundary"), 1, text_arg(&arg, boundary));
}

static bool hook_text_line(void *ctx, smtp_buf *out, mime_text value)
{
	zval arg;

	return mailer_call_into(out, ctx, false, ZEND_STRL("textline"), 1, text_arg(&arg, value));
}

static bool hook_header_line(void *ctx, smtp_buf *out, mime_text name, mime_text value)
{
	zval args[2];

	text_arg(&args[0], name);
	text_arg(&args[1], value);
	return mailer_call_into(out, ctx, false, ZEND_STRL("headerline"), 2, args);
}

static bool hook_encode_string(void *ctx, smtp_buf *out, mime_text s, mime_text encoding)
{
	zval args[2];

	text_arg(&args[0], s);
	text_arg(&args[1], encoding);
	return mailer_call_into(out, ctx, false, ZEND_STRL("encodestring"), 2, args);
}

static bool hook_encode_file(void *ctx, smtp_buf *out, mime_text path, mime_text encoding)
{
	zval args[2];

	text_arg(&args[0], path);
	text_arg(&args[1], encoding);
	return mailer_call_into(out, ctx, false, ZEND_STRL("encodefile"), 2, args);
}

static bool hook_attach_all(void *ctx, smtp_buf *out, mime_text disposition, mime_text boundary)
{
	zval args[2];

	text_arg(&args[0], disposition);
	text_arg(&args[1], boundary);
	return mailer_call_into(out, ctx, false, ZEND_STRL("attachall"), 2, args);
}

static bool hook_encode_header(void *ctx, smtp_buf *out, mime_text s)
{
	zval arg;

	return mailer_call_into(out, ctx, false, ZEND_STRL("encodeheader"), 1, text_arg(&arg, s));
}

static bool hook_secure_header(void *ctx, smtp_buf *out, mime_text s)
{
	zval arg;

	return mailer_call_into(out, ctx, false, ZEND_STRL("secureheader"), 1, text_arg(&arg, s));
}

static bool hook_quoted_string(void *ctx, smtp_buf *out, mime_text s)
{
	zval arg;

	return mailer_call_into(out, ctx, true, ZEND_STRL("quotedstring"), 1, text_arg(&arg, s));
}

static int hook_has_8bit(void *ctx, mime_text s)
{
	zval arg;

	return mailer_call_predicate(ctx, false, ZEND_STRL("has8bitchars"), 1, text_arg(&arg, s));
}

static int hook_has_line_longer_than_max(void *ctx, mime_text s)
{
	zval arg;

	return mailer_call_predicate(ctx, true, ZEND_STRL("haslinelongerthanmax"), 1, text_arg(&arg, s));
}

static int hook_is_error(void *ctx)
{
	return mailer_call_predicate(ctx, false, ZEND_STRL("iserror"), 0, NULL);
}

/*
 * True when a PHP subclass of a 6.x or 7.x class overrides a method that
 * createBody() or attachAll() calls, or that one of those calls in turn:
 * the body is then made call by call, as PHPMailer makes it.
 */
static bool body_helpers_overridden(zend_object *obj)
{
	static const char *const helpers[] = {
		"getboundary", "endboundary", "textline", "headerline", "encodestring", "encodefile", "attachall",
		"iserror", "has8bitchars", "haslinelongerthanmax", "encodeheader", "secureheader", "quotedstring",
		"encodeqp", "normalizebreaks", "encodeq", "wraptext", "base64encodewrapmb", "hasmultibytes",
		"fileisaccessible",
	};
	size_t i;

	if (mailer_is_v5(obj) || obj->ce->type == ZEND_INTERNAL_CLASS) {
		return false;
	}
	for (i = 0; i < sizeof(helpers) / sizeof(helpers[0]); i++) {
		if (smtp_user_overrides(obj, helpers[i], strlen(helpers[i]))) {
			return true;
		}
	}
	return false;
}

static const mime_hooks body_hooks = {
	NULL, hook_get_boundary, hook_end_boundary, hook_text_line, hook_header_line, hook_encode_string,
	hook_encode_file, hook_attach_all, hook_encode_header, hook_secure_header, hook_quoted_string,
	hook_has_8bit, hook_has_line_longer_than_max, hook_is_error,
};

/* }}} */

static void model_init(body_model *bm, zend_object *obj)
{
	int i;

	memset(bm, 0, sizeof(*bm));
	mailer_header_ctx_init(&bm->header, obj);
	bm->m.header_opts = &bm->header.opts;
	bm->m.le = mailer_le(obj);
	bm->m.legacy = mailer_is_v5(obj);
	bm->m.charset = unbroken_text_of(bm, MPROP(obj, CharSet));
	bm->m.content_type = unbroken_text_of(bm, MPROP(obj, ContentType));
	bm->m.encoding = text_of(bm, MPROP(obj, Encoding));
	bm->m.body = text_of(bm, MPROP(obj, Body));
	bm->m.alt_body = text_of(bm, MPROP(obj, AltBody));
	bm->m.smtputf8 = zend_is_true(MPROP(obj, UseSMTPUTF8));
	{
		zend_string *ical = zval_get_string(MPROP(obj, Ical));

		bm->m.ical = hold(bm, ical);
		bm->m.ical_method = hold(bm, ical_method(obj, ical));
	}
	for (i = 0; i < 3; i++) {
		zval *boundary = MPROP(obj, boundary), *b = NULL;

		if (Z_TYPE_P(boundary) == IS_ARRAY) {
			b = zend_hash_index_find(Z_ARRVAL_P(boundary), i + 1);
		}
		bm->m.boundary[i] = text_of(bm, b);
	}
	model_attachments(bm, obj);
	if (body_helpers_overridden(obj)) {
		bm->hooks = body_hooks;
		bm->hooks.ctx = obj;
		bm->m.hooks = &bm->hooks;
	}
}

static void model_free(body_model *bm)
{
	size_t i;

	for (i = 0; i < bm->string_count; i++) {
		zend_string_release(bm->strings[i]);
	}
	if (bm->strings) {
		efree(bm->strings);
	}
	if (bm->attachments) {
		efree(bm->attachments);
		efree(bm->entries);
	}
	mailer_header_ctx_free(&bm->header);
}

/* }}} */

/* {{{ the errors PHPMailer reports while encoding */

static bool has_error(zend_object *obj)
{
	return zval_get_long(MPROP(obj, error_count)) > 0;
}

/* encodeString()'s complaint about an encoding it does not know. */
static bool check_encoding(zend_object *obj, mime_text encoding)
{
	zend_string *msg;

	if (mime_encoding_from_name(encoding.s, encoding.len) != MIME_ENC_UNKNOWN) {
		return true;
	}
	msg = mailer_lang_concat(obj, "encoding", encoding.s, encoding.len);
	mailer_set_error(obj, msg);
	/* 5.2's encodeString() only records the error. */
	if (mailer_exceptions(obj) && !mailer_is_v5(obj)) {
		smtp_throw(msg, STOP_MESSAGE);
	}
	zend_string_release(msg);
	return !EG(exception);
}

/* encodeFile()'s complaint about a file it cannot read. */
static bool check_file(zend_object *obj, mime_text path)
{
	zend_string *zpath = zend_string_init(path.s, path.len, 0), *msg;
	bool ok = mailer_file_is_accessible(obj->ce, zpath);

	if (!ok) {
		msg = mailer_lang_concat(obj, "file_open", path.s, path.len);
		mailer_set_error(obj, msg);
		/* 5.2's encodeFile() catches its own exception: the error is only recorded. */
		if (!mailer_is_v5(obj)) {
			mailer_debug(obj, msg);
		}
		if (!EG(exception) && mailer_exceptions(obj) && !mailer_is_v5(obj)) {
			smtp_throw(msg, STOP_CONTINUE);
		}
		zend_string_release(msg);
	}
	zend_string_release(zpath);
	return !EG(exception);
}

/*
 * What attachAll() reports for one disposition: each part it would encode,
 * in order, until an error is on record (it then gives up on the rest).
 */
static bool check_attachments(zend_object *obj, const mime_message *m, const char *disposition)
{
	size_t i, j;

	for (i = 0; i < m->attachment_count; i++) {
		const mime_attachment *a = &m->attachments[i];
		bool seen = false;

		if (a->duplicate || a->disposition.len != strlen(disposition)
			|| memcmp(a->disposition.s, disposition, a->disposition.len) != 0) {
			continue;
		}
		for (j = 0; j < i && strcmp(disposition, "inline") == 0; j++) {
			const mime_attachment *b = &m->attachments[j];

			seen = seen || (!b->duplicate && b->disposition.len == a->disposition.len
				&& memcmp(b->disposition.s, a->disposition.s, a->disposition.len) == 0
				&& b->cid.len == a->cid.len && memcmp(b->cid.s, a->cid.s, a->cid.len) == 0);
		}
		if (seen) {
			continue;
		}
		if (!a->is_string && !check_file(obj, a->content)) {
			return false;
		}
		/* 5.2 takes any encoding when adding; encodeString()/encodeFile() complain as the part is written. */
		if (m->legacy && !has_error(obj) && !check_encoding(obj, a->encoding)) {
			return false;
		}
		if (has_error(obj)) {
			break;
		}
	}
	return true;
}

/*
 * Every error createBody() would report, in its order: the text parts'
 * encodings, then the attachments. Returns false when one was thrown.
 */
static bool check_body(zend_object *obj, const mime_message *m)
{
	mime_text body, alt;
	unsigned t = m->type;

	mime_text_encodings(m, &body, &alt);
	if ((t & MIME_HAS_ALT) && !check_encoding(obj, alt)) {
		return false;
	}
	if (!check_encoding(obj, body)) {
		return false;
	}
	if ((t == MIME_HAS_ALT || (t == (MIME_HAS_ALT | MIME_HAS_ATTACH) && !m->legacy)) && m->ical.len
		&& !(m->ical.len == 1 && m->ical.s[0] == '0') && !check_encoding(obj, m->encoding)) {
		return false;
	}
	if ((t & MIME_HAS_INLINE) && !check_attachments(obj, m, "inline")) {
		return false;
	}
	return !(t & MIME_HAS_ATTACH) || check_attachments(obj, m, "attachment");
}

/* }}} */

static zend_string *render(mime_body *body, zend_object *obj)
{
	smtp_buf out = SMTP_BUF_INIT;
	smtp_error err;
	zend_string *result;

	if (mime_body_render(body, &out, &err) != SMTP_OK) {
		/* A file that went away since it was checked. */
		zend_string *msg = mailer_lang_concat(obj, "file_open", err.message, strlen(err.message));

		mailer_fail(obj, msg, STOP_CONTINUE);
		zend_string_release(msg);
		smtp_buf_free(&out);
		return ZSTR_EMPTY_ALLOC();
	}
	result = zend_string_init(out.data ? out.data : "", out.len, 0);
	smtp_buf_free(&out);
	return result;
}

/*
 * createBody(). With streamed non-NULL, a body that reads files (and is
 * not signed with S/MIME) is handed over in *streamed instead of rendered,
 * for $MIMEBody to stream (mailer_stream.h); the string returned is then
 * empty.
 */
static zend_string *create_body_impl(zend_object *obj, mailer_streamed **streamed)
{
	body_model bm;
	mime_body body;
	zend_string *result = ZSTR_EMPTY_ALLOC(), *smime;
	zval *type;
	bool v7 = mailer_is_v7(obj->ce), hooked;

	/* Both may be overridden (tests pin the boundaries by overriding generateId()). */
	if (!SMTP_CALL(obj, "setboundaries", NULL, 0, NULL)) {
		return result;
	}
	/*
	 * S/MIME: the MIME header lines open the text to sign (mailer_smime.c).
	 * 6.x takes them before $Encoding changes; 7.x (below) once it is the
	 * body's own encoding.
	 */
	smime = v7 ? NULL : mailer_smime_begin(obj);
	if (EG(exception) || !SMTP_CALL(obj, "setwordwrap", NULL, 0, NULL)) {
		if (smime) {
			zend_string_release(smime);
		}
		return result;
	}
	/* 7.x refuses an unknown $Encoding up front, with an exception in either error mode. */
	if (v7 && !mailer7_check_encoding(obj)) {
		return result;
	}
	model_init(&bm, obj);
	if (v7 && zend_is_true(MPROP(obj, sign_key_file))) {
		/*
		 * The parts keep the encodings chosen from the $Encoding the model
		 * took; the header lines to sign say the body's.
		 */
		mime_text body_encoding, alt_encoding;

		mime_text_encodings(&bm.m, &body_encoding, &alt_encoding);
		MPROP_SET_STR(obj, Encoding, body_encoding.s, body_encoding.len);
		smime = mailer_smime_begin(obj);
		if (EG(exception)) {
			if (smime) {
				zend_string_release(smime);
			}
			model_free(&bm);
			return result;
		}
	}
	type = MPROP(obj, message_type);
	{
		static const struct {
			const char *name;
			unsigned bits;
		} types[] = {
			{"alt", MIME_HAS_ALT}, {"inline", MIME_HAS_INLINE}, {"attach", MIME_HAS_ATTACH},
			{"inline_attach", MIME_HAS_INLINE | MIME_HAS_ATTACH},
			{"alt_inline", MIME_HAS_ALT | MIME_HAS_INLINE}, {"alt_attach", MIME_HAS_ALT | MIME_HAS_ATTACH},
			{"alt_inline_attach", MIME_HAS_ALT | MIME_HAS_INLINE | MIME_HAS_ATTACH},
		};
		size_t i;

		for (i = 0; Z_TYPE_P(type) == IS_STRING && i < sizeof(types) / sizeof(types[0]); i++) {
			if (zend_string_equals_cstr(Z_STR_P(type), types[i].name, strlen(types[i].name))) {
				bm.m.type = types[i].bits;
			}
		}
	}
	if (bm.m.type == 0) {
		/* A plain message: createBody() writes the chosen encoding back into $Encoding. */
		mime_text body_encoding, alt_encoding;

		mime_text_encodings(&bm.m, &body_encoding, &alt_encoding);
		MPROP_SET_STR(obj, Encoding, body_encoding.s, body_encoding.len);
	}
	if (bm.m.hooks || (check_body(obj, &bm.m) && !has_error(obj))) {
		mime_body_init(&body);
		if (mime_body_build(&body, &bm.m)) {
			if (streamed && !smime && mime_body_has_files(&body)) {
				*streamed = mailer_streamed_new();
				(*streamed)->body = body;
				mime_body_init(&body);
			} else {
				zend_string_release(result);
				result = render(&body, obj);
			}
		}
		mime_body_free(&body);
	}
	hooked = bm.m.hooks != NULL;
	model_free(&bm);
	if (streamed && *streamed && (EG(exception) || has_error(obj))) {
		mailer_streamed_release(*streamed);
		*streamed = NULL;
	}
	if (!EG(exception) && (hooked ? SMTP_CALL_BOOL(obj, "iserror", 0, NULL) : has_error(obj))) {
		zend_string_release(result);
		result = ZSTR_EMPTY_ALLOC();
		/* 5.2 returns the empty body and goes on. */
		if (mailer_exceptions(obj) && !mailer_is_v5(obj)) {
			zend_string *msg = mailer_lang(obj, "empty_message");

			smtp_throw(msg, STOP_CRITICAL);
			zend_string_release(msg);
		}
	}
	return smime ? mailer_smime_finish(obj, smime, result) : result;
}

zend_string *mailer_create_body(zend_object *obj)
{
	if (SMTP_OVERRIDDEN(obj, "createbody")) {
		return SMTP_CALL_STR(obj, "createbody", 0, NULL);
	}
	return create_body_impl(obj, NULL);
}

zend_string *mailer_create_body_streamed(zend_object *obj, mailer_streamed **streamed)
{
	*streamed = NULL;
	if (SMTP_OVERRIDDEN(obj, "createbody") || !mailer_stream_supported(obj)) {
		return mailer_create_body(obj);
	}
	return create_body_impl(obj, streamed);
}

PHP_METHOD(Smtp_Engine_MailerBase, createBody)
{
	zend_string *body;

	ZEND_PARSE_PARAMETERS_NONE();

	body = create_body_impl(THIS_OBJ, NULL);
	if (EG(exception)) {
		zend_string_release(body);
		RETURN_THROWS();
	}
	RETURN_STR(body);
}

PHP_METHOD(Smtp_Engine_MailerBase, attachAll)
{
	zend_string *disposition, *boundary;
	body_model bm;
	mime_body body;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(disposition)
		Z_PARAM_STR(boundary)
	ZEND_PARSE_PARAMETERS_END();

	model_init(&bm, THIS_OBJ);
	RETVAL_EMPTY_STRING();
	if (bm.m.hooks || (check_attachments(THIS_OBJ, &bm.m, ZSTR_VAL(disposition)) && !has_error(THIS_OBJ))) {
		mime_body_init(&body);
		if (mime_body_add_attachments(&body, &bm.m, ZSTR_VAL(disposition), ZSTR_LEN(disposition),
				(mime_text){ZSTR_VAL(boundary), ZSTR_LEN(boundary)})) {
			zval_ptr_dtor(return_value);
			RETVAL_STR(render(&body, THIS_OBJ));
		}
		mime_body_free(&body);
	}
	model_free(&bm);
}

/* encodeFile(): the file read as PHPMailer reads it, with file_get_contents() and its warnings. */
PHP_METHOD(Smtp_Engine_MailerBase, encodeFile)
{
	zend_string *path, *encoding = NULL;
	zval args[2], contents;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(path)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(encoding)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_UNDEF(&contents);
	if (mailer_file_is_accessible(THIS_OBJ->ce, path) && !EG(exception)) {
		ZVAL_STR(&args[0], path);
		smtp_call_function("file_get_contents", &contents, 1, args);
	}
	if (EG(exception)) {
		zval_ptr_dtor(&contents);
		RETURN_THROWS();
	}
	if (Z_TYPE(contents) != IS_STRING) {
		zend_string *msg = mailer_lang_concat(THIS_OBJ, "file_open", ZSTR_VAL(path), ZSTR_LEN(path));

		zval_ptr_dtor(&contents);
		mailer_fail(THIS_OBJ, msg, STOP_CONTINUE);
		zend_string_release(msg);
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_EMPTY_STRING();
	}
	ZVAL_COPY_VALUE(&args[0], &contents);
	if (encoding) {
		ZVAL_STR_COPY(&args[1], encoding);
	} else {
		ZVAL_STRING(&args[1], "base64");
	}
	SMTP_CALL(THIS_OBJ, "encodestring", return_value, 2, args);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
}

static void append_released(smart_str *out, zend_string *s)
{
	smart_str_append(out, s);
	zend_string_release(s);
}

/* getBoundary(): the header lines opening a text part. */
PHP_METHOD(Smtp_Engine_MailerBase, getBoundary)
{
	zend_object *obj = THIS_OBJ;
	zend_string *boundary, *charset, *content_type, *encoding, *line;
	smart_str out = {0}, type = {0};

	ZEND_PARSE_PARAMETERS_START(4, 4)
		Z_PARAM_STR(boundary)
		Z_PARAM_STR(charset)
		Z_PARAM_STR(content_type)
		Z_PARAM_STR(encoding)
	ZEND_PARSE_PARAMETERS_END();

	charset = ZSTR_LEN(charset) ? zend_string_copy(charset) : zval_get_string(MPROP(obj, CharSet));
	content_type = ZSTR_LEN(content_type) ? zend_string_copy(content_type)
		: zval_get_string(MPROP(obj, ContentType));
	encoding = ZSTR_LEN(encoding) ? zend_string_copy(encoding) : zval_get_string(MPROP(obj, Encoding));
	line = zend_string_concat2(ZEND_STRL("--"), ZSTR_VAL(boundary), ZSTR_LEN(boundary));
	append_released(&out, mailer_call_text_line(obj, line));
	zend_string_release(line);
	smart_str_appends(&type, "Content-Type: ");
	smart_str_append(&type, content_type);
	smart_str_appends(&type, "; charset=");
	smart_str_append(&type, charset);
	smart_str_0(&type);
	smart_str_append(&out, type.s);
	smart_str_free(&type);
	line = mailer_le_str(obj);
	smart_str_append(&out, line);
	if (!zend_string_equals_literal(encoding, "7bit")) {
		append_released(&out, mailer_call_header_line(obj, ZEND_STRL("Content-Transfer-Encoding"), encoding));
	}
	smart_str_append(&out, line);
	smart_str_0(&out);
	RETVAL_STR(out.s);
	zend_string_release(line);
	zend_string_release(encoding);
	zend_string_release(content_type);
	zend_string_release(charset);
}

PHP_METHOD(Smtp_Engine_MailerBase, endBoundary)
{
	zend_string *boundary, *le;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(boundary)
	ZEND_PARSE_PARAMETERS_END();

	le = mailer_le_str(THIS_OBJ);
	RETVAL_STR(zend_strpprintf(0, "%s--%s--%s", ZSTR_VAL(le), ZSTR_VAL(boundary), ZSTR_VAL(le)));
	zend_string_release(le);
}
