/*
 * mime_message.c - the body of a message as PHPMailer lays it out, and its
 * streaming reader.
 */
#include "mime_message.h"
#include "smtp_alloc.h"

#include <errno.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define LIT(s) (s), sizeof(s) - 1
#define BASE64_LINE 76 /* encodeString(): chunk_split(base64_encode($str), 76, $LE) */

static const mime_text TEXT_7BIT = {LIT("7bit")};
static const mime_text TEXT_8BIT = {LIT("8bit")};
static const mime_text TEXT_QP = {LIT("quoted-printable")};
static const mime_text TEXT_ASCII = {LIT("us-ascii")};
static const mime_text TEXT_PLAIN = {LIT("text/plain")};
static const mime_text TEXT_HTML = {LIT("text/html")};
static const mime_text TEXT_EMPTY = {"", 0};

mime_encoding mime_encoding_from_name(const char *name, size_t len)
{
	static const struct {
		const char *name;
		size_t len;
		mime_encoding encoding;
	} names[] = {
		{LIT("7bit"), MIME_ENC_7BIT},
		{LIT("8bit"), MIME_ENC_8BIT},
		{LIT("base64"), MIME_ENC_BASE64},
		{LIT("binary"), MIME_ENC_BINARY},
		{LIT("quoted-printable"), MIME_ENC_QP},
	};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (len == names[i].len && strncasecmp(name, names[i].name, len) == 0) {
			return names[i].encoding;
		}
	}
	return MIME_ENC_UNKNOWN;
}

static bool text_is(mime_text t, const char *lit, size_t len)
{
	return t.len == len && memcmp(t.s, lit, len) == 0;
}

/* PHP's empty() on a string: "" and "0". */
static bool text_empty(mime_text t)
{
	return t.len == 0 || (t.len == 1 && t.s[0] == '0');
}

/* {{{ the body as segments */

void mime_body_init(mime_body *body)
{
	memset(body, 0, sizeof(*body));
	smtp_buf_init(&body->bytes);
}

void mime_body_free(mime_body *body)
{
	size_t i;

	for (i = 0; i < body->count; i++) {
		smtp_free(body->segments[i].path);
	}
	smtp_free(body->segments);
	smtp_buf_free(&body->bytes);
	mime_body_init(body);
}

static mime_segment *new_segment(mime_body *body, mime_segment_kind kind)
{
	mime_segment *seg;

	if (body->count == body->capacity) {
		size_t capacity = body->capacity ? body->capacity * 2 : 16;
		mime_segment *segments = smtp_realloc(body->segments, capacity * sizeof(*segments));

		if (!segments) {
			return NULL;
		}
		body->segments = segments;
		body->capacity = capacity;
	}
	seg = &body->segments[body->count++];
	memset(seg, 0, sizeof(*seg));
	seg->kind = kind;
	return seg;
}

/* Appends bytes, growing the last segment when it is a bytes segment. */
static bool emit(mime_body *body, const char *s, size_t len)
{
	mime_segment *last = body->count ? &body->segments[body->count - 1] : NULL;

	if (!last || last->kind != MIME_SEG_BYTES) {
		last = new_segment(body, MIME_SEG_BYTES);
		if (!last) {
			return false;
		}
		last->offset = body->bytes.len;
	}
	if (!smtp_buf_append(&body->bytes, s, len)) {
		return false;
	}
	last->len += len;
	return true;
}

/* Text appended by an encoder straight into body->bytes is claimed by the current segment. */
static bool claim(mime_body *body, size_t start)
{
	mime_segment *last = body->count ? &body->segments[body->count - 1] : NULL;

	if (!last || last->kind != MIME_SEG_BYTES) {
		last = new_segment(body, MIME_SEG_BYTES);
		if (!last) {
			return false;
		}
		last->offset = start;
	}
	last->len += body->bytes.len - start;
	return true;
}

static bool emit_text(mime_body *body, mime_text t)
{
	return emit(body, t.s, t.len);
}

static bool emit_le(mime_body *body)
{
	return emit(body, body->le.s, body->le.len);
}

