/*
 * test_pool.c - the connection pool hands a session back only for its own
 * key, most recent first, drops what idled too long, and holds at most max.
 */
#include "check.h"
#include "tests.h"

#include "smtp_alloc.h"
#include "smtp_pool.h"

/* A configuration as the binding serializes it (here: host, port, user, password). */
#define KEY_OF(config, key) CHECK(smtp_pool_key(config, sizeof(config) - 1, key))

void test_pool(void)
{
	smtp_pool *p = smtp_pool_new();
	unsigned char a[SMTP_POOL_KEY_LEN], b[SMTP_POOL_KEY_LEN], c[SMTP_POOL_KEY_LEN];
	smtp_session *s1 = smtp_session_new(), *s2 = smtp_session_new(), *s3 = smtp_session_new(), *got;
	char *hello;
	size_t hello_len;

	KEY_OF("host|25|alice|secret", a);
	KEY_OF("host|25|alice|Secret", b);
	KEY_OF("other|25|alice|secret", c);
	CHECK(memcmp(a, b, sizeof(a)) != 0);

	/* Nothing parked: nothing to take. */
	CHECK(smtp_pool_take(p, a, 100, 30, &hello, &hello_len) == NULL);
	CHECK(hello == NULL);

	CHECK(smtp_pool_put(p, a, s1, "250-mx\n250 PIPELINING", 21, 100, 4));
	CHECK(smtp_pool_put(p, a, s2, "250 mx", 6, 101, 4));
	CHECK(smtp_pool_count(p) == 2);
	/* Another key (a password or host differing) never gets them. */
	CHECK(smtp_pool_take(p, b, 102, 30, &hello, &hello_len) == NULL);
	CHECK(smtp_pool_take(p, c, 102, 30, &hello, &hello_len) == NULL);
	/* The same key: the most recent first, with its hello reply. */
	got = smtp_pool_take(p, a, 102, 30, &hello, &hello_len);
	CHECK(got == s2);
	CHECK_MEM(hello, hello_len, "250 mx", 6);
	smtp_free(hello);
	got = smtp_pool_take(p, a, 102, 30, &hello, &hello_len);
	CHECK(got == s1);
	CHECK(hello_len == 21);
	smtp_free(hello);
	CHECK(smtp_pool_count(p) == 0);

	/* Idle for longer than allowed: closed, not handed out. */
	CHECK(smtp_pool_put(p, a, s1, NULL, 0, 100, 4));
	CHECK(smtp_pool_take(p, a, 131, 30, &hello, &hello_len) == NULL);
	CHECK(smtp_pool_count(p) == 0);

	/* At most max: the oldest goes. */
	CHECK(smtp_pool_put(p, a, s2, NULL, 0, 200, 2));
	CHECK(smtp_pool_put(p, b, s3, NULL, 0, 201, 2));
	s1 = smtp_session_new();
	CHECK(smtp_pool_put(p, c, s1, NULL, 0, 202, 2));
	CHECK(smtp_pool_count(p) == 2);
	CHECK(smtp_pool_take(p, a, 203, 30, &hello, &hello_len) == NULL);
	got = smtp_pool_take(p, b, 203, 30, &hello, &hello_len);
	CHECK(got == s3);
	smtp_free(hello);
	smtp_session_free(got);
	/* max 0: nothing is kept. */
	s2 = smtp_session_new();
	CHECK(!smtp_pool_put(p, a, s2, NULL, 0, 204, 0));
	CHECK(smtp_pool_count(p) == 1);
	smtp_pool_free(p);
}
