/*
 * mailer_html.c - msgHTML() and html2text(): an HTML body whose images
 * become inline parts, and its plain-text alternative. Both are text
 * surgery by regular expressions in PHPMailer; they run through PHP's own
 * PCRE and string functions here, so their results are PHPMailer's.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/base64.h"
#include "ext/standard/html.h"
#include "ext/standard/md5.h"
#include "ext/standard/php_string.h"
#include "ext/standard/url.h"
#include "zend_attributes.h"

#include <openssl/sha.h>

#include "mailer.h"
#include "mailer5.h"

/* A PHP function call with string arguments; the result goes to ret. */
static bool call2(const char *fn, zval *ret, zval *a, zval *b)
{
	zval args[2];

	ZVAL_COPY_VALUE(&args[0], a);
	ZVAL_COPY_VALUE(&args[1], b);
	return smtp_call_function(fn, ret, 2, args);
}

static bool add_embedded(zend_object *obj, const char *method, zval *source, zend_string *cid, zend_string *name,
	zend_string *type);

/* md5($url) . '@phpmailer.0': PHPMailer 5.2's Content-IDs. */
static zend_string *content_id5(zend_string *url)
{
	PHP_MD5_CTX ctx;
	unsigned char digest[16];
	char hex[33];

	PHP_MD5Init(&ctx);
	PHP_MD5Update(&ctx, ZSTR_VAL(url), ZSTR_LEN(url));
	PHP_MD5Final(digest, &ctx);
	make_digest_ex(hex, digest, 16);
	return zend_strpprintf(0, "%s@phpmailer.0", hex);
}

/*
 * 5.2's data: URLs ('#^data:(image[^;,]*)(;base64)?,#'): the text from the
 * comma on, base64-decoded or URL-decoded (the comma with it), becomes
 * "embed<index>" with the md5 of the URL as Content-ID, added each time.
 */
static zend_string *embed_data_url5(zend_object *obj, zend_string *message, zend_string *url, zend_string *whole,
	zend_string *attr, zend_long index)
{
	zend_string *pattern = ZSTR_INIT_LITERAL("#^data:(image[^;,]*)(;base64)?,#", 0), *result = NULL;
	zval matches, *type, *b64;

	if (smtp_preg_match(pattern, url, &matches) == 1) {
		const char *comma = memchr(ZSTR_VAL(url), ',', ZSTR_LEN(url));
		size_t off = comma - ZSTR_VAL(url);
		zend_string *data, *cid = content_id5(url), *name = zend_strpprintf(0, "embed" ZEND_LONG_FMT, index);
		zval zdata;

		type = zend_hash_index_find(Z_ARRVAL(matches), 1);
		b64 = zend_hash_index_find(Z_ARRVAL(matches), 2);
		if (b64 && zend_is_true(b64)) {
			data = php_base64_decode_ex((unsigned char *)ZSTR_VAL(url) + off, ZSTR_LEN(url) - off, false);
			if (!data) {
				data = ZSTR_EMPTY_ALLOC();
			}
		} else {
			data = zend_string_init(ZSTR_VAL(url) + off, ZSTR_LEN(url) - off, 0);
			ZSTR_LEN(data) = php_raw_url_decode(ZSTR_VAL(data), ZSTR_LEN(data));
		}
		ZVAL_STR(&zdata, data);
		if (add_embedded(obj, "addstringembeddedimage", &zdata, cid, name, Z_STR_P(type)) && !EG(exception)) {
			zend_string *replacement = zend_strpprintf(0, "%s=\"cid:%s\"", ZSTR_VAL(attr), ZSTR_VAL(cid));

			result = php_str_to_str(ZSTR_VAL(message), ZSTR_LEN(message), ZSTR_VAL(whole), ZSTR_LEN(whole),
				ZSTR_VAL(replacement), ZSTR_LEN(replacement));
			zend_string_release(replacement);
		} else {
			result = zend_string_copy(message);
		}
		zval_ptr_dtor(&zdata);
		zend_string_release(name);
		zend_string_release(cid);
	}
	zval_ptr_dtor(&matches);
	zend_string_release(pattern);
	return result;
}

/* substr(hash('sha256', $data), 0, 32) . '@' . $domain */
static zend_string *content_id(const char *data, size_t len, zend_string *domain)
{
	unsigned char digest[SHA256_DIGEST_LENGTH];
	char hex[65];
	size_t i;

	SHA256((const unsigned char *)data, len, digest);
	for (i = 0; i < 16; i++) {
		snprintf(hex + 2 * i, 3, "%02x", digest[i]);
	}
	return zend_strpprintf(0, "%.32s@%s", hex, ZSTR_VAL(domain));
}

