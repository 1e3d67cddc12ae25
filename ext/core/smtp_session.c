/*
 * smtp_session.c - the SMTP client state machine.
 *
 * Commands are queued in an output buffer and flushed; replies are read
 * into a read buffer and framed by the reply parser, so bytes that follow a
 * reply wait there for the next one. Every command whose reply is still to
 * be read is on the pending list, so several can go out in one write
 * (RFC 2920) and their replies be matched to them in order. Message content
 * goes through the content writer, which applies PHPMailer's SMTP::data()
 * transformation as a stream into the same output buffer, either after a
 * 354 to DATA (with dot-stuffing) or framed in BDAT chunks (RFC 3030).
 */
#include "smtp_session.h"
#include "smtp_alloc.h"
#include "smtp_auth.h"
#include "smtp_scan.h"

#include <stdio.h>
#include <string.h>

/* PHPMailer's default Timeout (300 s), until smtp_session_set_timeout() says otherwise. */
#define DEFAULT_TIMEOUT_MS 300000

/* Room made in the read buffer before each read. */
#define READ_BLOCK 16384

/* DATA content is written once this much has gathered. */
#define WRITE_BLOCK 65536

/* PHPMailer's SMTP::MAX_LINE_LENGTH: content lines are split beyond it. */
#define DATA_MAX_LINE 998

/* Output room kept past a block: a stuffed line and its CRLF, then ".\r\n". */
#define DATA_LINE_ROOM (1 + DATA_MAX_LINE + 2 + 3)

/* Room kept before each BDAT chunk for its header: "BDAT <20 digits> LAST\r\n". */
#define BDAT_GAP 32

/* BDAT chunks written before the replies to the oldest are read. */
#define BDAT_MAX_INFLIGHT 8

/* A command whose reply has not been read yet. */
typedef struct pending_cmd {
	smtp_cmd cmd;
	bool secret;
	bool traced;                /* its SMTP_TRACE_SEND event went out already */
	size_t off, len;            /* the line and its CRLF in pending_text, when not traced */
} pending_cmd;

typedef enum content_mode {
	CONTENT_NONE,
	CONTENT_DATA,
	CONTENT_BDAT
} content_mode;

struct smtp_session {
	smtp_transport *t;
	char *host;                 /* the name connected to, for STARTTLS; NULL when attached */
	smtp_state state;
	smtp_caps caps;
	int timeout_ms;

	smtp_trace_fn trace;
	void *trace_ctx;
	bool trace_data;            /* SMTP_TRACE_DATA_LINE wanted and a hook installed */

	smtp_reply_parser parser;
	smtp_buf in;                /* bytes read; in.data[in_pos..in.len) not parsed yet */
	size_t in_pos;
	size_t traced;              /* bytes of the reply being read already traced */

	smtp_buf out;               /* bytes queued for the next write, from out_off */
	size_t out_off;
	bool out_secret;            /* out holds credentials: wipe it after the write */
	bool quit_queued;           /* a QUIT is in out: the state changes once it is written */

	/* Commands sent (or queued) whose replies were not read: pending[pending_head..+pending_count). */
	pending_cmd *pending;
	size_t pending_head, pending_count, pending_cap;
	smtp_buf pending_text;      /* their lines, for the trace when their replies are read */
	bool pending_secret;

	/* Replies read ahead, for the oldest pending commands: ahead[ahead_head..+ahead_count). */
	smtp_reply *ahead;
	size_t ahead_head, ahead_count, ahead_cap;

	/* The content writer, between a 354 (or BDAT begin) and smtp_session_data_finish(). */
	content_mode content;
	smtp_buf line;              /* held bytes of the current content line (no NUL kept) */
	bool first_line;            /* the content's first line, header status not decided yet */
	bool in_headers;            /* in the header block: continuations get a tab */
	bool pending_cr;            /* the last byte was a CR: an LF next belongs to its break */
	size_t chunk_start;         /* BDAT: offset in out of the gap before the current chunk */
	size_t bdat_inflight;       /* BDAT chunks written whose replies were not read */
	bool content_refused;       /* BDAT: a chunk was refused, the rest is dropped */
	smtp_buf chunk_lines;       /* BDAT with trace_data: the chunk's lines, traced after its header */

	bool eof;                   /* a read found the connection closed or broken (PHP's feof()) */
};

/* {{{ tracing and state */

static void trace(smtp_session *s, smtp_trace_kind kind, const char *data, size_t len)
{
	if (s->trace) {
		s->trace(s->trace_ctx, kind, data, len);
	}
}

const char *smtp_state_name(smtp_state state)
{
	switch (state) {
	case SMTP_STATE_CLOSED: return "CLOSED";
	case SMTP_STATE_GREETING: return "GREETING";
	case SMTP_STATE_CONNECTED: return "CONNECTED";
	case SMTP_STATE_READY: return "READY";
	case SMTP_STATE_MAIL: return "MAIL";
	case SMTP_STATE_RCPT: return "RCPT";
	case SMTP_STATE_DATA: return "DATA";
	case SMTP_STATE_QUIT: return "QUIT";
	}
	return "UNKNOWN";
}

/* The one place the state changes. */
static void set_state(smtp_session *s, smtp_state next)
{
	if (s->state == next) {
		return;
	}
	if (s->trace) {
		/* "FROM -> TO", put together by hand: this runs several times per message. */
		const char *from = smtp_state_name(s->state), *to = smtp_state_name(next);
		size_t from_len = strlen(from), to_len = strlen(to);
		char text[32];

		memcpy(text, from, from_len);
		memcpy(text + from_len, " -> ", 4);
		memcpy(text + from_len + 4, to, to_len);
		trace(s, SMTP_TRACE_STATE, text, from_len + 4 + to_len);
	}
	s->state = next;
}

/* After a handshake: "<protocol> <cipher>", when the transport can tell. */
static void trace_tls(smtp_session *s)
{
	char info[128];

	if (s->trace && smtp_socket_tls_info(s->t, info, sizeof(info))) {
		trace(s, SMTP_TRACE_TLS, info, strlen(info));
	}
}

