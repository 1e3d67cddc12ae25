/*
 * smtp_outbox_flush.c - smtp_outbox_flush(): delivers the durable outbox
 * (core/smtp_outbox.h) through an engine SMTP object, one connection for
 * the whole run.
 *
 * A file is removed only after the 250 to its end of data; a permanent
 * refusal (5xx) renames it to "<name>.failed" for the operator; anything
 * else leaves it for the next run. The steps show in the SMTP object's
 * debug output ("Outbox: claimed <name>", "Outbox: delivered <name>",
 * "Outbox: removed <name>") for the crash tests.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <dirent.h>

#include "php.h"
#include "zend_interfaces.h"

#include "class_smtp.h"
#include "core/smtp_outbox.h"
#include "php_smtp.h"
#include "smtp_props.h"

/* At most this many files per run: a bound, and a spool larger than it is flushed by the next run. */
#define FLUSH_MAX 100000

typedef struct flush_run {
	const char *dir;
	HashTable *config;
	zend_object *client;
	bool connected;
	zval delivered, deferred, failed;
} flush_run;

static zval *config_get(flush_run *run, const char *key)
{
	zval *v = zend_hash_str_find_deref(run->config, key, strlen(key));

	return v && Z_TYPE_P(v) != IS_NULL ? v : NULL;
}

static zend_string *config_str(flush_run *run, const char *key, const char *fallback)
{
	zval *v = config_get(run, key);

	return v ? zval_get_string(v) : fallback ? zend_string_init(fallback, strlen(fallback), 0) : NULL;
}

static void mark(flush_run *run, const char *what, const char *name)
{
	char line[512];
	int n = snprintf(line, sizeof(line), "Outbox: %s %s\n", what, name);

	smtp_client_debug(run->client, line, (size_t)MIN(n, (int)sizeof(line) - 1), 1);
}

/* The SMTP object's last reply code; 0 when there was no reply (PHPMailer files a connect errno there). */
static zend_long last_code(flush_run *run)
{
	zval *error = CPROP(run->client, error), *code;
	zend_long n = Z_TYPE_P(error) == IS_ARRAY && (code = zend_hash_str_find(Z_ARRVAL_P(error), "smtp_code", 9))
		? zval_get_long(code) : 0;

	return n >= 200 && n < 600 ? n : 0;
}

static zend_string *last_error(flush_run *run)
{
	zval *error = CPROP(run->client, error), *e, *d;
	zend_string *es, *ds, *out;

	if (Z_TYPE_P(error) != IS_ARRAY || !(e = zend_hash_str_find(Z_ARRVAL_P(error), "error", 5))) {
		return zend_string_init("unknown error", 13, 0);
	}
	es = zval_get_string(e);
	d = zend_hash_str_find(Z_ARRVAL_P(error), "detail", 6);
	ds = d ? zval_get_string(d) : ZSTR_EMPTY_ALLOC();
	out = ZSTR_LEN(ds) ? zend_strpprintf(0, "%s: %s", ZSTR_VAL(es), ZSTR_VAL(ds)) : zend_string_copy(es);
	zend_string_release(es);
	zend_string_release(ds);
	return out;
}

/* SMTP::connect(), which also reads the greeting. */
static bool connect_call(flush_run *run, zend_string *url, zend_long port, zval *timeout, zval *options)
{
	zend_function *fn = zend_hash_str_find_ptr(&run->client->ce->function_table, "connect", 7);
	zval args[4], ret;
	bool ok;

	ZVAL_STR(&args[0], url);
	ZVAL_LONG(&args[1], port);
	ZVAL_COPY_VALUE(&args[2], timeout);
	if (options) {
		ZVAL_COPY_VALUE(&args[3], options);
	} else {
		ZVAL_EMPTY_ARRAY(&args[3]);
	}
	ZVAL_UNDEF(&ret);
	zend_call_known_instance_method(fn, run->client, &ret, 4, args);
	ok = !EG(exception) && zend_is_true(&ret);
	zval_ptr_dtor(&ret);
	return ok;
}

