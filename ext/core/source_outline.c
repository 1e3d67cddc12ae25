/*
 * source_outline.c - the outline of a PHP source file (see source_outline.h).
 *
 * Two layers: a lexer that turns the text into coarse tokens (identifiers,
 * variables, string literals, single punctuation characters) while skipping
 * whitespace, comments, attributes and inline HTML; and a reader that walks
 * the top level and the bodies of class-like declarations.
 */
#include "source_outline.h"

#include "smtp_alloc.h"

#include <stdint.h>
#include <string.h>

typedef enum token_type {
	TOKEN_END,
	TOKEN_IDENT,     /* a name or keyword, namespace separators included */
	TOKEN_VARIABLE,  /* $name; the span is the name */
	TOKEN_STRING,    /* any string literal; the span is between the delimiters */
	TOKEN_NUMBER,
	TOKEN_PUNCT      /* one character */
} token_type;

typedef struct token {
	token_type type;
	source_span text;
	bool quoted;     /* a single- or double-quoted string (not heredoc or backticks) */
} token;

typedef struct lexer {
	const char *p;
	const char *end;
	bool broken;       /* lexically unsound: an unterminated comment, string or block */
	bool inline_html;  /* non-blank text outside <?php ... ?> */
	unsigned depth;    /* blocks open in skip_code_until(), which recurses */
} lexer;

/*
 * Deeper nesting than any real source has makes the file broken, so that
 * no file can exhaust the stack (found by tests/fuzz/fuzz_outline).
 */
#define MAX_DEPTH 256

