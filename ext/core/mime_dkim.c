/*
 * mime_dkim.c - DKIM canonicalisation, the DKIM-Signature field of
 * PHPMailer's DKIM_Add(), and rsa-sha256 / ed25519-sha256 signatures.
 */
#include "mime_dkim.h"
#include "mime_keys.h"
#include "smtp_alloc.h"

#include <openssl/sha.h>

#include <stdio.h>
#include <string.h>

/* PHPMailer folds the z= and b= tags at STD_LINE_LENGTH - 3 bytes. */
#define FOLD_WIDTH 73

static smtp_status nomem(smtp_error *err)
{
	return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static char ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* {{{ canonicalisation */

bool mime_dkim_qp(smtp_buf *out, const char *in, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)in[i];
		bool plain = (c >= 0x21 && c <= 0x3A) || c == 0x3C || (c >= 0x3E && c <= 0x7E);
		char escaped[3] = {'=', hex[c >> 4], hex[c & 0xF]};

		if (!(plain ? smtp_buf_append_char(out, (char)c) : smtp_buf_append(out, escaped, 3))) {
			return false;
		}
	}
	return true;
}

/* One unfolded line: "name:value" canonicalised, or the line itself when it has no colon. */
static bool header_c_line(smtp_buf *out, const char *line, size_t len)
{
	const char *colon = memchr(line, ':', len);
	size_t name_start = 0, name_end, i;
	bool started = false, pending_space = false;

	if (!colon) {
		return smtp_buf_append(out, line, len);
	}
	name_end = (size_t)(colon - line);
	while (name_start < name_end && is_blank(line[name_start])) {
		name_start++;
	}
	while (name_end > name_start && is_blank(line[name_end - 1])) {
		name_end--;
	}
	for (i = name_start; i < name_end; i++) {
		if (!smtp_buf_append_char(out, ascii_lower(line[i]))) {
			return false;
		}
	}
	if (!smtp_buf_append_char(out, ':')) {
		return false;
	}
	/* Runs of blanks become one space, and none is kept at either end. */
	for (i = (size_t)(colon - line) + 1; i < len; i++) {
		if (is_blank(line[i])) {
			pending_space = started;
			continue;
		}
		if ((pending_space && !smtp_buf_append_char(out, ' ')) || !smtp_buf_append_char(out, line[i])) {
			return false;
		}
		started = true;
		pending_space = false;
	}
	return true;
}

bool mime_dkim_header_c(smtp_buf *out, const char *in, size_t len)
{
	smtp_buf text = SMTP_BUF_INIT;
	size_t i, j = 0;
	const char *line, *end, *cr;
	bool ok = mime_normalize_breaks(&text, in, len, MIME_LE_CRLF);

	/* Unfolding, in place: CRLF and the blanks after it become one space. */
	for (i = 0; ok && i < text.len; i++) {
		if (text.data[i] == '\r' && i + 2 < text.len && is_blank(text.data[i + 2])) {
			for (i += 2; i + 1 < text.len && is_blank(text.data[i + 1]); i++) {
			}
			text.data[j++] = ' ';
		} else {
			text.data[j++] = text.data[i];
		}
	}
	text.len = j;
	/* Each line rewritten, the CRLFs between them kept (every CR now starts one). */
	line = text.data ? text.data : "";
	end = line + text.len;
	while (ok) {
		cr = memchr(line, '\r', (size_t)(end - line));
		ok = header_c_line(out, line, (size_t)((cr ? cr : end) - line));
		if (!cr) {
			break;
		}
		ok = ok && smtp_buf_append(out, "\r\n", 2);
		line = cr + 2;
	}
	smtp_buf_free(&text);
	return ok;
}

bool mime_dkim_body_c(smtp_buf *out, const char *in, size_t len)
{
	size_t start = out->len;

	if (len == 0 || (len == 1 && in[0] == '0')) {
		return smtp_buf_append(out, "\r\n", 2);
	}
	if (!mime_normalize_breaks(out, in, len, MIME_LE_CRLF)) {
		return false;
	}
	while (out->len > start && (out->data[out->len - 1] == '\r' || out->data[out->len - 1] == '\n')) {
		out->len--;
	}
	return smtp_buf_append(out, "\r\n", 2);
}

/* }}} */

/* {{{ signatures */

mime_dkim_alg mime_dkim_key_alg(const EVP_PKEY *key)
{
	return EVP_PKEY_get_id(key) == EVP_PKEY_ED25519 ? MIME_DKIM_ED25519_SHA256 : MIME_DKIM_RSA_SHA256;
}

const char *mime_dkim_alg_name(mime_dkim_alg alg)
{
	return alg == MIME_DKIM_ED25519_SHA256 ? "ed25519-sha256" : "rsa-sha256";
}

smtp_status mime_dkim_sign(smtp_buf *out, EVP_PKEY *key, mime_dkim_alg alg, const char *data, size_t len,
	smtp_error *err)
{
	unsigned char digest[SHA256_DIGEST_LENGTH], *sig = NULL;
	const unsigned char *input = (const unsigned char *)data;
	const EVP_MD *md = EVP_sha256();
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	size_t sig_len = 0;
	smtp_status status = SMTP_OK;

	if (alg == MIME_DKIM_ED25519_SHA256) {
		/* RFC 8463: PureEdDSA over the SHA-256 hash, so no digest for the signer itself. */
		SHA256(input, len, digest);
		input = digest;
		len = sizeof(digest);
		md = NULL;
	}
	if (!ctx || EVP_DigestSignInit(ctx, NULL, md, NULL, key) != 1
		|| EVP_DigestSign(ctx, NULL, &sig_len, input, len) != 1) {
		status = mime_key_fail(err, SMTP_ERR_INVALID, "the key cannot make this signature");
	} else if (!(sig = smtp_malloc(sig_len))) {
		status = nomem(err);
	} else if (EVP_DigestSign(ctx, sig, &sig_len, input, len) != 1) {
		status = mime_key_fail(err, SMTP_ERR_INVALID, "signing failed");
	} else if (!mime_base64(out, (const char *)sig, sig_len)) {
		status = nomem(err);
	}
	smtp_free(sig);
	EVP_MD_CTX_free(ctx);
	return status;
}

/* }}} */

/* {{{ DKIM_Add() */

/* The work of one DKIM_Add(): the tag lists it collects from the headers. */
typedef struct dkim_build {
	const mime_dkim_params *p;
	const mime_dkim_steps *steps;
	smtp_error *err;
	smtp_buf keys;        /* h=: names joined by ':' */
	smtp_buf values;      /* "Name: value" of the signed headers, joined by le */
	smtp_buf copied;      /* z=: the copies, folded, joined by le " |" */
	size_t signed_count;
	size_t copied_count;
} dkim_build;

typedef bool (*core_step)(smtp_buf *out, const char *in, size_t len);

/* The core's own steps: none replaced. */
static const mime_dkim_steps core_steps = {NULL, NULL, NULL, NULL, NULL};

/* A step of DKIM_Add(): the caller's when it gave one, else the core's. */
static smtp_status run_step(const mime_dkim_steps *steps, mime_dkim_step step, core_step own, smtp_buf *out,
	const char *in, size_t len, smtp_error *err)
{
	if (step) {
		return step(steps->ctx, out, in, len, err);
	}
	return own(out, in, len) ? SMTP_OK : nomem(err);
}

static mime_text buf_text(const smtp_buf *buf)
{
	return (mime_text){buf->data ? buf->data : "", buf->len};
}

static bool text_equals(mime_text a, const char *s, size_t len)
{
	return a.len == len && (len == 0 || memcmp(a.s, s, len) == 0);
}

static bool in_list(const mime_text *list, size_t count, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < count; i++) {
		if (text_equals(list[i], s, len)) {
			return true;
		}
	}
	return false;
}

/* One of the headers PHPMailer always signs (compared in lower case). */
static bool is_auto_signed(const char *label, size_t len)
{
	static const char *const names[] = {
		"from", "to", "cc", "date", "subject", "reply-to", "message-id", "content-type", "mime-version", "x-mailer"
	};
	size_t i, j;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		for (j = 0; j < len && names[i][j] && ascii_lower(label[j]) == names[i][j]; j++) {
		}
		if (j == len && names[i][j] == '\0') {
			return true;
		}
	}
	return false;
}

