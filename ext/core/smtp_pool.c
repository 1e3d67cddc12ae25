/*
 * smtp_pool.c - connections kept open for later sends (see smtp_pool.h).
 */
#include "smtp_pool.h"
#include "smtp_alloc.h"

#include <string.h>

#include <openssl/evp.h>

typedef struct pool_entry {
	unsigned char key[SMTP_POOL_KEY_LEN];
	smtp_session *session;
	char *hello;
	size_t hello_len;
	int64_t since;              /* when it was parked */
} pool_entry;

/* Entries oldest first. */
struct smtp_pool {
	pool_entry *entries;
	size_t count, cap;
};

smtp_pool *smtp_pool_new(void)
{
	return smtp_calloc(1, sizeof(smtp_pool));
}

static void drop(smtp_pool *p, size_t i)
{
	smtp_session_free(p->entries[i].session);
	smtp_free(p->entries[i].hello);
	memmove(&p->entries[i], &p->entries[i + 1], (p->count - i - 1) * sizeof(pool_entry));
	p->count--;
}

void smtp_pool_free(smtp_pool *p)
{
	if (!p) {
		return;
	}
	while (p->count) {
		drop(p, p->count - 1);
	}
	smtp_free(p->entries);
	smtp_free(p);
}

bool smtp_pool_key(const void *data, size_t len, unsigned char key[SMTP_POOL_KEY_LEN])
{
	unsigned int n = 0;

	return EVP_Digest(data, len, key, &n, EVP_sha256(), NULL) == 1 && n == SMTP_POOL_KEY_LEN;
}

smtp_session *smtp_pool_take(smtp_pool *p, const unsigned char key[SMTP_POOL_KEY_LEN], int64_t now, int64_t idle,
	char **hello, size_t *hello_len)
{
	size_t i;
	smtp_session *s;

	*hello = NULL;
	*hello_len = 0;
	for (i = 0; i < p->count;) {
		if (now - p->entries[i].since > idle) {
			drop(p, i);
		} else {
			i++;
		}
	}
	for (i = p->count; i-- > 0;) {
		if (memcmp(p->entries[i].key, key, SMTP_POOL_KEY_LEN) == 0) {
			s = p->entries[i].session;
			*hello = p->entries[i].hello;
			*hello_len = p->entries[i].hello_len;
			memmove(&p->entries[i], &p->entries[i + 1], (p->count - i - 1) * sizeof(pool_entry));
			p->count--;
			return s;
		}
	}
	return NULL;
}

bool smtp_pool_put(smtp_pool *p, const unsigned char key[SMTP_POOL_KEY_LEN], smtp_session *s,
	const char *hello, size_t hello_len, int64_t now, size_t max)
{
	pool_entry *e;
	char *copy;

	if (max == 0) {
		smtp_session_free(s);
		return false;
	}
	while (p->count >= max) {
		drop(p, 0);
	}
	if (p->count == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 4;
		pool_entry *grown = smtp_realloc(p->entries, cap * sizeof(pool_entry));

		if (!grown) {
			smtp_session_free(s);
			return false;
		}
		p->entries = grown;
		p->cap = cap;
	}
	copy = smtp_memdup(hello ? hello : "", hello ? hello_len : 0);
	if (!copy) {
		smtp_session_free(s);
		return false;
	}
	e = &p->entries[p->count++];
	memcpy(e->key, key, SMTP_POOL_KEY_LEN);
	e->session = s;
	e->hello = copy;
	e->hello_len = hello ? hello_len : 0;
	e->since = now;
	return true;
}

size_t smtp_pool_count(const smtp_pool *p)
{
	return p ? p->count : 0;
}