static void forget_caps(smtp_session *s)
{
	memset(&s->caps, 0, sizeof(s->caps));
}

/* }}} */

/* {{{ capabilities */

/* PHP trim()'s default character list. */
static bool is_trim_char(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0b';
}

static char ascii_upper(char c)
{
	return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

/* Whether s[0..n) is name (given in upper case), ignoring ASCII case. */
static bool word_is(const char *s, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (name[i] == '\0' || ascii_upper(s[i]) != name[i]) {
			return false;
		}
	}
	return name[n] == '\0';
}

/* Length of the word at s, up to a space or len. */
static size_t word_len(const char *s, size_t len)
{
	const char *space = memchr(s, ' ', len);

	return space ? (size_t)(space - s) : len;
}

static const struct {
	const char *name;
	unsigned bit;
} auth_mechs[] = {
	{"PLAIN", SMTP_AUTH_PLAIN},
	{"LOGIN", SMTP_AUTH_LOGIN},
	{"CRAM-MD5", SMTP_AUTH_CRAM_MD5},
	{"XOAUTH2", SMTP_AUTH_XOAUTH2},
	{"OAUTHBEARER", SMTP_AUTH_OAUTHBEARER},
	{"SCRAM-SHA-256", SMTP_AUTH_SCRAM_SHA_256},
	{"SCRAM-SHA-1", SMTP_AUTH_SCRAM_SHA_1}
};

/* The SMTP_AUTH_* bits of the space-separated mechanism names in s[0..len). */
static unsigned parse_mechs(const char *s, size_t len)
{
	unsigned bits = 0;
	size_t n, i;

	while (len) {
		n = word_len(s, len);
		for (i = 0; i < sizeof(auth_mechs) / sizeof(auth_mechs[0]); i++) {
			if (word_is(s, n, auth_mechs[i].name)) {
				bits |= auth_mechs[i].bit;
			}
		}
		n += n < len;
		s += n;
		len -= n;
	}
	return bits;
}

/* The number at the start of s[0..len), saturating; 0 when there is none. */
static unsigned long long parse_size(const char *s, size_t len)
{
	unsigned long long value = 0;
	size_t i;

	for (i = 0; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
		unsigned digit = (unsigned)(s[i] - '0');

		if (value > (~0ULL - digit) / 10) {
			return ~0ULL;
		}
		value = value * 10 + digit;
	}
	return value;
}

static const struct {
	const char *name;
	size_t offset;
} cap_flags[] = {
	{"STARTTLS", offsetof(smtp_caps, starttls)},
	{"PIPELINING", offsetof(smtp_caps, pipelining)},
	{"CHUNKING", offsetof(smtp_caps, chunking)},
	{"BINARYMIME", offsetof(smtp_caps, binarymime)},
	{"8BITMIME", offsetof(smtp_caps, eightbitmime)},
	{"SMTPUTF8", offsetof(smtp_caps, smtputf8)},
	{"DSN", offsetof(smtp_caps, dsn)},
	{"ENHANCEDSTATUSCODES", offsetof(smtp_caps, enhancedstatuscodes)},
	{"REQUIRETLS", offsetof(smtp_caps, requiretls)}
};

/* One capability line, "250-KEYWORD params" with its line end already cut. */
static void parse_cap_line(smtp_caps *caps, const char *s, size_t len)
{
	size_t n, i;

	if (len <= 4) {
		return;
	}
	s += 4;
	len -= 4;
	while (len && is_trim_char(*s)) {
		s++;
		len--;
	}
	while (len && is_trim_char(s[len - 1])) {
		len--;
	}
	n = word_len(s, len);
	if (n >= 5 && word_is(s, 5, "AUTH=")) {
		/* The obsolete form "AUTH=LOGIN PLAIN" of old Microsoft servers. */
		caps->auth |= parse_mechs(s + 5, len - 5);
		return;
	}
	if (word_is(s, n, "AUTH")) {
		caps->auth |= parse_mechs(s + n, len - n);
		return;
	}
	if (word_is(s, n, "SIZE")) {
		caps->size_announced = true;
		caps->size = n < len ? parse_size(s + n + 1, len - n - 1) : 0;
		return;
	}
	for (i = 0; i < sizeof(cap_flags) / sizeof(cap_flags[0]); i++) {
		if (word_is(s, n, cap_flags[i].name)) {
			*(bool *)((char *)caps + cap_flags[i].offset) = true;
		}
	}
}

void smtp_caps_parse(smtp_caps *caps, const smtp_reply *ehlo_reply)
{
	const char *p = ehlo_reply->text.data;
	const char *end = p ? p + ehlo_reply->text.len : p;
	bool first = true;

	memset(caps, 0, sizeof(*caps));
	caps->ehlo = true;
	while (p < end) {
		const char *lf = memchr(p, '\n', (size_t)(end - p));
		const char *line_end = lf ? lf : end;

		/* The first line holds the server's domain and greeting, not a capability. */
		if (!first) {
			parse_cap_line(caps, p, (size_t)(line_end - p));
		}
		first = false;
		p = lf ? lf + 1 : end;
	}
}

/* }}} */

/* {{{ the pending list and the replies read ahead */

static pending_cmd *pending_oldest(const smtp_session *s)
{
	return s->pending_count ? &s->pending[s->pending_head] : NULL;
}

