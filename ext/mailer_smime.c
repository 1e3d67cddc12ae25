/*
 * mailer_smime.c - S/MIME signing: sign(), which records the certificate
 * and key, and the step of createBody() that signs the body with them
 * (ext/core/mime_smime.c), as PHPMailer does with openssl_pkcs7_sign();
 * and, beyond PHPMailer, encryption of the (signed) message to the
 * certificates in SMTPOptions['smtp']['smime_encrypt'].
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

#include "core/mime_smime.h"

PHP_METHOD(Smtp_Engine_MailerBase, sign)
{
	zval *cert, *key, *pass, *extracerts = NULL, copy;

	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_ZVAL(cert)
		Z_PARAM_ZVAL(key)
		Z_PARAM_ZVAL(pass)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(extracerts)
	ZEND_PARSE_PARAMETERS_END();

	ZVAL_COPY(&copy, cert);
	MPROP_SET(THIS_OBJ, sign_cert_file, &copy);
	ZVAL_COPY(&copy, key);
	MPROP_SET(THIS_OBJ, sign_key_file, &copy);
	ZVAL_COPY(&copy, pass);
	MPROP_SET(THIS_OBJ, sign_key_pass, &copy);
	if (extracerts) {
		ZVAL_COPY(&copy, extracerts);
	} else {
		ZVAL_EMPTY_STRING(&copy);
	}
	MPROP_SET(THIS_OBJ, sign_extracerts_file, &copy);
}

bool mailer_smime_encrypting(zend_object *obj)
{
	return smtp_engine_option(obj, "smime_encrypt") != NULL;
}

zend_string *mailer_smime_begin(zend_object *obj)
{
	zend_string *mime, *le, *prefix;
	zval ret;

	if ((!zend_is_true(MPROP(obj, sign_key_file)) && !mailer_smime_encrypting(obj))
		|| !SMTP_CALL(obj, "getmailmime", &ret, 0, NULL)) {
		return NULL;
	}
	mime = zval_get_string(&ret);
	le = mailer_le_str(obj);
	prefix = zend_string_concat2(ZSTR_VAL(mime), ZSTR_LEN(mime), ZSTR_VAL(le), ZSTR_LEN(le));
	zend_string_release(le);
	zend_string_release(mime);
	zval_ptr_dtor(&ret);
	return prefix;
}

/* "file://" . realpath($path): realpath() gives false, so just the prefix, for a path it cannot resolve. */
static zend_string *file_spec(zval *path)
{
	zval arg, real;
	zend_string *spec;

	ZVAL_STR(&arg, zval_get_string(path));
	smtp_call_function("realpath", &real, 1, &arg);
	spec = Z_TYPE(real) == IS_STRING ? zend_string_concat2("file://", 7, Z_STRVAL(real), Z_STRLEN(real))
		: zend_string_init("file://", 7, 0);
	zval_ptr_dtor(&real);
	zval_ptr_dtor(&arg);
	return spec;
}

/*
 * The extra certificates file as openssl_pkcs7_sign() takes it: expanded
 * against the working directory and within open_basedir. NULL when none is
 * set; an empty string when it cannot be used.
 */
static zend_string *extracerts_path(zend_object *obj)
{
	zval *value = MPROP(obj, sign_extracerts_file);
	zend_string *path, *full = ZSTR_EMPTY_ALLOC();
	char expanded[MAXPATHLEN];

	if (!zend_is_true(value)) {
		return NULL;
	}
	path = zval_get_string(value);
	if (strlen(ZSTR_VAL(path)) == ZSTR_LEN(path) && expand_filepath(ZSTR_VAL(path), expanded)
		&& php_check_open_basedir_ex(expanded, 0) == 0) {
		full = zend_string_init(expanded, strlen(expanded), 0);
	}
	zend_string_release(path);
	return full;
}

/* Signs data; on failure, err->detail is what openssl_error_string() would give. */
static bool sign_data(zend_object *obj, smtp_buf *out, zend_string *data, smtp_error *err)
{
	zend_string *cert = file_spec(MPROP(obj, sign_cert_file)), *key = file_spec(MPROP(obj, sign_key_file));
	zend_string *pass = zval_get_string(MPROP(obj, sign_key_pass)), *extra = extracerts_path(obj);
	mime_smime_signer signer = {{ZSTR_VAL(cert), ZSTR_LEN(cert)}, {ZSTR_VAL(key), ZSTR_LEN(key)}, ZSTR_VAL(pass),
		extra ? ZSTR_VAL(extra) : NULL};
	bool ok;

	smtp_error_clear(err);
	ok = !(extra && ZSTR_LEN(extra) == 0)
		&& mime_smime_sign(out, &signer, ZSTR_VAL(data), ZSTR_LEN(data), err) == SMTP_OK;
	if (extra) {
		zend_string_release(extra);
	}
	zend_string_release(pass);
	zend_string_release(key);
	zend_string_release(cert);
	return ok;
}

