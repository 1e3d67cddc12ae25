/*
 * test_session.c - the session driven through the memory transport: the
 * greeting, capabilities, STARTTLS, the mail transaction, the exact bytes
 * of DATA for any slicing of the content, write coalescing, tracing, and
 * the failures (timeout, close, line breaks in a command).
 */
#include "check.h"
#include "tests.h"

#include "smtp_alloc.h"
#include "smtp_memio.h"
#include "smtp_session.h"

#include <stdint.h>
#include <stdlib.h>

/* {{{ helpers */

/* What the trace hook saw: states joined by "|", every event as "K:bytes\n". */
typedef struct recorder {
	smtp_buf states;
	smtp_buf events;
	size_t data_lines;
} recorder;

static void record(void *ctx, smtp_trace_kind kind, const char *data, size_t len)
{
	static const char letters[] = "TSXDRL";
	recorder *r = ctx;

	if (kind == SMTP_TRACE_STATE) {
		smtp_buf_append(&r->states, data, len);
		smtp_buf_append_char(&r->states, '|');
	}
	if (kind == SMTP_TRACE_DATA_LINE) {
		r->data_lines++;
	}
	smtp_buf_append_char(&r->events, letters[kind]);
	smtp_buf_append_char(&r->events, ':');
	smtp_buf_append(&r->events, data, len);
	smtp_buf_append_char(&r->events, '\n');
}

static void recorder_reset(recorder *r)
{
	smtp_buf_reset(&r->states);
	smtp_buf_reset(&r->events);
	r->data_lines = 0;
}

static void recorder_free(recorder *r)
{
	smtp_buf_free(&r->states);
	smtp_buf_free(&r->events);
}

/* A session attached to a fresh memory transport, with the greeting read. */
static smtp_session *open_session(smtp_transport **t, recorder *r)
{
	smtp_session *s = smtp_session_new();
	smtp_reply reply;
	smtp_error err;

	*t = smtp_memio_new();
	if (r) {
		smtp_session_set_trace(s, record, r, true);
	}
	CHECK(smtp_session_attach(s, *t, &err) == SMTP_OK);
	CHECK(smtp_session_state(s) == SMTP_STATE_GREETING);
	smtp_memio_push_str(*t, "220 mx.example.com ESMTP\r\n");
	smtp_reply_init(&reply);
	CHECK(smtp_session_read_reply(s, &reply, &err) == SMTP_OK);
	CHECK(reply.code == 220);
	CHECK(smtp_session_state(s) == SMTP_STATE_CONNECTED);
	smtp_reply_free(&reply);
	return s;
}

/* Pushes the server's reply, sends the command, and returns the reply code (-1 on failure). */
static int command(smtp_session *s, smtp_transport *t, const char *line, const char *server_reply)
{
	smtp_reply reply;
	smtp_error err;
	int code = -1;

	smtp_memio_push_str(t, server_reply);
	smtp_reply_init(&reply);
	if (smtp_session_command(s, line, strlen(line), false, &reply, &err) == SMTP_OK) {
		code = reply.code;
	}
	smtp_reply_free(&reply);
	return code;
}

static void check_written(smtp_transport *t, const char *expected)
{
	size_t len;
	const char *w = smtp_memio_written(t, &len);

	CHECK_STR(w, len, expected);
	smtp_memio_clear_written(t);
}

/* }}} */

/* {{{ capabilities */

static void check_ehlo(void)
{
	smtp_transport *t;
	smtp_session *s = open_session(&t, NULL);
	const smtp_caps *caps = smtp_session_caps(s);

	CHECK(command(s, t, "EHLO client.example.org",
		"250-mx.example.com Hello client [192.0.2.1]\r\n"
		"250-PIPELINING\r\n"
		"250-SIZE 35882577\r\n"
		"250-8BITMIME\r\n"
		"250-STARTTLS\r\n"
		"250-AUTH PLAIN LOGIN CRAM-MD5\r\n"
		"250-AUTH=XOAUTH2\r\n"
		"250-ENHANCEDSTATUSCODES\r\n"
		"250-chunking\r\n"
		"250-BINARYMIME\r\n"
		"250-SMTPUTF8\r\n"
		"250-DSN\r\n"
		"250 REQUIRETLS\r\n") == 250);
	check_written(t, "EHLO client.example.org\r\n");
	CHECK(smtp_session_state(s) == SMTP_STATE_READY);
	CHECK(caps->ehlo && caps->pipelining && caps->eightbitmime && caps->starttls);
	CHECK(caps->enhancedstatuscodes && caps->chunking && caps->binarymime);
	CHECK(caps->smtputf8 && caps->dsn && caps->requiretls);
	CHECK(caps->size_announced && caps->size == 35882577ULL);
	CHECK(caps->auth
		== (SMTP_AUTH_PLAIN | SMTP_AUTH_LOGIN | SMTP_AUTH_CRAM_MD5 | SMTP_AUTH_XOAUTH2));
	smtp_session_free(s);
}