static bool is_ident_start(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static bool is_ident_char(unsigned char c)
{
	return is_ident_start(c) || (c >= '0' && c <= '9');
}

static bool is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

static bool starts_with(const lexer *lx, const char *s)
{
	size_t n = strlen(s);

	return (size_t)(lx->end - lx->p) >= n && memcmp(lx->p, s, n) == 0;
}

/* Skips text outside PHP tags up to and including the next open tag. */
static void skip_inline_html(lexer *lx)
{
	while (lx->p < lx->end) {
		if (starts_with(lx, "<?php") && (lx->end - lx->p == 5 || is_blank((unsigned char)lx->p[5]))) {
			lx->p += 5;
			return;
		}
		if (starts_with(lx, "<?=") || starts_with(lx, "<?")) {
			/* An echo tag, or a short tag: either way the file prints something. */
			lx->inline_html = true;
			lx->p += starts_with(lx, "<?=") ? 3 : 2;
			return;
		}
		if (!is_blank((unsigned char)*lx->p)) {
			lx->inline_html = true;
		}
		lx->p++;
	}
}

static token next_token(lexer *lx);

/* Skips a balanced block of code whose opening character was just read. */
static void skip_code_until(lexer *lx, char close)
{
	if (lx->depth >= MAX_DEPTH) {
		lx->broken = true;
		lx->p = lx->end;
		return;
	}
	lx->depth++;
	for (;;) {
		token t = next_token(lx);

		if (t.type == TOKEN_END) {
			lx->broken = true;
			break;
		}
		if (t.type == TOKEN_PUNCT) {
			char c = t.text.ptr[0];

			if (c == close) {
				break;
			}
			if (c == '(') {
				skip_code_until(lx, ')');
			} else if (c == '[') {
				skip_code_until(lx, ']');
			} else if (c == '{') {
				skip_code_until(lx, '}');
			}
		}
	}
	lx->depth--;
}

/* Inside "..." or a heredoc: "{$" and "${" open an expression that may hold strings of its own. */
static void skip_interpolation(lexer *lx)
{
	if ((lx->p[0] == '{' && lx->p + 1 < lx->end && lx->p[1] == '$')
		|| (lx->p[0] == '$' && lx->p + 1 < lx->end && lx->p[1] == '{')) {
		lx->p += lx->p[0] == '{' ? 1 : 2;
		skip_code_until(lx, '}');
	} else {
		lx->p++;
	}
}

/* A "..." or `...` literal whose opening delimiter was just read. */
static token read_interpolated(lexer *lx, char delimiter)
{
	token t = {TOKEN_STRING, {lx->p, 0}, delimiter == '"'};

	while (lx->p < lx->end && *lx->p != delimiter) {
		if (*lx->p == '\\') {
			lx->p += lx->p + 1 < lx->end ? 2 : 1;
		} else {
			skip_interpolation(lx);
		}
	}
	if (lx->p >= lx->end) {
		lx->broken = true;
		return (token){TOKEN_END, {lx->end, 0}, false};
	}
	t.text.len = (size_t)(lx->p - t.text.ptr);
	lx->p++;
	return t;
}

static token read_single_quoted(lexer *lx)
{
	token t = {TOKEN_STRING, {lx->p, 0}, true};

	while (lx->p < lx->end && *lx->p != '\'') {
		lx->p += (*lx->p == '\\' && lx->p + 1 < lx->end) ? 2 : 1;
	}
	if (lx->p >= lx->end) {
		lx->broken = true;
		return (token){TOKEN_END, {lx->end, 0}, false};
	}
	t.text.len = (size_t)(lx->p - t.text.ptr);
	lx->p++;
	return t;
}

/* At a line start inside a heredoc: is this the closing label (PHP 7.3 rules: may be indented)? */
static bool at_heredoc_end(const lexer *lx, source_span label, const char **after)
{
	const char *q = lx->p;

	while (q < lx->end && (*q == ' ' || *q == '\t')) {
		q++;
	}
	if ((size_t)(lx->end - q) < label.len || memcmp(q, label.ptr, label.len) != 0) {
		return false;
	}
	q += label.len;
	if (q < lx->end && is_ident_char((unsigned char)*q)) {
		return false;
	}
	*after = q;
	return true;
}

/* A heredoc or nowdoc; "<<<" was just read. */
static token read_heredoc(lexer *lx)
{
	token t = {TOKEN_STRING, {NULL, 0}, false};
	source_span label;
	bool nowdoc = false, line_start = true;
	const char *after;
	char quote = 0;

	while (lx->p < lx->end && (*lx->p == ' ' || *lx->p == '\t')) {
		lx->p++;
	}
	if (lx->p < lx->end && (*lx->p == '\'' || *lx->p == '"')) {
		quote = *lx->p++;
		nowdoc = quote == '\'';
	}
	label.ptr = lx->p;
	while (lx->p < lx->end && is_ident_char((unsigned char)*lx->p)) {
		lx->p++;
	}
	label.len = (size_t)(lx->p - label.ptr);
	if (quote && lx->p < lx->end && *lx->p == quote) {
		lx->p++;
	}
	if (label.len == 0 || lx->p >= lx->end || (*lx->p != '\n' && *lx->p != '\r')) {
		lx->broken = true;
		return (token){TOKEN_END, {lx->end, 0}, false};
	}
	t.text.ptr = lx->p;
	while (lx->p < lx->end) {
		if (line_start && at_heredoc_end(lx, label, &after)) {
			t.text.len = (size_t)(lx->p - t.text.ptr);
			lx->p = after;
			return t;
		}
		line_start = *lx->p == '\n' || *lx->p == '\r';
		if (!nowdoc && *lx->p == '\\') {
			lx->p += lx->p + 1 < lx->end ? 2 : 1;
		} else if (!nowdoc && (*lx->p == '{' || *lx->p == '$')) {
			skip_interpolation(lx);
		} else {
			lx->p++;
		}
	}
	lx->broken = true;
	return (token){TOKEN_END, {lx->end, 0}, false};
}

/* Whitespace, comments and attributes; false at the end of the text. */
static bool skip_trivia(lexer *lx)
{
	while (lx->p < lx->end) {
		unsigned char c = (unsigned char)*lx->p;

		if (is_blank(c)) {
			lx->p++;
		} else if (starts_with(lx, "#[")) {
			lx->p += 2;
			skip_code_until(lx, ']');
		} else if (c == '#' || starts_with(lx, "//")) {
			/* A line comment ends at the line end or at a closing tag. */
			while (lx->p < lx->end && *lx->p != '\n' && !starts_with(lx, "?>")) {
				lx->p++;
			}
		} else if (starts_with(lx, "/*")) {
			const char *close = NULL, *q;

			for (q = lx->p + 2; q + 1 < lx->end; q++) {
				if (q[0] == '*' && q[1] == '/') {
					close = q;
					break;
				}
			}
			if (!close) {
				lx->broken = true;
				lx->p = lx->end;
				return false;
			}
			lx->p = close + 2;
		} else if (starts_with(lx, "?>")) {
			lx->p += 2;
			skip_inline_html(lx);
		} else {
			return true;
		}
	}
	return false;
}

static token next_token(lexer *lx)
{
	token t = {TOKEN_END, {lx->end, 0}, false};
	unsigned char c;

	if (lx->broken || !skip_trivia(lx)) {
		return t;
	}
	c = (unsigned char)*lx->p;
	t.text.ptr = lx->p;
	if (is_ident_start(c) || (c == '\\' && lx->p + 1 < lx->end && is_ident_start((unsigned char)lx->p[1]))) {
		while (lx->p < lx->end && (is_ident_char((unsigned char)*lx->p) || *lx->p == '\\')) {
			lx->p++;
		}
		t.type = TOKEN_IDENT;
	} else if (c == '$' && lx->p + 1 < lx->end && is_ident_start((unsigned char)lx->p[1])) {
		t.text.ptr = ++lx->p;
		while (lx->p < lx->end && is_ident_char((unsigned char)*lx->p)) {
			lx->p++;
		}
		t.type = TOKEN_VARIABLE;
	} else if (c >= '0' && c <= '9') {
		while (lx->p < lx->end && (is_ident_char((unsigned char)*lx->p) || *lx->p == '.')) {
			lx->p++;
		}
		t.type = TOKEN_NUMBER;
	} else if (c == '\'') {
		lx->p++;
		return read_single_quoted(lx);
	} else if (c == '"' || c == '`') {
		lx->p++;
		return read_interpolated(lx, (char)c);
	} else if (starts_with(lx, "<<<")) {
		lx->p += 3;
		return read_heredoc(lx);
	} else {
		lx->p++;
		t.type = TOKEN_PUNCT;
	}
	t.text.len = (size_t)(lx->p - t.text.ptr);
	return t;
}

bool source_span_equals(source_span span, const char *str)
{
	return span.len == strlen(str) && memcmp(span.ptr, str, span.len) == 0;
}

/* ASCII case-insensitive comparison, as PHP compares names. */
static bool mem_iequals(const char *a, const char *b, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];

		if ((x >= 'A' && x <= 'Z' ? x + 32 : x) != (y >= 'A' && y <= 'Z' ? y + 32 : y)) {
			return false;
		}
	}
	return true;
}

