/*
 * smtp_tls_options.h - PHPMailer's SMTPOptions['ssl'] as a core TLS config.
 *
 * The keys are those of PHP's ssl stream context; the strings are copied so
 * the config stays valid for a later STARTTLS whatever happens to the array.
 */
#ifndef SMTP_TLS_OPTIONS_H
#define SMTP_TLS_OPTIONS_H

#include "php.h"
#include "core/smtp_transport.h"

typedef struct smtp_tls_options {
	smtp_tls_config config;   /* its strings point into strings[] */
	zend_string *strings[7];  /* owned copies: cafile, capath, peer_name, local_cert, local_pk, passphrase, ciphers */
} smtp_tls_options;

void smtp_tls_options_init(smtp_tls_options *opts);
void smtp_tls_options_free(smtp_tls_options *opts);

/* Reads $context['ssl'] (a stream_context_create() options array); other keys are ignored. */
void smtp_tls_options_from_context(smtp_tls_options *opts, zval *context);

#endif
