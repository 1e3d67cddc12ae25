/*
 * mime_message.c - the body of a message as PHPMailer lays it out, and its
 * streaming reader.
 */
#include "mime_message.h"
#include "smtp_alloc.h"

#include <errno.h>
#include <string.h>
#include <strings.h>

#define LIT(s) (s), sizeof(s) - 1

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
		return mime_base64_lines(out, s, len, 76, le);
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

static bool emit_encoded(mime_body *body, mime_text t, mime_text encoding)
{
	size_t start = body->bytes.len;

	return encode_bytes(&body->bytes, t.s, t.len, mime_encoding_from_name(encoding.s, encoding.len), body->le,
		body->legacy) && claim(body, start);
}

/* }}} */

/* {{{ the layout of createBody() */

typedef struct part_encodings {
	mime_text body_encoding, body_charset;
	mime_text alt_encoding, alt_charset;
} part_encodings;

/*
 * The encoding and charset of a text part: 8bit text without 8-bit bytes
 * goes as 7bit us-ascii, and any text with a line over 998 bytes goes as
 * quoted-printable unless the message is base64.
 */
static void text_part_encoding(const mime_message *m, mime_text text, bool main_body, mime_text *encoding,
	mime_text *charset)
{
	*encoding = m->encoding;
	*charset = m->charset;
	/* With SMTPUTF8 the body (not its text alternative) goes as 8bit, whatever Encoding says. */
	if (main_body && m->smtputf8) {
		*encoding = TEXT_8BIT;
	} else if (text_is(m->encoding, LIT("8bit")) && !mime_has_8bit(text.s, text.len)) {
		*encoding = TEXT_7BIT;
		*charset = TEXT_ASCII;
	}
	/* 5.2's hasLineLongerThanMax() counts a CRLF whatever the line ending. */
	if (!text_is(m->encoding, LIT("base64"))
		&& mime_has_line_longer_than_max(text.s, text.len, m->legacy ? MIME_LE_CRLF : m->le)) {
		*encoding = TEXT_QP;
	}
}

static part_encodings encodings_of(const mime_message *m)
{
	part_encodings e;

	text_part_encoding(m, m->body, true, &e.body_encoding, &e.body_charset);
	text_part_encoding(m, m->alt_body, false, &e.alt_encoding, &e.alt_charset);
	return e;
}

void mime_text_encodings(const mime_message *m, mime_text *body, mime_text *alt)
{
	part_encodings e = encodings_of(m);

	*body = e.body_encoding;
	*alt = e.alt_encoding;
}

