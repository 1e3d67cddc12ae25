/*
 * smtp_buf.h - growable byte buffer.
 *
 * The data is always followed by a NUL byte that is not counted in len, so
 * a buffer can be handed to functions that want a C string. Appends report
 * failure with false only when the allocator returns NULL.
 */
#ifndef SMTP_BUF_H
#define SMTP_BUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct smtp_buf {
	char *data;
	size_t len;
	size_t cap;
	bool fixed;     /* the caller's memory: never reallocated nor freed */
} smtp_buf;

#define SMTP_BUF_INIT {NULL, 0, 0, false}

void smtp_buf_init(smtp_buf *buf);

/*
 * A buffer over size bytes of the caller's memory, so a writer can fill a
 * string allocated elsewhere in place: an append that needs more room
 * fails, and smtp_buf_free() leaves the memory alone.
 */
void smtp_buf_init_fixed(smtp_buf *buf, char *mem, size_t size);
void smtp_buf_free(smtp_buf *buf);

/* Empties the buffer and keeps its memory. */
void smtp_buf_reset(smtp_buf *buf);

/* Makes room for extra more bytes without changing len. */
bool smtp_buf_reserve(smtp_buf *buf, size_t extra);

bool smtp_buf_append(smtp_buf *buf, const char *data, size_t len);
bool smtp_buf_append_str(smtp_buf *buf, const char *str);
bool smtp_buf_append_char(smtp_buf *buf, char c);
bool smtp_buf_appendf(smtp_buf *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Removes the first n bytes. */
void smtp_buf_consume(smtp_buf *buf, size_t n);

/* Hands the memory to the caller (free with smtp_free; a fixed buffer's is copied) and empties buf. */
char *smtp_buf_detach(smtp_buf *buf, size_t *len);

#endif