bool source_span_iequals(source_span span, const char *str)
{
	return span.len == strlen(str) && mem_iequals(span.ptr, str, span.len);
}

static bool is_punct(token t, char c)
{
	return t.type == TOKEN_PUNCT && t.text.ptr[0] == c;
}

static bool is_keyword(token t, const char *keyword)
{
	return t.type == TOKEN_IDENT && source_span_iequals(t.text, keyword);
}

/* Reads tokens up to a terminator at nesting depth 0 and returns it (TOKEN_END if none). */
static token skip_expression(lexer *lx, const char *terminators)
{
	for (;;) {
		token t = next_token(lx);

		if (t.type == TOKEN_END) {
			return t;
		}
		if (t.type != TOKEN_PUNCT) {
			continue;
		}
		if (strchr(terminators, t.text.ptr[0])) {
			return t;
		}
		if (t.text.ptr[0] == '(') {
			skip_code_until(lx, ')');
		} else if (t.text.ptr[0] == '[') {
			skip_code_until(lx, ']');
		} else if (t.text.ptr[0] == '{') {
			skip_code_until(lx, '}');
		}
	}
}

/* The text from the start of first to the end of the token before the terminator. */
static source_span span_between(const char *start, const char *end)
{
	source_span s = {start, 0};

	while (end > start && is_blank((unsigned char)end[-1])) {
		end--;
	}
	s.len = end > start ? (size_t)(end - start) : 0;
	return s;
}

