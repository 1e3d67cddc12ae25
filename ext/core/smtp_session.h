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
	SMTP_AUTH_SCRAM_SHA_256 = 1u << 5,
	SMTP_AUTH_SCRAM_SHA_1 = 1u << 6
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

/* A closed session (NULL on exhaustion). */
smtp_session *smtp_session_new(void);

/*
 * Closes the connection without QUIT (if one is open) and frees the session.
 * The trace hook is not called any more: its context may already be gone.
 */
void smtp_session_free(smtp_session *s);

/*
 * Installs the trace hook; trace_data asks for SMTP_TRACE_DATA_LINE events
 * too (without it, content lines cost no tracing at all).
 */
void smtp_session_set_trace(smtp_session *s, smtp_trace_fn fn, void *ctx, bool trace_data);

/*
 * Bound of every read, write and STARTTLS handshake from now on
 * (SMTP_TIMEOUT_NONE for none). The default is PHPMailer's 300 s.
 */
void smtp_session_set_timeout(smtp_session *s, int timeout_ms);

/*
 * Connects over TCP, starts TLS at once when implicit_tls is set (SMTPS,
 * port 465) and reads the greeting into *greeting, unless greeting is NULL
 * (the caller then reads it with smtp_session_read_reply()). Returns
 * SMTP_OK when a greeting of any code was read: judging it is the caller's
 * job. Fails with SMTP_ERR_STATE when a connection is already open.
 */
smtp_status smtp_session_connect(smtp_session *s, const char *host, int port,
	bool implicit_tls, const smtp_tls_config *tls, int connect_timeout_ms,
	smtp_reply *greeting, smtp_error *err);

/*
 * Adopts an already open transport (the memory transport in unit tests);
 * the greeting is then read with smtp_session_read_reply(). On failure
 * (SMTP_ERR_STATE: a connection is open) t stays the caller's.
 */
smtp_status smtp_session_attach(smtp_session *s, smtp_transport *t, smtp_error *err);

/*
 * Sends one command line (CRLF is added) and reads the reply to it. A
 * command holding CR or LF is refused with SMTP_ERR_INVALID before anything
 * is written. secret marks lines carrying credentials for the trace hook
 * (and has the output buffer wiped after the write). The reply code is not
 * judged here; the state and capabilities follow it: a 250 to EHLO or HELO
 * sets the capabilities (a failed EHLO or any HELO clears them), a 250 to
 * MAIL, a 250 or 251 to RCPT and a 354 to DATA advance the transaction, a
 * 250 to RSET ends it; QUIT moves to SMTP_STATE_QUIT once written. Fails
 * with SMTP_ERR_STATE when not connected, before the greeting was read, or
 * while message content is being written. A failed read leaves the state
 * as it was.
 *
 * When commands were sent ahead with smtp_session_queue(), a command equal
 * to the oldest of them is not sent again: its reply is read. Any other
 * command first reads (and drops) the replies of those sent ahead.
 */
smtp_status smtp_session_command(smtp_session *s, const char *line, size_t len,
	bool secret, smtp_reply *reply, smtp_error *err);

/* {{{ pipelining (RFC 2920) */

/* What a command sent ahead is, for the caller reading its reply. */
typedef enum smtp_cmd {
	SMTP_CMD_NONE = 0,  /* nothing is pending */
	SMTP_CMD_OTHER,
	SMTP_CMD_EHLO,
	SMTP_CMD_HELO,
	SMTP_CMD_MAIL,
	SMTP_CMD_RCPT,
	SMTP_CMD_DATA,
	SMTP_CMD_RSET,
	SMTP_CMD_QUIT,
	SMTP_CMD_EOD,       /* the "." ending DATA content */
	SMTP_CMD_BDAT,      /* a BDAT chunk that is not the last */
	SMTP_CMD_BDAT_LAST  /* the BDAT ... LAST chunk */
} smtp_cmd;

/*
 * Queues one command line without writing it or reading its reply, so that
 * several go out in one write: the replies are then read in order with
 * smtp_session_next_reply(). Its SMTP_TRACE_SEND event is emitted when its
 * reply is read, right before the reply's lines, so a transcript keeps each
 * command next to its reply whatever was sent in between (or when the
 * write fails). The same checks as smtp_session_command() apply.
 */
smtp_status smtp_session_queue(smtp_session *s, const char *line, size_t len, bool secret,
	smtp_error *err);

/* Writes what is queued (commands, content); nothing happens when nothing is. */
smtp_status smtp_session_flush(smtp_session *s, smtp_error *err);

/* The number of commands (and content ends) whose replies were not read yet. */
size_t smtp_session_pending(const smtp_session *s);

/* The oldest of them, SMTP_CMD_NONE when none is pending. */
smtp_cmd smtp_session_pending_cmd(const smtp_session *s);

/*
 * Reads the reply to the oldest pending command, writing what is still
 * queued first; the state follows the reply as in smtp_session_command().
 * Without a pending command, reads the next reply (as
 * smtp_session_read_reply()). Fails with SMTP_ERR_STATE while content is
 * being written.
 */
