/*
 * mime_encode.c - the content encodings and text helpers of a message,
 * byte for byte as PHP and PHPMailer produce them.
 */
#include "mime_encode.h"
#include "smtp_scan.h"

#include <stdint.h>
#include <string.h>

#define QP_MAX_LINE 75 /* PHP's quoted_printable_encode() line budget */

static const char b64_alphabet[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char hex_digits[] = "0123456789ABCDEF";

/* Ends a run of direct writes into reserved space of out at d. */
static void buf_commit(smtp_buf *out, char *d)
{
	out->len = (size_t)(d - out->data);
	out->data[out->len] = '\0';
}

static char *put_le(char *d, mime_le le)
{
	/* Once per line: CRLF and LF are stored directly rather than through a call to memcpy(). */
	if (le.len == 2) {
		d[0] = le.s[0];
		d[1] = le.s[1];
	} else if (le.len == 1) {
		d[0] = le.s[0];
	} else {
		memcpy(d, le.s, le.len);
	}
	return d + le.len;
}

static char *put_hex_escape(char *d, unsigned char c)
{
	*d++ = '=';
	*d++ = hex_digits[c >> 4];
	*d++ = hex_digits[c & 0xf];
	return d;
}

/* ---- base64 ---- */

static size_t b64_encoded_len(size_t len)
{
	return len / 3 * 4 + (len % 3 ? 4 : 0);
}

/*
 * Base64 of whole 3-byte groups. The scalar loop reads each group into a
 * register first (the stores through d could alias in and would otherwise
 * force reloads). On x86-64 with AVX2, 24 bytes become 32 characters per
 * step (W. Mula's and D. Lemire's method: a byte shuffle places each group's
 * bytes, two multiplies split them into 6-bit values, and a 16-entry table
 * of offsets maps the values to the alphabet). A step reads 28 bytes, so it
 * runs while at least 28 remain; B64_SLACK is how far a caller may let the
 * last step write past the characters it asked for (b64_line_fast()).
 */
#define B64_SLACK 32

static char *b64_groups_scalar(char *d, const unsigned char *in, size_t len)
{
	for (; len >= 3; in += 3, len -= 3, d += 4) {
		uint32_t v = (uint32_t)in[0] << 16 | (uint32_t)in[1] << 8 | in[2];

		d[0] = b64_alphabet[v >> 18];
		d[1] = b64_alphabet[(v >> 12) & 0x3f];
		d[2] = b64_alphabet[(v >> 6) & 0x3f];
		d[3] = b64_alphabet[v & 0x3f];
	}
	return d;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define B64_AVX2 1

/* 24 bytes at in (28 readable) to 32 characters at d. */
__attribute__((target("avx2"))) static inline void b64_step_avx2(char *d, const unsigned char *in)
{
	const __m256i shuffle = _mm256_setr_epi8(
		1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10,
		1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
	const __m256i offsets = _mm256_setr_epi8(
		65, 71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 0, 0,
		65, 71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 0, 0);
	__m256i v = _mm256_inserti128_si256(_mm256_castsi128_si256(_mm_loadu_si128((const __m128i *)in)),
		_mm_loadu_si128((const __m128i *)(in + 12)), 1);
	__m256i t0, t1, idx;

	v = _mm256_shuffle_epi8(v, shuffle);
	t0 = _mm256_mulhi_epu16(_mm256_and_si256(v, _mm256_set1_epi32(0x0fc0fc00)), _mm256_set1_epi32(0x04000040));
	t1 = _mm256_mullo_epi16(_mm256_and_si256(v, _mm256_set1_epi32(0x003f03f0)), _mm256_set1_epi32(0x01000010));
	v = _mm256_or_si256(t0, t1);
	/* 0..25 -> 'A'.., 26..51 -> 'a'.., 52..61 -> '0'.., 62 -> '+', 63 -> '/'. */
	idx = _mm256_subs_epu8(v, _mm256_set1_epi8(51));
	idx = _mm256_sub_epi8(idx, _mm256_cmpgt_epi8(v, _mm256_set1_epi8(25)));
	v = _mm256_add_epi8(v, _mm256_shuffle_epi8(offsets, idx));
	_mm256_storeu_si256((__m256i *)d, v);
}

__attribute__((target("avx2"))) static char *b64_groups_avx2(char *d, const unsigned char *in, size_t len)
{
	for (; len >= 28; in += 24, len -= 24, d += 32) {
		b64_step_avx2(d, in);
	}
	return b64_groups_scalar(d, in, len);
}

/*
 * One 76-character line of the 57 bytes at in, 76 readable: three steps,
 * the last writing 20 characters beyond the line (overwritten by what
 * follows, within B64_SLACK).
 */
__attribute__((target("avx2"))) static void b64_line_avx2(char *d, const unsigned char *in)
{
	b64_step_avx2(d, in);
	b64_step_avx2(d + 32, in + 24);
	b64_step_avx2(d + 64, in + 48);
}

static bool have_avx2(void)
{
	static int cached = -1;

	if (cached < 0) {
		/* The same answer in every thread: racing writes store one value. */
		cached = __builtin_cpu_supports("avx2") ? 1 : 0;
	}
	return cached == 1;
}
#endif

/* Whole groups (len a multiple of 3, or the rest is ignored). */
static char *b64_encode_groups(char *d, const unsigned char *in, size_t len)
{
#ifdef B64_AVX2
	if (len >= 28 && have_avx2()) {
		return b64_groups_avx2(d, in, len);
	}
#endif
	return b64_groups_scalar(d, in, len);
}

/* Writes the base64 of in (padding included) at d; returns the new end. */
static char *b64_encode_to(char *d, const unsigned char *in, size_t len)
{
	d = b64_encode_groups(d, in, len / 3 * 3);
	in += len / 3 * 3;
	len %= 3;
	if (len) {
		*d++ = b64_alphabet[in[0] >> 2];
		if (len == 1) {
			*d++ = b64_alphabet[(in[0] & 0x03) << 4];
			*d++ = '=';
		} else {
			*d++ = b64_alphabet[((in[0] & 0x03) << 4) | (in[1] >> 4)];
			*d++ = b64_alphabet[(in[1] & 0x0f) << 2];
		}
		*d++ = '=';
	}
	return d;
}

bool mime_base64(smtp_buf *out, const char *in, size_t len)
{
	if (!smtp_buf_reserve(out, b64_encoded_len(len))) {
		return false;
	}
	buf_commit(out, b64_encode_to(out->data + out->len, (const unsigned char *)in, len));
	return true;
}

static int b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z') {
		return c - 'A';
	}
	if (c >= 'a' && c <= 'z') {
		return c - 'a' + 26;
	}
	if (c >= '0' && c <= '9') {
		return c - '0' + 52;
	}
	if (c == '+') {
		return 62;
	}
	return c == '/' ? 63 : -1;
}

bool mime_base64_decode(smtp_buf *out, const char *in, size_t len)
{
	unsigned int acc = 0;
	int bits = 0;
	size_t i;
	char *d;

	if (!smtp_buf_reserve(out, len / 4 * 3 + 3)) {
		return false;
	}
	d = out->data + out->len;
	/*
	 * PHP decodes 6 bits per alphabet byte and writes a byte as soon as 8
	 * are known, so the bits of a final partial group are dropped.
	 */
	for (i = 0; i < len; i++) {
		int v = b64_value((unsigned char)in[i]);

		if (v < 0) {
			continue;
		}
		acc = (acc << 6) | (unsigned int)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			*d++ = (char)((acc >> bits) & 0xff);
		}
	}
	buf_commit(out, d);
	return true;
}

