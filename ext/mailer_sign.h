/*
 * mailer_sign.h - the signing steps that preSend() and createBody() take
 * when DKIM or S/MIME is set up (mailer_dkim.c, mailer_smime.c).
 */
#ifndef MAILER_SIGN_H
#define MAILER_SIGN_H

#include "php.h"

/*
 * preSend()'s DKIM step: when DKIM_domain, DKIM_selector and a key are set,
 * $this->DKIM_Add() of the headers, the encoded Subject and the body, its
 * field appended to MIMEHeader. An exception is left pending.
 */
void mailer_dkim_sign_message(zend_object *obj);

/*
 * createBody()'s S/MIME steps. When sign_key_file is set (or encryption
 * is asked for), begin returns getMailMIME() . $LE, taken before the body
 * changes $Encoding (else NULL; 7.x, which takes it once $Encoding is the
 * body's own, calls it later).
 * Unless createBody() failed (an error on record or an exception pending:
 * body is then returned as it is), finish signs that prefix followed by
 * body, puts the signed message's header lines in MIMEHeader and returns
 * the rest as the body, or "" on failure (throwing in exception mode).
 * It takes over prefix and body.
 */
zend_string *mailer_smime_begin(zend_object *obj);

/* Whether SMTPOptions['smtp']['smime_encrypt'] asks for encryption (then createHeader() leaves the MIME lines out, as for signing). */
bool mailer_smime_encrypting(zend_object *obj);
zend_string *mailer_smime_finish(zend_object *obj, zend_string *prefix, zend_string *body);

#endif
