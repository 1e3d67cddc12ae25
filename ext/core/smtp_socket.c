/*
 * smtp_socket.c - the socket transport: a TCP connection over IPv4 or IPv6
 * whose every wait is bounded by poll(), carrying plain bytes or, after
 * start_tls, the records of a TLS session (smtp_tls.c) that does its I/O
 * through this file.
 *
 * The socket is non-blocking from the start. An operation repeats one
 * non-blocking step (recv, send or an OpenSSL call) and waits for the
 * socket between steps, until the step completes or the operation's
 * deadline passes. Writes never raise SIGPIPE: MSG_NOSIGNAL where it
 * exists, SO_NOSIGPIPE elsewhere, and OpenSSL writes through a BIO of ours
 * that uses the same send().
 */
#define _POSIX_C_SOURCE 200809L

#include "smtp_transport.h"
#include "smtp_alloc.h"
#include "smtp_tls.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0 /* SO_NOSIGPIPE is set on the socket instead */
#endif

/* Longest host name or IP literal accepted, brackets excluded. */
#define SMTP_HOST_MAX 255

/* How long destroy() may spend sending close_notify. */
#define SMTP_CLOSE_NOTIFY_MS 100

/*
 * A plain connection stays open until destroyed: after the peer's FIN a
 * write still reaches the socket, which reports the failure. A TLS session
 * ends for good when the peer closes it or when it fails.
 */
typedef enum smtp_socket_state {
	SMTP_SOCKET_OPEN,
	SMTP_SOCKET_TLS_CLOSED, /* the peer ended the TLS session */
	SMTP_SOCKET_TLS_FAILED  /* start_tls or a TLS read or write failed */
} smtp_socket_state;

typedef struct smtp_socket {
	smtp_transport base;    /* first member: an smtp_transport * is an smtp_socket * */
	int fd;
	smtp_socket_state state;
	SSL *ssl;               /* set by start_tls, even when the handshake fails */
	BIO_METHOD *bio_method; /* the BIO that lets OpenSSL use fd; freed after ssl */
	bool peer_eof;          /* recv() returned 0 under TLS (answers BIO_eof()) */
} smtp_socket;

typedef struct smtp_deadline {
	int64_t at;             /* monotonic milliseconds; -1 for none */
	int timeout_ms;         /* for messages */
} smtp_deadline;

static int64_t monotonic_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static smtp_deadline deadline_after(int timeout_ms)
{
	smtp_deadline dl;

	dl.at = timeout_ms < 0 ? -1 : monotonic_ms() + timeout_ms;
	dl.timeout_ms = timeout_ms;
	return dl;
}

/* Milliseconds left, as poll() takes them: -1 without a deadline, 0 once it passed. */
static int deadline_left(const smtp_deadline *dl)
{
	int64_t left;

	if (dl->at < 0) {
		return -1;
	}
	left = dl->at - monotonic_ms();
	return left <= 0 ? 0 : left > INT_MAX ? INT_MAX : (int)left;
}

/*
 * Waits until fd is ready for events (or has failed: the next step reports
 * how) or the deadline passes; what names the operation in the message.
 */
static smtp_status wait_fd(int fd, short events, const smtp_deadline *dl, const char *what,
	smtp_error *err)
{
	struct pollfd pfd;
	int n;

	for (;;) {
		pfd.fd = fd;
		pfd.events = events;
		pfd.revents = 0;
		n = poll(&pfd, 1, deadline_left(dl));
		if (n > 0) {
			return SMTP_OK;
		}
		if (n == 0) {
			return smtp_error_set(err, SMTP_ERR_TIMEOUT, "%s timed out after %d ms", what, dl->timeout_ms);
		}
		if (errno != EINTR) {
			return smtp_error_set_errno(err, SMTP_ERR_IO, errno, "poll failed: %s", strerror(errno));
		}
	}
}

/* recv() or send() found nothing to do now: retry after poll(). */
static bool would_block(int error)
{
	return error == EAGAIN || error == EWOULDBLOCK || error == EINTR;
}