void mime_base64_stream_init(mime_base64_stream *st, size_t line_len, mime_le le)
{
	st->carried = 0;
	st->column = 0;
	/* chunk_split() rejects a length of 0; take it as "never wrap". */
	st->line_len = line_len ? line_len : SIZE_MAX;
	st->le = le;
}

/*
 * Line breaks are written lazily: the le closing a line goes out when the
 * next line starts, so finishing writes one le in all cases (closing the
 * last line, or alone for empty input, as chunk_split() returns le for an
 * empty string).
 */
static char *b64_stream_put_chars(mime_base64_stream *st, char *d, const char *chars, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (st->column == st->line_len) {
			d = put_le(d, st->le);
			st->column = 0;
		}
		*d++ = chars[i];
		st->column++;
	}
	return d;
}

/* Encodes whole 3-byte groups at d: line by line, a group split by a line end char by char. */
static char *b64_stream_put_groups(mime_base64_stream *st, char *d, const unsigned char *in, size_t len)
{
#ifdef B64_AVX2
	/* PHPMailer's lines of 76 characters: whole lines at a time, while 76 bytes are readable. */
	if (st->line_len == 76 && len >= 76 + 57 && have_avx2()) {
		while (st->column != 0 && st->column != st->line_len && len) {
			char quad[4];

			b64_encode_to(quad, in, 3);
			d = b64_stream_put_chars(st, d, quad, 4);
			in += 3;
			len -= 3;
		}
		while (len >= 76) {
			if (st->column == st->line_len) {
				d = put_le(d, st->le);
			}
			b64_line_avx2(d, in);
			d += 76;
			st->column = 76;
			in += 57;
			len -= 57;
		}
	}
#endif
	while (len) {
		size_t groups;

		if (st->column == st->line_len) {
			d = put_le(d, st->le);
			st->column = 0;
		}
		groups = (st->line_len - st->column) / 4;
		if (groups > len / 3) {
			groups = len / 3;
		}
		if (groups) {
			d = b64_encode_to(d, in, groups * 3);
			st->column += groups * 4;
		} else {
			char quad[4];

			groups = 1;
			b64_encode_to(quad, in, 3);
			d = b64_stream_put_chars(st, d, quad, 4);
		}
		in += groups * 3;
		len -= groups * 3;
	}
	return d;
}

