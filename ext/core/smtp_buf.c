/*
 * smtp_buf.c - growable byte buffer.
 */
#include "smtp_buf.h"
#include "smtp_alloc.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

void smtp_buf_init(smtp_buf *buf)
{
	buf->data = NULL;
	buf->len = 0;
	buf->cap = 0;
	buf->fixed = false;
}

void smtp_buf_init_fixed(smtp_buf *buf, char *mem, size_t size)
{
	buf->data = mem;
	buf->len = 0;
	buf->cap = size;
	buf->fixed = true;
	if (size) {
		mem[0] = '\0';
	}
}

void smtp_buf_free(smtp_buf *buf)
{
	if (!buf->fixed) {
		smtp_free(buf->data);
	}
	smtp_buf_init(buf);
}

void smtp_buf_reset(smtp_buf *buf)
{
	buf->len = 0;
	if (buf->data) {
		buf->data[0] = '\0';
	}
}

bool smtp_buf_reserve(smtp_buf *buf, size_t extra)
{
	size_t need, cap;
	char *data;

	if (extra > SIZE_MAX - buf->len - 1) {
		return false;
	}
	need = buf->len + extra + 1;
	if (need <= buf->cap) {
		return true;
	}
	if (buf->fixed) {
		return false;
	}
	cap = buf->cap ? buf->cap : 64;
	while (cap < need) {
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	}
	data = smtp_realloc(buf->data, cap);
	if (!data) {
		return false;
	}
	buf->data = data;
	buf->cap = cap;
	return true;
}

bool smtp_buf_append(smtp_buf *buf, const char *data, size_t len)
{
	if (!smtp_buf_reserve(buf, len)) {
		return false;
	}
	if (len) {
		memcpy(buf->data + buf->len, data, len);
	}
	buf->len += len;
	buf->data[buf->len] = '\0';
	return true;
}

bool smtp_buf_append_str(smtp_buf *buf, const char *str)
{
	return smtp_buf_append(buf, str, strlen(str));
}

bool smtp_buf_append_char(smtp_buf *buf, char c)
{
	return smtp_buf_append(buf, &c, 1);
}

bool smtp_buf_appendf(smtp_buf *buf, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !smtp_buf_reserve(buf, (size_t)n)) {
		return false;
	}
	va_start(ap, fmt);
	vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	buf->len += (size_t)n;
	return true;
}

void smtp_buf_consume(smtp_buf *buf, size_t n)
{
	if (n >= buf->len) {
		smtp_buf_reset(buf);
		return;
	}
	memmove(buf->data, buf->data + n, buf->len - n);
	buf->len -= n;
	buf->data[buf->len] = '\0';
}

char *smtp_buf_detach(smtp_buf *buf, size_t *len)
{
	char *data = buf->data;

	if (!data || buf->fixed) {
		data = smtp_memdup(data ? data : "", buf->len);
	}
	if (len) {
		*len = buf->len;
	}
	smtp_buf_init(buf);
	return data;
}