static bool add_member(source_decl *decl, source_member member, size_t *cap)
{
	if (decl->member_count == *cap) {
		size_t n = *cap ? *cap * 2 : 32;
		source_member *grown = smtp_realloc(decl->members, n * sizeof(*grown));

		if (!grown) {
			return false;
		}
		decl->members = grown;
		*cap = n;
	}
	decl->members[decl->member_count++] = member;
	return true;
}

/* "const [type] NAME = value, NAME = value;" after the keyword. */
static bool read_constants(lexer *lx, source_decl *decl, size_t *cap, bool is_private)
{
	for (;;) {
		token name = next_token(lx), t;
		source_member m = {SOURCE_MEMBER_CONST, {NULL, 0}, false, is_private, false, {NULL, 0}};
		const char *value_start;

		t = next_token(lx);
		if (t.type == TOKEN_IDENT) {
			/* A typed constant: the first name was its type. */
			name = t;
			t = next_token(lx);
		}
		if (name.type != TOKEN_IDENT || !is_punct(t, '=')) {
			lx->broken = lx->broken || t.type == TOKEN_END;
			return false;
		}
		m.name = name.text;
		value_start = lx->p;
		t = next_token(lx);
		if (t.type == TOKEN_STRING && t.quoted) {
			token after = next_token(lx);

			if (is_punct(after, ',') || is_punct(after, ';')) {
				m.has_string_value = true;
				m.value = t.text;
				t = after;
			} else {
				lx->p = value_start;
				t = skip_expression(lx, ",;");
			}
		} else {
			lx->p = value_start;
			t = skip_expression(lx, ",;");
		}
		if (!add_member(decl, m, cap)) {
			return false;
		}
		if (!is_punct(t, ',')) {
			return is_punct(t, ';');
		}
	}
}

/* "[&] name ( params ) [: type] { body }" or "... ;" after the keyword. */
static bool read_method(lexer *lx, source_decl *decl, size_t *cap, bool is_static, bool is_private)
{
	token t = next_token(lx);
	source_member m = {SOURCE_MEMBER_METHOD, {NULL, 0}, is_static, is_private, false, {NULL, 0}};

	if (is_punct(t, '&')) {
		t = next_token(lx);
	}
	if (t.type != TOKEN_IDENT || !is_punct(next_token(lx), '(')) {
		return false;
	}
	m.name = t.text;
	skip_code_until(lx, ')');
	t = skip_expression(lx, "{;");
	if (is_punct(t, '{')) {
		skip_code_until(lx, '}');
	} else if (!is_punct(t, ';')) {
		return false;
	}
	return add_member(decl, m, cap);
}

/* "$a [= value], $b [= value];" from the first variable on. */
static bool read_properties(lexer *lx, source_decl *decl, size_t *cap, token first, bool is_static,
	bool is_private)
{
	token t = first;

	for (;;) {
		source_member m = {SOURCE_MEMBER_PROPERTY, t.text, is_static, is_private, false, {NULL, 0}};
		const char *after_name;

		if (t.type != TOKEN_VARIABLE) {
			return false;
		}
		/* "= 'literal'" up to the next "," or ";": the value, as for constants (PHPMailer 5.2's $Version). */
		after_name = lx->p;
		t = next_token(lx);
		if (is_punct(t, '=')) {
			token value = next_token(lx), after = next_token(lx);

			if (value.type == TOKEN_STRING && value.quoted && (is_punct(after, ',') || is_punct(after, ';'))) {
				m.has_string_value = true;
				m.value = value.text;
			}
		}
		lx->p = after_name;
		if (!add_member(decl, m, cap)) {
			return false;
		}
		t = skip_expression(lx, ",;{");
		if (is_punct(t, '{')) {
			/* Property hooks (PHP 8.4): the block ends the declaration. */
			skip_code_until(lx, '}');
			return true;
		}
		if (!is_punct(t, ',')) {
			return is_punct(t, ';');
		}
		t = next_token(lx);
	}
}