static const struct {
	const char *reply;
	smtp_caps expected;
} caps_cases[] = {
	/* The first line is the server's domain, not a capability. */
	{"250-STARTTLS\r\n250 SIZE\r\n", {.ehlo = true, .size_announced = true}},
	{"250 PIPELINING\r\n", {.ehlo = true}},
	{"250-x\n250-auth=login plain\n250 starttls\n",
		{.ehlo = true, .starttls = true, .auth = SMTP_AUTH_LOGIN | SMTP_AUTH_PLAIN}},
	{"250-x\r\n250-AUTH  LOGIN   SCRAM-SHA-256 OAUTHBEARER UNKNOWN\r\n250 SIZE 0\r\n",
		{.ehlo = true, .size_announced = true,
			.auth = SMTP_AUTH_LOGIN | SMTP_AUTH_SCRAM_SHA_256 | SMTP_AUTH_OAUTHBEARER}},
	{"250-x\r\n250 AUTH SCRAM-SHA-1 SCRAM-SHA-1-PLUS\r\n", {.ehlo = true, .auth = SMTP_AUTH_SCRAM_SHA_1}},
	{"250-x\r\n250-SIZE 99999999999999999999999\r\n250 AUTH\r\n",
		{.ehlo = true, .size_announced = true, .size = ~0ULL}},
	/* Keywords are whole words. */
	{"250-x\r\n250-STARTTLSX\r\n250-XPIPELINING\r\n250-AUTHX PLAIN\r\n250 DSN \r\n",
		{.ehlo = true, .dsn = true}},
	{"250-x\r\n250-\r\n25\r\n250 8bitmime\r\n", {.ehlo = true, .eightbitmime = true}},
	{"", {.ehlo = true}}
};

static void check_caps_table(void)
{
	smtp_reply reply;
	smtp_caps caps;
	size_t i;

	smtp_reply_init(&reply);
	/* A reply that never held text. */
	smtp_caps_parse(&caps, &reply);
	CHECK(caps.ehlo && !caps.starttls && caps.auth == 0);
	for (i = 0; i < sizeof(caps_cases) / sizeof(caps_cases[0]); i++) {
		smtp_buf_reset(&reply.text);
		smtp_buf_append_str(&reply.text, caps_cases[i].reply);
		smtp_caps_parse(&caps, &reply);
		if (memcmp(&caps, &caps_cases[i].expected, sizeof(caps)) != 0) {
			fprintf(stderr, "capabilities of case %zu differ\n", i);
			CHECK(0);
		}
	}
	smtp_reply_free(&reply);
}

static void check_helo_fallback(void)
{
	smtp_transport *t;
	smtp_session *s = open_session(&t, NULL);
	const smtp_caps *caps = smtp_session_caps(s);

	CHECK(command(s, t, "EHLO me", "502 5.5.2 Error: command not recognized\r\n") == 502);
	CHECK(smtp_session_state(s) == SMTP_STATE_CONNECTED);
	CHECK(!caps->ehlo && caps->auth == 0);
	CHECK(command(s, t, "HELO me", "250 mx.example.com\r\n") == 250);
	CHECK(smtp_session_state(s) == SMTP_STATE_READY);
	CHECK(!caps->ehlo && !caps->size_announced && caps->auth == 0);
	check_written(t, "EHLO me\r\nHELO me\r\n");
	smtp_session_free(s);
}

