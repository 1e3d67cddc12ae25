/*
 * mime_message.h - the body of a message, laid out as PHPMailer's
 * createBody() lays it out, and written out as a stream.
 *
 * The caller describes the message (texts, charset, encodings, the
 * attachments, the boundaries) with borrowed pointers; mime_body_build()
 * turns that into a body: a list of segments that are either bytes already
 * encoded or a file to be read and encoded when the body is written. A
 * 50 MB attachment therefore costs a path, not 68 MB of encoded text, until
 * a reader streams it out in small pieces.
 */
#ifndef MIME_MESSAGE_H
#define MIME_MESSAGE_H

#include "mime_encode.h"
#include "mime_header.h"
#include "smtp_buf.h"
#include "smtp_error.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum mime_encoding {
	MIME_ENC_7BIT,
	MIME_ENC_8BIT,
	MIME_ENC_BASE64,
	MIME_ENC_BINARY,
	MIME_ENC_QP,
	MIME_ENC_UNKNOWN
} mime_encoding;

/* The encoding a name stands for, case-insensitively (encodeString() lower-cases it). */
mime_encoding mime_encoding_from_name(const char *name, size_t len);

typedef struct mime_text {
	const char *s;
	size_t len;
} mime_text;

/* One entry of PHPMailer's $attachment array. */
typedef struct mime_attachment {
	mime_text content;      /* [0]: the data when is_string, else the file's path */
	mime_text name;         /* [2]: the name shown in the part headers */
	mime_text encoding;     /* [3]: as the user gave it */
	mime_text type;         /* [4] */
	mime_text disposition;  /* [6]: "attachment" or "inline" (or anything else) */
	mime_text cid;          /* [7] as a string */
	bool is_string;         /* [5] */
	bool duplicate;         /* identical to an earlier entry: PHPMailer emits it once */
} mime_attachment;

/* The structure of the body: PHPMailer's $message_type ("plain", "alt", "alt_inline_attach", ...). */
enum {
	MIME_HAS_ALT = 1u << 0,
	MIME_HAS_INLINE = 1u << 1,
	MIME_HAS_ATTACH = 1u << 2
};

/*
 * PHPMailer's createBody() and attachAll() call their helpers through
 * $this and static::, so a subclass that overrides one changes the body.
 * With hooks, the writer makes each of those calls through them, at the
 * point and with the arguments PHPMailer does, and writes what they give;
 * without (the usual case), it does their work itself and leaves files to
 * be read as the body is sent. A binding sets every hook or none.
 *
 * The hooks that write append the helper's result to out; the predicates
 * return 1 or 0. Each returns false (or -1) when the call failed: the
 * writer then stops.
 */
typedef struct mime_hooks {
	void *ctx;
	bool (*get_boundary)(void *ctx, smtp_buf *out, mime_text boundary, mime_text charset,
		mime_text content_type, mime_text encoding);
	bool (*end_boundary)(void *ctx, smtp_buf *out, mime_text boundary);
	bool (*text_line)(void *ctx, smtp_buf *out, mime_text value);
	bool (*header_line)(void *ctx, smtp_buf *out, mime_text name, mime_text value);
	bool (*encode_string)(void *ctx, smtp_buf *out, mime_text s, mime_text encoding);
	bool (*encode_file)(void *ctx, smtp_buf *out, mime_text path, mime_text encoding);
	bool (*attach_all)(void *ctx, smtp_buf *out, mime_text disposition, mime_text boundary);
	bool (*encode_header)(void *ctx, smtp_buf *out, mime_text s);   /* position 'text' */
	bool (*secure_header)(void *ctx, smtp_buf *out, mime_text s);
	bool (*quoted_string)(void *ctx, smtp_buf *out, mime_text s);
	int (*has_8bit)(void *ctx, mime_text s);
	int (*has_line_longer_than_max)(void *ctx, mime_text s);
	int (*is_error)(void *ctx);
} mime_hooks;

