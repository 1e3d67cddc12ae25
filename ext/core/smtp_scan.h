/*
 * smtp_scan.h - byte scans of the hot paths: the next line break, and
 * whether a text has 8-bit bytes.
 *
 * Sixteen bytes per step with SSE2 (part of every x86-64), a word or a byte
 * at a time elsewhere.
 */
#ifndef SMTP_SCAN_H
#define SMTP_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <emmintrin.h>
#define SMTP_SCAN_SSE2 1
#endif

/* Index of the first CR or LF in p[0..len), or len. */
static inline size_t smtp_scan_break(const char *p, size_t len)
{
	size_t i = 0;

#ifdef SMTP_SCAN_SSE2
	const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');

	for (; i + 16 <= len; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(p + i));
		int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));

		if (mask) {
			return i + (size_t)__builtin_ctz((unsigned)mask);
		}
	}
#endif
	for (; i < len; i++) {
		if (p[i] == '\r' || p[i] == '\n') {
			return i;
		}
	}
	return len;
}

/* Whether p[0..len) has a byte of 0x80 or more. */
static inline bool smtp_scan_8bit(const char *p, size_t len)
{
	size_t i = 0;

#ifdef SMTP_SCAN_SSE2
	for (; i + 16 <= len; i += 16) {
		if (_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(p + i)))) {
			return true;
		}
	}
#else
	for (; i + 8 <= len; i += 8) {
		uint64_t w;

		memcpy(&w, p + i, 8);
		if (w & 0x8080808080808080ULL) {
			return true;
		}
	}
#endif
	for (; i < len; i++) {
		if ((unsigned char)p[i] >= 0x80) {
			return true;
		}
	}
	return false;
}

#endif