static void check_starttls(void)
{
	smtp_transport *t;
	recorder r = {SMTP_BUF_INIT, SMTP_BUF_INIT, 0};
	smtp_session *s = open_session(&t, &r);
	const smtp_caps *caps = smtp_session_caps(s);
	smtp_error err;

	CHECK(command(s, t, "EHLO me", "250-mx\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n") == 250);
	CHECK(caps->starttls && caps->auth == SMTP_AUTH_PLAIN);
	CHECK(command(s, t, "STARTTLS", "220 2.0.0 Ready to start TLS\r\n") == 220);
	CHECK(!smtp_session_tls_active(s));
	recorder_reset(&r);
	CHECK(smtp_session_start_tls(s, NULL, &err) == SMTP_OK);
	CHECK(smtp_session_tls_active(s));
	CHECK(!caps->ehlo && !caps->starttls && caps->auth == 0);
	CHECK_STR(r.states.data, r.states.len, "READY -> CONNECTED|");
	CHECK(smtp_session_state(s) == SMTP_STATE_CONNECTED);
	CHECK(command(s, t, "EHLO me", "250-mx\r\n250 AUTH LOGIN\r\n") == 250);
	CHECK(caps->ehlo && !caps->starttls && caps->auth == SMTP_AUTH_LOGIN);
	check_written(t, "EHLO me\r\nSTARTTLS\r\nEHLO me\r\n");
	/* Only once. */
	CHECK(smtp_session_start_tls(s, NULL, &err) == SMTP_ERR_STATE);
	smtp_session_free(s);

	/* A failed handshake. */
	s = open_session(&t, NULL);
	smtp_memio_fail_tls(t);
	CHECK(command(s, t, "STARTTLS", "220 go\r\n") == 220);
	CHECK(smtp_session_start_tls(s, NULL, &err) == SMTP_ERR_TLS && err.status == SMTP_ERR_TLS);
	CHECK(!smtp_session_tls_active(s));
	smtp_session_free(s);

	/* Bytes after the 220 would pass as if they came over TLS: refused. */
	s = open_session(&t, NULL);
	CHECK(command(s, t, "STARTTLS", "220 go\r\n250-injected\r\n") == 220);
	CHECK(smtp_session_start_tls(s, NULL, &err) == SMTP_ERR_PROTOCOL);
	CHECK(!smtp_session_tls_active(s));
	smtp_session_free(s);
	recorder_free(&r);
}

/* }}} */

/* {{{ the transaction */

static void check_transaction(void)
{
	smtp_transport *t;
	recorder r = {SMTP_BUF_INIT, SMTP_BUF_INIT, 0};
	smtp_session *s = open_session(&t, &r);
	static const char content[] = "Subject: hi\r\n\r\nHello\r\n.dot\r\n";
	smtp_reply reply;
	smtp_error err;
	size_t calls;

	smtp_reply_init(&reply);
	CHECK(command(s, t, "EHLO me", "250 mx\r\n") == 250);
	CHECK(command(s, t, "MAIL FROM:<a@example.com>", "250 2.1.0 Ok\r\n") == 250);
	CHECK(smtp_session_state(s) == SMTP_STATE_MAIL);
	CHECK(command(s, t, "RCPT TO:<b@example.com>", "250 2.1.5 Ok\r\n") == 250);
	CHECK(smtp_session_state(s) == SMTP_STATE_RCPT);
	CHECK(command(s, t, "rcpt TO:<c@example.com>", "550 5.1.1 No such user\r\n") == 550);
	CHECK(smtp_session_state(s) == SMTP_STATE_RCPT);
	CHECK(command(s, t, "RCPT TO:<d@example.com>", "251 2.1.5 will forward\r\n") == 251);
	CHECK(command(s, t, "DATA", "354 End data with <CR><LF>.<CR><LF>\r\n") == 354);
	CHECK(smtp_session_state(s) == SMTP_STATE_DATA);

	/* No command while content is being sent, and nothing is written. */
	calls = smtp_memio_write_calls(t);
	CHECK(smtp_session_command(s, "NOOP", 4, false, &reply, &err) == SMTP_ERR_STATE);
	CHECK(smtp_memio_write_calls(t) == calls);

	CHECK(smtp_session_data_write(s, content, sizeof(content) - 1, &err) == SMTP_OK);
	smtp_memio_push_str(t, "250 2.0.0 Ok: queued as 4F2\r\n");
	CHECK(smtp_session_data_end(s, &reply, &err) == SMTP_OK);
	CHECK(reply.code == 250 && strcmp(reply.enhanced, "2.0.0") == 0);
	/* The content, its last line and the terminator went out in one write. */
	CHECK(smtp_memio_write_calls(t) == calls + 1);
	CHECK(smtp_session_state(s) == SMTP_STATE_READY);
	check_written(t,
		"EHLO me\r\n"
		"MAIL FROM:<a@example.com>\r\n"
		"RCPT TO:<b@example.com>\r\n"
		"rcpt TO:<c@example.com>\r\n"
		"RCPT TO:<d@example.com>\r\n"
		"DATA\r\n"
		"Subject: hi\r\n\r\nHello\r\n..dot\r\n\r\n.\r\n");
	CHECK(smtp_session_data_write(s, "x", 1, &err) == SMTP_ERR_STATE);

	CHECK(command(s, t, "MAIL FROM:<>", "250 Ok\r\n") == 250);
	CHECK(command(s, t, "RSET", "250 Ok\r\n") == 250);
	CHECK(smtp_session_state(s) == SMTP_STATE_READY);
	CHECK(command(s, t, "DATA", "503 5.5.1 Error: need RCPT command\r\n") == 503);
	CHECK(smtp_session_state(s) == SMTP_STATE_READY);
	CHECK(command(s, t, "QUIT", "221 2.0.0 Bye\r\n") == 221);
	CHECK(smtp_session_state(s) == SMTP_STATE_QUIT);
	smtp_session_close(s);
	CHECK(smtp_session_state(s) == SMTP_STATE_CLOSED);
	CHECK(smtp_session_command(s, "NOOP", 4, false, &reply, &err) == SMTP_ERR_STATE);
	CHECK_STR(r.states.data, r.states.len,
		"CLOSED -> GREETING|GREETING -> CONNECTED|"
		"CONNECTED -> READY|READY -> MAIL|MAIL -> RCPT|RCPT -> DATA|DATA -> READY|"
		"READY -> MAIL|MAIL -> READY|READY -> QUIT|QUIT -> CLOSED|");

	smtp_reply_free(&reply);
	smtp_session_free(s);
	recorder_free(&r);
}