typedef struct mime_message {
	unsigned type;              /* MIME_HAS_* bits; 0 is "plain" */
	mime_le le;
	mime_text charset;          /* CharSet */
	mime_text content_type;     /* ContentType */
	mime_text encoding;         /* Encoding */
	mime_text body;             /* Body, already word-wrapped if WordWrap asked for it */
	mime_text alt_body;         /* AltBody, likewise */
	mime_text ical;             /* Ical */
	mime_text ical_method;      /* the METHOD found in Ical (REQUEST when none) */
	mime_text boundary[3];      /* the three boundaries */
	bool smtputf8;              /* UseSMTPUTF8: the body goes as 8bit */
	/*
	 * PHPMailer 5.2's layout instead of 6.x's: the preamble "This is a
	 * multi-part message in MIME format.", nested boundaries on a
	 * tab-indented line, a blank line after each part, attachment names
	 * always quoted, Content-ID as given, a calendar part only in "alt"
	 * messages, and quoted-printable as PHP's quoted_printable_encode()
	 * writes it (CRLF soft breaks whatever le is).
	 */
	bool legacy;
	const mime_header_opts *header_opts; /* for attachment names and Content-IDs */
	const mime_attachment *attachments;
	size_t attachment_count;
	const mime_hooks *hooks;    /* NULL: no helper is overridden (never with legacy) */
} mime_message;

/*
 * The Content-Transfer-Encoding createBody() chooses for the body and for
 * its text alternative (for a plain message it writes the first back into
 * $Encoding).
 */
void mime_text_encodings(const mime_message *m, mime_text *body, mime_text *alt);

typedef enum mime_segment_kind {
	MIME_SEG_BYTES,    /* a range of body->bytes */
	MIME_SEG_FILE,     /* a file, encoded while it is read */
	MIME_SEG_BORROWED  /* bytes the caller keeps (mime_body_borrow()) */
} mime_segment_kind;

typedef struct mime_segment {
	mime_segment_kind kind;
	size_t offset;          /* MIME_SEG_BYTES: where the range starts */
	size_t len;             /* MIME_SEG_BYTES, MIME_SEG_BORROWED: its length */
	const char *borrowed;   /* MIME_SEG_BORROWED: where the bytes are */
	char *path;             /* MIME_SEG_FILE: owned copy of the path */
	mime_encoding encoding; /* MIME_SEG_FILE */
} mime_segment;

typedef struct mime_body {
	smtp_buf bytes;         /* the literal bytes of every MIME_SEG_BYTES segment */
	mime_segment *segments;
	size_t count;
	size_t capacity;
	mime_le le;
	bool legacy;            /* mime_message.legacy: how files are quoted-printable encoded */
} mime_body;

void mime_body_init(mime_body *body);
void mime_body_free(mime_body *body);

/*
 * Lays the message out. Files are not read here: the caller checks them
 * first (PHPMailer reports unreadable files in its own order and words),
 * and a file that fails later fails the reader.
 */
bool mime_body_build(mime_body *body, const mime_message *m);

/*
 * Replaces the whole body with len bytes at data, which the caller keeps
 * alive and unchanged for as long as the body: a body rendered once is sent
 * from there, its files not read again.
 */
bool mime_body_borrow(mime_body *body, const char *data, size_t len);

/* Whether the body has a file segment (its size then depends on files read later). */
bool mime_body_has_files(const mime_body *body);

/* PHPMailer::attachAll(): the parts of one disposition and the closing boundary. */
bool mime_body_add_attachments(mime_body *body, const mime_message *m, const char *disposition,
	size_t disposition_len, mime_text boundary);

/* Streams a body out. */
typedef struct mime_reader {
	const mime_body *body;
	size_t segment;             /* current segment */
	size_t offset;              /* bytes of it already produced (MIME_SEG_BYTES) */
	FILE *file;                 /* MIME_SEG_FILE being read */
	mime_base64_stream b64;
	smtp_buf carry;             /* whole-file encodings (QP, 7bit, 8bit) wait here */
	bool started;
} mime_reader;

void mime_reader_init(mime_reader *r, const mime_body *body);
void mime_reader_free(mime_reader *r);

/*
 * Appends the next bytes of the body to out, about want bytes at most (a
 * segment may overshoot a little). Returns SMTP_OK with nothing appended at
 * the end; SMTP_ERR_FILE when a file cannot be read.
 */
smtp_status mime_reader_read(mime_reader *r, smtp_buf *out, size_t want, smtp_error *err);

/* Appends the whole body to out (the string form PHPMailer's $MIMEBody holds). */
smtp_status mime_body_render(const mime_body *body, smtp_buf *out, smtp_error *err);

/*
 * The length mime_body_render() appends, when it can be told before the
 * files are read: each file a regular one, base64 or binary, counted at its
 * present size. A caller rendering into memory of that length plus
 * MIME_RENDER_SLACK (the encoders reserve a little ahead) must still check
 * the length rendered: a file may change in between.
 */
bool mime_body_rendered_len(const mime_body *body, size_t *len);

#define MIME_RENDER_SLACK 128

#endif
