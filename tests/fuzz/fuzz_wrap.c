/*
 * fuzz_wrap.c - wrapText() and utf8CharBoundary() (mime_encode.c), which
 * fold header Q words and body text, and are public PHPMailer methods taking
 * any PHP int as the length.
 *
 * Input: flags (0x01: le is LF; 0x02: qp_mode; 0x04: UTF-8 CharSet; 0x08:
 * the text is encodeQ() of the data, as encodeHeader() hands it over; 0x10:
 * the length is a full 64-bit value, else a small one), the length (2 or 8
 * bytes), then the text.
 *
 * Differential: against wrapText() and utf8CharBoundary() transliterated
 * from PHPMailer 6.12.0 line by line, with PHP's substr() and hexdec(), and
 * the one documented difference (where PHPMailer would cut nothing forever,
 * the engine cuts at the length), for lengths where PHP's arithmetic stays
 * in range. For any 64-bit length the engine must just not misbehave (the
 * sanitizers watch its arithmetic). Invariants: without qp_mode, the output
 * is the text with some spaces turned into line breaks; in qp_mode, from a
 * Q-encoded text, removing the soft breaks gives the text back, and no
 * "=XX" escape is split.
 */
#include "fuzz.h"

#include "mime_encode.h"

/* {{{ PHP, transliterated */

/* PHP 8's substr($s, $from, $length) as a (start, length) slice of a string of n bytes. */
static void php_substr(size_t n, int64_t from, int64_t length, bool has_length, size_t *start, size_t *len)
{
	int64_t f = from, l = length;

	*start = 0;
	*len = 0;
	if (f > (int64_t)n) {
		return;
	}
	if (f < 0) {
		f = -f > (int64_t)n ? 0 : (int64_t)n + f;
	}
	if (!has_length) {
		l = (int64_t)n - f;
	} else if (l < 0) {
		l = -l > (int64_t)n - f ? 0 : (int64_t)n - f + l;
	} else if (l > (int64_t)n - f) {
		l = (int64_t)n - f;
	}
	*start = (size_t)f;
	*len = (size_t)l;
}

static unsigned php_hexdec(const char *s, size_t len)
{
	unsigned v = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		char c = s[i];

		if (c >= '0' && c <= '9') {
			v = v * 16 + (unsigned)(c - '0');
		} else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
			v = v * 16 + (unsigned)((c | 0x20) - 'a' + 10);
		}
	}
	return v;
}

/*
 * utf8CharBoundary(). PHPMailer loops forever when every window it tries
 * shows a continuation byte; once the window is clamped to the same bytes
 * for good (the look-back is past the length and the whole string), the
 * answer cannot change, and the engine returns max_length: so does this,
 * after looking further than the engine does.
 */
static int64_t ref_boundary(const char *s, size_t n, int64_t max)
{
	int64_t look, cap = (max < 0 ? -max : max) + 3 * (int64_t)n + 30;

	for (look = 3; look <= cap; look += 3) {
		size_t ws, wl, hs, hl;
		const char *eq;
		unsigned dec;
		int64_t pos;

		php_substr(n, max - look, look, true, &ws, &wl);
		eq = wl ? memchr(s + ws, '=', wl) : NULL;
		if (!eq) {
			return max;
		}
		pos = eq - (s + ws);
		php_substr(n, max - look + pos + 1, 2, true, &hs, &hl);
		dec = php_hexdec(s + hs, hl);
		if (dec < 128) {
			return pos > 0 ? max - (look - pos) : max;
		}
		if (dec >= 192) {
			return max - (look - pos);
		}
	}
	return max;
}

static void append_substr(smtp_buf *out, const char *s, size_t n, int64_t from, int64_t length, bool has_length)
{
	size_t st, l;

	php_substr(n, from, length, has_length, &st, &l);
	smtp_buf_append(out, s + st, l);
}

/* substr($word, $from[, $length]) into a fresh buffer. */
static void set_substr(smtp_buf *dst, const char *s, size_t n, int64_t from, int64_t length, bool has_length)
{
	smtp_buf tmp = SMTP_BUF_INIT;

	append_substr(&tmp, s, n, from, length, has_length);
	smtp_buf_free(dst);
	*dst = tmp;
}

static bool substr_is_eq(const char *s, size_t n, int64_t from)
{
	size_t st, l;

	php_substr(n, from, 1, true, &st, &l);
	return l == 1 && s[st] == '=';
}

