/*
 * smtp_tls.c - TLS client sessions through OpenSSL: the SSL_CTX built from
 * PHP's ssl stream options, peer verification, and the handshake, reads,
 * writes and close_notify one non-blocking step at a time.
 */
#define _POSIX_C_SOURCE 200809L

#include "smtp_tls.h"

#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void smtp_tls_config_init(smtp_tls_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->verify_peer = true;
	cfg->verify_peer_name = true;
	cfg->sni_enabled = true;
}

/*
 * Fills err with SMTP_ERR_TLS: the formatted context, then the first error
 * queued by OpenSSL, whose queue is left empty.
 */
static smtp_status tls_fail(smtp_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static smtp_status tls_fail(smtp_error *err, const char *fmt, ...)
{
	char context[192], reason[128] = "unknown error";
	unsigned long code = ERR_peek_error();
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(context, sizeof(context), fmt, ap);
	va_end(ap);
	if (code) {
		ERR_error_string_n(code, reason, sizeof(reason));
	}
	ERR_clear_error();
	smtp_error_set(err, SMTP_ERR_TLS, "%s: %s", context, reason);
	if (code) {
		snprintf(err->detail, sizeof(err->detail), "%s", reason);
	}
	return SMTP_ERR_TLS;
}

/* Whether the oldest error in OpenSSL's queue is reason of library lib. */
static bool first_error_is(int lib, int reason)
{
	unsigned long code = ERR_peek_error();

	return ERR_GET_LIB(code) == lib && ERR_GET_REASON(code) == reason;
}

/*
 * Password callback of every context: hands OpenSSL the passphrase given
 * as user data, so that an encrypted key without one fails to load instead
 * of prompting on the terminal.
 */
static int passphrase_cb(char *buf, int size, int rwflag, void *userdata)
{
	const char *passphrase = userdata;
	size_t len;

	(void)rwflag;
	if (!passphrase || (len = strlen(passphrase)) > (size_t)size) {
		return -1;
	}
	memcpy(buf, passphrase, len);
	return (int)len;
}

/* verify_peer with allow_self_signed: a self-signed leaf passes, every other check applies. */
static int verify_allow_self_signed(int ok, X509_STORE_CTX *store)
{
	return ok || X509_STORE_CTX_get_error(store) == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT;
}

/* verify_peer off, verify_peer_name on (PHP checks the name even then): only the name counts. */
static int verify_name_only(int ok, X509_STORE_CTX *store)
{
	int error = X509_STORE_CTX_get_error(store);

	return ok || (error != X509_V_ERR_HOSTNAME_MISMATCH && error != X509_V_ERR_IP_ADDRESS_MISMATCH);
}

/* Loads cafile and capath, or the system default store when neither is set. */
static smtp_status load_trust_store(SSL_CTX *ctx, const smtp_tls_config *cfg, smtp_error *err)
{
	if (!cfg->cafile && !cfg->capath) {
		if (SSL_CTX_set_default_verify_paths(ctx) != 1) {
			return tls_fail(err, "could not load the default CA store");
		}
		return SMTP_OK;
	}
	if (cfg->cafile && SSL_CTX_load_verify_locations(ctx, cfg->cafile, NULL) != 1) {
		return tls_fail(err, "could not load cafile \"%s\"", cfg->cafile);
	}
	if (cfg->capath && SSL_CTX_load_verify_locations(ctx, NULL, cfg->capath) != 1) {
		return tls_fail(err, "could not load capath \"%s\"", cfg->capath);
	}
	return SMTP_OK;
}

/*
 * Chooses how the server certificate is judged. The name itself is set per
 * session (smtp_tls_session_new); the callbacks only decide which of the
 * errors OpenSSL reports are fatal.
 */
static smtp_status setup_verification(SSL_CTX *ctx, const smtp_tls_config *cfg, smtp_error *err)
{
	if (cfg->verify_peer) {
		SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER,
			cfg->allow_self_signed ? verify_allow_self_signed : NULL);
		return load_trust_store(ctx, cfg, err);
	}
	if (cfg->verify_peer_name) {
		SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verify_name_only);
	} else {
		SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
	}
	return SMTP_OK;
}