/* PHPMailer::getBoundary(): the headers opening a text part. */
static bool emit_part_header(mime_body *body, const mime_message *m, mime_text boundary,
	mime_text charset, mime_text content_type, mime_text encoding)
{
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
static bool emit_text_part(mime_body *body, const mime_message *m, mime_text boundary, mime_text charset,
	mime_text content_type, mime_text encoding, mime_text text)
{
	return emit_part_header(body, m, boundary, charset, content_type, encoding)
		&& emit_encoded(body, text, encoding.len ? encoding : m->encoding) && emit_le(body)
		&& (!m->legacy || emit_le(body));
}

/* PHPMailer::endBoundary(). */
static bool emit_end(mime_body *body, mime_text boundary)
{
	return emit_le(body) && emit(body, LIT("--")) && emit_text(body, boundary) && emit(body, LIT("--"))
		&& emit_le(body);
}

/* The opening of a nested multipart: its boundary line and Content-Type. */
static bool emit_nested(mime_body *body, mime_text outer, const char *subtype, size_t subtype_len,
	mime_text inner, bool html_related)
{
	if (!emit(body, LIT("--")) || !emit_text(body, outer) || !emit_le(body)
		|| !emit(body, LIT("Content-Type: multipart/")) || !emit(body, subtype, subtype_len)
		|| !emit(body, LIT(";")) || !emit_le(body)
		|| !(body->legacy ? emit(body, LIT("\tboundary=\"")) : emit(body, LIT(" boundary=\"")))
		|| !emit_text(body, inner)) {
		return false;
	}
	/* 5.2 names no root type for a related part. */
	if (html_related && !body->legacy) {
		return emit(body, LIT("\";")) && emit_le(body) && emit(body, LIT(" type=\"text/html\""))
			&& emit_le(body) && emit_le(body);
	}
	return emit(body, LIT("\"")) && emit_le(body) && emit_le(body);
}

/* A header value encoded as attachAll() does: encodeHeader(secureHeader($x)). */
static bool emit_header_value(mime_body *body, const mime_message *m, mime_text value, bool quoted)
{
	smtp_buf secured = SMTP_BUF_INIT, encoded = SMTP_BUF_INIT;
	bool ok = mime_secure_header(&secured, value.s, value.len)
		&& mime_encode_header(&encoded, m->header_opts, secured.data ? secured.data : "", secured.len,
			MIME_POS_TEXT);

	if (ok) {
		if (quoted) {
			size_t start = body->bytes.len;

			ok = mime_quoted_string(&body->bytes, encoded.data ? encoded.data : "", encoded.len)
				&& claim(body, start);
		} else {
			ok = emit(body, encoded.data ? encoded.data : "", encoded.len);
		}
	}
	smtp_buf_free(&secured);
	smtp_buf_free(&encoded);
	return ok;
}

/* encodeHeader(secureHeader($name)) is empty: the name has no filename parameter. */
static bool encoded_name_empty(const mime_message *m, mime_text name)
{
	smtp_buf secured = SMTP_BUF_INIT, encoded = SMTP_BUF_INIT;
	bool empty;

	mime_secure_header(&secured, name.s, name.len);
	mime_encode_header(&encoded, m->header_opts, secured.data ? secured.data : "", secured.len, MIME_POS_TEXT);
	empty = text_empty((mime_text){encoded.data ? encoded.data : "", encoded.len});
	smtp_buf_free(&secured);
	smtp_buf_free(&encoded);
	return empty;
}

/* One attachment part, as attachAll() writes it. */
static bool emit_attachment(mime_body *body, const mime_message *m, const mime_attachment *a, mime_text boundary)
{
	mime_encoding encoding = mime_encoding_from_name(a->encoding.s, a->encoding.len);

	if (!emit(body, LIT("--")) || !emit_text(body, boundary) || !emit_le(body)
		|| !emit(body, LIT("Content-Type: ")) || !emit_text(body, a->type)) {
		return false;
	}
	if (!text_empty(a->name) && (!emit(body, LIT("; name=")) || !emit_header_value(body, m, a->name, true))) {
		return false;
	}
	if (!emit_le(body)) {
		return false;
	}
	if (!text_is(a->encoding, LIT("7bit")) && (!emit(body, LIT("Content-Transfer-Encoding: "))
			|| !emit_text(body, a->encoding) || !emit_le(body))) {
		return false;
	}
	if (a->cid.len && text_is(a->disposition, LIT("inline")) && (!emit(body, LIT("Content-ID: <"))
			|| !emit_header_value(body, m, a->cid, false) || !emit(body, LIT(">")) || !emit_le(body))) {
		return false;
	}
	if (!text_empty(a->disposition)) {
		if (!emit(body, LIT("Content-Disposition: ")) || !emit_text(body, a->disposition)) {
			return false;
		}
		if (!encoded_name_empty(m, a->name)
			&& (!emit(body, LIT("; filename=")) || !emit_header_value(body, m, a->name, true))) {
			return false;
		}
		if (!emit_le(body)) {
			return false;
		}
	}
	if (!emit_le(body)) {
		return false;
	}
	if (a->is_string) {
		if (!emit_encoded(body, a->content, a->encoding)) {
			return false;
		}
	} else if (!emit_file(body, a->content, encoding)) {
		return false;
	}
	return emit_le(body);
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
		ok = emit_encoded(body, a->content, a->encoding);
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

/* PHPMailer::attachAll(): the parts of one disposition, then the closing boundary. */
static bool emit_attachments(mime_body *body, const mime_message *m, const char *disposition,
	size_t disposition_len, mime_text boundary)
{
	size_t i;

	for (i = 0; i < m->attachment_count; i++) {
		const mime_attachment *a = &m->attachments[i];

		if (!text_is(a->disposition, disposition, disposition_len) || a->duplicate) {
			continue;
		}
		if (text_is(a->disposition, LIT("inline")) && cid_seen(m, i, a->disposition, a->cid)) {
			continue;
		}
		if (!(m->legacy ? emit_attachment_legacy(body, m, a, boundary) : emit_attachment(body, m, a, boundary))) {
			return false;
		}
	}
	return emit(body, LIT("--")) && emit_text(body, boundary) && emit(body, LIT("--")) && emit_le(body);
}

/* The alternative's text and HTML parts, and the calendar part when there is one. */
static bool emit_alternatives(mime_body *body, const mime_message *m, const part_encodings *e,
	mime_text boundary, mime_text html_boundary, bool calendar, bool calendar_le)
{
	if (!emit_text_part(body, m, boundary, e->alt_charset, TEXT_PLAIN, e->alt_encoding, m->alt_body)) {
		return false;
	}
	if (html_boundary.len) {
		/* alt_inline and alt_inline_attach: the HTML sits in a related part with its images. */
		return emit_nested(body, boundary, LIT("related"), html_boundary, true)
			&& emit_text_part(body, m, html_boundary, e->body_charset, TEXT_HTML, e->body_encoding, m->body)
			&& emit_attachments(body, m, LIT("inline"), html_boundary) && emit_le(body);
	}
	if (!emit_text_part(body, m, boundary, e->body_charset, TEXT_HTML, e->body_encoding, m->body)) {
		return false;
	}
	if (calendar && m->ical.len && !text_empty(m->ical)) {
		smtp_buf type = SMTP_BUF_INIT;
		/* 5.2 always says REQUEST, and leaves a blank line after the part. */
		bool ok = smtp_buf_append(&type, LIT("text/calendar; method="))
			&& (m->legacy ? smtp_buf_append(&type, LIT("REQUEST"))
				: smtp_buf_append(&type, m->ical_method.s, m->ical_method.len))
			&& emit_part_header(body, m, boundary, TEXT_EMPTY, (mime_text){type.data, type.len}, TEXT_EMPTY)
			&& emit_encoded(body, m->ical, m->encoding)
			&& (!calendar_le || emit_le(body)) && (!m->legacy || emit_le(body));

		smtp_buf_free(&type);
		return ok;
	}
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
	return emit_attachments(body, m, disposition, disposition_len, boundary);
}

bool mime_body_build(mime_body *body, const mime_message *m)
{
	part_encodings e = encodings_of(m);
	const mime_text *b = m->boundary;

	body->le = m->le;
	body->legacy = m->legacy;
	/* 5.2 opens every multipart body with a preamble for clients that cannot read MIME. */
	if (m->legacy && m->type != 0
		&& (!emit(body, LIT("This is a multi-part message in MIME format.")) || !emit_le(body) || !emit_le(body))) {
		return false;
	}
	switch (m->type) {
	case MIME_HAS_INLINE:
		return emit_text_part(body, m, b[0], e.body_charset, TEXT_EMPTY, e.body_encoding, m->body)
			&& emit_attachments(body, m, LIT("inline"), b[0]);
	case MIME_HAS_ATTACH:
		return emit_text_part(body, m, b[0], e.body_charset, TEXT_EMPTY, e.body_encoding, m->body)
			&& emit_attachments(body, m, LIT("attachment"), b[0]);
	case MIME_HAS_INLINE | MIME_HAS_ATTACH:
		return emit_nested(body, b[0], LIT("related"), b[1], true)
			&& emit_text_part(body, m, b[1], e.body_charset, TEXT_EMPTY, e.body_encoding, m->body)
			&& emit_attachments(body, m, LIT("inline"), b[1]) && emit_le(body)
			&& emit_attachments(body, m, LIT("attachment"), b[0]);
	case MIME_HAS_ALT:
		return emit_alternatives(body, m, &e, b[0], TEXT_EMPTY, true, true) && emit_end(body, b[0]);
	case MIME_HAS_ALT | MIME_HAS_INLINE:
		return emit_alternatives(body, m, &e, b[0], b[1], false, false) && emit_end(body, b[0]);
	case MIME_HAS_ALT | MIME_HAS_ATTACH:
		/* Only 6.x puts a calendar part into a message with attachments. */
		return emit_nested(body, b[0], LIT("alternative"), b[1], false)
			&& emit_alternatives(body, m, &e, b[1], TEXT_EMPTY, !m->legacy, false) && emit_end(body, b[1])
			&& emit_le(body) && emit_attachments(body, m, LIT("attachment"), b[0]);
	case MIME_HAS_ALT | MIME_HAS_INLINE | MIME_HAS_ATTACH:
		return emit_nested(body, b[0], LIT("alternative"), b[1], false)
			&& emit_alternatives(body, m, &e, b[1], b[2], false, false) && emit_end(body, b[1])
			&& emit_le(body) && emit_attachments(body, m, LIT("attachment"), b[0]);
	default:
		return emit_encoded(body, m->body, e.body_encoding);
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
		mime_base64_stream_init(&r->b64, 76, r->body->le);
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

		if (seg->kind == MIME_SEG_BYTES) {
			size_t n = seg->len - r->offset < room ? seg->len - r->offset : room;

			if (!smtp_buf_append(out, r->body->bytes.data + seg->offset + r->offset, n)) {
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

/* }}} */
