/*
 * smtp_alloc.c - allocator hooks of the core engine.
 */
#include "smtp_alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static smtp_allocator current = {malloc, realloc, free};

void smtp_set_allocator(const smtp_allocator *allocator)
{
	if (allocator) {
		current = *allocator;
	} else {
		current.malloc_fn = malloc;
		current.realloc_fn = realloc;
		current.free_fn = free;
	}
}

void *smtp_malloc(size_t size)
{
	return current.malloc_fn(size ? size : 1);
}

void *smtp_calloc(size_t count, size_t size)
{
	void *ptr;

	/* The hook may be any allocator, so the overflow check is ours. */
	if (size && count > SIZE_MAX / size) {
		return NULL;
	}
	ptr = smtp_malloc(count * size);
	if (ptr) {
		memset(ptr, 0, count * size);
	}
	return ptr;
}

void *smtp_realloc(void *ptr, size_t size)
{
	return current.realloc_fn(ptr, size ? size : 1);
}

void smtp_free(void *ptr)
{
	if (ptr) {
		current.free_fn(ptr);
	}
}

char *smtp_memdup(const char *src, size_t len)
{
	char *copy = smtp_malloc(len + 1);

	if (copy) {
		if (len) {
			memcpy(copy, src, len);
		}
		copy[len] = '\0';
	}
	return copy;
}
