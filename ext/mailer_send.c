/*
 * mailer_send.c - send(), preSend() and postSend(): checking and building
 * the message, then handing it to the transport; and the action_function
 * callback.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/php_array.h"
#include "ext/standard/php_string.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"

#include "mailer.h"
#include "mailer5.h"
#include "mailer_stream.h"
#include "mailer_sign.h"
#include "smtp_errors.h"

/* {{{ try / catch (Exception $exc) */

/*
 * The catch blocks of send() and preSend(): a pending PHPMailer exception
 * becomes ErrorInfo and is rethrown only in exception mode. Any other
 * exception propagates untouched.
 */
static void catch_exception(zend_object *obj, bool debug, void (*cleanup)(zend_object *obj))
{
	zend_object *ex = smtp_catch();
	zend_string *msg;

	if (!ex) {
		return;
	}
	msg = smtp_exception_message(ex);
	mailer_set_error(obj, msg);
	if (debug) {
		mailer_debug(obj, msg);
	}
	zend_string_release(msg);
	if (cleanup) {
		cleanup(obj);
	}
	if (!EG(exception) && mailer_exceptions(obj)) {
		zval zex;

		ZVAL_OBJ(&zex, ex);
		zend_throw_exception_object(&zex);
		return;
	}
	OBJ_RELEASE(ex);
}

/* A failed SMTP transaction leaves a kept-alive connection reset for the next message. */
static void keep_alive_reset(zend_object *obj)
{
	zval *mailer = MPROP(obj, Mailer), *smtp = MPROP(obj, smtp), connected;

	if (Z_TYPE_P(mailer) != IS_STRING || !zend_string_equals_literal(Z_STR_P(mailer), "smtp")
		|| !zend_is_true(MPROP(obj, SMTPKeepAlive)) || Z_TYPE_P(smtp) != IS_OBJECT) {
		return;
	}
	ZVAL_UNDEF(&connected);
	zend_call_method(Z_OBJ_P(smtp), Z_OBJCE_P(smtp), NULL, "connected", sizeof("connected") - 1, &connected, 0,
		NULL, NULL);
	if (!EG(exception) && zend_is_true(&connected)) {
		zend_call_method(Z_OBJ_P(smtp), Z_OBJCE_P(smtp), NULL, "reset", sizeof("reset") - 1, NULL, 0, NULL, NULL);
	}
	zval_ptr_dtor(&connected);
}

static void throw_lang(zend_object *obj, const char *key, zend_long code)
{
	zend_string *msg = mailer_lang(obj, key);

	smtp_throw(msg, code);
	zend_string_release(msg);
}

/* }}} */

/* {{{ preSend() */

static size_t count_of(zval *zv)
{
	return Z_TYPE_P(zv) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(zv)) : 0;
}

/* Recipients and Reply-Tos with IDN domains, queued until now, go in, punycoded unless SMTPUTF8 is used. */
static void dequeue_addresses(zend_object *obj)
{
	zval queued, *params;
	bool utf8 = zend_is_true(MPROP(obj, UseSMTPUTF8));

	/* array_merge() of the two queues, taken before adding changes them. */
	array_init(&queued);
	if (Z_TYPE_P(MPROP(obj, RecipientsQueue)) == IS_ARRAY) {
		php_array_merge(Z_ARRVAL(queued), Z_ARRVAL_P(MPROP(obj, RecipientsQueue)));
	}
	if (Z_TYPE_P(MPROP(obj, ReplyToQueue)) == IS_ARRAY) {
		php_array_merge(Z_ARRVAL(queued), Z_ARRVAL_P(MPROP(obj, ReplyToQueue)));
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(queued), params) {
		zval copy, *address;

		if (Z_TYPE_P(params) != IS_ARRAY) {
			continue;
		}
		ZVAL_ARR(&copy, zend_array_dup(Z_ARRVAL_P(params)));
		if (!utf8 && (address = zend_hash_index_find(Z_ARRVAL(copy), 1))) {
			zend_string *a = zval_get_string(address);
			zval puny;

			ZVAL_STR(&puny, mailer_punyencode(obj, a));
			zend_hash_index_update(Z_ARRVAL(copy), 1, &puny);
			zend_string_release(a);
		}
		mailer_add_an_address(obj, &copy);
		zval_ptr_dtor(&copy);
		if (EG(exception)) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&queued);
}

