/*
 * smtp_error.h - status codes and the error record of the core engine.
 *
 * Core functions never throw and never print: they return an smtp_status
 * and, on failure, fill an smtp_error. The PHP binding turns that record into
 * ErrorInfo or an exception in exactly one place (ext/smtp_errors.c).
 */
#ifndef SMTP_ERROR_H
#define SMTP_ERROR_H

typedef enum smtp_status {
	SMTP_OK = 0,
	SMTP_AGAIN,          /* not an error: a parser needs more input */
	SMTP_ERR_NOMEM,
	SMTP_ERR_INVALID,    /* bad argument, e.g. a line break inside a command */
	SMTP_ERR_CONNECT,    /* name resolution or TCP connect failed */
	SMTP_ERR_IO,         /* read or write failed, or the peer closed */
	SMTP_ERR_TIMEOUT,    /* a read, write or connect deadline passed */
	SMTP_ERR_TLS,        /* TLS set-up, handshake or certificate check failed */
	SMTP_ERR_PROTOCOL,   /* malformed or oversized reply */
	SMTP_ERR_REPLY,      /* the server answered with a code we did not expect */
	SMTP_ERR_AUTH,       /* no usable SASL mechanism, or a malformed challenge */
	SMTP_ERR_STATE,      /* not connected, or a command out of sequence */
	SMTP_ERR_FILE,       /* a file to attach could not be opened or read */
	SMTP_ERR_UNSUPPORTED /* the server lacks an extension the message needs */
} smtp_status;

typedef struct smtp_error {
	smtp_status status;
	int sys_errno;       /* errno of the failing call, 0 if none */
	int smtp_code;       /* reply code for SMTP_ERR_REPLY, else 0 */
	char enhanced[16];   /* enhanced status code of that reply, "" if none */
	char message[256];   /* human-readable; never holds credentials */
	char detail[256];    /* the failing library's own words (OpenSSL's error queue), "" if none */
} smtp_error;

void smtp_error_clear(smtp_error *err);

/* Sets status and message; returns status so callers can `return smtp_error_set(...)`. */
smtp_status smtp_error_set(smtp_error *err, smtp_status status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Same, and records the errno of the failing system call. */
smtp_status smtp_error_set_errno(smtp_error *err, smtp_status status, int sys_errno, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* A stable name for the status, e.g. "SMTP_ERR_TIMEOUT". */
const char *smtp_status_name(smtp_status status);

#endif
