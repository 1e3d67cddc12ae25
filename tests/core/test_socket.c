/*
 * test_socket.c - the socket transport and its TLS, against loopback servers.
 *
 * Each case starts a one-connection server in a thread on 127.0.0.1 (or ::1
 * when the host has it). The server greets in plain text first, so TLS
 * cases upgrade an open connection as STARTTLS does. Keys and certificates
 * are made in memory when the test starts; the client reads the ones it
 * needs from PEM files in a mkdtemp() directory removed at the end.
 *
 * Every wait is bounded: the client uses timeouts, the server thread bounds
 * its waits by SERVER_WAIT_MS and is released through a pipe, never by
 * sleeping. The server thread records what it saw and the test CHECKs it
 * after joining.
 */
#define _POSIX_C_SOURCE 200809L

#include "check.h"
#include "tests.h"

#include "smtp_tls.h"
#include "smtp_transport.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define SERVER_WAIT_MS 30000    /* bound of every wait of the server thread (valgrind is slow) */
#define CLIENT_TIMEOUT_MS 60000 /* a bound, not an expectation: under valgrind on a loaded machine, loading the system trust store alone can take seconds */
#define BULK_TIMEOUT_MS 60000   /* several MB through a small window, under valgrind too */
#define GREETING "220 ready\r\n"
#define TLS_GREETING "220 tls ready\r\n"
#define PASSPHRASE "s3cret"

/* Keys and certificates of the test; the *_ctx are server contexts built on them. */
static struct {
	EVP_PKEY *ca_key, *leaf_key, *client_key, *other_key;
	X509 *ca;          /* the test CA */
	X509 *leaf;        /* localhost, 127.0.0.1, ::1, signed by the CA */
	X509 *self_signed; /* localhost, 127.0.0.1, signed by itself */
	X509 *wrong_host;  /* wrong.example, signed by the CA */
	X509 *expired;     /* localhost, 127.0.0.1, expired yesterday */
	X509 *client;      /* CN "smtp client", signed by the CA */
	char dir[64];
} pki;

/* The PEM files the client reads, all in pki.dir. */
enum {
	F_CA,              /* the CA certificate */
	F_CA_HASHED,       /* the same, as <hash>.0 so that pki.dir works as capath */
	F_CLIENT_CERT,
	F_CLIENT_KEY,
	F_CLIENT_KEY_ENC,  /* encrypted with PASSPHRASE */
	F_CLIENT_BOTH,     /* certificate and key in one file */
	F_OTHER_KEY,       /* a key that does not match the client certificate */
	F_COUNT
};

static char files[F_COUNT][128];

typedef enum server_mode {
	SERVER_ECHO,  /* echoes every byte until the client closes */
	SERVER_SINK,  /* reads expect bytes of the pattern, answers "OK\r\n" or "BAD\r\n" */
	SERVER_STALL, /* neither reads nor writes until released */
	SERVER_BYE,   /* sends "bye\r\n" and closes (with close_notify under TLS) */
	SERVER_DROP   /* sends "bye\r\n" and closes the TCP connection only */
} server_mode;

typedef struct server {
	/* set by the test */
	server_mode mode;
	SSL_CTX *tls;          /* after GREETING: TLS handshake, then TLS_GREETING */
	size_t expect;         /* SERVER_SINK */
	/* set by server_start() */
	int listen_fd;
	int port;
	int release[2];        /* a byte here ends SERVER_STALL; written by server_join() */
	pthread_t thread;
	/* set by the thread, read after server_join() */
	bool sink_ok;
	char sni[64];          /* SNI the client sent, "" if none */
	char client_cn[64];    /* CN of the client certificate, "" if none */
	bool resumed;          /* the client resumed an earlier TLS session */
} server;

typedef struct server_conn {
	int fd;
	SSL *ssl;
} server_conn;

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The byte at offset i of bulk transfers: no short period, so a lost or repeated block shows. */
static char pattern_at(size_t i)
{
	return (char)(i * 7 + (i >> 13));
}

/* ---- keys, certificates and files ---- */

static bool add_ext(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
	X509_EXTENSION *ext = X509V3_EXT_conf_nid(NULL, ctx, nid, value);
	bool ok = ext && X509_add_ext(cert, ext, -1) == 1;

	X509_EXTENSION_free(ext);
	return ok;
}

/*
 * A certificate for key named cn, valid from days_from to days_to days from
 * now, with subject alternative names san (or none), signed by issuer
 * (itself when NULL).
 */
static X509 *make_cert(EVP_PKEY *key, const char *cn, const char *san, bool ca,
	X509 *issuer, EVP_PKEY *issuer_key, long days_from, long days_to)
{
	static long serial;
	X509 *cert = X509_new();
	X509V3_CTX ctx;
	bool ok;

	if (!cert) {
		return NULL;
	}
	ok = X509_set_version(cert, 2) == 1
		&& ASN1_INTEGER_set(X509_get_serialNumber(cert), ++serial) == 1
		&& X509_gmtime_adj(X509_getm_notBefore(cert), days_from * 86400) != NULL
		&& X509_gmtime_adj(X509_getm_notAfter(cert), days_to * 86400) != NULL
		&& X509_set_pubkey(cert, key) == 1
		&& X509_NAME_add_entry_by_txt(X509_get_subject_name(cert), "CN", MBSTRING_ASC,
			(const unsigned char *)cn, -1, -1, 0) == 1
		&& X509_set_issuer_name(cert, X509_get_subject_name(issuer ? issuer : cert)) == 1;
	X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, NULL, NULL, 0);
	ok = ok && add_ext(cert, &ctx, NID_basic_constraints, ca ? "critical,CA:TRUE" : "CA:FALSE");
	ok = ok && (!ca || add_ext(cert, &ctx, NID_key_usage, "critical,keyCertSign,cRLSign"));
	ok = ok && (!san || add_ext(cert, &ctx, NID_subject_alt_name, san));
	ok = ok && X509_sign(cert, issuer_key ? issuer_key : key, EVP_sha256()) > 0;
	if (!ok) {
		X509_free(cert);
		return NULL;
	}
	return cert;
}