/* UseSMTPUTF8 is needed when CharSet is UTF-8 and some address has a Unicode local part. */
static void detect_smtputf8(zend_object *obj)
{
	zval *cs = MPROP(obj, CharSet), keys;
	bool needed;

	if (Z_TYPE_P(cs) != IS_STRING || !mime_charset_is_utf8_literal(Z_STRVAL_P(cs), Z_STRLEN_P(cs))) {
		return;
	}
	array_init(&keys);
	if (Z_TYPE_P(MPROP(obj, all_recipients)) == IS_ARRAY) {
		zend_string *key;
		zend_ulong index;

		ZEND_HASH_FOREACH_KEY(Z_ARRVAL_P(MPROP(obj, all_recipients)), index, key) {
			if (key) {
				add_next_index_str(&keys, zend_string_copy(key));
			} else {
				add_next_index_long(&keys, (zend_long)index);
			}
		} ZEND_HASH_FOREACH_END();
	}
	needed = mailer_any_unicode_local_part(MPROP(obj, RecipientsQueue))
		|| mailer_any_unicode_local_part(&keys)
		|| mailer_any_unicode_local_part(MPROP(obj, ReplyToQueue));
	zval_ptr_dtor(&keys);
	if (!needed) {
		zend_string *from = zval_get_string(MPROP(obj, From));

		needed = mailer_has_unicode_local_part(from);
		zend_string_release(from);
	}
	if (needed) {
		MPROP_SET_BOOL(obj, UseSMTPUTF8, true);
	}
}

/* From, Sender and ConfirmReadingTo: trimmed, punycoded, valid. */
static bool check_sender_addresses(zend_object *obj)
{
	static const struct {
		const char *name;
		mailer_prop prop;
	} kinds[] = {{"From", MP_From}, {"Sender", MP_Sender}, {"ConfirmReadingTo", MP_ConfirmReadingTo}};
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		uint32_t offset = smtp_mailer_prop_offsets[kinds[i].prop];
		zval *value = smtp_prop_get(obj, offset);
		zend_string *raw, *trimmed, *puny;

		if (Z_TYPE_P(value) == IS_NULL) {
			smtp_prop_set_str(obj, offset, "", 0);
			continue;
		}
		raw = zval_get_string(value);
		trimmed = php_trim(raw, NULL, 0, 3);
		zend_string_release(raw);
		smtp_prop_set_zstr(obj, offset, trimmed);
		if (ZSTR_LEN(trimmed) == 0 || zend_string_equals_literal(trimmed, "0")) {
			zend_string_release(trimmed);
			continue;
		}
		puny = mailer_punyencode(obj, trimmed);
		zend_string_release(trimmed);
		smtp_prop_set_zstr(obj, offset, puny);
		if (!mailer_validate_address(obj->ce, puny, NULL) && !EG(exception)) {
			zend_string *label = mailer_lang(obj, "invalid_address");
			char middle[64];
			zend_string *msg;

			if (mailer_is_v5(obj)) {
				snprintf(middle, sizeof(middle), " (punyEncode) ");
			} else {
				snprintf(middle, sizeof(middle), " (%s): ", kinds[i].name);
			}
			msg = mailer_invalid_address_message(label, middle, puny);

			mailer_fail(obj, msg, STOP_MESSAGE);
			zend_string_release(msg);
			zend_string_release(label);
			zend_string_release(puny);
			return false;
		}
		zend_string_release(puny);
	}
	return !EG(exception);
}

/* static::setLE($le), through an override if there is one. */
static void set_le(zend_object *obj, const char *le)
{
	zval arg;

	if (!SMTP_CE_OVERRIDES(obj->ce, "setle")) {
		mailer_set_le(obj->ce, le);
		return;
	}
	ZVAL_STRING(&arg, le);
	SMTP_CALL_STATIC(obj->ce, "setle", NULL, 1, &arg);
	zval_ptr_dtor(&arg);
}

