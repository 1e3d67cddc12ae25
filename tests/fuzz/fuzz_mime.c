/*
 * fuzz_mime.c - the MIME writer of mime_message.c: createBody()'s layout for
 * every message type, the text parts and their encodings, attachAll()'s
 * parts (string and file attachments, inline ones and their Content-IDs,
 * duplicates), and the streaming reader.
 *
 * Input: flags (0x07: the message type, MIME_HAS_* bits; 0x08: le is LF;
 * 0x10: SMTPUTF8; 0x20: boundaries from the input; 0x40: also build the
 * message with every string attachment as a file; 0x80: add an attachment
 * whose file is missing), a byte choosing Encoding (low 3 bits), CharSet and
 * ContentType, the number of attachments (0 to 4), then pieces (a length
 * byte and the bytes): Body (runs expanded, see fuzz_expand(), so lines past
 * 998 bytes are in reach), AltBody, Ical, the three boundaries when asked
 * for, and per attachment a flags byte (encoding, disposition, string or
 * file, duplicate) and its name, type, Content-ID and content.
 *
 * Invariants: reading the body in random amounts gives what rendering it
 * whole gives; file attachments give the bytes string attachments with the
 * same content give; a missing file fails the read with SMTP_ERR_FILE.
 * When nothing the user gave as a header value holds a line break and no
 * part is 'binary', the body has no CR or LF but in le. With the fixed
 * boundaries (which the texts do not contain), every multipart that is
 * opened is closed exactly once, after its last part.
 */
#include "fuzz.h"

#include "mime_message.h"

#include <sys/stat.h>
#include <unistd.h>

#define MAX_ATTACH 5

static const mime_text encodings[] = {
	{"7bit", 4}, {"8bit", 4}, {"base64", 6}, {"quoted-printable", 16}, {"binary", 6}, {"8BIT", 4},
	{"Base64", 6}, {"7bit", 4},
};

static char tmpdir[64];

static bool has_break(mime_text t)
{
	return (t.len && memchr(t.s, '\r', t.len)) || (t.len && memchr(t.s, '\n', t.len));
}

static mime_text piece(fuzz_input *in)
{
	mime_text t;

	t.s = fuzz_piece(in, &t.len);
	return t;
}

static void remove_tmpdir(void)
{
	rmdir(tmpdir);
}

/* A file holding t, for attachment i (of build `variant`); returns its path, malloc'd. */
static char *write_file(size_t variant, size_t i, mime_text t)
{
	char *path = malloc(128);
	FILE *f;

	snprintf(path, 128, "%s/a%zu-%zu", tmpdir, variant, i);
	f = fopen(path, "wb");
	FUZZ_CHECK(f != NULL);
	FUZZ_CHECK(fwrite(t.s, 1, t.len, f) == t.len);
	FUZZ_CHECK(fclose(f) == 0);
	return path;
}

/* Renders the body whole, and in random amounts: both must agree. Returns the status. */
static smtp_status render(const mime_message *m, smtp_buf *out, uint64_t seed)
{
	mime_body body;
	mime_reader r;
	smtp_buf pieces = SMTP_BUF_INIT;
	smtp_error err;
	smtp_status whole, read = SMTP_OK;
	size_t reads = 0;

	mime_body_init(&body);
	FUZZ_CHECK(mime_body_build(&body, m));
	whole = mime_body_render(&body, out, &err);
	mime_reader_init(&r, &body);
	while (read == SMTP_OK && r.segment < body.count) {
		read = mime_reader_read(&r, &pieces, (size_t)(fuzz_next(&seed) % 5000) + 1, &err);
		/* Every read makes progress: a byte at least, or the next segment. */
		FUZZ_CHECK(++reads <= out->len + 3 * body.count + 10);
	}
	mime_reader_free(&r);
	FUZZ_CHECK(read == whole);
	if (whole == SMTP_OK) {
		FUZZ_CHECK_MEM("body read in pieces", fuzz_data(&pieces), pieces.len, fuzz_data(out), out->len);
	} else {
		FUZZ_CHECK(whole == SMTP_ERR_FILE && err.status == SMTP_ERR_FILE);
	}
	smtp_buf_free(&pieces);
	mime_body_free(&body);
	return whole;
}