static bool pending_push(smtp_session *s, smtp_cmd cmd, const char *line, size_t len, bool secret,
	bool traced)
{
	pending_cmd *p;

	if (s->pending_head + s->pending_count == s->pending_cap) {
		if (s->pending_head) {
			memmove(s->pending, s->pending + s->pending_head, s->pending_count * sizeof(*s->pending));
			s->pending_head = 0;
		} else {
			size_t cap = s->pending_cap ? s->pending_cap * 2 : 16;
			pending_cmd *grown = smtp_realloc(s->pending, cap * sizeof(*grown));

			if (!grown) {
				return false;
			}
			s->pending = grown;
			s->pending_cap = cap;
		}
	}
	p = &s->pending[s->pending_head + s->pending_count];
	p->cmd = cmd;
	p->secret = secret;
	p->traced = traced;
	p->off = s->pending_text.len;
	p->len = 0;
	if (!traced) {
		if (!smtp_buf_append(&s->pending_text, line, len)) {
			return false;
		}
		p->len = len;
		s->pending_secret = s->pending_secret || secret;
	}
	s->pending_count++;
	return true;
}

/* Traces the command of p unless that was done. */
static void pending_trace(smtp_session *s, pending_cmd *p)
{
	if (!p->traced) {
		p->traced = true;
		if (s->trace) {
			s->trace(s->trace_ctx, p->secret ? SMTP_TRACE_SEND_SECRET : SMTP_TRACE_SEND,
				s->pending_text.data + p->off, p->len);
		}
	}
}

static void pending_pop(smtp_session *s)
{
	s->pending_head++;
	s->pending_count--;
	if (s->pending_count == 0) {
		s->pending_head = 0;
		if (s->pending_secret) {
			smtp_buf_wipe(&s->pending_text);
			s->pending_secret = false;
		} else {
			smtp_buf_reset(&s->pending_text);
		}
	}
}

static void ahead_clear(smtp_session *s)
{
	size_t i;

	for (i = 0; i < s->ahead_count; i++) {
		smtp_reply_reset(&s->ahead[s->ahead_head + i]);
	}
	s->ahead_head = s->ahead_count = 0;
}

static void pending_clear(smtp_session *s)
{
	while (s->pending_count) {
		pending_pop(s);
	}
	ahead_clear(s);
}

/* A slot at the end of the read-ahead queue. */
static smtp_reply *ahead_slot(smtp_session *s)
{
	size_t i;

	if (s->ahead_head + s->ahead_count == s->ahead_cap) {
		if (s->ahead_head) {
			/* Swap the consumed slots to the end: each keeps its own text buffer. */
			for (i = 0; i < s->ahead_count; i++) {
				smtp_reply tmp = s->ahead[i];

				s->ahead[i] = s->ahead[s->ahead_head + i];
				s->ahead[s->ahead_head + i] = tmp;
			}
			s->ahead_head = 0;
		} else {
			size_t cap = s->ahead_cap ? s->ahead_cap * 2 : 8;
			smtp_reply *grown = smtp_realloc(s->ahead, cap * sizeof(*grown));

			if (!grown) {
				return NULL;
			}
			for (i = s->ahead_cap; i < cap; i++) {
				smtp_reply_init(&grown[i]);
			}
			s->ahead = grown;
			s->ahead_cap = cap;
		}
	}
	return &s->ahead[s->ahead_head + s->ahead_count];
}

/* }}} */

/* {{{ writing */

/* Empties out, wiping it when it held credentials. */
static void discard_output(smtp_session *s)
{
	if (s->out_secret) {
		smtp_buf_wipe(&s->out);
		s->out_secret = false;
	} else {
		smtp_buf_reset(&s->out);
	}
	s->out_off = 0;
}

/*
 * Writes what is queued in out; out is emptied whether the write succeeds
 * or not. When it fails, the commands in it are traced as they would have
 * been: PHPMailer shows a command before writing it.
 */
static smtp_status flush(smtp_session *s, smtp_error *err)
{
	smtp_status status = SMTP_OK;
	size_t i;

	if (s->out.len > s->out_off) {
		status = smtp_transport_write(s->t, s->out.data + s->out_off, s->out.len - s->out_off,
			s->timeout_ms, err);
	}
	discard_output(s);
	if (status != SMTP_OK) {
		for (i = 0; i < s->pending_count; i++) {
			pending_trace(s, &s->pending[s->pending_head + i]);
		}
	} else if (s->quit_queued) {
		set_state(s, SMTP_STATE_QUIT);
	}
	s->quit_queued = false;
	return status;
}

/* }}} */

/* {{{ reading */

/* Traces the complete lines of text from byte from. */
static void trace_lines_from(smtp_session *s, const smtp_buf *text, size_t from)
{
	const char *p, *end;

	if (!s->trace || !text->data) {
		return;
	}
	p = text->data + from;
	end = text->data + text->len;
	while (p < end) {
		const char *lf = memchr(p, '\n', (size_t)(end - p));
		const char *next = lf ? lf + 1 : end;

		trace(s, SMTP_TRACE_RECV_LINE, p, (size_t)(next - p));
		p = next;
	}
}

/* Traces the complete lines of text past s->traced. */
static void trace_lines(smtp_session *s, const smtp_buf *text)
{
	trace_lines_from(s, text, s->traced);
	s->traced = text->len;
}

static void drop_input(smtp_session *s)
{
	smtp_buf_reset(&s->in);
	s->in_pos = 0;
	s->traced = 0;
	smtp_reply_parser_reset(&s->parser);
}

/* Reads what the transport has into the read buffer. */
static smtp_status fill(smtp_session *s, smtp_error *err)
{
	size_t nread = 0;
	smtp_status status;

	if (s->in_pos == s->in.len) {
		smtp_buf_reset(&s->in);
		s->in_pos = 0;
	}
	if (!smtp_buf_reserve(&s->in, READ_BLOCK)) {
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory reading a reply");
	}
	status = smtp_transport_read(s->t, s->in.data + s->in.len, s->in.cap - s->in.len - 1, &nread,
		s->timeout_ms, err);
	if (status == SMTP_OK) {
		s->in.len += nread;
		s->in.data[s->in.len] = '\0';
	} else if (status == SMTP_ERR_IO) {
		s->eof = true;
	}
	return status;
}

/*
 * Reads one reply, from what is buffered first. With trace_now, each line
 * is traced as it completes (PHPMailer shows lines as it reads them, even of
 * a reply that never completes); replies read ahead are traced when taken.
 */
