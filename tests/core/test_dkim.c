/*
 * test_dkim.c - DKIM canonicalisation, signatures and DKIM_Add() of
 * mime_dkim.c, and the key loading of mime_keys.c. The expected values are
 * the output of PHPMailer 6.12.0 on PHP 8.2 (DKIM_QP, DKIM_HeaderC,
 * DKIM_BodyC, and DKIM_Add with time() pinned to 1700000000) and of PHP's
 * openssl_sign($data, $sig, $key, 'sha256WithRSAEncryption') for the RSA
 * key below; Ed25519 signatures are checked with OpenSSL's verifier.
 */
#define _POSIX_C_SOURCE 200809L

#include "check.h"
#include "tests.h"

#include "mime_dkim.h"
#include "mime_keys.h"
#include "smtp_buf.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/sha.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define S(lit) lit, sizeof(lit) - 1
#define COUNT(table) (sizeof(table) / sizeof((table)[0]))

/* A 1024-bit RSA key made for these tests (small, so the signatures below stay short). */
static const char rsa_key[] =
	"-----BEGIN PRIVATE KEY-----\n"
	"MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAMB5H8BrNSKcEVGc\n"
	"0WinqbKcYXBGEGH6OFQbO/Rv3w0djf9xJ3OT2we/MxulA3JAkh6Z8UA/At4IbkDv\n"
	"AYkXqLojldcpXnfnvtN5Do2lXB6XBwrTajyLad/N/CjQn2Qfp4QJ8wQ4Dpzxebcd\n"
	"0EezsVEHghkRlQd9I4e1s+g3W0GXAgMBAAECgYEAkxA5dZG00NQE26IB04BARov8\n"
	"W4f9Xo+M2J7Siaus9118sRApf8MamWm7SEUmQ/cYbq9bSaabr0Er1QuJ1dExBmw3\n"
	"rc48JUEW3Q4YUkjDL8TFCgwdU9oekKdq2qr35ObSx1NUBdTSh8ryDhjHPhArgKnE\n"
	"qLq8q1rsrQgA+lIoTzkCQQDyrJVNI1gXUWbT8pXcB2X60iQNQYJJ9Zh21ZkB7fUD\n"
	"M7YsS0ydyrd4H5tSu56Mgowsafoa0RRWqPKFxPfT9vNFAkEAywrVvsDlajDAISnE\n"
	"7wRCsxh1FyGjDbsKJAuQJpyy9qSoJtDhgQoEO4TkuV6u2egrJFjgVfm3OcMsSKli\n"
	"U3qhKwJAQTu1UqwKlRITsyvFrwTqG/d7K3kNnfYACwm1/LfLohW3hcakDNKeaRMN\n"
	"/Lpkj17UcWf3jFfhwL3fm6fr+rWqhQJAXJAa83RS4f9Jh5TYL7K8iZMrxhjSka7k\n"
	"J5yR4dhsCd70vYVaWI5tcYjbENrmUXbzPAW8d9V4vz+Hz7RQnAf6swJADoVq1hvY\n"
	"Ny+3gclKE6wVTA4McYEO7nVmRy+xXuA+ov03bMjNGTX1R2AbvdsK/HEH/s7p/4NP\n"
	"4pfeejmbAoV2hQ==\n"
	"-----END PRIVATE KEY-----\n";

static const char ed25519_key[] =
	"-----BEGIN PRIVATE KEY-----\n"
	"MC4CAQAwBQYDK2VwBCIEIOrMGZH4Lrrn8QyiGxHNsI19B/uUZUVfBjUYhDt5Fep0\n"
	"-----END PRIVATE KEY-----\n";

typedef struct vec {
	const char *in;
	size_t in_len;
	const char *out;
	size_t out_len;
} vec;

typedef bool (*filter_fn)(smtp_buf *out, const char *in, size_t len);

static void run_vecs(filter_fn fn, const vec *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		smtp_buf out = SMTP_BUF_INIT;

		CHECK(fn(&out, v[i].in, v[i].in_len));
		CHECK_MEM(out.data, out.len, v[i].out, v[i].out_len);
		smtp_buf_free(&out);
	}
}

