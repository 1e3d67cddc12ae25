/*
 * test_pipeline.c - commands sent ahead (RFC 2920) and content in BDAT
 * chunks (RFC 3030), driven through the memory transport: what goes out in
 * which write, the replies matched to their commands, the transcript order,
 * and that BDAT carries exactly the message DATA carries.
 */
#include "check.h"
#include "tests.h"

#include "smtp_memio.h"
#include "smtp_session.h"

#include <stdint.h>
#include <stdlib.h>

/* {{{ helpers */

/* Every trace event as "K:bytes\n" (T state, S send, X secret, D data line, R reply line). */
static void record(void *ctx, smtp_trace_kind kind, const char *data, size_t len)
{
	static const char letters[] = "TSXDRL";
	smtp_buf *events = ctx;

	smtp_buf_append_char(events, letters[kind]);
	smtp_buf_append_char(events, ':');
	smtp_buf_append(events, data, len);
	smtp_buf_append_char(events, '\n');
}

/* A session past the greeting and EHLO, with nothing written recorded. */
static smtp_session *ready_session(smtp_transport **t, smtp_buf *events, bool trace_data)
{
	smtp_session *s = smtp_session_new();
	smtp_reply reply;
	smtp_error err;

	*t = smtp_memio_new();
	CHECK(smtp_session_attach(s, *t, &err) == SMTP_OK);
	smtp_memio_push_str(*t, "220 mx ESMTP\r\n250-mx\r\n250-PIPELINING\r\n250 CHUNKING\r\n");
	smtp_reply_init(&reply);
	CHECK(smtp_session_read_reply(s, &reply, &err) == SMTP_OK);
	CHECK(smtp_session_command(s, "EHLO me", 7, false, &reply, &err) == SMTP_OK && reply.code == 250);
	CHECK(smtp_session_caps(s)->pipelining && smtp_session_caps(s)->chunking);
	smtp_reply_free(&reply);
	smtp_memio_clear_written(*t);
	if (events) {
		smtp_session_set_trace(s, record, events, trace_data);
	}
	return s;
}

static void queue(smtp_session *s, const char *line)
{
	smtp_error err;

	CHECK(smtp_session_queue(s, line, strlen(line), false, &err) == SMTP_OK);
}