/* Lines equal to "--" b and "--" b "--": every opened multipart is closed once, after its parts. */
static void check_boundaries(const char *s, size_t len, mime_le le, const mime_text *b, unsigned type)
{
	size_t k;

	for (k = 0; k < 3; k++) {
		size_t opens = 0, closes = 0, i = 0, last_open = 0, close_at = 0;

		while (i < len) {
			const char *next = fuzz_find(s + i, len - i, le.s, le.len);
			size_t end = next ? (size_t)(next - s) : len;
			size_t n = end - i;

			if (n == b[k].len + 2 && memcmp(s + i, "--", 2) == 0 && memcmp(s + i + 2, b[k].s, b[k].len) == 0) {
				opens++;
				last_open = i;
			} else if (n == b[k].len + 4 && memcmp(s + i, "--", 2) == 0
				&& memcmp(s + i + 2, b[k].s, b[k].len) == 0 && memcmp(s + end - 2, "--", 2) == 0) {
				closes++;
				close_at = i;
			}
			i = next ? end + le.len : len;
		}
		FUZZ_CHECK(closes <= 1);
		FUZZ_CHECK(opens == 0 || (closes == 1 && close_at > last_open));
		if (type == 0) {
			FUZZ_CHECK(opens == 0 && closes == 0);
		}
	}
}