static bool emit_file(mime_body *body, mime_text path, mime_encoding encoding)
{
	mime_segment *seg = new_segment(body, MIME_SEG_FILE);

	if (!seg || !(seg->path = smtp_memdup(path.s, path.len))) {
		return false;
	}
	seg->encoding = encoding;
	return true;
}

/* PHPMailer::encodeString() into the body (5.2's, when legacy). */
static bool encode_bytes(smtp_buf *out, const char *s, size_t len, mime_encoding encoding, mime_le le,
	bool legacy)
{
	switch (encoding) {
	case MIME_ENC_BASE64:
		return mime_base64_lines(out, s, len, BASE64_LINE, le);
	case MIME_ENC_7BIT:
	case MIME_ENC_8BIT:
		return mime_encode_text(out, s, len, le);
	case MIME_ENC_BINARY:
		return smtp_buf_append(out, s, len);
	case MIME_ENC_QP:
		/* 5.2's encodeQP() is quoted_printable_encode() alone, line breaks left as PHP writes them. */
		return legacy ? mime_qp_php(out, s, len) : mime_encode_qp(out, s, len, le);
	case MIME_ENC_UNKNOWN:
		break;
	}
	/* The binding refuses unknown encodings before a body is built. */
	return true;
}

/* Text a hook or an encoder appended to body->bytes (from start), claimed by the body. */
static bool took(mime_body *body, size_t start, bool ok)
{
	return ok && claim(body, start);
}

/* Gives back the bytes appended since start (all bytes: a hooked body has no file segments). */
static void drop_since(mime_body *body, size_t start)
{
	mime_segment *last = body->count ? &body->segments[body->count - 1] : NULL;
	size_t n = body->bytes.len - start;

	if (last && last->kind == MIME_SEG_BYTES && last->len >= n) {
		last->len -= n;
		body->bytes.len = start;
	}
}

static mime_text text_of_buf(const smtp_buf *buf)
{
	return (mime_text){buf->data ? buf->data : "", buf->len};
}

/* }}} */

/* {{{ the helpers createBody() and attachAll() call: the hooks' or the core's own */

/* encodeString(). */
static bool encode_string(mime_body *body, const mime_message *m, mime_text t, mime_text encoding)
{
	size_t start = body->bytes.len;

	if (m->hooks) {
		return took(body, start, m->hooks->encode_string(m->hooks->ctx, &body->bytes, t, encoding));
	}
	return took(body, start, encode_bytes(&body->bytes, t.s, t.len,
		mime_encoding_from_name(encoding.s, encoding.len), body->le, body->legacy));
}

/* encodeFile(): without hooks, the file is read as the body is. */
static bool encode_file(mime_body *body, const mime_message *m, mime_text path, mime_text encoding)
{
	size_t start = body->bytes.len;

	if (m->hooks) {
		return took(body, start, m->hooks->encode_file(m->hooks->ctx, &body->bytes, path, encoding));
	}
	return emit_file(body, path, mime_encoding_from_name(encoding.s, encoding.len));
}

/* textLine() of a value made of up to three pieces. */
static bool text_line(mime_body *body, const mime_message *m, mime_text a, mime_text b, mime_text c)
{
	if (m->hooks) {
		smtp_buf value = SMTP_BUF_INIT;
		size_t start = body->bytes.len;
		bool ok = smtp_buf_append(&value, a.s, a.len) && smtp_buf_append(&value, b.s, b.len)
			&& smtp_buf_append(&value, c.s, c.len)
			&& took(body, start, m->hooks->text_line(m->hooks->ctx, &body->bytes, text_of_buf(&value)));

		smtp_buf_free(&value);
		return ok;
	}
	return emit_text(body, a) && emit_text(body, b) && emit_text(body, c) && emit_le(body);
}

/* headerLine(). */
static bool header_line(mime_body *body, const mime_message *m, mime_text name, mime_text value)
{
	size_t start = body->bytes.len;

	if (m->hooks) {
		return took(body, start, m->hooks->header_line(m->hooks->ctx, &body->bytes, name, value));
	}
	return emit_text(body, name) && emit(body, LIT(": ")) && emit_text(body, value) && emit_le(body);
}

