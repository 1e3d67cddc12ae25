/*
 * smtp_memio.h - an in-memory transport for unit tests.
 *
 * The "server" side is a script: bytes queued with smtp_memio_push() are what
 * the client reads, in order; everything the client writes is recorded. A
 * read with nothing queued reports a timeout (a stalled server), or a close
 * once smtp_memio_close_when_drained() was called.
 */
#ifndef SMTP_MEMIO_H
#define SMTP_MEMIO_H

#include "smtp_transport.h"

/* A connected memory transport with nothing queued (NULL on exhaustion); destroy frees it. */
smtp_transport *smtp_memio_new(void);

/* Queues bytes for the client to read. */
bool smtp_memio_push(smtp_transport *t, const char *data, size_t len);
bool smtp_memio_push_str(smtp_transport *t, const char *str);

/* Everything the client wrote so far, NUL-terminated. */
const char *smtp_memio_written(smtp_transport *t, size_t *len);
void smtp_memio_clear_written(smtp_transport *t);

/* Number of write calls the client made (to test write coalescing). */
size_t smtp_memio_write_calls(smtp_transport *t);

/* The timeout_ms of the last read, write or start_tls call (SMTP_TIMEOUT_NONE before any). */
int smtp_memio_last_timeout(smtp_transport *t);

/* Reads return at most max bytes each (1 tests byte-by-byte framing). */
void smtp_memio_set_read_chunk(smtp_transport *t, size_t max);

/* After the queue is drained, reads report a closed connection. */
void smtp_memio_close_when_drained(smtp_transport *t);

/* Makes start_tls fail with SMTP_ERR_TLS. */
void smtp_memio_fail_tls(smtp_transport *t);

#endif
