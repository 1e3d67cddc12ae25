/*
 * fuzz_reply.c - the reply parser (smtp_reply.c), what the session does
 * with the replies it frames (the EHLO capabilities, a CRAM-MD5
 * challenge), all on bytes a hostile server chooses.
 *
 * Input: one flags byte, then the server's bytes (runs expanded, see
 * fuzz_expand(), when flag 0x01 is set, so lines past the 4096-byte and
 * replies past the 64 KiB limits are in reach).
 *
 * Differential: the bytes are parsed whole, byte by byte and in random
 * slices, and by a plain reference parser written from RFC 5321 section
 * 4.2 and the limits of smtp_reply.h; the four summaries (every reply's
 * code, enhanced code, line count and text, then how the input ended) must
 * be identical. Invariants: a reply's text holds exactly its lines, each
 * ending in LF; no reply is larger than the limits allow.
 */
#include "fuzz.h"

#include "mime_encode.h"
#include "smtp_auth.h"
#include "smtp_reply.h"
#include "smtp_session.h"

/* What one parse produced, as comparable text. */
static void summary_reply(smtp_buf *sum, const smtp_reply *r)
{
	smtp_buf_appendf(sum, "%d|%s|%zu|", r->code, r->enhanced, r->lines);
	smtp_buf_append(sum, fuzz_data(&r->text), r->text.len);
	smtp_buf_append_char(sum, '#');
}

/* Checks a framed reply and runs the session's consumers of replies over it. */
static void consume_reply(const smtp_reply *r)
{
	const char *text = fuzz_data(&r->text);
	size_t i, lfs = 0;
	smtp_caps caps;

	FUZZ_CHECK(r->lines > 0);
	FUZZ_CHECK(r->text.len <= SMTP_REPLY_MAX_TOTAL);
	FUZZ_CHECK(r->text.len > 0 && text[r->text.len - 1] == '\n');
	for (i = 0; i < r->text.len; i++) {
		lfs += text[i] == '\n';
	}
	FUZZ_CHECK(lfs == r->lines);
	FUZZ_CHECK(strlen(r->enhanced) < sizeof(r->enhanced));
	FUZZ_CHECK(r->code >= 0 && r->code <= 999);

	memset(&caps, 0, sizeof(caps));
	smtp_caps_parse(&caps, r);

	/* The text after "334 " is a CRAM-MD5 challenge to the session. */
	if (r->text.len >= 4 && memcmp(text, "334 ", 4) == 0) {
		const char *end = memchr(text, '\n', r->text.len);
		size_t n = (size_t)(end - text) - 4;
		smtp_buf out = SMTP_BUF_INIT, decoded = SMTP_BUF_INIT;
		smtp_error err;

		if (smtp_sasl_cram_md5(&out, text + 4, n, "alice", 5, "secret", 6, &err) == SMTP_OK) {
			/* base64 of "alice " and 32 hex digits. */
			FUZZ_CHECK(out.len == 52);
			FUZZ_CHECK(mime_base64_decode(&decoded, out.data, out.len));
			FUZZ_CHECK(decoded.len == 38 && memcmp(decoded.data, "alice ", 6) == 0);
		}
		smtp_buf_free(&out);
		smtp_buf_free(&decoded);
	}
}

/*
 * Parses data in slices: whole when step is 0, else byte by byte (step 1)
 * or in random lengths (step 2, from rng).
 */
static void parse(const char *data, size_t len, int step, uint64_t rng, smtp_buf *sum)
{
	smtp_reply_parser p;
	smtp_reply reply;
	smtp_error err;
	size_t pos = 0;
	bool failed = false;

	smtp_reply_parser_init(&p);
	smtp_reply_init(&reply);
	while (pos < len && !failed) {
		size_t n = len - pos, off = 0, used;

		if (step == 1) {
			n = 1;
		} else if (step == 2) {
			/* Mostly short slices, sometimes long ones. */
			uint64_t r = fuzz_next(&rng);
			size_t want = (size_t)(r % (r & 0x100 ? 4099 : 13)) + 1;

			n = want < n ? want : n;
		}
		while (off < n) {
			smtp_status st = smtp_reply_parser_feed(&p, data + pos + off, n - off, &used, &reply, &err);

			FUZZ_CHECK(used <= n - off);
			off += used;
			if (st == SMTP_OK) {
				summary_reply(sum, &reply);
				if (step == 0) {
					consume_reply(&reply);
				}
				continue;
			}
			if (st == SMTP_AGAIN) {
				FUZZ_CHECK(off == n);
				break;
			}
			FUZZ_CHECK(st == SMTP_ERR_PROTOCOL);
			failed = true;
			break;
		}
		pos += n;
	}
	smtp_buf_append_str(sum, failed ? "PROTOCOL" : "AGAIN");
	smtp_reply_free(&reply);
	smtp_reply_parser_free(&p);
}