/* encodeHeader(secureHeader($value)) into out. */
static bool encode_header_value(smtp_buf *out, const mime_message *m, mime_text value)
{
	smtp_buf secured = SMTP_BUF_INIT;
	bool ok;

	if (m->hooks) {
		ok = m->hooks->secure_header(m->hooks->ctx, &secured, value)
			&& m->hooks->encode_header(m->hooks->ctx, out, text_of_buf(&secured));
	} else {
		ok = mime_secure_header(&secured, value.s, value.len)
			&& mime_encode_header(out, m->header_opts, secured.data ? secured.data : "", secured.len,
				MIME_POS_TEXT);
	}
	smtp_buf_free(&secured);
	return ok;
}

/* quotedString(). */
static bool quoted_string(mime_body *body, const mime_message *m, mime_text t)
{
	size_t start = body->bytes.len;

	if (m->hooks) {
		return took(body, start, m->hooks->quoted_string(m->hooks->ctx, &body->bytes, t));
	}
	return took(body, start, mime_quoted_string(&body->bytes, t.s, t.len));
}

/* }}} */

/* {{{ the layout of createBody() */

typedef struct part_encodings {
	mime_text body_encoding, body_charset;
	mime_text alt_encoding, alt_charset;
} part_encodings;

/* has8bitChars(): -1 when the hook failed. */
static int has_8bit(const mime_message *m, mime_text t)
{
	return m->hooks ? m->hooks->has_8bit(m->hooks->ctx, t) : mime_has_8bit(t.s, t.len);
}

/* hasLineLongerThanMax() (5.2's counts a CRLF whatever the line ending): -1 when the hook failed. */
static int has_long_line(const mime_message *m, mime_text t)
{
	if (m->hooks) {
		return m->hooks->has_line_longer_than_max(m->hooks->ctx, t);
	}
	return mime_has_line_longer_than_max(t.s, t.len, m->legacy ? MIME_LE_CRLF : m->le);
}

/*
 * The encoding and charset of a text part: 8bit text without 8-bit bytes
 * goes as 7bit us-ascii, and any text with a line over 998 bytes goes as
 * quoted-printable unless the message is base64.
 */
static bool text_part_encoding(const mime_message *m, mime_text text, bool main_body, mime_text *encoding,
	mime_text *charset)
{
	int r = 0;

	*encoding = m->encoding;
	*charset = m->charset;
	/* With SMTPUTF8 the body (not its text alternative) goes as 8bit, whatever Encoding says. */
	if (main_body && m->smtputf8) {
		*encoding = TEXT_8BIT;
	} else if (text_is(m->encoding, LIT("8bit")) && (r = has_8bit(m, text)) == 0) {
		*encoding = TEXT_7BIT;
		*charset = TEXT_ASCII;
	}
	if (r < 0) {
		return false;
	}
	if (!text_is(m->encoding, LIT("base64")) && (r = has_long_line(m, text)) != 0) {
		*encoding = TEXT_QP;
	}
	return r >= 0;
}

static bool encodings_of(const mime_message *m, part_encodings *e)
{
	return text_part_encoding(m, m->body, true, &e->body_encoding, &e->body_charset)
		&& text_part_encoding(m, m->alt_body, false, &e->alt_encoding, &e->alt_charset);
}

void mime_text_encodings(const mime_message *m, mime_text *body, mime_text *alt)
{
	mime_message plain = *m;
	part_encodings e;

	plain.hooks = NULL;
	encodings_of(&plain, &e);
	*body = e.body_encoding;
	*alt = e.alt_encoding;
}