/* The signed message's header lines go to MIMEHeader (with an empty line); the rest is the body. */
static zend_string *split_signed(zend_object *obj, const smtp_buf *signed_msg)
{
	const char *data = signed_msg->data ? signed_msg->data : "";
	const char *gap = php_memnstr(data, "\n\n", 2, data + signed_msg->len);
	zend_string *header, *le;
	smart_str joined = {0};

	if (!gap) {
		return ZSTR_EMPTY_ALLOC();
	}
	header = zval_get_string(MPROP(obj, MIMEHeader));
	le = mailer_le_str(obj);
	smart_str_append(&joined, header);
	smart_str_appendl(&joined, data, (size_t)(gap - data));
	smart_str_append(&joined, le);
	smart_str_append(&joined, le);
	smart_str_0(&joined);
	MPROP_SET_ZSTR(obj, MIMEHeader, joined.s);
	smart_str_free(&joined);
	zend_string_release(le);
	zend_string_release(header);
	return zend_string_init(gap + 2, signed_msg->len - (size_t)(gap + 2 - data), 0);
}

/* Encrypts entity (taken over) to the certificates of the smime_encrypt option, into out. */
static bool encrypt_entity(zend_object *obj, smtp_buf *out, zend_string *entity, smtp_error *err)
{
	zend_array *paths = smtp_engine_option_list(obj, "smime_encrypt");
	uint32_t n = zend_hash_num_elements(paths), i = 0;
	zend_string **specs = safe_emalloc(n ? n : 1, sizeof(zend_string *), 0);
	mime_text *certs = safe_emalloc(n ? n : 1, sizeof(mime_text), 0);
	zval *path;
	bool ok;

	ZEND_HASH_FOREACH_VAL(paths, path) {
		specs[i] = file_spec(path);
		certs[i] = (mime_text){ZSTR_VAL(specs[i]), ZSTR_LEN(specs[i])};
		i++;
	} ZEND_HASH_FOREACH_END();
	smtp_error_clear(err);
	ok = mime_smime_encrypt(out, certs, n, ZSTR_VAL(entity), ZSTR_LEN(entity), err) == SMTP_OK;
	for (i = 0; i < n; i++) {
		zend_string_release(specs[i]);
	}
	efree(specs);
	efree(certs);
	zend_array_release(paths);
	zend_string_release(entity);
	return ok;
}

zend_string *mailer_smime_finish(zend_object *obj, zend_string *prefix, zend_string *body)
{
	zend_string *data, *result = NULL, *msg = NULL;
	smtp_buf signed_msg = SMTP_BUF_INIT, encrypted = SMTP_BUF_INIT;
	smtp_error err;

	/* Not when createBody() failed: its body is then "" (or an exception is on its way). */
	if (EG(exception) || zval_get_long(MPROP(obj, error_count)) > 0) {
		zend_string_release(prefix);
		return body;
	}
	data = zend_string_concat2(ZSTR_VAL(prefix), ZSTR_LEN(prefix), ZSTR_VAL(body), ZSTR_LEN(body));
	zend_string_release(prefix);
	zend_string_release(body);
	if (!zend_get_constant_str("PKCS7_TEXT", sizeof("PKCS7_TEXT") - 1)) {
		msg = mailer_lang_concat(obj, "extension_missing", "openssl", sizeof("openssl") - 1);
	} else if (zend_is_true(MPROP(obj, sign_key_file)) && !sign_data(obj, &signed_msg, data, &err)) {
		msg = mailer_lang_concat(obj, "signing", err.detail, strlen(err.detail));
	} else if (!mailer_smime_encrypting(obj)) {
		result = split_signed(obj, &signed_msg);
	} else if (encrypt_entity(obj, &encrypted, signed_msg.len
			? zend_string_init(signed_msg.data, signed_msg.len, 0) : zend_string_copy(data), &err)) {
		/* The signed message (header lines and all), or the plain entity, is what gets enveloped. */
		result = split_signed(obj, &encrypted);
	} else {
		msg = zend_strpprintf(0, "S/MIME encryption error: %s", *err.detail ? err.detail : err.message);
	}
	smtp_buf_free(&signed_msg);
	smtp_buf_free(&encrypted);
	zend_string_release(data);
	/* PHPMailer's catch block: an empty body, and the exception only in exception mode. */
	if (msg) {
		if (mailer_exceptions(obj)) {
			smtp_throw(msg, STOP_MESSAGE);
		}
		zend_string_release(msg);
	}
	return result ? result : ZSTR_EMPTY_ALLOC();
}
