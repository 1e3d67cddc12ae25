/*
 * fuzz_header.c - the header encoders of mime_header.c and the header text
 * helpers of mime_encode.c: encodeHeader() (no encoding, phrase quoting,
 * RFC 2047 B and Q words, folding), base64EncodeWrapMB(), secureHeader(),
 * quotedString() and trim().
 *
 * Input: flags (0x01: le is LF, else CRLF; 0x06: the position, 0 text,
 * 1 phrase, 2 comment; 0x08: Mailer 'mail'; 0x10: SMTPUTF8; 0xE0: the
 * charset: utf-8, UTF8, iso-8859-1, us-ascii, a made-up double-byte
 * charset counted through the hooks, a 70-byte name, a name taken from the
 * input (a length byte, then the name), Shift_JIS counted as bytes), then
 * the header value.
 *
 * The value goes through secureHeader() first, as every header PHPMailer
 * writes does. Then, whatever the path encodeHeader() takes:
 *   - the result has no CR or LF but in le followed by a space (folding),
 *     so no header line can be injected (unless the charset name itself
 *     holds a line break: PHPMailer writes CharSet into every encoded word);
 *   - it decodes back to the value: unchanged, addcslashes()-quoted, or
 *     B / Q encoded words whose payloads concatenate to the value (when
 *     the line leaves room for a payload of at least 12 bytes: with less,
 *     PHPMailer drops the text or, for lack of room, loops forever where
 *     the engine cuts escapes apart);
 *   - no line is longer than 998 bytes (RFC 5322), where PHPMailer's own
 *     budget allows it (text and comment positions, a charset name of at
 *     most 40 bytes, no SMTPUTF8).
 * secureHeader(), quotedString() and trim() are compared with plain
 * reference versions; base64EncodeWrapMB() must decode back to its input,
 * in lines that never split a character and fit an encoded word.
 */
#include "fuzz.h"

#include "mime_encode.h"
#include "mime_header.h"

/* {{{ a made-up double-byte charset, counted through the binding's hooks */

static size_t dbcs_count(const mime_charset *cs, const char *s, size_t len)
{
	(void)cs;
	(void)s;
	return (len + 1) / 2;
}

static size_t dbcs_prefix(const mime_charset *cs, const char *s, size_t len, size_t chars)
{
	(void)cs;
	(void)s;
	return chars < (len + 1) / 2 ? chars * 2 : len;
}

/* }}} */

/* {{{ reference versions */

static bool is_trim(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0b';
}

/* trim(str_replace(["\r", "\n"], '', $s)) */
static void ref_secure_header(smtp_buf *out, const char *s, size_t len)
{
	size_t i, start, end;
	smtp_buf tmp = SMTP_BUF_INIT;

	for (i = 0; i < len; i++) {
		if (s[i] != '\r' && s[i] != '\n') {
			smtp_buf_append_char(&tmp, s[i]);
		}
	}
	start = 0;
	end = tmp.len;
	while (start < end && is_trim(tmp.data[start])) {
		start++;
	}
	while (end > start && is_trim(tmp.data[end - 1])) {
		end--;
	}
	smtp_buf_append(out, fuzz_data(&tmp) + start, end - start);
	smtp_buf_free(&tmp);
}

/* PHPMailer::quotedString() */
static void ref_quoted_string(smtp_buf *out, const char *s, size_t len)
{
	size_t i;
	bool special = false;

	for (i = 0; i < len; i++) {
		special = special || (s[i] && strchr(" ()<>@,;:\"/[]?=", s[i]));
	}
	if (!special) {
		smtp_buf_append(out, s, len);
		return;
	}
	smtp_buf_append_char(out, '"');
	for (i = 0; i < len; i++) {
		if (s[i] == '"') {
			smtp_buf_append_char(out, '\\');
		}
		smtp_buf_append_char(out, s[i]);
	}
	smtp_buf_append_char(out, '"');
}

/* }}} */

/* {{{ decoding what encodeHeader() wrote */

