/*
 * mime_encode.h - the content encodings of a message, byte for byte as
 * PHPMailer produces them.
 *
 * Every function appends to out and returns false only when memory runs
 * out. "le" is the line ending in use (PHPMailer's static $LE: "\r\n" for
 * SMTP, "\n" for sendmail). Where a function mirrors a PHP function or a
 * PHPMailer method, its comment names it: the output must be identical for
 * every input, including invalid UTF-8 and empty strings.
 */
#ifndef MIME_ENCODE_H
#define MIME_ENCODE_H

#include "smtp_buf.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct mime_le {
	const char *s;
	size_t len;
} mime_le;

#define MIME_LE_CRLF ((mime_le){"\r\n", 2})
#define MIME_LE_LF ((mime_le){"\n", 1})

/* PHP base64_encode(). */
bool mime_base64(smtp_buf *out, const char *in, size_t len);

/*
 * PHP base64_decode() in its default, non-strict mode: bytes outside the
 * alphabet, '=' included, are skipped (PHP 8 decodes on past a '='), and
 * the bits of a final incomplete byte are dropped. Returns false on memory
 * exhaustion only.
 */
bool mime_base64_decode(smtp_buf *out, const char *in, size_t len);

/*
 * chunk_split(base64_encode(in), line_len, le): every line, the last too,
 * ends with le, and empty input gives le alone. A line_len of 0 (which
 * chunk_split() rejects) means no wrapping.
 */
bool mime_base64_lines(smtp_buf *out, const char *in, size_t len, size_t line_len, mime_le le);

/* How many bytes mime_base64_lines() appends for len bytes of input. */
size_t mime_base64_lines_len(size_t len, size_t line_len, mime_le le);

/*
 * The same as a stream, for content read in pieces (attachments from disk):
 * feeding the pieces of in, then finishing, appends exactly what
 * mime_base64_lines() appends for the whole of in.
 */
typedef struct mime_base64_stream {
	unsigned char carry[3];
	size_t carried;
	size_t column;
	size_t line_len;
	mime_le le;
} mime_base64_stream;

void mime_base64_stream_init(mime_base64_stream *st, size_t line_len, mime_le le);
bool mime_base64_stream_update(mime_base64_stream *st, smtp_buf *out, const char *in, size_t len);
bool mime_base64_stream_finish(mime_base64_stream *st, smtp_buf *out);

/* PHP quoted_printable_encode(): soft breaks "=\r\n" keep lines within 76 bytes. */
bool mime_qp_php(smtp_buf *out, const char *in, size_t len);

/* PHPMailer::encodeQP(): normalizeBreaks(quoted_printable_encode(in)). */
bool mime_encode_qp(smtp_buf *out, const char *in, size_t len, mime_le le);

/* PHPMailer::normalizeBreaks(): CRLF and CR become LF, then every LF becomes le. */
bool mime_normalize_breaks(smtp_buf *out, const char *in, size_t len, mime_le le);

/*
 * PHPMailer::encodeString() for the 7bit and 8bit encodings:
 * normalizeBreaks, then le appended unless the result already ends with it.
 */
bool mime_encode_text(smtp_buf *out, const char *in, size_t len, mime_le le);

/* PHPMailer::has8bitChars(): any byte >= 0x80. */
bool mime_has_8bit(const char *s, size_t len);

/*
 * PHPMailer::hasLineLongerThanMax(): some line (a run ending at LF or at
 * the end) is at least 998 + le.len bytes long, CR bytes counted.
 */
bool mime_has_line_longer_than_max(const char *s, size_t len, mime_le le);

/* Where encodeQ() and encodeHeader() are used: PHPMailer's $position. */
typedef enum mime_position {
	MIME_POS_TEXT,
	MIME_POS_PHRASE,
	MIME_POS_COMMENT
} mime_position;

/* PHPMailer::encodeQ(): CR and LF dropped, Q-encoding of RFC 2047 with '_' for space. */
bool mime_encode_q(smtp_buf *out, const char *in, size_t len, mime_position pos);

/*
 * PHPMailer::wrapText(): word wrap at length bytes (any PHP int, negative
 * included). In qp_mode the soft break is " =" le and over-long words are
 * cut, keeping "=XX" escapes (and, when utf8 is set, UTF-8 sequences)
 * whole. utf8 is mime_charset_is_utf8_literal() of the CharSet. Where
 * PHPMailer would cut nothing forever (a length below 3, or a cut point
 * utf8CharBoundary() puts at or before the start), the word is cut at
 * length instead.
 */
bool mime_wrap_text(smtp_buf *out, const char *msg, size_t len, ptrdiff_t length,
	bool qp_mode, bool utf8, mime_le le);

/*
 * PHPMailer 5.2's wrapText(): the same cuts, but lines end and hard cuts
 * break with CRLF whatever le is (le still splits the lines and follows a
 * soft break), and a line's room counts the two bytes of CRLF.
 */
bool mime_wrap_text_legacy(smtp_buf *out, const char *msg, size_t len, ptrdiff_t length,
	bool qp_mode, bool utf8, mime_le le);

/*
 * PHPMailer::utf8CharBoundary(), PHP's substr() rules on negative offsets
 * included: a long look-back can go past the start, so the result may be 0
 * or negative. Where PHPMailer would look back forever, max_length is
 * returned.
 */
ptrdiff_t mime_utf8_char_boundary(const char *encoded, size_t len, ptrdiff_t max_length);

/*
 * PHP trim() with its default character list (" \t\n\r\0\x0B"): returns the
 * start and length of the trimmed slice of s, without copying.
 */
void mime_trim(const char **s, size_t *len);

/* PHPMailer::secureHeader(): CR and LF removed, then trim(). */
bool mime_secure_header(smtp_buf *out, const char *in, size_t len);

/* PHPMailer::quotedString(): quoted, '"' escaped, if any of ` ()<>@,;:"/[]?=` occurs. */
bool mime_quoted_string(smtp_buf *out, const char *in, size_t len);

#endif