static void check_tracing(void)
{
	smtp_transport *t;
	recorder r = {SMTP_BUF_INIT, SMTP_BUF_INIT, 0};
	smtp_session *s = smtp_session_new();
	smtp_reply reply;
	smtp_error err;

	t = smtp_memio_new();
	smtp_session_set_trace(s, record, &r, false);
	smtp_reply_init(&reply);
	CHECK(smtp_session_command(s, "NOOP", 4, false, &reply, &err) == SMTP_ERR_STATE);
	smtp_session_attach(s, t, &err);
	/* Before the greeting was read, no command. */
	CHECK(smtp_session_command(s, "NOOP", 4, false, &reply, &err) == SMTP_ERR_STATE);
	smtp_memio_push_str(t, "220-hi\r\n220 there\r\n");
	CHECK(smtp_session_read_reply(s, &reply, &err) == SMTP_OK);
	smtp_memio_push_str(t, "334 VXNlcm5hbWU6\r\n");
	CHECK(smtp_session_command(s, "AUTH LOGIN", 10, false, &reply, &err) == SMTP_OK);
	smtp_memio_push_str(t, "235 ok\n");
	CHECK(smtp_session_command(s, "c2VjcmV0", 8, true, &reply, &err) == SMTP_OK);
	CHECK(command(s, t, "DATA", "354 go\r\n") == 354);
	CHECK(smtp_session_data_write(s, "a\r\n.b\r\n", 7, &err) == SMTP_OK);
	smtp_memio_push_str(t, "250 ok\r\n");
	CHECK(smtp_session_data_end(s, &reply, &err) == SMTP_OK);
	smtp_session_write(s, "RAW", 3, false, &err);
	CHECK_STR(r.events.data, r.events.len,
		"T:CLOSED -> GREETING\n"
		"R:220-hi\r\n\nR:220 there\r\n\n"
		"T:GREETING -> CONNECTED\n"
		"S:AUTH LOGIN\r\n\n"
		"R:334 VXNlcm5hbWU6\r\n\n"
		"X:c2VjcmV0\r\n\n"
		"R:235 ok\n\n"
		"S:DATA\r\n\n"
		"R:354 go\r\n\n"
		"T:CONNECTED -> DATA\n"
		"S:.\r\n\n"
		"T:DATA -> READY\n"
		"R:250 ok\r\n\n"
		"S:RAW\n");
	CHECK(r.data_lines == 0);

	/* With trace_data, each content line after dot-stuffing, without CRLF. */
	recorder_reset(&r);
	smtp_session_set_trace(s, record, &r, true);
	CHECK(command(s, t, "DATA", "354 go\r\n") == 354);
	recorder_reset(&r);
	CHECK(smtp_session_data_write(s, "a\r\n.b", 5, &err) == SMTP_OK);
	smtp_memio_push_str(t, "250 ok\r\n");
	CHECK(smtp_session_data_end(s, &reply, &err) == SMTP_OK);
	CHECK_STR(r.events.data, r.events.len,
		"D:a\nD:..b\nS:.\r\n\nT:DATA -> READY\nR:250 ok\r\n\n");
	CHECK(r.data_lines == 2);

	/* A reply split by a stall is traced line by line, each line once. */
	recorder_reset(&r);
	smtp_memio_push_str(t, "250-first\r\n250-sec");
	CHECK(smtp_session_read_reply(s, &reply, &err) == SMTP_ERR_TIMEOUT);
	smtp_memio_push_str(t, "ond\r\n250 third\r\n");
	CHECK(smtp_session_read_reply(s, &reply, &err) == SMTP_OK);
	CHECK(reply.lines == 3);
	CHECK_STR(r.events.data, r.events.len, "R:250-first\r\n\nR:250-second\r\n\nR:250 third\r\n\n");

	smtp_reply_free(&reply);
	smtp_session_free(s);
	recorder_free(&r);
}

