/*
 * test_legacy5.c - what the core writes for PHPMailer 5.2 (the legacy
 * options of mime_message.c, mime_header.c and mime_encode.c), and the
 * string values of properties in the source outline (5.2's $Version).
 *
 * No 5.2 runs here: the expected values were worked out from PHPMailer
 * 5.2.28's rules (createBody(), attachAll(), encodeHeader(), wrapText())
 * for each input, with its default line ending "\n".
 */
#include "check.h"
#include "tests.h"

#include "mime_header.h"
#include "mime_message.h"
#include "smtp_buf.h"
#include "source_outline.h"

#include <stdbool.h>

#define S(lit) lit, sizeof(lit) - 1
#define T(lit) ((mime_text){lit, sizeof(lit) - 1})

static void check_header(const char *charset, const char *in, size_t len, const char *expected)
{
	mime_charset cs;
	mime_header_opts opts = {0};
	smtp_buf out = SMTP_BUF_INIT;

	mime_charset_init(&cs, charset, strlen(charset));
	opts.charset = &cs;
	opts.le = MIME_LE_LF;
	opts.legacy = true;
	CHECK(mime_encode_header(&out, &opts, in, len, MIME_POS_TEXT));
	CHECK_STR(out.data, out.len, expected);
	smtp_buf_free(&out);
}