static bool pre_send_impl(zend_object *obj)
{
	zval *mailer = MPROP(obj, Mailer);
	zend_string *body, *header, *temp, *subject, *joined;
	/* 5.2 keeps its own $LE whatever the transport, knows no SMTPUTF8 and leaves Subject as it is. */
	bool v5 = mailer_is_v5(obj);

	/* SMTP and PHP 8's mail() want CRLF; sendmail gets the system's line ending. */
	if (v5) {
		/* $this->LE stays. */
	} else if (Z_TYPE_P(mailer) == IS_STRING && (zend_string_equals_literal(Z_STR_P(mailer), "smtp")
			|| zend_string_equals_literal(Z_STR_P(mailer), "mail"))) {
		set_le(obj, "\r\n");
	} else {
		set_le(obj, PHP_EOL);
	}
	MPROP_SET_LONG(obj, error_count, 0);
	MPROP_SET_LITERAL(obj, mailHeader, "");
	if (!v5) {
		detect_smtputf8(obj);
	}
	dequeue_addresses(obj);
	if (EG(exception)) {
		goto caught;
	}
	if (count_of(MPROP(obj, to)) + count_of(MPROP(obj, cc)) + count_of(MPROP(obj, bcc)) < 1) {
		throw_lang(obj, "provide_address", STOP_CRITICAL);
		goto caught;
	}
	if (!check_sender_addresses(obj)) {
		if (EG(exception)) {
			goto caught;
		}
		return false;
	}
	if (mailer_alternative_exists(obj)) {
		MPROP_SET_LITERAL(obj, ContentType, "multipart/alternative");
	}
	mailer_set_message_type(obj);
	if (!zend_is_true(MPROP(obj, AllowEmpty)) && !zend_is_true(MPROP(obj, Body))) {
		throw_lang(obj, "empty_message", STOP_CRITICAL);
		goto caught;
	}
	if (!v5) {
		zval trimmed;

		subject = zval_get_string(MPROP(obj, Subject));
		ZVAL_STR(&trimmed, php_trim(subject, NULL, 0, 3));
		MPROP_SET(obj, Subject, &trimmed);
		zend_string_release(subject);
	}
	MPROP_SET_LITERAL(obj, MIMEHeader, "");
	{
		mailer_streamed *streamed;

		body = mailer_create_body_streamed(obj, &streamed);
		if (EG(exception)) {
			zend_string_release(body);
			goto caught;
		}
		if (streamed) {
			/* Attachments from files: $MIMEBody is rendered only if something asks for it (mailer_stream.h). */
			mailer_stream_set_body(obj, streamed);
		} else {
			MPROP_SET_ZSTR(obj, MIMEBody, body);
		}
		zend_string_release(body);
	}
	temp = zval_get_string(MPROP(obj, MIMEHeader));
	header = mailer_create_header(obj);
	if (EG(exception)) {
		zend_string_release(header);
		zend_string_release(temp);
		goto caught;
	}
	joined = zend_string_concat2(ZSTR_VAL(header), ZSTR_LEN(header), ZSTR_VAL(temp), ZSTR_LEN(temp));
	MPROP_SET_ZSTR(obj, MIMEHeader, joined);
	zend_string_release(joined);
	zend_string_release(header);
	zend_string_release(temp);
	if (mailer_is_mail_transport(obj)) {
		smart_str mail_header = {0};
		zend_string *le = mailer_le_str(obj), *secured, *encoded;

		if (count_of(MPROP(obj, to)) > 0) {
			zval args[2], ret;

			ZVAL_STRING(&args[0], "To");
			ZVAL_COPY(&args[1], MPROP(obj, to));
			SMTP_CALL(obj, "addrappend", &ret, 2, args);
			if (Z_TYPE(ret) == IS_STRING) {
				smart_str_append(&mail_header, Z_STR(ret));
			}
			zval_ptr_dtor(&ret);
			zval_ptr_dtor(&args[0]);
			zval_ptr_dtor(&args[1]);
		} else {
			smart_str_appends(&mail_header, "To: undisclosed-recipients:;");
			smart_str_append(&mail_header, le);
		}
		subject = zval_get_string(MPROP(obj, Subject));
		/* secureHeader() trims: the same as 5.2's secureHeader(trim($this->Subject)). */
		secured = mailer_secure_header(subject);
		encoded = mailer_encode_header(obj, secured, MIME_POS_TEXT);
		smart_str_appends(&mail_header, "Subject: ");
		smart_str_append(&mail_header, encoded);
		smart_str_append(&mail_header, le);
		smart_str_0(&mail_header);
		MPROP_SET_ZSTR(obj, mailHeader, mail_header.s);
		smart_str_free(&mail_header);
		zend_string_release(encoded);
		zend_string_release(secured);
		zend_string_release(subject);
		zend_string_release(le);
	}
	/* Sign with DKIM when it is set up (mailer_dkim.c). */
	if (!EG(exception)) {
		mailer_dkim_sign_message(obj);
	}
	if (EG(exception)) {
		goto caught;
	}
	return true;

caught:
	catch_exception(obj, false, NULL);
	return false;
}

