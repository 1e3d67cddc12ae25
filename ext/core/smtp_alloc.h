/*
 * smtp_alloc.h - allocator hooks of the core engine.
 *
 * Every allocation of ext/core goes through these functions, so the PHP
 * binding can route them to the Zend allocator and the unit tests to libc.
 * Memory handed to OpenSSL or zlib is never allocated here, and memory they
 * return is never freed here.
 */
#ifndef SMTP_ALLOC_H
#define SMTP_ALLOC_H

#include <stddef.h>

typedef struct smtp_allocator {
	void *(*malloc_fn)(size_t size);
	void *(*realloc_fn)(void *ptr, size_t size);
	void (*free_fn)(void *ptr);
} smtp_allocator;

/* Installs the allocator; NULL restores libc. Call before any other core function. */
void smtp_set_allocator(const smtp_allocator *allocator);

/* Returns NULL on exhaustion (the libc allocator) or never returns (Zend's). */
void *smtp_malloc(size_t size);
void *smtp_calloc(size_t count, size_t size);
void *smtp_realloc(void *ptr, size_t size);
void smtp_free(void *ptr);

/* Copies len bytes and a terminating NUL. */
char *smtp_memdup(const char *src, size_t len);

#endif
