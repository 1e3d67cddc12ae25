/*
 * fuzz_data.c - the DATA writer of smtp_session.c (PHPMailer's
 * SMTP::data(): line breaks made CRLF, lines over 998 bytes split,
 * continuation lines of the header block indented, dot-stuffing), driven
 * through a session on the in-memory transport (smtp_memio.c).
 *
 * Input: flags (0x01: runs expanded, see fuzz_expand(), for lines past
 * 998 bytes; the rest seeds the slicing), then the message content, written
 * in random slices (empty ones included).
 *
 * Differential: the bytes on the wire after "DATA" must equal what
 * SMTP::data() of PHPMailer 6.12.0, transliterated here line by line,
 * sends for the whole content. Invariants: the content ends with
 * CRLF "." CRLF and holds no CRLF "." CRLF before (counting the CRLF of
 * the DATA command before it), no bare CR or LF, no line over 1000 bytes
 * with its CRLF (RFC 5321 4.5.3.1.6, the stuffed dot not counted); the
 * traced content lines are exactly the lines sent.
 */
#include "fuzz.h"

#include "mime_encode.h"
#include "smtp_memio.h"
#include "smtp_session.h"

#define MAX_LINE 998

/* SMTP::data() of PHPMailer 6.12.0 for the content, then the final ".". */
static void ref_data(smtp_buf *out, const char *msg, size_t len)
{
	smtp_buf norm = SMTP_BUF_INIT, line = SMTP_BUF_INIT, rest = SMTP_BUF_INIT;
	const char *first, *colon, *p, *end;
	bool in_headers = false;

	/* str_replace(["\r\n", "\r"], "\n", $msg_data), as fuzz_encode checks normalizeBreaks() */
	mime_normalize_breaks(&norm, msg, len, MIME_LE_LF);
	p = fuzz_data(&norm);
	end = p + norm.len;
	/* $field = substr($lines[0], 0, strpos($lines[0], ':')): empty without a colon. */
	first = memchr(p, '\n', norm.len);
	first = first ? first : end;
	colon = memchr(p, ':', (size_t)(first - p));
	if (colon && colon > p && !(colon - p == 1 && p[0] == '0') && !memchr(p, ' ', (size_t)(colon - p))) {
		in_headers = true;
	}
	for (;;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;

		smtp_buf_reset(&line);
		smtp_buf_append(&line, p, (size_t)(le - p));
		if (in_headers && line.len == 0) {
			in_headers = false;
		}
		/* Lines out, each dot-stuffed and sent with CRLF as it is cut. */
		while (line.len > MAX_LINE) {
			size_t pos = 0, k, cut_len, skip;

			/* strrpos(substr($line, 0, MAX_LINE_LENGTH), ' '); 0 counts as not found. */
			for (k = MAX_LINE; k > 0; k--) {
				if (line.data[k - 1] == ' ') {
					pos = k - 1;
					break;
				}
			}
			if (!pos) {
				cut_len = MAX_LINE - 1;
				skip = MAX_LINE - 1;
			} else {
				cut_len = pos;
				skip = pos + 1;
			}
			if (cut_len && line.data[0] == '.') {
				smtp_buf_append_char(out, '.');
			}
			smtp_buf_append(out, line.data, cut_len);
			smtp_buf_append(out, "\r\n", 2);
			smtp_buf_reset(&rest);
			if (in_headers) {
				smtp_buf_append_char(&rest, '\t');
			}
			smtp_buf_append(&rest, line.data + skip, line.len - skip);
			smtp_buf_reset(&line);
			smtp_buf_append(&line, fuzz_data(&rest), rest.len);
		}
		if (line.len && line.data[0] == '.') {
			smtp_buf_append_char(out, '.');
		}
		smtp_buf_append(out, fuzz_data(&line), line.len);
		smtp_buf_append(out, "\r\n", 2);
		if (!nl) {
			break;
		}
		p = nl + 1;
	}
	smtp_buf_append(out, ".\r\n", 3);
	smtp_buf_free(&norm);
	smtp_buf_free(&line);
	smtp_buf_free(&rest);
}