/* The body of a class-like declaration, after its "{". False for anything unexpected. */
static bool read_body(lexer *lx, source_decl *decl)
{
	size_t cap = 0;
	bool is_static = false, is_private = false;

	for (;;) {
		token t = next_token(lx);

		if (t.type == TOKEN_END) {
			lx->broken = true;
			return false;
		}
		if (is_punct(t, '}')) {
			return true;
		}
		if (is_keyword(t, "static")) {
			is_static = true;
			continue;
		}
		if (is_keyword(t, "private")) {
			is_private = true;
			continue;
		}
		if (is_keyword(t, "public") || is_keyword(t, "protected") || is_keyword(t, "var") || is_keyword(t, "abstract") || is_keyword(t, "final")
			|| is_keyword(t, "readonly") || is_punct(t, '?') || is_punct(t, '|')) {
			continue;
		}
		if (is_keyword(t, "const")) {
			if (!read_constants(lx, decl, &cap, is_private)) {
				return false;
			}
		} else if (is_keyword(t, "function")) {
			if (!read_method(lx, decl, &cap, is_static, is_private)) {
				return false;
			}
		} else if (is_keyword(t, "use")) {
			source_member m = {SOURCE_MEMBER_TRAIT_USE, {NULL, 0}, false, false, false, {NULL, 0}};
			const char *start = lx->p;

			t = skip_expression(lx, ";{");
			m.name = span_between(start, t.text.ptr);
			if (is_punct(t, '{')) {
				skip_code_until(lx, '}');
			}
			if (t.type == TOKEN_END || !add_member(decl, m, &cap)) {
				return false;
			}
		} else if (is_keyword(t, "case")) {
			if (!is_punct(skip_expression(lx, ";"), ';')) {
				return false;
			}
		} else if (t.type == TOKEN_VARIABLE) {
			if (!read_properties(lx, decl, &cap, t, is_static, is_private)) {
				return false;
			}
		} else if (t.type == TOKEN_IDENT) {
			continue; /* a property type */
		} else {
			return false;
		}
		is_static = false;
		is_private = false;
	}
}

static bool add_decl(source_outline *outline, source_decl decl, size_t *cap)
{
	if (outline->decl_count == *cap) {
		size_t n = *cap ? *cap * 2 : 2;
		source_decl *grown = smtp_realloc(outline->decls, n * sizeof(*grown));

		if (!grown) {
			return false;
		}
		outline->decls = grown;
		*cap = n;
	}
	outline->decls[outline->decl_count++] = decl;
	return true;
}

/*
 * "class Name [extends X] [implements A, B] {" from the name on. The
 * extends and implements lists are kept as written.
 */
static bool read_declaration_header(lexer *lx, source_decl *decl)
{
	token t = next_token(lx);
	source_span *list = NULL;
	const char *list_start = NULL;

	if (t.type != TOKEN_IDENT) {
		return false;
	}
	decl->name = t.text;
	for (;;) {
		t = next_token(lx);
		if (t.type == TOKEN_END) {
			return false;
		}
		if (is_keyword(t, "extends") || is_keyword(t, "implements") || is_punct(t, '{')
			|| is_punct(t, ':')) {
			if (list) {
				*list = span_between(list_start, t.text.ptr);
				list = NULL;
			}
			if (is_punct(t, '{')) {
				return true;
			}
			if (!is_punct(t, ':')) {
				list = is_keyword(t, "extends") ? &decl->extends : &decl->implements;
				list_start = lx->p;
				while (list_start < lx->end && is_blank((unsigned char)*list_start)) {
					list_start++;
				}
			}
		} else if (!list && !is_punct(t, ':') && t.type != TOKEN_IDENT) {
			return false;
		}
	}
}