static smtp_status receive(smtp_session *s, smtp_reply *reply, bool trace_now, smtp_error *err)
{
	smtp_status status;
	size_t used;

	for (;;) {
		if (s->in_pos < s->in.len) {
			status = smtp_reply_parser_feed(&s->parser, s->in.data + s->in_pos,
				s->in.len - s->in_pos, &used, reply, err);
			s->in_pos += used;
			if (status == SMTP_OK) {
				if (trace_now) {
					trace_lines(s, &reply->text);
				}
				s->traced = 0;
				return SMTP_OK;
			}
			if (status != SMTP_AGAIN) {
				drop_input(s);
				return status;
			}
			if (trace_now) {
				trace_lines(s, &s->parser.partial.text);
			}
		}
		status = fill(s, err);
		if (status != SMTP_OK) {
			return status;
		}
	}
}

/* }}} */

/* {{{ the session */

smtp_session *smtp_session_new(void)
{
	smtp_session *s = smtp_calloc(1, sizeof(*s));

	if (!s) {
		return NULL;
	}
	s->state = SMTP_STATE_CLOSED;
	s->timeout_ms = DEFAULT_TIMEOUT_MS;
	smtp_reply_parser_init(&s->parser);
	smtp_buf_init(&s->in);
	smtp_buf_init(&s->out);
	smtp_buf_init(&s->line);
	smtp_buf_init(&s->pending_text);
	smtp_buf_init(&s->chunk_lines);
	return s;
}

void smtp_session_free(smtp_session *s)
{
	size_t i;

	if (!s) {
		return;
	}
	/* The hook's context may already be gone: closing here is not traced. */
	s->trace = NULL;
	smtp_session_close(s);
	smtp_reply_parser_free(&s->parser);
	smtp_buf_free(&s->in);
	smtp_buf_free(&s->out);
	smtp_buf_free(&s->line);
	smtp_buf_free(&s->pending_text);
	smtp_buf_free(&s->chunk_lines);
	for (i = 0; i < s->ahead_cap; i++) {
		smtp_reply_free(&s->ahead[i]);
	}
	smtp_free(s->ahead);
	smtp_free(s->pending);
	smtp_free(s);
}

void smtp_session_set_trace(smtp_session *s, smtp_trace_fn fn, void *ctx, bool trace_data)
{
	s->trace = fn;
	s->trace_ctx = ctx;
	s->trace_data = fn && trace_data;
}

void smtp_session_set_timeout(smtp_session *s, int timeout_ms)
{
	s->timeout_ms = timeout_ms;
}

smtp_state smtp_session_state(const smtp_session *s)
{
	return s->state;
}

const smtp_caps *smtp_session_caps(const smtp_session *s)
{
	return &s->caps;
}

bool smtp_session_tls_active(const smtp_session *s)
{
	return s->t && s->t->tls_active;
}

void smtp_session_close(smtp_session *s)
{
	smtp_transport_destroy(s->t);
	s->t = NULL;
	smtp_free(s->host);
	s->host = NULL;
	drop_input(s);
	discard_output(s);
	s->quit_queued = false;
	pending_clear(s);
	smtp_buf_reset(&s->line);
	smtp_buf_reset(&s->chunk_lines);
	s->content = CONTENT_NONE;
	s->bdat_inflight = 0;
	s->content_refused = false;
	forget_caps(s);
	s->eof = false;
	set_state(s, SMTP_STATE_CLOSED);
}

bool smtp_session_eof(const smtp_session *s)
{
	return s->eof;
}

smtp_status smtp_session_attach(smtp_session *s, smtp_transport *t, smtp_error *err)
{
	if (s->t) {
		return smtp_error_set(err, SMTP_ERR_STATE, "already connected");
	}
	s->t = t;
	set_state(s, SMTP_STATE_GREETING);
	return SMTP_OK;
}

smtp_status smtp_session_connect(smtp_session *s, const char *host, int port,
	bool implicit_tls, const smtp_tls_config *tls, int connect_timeout_ms,
	smtp_reply *greeting, smtp_error *err)
{
	smtp_transport *t = NULL;
	smtp_status status;

	if (s->t) {
		return smtp_error_set(err, SMTP_ERR_STATE, "already connected");
	}
	status = smtp_socket_connect(&t, host, port, connect_timeout_ms, err);
	if (status != SMTP_OK) {
		return status;
	}
	smtp_session_attach(s, t, err);
	s->host = smtp_memdup(host, strlen(host));
	if (!s->host) {
		status = smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory");
	} else if (implicit_tls) {
		/* As PHP's ssl:// streams do, the handshake counts as part of connecting. */
		status = t->ops->start_tls(t, tls, host, connect_timeout_ms, err);
		if (status == SMTP_OK) {
			trace_tls(s);
		}
	}
	if (status == SMTP_OK && greeting) {
		status = smtp_session_read_reply(s, greeting, err);
	}
	if (status != SMTP_OK) {
		smtp_session_close(s);
	}
	return status;
}

smtp_status smtp_session_write(smtp_session *s, const char *data, size_t len, bool secret,
	smtp_error *err)
{
	smtp_status status;

	if (!s->t) {
		return smtp_error_set(err, SMTP_ERR_STATE, "not connected");
	}
	if (s->content == CONTENT_BDAT) {
		return smtp_error_set(err, SMTP_ERR_STATE, "a BDAT chunk is being framed");
	}
	status = flush(s, err);
	if (status != SMTP_OK) {
		return status;
	}
	trace(s, secret ? SMTP_TRACE_SEND_SECRET : SMTP_TRACE_SEND, data, len);
	return smtp_transport_write(s->t, data, len, s->timeout_ms, err);
}

