/*
 * mailer_local.c - the local transports: PHP's mail() (mailSend) and a
 * sendmail or qmail binary fed through a pipe (sendmailSend), with
 * PHPMailer's command lines and envelope-sender rules.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/exec.h"
#include "ext/standard/php_string.h"
#include "zend_attributes.h"

#include "mailer.h"
#include "smtp_errors.h"

static void debugf(zend_object *obj, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

static void debugf(zend_object *obj, const char *fmt, ...)
{
	va_list ap;
	zend_string *msg;

	va_start(ap, fmt);
	msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	mailer_debug(obj, msg);
	zend_string_release(msg);
}

/*
 * PHPMailer calls mail(), popen(), escapeshellcmd() and ini_set() as PHP
 * functions; a host that lists one in disable_functions makes that call
 * throw PHP's Error, unqualified names being looked up in PHPMailer's
 * namespace first. The engine fails the same way at the same point, and in
 * particular never runs a program through a popen() the host disabled.
 */
static bool require_function(const char *name)
{
	if (zend_hash_str_exists(EG(function_table), name, strlen(name))) {
		return true;
	}
	if (!EG(exception)) {
		zend_throw_error(NULL, "Call to undefined function PHPMailer\\PHPMailer\\%s()", name);
	}
	return false;
}

/* The envelope sender falls back on the sendmail_from ini setting. */
static void default_sender(zend_object *obj)
{
	char *ini = INI_STR("sendmail_from");

	if (!zend_is_true(MPROP(obj, Sender)) && ini && *ini && !(ini[0] == '0' && !ini[1])) {
		MPROP_SET_STR(obj, Sender, ini, strlen(ini));
	}
}

/* header with its trailing white space replaced by two line endings. */
static zend_string *header_block(zend_object *obj, zend_string *header)
{
	zend_string *stripped = mailer_strip_trailing_wsp(header), *le = mailer_le_str(obj), *block;

	block = zend_string_concat3(ZSTR_VAL(stripped), ZSTR_LEN(stripped), ZSTR_VAL(le), ZSTR_LEN(le),
		ZSTR_VAL(le), ZSTR_LEN(le));
	zend_string_release(le);
	zend_string_release(stripped);
	return block;
}

/* {{{ mail() */

/* mailPassthru(): one call of mail(), silenced as PHPMailer silences it. */
static bool mail_passthru(zend_object *obj, zend_string *to, zend_string *body, zend_string *header, zend_string *params)
{
	zend_string *subject = zval_get_string(MPROP(obj, Subject)), *secured = mailer_secure_header(subject);
	zend_string *encoded = (zend_long)INI_INT("mbstring.func_overload") & 1
		? zend_string_copy(secured) : mailer_encode_header(obj, secured, MIME_POS_TEXT);
	zend_string *sender = zval_get_string(MPROP(obj, Sender));
	char *path = INI_STR("sendmail_path");
	zval args[5], ret;
	int reporting = EG(error_reporting), silenced;
	bool result;

	debugf(obj, "Sending with mail()");
	debugf(obj, "Sendmail path: %s", path ? path : "");
	debugf(obj, "Envelope sender: %s", ZSTR_VAL(sender));
	debugf(obj, "To: %s", ZSTR_VAL(to));
	debugf(obj, "Subject: %s", ZSTR_VAL(encoded));
	debugf(obj, "Headers: %s", ZSTR_VAL(header));
	ZVAL_STR_COPY(&args[0], to);
	ZVAL_STR_COPY(&args[1], encoded);
	ZVAL_STR_COPY(&args[2], body);
	ZVAL_STR_COPY(&args[3], header);
	/* @mail(): PHP 8's @ keeps the fatal errors reported. */
	silenced = reporting & E_FATAL_ERRORS;
	ZVAL_UNDEF(&ret);
	if (!zend_is_true(MPROP(obj, UseSendmailOptions)) || !params) {
		if (require_function("mail")) {
			EG(error_reporting) = silenced;
			smtp_call_function("mail", &ret, 4, args);
		}
	} else {
		debugf(obj, "Additional params: %s", ZSTR_VAL(params));
		if (require_function("mail")) {
			EG(error_reporting) = silenced;
			ZVAL_STR_COPY(&args[4], params);
			smtp_call_function("mail", &ret, 5, args);
			zval_ptr_dtor(&args[4]);
		}
	}
	EG(error_reporting) = reporting;
	result = Z_TYPE(ret) != IS_UNDEF && zend_is_true(&ret);
	zval_ptr_dtor(&ret);
	if (!EG(exception)) {
		debugf(obj, "Result: %s", result ? "true" : "false");
	}
	for (int i = 0; i < 4; i++) {
		zval_ptr_dtor(&args[i]);
	}
	zend_string_release(sender);
	zend_string_release(encoded);
	zend_string_release(secured);
	zend_string_release(subject);
	return result;
}