static smtp_io_step plain_read(smtp_socket *s, char *buf, size_t cap, size_t *nread, smtp_error *err)
{
	ssize_t n = recv(s->fd, buf, cap, 0);

	if (n > 0) {
		*nread = (size_t)n;
		return SMTP_IO_DONE;
	}
	if (n == 0) {
		return SMTP_IO_CLOSED;
	}
	if (would_block(errno)) {
		return SMTP_IO_WANT_READ;
	}
	smtp_error_set_errno(err, SMTP_ERR_IO, errno, "read failed: %s", strerror(errno));
	return SMTP_IO_FAILED;
}

static smtp_io_step plain_write(smtp_socket *s, const char *buf, size_t len, size_t *nwritten,
	smtp_error *err)
{
	ssize_t n = send(s->fd, buf, len, MSG_NOSIGNAL);

	if (n >= 0) {
		*nwritten = (size_t)n;
		return SMTP_IO_DONE;
	}
	if (would_block(errno)) {
		return SMTP_IO_WANT_WRITE;
	}
	smtp_error_set_errno(err, SMTP_ERR_IO, errno, "write failed: %s", strerror(errno));
	return SMTP_IO_FAILED;
}

/*
 * Acts on the outcome of one step: SMTP_OK when it completed, SMTP_AGAIN
 * (used here as "step again") once the socket is ready for a retry,
 * otherwise the failure, also recorded in err.
 */
static smtp_status settle(smtp_socket *s, smtp_io_step step, const smtp_deadline *dl,
	const char *what, smtp_error *err)
{
	smtp_status status;

	switch (step) {
	case SMTP_IO_DONE:
		return SMTP_OK;
	case SMTP_IO_WANT_READ:
	case SMTP_IO_WANT_WRITE:
		status = wait_fd(s->fd, step == SMTP_IO_WANT_READ ? POLLIN : POLLOUT, dl, what, err);
		return status == SMTP_OK ? SMTP_AGAIN : status;
	case SMTP_IO_CLOSED:
		if (s->ssl) {
			s->state = SMTP_SOCKET_TLS_CLOSED;
		}
		return smtp_error_set(err, SMTP_ERR_IO, "connection closed by server");
	case SMTP_IO_FAILED:
		break;
	}
	if (s->ssl) {
		s->state = SMTP_SOCKET_TLS_FAILED;
	}
	return err->status;
}

/* Answers a read or write once the TLS session has ended. */
static smtp_status refuse_ended(smtp_socket *s, smtp_error *err)
{
	if (s->state == SMTP_SOCKET_TLS_CLOSED) {
		return smtp_error_set(err, SMTP_ERR_IO, "connection closed by server");
	}
	return smtp_error_set(err, SMTP_ERR_STATE, "connection unusable after a TLS failure");
}

static smtp_status sock_read(smtp_transport *t, char *buf, size_t cap, size_t *nread,
	int timeout_ms, smtp_error *err)
{
	smtp_socket *s = (smtp_socket *)t;
	smtp_deadline dl = deadline_after(timeout_ms);
	smtp_status status;

	if (cap == 0) {
		return smtp_error_set(err, SMTP_ERR_INVALID, "read into an empty buffer");
	}
	if (s->state != SMTP_SOCKET_OPEN) {
		return refuse_ended(s, err);
	}
	do {
		status = settle(s, s->ssl
			? smtp_tls_read(s->ssl, buf, cap, nread, err)
			: plain_read(s, buf, cap, nread, err), &dl, "read", err);
	} while (status == SMTP_AGAIN);
	return status;
}

static smtp_status sock_write(smtp_transport *t, const char *buf, size_t len,
	int timeout_ms, smtp_error *err)
{
	smtp_socket *s = (smtp_socket *)t;
	smtp_deadline dl = deadline_after(timeout_ms);
	smtp_status status;
	size_t done = 0, n = 0;

	if (s->state != SMTP_SOCKET_OPEN) {
		return refuse_ended(s, err);
	}
	while (done < len) {
		status = settle(s, s->ssl
			? smtp_tls_write(s->ssl, buf + done, len - done, &n, err)
			: plain_write(s, buf + done, len - done, &n, err), &dl, "write", err);
		if (status == SMTP_OK) {
			done += n;
		} else if (status != SMTP_AGAIN) {
			return status;
		}
	}
	return SMTP_OK;
}