/* chunk_split(s, FOLD_WIDTH, le . ' ') without its final separator. */
static bool append_folded(smtp_buf *out, const char *s, size_t len, mime_le le)
{
	size_t i;

	for (i = 0; i < len; i += FOLD_WIDTH) {
		size_t n = len - i < FOLD_WIDTH ? len - i : FOLD_WIDTH;

		if ((i > 0 && (!smtp_buf_append(out, le.s, le.len) || !smtp_buf_append_char(out, ' ')))
			|| !smtp_buf_append(out, s + i, n)) {
			return false;
		}
	}
	return true;
}

/* The z= copy of a header: "Name:" and the value in DKIM quoted-printable, '|' as "=7C". */
static smtp_status add_copy(dkim_build *b, const char *label, size_t label_len, const smtp_buf *value)
{
	smtp_buf qp = SMTP_BUF_INIT, copy = SMTP_BUF_INIT;
	mime_text v = buf_text(value);
	smtp_status status = run_step(b->steps, b->steps->qp, mime_dkim_qp, &qp, v.s, v.len, b->err);
	size_t i;
	bool ok;

	ok = status == SMTP_OK && smtp_buf_append(&copy, label, label_len) && smtp_buf_append_char(&copy, ':');
	for (i = 0; ok && i < qp.len; i++) {
		ok = qp.data[i] == '|' ? smtp_buf_append(&copy, "=7C", 3) : smtp_buf_append_char(&copy, qp.data[i]);
	}
	if (ok && b->copied_count++ > 0) {
		ok = smtp_buf_append(&b->copied, b->p->le.s, b->p->le.len) && smtp_buf_append(&b->copied, " |", 2);
	}
	ok = ok && (copy.len > FOLD_WIDTH ? append_folded(&b->copied, copy.data, copy.len, b->p->le)
		: smtp_buf_append(&b->copied, copy.data, copy.len));
	smtp_buf_free(&qp);
	smtp_buf_free(&copy);
	return status != SMTP_OK ? status : ok ? SMTP_OK : nomem(b->err);
}

