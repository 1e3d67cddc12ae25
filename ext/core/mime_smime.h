/*
 * mime_smime.h - S/MIME signing of a message body, as PHPMailer has PHP's
 * openssl_pkcs7_sign() do it: a detached PKCS#7 signature, written out as
 * a multipart/signed message by OpenSSL; and encryption to recipients'
 * certificates.
 */
#ifndef MIME_SMIME_H
#define MIME_SMIME_H

#include "mime_message.h"
#include "smtp_buf.h"
#include "smtp_error.h"

typedef struct mime_smime_signer {
	mime_text cert;            /* the signer's certificate, a spec of mime_keys.h */
	mime_text key;             /* its private key, likewise */
	const char *passphrase;    /* for the key; "" for none */
	const char *extracerts;    /* a PEM file of certificates to include, or NULL */
} mime_smime_signer;

/*
 * openssl_pkcs7_sign() of data with PKCS7_DETACHED (and the extra
 * certificates, if any), in memory: appends to out what it writes to its
 * output file. That is OpenSSL's S/MIME output: the MIME-Version and
 * multipart/signed Content-Type header lines, an empty line, then the
 * parts; OpenSSL ends its own lines with LF and the signed content's with
 * CRLF. The boundary is random. Loading follows PHP's order (the extra
 * certificates, the key, the certificate), and err->detail holds the first
 * error OpenSSL queued, as openssl_error_string() would give it, or "" if
 * none.
 */
smtp_status mime_smime_sign(smtp_buf *out, const mime_smime_signer *signer, const char *data, size_t len,
	smtp_error *err);

/*
 * S/MIME encryption (beyond PHPMailer): an enveloped-data PKCS#7 of data
 * (a whole MIME entity: its header lines, an empty line, its body) for
 * each of the ncerts recipient certificates (specs of mime_keys.h), with
 * AES-256-CBC, appended to out as OpenSSL's S/MIME output: the MIME-Version
 * and application/pkcs7-mime header lines, an empty line, the base64 (LF
 * line ends). The entity's lines are made CRLF first, S/MIME's canonical
 * form, so a signature inside still verifies once decrypted.
 */
smtp_status mime_smime_encrypt(smtp_buf *out, const mime_text *certs, size_t ncerts, const char *data, size_t len,
	smtp_error *err);

#endif
