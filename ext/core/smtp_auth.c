/*
 * smtp_auth.c - SASL client responses for SMTP AUTH.
 *
 * Each response is assembled in a scratch buffer sized up front (so no
 * reallocation leaves a copy of a secret behind), base64-encoded into the
 * caller's buffer, and the scratch buffer is wiped.
 */
#include "smtp_auth.h"
#include "mime_encode.h"

#include <limits.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

typedef struct sasl_part {
	const char *data;
	size_t len;
} sasl_part;

#define SASL_LIT(s) {(s), sizeof(s) - 1}

/* Appends base64 of the concatenated parts to out. */
static bool encode_parts(smtp_buf *out, const sasl_part *parts, size_t count)
{
	smtp_buf plain = SMTP_BUF_INIT;
	size_t i, total = 0;
	bool ok;

	for (i = 0; i < count; i++) {
		total += parts[i].len;
	}
	ok = smtp_buf_reserve(&plain, total) && smtp_buf_reserve(out, (total + 2) / 3 * 4);
	for (i = 0; ok && i < count; i++) {
		ok = smtp_buf_append(&plain, parts[i].data, parts[i].len);
	}
	ok = ok && mime_base64(out, plain.data, plain.len);
	smtp_buf_wipe(&plain);
	smtp_buf_free(&plain);
	return ok;
}

bool smtp_sasl_plain(smtp_buf *out, const char *user, size_t user_len,
	const char *password, size_t password_len)
{
	const sasl_part parts[] = {
		{"\0", 1}, {user, user_len}, {"\0", 1}, {password, password_len}
	};

	return encode_parts(out, parts, sizeof(parts) / sizeof(parts[0]));
}

bool smtp_sasl_xoauth2(smtp_buf *out, const char *user, size_t user_len,
	const char *token, size_t token_len)
{
	const sasl_part parts[] = {
		SASL_LIT("user="), {user, user_len}, SASL_LIT("\001auth=Bearer "),
		{token, token_len}, SASL_LIT("\001\001")
	};

	return encode_parts(out, parts, sizeof(parts) / sizeof(parts[0]));
}

/* Lowercase hex of HMAC-MD5(key, data) into hex[33], as PHP's hash_hmac('md5', data, key). */
static bool hmac_md5_hex(const char *key, size_t key_len, const char *data, size_t data_len,
	char hex[33])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char mac[EVP_MAX_MD_SIZE];
	unsigned int mac_len = 0, i;

	/* An empty key is passed as "" rather than NULL, which OpenSSL 3.0 refuses. */
	if (key_len > INT_MAX || !HMAC(EVP_md5(), key_len ? key : "", (int)key_len,
			(const unsigned char *)data, data_len, mac, &mac_len) || mac_len != 16) {
		return false;
	}
	for (i = 0; i < mac_len; i++) {
		hex[2 * i] = digits[mac[i] >> 4];
		hex[2 * i + 1] = digits[mac[i] & 0x0f];
	}
	hex[32] = '\0';
	OPENSSL_cleanse(mac, sizeof(mac));
	return true;
}

smtp_status smtp_sasl_cram_md5(smtp_buf *out, const char *challenge_b64, size_t challenge_len,
	const char *user, size_t user_len, const char *password, size_t password_len,
	smtp_error *err)
{
	smtp_buf challenge = SMTP_BUF_INIT;
	char hex[33];
	const sasl_part parts[] = {{user, user_len}, SASL_LIT(" "), {hex, 32}};
	bool ok;

	if (!mime_base64_decode(&challenge, challenge_b64, challenge_len)) {
		smtp_buf_free(&challenge);
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory decoding the CRAM-MD5 challenge");
	}
	ok = hmac_md5_hex(password, password_len, challenge.data ? challenge.data : "",
		challenge.len, hex);
	smtp_buf_free(&challenge);
	if (!ok) {
		return smtp_error_set(err, SMTP_ERR_AUTH, "HMAC-MD5 is not available for CRAM-MD5");
	}
	ok = encode_parts(out, parts, sizeof(parts) / sizeof(parts[0]));
	OPENSSL_cleanse(hex, sizeof(hex));
	if (!ok) {
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory building the CRAM-MD5 response");
	}
	return SMTP_OK;
}

void smtp_buf_wipe(smtp_buf *buf)
{
	if (buf->data) {
		OPENSSL_cleanse(buf->data, buf->cap);
	}
	smtp_buf_reset(buf);
}
