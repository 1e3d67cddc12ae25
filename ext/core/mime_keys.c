/*
 * mime_keys.c - signing keys and certificates from PEM text or PEM files,
 * named as PHP's openssl functions name them.
 */
#include "mime_keys.h"
#include "smtp_alloc.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <limits.h>
#include <string.h>

#define FILE_PREFIX "file://"
#define FILE_PREFIX_LEN (sizeof(FILE_PREFIX) - 1)

smtp_status mime_key_fail(smtp_error *err, smtp_status status, const char *message)
{
	unsigned long code = ERR_peek_error();

	smtp_error_set(err, status, "%s", message);
	if (err && code) {
		/* PHP queues the codes as int: one with the top bit set (a system error) comes back sign-extended. */
		ERR_error_string_n((unsigned long)(long)(int)code, err->detail, sizeof(err->detail));
	}
	ERR_clear_error();
	return status;
}

const char *mime_key_spec_path(const char *spec, size_t len)
{
	return len > FILE_PREFIX_LEN && memcmp(spec, FILE_PREFIX, FILE_PREFIX_LEN) == 0 ? spec + FILE_PREFIX_LEN : NULL;
}

/* A BIO over the file a spec names, or over the spec itself. */
static smtp_status spec_bio(BIO **bio, const char *spec, size_t len, smtp_error *err)
{
	const char *named = mime_key_spec_path(spec, len);

	if (named) {
		/* A path with a NUL byte ends there, as the C string OpenSSL is given. */
		char *path = smtp_memdup(named, len - (size_t)(named - spec));

		if (!path) {
			return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
		}
		*bio = BIO_new_file(path, "rb");
		smtp_free(path);
	} else {
		*bio = len <= INT_MAX ? BIO_new_mem_buf(spec, (int)len) : NULL;
	}
	return *bio ? SMTP_OK : mime_key_fail(err, SMTP_ERR_FILE, "cannot open the key or certificate");
}

smtp_status mime_key_private(EVP_PKEY **key, const char *spec, size_t len, const char *passphrase, smtp_error *err)
{
	BIO *bio;
	smtp_status status;

	ERR_clear_error();
	*key = NULL;
	if ((status = spec_bio(&bio, spec, len, err)) != SMTP_OK) {
		return status;
	}
	/* OpenSSL's default callback takes the passphrase from the user data, and only reads it. */
	*key = PEM_read_bio_PrivateKey(bio, NULL, NULL, (void *)passphrase);
	BIO_free(bio);
	return *key ? SMTP_OK : mime_key_fail(err, SMTP_ERR_INVALID, "cannot read the private key");
}

smtp_status mime_key_certificate(X509 **cert, const char *spec, size_t len, smtp_error *err)
{
	BIO *bio;
	smtp_status status;

	ERR_clear_error();
	*cert = NULL;
	if ((status = spec_bio(&bio, spec, len, err)) != SMTP_OK) {
		return status;
	}
	*cert = PEM_read_bio_X509(bio, NULL, NULL, NULL);
	BIO_free(bio);
	return *cert ? SMTP_OK : mime_key_fail(err, SMTP_ERR_INVALID, "cannot read the certificate");
}

/* Moves the certificates of infos onto certs. */
static void take_certificates(STACK_OF(X509) *certs, STACK_OF(X509_INFO) *infos)
{
	while (sk_X509_INFO_num(infos) > 0) {
		X509_INFO *info = sk_X509_INFO_shift(infos);

		if (info->x509 && sk_X509_push(certs, info->x509)) {
			info->x509 = NULL;
		}
		X509_INFO_free(info);
	}
}

smtp_status mime_key_certificate_file(STACK_OF(X509) **certs, const char *path, smtp_error *err)
{
	STACK_OF(X509_INFO) *infos;
	BIO *bio;

	ERR_clear_error();
	*certs = NULL;
	if (!(bio = BIO_new_file(path, "rb"))) {
		return mime_key_fail(err, SMTP_ERR_FILE, "cannot open the certificate file");
	}
	infos = PEM_X509_INFO_read_bio(bio, NULL, NULL, NULL);
	BIO_free(bio);
	if (!infos || !(*certs = sk_X509_new_null())) {
		sk_X509_INFO_pop_free(infos, X509_INFO_free);
		return mime_key_fail(err, SMTP_ERR_INVALID, "cannot read the certificate file");
	}
	take_certificates(*certs, infos);
	sk_X509_INFO_free(infos);
	if (sk_X509_num(*certs) == 0) {
		sk_X509_free(*certs);
		*certs = NULL;
		return mime_key_fail(err, SMTP_ERR_INVALID, "no certificate in the file");
	}
	return SMTP_OK;
}