/* {{{ canonicalisation */

static const vec qp_vecs[] = {
	{S(""),
		S("")},
	{S("abc"),
		S("abc")},
	{S("a b;c=d|e:f<g>h"),
		S("a=20b=3Bc=3Dd|e:f<g>h")},
	{S("\x00\x7f\x80\xff\t\r\n~!"),
		S("=00=7F=80=FF=09=0D=0A~!")},
};

/* Unfolding, collapsing, lower-casing; lines without a colon (and the empty last line) kept. */
static const vec header_c_vecs[] = {
	{S(""),
		S("")},
	{S("From: Joe <joe@example.com>\r\nTo: x@y\r\n"),
		S("from:Joe <joe@example.com>\r\nto:x@y\r\n")},
	{S("Subject: a\r\n\tlong  \t subject  \r\nX-A :  b \r\n"),
		S("subject:a long subject\r\nx-a:b\r\n")},
	{S("A: b\nC:  d\rE: f"),
		S("a:b\r\nc:d\r\ne:f")},
	{S("garbage line\r\nK: v"),
		S("garbage line\r\nk:v")},
	{S(" Name With Space\t: Value \t"),
		S("name with space:Value")},
	{S("A: x: y"),
		S("a:x: y")},
	{S("A:   \t "),
		S("a:")},
	{S("\r\n x"),
		S(" x")},
	{S("Long: a\r\n \r\n b\r\n\r\nEnd:z"),
		S("long:a b\r\n\r\nend:z")},
	{S("DKIM-Signature: v=1; d=x;\r\n a=rsa-sha256; b="),
		S("dkim-signature:v=1; d=x; a=rsa-sha256; b=")},
	{S("X-\xc3\x84rger: \xc3\xbc  \x00 z"),
		S("x-\xc3\x84rger:\xc3\xbc \x00 z")},
};

/* 6.12 keeps trailing blanks; PHP's empty() makes "0" an empty body. */
static const vec body_c_vecs[] = {
	{S(""),
		S("\r\n")},
	{S("0"),
		S("\r\n")},
	{S("00"),
		S("00\r\n")},
	{S("a"),
		S("a\r\n")},
	{S("a\n"),
		S("a\r\n")},
	{S("a\r\n\r\n\n"),
		S("a\r\n")},
	{S("a \t\n"),
		S("a \t\r\n")},
	{S(" \t"),
		S(" \t\r\n")},
	{S("line1\nline2\r\nline3\r"),
		S("line1\r\nline2\r\nline3\r\n")},
	{S("\n\n"),
		S("\r\n")},
	{S("a\r\rb\n\r"),
		S("a\r\n\r\nb\r\n")},
};

/* }}} */

/* {{{ keys and signatures */

static EVP_PKEY *load_key(const char *pem, const char *passphrase)
{
	EVP_PKEY *key = NULL;
	smtp_error err;

	CHECK(mime_key_private(&key, pem, strlen(pem), passphrase, &err) == SMTP_OK);
	return key;
}

/* rsa-sha256 signatures are deterministic: PHP's openssl_sign() gives the same bytes. */
static const vec rsa_vecs[] = {
	{S(""),
		S("aEDEYoiV5qHP6cmXl1GC6B+SE1xamtNnMRsyRqbLEUoZC4ChjcoZ1cOaTivt+AyMzRO3uLw9P47cQ1+A8bfpSnt8nqzVil+5dsyX1"
			"qe5UOlRs0K2nRvOUUb29FsVz8aivCuv4NkDXKwtXoU+eH8q2wS8f8KUdMFwwlf6PeConkM=")},
	{S("abc"),
		S("Q5xYHsX6RAQg4+BZGy6CX9s/e6HX57YphX4EYK+ZjBYPs4NRc8Bxtadbgu1bS1uvdhF7KOoPS1KKLk2FuHsV4Y75Ksf80xkkdHnQh"
			"MG43LYcsZuO3MuxZ7XLvJTVbQnK10XHAAStoEEL4VrsO+njGIoHP3apMh/NR/tbCvOic5E=")},
	{S("from:a\r\ndkim-signature:v=1; b="),
		S("U53Sgr9CqAVpqb5xmZ1ZTq6/qZx7jn7ax3pWeUfukA+IfgABqW8qhNK1peyYfIqvXBMvUNQRCQkDy+0HMTOpCSW3HXJZEGzIFf3Um"
			"mNoRfAkayjqt+XVC3MDqIG+0dvrov0VpzUZxZBJ4Dq/VpcoHj11ryfF8Hr3Pm4u0b1SLxs=")},
};