static const struct {
	const char *name;
	smtp_cmd cmd;
} verbs[] = {
	{"EHLO", SMTP_CMD_EHLO},
	{"HELO", SMTP_CMD_HELO},
	{"MAIL", SMTP_CMD_MAIL},
	{"RCPT", SMTP_CMD_RCPT},
	{"DATA", SMTP_CMD_DATA},
	{"RSET", SMTP_CMD_RSET},
	{"QUIT", SMTP_CMD_QUIT}
};

/* The command a line is: its first word, in any case. */
static smtp_cmd cmd_of(const char *line, size_t len)
{
	size_t n = word_len(line, len), i;

	for (i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++) {
		if (word_is(line, n, verbs[i].name)) {
			return verbs[i].cmd;
		}
	}
	return SMTP_CMD_OTHER;
}

static void content_begin(smtp_session *s, content_mode mode)
{
	smtp_buf_reset(&s->line);
	smtp_buf_reset(&s->chunk_lines);
	s->content = mode;
	s->first_line = true;
	s->in_headers = false;
	s->pending_cr = false;
	s->bdat_inflight = 0;
	s->content_refused = false;
}

/* What a reply to a command does to the state and the capabilities. */
static void follow_reply(smtp_session *s, smtp_cmd cmd, const smtp_reply *reply)
{
	switch (cmd) {
	case SMTP_CMD_EHLO:
		if (reply->code == 250) {
			smtp_caps_parse(&s->caps, reply);
			set_state(s, SMTP_STATE_READY);
		} else {
			forget_caps(s);
		}
		break;
	case SMTP_CMD_HELO:
		forget_caps(s);
		if (reply->code == 250) {
			set_state(s, SMTP_STATE_READY);
		}
		break;
	case SMTP_CMD_MAIL:
		if (reply->code == 250) {
			set_state(s, SMTP_STATE_MAIL);
		}
		break;
	case SMTP_CMD_RCPT:
		if (reply->code == 250 || reply->code == 251) {
			set_state(s, SMTP_STATE_RCPT);
		}
		break;
	case SMTP_CMD_DATA:
		if (reply->code == 354 && s->content == CONTENT_NONE) {
			content_begin(s, CONTENT_DATA);
			set_state(s, SMTP_STATE_DATA);
		}
		break;
	case SMTP_CMD_RSET:
	case SMTP_CMD_BDAT_LAST:
		if (s->state == SMTP_STATE_MAIL || s->state == SMTP_STATE_RCPT) {
			set_state(s, SMTP_STATE_READY);
		}
		break;
	case SMTP_CMD_NONE:
	case SMTP_CMD_OTHER:
	case SMTP_CMD_QUIT:
	case SMTP_CMD_EOD:
	case SMTP_CMD_BDAT:
		break;
	}
}

/* Whether a command may be queued now. */
static smtp_status check_command(smtp_session *s, const char *line, size_t len, smtp_error *err)
{
	if (!s->t) {
		return smtp_error_set(err, SMTP_ERR_STATE, "not connected");
	}
	if (s->state == SMTP_STATE_GREETING || s->state == SMTP_STATE_DATA || s->content != CONTENT_NONE) {
		return smtp_error_set(err, SMTP_ERR_STATE, "no command may be sent in state %s",
			smtp_state_name(s->state));
	}
	if (memchr(line, '\r', len) || memchr(line, '\n', len)) {
		return smtp_error_set(err, SMTP_ERR_INVALID, "command contains a line break");
	}
	return SMTP_OK;
}

smtp_status smtp_session_queue(smtp_session *s, const char *line, size_t len, bool secret,
	smtp_error *err)
{
	smtp_cmd cmd = cmd_of(line, len);
	size_t start = s->out.len;
	smtp_status status = check_command(s, line, len, err);

	if (status != SMTP_OK) {
		return status;
	}
	if (!smtp_buf_reserve(&s->out, len + 2)) {
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory queuing a command");
	}
	smtp_buf_append(&s->out, line, len);
	smtp_buf_append(&s->out, "\r\n", 2);
	s->out_secret = s->out_secret || secret;
	if (!pending_push(s, cmd, s->out.data + start, len + 2, secret, false)) {
		s->out.len = start;
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory queuing a command");
	}
	if (cmd == SMTP_CMD_QUIT) {
		s->quit_queued = true;
	}
	return SMTP_OK;
}

smtp_status smtp_session_flush(smtp_session *s, smtp_error *err)
{
	if (!s->t) {
		return smtp_error_set(err, SMTP_ERR_STATE, "not connected");
	}
	if (s->content != CONTENT_NONE) {
		return smtp_error_set(err, SMTP_ERR_STATE, "message content is being written");
	}
	return flush(s, err);
}

size_t smtp_session_pending(const smtp_session *s)
{
	return s->pending_count;
}

smtp_cmd smtp_session_pending_cmd(const smtp_session *s)
{
	const pending_cmd *p = pending_oldest(s);

	return p ? p->cmd : SMTP_CMD_NONE;
}

/* Hands over a reply read ahead: its text buffer is swapped into reply, and its lines are traced. */
static void take_ahead(smtp_session *s, smtp_reply *reply)
{
	smtp_reply *a = &s->ahead[s->ahead_head];
	smtp_reply tmp = *reply;

	*reply = *a;
	*a = tmp;
	smtp_reply_reset(a);
	s->ahead_head++;
	s->ahead_count--;
	if (s->ahead_count == 0) {
		s->ahead_head = 0;
	}
	trace_lines_from(s, &reply->text, 0);
}

