/*
 * test_mime_hooks.c - the writers' hooks (mime_message.c, mime_header.c):
 * with hooks, every helper PHPMailer calls through $this or static:: is
 * called through them, in PHPMailer's order, and what they give is what
 * gets written.
 *
 * The hooks here write a visible token for each call ("<tl:--b1>" for
 * textLine('--b1')) and log the predicates they answer, so the expected
 * bytes spell out the calls createBody(), attachAll() and encodeHeader()
 * of PHPMailer 6.12 make for each input.
 */
#include "check.h"
#include "tests.h"

#include "mime_header.h"
#include "mime_message.h"
#include "smtp_buf.h"

#include <stdbool.h>

#define T(lit) ((mime_text){lit, sizeof(lit) - 1})

typedef struct recorder {
	smtp_buf log;      /* the predicates asked, in order */
	int is_error;      /* what isError() answers */
} recorder;

static bool put(smtp_buf *out, const char *tag, mime_text a, mime_text b)
{
	return smtp_buf_append(out, "<", 1) && smtp_buf_append(out, tag, strlen(tag))
		&& smtp_buf_append(out, ":", 1) && smtp_buf_append(out, a.s, a.len)
		&& (!b.s || (smtp_buf_append(out, ",", 1) && smtp_buf_append(out, b.s, b.len)))
		&& smtp_buf_append(out, ">", 1);
}

static const mime_text NONE = {NULL, 0};

static bool get_boundary(void *ctx, smtp_buf *out, mime_text boundary, mime_text charset, mime_text type,
	mime_text encoding)
{
	(void)ctx;
	return put(out, "gb", boundary, charset) && put(out, "", type, encoding);
}

static bool end_boundary(void *ctx, smtp_buf *out, mime_text boundary)
{
	(void)ctx;
	return put(out, "eb", boundary, NONE);
}

static bool text_line(void *ctx, smtp_buf *out, mime_text value)
{
	(void)ctx;
	return put(out, "tl", value, NONE);
}

static bool header_line(void *ctx, smtp_buf *out, mime_text name, mime_text value)
{
	(void)ctx;
	return put(out, "hl", name, value);
}

static bool encode_string(void *ctx, smtp_buf *out, mime_text s, mime_text encoding)
{
	(void)ctx;
	return put(out, "es", s, encoding);
}

static bool encode_file(void *ctx, smtp_buf *out, mime_text path, mime_text encoding)
{
	(void)ctx;
	return put(out, "ef", path, encoding);
}

static bool attach_all(void *ctx, smtp_buf *out, mime_text disposition, mime_text boundary)
{
	(void)ctx;
	return put(out, "aa", disposition, boundary);
}

static bool encode_header(void *ctx, smtp_buf *out, mime_text s)
{
	(void)ctx;
	return put(out, "eh", s, NONE);
}

static bool secure_header(void *ctx, smtp_buf *out, mime_text s)
{
	(void)ctx;
	return put(out, "sh", s, NONE);
}

static bool quoted_string(void *ctx, smtp_buf *out, mime_text s)
{
	(void)ctx;
	return put(out, "qs", s, NONE);
}

static int has_8bit(void *ctx, mime_text s)
{
	recorder *r = ctx;

	smtp_buf_append(&r->log, "8:", 2);
	smtp_buf_append(&r->log, s.s, s.len);
	smtp_buf_append(&r->log, " ", 1);
	return 1;
}

static int has_long_line(void *ctx, mime_text s)
{
	recorder *r = ctx;

	smtp_buf_append(&r->log, "L:", 2);
	smtp_buf_append(&r->log, s.s, s.len);
	smtp_buf_append(&r->log, " ", 1);
	return 0;
}

static int is_error(void *ctx)
{
	recorder *r = ctx;

	smtp_buf_append(&r->log, "E ", 2);
	return r->is_error;
}

static mime_hooks hooks_for(recorder *r)
{
	return (mime_hooks){r, get_boundary, end_boundary, text_line, header_line, encode_string, encode_file,
		attach_all, encode_header, secure_header, quoted_string, has_8bit, has_long_line, is_error};
}