/*
 * Loads local_cert (with any chain after it) and its key, from local_pk or,
 * as PHP does, from local_cert itself. As in PHP, local_pk alone is ignored.
 */
static smtp_status setup_client_cert(SSL_CTX *ctx, const smtp_tls_config *cfg, smtp_error *err)
{
	const char *key_file = cfg->local_pk ? cfg->local_pk : cfg->local_cert;
	const char *key_name = cfg->local_pk ? "local_pk" : "the key in local_cert";
	int loaded;

	if (!cfg->local_cert) {
		return SMTP_OK;
	}
	if (SSL_CTX_use_certificate_chain_file(ctx, cfg->local_cert) != 1) {
		return tls_fail(err, "could not load local_cert \"%s\"", cfg->local_cert);
	}
	/* OpenSSL only reads the passphrase; the pointer is dropped right after. */
	SSL_CTX_set_default_passwd_cb_userdata(ctx, (void *)cfg->passphrase);
	loaded = SSL_CTX_use_PrivateKey_file(ctx, key_file, SSL_FILETYPE_PEM);
	SSL_CTX_set_default_passwd_cb_userdata(ctx, NULL);
	if (loaded == 1 && SSL_CTX_check_private_key(ctx) == 1) {
		return SMTP_OK;
	}
	/* A key of the certificate's type is checked as it loads; one of another type only after. */
	if (loaded == 1 || first_error_is(ERR_LIB_X509, X509_R_KEY_VALUES_MISMATCH)) {
		return tls_fail(err, "%s does not match local_cert", key_name);
	}
	return tls_fail(err, "could not load %s \"%s\"", key_name, key_file);
}

SSL_CTX *smtp_tls_ctx_new(const smtp_tls_config *cfg, smtp_error *err)
{
	SSL_CTX *ctx;

	ERR_clear_error();
	ctx = SSL_CTX_new(TLS_client_method());
	if (!ctx) {
		tls_fail(err, "could not create a TLS context");
		return NULL;
	}
	SSL_CTX_set_default_passwd_cb(ctx, passphrase_cb);
	SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE);
	if (SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1) {
		tls_fail(err, "could not require TLS 1.2");
	} else if (setup_verification(ctx, cfg, err) == SMTP_OK
		&& setup_client_cert(ctx, cfg, err) == SMTP_OK) {
		if (!cfg->ciphers || SSL_CTX_set_cipher_list(ctx, cfg->ciphers) == 1) {
			/* Loading may leave harmless errors queued; they must not surface later. */
			ERR_clear_error();
			return ctx;
		}
		tls_fail(err, "invalid ciphers \"%s\"", cfg->ciphers);
	}
	SSL_CTX_free(ctx);
	return NULL;
}

/* {{{ contexts shared by identical configurations, and sessions to resume */

#define CTX_CACHE 8
#define SESSION_CACHE 16

/* Oldest first. Strings and tables live on OpenSSL's heap: they outlast any request. */
static struct {
	char *fingerprint;
	SSL_CTX *ctx;
} ctx_cache[CTX_CACHE];
static struct {
	SSL_CTX *ctx;
	char *name;
	SSL_SESSION *session;
} session_cache[SESSION_CACHE];
static int name_index = -1;

/* Every field of cfg, in order, each with its length: equal only for identical settings. */
static char *fingerprint(const smtp_tls_config *cfg)
{
	const char *fields[] = {cfg->cafile, cfg->capath, cfg->peer_name, cfg->local_cert, cfg->local_pk,
		cfg->passphrase, cfg->ciphers};
	size_t len = 16, i, at;
	char *fp;

	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		len += 24 + (fields[i] ? strlen(fields[i]) : 0);
	}
	fp = OPENSSL_malloc(len);
	if (!fp) {
		return NULL;
	}
	at = (size_t)snprintf(fp, len, "%d%d%d%d|", cfg->verify_peer, cfg->verify_peer_name, cfg->allow_self_signed,
		cfg->sni_enabled);
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		at += (size_t)snprintf(fp + at, len - at, fields[i] ? "%zu:%s|" : "-|", fields[i] ? strlen(fields[i]) : 0,
			fields[i] ? fields[i] : "");
	}
	return fp;
}

