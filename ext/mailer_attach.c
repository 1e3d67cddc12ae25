/*
 * mailer_attach.c - attachments and inline images: adding them, and the
 * questions PHPMailer asks about them.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"

#include "mailer.h"
#include "smtp_errors.h"

#include "core/mime_message.h"

/* validateEncoding(): one of the five names, exactly (6.x) or in any case (7.x). */
static bool valid_encoding(zend_object *obj, zval *encoding)
{
	static const char *const names[] = {"7bit", "quoted-printable", "base64", "8bit", "binary"};
	size_t i;

	if (Z_TYPE_P(encoding) != IS_STRING) {
		return false;
	}
	if (mailer_is_v7(obj->ce)) {
		return mime_encoding_from_name(Z_STRVAL_P(encoding), Z_STRLEN_P(encoding)) != MIME_ENC_UNKNOWN;
	}
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (zend_string_equals_cstr(Z_STR_P(encoding), names[i], strlen(names[i]))) {
			return true;
		}
	}
	return false;
}

PHP_METHOD(Smtp_Engine_MailerBase, validateEncoding)
{
	zval *encoding;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(encoding)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(valid_encoding(THIS_OBJ, encoding));
}

bool mailer_valid_encoding(zend_object *obj, zval *encoding)
{
	return SMTP_OVERRIDDEN(obj, "validateencoding") ? SMTP_CALL_BOOL(obj, "validateencoding", 1, encoding)
		: valid_encoding(obj, encoding);
}

static bool is_empty_string(zval *zv)
{
	return Z_TYPE_P(zv) == IS_STRING && Z_STRLEN_P(zv) == 0;
}

/* The arguments shared by the four add methods. */
typedef struct attachment_args {
	zval *source;        /* path or string */
	zval *cid;           /* NULL for attachments */
	zval *name;
	zval *encoding;
	zval *type;
	zval *disposition;
} attachment_args;

void mailer_append_attachment(zend_object *obj, zval *source, zend_string *filename, zval *name, zval *encoding,
	zval *type, bool is_string, zval *disposition, zval *cid)
{
	zval entry;

	array_init_size(&entry, 8);
	Z_TRY_ADDREF_P(source);
	add_next_index_zval(&entry, source);
	add_next_index_str(&entry, filename);
	Z_TRY_ADDREF_P(name);
	add_next_index_zval(&entry, name);
	Z_TRY_ADDREF_P(encoding);
	add_next_index_zval(&entry, encoding);
	Z_TRY_ADDREF_P(type);
	add_next_index_zval(&entry, type);
	add_next_index_bool(&entry, is_string);
	Z_TRY_ADDREF_P(disposition);
	add_next_index_zval(&entry, disposition);
	if (cid) {
		Z_TRY_ADDREF_P(cid);
		add_next_index_zval(&entry, cid);
	} else {
		add_next_index_long(&entry, 0);
	}
	zend_hash_next_index_insert(MPROP_ARRAY(obj, attachment), &entry);
}

/* The catch block of the add methods: report, rethrow when exceptions are on, return false. */
static bool reject(zend_object *obj, const char *key, zval *detail, zend_long code)
{
	zend_string *d = zval_get_string(detail);
	zend_string *msg = mailer_lang_concat(obj, key, ZSTR_VAL(d), ZSTR_LEN(d));

	mailer_fail(obj, msg, code);
	zend_string_release(msg);
	zend_string_release(d);
	return false;
}

/* addAttachment() and addEmbeddedImage(): a file, checked now and read when the message is built. */
static bool add_file(zend_object *obj, attachment_args *a)
{
	zend_string *path = zval_get_string(a->source), *filename;
	zval type, name, *cid;
	bool ok;

	if (!mailer_file_is_accessible(obj->ce, path)) {
		zend_string_release(path);
		return reject(obj, "file_access", a->source, STOP_CONTINUE);
	}
	if (is_empty_string(a->type)) {
		ZVAL_STR(&type, mailer_filename_to_type(obj->ce, path));
	} else {
		ZVAL_COPY(&type, a->type);
	}
	filename = mailer_path_part(obj->ce, path, PHP_PATHINFO_BASENAME);
	if (is_empty_string(a->name)) {
		ZVAL_STR_COPY(&name, filename);
	} else {
		ZVAL_COPY(&name, a->name);
	}
	ok = mailer_valid_encoding(obj, a->encoding);
	if (!ok) {
		reject(obj, "encoding", a->encoding, STOP_MESSAGE);
		zend_string_release(filename);
	} else {
		/* An attachment's Content-ID slot holds its name. */
		cid = a->cid ? a->cid : &name;
		mailer_append_attachment(obj, a->source, filename, &name, a->encoding, &type, false, a->disposition, cid);
	}
	zval_ptr_dtor(&name);
	zval_ptr_dtor(&type);
	zend_string_release(path);
	return ok;
}

/* addStringAttachment() and addStringEmbeddedImage(): the content itself. */
static bool add_string(zend_object *obj, attachment_args *a, zval *filename_arg)
{
	zval type;
	zend_string *filename, *fname;

	if (!mailer_valid_encoding(obj, a->encoding)) {
		return reject(obj, "encoding", a->encoding, STOP_MESSAGE);
	}
	fname = zval_get_string(filename_arg);
	/* An image's type comes from its name, when it has one; an attachment's from its file name. */
	if (is_empty_string(a->type) && (!a->cid || zend_is_true(a->name))) {
		ZVAL_STR(&type, mailer_filename_to_type(obj->ce, fname));
	} else {
		ZVAL_COPY(&type, a->type);
	}
	if (a->cid) {
		mailer_append_attachment(obj, a->source, zend_string_copy(fname), a->name, a->encoding, &type, true, a->disposition,
			a->cid);
	} else {
		zval name;

		filename = zend_string_copy(fname);
		ZVAL_STR(&name, mailer_path_part(obj->ce, fname, PHP_PATHINFO_BASENAME));
		mailer_append_attachment(obj, a->source, filename, &name, a->encoding, &type, true, a->disposition, NULL);
		zval_ptr_dtor(&name);
	}
	zval_ptr_dtor(&type);
	zend_string_release(fname);
	return true;
}