static void test_rsa_signatures(void)
{
	EVP_PKEY *key = load_key(rsa_key, "");
	size_t i;

	CHECK(mime_dkim_key_alg(key) == MIME_DKIM_RSA_SHA256);
	for (i = 0; i < COUNT(rsa_vecs); i++) {
		smtp_buf out = SMTP_BUF_INIT;
		smtp_error err;

		CHECK(mime_dkim_sign(&out, key, MIME_DKIM_RSA_SHA256, rsa_vecs[i].in, rsa_vecs[i].in_len, &err) == SMTP_OK);
		CHECK_MEM(out.data, out.len, rsa_vecs[i].out, rsa_vecs[i].out_len);
		smtp_buf_free(&out);
	}
	EVP_PKEY_free(key);
}

/* Whether b64 is an ed25519-sha256 signature of data: Ed25519 over the SHA-256 digest (RFC 8463). */
static bool ed25519_verifies(EVP_PKEY *key, const char *data, size_t len, const char *b64, size_t b64_len)
{
	unsigned char digest[SHA256_DIGEST_LENGTH], sig[128];
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	int sig_len = EVP_DecodeBlock(sig, (const unsigned char *)b64, (int)b64_len);
	bool ok;

	SHA256((const unsigned char *)data, len, digest);
	/* EVP_DecodeBlock() counts the padding of the 64-byte signature as data. */
	ok = sig_len == 66 && EVP_DigestVerifyInit(ctx, NULL, NULL, NULL, key) == 1
		&& EVP_DigestVerify(ctx, sig, 64, digest, sizeof(digest)) == 1;
	EVP_MD_CTX_free(ctx);
	return ok;
}

static void test_ed25519_signatures(void)
{
	EVP_PKEY *key = load_key(ed25519_key, "");
	smtp_buf out = SMTP_BUF_INIT;
	smtp_error err;

	CHECK(mime_dkim_key_alg(key) == MIME_DKIM_ED25519_SHA256);
	CHECK(strcmp(mime_dkim_alg_name(MIME_DKIM_ED25519_SHA256), "ed25519-sha256") == 0);
	CHECK(mime_dkim_sign(&out, key, MIME_DKIM_ED25519_SHA256, S("from:a\r\n"), &err) == SMTP_OK);
	CHECK(out.len == 88);
	CHECK(ed25519_verifies(key, S("from:a\r\n"), out.data, out.len));
	CHECK(!ed25519_verifies(key, S("from:b\r\n"), out.data, out.len));
	/* openssl_sign() with a SHA-256 digest cannot use an Ed25519 key; neither can rsa-sha256 here. */
	smtp_buf_reset(&out);
	CHECK(mime_dkim_sign(&out, key, MIME_DKIM_RSA_SHA256, S("x"), &err) == SMTP_ERR_INVALID);
	CHECK(out.len == 0);
	smtp_buf_free(&out);
	EVP_PKEY_free(key);
}