static void check_breaks(const char *s, size_t len, mime_le le)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (len - i >= le.len && memcmp(s + i, le.s, le.len) == 0) {
			i += le.len - 1;
			continue;
		}
		FUZZ_CHECK(s[i] != '\r' && s[i] != '\n');
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	static const mime_text fixed[3] = {{"b1=_FUZZa1", 10}, {"b2=_FUZZa2", 10}, {"b3=_FUZZa3", 10}};
	static const mime_text charsets[] = {{"utf-8", 5}, {"iso-8859-1", 10}, {"us-ascii", 8}, {"UTF-8", 5}};
	fuzz_input in = {bytes, size};
	uint8_t flags = fuzz_u8(&in), choice = fuzz_u8(&in);
	size_t count = fuzz_u8(&in) % MAX_ATTACH, i, body_len;
	mime_message m;
	mime_attachment att[MAX_ATTACH + 1], file_att[MAX_ATTACH + 1];
	char *paths[MAX_ATTACH + 1] = {NULL};
	mime_charset cs;
	mime_header_opts opts;
	mime_text body_piece, texts[3 + 3 + 4 * MAX_ATTACH];
	size_t ntexts = 0;
	char *body;
	smtp_buf out = SMTP_BUF_INIT, other = SMTP_BUF_INIT;
	bool raw_headers_clean = true, binary = false, boundaries_unique = true;
	uint64_t seed = (uint64_t)flags << 8 | choice;

	if (!tmpdir[0]) {
		atexit(remove_tmpdir);
		snprintf(tmpdir, sizeof(tmpdir), "%s/smtp-fuzz-mime-%d",
			access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp", (int)getpid());
		FUZZ_CHECK(mkdir(tmpdir, 0700) == 0 || access(tmpdir, W_OK) == 0);
	}

	memset(&m, 0, sizeof(m));
	m.type = flags & 7;
	m.le = flags & 8 ? MIME_LE_LF : MIME_LE_CRLF;
	m.smtputf8 = (flags & 0x10) != 0;
	m.encoding = encodings[choice & 7];
	m.charset = charsets[(choice >> 3) & 3];
	m.content_type = choice & 0x20 ? (mime_text){"text/html", 9} : (mime_text){"text/plain", 10};
	mime_charset_init(&cs, m.charset.s, m.charset.len);
	memset(&opts, 0, sizeof(opts));  /* options the target does not vary stay off */
	opts.charset = &cs;
	opts.mail_transport = false;
	opts.smtputf8 = m.smtputf8;
	opts.le = m.le;
	m.header_opts = &opts;

	body_piece = piece(&in);
	body = fuzz_expand(body_piece.s, body_piece.len, 16 * 1024, &body_len);
	m.body = (mime_text){body, body_len};
	m.alt_body = piece(&in);
	m.ical = piece(&in);
	m.ical_method = (mime_text){"REQUEST", 7};
	texts[ntexts++] = m.body;
	texts[ntexts++] = m.alt_body;
	texts[ntexts++] = m.ical;
	if (flags & 0x20) {
		for (i = 0; i < 3; i++) {
			m.boundary[i] = piece(&in);
			raw_headers_clean = raw_headers_clean && !has_break(m.boundary[i]);
		}
		boundaries_unique = false;
	} else {
		memcpy(m.boundary, fixed, sizeof(fixed));
	}
	binary = (choice & 7) == 4;

	for (i = 0; i < count; i++) {
		uint8_t af = fuzz_u8(&in);
		mime_attachment *a = &att[i];

		memset(a, 0, sizeof(*a));
		a->encoding = encodings[af & 7];
		switch ((af >> 3) & 3) {
		case 0:
			a->disposition = (mime_text){"attachment", 10};
			break;
		case 1:
			a->disposition = (mime_text){"inline", 6};
			break;
		case 2:
			a->disposition = (mime_text){"", 0};
			break;
		default:
			a->disposition = piece(&in);
			break;
		}
		a->is_string = true;
		a->duplicate = (af & 0x40) != 0;
		a->name = piece(&in);
		a->type = piece(&in);
		a->cid = piece(&in);
		a->content = piece(&in);
		texts[ntexts++] = a->content;
		texts[ntexts++] = a->name;
		texts[ntexts++] = a->type;
		texts[ntexts++] = a->cid;
		raw_headers_clean = raw_headers_clean && !has_break(a->type) && !has_break(a->disposition);
		binary = binary || (af & 7) == 4;
	}
	m.attachments = att;
	m.attachment_count = count;

	if (render(&m, &out, seed) == SMTP_OK) {
		if (raw_headers_clean && !binary) {
			check_breaks(fuzz_data(&out), out.len, m.le);
		}
		for (i = 0; i < ntexts && boundaries_unique; i++) {
			boundaries_unique = !fuzz_find(texts[i].s, texts[i].len, "b1=_FUZZa", 9)
				&& !fuzz_find(texts[i].s, texts[i].len, "b2=_FUZZa", 9)
				&& !fuzz_find(texts[i].s, texts[i].len, "b3=_FUZZa", 9);
		}
		if (boundaries_unique) {
			check_boundaries(fuzz_data(&out), out.len, m.le, m.boundary, m.type);
		}
	}

	if ((flags & 0x40) && count) {
		/* The same message with its attachments as files. */
		memcpy(file_att, att, sizeof(att[0]) * count);
		for (i = 0; i < count; i++) {
			paths[i] = write_file(0, i, att[i].content);
			file_att[i].is_string = false;
			file_att[i].content = (mime_text){paths[i], strlen(paths[i])};
		}
		m.attachments = file_att;
		FUZZ_CHECK(render(&m, &other, seed + 1) == SMTP_OK);
		FUZZ_CHECK_MEM("body with file attachments", fuzz_data(&other), other.len, fuzz_data(&out), out.len);
		m.attachments = att;
	}
	if ((flags & 0x80) && m.type & MIME_HAS_ATTACH) {
		/* A file gone by the time the body is read. */
		memset(&att[count], 0, sizeof(att[0]));
		att[count].encoding = (mime_text){"base64", 6};
		att[count].disposition = (mime_text){"attachment", 10};
		att[count].type = (mime_text){"application/octet-stream", 24};
		paths[count] = malloc(128);
		snprintf(paths[count], 128, "%s/missing", tmpdir);
		att[count].content = (mime_text){paths[count], strlen(paths[count])};
		m.attachment_count = count + 1;
		smtp_buf_reset(&other);
		FUZZ_CHECK(render(&m, &other, seed + 2) == SMTP_ERR_FILE);
	}

	for (i = 0; i <= MAX_ATTACH; i++) {
		if (paths[i]) {
			unlink(paths[i]);
			free(paths[i]);
		}
	}
	smtp_buf_free(&out);
	smtp_buf_free(&other);
	free(body);
	return 0;
}