static int hex_value(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* stripcslashes() of what addcslashes($s, "\0..\37\177\\\"") made, between the quotes. */
static void unquote_phrase(smtp_buf *out, const char *s, size_t len)
{
	static const char letters[] = "abtnvfr", controls[] = "\a\b\t\n\v\f\r";
	size_t i;

	FUZZ_CHECK(len >= 2 && s[0] == '"' && s[len - 1] == '"');
	for (i = 1; i + 1 < len; i++) {
		const char *hit;

		if (s[i] != '\\') {
			FUZZ_CHECK(s[i] != '"' && (unsigned char)s[i] >= 0x20 && s[i] != 0x7f);
			smtp_buf_append_char(out, s[i]);
			continue;
		}
		FUZZ_CHECK(i + 2 < len);
		i++;
		if (s[i] >= '0' && s[i] <= '3') {
			FUZZ_CHECK(i + 3 < len && s[i + 1] >= '0' && s[i + 1] <= '7' && s[i + 2] >= '0' && s[i + 2] <= '7');
			smtp_buf_append_char(out, (char)((s[i] - '0') * 64 + (s[i + 1] - '0') * 8 + (s[i + 2] - '0')));
			i += 2;
		} else if ((hit = strchr(letters, s[i])) != NULL && s[i]) {
			smtp_buf_append_char(out, controls[hit - letters]);
		} else {
			FUZZ_CHECK(s[i] == '\\' || s[i] == '"');
			smtp_buf_append_char(out, s[i]);
		}
	}
}

/* One "=?charset?X?payload?=" word: its payload decoded onto out. */
static void decode_word(smtp_buf *out, const char *w, size_t len, const char *charset, size_t charset_len)
{
	const char *payload;
	size_t plen, i;

	FUZZ_CHECK(len >= charset_len + 7 && memcmp(w, "=?", 2) == 0 && memcmp(w + len - 2, "?=", 2) == 0);
	FUZZ_CHECK(memcmp(w + 2, charset, charset_len) == 0 && w[2 + charset_len] == '?');
	FUZZ_CHECK(w[4 + charset_len] == '?');
	payload = w + 5 + charset_len;
	plen = len - 7 - charset_len;
	if (w[3 + charset_len] == 'B') {
		for (i = 0; i < plen; i++) {
			FUZZ_CHECK(payload[i] && strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=",
				payload[i]));
		}
		FUZZ_CHECK(plen % 4 == 0);
		FUZZ_CHECK(mime_base64_decode(out, payload, plen));
		return;
	}
	FUZZ_CHECK(w[3 + charset_len] == 'Q');
	for (i = 0; i < plen; i++) {
		unsigned char c = (unsigned char)payload[i];

		FUZZ_CHECK(c > 0x20 && c < 0x7f && c != '?');
		if (c == '=') {
			FUZZ_CHECK(i + 2 < plen && hex_value(payload[i + 1]) >= 0 && hex_value(payload[i + 2]) >= 0);
			smtp_buf_append_char(out, (char)(hex_value(payload[i + 1]) * 16 + hex_value(payload[i + 2])));
			i += 2;
		} else {
			smtp_buf_append_char(out, c == '_' ? ' ' : (char)c);
		}
	}
}

/* }}} */

/* Strict UTF-8 (RFC 3629). */
static bool valid_utf8(const char *s, size_t len)
{
	size_t i = 0, n, k;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		unsigned cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			cp = c & 0x07;
		} else {
			return false;
		}
		if (len - i <= n) {
			return false;
		}
		for (k = 1; k <= n; k++) {
			if (((unsigned char)s[i + k] & 0xc0) != 0x80) {
				return false;
			}
			cp = cp << 6 | ((unsigned char)s[i + k] & 0x3f);
		}
		if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff))) {
			return false;
		}
		i += n + 1;
	}
	return true;
}

