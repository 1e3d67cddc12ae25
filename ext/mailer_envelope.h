/*
 * mailer_envelope.h - the envelope extensions of SMTPOptions['smtp'] (SIZE,
 * BODY=8BITMIME, DSN RET/ENVID/ORCPT, REQUIRETLS) for the next transaction.
 */
#ifndef MAILER_ENVELOPE_H
#define MAILER_ENVELOPE_H

#include "php.h"

/*
 * Before smtpSend()'s MAIL FROM: the parameters the options ask for and the
 * server (client, the SMTP object, after EHLO) allows, set on an engine
 * SMTP object for its next mail() and recipient() calls. False, with an
 * exception thrown, when the message must not be sent:
 * REQUIRETLS not advertised, or over the server's SIZE.
 */
bool mailer_envelope_prepare(zend_object *obj, zend_object *client, zend_string *header, zend_string *body);

#endif