/* Writes cert and/or key (encrypted when passphrase is set) to path. */
static bool write_pem(const char *path, X509 *cert, EVP_PKEY *key, const char *passphrase)
{
	FILE *f = fopen(path, "w");
	bool ok = f != NULL;

	if (ok && cert) {
		ok = PEM_write_X509(f, cert) == 1;
	}
	if (ok && key) {
		ok = PEM_write_PrivateKey(f, key, passphrase ? EVP_aes_256_cbc() : NULL,
			(const unsigned char *)passphrase, passphrase ? (int)strlen(passphrase) : 0,
			NULL, NULL) == 1;
	}
	if (f && fclose(f) != 0) {
		ok = false;
	}
	return ok;
}

static bool pki_create(void)
{
	static const char *const names[F_COUNT] = {
		"ca.pem", NULL, "client.pem", "client.key", "client-enc.key", "client-both.pem", "other.key"
	};
	const char *local = "DNS:localhost,IP:127.0.0.1,IP:::1";
	int i;

	strcpy(pki.dir, "/tmp/smtp_socket_test_XXXXXX");
	if (!mkdtemp(pki.dir)) {
		pki.dir[0] = '\0';
		return false;
	}
	pki.ca_key = EVP_EC_gen("P-256");
	pki.leaf_key = EVP_EC_gen("P-256");
	pki.client_key = EVP_EC_gen("P-256");
	pki.other_key = EVP_EC_gen("P-256");
	if (!pki.ca_key || !pki.leaf_key || !pki.client_key || !pki.other_key) {
		return false;
	}
	pki.ca = make_cert(pki.ca_key, "smtp test CA", NULL, true, NULL, NULL, -1, 30);
	pki.leaf = make_cert(pki.leaf_key, "localhost", local, false, pki.ca, pki.ca_key, -1, 30);
	pki.self_signed = make_cert(pki.leaf_key, "localhost", local, false, NULL, NULL, -1, 30);
	pki.wrong_host = make_cert(pki.leaf_key, "wrong.example", "DNS:wrong.example", false,
		pki.ca, pki.ca_key, -1, 30);
	pki.expired = make_cert(pki.leaf_key, "localhost", local, false, pki.ca, pki.ca_key, -30, -1);
	pki.client = make_cert(pki.client_key, "smtp client", NULL, false, pki.ca, pki.ca_key, -1, 30);
	if (!pki.ca || !pki.leaf || !pki.self_signed || !pki.wrong_host || !pki.expired || !pki.client) {
		return false;
	}
	for (i = 0; i < F_COUNT; i++) {
		if (names[i]) {
			snprintf(files[i], sizeof(files[i]), "%s/%s", pki.dir, names[i]);
		}
	}
	snprintf(files[F_CA_HASHED], sizeof(files[F_CA_HASHED]), "%s/%08lx.0", pki.dir,
		X509_subject_name_hash(pki.ca));
	return write_pem(files[F_CA], pki.ca, NULL, NULL)
		&& write_pem(files[F_CA_HASHED], pki.ca, NULL, NULL)
		&& write_pem(files[F_CLIENT_CERT], pki.client, NULL, NULL)
		&& write_pem(files[F_CLIENT_KEY], NULL, pki.client_key, NULL)
		&& write_pem(files[F_CLIENT_KEY_ENC], NULL, pki.client_key, PASSPHRASE)
		&& write_pem(files[F_CLIENT_BOTH], pki.client, pki.client_key, NULL)
		&& write_pem(files[F_OTHER_KEY], NULL, pki.other_key, NULL);
}

static void pki_destroy(void)
{
	int i;

	for (i = 0; i < F_COUNT; i++) {
		if (files[i][0]) {
			unlink(files[i]);
		}
	}
	if (pki.dir[0]) {
		CHECK(rmdir(pki.dir) == 0);
	}
	X509_free(pki.ca);
	X509_free(pki.leaf);
	X509_free(pki.self_signed);
	X509_free(pki.wrong_host);
	X509_free(pki.expired);
	X509_free(pki.client);
	EVP_PKEY_free(pki.ca_key);
	EVP_PKEY_free(pki.leaf_key);
	EVP_PKEY_free(pki.client_key);
	EVP_PKEY_free(pki.other_key);
}

/*
 * A server context presenting cert (all server certificates are made for
 * pki.leaf_key); want_client_cert requires a client certificate from the CA.
 */
static SSL_CTX *server_ctx(X509 *cert, bool want_client_cert)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());

	if (ctx && (SSL_CTX_use_certificate(ctx, cert) != 1
		|| SSL_CTX_use_PrivateKey(ctx, pki.leaf_key) != 1)) {
		SSL_CTX_free(ctx);
		return NULL;
	}
	if (ctx && want_client_cert) {
		X509_STORE_add_cert(SSL_CTX_get_cert_store(ctx), pki.ca);
		SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
	}
	return ctx;
}