static void message_init(mime_message *m, const mime_hooks *hooks, const mime_attachment *a, size_t count)
{
	memset(m, 0, sizeof(*m));
	m->le = MIME_LE_CRLF;
	m->charset = T("utf-8");
	m->content_type = T("text/plain");
	m->encoding = T("8bit");
	m->body = T("B");
	m->alt_body = T("A");
	m->boundary[0] = T("b1");
	m->boundary[1] = T("b2");
	m->boundary[2] = T("b3");
	m->attachments = a;
	m->attachment_count = count;
	m->hooks = hooks;
}

static void render_into(mime_body *body, smtp_buf *out)
{
	smtp_error err;

	CHECK(mime_body_render(body, out, &err) == SMTP_OK);
}

/* alt_attach: createBody()'s calls, the attachments left to attachAll(). */
static void test_create_body(void)
{
	recorder r = {SMTP_BUF_INIT, 0};
	mime_hooks hooks = hooks_for(&r);
	mime_message m;
	mime_body body;
	smtp_buf out = SMTP_BUF_INIT;

	message_init(&m, &hooks, NULL, 0);
	m.type = MIME_HAS_ALT | MIME_HAS_ATTACH;
	mime_body_init(&body);
	CHECK(mime_body_build(&body, &m));
	CHECK(!mime_body_has_files(&body));
	render_into(&body, &out);
	CHECK_STR(out.data, out.len,
		"<tl:--b1><hl:Content-Type,multipart/alternative;><tl: boundary=\"b2\">\r\n"
		"<gb:b2,utf-8><:text/plain,8bit><es:A,8bit>\r\n"
		"<gb:b2,utf-8><:text/html,8bit><es:B,8bit>\r\n"
		"<eb:b2>\r\n<aa:attachment,b1>");
	CHECK_STR(r.log.data, r.log.len, "8:B L:B 8:A L:A ");
	mime_body_free(&body);
	smtp_buf_free(&out);
	smtp_buf_free(&r.log);
}

/* attachAll(): each part's helpers, and the empty result once isError() says yes. */
static void test_attach_all(void)
{
	recorder r = {SMTP_BUF_INIT, 0};
	mime_hooks hooks = hooks_for(&r);
	mime_attachment a[2] = {
		{T("/tmp/x.pdf"), T("x.pdf"), T("base64"), T("application/pdf"), T("attachment"), T(""), false, false},
		{T("data"), T("d.txt"), T("7bit"), T("text/plain"), T("attachment"), T(""), true, false},
	};
	mime_message m;
	mime_body body;
	smtp_buf out = SMTP_BUF_INIT;

	message_init(&m, &hooks, a, 2);
	mime_body_init(&body);
	CHECK(mime_body_add_attachments(&body, &m, "attachment", 10, T("b1")));
	render_into(&body, &out);
	CHECK_STR(out.data, out.len,
		"--b1\r\nContent-Type: application/pdf; name=<qs:<eh:<sh:x.pdf>>>\r\n"
		"Content-Transfer-Encoding: base64\r\n"
		"Content-Disposition: attachment; filename=<qs:<eh:<sh:x.pdf>>>\r\n\r\n"
		"<ef:/tmp/x.pdf,base64>\r\n"
		"--b1\r\nContent-Type: text/plain; name=<qs:<eh:<sh:d.txt>>>\r\n"
		"Content-Disposition: attachment; filename=<qs:<eh:<sh:d.txt>>>\r\n\r\n"
		"<es:data,7bit>\r\n"
		"--b1--\r\n");
	CHECK_STR(r.log.data, r.log.len, "E E ");
	mime_body_free(&body);
	smtp_buf_reset(&out);

	r.is_error = 1;
	mime_body_init(&body);
	CHECK(mime_body_add_attachments(&body, &m, "attachment", 10, T("b1")));
	render_into(&body, &out);
	CHECK(out.len == 0);
	mime_body_free(&body);
	smtp_buf_free(&out);
	smtp_buf_free(&r.log);
}

/* encodeHeader(): the steps and the helpers they call. */
static smtp_buf header_log;