/* getBoundary(): the headers opening a text part (empty arguments: the message's own). */
static bool part_header(mime_body *body, const mime_message *m, mime_text boundary,
	mime_text charset, mime_text content_type, mime_text encoding)
{
	if (m->hooks) {
		size_t start = body->bytes.len;

		return took(body, start, m->hooks->get_boundary(m->hooks->ctx, &body->bytes, boundary, charset,
			content_type, encoding));
	}
	if (!charset.len) {
		charset = m->charset;
	}
	if (!content_type.len) {
		content_type = m->content_type;
	}
	if (!encoding.len) {
		encoding = m->encoding;
	}
	if (!emit(body, LIT("--")) || !emit_text(body, boundary) || !emit_le(body)
		|| !emit(body, LIT("Content-Type: ")) || !emit_text(body, content_type)
		|| !emit(body, LIT("; charset=")) || !emit_text(body, charset) || !emit_le(body)) {
		return false;
	}
	if (!text_is(encoding, LIT("7bit"))
		&& (!emit(body, LIT("Content-Transfer-Encoding: ")) || !emit_text(body, encoding) || !emit_le(body))) {
		return false;
	}
	return emit_le(body);
}

/* A text part: its headers, its encoded text, and the line ending after it. */
static bool text_part(mime_body *body, const mime_message *m, mime_text boundary, mime_text charset,
	mime_text content_type, mime_text encoding, mime_text text)
{
	return part_header(body, m, boundary, charset, content_type, encoding)
		&& encode_string(body, m, text, encoding) && emit_le(body) && (!m->legacy || emit_le(body));
}

/* endBoundary(). */
static bool end_boundary(mime_body *body, const mime_message *m, mime_text boundary)
{
	if (m->hooks) {
		size_t start = body->bytes.len;

		return took(body, start, m->hooks->end_boundary(m->hooks->ctx, &body->bytes, boundary));
	}
	return emit_le(body) && emit(body, LIT("--")) && emit_text(body, boundary) && emit(body, LIT("--"))
		&& emit_le(body);
}

/* The opening of a nested multipart: its boundary line and Content-Type. */
static bool nested(mime_body *body, const mime_message *m, mime_text outer, mime_text subtype,
	mime_text inner, bool html_related)
{
	/* 5.2 indents the boundary with a tab and names no root type for a related part. */
	mime_text indent = body->legacy ? (mime_text){LIT("\tboundary=\"")} : (mime_text){LIT(" boundary=\"")};
	bool with_type = html_related && !body->legacy;

	return text_line(body, m, (mime_text){LIT("--")}, outer, TEXT_EMPTY)
		&& header_line(body, m, (mime_text){LIT("Content-Type")}, subtype)
		&& text_line(body, m, indent, inner, with_type ? (mime_text){LIT("\";")} : (mime_text){LIT("\"")})
		&& (!with_type || text_line(body, m, (mime_text){LIT(" type=\"text/html\"")}, TEXT_EMPTY, TEXT_EMPTY))
		&& emit_le(body);
}

static const mime_text MULTIPART_RELATED = {LIT("multipart/related;")};
static const mime_text MULTIPART_ALTERNATIVE = {LIT("multipart/alternative;")};

/* One attachment part, as attachAll() writes it. */
static bool attachment_part(mime_body *body, const mime_message *m, const mime_attachment *a, mime_text boundary)
{
	if (!emit(body, LIT("--")) || !emit_text(body, boundary) || !emit_le(body)
		|| !emit(body, LIT("Content-Type: ")) || !emit_text(body, a->type)) {
		return false;
	}
	if (!text_empty(a->name)) {
		smtp_buf name = SMTP_BUF_INIT;
		bool ok = emit(body, LIT("; name=")) && encode_header_value(&name, m, a->name)
			&& quoted_string(body, m, text_of_buf(&name));

		smtp_buf_free(&name);
		if (!ok) {
			return false;
		}
	}
	if (!emit_le(body)) {
		return false;
	}
	if (!text_is(a->encoding, LIT("7bit")) && (!emit(body, LIT("Content-Transfer-Encoding: "))
			|| !emit_text(body, a->encoding) || !emit_le(body))) {
		return false;
	}
	if (a->cid.len && text_is(a->disposition, LIT("inline"))) {
		smtp_buf cid = SMTP_BUF_INIT;
		bool ok = encode_header_value(&cid, m, a->cid) && emit(body, LIT("Content-ID: <"))
			&& emit_text(body, text_of_buf(&cid)) && emit(body, LIT(">")) && emit_le(body);

		smtp_buf_free(&cid);
		if (!ok) {
			return false;
		}
	}
	if (!text_empty(a->disposition)) {
		smtp_buf name = SMTP_BUF_INIT;
		bool ok = encode_header_value(&name, m, a->name)
			&& emit(body, LIT("Content-Disposition: ")) && emit_text(body, a->disposition)
			&& (text_empty(text_of_buf(&name))
				|| (emit(body, LIT("; filename=")) && quoted_string(body, m, text_of_buf(&name))))
			&& emit_le(body);

		smtp_buf_free(&name);
		if (!ok) {
			return false;
		}
	}
	if (!emit_le(body)) {
		return false;
	}
	return a->is_string ? encode_string(body, m, a->content, a->encoding)
		: encode_file(body, m, a->content, a->encoding);
}

