/*
 * mime_header.h - header field encoding as PHPMailer does it: RFC 2047
 * encoded-words (B or Q, chosen by PHPMailer's rules), phrase quoting, and
 * the character counting of the message charset behind them.
 */
#ifndef MIME_HEADER_H
#define MIME_HEADER_H

#include "mime_encode.h"
#include "smtp_buf.h"

#include <stdbool.h>
#include <stddef.h>

/*
 * Character counting for the message charset, as mbstring counts: used by
 * hasMultiBytes() and base64EncodeWrapMB(). The core knows single-byte
 * charsets and UTF-8 (where mbstring sizes a character by its lead byte
 * alone); the binding supplies mbstring itself for any other multi-byte
 * charset through the two hooks.
 */
typedef struct mime_charset mime_charset;
struct mime_charset {
	const char *name;            /* CharSet as the user set it */
	size_t name_len;
	/* mb_strlen(s, charset) */
	size_t (*count)(const mime_charset *cs, const char *s, size_t len);
	/* byte length of mb_substr(s, 0, chars, charset) */
	size_t (*prefix)(const mime_charset *cs, const char *s, size_t len, size_t chars);
	void *ctx;                   /* for the binding's hooks */
};

/*
 * Sets cs up for name with the core's own counting: UTF-8 (any spelling
 * mbstring accepts: "utf-8", "UTF8", ...) or single-byte. Returns false for
 * a name under which mbstring knows a multi-byte encoding other than UTF-8
 * (Shift_JIS, EUC-JP, GBK, Big5, UTF-16, ISO-2022-JP, ...); cs then counts
 * bytes, and the caller may install hooks of its own. Any other name is
 * taken as single-byte. cs keeps the name pointer.
 */
bool mime_charset_init(mime_charset *cs, const char *name, size_t name_len);

/* True when the name is UTF-8 as PHPMailer tests it (strtolower(CharSet) === 'utf-8'). */
bool mime_charset_is_utf8_literal(const char *name, size_t name_len);

/*
 * encodeHeader()'s helpers, for a binding whose object overrides one of
 * them: hasMultiBytes(), base64EncodeWrapMB(), encodeQ(), wrapText(),
 * has8bitChars() and normalizeBreaks(). The writers append the helper's
 * result to out; the predicates return 1 or 0; failures (false, -1) stop
 * the encoding.
 */
typedef struct mime_header_hooks {
	void *ctx;
	int (*has_8bit)(void *ctx, const char *s, size_t len);
	int (*has_multibytes)(void *ctx, const char *s, size_t len);
	bool (*base64_wrap_mb)(void *ctx, smtp_buf *out, const char *s, size_t len, const char *linebreak);
	bool (*encode_q)(void *ctx, smtp_buf *out, const char *s, size_t len, mime_position pos);
	bool (*wrap_text)(void *ctx, smtp_buf *out, const char *s, size_t len, size_t length, bool qp_mode);
	bool (*normalize_breaks)(void *ctx, smtp_buf *out, const char *s, size_t len);
} mime_header_hooks;

typedef struct mime_header_opts {
	const mime_charset *charset;
	bool mail_transport;   /* Mailer is 'mail': encoded-words kept within 63 bytes */
	bool smtputf8;         /* UseSMTPUTF8 (6.10+): text and phrases are only trimmed and normalized */
	mime_le le;
	/*
	 * PHPMailer 5.2's encodeHeader(): encoded words fit 75 bytes with the
	 * CharSet named (us-ascii is never substituted), and text without bytes
	 * to encode is left as it is, however long.
	 */
	bool legacy;
	/* NULL, or (never with legacy) every helper hooked: PHPMailer's steps are then taken one by one */
	const mime_header_hooks *hooks;
} mime_header_opts;

/* PHPMailer::hasMultiBytes(): mb_strlen() of s is below its byte length. */
bool mime_has_multibytes(const mime_charset *cs, const char *s, size_t len);

/*
 * PHPMailer::base64EncodeWrapMB(): encoded-word payloads that never split a
 * character, joined by linebreak (PHPMailer's default is le). Empty input
 * (where PHP divides by zero) and an empty linebreak give nothing.
 */
bool mime_base64_wrap_mb(smtp_buf *out, const mime_charset *cs, const char *in, size_t len,
	mime_le linebreak);

/* PHPMailer::encodeHeader(). */
bool mime_encode_header(smtp_buf *out, const mime_header_opts *opts, const char *in, size_t len,
	mime_position pos);

#endif
