/*
 * mime_header.c - header field encoding as PHPMailer does it:
 * encodeHeader() with its choice of B, Q or no encoding, phrase quoting,
 * base64EncodeWrapMB(), and the character counting of the charset behind them.
 */
#include "mime_header.h"

#include <string.h>

#define MAX_LINE_LENGTH 998       /* PHPMailer::MAX_LINE_LENGTH */
#define MAIL_MAX_LINE_LENGTH 63   /* PHPMailer::MAIL_MAX_LINE_LENGTH */
#define ENCODED_WORD_MAX 75       /* base64EncodeWrapMB()'s line budget */

/*
 * Every name (encoding, alias or MIME name, in lower case) under which
 * PHP 8.2's mbstring knows an encoding that does not count one character
 * per byte, UTF-8 aside.
 */
static const char *const mbstring_multibyte_names[] = {
	"base64", "big-5", "big-five", "big5", "bigfive", "byte2be", "byte2le", "byte4be",
	"byte4le", "cn-big5", "cn-gb", "cp-936", "cp50220", "cp50220-raw", "cp50220raw", "cp50221",
	"cp50222", "cp51932", "cp932", "cp936", "cp949", "cp950", "euc", "euc-cn", "euc-jp",
	"euc-jp-2004", "euc-kr", "euc-tw", "euc_cn", "euc_jp", "euc_jp-2004", "euc_kr", "euc_tw",
	"euccn", "eucjp", "eucjp-ms", "eucjp-open", "eucjp-win", "euckr", "euctw", "gb-18030",
	"gb-18030-2000", "gb18030", "gb2312", "gbk", "html", "html-entities", "hz", "hz-gb-2312",
	"iso-10646-ucs-2", "iso-10646-ucs-4", "iso-2022-jp", "iso-2022-jp-2004",
	"iso-2022-jp-kddi", "iso-2022-jp-mobile#kddi", "iso-2022-jp-ms", "iso-2022-kr",
	"iso2022jpms", "jis", "jis-ms", "macjapanese", "ms932", "ms_kanji", "mutf-7", "qprint",
	"quoted-printable", "shift-jis", "shift_jis", "shift_jis-2004", "shift_jis-imode",
	"shift_jis-kddi", "shift_jis-softbank", "sjis", "sjis-2004", "sjis-docomo", "sjis-kddi",
	"sjis-mac", "sjis-mobile#docomo", "sjis-mobile#kddi", "sjis-mobile#softbank", "sjis-ms",
	"sjis-open", "sjis-softbank", "sjis-win", "sjis2004", "ucs-2", "ucs-2be", "ucs-2le",
	"ucs-4", "ucs-4be", "ucs-4le", "ucs2", "ucs4", "uhc", "unicode", "utf-16", "utf-16be",
	"utf-16le", "utf-32", "utf-32be", "utf-32le", "utf-7", "utf-8-docomo", "utf-8-kddi",
	"utf-8-mobile#docomo", "utf-8-mobile#kddi", "utf-8-mobile#kddi-a", "utf-8-mobile#kddi-b",
	"utf-8-mobile#softbank", "utf-8-softbank", "utf16", "utf32", "utf7", "utf7-imap",
	"utf8-docomo", "utf8-kddi", "utf8-softbank", "windows-31j", "x-euc-cn", "x-euc-jp",
	"x-euc-kr", "x-euc-tw", "x-mac-japanese", "x-sjis", "x-sjis-emoji-docomo",
	"x-sjis-emoji-kddi", "x-sjis-emoji-softbank"
};

/* ---- charsets ---- */

static unsigned char ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* Whether name is lower once ASCII letters are lowered (PHP's strtolower() and mbstring's strcasecmp()). */
static bool name_is(const char *name, size_t name_len, const char *lower)
{
	size_t i;

	for (i = 0; i < name_len; i++) {
		if (!lower[i] || ascii_lower((unsigned char)name[i]) != (unsigned char)lower[i]) {
			return false;
		}
	}
	return lower[name_len] == '\0';
}

