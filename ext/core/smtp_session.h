/*
 * smtp_session.h - the SMTP client state machine.
 *
 * A session owns one transport and the reply parser reading from it. It
 * knows the protocol (greeting, EHLO/HELO and the capabilities they
 * announce, STARTTLS with the capabilities forgotten afterwards, SASL
 * exchanges, the mail transaction, DATA with dot-stuffing, RSET, NOOP,
 * QUIT) and nothing of PHP: what each step means to PHPMailer's API is the
 * binding's business. Every command goes through smtp_session_command(), so
 * writes, reads, tracing and state changes happen in one place.
 *
 * State changes only through the session itself and are traced, so a
 * transcript shows them (curl's smtp.c does the same).
 */
#ifndef SMTP_SESSION_H
#define SMTP_SESSION_H

#include "smtp_buf.h"
#include "smtp_error.h"
#include "smtp_reply.h"
#include "smtp_transport.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum smtp_state {
	SMTP_STATE_CLOSED = 0,  /* no connection */
	SMTP_STATE_GREETING,    /* connected, greeting not read yet */
	SMTP_STATE_CONNECTED,   /* greeting read, no EHLO/HELO accepted yet */
	SMTP_STATE_READY,       /* EHLO/HELO accepted: a transaction may start */
	SMTP_STATE_MAIL,        /* MAIL FROM accepted */
	SMTP_STATE_RCPT,        /* at least one RCPT TO accepted */
	SMTP_STATE_DATA,        /* 354 received: sending content */
	SMTP_STATE_QUIT         /* QUIT sent */
} smtp_state;

/* SASL mechanisms announced in the AUTH capability. */
enum {
	SMTP_AUTH_PLAIN = 1u << 0,
	SMTP_AUTH_LOGIN = 1u << 1,
	SMTP_AUTH_CRAM_MD5 = 1u << 2,
	SMTP_AUTH_XOAUTH2 = 1u << 3,
	SMTP_AUTH_OAUTHBEARER = 1u << 4,
	SMTP_AUTH_SCRAM_SHA_256 = 1u << 5
};

typedef struct smtp_caps {
	bool ehlo;                  /* set when the capabilities come from EHLO */
	bool starttls;
	bool pipelining;
	bool chunking;
	bool binarymime;
	bool eightbitmime;
	bool smtputf8;
	bool dsn;
	bool enhancedstatuscodes;
	bool requiretls;
	bool size_announced;
	unsigned long long size;    /* SIZE limit; 0 means no limit announced */
	unsigned auth;              /* SMTP_AUTH_* bits */
} smtp_caps;

typedef enum smtp_trace_kind {
	SMTP_TRACE_STATE,       /* "FROM -> TO" state names */
	SMTP_TRACE_SEND,        /* bytes written for a command, with its CRLF */
	SMTP_TRACE_SEND_SECRET, /* a command line that carries credentials */
	SMTP_TRACE_DATA_LINE,   /* one line of message content, after dot-stuffing, without CRLF */
	SMTP_TRACE_RECV_LINE,   /* one reply line as read, with its line ending */
	SMTP_TRACE_TLS          /* handshake done: "TLSv1.3 TLS_AES_256_GCM_SHA384" */
} smtp_trace_kind;

typedef void (*smtp_trace_fn)(void *ctx, smtp_trace_kind kind, const char *data, size_t len);

typedef struct smtp_session smtp_session;

smtp_session *smtp_session_new(void);

/* Closes the connection without QUIT (if one is open) and frees the session. */
void smtp_session_free(smtp_session *s);

/* Installs the trace hook; trace_data asks for SMTP_TRACE_DATA_LINE events too. */
void smtp_session_set_trace(smtp_session *s, smtp_trace_fn fn, void *ctx, bool trace_data);

/* Bound of every read and write from now on (SMTP_TIMEOUT_NONE for none). */
void smtp_session_set_timeout(smtp_session *s, int timeout_ms);

/*
 * Connects over TCP, starts TLS at once when implicit_tls is set (SMTPS,
 * port 465) and reads the greeting into *greeting. Returns SMTP_OK when a
 * greeting of any code was read: judging it is the caller's job. Fails with
 * SMTP_ERR_STATE when a connection is already open.
 */
smtp_status smtp_session_connect(smtp_session *s, const char *host, int port,
	bool implicit_tls, const smtp_tls_config *tls, int connect_timeout_ms,
	smtp_reply *greeting, smtp_error *err);

/* Adopts an already open transport (the memory transport in unit tests). */
smtp_status smtp_session_attach(smtp_session *s, smtp_transport *t, smtp_error *err);

/*
 * Sends one command line (CRLF is added) and reads the reply to it. A
 * command holding CR or LF is refused with SMTP_ERR_INVALID before anything
 * is written. secret marks lines carrying credentials for the trace hook.
 * The reply code is not judged here; the state and capabilities follow it:
 * a 250 to EHLO or HELO sets the capabilities, a 250 to MAIL or RCPT and a
 * 354 to DATA advance the transaction, a 250 to RSET ends it.
 */
smtp_status smtp_session_command(smtp_session *s, const char *line, size_t len,
	bool secret, smtp_reply *reply, smtp_error *err);

/* Writes raw bytes (PHPMailer's client_send()); no reply is read. */
smtp_status smtp_session_write(smtp_session *s, const char *data, size_t len, smtp_error *err);

/* Reads one reply. */
smtp_status smtp_session_read_reply(smtp_session *s, smtp_reply *reply, smtp_error *err);

/*
 * After a 220 to STARTTLS: performs the handshake and forgets the
 * capabilities, which must be asked for again with EHLO (RFC 3207).
 */
smtp_status smtp_session_start_tls(smtp_session *s, const smtp_tls_config *tls,
	smtp_error *err);

/*
 * Message content, after a 354 to DATA. The content is written as
 * PHPMailer's SMTP::data() writes it: line breaks become CRLF, lines longer
 * than 998 bytes are split (at the last space when there is one, with a tab
 * before each continuation inside the header block), a line starting with
 * '.' gets another one. Writes are coalesced into large blocks.
 * smtp_session_data_end() writes the last line, the terminating ".", and
 * reads the reply.
 */
smtp_status smtp_session_data_write(smtp_session *s, const char *data, size_t len, smtp_error *err);
smtp_status smtp_session_data_end(smtp_session *s, smtp_reply *reply, smtp_error *err);

/* Without blocking: false when the connection is gone (closing the session then). */
bool smtp_session_alive(smtp_session *s);

/* Closes the connection without QUIT. */
void smtp_session_close(smtp_session *s);

smtp_state smtp_session_state(const smtp_session *s);
const char *smtp_state_name(smtp_state state);
const smtp_caps *smtp_session_caps(const smtp_session *s);
bool smtp_session_tls_active(const smtp_session *s);

/* Parses the lines of a 250 reply to EHLO into caps (exposed for unit tests). */
void smtp_caps_parse(smtp_caps *caps, const smtp_reply *ehlo_reply);

#endif
