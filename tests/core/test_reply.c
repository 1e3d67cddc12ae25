/*
 * test_reply.c - the reply parser, fed every input whole, byte by byte and
 * split at every point, with identical results required.
 *
 * A run is summed up as text: for each reply "code|enhanced|lines|text#",
 * then the final status, "AGAIN" (input exhausted) or "PROTOCOL".
 */
#include "check.h"
#include "tests.h"

#include "smtp_reply.h"

#include <stdio.h>

/* Feeds one piece, recording every reply it completes; false after an error. */
static bool feed_piece(smtp_reply_parser *p, const char *data, size_t len, smtp_buf *result)
{
	smtp_reply reply;
	smtp_error err;
	size_t used, off = 0;
	smtp_status status = SMTP_AGAIN;
	bool ok = true;

	smtp_reply_init(&reply);
	do {
		status = smtp_reply_parser_feed(p, data + off, len - off, &used, &reply, &err);
		off += used;
		if (status == SMTP_OK) {
			smtp_buf_appendf(result, "%d|%s|%zu|", reply.code, reply.enhanced, reply.lines);
			smtp_buf_append(result, reply.text.data, reply.text.len);
			smtp_buf_append_char(result, '#');
		} else if (status != SMTP_AGAIN) {
			smtp_buf_append_str(result, smtp_status_name(status) + strlen("SMTP_ERR_"));
			ok = false;
		}
	} while (status == SMTP_OK && off < len);
	CHECK(!ok || off == len);
	smtp_reply_free(&reply);
	return ok;
}

/*
 * Parses in[0..len) in pieces: of step bytes each when step is not 0, else
 * the two pieces before and after split.
 */
static void parse(const char *in, size_t len, size_t split, size_t step, smtp_buf *result)
{
	smtp_reply_parser p;
	size_t pos = 0, n;
	bool ok;

	smtp_buf_reset(result);
	smtp_reply_parser_init(&p);
	do {
		n = step ? step : (pos < split ? split - pos : len - pos);
		if (n > len - pos) {
			n = len - pos;
		}
		ok = feed_piece(&p, in + pos, n, result);
		pos += n;
	} while (ok && pos < len);
	if (ok) {
		smtp_buf_append_str(result, "AGAIN");
	}
	smtp_reply_parser_free(&p);
}

/* Parses whole, byte by byte, and at every split point whose index is a multiple of stride. */
static void check_all_slicings(const char *in, size_t len, const char *expected,
	size_t expected_len, size_t stride)
{
	smtp_buf got = SMTP_BUF_INIT;
	size_t split;
	int bad = 0;

	parse(in, len, len, 0, &got);
	CHECK_MEM(got.data, got.len, expected, expected_len);
	parse(in, len, 0, 1, &got);
	CHECK_MEM(got.data, got.len, expected, expected_len);
	for (split = 0; split <= len && bad < 3; split += stride) {
		parse(in, len, split, 0, &got);
		if (got.len != expected_len || memcmp(got.data, expected, expected_len) != 0) {
			fprintf(stderr, "split at %zu:\n", split);
			CHECK_MEM(got.data, got.len, expected, expected_len);
			bad++;
		}
	}
	CHECK(bad == 0);
	smtp_buf_free(&got);
}

static void check_buf_slicings(const smtp_buf *in, const char *expected, size_t stride)
{
	check_all_slicings(in->data, in->len, expected, strlen(expected), stride);
}

#define IN(lit) (lit), sizeof(lit) - 1