static bool connect_client(flush_run *run)
{
	zend_string *host = config_str(run, "host", "127.0.0.1"), *secure = config_str(run, "secure", ""),
		*helo = config_str(run, "helo", "localhost"), *user = config_str(run, "username", NULL), *url;
	zval *port = config_get(run, "port"), *options = config_get(run, "options"), timeout, none;
	bool ok;

	ZVAL_LONG(&timeout, config_get(run, "timeout") ? zval_get_long(config_get(run, "timeout")) : 300);
	ZVAL_NULL(&none);
	url = zend_string_equals_literal(secure, "ssl") ? zend_strpprintf(0, "ssl://%s", ZSTR_VAL(host))
		: zend_string_copy(host);
	ok = connect_call(run, url, port ? zval_get_long(port) : 25, &timeout, options) && smtp_client_hello(run->client, helo);
	if (ok && zend_string_equals_literal(secure, "tls")) {
		ok = smtp_client_start_tls(run->client) && smtp_client_hello(run->client, helo);
	}
	if (ok && user && ZSTR_LEN(user)) {
		zend_string *password = config_str(run, "password", "");

		ok = smtp_client_authenticate(run->client, user, password, NULL, &none);
		zend_string_release(password);
	}
	if (!ok) {
		smtp_client_close(run->client);
	}
	zend_string_release(url);
	zend_string_release(host);
	zend_string_release(secure);
	zend_string_release(helo);
	if (user) {
		zend_string_release(user);
	}
	return ok && !EG(exception);
}

/* Keeps the recipients a 4xx deferred in a new file, written before the old one goes. */
static void respool(flush_run *run, const smtp_outbox_msg *msg, const bool *deferred)
{
	smtp_outbox_msg rest = *msg;
	smtp_error err;
	size_t i, n = 0;

	rest.rcpt = safe_emalloc(msg->rcpt_count, sizeof(char *), 0);
	rest.rcpt_len = safe_emalloc(msg->rcpt_count, sizeof(size_t), 0);
	for (i = 0; i < msg->rcpt_count; i++) {
		if (deferred[i]) {
			rest.rcpt[n] = msg->rcpt[i];
			rest.rcpt_len[n++] = msg->rcpt_len[i];
		}
	}
	rest.rcpt_count = n;
	if (smtp_outbox_write(run->dir, &rest, NULL, 0, NULL, NULL, &err) != SMTP_OK) {
		php_error_docref(NULL, E_WARNING, "Outbox: the deferred recipients were not kept: %s", err.message);
	}
	efree(rest.rcpt);
	efree(rest.rcpt_len);
}

/* A permanent refusal: out of the spool's way, kept for the operator. */
static void give_up(flush_run *run, const char *name, int fd, zend_string *reason)
{
	char from[4096], to[4200];

	snprintf(from, sizeof(from), "%s/%s", run->dir, name);
	snprintf(to, sizeof(to), "%s.failed", from);
	if (rename(from, to) != 0) {
		php_error_docref(NULL, E_WARNING, "Outbox: cannot rename %s: %s", from, strerror(errno));
	}
	smtp_outbox_release(fd);
	add_assoc_str(&run->failed, name, reason);
}

