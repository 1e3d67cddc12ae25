/*
 * smtp_tls_options.c - SMTPOptions['ssl'] to the core's TLS settings.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "smtp_tls_options.h"

void smtp_tls_options_init(smtp_tls_options *opts)
{
	memset(opts, 0, sizeof(*opts));
	smtp_tls_config_init(&opts->config);
}

void smtp_tls_options_free(smtp_tls_options *opts)
{
	size_t i;

	for (i = 0; i < sizeof(opts->strings) / sizeof(opts->strings[0]); i++) {
		if (opts->strings[i]) {
			zend_string_release(opts->strings[i]);
		}
	}
	smtp_tls_options_init(opts);
}

static void read_bool(HashTable *ssl, const char *key, bool *out)
{
	zval *v = zend_hash_str_find(ssl, key, strlen(key));

	if (v) {
		*out = zend_is_true(v);
	}
}

static void read_string(smtp_tls_options *opts, HashTable *ssl, const char *key, size_t slot,
	const char **out)
{
	zval *v = zend_hash_str_find(ssl, key, strlen(key));

	if (v && Z_TYPE_P(v) != IS_NULL) {
		opts->strings[slot] = zval_get_string(v);
		*out = ZSTR_VAL(opts->strings[slot]);
	}
}

/* With neither cafile nor capath set, PHP's streams trust openssl.cafile / openssl.capath; so does the engine. */
static void ini_trust_store(smtp_tls_options *opts)
{
	smtp_tls_config *c = &opts->config;
	const char *cafile = zend_ini_string("openssl.cafile", sizeof("openssl.cafile") - 1, 0);
	const char *capath = zend_ini_string("openssl.capath", sizeof("openssl.capath") - 1, 0);

	if (c->cafile || c->capath) {
		return;
	}
	if (cafile && *cafile) {
		opts->strings[0] = zend_string_init(cafile, strlen(cafile), 0);
		c->cafile = ZSTR_VAL(opts->strings[0]);
	}
	if (capath && *capath) {
		opts->strings[1] = zend_string_init(capath, strlen(capath), 0);
		c->capath = ZSTR_VAL(opts->strings[1]);
	}
}

void smtp_tls_options_from_context(smtp_tls_options *opts, zval *context)
{
	zval *ssl;
	smtp_tls_config *c = &opts->config;

	ssl = Z_TYPE_P(context) == IS_ARRAY
		? zend_hash_str_find_deref(Z_ARRVAL_P(context), "ssl", sizeof("ssl") - 1) : NULL;
	if (!ssl || Z_TYPE_P(ssl) != IS_ARRAY) {
		ini_trust_store(opts);
		return;
	}
	read_bool(Z_ARRVAL_P(ssl), "verify_peer", &c->verify_peer);
	read_bool(Z_ARRVAL_P(ssl), "verify_peer_name", &c->verify_peer_name);
	read_bool(Z_ARRVAL_P(ssl), "allow_self_signed", &c->allow_self_signed);
	read_bool(Z_ARRVAL_P(ssl), "SNI_enabled", &c->sni_enabled);
	read_string(opts, Z_ARRVAL_P(ssl), "cafile", 0, &c->cafile);
	read_string(opts, Z_ARRVAL_P(ssl), "capath", 1, &c->capath);
	read_string(opts, Z_ARRVAL_P(ssl), "peer_name", 2, &c->peer_name);
	read_string(opts, Z_ARRVAL_P(ssl), "local_cert", 3, &c->local_cert);
	read_string(opts, Z_ARRVAL_P(ssl), "local_pk", 4, &c->local_pk);
	read_string(opts, Z_ARRVAL_P(ssl), "passphrase", 5, &c->passphrase);
	read_string(opts, Z_ARRVAL_P(ssl), "ciphers", 6, &c->ciphers);
	ini_trust_store(opts);
}