/* A parsed header: into h= and the signed data (and z=) when it is one to sign. */
static smtp_status add_header(dkim_build *b, const char *label, size_t label_len, const smtp_buf *value)
{
	const mime_dkim_params *p = b->p;
	bool ok;

	if (!is_auto_signed(label, label_len)
		&& !(in_list(p->extra_headers, p->extra_header_count, label, label_len)
			&& in_list(p->custom_headers, p->custom_header_count, label, label_len))) {
		return SMTP_OK;
	}
	ok = (b->signed_count == 0 || (smtp_buf_append_char(&b->keys, ':')
			&& smtp_buf_append(&b->values, p->le.s, p->le.len)))
		&& smtp_buf_append(&b->keys, label, label_len)
		&& smtp_buf_append(&b->values, label, label_len) && smtp_buf_append(&b->values, ": ", 2)
		&& smtp_buf_append(&b->values, value->data, value->len);
	b->signed_count++;
	if (!ok) {
		return nomem(b->err);
	}
	return p->copy_header_fields ? add_copy(b, label, label_len, value) : SMTP_OK;
}

/*
 * The last line feed of line that is not its final byte: '$' of PCRE
 * matches at the end or before a final "\n", and '.' matches no "\n", so a
 * value cannot run past it.
 */
static const char *inner_lf(const char *line, size_t len)
{
	const char *lf = NULL, *p = line;

	while (len > 1 && (p = memchr(p, '\n', (size_t)(line + len - 1 - p)))) {
		lf = p++;
	}
	return lf;
}