static zend_string *preg_replace_str(const char *pattern, zend_string *replacement, zend_string *subject)
{
	zval args[3], ret;
	zend_string *result;

	ZVAL_STRING(&args[0], pattern);
	ZVAL_STR_COPY(&args[1], replacement);
	ZVAL_STR_COPY(&args[2], subject);
	smtp_call_function("preg_replace", &ret, 3, args);
	result = Z_TYPE(ret) == IS_STRING ? zend_string_copy(Z_STR(ret)) : zend_string_copy(subject);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&args[2]);
	return result;
}

static bool add_embedded(zend_object *obj, const char *method, zval *source, zend_string *cid, zend_string *name,
	zend_string *type)
{
	zval args[5], ret;
	bool ok;

	ZVAL_COPY(&args[0], source);
	ZVAL_STR_COPY(&args[1], cid);
	ZVAL_STR_COPY(&args[2], name);
	ZVAL_STRING(&args[3], "base64");
	ZVAL_STR_COPY(&args[4], type);
	ZVAL_UNDEF(&ret);
	smtp_call(obj, method, strlen(method), &ret, 5, args);
	ok = Z_TYPE(ret) != IS_UNDEF && zend_is_true(&ret);
	zval_ptr_dtor(&ret);
	for (int i = 0; i < 5; i++) {
		zval_ptr_dtor(&args[i]);
	}
	return ok;
}

static bool cid_exists(zend_object *obj, zend_string *cid)
{
	zval arg, ret;
	bool exists;

	ZVAL_STR_COPY(&arg, cid);
	ZVAL_UNDEF(&ret);
	SMTP_CALL(obj, "cidexists", &ret, 1, &arg);
	exists = Z_TYPE(ret) != IS_UNDEF && zend_is_true(&ret);
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&arg);
	return exists;
}

/* A data: URL image becomes an inline part; returns the new message, or NULL when the URL is not one. */
static zend_string *embed_data_url(zend_object *obj, zend_string *message, zend_string *url, zend_string *whole,
	zend_string *attr, zend_long index, zend_string *domain)
{
	zval pattern, subject, matches, ret, *type, *b64, *payload;
	zend_string *data = NULL, *result = NULL;

	ZVAL_STRING(&pattern, "#^data:(image/(?:jpe?g|gif|png));?(base64)?,(.+)#");
	ZVAL_STR_COPY(&subject, url);
	ZVAL_NULL(&matches);
	{
		zval args[3];

		ZVAL_COPY_VALUE(&args[0], &pattern);
		ZVAL_COPY_VALUE(&args[1], &subject);
		ZVAL_NEW_REF(&args[2], &matches);
		smtp_call_function("preg_match", &ret, 3, args);
		ZVAL_COPY(&matches, Z_REFVAL(args[2]));
		zval_ptr_dtor(&args[2]);
	}
	if (zend_is_true(&ret) && Z_TYPE(matches) == IS_ARRAY) {
		type = zend_hash_index_find(Z_ARRVAL(matches), 1);
		b64 = zend_hash_index_find(Z_ARRVAL(matches), 2);
		payload = zend_hash_index_find(Z_ARRVAL(matches), 3);
		if (zend_hash_num_elements(Z_ARRVAL(matches)) == 4 && zend_string_equals_literal(Z_STR_P(b64), "base64")) {
			data = php_base64_decode_ex((unsigned char *)Z_STRVAL_P(payload), Z_STRLEN_P(payload), false);
			if (!data) {
				data = ZSTR_EMPTY_ALLOC();
			}
		} else if (Z_STRLEN_P(b64) == 0) {
			data = zend_string_init(Z_STRVAL_P(payload), Z_STRLEN_P(payload), 0);
			ZSTR_LEN(data) = php_raw_url_decode(ZSTR_VAL(data), ZSTR_LEN(data));
		}
		if (data) {
			zend_string *cid = content_id(ZSTR_VAL(data), ZSTR_LEN(data), domain);
			zend_string *name = zend_strpprintf(0, "embed" ZEND_LONG_FMT, index);
			zend_string *replacement = zend_strpprintf(0, "%s=\"cid:%s\"", ZSTR_VAL(attr), ZSTR_VAL(cid));
			zval zdata;

			if (!cid_exists(obj, cid)) {
				ZVAL_STR_COPY(&zdata, data);
				add_embedded(obj, "addstringembeddedimage", &zdata, cid, name, Z_STR_P(type));
				zval_ptr_dtor(&zdata);
			}
			result = php_str_to_str(ZSTR_VAL(message), ZSTR_LEN(message), ZSTR_VAL(whole), ZSTR_LEN(whole),
				ZSTR_VAL(replacement), ZSTR_LEN(replacement));
			zend_string_release(replacement);
			zend_string_release(name);
			zend_string_release(cid);
			zend_string_release(data);
		} else {
			/* A data: URL in another form is left as it is. */
			result = zend_string_copy(message);
		}
	}
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&matches);
	zval_ptr_dtor(&pattern);
	zval_ptr_dtor(&subject);
	return result;
}