/*
 * Room for the characters of len more input bytes, the breaks before them
 * (at most chars / line_len + 1) and the final le.
 */
static bool b64_stream_reserve(mime_base64_stream *st, smtp_buf *out, size_t len)
{
	size_t chars = b64_encoded_len(st->carried + len);

	return smtp_buf_reserve(out, chars + (chars / st->line_len + 2) * st->le.len + B64_SLACK);
}

bool mime_base64_stream_update(mime_base64_stream *st, smtp_buf *out, const char *in, size_t len)
{
	const unsigned char *p = (const unsigned char *)in;
	size_t whole;
	char *d;

	if (!len) {
		return true;
	}
	if (!b64_stream_reserve(st, out, len)) {
		return false;
	}
	d = out->data + out->len;
	if (st->carried) {
		while (st->carried < 3 && len) {
			st->carry[st->carried++] = *p++;
			len--;
		}
		if (st->carried < 3) {
			return true;
		}
		st->carried = 0;
		d = b64_stream_put_groups(st, d, st->carry, 3);
	}
	whole = len / 3 * 3;
	d = b64_stream_put_groups(st, d, p, whole);
	memcpy(st->carry, p + whole, len - whole);
	st->carried = len - whole;
	buf_commit(out, d);
	return true;
}

bool mime_base64_stream_finish(mime_base64_stream *st, smtp_buf *out)
{
	char *d;

	if (!b64_stream_reserve(st, out, 0)) {
		return false;
	}
	d = out->data + out->len;
	if (st->carried) {
		char quad[4];

		b64_encode_to(quad, st->carry, st->carried);
		d = b64_stream_put_chars(st, d, quad, 4);
	}
	d = put_le(d, st->le);
	buf_commit(out, d);
	st->carried = 0;
	st->column = 0;
	return true;
}

size_t mime_base64_lines_len(size_t len, size_t line_len, mime_le le)
{
	size_t chars = b64_encoded_len(len);
	size_t lines = chars == 0 || line_len == 0 ? 1 : (chars + line_len - 1) / line_len;

	return chars + lines * le.len;
}

bool mime_base64_lines(smtp_buf *out, const char *in, size_t len, size_t line_len, mime_le le)
{
	mime_base64_stream st;

	mime_base64_stream_init(&st, line_len, le);
	return mime_base64_stream_update(&st, out, in, len) && mime_base64_stream_finish(&st, out);
}

/* ---- quoted-printable ---- */

/*
 * Whether quoted_printable_encode() starts a new line before the escape of
 * c, lp counting the escape already. A UTF-8 lead byte also needs room for
 * the escapes of the bytes it announces, so a sequence is not split; bytes
 * 0xF5-0xFF ask for no break at all (PHP's rule, kept as is).
 */
static bool qp_escape_breaks(unsigned char c, size_t lp)
{
	if (c < 0x80) {
		return lp > QP_MAX_LINE;
	}
	if (c <= 0xdf) {
		return lp + 3 > QP_MAX_LINE;
	}
	if (c <= 0xef) {
		return lp + 6 > QP_MAX_LINE;
	}
	return c <= 0xf4 && lp + 9 > QP_MAX_LINE;
}