/* BIO write: OpenSSL's records go out through the same send() as plain bytes. */
static int bio_write(BIO *bio, const char *buf, size_t len, size_t *nwritten)
{
	smtp_socket *s = BIO_get_data(bio);
	ssize_t n;

	BIO_clear_retry_flags(bio);
	n = send(s->fd, buf, len, MSG_NOSIGNAL);
	if (n >= 0) {
		*nwritten = (size_t)n;
		return 1;
	}
	if (would_block(errno)) {
		BIO_set_retry_write(bio);
	}
	return 0;
}

static int bio_read(BIO *bio, char *buf, size_t cap, size_t *nread)
{
	smtp_socket *s = BIO_get_data(bio);
	ssize_t n;

	BIO_clear_retry_flags(bio);
	n = recv(s->fd, buf, cap, 0);
	if (n > 0) {
		*nread = (size_t)n;
		return 1;
	}
	if (n == 0) {
		s->peer_eof = true;
	} else if (would_block(errno)) {
		BIO_set_retry_read(bio);
	}
	return 0;
}

/* BIO control: the socket needs no flushing; BIO_eof() is how OpenSSL tells EOF from an error. */
static long bio_ctrl(BIO *bio, int cmd, long num, void *ptr)
{
	smtp_socket *s = BIO_get_data(bio);

	(void)num;
	(void)ptr;
	switch (cmd) {
	case BIO_CTRL_FLUSH:
		return 1;
	case BIO_CTRL_EOF:
		return s->peer_eof;
	default:
		return 0;
	}
}

/*
 * Creates the BIO through which OpenSSL reads and writes the socket. Its
 * method belongs to this connection, so nothing global is ever allocated.
 */
static BIO *socket_bio_new(smtp_socket *s)
{
	BIO_METHOD *method = BIO_meth_new(BIO_TYPE_SOURCE_SINK, "smtp socket");
	BIO *bio = NULL;

	if (method && BIO_meth_set_write_ex(method, bio_write) && BIO_meth_set_read_ex(method, bio_read)
		&& BIO_meth_set_ctrl(method, bio_ctrl)) {
		bio = BIO_new(method);
	}
	if (!bio) {
		BIO_meth_free(method);
		return NULL;
	}
	BIO_set_data(bio, s);
	BIO_set_init(bio, 1);
	s->bio_method = method;
	return bio;
}

/*
 * Copies host into name without the brackets of an IPv6 literal. False
 * when host is empty, too long or has a stray bracket.
 */
static bool unbracket(const char *host, char *name, size_t cap, bool *bracketed)
{
	size_t len = host ? strlen(host) : 0;

	*bracketed = len >= 2 && host[0] == '[' && host[len - 1] == ']';
	if (*bracketed) {
		host++;
		len -= 2;
	}
	if (len == 0 || len >= cap || memchr(host, '[', len) || memchr(host, ']', len)) {
		return false;
	}
	memcpy(name, host, len);
	name[len] = '\0';
	return true;
}

/* "name|address|port" of the connected peer, the key of the TLS sessions to resume. */
static bool session_key(const smtp_socket *s, const char *name, char *key, size_t cap)
{
	struct sockaddr_storage peer;
	socklen_t len = sizeof(peer);
	char address[64], port[8]; /* a numeric IPv6 address with scope fits 64 */
	int n;

	if (getpeername(s->fd, (struct sockaddr *)&peer, &len) != 0
		|| getnameinfo((struct sockaddr *)&peer, len, address, sizeof(address), port, sizeof(port),
			NI_NUMERICHOST | NI_NUMERICSERV) != 0) {
		return false;
	}
	n = snprintf(key, cap, "%s|%s|%s", name, address, port);
	return n > 0 && (size_t)n < cap;
}

