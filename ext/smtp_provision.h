/*
 * smtp_provision.h - making the PHPMailer class names exist.
 *
 * The engine classes live under Smtp\Engine. Code written for PHPMailer
 * asks for PHPMailer\PHPMailer\PHPMailer and its siblings; when nothing
 * else (Composer, a require) provides them, the fallback autoloader
 * declares each as an empty subclass of its engine class.
 */
#ifndef SMTP_PROVISION_H
#define SMTP_PROVISION_H

#include "php.h"

void smtp_provision_startup(void);
void smtp_provision_shutdown(void);

/* The file name the fallback's classes carry (they come from no PHP file). */
#define SMTP_FALLBACK_FILENAME "[smtp fallback]"

#endif