/* encodeHeader(secureHeader($name)) into a buffer of its own. */
static bool encode_name(smtp_buf *out, const mime_message *m, mime_text name)
{
	smtp_buf secured = SMTP_BUF_INIT;
	bool ok = mime_secure_header(&secured, name.s, name.len)
		&& mime_encode_header(out, m->header_opts, secured.data ? secured.data : "", secured.len, MIME_POS_TEXT);

	smtp_buf_free(&secured);
	return ok;
}

/* One of ` ()<>@,;:"/[]?=`: 5.2 quotes a filename holding one (without escaping anything). */
static bool needs_quotes(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] != '\0' && strchr(" ()<>@,;:\"/[]?=", s[i])) {
			return true;
		}
	}
	return false;
}

/*
 * One attachment part as PHPMailer 5.2's attachAll() writes it: the name
 * always in quotes in Content-Type, the Content-ID as given (for every
 * inline part), and a blank line after the content.
 */
static bool emit_attachment_legacy(mime_body *body, const mime_message *m, const mime_attachment *a,
	mime_text boundary)
{
	smtp_buf name = SMTP_BUF_INIT;
	mime_text encoded;
	bool ok;

	if (!encode_name(&name, m, a->name)) {
		smtp_buf_free(&name);
		return false;
	}
	encoded = (mime_text){name.data ? name.data : "", name.len};
	ok = emit(body, LIT("--")) && emit_text(body, boundary) && emit_le(body)
		&& emit(body, LIT("Content-Type: ")) && emit_text(body, a->type)
		&& (text_empty(a->name) || (emit(body, LIT("; name=\"")) && emit_text(body, encoded) && emit(body, LIT("\""))))
		&& emit_le(body)
		&& (text_is(a->encoding, LIT("7bit")) || (emit(body, LIT("Content-Transfer-Encoding: "))
			&& emit_text(body, a->encoding) && emit_le(body)))
		&& (!text_is(a->disposition, LIT("inline")) || (emit(body, LIT("Content-ID: <")) && emit_text(body, a->cid)
			&& emit(body, LIT(">")) && emit_le(body)));
	if (ok && !text_empty(a->disposition)) {
		ok = emit(body, LIT("Content-Disposition: ")) && emit_text(body, a->disposition);
		if (ok && needs_quotes(encoded.s, encoded.len)) {
			ok = emit(body, LIT("; filename=\"")) && emit_text(body, encoded) && emit(body, LIT("\""));
		} else if (ok && !text_empty(encoded)) {
			ok = emit(body, LIT("; filename=")) && emit_text(body, encoded);
		}
		ok = ok && emit_le(body);
	}
	smtp_buf_free(&name);
	if (!ok || !emit_le(body)) {
		return false;
	}
	if (a->is_string) {
		ok = encode_string(body, m, a->content, a->encoding);
	} else {
		ok = emit_file(body, a->content, mime_encoding_from_name(a->encoding.s, a->encoding.len));
	}
	return ok && emit_le(body) && emit_le(body);
}