/* static::parseAddresses($address, $useimap, CharSet) of one formatted recipient. */
static void parse_recipient(zend_object *obj, zend_string *formatted, zval *useimap, zval *parsed)
{
	zval args[3];

	ZVAL_STR_COPY(&args[0], formatted);
	ZVAL_COPY_VALUE(&args[1], useimap);
	ZVAL_COPY(&args[2], MPROP(obj, CharSet));
	ZVAL_UNDEF(parsed);
	SMTP_CALL_STATIC(obj->ce, "parseaddresses", parsed, 3, args);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[2]);
}

/* [[address, name]] of one parseAddresses() entry (null for what it lacks). */
static void recipient_list(zval *entry, zval *out)
{
	zval pair, *a = NULL, *n = NULL;

	if (entry && Z_TYPE_P(entry) == IS_ARRAY) {
		a = zend_hash_str_find(Z_ARRVAL_P(entry), "address", 7);
		n = zend_hash_str_find(Z_ARRVAL_P(entry), "name", 4);
	}
	array_init_size(&pair, 2);
	if (a) {
		Z_TRY_ADDREF_P(a);
		add_next_index_zval(&pair, a);
	} else {
		add_next_index_null(&pair);
	}
	if (n) {
		Z_TRY_ADDREF_P(n);
		add_next_index_zval(&pair, n);
	} else {
		add_next_index_null(&pair);
	}
	array_init(out);
	add_next_index_zval(out, &pair);
}

/*
 * The action_function call(s) for one SingleTo recipient of mail() or
 * sendmail: 6.x parses it with parseAddresses($addr, true) and calls back
 * once; 7.x parses it with parseAddresses($addr, null) (the simple parser
 * and its notice, without ext-imap) and calls back once per address found.
 */
static void single_callbacks(zend_object *obj, bool sent, zend_string *formatted, zval *body, zval *extra)
{
	zval parsed, useimap, one, *entry;

	if (!mailer_is_v7(obj->ce)) {
		ZVAL_TRUE(&useimap);
		parse_recipient(obj, formatted, &useimap, &parsed);
		recipient_list(Z_TYPE(parsed) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL(parsed), 0) : NULL, &one);
		mailer_do_callback(obj, sent, &one, MPROP(obj, cc), MPROP(obj, bcc), body, extra);
		zval_ptr_dtor(&one);
		zval_ptr_dtor(&parsed);
		return;
	}
	ZVAL_NULL(&useimap);
	parse_recipient(obj, formatted, &useimap, &parsed);
	if (Z_TYPE(parsed) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(parsed), entry) {
			if (EG(exception)) {
				break;
			}
			recipient_list(entry, &one);
			mailer_do_callback(obj, sent, &one, MPROP(obj, cc), MPROP(obj, bcc), body, extra);
			zval_ptr_dtor(&one);
		} ZEND_HASH_FOREACH_END();
	}
	zval_ptr_dtor(&parsed);
}