/* A relative image path under basedir becomes an inline part read from disk. */
static zend_string *embed_file(zend_object *obj, zend_string *message, zend_string *url, zend_string *attr,
	zend_string *basedir, zend_string *domain)
{
	zend_string *filename = mailer_path_part(obj->ce, url, PHP_PATHINFO_BASENAME);
	zend_string *directory, *cid, *path, *type, *ext, *parts_dir;
	char *dir = estrndup(ZSTR_VAL(url), ZSTR_LEN(url));
	size_t dlen = zend_dirname(dir, ZSTR_LEN(url));
	zval source, args[2], info;
	zend_string *result;

	directory = (dlen == 1 && dir[0] == '.') ? ZSTR_EMPTY_ALLOC() : zend_string_init(dir, dlen, 0);
	efree(dir);
	cid = mailer_is_v5(obj) ? content_id5(url) : content_id(ZSTR_VAL(url), ZSTR_LEN(url), domain);
	if (ZSTR_LEN(directory) > 1 && ZSTR_VAL(directory)[ZSTR_LEN(directory) - 1] != '/') {
		parts_dir = zend_string_concat2(ZSTR_VAL(directory), ZSTR_LEN(directory), "/", 1);
	} else {
		parts_dir = zend_string_copy(directory);
	}
	path = zend_string_concat3(ZSTR_VAL(basedir), ZSTR_LEN(basedir), ZSTR_VAL(parts_dir), ZSTR_LEN(parts_dir),
		ZSTR_VAL(filename), ZSTR_LEN(filename));
	/* The type comes from the extension only: _mime_types(mb_pathinfo($filename, PATHINFO_EXTENSION)). */
	ZVAL_STR_COPY(&args[0], filename);
	ZVAL_LONG(&args[1], 4);
	ZVAL_UNDEF(&info);
	SMTP_CALL_STATIC(obj->ce, "mb_pathinfo", &info, 2, args);
	ext = Z_TYPE(info) != IS_UNDEF ? zval_get_string(&info) : ZSTR_EMPTY_ALLOC();
	zval_ptr_dtor(&info);
	zval_ptr_dtor(&args[0]);
	ZVAL_STR(&args[0], ext);
	SMTP_CALL_STATIC(obj->ce, "_mime_types", &info, 1, args);
	type = Z_TYPE(info) != IS_UNDEF ? zval_get_string(&info) : ZSTR_EMPTY_ALLOC();
	zval_ptr_dtor(&info);
	zval_ptr_dtor(&args[0]);
	ZVAL_STR(&source, path);
	if (add_embedded(obj, "addembeddedimage", &source, cid, filename, type) && !EG(exception)) {
		zval quoted, q;
		zend_string *pattern, *replacement;

		ZVAL_STR_COPY(&q, url);
		ZVAL_STRING(&args[1], "/");
		call2("preg_quote", &quoted, &q, &args[1]);
		zval_ptr_dtor(&args[1]);
		zval_ptr_dtor(&q);
		pattern = zend_strpprintf(0, "/%s=[\"']%s[\"']/Ui", ZSTR_VAL(attr), Z_STRVAL(quoted));
		replacement = zend_strpprintf(0, "%s=\"cid:%s\"", ZSTR_VAL(attr), ZSTR_VAL(cid));
		result = preg_replace_str(ZSTR_VAL(pattern), replacement, message);
		zend_string_release(replacement);
		zend_string_release(pattern);
		zval_ptr_dtor(&quoted);
	} else {
		result = zend_string_copy(message);
	}
	zval_ptr_dtor(&source);
	zend_string_release(type);
	zend_string_release(parts_dir);
	zend_string_release(cid);
	zend_string_release(directory);
	zend_string_release(filename);
	return result;
}