/*
 * quoted_printable_encode() with every line break it writes (the CRLF of
 * the input and its soft breaks) spelled le: that is normalizeBreaks() of
 * its output too, as a lone CR or LF of the input is escaped.
 */
static bool qp_encode(smtp_buf *out, const char *in, size_t len, mime_le le)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t lp = 0, i;
	char *d;

	/*
	 * At most 3 bytes per input byte, plus soft breaks: after one, lp is at
	 * most 3 and the next needs lp >= 64, so 21 input bytes lie between two.
	 */
	if (!smtp_buf_reserve(out, len * 3 + (len / 21 + 1) * (le.len + 1))) {
		return false;
	}
	d = out->data + out->len;
	for (i = 0; i < len; i++) {
		unsigned char c = s[i];
		/* PHP peeks at the byte after c, the terminating NUL at the end. */
		unsigned char next = i + 1 < len ? s[i + 1] : '\0';

		if (c == '\r' && next == '\n') {
			d = put_le(d, le);
			i++;
			lp = 0;
		} else if (c < 0x20 || c >= 0x7f || c == '=' || (c == ' ' && next == '\r')) {
			lp += 3;
			if (qp_escape_breaks(c, lp)) {
				*d++ = '=';
				d = put_le(d, le);
				lp = 3;
			}
			d = put_hex_escape(d, c);
		} else {
			if (++lp > QP_MAX_LINE) {
				*d++ = '=';
				d = put_le(d, le);
				lp = 1;
			}
			*d++ = (char)c;
		}
	}
	buf_commit(out, d);
	return true;
}

bool mime_qp_php(smtp_buf *out, const char *in, size_t len)
{
	return qp_encode(out, in, len, MIME_LE_CRLF);
}

bool mime_encode_qp(smtp_buf *out, const char *in, size_t len, mime_le le)
{
	return qp_encode(out, in, len, le);
}

/* ---- line breaks ---- */

bool mime_normalize_breaks(smtp_buf *out, const char *in, size_t len, mime_le le)
{
	size_t i = 0, n;
	char *d;

	if (!smtp_buf_reserve(out, le.len > 1 ? len * le.len : len)) {
		return false;
	}
	d = out->data + out->len;
	while (i < len) {
		/* The run up to the next break goes as it is. */
		n = smtp_scan_break(in + i, len - i);
		memcpy(d, in + i, n);
		d += n;
		i += n;
		if (i == len) {
			break;
		}
		if (in[i] == '\r' && i + 1 < len && in[i + 1] == '\n') {
			i++;
		}
		i++;
		d = put_le(d, le);
	}
	buf_commit(out, d);
	return true;
}

bool mime_encode_text(smtp_buf *out, const char *in, size_t len, mime_le le)
{
	size_t start = out->len;

	if (!mime_normalize_breaks(out, in, len, le)) {
		return false;
	}
	if (out->len - start >= le.len && memcmp(out->data + out->len - le.len, le.s, le.len) == 0) {
		return true;
	}
	return smtp_buf_append(out, le.s, le.len);
}

bool mime_has_8bit(const char *s, size_t len)
{
	return smtp_scan_8bit(s, len);
}

bool mime_has_line_longer_than_max(const char *s, size_t len, mime_le le)
{
	/* PHPMailer's /^(.{998 + strlen(LE),})/m: '.' is any byte but LF. */
	size_t limit = 998 + le.len;

	while (len >= limit) {
		const char *nl = memchr(s, '\n', len);
		size_t line = nl ? (size_t)(nl - s) : len;

		if (line >= limit) {
			return true;
		}
		s += line + 1;
		len -= line + 1;
	}
	return false;
}

/* ---- RFC 2047 Q encoding ---- */

static bool is_ascii_alnum(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* The bytes encodeQ() escapes at pos (CR and LF are dropped before). */
static bool q_escapes(unsigned char c, mime_position pos)
{
	if (pos == MIME_POS_PHRASE) {
		return !is_ascii_alnum(c) && c != '!' && c != '*' && c != '+' && c != '/'
			&& c != ' ' && c != '-';
	}
	if (pos == MIME_POS_COMMENT && (c == '(' || c == ')' || c == '"')) {
		return true;
	}
	return c < 0x20 || c >= 0x7f || c == '=' || c == '?' || c == '_';
}

bool mime_encode_q(smtp_buf *out, const char *in, size_t len, mime_position pos)
{
	size_t i;
	char *d;

	if (!smtp_buf_reserve(out, len * 3)) {
		return false;
	}
	d = out->data + out->len;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)in[i];

		if (c == '\r' || c == '\n') {
			continue;
		}
		if (q_escapes(c, pos)) {
			d = put_hex_escape(d, c);
		} else {
			*d++ = c == ' ' ? '_' : (char)c;
		}
	}
	buf_commit(out, d);
	return true;
}

