/*
 * smtp_substitute.c - the compile hook: a stock PHPMailer source file is
 * compiled as a one-line subclass of the engine class instead.
 *
 * A file is substituted only when all of this holds; anything else (a
 * fork with a method of its own, a future major version, a file that
 * merely has the same name) compiles unchanged and keeps working as the
 * PHP it is:
 *
 *   - its name is one PHPMailer gives a source file (PHPMailer.php, ...);
 *   - it declares, in PHPMailer's namespace, exactly the classes that file
 *     declares, with the same parent and interfaces, and no other code;
 *   - its VERSION, where the file has one, is 6.x or 7.x, which picks the
 *     engine base (7.x: static setLanguage(), lang() and $language); a
 *     PHPMailer 5.2 file (class.phpmailer.php, class.smtp.php) says its
 *     version in the property $Version instead, and 5.2.22 to 5.2.28 get
 *     the 5.2 base (older 5.2 releases differ in defaults the engine does
 *     not reproduce, and compile unchanged);
 *   - every constant, property and method it declares exists in that base,
 *     with the same static-ness, and its private members are the stock
 *     file's of that version (7.x has privates 6.x lacks): the engine
 *     implements everything the file would have.
 *
 * PHP keeps the file's path for the compiled script, so require_once,
 * get_included_files() and ReflectionClass::getFileName() behave as with
 * the real file; opcache, which wraps this hook, caches the substitute.
 * Nothing here may emit a PHP notice (opcache would replay it on every hit).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_smart_str.h"

#include "php_smtp.h"
#include "smtp_provision.h"

#include "core/source_outline.h"

#define MAX_CLASSES_PER_FILE 4

static zend_op_array *(*original_compile_file)(zend_file_handle *file_handle, int type);

static bool span_is(source_span span, const char *str, bool ignore_case)
{
	return ignore_case ? source_span_iequals(span, str) : source_span_equals(span, str);
}

/* "5.2.N" with N from 22 to 28 (digits only, as the releases spell it). */
static bool is_late_5_2(source_span version)
{
	size_t i;
	unsigned n = 0;

	if (version.len < 5 || version.len > 6 || memcmp(version.ptr, "5.2.", 4) != 0) {
		return false;
	}
	for (i = 4; i < version.len; i++) {
		if (!isdigit((unsigned char)version.ptr[i])) {
			return false;
		}
		n = n * 10 + (unsigned)(version.ptr[i] - '0');
	}
	return n >= 22 && n <= 28;
}

/* The API a version string names: 5 (5.2.22 to 5.2.28), 6 or 7, or 0 for anything else. */
static smtp_api api_of_version(source_span version)
{
	if (is_late_5_2(version)) {
		return SMTP_API_5;
	}
	if (version.len < 2 || version.ptr[1] != '.') {
		return 0;
	}
	return version.ptr[0] == '6' ? SMTP_API_6 : version.ptr[0] == '7' ? SMTP_API_7 : 0;
}

/* The member of decl holding c's version: const VERSION, or 5.2's property $Version. */
static const source_member *version_member(const source_decl *decl, const smtp_provided *c)
{
	const source_member *m;

	switch (c->version) {
	case SMTP_VERSION_CONST:
		return source_outline_member(decl, SOURCE_MEMBER_CONST, "VERSION", 7);
	case SMTP_VERSION_PROPERTY:
	case SMTP_VERSION_BOTH:
		m = source_outline_member(decl, SOURCE_MEMBER_PROPERTY, "Version", 7);
		return m && !m->is_static ? m : NULL;
	case SMTP_VERSION_NONE:
		break;
	}
	return NULL;
}

/*
 * Whether base has every member decl declares, each as static as in decl;
 * private members must be ones the stock file has.
 */
static bool base_has_members(zend_class_entry *base, const source_decl *decl, const smtp_provided *c, smtp_api api)
{
	size_t i;

	for (i = 0; i < decl->member_count; i++) {
		const source_member *m = &decl->members[i];
		zend_property_info *prop;
		zend_function *fn;

		if (m->is_private) {
			if (!smtp_provided_private(c, api, m->name.ptr, m->name.len)) {
				return false;
			}
			continue;
		}
		switch (m->kind) {
		case SOURCE_MEMBER_CONST:
			if (!zend_hash_str_exists(&base->constants_table, m->name.ptr, m->name.len)) {
				return false;
			}
			break;
		case SOURCE_MEMBER_PROPERTY:
			prop = zend_hash_str_find_ptr(&base->properties_info, m->name.ptr, m->name.len);
			if (!prop || ((prop->flags & ZEND_ACC_STATIC) != 0) != m->is_static) {
				return false;
			}
			break;
		case SOURCE_MEMBER_METHOD:
			fn = zend_hash_str_find_ptr_lc(&base->function_table, m->name.ptr, m->name.len);
			if (!fn || ((fn->common.fn_flags & ZEND_ACC_STATIC) != 0) != m->is_static) {
				return false;
			}
			break;
		case SOURCE_MEMBER_TRAIT_USE:
			return false;
		}
	}
	return true;
}

