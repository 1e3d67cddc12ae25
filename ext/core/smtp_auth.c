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
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

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

/* Appends s[0..len) with ',' and '=' written =2C and =3D (RFC 5802's saslname, RFC 7628's authzid). */
static bool append_saslname(smtp_buf *out, const char *s, size_t len)
{
	size_t i;
	bool ok = true;

	for (i = 0; ok && i < len; i++) {
		ok = s[i] == ',' ? smtp_buf_append(out, "=2C", 3)
			: s[i] == '=' ? smtp_buf_append(out, "=3D", 3) : smtp_buf_append_char(out, s[i]);
	}
	return ok;
}

bool smtp_sasl_oauthbearer(smtp_buf *out, const char *user, size_t user_len,
	const char *host, size_t host_len, int port, const char *token, size_t token_len)
{
	smtp_buf plain = SMTP_BUF_INIT;
	bool ok;

	/* Sized once, so that the token is never left behind by a reallocation. */
	ok = smtp_buf_reserve(&plain, 3 * user_len + host_len + token_len + 64)
		&& smtp_buf_append(&plain, user_len ? "n,a=" : "n,", user_len ? 4 : 2)
		&& append_saslname(&plain, user, user_len) && smtp_buf_append_char(&plain, ',');
	if (ok && host_len) {
		ok = smtp_buf_append(&plain, "\001host=", 6) && smtp_buf_append(&plain, host, host_len);
		if (ok && port > 0) {
			ok = smtp_buf_appendf(&plain, "\001port=%d", port);
		}
	}
	ok = ok && smtp_buf_append(&plain, "\001auth=Bearer ", 13) && smtp_buf_append(&plain, token, token_len)
		&& smtp_buf_append(&plain, "\001\001", 2)
		&& smtp_buf_reserve(out, (plain.len + 2) / 3 * 4) && mime_base64(out, plain.data, plain.len);
	smtp_buf_wipe(&plain);
	smtp_buf_free(&plain);
	return ok;
}

bool smtp_sasl_xoauth2_parse(const char *oauth64, size_t len, smtp_buf *user, smtp_buf *token)
{
	static const char auth[] = "\001auth=Bearer ";
	smtp_buf plain = SMTP_BUF_INIT;
	const char *p, *end, *sep;
	bool ok = false;

	if (smtp_buf_reserve(&plain, len) && mime_base64_decode(&plain, oauth64, len) && plain.len >= 5 + 13 + 2
			&& memcmp(plain.data, "user=", 5) == 0 && memcmp(plain.data + plain.len - 2, "\001\001", 2) == 0) {
		p = plain.data + 5;
		end = plain.data + plain.len - 2;
		sep = memchr(p, '\001', (size_t)(end - p));
		if (sep && (size_t)(end - sep) >= sizeof(auth) - 1 && memcmp(sep, auth, sizeof(auth) - 1) == 0
				&& !memchr(sep + sizeof(auth) - 1, '\001', (size_t)(end - sep) - (sizeof(auth) - 1))) {
			ok = smtp_buf_reserve(user, (size_t)(sep - p)) && smtp_buf_append(user, p, (size_t)(sep - p))
				&& smtp_buf_reserve(token, (size_t)(end - sep))
				&& smtp_buf_append(token, sep + sizeof(auth) - 1, (size_t)(end - sep) - (sizeof(auth) - 1));
		}
	}
	smtp_buf_wipe(&plain);
	smtp_buf_free(&plain);
	return ok;
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

/* {{{ SCRAM */

const char *smtp_scram_mechanism(smtp_scram_hash hash)
{
	return hash == SMTP_SCRAM_SHA_1 ? "SCRAM-SHA-1" : "SCRAM-SHA-256";
}

static const EVP_MD *scram_md(smtp_scram_hash hash)
{
	return hash == SMTP_SCRAM_SHA_1 ? EVP_sha1() : EVP_sha256();
}

void smtp_scram_init(smtp_scram *sc, smtp_scram_hash hash)
{
	memset(sc, 0, sizeof(*sc));
	sc->hash = hash;
	smtp_buf_init(&sc->first_bare);
}

void smtp_scram_free(smtp_scram *sc)
{
	smtp_buf_wipe(&sc->first_bare);
	smtp_buf_free(&sc->first_bare);
	OPENSSL_cleanse(sc->server_signature, sizeof(sc->server_signature));
	sc->signature_len = 0;
	sc->step = 3;
}

static smtp_status scram_fail(smtp_scram *sc, smtp_error *err, smtp_status status, const char *why)
{
	OPENSSL_cleanse(sc->server_signature, sizeof(sc->server_signature));
	sc->signature_len = 0;
	sc->step = 3;
	return smtp_error_set(err, status, "%s: %s", smtp_scram_mechanism(sc->hash), why);
}

/* A nonce is printable ASCII without ',' (RFC 5802, section 7). */
static bool scram_printable(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] < 0x21 || (unsigned char)s[i] > 0x7e || s[i] == ',') {
			return false;
		}
	}
	return len > 0;
}

