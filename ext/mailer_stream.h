/*
 * mailer_stream.h - $MIMEBody held as a body to stream, rendered as a
 * string only when PHP asks for it.
 *
 * preSend() builds the body of a message with attachments from files as the
 * core's segments (encoded bytes, and files to encode as they are read:
 * ext/core/mime_message.h) and keeps them in the object instead of the
 * string, whose property slot it leaves undefined. smtpSend() streams the
 * segments to the server; anything that reads the property (PHP code, a
 * subclass, getSentMIMEMessage(), DKIM, the mail() transport, the
 * action_function callback, C code through MPROP()) finds it rendered then,
 * once, and it stays a string from then on. Writing or unsetting the
 * property drops the segments.
 */
#ifndef MAILER_STREAM_H
#define MAILER_STREAM_H

#include "php.h"
#include "core/mime_message.h"

/*
 * A body to stream. The object holds one reference; a send in progress
 * holds another, so PHP code reading $MIMEBody meanwhile (a Debugoutput
 * closure, say) renders it without pulling it from under the send.
 */
typedef struct mailer_streamed {
	uint32_t refcount;
	mime_body body;
	zend_string *kept;  /* the message the body borrows its bytes from, once rendered (or NULL) */
} mailer_streamed;

/* An empty body with one reference. */
mailer_streamed *mailer_streamed_new(void);
void mailer_streamed_release(mailer_streamed *b);

/* Makes ce's objects able to hold a streamed body (ce's subclasses inherit it); call before registering them. */
void mailer_stream_install(zend_class_entry *ce);

/* Whether the objects of ce can hold a streamed body. */
bool mailer_stream_supported(zend_object *obj);

/* Sets $MIMEBody to body, taking over the caller's reference. */
void mailer_stream_set_body(zend_object *obj, mailer_streamed *body);

/* Drops a streamed body without rendering it (the slot is about to be assigned). */
void mailer_stream_forget(zend_object *obj);

/* A new reference to the body $MIMEBody stands for, or NULL when it holds a value (a string). */
mailer_streamed *mailer_stream_acquire(zend_object *obj);

/*
 * Renders a streamed $MIMEBody into its slot (smtp_prop_get() calls this on
 * an undefined slot). A file that can no longer be read renders as an empty
 * string, with a warning. Returns the slot, or NULL when obj holds no
 * streamed body.
 */
zval *mailer_stream_render(zend_object *obj);

/*
 * header followed by the body $MIMEBody stands for, rendered straight into
 * one new string. The body then borrows its bytes from that string, so a
 * later send puts the same bytes on the wire without reading the files
 * again, and $MIMEBody is still rendered only if PHP reads it. NULL when obj
 * holds no streamed body, or a file can no longer be read.
 */
zend_string *mailer_stream_message(zend_object *obj, zend_string *header);

/*
 * $this->createBody() for preSend(): as mailer_create_body(), except that a
 * body reading files comes back in *streamed (the string is then empty),
 * unless createBody() is overridden or the body is signed (mailer_body.c).
 */
zend_string *mailer_create_body_streamed(zend_object *obj, mailer_streamed **streamed);

#endif