/* The cut point of a QP word for a line of len bytes. */
static int64_t ref_cut(const char *w, size_t n, int64_t len, bool utf8)
{
	if (utf8) {
		return ref_boundary(w, n, len);
	}
	if (substr_is_eq(w, n, len - 1)) {
		return len - 1;
	}
	if (substr_is_eq(w, n, len - 2)) {
		return len - 2;
	}
	return len;
}

static void ref_wrap(smtp_buf *message, const char *text, size_t text_len, int64_t length, bool qp_mode, bool utf8,
	mime_le le)
{
	smtp_buf norm = SMTP_BUF_INIT, buf = SMTP_BUF_INIT, word = SMTP_BUF_INIT, part = SMTP_BUF_INIT;
	size_t pos, n, lelen = le.len;

	mime_normalize_breaks(&norm, text, text_len, le);
	if (norm.len >= lelen && memcmp(norm.data + norm.len - lelen, le.s, lelen) == 0) {
		norm.len -= lelen;
	}
	/* explode(LE) */
	for (pos = 0;;) {
		const char *line = fuzz_data(&norm) + pos;
		const char *next = fuzz_find(line, norm.len - pos, le.s, lelen);
		size_t line_len = next ? (size_t)(next - line) : norm.len - pos, wpos = 0;
		bool first = true;

		smtp_buf_reset(&buf);
		/* explode(' ') */
		for (;;) {
			const char *sp = memchr(line + wpos, ' ', line_len - wpos);
			size_t wl = sp ? (size_t)(sp - (line + wpos)) : line_len - wpos;

			smtp_buf_reset(&word);
			smtp_buf_append(&word, line + wpos, wl);
			if (qp_mode && (int64_t)word.len > length) {
				int64_t space_left = length - (int64_t)buf.len - (int64_t)lelen;

				if (!first) {
					if (space_left > 20) {
						int64_t len = ref_cut(fuzz_data(&word), word.len, space_left, utf8);

						set_substr(&part, fuzz_data(&word), word.len, 0, len, true);
						set_substr(&word, fuzz_data(&word), word.len, len, 0, false);
						smtp_buf_append_char(&buf, ' ');
						smtp_buf_append(&buf, fuzz_data(&part), part.len);
						smtp_buf_append(message, fuzz_data(&buf), buf.len);
						smtp_buf_append_char(message, '=');
						smtp_buf_append(message, le.s, lelen);
					} else {
						smtp_buf_append(message, fuzz_data(&buf), buf.len);
						smtp_buf_append(message, " =", 2);
						smtp_buf_append(message, le.s, lelen);
					}
					smtp_buf_reset(&buf);
				}
				while (word.len && length > 0) {
					smtp_buf old = SMTP_BUF_INIT;
					int64_t len = ref_cut(fuzz_data(&word), word.len, length, utf8);

					smtp_buf_append(&old, fuzz_data(&word), word.len);
					set_substr(&part, fuzz_data(&old), old.len, 0, len, true);
					set_substr(&word, fuzz_data(&old), old.len, len, 0, false);
					if (word.len == old.len) {
						/* The engine's deviation: cut plainly where PHPMailer would loop forever. */
						set_substr(&part, fuzz_data(&old), old.len, 0, length, true);
						set_substr(&word, fuzz_data(&old), old.len, length, 0, false);
					}
					smtp_buf_free(&old);
					if (word.len) {
						smtp_buf_append(message, fuzz_data(&part), part.len);
						smtp_buf_append_char(message, '=');
						smtp_buf_append(message, le.s, lelen);
					} else {
						smtp_buf_reset(&buf);
						smtp_buf_append(&buf, fuzz_data(&part), part.len);
					}
				}
			} else {
				smtp_buf buf_o = SMTP_BUF_INIT;

				smtp_buf_append(&buf_o, fuzz_data(&buf), buf.len);
				if (!first) {
					smtp_buf_append_char(&buf, ' ');
				}
				smtp_buf_append(&buf, fuzz_data(&word), word.len);
				if (buf_o.len && (int64_t)buf.len > length) {
					smtp_buf_append(message, fuzz_data(&buf_o), buf_o.len);
					if (qp_mode) {
						smtp_buf_append(message, " =", 2);
					}
					smtp_buf_append(message, le.s, lelen);
					smtp_buf_reset(&buf);
					smtp_buf_append(&buf, fuzz_data(&word), word.len);
				}
				smtp_buf_free(&buf_o);
			}
			first = false;
			if (!sp) {
				break;
			}
			wpos += wl + 1;
		}
		smtp_buf_append(message, fuzz_data(&buf), buf.len);
		smtp_buf_append(message, le.s, lelen);
		if (!next) {
			break;
		}
		n = (size_t)(next - fuzz_data(&norm));
		pos = n + lelen;
	}
	smtp_buf_free(&norm);
	smtp_buf_free(&buf);
	smtp_buf_free(&word);
	smtp_buf_free(&part);
}