static void check_failures(void)
{
	smtp_transport *t;
	smtp_session *s = open_session(&t, NULL);
	smtp_reply reply;
	smtp_error err;
	size_t calls = smtp_memio_write_calls(t);
	static const char *const broken[] = {
		"MAIL FROM:<a@b>\r\nRCPT TO:<c@d>", "NOOP\n", "NOOP\r", "\r\nQUIT"
	};
	size_t i, len;

	smtp_reply_init(&reply);
	for (i = 0; i < sizeof(broken) / sizeof(broken[0]); i++) {
		CHECK(smtp_session_command(s, broken[i], strlen(broken[i]), false, &reply, &err)
			== SMTP_ERR_INVALID);
	}
	smtp_memio_written(t, &len);
	CHECK(len == 0 && smtp_memio_write_calls(t) == calls);

	/* A stalled server: every transport call carries the timeout. */
	smtp_session_set_timeout(s, 1234);
	CHECK(smtp_session_command(s, "NOOP", 4, false, &reply, &err) == SMTP_ERR_TIMEOUT);
	CHECK(err.status == SMTP_ERR_TIMEOUT && smtp_memio_last_timeout(t) == 1234);
	smtp_session_set_timeout(s, 777);
	CHECK(smtp_session_write(s, "x", 1, false, &err) == SMTP_OK && smtp_memio_last_timeout(t) == 777);
	smtp_session_set_timeout(s, 555);
	CHECK(smtp_session_start_tls(s, NULL, &err) == SMTP_OK && smtp_memio_last_timeout(t) == 555);

	/* Two replies in one read: the second waits in the buffer. */
	smtp_memio_push_str(t, "250 first\r\n250 second\r\n");
	CHECK(smtp_session_command(s, "NOOP", 4, false, &reply, &err) == SMTP_OK);
	CHECK_STR(reply.text.data, reply.text.len, "250 first\r\n");
	CHECK(smtp_session_read_reply(s, &reply, &err) == SMTP_OK);
	CHECK_STR(reply.text.data, reply.text.len, "250 second\r\n");

	/* A reply read one byte at a time. */
	smtp_memio_set_read_chunk(t, 1);
	CHECK(command(s, t, "EHLO me", "250-mx\r\n250-SIZE 1000\r\n250 AUTH=PLAIN\r\n") == 250);
	CHECK(smtp_session_caps(s)->size == 1000 && smtp_session_caps(s)->auth == SMTP_AUTH_PLAIN);
	smtp_memio_set_read_chunk(t, 0);

	/* An oversized reply. */
	smtp_memio_push_str(t, "250-");
	for (i = 0; i < SMTP_REPLY_MAX_LINE; i++) {
		smtp_memio_push_str(t, "z");
	}
	CHECK(command(s, t, "NOOP", "\r\n250 ok\r\n") == -1);
	CHECK(smtp_session_alive(s));

	/* The server closes. */
	smtp_memio_push_str(t, "250-partial\r\n");
	smtp_memio_close_when_drained(t);
	CHECK(smtp_session_command(s, "NOOP", 4, false, &reply, &err) == SMTP_ERR_IO);
	CHECK(err.status == SMTP_ERR_IO);
	CHECK(smtp_session_state(s) != SMTP_STATE_CLOSED);
	CHECK(!smtp_session_alive(s));
	CHECK(smtp_session_state(s) == SMTP_STATE_CLOSED);
	CHECK(smtp_session_read_reply(s, &reply, &err) == SMTP_ERR_STATE);
	CHECK(smtp_session_write(s, "x", 1, false, &err) == SMTP_ERR_STATE);

	/* A closed session can adopt a new connection. */
	t = smtp_memio_new();
	CHECK(smtp_session_attach(s, t, &err) == SMTP_OK);
	CHECK(smtp_session_attach(s, t, &err) == SMTP_ERR_STATE);
	smtp_reply_free(&reply);
	smtp_session_free(s);
}