/* ---- the loopback server ---- */

/* A TCP socket bound to an ephemeral port of the loopback address of family; -1 on failure. */
/* When not 0, the port the next test servers listen on (TLS resumption is per endpoint). */
static int fixed_port;

static int bind_loopback(int family, int *port)
{
	int on = 1;

	struct sockaddr_storage ss;
	struct sockaddr_in *sin = (struct sockaddr_in *)&ss;
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&ss;
	socklen_t len = family == AF_INET ? sizeof(*sin) : sizeof(*sin6);
	int fd = socket(family, SOCK_STREAM, 0);

	memset(&ss, 0, sizeof(ss));
	if (family == AF_INET) {
		sin->sin_family = AF_INET;
		sin->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		sin->sin_port = htons((uint16_t)fixed_port);
	} else {
		sin6->sin6_family = AF_INET6;
		sin6->sin6_addr = in6addr_loopback;
		sin6->sin6_port = htons((uint16_t)fixed_port);
	}
	if (fd >= 0) {
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
	}
	if (fd < 0 || bind(fd, (struct sockaddr *)&ss, len) != 0
		|| getsockname(fd, (struct sockaddr *)&ss, &len) != 0) {
		if (fd >= 0) {
			close(fd);
		}
		return -1;
	}
	*port = ntohs(family == AF_INET ? sin->sin_port : sin6->sin6_port);
	return fd;
}

static bool wait_readable(int fd)
{
	struct pollfd pfd = {fd, POLLIN, 0};

	return poll(&pfd, 1, SERVER_WAIT_MS) > 0;
}

static int conn_read(server_conn *c, char *buf, size_t cap)
{
	return c->ssl ? SSL_read(c->ssl, buf, (int)cap) : (int)recv(c->fd, buf, cap, 0);
}

static bool conn_write(server_conn *c, const char *buf, size_t len)
{
	size_t done = 0;
	int n = 1;

	while (done < len && n > 0) {
		n = c->ssl ? SSL_write(c->ssl, buf + done, (int)(len - done))
			: (int)send(c->fd, buf + done, len - done, 0);
		done += n > 0 ? (size_t)n : 0;
	}
	return done == len;
}

static bool sink(server_conn *c, size_t expect)
{
	char buf[16384];
	size_t got = 0, i;
	bool same = true;
	int n = 1;

	while (got < expect && n > 0) {
		n = conn_read(c, buf, expect - got < sizeof(buf) ? expect - got : sizeof(buf));
		for (i = 0; n > 0 && i < (size_t)n; i++) {
			same = same && buf[i] == pattern_at(got + i);
		}
		got += n > 0 ? (size_t)n : 0;
	}
	return same && got == expect;
}

static bool server_handshake(server *srv, server_conn *c)
{
	const char *sni;
	X509 *peer;

	c->ssl = SSL_new(srv->tls);
	if (!c->ssl || SSL_set_fd(c->ssl, c->fd) != 1 || SSL_accept(c->ssl) != 1) {
		return false;
	}
	srv->resumed = SSL_session_reused(c->ssl);
	sni = SSL_get_servername(c->ssl, TLSEXT_NAMETYPE_host_name);
	snprintf(srv->sni, sizeof(srv->sni), "%s", sni ? sni : "");
	peer = SSL_get0_peer_certificate(c->ssl);
	if (peer) {
		X509_NAME_get_text_by_NID(X509_get_subject_name(peer), NID_commonName,
			srv->client_cn, sizeof(srv->client_cn));
	}
	return conn_write(c, TLS_GREETING, strlen(TLS_GREETING));
}

static void serve(server *srv, server_conn *c)
{
	char buf[16384];
	int n;

	switch (srv->mode) {
	case SERVER_ECHO:
		while ((n = conn_read(c, buf, sizeof(buf))) > 0 && conn_write(c, buf, (size_t)n)) {
		}
		break;
	case SERVER_SINK:
		srv->sink_ok = sink(c, srv->expect);
		conn_write(c, srv->sink_ok ? "OK\r\n" : "BAD\r\n", srv->sink_ok ? 4 : 5);
		break;
	case SERVER_STALL:
		wait_readable(srv->release[0]);
		break;
	case SERVER_BYE:
		if (conn_write(c, "bye\r\n", 5) && c->ssl) {
			SSL_shutdown(c->ssl);
		}
		break;
	case SERVER_DROP:
		conn_write(c, "bye\r\n", 5);
		break;
	}
}

