/*
 * smtp_auth.h - SASL client responses for SMTP AUTH (RFC 4954).
 *
 * Each function appends the base64 text to send, ready for the wire (no
 * CRLF). Credentials pass through these functions and the output buffer
 * only; callers wipe the buffer after use with smtp_buf_wipe().
 */
#ifndef SMTP_AUTH_H
#define SMTP_AUTH_H

#include "smtp_buf.h"
#include "smtp_error.h"

#include <stdbool.h>
#include <stddef.h>

/* PLAIN (RFC 4616) without authorization identity: base64("\0" user "\0" password). */
bool smtp_sasl_plain(smtp_buf *out, const char *user, size_t user_len,
	const char *password, size_t password_len);

/*
 * CRAM-MD5 (RFC 2195): challenge_b64 is the text after "334 " as the server
 * sent it (decoded as PHP's lenient base64_decode() would, ignoring line
 * ends and other non-alphabet bytes); the answer is
 * base64(user " " hex(HMAC-MD5(password, challenge))).
 */
smtp_status smtp_sasl_cram_md5(smtp_buf *out, const char *challenge_b64, size_t challenge_len,
	const char *user, size_t user_len, const char *password, size_t password_len,
	smtp_error *err);

/* XOAUTH2: base64("user=" user "\001auth=Bearer " token "\001\001"). */
bool smtp_sasl_xoauth2(smtp_buf *out, const char *user, size_t user_len,
	const char *token, size_t token_len);

/*
 * OAUTHBEARER (RFC 7628): base64 of the GS2 header "n,a=" user "," (the
 * user as authorization identity, ',' and '=' escaped as =2C and =3D; "n,,"
 * when user is empty), then "\001host=" host "\001port=" port when host is
 * not empty (port when not 0), "\001auth=Bearer " token "\001\001".
 */
bool smtp_sasl_oauthbearer(smtp_buf *out, const char *user, size_t user_len,
	const char *host, size_t host_len, int port, const char *token, size_t token_len);

/*
 * Takes apart the XOAUTH2 initial response an OAuthTokenProvider gives
 * (base64 of "user=" U "\001auth=Bearer " T "\001\001"), so that the same
 * provider can serve OAUTHBEARER. The user and token are appended to the two
 * buffers (NUL-terminated, wipe them after use); false when oauth64 is not
 * that shape.
 */
bool smtp_sasl_xoauth2_parse(const char *oauth64, size_t len, smtp_buf *user, smtp_buf *token);

/* {{{ SCRAM (RFC 5802; SCRAM-SHA-256: RFC 7677) */

typedef enum smtp_scram_hash {
	SMTP_SCRAM_SHA_1,
	SMTP_SCRAM_SHA_256
} smtp_scram_hash;

/* The highest iteration count a server may ask for: bounds the work a hostile server can demand. */
#define SMTP_SCRAM_MAX_ITERATIONS 1000000u

/*
 * One SCRAM exchange, client side, without channel binding ("n,,"). The
 * caller moves it through the three messages:
 *
 *   smtp_scram_init(&sc, SMTP_SCRAM_SHA_256);
 *   smtp_scram_client_first(&sc, &out, user, ulen, NULL, 0, &err);   "AUTH SCRAM-SHA-256 <out>"
 *   smtp_scram_client_final(&sc, &out, b64, len, pw, pwlen, &err);    answer to the first 334
 *   smtp_scram_server_final(&sc, b64, len, &err);                     the second 334 (then "")
 *   smtp_scram_free(&sc);
 *
 * Names and passwords are used as given (UTF-8), without SASLprep, which
 * changes nothing for ASCII. Keys and proofs live in the state only as long
 * as needed and are wiped by smtp_scram_free() and on every failure.
 */
typedef struct smtp_scram {
	smtp_scram_hash hash;
	int step;                           /* 0: nothing sent, 1: client-first sent, 2: client-final sent, 3: done */
	smtp_buf first_bare;                /* client-first-message-bare: "n=<user>,r=<nonce>" */
	size_t nonce_at;                    /* where the nonce starts in first_bare */
	unsigned char server_signature[64]; /* expected ServerSignature, once client-final is built */
	size_t signature_len;
} smtp_scram;

/* The mechanism's name: "SCRAM-SHA-1" or "SCRAM-SHA-256". */
const char *smtp_scram_mechanism(smtp_scram_hash hash);

void smtp_scram_init(smtp_scram *sc, smtp_scram_hash hash);

/*
 * Appends base64 of the client-first-message to out. nonce: the client
 * nonce (printable ASCII without ','), or NULL for 24 random bytes in base64
 * (tests pass the RFC's). SMTP_ERR_INVALID for a bad nonce, SMTP_ERR_NOMEM.
 */
smtp_status smtp_scram_client_first(smtp_scram *sc, smtp_buf *out, const char *user, size_t user_len,
	const char *nonce, size_t nonce_len, smtp_error *err);

/*
 * server_first_b64 is the server-first-message as the 334 challenge carries
 * it (base64, surrounding white space ignored). Checks it (the nonce must
 * extend ours, a salt, 1 to SMTP_SCRAM_MAX_ITERATIONS iterations, no
 * mandatory extension) and appends base64 of the client-final-message to
 * out. SMTP_ERR_AUTH with the reason when the server's message is not
 * acceptable.
 */
smtp_status smtp_scram_client_final(smtp_scram *sc, smtp_buf *out, const char *server_first_b64,
	size_t len, const char *password, size_t password_len, smtp_error *err);

/*
 * server_final_b64: the server-final-message, base64. SMTP_OK when it
 * carries the ServerSignature our password implies ("v="); SMTP_ERR_AUTH
 * when it carries another one, an error ("e=", quoted in the message), or
 * nothing readable: the server did not prove it knows the password.
 */
smtp_status smtp_scram_server_final(smtp_scram *sc, const char *server_final_b64, size_t len,
	smtp_error *err);

/* Wipes and frees the state. */
void smtp_scram_free(smtp_scram *sc);

/* }}} */

/* Overwrites the buffer's bytes before resetting it (it held a secret). */
void smtp_buf_wipe(smtp_buf *buf);

#endif