/*
 * Strict base64 (RFC 4648 alphabet, padded, nothing else), after dropping
 * the white space around it (the CRLF that ends a 334 line).
 */
static bool scram_b64_decode(smtp_buf *out, const char *in, size_t len)
{
	size_t i, pad = 0;

	while (len && (in[0] == ' ' || in[0] == '\r' || in[0] == '\n')) {
		in++;
		len--;
	}
	while (len && (in[len - 1] == ' ' || in[len - 1] == '\r' || in[len - 1] == '\n')) {
		len--;
	}
	if (len % 4) {
		return false;
	}
	for (i = 0; i < len; i++) {
		char c = in[i];

		if (c == '=') {
			if (i < len - 2 || (i == len - 2 && in[len - 1] != '=')) {
				return false;
			}
			pad++;
		} else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
				|| c == '+' || c == '/')) {
			return false;
		}
	}
	return pad <= 2 && smtp_buf_reserve(out, len / 4 * 3) && mime_base64_decode(out, in, len);
}

smtp_status smtp_scram_client_first(smtp_scram *sc, smtp_buf *out, const char *user, size_t user_len,
	const char *nonce, size_t nonce_len, smtp_error *err)
{
	unsigned char random[24];
	smtp_buf made = SMTP_BUF_INIT, message = SMTP_BUF_INIT;
	bool ok;

	if (sc->step != 0) {
		return scram_fail(sc, err, SMTP_ERR_STATE, "the exchange has already begun");
	}
	if (memchr(user, '\0', user_len)) {
		return scram_fail(sc, err, SMTP_ERR_INVALID, "a user name cannot hold a NUL byte");
	}
	if (!nonce) {
		if (RAND_bytes(random, (int)sizeof(random)) != 1 || !mime_base64(&made, (const char *)random, sizeof(random))) {
			smtp_buf_free(&made);
			return scram_fail(sc, err, SMTP_ERR_AUTH, "no random bytes for the nonce");
		}
		nonce = made.data;
		nonce_len = made.len;
	}
	if (!scram_printable(nonce, nonce_len)) {
		smtp_buf_free(&made);
		return scram_fail(sc, err, SMTP_ERR_INVALID, "the nonce must be printable ASCII without ','");
	}
	smtp_buf_reset(&sc->first_bare);
	ok = smtp_buf_append(&sc->first_bare, "n=", 2) && append_saslname(&sc->first_bare, user, user_len)
		&& smtp_buf_append(&sc->first_bare, ",r=", 3);
	sc->nonce_at = sc->first_bare.len;
	ok = ok && smtp_buf_append(&sc->first_bare, nonce, nonce_len)
		&& smtp_buf_append(&message, "n,,", 3) && smtp_buf_append(&message, sc->first_bare.data, sc->first_bare.len)
		&& mime_base64(out, message.data, message.len);
	smtp_buf_free(&made);
	smtp_buf_free(&message);
	OPENSSL_cleanse(random, sizeof(random));
	if (!ok) {
		return scram_fail(sc, err, SMTP_ERR_NOMEM, "out of memory");
	}
	sc->step = 1;
	return SMTP_OK;
}