PHP_METHOD(Smtp_Engine_MailerBase, preSend)
{
	bool ok;

	ZEND_PARSE_PARAMETERS_NONE();
	ok = pre_send_impl(THIS_OBJ);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(ok);
}

/* }}} */

/* {{{ postSend() */

/* The transport's method for Mailer: sendmailSend, smtpSend, mailSend, or "<Mailer>Send" when it exists. */
static zend_string *transport_method(zend_object *obj)
{
	zval *mailer = MPROP(obj, Mailer);
	zend_string *name, *lower;

	if (Z_TYPE_P(mailer) == IS_STRING) {
		if (zend_string_equals_literal(Z_STR_P(mailer), "sendmail")
			|| zend_string_equals_literal(Z_STR_P(mailer), "qmail")) {
			return ZSTR_INIT_LITERAL("sendmailsend", 0);
		}
		if (zend_string_equals_literal(Z_STR_P(mailer), "smtp")) {
			return ZSTR_INIT_LITERAL("smtpsend", 0);
		}
		if (zend_string_equals_literal(Z_STR_P(mailer), "mail")) {
			return ZSTR_INIT_LITERAL("mailsend", 0);
		}
	}
	/* 7.x only looks for "<Mailer>Send" when Mailer is not empty(); 6.x would find send() for ''. */
	if (mailer_is_v7(obj->ce) && !zend_is_true(mailer)) {
		return ZSTR_INIT_LITERAL("mailsend", 0);
	}
	name = zval_get_string(mailer);
	lower = zend_string_tolower(name);
	zend_string_release(name);
	name = zend_string_concat2(ZSTR_VAL(lower), ZSTR_LEN(lower), "send", 4);
	zend_string_release(lower);
	if (zend_hash_exists(&obj->ce->function_table, name)) {
		return name;
	}
	zend_string_release(name);
	return ZSTR_INIT_LITERAL("mailsend", 0);
}

/*
 * postSend(): what the transport's method returned, as it returned it (a
 * custom "<Mailer>Send" may return anything); false when it threw a
 * PHPMailer exception (then caught as PHPMailer catches it).
 */
static void post_send_impl(zend_object *obj, zval *return_value)
{
	zend_string *method = transport_method(obj);
	zend_function *fn = zend_hash_find_ptr(&obj->ce->function_table, method);
	zval args[2];

	if (fn->type == ZEND_INTERNAL_FUNCTION && zend_string_equals_literal(method, "smtpsend")) {
		/* The engine's smtpSend(): the body goes as it is held, streamed from its files if it is. */
		zend_string *header = zval_get_string(MPROP(obj, MIMEHeader));

		ZVAL_BOOL(return_value, mailer_smtp_send(obj, header));
		zend_string_release(header);
	} else {
		ZVAL_COPY(&args[0], MPROP(obj, MIMEHeader));
		ZVAL_COPY(&args[1], MPROP(obj, MIMEBody));
		ZVAL_UNDEF(return_value);
		zend_call_known_instance_method(fn, obj, return_value, 2, args);
		zval_ptr_dtor(&args[0]);
		zval_ptr_dtor(&args[1]);
	}
	zend_string_release(method);
	if (!EG(exception)) {
		if (Z_TYPE_P(return_value) == IS_UNDEF) {
			ZVAL_NULL(return_value);
		}
		return;
	}
	zval_ptr_dtor(return_value);
	ZVAL_FALSE(return_value);
	catch_exception(obj, true, keep_alive_reset);
}