static void *server_main(void *arg)
{
	server *srv = arg;
	struct timeval tv = {SERVER_WAIT_MS / 1000, 0};
	server_conn c = {-1, NULL};

	if (!wait_readable(srv->listen_fd) || (c.fd = accept(srv->listen_fd, NULL, NULL)) < 0) {
		return NULL;
	}
	setsockopt(c.fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(c.fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	if (conn_write(&c, GREETING, strlen(GREETING)) && (!srv->tls || server_handshake(srv, &c))) {
		serve(srv, &c);
	}
	SSL_free(c.ssl);
	close(c.fd);
	return NULL;
}

/*
 * Listens on the loopback address of family and starts the thread. The
 * receive buffer is kept small so that large client writes are partial.
 * SIGPIPE is blocked in the server thread only: a server write to a gone
 * client must not end the process, while a SIGPIPE raised by the client
 * side (the code under test, in this thread) still would.
 */
static bool server_start(server *srv, int family)
{
	int rcvbuf = 64 * 1024;
	sigset_t block, old;
	bool started;

	srv->listen_fd = bind_loopback(family, &srv->port);
	if (srv->listen_fd < 0) {
		return false;
	}
	setsockopt(srv->listen_fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof(rcvbuf));
	if (listen(srv->listen_fd, 1) != 0 || pipe(srv->release) != 0) {
		close(srv->listen_fd);
		return false;
	}
	sigemptyset(&block);
	sigaddset(&block, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	started = pthread_create(&srv->thread, NULL, server_main, srv) == 0;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (!started) {
		close(srv->listen_fd);
		close(srv->release[0]);
		close(srv->release[1]);
	}
	return started;
}

static void server_join(server *srv)
{
	CHECK(write(srv->release[1], "x", 1) == 1);
	pthread_join(srv->thread, NULL);
	close(srv->listen_fd);
	close(srv->release[0]);
	close(srv->release[1]);
}

/* ---- client helpers ---- */

/* CHECKs an outcome: the status, and text inside the message; prints both on a mismatch. */
#define CHECK_RESULT(status, err, want_status, want_text) \
	check_result(__LINE__, (status), (err), (want_status), (want_text))

static void check_result(int line, smtp_status status, const smtp_error *err,
	smtp_status want_status, const char *want_text)
{
	bool ok = status == want_status && (status == SMTP_OK || strstr(err->message, want_text));

	CHECK(ok);
	if (!ok) {
		fprintf(stderr, "  line %d: got %s \"%s\", wanted %s \"...%s...\"\n", line,
			smtp_status_name(status), status == SMTP_OK ? "" : err->message,
			smtp_status_name(want_status), want_text);
	}
}

#define CHECK_TLS(r, want_status, want_text) CHECK_RESULT((r).status, &(r).err, (want_status), (want_text))

/* Reads exactly len bytes; every successful read yields at least one. */
static smtp_status read_exact(smtp_transport *t, char *buf, size_t len, smtp_error *err)
{
	smtp_status status = SMTP_OK;
	size_t got = 0, n;

	while (got < len && status == SMTP_OK) {
		status = smtp_transport_read(t, buf + got, len - got, &n, CLIENT_TIMEOUT_MS, err);
		got += status == SMTP_OK ? n : 0;
	}
	return status;
}

/* Reads len (at most 64) bytes and, if that worked, CHECKs they are expected; returns the read status. */
static smtp_status read_expected(smtp_transport *t, const char *expected, size_t len, smtp_error *err)
{
	char buf[64];
	smtp_status status;

	if (len > sizeof(buf)) {
		return smtp_error_set(err, SMTP_ERR_INVALID, "test buffer too small");
	}
	status = read_exact(t, buf, len, err);
	if (status == SMTP_OK) {
		CHECK_MEM(buf, len, expected, len);
	}
	return status;
}

/* The same, when the read must succeed. */
static smtp_status expect_bytes(smtp_transport *t, const char *expected, size_t len, smtp_error *err)
{
	smtp_status status = read_expected(t, expected, len, err);

	CHECK_RESULT(status, err, SMTP_OK, "");
	return status;
}

/* Connects to srv through host and reads the plain greeting; NULL (after a failed CHECK) on failure. */
static smtp_transport *client_connect(server *srv, const char *host)
{
	smtp_transport *t = NULL;
	smtp_error err;

	CHECK(smtp_socket_connect(&t, host, srv->port, CLIENT_TIMEOUT_MS, &err) == SMTP_OK);
	if (t && expect_bytes(t, GREETING, strlen(GREETING), &err) != SMTP_OK) {
		smtp_transport_destroy(t);
		t = NULL;
	}
	return t;
}

/* start_tls, then the server's first TLS line; the first failure wins. */
static smtp_status client_start_tls(smtp_transport *t, const smtp_tls_config *cfg, const char *host,
	smtp_error *err)
{
	smtp_status status = t->ops->start_tls(t, cfg, host, CLIENT_TIMEOUT_MS, err);

	return status == SMTP_OK ? read_expected(t, TLS_GREETING, strlen(TLS_GREETING), err) : status;
}

static void config_no_verify(smtp_tls_config *cfg)
{
	smtp_tls_config_init(cfg);
	cfg->verify_peer = false;
	cfg->verify_peer_name = false;
}

typedef struct tls_result {
	smtp_status status;  /* first failure of connect, start_tls and an echo round trip */
	smtp_error err;
	char info[96];       /* smtp_socket_tls_info() after the handshake */
	char sni[64];        /* as the server saw them */
	char client_cn[64];
	bool resumed;
} tls_result;

/* One STARTTLS session through host against an echo server presenting srv_ctx. */
static tls_result tls_attempt(SSL_CTX *srv_ctx, int family, const char *host, const smtp_tls_config *cfg)
{
	static const char probe[] = "EHLO \x00\xff tls\r\n";
	server srv = {.mode = SERVER_ECHO, .tls = srv_ctx};
	tls_result r;
	smtp_transport *t;

	memset(&r, 0, sizeof(r));
	r.status = SMTP_ERR_STATE;
	if (!srv_ctx || !server_start(&srv, family)) {
		CHECK(!"could not start the TLS server");
		return r;
	}
	t = client_connect(&srv, host);
	if (t) {
		r.status = client_start_tls(t, cfg, host, &r.err);
		smtp_socket_tls_info(t, r.info, sizeof(r.info));
		if (r.status == SMTP_OK) {
			r.status = smtp_transport_write(t, probe, sizeof(probe) - 1, CLIENT_TIMEOUT_MS, &r.err);
		}
		if (r.status == SMTP_OK) {
			r.status = read_expected(t, probe, sizeof(probe) - 1, &r.err);
		}
		smtp_transport_destroy(t);
	}
	server_join(&srv);
	strcpy(r.sni, srv.sni);
	strcpy(r.client_cn, srv.client_cn);
	r.resumed = srv.resumed;
	return r;
}

/* ---- plain TCP ---- */

/* Exact bytes both ways, through host (a name, an address or a bracketed IPv6 literal). */
static void test_plain_exchange(int family, const char *host)
{
	static const char probe[] = "EHLO client\r\n\x00\x01\xfe\xff.\r\n";
	server srv = {.mode = SERVER_ECHO};
	smtp_transport *t;
	smtp_error err;
	char info[16];

	if (!server_start(&srv, family)) {
		CHECK(!"could not start the server");
		return;
	}
	t = client_connect(&srv, host);
	if (t) {
		CHECK(!t->tls_active && t->ops->alive(t));
		CHECK(!smtp_socket_tls_info(t, info, sizeof(info)) && info[0] == '\0');
		CHECK(smtp_transport_write(t, probe, sizeof(probe) - 1, CLIENT_TIMEOUT_MS, &err) == SMTP_OK);
		expect_bytes(t, probe, sizeof(probe) - 1, &err);
		CHECK(t->ops->alive(t));
		smtp_transport_destroy(t);
	}
	server_join(&srv);
}

/* A write of len bytes, far above what the socket takes at once, arrives whole and in order. */
static void test_bulk_write(SSL_CTX *tls, size_t len)
{
	server srv = {.mode = SERVER_SINK, .tls = tls, .expect = len};
	char *data = malloc(len);
	smtp_tls_config cfg;
	smtp_transport *t;
	smtp_error err;
	size_t i;

	if (!data || !server_start(&srv, AF_INET)) {
		CHECK(!"could not start the bulk test");
		free(data);
		return;
	}
	for (i = 0; i < len; i++) {
		data[i] = pattern_at(i);
	}
	config_no_verify(&cfg);
	t = client_connect(&srv, "127.0.0.1");
	if (t && (!tls || client_start_tls(t, &cfg, "127.0.0.1", &err) == SMTP_OK)) {
		CHECK(smtp_transport_write(t, data, len, BULK_TIMEOUT_MS, &err) == SMTP_OK);
		expect_bytes(t, "OK\r\n", 4, &err);
	}
	smtp_transport_destroy(t);
	server_join(&srv);
	CHECK(srv.sink_ok);
	free(data);
}

static void test_refused(void)
{
	smtp_transport *t = NULL;
	smtp_error err;
	char expected[64];
	int port, fd;

	/* Bound but not listening: the port stays ours and every connection is refused. */
	fd = bind_loopback(AF_INET, &port);
	CHECK(fd >= 0);
	if (fd < 0) {
		return;
	}
	snprintf(expected, sizeof(expected), "could not connect to 127.0.0.1 port %d: ", port);
	CHECK_RESULT(smtp_socket_connect(&t, "127.0.0.1", port, CLIENT_TIMEOUT_MS, &err), &err,
		SMTP_ERR_CONNECT, expected);
	CHECK(t == NULL && err.sys_errno == ECONNREFUSED);
	close(fd);
}

/* Bad arguments, and a resolver failure that needs no network (a bracketed literal is numeric only). */
static void test_bad_host(void)
{
	smtp_transport *t = NULL;
	smtp_error err;

	CHECK_RESULT(smtp_socket_connect(&t, "[not-an-address]", 25, CLIENT_TIMEOUT_MS, &err), &err,
		SMTP_ERR_CONNECT, "getaddrinfo for not-an-address failed: ");
	CHECK(err.sys_errno == 0 && strlen(err.message) > strlen("getaddrinfo for not-an-address failed: "));
	CHECK(smtp_socket_connect(&t, "[::1", 25, CLIENT_TIMEOUT_MS, &err) == SMTP_ERR_INVALID);
	CHECK(smtp_socket_connect(&t, "", 25, CLIENT_TIMEOUT_MS, &err) == SMTP_ERR_INVALID);
	CHECK(smtp_socket_connect(&t, NULL, 25, CLIENT_TIMEOUT_MS, &err) == SMTP_ERR_INVALID);
	CHECK(smtp_socket_connect(&t, "127.0.0.1", 0, CLIENT_TIMEOUT_MS, &err) == SMTP_ERR_INVALID);
	CHECK(smtp_socket_connect(&t, "127.0.0.1", 65536, CLIENT_TIMEOUT_MS, &err) == SMTP_ERR_INVALID);
	CHECK(t == NULL);
}

/*
 * Read, write and handshake against a server that never answers, with short
 * timeouts. The upper bounds only prove the calls return: they are generous
 * because under valgrind setting up a TLS context alone takes seconds.
 */
static void test_timeouts(void)
{
	const size_t big = 64u * 1024 * 1024; /* more than both socket buffers can hold */
	server srv = {.mode = SERVER_STALL};
	smtp_tls_config cfg;
	smtp_transport *t;
	smtp_error err;
	int64_t start, elapsed;
	char buf[16], *data;
	size_t n;

	if (!server_start(&srv, AF_INET)) {
		CHECK(!"could not start the server");
		return;
	}
	t = client_connect(&srv, "127.0.0.1");
	data = calloc(1, big);
	if (t && data) {
		start = now_ms();
		CHECK_RESULT(smtp_transport_read(t, buf, sizeof(buf), &n, 200, &err), &err,
			SMTP_ERR_TIMEOUT, "read timed out after 200 ms");
		elapsed = now_ms() - start;
		CHECK(elapsed >= 150 && elapsed < 30000);
		CHECK(t->ops->alive(t)); /* a timeout does not end the connection */

		start = now_ms();
		CHECK_RESULT(smtp_transport_write(t, data, big, 300, &err), &err,
			SMTP_ERR_TIMEOUT, "write timed out after 300 ms");
		elapsed = now_ms() - start;
		CHECK(elapsed >= 250 && elapsed < 30000);
	}
	free(data);
	smtp_transport_destroy(t);
	server_join(&srv);

	/* The server never answers the ClientHello. */
	srv = (server){.mode = SERVER_STALL};
	if (!server_start(&srv, AF_INET)) {
		CHECK(!"could not start the server");
		return;
	}
	smtp_tls_config_init(&cfg);
	t = client_connect(&srv, "127.0.0.1");
	if (t) {
		start = now_ms();
		CHECK_RESULT(t->ops->start_tls(t, &cfg, "127.0.0.1", 200, &err), &err,
			SMTP_ERR_TIMEOUT, "TLS handshake timed out after 200 ms");
		elapsed = now_ms() - start;
		CHECK(elapsed >= 150 && elapsed < 30000);
		CHECK(!t->tls_active && !t->ops->alive(t));
		CHECK_RESULT(smtp_transport_read(t, buf, sizeof(buf), &n, 200, &err), &err,
			SMTP_ERR_STATE, "unusable");
		CHECK_RESULT(smtp_transport_write(t, "x", 1, 200, &err), &err, SMTP_ERR_STATE, "unusable");
		smtp_transport_destroy(t);
	}
	server_join(&srv);
}

/*
 * The server says "bye" and closes (mode): alive() holds while the bytes
 * wait, a read reports the close and alive() then does too. A close
 * without close_notify ends a TLS session as well, and nothing more can be
 * written to an ended one.
 */
static void test_peer_close(SSL_CTX *tls, server_mode mode)
{
	server srv = {.mode = mode, .tls = tls};
	smtp_tls_config cfg;
	smtp_transport *t;
	smtp_error err;
	char buf[16];
	size_t n;

	if (!server_start(&srv, AF_INET)) {
		CHECK(!"could not start the server");
		return;
	}
	config_no_verify(&cfg);
	t = client_connect(&srv, "127.0.0.1");
	if (t && (!tls || client_start_tls(t, &cfg, "127.0.0.1", &err) == SMTP_OK)) {
		CHECK(t->ops->alive(t));
		expect_bytes(t, "bye\r\n", 5, &err);
		CHECK_RESULT(smtp_transport_read(t, buf, sizeof(buf), &n, CLIENT_TIMEOUT_MS, &err), &err,
			SMTP_ERR_IO, "connection closed by server");
		CHECK(!t->ops->alive(t));
		if (tls) {
			CHECK_RESULT(smtp_transport_write(t, "QUIT\r\n", 6, CLIENT_TIMEOUT_MS, &err), &err,
				SMTP_ERR_IO, "connection closed by server");
		}
	}
	smtp_transport_destroy(t);
	server_join(&srv);
}

/*
 * Writing to a peer that has closed the TCP connection fails with EPIPE or
 * ECONNRESET, and never raises SIGPIPE, which would end this process. The
 * first writes may still be accepted; the peer's reset fails a later one.
 */
static void test_write_to_closed(SSL_CTX *tls)
{
	static char chunk[64 * 1024];
	server srv = {.mode = SERVER_DROP, .tls = tls};
	smtp_status status = SMTP_OK;
	smtp_tls_config cfg;
	smtp_transport *t;
	smtp_error err;
	int i;

	if (!server_start(&srv, AF_INET)) {
		CHECK(!"could not start the server");
		return;
	}
	config_no_verify(&cfg);
	t = client_connect(&srv, "127.0.0.1");
	if (t && (!tls || client_start_tls(t, &cfg, "127.0.0.1", &err) == SMTP_OK)) {
		for (i = 0; i < 64 && status == SMTP_OK; i++) {
			status = smtp_transport_write(t, chunk, sizeof(chunk), CLIENT_TIMEOUT_MS, &err);
		}
		CHECK_RESULT(status, &err, SMTP_ERR_IO, "write failed: ");
		CHECK(err.sys_errno == EPIPE || err.sys_errno == ECONNRESET);
	}
	smtp_transport_destroy(t);
	server_join(&srv);
}

/* ---- TLS ---- */

static void test_tls_config_defaults(void)
{
	smtp_tls_config cfg;

	memset(&cfg, 0xff, sizeof(cfg));
	smtp_tls_config_init(&cfg);
	CHECK(cfg.verify_peer && cfg.verify_peer_name && !cfg.allow_self_signed && cfg.sni_enabled);
	CHECK(!cfg.cafile && !cfg.capath && !cfg.peer_name && !cfg.local_cert && !cfg.local_pk
		&& !cfg.passphrase && !cfg.ciphers);
}

/* A certificate from the test CA, trusted or not, through names and addresses. */
static void test_tls_trusted(bool ipv6)
{
	SSL_CTX *ctx = server_ctx(pki.leaf, false);
	smtp_tls_config cfg;
	tls_result r;

	config_no_verify(&cfg);
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(strncmp(r.info, "TLSv1.3 TLS_", 12) == 0);
	CHECK(strcmp(r.sni, "localhost") == 0);

	smtp_tls_config_init(&cfg);
	cfg.cafile = files[F_CA];
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");

	/* An IP literal is checked as an address, and not sent as SNI. */
	r = tls_attempt(ctx, AF_INET, "127.0.0.1", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(r.sni[0] == '\0');
	if (ipv6) {
		r = tls_attempt(ctx, AF_INET6, "[::1]", &cfg);
		CHECK_TLS(r, SMTP_OK, "");
		CHECK(r.sni[0] == '\0');
	}

	/* peer_name is verified and sent instead of the host. */
	cfg.peer_name = "localhost";
	r = tls_attempt(ctx, AF_INET, "127.0.0.1", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(strcmp(r.sni, "localhost") == 0);

	cfg.peer_name = NULL;
	cfg.sni_enabled = false;
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(r.sni[0] == '\0');

	smtp_tls_config_init(&cfg);
	cfg.capath = pki.dir;
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");

	/* Without cafile or capath the system store is used, and it does not know the test CA. */
	smtp_tls_config_init(&cfg);
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "certificate verify failed: unable to get local issuer certificate");
	CHECK(r.info[0] == '\0');
	SSL_CTX_free(ctx);
}

/* With reuse: one context per configuration, and the next connection to a name resumes its TLS session. */
static void test_tls_resumption(void)
{
	SSL_CTX *ctx = server_ctx(pki.leaf, false), *a, *b;
	smtp_tls_config cfg, other;
	smtp_error err;
	tls_result r;

	smtp_tls_config_init(&cfg);
	cfg.cafile = files[F_CA];
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK(!r.resumed);

	cfg.reuse = true;
	other = cfg;
	other.ciphers = "HIGH";
	a = smtp_tls_ctx_get(&cfg, &err);
	b = smtp_tls_ctx_get(&cfg, &err);
	CHECK(a != NULL && a == b);
	SSL_CTX_free(b);
	b = smtp_tls_ctx_get(&other, &err);
	CHECK(b != NULL && b != a);
	SSL_CTX_free(a);
	SSL_CTX_free(b);

	/* The same endpoint each time: sessions are filed per name, address and port. */
	close(bind_loopback(AF_INET, &fixed_port));
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(!r.resumed);
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(r.resumed);
	/* Another name, or other settings: a full handshake (a session of its own). */
	r = tls_attempt(ctx, AF_INET, "127.0.0.1", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(!r.resumed);
	r = tls_attempt(ctx, AF_INET, "localhost", &other);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(!r.resumed);
	r = tls_attempt(ctx, AF_INET, "127.0.0.1", &cfg);
	CHECK(r.resumed);
	/* Another port of the same host (the same server's ticket keys): never offered there. */
	fixed_port = 0;
	r = tls_attempt(ctx, AF_INET, "127.0.0.1", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(!r.resumed);
	smtp_tls_cache_clear();
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(!r.resumed);
	smtp_tls_cache_clear();
	SSL_CTX_free(ctx);
}

static void test_tls_self_signed(void)
{
	SSL_CTX *ctx = server_ctx(pki.self_signed, false);
	smtp_tls_config cfg;
	tls_result r;

	smtp_tls_config_init(&cfg);
	cfg.cafile = files[F_CA];
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "certificate verify failed: self-signed certificate");

	cfg.allow_self_signed = true;
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");

	/* allow_self_signed waives the chain, not the name. */
	cfg.peer_name = "other.example";
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "host name mismatch: the certificate is not valid for other.example");

	/* verify_peer off waives the chain; the name still matches. */
	smtp_tls_config_init(&cfg);
	cfg.verify_peer = false;
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");

	config_no_verify(&cfg);
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	SSL_CTX_free(ctx);
}

static void test_tls_wrong_host(void)
{
	SSL_CTX *ctx = server_ctx(pki.wrong_host, false);
	smtp_tls_config cfg;
	tls_result r;

	smtp_tls_config_init(&cfg);
	cfg.cafile = files[F_CA];
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "host name mismatch: the certificate is not valid for localhost");
	r = tls_attempt(ctx, AF_INET, "127.0.0.1", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "host name mismatch: the certificate is not valid for 127.0.0.1");

	cfg.peer_name = "wrong.example";
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(strcmp(r.sni, "wrong.example") == 0);

	cfg.peer_name = NULL;
	cfg.verify_peer_name = false;
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");

	/* As in PHP, verify_peer off still checks the name. */
	smtp_tls_config_init(&cfg);
	cfg.verify_peer = false;
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "host name mismatch");
	SSL_CTX_free(ctx);
}

/* Expired certificate, TLS 1.1 server, cipher list, and settings that cannot be loaded. */
static void test_tls_refusals(void)
{
	SSL_CTX *expired = server_ctx(pki.expired, false);
	SSL_CTX *leaf = server_ctx(pki.leaf, false);
	smtp_tls_config cfg;
	tls_result r;

	smtp_tls_config_init(&cfg);
	cfg.cafile = files[F_CA];
	r = tls_attempt(expired, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "certificate verify failed: certificate has expired");

	/* A server that stops at TLS 1.1 (which needs security level 0 in OpenSSL 3). */
	SSL_CTX_set_max_proto_version(leaf, TLS1_1_VERSION);
	SSL_CTX_set_security_level(leaf, 0);
	config_no_verify(&cfg);
	r = tls_attempt(leaf, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "protocol");

	/* ciphers applies up to TLS 1.2. */
	SSL_CTX_set_max_proto_version(leaf, TLS1_2_VERSION);
	SSL_CTX_set_security_level(leaf, 1);
	cfg.ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256";
	r = tls_attempt(leaf, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(strcmp(r.info, "TLSv1.2 ECDHE-ECDSA-AES128-GCM-SHA256") == 0);

	cfg.ciphers = "NO-SUCH-CIPHER";
	r = tls_attempt(leaf, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "invalid ciphers \"NO-SUCH-CIPHER\": ");

	smtp_tls_config_init(&cfg);
	cfg.cafile = "/nonexistent/ca.pem";
	r = tls_attempt(leaf, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "could not load cafile \"/nonexistent/ca.pem\": ");
	SSL_CTX_free(expired);
	SSL_CTX_free(leaf);
}

/* A server that requires a client certificate from the test CA. */
static void test_tls_client_cert(void)
{
	SSL_CTX *ctx = server_ctx(pki.leaf, true);
	smtp_tls_config cfg;
	tls_result r;

	smtp_tls_config_init(&cfg);
	cfg.cafile = files[F_CA];
	cfg.local_cert = files[F_CLIENT_CERT];
	cfg.local_pk = files[F_CLIENT_KEY];
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(strcmp(r.client_cn, "smtp client") == 0);

	/* Without local_pk the key comes from local_cert. */
	cfg.local_cert = files[F_CLIENT_BOTH];
	cfg.local_pk = NULL;
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(strcmp(r.client_cn, "smtp client") == 0);

	cfg.local_cert = files[F_CLIENT_CERT];
	cfg.local_pk = files[F_CLIENT_KEY_ENC];
	cfg.passphrase = PASSPHRASE;
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_OK, "");
	CHECK(strcmp(r.client_cn, "smtp client") == 0);

	cfg.passphrase = "wrong";
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "could not load local_pk \"");

	/* No passphrase: fails at once, never prompts on the terminal. */
	cfg.passphrase = NULL;
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "could not load local_pk \"");

	cfg.local_pk = files[F_OTHER_KEY];
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "local_pk does not match local_cert");

	/* Under TLS 1.3 the server's refusal arrives after the client's handshake. */
	cfg.local_cert = NULL;
	cfg.local_pk = NULL;
	r = tls_attempt(ctx, AF_INET, "localhost", &cfg);
	CHECK_TLS(r, SMTP_ERR_TLS, "certificate required");
	CHECK(r.client_cn[0] == '\0');
	SSL_CTX_free(ctx);
}

