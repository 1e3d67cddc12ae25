/*
 * smtp_debug.h - PHPMailer's debug output: one message to wherever
 * $Debugoutput says ('echo', 'html', 'error_log', a callable, or a PSR-3
 * logger), formatted exactly as PHPMailer formats it.
 */
#ifndef SMTP_DEBUG_H
#define SMTP_DEBUG_H

#include "php.h"

typedef enum {
	SMTP_DEBUG_CLIENT,  /* SMTP::edebug(): the html form carries a date */
	SMTP_DEBUG_MAILER   /* PHPMailer::edebug(): the html form does not */
} smtp_debug_source;

/*
 * Emits str through debugoutput. level is what a callable receives as its
 * second argument (the message level for SMTP, SMTPDebug for PHPMailer).
 */
void smtp_debug_emit(zval *debugoutput, smtp_debug_source source, const char *str, size_t len,
	zend_long level);

#endif