/* Absolute URLs, cid: references and paths climbing with ".." are never files to embed. */
static bool embeddable_path(zend_string *url)
{
	zend_string *pattern = ZSTR_INIT_LITERAL("#^[a-z][a-z0-9+.-]*:?//#i", 0);
	bool absolute = smtp_preg_match(pattern, url, NULL) == 1;

	zend_string_release(pattern);
	return !absolute && !php_memnstr(ZSTR_VAL(url), "..", 2, ZSTR_VAL(url) + ZSTR_LEN(url))
		&& !(ZSTR_LEN(url) >= 4 && memcmp(ZSTR_VAL(url), "cid:", 4) == 0);
}

/*
 * html_entity_decode($text, ENT_QUOTES, $charset), called by name as
 * PHPMailer calls it, so that its warnings (a charset it does not support)
 * and errors read the same.
 */
static zend_string *decode_entities(zend_string *text, zval *charset)
{
	zval args[3], ret;
	zend_string *decoded;

	ZVAL_STR_COPY(&args[0], text);
	ZVAL_LONG(&args[1], ENT_QUOTES);
	ZVAL_COPY(&args[2], charset);
	smtp_call_function("html_entity_decode", &ret, 3, args);
	decoded = Z_TYPE(ret) == IS_STRING ? zend_string_copy(Z_STR(ret)) : ZSTR_EMPTY_ALLOC();
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[2]);
	zval_ptr_dtor(&args[0]);
	return decoded;
}

static zend_string *html_to_text(zend_object *obj, zend_string *html, zval *advanced)
{
	zend_string *stripped, *tags, *trimmed, *decoded, *replacement;

	if (advanced && zend_is_callable(advanced, 0, NULL)) {
		zval arg, ret;
		zend_string *result;

		ZVAL_STR_COPY(&arg, html);
		call_user_function(NULL, NULL, advanced, &ret, 1, &arg);
		result = Z_TYPE(ret) == IS_UNDEF ? ZSTR_EMPTY_ALLOC() : zval_get_string(&ret);
		zval_ptr_dtor(&ret);
		zval_ptr_dtor(&arg);
		return result;
	}
	replacement = ZSTR_EMPTY_ALLOC();
	stripped = preg_replace_str("/<(head|title|style|script)[^>]*>.*?<\\/\\1>/si", replacement, html);
	tags = zend_string_init(ZSTR_VAL(stripped), ZSTR_LEN(stripped), 0);
	ZSTR_LEN(tags) = php_strip_tags(ZSTR_VAL(tags), ZSTR_LEN(tags), NULL, 0);
	trimmed = php_trim(tags, NULL, 0, 3);
	decoded = decode_entities(trimmed, MPROP(obj, CharSet));
	zend_string_release(trimmed);
	zend_string_release(tags);
	zend_string_release(stripped);
	return decoded;
}

/* $this->html2text($html, $advanced), through an override if there is one. */
static zend_string *call_html2text(zend_object *obj, zend_string *html, zval *advanced)
{
	zval args[2];
	zend_string *text;

	if (!SMTP_OVERRIDDEN(obj, "html2text")) {
		return html_to_text(obj, html, advanced);
	}
	ZVAL_STR_COPY(&args[0], html);
	if (advanced) {
		ZVAL_COPY(&args[1], advanced);
	} else {
		ZVAL_FALSE(&args[1]);
	}
	text = SMTP_CALL_STR(obj, "html2text", 2, args);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&args[0]);
	return text;
}

PHP_METHOD(Smtp_Engine_MailerBase, html2text)
{
	zend_string *html;
	zval *advanced = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(html)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(advanced)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(html_to_text(THIS_OBJ, html, advanced));
}