static void forget_sessions_of(SSL_CTX *ctx)
{
	size_t i;

	for (i = 0; i < SESSION_CACHE; i++) {
		if (session_cache[i].ctx == ctx) {
			SSL_SESSION_free(session_cache[i].session);
			OPENSSL_free(session_cache[i].name);
			memset(&session_cache[i], 0, sizeof(session_cache[i]));
		}
	}
}

/* OpenSSL hands over a session the server offered: kept (the last one) for the connection's name. */
static int session_offered(SSL *ssl, SSL_SESSION *session)
{
	const char *name = SSL_get_ex_data(ssl, name_index);
	SSL_CTX *ctx = SSL_get_SSL_CTX(ssl);
	size_t i, slot = SESSION_CACHE;

	if (!name) {
		return 0;
	}
	for (i = 0; i < SESSION_CACHE && slot == SESSION_CACHE; i++) {
		if (session_cache[i].ctx == ctx && strcmp(session_cache[i].name, name) == 0) {
			slot = i;
		}
	}
	for (i = 0; i < SESSION_CACHE && slot == SESSION_CACHE; i++) {
		if (!session_cache[i].ctx) {
			slot = i;
		}
	}
	if (slot == SESSION_CACHE) {
		/* Full: the first slot goes. */
		slot = 0;
		SSL_SESSION_free(session_cache[0].session);
		OPENSSL_free(session_cache[0].name);
		session_cache[0].ctx = NULL;
	}
	if (!session_cache[slot].ctx) {
		session_cache[slot].name = OPENSSL_strdup(name);
		if (!session_cache[slot].name) {
			return 0;
		}
		session_cache[slot].ctx = ctx;
	} else {
		SSL_SESSION_free(session_cache[slot].session);
	}
	session_cache[slot].session = session;
	return 1;
}

static void free_name(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp)
{
	(void)parent;
	(void)ad;
	(void)idx;
	(void)argl;
	(void)argp;
	OPENSSL_free(ptr);
}

SSL_CTX *smtp_tls_ctx_get(const smtp_tls_config *cfg, smtp_error *err)
{
	SSL_CTX *ctx;
	char *fp;
	size_t i;

	if (!cfg->reuse || !(fp = fingerprint(cfg))) {
		return smtp_tls_ctx_new(cfg, err);
	}
	for (i = 0; i < CTX_CACHE; i++) {
		if (ctx_cache[i].ctx && strcmp(ctx_cache[i].fingerprint, fp) == 0) {
			OPENSSL_free(fp);
			SSL_CTX_up_ref(ctx_cache[i].ctx);
			return ctx_cache[i].ctx;
		}
	}
	ctx = smtp_tls_ctx_new(cfg, err);
	if (name_index < 0) {
		name_index = SSL_get_ex_new_index(0, NULL, NULL, NULL, free_name);
	}
	if (!ctx || name_index < 0) {
		OPENSSL_free(fp);
		return ctx;
	}
	SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
	SSL_CTX_sess_set_new_cb(ctx, session_offered);
	if (ctx_cache[CTX_CACHE - 1].ctx) {
		forget_sessions_of(ctx_cache[0].ctx);
		SSL_CTX_free(ctx_cache[0].ctx);
		OPENSSL_free(ctx_cache[0].fingerprint);
		memmove(&ctx_cache[0], &ctx_cache[1], (CTX_CACHE - 1) * sizeof(ctx_cache[0]));
		ctx_cache[CTX_CACHE - 1].ctx = NULL;
	}
	for (i = 0; ctx_cache[i].ctx; i++) {
	}
	ctx_cache[i].fingerprint = fp;
	ctx_cache[i].ctx = ctx;
	SSL_CTX_up_ref(ctx);
	return ctx;
}

