/*
 * mime_dkim.h - DKIM signatures (RFC 6376) as PHPMailer makes them:
 * relaxed header and simple body canonicalisation with PHPMailer's quirks,
 * the DKIM-Signature field of DKIM_Add() byte for byte, and the signature
 * itself, rsa-sha256 or (RFC 8463) ed25519-sha256.
 *
 * Where a function mirrors a PHPMailer method, its comment names it (6.12.0
 * is the reference). "le" is PHPMailer's static $LE.
 */
#ifndef MIME_DKIM_H
#define MIME_DKIM_H

#include "mime_encode.h"
#include "mime_message.h"
#include "smtp_buf.h"
#include "smtp_error.h"

#include <openssl/evp.h>

#include <stdbool.h>
#include <stddef.h>

/* PHPMailer::DKIM_QP(): bytes other than 0x21-0x3A, 0x3C and 0x3E-0x7E become "=XX". */
bool mime_dkim_qp(smtp_buf *out, const char *in, size_t len);

/*
 * PHPMailer::DKIM_HeaderC(): line breaks normalised to CRLF, continuation
 * lines unfolded, and each line holding a colon rewritten as the lower-case
 * name and the value with runs of space and tab collapsed, both trimmed of
 * space and tab. Lines without a colon (the empty one after a final line
 * break, say) are kept as they are.
 */
bool mime_dkim_header_c(smtp_buf *out, const char *in, size_t len);

/*
 * PHPMailer 6.12's DKIM_BodyC(): line breaks normalised to CRLF, trailing
 * line breaks reduced to one CRLF (trailing spaces and tabs are kept). An
 * empty body, and "0" (PHP's empty()), give CRLF.
 */
bool mime_dkim_body_c(smtp_buf *out, const char *in, size_t len);

typedef enum mime_dkim_alg {
	/* a=rsa-sha256: the SHA-256 signature of the key, as openssl_sign() makes it (RSA PKCS#1 v1.5) */
	MIME_DKIM_RSA_SHA256,
	/* a=ed25519-sha256 (RFC 8463): Ed25519 over the SHA-256 digest of the data */
	MIME_DKIM_ED25519_SHA256
} mime_dkim_alg;

/* The algorithm a key signs with: ed25519-sha256 for an Ed25519 key, else rsa-sha256. */
mime_dkim_alg mime_dkim_key_alg(const EVP_PKEY *key);

/* The a= tag value of alg. */
const char *mime_dkim_alg_name(mime_dkim_alg alg);

/* The signature of data by key under alg, base64-encoded, appended to out. */
smtp_status mime_dkim_sign(smtp_buf *out, EVP_PKEY *key, mime_dkim_alg alg, const char *data, size_t len,
	smtp_error *err);

/*
 * The steps of DKIM_Add() that PHPMailer calls as methods ($this->DKIM_QP(),
 * DKIM_BodyC(), DKIM_HeaderC(), DKIM_Sign()), so the binding can route
 * each to a PHP override. Each appends its result for in to out; a NULL
 * step is the core's own function (for sign: mime_dkim_sign() with the
 * key and alg of the params). A failing step fails mime_dkim_add() with
 * its status. ctx is passed to every step.
 */
typedef smtp_status (*mime_dkim_step)(void *ctx, smtp_buf *out, const char *in, size_t len, smtp_error *err);

typedef struct mime_dkim_steps {
	mime_dkim_step qp;
	mime_dkim_step body_c;
	mime_dkim_step header_c;
	mime_dkim_step sign;
	void *ctx;
} mime_dkim_steps;

/* The settings of one signature: PHPMailer's DKIM_* properties and what DKIM_Add() reads besides. */
typedef struct mime_dkim_params {
	mime_text domain;                  /* d= (DKIM_domain) */
	mime_text selector;                /* s= (DKIM_selector) */
	mime_text identity;                /* i= (DKIM_identity); no tag when s is NULL */
	bool copy_header_fields;           /* z= (DKIM_copyHeaderFields) */
	const mime_text *extra_headers;    /* DKIM_extraHeaders: names signed when also custom headers */
	size_t extra_header_count;
	const mime_text *custom_headers;   /* the names of CustomHeader ($header[0]) */
	size_t custom_header_count;
	long long time;                    /* t= (PHPMailer: time()) */
	mime_le le;
	mime_dkim_alg alg;                 /* a= */
	EVP_PKEY *key;                     /* for the core's sign step */
} mime_dkim_params;

/*
 * PHPMailer::DKIM_Add(): the DKIM-Signature header field (without a final
 * line break) for a message with these header lines (le-separated, the
 * Subject added when no "subject" occurs in them) and this body. Of the
 * headers, those of PHPMailer's fixed list (From, To, Cc, Date, Subject,
 * Reply-To, Message-ID, Content-Type, MIME-Version, X-Mailer) and the
 * extra headers that are custom headers are signed, in their order. steps
 * may be NULL (all the core's own).
 */
smtp_status mime_dkim_add(smtp_buf *out, const mime_dkim_params *params, const mime_dkim_steps *steps,
	const char *headers, size_t headers_len, const char *subject, size_t subject_len,
	const char *body, size_t body_len, smtp_error *err);

/*
 * One DKIM-Signature field per key (for RSA and Ed25519 keys together, as
 * RFC 8463 recommends), each with the algorithm of its key, the selector
 * selectors[i] (each key has its own DNS record; params->selector where
 * selectors is NULL or selectors[i].s is NULL) and otherwise params,
 * separated by le; the body is canonicalised and hashed once.
 * params->alg and params->key are ignored.
 */
smtp_status mime_dkim_add_all(smtp_buf *out, const mime_dkim_params *params, EVP_PKEY *const *keys,
	const mime_text *selectors, size_t count,
	const char *headers, size_t headers_len, const char *subject, size_t subject_len,
	const char *body, size_t body_len, smtp_error *err);

#endif
