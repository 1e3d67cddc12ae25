/*
 * fuzz_encode.c - the content encoders and decoders of mime_encode.c:
 * base64 (one-shot, wrapped, streamed) and its lenient decoder,
 * quoted-printable, normalizeBreaks(), the 7bit/8bit text encoding, the
 * RFC 2047 Q encoding and hasLineLongerThanMax().
 *
 * Input: flags (0x01: le is LF, else CRLF; 0x02, 0x04: the encodeQ()
 * position), a line length for the wrapped base64 (0 = no wrapping), a
 * seed for slicing the stream, then the data.
 *
 * Differential: base64 against OpenSSL's EVP_EncodeBlock(); the wrapped and
 * streamed base64 against chunk_split() written plainly; the decoder, the
 * text encodings and the Q encoding against plain reference versions.
 * Round trips: decode(base64(x)) == x, a quoted-printable decoder gives x
 * back from encodeQP(x), a Q decoder gives x less its CR and LF back from
 * encodeQ(x). Invariants: quoted-printable output is 7-bit, has no bare CR
 * or LF, and keeps lines within 76 bytes (when no byte 0xF5-0xFF, for which
 * PHP's encoder never breaks a line, occurs).
 */
#include "fuzz.h"

#include "mime_encode.h"

#include <openssl/evp.h>

static void check_base64(const char *data, size_t len, size_t line_len, mime_le le, uint64_t seed)
{
	smtp_buf got = SMTP_BUF_INIT, back = SMTP_BUF_INIT, ref = SMTP_BUF_INIT, streamed = SMTP_BUF_INIT;
	unsigned char *ossl = malloc(len / 3 * 4 + 5);
	int n = EVP_EncodeBlock(ossl, (const unsigned char *)data, (int)len);
	mime_base64_stream st;
	size_t pos, i;

	FUZZ_CHECK(mime_base64(&got, data, len));
	FUZZ_CHECK_MEM("base64 (OpenSSL's)", fuzz_data(&got), got.len, (const char *)ossl, (size_t)n);
	FUZZ_CHECK(mime_base64_decode(&back, got.data, got.len));
	FUZZ_CHECK_MEM("base64 round trip", fuzz_data(&back), back.len, data, len);

	/* chunk_split(base64, line_len, le): every line, the last too, ends in le. */
	for (i = 0; i < got.len || i == 0; i += line_len ? line_len : got.len + 1) {
		size_t k = line_len && got.len - i > line_len ? line_len : got.len - i;

		smtp_buf_append(&ref, fuzz_data(&got) + i, k);
		smtp_buf_append(&ref, le.s, le.len);
		if (!got.len) {
			break;
		}
	}
	smtp_buf_reset(&back);
	FUZZ_CHECK(mime_base64_lines(&back, data, len, line_len, le));
	FUZZ_CHECK_MEM("wrapped base64", fuzz_data(&back), back.len, fuzz_data(&ref), ref.len);

	/* The stream, fed in random slices, writes the same. */
	mime_base64_stream_init(&st, line_len, le);
	for (pos = 0; pos < len;) {
		size_t k = (size_t)(fuzz_next(&seed) % 200);

		k = k < len - pos ? k : len - pos;
		FUZZ_CHECK(mime_base64_stream_update(&st, &streamed, data + pos, k));
		pos += k;
	}
	FUZZ_CHECK(mime_base64_stream_finish(&st, &streamed));
	FUZZ_CHECK_MEM("streamed base64", fuzz_data(&streamed), streamed.len, fuzz_data(&ref), ref.len);

	smtp_buf_free(&got);
	smtp_buf_free(&back);
	smtp_buf_free(&ref);
	smtp_buf_free(&streamed);
	free(ossl);
}

static int b64_value(unsigned char c)
{
	const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *hit = c ? strchr(alphabet, c) : NULL;

	return hit ? (int)(hit - alphabet) : -1;
}