/*
 * The length of a UTF-8 character as PHP 8.2's mbstring steps through a
 * string, from the lead byte alone and without validating: continuation
 * bytes, C0, C1 and F5-FF stand alone, and a sequence cut short by the end
 * of the string still counts as one character.
 */
static size_t utf8_lead_len(unsigned char c)
{
	if (c < 0xc2) {
		return 1;
	}
	if (c < 0xe0) {
		return 2;
	}
	if (c < 0xf0) {
		return 3;
	}
	return c < 0xf5 ? 4 : 1;
}

static size_t utf8_prefix(const mime_charset *cs, const char *s, size_t len, size_t chars)
{
	size_t p = 0;

	(void)cs;
	for (; chars && p < len; chars--) {
		p += utf8_lead_len((unsigned char)s[p]);
	}
	return p < len ? p : len;
}

static size_t utf8_count(const mime_charset *cs, const char *s, size_t len)
{
	size_t p = 0, n = 0;

	(void)cs;
	for (; p < len; n++) {
		p += utf8_lead_len((unsigned char)s[p]);
	}
	return n;
}

static size_t byte_prefix(const mime_charset *cs, const char *s, size_t len, size_t chars)
{
	(void)cs;
	(void)s;
	return chars < len ? chars : len;
}

static size_t byte_count(const mime_charset *cs, const char *s, size_t len)
{
	(void)cs;
	(void)s;
	return len;
}

bool mime_charset_init(mime_charset *cs, const char *name, size_t name_len)
{
	size_t i;

	cs->name = name;
	cs->name_len = name_len;
	cs->ctx = NULL;
	if (name_is(name, name_len, "utf-8") || name_is(name, name_len, "utf8")) {
		cs->count = utf8_count;
		cs->prefix = utf8_prefix;
		return true;
	}
	cs->count = byte_count;
	cs->prefix = byte_prefix;
	for (i = 0; i < sizeof(mbstring_multibyte_names) / sizeof(mbstring_multibyte_names[0]); i++) {
		if (name_is(name, name_len, mbstring_multibyte_names[i])) {
			return false;
		}
	}
	/*
	 * Every other charset mbstring knows (ASCII, ISO-8859-*, Windows-125x,
	 * KOI8-*, CP850, CP866, ArmSCII-8, 7bit, 8bit...) counts one character
	 * per byte, so hasMultiBytes() is false and base64EncodeWrapMB() is
	 * never reached, as here. For a name mbstring does not know, PHP 8's
	 * mb_strlen() throws (when a B encoding is chosen); bytes are counted
	 * instead.
	 */
	return true;
}

bool mime_charset_is_utf8_literal(const char *name, size_t name_len)
{
	return name_is(name, name_len, "utf-8");
}

bool mime_has_multibytes(const mime_charset *cs, const char *s, size_t len)
{
	return cs->count(cs, s, len) < len;
}

/* ---- base64EncodeWrapMB() ---- */

/* Splits a string into the character runs base64EncodeWrapMB() encodes one per line. */
typedef struct mb_chunker {
	const mime_charset *cs;
	const char *s;
	size_t len;
	size_t pos;         /* byte offset of the next run */
	size_t chars_left;  /* characters from pos on */
	size_t avg;         /* characters tried first: PHPMailer's $avgLength */
	ptrdiff_t room;     /* base64 bytes a line may hold: PHPMailer's $length */
} mb_chunker;

