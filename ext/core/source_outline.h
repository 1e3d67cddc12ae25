/*
 * source_outline.h - the outline of a PHP source file: its namespace, the
 * classes and interfaces it declares and their members.
 *
 * The provisioning code uses it to recognise a stock PHPMailer file before
 * PHP compiles it: a file is only ever replaced when its outline says it
 * declares nothing the engine does not implement. The scanner knows PHP's
 * lexical rules (comments, the string forms, heredoc, attributes) well
 * enough to find brace depth and the member declarations; it is not a
 * parser and never needs to be: anything it does not expect at the top
 * level marks the file as having other code.
 *
 * Names and values point into the scanned source, which must outlive the
 * outline.
 */
#ifndef SOURCE_OUTLINE_H
#define SOURCE_OUTLINE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct source_span {
	const char *ptr;
	size_t len;
} source_span;

typedef enum source_member_kind {
	SOURCE_MEMBER_CONST,
	SOURCE_MEMBER_PROPERTY,
	SOURCE_MEMBER_METHOD,
	SOURCE_MEMBER_TRAIT_USE
} source_member_kind;

typedef struct source_member {
	source_member_kind kind;
	source_span name;       /* without the $ of a property; the trait list of a trait use */
	bool is_static;
	bool is_private;
	bool has_string_value;  /* a constant or property whose value is one quoted string literal */
	source_span value;      /* that literal, between its quotes, escapes left as written */
} source_member;

typedef enum source_decl_kind {
	SOURCE_DECL_CLASS,
	SOURCE_DECL_INTERFACE,
	SOURCE_DECL_TRAIT,
	SOURCE_DECL_ENUM
} source_decl_kind;

typedef struct source_decl {
	source_decl_kind kind;
	source_span name;
	source_span extends;     /* empty when there is none (an interface's list as written) */
	source_span implements;  /* the list as written, empty when there is none */
	bool is_abstract;
	bool is_final;
	source_member *members;
	size_t member_count;
} source_decl;

typedef struct source_outline {
	source_span namespace_name;  /* empty for the global namespace */
	source_decl *decls;
	size_t decl_count;
	size_t import_count;         /* top-level "use" statements */
	bool other_code;             /* statements other than namespace, use, declare and declarations */
} source_outline;

/*
 * Scans src. Returns false when the allocator fails or the text is not
 * lexically sound PHP (an unterminated comment, string or block); the
 * outline is then empty. A file with a second namespace block, inline
 * HTML or any top-level statement is scanned but has other_code set.
 */
bool source_outline_scan(source_outline *outline, const char *src, size_t len);

void source_outline_free(source_outline *outline);

/* The member of decl with that kind and name (methods compare case-insensitively), or NULL. */
const source_member *source_outline_member(const source_decl *decl, source_member_kind kind,
	const char *name, size_t len);

bool source_span_equals(source_span span, const char *str);
bool source_span_iequals(source_span span, const char *str);

#endif