smtp_status smtp_session_next_reply(smtp_session *s, smtp_reply *reply, smtp_error *err)
{
	pending_cmd *p;
	smtp_cmd cmd;
	smtp_status status;

	if (!s->t) {
		return smtp_error_set(err, SMTP_ERR_STATE, "not connected");
	}
	if (s->content != CONTENT_NONE) {
		return smtp_error_set(err, SMTP_ERR_STATE, "message content is being written");
	}
	p = pending_oldest(s);
	if (!p) {
		status = flush(s, err);
		if (status != SMTP_OK) {
			return status;
		}
		status = receive(s, reply, true, err);
		if (status == SMTP_OK && s->state == SMTP_STATE_GREETING) {
			set_state(s, SMTP_STATE_CONNECTED);
		}
		return status;
	}
	pending_trace(s, p);
	cmd = p->cmd;
	status = flush(s, err);
	if (status == SMTP_OK) {
		if (s->ahead_count) {
			take_ahead(s, reply);
		} else {
			status = receive(s, reply, true, err);
		}
	}
	/* A command whose reply could not be read is not waited for again, as in lockstep. */
	pending_pop(s);
	if (status == SMTP_OK) {
		follow_reply(s, cmd, reply);
	}
	return status;
}

smtp_status smtp_session_read_reply(smtp_session *s, smtp_reply *reply, smtp_error *err)
{
	smtp_status status;

	if (!s->t) {
		return smtp_error_set(err, SMTP_ERR_STATE, "not connected");
	}
	if (s->pending_count) {
		return smtp_session_next_reply(s, reply, err);
	}
	status = receive(s, reply, true, err);
	if (status == SMTP_OK && s->state == SMTP_STATE_GREETING) {
		set_state(s, SMTP_STATE_CONNECTED);
	}
	return status;
}

/* Whether the oldest pending command is line (with its CRLF), still waiting to be traced. */
static bool oldest_is(smtp_session *s, const char *line, size_t len)
{
	pending_cmd *p = pending_oldest(s);

	return p && !p->traced && p->len == len + 2 && memcmp(s->pending_text.data + p->off, line, len) == 0;
}

smtp_status smtp_session_command(smtp_session *s, const char *line, size_t len,
	bool secret, smtp_reply *reply, smtp_error *err)
{
	smtp_status status = check_command(s, line, len, err);

	if (status != SMTP_OK) {
		return status;
	}
	if (oldest_is(s, line, len)) {
		/* Sent ahead (RSET with the end of data): only its reply is left to read. */
		return smtp_session_next_reply(s, reply, err);
	}
	while (s->pending_count) {
		status = smtp_session_next_reply(s, reply, err);
		if (status != SMTP_OK) {
			return status;
		}
	}
	status = smtp_session_queue(s, line, len, secret, err);
	return status == SMTP_OK ? smtp_session_next_reply(s, reply, err) : status;
}

smtp_status smtp_session_start_tls(smtp_session *s, const smtp_tls_config *tls,
	smtp_error *err)
{
	smtp_status status;

	if (!s->t || s->t->tls_active || s->state == SMTP_STATE_DATA || s->content != CONTENT_NONE
		|| s->pending_count) {
		return smtp_error_set(err, SMTP_ERR_STATE, "STARTTLS is not possible now");
	}
	if (s->in_pos < s->in.len) {
		/* Bytes sent before the handshake would be read as if they came over TLS. */
		drop_input(s);
		return smtp_error_set(err, SMTP_ERR_PROTOCOL,
			"server sent data after its reply to STARTTLS");
	}
	status = s->t->ops->start_tls(s->t, tls, s->host ? s->host : "", s->timeout_ms, err);
	if (status != SMTP_OK) {
		return status;
	}
	trace_tls(s);
	forget_caps(s);
	set_state(s, SMTP_STATE_CONNECTED);
	return SMTP_OK;
}

bool smtp_session_alive(smtp_session *s)
{
	if (!s->t) {
		return false;
	}
	/* Like PHP's feof(), buffered bytes keep the connection alive. */
	if (s->in_pos < s->in.len || s->t->ops->alive(s->t)) {
		return true;
	}
	smtp_session_close(s);
	return false;
}

/* }}} */

/* {{{ the content writer
 *
 * PHPMailer's SMTP::data() normalises line breaks, explodes the content into
 * lines, decides from the first line whether the content starts with
 * headers, and splits lines longer than 998 bytes. This does the same as a
 * stream: each content line is held in s->line only as far as needed to
 * find where it splits (at most 999 bytes), and complete lines that need no
 * split go straight from the caller's memory to the output buffer.
 */

/* Bytes of a line before the one that would make it too long: its first DATA_MAX_LINE + 1. */
#define HOLD_MAX (DATA_MAX_LINE + 1)

/* Where the current block ends: out is written (DATA) or framed (BDAT) once it holds this much. */
static size_t block_limit(const smtp_session *s)
{
	return s->content == CONTENT_BDAT ? s->chunk_start + BDAT_GAP + SMTP_BDAT_CHUNK : WRITE_BLOCK;
}

/* BDAT: a gap for the next chunk's header. The room was reserved by data_prepare(). */
static void chunk_open(smtp_session *s)
{
	s->chunk_start = s->out.len;
	s->out.len += BDAT_GAP;
}

/* Reads one reply ahead, for the oldest pending command that has none yet. */
static smtp_status read_ahead(smtp_session *s, smtp_error *err)
{
	smtp_reply *slot = ahead_slot(s);
	const pending_cmd *p;
	smtp_status status;

	if (!slot) {
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory reading a reply");
	}
	status = receive(s, slot, false, err);
	if (status != SMTP_OK) {
		return status;
	}
	p = &s->pending[s->pending_head + s->ahead_count];
	s->ahead_count++;
	if (p->cmd == SMTP_CMD_BDAT) {
		s->bdat_inflight--;
		if (!smtp_reply_positive(slot)) {
			s->content_refused = true;
		}
	}
	return SMTP_OK;
}

/*
 * BDAT: frames the chunk in out with its header, which goes in the gap
 * (what was queued before the chunk moves up to meet it), traces it, and
 * adds it to the pending list. A chunk that is not the last is written at
 * once, and the next one opened; the last stays queued.
 */
