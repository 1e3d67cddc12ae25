/*
 * fuzz_dkim.c - DKIM canonicalisation and the DKIM-Signature field of
 * mime_dkim.c: DKIM_QP(), DKIM_HeaderC() (relaxed), DKIM_BodyC() (simple)
 * and DKIM_Add()'s parse of the header block, its h= and z= tags and their
 * folding. Signing itself is OpenSSL's: a stand-in sign step (a SHA-256 of
 * the canonical data) keeps the target fast, the real step is unit-tested.
 *
 * Input: flags (0x01: le is LF; 0x02: z= copies; 0x04: an i= tag; 0x08: a
 * custom header "X-Extra" also listed as a DKIM extra header; 0x10: le
 * taken from the input, 1 to 3 bytes, as a subclass's setLE() can make it;
 * 0x20: the body is the same bytes as the headers), the le bytes when
 * asked for, a length byte and that many bytes of subject, a length byte
 * and that many bytes of body, then the header block.
 *
 * Differential: DKIM_QP(), DKIM_HeaderC() and DKIM_BodyC() against plain
 * transliterations of PHPMailer 6.12.0. Invariants: DKIM_QP() output is
 * printable ASCII and decodes back; the canonical header has no bare CR or
 * LF and is idempotent (where no line starts with a blank); the canonical body ends in exactly one CRLF; the
 * DKIM-Signature field (for CRLF or LF) has its lines joined by le, each
 * continuation starting with a space, and no other CR or LF; every name in
 * its h= tag is a header of the block.
 */
#include "fuzz.h"

#include "mime_dkim.h"

#include <openssl/sha.h>

/* {{{ PHPMailer, transliterated */

static void ref_qp(smtp_buf *out, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c >= 0x21 && c <= 0x3a) || c == 0x3c || (c >= 0x3e && c <= 0x7e)) {
			smtp_buf_append_char(out, (char)c);
		} else {
			smtp_buf_appendf(out, "=%02X", c);
		}
	}
}

static bool blank(char c)
{
	return c == ' ' || c == '\t';
}

/*
 * normalizeBreaks($h, CRLF); preg_replace('/\r\n[ \t]+/', ' '); explode(CRLF);
 * each line with ':' -> strtolower(trim(name, " \t")) ':' trim(collapse(value), " \t").
 */
static void ref_header_c(smtp_buf *out, const char *s, size_t len)
{
	smtp_buf norm = SMTP_BUF_INIT, unfolded = SMTP_BUF_INIT;
	const char *p, *end;
	size_t i;

	mime_normalize_breaks(&norm, s, len, MIME_LE_CRLF);
	for (i = 0; i < norm.len; i++) {
		if (norm.data[i] == '\r' && i + 2 < norm.len && blank(norm.data[i + 2])) {
			i += 2;
			while (i + 1 < norm.len && blank(norm.data[i + 1])) {
				i++;
			}
			smtp_buf_append_char(&unfolded, ' ');
		} else {
			smtp_buf_append_char(&unfolded, norm.data[i]);
		}
	}
	p = fuzz_data(&unfolded);
	end = p + unfolded.len;
	for (;;) {
		const char *crlf = fuzz_find(p, (size_t)(end - p), "\r\n", 2);
		const char *le = crlf ? crlf : end;
		const char *colon = memchr(p, ':', (size_t)(le - p));

		if (!colon) {
			smtp_buf_append(out, p, (size_t)(le - p));
		} else {
			const char *a = p, *b = colon, *v;
			smtp_buf value = SMTP_BUF_INIT;
			size_t vs, ve;

			while (a < b && blank(*a)) {
				a++;
			}
			while (b > a && blank(b[-1])) {
				b--;
			}
			for (v = a; v < b; v++) {
				smtp_buf_append_char(out, (char)(*v >= 'A' && *v <= 'Z' ? *v + 32 : *v));
			}
			smtp_buf_append_char(out, ':');
			for (v = colon + 1; v < le; v++) {
				if (blank(*v)) {
					/* preg_replace('/[ \t]+/', ' ', $value): one space for a run. */
					if (!blank(v[-1])) {
						smtp_buf_append_char(&value, ' ');
					}
				} else {
					smtp_buf_append_char(&value, *v);
				}
			}
			vs = 0;
			ve = value.len;
			while (vs < ve && blank(value.data[vs])) {
				vs++;
			}
			while (ve > vs && blank(value.data[ve - 1])) {
				ve--;
			}
			smtp_buf_append(out, fuzz_data(&value) + vs, ve - vs);
			smtp_buf_free(&value);
		}
		if (!crlf) {
			break;
		}
		smtp_buf_append(out, "\r\n", 2);
		p = crlf + 2;
	}
	smtp_buf_free(&norm);
	smtp_buf_free(&unfolded);
}