static void mb_chunker_init(mb_chunker *ch, const mime_charset *cs, const char *s, size_t len)
{
	double avg = 0;

	ch->cs = cs;
	ch->s = s;
	ch->len = len;
	ch->pos = 0;
	/* "=?" CharSet "?B?" ... "?=" within the line. */
	ch->room = ENCODED_WORD_MAX - (ptrdiff_t)cs->name_len - 7;
	/* PHP divides by zero for an empty string; there is nothing to encode. */
	ch->chars_left = len ? cs->count(cs, s, len) : 0;
	if (len) {
		/* floor($length * $ratio * .75) in PHP's order of double operations. */
		avg = (double)ch->room * ((double)ch->chars_left / (double)len) * .75;
	}
	ch->avg = avg >= 1 ? (size_t)avg : 0;
}

static bool mb_chunk_fits(const mb_chunker *ch, size_t chars)
{
	size_t bytes = ch->cs->prefix(ch->cs, ch->s + ch->pos, ch->len - ch->pos, chars);

	return (ptrdiff_t)((bytes + 2) / 3 * 4) <= ch->room;
}

/*
 * PHPMailer counts down from avg to the first character count whose base64
 * fits the line. The base64 grows with the count, so that is the largest
 * count that fits, found here by bisection.
 */