/* An inline part whose Content-ID an earlier emitted part already used is left out. */
static bool cid_seen(const mime_message *m, size_t upto, mime_text disposition, mime_text cid)
{
	size_t i;

	for (i = 0; i < upto; i++) {
		const mime_attachment *a = &m->attachments[i];

		if (!a->duplicate && a->disposition.len == disposition.len
			&& memcmp(a->disposition.s, disposition.s, disposition.len) == 0
			&& a->cid.len == cid.len && memcmp(a->cid.s, cid.s, cid.len) == 0) {
			return true;
		}
	}
	return false;
}

/*
 * attachAll(): the parts of one disposition, then the closing boundary.
 * PHPMailer asks isError() after each part and gives up with an empty
 * result when it says yes; only hooks can say so here (without them, the
 * binding checked the files before).
 */
static bool attachments(mime_body *body, const mime_message *m, mime_text disposition, mime_text boundary)
{
	size_t start = body->bytes.len, i;

	for (i = 0; i < m->attachment_count; i++) {
		const mime_attachment *a = &m->attachments[i];
		int error;

		if (!text_is(a->disposition, disposition.s, disposition.len) || a->duplicate) {
			continue;
		}
		if (text_is(a->disposition, LIT("inline")) && cid_seen(m, i, a->disposition, a->cid)) {
			continue;
		}
		if (!(m->legacy ? emit_attachment_legacy(body, m, a, boundary) : attachment_part(body, m, a, boundary))) {
			return false;
		}
		if (m->hooks && (error = m->hooks->is_error(m->hooks->ctx)) != 0) {
			drop_since(body, start);
			return error > 0;
		}
		if (!m->legacy && !emit_le(body)) {
			return false;
		}
	}
	return emit(body, LIT("--")) && emit_text(body, boundary) && emit(body, LIT("--")) && emit_le(body);
}

/* $this->attachAll() from createBody(). */
static bool attach_all(mime_body *body, const mime_message *m, mime_text disposition, mime_text boundary)
{
	if (m->hooks) {
		size_t start = body->bytes.len;

		return took(body, start, m->hooks->attach_all(m->hooks->ctx, &body->bytes, disposition, boundary));
	}
	return attachments(body, m, disposition, boundary);
}

static const mime_text INLINE = {LIT("inline")};
static const mime_text ATTACHMENT = {LIT("attachment")};

/* The alternative's text and HTML parts, and the calendar part when there is one. */
static bool alternatives(mime_body *body, const mime_message *m, const part_encodings *e,
	mime_text boundary, mime_text html_boundary, bool calendar, bool calendar_le)
{
	if (!text_part(body, m, boundary, e->alt_charset, TEXT_PLAIN, e->alt_encoding, m->alt_body)) {
		return false;
	}
	if (html_boundary.len) {
		/* alt_inline and alt_inline_attach: the HTML sits in a related part with its images. */
		return nested(body, m, boundary, MULTIPART_RELATED, html_boundary, true)
			&& text_part(body, m, html_boundary, e->body_charset, TEXT_HTML, e->body_encoding, m->body)
			&& attach_all(body, m, INLINE, html_boundary) && emit_le(body);
	}
	if (!text_part(body, m, boundary, e->body_charset, TEXT_HTML, e->body_encoding, m->body)) {
		return false;
	}
	if (calendar && m->ical.len && !text_empty(m->ical)) {
		smtp_buf type = SMTP_BUF_INIT;
		/* 5.2 always says REQUEST, and leaves a blank line after the part. */
		bool ok = smtp_buf_append(&type, LIT("text/calendar; method="))
			&& (m->legacy ? smtp_buf_append(&type, LIT("REQUEST"))
				: smtp_buf_append(&type, m->ical_method.s, m->ical_method.len))
			&& part_header(body, m, boundary, TEXT_EMPTY, text_of_buf(&type), TEXT_EMPTY)
			&& encode_string(body, m, m->ical, m->encoding)
			&& (!calendar_le || emit_le(body)) && (!m->legacy || emit_le(body));

		smtp_buf_free(&type);
		return ok;
	}
	return true;
}

