/*
 * smtp_reply.h - I/O-free parser of SMTP replies (RFC 5321 section 4.2).
 *
 * Fed arbitrary slices of what the server sent, it returns complete replies.
 * Like PHPMailer's reader it is lenient about what a line holds (a reply
 * line whose fourth byte is not '-' ends the reply, and a line that does not
 * start with three digits yields code 0) but strict about size: a line longer
 * than SMTP_REPLY_MAX_LINE (not counting its CRLF or LF) or a reply longer
 * than SMTP_REPLY_MAX_TOTAL (line ends counted) is a protocol error, checked
 * before anything is buffered, so a hostile server cannot make the client
 * buffer without bound.
 */
#ifndef SMTP_REPLY_H
#define SMTP_REPLY_H

#include "smtp_buf.h"
#include "smtp_error.h"

#include <stddef.h>

#define SMTP_REPLY_MAX_LINE 4096
#define SMTP_REPLY_MAX_TOTAL (64 * 1024)

typedef struct smtp_reply {
	int code;            /* first three digits of the first line, 0 if not digits */
	char enhanced[16];   /* "x.y.z" after the code of the first line, "" if none */
	size_t lines;        /* number of lines */
	smtp_buf text;       /* the reply as received, each line with its line ending */
} smtp_reply;

/* An empty reply, owning no memory yet. */
void smtp_reply_init(smtp_reply *reply);

/* Frees the text and leaves the reply empty, ready for reuse. */
void smtp_reply_free(smtp_reply *reply);

/* Empties the reply and keeps the memory of its text. */
void smtp_reply_reset(smtp_reply *reply);

/* True for 2xx and 3xx codes. */
static inline int smtp_reply_positive(const smtp_reply *reply)
{
	return reply->code >= 200 && reply->code < 400;
}

typedef struct smtp_reply_parser {
	smtp_buf line;       /* the line being read, without its end yet */
	smtp_reply partial;  /* lines of the reply read so far */
} smtp_reply_parser;

/* A parser expecting the start of a reply. */
void smtp_reply_parser_init(smtp_reply_parser *p);

/* Frees what the parser holds. */
void smtp_reply_parser_free(smtp_reply_parser *p);

/* Drops any partial reply, e.g. after the connection was reset. */
void smtp_reply_parser_reset(smtp_reply_parser *p);

/*
 * Consumes bytes from data until a reply is complete or the data runs out;
 * *consumed says how many. Returns SMTP_OK and moves the reply into *out
 * (which is reset first) when one completed, SMTP_AGAIN when all bytes were
 * consumed without completing one, SMTP_ERR_PROTOCOL on an oversized line
 * or reply, SMTP_ERR_NOMEM; after an error the partial reply is dropped.
 */
smtp_status smtp_reply_parser_feed(smtp_reply_parser *p, const char *data, size_t len,
	size_t *consumed, smtp_reply *out, smtp_error *err);

/* Reads the code and enhanced code of a single reply line (used for replies built by hand). */
void smtp_reply_parse_code(const char *line, size_t len, int *code, char enhanced[16]);

#endif