/* }}} */

/* {{{ DATA content */

/*
 * Expands "c{n}" to n copies of c, so long lines fit in a table; the rest
 * is copied as it is.
 */
static void expand(smtp_buf *out, const char *pattern)
{
	const char *p = pattern;

	smtp_buf_reset(out);
	while (*p) {
		if (p[1] == '{') {
			char *end;
			unsigned long n = strtoul(p + 2, &end, 10);

			while (n--) {
				smtp_buf_append_char(out, *p);
			}
			p = end + 1;
		} else {
			smtp_buf_append_char(out, *p++);
		}
	}
}

/* A session that just got 354 to DATA, with nothing written recorded. */
static smtp_session *data_session(smtp_transport **t)
{
	smtp_session *s = open_session(t, NULL);

	CHECK(command(s, *t, "DATA", "354 go\r\n") == 354);
	smtp_memio_clear_written(*t);
	return s;
}

/*
 * Sends content in slices of step bytes (0: the two slices around split),
 * ends DATA, and leaves the bytes written in out.
 */
static void send_content(const char *content, size_t len, size_t split, size_t step, smtp_buf *out)
{
	smtp_transport *t;
	smtp_session *s = data_session(&t);
	smtp_reply reply;
	smtp_error err;
	size_t pos = 0, n, written_len;
	const char *written;
	bool ok = true;

	while (ok && pos < len) {
		n = step ? step : (pos < split ? split - pos : len - pos);
		if (n > len - pos) {
			n = len - pos;
		}
		ok = smtp_session_data_write(s, content + pos, n, &err) == SMTP_OK;
		pos += n;
	}
	CHECK(ok);
	smtp_memio_push_str(t, "250 ok\r\n");
	smtp_reply_init(&reply);
	CHECK(smtp_session_data_end(s, &reply, &err) == SMTP_OK && reply.code == 250);
	smtp_reply_free(&reply);
	written = smtp_memio_written(t, &written_len);
	smtp_buf_reset(out);
	smtp_buf_append(out, written, written_len);
	smtp_session_free(s);
}

static const struct {
	const char *content;
	const char *wire;    /* before the final ".\r\n" */
} data_cases[] = {
	/* Line breaks, and the piece after the last one sent as a line. */
	{"", "\r\n"},
	{"a", "a\r\n"},
	{"a\r\nb\r\n", "a\r\nb\r\n\r\n"},
	{"a\nb\rc\r\n\r\nd", "a\r\nb\r\nc\r\n\r\nd\r\n"},
	{"\r\r\n\n", "\r\n\r\n\r\n\r\n"},
	{"\n\r", "\r\n\r\n\r\n"},
	/* Dot-stuffing. */
	{".a\r\n..b\r\n.\r\nc.", "..a\r\n...b\r\n..\r\nc.\r\n"},
	{".{998}", ".{999}\r\n"},
	/* Body lines (no header-like first line) of 997 to 2500 bytes. */
	{"x{997}", "x{997}\r\n"},
	{"x{998}", "x{998}\r\n"},
	{"x{999}", "x{997}\r\nxx\r\n"},
	{"x{1000}", "x{997}\r\nxxx\r\n"},
	{"x{2500}", "x{997}\r\nx{997}\r\nx{506}\r\n"},
	{"x{999}\r\nx{1000}\n", "x{997}\r\nxx\r\nx{997}\r\nxxx\r\n\r\n"},
	/* With spaces: cut at the last one within 998 bytes, which is dropped. */
	{"a{500} b{499}", "a{500}\r\nb{499}\r\n"},
	{"a{997} b{10}", "a{997}\r\nb{10}\r\n"},
	{"a{998} b{10}", "a{997}\r\na b{10}\r\n"},
	{" a{1000}", " a{996}\r\na{4}\r\n"},
	{"a b c{1000}", "a b\r\nc{997}\r\nccc\r\n"},
	{"a{1200} b{1299}", "a{997}\r\na{203}\r\nb{997}\r\nb{302}\r\n"},
	{"a{100} b{997} c", "a{100}\r\nb{997}\r\nc\r\n"},
	{"a{997} .b", "a{997}\r\n..b\r\n"},
	{"a{997}.bc", "a{997}\r\n..bc\r\n"},
	/* Header blocks: continuations get a tab, until the first empty line. */
	{"Subject: x{1000}\r\n\r\nbody", "Subject:\r\n\tx{996}\r\n\tx{4}\r\n\r\nbody\r\n"},
	{"X:y{1200}", "X:y{995}\r\n\ty{205}\r\n"},
	{"X: a{994} b{996} c", "X: a{994}\r\n\tb{996}\r\n\tc\r\n"},
	{"X: a{995}", "X: a{995}\r\n"},
	{"X: a{997}", "X:\r\n\ta{997}\r\n"},
	{"X: a{994} b", "X: a{994}\r\n\tb\r\n"},
	{"A: b\r\n \r\nC: d{1000}", "A: b\r\n \r\nC:\r\n\td{996}\r\n\td{4}\r\n"},
	{"A: b\r\n\r\nC: d{1000}", "A: b\r\n\r\nC:\r\nd{997}\r\nddd\r\n"},
	{"A: b\rC: d{1000}\n\rx{999}", "A: b\r\nC:\r\n\td{996}\r\n\td{4}\r\n\r\nx{997}\r\nxx\r\n"},
	/* First lines that decide: a field name with a space, an empty one, "0". */
	{"Hello world: x{1000}", "Hello world:\r\nx{997}\r\nxxx\r\n"},
	{":x{1000}", ":x{996}\r\nx{4}\r\n"},
	{"0:x{1000}", "0:x{995}\r\nx{5}\r\n"},
	{"00:x{1000}", "00:x{994}\r\n\tx{6}\r\n"},
	{"y{1500}:z", "y{997}\r\n\ty{503}:z\r\n"},
	{"y{1500} z:", "y{997}\r\ny{503} z:\r\n"},
	{"y{1500}\r\nA: b{1000}", "y{997}\r\ny{503}\r\nA:\r\nb{997}\r\nbbb\r\n"},
	{"y{2500}:", "y{997}\r\n\ty{996}\r\n\ty{507}:\r\n"}
};