/* PHP's non-strict base64_decode(): alphabet bytes only, groups of 4, a final partial group's whole bytes. */
static void check_base64_decode(const char *data, size_t len)
{
	smtp_buf got = SMTP_BUF_INIT, ref = SMTP_BUF_INIT;
	unsigned char q[4];
	size_t i, k = 0;

	for (i = 0; i < len; i++) {
		int v = b64_value((unsigned char)data[i]);

		if (v < 0) {
			continue;
		}
		q[k++] = (unsigned char)v;
		if (k == 4) {
			smtp_buf_append_char(&ref, (char)(q[0] << 2 | q[1] >> 4));
			smtp_buf_append_char(&ref, (char)(q[1] << 4 | q[2] >> 2));
			smtp_buf_append_char(&ref, (char)(q[2] << 6 | q[3]));
			k = 0;
		}
	}
	if (k >= 2) {
		smtp_buf_append_char(&ref, (char)(q[0] << 2 | q[1] >> 4));
	}
	if (k == 3) {
		smtp_buf_append_char(&ref, (char)(q[1] << 4 | q[2] >> 2));
	}
	FUZZ_CHECK(mime_base64_decode(&got, data, len));
	FUZZ_CHECK_MEM("base64_decode", fuzz_data(&got), got.len, fuzz_data(&ref), ref.len);
	smtp_buf_free(&got);
	smtp_buf_free(&ref);
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/*
 * Decodes quoted-printable whose line breaks are le: "=XX" (upper-case hex),
 * "=" le (soft break, nothing), le (a line break, decoded as CRLF), and any
 * other byte as itself. Aborts on anything else ('=' not starting either).
 */
static void qp_decode(smtp_buf *out, const char *s, size_t len, mime_le le)
{
	size_t i = 0;

	while (i < len) {
		if (len - i >= le.len && memcmp(s + i, le.s, le.len) == 0) {
			smtp_buf_append(out, "\r\n", 2);
			i += le.len;
		} else if (s[i] == '=') {
			if (len - i - 1 >= le.len && memcmp(s + i + 1, le.s, le.len) == 0) {
				i += 1 + le.len;
				continue;
			}
			FUZZ_CHECK(len - i >= 3 && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0);
			smtp_buf_append_char(out, (char)(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2])));
			i += 3;
		} else {
			smtp_buf_append_char(out, s[i]);
			i++;
		}
	}
}

static void check_qp(const char *data, size_t len, mime_le le)
{
	smtp_buf got = SMTP_BUF_INIT, back = SMTP_BUF_INIT, php = SMTP_BUF_INIT, ref = SMTP_BUF_INIT;
	bool breakless = false;
	size_t i, line = 0;

	FUZZ_CHECK(mime_encode_qp(&got, data, len, le));
	qp_decode(&back, fuzz_data(&got), got.len, le);
	FUZZ_CHECK_MEM("quoted-printable round trip", fuzz_data(&back), back.len, data, len);

	/* quoted_printable_encode() is encodeQP() with CRLF; normalizeBreaks() of it is encodeQP(). */
	FUZZ_CHECK(mime_qp_php(&php, data, len));
	FUZZ_CHECK(mime_normalize_breaks(&ref, fuzz_data(&php), php.len, le));
	FUZZ_CHECK_MEM("encodeQP vs normalizeBreaks(quoted_printable_encode)", fuzz_data(&got), got.len,
		fuzz_data(&ref), ref.len);

	for (i = 0; i < len; i++) {
		breakless = breakless || (unsigned char)data[i] >= 0xf5;
	}
	for (i = 0; i < php.len; i++) {
		unsigned char c = (unsigned char)php.data[i];

		FUZZ_CHECK(c < 0x7f && (c >= 0x20 || c == '\r' || c == '\n'));
		if (c == '\r') {
			FUZZ_CHECK(i + 1 < php.len && php.data[i + 1] == '\n');
			FUZZ_CHECK(breakless || line <= 76);
			line = 0;
			i++;
		} else {
			FUZZ_CHECK(c != '\n');
			line++;
		}
	}
	FUZZ_CHECK(breakless || line <= 76);

	smtp_buf_free(&got);
	smtp_buf_free(&back);
	smtp_buf_free(&php);
	smtp_buf_free(&ref);
}