/* Keys as PHP reads them: PEM text, "file://" paths, passphrases; failures carry OpenSSL's first error. */
static void test_keys(void)
{
	char path[] = "/tmp/test_dkim_XXXXXX", spec[64];
	int fd = mkstemp(path);
	EVP_PKEY *key = NULL;
	BIO *bio = BIO_new_file(path, "w");
	EVP_PKEY *plain = load_key(rsa_key, "");
	smtp_error err;

	CHECK(fd >= 0 && bio);
	/* The key encrypted with "secret", in a file. */
	CHECK(PEM_write_bio_PKCS8PrivateKey(bio, plain, EVP_aes_128_cbc(), NULL, 0, NULL, (void *)"secret") == 1);
	BIO_free(bio);
	snprintf(spec, sizeof(spec), "file://%s", path);
	CHECK(mime_key_private(&key, spec, strlen(spec), "secret", &err) == SMTP_OK);
	CHECK(key && EVP_PKEY_eq(key, plain) == 1);
	EVP_PKEY_free(key);
	CHECK(mime_key_private(&key, spec, strlen(spec), "wrong", &err) == SMTP_ERR_INVALID);
	CHECK(key == NULL);
	CHECK(strcmp(err.detail, "error:1C800064:Provider routines::bad decrypt") == 0);
	CHECK(mime_key_private(&key, spec, strlen(spec), "", &err) == SMTP_ERR_INVALID);
	CHECK(mime_key_spec_path(spec, strlen(spec)) == spec + 7);
	CHECK(mime_key_spec_path(S("file://")) == NULL && mime_key_spec_path(S("-----BEGIN")) == NULL);
	/* "file://" alone is PEM text, which does not parse. */
	CHECK(mime_key_private(&key, S("file://"), "", &err) == SMTP_ERR_INVALID);
	CHECK(strcmp(err.detail, "error:1E08010C:DECODER routines::unsupported") == 0);
	CHECK(mime_key_private(&key, S("file:///nonexistent/key.pem"), "", &err) == SMTP_ERR_FILE);
	CHECK(strstr(err.detail, "No such file or directory") != NULL);
	CHECK(ERR_peek_error() == 0);
	EVP_PKEY_free(plain);
	close(fd);
	unlink(path);
}

/* }}} */

/* {{{ DKIM_Add() */

typedef struct add_vec {
	const char *le;
	bool copy;
	const char *identity;
	const char *extra[2];
	const char *custom[2];
	const char *headers;
	const char *subject;
	const char *body;
	const char *out;
} add_vec;