static smtp_status chunk_close(smtp_session *s, bool last, smtp_error *err)
{
	size_t n = s->out.len - s->chunk_start - BDAT_GAP, shift;
	char header[BDAT_GAP + 1];
	int hlen = snprintf(header, sizeof(header), "BDAT %zu%s\r\n", n, last ? " LAST" : "");
	smtp_status status;

	shift = BDAT_GAP - (size_t)hlen;
	memmove(s->out.data + s->out_off + shift, s->out.data + s->out_off, s->chunk_start - s->out_off);
	s->out_off += shift;
	memcpy(s->out.data + s->chunk_start + shift, header, (size_t)hlen);
	trace(s, SMTP_TRACE_SEND, header, (size_t)hlen);
	if (s->trace_data) {
		const char *p = s->chunk_lines.data, *end = p + s->chunk_lines.len;

		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));

			trace(s, SMTP_TRACE_DATA_LINE, p, (size_t)(nl - p));
			p = nl + 1;
		}
		smtp_buf_reset(&s->chunk_lines);
	}
	if (!pending_push(s, last ? SMTP_CMD_BDAT_LAST : SMTP_CMD_BDAT, NULL, 0, false, true)) {
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory framing a chunk");
	}
	if (last) {
		return SMTP_OK;
	}
	status = flush(s, err);
	if (status != SMTP_OK) {
		return status;
	}
	s->bdat_inflight++;
	chunk_open(s);
	while (s->bdat_inflight > BDAT_MAX_INFLIGHT && !s->content_refused) {
		status = read_ahead(s, err);
		if (status != SMTP_OK) {
			return status;
		}
	}
	return SMTP_OK;
}

/* Writes (DATA) or frames (BDAT) the block once it is full. */
static smtp_status block_full(smtp_session *s, smtp_error *err)
{
	if (s->content == CONTENT_BDAT) {
		return chunk_close(s, false, err);
	}
	return flush(s, err);
}

/*
 * Appends one output line (at most DATA_MAX_LINE bytes) with dot-stuffing
 * (DATA only) and CRLF, ending the block once it is full. The room was
 * reserved by data_prepare(): out never holds more than block_limit() +
 * DATA_LINE_ROOM bytes here.
 */
static smtp_status emit_line(smtp_session *s, const char *p, size_t n, smtp_error *err)
{
	char *start = s->out.data + s->out.len;
	char *dst = start;

	if (n && p[0] == '.' && s->content == CONTENT_DATA) {
		*dst++ = '.';
	}
	memcpy(dst, p, n);
	dst += n;
	if (s->trace_data) {
		if (s->content == CONTENT_BDAT) {
			/* Traced once the chunk's header is known. */
			if (!smtp_buf_append(&s->chunk_lines, start, (size_t)(dst - start))
				|| !smtp_buf_append_char(&s->chunk_lines, '\n')) {
				return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory tracing content");
			}
		} else {
			trace(s, SMTP_TRACE_DATA_LINE, start, (size_t)(dst - start));
		}
	}
	*dst++ = '\r';
	*dst++ = '\n';
	*dst = '\0';
	s->out.len = (size_t)(dst - s->out.data);
	return s->out.len >= block_limit(s) ? block_full(s, err) : SMTP_OK;
}

/* Emits a complete content line that needs no split. */
static smtp_status finish_line(smtp_session *s, const char *p, size_t n, smtp_error *err)
{
	if (n == 0) {
		/* The first empty line ends the header block. */
		s->in_headers = false;
	}
	return emit_line(s, p, n, err);
}

/*
 * The held line has HOLD_MAX bytes: emits its head, cut at the last space
 * after the first byte within DATA_MAX_LINE bytes (the space is dropped) or
 * else after DATA_MAX_LINE - 1 bytes, and keeps the rest, behind a tab in
 * the header block.
 */
static smtp_status split_held(smtp_session *s, smtp_error *err)
{
	char *l = s->line.data;
	size_t cut = DATA_MAX_LINE - 1, rest, left;
	smtp_status status;

	while (cut > 0 && l[cut] != ' ') {
		cut--;
	}
	if (cut) {
		rest = cut + 1;
	} else {
		cut = rest = DATA_MAX_LINE - 1;
	}
	status = emit_line(s, l, cut, err);
	left = s->line.len - rest;
	if (s->in_headers) {
		l[0] = '\t';
		memmove(l + 1, l + rest, left);
		left++;
	} else {
		memmove(l, l + rest, left);
	}
	s->line.len = left;
	return status;
}

/* Adds bytes (no line break among them) to the current line, once its header status is known. */
static smtp_status line_add(smtp_session *s, const char *p, size_t n, smtp_error *err)
{
	smtp_status status;
	size_t take;

	while (n) {
		take = HOLD_MAX - s->line.len;
		if (take > n) {
			take = n;
		}
		memcpy(s->line.data + s->line.len, p, take);
		s->line.len += take;
		p += take;
		n -= take;
		if (s->line.len == HOLD_MAX) {
			status = split_held(s, err);
			if (status != SMTP_OK) {
				return status;
			}
		}
	}
	return SMTP_OK;
}

/*
 * Ends the header-status decision of the first line. Held bytes beyond
 * what line_add() may hold are passed through it again, so they are split.
 */
static smtp_status settle_first_line(smtp_session *s, bool in_headers, smtp_error *err)
{
	smtp_buf held;
	smtp_status status;

	s->first_line = false;
	s->in_headers = in_headers;
	if (s->line.len < HOLD_MAX) {
		return SMTP_OK;
	}
	held = s->line;
	smtp_buf_init(&s->line);
	if (!smtp_buf_reserve(&s->line, HOLD_MAX)) {
		smtp_buf_free(&held);
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory writing content");
	}
	status = line_add(s, held.data, held.len, err);
	smtp_buf_free(&held);
	return status;
}

/*
 * Adds bytes of the first line while its header status is undecided. The
 * content starts with headers when the first line has a ':' after a
 * non-empty field name holding no space. Splitting the first line depends
 * on that (continuations get a tab), so nothing of it can be written before
 * the first ':' or ' ', and it is held whole until then: this is the one
 * place memory grows with line length, bounded by the leading run of the
 * content free of ':', ' ' and line breaks.
 */
