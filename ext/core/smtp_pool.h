/*
 * smtp_pool.h - connections kept open for later sends of the same process.
 *
 * A parked session is filed under a key: a hash of everything that made
 * the connection what it is (host, port, TLS mode and options, HELO name,
 * credentials, ...), computed by the caller with smtp_pool_key(), so the
 * pool never holds credentials. A session is only handed back for the same
 * key; the caller checks it (RSET) before use. The pool is bounded in size
 * and in idle time; what it drops it closes.
 */
#ifndef SMTP_POOL_H
#define SMTP_POOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "smtp_session.h"

#define SMTP_POOL_KEY_LEN 32

typedef struct smtp_pool smtp_pool;

smtp_pool *smtp_pool_new(void);
/* Closes and frees every parked session, then the pool. */
void smtp_pool_free(smtp_pool *p);

/* SHA-256 of data: the key of a configuration. */
bool smtp_pool_key(const void *data, size_t len, unsigned char key[SMTP_POOL_KEY_LEN]);

/*
 * The most recently parked session filed under key, or NULL. Sessions parked
 * more than idle seconds before now are closed first. *hello gets the EHLO
 * (or HELO) reply parked with it (free with smtp_free()).
 */
smtp_session *smtp_pool_take(smtp_pool *p, const unsigned char key[SMTP_POOL_KEY_LEN], int64_t now, int64_t idle,
	char **hello, size_t *hello_len);

/*
 * Parks s under key with its hello reply. With max sessions parked already,
 * the oldest is closed; with max 0, s itself is. False when s was closed.
 */
bool smtp_pool_put(smtp_pool *p, const unsigned char key[SMTP_POOL_KEY_LEN], smtp_session *s,
	const char *hello, size_t hello_len, int64_t now, size_t max);

size_t smtp_pool_count(const smtp_pool *p);

#endif