/* The lines of s (split at le) must be free of CR and LF, and each after the first must start with a space. */
static void check_folding(const char *s, size_t len, mime_le le, size_t max_line)
{
	size_t i, line_start = 0;

	for (i = 0; i <= len; i++) {
		if (i == len || (len - i >= le.len && memcmp(s + i, le.s, le.len) == 0)) {
			FUZZ_CHECK(max_line == 0 || i - line_start <= max_line);
			if (i == len) {
				break;
			}
			FUZZ_CHECK(i + le.len < len && s[i + le.len] == ' ');
			i += le.len - 1;
			line_start = i + 1;
			continue;
		}
		FUZZ_CHECK(s[i] != '\r' && s[i] != '\n');
	}
}

static void check_encode_header(const mime_header_opts *opts, const char *value, size_t len, mime_position pos,
	bool sane_charset)
{
	const mime_charset *cs = opts->charset;
	smtp_buf out = SMTP_BUF_INIT, back = SMTP_BUF_INIT;
	const char *o;
	size_t i, line_max = 0;
	bool has_8bit = mime_has_8bit(value, len);

	FUZZ_CHECK(mime_encode_header(&out, opts, value, len, pos));
	o = fuzz_data(&out);
	if (!sane_charset) {
		smtp_buf_free(&out);
		return;
	}
	if (pos != MIME_POS_PHRASE && !opts->smtputf8 && cs->name_len <= 40) {
		line_max = 998;
	}
	check_folding(o, out.len, opts->le, line_max);

	if (opts->smtputf8 && pos != MIME_POS_COMMENT) {
		/* trim(normalizeBreaks()) of a value without line breaks: the value, trimmed. */
		const char *t = value;
		size_t tl = len;

		mime_trim(&t, &tl);
		FUZZ_CHECK_MEM("SMTPUTF8 header", o, out.len, t, tl);
		smtp_buf_free(&out);
		return;
	}
	if (out.len == len && memcmp(o, value, len) == 0) {
		smtp_buf_free(&out);
		return;
	}
	if (pos == MIME_POS_PHRASE && !has_8bit) {
		unquote_phrase(&back, o, out.len);
	} else {
		const char *charset = has_8bit ? cs->name : "us-ascii";
		size_t charset_len = has_8bit ? cs->name_len : 8;
		/* encodeHeader()'s room for a payload: with less than one character, PHPMailer drops or mangles it. */
		ptrdiff_t maxlen = (opts->mail_transport ? 63 : 998) - 8 - (ptrdiff_t)charset_len;

		/*
		 * Under a CharSet of "utf-8", Q words are cut by utf8CharBoundary(),
		 * which splits an escape when a continuation byte follows an ASCII
		 * one: PHPMailer does the same with invalid UTF-8.
		 */
		if (maxlen < 12 || (mime_charset_is_utf8_literal(cs->name, cs->name_len) && !valid_utf8(value, len))) {
			smtp_buf_free(&out);
			return;
		}

		/* Words separated by le and a space. */
		for (i = 0; i < out.len;) {
			const char *next = fuzz_find(o + i, out.len - i, opts->le.s, opts->le.len);
			size_t end = next ? (size_t)(next - o) : out.len;

			decode_word(&back, o + i, end - i, charset, charset_len);
			i = next ? end + opts->le.len + 1 : out.len;
		}
	}
	FUZZ_CHECK_MEM("encodeHeader decoded", fuzz_data(&back), back.len, value, len);
	smtp_buf_free(&out);
	smtp_buf_free(&back);
}

