/*
 * smtp_transport.h - the byte pipe under an SMTP session.
 *
 * A transport is a table of operations over an open connection. The socket
 * transport (smtp_socket.c) speaks TCP over IPv4 or IPv6 and can switch to
 * TLS through OpenSSL at any time (implicit TLS right after connect, or
 * STARTTLS later); the memory transport (smtp_memio.c) replays a scripted
 * server for unit tests. Every blocking operation takes a timeout and fails
 * with SMTP_ERR_TIMEOUT when it passes, so nothing can hang a PHP request.
 */
#ifndef SMTP_TRANSPORT_H
#define SMTP_TRANSPORT_H

#include "smtp_error.h"

#include <stdbool.h>
#include <stddef.h>

/* Timeouts are in milliseconds; SMTP_TIMEOUT_NONE waits forever. */
#define SMTP_TIMEOUT_NONE (-1)

/*
 * TLS settings: the keys of PHPMailer's SMTPOptions['ssl'] that the engine
 * honours, with PHP's stream defaults. Strings are borrowed for the duration
 * of the call that takes the config; NULL means "not set".
 */
typedef struct smtp_tls_config {
	bool verify_peer;          /* verify the certificate chain (default true) */
	bool verify_peer_name;     /* verify host name or peer_name (default true) */
	bool allow_self_signed;    /* accept a self-signed leaf (default false) */
	const char *cafile;        /* PEM bundle of trusted CAs */
	const char *capath;        /* directory of hashed CA certificates */
	const char *peer_name;     /* name to verify and send as SNI instead of the host */
	const char *local_cert;    /* client certificate (PEM, may hold the key too) */
	const char *local_pk;      /* client private key (PEM) */
	const char *passphrase;    /* passphrase of local_pk / local_cert */
	const char *ciphers;       /* OpenSSL cipher list for TLS <= 1.2 */
	bool sni_enabled;          /* send SNI (default true) */
	bool reuse;                /* share one context among identical configurations of the process, and
	                            * resume the last TLS session with the same peer name (default false;
	                            * not thread-safe: for single-threaded processes) */
} smtp_tls_config;

/* Fills cfg with the defaults above. */
void smtp_tls_config_init(smtp_tls_config *cfg);

typedef struct smtp_transport smtp_transport;

/* In every operation err must not be NULL; it is filled on failure. */
typedef struct smtp_transport_ops {
	/*
	 * Reads at most cap bytes into buf, waiting up to timeout_ms for at least
	 * one. *nread is set on SMTP_OK and is never 0 then. A clean close by the
	 * peer is SMTP_ERR_IO with message "connection closed by server".
	 */
	smtp_status (*read)(smtp_transport *t, char *buf, size_t cap, size_t *nread,
		int timeout_ms, smtp_error *err);

	/* Writes all len bytes; the whole call is bounded by timeout_ms. */
	smtp_status (*write)(smtp_transport *t, const char *buf, size_t len,
		int timeout_ms, smtp_error *err);

	/*
	 * Performs the TLS client handshake on the open connection, verifying the
	 * peer as cfg says. host is the name connected to; it is used for SNI and
	 * name verification unless cfg->peer_name is set. TLS 1.2 is the minimum.
	 * After a failure the connection is unusable (reads and writes fail with
	 * SMTP_ERR_STATE) and must be destroyed.
	 */
	smtp_status (*start_tls)(smtp_transport *t, const smtp_tls_config *cfg,
		const char *host, int timeout_ms, smtp_error *err);

	/* Without blocking: false when the peer has closed or the socket failed. */
	bool (*alive)(smtp_transport *t);

	/* Closes the connection (TLS close_notify first, best effort) and frees t. */
	void (*destroy)(smtp_transport *t);
} smtp_transport_ops;

struct smtp_transport {
	const smtp_transport_ops *ops;
	bool tls_active;          /* set once a handshake succeeded */
};

/*
 * Opens a TCP connection to host:port (a name, an IPv4 address or an IPv6
 * address with or without brackets), trying each resolved address in turn
 * until one connects or timeout_ms passes. Sets TCP_NODELAY. On failure the
 * error is SMTP_ERR_CONNECT (or SMTP_ERR_TIMEOUT) with sys_errno set to the
 * last connect() errno, or 0 for a name resolution failure.
 */
smtp_status smtp_socket_connect(smtp_transport **out, const char *host, int port,
	int timeout_ms, smtp_error *err);

/*
 * Writes "<protocol> <cipher>" of the TLS session into buf, e.g.
 * "TLSv1.3 TLS_AES_256_GCM_SHA384", for the SMTP_TRACE_TLS event. Returns
 * false with buf empty when t is not a socket transport or TLS is not active.
 */
bool smtp_socket_tls_info(smtp_transport *t, char *buf, size_t cap);

static inline smtp_status smtp_transport_read(smtp_transport *t, char *buf, size_t cap,
	size_t *nread, int timeout_ms, smtp_error *err)
{
	return t->ops->read(t, buf, cap, nread, timeout_ms, err);
}

static inline smtp_status smtp_transport_write(smtp_transport *t, const char *buf, size_t len,
	int timeout_ms, smtp_error *err)
{
	return t->ops->write(t, buf, len, timeout_ms, err);
}

static inline void smtp_transport_destroy(smtp_transport *t)
{
	if (t) {
		t->ops->destroy(t);
	}
}

#endif
