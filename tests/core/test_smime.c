/*
 * test_smime.c - detached S/MIME signatures of mime_smime.c: the output's
 * structure, its verification by OpenSSL, the extra certificates, and the
 * failures PHP's openssl_pkcs7_sign() reports (the same first OpenSSL
 * error). The certificate is made here, self-signed.
 */
#define _POSIX_C_SOURCE 200809L

#include "check.h"
#include "tests.h"

#include "mime_smime.h"
#include "smtp_buf.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define S(lit) lit, sizeof(lit) - 1

/* A PEM text and the OpenSSL object it holds. */
typedef struct pem {
	char *text;
	size_t len;
} pem;

static void pem_from_bio(pem *out, BIO *bio)
{
	char *data;
	long n = BIO_get_mem_data(bio, &data);

	out->text = malloc((size_t)n + 1);
	memcpy(out->text, data, (size_t)n);
	out->text[n] = '\0';
	out->len = (size_t)n;
	BIO_free(bio);
}

/* A self-signed certificate for name and its key, as PEM texts. */
static X509 *make_signer(const char *name, pem *cert_pem, pem *key_pem)
{
	EVP_PKEY *key = EVP_RSA_gen(2048);
	X509 *cert = X509_new();
	X509_NAME *subject = X509_NAME_new();
	BIO *bio;

	X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC, (const unsigned char *)name, -1, -1, 0);
	X509_set_version(cert, 2);
	ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
	X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
	X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
	X509_set_subject_name(cert, subject);
	X509_set_issuer_name(cert, subject);
	X509_set_pubkey(cert, key);
	CHECK(X509_sign(cert, key, EVP_sha256()) > 0);
	bio = BIO_new(BIO_s_mem());
	PEM_write_bio_X509(bio, cert);
	pem_from_bio(cert_pem, bio);
	bio = BIO_new(BIO_s_mem());
	PEM_write_bio_PrivateKey(bio, key, NULL, NULL, 0, NULL, NULL);
	pem_from_bio(key_pem, bio);
	X509_NAME_free(subject);
	EVP_PKEY_free(key);
	return cert;
}

static mime_text text_of(const pem *p)
{
	return (mime_text){p->text, p->len};
}

/* Whether the S/MIME message in out verifies against trusted, its signed content being content. */
static bool verifies(const smtp_buf *out, X509 *trusted, const char *content, int cert_count)
{
	BIO *in = BIO_new_mem_buf(out->data, (int)out->len), *detached = NULL, *got = BIO_new(BIO_s_mem());
	X509_STORE *store = X509_STORE_new();
	PKCS7 *p7;
	char *data;
	long n;
	bool ok;

	X509_STORE_add_cert(store, trusted);
	p7 = SMIME_read_PKCS7(in, &detached);
	ok = p7 && detached && PKCS7_verify(p7, NULL, store, detached, got, 0) == 1
		&& sk_X509_num(p7->d.sign->cert) == cert_count;
	n = BIO_get_mem_data(got, &data);
	ok = ok && (size_t)n == strlen(content) && memcmp(data, content, (size_t)n) == 0;
	PKCS7_free(p7);
	BIO_free(in);
	BIO_free(detached);
	BIO_free(got);
	X509_STORE_free(store);
	return ok;
}

/* The content the enveloped S/MIME message in out decrypts to with cert and key, or NULL. */
static char *decrypts(const smtp_buf *out, X509 *cert, const pem *key_pem)
{
	BIO *in = BIO_new_mem_buf(out->data, (int)out->len), *got = BIO_new(BIO_s_mem());
	BIO *kb = BIO_new_mem_buf(key_pem->text, (int)key_pem->len);
	EVP_PKEY *key = PEM_read_bio_PrivateKey(kb, NULL, NULL, NULL);
	PKCS7 *p7 = SMIME_read_PKCS7(in, NULL);
	char *data, *result = NULL;
	long n;

	if (p7 && PKCS7_decrypt(p7, key, cert, got, 0) == 1) {
		n = BIO_get_mem_data(got, &data);
		result = strndup(data, (size_t)n);
	}
	ERR_clear_error();
	PKCS7_free(p7);
	EVP_PKEY_free(key);
	BIO_free(kb);
	BIO_free(in);
	BIO_free(got);
	return result;
}

static char *write_temp(const pem *p, char *path)
{
	int fd = mkstemp(path);

	CHECK(fd >= 0 && write(fd, p->text, p->len) == (ssize_t)p->len);
	close(fd);
	return path;
}