/* The value of a matched line: from start to the end, less a final "\n". */
static mime_text line_value(const char *line, size_t len, size_t start)
{
	size_t end = len > 0 && line[len - 1] == '\n' ? len - 1 : len;

	return (mime_text){line + start, end - start};
}

/* '/^([^ \t]*?)(?::[ \t]*)(.*)$/': the first colon, past any inner line feed, with no blank before it. */
static bool match_field(const char *line, size_t len, mime_text *label, mime_text *value)
{
	const char *lf = inner_lf(line, len);
	size_t k, start;

	for (k = 0; k < len && !is_blank(line[k]); k++) {
		if (line[k] == ':' && (!lf || line + k > lf)) {
			for (start = k + 1; start < len && is_blank(line[start]); start++) {
			}
			*label = (mime_text){line, k};
			*value = line_value(line, len, start);
			return true;
		}
	}
	return false;
}

/* '/^[ \t]+(.*)$/': a continuation line. */
static bool match_continuation(const char *line, size_t len, mime_text *value)
{
	const char *lf;
	size_t start = 0;

	while (start < len && is_blank(line[start])) {
		start++;
	}
	lf = inner_lf(line, len);
	if (start == 0 || (lf && lf >= line + start)) {
		return false;
	}
	*value = line_value(line, len, start);
	return true;
}

/* The next le in [s, end), or NULL; an empty le splits nothing. */
static const char *find_le(const char *s, const char *end, mime_le le)
{
	for (; le.len && (size_t)(end - s) >= le.len; s++) {
		if (memcmp(s, le.s, le.len) == 0) {
			return s;
		}
	}
	return NULL;
}

/*
 * PHPMailer's parse of the header lines (split at every le): a line that
 * starts a field ends the one before (unless that one had an empty name), a
 * continuation line is appended to the value after a space, anything else
 * is ignored, and the field in progress at the last line is always added.
 */
static smtp_status parse_headers(dkim_build *b, const char *text, size_t len)
{
	const char *line = text, *end = text + len, *next;
	mime_text label = {"", 0}, name, part;
	smtp_buf value = SMTP_BUF_INIT;
	smtp_status status = SMTP_OK;

	do {
		size_t line_len;

		next = find_le(line, end, b->p->le);
		line_len = next ? (size_t)(next - line) : (size_t)(end - line);
		if (match_field(line, line_len, &name, &part)) {
			if (label.len > 0) {
				status = add_header(b, label.s, label.len, &value);
			}
			label = name;
			smtp_buf_reset(&value);
			if (status == SMTP_OK && !smtp_buf_append(&value, part.s, part.len)) {
				status = nomem(b->err);
			}
		} else if (match_continuation(line, line_len, &part)
			&& (!smtp_buf_append_char(&value, ' ') || !smtp_buf_append(&value, part.s, part.len))) {
			status = nomem(b->err);
		}
		if (!next && status == SMTP_OK) {
			status = add_header(b, label.s, label.len, &value);
		}
		line = next ? next + b->p->le.len : end;
	} while (next && status == SMTP_OK);
	smtp_buf_free(&value);
	return status;
}

/* stripos($s, 'Subject') !== false */
static bool mentions_subject(const char *s, size_t len)
{
	static const char word[] = "subject";
	size_t i, j;

	for (i = 0; i + sizeof(word) - 1 <= len; i++) {
		for (j = 0; word[j] && ascii_lower(s[i + j]) == word[j]; j++) {
		}
		if (!word[j]) {
			return true;
		}
	}
	return false;
}