/* 5.2's encodeHeader(): words within 75 bytes, the CharSet named, long ASCII left alone. */
static void test_header(void)
{
	check_header("utf-8",
		S("Gr\303\274\303\237e aus K\303\266ln, ein ziemlich langer Betreff mit Umlauten: \303\244\303\266\303\274"
			" und so weiter"),
		"=?utf-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln,_ein_ziemlich_langer_Betreff_mit_?=\n"
		" =?utf-8?Q?Umlauten:_=C3=A4=C3=B6=C3=BC_und_so_weiter?=");
	check_header("utf-8", S("\320\237\321\200\320\270\320\262\320\265\321\202 \320\274\320\270\321\200"),
		"=?utf-8?B?0J/RgNC40LLQtdGCINC80LjRgA==?=");
	check_header("iso-8859-1",
		S("a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351"
			"a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351a\351"),
		"=?iso-8859-1?B?Yelh6WHpYelh6WHpYelh6WHpYelh6WHpYelh6WHpYelh6WHpYelh6WHp?=\n"
		" =?iso-8859-1?B?Yelh6WHpYelh6WHpYelh6WHpYelh6WHpYelh6WHpYelh6WHpYek=?=");
	check_header("utf-8",
		S("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
		"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
	/* 6.x would say us-ascii here; 5.2 always names CharSet. */
	check_header("iso-8859-1", S("Caf\351"), "=?iso-8859-1?Q?Caf=E9?=");
}

/* 5.2's wrapText(): soft breaks in its $LE, but every line ends in CRLF. */
static void test_wrap(void)
{
	smtp_buf out = SMTP_BUF_INIT;

	CHECK(mime_wrap_text_legacy(&out, S("one two three four five six seven\nsecond line here"), 10, false, false,
		MIME_LE_LF));
	CHECK_STR(out.data, out.len, "one two\nthree four\nfive six\nseven\r\nsecond\nline here\r\n");
	smtp_buf_free(&out);
}

static void render(const mime_message *m, smtp_buf *out)
{
	mime_body body;
	smtp_error err;

	mime_body_init(&body);
	CHECK(mime_body_build(&body, m));
	CHECK(mime_body_render(&body, out, &err) == SMTP_OK);
	mime_body_free(&body);
}

static void init_message(mime_message *m, mime_header_opts *opts, mime_charset *cs)
{
	memset(m, 0, sizeof(*m));
	memset(opts, 0, sizeof(*opts));
	mime_charset_init(cs, "iso-8859-1", sizeof("iso-8859-1") - 1);
	opts->charset = cs;
	opts->le = MIME_LE_LF;
	opts->legacy = true;
	m->legacy = true;
	m->le = MIME_LE_LF;
	m->header_opts = opts;
	m->charset = T("iso-8859-1");
	m->encoding = T("8bit");
	m->boundary[0] = T("b1_X");
	m->boundary[1] = T("b2_X");
	m->boundary[2] = T("b3_X");
}

/* createBody() of an "alt_attach" message: preamble, "\tboundary=", blank lines after parts, quoted names. */
static void test_alt_attach(void)
{
	mime_message m;
	mime_header_opts opts;
	mime_charset cs;
	mime_attachment a = {T("data\n"), T("a b.txt"), T("base64"), T("text/plain"), T("attachment"), T("0"),
		true, false};
	smtp_buf out = SMTP_BUF_INIT;

	init_message(&m, &opts, &cs);
	m.type = MIME_HAS_ALT | MIME_HAS_ATTACH;
	m.content_type = T("multipart/alternative");
	m.body = T("<p>Hi</p>");
	m.alt_body = T("Hi");
	/* No calendar part in a message with attachments, in 5.2. */
	m.ical = T("BEGIN:VCALENDAR");
	m.attachments = &a;
	m.attachment_count = 1;
	render(&m, &out);
	CHECK_STR(out.data, out.len,
		"This is a multi-part message in MIME format.\n"
		"\n"
		"--b1_X\n"
		"Content-Type: multipart/alternative;\n"
		"\tboundary=\"b2_X\"\n"
		"\n"
		"--b2_X\n"
		"Content-Type: text/plain; charset=us-ascii\n"
		"\n"
		"Hi\n"
		"\n"
		"\n"
		"--b2_X\n"
		"Content-Type: text/html; charset=us-ascii\n"
		"\n"
		"<p>Hi</p>\n"
		"\n"
		"\n"
		"\n"
		"--b2_X--\n"
		"\n"
		"--b1_X\n"
		"Content-Type: text/plain; name=\"a b.txt\"\n"
		"Content-Transfer-Encoding: base64\n"
		"Content-Disposition: attachment; filename=\"a b.txt\"\n"
		"\n"
		"ZGF0YQo=\n"
		"\n"
		"\n"
		"--b1_X--\n");
	smtp_buf_free(&out);
}

/* "inline": the Content-ID as given, and the name quoted in Content-Type only. */
static void test_inline(void)
{
	mime_message m;
	mime_header_opts opts;
	mime_charset cs;
	mime_attachment a = {T("GIF89a"), T("logo.gif"), T("base64"), T("image/gif"), T("inline"), T("logo@x"),
		true, false};
	smtp_buf out = SMTP_BUF_INIT;

	init_message(&m, &opts, &cs);
	m.type = MIME_HAS_INLINE;
	m.content_type = T("text/html");
	m.body = T("<img src=\"cid:logo@x\">\r\n");
	m.attachments = &a;
	m.attachment_count = 1;
	render(&m, &out);
	CHECK_STR(out.data, out.len,
		"This is a multi-part message in MIME format.\n"
		"\n"
		"--b1_X\n"
		"Content-Type: text/html; charset=us-ascii\n"
		"\n"
		"<img src=\"cid:logo@x\">\n"
		"\n"
		"\n"
		"--b1_X\n"
		"Content-Type: image/gif; name=\"logo.gif\"\n"
		"Content-Transfer-Encoding: base64\n"
		"Content-ID: <logo@x>\n"
		"Content-Disposition: inline; filename=logo.gif\n"
		"\n"
		"R0lGODlh\n"
		"\n"
		"\n"
		"--b1_X--\n");
	smtp_buf_free(&out);
}

/* A long line makes the text quoted-printable, written as PHP's quoted_printable_encode() does. */
static void test_qp(void)
{
	mime_message m;
	mime_header_opts opts;
	mime_charset cs;
	char line[1001];
	smtp_buf out = SMTP_BUF_INIT;

	init_message(&m, &opts, &cs);
	memset(line, 'a', sizeof(line));
	line[997] = '\r';
	line[998] = 'x';
	m.type = 0;
	m.content_type = T("text/plain");
	m.body = (mime_text){line, 999};
	render(&m, &out);
	/* 999 bytes with a lone CR (only LF ends a line there) is not too long for 5.2: 7bit, CR made "\n". */
	CHECK(out.len == 1000 && memcmp(out.data + 997, "\nx\n", 3) == 0);
	smtp_buf_free(&out);
	line[997] = 'a';
	line[998] = 'a';
	line[1000] = '\n';
	m.body = (mime_text){line, 1001};
	render(&m, &out);
	/* 1000 bytes: quoted-printable with CRLF soft breaks, the final LF escaped (PHP keeps only CRLF pairs). */
	CHECK(out.len > 76 && memcmp(out.data + 75, "=\r\n", 3) == 0);
	CHECK(out.len >= 3 && memcmp(out.data + out.len - 3, "=0A", 3) == 0);
	smtp_buf_free(&out);
}

/* public $Version = '5.2.28': a property's string value, as for constants. */
static void test_outline(void)
{
	source_outline o;
	const source_member *m;
	static const char src[] =
		"<?php\nclass PHPMailer\n{\n"
		"    public $Version = '5.2.28';\n"
		"    public $LE = \"\\n\", $Other = 'x' . 'y';\n"
		"    public static $validator = 'auto';\n"
		"    protected $to = array();\n"
		"}\n";

	CHECK(source_outline_scan(&o, src, sizeof(src) - 1));
	CHECK(o.decl_count == 1 && !o.other_code);
	m = source_outline_member(&o.decls[0], SOURCE_MEMBER_PROPERTY, "Version", 7);
	CHECK(m && m->has_string_value && !m->is_static);
	if (m) {
		CHECK_STR(m->value.ptr, m->value.len, "5.2.28");
	}
	m = source_outline_member(&o.decls[0], SOURCE_MEMBER_PROPERTY, "LE", 2);
	CHECK(m && m->has_string_value);
	if (m) {
		CHECK_STR(m->value.ptr, m->value.len, "\\n");
	}
	m = source_outline_member(&o.decls[0], SOURCE_MEMBER_PROPERTY, "Other", 5);
	CHECK(m && !m->has_string_value);
	m = source_outline_member(&o.decls[0], SOURCE_MEMBER_PROPERTY, "validator", 9);
	CHECK(m && m->is_static && m->has_string_value);
	m = source_outline_member(&o.decls[0], SOURCE_MEMBER_PROPERTY, "to", 2);
	CHECK(m && !m->has_string_value);
	source_outline_free(&o);
}

void test_legacy5(void)
{
	test_header();
	test_wrap();
	test_alt_attach();
	test_inline();
	test_qp();
	test_outline();
}