void smtp_tls_resume(SSL *ssl, const char *name)
{
	SSL_CTX *ctx = SSL_get_SSL_CTX(ssl);
	char *copy;
	size_t i;

	if (name_index < 0 || !(copy = OPENSSL_strdup(name))) {
		return;
	}
	if (!SSL_set_ex_data(ssl, name_index, copy)) {
		OPENSSL_free(copy);
		return;
	}
	for (i = 0; i < SESSION_CACHE; i++) {
		if (session_cache[i].ctx == ctx && strcmp(session_cache[i].name, name) == 0) {
			if (session_cache[i].session && SSL_SESSION_is_resumable(session_cache[i].session)) {
				SSL_set_session(ssl, session_cache[i].session);
			}
			return;
		}
	}
}

void smtp_tls_cache_clear(void)
{
	size_t i;

	for (i = 0; i < CTX_CACHE; i++) {
		if (ctx_cache[i].ctx) {
			forget_sessions_of(ctx_cache[i].ctx);
			SSL_CTX_free(ctx_cache[i].ctx);
			OPENSSL_free(ctx_cache[i].fingerprint);
		}
	}
	memset(ctx_cache, 0, sizeof(ctx_cache));
}

/* }}} */

static bool is_ip_literal(const char *name)
{
	unsigned char addr[sizeof(struct in6_addr)];

	return inet_pton(AF_INET, name, addr) == 1 || inet_pton(AF_INET6, name, addr) == 1;
}

SSL *smtp_tls_session_new(SSL_CTX *ctx, BIO *bio, const smtp_tls_config *cfg,
	const char *host, smtp_error *err)
{
	const char *name = cfg->peer_name ? cfg->peer_name : host;
	bool ip = is_ip_literal(name);
	SSL *ssl;

	ERR_clear_error();
	ssl = SSL_new(ctx);
	if (!ssl) {
		BIO_free(bio);
		tls_fail(err, "could not create a TLS session");
		return NULL;
	}
	SSL_set_bio(ssl, bio, bio);
	if (cfg->sni_enabled && !ip && SSL_set_tlsext_host_name(ssl, name) != 1) {
		tls_fail(err, "could not set SNI \"%s\"", name);
	} else if (cfg->verify_peer_name && (ip
			? X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), name)
			: SSL_set1_host(ssl, name)) != 1) {
		tls_fail(err, "could not set the name to verify \"%s\"", name);
	} else {
		return ssl;
	}
	SSL_free(ssl);
	return NULL;
}

/*
 * Maps the result of a failed SSL call to a step. sys_errno is errno as the
 * call left it. An EOF without close_notify counts as a close: SMTP replies
 * are framed, so a truncated one is caught by the reply parser.
 */
static smtp_io_step io_step(SSL *ssl, int ret, int sys_errno, const char *what, smtp_error *err)
{
	switch (SSL_get_error(ssl, ret)) {
	case SSL_ERROR_WANT_READ:
		return SMTP_IO_WANT_READ;
	case SSL_ERROR_WANT_WRITE:
		return SMTP_IO_WANT_WRITE;
	case SSL_ERROR_ZERO_RETURN:
		return SMTP_IO_CLOSED;
	case SSL_ERROR_SYSCALL:
		if (sys_errno) {
			ERR_clear_error();
			smtp_error_set_errno(err, SMTP_ERR_IO, sys_errno, "%s: %s", what, strerror(sys_errno));
			return SMTP_IO_FAILED;
		}
		break;
	case SSL_ERROR_SSL:
		if (first_error_is(ERR_LIB_SSL, SSL_R_UNEXPECTED_EOF_WHILE_READING)) {
			ERR_clear_error();
			return SMTP_IO_CLOSED;
		}
		break;
	}
	tls_fail(err, "%s", what);
	return SMTP_IO_FAILED;
}

/* What names the server certificate offers: "subjectAltName" when it has any, else "CN=`<cn>'". */
static void peer_names(SSL *ssl, char *out, size_t cap)
{
	STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl);
	X509 *cert = chain && sk_X509_num(chain) > 0 ? sk_X509_value(chain, 0) : NULL;
	char cn[192] = "";

	if (cert && X509_get_ext_by_NID(cert, NID_subject_alt_name, -1) >= 0) {
		snprintf(out, cap, "subjectAltName");
		return;
	}
	if (cert) {
		X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof(cn));
	}
	snprintf(out, cap, "CN=`%s'", cn);
}