/* normalizeBreaks(), encodeString() for 7bit/8bit, hasLineLongerThanMax(), has8bitChars(). */
static void check_text(const char *data, size_t len, mime_le le)
{
	smtp_buf got = SMTP_BUF_INIT, ref = SMTP_BUF_INIT, text = SMTP_BUF_INIT;
	size_t i, run = 0;
	bool longer = false, eight = false;

	for (i = 0; i < len; i++) {
		if (data[i] == '\r' || data[i] == '\n') {
			smtp_buf_append(&ref, le.s, le.len);
			i += data[i] == '\r' && i + 1 < len && data[i + 1] == '\n';
		} else {
			smtp_buf_append_char(&ref, data[i]);
		}
	}
	FUZZ_CHECK(mime_normalize_breaks(&got, data, len, le));
	FUZZ_CHECK_MEM("normalizeBreaks", fuzz_data(&got), got.len, fuzz_data(&ref), ref.len);

	if (ref.len < le.len || memcmp(ref.data + ref.len - le.len, le.s, le.len) != 0) {
		smtp_buf_append(&ref, le.s, le.len);
	}
	FUZZ_CHECK(mime_encode_text(&text, data, len, le));
	FUZZ_CHECK_MEM("encodeString 7bit", fuzz_data(&text), text.len, fuzz_data(&ref), ref.len);

	/* /^(.{998 + strlen(LE),})/m: a run of at least that many bytes other than LF. */
	for (i = 0; i < len; i++) {
		run = data[i] == '\n' ? 0 : run + 1;
		longer = longer || run >= 998 + le.len;
		eight = eight || (unsigned char)data[i] >= 0x80;
	}
	FUZZ_CHECK(mime_has_line_longer_than_max(data, len, le) == longer);
	FUZZ_CHECK(mime_has_8bit(data, len) == eight);

	smtp_buf_free(&got);
	smtp_buf_free(&ref);
	smtp_buf_free(&text);
}

/* encodeQ(): the escapes, '_' for space, CR and LF dropped; and decoded back. */
static void check_q(const char *data, size_t len, mime_position pos)
{
	static const char *const allowed[] = {
		/* text: all printable but = ? _ (and space, which becomes _) */
		"!\"#$%&'()*+,-./0123456789:;<>@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^`abcdefghijklmnopqrstuvwxyz{|}~",
		/* phrase: RFC 2047 section 5.3 */
		"!*+-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
		/* comment: as text, less ( ) " */
		"!#$%&'*+,-./0123456789:;<>@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^`abcdefghijklmnopqrstuvwxyz{|}~",
	};
	smtp_buf got = SMTP_BUF_INIT, ref = SMTP_BUF_INIT, back = SMTP_BUF_INIT, plain = SMTP_BUF_INIT;
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)data[i];

		if (c == '\r' || c == '\n') {
			continue;
		}
		smtp_buf_append_char(&plain, (char)c);
		if (c == ' ') {
			smtp_buf_append_char(&ref, '_');
		} else if (c && strchr(allowed[pos], c)) {
			smtp_buf_append_char(&ref, (char)c);
		} else {
			smtp_buf_appendf(&ref, "=%02X", c);
		}
	}
	FUZZ_CHECK(mime_encode_q(&got, data, len, pos));
	FUZZ_CHECK_MEM("encodeQ", fuzz_data(&got), got.len, fuzz_data(&ref), ref.len);

	for (i = 0; i < got.len; i++) {
		if (got.data[i] == '=') {
			FUZZ_CHECK(i + 2 < got.len && hex_value(got.data[i + 1]) >= 0 && hex_value(got.data[i + 2]) >= 0);
			smtp_buf_append_char(&back, (char)(hex_value(got.data[i + 1]) * 16 + hex_value(got.data[i + 2])));
			i += 2;
		} else {
			smtp_buf_append_char(&back, got.data[i] == '_' ? ' ' : got.data[i]);
		}
	}
	FUZZ_CHECK_MEM("encodeQ round trip", fuzz_data(&back), back.len, fuzz_data(&plain), plain.len);

	smtp_buf_free(&got);
	smtp_buf_free(&ref);
	smtp_buf_free(&back);
	smtp_buf_free(&plain);
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	fuzz_input in = {bytes, size};
	uint8_t flags = fuzz_u8(&in);
	size_t line_len = fuzz_u8(&in);
	uint64_t seed = fuzz_u8(&in) + 1;
	mime_le le = flags & 1 ? MIME_LE_LF : MIME_LE_CRLF;
	size_t len;
	const char *raw = fuzz_rest(&in, &len);
	/* An exactly sized copy, so that any read past the end is seen. */
	char *data = malloc(len ? len : 1);

	memcpy(data, raw, len);
	check_base64(data, len, line_len, le, seed);
	check_base64_decode(data, len);
	check_qp(data, len, le);
	check_text(data, len, le);
	check_q(data, len, (mime_position)((flags >> 1) % 3));
	free(data);
	return 0;
}
