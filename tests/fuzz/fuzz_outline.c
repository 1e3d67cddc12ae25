/*
 * fuzz_outline.c - the PHP-source outline scanner (source_outline.c), which
 * reads a file named like one of PHPMailer's before PHP compiles it, so
 * whatever such a file holds reaches it first.
 *
 * Input: flags (0x01: runs expanded, see fuzz_expand(), for deep nesting
 * and long files; 0x02: the text follows "<?php\n"), then the file.
 *
 * Invariants: the scan reads nothing outside the text (the text lies in a
 * buffer of its exact size, and the sanitizer watches); every span of the
 * outline points inside the text; a failed scan leaves the outline empty;
 * scanning twice gives the same outline; a member looked up by its name is
 * found. Nesting depth is bounded only by the text, so this also checks
 * that the scanner's own stack stays bounded.
 */
#include "fuzz.h"

#include "source_outline.h"

static const char *text_start, *text_end;

static void check_span(source_span s)
{
	FUZZ_CHECK(s.len == 0 || (s.ptr >= text_start && s.ptr <= text_end && s.len <= (size_t)(text_end - s.ptr)));
}

static void summarize(const source_outline *o, smtp_buf *sum)
{
	size_t i, j;

	smtp_buf_appendf(sum, "ns=%.*s other=%d imports=%zu decls=%zu\n", (int)o->namespace_name.len,
		o->namespace_name.ptr ? o->namespace_name.ptr : "", o->other_code, o->import_count, o->decl_count);
	for (i = 0; i < o->decl_count; i++) {
		const source_decl *d = &o->decls[i];

		smtp_buf_appendf(sum, "decl %d %zu:%zu %zu:%zu %zu:%zu %d%d members=%zu\n", d->kind,
			(size_t)(d->name.ptr ? d->name.ptr - text_start : 0), d->name.len,
			(size_t)(d->extends.ptr ? d->extends.ptr - text_start : 0), d->extends.len,
			(size_t)(d->implements.ptr ? d->implements.ptr - text_start : 0), d->implements.len,
			d->is_abstract, d->is_final, d->member_count);
		for (j = 0; j < d->member_count; j++) {
			const source_member *m = &d->members[j];

			smtp_buf_appendf(sum, " %d %zu:%zu %d%d%d %zu:%zu\n", m->kind,
				(size_t)(m->name.ptr ? m->name.ptr - text_start : 0), m->name.len, m->is_static,
				m->is_private, m->has_string_value,
				(size_t)(m->value.ptr ? m->value.ptr - text_start : 0), m->value.len);
		}
	}
}

static void check_outline(const source_outline *o)
{
	size_t i, j;

	check_span(o->namespace_name);
	for (i = 0; i < o->decl_count; i++) {
		const source_decl *d = &o->decls[i];

		check_span(d->name);
		check_span(d->extends);
		check_span(d->implements);
		FUZZ_CHECK(d->name.len > 0);
		for (j = 0; j < d->member_count; j++) {
			const source_member *m = &d->members[j];
			const source_member *found;

			check_span(m->name);
			check_span(m->value);
			FUZZ_CHECK(m->has_string_value || m->value.len == 0);
			if (m->kind != SOURCE_MEMBER_TRAIT_USE && m->name.len) {
				found = source_outline_member(d, m->kind, m->name.ptr, m->name.len);
				FUZZ_CHECK(found != NULL && found->kind == m->kind && found->name.len == m->name.len);
			}
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	fuzz_input in = {bytes, size};
	uint8_t flags = fuzz_u8(&in);
	size_t raw_len, len;
	const char *raw = fuzz_rest(&in, &raw_len);
	char *text, *expanded = NULL;
	source_outline a, b;
	smtp_buf sa = SMTP_BUF_INIT, sb = SMTP_BUF_INIT;
	bool ok_a, ok_b;

	if (flags & 1) {
		expanded = fuzz_expand(raw, raw_len, 1024 * 1024, &raw_len);
		raw = expanded;
	}
	len = raw_len + (flags & 2 ? 6 : 0);
	text = malloc(len ? len : 1);
	if (flags & 2) {
		memcpy(text, "<?php\n", 6);
	}
	memcpy(text + len - raw_len, raw, raw_len);
	text_start = text;
	text_end = text + len;

	ok_a = source_outline_scan(&a, text, len);
	if (!ok_a) {
		FUZZ_CHECK(a.decl_count == 0 && a.decls == NULL && a.namespace_name.len == 0 && !a.other_code);
	}
	check_outline(&a);
	ok_b = source_outline_scan(&b, text, len);
	FUZZ_CHECK(ok_a == ok_b);
	summarize(&a, &sa);
	summarize(&b, &sb);
	FUZZ_CHECK_MEM("second scan", fuzz_data(&sb), sb.len, fuzz_data(&sa), sa.len);

	source_outline_free(&a);
	source_outline_free(&b);
	smtp_buf_free(&sa);
	smtp_buf_free(&sb);
	free(text);
	free(expanded);
	return 0;
}
