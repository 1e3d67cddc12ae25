/*
 * smtp_memio.c - an in-memory transport for unit tests.
 *
 * Reads drain a queue of scripted server bytes, writes append to a record
 * of what the client sent, and start_tls only flips tls_active.
 */
#include "smtp_memio.h"
#include "smtp_alloc.h"
#include "smtp_buf.h"

#include <string.h>

typedef struct memio {
	smtp_transport base;     /* first, so a transport pointer is a memio pointer */
	smtp_buf queued;         /* what the client will read */
	size_t read_pos;         /* how much of it was read */
	smtp_buf written;        /* what the client wrote */
	size_t write_calls;
	size_t read_chunk;       /* 0: no limit */
	int last_timeout_ms;
	bool close_when_drained;
	bool fail_tls;
} memio;

static memio *from(smtp_transport *t)
{
	return (memio *)t;
}

static bool drained(const memio *m)
{
	return m->read_pos == m->queued.len;
}

static smtp_status memio_read(smtp_transport *t, char *buf, size_t cap, size_t *nread,
	int timeout_ms, smtp_error *err)
{
	memio *m = from(t);
	size_t n = m->queued.len - m->read_pos;

	m->last_timeout_ms = timeout_ms;
	if (drained(m)) {
		if (m->close_when_drained) {
			return smtp_error_set(err, SMTP_ERR_IO, "connection closed by server");
		}
		return smtp_error_set(err, SMTP_ERR_TIMEOUT, "read timed out after %d ms", timeout_ms);
	}
	if (n > cap) {
		n = cap;
	}
	if (m->read_chunk && n > m->read_chunk) {
		n = m->read_chunk;
	}
	memcpy(buf, m->queued.data + m->read_pos, n);
	m->read_pos += n;
	if (drained(m)) {
		smtp_buf_reset(&m->queued);
		m->read_pos = 0;
	}
	*nread = n;
	return SMTP_OK;
}

static smtp_status memio_write(smtp_transport *t, const char *buf, size_t len,
	int timeout_ms, smtp_error *err)
{
	memio *m = from(t);

	m->last_timeout_ms = timeout_ms;
	m->write_calls++;
	if (!smtp_buf_append(&m->written, buf, len)) {
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory recording a write");
	}
	return SMTP_OK;
}

static smtp_status memio_start_tls(smtp_transport *t, const smtp_tls_config *cfg,
	const char *host, int timeout_ms, smtp_error *err)
{
	memio *m = from(t);

	(void)cfg;
	(void)host;
	m->last_timeout_ms = timeout_ms;
	if (m->fail_tls) {
		return smtp_error_set(err, SMTP_ERR_TLS, "TLS handshake failed (memio)");
	}
	t->tls_active = true;
	return SMTP_OK;
}

static bool memio_alive(smtp_transport *t)
{
	memio *m = from(t);

	return !(m->close_when_drained && drained(m));
}

static void memio_destroy(smtp_transport *t)
{
	memio *m = from(t);

	smtp_buf_free(&m->queued);
	smtp_buf_free(&m->written);
	smtp_free(m);
}

static const smtp_transport_ops memio_ops = {
	memio_read,
	memio_write,
	memio_start_tls,
	memio_alive,
	memio_destroy
};

smtp_transport *smtp_memio_new(void)
{
	memio *m = smtp_calloc(1, sizeof(*m));

	if (!m) {
		return NULL;
	}
	m->base.ops = &memio_ops;
	m->last_timeout_ms = SMTP_TIMEOUT_NONE;
	return &m->base;
}

bool smtp_memio_push(smtp_transport *t, const char *data, size_t len)
{
	return smtp_buf_append(&from(t)->queued, data, len);
}

bool smtp_memio_push_str(smtp_transport *t, const char *str)
{
	return smtp_memio_push(t, str, strlen(str));
}

const char *smtp_memio_written(smtp_transport *t, size_t *len)
{
	memio *m = from(t);

	*len = m->written.len;
	return m->written.data ? m->written.data : "";
}

void smtp_memio_clear_written(smtp_transport *t)
{
	smtp_buf_reset(&from(t)->written);
}

size_t smtp_memio_write_calls(smtp_transport *t)
{
	return from(t)->write_calls;
}

int smtp_memio_last_timeout(smtp_transport *t)
{
	return from(t)->last_timeout_ms;
}

void smtp_memio_set_read_chunk(smtp_transport *t, size_t max)
{
	from(t)->read_chunk = max;
}

void smtp_memio_close_when_drained(smtp_transport *t)
{
	from(t)->close_when_drained = true;
}

void smtp_memio_fail_tls(smtp_transport *t)
{
	from(t)->fail_tls = true;
}
