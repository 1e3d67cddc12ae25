/*
 * test_buf.c - the growable buffer and the error record.
 */
#include "check.h"
#include "tests.h"

#include "smtp_alloc.h"
#include "smtp_buf.h"
#include "smtp_error.h"

void test_buf(void)
{
	smtp_buf buf = SMTP_BUF_INIT;
	smtp_error err;
	char *detached;
	size_t len, i;

	CHECK(smtp_buf_append_str(&buf, "EHLO "));
	CHECK(smtp_buf_appendf(&buf, "%s:%d", "host", 25));
	CHECK_STR(buf.data, buf.len, "EHLO host:25");
	CHECK(buf.data[buf.len] == '\0');

	smtp_buf_consume(&buf, 5);
	CHECK_STR(buf.data, buf.len, "host:25");
	smtp_buf_consume(&buf, 100);
	CHECK(buf.len == 0);

	for (i = 0; i < 10000 && smtp_buf_append_char(&buf, (char)('a' + i % 26)); i++) {
	}
	CHECK(i == 10000 && buf.len == 10000 && buf.data[9999] == 'a' + 9999 % 26);

	detached = smtp_buf_detach(&buf, &len);
	CHECK(len == 10000 && buf.data == NULL && buf.len == 0);
	smtp_free(detached);

	/* An empty buffer still detaches to a valid empty string. */
	detached = smtp_buf_detach(&buf, &len);
	CHECK(detached && len == 0 && detached[0] == '\0');
	smtp_free(detached);

	/* A fixed buffer fills the caller's memory and refuses to grow past it. */
	{
		char mem[8];
		smtp_buf fixed;

		smtp_buf_init_fixed(&fixed, mem, sizeof(mem));
		CHECK(smtp_buf_append_str(&fixed, "1234567"));
		CHECK(fixed.data == mem && fixed.len == 7 && mem[7] == '\0');
		CHECK(!smtp_buf_append_char(&fixed, '8'));
		CHECK(fixed.data == mem && fixed.len == 7);
		detached = smtp_buf_detach(&fixed, &len);
		CHECK(detached != mem && len == 7 && memcmp(detached, "1234567", 8) == 0);
		smtp_free(detached);
		smtp_buf_init_fixed(&fixed, mem, sizeof(mem));
		smtp_buf_free(&fixed);
		CHECK(fixed.data == NULL && !fixed.fixed);
	}

	CHECK(smtp_error_set(&err, SMTP_ERR_TIMEOUT, "read timed out after %d s", 5) == SMTP_ERR_TIMEOUT);
	CHECK(err.status == SMTP_ERR_TIMEOUT && strcmp(err.message, "read timed out after 5 s") == 0);
	CHECK(strcmp(smtp_status_name(SMTP_ERR_TLS), "SMTP_ERR_TLS") == 0);
	smtp_error_clear(&err);
	CHECK(err.status == SMTP_OK && err.message[0] == '\0');
	smtp_buf_free(&buf);
}