/* ---- wrapText() ---- */

/* A slice [off, off + len) of a string. */
typedef struct str_slice {
	size_t off;
	size_t len;
} str_slice;

/*
 * PHP's substr() on a string of n bytes, negative from and length
 * included; without has_length it is substr(s, from).
 */
static str_slice php_substr(size_t n, ptrdiff_t from, ptrdiff_t length, bool has_length)
{
	str_slice r = {0, 0};
	size_t rest;

	if (from > (ptrdiff_t)n) {
		return r;
	}
	if (from < 0) {
		/* 0 - (size_t)from is -from without overflowing at PTRDIFF_MIN. */
		r.off = 0 - (size_t)from > n ? 0 : n - (0 - (size_t)from);
	} else {
		r.off = (size_t)from;
	}
	rest = n - r.off;
	if (!has_length) {
		r.len = rest;
	} else if (length < 0) {
		r.len = 0 - (size_t)length > rest ? 0 : rest - (0 - (size_t)length);
	} else {
		r.len = (size_t)length > rest ? rest : (size_t)length;
	}
	return r;
}

/* PHP's hexdec(): hex digits accumulate, any other byte is skipped. */
static unsigned int php_hexdec(const char *s, size_t len)
{
	unsigned int v = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= '0' && c <= '9') {
			v = v * 16 + (c - '0');
		} else if (c >= 'A' && c <= 'F') {
			v = v * 16 + (c - 'A' + 10);
		} else if (c >= 'a' && c <= 'f') {
			v = v * 16 + (c - 'a' + 10);
		}
	}
	return v;
}

/*
 * The first '=' of s[a, e). For a max_length of 0 or more,
 * utf8CharBoundary()'s windows keep their end and grow to the left (until
 * substr() wraps them to the end of the string), so only the new bytes are
 * scanned and a long look-back stays linear.
 */
typedef struct eq_search {
	size_t a;
	size_t e;
	const char *eq;
	bool valid;
} eq_search;

static const char *eq_search_find(eq_search *es, const char *s, size_t a, size_t e)
{
	const char *eq = NULL;

	if (es->valid && e == es->e && a <= es->a) {
		if (a < es->a) {
			eq = memchr(s + a, '=', es->a - a);
		}
		if (!eq) {
			eq = es->eq;
		}
	} else if (e > a) {
		eq = memchr(s + a, '=', e - a);
	}
	es->a = a;
	es->e = e;
	es->eq = eq;
	es->valid = true;
	return eq;
}

/*
 * a - b for b >= 0, held at PTRDIFF_MIN: the length is any PHP int, where
 * PHP's arithmetic would go over to float, the engine's must not overflow.
 */
static ptrdiff_t sub_floor(ptrdiff_t a, ptrdiff_t b)
{
	return a < PTRDIFF_MIN + b ? PTRDIFF_MIN : a - b;
}

ptrdiff_t mime_utf8_char_boundary(const char *encoded, size_t len, ptrdiff_t max_length)
{
	ptrdiff_t max = max_length, look;
	/* Past this look-back every substr() below is clamped to the same bytes. */
	ptrdiff_t span = 2 * (ptrdiff_t)len + 6;
	ptrdiff_t settled = max > PTRDIFF_MAX - span ? PTRDIFF_MAX - 3 : (max > 0 ? max : 0) + span;
	eq_search es = {0, 0, NULL, false};

	for (look = 3; look <= settled; look += 3) {
		str_slice win = php_substr(len, sub_floor(max, look), look, true), hex;
		const char *eq = eq_search_find(&es, encoded, win.off, win.off + win.len);
		ptrdiff_t at;
		unsigned int dec;

		if (!eq) {
			return max;
		}
		at = eq - (encoded + win.off);
		hex = php_substr(len, sub_floor(max, look - at - 1), 2, true);
		dec = php_hexdec(encoded + hex.off, hex.len);
		if (dec < 128) {
			return at > 0 ? sub_floor(max, look - at) : max;
		}
		if (dec >= 192) {
			return sub_floor(max, look - at);
		}
		/* A continuation byte: look further back. */
	}
	/* PHPMailer never returns from here; keep max_length. */
	return max;
}