/* The defaults of the optional arguments: name '', encoding 'base64', type '', and a disposition. */
typedef struct arg_defaults {
	zval name, encoding, type, disposition;
} arg_defaults;

static void defaults_init(arg_defaults *d, attachment_args *a, const char *disposition)
{
	ZVAL_EMPTY_STRING(&d->name);
	ZVAL_STRING(&d->encoding, "base64");
	ZVAL_EMPTY_STRING(&d->type);
	ZVAL_STRING(&d->disposition, disposition);
	a->name = a->name ? a->name : &d->name;
	a->encoding = a->encoding ? a->encoding : &d->encoding;
	a->type = a->type ? a->type : &d->type;
	a->disposition = a->disposition ? a->disposition : &d->disposition;
}

static void defaults_free(arg_defaults *d)
{
	zval_ptr_dtor(&d->encoding);
	zval_ptr_dtor(&d->disposition);
}

/*
 * The rest of each add method once its arguments are parsed: the defaults,
 * then the file added, or the string (named filename; an image's by its name).
 */
static void add_and_return(zend_object *obj, attachment_args *a, const char *disposition, bool is_string,
	zval *filename, zval *return_value)
{
	arg_defaults d;
	bool ok;

	defaults_init(&d, a, disposition);
	ok = is_string ? add_string(obj, a, filename ? filename : a->name) : add_file(obj, a);
	defaults_free(&d);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(ok);
}

/* addEmbeddedImage() and addStringEmbeddedImage() take the same arguments. */
static void add_image(INTERNAL_FUNCTION_PARAMETERS, bool is_string)
{
	attachment_args a = {0};

	ZEND_PARSE_PARAMETERS_START(2, 6)
		Z_PARAM_ZVAL(a.source)
		Z_PARAM_ZVAL(a.cid)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(a.name)
		Z_PARAM_ZVAL(a.encoding)
		Z_PARAM_ZVAL(a.type)
		Z_PARAM_ZVAL(a.disposition)
	ZEND_PARSE_PARAMETERS_END();

	add_and_return(THIS_OBJ, &a, "inline", is_string, NULL, return_value);
}

PHP_METHOD(Smtp_Engine_MailerBase, addAttachment)
{
	attachment_args a = {0};

	ZEND_PARSE_PARAMETERS_START(1, 5)
		Z_PARAM_ZVAL(a.source)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(a.name)
		Z_PARAM_ZVAL(a.encoding)
		Z_PARAM_ZVAL(a.type)
		Z_PARAM_ZVAL(a.disposition)
	ZEND_PARSE_PARAMETERS_END();

	add_and_return(THIS_OBJ, &a, "attachment", false, NULL, return_value);
}

PHP_METHOD(Smtp_Engine_MailerBase, addEmbeddedImage)
{
	add_image(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

PHP_METHOD(Smtp_Engine_MailerBase, addStringAttachment)
{
	attachment_args a = {0};
	zval *filename;

	ZEND_PARSE_PARAMETERS_START(2, 5)
		Z_PARAM_ZVAL(a.source)
		Z_PARAM_ZVAL(filename)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(a.encoding)
		Z_PARAM_ZVAL(a.type)
		Z_PARAM_ZVAL(a.disposition)
	ZEND_PARSE_PARAMETERS_END();

	add_and_return(THIS_OBJ, &a, "attachment", true, filename, return_value);
}

PHP_METHOD(Smtp_Engine_MailerBase, addStringEmbeddedImage)
{
	add_image(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

PHP_METHOD(Smtp_Engine_MailerBase, getAttachments)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(MPROP(THIS_OBJ, attachment));
}

PHP_METHOD(Smtp_Engine_MailerBase, clearAttachments)
{
	zval empty;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(&empty);
	MPROP_SET(THIS_OBJ, attachment, &empty);
}

PHP_METHOD(Smtp_Engine_MailerBase, cidExists)
{
	zval *cid, *list, *entry, *d, *c;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(cid)
	ZEND_PARSE_PARAMETERS_END();

	list = MPROP(THIS_OBJ, attachment);
	if (Z_TYPE_P(list) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), entry) {
			if (Z_TYPE_P(entry) == IS_ARRAY && (d = zend_hash_index_find(Z_ARRVAL_P(entry), 6))
				&& Z_TYPE_P(d) == IS_STRING && zend_string_equals_literal(Z_STR_P(d), "inline")
				&& (c = zend_hash_index_find(Z_ARRVAL_P(entry), 7)) && zend_is_identical(cid, c)) {
				RETURN_TRUE;
			}
		} ZEND_HASH_FOREACH_END();
	}
	RETURN_FALSE;
}

PHP_METHOD(Smtp_Engine_MailerBase, inlineImageExists)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(mailer_has_disposition(THIS_OBJ, "inline"));
}

PHP_METHOD(Smtp_Engine_MailerBase, attachmentExists)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(mailer_has_disposition(THIS_OBJ, "attachment"));
}

PHP_METHOD(Smtp_Engine_MailerBase, alternativeExists)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(zend_is_true(MPROP(THIS_OBJ, AltBody)));
}