/* What may come before a declaration keyword at the top level. */
static bool read_modifier(token t, source_decl *decl)
{
	if (is_keyword(t, "abstract")) {
		decl->is_abstract = true;
	} else if (is_keyword(t, "final")) {
		decl->is_final = true;
	} else if (!is_keyword(t, "readonly")) {
		return false;
	}
	return true;
}

static bool declaration_kind(token t, source_decl_kind *kind)
{
	if (is_keyword(t, "class")) {
		*kind = SOURCE_DECL_CLASS;
	} else if (is_keyword(t, "interface")) {
		*kind = SOURCE_DECL_INTERFACE;
	} else if (is_keyword(t, "trait")) {
		*kind = SOURCE_DECL_TRAIT;
	} else if (is_keyword(t, "enum")) {
		*kind = SOURCE_DECL_ENUM;
	} else {
		return false;
	}
	return true;
}

/* Reads the top level; returns false only when the allocator fails. */
static bool read_top_level(lexer *lx, source_outline *outline)
{
	size_t cap = 0;
	source_decl decl;

	memset(&decl, 0, sizeof(decl));
	for (;;) {
		token t = next_token(lx);

		if (t.type == TOKEN_END) {
			return true;
		}
		if (read_modifier(t, &decl)) {
			continue;
		}
		if (declaration_kind(t, &decl.kind)) {
			if (!read_declaration_header(lx, &decl)) {
				outline->other_code = true;
				return true;
			}
			if (!add_decl(outline, decl, &cap)) {
				return false;
			}
			if (!read_body(lx, &outline->decls[outline->decl_count - 1])) {
				outline->other_code = true;
				return true;
			}
			memset(&decl, 0, sizeof(decl));
			continue;
		}
		if (decl.is_abstract || decl.is_final) {
			outline->other_code = true;
			return true;
		}
		if (is_keyword(t, "namespace") && outline->namespace_name.len == 0 && outline->decl_count == 0) {
			token name = next_token(lx);

			if (name.type != TOKEN_IDENT || !is_punct(next_token(lx), ';')) {
				outline->other_code = true;
				return true;
			}
			outline->namespace_name = name.text;
		} else if (is_keyword(t, "use")) {
			if (!is_punct(skip_expression(lx, ";"), ';')) {
				outline->other_code = true;
				return true;
			}
			outline->import_count++;
		} else if (is_keyword(t, "declare")) {
			if (!is_punct(next_token(lx), '(')) {
				outline->other_code = true;
				return true;
			}
			skip_code_until(lx, ')');
			if (!is_punct(next_token(lx), ';')) {
				outline->other_code = true;
				return true;
			}
		} else if (!is_punct(t, ';')) {
			/* Anything else is code the provisioning would drop: stop here. */
			outline->other_code = true;
			return true;
		}
	}
}

bool source_outline_scan(source_outline *outline, const char *src, size_t len)
{
	lexer lx = {src, src + len, false, false, 0};

	memset(outline, 0, sizeof(*outline));
	skip_inline_html(&lx);
	if (!read_top_level(&lx, outline) || lx.broken) {
		source_outline_free(outline);
		return false;
	}
	outline->other_code = outline->other_code || lx.inline_html;
	return !lx.broken;
}

void source_outline_free(source_outline *outline)
{
	size_t i;

	for (i = 0; i < outline->decl_count; i++) {
		smtp_free(outline->decls[i].members);
	}
	smtp_free(outline->decls);
	memset(outline, 0, sizeof(*outline));
}

const source_member *source_outline_member(const source_decl *decl, source_member_kind kind,
	const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < decl->member_count; i++) {
		const source_member *m = &decl->members[i];

		if (m->kind == kind && m->name.len == len
			&& (kind == SOURCE_MEMBER_METHOD ? mem_iequals(m->name.ptr, name, len)
				: memcmp(m->name.ptr, name, len) == 0)) {
			return m;
		}
	}
	return NULL;
}