/* The value of attribute "<name>=" at *p (up to ',' or the end); advances *p past it and its ','. */
static bool scram_attr(const char **p, const char *end, char name, const char **value, size_t *len)
{
	const char *comma;

	if (end - *p < 2 || (*p)[0] != name || (*p)[1] != '=') {
		return false;
	}
	*value = *p + 2;
	comma = memchr(*value, ',', (size_t)(end - *value));
	*len = (size_t)((comma ? comma : end) - *value);
	*p = comma ? comma + 1 : end;
	return true;
}

smtp_status smtp_scram_client_final(smtp_scram *sc, smtp_buf *out, const char *server_first_b64,
	size_t len, const char *password, size_t password_len, smtp_error *err)
{
	const EVP_MD *md = scram_md(sc->hash);
	size_t md_len = (size_t)EVP_MD_size(md), nonce_len, attr_len, i;
	unsigned char salted[EVP_MAX_MD_SIZE], client_key[EVP_MAX_MD_SIZE], stored_key[EVP_MAX_MD_SIZE];
	unsigned char signature[EVP_MAX_MD_SIZE], server_key[EVP_MAX_MD_SIZE];
	unsigned int n;
	smtp_buf first = SMTP_BUF_INIT, salt = SMTP_BUF_INIT, auth = SMTP_BUF_INIT, final = SMTP_BUF_INIT;
	const char *p, *end, *nonce, *attr, *why = NULL;
	unsigned long iterations = 0;
	smtp_status status = SMTP_ERR_AUTH;

	if (sc->step != 1) {
		return scram_fail(sc, err, SMTP_ERR_STATE, "client-first was not sent");
	}
	if (!scram_b64_decode(&first, server_first_b64, len) || first.len == 0) {
		why = "the server's first message is not base64";
		goto done;
	}
	p = first.data;
	end = first.data + first.len;
	if (memchr(first.data, '\0', first.len)) {
		why = "the server's first message holds a NUL byte";
	} else if (end - p >= 2 && p[0] == 'm' && p[1] == '=') {
		why = "the server requires an extension this client does not know (m=)";
	} else if (!scram_attr(&p, end, 'r', &nonce, &nonce_len) || !scram_printable(nonce, nonce_len)) {
		why = "the server's first message has no nonce";
	} else if (nonce_len <= sc->first_bare.len - sc->nonce_at
			|| memcmp(nonce, sc->first_bare.data + sc->nonce_at, sc->first_bare.len - sc->nonce_at) != 0) {
		why = "the server's nonce does not extend the client's";
	} else if (!scram_attr(&p, end, 's', &attr, &attr_len) || !scram_b64_decode(&salt, attr, attr_len)
			|| salt.len == 0) {
		why = "the server's first message has no salt";
	} else if (!scram_attr(&p, end, 'i', &attr, &attr_len) || attr_len == 0 || attr_len > 10) {
		why = "the server's first message has no iteration count";
	} else {
		for (i = 0; i < attr_len && attr[i] >= '0' && attr[i] <= '9'; i++) {
			iterations = iterations * 10 + (unsigned long)(attr[i] - '0');
		}
		if (i < attr_len || iterations == 0 || iterations > SMTP_SCRAM_MAX_ITERATIONS) {
			why = "the server's iteration count is not between 1 and 1000000";
		}
	}
	if (why) {
		goto done;
	}
	/* AuthMessage = client-first-bare "," server-first "," client-final-without-proof. */
	if (!smtp_buf_append(&final, "c=biws,r=", 9) || !smtp_buf_append(&final, nonce, nonce_len)
			|| !smtp_buf_append(&auth, sc->first_bare.data, sc->first_bare.len) || !smtp_buf_append_char(&auth, ',')
			|| !smtp_buf_append(&auth, first.data, first.len) || !smtp_buf_append_char(&auth, ',')
			|| !smtp_buf_append(&auth, final.data, final.len)) {
		status = SMTP_ERR_NOMEM;
		why = "out of memory";
		goto done;
	}
	/* SaltedPassword = Hi(password, salt, i); ClientKey; StoredKey = H(ClientKey); the signatures. */
	if (password_len > INT_MAX || salt.len > INT_MAX
			|| !PKCS5_PBKDF2_HMAC(password_len ? password : "", (int)password_len, (const unsigned char *)salt.data,
				(int)salt.len, (int)iterations, md, (int)md_len, salted)
			|| !HMAC(md, salted, (int)md_len, (const unsigned char *)"Client Key", 10, client_key, &n)
			|| !EVP_Digest(client_key, md_len, stored_key, &n, md, NULL)
			|| !HMAC(md, stored_key, (int)md_len, (const unsigned char *)auth.data, auth.len, signature, &n)
			|| !HMAC(md, salted, (int)md_len, (const unsigned char *)"Server Key", 10, server_key, &n)
			|| !HMAC(md, server_key, (int)md_len, (const unsigned char *)auth.data, auth.len,
				sc->server_signature, &n)) {
		why = "the hash functions failed";
		goto done;
	}
	sc->signature_len = md_len;
	/* ClientProof = ClientKey XOR ClientSignature. */
	for (i = 0; i < md_len; i++) {
		client_key[i] ^= signature[i];
	}
	if (!smtp_buf_reserve(&final, 3 + (md_len + 2) / 3 * 4) || !smtp_buf_append(&final, ",p=", 3)
			|| !mime_base64(&final, (const char *)client_key, md_len)
			|| !smtp_buf_reserve(out, (final.len + 2) / 3 * 4) || !mime_base64(out, final.data, final.len)) {
		status = SMTP_ERR_NOMEM;
		why = "out of memory";
		goto done;
	}
	sc->step = 2;
	status = SMTP_OK;

done:
	OPENSSL_cleanse(salted, sizeof(salted));
	OPENSSL_cleanse(client_key, sizeof(client_key));
	OPENSSL_cleanse(stored_key, sizeof(stored_key));
	OPENSSL_cleanse(signature, sizeof(signature));
	OPENSSL_cleanse(server_key, sizeof(server_key));
	smtp_buf_wipe(&final);
	smtp_buf_free(&final);
	smtp_buf_wipe(&auth);
	smtp_buf_free(&auth);
	smtp_buf_free(&salt);
	smtp_buf_free(&first);
	return status == SMTP_OK ? SMTP_OK : scram_fail(sc, err, status, why);
}