static const add_vec add_vecs[] = {
	/* PHPMailer's defaults: the fixed list signed, copies in z= (folded, '|' as =7C), no i=. */
	{"\r\n", true, NULL, {NULL}, {NULL},
		"Date: Tue, 1 Apr 2025 10:00:00 +0000\r\nTo: Zoe <zoe@example.test>\r\nFrom: Shop <shop@example.test>\r\n"
		"Subject: Hello | world\r\nMessage-ID: <id@host.example>\r\n"
		"X-Mailer: PHPMailer 6.12.0 (https://github.com/PHPMailer/PHPMailer)\r\nX-Custom: custom value\r\n"
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n",
		"Hello | world", "Hi there \r\n\r\n\r\n",
		"DKIM-Signature: v=1; d=example.test; s=sel;\r\n a=rsa-sha256; q=dns/txt; t=1700000000; c=relaxed/simple;\r\n"
		" h=Date:To:From:Subject:Message-ID:X-Mailer:MIME-Version:Content-Type;\r\n"
		" z=Date:Tue,=201=20Apr=202025=2010:00:00=20+0000\r\n |To:Zoe=20<zoe@example.test>\r\n"
		" |From:Shop=20<shop@example.test>\r\n |Subject:Hello=20=7C=20world\r\n |Message-ID:<id@host.example>\r\n"
		" |X-Mailer:PHPMailer=206.12.0=20(https://github.com/PHPMailer/PHPMailer)\r\n |MIME-Version:1.0\r\n"
		" |Content-Type:text/plain=3B=20charset=3Diso-8859-1;\r\n bh=dApKUN3AgPZK0Ag0pNeG/slwJ5vm6u/85hpFXIKv8mE=;\r\n"
		" b=BJF8I/czt+AGPt9C+ddtXnG8DmXy59QlGutuFtJEC7YCD6+0FJgSOuSMI0OQ8WtSmISH+9AOm\r\n"
		" uDc18tNgvzxE4K9xlofcJ5C+Zf8doJ5j3X01RXpbApXJISCnAocweccLhXjCs9xQIuEbjKmal\r\n"
		" skFZ9ATlKvterPFK+qHjg03rk="},
	/* LF line ends, an identity, an extra header that is a custom header (and one that is not), no Subject. */
	{"\n", false, "shop@example.test", {"X-Custom", "X-Other"}, {"X-Custom", "X-Other2"},
		"Date: Tue, 1 Apr 2025 10:00:00 +0000\nTo: zoe@example.test\nFrom: shop@example.test\n"
		"X-Custom: custom value\nX-Other: not custom\nMIME-Version: 1.0\n",
		"Caf\xc3\xa9", "line\nother line\n",
		"DKIM-Signature: v=1; d=example.test; s=sel;\n a=rsa-sha256; q=dns/txt; t=1700000000; c=relaxed/simple;\n"
		" h=Date:To:From:X-Custom:MIME-Version:Subject;\n i=shop@example.test;\n"
		" bh=1gW+hBK4wkMNRw+Vi26FJopovixIHyrLiyB8fPloL3E=;\n"
		" b=HYqlqUjuTy8lxo8sCVFoL0ICkgQ+PzSDyvtVwSvO850klb1fd+z3cJQ3QdQ3a63UMNe/aYIHx\n"
		" Bp88TJiGla1jmO0gdhQEOnRJxNUEgEPCusx2PHkIqiFaL+OcCtaOiw7Nov2CUSpQ67SbX+/Ow\n"
		" ba9nrtNx80vV+qNsHxZ/j015w="},
	/*
	 * The parser's corners: a folded value, a field with an empty name (never
	 * added), a line with an inner LF (ignored), a stray continuation, a
	 * lower-case name, and a body of "0".
	 */
	{"\r\n", true, NULL, {""}, {""},
		"From: a\r\n  folded   part\r\n:empty\r\nTo: b\nCc: c\r\nnot a header\r\n\tcont\r\nreply-to:  r@x ; y\r\n",
		"s", "0",
		"DKIM-Signature: v=1; d=example.test; s=sel;\r\n a=rsa-sha256; q=dns/txt; t=1700000000; c=relaxed/simple;\r\n"
		" h=From:reply-to:Subject;\r\n z=From:a=20folded=20=20=20part\r\n |reply-to:r@x=20=3B=20y\r\n |Subject:s;\r\n"
		" bh=frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=;\r\n"
		" b=VZ0aikjExsrb2XCkTXjyYqJT7uny2Lc3jsMP5ls0NYOzbZqJzmre50zj48mRza6B6GL1LRCge\r\n"
		" NOjy//dJvAy5vg27hNe+cjXambR0Lgmg0mELnyCMT9WqTombsHt4CiVq6a7HUHRhtd4sRzgUD\r\n"
		" NiGbkerSyY+qbwTfILF1pww3I="},
};

static size_t fill(mime_text *list, const char *const *names)
{
	size_t n;

	for (n = 0; n < 2 && names[n]; n++) {
		list[n] = (mime_text){names[n], strlen(names[n])};
	}
	return n;
}

static void params_init(mime_dkim_params *p, const char *le)
{
	memset(p, 0, sizeof(*p));
	p->domain = (mime_text){S("example.test")};
	p->selector = (mime_text){S("sel")};
	p->time = 1700000000;
	p->le = (mime_le){le, strlen(le)};
	p->alg = MIME_DKIM_RSA_SHA256;
}