/* The content lines the session traced, each with CRLF. */
static void trace_hook(void *ctx, smtp_trace_kind kind, const char *data, size_t len)
{
	smtp_buf *lines = ctx;

	if (kind == SMTP_TRACE_DATA_LINE) {
		smtp_buf_append(lines, data, len);
		smtp_buf_append(lines, "\r\n", 2);
	}
}

static void check_wire(const char *w, size_t len)
{
	size_t i, line = 0;

	FUZZ_CHECK(len >= 3 && memcmp(w + len - 3, ".\r\n", 3) == 0);
	FUZZ_CHECK(len == 3 || (len >= 5 && memcmp(w + len - 5, "\r\n.\r\n", 5) == 0));
	/* The DATA command's CRLF comes right before: the content must not start with ".\r\n". */
	FUZZ_CHECK(len == 3 || memcmp(w, ".\r\n", 3) != 0);
	for (i = 0; i + 5 < len; i++) {
		FUZZ_CHECK(memcmp(w + i, "\r\n.\r\n", 5) != 0);
	}
	for (i = 0; i < len; i++) {
		if (w[i] == '\r') {
			FUZZ_CHECK(i + 1 < len && w[i + 1] == '\n');
			FUZZ_CHECK(line <= 998 || (line == 999 && w[i - 999] == '.'));
			line = 0;
			i++;
		} else {
			FUZZ_CHECK(w[i] != '\n');
			line++;
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	fuzz_input in = {bytes, size};
	uint8_t flags = fuzz_u8(&in);
	uint64_t rng = flags | 0x100;
	size_t raw_len, len, pos;
	const char *raw = fuzz_rest(&in, &raw_len);
	char *content;
	smtp_session *s = smtp_session_new();
	smtp_transport *t = smtp_memio_new();
	smtp_buf lines = SMTP_BUF_INIT, expected = SMTP_BUF_INIT;
	smtp_reply reply;
	smtp_error err;
	const char *wire;
	size_t wire_len;

	if (flags & 1) {
		content = fuzz_expand(raw, raw_len, 64 * 1024, &len);
	} else {
		len = raw_len;
		content = malloc(len ? len : 1);
		memcpy(content, raw, len);
	}

	smtp_reply_init(&reply);
	smtp_session_set_trace(s, trace_hook, &lines, true);
	FUZZ_CHECK(smtp_session_attach(s, t, &err) == SMTP_OK);
	smtp_memio_push_str(t, "220 mx.example.com ESMTP\r\n");
	FUZZ_CHECK(smtp_session_read_reply(s, &reply, &err) == SMTP_OK);
	smtp_memio_push_str(t, "354 go ahead\r\n");
	FUZZ_CHECK(smtp_session_command(s, "DATA", 4, false, &reply, &err) == SMTP_OK);
	FUZZ_CHECK(smtp_session_state(s) == SMTP_STATE_DATA);
	smtp_memio_clear_written(t);
	smtp_buf_reset(&lines);

	for (pos = 0; pos <= len;) {
		uint64_t r = fuzz_next(&rng);
		/* Mostly pieces of up to 3000 bytes, some of a few bytes, some empty. */
		size_t n = (size_t)(r % ((r & 0x70000) ? 3000 : 7));

		n = n < len - pos ? n : len - pos;
		FUZZ_CHECK(smtp_session_data_write(s, content + pos, n, &err) == SMTP_OK);
		pos += n;
		if (pos == len) {
			break;
		}
	}
	smtp_memio_push_str(t, "250 2.0.0 queued\r\n");
	FUZZ_CHECK(smtp_session_data_end(s, &reply, &err) == SMTP_OK);
	FUZZ_CHECK(reply.code == 250 && smtp_session_state(s) == SMTP_STATE_READY);

	wire = smtp_memio_written(t, &wire_len);
	ref_data(&expected, content, len);
	FUZZ_CHECK_MEM("DATA content", wire, wire_len, fuzz_data(&expected), expected.len);
	check_wire(wire, wire_len);
	smtp_buf_append(&lines, ".\r\n", 3);
	FUZZ_CHECK_MEM("traced lines", fuzz_data(&lines), lines.len, wire, wire_len);

	smtp_reply_free(&reply);
	smtp_session_free(s);
	smtp_buf_free(&lines);
	smtp_buf_free(&expected);
	free(content);
	return 0;
}