static void check_data_cases(void)
{
	smtp_buf content = SMTP_BUF_INIT, expected = SMTP_BUF_INIT, got = SMTP_BUF_INIT;
	size_t i, split;
	int bad;

	for (i = 0; i < sizeof(data_cases) / sizeof(data_cases[0]); i++) {
		expand(&content, data_cases[i].content);
		expand(&expected, data_cases[i].wire);
		smtp_buf_append_str(&expected, ".\r\n");
		send_content(content.data, content.len, content.len, 0, &got);
		CHECK_MEM(got.data, got.len, expected.data, expected.len);
		send_content(content.data, content.len, 0, 1, &got);
		CHECK_MEM(got.data, got.len, expected.data, expected.len);
		for (split = 1, bad = 0; split < content.len && !bad; split++) {
			send_content(content.data, content.len, split, 0, &got);
			if (got.len != expected.len || memcmp(got.data, expected.data, got.len) != 0) {
				fprintf(stderr, "data case %zu split at %zu:\n", i, split);
				CHECK_MEM(got.data, got.len, expected.data, expected.len);
				bad = 1;
			}
		}
		CHECK(!bad);
	}
	smtp_buf_free(&content);
	smtp_buf_free(&expected);
	smtp_buf_free(&got);
}

/* Random content rich in the bytes that matter, sent whole, byte by byte, in random slices. */
static void check_data_slicing(void)
{
	static const char alphabet[] = "ab  :.\r\n0\t";
	smtp_buf content = SMTP_BUF_INIT, whole = SMTP_BUF_INIT, got = SMTP_BUF_INIT;
	uint32_t seed = 12345;
	size_t round, i, run;

	for (round = 0; round < 60; round++) {
		smtp_buf_reset(&content);
		while (content.len < 3000 + round * 50) {
			seed = seed * 1103515245u + 12345u;
			/* Long runs of one byte make long lines. */
			run = (seed >> 16) % 8 == 0 ? (seed >> 8) % 1500 : 1;
			for (i = 0; i < run; i++) {
				smtp_buf_append_char(&content, alphabet[(seed >> 20) % (sizeof(alphabet) - 1)]);
			}
		}
		send_content(content.data, content.len, content.len, 0, &whole);
		send_content(content.data, content.len, 0, 1, &got);
		CHECK_MEM(got.data, got.len, whole.data, whole.len);
		send_content(content.data, content.len, 0, 1 + round * 37 % 1200, &got);
		CHECK_MEM(got.data, got.len, whole.data, whole.len);
	}
	smtp_buf_free(&content);
	smtp_buf_free(&whole);
	smtp_buf_free(&got);
}