static void test_add(void)
{
	EVP_PKEY *key = load_key(rsa_key, "");
	size_t i;

	for (i = 0; i < COUNT(add_vecs); i++) {
		const add_vec *v = &add_vecs[i];
		mime_text extra[2], custom[2];
		mime_dkim_params p;
		smtp_buf out = SMTP_BUF_INIT;
		smtp_error err;

		params_init(&p, v->le);
		p.copy_header_fields = v->copy;
		p.identity = (mime_text){v->identity, v->identity ? strlen(v->identity) : 0};
		p.extra_headers = extra;
		p.extra_header_count = fill(extra, v->extra);
		p.custom_headers = custom;
		p.custom_header_count = fill(custom, v->custom);
		p.key = key;
		CHECK(mime_dkim_add(&out, &p, NULL, v->headers, strlen(v->headers), v->subject, strlen(v->subject),
			v->body, strlen(v->body), &err) == SMTP_OK);
		CHECK_STR(out.data, out.len, v->out);
		smtp_buf_free(&out);
	}
	EVP_PKEY_free(key);
}

/* Steps the caller replaces (PHP overrides): what they get, and where their output goes. */
static smtp_status fake_sign(void *ctx, smtp_buf *out, const char *in, size_t len, smtp_error *err)
{
	(void)err;
	return smtp_buf_append(ctx, in, len) && smtp_buf_append_str(out, "  SIG\n") ? SMTP_OK : SMTP_ERR_NOMEM;
}

static smtp_status fake_body_c(void *ctx, smtp_buf *out, const char *in, size_t len, smtp_error *err)
{
	(void)ctx;
	(void)in;
	(void)len;
	(void)err;
	return smtp_buf_append_str(out, "x") ? SMTP_OK : SMTP_ERR_NOMEM;
}

static smtp_status failing_qp(void *ctx, smtp_buf *out, const char *in, size_t len, smtp_error *err)
{
	(void)ctx;
	(void)out;
	(void)in;
	(void)len;
	return smtp_error_set(err, SMTP_ERR_STATE, "thrown");
}

static void test_steps(void)
{
	smtp_buf signed_data = SMTP_BUF_INIT, out = SMTP_BUF_INIT;
	mime_dkim_steps steps = {NULL, fake_body_c, NULL, fake_sign, &signed_data};
	mime_dkim_params p;
	smtp_error err;

	params_init(&p, "\r\n");
	CHECK(mime_dkim_add(&out, &p, &steps, S("From: a\r\n"), S("s"), S("body"), &err) == SMTP_OK);
	/* bh= of "x"; the signature trimmed; the canonical data is what the sign step got. */
	CHECK_STR(out.data, out.len,
		"DKIM-Signature: v=1; d=example.test; s=sel;\r\n a=rsa-sha256; q=dns/txt; t=1700000000; c=relaxed/simple;\r\n"
		" h=From:Subject;\r\n bh=LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE=;\r\n b=SIG");
	CHECK_STR(signed_data.data, signed_data.len,
		"from:a\r\nsubject:s\r\ndkim-signature:v=1; d=example.test; s=sel; a=rsa-sha256; q=dns/txt; t=1700000000;"
		" c=relaxed/simple; h=From:Subject; bh=LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE=; b=");
	/* A failing step fails the whole. */
	steps.qp = failing_qp;
	p.copy_header_fields = true;
	smtp_buf_reset(&out);
	CHECK(mime_dkim_add(&out, &p, &steps, S("From: a\r\n"), S("s"), S("body"), &err) == SMTP_ERR_STATE);
	CHECK(out.len == 0);
	smtp_buf_free(&signed_data);
	smtp_buf_free(&out);
}

/*
 * The field with its b= value cut off, canonicalised after the signed
 * headers: the data its signature covers.
 */
static void signed_data_of(smtp_buf *data, const char *headers, const char *field, size_t len)
{
	const char *b = strstr(field, "\r\n b=");
	smtp_buf raw = SMTP_BUF_INIT;

	CHECK(b && (size_t)(b - field) < len);
	smtp_buf_append_str(&raw, headers);
	smtp_buf_append(&raw, field, (size_t)(b - field) + 5);
	mime_dkim_header_c(data, raw.data, raw.len);
	smtp_buf_free(&raw);
}