/* {{{ the reference parser */

static bool ref_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* 1 to 3 digits at s, then stop; returns how many (0 if none or more than 3). */
static size_t ref_digits(const char *s, size_t len)
{
	size_t n = 0;

	while (n < len && ref_digit(s[n])) {
		n++;
	}
	return n >= 1 && n <= 3 ? n : 0;
}

/* RFC 3463 class.subject.detail after "NNN " or "NNN-", followed by a space, CR, LF or the end. */
static void ref_code(const char *line, size_t len, int *code, char *enhanced)
{
	const char *e;
	size_t el, a, b;

	*code = 0;
	enhanced[0] = '\0';
	if (len < 3 || !ref_digit(line[0]) || !ref_digit(line[1]) || !ref_digit(line[2])) {
		return;
	}
	*code = atoi((char[4]){line[0], line[1], line[2], 0});
	if (len < 4 || (line[3] != ' ' && line[3] != '-')) {
		return;
	}
	e = line + 4;
	el = len - 4;
	/* memchr, not strchr: strchr() finds a NUL byte too (the string's own end). */
	if (el < 5 || !memchr("245", e[0], 3) || e[1] != '.') {
		return;
	}
	a = ref_digits(e + 2, el - 2);
	if (!a || 2 + a >= el || e[2 + a] != '.') {
		return;
	}
	b = ref_digits(e + 3 + a, el - 3 - a);
	if (!b) {
		return;
	}
	if (3 + a + b < el && !memchr(" \r\n", e[3 + a + b], 3)) {
		return;
	}
	memcpy(enhanced, e, 3 + a + b);
	enhanced[3 + a + b] = '\0';
}

static void ref_parse(const char *data, size_t len, smtp_buf *sum)
{
	size_t pos = 0, reply_start = 0, lines = 0;
	int code = 0;
	char enhanced[16] = "";

	while (pos < len) {
		const char *lf = memchr(data + pos, '\n', len - pos);
		size_t line_len, content;

		if (!lf) {
			/* An unfinished line: a final CR may still be the start of its CRLF. */
			line_len = len - pos;
			content = line_len - (data[len - 1] == '\r');
			if (content > SMTP_REPLY_MAX_LINE || (pos - reply_start) + line_len > SMTP_REPLY_MAX_TOTAL) {
				smtp_buf_append_str(sum, "PROTOCOL");
				return;
			}
			break;
		}
		line_len = (size_t)(lf - (data + pos)) + 1;
		content = line_len - 1 - (line_len >= 2 && data[pos + line_len - 2] == '\r');
		if (content > SMTP_REPLY_MAX_LINE || (pos - reply_start) + line_len > SMTP_REPLY_MAX_TOTAL) {
			smtp_buf_append_str(sum, "PROTOCOL");
			return;
		}
		if (lines == 0) {
			ref_code(data + pos, line_len, &code, enhanced);
		}
		lines++;
		pos += line_len;
		if (line_len < 4 || data[pos - line_len + 3] != '-') {
			smtp_buf_appendf(sum, "%d|%s|%zu|", code, enhanced, lines);
			smtp_buf_append(sum, data + reply_start, pos - reply_start);
			smtp_buf_append_char(sum, '#');
			reply_start = pos;
			lines = 0;
		}
	}
	smtp_buf_append_str(sum, "AGAIN");
}

/* }}} */

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	fuzz_input in = {bytes, size};
	uint8_t flags = fuzz_u8(&in);
	size_t raw_len, len;
	const char *raw = fuzz_rest(&in, &raw_len);
	char *data;
	smtp_buf whole = SMTP_BUF_INIT, other = SMTP_BUF_INIT;

	if (flags & 1) {
		/* Past the 64 KiB of a reply by a little: enough for every limit. */
		data = fuzz_expand(raw, raw_len, SMTP_REPLY_MAX_TOTAL + 2 * SMTP_REPLY_MAX_LINE, &len);
	} else {
		len = raw_len;
		data = malloc(len ? len : 1);
		memcpy(data, raw, len);
	}

	parse(data, len, 0, 0, &whole);
	ref_parse(data, len, &other);
	FUZZ_CHECK_MEM("reference parse", fuzz_data(&whole), whole.len, fuzz_data(&other), other.len);

	if (len <= 1024) {
		smtp_buf_reset(&other);
		parse(data, len, 1, 0, &other);
		FUZZ_CHECK_MEM("byte-by-byte parse", fuzz_data(&whole), whole.len, fuzz_data(&other), other.len);
	}

	smtp_buf_reset(&other);
	parse(data, len, 2, (uint64_t)flags * 0x100000001b3ull + len, &other);
	FUZZ_CHECK_MEM("sliced parse", fuzz_data(&whole), whole.len, fuzz_data(&other), other.len);

	smtp_buf_free(&whole);
	smtp_buf_free(&other);
	free(data);
	return 0;
}