static smtp_status first_line_add(smtp_session *s, const char *p, size_t n, smtp_error *err)
{
	const char *colon = memchr(p, ':', n);
	size_t field = colon ? (size_t)(colon - p) : n;
	bool space = memchr(p, ' ', field) != NULL;
	smtp_status status;

	if (!colon && !space) {
		if (!smtp_buf_append(&s->line, p, n)) {
			return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory writing content");
		}
		return SMTP_OK;
	}
	field += s->line.len;
	/* PHP's empty() is also true for the field name "0". */
	status = settle_first_line(s, !space && field > 0
		&& !(field == 1 && (s->line.len ? s->line.data[0] : p[0]) == '0'), err);
	return status == SMTP_OK ? line_add(s, p, n, err) : status;
}

/* Adds bytes (no line break among them) to the current line. */
static smtp_status content_add(smtp_session *s, const char *p, size_t n, smtp_error *err)
{
	return s->first_line ? first_line_add(s, p, n, err) : line_add(s, p, n, err);
}

/* A line break (or the end of the content): the current line is complete. */
static smtp_status content_break(smtp_session *s, smtp_error *err)
{
	smtp_status status = SMTP_OK;

	if (s->first_line) {
		/* The first line ended without ':' or ' ': no headers. */
		status = settle_first_line(s, false, err);
	}
	if (status == SMTP_OK) {
		status = finish_line(s, s->line.data, s->line.len, err);
	}
	s->line.len = 0;
	return status;
}

/* Checks the state and reserves the buffers, so the hot path needs no checks. */
static smtp_status data_prepare(smtp_session *s, smtp_error *err)
{
	size_t need;

	if (!s->t || s->content == CONTENT_NONE) {
		return smtp_error_set(err, SMTP_ERR_STATE, "message content outside DATA");
	}
	need = block_limit(s) + DATA_LINE_ROOM;
	if ((need > s->out.len && !smtp_buf_reserve(&s->out, need - s->out.len))
			|| !smtp_buf_reserve(&s->line, HOLD_MAX)) {
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory writing content");
	}
	return SMTP_OK;
}

smtp_status smtp_session_data_write(smtp_session *s, const char *data, size_t len, smtp_error *err)
{
	smtp_status status = data_prepare(s, err);
	size_t pos = 0, brk, n;

	if (status != SMTP_OK || len == 0 || s->content_refused) {
		/* After a refused chunk, the rest of the content is not sent. */
		return status;
	}
	while (pos < len && status == SMTP_OK && !s->content_refused) {
		if (s->pending_cr) {
			s->pending_cr = false;
			if (data[pos] == '\n') {
				pos++;
				continue;
			}
		}
		n = smtp_scan_break(data + pos, len - pos);
		brk = pos + n;
		if (brk == len) {
			return content_add(s, data + pos, n, err);
		}
		if (s->line.len == 0 && !s->first_line && n <= DATA_MAX_LINE) {
			status = finish_line(s, data + pos, n, err);
		} else {
			status = content_add(s, data + pos, n, err);
			if (status == SMTP_OK) {
				status = content_break(s, err);
			}
		}
		pos = brk + 1;
		/* A CRLF is one break; a CR at the end of the data may still be followed by its LF. */
		if (data[brk] == '\r') {
			if (pos < len && data[pos] == '\n') {
				pos++;
			} else {
				s->pending_cr = pos == len;
			}
		}
	}
	return status;
}

smtp_status smtp_session_bdat_begin(smtp_session *s, smtp_error *err)
{
	smtp_status status;

	if (!s->t || s->content != CONTENT_NONE || (s->state != SMTP_STATE_READY
			&& s->state != SMTP_STATE_MAIL && s->state != SMTP_STATE_RCPT)) {
		return smtp_error_set(err, SMTP_ERR_STATE, "BDAT is not possible in state %s",
			smtp_state_name(s->state));
	}
	content_begin(s, CONTENT_BDAT);
	s->chunk_start = s->out.len;
	status = data_prepare(s, err);
	if (status != SMTP_OK) {
		s->content = CONTENT_NONE;
		return status;
	}
	chunk_open(s);
	return SMTP_OK;
}

smtp_status smtp_session_data_finish(smtp_session *s, smtp_error *err)
{
	smtp_status status = data_prepare(s, err);

	if (status != SMTP_OK) {
		return status;
	}
	if (s->content == CONTENT_BDAT && s->content_refused) {
		/* The transaction failed: the gap and what was framed since are dropped. */
		s->out.len = s->chunk_start;
		smtp_buf_reset(&s->chunk_lines);
		s->content = CONTENT_NONE;
		return SMTP_OK;
	}
	/* The piece after the last break is a line too, even when empty. */
	status = content_break(s, err);
	if (status != SMTP_OK) {
		return status;
	}
	if (s->content == CONTENT_BDAT) {
		if (s->content_refused) {
			s->out.len = s->chunk_start;
			smtp_buf_reset(&s->chunk_lines);
			s->content = CONTENT_NONE;
			return SMTP_OK;
		}
		status = chunk_close(s, true, err);
		s->content = CONTENT_NONE;
		return status;
	}
	smtp_buf_append(&s->out, ".\r\n", 3);
	trace(s, SMTP_TRACE_SEND, ".\r\n", 3);
	s->content = CONTENT_NONE;
	if (!pending_push(s, SMTP_CMD_EOD, NULL, 0, false, true)) {
		return smtp_error_set(err, SMTP_ERR_NOMEM, "out of memory ending the content");
	}
	set_state(s, SMTP_STATE_READY);
	return SMTP_OK;
}

smtp_status smtp_session_data_end(smtp_session *s, smtp_reply *reply, smtp_error *err)
{
	smtp_status status = smtp_session_data_finish(s, err);

	return status == SMTP_OK ? smtp_session_next_reply(s, reply, err) : status;
}

/* }}} */