/* Creates the TLS session of the socket from cfg: context, BIO and SSL object. */
static smtp_status tls_session_open(smtp_socket *s, const smtp_tls_config *cfg,
	const char *host, smtp_error *err)
{
	char name[SMTP_HOST_MAX + 1];
	bool bracketed;
	SSL_CTX *ctx;
	BIO *bio;

	if (!unbracket(host, name, sizeof(name), &bracketed)) {
		return smtp_error_set(err, SMTP_ERR_INVALID, "invalid host name for TLS");
	}
	ctx = smtp_tls_ctx_get(cfg, err);
	if (!ctx) {
		return err->status;
	}
	bio = socket_bio_new(s);
	if (bio) {
		s->ssl = smtp_tls_session_new(ctx, bio, cfg, name, err);
	}
	if (s->ssl && cfg->reuse) {
		/*
		 * Sessions are filed under the verified name and the server's
		 * address and port: a session is never offered to another
		 * endpoint (servers sharing ticket keys, as the listeners of one
		 * MTA do, would accept it and skip the check of their own
		 * certificate).
		 */
		char key[SMTP_HOST_MAX + 80];

		if (session_key(s, cfg->peer_name ? cfg->peer_name : name, key, sizeof(key))) {
			smtp_tls_resume(s->ssl, key);
		}
	}
	SSL_CTX_free(ctx); /* a session holds its own reference */
	if (!bio) {
		return smtp_error_set(err, SMTP_ERR_NOMEM, "could not create the TLS socket BIO");
	}
	return s->ssl ? SMTP_OK : err->status;
}

/*
 * Whatever fails, the connection becomes unusable: the server is past
 * STARTTLS, so carrying on in plain text is never an option.
 */
static smtp_status sock_start_tls(smtp_transport *t, const smtp_tls_config *cfg,
	const char *host, int timeout_ms, smtp_error *err)
{
	smtp_socket *s = (smtp_socket *)t;
	smtp_deadline dl = deadline_after(timeout_ms);
	smtp_status status;

	if (s->state != SMTP_SOCKET_OPEN) {
		return refuse_ended(s, err);
	}
	if (s->ssl) {
		return smtp_error_set(err, SMTP_ERR_STATE, "TLS was already started on this connection");
	}
	status = tls_session_open(s, cfg, host, err);
	if (status == SMTP_OK) {
		do {
			status = settle(s, smtp_tls_handshake(s->ssl, err), &dl, "TLS handshake", err);
		} while (status == SMTP_AGAIN);
	}
	t->tls_active = status == SMTP_OK;
	if (status != SMTP_OK) {
		s->state = SMTP_SOCKET_TLS_FAILED;
	}
	return status;
}

static bool sock_alive(smtp_transport *t)
{
	smtp_socket *s = (smtp_socket *)t;
	struct pollfd pfd;
	ssize_t peeked;
	char byte;
	int ready;

	if (s->state != SMTP_SOCKET_OPEN) {
		return false;
	}
	pfd.fd = s->fd;
	pfd.events = POLLIN;
	pfd.revents = 0;
	ready = poll(&pfd, 1, 0);
	if (ready <= 0 || (pfd.revents & (POLLERR | POLLNVAL))) {
		/* Nothing arrived: alive, unless poll() itself failed or the socket did. */
		return ready == 0;
	}
	if (s->ssl) {
		return smtp_tls_peer_open(s->ssl);
	}
	peeked = recv(s->fd, &byte, 1, MSG_PEEK);
	return peeked > 0 || (peeked < 0 && would_block(errno));
}

/* Best effort, bounded by SMTP_CLOSE_NOTIFY_MS; the peer's close_notify is not awaited. */
static void send_close_notify(smtp_socket *s)
{
	smtp_deadline dl = deadline_after(SMTP_CLOSE_NOTIFY_MS);
	smtp_error ignored;

	while (smtp_tls_close_notify(s->ssl) == SMTP_IO_WANT_WRITE
		&& wait_fd(s->fd, POLLOUT, &dl, "close_notify", &ignored) == SMTP_OK) {
	}
}

static void sock_destroy(smtp_transport *t)
{
	smtp_socket *s = (smtp_socket *)t;

	if (s->ssl) {
		if (t->tls_active && s->state == SMTP_SOCKET_OPEN) {
			send_close_notify(s);
		}
		SSL_free(s->ssl);
	}
	BIO_meth_free(s->bio_method);
	close(s->fd);
	smtp_free(s);
}

static const smtp_transport_ops socket_ops = {
	sock_read,
	sock_write,
	sock_start_tls,
	sock_alive,
	sock_destroy
};

