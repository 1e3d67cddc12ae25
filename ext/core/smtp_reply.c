/*
 * smtp_reply.c - I/O-free parser of SMTP replies.
 *
 * Bytes are scanned with memchr for the LF ending a line. A line split
 * across feeds waits in p->line; complete lines are appended to the partial
 * reply, which is handed over once a line without '-' as its fourth byte
 * ends it.
 */
#include "smtp_reply.h"

#include <string.h>

void smtp_reply_init(smtp_reply *reply)
{
	reply->code = 0;
	reply->enhanced[0] = '\0';
	reply->lines = 0;
	smtp_buf_init(&reply->text);
}

void smtp_reply_free(smtp_reply *reply)
{
	smtp_buf_free(&reply->text);
	smtp_reply_init(reply);
}

void smtp_reply_reset(smtp_reply *reply)
{
	reply->code = 0;
	reply->enhanced[0] = '\0';
	reply->lines = 0;
	smtp_buf_reset(&reply->text);
}

void smtp_reply_parser_init(smtp_reply_parser *p)
{
	smtp_buf_init(&p->line);
	smtp_reply_init(&p->partial);
}

void smtp_reply_parser_free(smtp_reply_parser *p)
{
	smtp_buf_free(&p->line);
	smtp_reply_free(&p->partial);
}

void smtp_reply_parser_reset(smtp_reply_parser *p)
{
	smtp_buf_reset(&p->line);
	smtp_reply_reset(&p->partial);
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Length of the run of 1 to 3 digits at s[0..len), 0 if there is none or it is longer. */
static size_t digit_run(const char *s, size_t len)
{
	size_t n = 0;

	while (n < len && is_digit(s[n])) {
		n++;
	}
	return n <= 3 ? n : 0;
}

/*
 * The RFC 3463 code class.subject.detail at the start of s[0..len), followed
 * by a space or the end of the line; returns its length, 0 if there is none.
 */
static size_t enhanced_length(const char *s, size_t len)
{
	size_t pos, n;

	if (len < 5 || (s[0] != '2' && s[0] != '4' && s[0] != '5') || s[1] != '.') {
		return 0;
	}
	pos = 2;
	n = digit_run(s + pos, len - pos);
	if (!n || pos + n >= len || s[pos + n] != '.') {
		return 0;
	}
	pos += n + 1;
	n = digit_run(s + pos, len - pos);
	if (!n) {
		return 0;
	}
	pos += n;
	if (pos < len && s[pos] != ' ' && s[pos] != '\r' && s[pos] != '\n') {
		return 0;
	}
	return pos;
}

void smtp_reply_parse_code(const char *line, size_t len, int *code, char enhanced[16])
{
	size_t n;

	*code = 0;
	enhanced[0] = '\0';
	if (len < 3 || !is_digit(line[0]) || !is_digit(line[1]) || !is_digit(line[2])) {
		return;
	}
	*code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
	if (len < 4 || (line[3] != ' ' && line[3] != '-')) {
		return;
	}
	n = enhanced_length(line + 4, len - 4);
	memcpy(enhanced, line + 4, n);
	enhanced[n] = '\0';
}

/* Drops the partial reply: after an error the stream cannot be trusted. */
static smtp_status fail(smtp_reply_parser *p, smtp_error *err, smtp_status status, const char *what)
{
	smtp_reply_parser_reset(p);
	return smtp_error_set(err, status, "%s", what);
}

/* The i-th byte from the end (1 = last) of the pending line followed by piece[0..n). */
static char tail_byte(const smtp_reply_parser *p, const char *piece, size_t n, size_t i)
{
	if (i <= n) {
		return piece[n - i];
	}
	i -= n;
	return i <= p->line.len ? p->line.data[p->line.len - i] : '\0';
}

/*
 * Checks the bounds before piece[0..n) joins the pending line, so nothing
 * oversized is ever buffered. The line end does not count towards the line
 * limit; while the LF has not arrived, a trailing CR is given the benefit
 * of the doubt.
 */
static smtp_status check_size(smtp_reply_parser *p, const char *piece, size_t n, bool complete,
	smtp_error *err)
{
	size_t total = p->line.len + n;
	size_t ending;

	if (complete) {
		ending = 1 + (tail_byte(p, piece, n, 2) == '\r');
	} else {
		ending = tail_byte(p, piece, n, 1) == '\r';
	}
	if (total - ending > SMTP_REPLY_MAX_LINE) {
		return fail(p, err, SMTP_ERR_PROTOCOL, "reply line too long");
	}
	if (p->partial.text.len + total > SMTP_REPLY_MAX_TOTAL) {
		return fail(p, err, SMTP_ERR_PROTOCOL, "reply too long");
	}
	return SMTP_OK;
}

/* Moves the complete line in p->line to the partial reply; *ends says if it ends the reply. */
static smtp_status take_line(smtp_reply_parser *p, bool *ends, smtp_error *err)
{
	smtp_reply *r = &p->partial;
	const char *line = p->line.data;
	size_t len = p->line.len;

	if (r->lines == 0) {
		smtp_reply_parse_code(line, len, &r->code, r->enhanced);
	}
	if (!smtp_buf_append(&r->text, line, len)) {
		return fail(p, err, SMTP_ERR_NOMEM, "out of memory reading a reply");
	}
	r->lines++;
	*ends = len < 4 || line[3] != '-';
	smtp_buf_reset(&p->line);
	return SMTP_OK;
}

/* Hands the complete reply to out, keeping out's old memory for the next one. */
static void hand_over(smtp_reply_parser *p, smtp_reply *out)
{
	smtp_reply done = p->partial;

	p->partial = *out;
	smtp_reply_reset(&p->partial);
	*out = done;
}

smtp_status smtp_reply_parser_feed(smtp_reply_parser *p, const char *data, size_t len,
	size_t *consumed, smtp_reply *out, smtp_error *err)
{
	size_t pos = 0;
	smtp_status status;
	bool ends;

	*consumed = 0;
	while (pos < len) {
		const char *lf = memchr(data + pos, '\n', len - pos);
		size_t take = lf ? (size_t)(lf - (data + pos)) + 1 : len - pos;

		status = check_size(p, data + pos, take, lf != NULL, err);
		if (status != SMTP_OK) {
			return status;
		}
		if (!smtp_buf_append(&p->line, data + pos, take)) {
			return fail(p, err, SMTP_ERR_NOMEM, "out of memory reading a reply");
		}
		pos += take;
		*consumed = pos;
		if (!lf) {
			break;
		}
		status = take_line(p, &ends, err);
		if (status != SMTP_OK) {
			return status;
		}
		if (ends) {
			hand_over(p, out);
			return SMTP_OK;
		}
	}
	return SMTP_AGAIN;
}
