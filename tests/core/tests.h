/*
 * tests.h - the list of core unit tests; each is defined in test_<name>.c.
 */
#ifndef TESTS_H
#define TESTS_H

#define CORE_TESTS \
	CORE_TEST(buf) \
	CORE_TEST(socket) \
	CORE_TEST(reply) \
	CORE_TEST(session) \
	CORE_TEST(pipeline) \
	CORE_TEST(pool) \
	CORE_TEST(auth) \
	CORE_TEST(scram) \
	CORE_TEST(mime_encode) \
	CORE_TEST(mime_address) \
	CORE_TEST(mime_header) \
	CORE_TEST(mime_hooks) \
	CORE_TEST(mime_render) \
	CORE_TEST(dkim) \
	CORE_TEST(smime) \
	CORE_TEST(source_outline) \
	CORE_TEST(legacy5) \
	CORE_TEST(outbox)

/*
 * Declared weak so a module can be tested while others are still missing:
 * main.c skips a test whose function was not linked in.
 */
#define CORE_TEST(name) void test_##name(void) __attribute__((weak));
CORE_TESTS
#undef CORE_TEST

#endif