/* The handshake failed on the server certificate: says why, naming the expected name on a mismatch. */
static smtp_io_step verify_failed(SSL *ssl, smtp_error *err)
{
	long result = SSL_get_verify_result(ssl);
	X509_VERIFY_PARAM *param;
	const char *host;
	char *ip, queue[256];

	/* OpenSSL's own words for it ("error:0A000086:SSL routines::certificate verify failed"). */
	ERR_error_string_n(ERR_peek_error(), queue, sizeof(queue));
	ERR_clear_error();
	if (result != X509_V_ERR_HOSTNAME_MISMATCH && result != X509_V_ERR_IP_ADDRESS_MISMATCH) {
		smtp_error_set(err, SMTP_ERR_TLS, "certificate verify failed: %s",
			X509_verify_cert_error_string(result));
		snprintf(err->detail, sizeof(err->detail), "%s", queue);
		return SMTP_IO_FAILED;
	}
	param = SSL_get0_param(ssl);
	ip = X509_VERIFY_PARAM_get1_ip_asc(param);
	host = X509_VERIFY_PARAM_get0_host(param, 0);
	smtp_error_set(err, SMTP_ERR_TLS, "host name mismatch: the certificate is not valid for %s",
		ip ? ip : host ? host : "the expected name");
	peer_names(ssl, err->detail, sizeof(err->detail));
	OPENSSL_free(ip);
	return SMTP_IO_FAILED;
}

smtp_io_step smtp_tls_handshake(SSL *ssl, smtp_error *err)
{
	smtp_io_step step;
	int ret, sys_errno;

	ERR_clear_error();
	errno = 0;
	ret = SSL_connect(ssl);
	sys_errno = errno;
	if (ret == 1) {
		return SMTP_IO_DONE;
	}
	if (SSL_get_error(ssl, ret) == SSL_ERROR_SSL
		&& first_error_is(ERR_LIB_SSL, SSL_R_CERTIFICATE_VERIFY_FAILED)) {
		return verify_failed(ssl, err);
	}
	/* A close or a reset stays SMTP_ERR_IO: PHP words them apart from TLS errors. */
	step = io_step(ssl, ret, sys_errno, "TLS handshake failed", err);
	if (step == SMTP_IO_CLOSED) {
		smtp_error_set(err, SMTP_ERR_IO, "TLS handshake failed: connection closed by server");
		return SMTP_IO_FAILED;
	}
	return step;
}

smtp_io_step smtp_tls_read(SSL *ssl, char *buf, size_t cap, size_t *nread, smtp_error *err)
{
	int ret, sys_errno;

	ERR_clear_error();
	errno = 0;
	ret = SSL_read_ex(ssl, buf, cap, nread);
	sys_errno = errno;
	return ret == 1 ? SMTP_IO_DONE : io_step(ssl, ret, sys_errno, "TLS read failed", err);
}

smtp_io_step smtp_tls_write(SSL *ssl, const char *buf, size_t len, size_t *nwritten,
	smtp_error *err)
{
	int ret, sys_errno;

	ERR_clear_error();
	errno = 0;
	ret = SSL_write_ex(ssl, buf, len, nwritten);
	sys_errno = errno;
	return ret == 1 ? SMTP_IO_DONE : io_step(ssl, ret, sys_errno, "TLS write failed", err);
}

smtp_io_step smtp_tls_close_notify(SSL *ssl)
{
	int ret;

	ERR_clear_error();
	ret = SSL_shutdown(ssl);
	if (ret >= 0) {
		return SMTP_IO_DONE;
	}
	if (SSL_get_error(ssl, ret) == SSL_ERROR_WANT_WRITE) {
		return SMTP_IO_WANT_WRITE;
	}
	ERR_clear_error();
	return SMTP_IO_FAILED;
}

bool smtp_tls_peer_open(SSL *ssl)
{
	char byte;
	size_t n;
	int error;

	ERR_clear_error();
	if (SSL_peek_ex(ssl, &byte, 1, &n) == 1) {
		return true;
	}
	error = SSL_get_error(ssl, 0);
	ERR_clear_error();
	return error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE;
}

void smtp_tls_describe(SSL *ssl, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s %s", SSL_get_version(ssl), SSL_get_cipher_name(ssl));
}