/* The base64 of a b= value, folding removed. */
static void b_value_of(smtp_buf *b64, const char *field, size_t len)
{
	const char *b = strstr(field, "\r\n b="), *end = field + len, *s;

	for (s = b ? b + 5 : end; s < end; s++) {
		if (*s != '\r' && *s != '\n' && *s != ' ') {
			smtp_buf_append_char(b64, *s);
		}
	}
}

static bool rsa_verifies(EVP_PKEY *key, const smtp_buf *data, const smtp_buf *b64)
{
	unsigned char sig[512];
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	int n = EVP_DecodeBlock(sig, (const unsigned char *)b64->data, (int)b64->len);
	bool ok = n > 0 && EVP_DigestVerifyInit(ctx, NULL, EVP_sha256(), NULL, key) == 1
		&& EVP_DigestVerify(ctx, sig, (size_t)EVP_PKEY_get_size(key), (const unsigned char *)data->data,
			data->len) == 1;

	EVP_MD_CTX_free(ctx);
	return ok;
}

/* Two keys, two fields: rsa-sha256 then ed25519-sha256, each verifying on its own. */
static void test_add_all(void)
{
	EVP_PKEY *keys[2] = {load_key(rsa_key, ""), load_key(ed25519_key, "")};
	static const char headers[] = "From: a@example.test\r\nTo: b@example.test\r\nSubject: two\r\n";
	smtp_buf out = SMTP_BUF_INIT, data = SMTP_BUF_INIT, b64 = SMTP_BUF_INIT;
	mime_dkim_params p;
	const char *second;
	smtp_error err;

	params_init(&p, "\r\n");
	CHECK(mime_dkim_add_all(&out, &p, keys, NULL, 2, S(headers), S("two"), S("Body\r\n"), &err) == SMTP_OK);
	second = strstr(out.data, "\r\nDKIM-Signature: ");
	CHECK(second != NULL);
	if (!second) {
		goto done;
	}
	CHECK(strstr(out.data, " a=rsa-sha256;") < second && strstr(second, " a=ed25519-sha256;") != NULL);
	CHECK(strstr(second, "bh=x/N8/ivRfGMxF56p8/vkrTaHlPadGijHRWz0MB878Wk=;") != NULL);
	signed_data_of(&data, headers, out.data,
		(size_t)(second - out.data));
	b_value_of(&b64, out.data, (size_t)(second - out.data));
	CHECK(rsa_verifies(keys[0], &data, &b64));
	smtp_buf_reset(&data);
	smtp_buf_reset(&b64);
	signed_data_of(&data, headers, second + 2,
		out.len - (size_t)(second + 2 - out.data));
	b_value_of(&b64, second + 2, out.len - (size_t)(second + 2 - out.data));
	CHECK(ed25519_verifies(keys[1], data.data, data.len, b64.data, b64.len));

	/* A selector per key (one DNS record each); NULL s: the params' selector. */
	{
		const mime_text selectors[2] = {{NULL, 0}, {S("ed2026")}};

		smtp_buf_reset(&out);
		CHECK(mime_dkim_add_all(&out, &p, keys, selectors, 2, S(headers), S("two"), S("Body\r\n"), &err) == SMTP_OK);
		second = strstr(out.data, "\r\nDKIM-Signature: ");
		CHECK(second && strstr(second, " s=ed2026;") != NULL && strstr(second, " a=ed25519-sha256;") != NULL);
		CHECK(second && strstr(out.data, " s=ed2026;") > second);
	}
done:
	smtp_buf_free(&out);
	smtp_buf_free(&data);
	smtp_buf_free(&b64);
	EVP_PKEY_free(keys[0]);
	EVP_PKEY_free(keys[1]);
}

/* }}} */

void test_dkim(void)
{
	run_vecs(mime_dkim_qp, qp_vecs, COUNT(qp_vecs));
	run_vecs(mime_dkim_header_c, header_c_vecs, COUNT(header_c_vecs));
	run_vecs(mime_dkim_body_c, body_c_vecs, COUNT(body_c_vecs));
	test_rsa_signatures();
	test_ed25519_signatures();
	test_keys();
	test_add();
	test_steps();
	test_add_all();
}