/* empty($body) ? CRLF : rtrim(normalizeBreaks($body, CRLF), "\r\n") . CRLF */
static void ref_body_c(smtp_buf *out, const char *s, size_t len)
{
	smtp_buf norm = SMTP_BUF_INIT;

	if (len == 0 || (len == 1 && s[0] == '0')) {
		smtp_buf_append(out, "\r\n", 2);
		return;
	}
	mime_normalize_breaks(&norm, s, len, MIME_LE_CRLF);
	while (norm.len && (norm.data[norm.len - 1] == '\r' || norm.data[norm.len - 1] == '\n')) {
		norm.len--;
	}
	smtp_buf_append(out, fuzz_data(&norm), norm.len);
	smtp_buf_append(out, "\r\n", 2);
	smtp_buf_free(&norm);
}

/* }}} */

static void check_no_bare_breaks(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\r') {
			FUZZ_CHECK(i + 1 < len && s[i + 1] == '\n');
			i++;
		} else {
			FUZZ_CHECK(s[i] != '\n');
		}
	}
}

static void check_canonical(const char *headers, size_t hlen, const char *body, size_t blen)
{
	smtp_buf got = SMTP_BUF_INIT, ref = SMTP_BUF_INIT, again = SMTP_BUF_INIT;
	size_t i;

	FUZZ_CHECK(mime_dkim_qp(&got, headers, hlen));
	ref_qp(&ref, headers, hlen);
	FUZZ_CHECK_MEM("DKIM_QP", fuzz_data(&got), got.len, fuzz_data(&ref), ref.len);
	for (i = 0; i < got.len; i++) {
		FUZZ_CHECK(got.data[i] > 0x20 && got.data[i] < 0x7f && got.data[i] != ';');
	}

	smtp_buf_reset(&got);
	smtp_buf_reset(&ref);
	FUZZ_CHECK(mime_dkim_header_c(&got, headers, hlen));
	ref_header_c(&ref, headers, hlen);
	FUZZ_CHECK_MEM("DKIM_HeaderC", fuzz_data(&got), got.len, fuzz_data(&ref), ref.len);
	check_no_bare_breaks(fuzz_data(&got), got.len);
	/*
	 * Canonical twice is canonical once, unless a continuation was
	 * unfolded into an empty line: that line then starts with a blank and
	 * unfolds again (PHPMailer's regex does the same; real header blocks
	 * have no empty line inside).
	 */
	if (!fuzz_find(fuzz_data(&got), got.len, "\r\n ", 3) && !fuzz_find(fuzz_data(&got), got.len, "\r\n\t", 3)) {
		FUZZ_CHECK(mime_dkim_header_c(&again, fuzz_data(&got), got.len));
		FUZZ_CHECK_MEM("DKIM_HeaderC twice", fuzz_data(&again), again.len, fuzz_data(&got), got.len);
	}

	smtp_buf_reset(&got);
	smtp_buf_reset(&ref);
	FUZZ_CHECK(mime_dkim_body_c(&got, body, blen));
	ref_body_c(&ref, body, blen);
	FUZZ_CHECK_MEM("DKIM_BodyC", fuzz_data(&got), got.len, fuzz_data(&ref), ref.len);
	check_no_bare_breaks(fuzz_data(&got), got.len);
	FUZZ_CHECK(got.len >= 2 && memcmp(got.data + got.len - 2, "\r\n", 2) == 0);
	FUZZ_CHECK(got.len == 2 || got.data[got.len - 3] != '\n');

	smtp_buf_free(&got);
	smtp_buf_free(&ref);
	smtp_buf_free(&again);
}

/* The stand-in for openssl_sign(): base64 of the SHA-256 of what would be signed. */
static smtp_status fake_sign(void *ctx, smtp_buf *out, const char *in, size_t len, smtp_error *err)
{
	unsigned char digest[SHA256_DIGEST_LENGTH];

	(void)ctx;
	(void)err;
	SHA256((const unsigned char *)in, len, digest);
	FUZZ_CHECK(mime_base64(out, (const char *)digest, sizeof(digest)));
	return SMTP_OK;
}