static int h_has_8bit(void *ctx, const char *s, size_t len)
{
	(void)ctx;
	(void)s;
	(void)len;
	smtp_buf_append(&header_log, "8 ", 2);
	return 1;
}

static int h_has_multibytes(void *ctx, const char *s, size_t len)
{
	(void)ctx;
	(void)s;
	(void)len;
	smtp_buf_append(&header_log, "M ", 2);
	return 1;
}

static bool h_base64_wrap_mb(void *ctx, smtp_buf *out, const char *s, size_t len, const char *linebreak)
{
	(void)ctx;
	smtp_buf_append(&header_log, "W ", 2);
	return smtp_buf_append(out, "[", 1) && smtp_buf_append(out, s, len) && smtp_buf_append(out, "]", 1)
		&& smtp_buf_append(out, linebreak, strlen(linebreak)) && smtp_buf_append(out, "[2]", 3);
}

static bool h_encode_q(void *ctx, smtp_buf *out, const char *s, size_t len, mime_position pos)
{
	(void)ctx;
	smtp_buf_append(&header_log, pos == MIME_POS_PHRASE ? "Qp " : "Q ", pos == MIME_POS_PHRASE ? 3 : 2);
	return smtp_buf_append(out, "q", 1) && smtp_buf_append(out, s, len);
}

static bool h_wrap_text(void *ctx, smtp_buf *out, const char *s, size_t len, size_t length, bool qp_mode)
{
	(void)ctx;
	(void)length;
	smtp_buf_append(&header_log, qp_mode ? "T " : "t ", 2);
	/* one soft break in the middle, as wrapText() would make of a long word */
	return smtp_buf_append(out, s, len / 2) && smtp_buf_append(out, "=\r\n", 3)
		&& smtp_buf_append(out, s + len / 2, len - len / 2);
}

static bool h_normalize_breaks(void *ctx, smtp_buf *out, const char *s, size_t len)
{
	(void)ctx;
	smtp_buf_append(&header_log, "N ", 2);
	return mime_normalize_breaks(out, s, len, MIME_LE_CRLF);
}

static void check_steps(const char *in, mime_position pos, const char *expected, const char *calls)
{
	mime_header_hooks h = {NULL, h_has_8bit, h_has_multibytes, h_base64_wrap_mb, h_encode_q, h_wrap_text,
		h_normalize_breaks};
	mime_charset cs;
	mime_header_opts opts = {0};
	smtp_buf out = SMTP_BUF_INIT;

	mime_charset_init(&cs, "utf-8", 5);
	opts.charset = &cs;
	opts.le = MIME_LE_CRLF;
	opts.hooks = &h;
	smtp_buf_init(&header_log);
	CHECK(mime_encode_header(&out, &opts, in, strlen(in), pos));
	CHECK_STR(out.data, out.len, expected);
	CHECK_STR(header_log.data, header_log.len, calls);
	smtp_buf_free(&out);
	smtp_buf_free(&header_log);
}

static void test_encode_header(void)
{
	/* Q: encodeQ(), wrapText() in QP mode, its soft break a new word, then normalizeBreaks() */
	check_steps("Gr\xc3\xbcsse aus K\xc3\xb6ln", MIME_POS_TEXT,
		"=?utf-8?Q?qGr\xc3\xbcsse ?=\r\n =?utf-8?Q?aus K\xc3\xb6ln?=", "8 Q T N ");
	/* B (over a third of the bytes to encode): hasMultiBytes() says yes, base64EncodeWrapMB() gives the lines */
	check_steps("\xc3\xbc\xc3\xbc", MIME_POS_TEXT, "=?utf-8?B?[\xc3\xbc\xc3\xbc]?=\r\n =?utf-8?B?[2]?=",
		"8 M W N ");
	/* nothing to encode: no helper but has8bitChars() */
	check_steps("plain", MIME_POS_TEXT, "plain", "8 ");
	/* an ASCII phrase is quoted, no helper asked */
	check_steps("Smith, John", MIME_POS_PHRASE, "\"Smith, John\"", "");
}

void test_mime_hooks(void)
{
	test_create_body();
	test_attach_all();
	test_encode_header();
}
