/*
 * mime_keys.h - the private keys and certificates that sign messages (DKIM,
 * S/MIME), read the way PHP's openssl functions read them.
 *
 * A key or certificate is named by a "spec", as openssl_pkey_get_private()
 * and openssl_pkcs7_sign() take one: PEM text, or "file://" followed by the
 * path of a PEM file (only when something follows the prefix: "file://"
 * alone is PEM text that fails to parse). The caller has already applied
 * any access policy (PHP's open_basedir) to such a path.
 *
 * On failure, err->detail holds the first error OpenSSL queued, in
 * ERR_error_string_n() form (what PHP's openssl_error_string() would
 * return), or "" when OpenSSL queued none; OpenSSL's queue is left empty.
 */
#ifndef MIME_KEYS_H
#define MIME_KEYS_H

#include "smtp_error.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <stddef.h>

/* The path a spec names (within spec, up to its end), or NULL when spec is PEM text. */
const char *mime_key_spec_path(const char *spec, size_t len);

/* The private key in spec, decrypted with passphrase (never NULL; "" for none: nothing prompts). */
smtp_status mime_key_private(EVP_PKEY **key, const char *spec, size_t len, const char *passphrase, smtp_error *err);

/* The certificate in spec. */
smtp_status mime_key_certificate(X509 **cert, const char *spec, size_t len, smtp_error *err);

/* Every certificate of the PEM file at path (a file without one is an error with an empty detail). */
smtp_status mime_key_certificate_file(STACK_OF(X509) **certs, const char *path, smtp_error *err);

/* Fills err with status and message, and the detail from OpenSSL's queue, which it empties. */
smtp_status mime_key_fail(smtp_error *err, smtp_status status, const char *message);

#endif
