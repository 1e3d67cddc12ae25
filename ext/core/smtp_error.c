/*
 * smtp_error.c - the error record of the core engine.
 */
#include "smtp_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void smtp_error_clear(smtp_error *err)
{
	memset(err, 0, sizeof(*err));
}

static void set_message(smtp_error *err, const char *fmt, va_list ap)
{
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
}

smtp_status smtp_error_set(smtp_error *err, smtp_status status, const char *fmt, ...)
{
	va_list ap;

	if (!err) {
		return status;
	}
	smtp_error_clear(err);
	err->status = status;
	va_start(ap, fmt);
	set_message(err, fmt, ap);
	va_end(ap);
	return status;
}

smtp_status smtp_error_set_errno(smtp_error *err, smtp_status status, int sys_errno, const char *fmt, ...)
{
	va_list ap;

	if (!err) {
		return status;
	}
	smtp_error_clear(err);
	err->status = status;
	err->sys_errno = sys_errno;
	va_start(ap, fmt);
	set_message(err, fmt, ap);
	va_end(ap);
	return status;
}

const char *smtp_status_name(smtp_status status)
{
	switch (status) {
	case SMTP_OK: return "SMTP_OK";
	case SMTP_AGAIN: return "SMTP_AGAIN";
	case SMTP_ERR_NOMEM: return "SMTP_ERR_NOMEM";
	case SMTP_ERR_INVALID: return "SMTP_ERR_INVALID";
	case SMTP_ERR_CONNECT: return "SMTP_ERR_CONNECT";
	case SMTP_ERR_IO: return "SMTP_ERR_IO";
	case SMTP_ERR_TIMEOUT: return "SMTP_ERR_TIMEOUT";
	case SMTP_ERR_TLS: return "SMTP_ERR_TLS";
	case SMTP_ERR_PROTOCOL: return "SMTP_ERR_PROTOCOL";
	case SMTP_ERR_REPLY: return "SMTP_ERR_REPLY";
	case SMTP_ERR_AUTH: return "SMTP_ERR_AUTH";
	case SMTP_ERR_STATE: return "SMTP_ERR_STATE";
	case SMTP_ERR_FILE: return "SMTP_ERR_FILE";
	case SMTP_ERR_UNSUPPORTED: return "SMTP_ERR_UNSUPPORTED";
	}
	return "SMTP_ERR_UNKNOWN";
}