/* bh=: base64 of the SHA-256 of the canonical body. */
static smtp_status body_hash(const mime_dkim_steps *steps, smtp_buf *bh, const char *body, size_t len,
	smtp_error *err)
{
	smtp_buf canon = SMTP_BUF_INIT;
	unsigned char digest[SHA256_DIGEST_LENGTH];
	smtp_status status = run_step(steps, steps->body_c, mime_dkim_body_c, &canon, body, len, err);

	if (status == SMTP_OK) {
		SHA256((const unsigned char *)buf_text(&canon).s, canon.len, digest);
		if (!mime_base64(bh, (const char *)digest, sizeof(digest))) {
			status = nomem(err);
		}
	}
	smtp_buf_free(&canon);
	return status;
}

#define TEXT(lit) ((mime_text){lit, sizeof(lit) - 1})

/* The DKIM-Signature field up to and including "b=", lines separated by le. */
static bool signature_field(smtp_buf *out, const dkim_build *b, const smtp_buf *bh)
{
	const mime_dkim_params *p = b->p;
	const char *alg = mime_dkim_alg_name(p->alg);
	mime_text le = {p->le.s, p->le.len}, none = {"", 0};
	bool i = p->identity.s != NULL, z = b->copied_count > 0;
	char t[32];
	size_t n;

	snprintf(t, sizeof(t), "%lld", p->time);
	{
		const mime_text parts[] = {
			TEXT("DKIM-Signature: v=1; d="), p->domain, TEXT("; s="), p->selector, TEXT(";"), le,
			TEXT(" a="), {alg, strlen(alg)}, TEXT("; q=dns/txt; t="), {t, strlen(t)},
			TEXT("; c=relaxed/simple;"), le,
			TEXT(" h="), buf_text(&b->keys), TEXT(";"), le,
			i ? TEXT(" i=") : none, i ? p->identity : none, i ? TEXT(";") : none, i ? le : none,
			z ? TEXT(" z=") : none, z ? buf_text(&b->copied) : none, z ? TEXT(";") : none, z ? le : none,
			TEXT(" bh="), buf_text(bh), TEXT(";"), le, TEXT(" b="),
		};

		for (n = 0; n < sizeof(parts) / sizeof(parts[0]); n++) {
			if (!smtp_buf_append(out, parts[n].s, parts[n].len)) {
				return false;
			}
		}
	}
	return true;
}

/* The signature of the canonical headers and the field, through the caller's steps if it gave them. */
static smtp_status sign_field(dkim_build *b, smtp_buf *sig, const smtp_buf *field)
{
	smtp_buf data = SMTP_BUF_INIT, canon = SMTP_BUF_INIT;
	smtp_status status = SMTP_OK;
	mime_text c;

	if (!smtp_buf_append(&data, b->values.data, b->values.len) || !smtp_buf_append(&data, b->p->le.s, b->p->le.len)
		|| !smtp_buf_append(&data, field->data, field->len)) {
		status = nomem(b->err);
	} else {
		status = run_step(b->steps, b->steps->header_c, mime_dkim_header_c, &canon, data.data, data.len, b->err);
	}
	c = buf_text(&canon);
	if (status == SMTP_OK) {
		status = b->steps->sign ? b->steps->sign(b->steps->ctx, sig, c.s, c.len, b->err)
			: mime_dkim_sign(sig, b->p->key, b->p->alg, c.s, c.len, b->err);
	}
	smtp_buf_free(&data);
	smtp_buf_free(&canon);
	return status;
}

/* field . trim(chunk_split(sig, FOLD_WIDTH, le . ' ')), its line breaks made le. */
static bool finish_field(smtp_buf *out, smtp_buf *field, const smtp_buf *sig, mime_le le)
{
	smtp_buf chunked = SMTP_BUF_INIT;
	mime_text s = buf_text(sig), t;
	bool ok = append_folded(&chunked, s.s, s.len, le) && smtp_buf_append(&chunked, le.s, le.len)
		&& smtp_buf_append_char(&chunked, ' ');

	t = buf_text(&chunked);
	mime_trim(&t.s, &t.len);
	ok = ok && smtp_buf_append(field, t.s, t.len) && mime_normalize_breaks(out, field->data, field->len, le);
	smtp_buf_free(&chunked);
	return ok;
}