/* How wrapText() cuts an over-long QP word for a line of room bytes. */
static ptrdiff_t wrap_cut(const char *word, size_t len, ptrdiff_t room, bool utf8)
{
	str_slice c;

	if (utf8) {
		return mime_utf8_char_boundary(word, len, room);
	}
	/* Do not split an "=XX" escape. */
	c = php_substr(len, room - 1, 1, true);
	if (c.len && word[c.off] == '=') {
		return room - 1;
	}
	c = php_substr(len, room - 2, 1, true);
	if (c.len && word[c.off] == '=') {
		return room - 2;
	}
	return room;
}

typedef struct wrap_state {
	smtp_buf *out;
	ptrdiff_t length;
	bool qp_mode;
	bool utf8;
	mime_le le;
	mime_le hard_le;   /* after hard cuts and at line ends: le, or CRLF in 5.2 */
	const char *buf;   /* wrapText's $buf: always a slice of the line */
	size_t buf_len;
} wrap_state;

static bool wrap_put(wrap_state *ws, const char *s, size_t len)
{
	return smtp_buf_append(ws->out, s, len);
}

/* wrapText's $soft_break. */
static bool wrap_soft_break(wrap_state *ws)
{
	return (!ws->qp_mode || wrap_put(ws, " =", 2)) && wrap_put(ws, ws->le.s, ws->le.len);
}

/* A hard cut inside a word: '=' and the line ending. */
static bool wrap_hard_break(wrap_state *ws)
{
	return wrap_put(ws, "=", 1) && wrap_put(ws, ws->hard_le.s, ws->hard_le.len);
}

/* wrapText's handling of a QP word longer than the line. */
static bool wrap_long_word(wrap_state *ws, const char *w, size_t wl, bool first)
{
	if (!first) {
		ptrdiff_t space_left = ws->length - (ptrdiff_t)ws->buf_len - (ptrdiff_t)ws->hard_le.len;

		if (space_left > 20) {
			ptrdiff_t cut = wrap_cut(w, wl, space_left, ws->utf8);
			str_slice part = php_substr(wl, 0, cut, true), rest = php_substr(wl, cut, 0, false);

			if (!wrap_put(ws, ws->buf, ws->buf_len) || !wrap_put(ws, " ", 1)
				|| !wrap_put(ws, w + part.off, part.len) || !wrap_hard_break(ws)) {
				return false;
			}
			w += rest.off;
			wl = rest.len;
		} else if (!wrap_put(ws, ws->buf, ws->buf_len) || !wrap_soft_break(ws)) {
			return false;
		}
		ws->buf_len = 0;
	}
	/* With a length of 0 or less PHPMailer drops the word. */
	while (wl && ws->length > 0) {
		ptrdiff_t cut = wrap_cut(w, wl, ws->length, ws->utf8);
		str_slice part = php_substr(wl, 0, cut, true), rest = php_substr(wl, cut, 0, false);

		if (rest.len == wl) {
			/* PHPMailer would cut nothing forever; cut plainly instead. */
			part = php_substr(wl, 0, ws->length, true);
			rest = php_substr(wl, ws->length, 0, false);
		}
		if (!rest.len) {
			ws->buf = w + part.off;
			ws->buf_len = part.len;
		} else if (!wrap_put(ws, w + part.off, part.len) || !wrap_hard_break(ws)) {
			return false;
		}
		w += rest.off;
		wl = rest.len;
	}
	return true;
}

static bool wrap_line(wrap_state *ws, const char *line, size_t len)
{
	const char *end = line + len, *w = line;
	bool first = true;

	ws->buf = line;
	ws->buf_len = 0;
	for (;;) {
		const char *sp = w < end ? memchr(w, ' ', (size_t)(end - w)) : NULL;
		const char *w_end = sp ? sp : end;
		size_t wl = (size_t)(w_end - w);

		if (ws->qp_mode && (ptrdiff_t)wl > ws->length) {
			if (!wrap_long_word(ws, w, wl, first)) {
				return false;
			}
		} else {
			/*
			 * $buf .= ' ' . $word: $buf ends where the previous word
			 * ended, so the result is the slice up to this word's end.
			 */
			const char *old = ws->buf;
			size_t old_len = ws->buf_len;

			if (!old_len) {
				ws->buf = first ? w : w - 1;
			}
			ws->buf_len = (size_t)(w_end - ws->buf);
			if (old_len && (ptrdiff_t)ws->buf_len > ws->length) {
				if (!wrap_put(ws, old, old_len) || !wrap_soft_break(ws)) {
					return false;
				}
				ws->buf = w;
				ws->buf_len = wl;
			}
		}
		first = false;
		if (!sp) {
			break;
		}
		w = sp + 1;
	}
	return wrap_put(ws, ws->buf, ws->buf_len) && wrap_put(ws, ws->hard_le.s, ws->hard_le.len);
}

