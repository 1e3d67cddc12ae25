/*
 * mailer_outbox.h - smtpSend() keeps a message the server could not take
 * now in the durable outbox (SMTPOptions['smtp']['outbox'], core/smtp_outbox.h).
 */
#ifndef MAILER_OUTBOX_H
#define MAILER_OUTBOX_H

#include "php.h"

/*
 * When the outbox is on and the SMTP object's last error is transient (no
 * reply at all: unreachable, timed out, connection lost; or a 4xx), writes
 * the message (from, the to/cc/bcc addresses, head . body as handed to
 * DATA) to the outbox. body NULL: $MIMEBody. send()'s result is unchanged;
 * the debug output says what became of the message. Safe with an exception
 * pending.
 */
/* SMTPOptions['smtp']['outbox'] or smtp.outbox names a directory. */
bool mailer_outbox_enabled(zend_object *obj);

void mailer_outbox_spool_if_transient(zend_object *obj, zend_string *from, zend_string *head, zend_string *body);

#endif