/* }}} */

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	fuzz_input in = {bytes, size};
	uint8_t flags = fuzz_u8(&in);
	bool qp_mode = flags & 2, utf8 = flags & 4, wide = flags & 0x10;
	mime_le le = flags & 1 ? MIME_LE_LF : MIME_LE_CRLF;
	int64_t length = wide ? (int64_t)fuzz_u64(&in) : (int64_t)(int16_t)fuzz_u16(&in);
	size_t raw_len, len;
	const char *raw = fuzz_rest(&in, &raw_len);
	smtp_buf q = SMTP_BUF_INIT, out = SMTP_BUF_INIT, ref = SMTP_BUF_INIT;
	char *text;
	bool small = length > -100000 && length < 100000;

	if (flags & 8) {
		mime_encode_q(&q, raw, raw_len, MIME_POS_TEXT);
		raw = fuzz_data(&q);
		raw_len = q.len;
	}
	len = raw_len;
	text = malloc(len ? len : 1);
	memcpy(text, raw, len);

	/* utf8CharBoundary() */
	{
		ptrdiff_t got = mime_utf8_char_boundary(text, len, (ptrdiff_t)length);

		FUZZ_CHECK(got <= length);
		if (small && len <= 4096) {
			FUZZ_CHECK(got == ref_boundary(text, len, length));
		}
	}

	FUZZ_CHECK(mime_wrap_text(&out, text, len, (ptrdiff_t)length, qp_mode, utf8, le));
	if (small && len <= 4096) {
		ref_wrap(&ref, text, len, length, qp_mode, utf8, le);
		FUZZ_CHECK_MEM("wrapText", fuzz_data(&out), out.len, fuzz_data(&ref), ref.len);
	}

	if (!qp_mode) {
		/* Some spaces became line breaks: with breaks as LF, the normalised text and a final LF. */
		smtp_buf norm = SMTP_BUF_INIT, got = SMTP_BUF_INIT;
		size_t i;

		mime_normalize_breaks(&norm, text, len, MIME_LE_LF);
		if (norm.len && norm.data[norm.len - 1] == '\n') {
			norm.len--;
		}
		smtp_buf_append_char(&norm, '\n');
		mime_normalize_breaks(&got, fuzz_data(&out), out.len, MIME_LE_LF);
		FUZZ_CHECK(got.len == norm.len);
		for (i = 0; i < norm.len; i++) {
			FUZZ_CHECK(got.data[i] == norm.data[i] || (got.data[i] == '\n' && norm.data[i] == ' '));
		}
		smtp_buf_free(&norm);
		smtp_buf_free(&got);
	} else if ((flags & 8) && length > 0 && len) {
		/* A Q-encoded text (no space, no line break): its soft breaks removed, it comes back. */
		smtp_buf joined = SMTP_BUF_INIT;
		const char *o = fuzz_data(&out);
		size_t i;

		for (i = 0; i < out.len;) {
			if (o[i] == '=' && out.len - i > le.len && memcmp(o + i + 1, le.s, le.len) == 0) {
				/* A cut never splits an "=XX" escape (unless the engine had to cut plainly). */
				if (!utf8 && length >= 3) {
					FUZZ_CHECK(!(i >= 1 && o[i - 1] == '=') && !(i >= 2 && o[i - 2] == '='));
				}
				i += 1 + le.len;
				continue;
			}
			smtp_buf_append_char(&joined, o[i]);
			i++;
		}
		FUZZ_CHECK(joined.len >= le.len);
		joined.len -= le.len;
		FUZZ_CHECK_MEM("qp wrapText unwrapped", fuzz_data(&joined), joined.len, text, len);
		smtp_buf_free(&joined);
	}

	smtp_buf_free(&q);
	smtp_buf_free(&out);
	smtp_buf_free(&ref);
	free(text);
	return 0;
}