/* Whether decl is the stock declaration of c: same kind, name, parent and interfaces. */
static bool declares(const source_decl *decl, const smtp_provided *c)
{
	const char *local = strrchr(c->name, '\\');

	local = local ? local + 1 : c->name;
	return decl->kind == (c->is_interface ? SOURCE_DECL_INTERFACE : SOURCE_DECL_CLASS)
		&& !decl->is_abstract && !decl->is_final
		&& span_is(decl->name, local, true)
		&& span_is(decl->extends, c->parent, true)
		&& span_is(decl->implements, c->implements, true);
}

/* The namespace part of a qualified name matches the file's namespace statement. */
static bool in_namespace(const source_outline *outline, const char *name)
{
	const char *sep = strrchr(name, '\\');

	if (!sep) {
		return outline->namespace_name.len == 0;
	}
	return outline->namespace_name.len == (size_t)(sep - name)
		&& strncasecmp(outline->namespace_name.ptr, name, outline->namespace_name.len) == 0;
}

/*
 * The code to compile instead of src, or NULL to compile src as it is.
 * classes are what a file of that name declares in stock PHPMailer.
 */
static zend_string *substitute(zend_string *filename, const char *src, size_t len,
	const smtp_provided **classes, size_t count)
{
	source_outline outline;
	smtp_api api = SMTP_API_6;
	source_span version = {NULL, 0};
	smart_str code = {0};
	size_t i;

	if (!source_outline_scan(&outline, src, len)) {
		return NULL;
	}
	if (outline.other_code || outline.decl_count != count) {
		source_outline_free(&outline);
		return NULL;
	}
	for (i = 0; i < count; i++) {
		const source_decl *decl = &outline.decls[i];
		const source_member *v = version_member(decl, classes[i]);
		zend_class_entry *base;

		if (!declares(decl, classes[i]) || !in_namespace(&outline, classes[i]->name)) {
			goto unchanged;
		}
		if (classes[i]->version != SMTP_VERSION_NONE) {
			if (!v || !v->has_string_value || !(api = api_of_version(v->value))) {
				goto unchanged;
			}
			version = v->value;
		}
		base = smtp_provided_base(classes[i], api);
		if (!base || !base_has_members(base, decl, classes[i], api)) {
			goto unchanged;
		}
	}
	smart_str_appends(&code, "<?php ");
	for (i = 0; i < count; i++) {
		bool versioned = classes[i]->version != SMTP_VERSION_NONE;
		zend_string *decl = smtp_provided_code(classes[i], api, versioned ? version.ptr : NULL,
			versioned ? version.len : 0);

		smart_str_append(&code, decl);
		zend_string_release(decl);
		smtp_provision_record(filename, classes[i], versioned ? version.ptr : NULL, versioned ? version.len : 0,
			api);
	}
	smart_str_0(&code);
	source_outline_free(&outline);
	return code.s;

unchanged:
	source_outline_free(&outline);
	return NULL;
}

static const char *base_name(zend_string *path, size_t *len)
{
	const char *start = ZSTR_VAL(path), *p = start + ZSTR_LEN(path);

	while (p > start && p[-1] != '/' && p[-1] != '\\') {
		p--;
	}
	*len = ZSTR_LEN(path) - (size_t)(p - start);
	return p;
}

static zend_op_array *substituting_compile_file(zend_file_handle *file_handle, int type)
{
	const smtp_provided *classes[MAX_CLASSES_PER_FILE];
	size_t count = 0, name_len;
	const char *name;
	char *buf;
	size_t len;

	if (file_handle->filename) {
		name = base_name(file_handle->filename, &name_len);
		count = smtp_provided_by_file(name, name_len, classes, MAX_CLASSES_PER_FILE);
	}
	/* The compiler goes on with the buffer zend_stream_fixup() leaves in the handle. */
	if (count && zend_stream_fixup(file_handle, &buf, &len) == SUCCESS) {
		zend_string *code = substitute(file_handle->filename, buf, len, classes, count);

		if (code) {
			char *replacement = emalloc(ZSTR_LEN(code) + ZEND_MMAP_AHEAD);

			memcpy(replacement, ZSTR_VAL(code), ZSTR_LEN(code));
			memset(replacement + ZSTR_LEN(code), 0, ZEND_MMAP_AHEAD);
			efree(file_handle->buf);
			file_handle->buf = replacement;
			file_handle->len = ZSTR_LEN(code);
			zend_string_release(code);
		}
	}
	return original_compile_file(file_handle, type);
}

void smtp_substitute_startup(void)
{
	original_compile_file = zend_compile_file;
	zend_compile_file = substituting_compile_file;
}

void smtp_substitute_shutdown(void)
{
	if (zend_compile_file == substituting_compile_file) {
		zend_compile_file = original_compile_file;
	}
}