static size_t mb_chunk_chars(const mb_chunker *ch)
{
	size_t lo = 1, hi, best = 0;

	if (!ch->avg) {
		return 1;
	}
	if (mb_chunk_fits(ch, ch->avg)) {
		return ch->avg;
	}
	hi = ch->avg - 1;
	while (lo <= hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (mb_chunk_fits(ch, mid)) {
			best = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	/*
	 * Without a fit (or with avg 0), possible only for a charset name of
	 * over 60 bytes, PHPMailer loops forever; take one character a line.
	 */
	return best ? best : 1;
}

static bool mb_chunk_next(mb_chunker *ch, size_t *off, size_t *len)
{
	size_t chars;

	if (!ch->chars_left) {
		return false;
	}
	chars = mb_chunk_chars(ch);
	*off = ch->pos;
	*len = ch->cs->prefix(ch->cs, ch->s + ch->pos, ch->len - ch->pos, chars);
	ch->pos += *len;
	ch->chars_left = chars < ch->chars_left ? ch->chars_left - chars : 0;
	return true;
}

bool mime_base64_wrap_mb(smtp_buf *out, const mime_charset *cs, const char *in, size_t len,
	mime_le linebreak)
{
	mb_chunker ch;
	size_t off, n;
	bool first = true;

	/* PHPMailer chomps with substr($encoded, 0, -0), which is "". */
	if (!linebreak.len) {
		return true;
	}
	mb_chunker_init(&ch, cs, in, len);
	while (mb_chunk_next(&ch, &off, &n)) {
		if (!first && !smtp_buf_append(out, linebreak.s, linebreak.len)) {
			return false;
		}
		if (!mime_base64(out, in + off, n)) {
			return false;
		}
		first = false;
	}
	return true;
}

/* ---- encodeHeader() ---- */

/*
 * Writes encodeHeader()'s encoded words. PHPMailer builds the lines
 * " =?charset?X?" payload "?=", joins them with "\n", then applies
 * normalizeBreaks() and trim(). Here each piece is normalized on its own
 * (a CR of one piece never meets an LF of the next: '?' separates them),
 * lines are joined with le, and trim() only ever removes the first space.
 */
typedef struct word_writer {
	smtp_buf *out;
	mime_le le;
	mime_le wrap_le;  /* the line ending of wrapText() for Q words: le, or CRLF for 5.2 */
	const char *charset;
	size_t charset_len;
	char tag[3];     /* "?B?" or "?Q?" */
	bool first;
} word_writer;

static bool word_open(word_writer *ww)
{
	bool first = ww->first;

	ww->first = false;
	return (first || smtp_buf_append(ww->out, ww->le.s, ww->le.len))
		&& smtp_buf_append(ww->out, first ? "=?" : " =?", first ? 2 : 3)
		&& mime_normalize_breaks(ww->out, ww->charset, ww->charset_len, ww->le)
		&& smtp_buf_append(ww->out, ww->tag, sizeof(ww->tag));
}

static bool word_close(word_writer *ww)
{
	return smtp_buf_append(ww->out, "?=", 2);
}

static bool header_b(word_writer *ww, const mime_charset *cs, const char *in, size_t len,
	ptrdiff_t maxlen)
{
	size_t off, n, step;
	ptrdiff_t line;

	if (mime_has_multibytes(cs, in, len)) {
		mb_chunker ch;

		mb_chunker_init(&ch, cs, in, len);
		while (mb_chunk_next(&ch, &off, &n)) {
			if (!word_open(ww) || !mime_base64(ww->out, in + off, n) || !word_close(ww)) {
				return false;
			}
		}
		return true;
	}
	/*
	 * chunk_split() into lines of maxlen rounded down to a multiple of 4,
	 * i.e. 3 input bytes for every 4. PHP throws for a length below 1 (a
	 * charset name of 52 bytes or more with Mailer 'mail'); one line is
	 * written then.
	 */
	line = maxlen - maxlen % 4;
	step = line > 0 ? (size_t)line / 4 * 3 : len;
	off = 0;
	do {
		n = len - off < step ? len - off : step;
		if (!word_open(ww) || !mime_base64(ww->out, in + off, n) || !word_close(ww)) {
			return false;
		}
		off += n;
	} while (off < len);
	return true;
}

/* str_replace('=' . $LE, "\n", s) in place; returns the new length. */
static size_t join_soft_breaks(char *s, size_t len, mime_le le)
{
	size_t i = 0, j = 0;

	while (i < len) {
		if (s[i] == '=' && len - i > le.len && memcmp(s + i + 1, le.s, le.len) == 0) {
			s[j++] = '\n';
			i += 1 + le.len;
		} else {
			s[j++] = s[i++];
		}
	}
	return j;
}

/*
 * The Q lines: wrapText() output, trimmed, with its soft breaks made "\n",
 * each line between "\n" then an encoded word (PCRE's multi-line ^ never
 * matches after a final "\n").
 */
static bool q_words(word_writer *ww, smtp_buf *wrapped)
{
	const char *t = wrapped->data;
	size_t len = wrapped->len;
	char *s, *p, *end;

	mime_trim(&t, &len);
	s = wrapped->data + (t - wrapped->data);
	end = s + join_soft_breaks(s, len, ww->wrap_le);
	p = s;
	for (;;) {
		char *nl = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
		char *line_end = nl ? nl : end;

		if (!word_open(ww) || !mime_normalize_breaks(ww->out, p, (size_t)(line_end - p), ww->le)
			|| !word_close(ww)) {
			return false;
		}
		if (!nl || nl + 1 == end) {
			return true;
		}
		p = nl + 1;
	}
}

static bool header_q(word_writer *ww, const mime_charset *cs, const char *in, size_t len,
	mime_position pos, ptrdiff_t maxlen)
{
	smtp_buf q = SMTP_BUF_INIT, wrapped = SMTP_BUF_INIT;
	bool ok = mime_encode_q(&q, in, len, pos)
		&& mime_wrap_text(&wrapped, q.data, q.len, maxlen, true,
			mime_charset_is_utf8_literal(cs->name, cs->name_len), ww->wrap_le)
		&& q_words(ww, &wrapped);

	smtp_buf_free(&q);
	smtp_buf_free(&wrapped);
	return ok;
}

/* The bytes encodeHeader() counts as needing encoding at pos. */
static bool header_special(unsigned char c, mime_position pos)
{
	if (pos == MIME_POS_PHRASE) {
		return !(c == ' ' || c == '!' || (c >= '#' && c <= '[') || (c >= ']' && c <= '~'));
	}
	if (pos == MIME_POS_COMMENT && (c == '(' || c == ')' || c == '"')) {
		return true;
	}
	return c <= 0x08 || c == 0x0b || c == 0x0c || (c >= 0x0e && c <= 0x1f) || c >= 0x7f;
}

/* What addcslashes($str, "\0..\37\177\\\"") escapes. */
static bool phrase_needs_slash(unsigned char c)
{
	return c < 0x20 || c == 0x7f || c == '\\' || c == '"';
}

/* RFC 5322 atext and space: a phrase of only these stays unquoted. */
static bool phrase_plain(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
		|| (c != '\0' && strchr("!#$%&'*+/=?^_`{|}~ -", c) != NULL);
}

/* addcslashes()'s escape of c: a C escape letter, octal, or a backslash before c. */
static bool append_cslashed(smtp_buf *out, unsigned char c)
{
	static const char controls[] = "\a\b\t\n\v\f\r";
	static const char letters[] = "abtnvfr";
	const char *hit = c ? memchr(controls, c, sizeof(controls) - 1) : NULL;
	char esc[4] = {'\\', (char)c, 0, 0};
	size_t n = 2;

	if (hit) {
		esc[1] = letters[hit - controls];
	} else if (c < 0x20 || c > 0x7e) {
		esc[1] = (char)('0' + (c >> 6));
		esc[2] = (char)('0' + ((c >> 3) & 7));
		esc[3] = (char)('0' + (c & 7));
		n = 4;
	}
	return smtp_buf_append(out, esc, n);
}

/* encodeHeader()'s phrase without 8-bit bytes: as is, or quoted with addcslashes(). */
static bool header_phrase_ascii(smtp_buf *out, const char *in, size_t len)
{
	size_t i, run = 0;
	bool slashes = false, plain = true;

	for (i = 0; i < len; i++) {
		slashes = slashes || phrase_needs_slash((unsigned char)in[i]);
		plain = plain && phrase_plain((unsigned char)in[i]);
	}
	if (!slashes && plain) {
		return smtp_buf_append(out, in, len);
	}
	if (!smtp_buf_reserve(out, len + 2) || !smtp_buf_append(out, "\"", 1)) {
		return false;
	}
	for (i = 0; i < len && slashes; i++) {
		if (phrase_needs_slash((unsigned char)in[i])) {
			if (!smtp_buf_append(out, in + run, i - run) || !append_cslashed(out, (unsigned char)in[i])) {
				return false;
			}
			run = i + 1;
		}
	}
	return smtp_buf_append(out, in + run, len - run) && smtp_buf_append(out, "\"", 1);
}

/*
 * PHPMailer 5.2's encodeHeader(): the same choice between B and Q, but
 * words of at most 75 bytes (the payload gets 75 - 7 - strlen(CharSet)),
 * always labelled with CharSet, and no encoding at all for text without
 * bytes that need it. Its wrapText() cuts with CRLF whatever the line
 * ending, and its lines are joined with le.
 */
static bool encode_header_legacy(word_writer *ww, const mime_charset *cs, const char *in, size_t len,
	mime_position pos)
{
	size_t special = 0, i;
	ptrdiff_t maxlen = ENCODED_WORD_MAX - 7 - (ptrdiff_t)cs->name_len;

	if (pos == MIME_POS_PHRASE && !mime_has_8bit(in, len)) {
		return header_phrase_ascii(ww->out, in, len);
	}
	for (i = 0; i < len; i++) {
		special += header_special((unsigned char)in[i], pos);
	}
	if (!special) {
		return smtp_buf_append(ww->out, in, len);
	}
	if (special > len / 3) {
		return header_b(ww, cs, in, len, maxlen);
	}
	ww->tag[1] = 'Q';
	ww->wrap_le = MIME_LE_CRLF;
	return header_q(ww, cs, in, len, pos, maxlen);
}

/* preg_replace('/^(.*)$/m', ' =?charset?X?$1?=', in): every line of in made an encoded-word. */
static bool words_of_lines(smtp_buf *out, const char *in, size_t len, const char *charset, size_t charset_len,
	char x)
{
	const char *end = in + len, *line = in;
	char tag[3] = {'?', x, '?'};

	for (;;) {
		const char *nl = memchr(line, '\n', (size_t)(end - line));
		const char *stop = nl ? nl : end;

		if (!smtp_buf_append(out, " =?", 3) || !smtp_buf_append(out, charset, charset_len)
			|| !smtp_buf_append(out, tag, 3) || !smtp_buf_append(out, line, (size_t)(stop - line))
			|| !smtp_buf_append(out, "?=", 2)) {
			return false;
		}
		if (!nl) {
			return true;
		}
		if (!smtp_buf_append(out, "\n", 1)) {
			return false;
		}
		line = nl + 1;
	}
}

/* The payload of the B encoding: base64EncodeWrapMB(), or base64 in chunks of whole quanta. */
static bool header_b_payload(smtp_buf *out, const mime_header_hooks *h, const char *in, size_t len,
	ptrdiff_t maxlen)
{
	int multibyte = h->has_multibytes(h->ctx, in, len);
	smtp_buf b64 = SMTP_BUF_INIT;
	size_t chunk = maxlen > 0 ? (size_t)(maxlen - maxlen % 4) : 0, i;
	bool ok;

	if (multibyte) {
		return multibyte > 0 && h->base64_wrap_mb(h->ctx, out, in, len, "\n");
	}
	/* trim(chunk_split(base64_encode($str), $maxlen, "\n")) */
	ok = mime_base64(&b64, in, len) && chunk > 0;
	for (i = 0; ok && i < b64.len; i += chunk) {
		ok = (i == 0 || smtp_buf_append(out, "\n", 1))
			&& smtp_buf_append(out, b64.data + i, b64.len - i < chunk ? b64.len - i : chunk);
	}
	smtp_buf_free(&b64);
	return ok;
}

/* The payload of the Q encoding: encodeQ(), wrapText() in QP mode, its soft breaks made "\n". */
static bool header_q_payload(smtp_buf *out, const mime_header_hooks *h, mime_le le, const char *in, size_t len,
	mime_position pos, ptrdiff_t maxlen)
{
	smtp_buf q = SMTP_BUF_INIT, wrapped = SMTP_BUF_INIT;
	const char *s;
	size_t n, i;
	bool ok = h->encode_q(h->ctx, &q, in, len, pos)
		&& h->wrap_text(h->ctx, &wrapped, q.data ? q.data : "", q.len, maxlen > 0 ? (size_t)maxlen : 0, true);

	s = wrapped.data ? wrapped.data : "";
	n = wrapped.len;
	mime_trim(&s, &n);
	/* str_replace('=' . $LE, "\n", ...) */
	for (i = 0; ok && i < n;) {
		if (s[i] == '=' && n - i > le.len && memcmp(s + i + 1, le.s, le.len) == 0) {
			ok = smtp_buf_append(out, "\n", 1);
			i += 1 + le.len;
		} else {
			ok = smtp_buf_append(out, s + i, 1);
			i++;
		}
	}
	smtp_buf_free(&q);
	smtp_buf_free(&wrapped);
	return ok;
}

/* encodeHeader() as PHPMailer 6.x takes its steps, each helper through the hooks. */
static bool encode_header_by_steps(smtp_buf *out, const mime_header_opts *opts, const char *in, size_t len,
	mime_position pos)
{
	const mime_header_hooks *h = opts->hooks;
	smtp_buf encoded = SMTP_BUF_INIT, normal = SMTP_BUF_INIT;
	const char *charset = opts->charset->name, *s;
	size_t charset_len = opts->charset->name_len, special = 0, i, n;
	ptrdiff_t maxlen;
	int has_8bit;
	bool ok;

	if (opts->smtputf8 && pos != MIME_POS_COMMENT) {
		ok = h->normalize_breaks(h->ctx, &normal, in, len);
		goto trimmed;
	}
	if (pos == MIME_POS_PHRASE && !mime_has_8bit(in, len)) {
		return header_phrase_ascii(out, in, len);
	}
	for (i = 0; i < len; i++) {
		special += header_special((unsigned char)in[i], pos);
	}
	if ((has_8bit = h->has_8bit(h->ctx, in, len)) < 0) {
		return false;
	}
	if (!has_8bit) {
		charset = "us-ascii";
		charset_len = sizeof("us-ascii") - 1;
	}
	maxlen = (opts->mail_transport ? MAIL_MAX_LINE_LENGTH : MAX_LINE_LENGTH) - 8 - (ptrdiff_t)charset_len;
	if (special > len / 3) {
		ok = header_b_payload(&encoded, h, in, len, maxlen)
			&& words_of_lines(&normal, encoded.data ? encoded.data : "", encoded.len, charset, charset_len, 'B');
	} else if (special || (ptrdiff_t)len > maxlen) {
		ok = header_q_payload(&encoded, h, opts->le, in, len, pos, maxlen)
			&& words_of_lines(&normal, encoded.data ? encoded.data : "", encoded.len, charset, charset_len, 'Q');
	} else {
		return smtp_buf_append(out, in, len);
	}
	smtp_buf_free(&encoded);
	if (ok) {
		smtp_buf words = normal;

		smtp_buf_init(&normal);
		ok = h->normalize_breaks(h->ctx, &normal, words.data ? words.data : "", words.len);
		smtp_buf_free(&words);
	}
trimmed:
	/* trim(static::normalizeBreaks($encoded)) */
	s = normal.data ? normal.data : "";
	n = normal.len;
	mime_trim(&s, &n);
	ok = ok && smtp_buf_append(out, s, n);
	smtp_buf_free(&normal);
	return ok;
}

bool mime_encode_header(smtp_buf *out, const mime_header_opts *opts, const char *in, size_t len,
	mime_position pos)
{
	const mime_charset *cs = opts->charset;
	word_writer ww = {out, opts->le, opts->le, cs->name, cs->name_len, {'?', 'B', '?'}, true};
	bool has_8bit;
	size_t special = 0, i;
	ptrdiff_t maxlen;

	if (opts->legacy) {
		return encode_header_legacy(&ww, cs, in, len, pos);
	}
	if (opts->hooks) {
		return encode_header_by_steps(out, opts, in, len, pos);
	}
	if (opts->smtputf8 && pos != MIME_POS_COMMENT) {
		/*
		 * PHPMailer 6.10+: trim(normalizeBreaks($str)). le is made of
		 * trim() characters, so trimming first gives the same bytes.
		 */
		mime_trim(&in, &len);
		return mime_normalize_breaks(out, in, len, opts->le);
	}
	has_8bit = mime_has_8bit(in, len);
	if (pos == MIME_POS_PHRASE && !has_8bit) {
		return header_phrase_ascii(out, in, len);
	}
	for (i = 0; i < len; i++) {
		special += header_special((unsigned char)in[i], pos);
	}
	if (!has_8bit) {
		ww.charset = "us-ascii";
		ww.charset_len = sizeof("us-ascii") - 1;
	}
	/* Room for the payload beside " =?" charset "?X?" "?=". */
	maxlen = (opts->mail_transport ? MAIL_MAX_LINE_LENGTH : MAX_LINE_LENGTH) - 8
		- (ptrdiff_t)ww.charset_len;
	/* More than a third of the bytes need encoding: B (special > len / 3 exactly). */
	if (special > len / 3) {
		return header_b(&ww, cs, in, len, maxlen);
	}
	if (!special && (ptrdiff_t)len <= maxlen) {
		return smtp_buf_append(out, in, len);
	}
	ww.tag[1] = 'Q';
	return header_q(&ww, cs, in, len, pos, maxlen);
}