static const struct {
	const char *input;
	size_t len;
	const char *expected;
	size_t expected_len;
} cases[] = {
	{IN(""), IN("AGAIN")},
	{IN("250 OK\r\n"), IN("250||1|250 OK\r\n#AGAIN")},
	{IN("250 OK\n"), IN("250||1|250 OK\n#AGAIN")},
	{IN("250 OK"), IN("AGAIN")},
	{IN("250 OK\r"), IN("AGAIN")},
	{IN("250-mx.example.com\r\n250-PIPELINING\r\n250 SIZE 1000\r\n"),
		IN("250||3|250-mx.example.com\r\n250-PIPELINING\r\n250 SIZE 1000\r\n#AGAIN")},
	{IN("250-a\n250-b\r\n250 c\n"), IN("250||3|250-a\n250-b\r\n250 c\n#AGAIN")},
	/* Two replies in one buffer, then the start of a third. */
	{IN("250 2.1.0 Ok\r\n354 go ahead\r\n250-x"),
		IN("250|2.1.0|1|250 2.1.0 Ok\r\n#354||1|354 go ahead\r\n#AGAIN")},
	/* The enhanced code comes from the first line only. */
	{IN("250-2.0.0 hi\r\n250 4.0.0 x\r\n"),
		IN("250|2.0.0|2|250-2.0.0 hi\r\n250 4.0.0 x\r\n#AGAIN")},
	{IN("550 5.7.1\r\n"), IN("550|5.7.1|1|550 5.7.1\r\n#AGAIN")},
	{IN("550 5.7.1"), IN("AGAIN")},
	{IN("250 2.10.100 ok\r\n"), IN("250|2.10.100|1|250 2.10.100 ok\r\n#AGAIN")},
	{IN("250 2.1.0x ok\r\n"), IN("250||1|250 2.1.0x ok\r\n#AGAIN")},
	{IN("250 3.1.0 ok\r\n"), IN("250||1|250 3.1.0 ok\r\n#AGAIN")},
	{IN("250 2.1000.0 ok\r\n"), IN("250||1|250 2.1000.0 ok\r\n#AGAIN")},
	{IN("250 2.1.0\tok\r\n"), IN("250||1|250 2.1.0\tok\r\n#AGAIN")},
	{IN("250 2..0 ok\r\n"), IN("250||1|250 2..0 ok\r\n#AGAIN")},
	/* Garbage: a line whose fourth byte is not '-' ends the reply, the code is 0. */
	{IN("hello world\r\n"), IN("0||1|hello world\r\n#AGAIN")},
	{IN("abc-def\r\n250 ok\r\n"), IN("0||2|abc-def\r\n250 ok\r\n#AGAIN")},
	{IN("2a0 ok\r\n"), IN("0||1|2a0 ok\r\n#AGAIN")},
	/* Short lines end the reply too. */
	{IN("250\r\n"), IN("250||1|250\r\n#AGAIN")},
	{IN("25\r\n"), IN("0||1|25\r\n#AGAIN")},
	{IN("\r\n\n"), IN("0||1|\r\n#0||1|\n#AGAIN")},
	{IN("220-\r\n220 \r\n"), IN("220||2|220-\r\n220 \r\n#AGAIN")},
	/* A lone CR and a NUL are line content. */
	{IN("250 a\rb\r\n"), IN("250||1|250 a\rb\r\n#AGAIN")},
	{IN("250-a\0b\r\n250 c\r\n"), IN("250||2|250-a\0b\r\n250 c\r\n#AGAIN")}
};

static const struct {
	const char *line;
	int code;
	const char *enhanced;
} code_cases[] = {
	{"250 2.1.0 Ok", 250, "2.1.0"},
	{"451-4.3.0 try later", 451, "4.3.0"},
	{"550 5.1.1", 550, "5.1.1"},
	{"550 5.1.1\n", 550, "5.1.1"},
	{"250 2.999.999 x", 250, "2.999.999"},
	{"250 2.1", 250, ""},
	{"250 2.1.", 250, ""},
	{"250 6.1.0 x", 250, ""},
	{"250 2.1.0.4 x", 250, ""},
	{"2502.1.0 x", 250, ""},
	{"250", 250, ""},
	{"25", 0, ""},
	{"x50 2.1.0", 0, ""},
	{"", 0, ""}
};

/* count lines of "250-", fill bytes and CRLF, then "250 end\r\n". */
static void make_reply(smtp_buf *b, size_t count, size_t fill)
{
	size_t i, j;

	smtp_buf_reset(b);
	for (i = 0; i < count; i++) {
		smtp_buf_append_str(b, "250-");
		for (j = 0; j < fill; j++) {
			smtp_buf_append_char(b, 'x');
		}
		smtp_buf_append_str(b, "\r\n");
	}
	smtp_buf_append_str(b, "250 end\r\n");
}