/* One claimed message: its transaction on the open connection. */
static void deliver(flush_run *run, const char *name, int fd, smtp_outbox_msg *msg)
{
	zend_string *from = zend_string_init(msg->sender, msg->sender_len, 0), *dsn = ZSTR_EMPTY_ALLOC();
	bool *deferred = ecalloc(msg->rcpt_count + 1, sizeof(bool)), any_deferred = false;
	size_t i, accepted = 0;
	zend_long code = 0;
	smtp_error err;

	if (!smtp_client_mail(run->client, from)) {
		code = last_code(run);
		goto refused;
	}
	for (i = 0; i < msg->rcpt_count; i++) {
		zend_string *to = zend_string_init(msg->rcpt[i], msg->rcpt_len[i], 0);

		if (smtp_client_recipient(run->client, to, dsn)) {
			accepted++;
		} else if ((code = last_code(run)) == 0 || code < 500) {
			deferred[i] = any_deferred = true;
			if (code == 0) {
				zend_string_release(to);
				goto refused;
			}
		}
		zend_string_release(to);
	}
	if (accepted == 0) {
		code = any_deferred ? 450 : 550;
		goto refused;
	}
	if (!smtp_client_data(run->client, msg->data, msg->data_len)) {
		code = last_code(run);
		goto refused;
	}
	mark(run, "delivered", name);
	if (any_deferred) {
		respool(run, msg, deferred);
	}
	if (smtp_outbox_remove(run->dir, name, fd, &err) != SMTP_OK) {
		php_error_docref(NULL, E_WARNING, "Outbox: delivered but not removed (it will be sent again): %s", err.message);
	}
	mark(run, "removed", name);
	add_next_index_string(&run->delivered, name);
	goto out;
refused:
	if (code == 0) {
		/* No reply: the connection is gone; the next message opens a new one. */
		smtp_client_close(run->client);
		run->connected = false;
	} else {
		smtp_client_reset(run->client);
	}
	if (code >= 500) {
		give_up(run, name, fd, last_error(run));
	} else {
		smtp_outbox_release(fd);
		add_assoc_str(&run->deferred, name, last_error(run));
	}
out:
	efree(deferred);
	zend_string_release(from);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The spooled messages' names, oldest first. */
static char **list_spool(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;

	while (d && n < FLUSH_MAX && (e = readdir(d))) {
		if (!smtp_outbox_is_message(e->d_name)) {
			continue;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			names = safe_erealloc(names, cap, sizeof(char *), 0);
		}
		names[n++] = estrdup(e->d_name);
	}
	if (d) {
		closedir(d);
	}
	if (n) {
		qsort(names, n, sizeof(char *), by_name);
	}
	*count = n;
	return names;
}

PHP_FUNCTION(smtp_outbox_flush)
{
	zend_string *dir;
	HashTable *config;
	flush_run run;
	zval client, *debug, *output;
	char **names;
	size_t count, i;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_PATH_STR(dir)
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();

	memset(&run, 0, sizeof(run));
	run.dir = ZSTR_VAL(dir);
	run.config = config;
	if (object_init_ex(&client, smtp_ce_client) != SUCCESS) {
		RETURN_THROWS();
	}
	run.client = Z_OBJ(client);
	if ((debug = config_get(&run, "debug"))) {
		CPROP_SET_LONG(run.client, do_debug, zval_get_long(debug));
	}
	if ((output = config_get(&run, "debug_output"))) {
		/* The property takes a reference of its own; the caller's array keeps its. */
		Z_TRY_ADDREF_P(output);
		CPROP_SET(run.client, Debugoutput, output);
	}
	array_init(&run.delivered);
	array_init(&run.deferred);
	array_init(&run.failed);
	names = list_spool(run.dir, &count);
	for (i = 0; i < count && !EG(exception); i++) {
		smtp_outbox_msg msg;
		smtp_error err;
		int fd = smtp_outbox_claim(run.dir, names[i], &msg, &err);

		if (fd < 0) {
			if (err.status != SMTP_AGAIN) {
				add_assoc_string(&run.failed, names[i], err.message);
			}
			continue;
		}
		mark(&run, "claimed", names[i]);
		if (!run.connected && !(run.connected = connect_client(&run))) {
			/* The server is not there: this message and the rest wait for the next run. */
			smtp_outbox_release(fd);
			smtp_outbox_msg_free(&msg);
			add_assoc_str(&run.deferred, names[i], last_error(&run));
			break;
		}
		deliver(&run, names[i], fd, &msg);
		smtp_outbox_msg_free(&msg);
	}
	for (i = 0; i < count; i++) {
		efree(names[i]);
	}
	if (names) {
		efree(names);
	}
	if (run.connected) {
		zval ignored;

		zend_call_method(run.client, run.client->ce, NULL, "quit", 4, &ignored, 0, NULL, NULL);
		zval_ptr_dtor(&ignored);
		smtp_client_close(run.client);
	}
	zval_ptr_dtor(&client);
	array_init_size(return_value, 3);
	add_assoc_zval(return_value, "delivered", &run.delivered);
	add_assoc_zval(return_value, "deferred", &run.deferred);
	add_assoc_zval(return_value, "failed", &run.failed);
}
