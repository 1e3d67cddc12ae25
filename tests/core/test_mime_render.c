/*
 * test_mime_render.c - rendering a body with files into memory sized in
 * advance: mime_body_rendered_len() against what mime_body_render() writes.
 */
#define _POSIX_C_SOURCE 200809L

#include "check.h"
#include "tests.h"

#include "mime_message.h"
#include "smtp_alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define T(s) ((mime_text){(s), sizeof(s) - 1})

/* A temporary file of len bytes (every byte value occurs); its path goes to path. */
static bool make_file(char path[32], size_t len)
{
	FILE *f;
	int fd;
	size_t i;

	snprintf(path, 32, "/tmp/smtp-render-XXXXXX");
	fd = mkstemp(path);
	if (fd < 0 || !(f = fdopen(fd, "wb"))) {
		return false;
	}
	for (i = 0; i < len; i++) {
		fputc((int)((i * 131 + 7) & 0xff), f);
	}
	return fclose(f) == 0;
}

static mime_charset charset;
static mime_header_opts header_opts;

static void message_init(mime_message *m, mime_attachment *a, size_t count, mime_le le)
{
	mime_charset_init(&charset, "utf-8", 5);
	memset(&header_opts, 0, sizeof(header_opts));
	header_opts.charset = &charset;
	header_opts.le = le;
	memset(m, 0, sizeof(*m));
	m->header_opts = &header_opts;
	m->le = le;
	m->type = MIME_HAS_ATTACH;
	m->charset = T("utf-8");
	m->content_type = T("text/plain");
	m->encoding = T("8bit");
	m->body = T("Body text\n");
	m->boundary[0] = T("b1");
	m->boundary[1] = T("b2");
	m->boundary[2] = T("b3");
	m->attachments = a;
	m->attachment_count = count;
}

/* body, built for a message with the one attachment a (its path in a->content). */
static void build_body(mime_body *body, mime_attachment *a, mime_le le)
{
	mime_message m;

	message_init(&m, a, 1, le);
	mime_body_init(body);
	CHECK(mime_body_build(body, &m));
}

/* The announced length is the rendered one, and rendering into exactly that much (plus the slack) works. */
static void check_sizes(const char *encoding, size_t encoding_len, mime_le le)
{
	static const size_t sizes[] = {0, 1, 2, 3, 56, 57, 58, 113, 114, 1000, 48 * 1024 + 1, 100000};
	size_t i;

	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		char path[32];
		mime_attachment a = {{path, 0}, T("f.bin"), {encoding, encoding_len}, T("application/octet-stream"),
			T("attachment"), T(""), false, false};
		mime_body body;
		smtp_buf grown = SMTP_BUF_INIT, fixed;
		smtp_error err;
		size_t len = 0;
		int failed = check_failed;
		char *mem;

		CHECK(make_file(path, sizes[i]));
		a.content.len = strlen(path);
		build_body(&body, &a, le);
		CHECK(mime_body_render(&body, &grown, &err) == SMTP_OK);
		CHECK(mime_body_rendered_len(&body, &len));
		CHECK(len == grown.len);

		mem = smtp_malloc(len + MIME_RENDER_SLACK + 1);
		smtp_buf_init_fixed(&fixed, mem, len + MIME_RENDER_SLACK + 1);
		CHECK(mime_body_render(&body, &fixed, &err) == SMTP_OK);
		CHECK_MEM(fixed.data, fixed.len, grown.data, grown.len);
		CHECK(fixed.data == mem);
		smtp_buf_free(&fixed);
		smtp_free(mem);
		if (check_failed != failed) {
			fprintf(stderr, "  %.*s file of %zu bytes\n", (int)encoding_len, encoding, sizes[i]);
		}

		mime_body_free(&body);
		smtp_buf_free(&grown);
		unlink(path);
	}
}

static void test_lengths(void)
{
	check_sizes("base64", 6, MIME_LE_CRLF);
	check_sizes("base64", 6, MIME_LE_LF);
	check_sizes("binary", 6, MIME_LE_CRLF);
}

/* Encodings whose length depends on the content, and a path that is not a regular file, cannot be told. */
static void test_unknown(void)
{
	char path[32];
	mime_attachment a = {{path, 0}, T("f.txt"), T("quoted-printable"), T("text/plain"), T("attachment"), T(""),
		false, false};
	mime_body body;
	size_t len = 0;

	CHECK(make_file(path, 100));
	a.content.len = strlen(path);
	build_body(&body, &a, MIME_LE_CRLF);
	CHECK(!mime_body_rendered_len(&body, &len));
	mime_body_free(&body);
	unlink(path);

	a.content = T("/tmp");
	a.encoding = T("base64");
	build_body(&body, &a, MIME_LE_CRLF);
	CHECK(!mime_body_rendered_len(&body, &len));
	mime_body_free(&body);
}

/* A file that grew after it was measured: the fixed buffer refuses to grow, the render fails cleanly. */
static void test_grown_file(void)
{
	char path[32];
	mime_attachment a = {{path, 0}, T("f.bin"), T("base64"), T("application/octet-stream"), T("attachment"), T(""),
		false, false};
	mime_body body;
	smtp_buf fixed;
	smtp_error err;
	size_t len = 0;
	char *mem, more[1000] = {0};
	FILE *f;

	CHECK(make_file(path, 1000));
	a.content.len = strlen(path);
	build_body(&body, &a, MIME_LE_CRLF);
	CHECK(mime_body_rendered_len(&body, &len));
	f = fopen(path, "ab");
	CHECK(f && fwrite(more, 1, sizeof(more), f) == sizeof(more) && fclose(f) == 0);
	mem = smtp_malloc(len + MIME_RENDER_SLACK + 1);
	smtp_buf_init_fixed(&fixed, mem, len + MIME_RENDER_SLACK + 1);
	CHECK(mime_body_render(&body, &fixed, &err) == SMTP_ERR_NOMEM);
	CHECK(fixed.data == mem && fixed.len <= len + MIME_RENDER_SLACK);
	smtp_buf_free(&fixed);
	smtp_free(mem);
	mime_body_free(&body);
	unlink(path);
}

/* A body that borrows its rendering renders the same bytes without its files. */
static void test_borrow(void)
{
	char path[32];
	mime_attachment a = {{path, 0}, T("f.bin"), T("base64"), T("application/octet-stream"), T("attachment"), T(""),
		false, false};
	mime_body body;
	smtp_buf first = SMTP_BUF_INIT, again = SMTP_BUF_INIT;
	smtp_error err;
	size_t len = 0;

	CHECK(make_file(path, 5000));
	a.content.len = strlen(path);
	build_body(&body, &a, MIME_LE_LF);
	CHECK(mime_body_render(&body, &first, &err) == SMTP_OK);
	CHECK(mime_body_borrow(&body, first.data, first.len));
	unlink(path);
	CHECK(!mime_body_has_files(&body) && body.le.len == 1);
	CHECK(mime_body_rendered_len(&body, &len) && len == first.len);
	CHECK(mime_body_render(&body, &again, &err) == SMTP_OK);
	CHECK_MEM(again.data, again.len, first.data, first.len);
	mime_body_free(&body);
	smtp_buf_free(&again);
	smtp_buf_free(&first);
}

void test_mime_render(void)
{
	test_lengths();
	test_unknown();
	test_grown_file();
	test_borrow();
}