/* DKIM_Add() with the body hash given, or (bh NULL) computed where PHPMailer computes it. */
static smtp_status dkim_add(smtp_buf *out, const mime_dkim_params *p, const mime_dkim_steps *steps,
	const mime_text message[3], const smtp_buf *bh, smtp_error *err)
{
	dkim_build b = {p, steps ? steps : &core_steps, err, SMTP_BUF_INIT, SMTP_BUF_INIT, SMTP_BUF_INIT, 0, 0};
	smtp_buf lines = SMTP_BUF_INIT, hash = SMTP_BUF_INIT, field = SMTP_BUF_INIT, sig = SMTP_BUF_INIT;
	mime_text headers = message[0], subject = message[1], body = message[2];
	smtp_status status = SMTP_OK;

	if (!smtp_buf_append(&lines, headers.s, headers.len)
		|| (!mentions_subject(headers.s, headers.len)
			&& (!smtp_buf_append(&lines, "Subject: ", 9) || !smtp_buf_append(&lines, subject.s, subject.len)
				|| !smtp_buf_append(&lines, p->le.s, p->le.len)))) {
		status = nomem(err);
	}
	if (status == SMTP_OK) {
		status = parse_headers(&b, buf_text(&lines).s, lines.len);
	}
	if (status == SMTP_OK && !bh) {
		status = body_hash(b.steps, &hash, body.s, body.len, err);
		bh = &hash;
	}
	if (status == SMTP_OK) {
		status = signature_field(&field, &b, bh) ? sign_field(&b, &sig, &field) : nomem(err);
	}
	if (status == SMTP_OK && !finish_field(out, &field, &sig, p->le)) {
		status = nomem(err);
	}
	smtp_buf_free(&b.keys);
	smtp_buf_free(&b.values);
	smtp_buf_free(&b.copied);
	smtp_buf_free(&lines);
	smtp_buf_free(&hash);
	smtp_buf_free(&field);
	smtp_buf_free(&sig);
	return status;
}

smtp_status mime_dkim_add(smtp_buf *out, const mime_dkim_params *params, const mime_dkim_steps *steps,
	const char *headers, size_t headers_len, const char *subject, size_t subject_len,
	const char *body, size_t body_len, smtp_error *err)
{
	const mime_text message[3] = {{headers, headers_len}, {subject, subject_len}, {body, body_len}};

	return dkim_add(out, params, steps, message, NULL, err);
}

smtp_status mime_dkim_add_all(smtp_buf *out, const mime_dkim_params *params, EVP_PKEY *const *keys,
	const mime_text *selectors, size_t count,
	const char *headers, size_t headers_len, const char *subject, size_t subject_len,
	const char *body, size_t body_len, smtp_error *err)
{
	const mime_text message[3] = {{headers, headers_len}, {subject, subject_len}, {body, body_len}};
	smtp_buf bh = SMTP_BUF_INIT;
	smtp_status status = body_hash(&core_steps, &bh, body, body_len, err);
	size_t i;

	for (i = 0; i < count && status == SMTP_OK; i++) {
		mime_dkim_params one = *params;

		one.alg = mime_dkim_key_alg(keys[i]);
		one.key = keys[i];
		if (selectors && selectors[i].s) {
			one.selector = selectors[i];
		}
		if (i > 0 && !smtp_buf_append(out, params->le.s, params->le.len)) {
			status = nomem(err);
		} else {
			status = dkim_add(out, &one, NULL, message, &bh, err);
		}
	}
	smtp_buf_free(&bh);
	return status;
}

/* }}} */
