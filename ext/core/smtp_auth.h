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

/* Overwrites the buffer's bytes before resetting it (it held a secret). */
void smtp_buf_wipe(smtp_buf *buf);

#endif