static void test_tls_twice(void)
{
	server srv = {.mode = SERVER_ECHO};
	smtp_tls_config cfg;
	smtp_transport *t;
	smtp_error err;

	srv.tls = server_ctx(pki.leaf, false);
	if (!srv.tls || !server_start(&srv, AF_INET)) {
		CHECK(!"could not start the TLS server");
		SSL_CTX_free(srv.tls);
		return;
	}
	config_no_verify(&cfg);
	t = client_connect(&srv, "localhost");
	if (t && client_start_tls(t, &cfg, "localhost", &err) == SMTP_OK) {
		CHECK(t->tls_active && t->ops->alive(t));
		CHECK_RESULT(t->ops->start_tls(t, &cfg, "localhost", CLIENT_TIMEOUT_MS, &err), &err,
			SMTP_ERR_STATE, "already");
		CHECK(t->tls_active && t->ops->alive(t));
	}
	smtp_transport_destroy(t);
	server_join(&srv);
	SSL_CTX_free(srv.tls);
}

static bool have_ipv6(void)
{
	int port, fd = bind_loopback(AF_INET6, &port);

	if (fd < 0) {
		fputs("test_socket: no ::1, IPv6 cases skipped\n", stderr);
		return false;
	}
	close(fd);
	return true;
}

void test_socket(void)
{
	bool ipv6 = have_ipv6();
	SSL_CTX *tls;

	test_tls_config_defaults();
	test_plain_exchange(AF_INET, "127.0.0.1");
	test_plain_exchange(AF_INET, "localhost");
	if (ipv6) {
		test_plain_exchange(AF_INET6, "::1");
		test_plain_exchange(AF_INET6, "[::1]");
	}
	test_bulk_write(NULL, 16u * 1024 * 1024);
	test_refused();
	test_bad_host();
	test_timeouts();
	test_peer_close(NULL, SERVER_BYE);
	test_write_to_closed(NULL);

	if (!pki_create()) {
		CHECK(!"could not create the test certificates");
		pki_destroy();
		return;
	}
	tls = server_ctx(pki.leaf, false);
	CHECK(tls != NULL);
	if (tls) {
		test_bulk_write(tls, 4u * 1024 * 1024);
		test_peer_close(tls, SERVER_BYE);
		test_peer_close(tls, SERVER_DROP);
		test_write_to_closed(tls);
		SSL_CTX_free(tls);
	}
	test_tls_twice();
	test_tls_trusted(ipv6);
	test_tls_resumption();
	test_tls_self_signed();
	test_tls_wrong_host();
	test_tls_refusals();
	test_tls_client_cert();
	pki_destroy();
}