bool mime_body_borrow(mime_body *body, const char *data, size_t len)
{
	mime_segment *seg = smtp_malloc(sizeof(*seg));
	mime_le le = body->le;
	bool legacy = body->legacy;

	if (!seg) {
		return false;
	}
	memset(seg, 0, sizeof(*seg));
	seg->kind = MIME_SEG_BORROWED;
	seg->borrowed = data;
	seg->len = len;
	mime_body_free(body);
	body->segments = seg;
	body->count = body->capacity = 1;
	body->le = le;
	body->legacy = legacy;
	return true;
}

bool mime_body_has_files(const mime_body *body)
{
	size_t i;

	for (i = 0; i < body->count; i++) {
		if (body->segments[i].kind == MIME_SEG_FILE) {
			return true;
		}
	}
	return false;
}

bool mime_body_add_attachments(mime_body *body, const mime_message *m, const char *disposition,
	size_t disposition_len, mime_text boundary)
{
	body->le = m->le;
	body->legacy = m->legacy;
	return attachments(body, m, (mime_text){disposition, disposition_len}, boundary);
}

bool mime_body_build(mime_body *body, const mime_message *m)
{
	part_encodings e;
	const mime_text *b = m->boundary;

	body->le = m->le;
	body->legacy = m->legacy;
	if (!encodings_of(m, &e)) {
		return false;
	}
	/* 5.2 opens every multipart body with a preamble for clients that cannot read MIME. */
	if (m->legacy && m->type != 0
		&& (!emit(body, LIT("This is a multi-part message in MIME format.")) || !emit_le(body) || !emit_le(body))) {
		return false;
	}
	switch (m->type) {
	case MIME_HAS_INLINE:
		return text_part(body, m, b[0], e.body_charset, TEXT_EMPTY, e.body_encoding, m->body)
			&& attach_all(body, m, INLINE, b[0]);
	case MIME_HAS_ATTACH:
		return text_part(body, m, b[0], e.body_charset, TEXT_EMPTY, e.body_encoding, m->body)
			&& attach_all(body, m, ATTACHMENT, b[0]);
	case MIME_HAS_INLINE | MIME_HAS_ATTACH:
		return nested(body, m, b[0], MULTIPART_RELATED, b[1], true)
			&& text_part(body, m, b[1], e.body_charset, TEXT_EMPTY, e.body_encoding, m->body)
			&& attach_all(body, m, INLINE, b[1]) && emit_le(body)
			&& attach_all(body, m, ATTACHMENT, b[0]);
	case MIME_HAS_ALT:
		return alternatives(body, m, &e, b[0], TEXT_EMPTY, true, true) && end_boundary(body, m, b[0]);
	case MIME_HAS_ALT | MIME_HAS_INLINE:
		return alternatives(body, m, &e, b[0], b[1], false, false) && end_boundary(body, m, b[0]);
	case MIME_HAS_ALT | MIME_HAS_ATTACH:
		/* Only 6.x puts a calendar part into a message with attachments. */
		return nested(body, m, b[0], MULTIPART_ALTERNATIVE, b[1], false)
			&& alternatives(body, m, &e, b[1], TEXT_EMPTY, !m->legacy, false) && end_boundary(body, m, b[1])
			&& emit_le(body) && attach_all(body, m, ATTACHMENT, b[0]);
	case MIME_HAS_ALT | MIME_HAS_INLINE | MIME_HAS_ATTACH:
		return nested(body, m, b[0], MULTIPART_ALTERNATIVE, b[1], false)
			&& alternatives(body, m, &e, b[1], b[2], false, false) && end_boundary(body, m, b[1])
			&& emit_le(body) && attach_all(body, m, ATTACHMENT, b[0]);
	default:
		return encode_string(body, m, m->body, e.body_encoding);
	}
}

/* }}} */

/* {{{ streaming */

#define READ_CHUNK (48 * 1024)

void mime_reader_init(mime_reader *r, const mime_body *body)
{
	memset(r, 0, sizeof(*r));
	r->body = body;
	smtp_buf_init(&r->carry);
}

void mime_reader_free(mime_reader *r)
{
	if (r->file) {
		fclose(r->file);
	}
	smtp_buf_free(&r->carry);
	memset(r, 0, sizeof(*r));
}

static smtp_status file_error(const mime_segment *seg, int sys_errno, smtp_error *err)
{
	return smtp_error_set_errno(err, SMTP_ERR_FILE, sys_errno, "%s", seg->path);
}