static size_t line_break_len(const char *p, const char *end)
{
	return p[0] == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
}

static bool wrap_text(smtp_buf *out, const char *msg, size_t len, ptrdiff_t length,
	bool qp_mode, bool utf8, mime_le le, mime_le hard_le)
{
	wrap_state ws = {out, length, qp_mode, utf8, le, hard_le, NULL, 0};
	const char *p, *end;

	/* An empty smtp_buf hands over (NULL, 0). */
	if (!msg) {
		msg = "";
	}
	/*
	 * normalizeBreaks() makes every CRLF, CR and LF one le; one trailing
	 * break is removed and the rest split into lines. The lines are the
	 * runs between breaks of the input, so they are walked in place.
	 */
	if (len && (msg[len - 1] == '\n' || msg[len - 1] == '\r')) {
		len -= len >= 2 && msg[len - 2] == '\r' && msg[len - 1] == '\n' ? 2 : 1;
	}
	p = msg;
	end = msg + len;
	if (!smtp_buf_reserve(out, len + len / 8 + le.len)) {
		return false;
	}
	for (;;) {
		const char *q = p;

		while (q < end && *q != '\r' && *q != '\n') {
			q++;
		}
		if (!wrap_line(&ws, p, (size_t)(q - p))) {
			return false;
		}
		if (q == end) {
			return true;
		}
		p = q + line_break_len(q, end);
	}
}

bool mime_wrap_text(smtp_buf *out, const char *msg, size_t len, ptrdiff_t length,
	bool qp_mode, bool utf8, mime_le le)
{
	return wrap_text(out, msg, len, length, qp_mode, utf8, le, le);
}

bool mime_wrap_text_legacy(smtp_buf *out, const char *msg, size_t len, ptrdiff_t length,
	bool qp_mode, bool utf8, mime_le le)
{
	return wrap_text(out, msg, len, length, qp_mode, utf8, le, MIME_LE_CRLF);
}

/* ---- header text helpers ---- */

static bool is_trim_char(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0b';
}

void mime_trim(const char **s, size_t *len)
{
	const char *p = *s;
	size_t n = *len;

	while (n && is_trim_char(p[0])) {
		p++;
		n--;
	}
	while (n && is_trim_char(p[n - 1])) {
		n--;
	}
	*s = p;
	*len = n;
}

bool mime_secure_header(smtp_buf *out, const char *in, size_t len)
{
	size_t i, run = 0;

	/* CR and LF are trim() characters, so trimming first gives the same slice. */
	mime_trim(&in, &len);
	if (!smtp_buf_reserve(out, len)) {
		return false;
	}
	for (i = 0; i <= len; i++) {
		if (i == len || in[i] == '\r' || in[i] == '\n') {
			if (i > run && !smtp_buf_append(out, in + run, i - run)) {
				return false;
			}
			run = i + 1;
		}
	}
	return true;
}

bool mime_quoted_string(smtp_buf *out, const char *in, size_t len)
{
	static const char specials[] = " ()<>@,;:\"/[]?=";
	size_t i, run = 0;
	bool special = false;

	for (i = 0; i < len && !special; i++) {
		special = in[i] != '\0' && strchr(specials, in[i]) != NULL;
	}
	if (!special) {
		return smtp_buf_append(out, in, len);
	}
	if (!smtp_buf_reserve(out, len * 2 + 2) || !smtp_buf_append(out, "\"", 1)) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if (in[i] == '"') {
			if (!smtp_buf_append(out, in + run, i - run) || !smtp_buf_append(out, "\\", 1)) {
				return false;
			}
			run = i;
		}
	}
	return smtp_buf_append(out, in + run, len - run) && smtp_buf_append(out, "\"", 1);
}