static bool mail_send_impl(zend_object *obj, zend_string *header, zend_string *body)
{
	zend_string *block = header_block(obj, header), *params = NULL, *sender, *to;
	char *old_from = NULL;
	smart_str joined = {0};
	zval *pair, extra, zbody;
	zval to_list;
	bool result = false, single;

	array_init(&to_list);
	if (Z_TYPE_P(MPROP(obj, to)) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(MPROP(obj, to)), pair) {
			zend_string *formatted = mailer_addr_format(obj, pair);

			if (zend_hash_num_elements(Z_ARRVAL(to_list))) {
				smart_str_appendl(&joined, ", ", 2);
			}
			smart_str_append(&joined, formatted);
			add_next_index_str(&to_list, formatted);
		} ZEND_HASH_FOREACH_END();
	}
	smart_str_0(&joined);
	to = php_trim(joined.s ? joined.s : ZSTR_EMPTY_ALLOC(), NULL, 0, 3);
	smart_str_free(&joined);
	if (ZSTR_LEN(to) == 0) {
		zend_string_release(to);
		to = ZSTR_INIT_LITERAL("undisclosed-recipients:;", 0);
	}
	default_sender(obj);
	sender = zval_get_string(MPROP(obj, Sender));
	if (zend_is_true(MPROP(obj, Sender)) && mailer_validate_address(obj->ce, sender, NULL)) {
		char *ini = INI_STR("sendmail_from");
		zend_string *key = ZSTR_INIT_LITERAL("sendmail_from", 0);

		/* 7.x leaves -f to a sendmail_path that has one. */
		char *path = INI_STR("sendmail_path");

		if (mailer_is_shell_safe(sender)
			&& !(mailer_is_v7(obj->ce) && path && php_memnstr(path, " -f", 3, path + strlen(path)))) {
			params = zend_strpprintf(0, "-f%s", ZSTR_VAL(sender));
		}
		if (require_function("ini_set")) {
			old_from = estrdup(ini ? ini : "");
			zend_alter_ini_entry_chars(key, ZSTR_VAL(sender), ZSTR_LEN(sender), PHP_INI_USER,
				PHP_INI_STAGE_RUNTIME);
		}
		zend_string_release(key);
	}
	array_init(&extra);
	ZVAL_STR_COPY(&zbody, body);
	single = zend_is_true(MPROP(obj, SingleTo)) && zend_hash_num_elements(Z_ARRVAL(to_list)) > 1;
	if (EG(exception)) {
		/* ini_set() is disabled: nothing was sent. */
	} else if (single) {
		zval *formatted;

		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(to_list), formatted) {
			result = mail_passthru(obj, Z_STR_P(formatted), body, block, params);
			if (EG(exception)) {
				break;
			}
			single_callbacks(obj, result, Z_STR_P(formatted), &zbody, &extra);
		} ZEND_HASH_FOREACH_END();
	} else {
		result = mail_passthru(obj, to, body, block, params);
		if (!EG(exception)) {
			mailer_do_callback(obj, result, MPROP(obj, to), MPROP(obj, cc), MPROP(obj, bcc), &zbody, &extra);
		}
	}
	if (old_from) {
		/* PHPMailer's ini_set() back is not reached when mail() threw (a disabled mail()). */
		if (!EG(exception)) {
			zend_string *key = ZSTR_INIT_LITERAL("sendmail_from", 0);

			zend_alter_ini_entry_chars(key, old_from, strlen(old_from), PHP_INI_USER, PHP_INI_STAGE_RUNTIME);
			zend_string_release(key);
		}
		efree(old_from);
	}
	zval_ptr_dtor(&zbody);
	zval_ptr_dtor(&extra);
	zval_ptr_dtor(&to_list);
	if (params) {
		zend_string_release(params);
	}
	zend_string_release(sender);
	zend_string_release(to);
	zend_string_release(block);
	if (!result && !EG(exception)) {
		zend_string *msg = mailer_lang(obj, "instantiate");

		smtp_throw(msg, STOP_CRITICAL);
		zend_string_release(msg);
	}
	return result && !EG(exception);
}

PHP_METHOD(Smtp_Engine_MailerBase, mailSend)
{
	mailer_transport_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, mail_send_impl);
}

/* }}} */

/* {{{ sendmail and qmail */

/*
 * Writes the parts to a pipe opened by VCWD_POPEN() and closes it, as
 * PHPMailer's fwrite()s and pclose(): returns what PHP's pclose() returns,
 * the exit code, or the raw wait status of a program killed by a signal.
 */
static int pipe_finish(FILE *p, zend_string *first, zend_string *second, zend_string *third)
{
	int status;

	if (first) {
		fwrite(ZSTR_VAL(first), 1, ZSTR_LEN(first), p);
	}
	fwrite(ZSTR_VAL(second), 1, ZSTR_LEN(second), p);
	fwrite(ZSTR_VAL(third), 1, ZSTR_LEN(third), p);
	status = pclose(p);
	return status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : status;
}

static bool execute_failed(zend_object *obj)
{
	zend_string *path = zval_get_string(MPROP(obj, Sendmail));
	zend_string *msg = mailer_lang_concat(obj, "execute", ZSTR_VAL(path), ZSTR_LEN(path));

	smtp_throw(msg, STOP_CRITICAL);
	zend_string_release(msg);
	zend_string_release(path);
	return false;
}

/*
 * The command line, from the binary escaped by escapeshellcmd(): 6.x
 * "<Sendmail> -oi -f<Sender> -t" (qmail-inject: "-f<Sender>" only), without
 * -f when Sender is not valid and shell-safe; 7.x "<Sendmail> -f<Sender> -i -t"
 * (qmail: no -i -t), trimmed. NULL when escapeshellcmd() is disabled.
 */
