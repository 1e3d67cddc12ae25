/*
 * smtp_outbox.h - the durable outbox: a message the server could not take
 * now (unreachable, or a 4xx), kept on disk until a later flush delivers it.
 *
 * One message per file: "SOB1", the payload's length (8 bytes, big-endian),
 * then the payload compressed with zlib. The payload is netstrings
 * ("<len>:<bytes>,"): the envelope sender, the recipient count, each
 * recipient, and the content exactly as handed to DATA.
 *
 * A file appears whole or not at all: it is written to ".tmp-*" in the
 * spool, fsynced, renamed to "<time>-<pid>-<n>.msg", and the directory is
 * fsynced. Flushers claim a file with flock() and re-check that it is still
 * linked, so two flushers never deliver the same file; the lock dies with
 * its process, so a killed flusher leaves the file for the next one.
 */
#ifndef SMTP_OUTBOX_H
#define SMTP_OUTBOX_H

#include <stdbool.h>
#include <stddef.h>

#include "smtp_buf.h"
#include "smtp_error.h"

typedef struct smtp_outbox_msg {
	char *sender;
	size_t sender_len;
	size_t rcpt_count;
	char **rcpt;
	size_t *rcpt_len;
	char *data;
	size_t data_len;
} smtp_outbox_msg;

/*
 * Called before each step of a write or a flush ("tmp-open", "tmp-written",
 * "tmp-synced", "renamed", "dir-synced"); the binding shows them in the
 * debug output, where the crash tests find them.
 */
typedef void (*smtp_outbox_step_fn)(void *ctx, const char *step);

/* The file's bytes for msg (out is appended to). */
smtp_status smtp_outbox_encode(const smtp_outbox_msg *msg, smtp_buf *out, smtp_error *err);

/* Parses a file's bytes; on success msg owns its strings (smtp_outbox_msg_free()). */
smtp_status smtp_outbox_decode(const char *file, size_t len, smtp_outbox_msg *msg, smtp_error *err);
void smtp_outbox_msg_free(smtp_outbox_msg *msg);

/* Writes msg atomically into dir; name (if not NULL, size >= 64) receives the file's name. */
smtp_status smtp_outbox_write(const char *dir, const smtp_outbox_msg *msg, char *name, size_t name_size,
	smtp_outbox_step_fn step, void *ctx, smtp_error *err);

/* True when name is a spooled message's file name ("*.msg", not a temporary file). */
bool smtp_outbox_is_message(const char *name);

/*
 * Claims dir/name for delivery: returns an fd holding an exclusive flock,
 * with the file read into msg, or -1 when another flusher holds it, it is
 * gone (delivered meanwhile), or it cannot be read (err says which; status
 * SMTP_AGAIN for "someone else has it").
 */
int smtp_outbox_claim(const char *dir, const char *name, smtp_outbox_msg *msg, smtp_error *err);

/* Removes a claimed file (delivered) and releases the claim; then fsyncs dir. */
smtp_status smtp_outbox_remove(const char *dir, const char *name, int fd, smtp_error *err);

/* Releases a claim, leaving the file for a later flush. */
void smtp_outbox_release(int fd);

#endif
