/*
 * mime_smime.c - detached S/MIME signatures through OpenSSL's PKCS#7 API,
 * in memory.
 */
#include "mime_smime.h"
#include "mime_keys.h"

#include <openssl/err.h>
#include <openssl/pkcs7.h>

#include <limits.h>

/* PKCS7_sign() and SMIME_write_PKCS7() over the data, the result appended to out. */
static smtp_status sign_with(smtp_buf *out, X509 *cert, EVP_PKEY *key, STACK_OF(X509) *others,
	const char *data, size_t len, smtp_error *err)
{
	BIO *in = BIO_new_mem_buf(data, (int)len), *written = BIO_new(BIO_s_mem());
	PKCS7 *p7 = NULL;
	smtp_status status = SMTP_OK;
	char *bytes;
	long n;

	if (!in || !written || !(p7 = PKCS7_sign(cert, key, others, in, PKCS7_DETACHED))
		|| BIO_reset(in) != 1 || !SMIME_write_PKCS7(written, p7, in, PKCS7_DETACHED)) {
		status = mime_key_fail(err, SMTP_ERR_INVALID, "S/MIME signing failed");
	} else if ((n = BIO_get_mem_data(written, &bytes)) < 0 || !smtp_buf_append(out, bytes, (size_t)n)) {
		status = smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
	}
	PKCS7_free(p7);
	BIO_free(in);
	BIO_free(written);
	return status;
}

smtp_status mime_smime_sign(smtp_buf *out, const mime_smime_signer *signer, const char *data, size_t len,
	smtp_error *err)
{
	STACK_OF(X509) *others = NULL;
	EVP_PKEY *key = NULL;
	X509 *cert = NULL;
	smtp_status status = SMTP_OK;

	ERR_clear_error();
	if (len > INT_MAX) {
		return smtp_error_set(err, SMTP_ERR_INVALID, "the message is too large to sign");
	}
	if ((!signer->extracerts || (status = mime_key_certificate_file(&others, signer->extracerts, err)) == SMTP_OK)
		&& (status = mime_key_private(&key, signer->key.s, signer->key.len, signer->passphrase, err)) == SMTP_OK
		&& (status = mime_key_certificate(&cert, signer->cert.s, signer->cert.len, err)) == SMTP_OK) {
		status = sign_with(out, cert, key, others, data, len, err);
	}
	sk_X509_pop_free(others, X509_free);
	EVP_PKEY_free(key);
	X509_free(cert);
	return status;
}

smtp_status mime_smime_encrypt(smtp_buf *out, const mime_text *certs, size_t ncerts, const char *data, size_t len,
	smtp_error *err)
{
	STACK_OF(X509) *recipients = sk_X509_new_null();
	BIO *in = NULL, *written = NULL;
	PKCS7 *p7 = NULL;
	smtp_status status = SMTP_OK;
	size_t i;
	char *bytes;
	long n;

	ERR_clear_error();
	if (len > INT_MAX) {
		sk_X509_free(recipients);
		return smtp_error_set(err, SMTP_ERR_INVALID, "the message is too large to encrypt");
	}
	if (!recipients) {
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
	}
	if (ncerts == 0) {
		status = smtp_error_set(err, SMTP_ERR_INVALID, "no recipient certificate to encrypt to");
	}
	for (i = 0; i < ncerts && status == SMTP_OK; i++) {
		X509 *cert = NULL;

		if ((status = mime_key_certificate(&cert, certs[i].s, certs[i].len, err)) == SMTP_OK
			&& !sk_X509_push(recipients, cert)) {
			X509_free(cert);
			status = smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
		}
	}
	/*
	 * Without PKCS7_BINARY, OpenSSL copies the entity with CRLF line ends;
	 * PKCS7_NOOLDMIMETYPE: RFC 8551's application/pkcs7-mime, not x-pkcs7-mime.
	 */
	if (status == SMTP_OK) {
		in = BIO_new_mem_buf(data, (int)len);
		written = BIO_new(BIO_s_mem());
		if (!in || !written || !(p7 = PKCS7_encrypt(recipients, in, EVP_aes_256_cbc(), 0))
			|| !SMIME_write_PKCS7(written, p7, NULL, PKCS7_NOOLDMIMETYPE)) {
			status = mime_key_fail(err, SMTP_ERR_INVALID, "S/MIME encryption failed");
		} else if ((n = BIO_get_mem_data(written, &bytes)) < 0 || !smtp_buf_append(out, bytes, (size_t)n)) {
			status = smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
		}
	}
	PKCS7_free(p7);
	BIO_free(in);
	BIO_free(written);
	sk_X509_pop_free(recipients, X509_free);
	return status;
}
