/*
 * smtp_tls.h - the OpenSSL side of the socket transport (internal).
 *
 * smtp_tls.c turns an smtp_tls_config into an SSL_CTX and runs the client
 * end of a TLS session over a BIO it is handed; it never touches a socket.
 * Each I/O function performs one non-blocking step and says what it waits
 * for, so the caller (smtp_socket.c) owns polling and deadlines.
 */
#ifndef SMTP_TLS_H
#define SMTP_TLS_H

#include "smtp_transport.h"

#include <openssl/ssl.h>

/* Outcome of one non-blocking I/O step, plain or TLS. */
typedef enum smtp_io_step {
	SMTP_IO_DONE,       /* the step completed */
	SMTP_IO_WANT_READ,  /* retry once the socket is readable */
	SMTP_IO_WANT_WRITE, /* retry once the socket is writable */
	SMTP_IO_CLOSED,     /* the peer closed the connection */
	SMTP_IO_FAILED      /* err is filled */
} smtp_io_step;

/*
 * Builds a client context from cfg: TLS 1.2 minimum, the verification mode
 * of verify_peer / verify_peer_name / allow_self_signed, the trust store
 * (cafile, capath or the system default), the client certificate and the
 * cipher list. The context depends on cfg alone, never on a host, and keeps
 * no pointer into cfg, so it may be cached and shared by connections made
 * with the same settings. Returns NULL with err set (SMTP_ERR_TLS).
 */
SSL_CTX *smtp_tls_ctx_new(const smtp_tls_config *cfg, smtp_error *err);

/*
 * With cfg->reuse: the context of an earlier identical configuration, or a
 * new one kept for the next (a few are kept, the oldest dropped first);
 * otherwise smtp_tls_ctx_new(). Returns a reference the caller frees.
 * Cached contexts ask OpenSSL for the sessions servers offer to resume.
 */
SSL_CTX *smtp_tls_ctx_get(const smtp_tls_config *cfg, smtp_error *err);

/*
 * On a session of a cached context: offers the last session kept for name
 * (a resumption the server may accept or not), and files the sessions this
 * connection receives under name. The caller makes name identify the
 * endpoint (the socket uses "peer name|address|port").
 */
void smtp_tls_resume(SSL *ssl, const char *name);

/* Frees every cached context and session (module shutdown, tests). */
void smtp_tls_cache_clear(void);

/*
 * Creates a client session on ctx doing its I/O through bio, which it owns
 * from then on (even on failure). host is a name or an IP literal without
 * brackets; cfg->peer_name replaces it when set. That name is sent as SNI
 * (unless disabled or an IP literal) and, with verify_peer_name, checked
 * against the certificate during the handshake (as an IP address for an IP
 * literal). Returns NULL with err set.
 */
SSL *smtp_tls_session_new(SSL_CTX *ctx, BIO *bio, const smtp_tls_config *cfg,
	const char *host, smtp_error *err);

/*
 * One step of the client handshake. A failure is SMTP_IO_FAILED with
 * SMTP_ERR_TLS, or SMTP_ERR_IO when the peer closed (sys_errno 0) or reset
 * the connection; certificate problems are named ("certificate verify
 * failed: ...", "host name mismatch: the certificate is not valid for
 * NAME", whose detail tells what the certificate offers: "subjectAltName"
 * when it has any, else "CN=`<cn>'").
 */
smtp_io_step smtp_tls_handshake(SSL *ssl, smtp_error *err);

/* One step of reading at most cap (> 0) bytes; *nread is set on SMTP_IO_DONE. */
smtp_io_step smtp_tls_read(SSL *ssl, char *buf, size_t cap, size_t *nread, smtp_error *err);

/* One step of writing up to len bytes; *nwritten (> 0) is set on SMTP_IO_DONE. */
smtp_io_step smtp_tls_write(SSL *ssl, const char *buf, size_t len, size_t *nwritten,
	smtp_error *err);

/*
 * One step of sending close_notify without waiting for the peer's: DONE
 * once sent, WANT_WRITE to retry, FAILED when it cannot be sent.
 */
smtp_io_step smtp_tls_close_notify(SSL *ssl);

/*
 * Without blocking, on a socket known to be readable: false when what
 * arrived is the end of the session (close_notify, EOF or a fatal alert).
 */
bool smtp_tls_peer_open(SSL *ssl);

/* Writes "<protocol> <cipher>" of an established session, e.g. "TLSv1.3 TLS_AES_256_GCM_SHA384". */
void smtp_tls_describe(SSL *ssl, char *buf, size_t cap);

#endif