/* "250 " and filler up to a line of body bytes, then ending. */
static void make_line(smtp_buf *b, size_t body, const char *ending)
{
	smtp_buf_reset(b);
	smtp_buf_append_str(b, "250 ");
	while (b->len < body) {
		smtp_buf_append_char(b, 'y');
	}
	smtp_buf_append_str(b, ending);
}

static void check_limits(void)
{
	smtp_buf in = SMTP_BUF_INIT, expected = SMTP_BUF_INIT;
	smtp_reply_parser p;
	smtp_reply reply;
	smtp_error err;
	size_t used;

	/* The longest line allowed, with each line ending. */
	make_line(&in, SMTP_REPLY_MAX_LINE, "\r\n");
	smtp_buf_appendf(&expected, "250||1|%s#AGAIN", in.data);
	check_buf_slicings(&in, expected.data, 97);
	make_line(&in, SMTP_REPLY_MAX_LINE, "\n");
	smtp_buf_reset(&expected);
	smtp_buf_appendf(&expected, "250||1|%s#AGAIN", in.data);
	check_buf_slicings(&in, expected.data, 97);

	/* One byte more, whichever the ending, or with none yet. */
	make_line(&in, SMTP_REPLY_MAX_LINE + 1, "\r\n");
	check_buf_slicings(&in, "PROTOCOL", 97);
	make_line(&in, SMTP_REPLY_MAX_LINE + 1, "\n");
	check_buf_slicings(&in, "PROTOCOL", 97);
	make_line(&in, SMTP_REPLY_MAX_LINE + 1, "");
	check_buf_slicings(&in, "PROTOCOL", 97);
	/* A CR that turns out not to end the line counts. */
	make_line(&in, SMTP_REPLY_MAX_LINE, "\rz");
	check_buf_slicings(&in, "PROTOCOL", 97);

	/* The largest reply allowed: 648 lines of 101 bytes and the last line. */
	make_reply(&in, 648, 95);
	CHECK(in.len <= SMTP_REPLY_MAX_TOTAL);
	smtp_buf_reset(&expected);
	smtp_buf_appendf(&expected, "250||649|%s#AGAIN", in.data);
	check_buf_slicings(&in, expected.data, 997);
	make_reply(&in, 650, 95);
	CHECK(in.len > SMTP_REPLY_MAX_TOTAL);
	check_buf_slicings(&in, "PROTOCOL", 997);

	/* After an error the parser starts afresh. */
	smtp_reply_parser_init(&p);
	smtp_reply_init(&reply);
	make_line(&in, SMTP_REPLY_MAX_LINE + 10, "\r\n");
	CHECK(smtp_reply_parser_feed(&p, in.data, in.len, &used, &reply, &err) == SMTP_ERR_PROTOCOL);
	CHECK(err.status == SMTP_ERR_PROTOCOL && strstr(err.message, "too long"));
	CHECK(smtp_reply_parser_feed(&p, IN("221 bye\r\n"), &used, &reply, &err) == SMTP_OK);
	CHECK(reply.code == 221 && reply.lines == 1 && used == 9);

	/* A reset drops a partial reply. */
	CHECK(smtp_reply_parser_feed(&p, IN("250-first\r\n250"), &used, &reply, &err) == SMTP_AGAIN);
	smtp_reply_parser_reset(&p);
	CHECK(smtp_reply_parser_feed(&p, IN("354 go\r\n"), &used, &reply, &err) == SMTP_OK);
	CHECK_STR(reply.text.data, reply.text.len, "354 go\r\n");
	CHECK(smtp_reply_positive(&reply));

	smtp_reply_parser_free(&p);
	smtp_reply_free(&reply);
	smtp_buf_free(&in);
	smtp_buf_free(&expected);
}

void test_reply(void)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		check_all_slicings(cases[i].input, cases[i].len, cases[i].expected,
			cases[i].expected_len, 1);
	}
	for (i = 0; i < sizeof(code_cases) / sizeof(code_cases[0]); i++) {
		int code;
		char enhanced[16];

		smtp_reply_parse_code(code_cases[i].line, strlen(code_cases[i].line), &code, enhanced);
		CHECK(code == code_cases[i].code);
		CHECK_STR(enhanced, strlen(enhanced), code_cases[i].enhanced);
	}
	check_limits();
}
