/*
 * fuzz.h - what the libFuzzer targets of tests/fuzz/ share: reading the
 * parameters of a case from the front of the input, and failing loudly.
 *
 * An input is read front to back: a few bytes of parameters (flags,
 * lengths, a split point), then the data. Running out of bytes yields zeros
 * and empty data, so every input is a valid case and seeds stay readable:
 * a seed is its parameter bytes followed by the text under test.
 *
 * FUZZ_CHECK() aborts with a message when an invariant does not hold, so
 * libFuzzer records the input as a crash just as for a sanitizer report.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include "smtp_buf.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct fuzz_input {
	const uint8_t *p;
	size_t len;
} fuzz_input;

static inline uint8_t fuzz_u8(fuzz_input *in)
{
	uint8_t v = 0;

	if (in->len) {
		v = in->p[0];
		in->p++;
		in->len--;
	}
	return v;
}

static inline uint16_t fuzz_u16(fuzz_input *in)
{
	uint16_t hi = fuzz_u8(in);

	return (uint16_t)((hi << 8) | fuzz_u8(in));
}

static inline uint64_t fuzz_u64(fuzz_input *in)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < 8; i++) {
		v = (v << 8) | fuzz_u8(in);
	}
	return v;
}

/* The next n bytes (fewer at the end of the input). */
static inline const char *fuzz_bytes(fuzz_input *in, size_t n, size_t *got)
{
	const char *s = (const char *)in->p;

	*got = n < in->len ? n : in->len;
	in->p += *got;
	in->len -= *got;
	return s;
}

/* The rest of the input. */
static inline const char *fuzz_rest(fuzz_input *in, size_t *got)
{
	return fuzz_bytes(in, in->len, got);
}

/*
 * A piece of the data: a length byte, then that many bytes. Lets one input
 * carry several strings (a name and a value, the parts of a message).
 */
static inline const char *fuzz_piece(fuzz_input *in, size_t *got)
{
	return fuzz_bytes(in, fuzz_u8(in), got);
}

/*
 * The data with runs spelled short, so that a small input can make the
 * long lines and deep nesting limits are about: 0xFF n c (n > 0) stands for
 * n * 16 copies of c, 0xFF 0 for one 0xFF byte (and a 0xFF at the very end
 * for itself). The result is malloc'd to its exact size, so the sanitizer
 * sees any read past its end; it is at most max bytes.
 */
static inline char *fuzz_expand(const char *s, size_t len, size_t max, size_t *out_len)
{
	size_t i, n = 0;
	char *out;

	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] == 0xff && i + 2 < len && s[i + 1] != 0) {
			n += (size_t)(unsigned char)s[i + 1] * 16;
			i += 2;
		} else {
			n++;
			i += (unsigned char)s[i] == 0xff && i + 1 < len;
		}
	}
	if (n > max) {
		n = max;
	}
	out = malloc(n ? n : 1);
	if (!out) {
		abort();
	}
	*out_len = n;
	n = 0;
	for (i = 0; i < len && n < *out_len; i++) {
		if ((unsigned char)s[i] == 0xff && i + 2 < len && s[i + 1] != 0) {
			size_t k = (size_t)(unsigned char)s[i + 1] * 16;

			if (k > *out_len - n) {
				k = *out_len - n;
			}
			memset(out + n, s[i + 2], k);
			n += k;
			i += 2;
		} else {
			out[n++] = s[i];
			i += (unsigned char)s[i] == 0xff && i + 1 < len;
		}
	}
	return out;
}

/* A small deterministic generator (xorshift64), for slicing the data. */
static inline uint64_t fuzz_next(uint64_t *state)
{
	uint64_t x = *state ? *state : 0x9e3779b97f4a7c15ull;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	*state = x;
	return x;
}

/* Prints s escaped (at most 400 bytes) to stderr. */
static inline void fuzz_print(const char *label, const char *s, size_t len)
{
	size_t i;

	fprintf(stderr, "  %s (%zu): \"", label, len);
	for (i = 0; i < len && i < 400; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\r') {
			fputs("\\r", stderr);
		} else if (c == '\n') {
			fputs("\\n", stderr);
		} else if (c == '"' || c == '\\') {
			fprintf(stderr, "\\%c", c);
		} else if (c >= 0x20 && c < 0x7f) {
			fputc(c, stderr);
		} else {
			fprintf(stderr, "\\x%02x", c);
		}
	}
	fputs(len > 400 ? "\"...\n" : "\"\n", stderr);
}

#define FUZZ_CHECK(expr) \
	do { \
		if (!(expr)) { \
			fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #expr); \
			abort(); \
		} \
	} while (0)

/* Aborts unless got equals expected, printing both. */
#define FUZZ_CHECK_MEM(what, got, got_len, expected, expected_len) \
	fuzz_check_mem(__FILE__, __LINE__, (what), (got), (got_len), (expected), (expected_len))

static inline void fuzz_check_mem(const char *file, int line, const char *what, const char *got,
	size_t got_len, const char *expected, size_t expected_len)
{
	if (got_len == expected_len && (got_len == 0 || memcmp(got, expected, got_len) == 0)) {
		return;
	}
	fprintf(stderr, "%s:%d: %s differs\n", file, line, what);
	fuzz_print("expected", expected ? expected : "", expected ? expected_len : 0);
	fuzz_print("got", got ? got : "", got ? got_len : 0);
	abort();
}

/* A buffer's bytes, never NULL. */
static inline const char *fuzz_data(const smtp_buf *b)
{
	return b->data ? b->data : "";
}

/* Whether the needle occurs in the haystack. */
static inline const char *fuzz_find(const char *h, size_t hl, const char *n, size_t nl)
{
	size_t i;

	if (nl == 0) {
		return h;
	}
	for (i = 0; i + nl <= hl; i++) {
		if (h[i] == n[0] && memcmp(h + i, n, nl) == 0) {
			return h + i;
		}
	}
	return NULL;
}

#endif