/* base64EncodeWrapMB(): lines of whole characters, each fitting an encoded word, decoding to the input. */
static void check_wrap_mb(const mime_charset *cs, const char *value, size_t len, mime_le le)
{
	smtp_buf out = SMTP_BUF_INIT, back = SMTP_BUF_INIT;
	size_t i, boundary = 0;

	FUZZ_CHECK(mime_base64_wrap_mb(&out, cs, value, len, le));
	for (i = 0; i < out.len;) {
		const char *next = fuzz_find(fuzz_data(&out) + i, out.len - i, le.s, le.len);
		size_t end = next ? (size_t)(next - out.data) : out.len;

		FUZZ_CHECK(end > i);
		if (cs->name_len <= 60) {
			FUZZ_CHECK(end - i <= 75 - cs->name_len - 7);
		}
		FUZZ_CHECK(mime_base64_decode(&back, out.data + i, end - i));
		FUZZ_CHECK(back.len <= len && memcmp(back.data, value, back.len) == 0);
		/* The line ends on a character boundary of the value, as the charset steps through it. */
		while (boundary < back.len) {
			size_t step = cs->prefix(cs, value + boundary, len - boundary, 1);

			FUZZ_CHECK(step > 0);
			boundary += step;
		}
		FUZZ_CHECK(boundary == back.len);
		i = next ? end + le.len : out.len;
	}
	FUZZ_CHECK_MEM("base64EncodeWrapMB decoded", fuzz_data(&back), back.len, len ? value : "", len);
	smtp_buf_free(&out);
	smtp_buf_free(&back);
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	static const char long_name[] = "x-a-charset-name-of-seventy-bytes-that-leaves-no-room-for-the-payload";
	fuzz_input in = {bytes, size};
	uint8_t flags = fuzz_u8(&in);
	mime_charset cs;
	mime_header_opts opts;
	const char *name = "utf-8", *raw;
	size_t name_len = 5, raw_len, i;
	smtp_buf secured = SMTP_BUF_INIT, ref = SMTP_BUF_INIT, quoted = SMTP_BUF_INIT;
	char *value, *name_copy = NULL;
	bool sane = true;
	mime_position pos = (mime_position)(((flags >> 1) & 3) % 3);

	switch (flags >> 5) {
	case 1:
		name = "UTF8";
		break;
	case 2:
		name = "iso-8859-1";
		break;
	case 3:
		name = "us-ascii";
		break;
	case 4:
		name = "x-dbcs";
		break;
	case 5:
		name = long_name;
		break;
	case 6:
		name = fuzz_piece(&in, &name_len);
		break;
	case 7:
		name = "Shift_JIS";
		break;
	}
	if (flags >> 5 != 6) {
		name_len = strlen(name);
	}
	name_copy = malloc(name_len ? name_len : 1);
	memcpy(name_copy, name, name_len);
	for (i = 0; i < name_len; i++) {
		sane = sane && name_copy[i] != '\r' && name_copy[i] != '\n';
	}
	mime_charset_init(&cs, name_copy, name_len);
	if (flags >> 5 == 4) {
		cs.count = dbcs_count;
		cs.prefix = dbcs_prefix;
	}
	memset(&opts, 0, sizeof(opts));  /* options the target does not vary stay off */
	opts.charset = &cs;
	opts.mail_transport = (flags & 0x08) != 0;
	opts.smtputf8 = (flags & 0x10) != 0;
	opts.le = flags & 1 ? MIME_LE_LF : MIME_LE_CRLF;

	raw = fuzz_rest(&in, &raw_len);
	value = malloc(raw_len ? raw_len : 1);
	memcpy(value, raw, raw_len);

	/* secureHeader(), quotedString(), trim() */
	FUZZ_CHECK(mime_secure_header(&secured, value, raw_len));
	ref_secure_header(&ref, value, raw_len);
	FUZZ_CHECK_MEM("secureHeader", fuzz_data(&secured), secured.len, fuzz_data(&ref), ref.len);
	smtp_buf_reset(&ref);
	FUZZ_CHECK(mime_quoted_string(&quoted, value, raw_len));
	ref_quoted_string(&ref, value, raw_len);
	FUZZ_CHECK_MEM("quotedString", fuzz_data(&quoted), quoted.len, fuzz_data(&ref), ref.len);

	/* encodeHeader(secureHeader(value)) at the chosen position, and the raw value (no invariant then) */
	check_encode_header(&opts, fuzz_data(&secured), secured.len, pos, sane);
	smtp_buf_reset(&ref);
	FUZZ_CHECK(mime_encode_header(&ref, &opts, value, raw_len, pos));

	check_wrap_mb(&cs, value, raw_len, opts.le);

	smtp_buf_free(&secured);
	smtp_buf_free(&ref);
	smtp_buf_free(&quoted);
	free(value);
	free(name_copy);
	return 0;
}