/* Reads the reply to the oldest pending command; returns its code (-1 on failure). */
static int next_code(smtp_session *s, smtp_cmd expected)
{
	smtp_reply reply;
	smtp_error err;
	int code = -1;

	CHECK(smtp_session_pending_cmd(s) == expected);
	smtp_reply_init(&reply);
	if (smtp_session_next_reply(s, &reply, &err) == SMTP_OK) {
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

/* MAIL, the RCPTs and DATA in one write; each reply to its command; the transcript in lockstep order. */
static void check_envelope(void)
{
	smtp_buf events = SMTP_BUF_INIT;
	smtp_transport *t;
	smtp_session *s = ready_session(&t, &events, false);
	size_t calls = smtp_memio_write_calls(t);
	smtp_reply reply;
	smtp_error err;

	queue(s, "MAIL FROM:<a@example.com>");
	queue(s, "RCPT TO:<b@example.com>");
	queue(s, "RCPT TO:<reject@example.com>");
	queue(s, "DATA");
	CHECK(smtp_session_pending(s) == 4);
	/* Nothing is written, nor traced, before a reply is wanted. */
	CHECK(smtp_memio_write_calls(t) == calls && events.len == 0);
	smtp_memio_push_str(t, "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 No such user\r\n354 go\r\n");
	CHECK(next_code(s, SMTP_CMD_MAIL) == 250);
	CHECK(smtp_memio_write_calls(t) == calls + 1);
	check_written(t, "MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>\r\n"
		"RCPT TO:<reject@example.com>\r\nDATA\r\n");
	CHECK(smtp_session_state(s) == SMTP_STATE_MAIL);
	CHECK(next_code(s, SMTP_CMD_RCPT) == 250);
	CHECK(next_code(s, SMTP_CMD_RCPT) == 550);
	CHECK(next_code(s, SMTP_CMD_DATA) == 354);
	CHECK(smtp_session_state(s) == SMTP_STATE_DATA && smtp_session_pending(s) == 0);
	/* No reply may be read in the middle of the content. */
	smtp_reply_init(&reply);
	CHECK(smtp_session_next_reply(s, &reply, &err) == SMTP_ERR_STATE);
	CHECK(smtp_session_queue(s, "RSET", 4, false, &err) == SMTP_ERR_STATE);

	/* The end of data, and the RSET after it, in one write with the content. */
	CHECK(smtp_session_data_write(s, "Subject: x\r\n\r\nhi\r\n", 18, &err) == SMTP_OK);
	CHECK(smtp_session_data_finish(s, &err) == SMTP_OK);
	CHECK(smtp_session_state(s) == SMTP_STATE_READY);
	queue(s, "RSET");
	CHECK(smtp_memio_write_calls(t) == calls + 1);
	smtp_memio_push_str(t, "250 2.0.0 Ok: queued as X\r\n250 2.0.0 Ok\r\n");
	CHECK(next_code(s, SMTP_CMD_EOD) == 250);
	CHECK(smtp_memio_write_calls(t) == calls + 2);
	check_written(t, "Subject: x\r\n\r\nhi\r\n\r\n.\r\nRSET\r\n");
	/* RSET asked for again: its reply is read, nothing is sent. */
	CHECK(smtp_session_command(s, "RSET", 4, false, &reply, &err) == SMTP_OK && reply.code == 250);
	CHECK(smtp_memio_write_calls(t) == calls + 2 && smtp_session_pending(s) == 0);
	CHECK_STR(events.data, events.len,
		"S:MAIL FROM:<a@example.com>\r\n\nR:250 2.1.0 Ok\r\n\nT:READY -> MAIL\n"
		"S:RCPT TO:<b@example.com>\r\n\nR:250 2.1.5 Ok\r\n\nT:MAIL -> RCPT\n"
		"S:RCPT TO:<reject@example.com>\r\n\nR:550 5.1.1 No such user\r\n\n"
		"S:DATA\r\n\nR:354 go\r\n\nT:RCPT -> DATA\n"
		"S:.\r\n\nT:DATA -> READY\nR:250 2.0.0 Ok: queued as X\r\n\n"
		"S:RSET\r\n\nR:250 2.0.0 Ok\r\n\n");

	/* Another command than the one sent ahead: the pending reply is read and dropped first. */
	queue(s, "NOOP");
	smtp_memio_push_str(t, "250 noop\r\n250 vrfy\r\n");
	CHECK(smtp_session_command(s, "VRFY x", 6, false, &reply, &err) == SMTP_OK);
	CHECK_STR(reply.text.data, reply.text.len, "250 vrfy\r\n");
	check_written(t, "NOOP\r\nVRFY x\r\n");
	/* A reply without a pending command is simply the next one. */
	smtp_memio_push_str(t, "250 more\r\n");
	CHECK(smtp_session_next_reply(s, &reply, &err) == SMTP_OK && reply.code == 250);
	smtp_reply_free(&reply);
	smtp_session_free(s);
	smtp_buf_free(&events);
}

/* A failed write still shows the commands it carried; a closed session forgets them. */
static void check_failed_write(void)
{
	smtp_buf events = SMTP_BUF_INIT;
	smtp_transport *t;
	smtp_session *s = ready_session(&t, &events, false);
	smtp_reply reply;
	smtp_error err;

	queue(s, "MAIL FROM:<a@example.com>");
	queue(s, "RCPT TO:<b@example.com>");
	smtp_memio_close_when_drained(t);
	smtp_reply_init(&reply);
	/* memio accepts the write; the read finds the close. */
	CHECK(smtp_session_next_reply(s, &reply, &err) == SMTP_ERR_IO);
	CHECK(smtp_session_pending(s) == 1);
	smtp_session_close(s);
	CHECK(smtp_session_pending(s) == 0 && smtp_session_pending_cmd(s) == SMTP_CMD_NONE);
	CHECK_STR(events.data, events.len, "S:MAIL FROM:<a@example.com>\r\n\nT:READY -> CLOSED\n");
	/* Line breaks are refused before anything is queued. */
	t = smtp_memio_new();
	smtp_session_attach(s, t, &err);
	CHECK(smtp_session_queue(s, "NOOP", 4, false, &err) == SMTP_ERR_STATE);
	smtp_memio_push_str(t, "220 hi\r\n");
	CHECK(smtp_session_read_reply(s, &reply, &err) == SMTP_OK);
	CHECK(smtp_session_queue(s, "NOOP\r\nQUIT", 10, false, &err) == SMTP_ERR_INVALID);
	CHECK(smtp_session_pending(s) == 0);
	/* QUIT sent ahead changes the state once it is written. */
	queue(s, "QUIT");
	CHECK(smtp_session_state(s) == SMTP_STATE_CONNECTED);
	CHECK(smtp_session_flush(s, &err) == SMTP_OK && smtp_session_state(s) == SMTP_STATE_QUIT);
	smtp_memio_push_str(t, "221 bye\r\n");
	CHECK(next_code(s, SMTP_CMD_QUIT) == 221);
	smtp_reply_free(&reply);
	smtp_session_free(s);
	smtp_buf_free(&events);
}

/* {{{ BDAT */

/* Sends content through BDAT in slices of step bytes (0: whole) and returns the written bytes in out. */
static void bdat_content(const char *content, size_t len, size_t step, smtp_buf *out, size_t *chunks)
{
	smtp_transport *t;
	smtp_session *s = ready_session(&t, NULL, false);
	smtp_error err;
	size_t pos = 0, n, wlen, i;
	const char *w;

	/* Enough replies for every chunk, read ahead or at the end. */
	for (i = 0; i < 2 * len / SMTP_BDAT_CHUNK + 2; i++) {
		smtp_memio_push_str(t, "250 2.0.0 chunk ok\r\n");
	}
	CHECK(smtp_session_bdat_begin(s, &err) == SMTP_OK);
	while (pos < len) {
		n = step && step < len - pos ? step : len - pos;
		CHECK(smtp_session_data_write(s, content + pos, n, &err) == SMTP_OK);
		pos += n;
	}
	CHECK(smtp_session_data_finish(s, &err) == SMTP_OK);
	*chunks = 0;
	while (smtp_session_pending_cmd(s) == SMTP_CMD_BDAT) {
		CHECK(next_code(s, SMTP_CMD_BDAT) == 250);
		(*chunks)++;
	}
	CHECK(next_code(s, SMTP_CMD_BDAT_LAST) == 250);
	(*chunks)++;
	CHECK(smtp_session_pending(s) == 0);
	w = smtp_memio_written(t, &wlen);
	smtp_buf_reset(out);
	smtp_buf_append(out, w, wlen);
	smtp_session_free(s);
}

/* The message of a DATA write: dot-stuffing undone, ".\r\n" removed. */
static void unstuff(const char *wire, size_t len, smtp_buf *out)
{
	size_t pos = 0;

	smtp_buf_reset(out);
	CHECK(len >= 3 && memcmp(wire + len - 3, ".\r\n", 3) == 0);
	len -= 3;
	while (pos < len) {
		const char *lf = memchr(wire + pos, '\n', len - pos);
		size_t end = lf ? (size_t)(lf - wire) + 1 : len;

		if (wire[pos] == '.') {
			pos++;
		}
		smtp_buf_append(out, wire + pos, end - pos);
		pos = end;
	}
}

/* The message of BDAT chunks: each "BDAT n[ LAST]\r\n" and its n bytes; checks the framing. */
static void unchunk(const char *wire, size_t len, smtp_buf *out, size_t chunks)
{
	size_t pos = 0, seen = 0;

	smtp_buf_reset(out);
	while (pos < len) {
		char *end;
		unsigned long n;
		bool last;

		CHECK(len - pos > 5 && memcmp(wire + pos, "BDAT ", 5) == 0);
		n = strtoul(wire + pos + 5, &end, 10);
		last = strncmp(end, " LAST\r\n", 7) == 0;
		CHECK(last || strncmp(end, "\r\n", 2) == 0);
		pos = (size_t)(end - wire) + (last ? 7 : 2);
		CHECK(n <= SMTP_BDAT_CHUNK + 1000 && pos + n <= len);
		smtp_buf_append(out, wire + pos, n);
		pos += n;
		seen++;
		CHECK(last == (pos == len));
	}
	CHECK(seen == chunks);
}

static void data_content(const char *content, size_t len, smtp_buf *out)
{
	smtp_transport *t;
	smtp_session *s = ready_session(&t, NULL, false);
	smtp_reply reply;
	smtp_error err;
	size_t wlen;
	const char *w;

	smtp_memio_push_str(t, "354 go\r\n");
	smtp_reply_init(&reply);
	CHECK(smtp_session_command(s, "DATA", 4, false, &reply, &err) == SMTP_OK && reply.code == 354);
	smtp_memio_clear_written(t);
	CHECK(smtp_session_data_write(s, content, len, &err) == SMTP_OK);
	smtp_memio_push_str(t, "250 ok\r\n");
	CHECK(smtp_session_data_end(s, &reply, &err) == SMTP_OK && reply.code == 250);
	w = smtp_memio_written(t, &wlen);
	unstuff(w, wlen, out);
	smtp_reply_free(&reply);
	smtp_session_free(s);
}

/* BDAT carries exactly the message DATA carries, for small and multi-chunk contents, sliced any way. */
static void check_bdat_same_message(void)
{
	static const char alphabet[] = "ab  :.\r\n0\t.";
	smtp_buf content = SMTP_BUF_INIT, via_data = SMTP_BUF_INIT, wire = SMTP_BUF_INIT, via_bdat = SMTP_BUF_INIT;
	static const size_t sizes[] = {0, 1, 100, 5000, SMTP_BDAT_CHUNK - 3, SMTP_BDAT_CHUNK + 7,
		3 * SMTP_BDAT_CHUNK + 12345, 11 * SMTP_BDAT_CHUNK + 999};
	uint32_t seed = 777;
	size_t i, k, chunks;

	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		smtp_buf_reset(&content);
		if (i % 2) {
			smtp_buf_append_str(&content, "Subject: test\r\n.X-Dot: y\r\n\r\n");
		}
		while (content.len < sizes[i]) {
			seed = seed * 1103515245u + 12345u;
			k = (seed >> 16) % 16 == 0 ? (seed >> 8) % 1500 : 1;
			while (k-- && content.len < sizes[i]) {
				smtp_buf_append_char(&content, alphabet[(seed >> 20) % (sizeof(alphabet) - 1)]);
			}
		}
		data_content(content.data ? content.data : "", content.len, &via_data);
		bdat_content(content.data ? content.data : "", content.len, 0, &wire, &chunks);
		unchunk(wire.data, wire.len, &via_bdat, chunks);
		CHECK_MEM(via_bdat.data, via_bdat.len, via_data.data, via_data.len);
		CHECK(chunks == via_data.len / SMTP_BDAT_CHUNK + 1 || chunks == via_data.len / SMTP_BDAT_CHUNK);
		bdat_content(content.data ? content.data : "", content.len, 1 + i * 997, &wire, &chunks);
		unchunk(wire.data, wire.len, &via_bdat, chunks);
		CHECK_MEM(via_bdat.data, via_bdat.len, via_data.data, via_data.len);
	}
	smtp_buf_free(&content);
	smtp_buf_free(&via_data);
	smtp_buf_free(&wire);
	smtp_buf_free(&via_bdat);
}

/* The whole transaction in one write: MAIL, RCPT, BDAT LAST with the content, RSET. */
static void check_bdat_pipelined(void)
{
	smtp_buf events = SMTP_BUF_INIT;
	smtp_transport *t;
	smtp_session *s = ready_session(&t, &events, true);
	size_t calls = smtp_memio_write_calls(t);
	smtp_error err;

	queue(s, "MAIL FROM:<a@example.com>");
	queue(s, "RCPT TO:<b@example.com>");
	CHECK(smtp_session_bdat_begin(s, &err) == SMTP_OK);
	CHECK(smtp_session_data_write(s, "Subject: x\r\n\r\n.dot", 18, &err) == SMTP_OK);
	CHECK(smtp_session_data_finish(s, &err) == SMTP_OK);
	queue(s, "RSET");
	smtp_memio_push_str(t, "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.0.0 Ok: queued\r\n250 2.0.0 Ok\r\n");
	CHECK(next_code(s, SMTP_CMD_MAIL) == 250);
	CHECK(smtp_memio_write_calls(t) == calls + 1);
	check_written(t, "MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.com>\r\n"
		"BDAT 20 LAST\r\nSubject: x\r\n\r\n.dot\r\nRSET\r\n");
	CHECK(next_code(s, SMTP_CMD_RCPT) == 250);
	CHECK(smtp_session_state(s) == SMTP_STATE_RCPT);
	CHECK(next_code(s, SMTP_CMD_BDAT_LAST) == 250);
	CHECK(smtp_session_state(s) == SMTP_STATE_READY);
	CHECK(next_code(s, SMTP_CMD_RSET) == 250);
	/* The chunk header before its lines; each command before its reply. */
	CHECK_STR(events.data, events.len,
		"S:BDAT 20 LAST\r\n\nD:Subject: x\nD:\nD:.dot\n"
		"S:MAIL FROM:<a@example.com>\r\n\nR:250 2.1.0 Ok\r\n\nT:READY -> MAIL\n"
		"S:RCPT TO:<b@example.com>\r\n\nR:250 2.1.5 Ok\r\n\nT:MAIL -> RCPT\n"
		"R:250 2.0.0 Ok: queued\r\n\nT:RCPT -> READY\n"
		"S:RSET\r\n\nR:250 2.0.0 Ok\r\n\n");
	/* BDAT only where a transaction may start, and never twice at once. */
	CHECK(smtp_session_bdat_begin(s, &err) == SMTP_OK);
	CHECK(smtp_session_bdat_begin(s, &err) == SMTP_ERR_STATE);
	smtp_session_free(s);
	smtp_buf_free(&events);
}

/*
 * Many chunks: the replies of the oldest are read while writing; once one
 * is refused, no more content is sent and no last chunk follows.
 */
static void check_bdat_refused(void)
{
	static char block[SMTP_BDAT_CHUNK];
	smtp_transport *t;
	smtp_session *s = ready_session(&t, NULL, false);
	smtp_error err;
	size_t i, refused_at = 3, wlen, codes = 0;

	memset(block, 'x', sizeof(block));
	for (i = 0; i + 1 < sizeof(block); i += 80) {
		block[i] = '\n';
	}
	smtp_memio_push_str(t, "250 2.1.0 Ok\r\n");
	for (i = 0; i < refused_at; i++) {
		smtp_memio_push_str(t, "250 2.0.0 chunk\r\n");
	}
	smtp_memio_push_str(t, "552 5.3.4 Message too big\r\n");
	for (i = 0; i < 20; i++) {
		smtp_memio_push_str(t, "503 5.5.1 no transaction\r\n");
	}
	queue(s, "MAIL FROM:<a@example.com>");
	CHECK(smtp_session_bdat_begin(s, &err) == SMTP_OK);
	for (i = 0; i < 40; i++) {
		CHECK(smtp_session_data_write(s, block, sizeof(block), &err) == SMTP_OK);
	}
	CHECK(smtp_session_data_finish(s, &err) == SMTP_OK);
	smtp_memio_written(t, &wlen);
	/* Writing stopped after the refusal was read, long before 40 chunks. */
	CHECK(wlen < 20 * (size_t)SMTP_BDAT_CHUNK);
	CHECK(next_code(s, SMTP_CMD_MAIL) == 250);
	while (smtp_session_pending_cmd(s) == SMTP_CMD_BDAT) {
		int code = next_code(s, SMTP_CMD_BDAT);

		CHECK(code == (codes < refused_at ? 250 : codes == refused_at ? 552 : 503));
		codes++;
	}
	CHECK(codes > refused_at && smtp_session_pending(s) == 0);
	smtp_session_free(s);
}

/* }}} */

void test_pipeline(void)
{
	check_envelope();
	check_failed_write();
	check_bdat_same_message();
	check_bdat_pipelined();
	check_bdat_refused();
}