static zend_string *sendmail_command(zend_object *obj, bool qmail, zend_string *sender)
{
	zend_string *path = zval_get_string(MPROP(obj, Sendmail)), *escaped, *command;
	bool with_sender = zend_is_true(MPROP(obj, Sender)) && mailer_validate_address(obj->ce, sender, NULL)
		&& !EG(exception) && mailer_is_shell_safe(sender);
	smart_str line = {0};

	if (EG(exception) || !require_function("escapeshellcmd")) {
		zend_string_release(path);
		return NULL;
	}
	escaped = mailer_escape_shell_cmd(path);
	zend_string_release(path);
	if (!mailer_is_v7(obj->ce)) {
		if (with_sender) {
			command = qmail ? zend_strpprintf(0, "%s -f%s", ZSTR_VAL(escaped), ZSTR_VAL(sender))
				: zend_strpprintf(0, "%s -oi -f%s -t", ZSTR_VAL(escaped), ZSTR_VAL(sender));
		} else {
			command = zend_strpprintf(0, "%s -oi -t", ZSTR_VAL(escaped));
		}
		zend_string_release(escaped);
		return command;
	}
	smart_str_append(&line, escaped);
	zend_string_release(escaped);
	if (with_sender) {
		smart_str_appends(&line, " -f");
		smart_str_append(&line, sender);
	}
	if (!qmail) {
		smart_str_appends(&line, " -i -t");
	}
	smart_str_0(&line);
	command = line.s ? php_trim(line.s, NULL, 0, 3) : ZSTR_EMPTY_ALLOC();
	smart_str_free(&line);
	return command;
}

static bool sendmail_send_impl(zend_object *obj, zend_string *header, zend_string *body)
{
	zval *mailer = MPROP(obj, Mailer);
	bool qmail = Z_TYPE_P(mailer) == IS_STRING && zend_string_equals_literal(Z_STR_P(mailer), "qmail");
	zend_string *block, *sender, *path, *command;
	zval zbody, extra;
	bool ok = true;
	FILE *p;
	int status;

	debugf(obj, qmail ? "Sending with qmail" : "Sending with sendmail");
	block = header_block(obj, header);
	default_sender(obj);
	sender = zval_get_string(MPROP(obj, Sender));
	command = sendmail_command(obj, qmail, sender);
	if (!command) {
		zend_string_release(sender);
		zend_string_release(block);
		return false;
	}
	path = zval_get_string(MPROP(obj, Sendmail));
	debugf(obj, "Sendmail path: %s", ZSTR_VAL(path));
	debugf(obj, "Sendmail command: %s", ZSTR_VAL(command));
	debugf(obj, "Envelope sender: %s", ZSTR_VAL(sender));
	debugf(obj, "Headers: %s", ZSTR_VAL(block));
	ZVAL_STR_COPY(&zbody, body);
	array_init(&extra);
	if (zend_is_true(MPROP(obj, SingleTo))) {
		zval *to, *list = MPROP(obj, SingleToArray);
		HashTable *single = Z_TYPE_P(list) == IS_ARRAY ? Z_ARRVAL_P(list) : (HashTable *)&zend_empty_array;

		ZEND_HASH_FOREACH_VAL(single, to) {
			zend_string *addr, *line;

			if (!require_function("popen")) {
				ok = false;
				break;
			}
			addr = zval_get_string(to);
			line = zend_strpprintf(0, "To: %s\n", ZSTR_VAL(addr));
			if (!(p = VCWD_POPEN(ZSTR_VAL(command), "w"))) {
				zend_string_release(line);
				zend_string_release(addr);
				ok = execute_failed(obj);
				break;
			}
			debugf(obj, "To: %s", ZSTR_VAL(addr));
			status = pipe_finish(p, line, block, body);
			single_callbacks(obj, status == 0, addr, &zbody, &extra);
			zend_string_release(line);
			zend_string_release(addr);
			if (EG(exception)) {
				ok = false;
				break;
			}
			debugf(obj, "Result: %s", status == 0 ? "true" : "false");
			if (status != 0) {
				ok = execute_failed(obj);
				break;
			}
		} ZEND_HASH_FOREACH_END();
	} else if (!require_function("popen")) {
		ok = false;
	} else if (!(p = VCWD_POPEN(ZSTR_VAL(command), "w"))) {
		ok = execute_failed(obj);
	} else {
		status = pipe_finish(p, NULL, block, body);
		mailer_do_callback(obj, status == 0, MPROP(obj, to), MPROP(obj, cc), MPROP(obj, bcc), &zbody, &extra);
		if (!EG(exception)) {
			debugf(obj, "Result: %s", status == 0 ? "true" : "false");
			if (status != 0) {
				ok = execute_failed(obj);
			}
		}
	}
	zval_ptr_dtor(&extra);
	zval_ptr_dtor(&zbody);
	zend_string_release(command);
	zend_string_release(path);
	zend_string_release(sender);
	zend_string_release(block);
	return ok && !EG(exception);
}

PHP_METHOD(Smtp_Engine_MailerBase, sendmailSend)
{
	mailer_transport_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, sendmail_send_impl);
}

/* }}} */