smtp_status smtp_scram_server_final(smtp_scram *sc, const char *server_final_b64, size_t len,
	smtp_error *err)
{
	smtp_buf final = SMTP_BUF_INIT, signature = SMTP_BUF_INIT;
	const char *p, *end, *value;
	size_t value_len, i;
	char quoted[64];
	smtp_status status = SMTP_ERR_AUTH;
	const char *why = "the server's last message is not base64";

	if (sc->step != 2) {
		return scram_fail(sc, err, SMTP_ERR_STATE, "client-final was not sent");
	}
	if (scram_b64_decode(&final, server_final_b64, len)) {
		p = final.data ? final.data : "";
		end = p + final.len;
		if (scram_attr(&p, end, 'e', &value, &value_len)) {
			/* The server's own reason, printable characters only. */
			for (i = 0; i < value_len && i < sizeof(quoted) - 1; i++) {
				quoted[i] = value[i] >= 0x20 && value[i] < 0x7f ? value[i] : '?';
			}
			quoted[i] = '\0';
			status = smtp_error_set(err, SMTP_ERR_AUTH, "%s: the server refused: %s",
				smtp_scram_mechanism(sc->hash), quoted);
			why = NULL;
		} else if (!scram_attr(&p, end, 'v', &value, &value_len) || !scram_b64_decode(&signature, value, value_len)) {
			why = "the server's last message carries no signature";
		} else if (signature.len != sc->signature_len
				|| CRYPTO_memcmp(signature.data, sc->server_signature, sc->signature_len) != 0) {
			why = "the server's signature is wrong: it does not know the password";
		} else {
			status = SMTP_OK;
		}
	}
	smtp_buf_free(&signature);
	smtp_buf_free(&final);
	OPENSSL_cleanse(sc->server_signature, sizeof(sc->server_signature));
	sc->signature_len = 0;
	sc->step = 3;
	if (status == SMTP_OK) {
		return SMTP_OK;
	}
	return why ? scram_fail(sc, err, status, why) : status;
}

/* }}} */

void smtp_buf_wipe(smtp_buf *buf)
{
	if (buf->data) {
		OPENSSL_cleanse(buf->data, buf->cap);
	}
	smtp_buf_reset(buf);
}