static void next_segment(mime_reader *r)
{
	if (r->file) {
		fclose(r->file);
		r->file = NULL;
	}
	r->segment++;
	r->offset = 0;
	r->started = false;
	smtp_buf_reset(&r->carry);
}

/* Reads the next piece of a file segment and appends it, encoded, to out. */
static smtp_status read_file(mime_reader *r, const mime_segment *seg, smtp_buf *out, bool *done,
	smtp_error *err)
{
	char buf[READ_CHUNK];
	size_t n;

	if (!r->started) {
		r->file = fopen(seg->path, "rb");
		if (!r->file) {
			return file_error(seg, errno, err);
		}
		mime_base64_stream_init(&r->b64, BASE64_LINE, r->body->le);
		r->started = true;
	}
	*done = false;
	n = fread(buf, 1, sizeof(buf), r->file);
	if (n == 0 && ferror(r->file)) {
		return file_error(seg, errno, err);
	}
	switch (seg->encoding) {
	case MIME_ENC_BASE64:
		if (!mime_base64_stream_update(&r->b64, out, buf, n)) {
			return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
		}
		if (n == 0 && !mime_base64_stream_finish(&r->b64, out)) {
			return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
		}
		break;
	case MIME_ENC_BINARY:
		if (!smtp_buf_append(out, buf, n)) {
			return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
		}
		break;
	default:
		/* Line-oriented encodings see the whole file, as PHPMailer's encodeString() does. */
		if (!smtp_buf_append(&r->carry, buf, n)) {
			return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
		}
		if (n == 0 && !encode_bytes(out, r->carry.data ? r->carry.data : "", r->carry.len, seg->encoding,
				r->body->le, r->body->legacy)) {
			return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
		}
		break;
	}
	*done = n == 0;
	return SMTP_OK;
}

smtp_status mime_reader_read(mime_reader *r, smtp_buf *out, size_t want, smtp_error *err)
{
	size_t start = out->len;

	while (r->segment < r->body->count && out->len - start < want) {
		const mime_segment *seg = &r->body->segments[r->segment];
		size_t room = want - (out->len - start);

		if (seg->kind != MIME_SEG_FILE) {
			const char *bytes = seg->kind == MIME_SEG_BORROWED ? seg->borrowed : r->body->bytes.data + seg->offset;
			size_t n = seg->len - r->offset < room ? seg->len - r->offset : room;

			if (!smtp_buf_append(out, bytes + r->offset, n)) {
				return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
			}
			r->offset += n;
			if (r->offset == seg->len) {
				next_segment(r);
			}
		} else {
			bool done;
			smtp_status status = read_file(r, seg, out, &done, err);

			if (status != SMTP_OK) {
				return status;
			}
			if (done) {
				next_segment(r);
			}
		}
	}
	return SMTP_OK;
}

smtp_status mime_body_render(const mime_body *body, smtp_buf *out, smtp_error *err)
{
	mime_reader r;
	smtp_status status = SMTP_OK;

	mime_reader_init(&r, body);
	while (status == SMTP_OK && r.segment < body->count) {
		status = mime_reader_read(&r, out, 1024 * 1024, err);
	}
	mime_reader_free(&r);
	return status;
}

bool mime_body_rendered_len(const mime_body *body, size_t *len)
{
	size_t i, total = 0;

	for (i = 0; i < body->count; i++) {
		const mime_segment *seg = &body->segments[i];
		struct stat st;

		if (seg->kind != MIME_SEG_FILE) {
			total += seg->len;
			continue;
		}
		if ((seg->encoding != MIME_ENC_BASE64 && seg->encoding != MIME_ENC_BINARY) || stat(seg->path, &st) != 0
			|| !S_ISREG(st.st_mode)) {
			return false;
		}
		total += seg->encoding == MIME_ENC_BINARY ? (size_t)st.st_size
			: mime_base64_lines_len((size_t)st.st_size, BASE64_LINE, body->le);
	}
	*len = total;
	return true;
}

/* }}} */