PHP_METHOD(Smtp_Engine_MailerBase, postSend)
{
	ZEND_PARSE_PARAMETERS_NONE();
	post_send_impl(THIS_OBJ, return_value);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		RETURN_THROWS();
	}
}

/* }}} */

/* {{{ send() */

static bool call_bool(zend_object *obj, const char *lcname, size_t len)
{
	zval ret;
	bool ok;

	ZVAL_UNDEF(&ret);
	ok = smtp_call(obj, lcname, len, &ret, 0, NULL) && zend_is_true(&ret);
	zval_ptr_dtor(&ret);
	return ok;
}

PHP_METHOD(Smtp_Engine_MailerBase, send)
{
	zend_object *obj = THIS_OBJ;
	bool ok;

	ZEND_PARSE_PARAMETERS_NONE();

	ok = call_bool(obj, "presend", sizeof("presend") - 1);
	if (ok && !EG(exception)) {
		/* send() returns postSend()'s value as it is. */
		ZVAL_UNDEF(return_value);
		if (smtp_call(obj, "postsend", sizeof("postsend") - 1, return_value, 0, NULL)) {
			return;
		}
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
	}
	if (EG(exception)) {
		if (smtp_catch_peek()) {
			MPROP_SET_LITERAL(obj, mailHeader, "");
			catch_exception(obj, false, NULL);
		}
		if (EG(exception)) {
			RETURN_THROWS();
		}
		RETURN_FALSE;
	}
	RETURN_BOOL(ok);
}

/* }}} */

/* {{{ callbacks */

void mailer_do_callback(zend_object *obj, bool sent, zval *to, zval *cc, zval *bcc, zval *body, zval *extra)
{
	zval args[8];
	int i;

	/* doCallback() without a callable does nothing: then it need not be called. */
	if (!SMTP_OVERRIDDEN(obj, "docallback") && !zend_is_true(MPROP(obj, action_function))) {
		return;
	}
	ZVAL_BOOL(&args[0], sent);
	ZVAL_COPY(&args[1], to);
	ZVAL_COPY(&args[2], cc);
	ZVAL_COPY(&args[3], bcc);
	ZVAL_COPY(&args[4], MPROP(obj, Subject));
	ZVAL_COPY(&args[5], body);
	ZVAL_COPY(&args[6], MPROP(obj, From));
	ZVAL_COPY(&args[7], extra);
	/* 5.2's doCallback() has no $extra. */
	SMTP_CALL(obj, "docallback", NULL, mailer_is_v5(obj) ? 7 : 8, args);
	for (i = 1; i < 8; i++) {
		zval_ptr_dtor(&args[i]);
	}
}

void mailer_call_action_function(zend_object *obj, uint32_t argc, zval *args)
{
	zval *fn = MPROP(obj, action_function);

	if (zend_is_true(fn) && zend_is_callable(fn, 0, NULL)) {
		zval ret;

		call_user_function(NULL, NULL, fn, &ret, argc, args);
		zval_ptr_dtor(&ret);
	}
}

PHP_METHOD(Smtp_Engine_MailerBase, doCallback)
{
	zval *args;
	uint32_t argc;

	ZEND_PARSE_PARAMETERS_START(8, 8)
		Z_PARAM_VARIADIC('+', args, argc)
	ZEND_PARSE_PARAMETERS_END();

	mailer_call_action_function(THIS_OBJ, argc, args);
}

void mailer_transport_method(INTERNAL_FUNCTION_PARAMETERS, mailer_transport send)
{
	zend_string *header, *body;
	bool ok;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(header)
		Z_PARAM_STR(body)
	ZEND_PARSE_PARAMETERS_END();

	ok = send(THIS_OBJ, header, body);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	RETURN_BOOL(ok);
}

/* }}} */