smtp_status smtp_session_next_reply(smtp_session *s, smtp_reply *reply, smtp_error *err);

/* }}} */

/*
 * Writes raw bytes (PHPMailer's client_send()), traced as SMTP_TRACE_SEND,
 * or SMTP_TRACE_SEND_SECRET when they carry credentials; no reply is read.
 */
smtp_status smtp_session_write(smtp_session *s, const char *data, size_t len, bool secret,
	smtp_error *err);

/*
 * Reads one reply, from bytes already buffered first. The first reply read
 * after connecting is the greeting (SMTP_STATE_GREETING -> CONNECTED).
 */
smtp_status smtp_session_read_reply(smtp_session *s, smtp_reply *reply, smtp_error *err);

/*
 * After a 220 to STARTTLS: performs the handshake and forgets the
 * capabilities, which must be asked for again with EHLO (RFC 3207); the
 * state goes back to SMTP_STATE_CONNECTED. Bytes the server sent after its
 * 220 are refused (SMTP_ERR_PROTOCOL) rather than taken as if they came over
 * TLS. After a failed handshake the connection is unusable: close it.
 */
smtp_status smtp_session_start_tls(smtp_session *s, const smtp_tls_config *tls,
	smtp_error *err);

/*
 * Message content, after a 354 to DATA (or after smtp_session_bdat_begin()).
 * The content is written as PHPMailer's SMTP::data() writes it: line breaks
 * become CRLF, lines longer than 998 bytes are split (at the last space when
 * there is one, with a tab before each continuation inside the header
 * block), and, for DATA, a line starting with '.' gets another one. Writes
 * are coalesced into large blocks, and the bytes on the wire do not depend
 * on how the content is sliced into calls.
 *
 * smtp_session_data_finish() ends the content: the last line (the piece
 * after the last line break, even when empty) and the terminating "." (or
 * the last BDAT chunk) are queued, not written, so commands queued after it
 * (RSET) go out in the same write; its reply is read with
 * smtp_session_next_reply() (SMTP_CMD_EOD or SMTP_CMD_BDAT_LAST).
 * smtp_session_data_end() is finish, then that read. All fail with
 * SMTP_ERR_STATE when no content is being written.
 */
smtp_status smtp_session_data_write(smtp_session *s, const char *data, size_t len, smtp_error *err);
smtp_status smtp_session_data_finish(smtp_session *s, smtp_error *err);
smtp_status smtp_session_data_end(smtp_session *s, smtp_reply *reply, smtp_error *err);

/*
 * Starts content sent with BDAT (RFC 3030 CHUNKING) instead of DATA; valid
 * once a transaction may start, also while the replies to its MAIL and RCPT
 * commands are pending (they are read in order before the chunks' replies).
 * The content is framed in chunks of SMTP_BDAT_CHUNK bytes ("BDAT n", and
 * "BDAT n LAST" for the last, which smtp_session_data_finish() queues), with
 * no dot-stuffing, so the server receives the same message as with DATA.
 * Each chunk's header is traced (SMTP_TRACE_SEND) before its content lines.
 * Chunks go out without waiting for their replies; when more than a few are
 * outstanding, their replies are read ahead (kept for
 * smtp_session_next_reply()), and once one is negative the rest of the
 * content is dropped and no last chunk is sent: the caller finds the
 * refusal among the replies (SMTP_CMD_BDAT).
 */
#define SMTP_BDAT_CHUNK (256 * 1024)
smtp_status smtp_session_bdat_begin(smtp_session *s, smtp_error *err);

/*
 * Without blocking: false when the connection is gone (closing the session
 * then). Bytes read but not parsed yet keep it alive, as with PHP's feof().
 */
bool smtp_session_alive(smtp_session *s);

/*
 * True once a read found the connection closed or broken, as PHP's feof()
 * tells it; unlike smtp_session_alive() it never probes the socket.
 */
bool smtp_session_eof(const smtp_session *s);

/* Closes the connection without QUIT and forgets the capabilities; nothing happens when closed. */
void smtp_session_close(smtp_session *s);

/* The current state. */
smtp_state smtp_session_state(const smtp_session *s);

/* "CLOSED", "GREETING", ... as the SMTP_TRACE_STATE events show them. */
const char *smtp_state_name(smtp_state state);

/* The capabilities of the last EHLO (all zero before it, after HELO or STARTTLS). */
const smtp_caps *smtp_session_caps(const smtp_session *s);

/* Whether the connection is open and TLS is active on it. */
bool smtp_session_tls_active(const smtp_session *s);

/*
 * Parses the lines of a 250 reply to EHLO into caps (exposed for unit
 * tests): the first line is the server's domain, each other line a keyword
 * (in any case) and its parameters; AUTH mechanisms are also read from the
 * obsolete "AUTH=" form.
 */
void smtp_caps_parse(smtp_caps *caps, const smtp_reply *ehlo_reply);

#endif