PHP_METHOD(Smtp_Engine_MailerBase, msgHTML)
{
	zend_object *obj = THIS_OBJ;
	zend_string *message, *basedir = ZSTR_EMPTY_ALLOC(), *text, *domain;
	zval *advanced = NULL, images, args[3], ret, *urls, *url;
	zend_long index;
	/* PHPMailer 5.2: md5 Content-IDs, CRLF line breaks whatever $LE is, its own words for an HTML-only message. */
	bool v5 = mailer_is_v5(obj);

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(message)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(basedir)
		Z_PARAM_ZVAL(advanced)
	ZEND_PARSE_PARAMETERS_END();

	message = zend_string_copy(message);
	basedir = zend_string_copy(basedir);
	/* The domain of the content ids: 6.x a fixed one, 7.x the From domain (5.2 has md5 ids of its own). */
	domain = mailer_is_v7(obj->ce) ? mailer7_cid_domain(obj) : ZSTR_INIT_LITERAL("phpmailer.0", 0);
	/* 5.2 also takes data-src= and the like. */
	ZVAL_STRING(&args[0], v5 ? "/(src|background)=[\"'](.*)[\"']/Ui" : "/(?<!-)(src|background)=[\"'](.*)[\"']/Ui");
	ZVAL_STR_COPY(&args[1], message);
	ZVAL_NULL(&images);
	ZVAL_NEW_REF(&args[2], &images);
	smtp_call_function("preg_match_all", &ret, 3, args);
	ZVAL_COPY(&images, Z_REFVAL(args[2]));
	zval_ptr_dtor(&ret);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&args[2]);
	if (Z_TYPE(images) == IS_ARRAY && (urls = zend_hash_index_find(Z_ARRVAL(images), 2))) {
		zval *wholes = zend_hash_index_find(Z_ARRVAL(images), 0), *attrs = zend_hash_index_find(Z_ARRVAL(images), 1);

		if (ZSTR_LEN(basedir) > 1 && ZSTR_VAL(basedir)[ZSTR_LEN(basedir) - 1] != '/') {
			zend_string *slashed = zend_string_concat2(ZSTR_VAL(basedir), ZSTR_LEN(basedir), "/", 1);

			zend_string_release(basedir);
			basedir = slashed;
		}
		ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(urls), index, url) {
			zend_string *whole = Z_STR_P(zend_hash_index_find(Z_ARRVAL_P(wholes), index));
			zend_string *attr = Z_STR_P(zend_hash_index_find(Z_ARRVAL_P(attrs), index));
			zend_string *changed = v5 ? embed_data_url5(obj, message, Z_STR_P(url), whole, attr, index)
				: embed_data_url(obj, message, Z_STR_P(url), whole, attr, index, domain);

			if (EG(exception)) {
				if (changed) {
					zend_string_release(changed);
				}
				break;
			}
			if (changed) {
				zend_string_release(message);
				message = changed;
				continue;
			}
			/* !empty($basedir) */
			if (ZSTR_LEN(basedir) && !zend_string_equals_literal(basedir, "0") && embeddable_path(Z_STR_P(url))) {
				changed = embed_file(obj, message, Z_STR_P(url), attr, basedir, domain);
				zend_string_release(message);
				message = changed;
				if (EG(exception)) {
					break;
				}
			}
		} ZEND_HASH_FOREACH_END();
	}
	zval_ptr_dtor(&images);
	zend_string_release(basedir);
	zend_string_release(domain);
	if (EG(exception)) {
		zend_string_release(message);
		RETURN_THROWS();
	}
	SMTP_CALL(obj, "ishtml", NULL, 0, NULL);
	{
		mime_le le = v5 ? MIME_LE_CRLF : mailer_le(obj);
		zend_string *body = v5 ? mailer_normalize_breaks(message, le) : mailer_call_normalize_breaks(obj, message);

		MPROP_SET_ZSTR(obj, Body, body);
		zend_string_release(body);
		text = call_html2text(obj, message, advanced);
		if (EG(exception)) {
			zend_string_release(text);
			zend_string_release(message);
			RETURN_THROWS();
		}
		body = v5 ? mailer_normalize_breaks(text, le) : mailer_call_normalize_breaks(obj, text);
		MPROP_SET_ZSTR(obj, AltBody, body);
		zend_string_release(body);
		zend_string_release(text);
		if (!mailer_alternative_exists(obj)) {
			zend_string *fallback = v5 ? ZSTR_INIT_LITERAL(
				"To view this email message, open it in a program that understands HTML!\r\n\r\n", 0)
				: zend_strpprintf(0,
				"This is an HTML-only message. To view it, activate HTML in your email application.%.*s",
				(int)le.len, le.s);

			MPROP_SET_ZSTR(obj, AltBody, fallback);
			zend_string_release(fallback);
		}
	}
	zend_string_release(message);
	RETURN_COPY(MPROP(obj, Body));
}