/* The field: lines joined by le, continuations start with a space, h= names come from the headers. */
static void check_field(const char *f, size_t len, mime_le le, const char *headers, size_t hlen)
{
	const char *h, *end;
	size_t i;

	FUZZ_CHECK(len > 24 && memcmp(f, "DKIM-Signature: v=1; d=", 23) == 0);
	for (i = 0; i < len; i++) {
		if (len - i >= le.len && memcmp(f + i, le.s, le.len) == 0) {
			FUZZ_CHECK(i + le.len < len && f[i + le.len] == ' ');
			i += le.len - 1;
			continue;
		}
		FUZZ_CHECK(f[i] != '\r' && f[i] != '\n');
	}
	h = fuzz_find(f, len, " h=", 3);
	FUZZ_CHECK(h != NULL);
	h += 3;
	end = memchr(h, ';', len - (size_t)(h - f));
	FUZZ_CHECK(end != NULL);
	while (h < end) {
		const char *colon = memchr(h, ':', (size_t)(end - h));
		const char *name_end = colon ? colon : end;
		smtp_buf name = SMTP_BUF_INIT;

		smtp_buf_append(&name, h, (size_t)(name_end - h));
		smtp_buf_append_char(&name, ':');
		FUZZ_CHECK(fuzz_find(headers, hlen, name.data, name.len) != NULL);
		smtp_buf_free(&name);
		h = colon ? colon + 1 : end;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	fuzz_input in = {bytes, size};
	uint8_t flags = fuzz_u8(&in);
	mime_le le = flags & 1 ? MIME_LE_LF : MIME_LE_CRLF;
	const char *s, *b, *h, *les;
	size_t slen, blen, hlen, lelen;
	char *headers, *subject, *body, *le_copy = NULL;
	static const mime_text extra[] = {{"X-Extra", 7}};
	mime_dkim_params params;
	mime_dkim_steps steps = {NULL, NULL, NULL, fake_sign, NULL};
	smtp_buf out = SMTP_BUF_INIT;
	smtp_error err;

	if (flags & 0x10) {
		les = fuzz_bytes(&in, (fuzz_u8(&in) % 3) + 1, &lelen);
		le_copy = malloc(lelen ? lelen : 1);
		memcpy(le_copy, les, lelen);
		le = (mime_le){le_copy, lelen};
	}
	s = fuzz_piece(&in, &slen);
	b = fuzz_piece(&in, &blen);
	h = fuzz_rest(&in, &hlen);
	headers = malloc(hlen ? hlen : 1);
	memcpy(headers, h, hlen);
	if (flags & 0x20) {
		b = h;
		blen = hlen;
	}
	subject = malloc(slen ? slen : 1);
	memcpy(subject, s, slen);
	body = malloc(blen ? blen : 1);
	memcpy(body, b, blen);

	check_canonical(headers, hlen, body, blen);

	memset(&params, 0, sizeof(params));
	params.domain = (mime_text){"example.com", 11};
	params.selector = (mime_text){"phpmailer", 9};
	params.identity = flags & 4 ? (mime_text){"a@example.com", 13} : (mime_text){NULL, 0};
	params.copy_header_fields = (flags & 2) != 0;
	if (flags & 8) {
		params.extra_headers = extra;
		params.extra_header_count = 1;
		params.custom_headers = extra;
		params.custom_header_count = 1;
	}
	params.time = 1700000000;
	params.le = le;
	params.alg = MIME_DKIM_RSA_SHA256;
	FUZZ_CHECK(mime_dkim_add(&out, &params, &steps, headers, hlen, subject, slen, body, blen, &err) == SMTP_OK);
	if (!(flags & 0x10)) {
		smtp_buf all = SMTP_BUF_INIT;

		/* Names in h= come from the block, or the Subject line DKIM_Add() adds. */
		smtp_buf_append(&all, headers, hlen);
		smtp_buf_append(&all, "\nSubject: ", 10);
		smtp_buf_append(&all, subject, slen);
		check_field(fuzz_data(&out), out.len, le, fuzz_data(&all), all.len);
		smtp_buf_free(&all);
	}

	smtp_buf_free(&out);
	free(headers);
	free(subject);
	free(body);
	free(le_copy);
	return 0;
}