void test_smime(void)
{
	pem cert, key, other_cert, other_key;
	X509 *x509 = make_signer("signer.example.test", &cert, &key), *other = make_signer("ca.example.test",
		&other_cert, &other_key);
	char extra_path[] = "/tmp/test_smime_XXXXXX", empty_path[] = "/tmp/test_smime_XXXXXX";
	static const char message[] = "Content-Type: text/plain; charset=us-ascii\n\nHello\nworld\n";
	static const char head[] = "MIME-Version: 1.0\nContent-Type: multipart/signed;"
		" protocol=\"application/x-pkcs7-signature\"; micalg=\"sha-256\"; boundary=\"----";
	mime_smime_signer signer = {text_of(&cert), text_of(&key), "", NULL};
	smtp_buf out = SMTP_BUF_INIT;
	const pem nothing = {(char *)"not a certificate\n", 18};
	smtp_error err;

	/* OpenSSL's header lines with LF, the content with CRLF, and a signature that verifies. */
	CHECK(mime_smime_sign(&out, &signer, S(message), &err) == SMTP_OK);
	CHECK(strncmp(out.data, head, sizeof(head) - 1) == 0);
	CHECK(strstr(out.data, "\n\nThis is an S/MIME signed message\n\n------") != NULL);
	CHECK(strstr(out.data, "\nContent-Type: text/plain; charset=us-ascii\r\n\r\nHello\r\nworld\r\n") != NULL);
	CHECK(strstr(out.data, "Content-Type: application/x-pkcs7-signature; name=\"smime.p7s\"\n") != NULL);
	CHECK(verifies(&out, x509, "Content-Type: text/plain; charset=us-ascii\r\n\r\nHello\r\nworld\r\n", 1));

	/* The extra certificates travel in the signature. */
	smtp_buf_reset(&out);
	signer.extracerts = write_temp(&other_cert, extra_path);
	CHECK(mime_smime_sign(&out, &signer, S(message), &err) == SMTP_OK);
	CHECK(verifies(&out, x509, "Content-Type: text/plain; charset=us-ascii\r\n\r\nHello\r\nworld\r\n", 2));

	/* A file without a certificate: an error OpenSSL has no words for. */
	smtp_buf_reset(&out);
	signer.extracerts = write_temp(&nothing, empty_path);
	CHECK(mime_smime_sign(&out, &signer, S(message), &err) == SMTP_ERR_INVALID);
	CHECK(err.detail[0] == '\0' && out.len == 0);
	signer.extracerts = "/nonexistent/extra.pem";
	CHECK(mime_smime_sign(&out, &signer, S(message), &err) == SMTP_ERR_FILE);
	CHECK(strstr(err.detail, "80000002:system library::No such file or directory") != NULL);
	signer.extracerts = NULL;

	/* PHPMailer's 'file://' . realpath() of a missing file is "file://": PEM text that does not parse. */
	signer.key = (mime_text){S("file://")};
	CHECK(mime_smime_sign(&out, &signer, S(message), &err) == SMTP_ERR_INVALID);
	CHECK(strcmp(err.detail, "error:1E08010C:DECODER routines::unsupported") == 0);
	signer.key = text_of(&key);
	signer.cert = (mime_text){S("file://")};
	CHECK(mime_smime_sign(&out, &signer, S(message), &err) == SMTP_ERR_INVALID);
	CHECK(strcmp(err.detail, "error:0480006C:PEM routines::no start line") == 0);

	/* A key that is not the certificate's. */
	signer.cert = text_of(&cert);
	signer.key = text_of(&other_key);
	CHECK(mime_smime_sign(&out, &signer, S(message), &err) == SMTP_ERR_INVALID);
	CHECK(strcmp(err.detail, "error:05800074:x509 certificate routines::key values mismatch") == 0);
	CHECK(out.len == 0 && ERR_peek_error() == 0);

	/* Encryption: each recipient decrypts the entity, its lines made CRLF; a stranger cannot. */
	{
		pem third_cert, third_key;
		X509 *third = make_signer("third.example.test", &third_cert, &third_key);
		mime_text to[] = {text_of(&cert), text_of(&other_cert)};
		static const char enveloped[] = "MIME-Version: 1.0\nContent-Disposition: attachment; filename=\"smime.p7m\"\n"
			"Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=\"smime.p7m\"\n"
			"Content-Transfer-Encoding: base64\n\n";
		char *plain;

		smtp_buf_reset(&out);
		CHECK(mime_smime_encrypt(&out, to, 2, S(message), &err) == SMTP_OK);
		CHECK(strncmp(out.data, enveloped, sizeof(enveloped) - 1) == 0);
		CHECK((plain = decrypts(&out, x509, &key)) != NULL);
		CHECK(plain && strcmp(plain, "Content-Type: text/plain; charset=us-ascii\r\n\r\nHello\r\nworld\r\n") == 0);
		free(plain);
		CHECK((plain = decrypts(&out, other, &other_key)) != NULL);
		free(plain);
		CHECK(decrypts(&out, third, &third_key) == NULL);

		/* No recipient, or one that is not a certificate. */
		smtp_buf_reset(&out);
		CHECK(mime_smime_encrypt(&out, to, 0, S(message), &err) == SMTP_ERR_INVALID);
		to[1] = (mime_text){S("file://")};
		CHECK(mime_smime_encrypt(&out, to, 2, S(message), &err) == SMTP_ERR_INVALID);
		CHECK(strcmp(err.detail, "error:0480006C:PEM routines::no start line") == 0);
		CHECK(out.len == 0);
		X509_free(third);
		free(third_cert.text);
		free(third_key.text);
	}

	unlink(extra_path);
	unlink(empty_path);
	smtp_buf_free(&out);
	X509_free(x509);
	X509_free(other);
	free(cert.text);
	free(key.text);
	free(other_cert.text);
	free(other_key.text);
}
