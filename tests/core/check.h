/*
 * check.h - the assertions of the core unit tests.
 *
 * Tests are plain functions (listed in tests.h) that make CHECKs; main.c
 * runs them all and prints "N passed, N failed". A failing CHECK prints its
 * file, line and expression and the run goes on.
 */
#ifndef CHECK_H
#define CHECK_H

#include <stdio.h>
#include <string.h>

extern int check_passed;
extern int check_failed;

#define CHECK(expr) \
	do { \
		if (expr) { \
			check_passed++; \
		} else { \
			check_failed++; \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #expr); \
		} \
	} while (0)

/* Compares a (pointer, length) pair with an expected byte string, printing both on mismatch. */
#define CHECK_MEM(ptr, len, expected, expected_len) \
	check_mem(__FILE__, __LINE__, (const char *)(ptr), (len), (expected), (expected_len))

#define CHECK_STR(ptr, len, expected) CHECK_MEM((ptr), (len), (expected), strlen(expected))

void check_mem(const char *file, int line, const char *got, size_t got_len,
	const char *expected, size_t expected_len);

#endif