/* Non-blocking, close-on-exec, no SIGPIPE, no Nagle: false with errno set on failure. */
static bool prepare_socket(int fd)
{
	int flags = fcntl(fd, F_GETFL), one = 1;

	if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0
		|| fcntl(fd, F_SETFD, FD_CLOEXEC) != 0) {
		return false;
	}
#ifdef SO_NOSIGPIPE
	if (setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof(one)) != 0) {
		return false;
	}
#endif
	return setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)) == 0;
}

/* Connects to one address before the deadline: 0 with *fd_out set, or the errno of the failure. */
static int connect_one(const struct addrinfo *ai, const smtp_deadline *dl, int *fd_out)
{
	socklen_t len = sizeof(int);
	smtp_error wait_err;
	int fd, error = 0;

	fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
	if (fd < 0) {
		return errno;
	}
	if (!prepare_socket(fd)) {
		error = errno;
	} else if (connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
		/* After EINTR the connection goes on in the background, as after EINPROGRESS. */
		if (errno != EINPROGRESS && errno != EINTR) {
			error = errno;
		} else if (wait_fd(fd, POLLOUT, dl, "connect", &wait_err) != SMTP_OK) {
			error = wait_err.sys_errno ? wait_err.sys_errno : ETIMEDOUT;
		} else if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len) != 0) {
			error = errno;
		}
	}
	if (error) {
		close(fd);
		return error;
	}
	*fd_out = fd;
	return 0;
}

/* Tries each resolved address in turn until one connects or the deadline passes. */
static smtp_status connect_any(const struct addrinfo *ai, const char *name, int port,
	const smtp_deadline *dl, int *fd_out, smtp_error *err)
{
	int error;

	do {
		error = connect_one(ai, dl, fd_out);
		if (error == 0) {
			return SMTP_OK;
		}
		ai = ai->ai_next;
	} while (ai && deadline_left(dl) != 0);
	if (error == ETIMEDOUT) {
		return smtp_error_set_errno(err, SMTP_ERR_TIMEOUT, error,
			"connection to %s port %d timed out after %d ms", name, port, dl->timeout_ms);
	}
	return smtp_error_set_errno(err, SMTP_ERR_CONNECT, error,
		"could not connect to %s port %d: %s", name, port, strerror(error));
}

smtp_status smtp_socket_connect(smtp_transport **out, const char *host, int port,
	int timeout_ms, smtp_error *err)
{
	smtp_deadline dl = deadline_after(timeout_ms);
	char name[SMTP_HOST_MAX + 1], service[8];
	struct addrinfo hints, *list;
	smtp_status status;
	smtp_socket *s;
	bool bracketed;
	int rc, fd = -1;

	*out = NULL;
	if (port < 1 || port > 65535) {
		return smtp_error_set(err, SMTP_ERR_INVALID, "invalid port %d", port);
	}
	if (!unbracket(host, name, sizeof(name), &bracketed)) {
		return smtp_error_set(err, SMTP_ERR_INVALID, "invalid host name");
	}
	snprintf(service, sizeof(service), "%d", port);
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_protocol = IPPROTO_TCP;
	hints.ai_flags = AI_NUMERICSERV | (bracketed ? AI_NUMERICHOST : 0);
	rc = getaddrinfo(name, service, &hints, &list);
	if (rc != 0) {
		return smtp_error_set(err, SMTP_ERR_CONNECT, "getaddrinfo for %s failed: %s", name,
			rc == EAI_SYSTEM ? strerror(errno) : gai_strerror(rc));
	}
	status = connect_any(list, name, port, &dl, &fd, err);
	freeaddrinfo(list);
	if (status != SMTP_OK) {
		return status;
	}
	s = smtp_calloc(1, sizeof(*s));
	if (!s) {
		close(fd);
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
	}
	s->base.ops = &socket_ops;
	s->fd = fd;
	*out = &s->base;
	return SMTP_OK;
}

bool smtp_socket_tls_info(smtp_transport *t, char *buf, size_t cap)
{
	smtp_socket *s = (smtp_socket *)t;

	if (cap) {
		buf[0] = '\0';
	}
	if (!t || t->ops != &socket_ops || !t->tls_active) {
		return false;
	}
	smtp_tls_describe(s->ssl, buf, cap);
	return true;
}