static void check_data_coalescing(void)
{
	smtp_buf content = SMTP_BUF_INIT, expected = SMTP_BUF_INIT, got = SMTP_BUF_INIT;
	smtp_transport *t;
	smtp_session *s;
	smtp_reply reply;
	smtp_error err;
	size_t calls, len;
	const char *written;

	while (content.len < 1024 * 1024) {
		smtp_buf_appendf(&content, "Line %zu of the message, as long as typical text.\r\n", content.len);
	}
	smtp_buf_append(&expected, content.data, content.len);
	smtp_buf_append_str(&expected, "\r\n.\r\n");

	s = data_session(&t);
	calls = smtp_memio_write_calls(t);
	CHECK(smtp_session_data_write(s, content.data, content.len, &err) == SMTP_OK);
	smtp_memio_push_str(t, "250 ok\r\n");
	smtp_reply_init(&reply);
	CHECK(smtp_session_data_end(s, &reply, &err) == SMTP_OK);
	smtp_reply_free(&reply);
	calls = smtp_memio_write_calls(t) - calls;
	CHECK(calls >= 2 && calls <= 1024 * 1024 / 65536 + 2);
	written = smtp_memio_written(t, &len);
	CHECK_MEM(written, len, expected.data, expected.len);
	smtp_session_free(s);

	/* One byte at a time: the same bytes in as few writes. */
	send_content(content.data, content.len, 0, 1, &got);
	CHECK_MEM(got.data, got.len, expected.data, expected.len);
	smtp_buf_free(&content);
	smtp_buf_free(&expected);
	smtp_buf_free(&got);
}

/* {{{ an allocator that knows the peak of live bytes */

static size_t live_bytes, peak_bytes;

typedef union sized {
	size_t size;
	max_align_t align;
} sized;

static void *counting_malloc(size_t size)
{
	sized *h = malloc(sizeof(sized) + size);

	if (!h) {
		return NULL;
	}
	h->size = size;
	live_bytes += size;
	if (live_bytes > peak_bytes) {
		peak_bytes = live_bytes;
	}
	return h + 1;
}

static void counting_free(void *ptr)
{
	if (ptr) {
		sized *h = (sized *)ptr - 1;

		live_bytes -= h->size;
		free(h);
	}
}

static void *counting_realloc(void *ptr, size_t size)
{
	void *copy = counting_malloc(size);

	if (copy && ptr) {
		size_t old = ((sized *)ptr - 1)->size;

		memcpy(copy, ptr, old < size ? old : size);
		counting_free(ptr);
	}
	return copy;
}

/* }}} */

/* A 16 MiB line after the header block is held at most one line limit at a time. */
static void check_data_memory(void)
{
	static const smtp_allocator counting = {counting_malloc, counting_realloc, counting_free};
	static char chunk[65536];
	smtp_transport *t;
	smtp_session *s;
	smtp_reply reply;
	smtp_error err;
	size_t i, len, baseline;
	const char *w;

	memset(chunk, 'q', sizeof(chunk));
	smtp_set_allocator(&counting);
	live_bytes = peak_bytes = 0;
	s = data_session(&t);
	CHECK(smtp_session_data_write(s, "Subject: big\r\n\r\n", 16, &err) == SMTP_OK);
	baseline = peak_bytes;
	for (i = 0; i < 256; i++) {
		CHECK(smtp_session_data_write(s, chunk, sizeof(chunk), &err) == SMTP_OK);
		smtp_memio_clear_written(t);
	}
	smtp_memio_push_str(t, "250 ok\r\n");
	smtp_reply_init(&reply);
	CHECK(smtp_session_data_end(s, &reply, &err) == SMTP_OK);
	w = smtp_memio_written(t, &len);
	/* 16 MiB are 16827 lines of 997 bytes and one of 697. */
	CHECK(len > 697 + 5 && w[len - 697 - 6] == '\n' && w[len - 697 - 5] == 'q');
	CHECK(strcmp(w + len - 6, "q\r\n.\r\n") == 0);
	smtp_reply_free(&reply);
	smtp_session_free(s);
	smtp_set_allocator(NULL);
	/*
	 * Beyond the buffers reserved for DATA, only memio's record of a write
	 * block or two (and its reallocation): far below the 16 MiB of the line.
	 */
	CHECK(peak_bytes < baseline + 512 * 1024);
	CHECK(live_bytes == 0);
}

/* }}} */

void test_session(void)
{
	check_ehlo();
	check_caps_table();
	check_helo_fallback();
	check_starttls();
	check_transaction();
	check_tracing();
	check_failures();
	check_data_cases();
	check_data_slicing();
	check_data_coalescing();
	check_data_memory();
}
