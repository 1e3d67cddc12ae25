/*
 * mailer_stream.c - $MIMEBody held as a body to stream (see mailer_stream.h).
 *
 * The property's slot is left undefined (flagged IS_PROP_UNINIT, so PHP's
 * own handlers never call __get/__set/__unset for it) while the object
 * holds the body; the VM reads a defined slot directly and calls the
 * object's handlers only for an undefined one, so every way PHP code can
 * reach the property goes through the handlers below, which render it
 * first. C code reads properties through smtp_prop_get(), which does the
 * same.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_interfaces.h"

#include "mailer_stream.h"
#include "smtp_props.h"

typedef struct mailer_object {
	mailer_streamed *body;      /* what $MIMEBody stands for while its slot is undefined */
	zend_object std;
} mailer_object;

static zend_object_handlers stream_handlers;

static inline mailer_object *mailer_from_obj(zend_object *obj)
{
	return (mailer_object *)((char *)obj - XtOffsetOf(mailer_object, std));
}

bool mailer_stream_supported(zend_object *obj)
{
	return obj->handlers == &stream_handlers;
}

static zval *body_slot(zend_object *obj)
{
	return OBJ_PROP(obj, smtp_mailer_prop_offsets[MP_MIMEBody]);
}

mailer_streamed *mailer_streamed_new(void)
{
	mailer_streamed *b = emalloc(sizeof(*b));

	b->refcount = 1;
	mime_body_init(&b->body);
	b->kept = NULL;
	return b;
}

void mailer_streamed_release(mailer_streamed *b)
{
	if (b && --b->refcount == 0) {
		mime_body_free(&b->body);
		if (b->kept) {
			zend_string_release(b->kept);
		}
		efree(b);
	}
}

static void drop_body(mailer_object *m)
{
	mailer_streamed_release(m->body);
	m->body = NULL;
}

void mailer_stream_forget(zend_object *obj)
{
	if (mailer_stream_supported(obj)) {
		drop_body(mailer_from_obj(obj));
		Z_PROP_FLAG_P(body_slot(obj)) = 0;
	}
}

mailer_streamed *mailer_stream_acquire(zend_object *obj)
{
	mailer_streamed *b = mailer_stream_supported(obj) ? mailer_from_obj(obj)->body : NULL;

	if (b) {
		b->refcount++;
	}
	return b;
}

void mailer_stream_set_body(zend_object *obj, mailer_streamed *body)
{
	mailer_object *m = mailer_from_obj(obj);
	zval *slot = body_slot(obj), old;

	drop_body(m);
	if (Z_ISREF_P(slot)) {
		/* A PHP reference is bound to the property: it must see a value. */
		m->body = body;
		mailer_stream_render(obj);
		return;
	}
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_UNDEF(slot);
	Z_PROP_FLAG_P(slot) = IS_PROP_UNINIT;
	m->body = body;
	zval_ptr_dtor(&old);
}

/*
 * prefix, then the body, as one new string: rendered in place when the
 * body's length is known before its files are read, else through a growing
 * buffer and one copy. NULL, with err set, when a file cannot be read.
 */
static zend_string *render_after(const mime_body *body, const char *prefix, size_t prefix_len, smtp_error *err)
{
	smtp_buf out;
	zend_string *s;
	size_t body_len;

	if (mime_body_rendered_len(body, &body_len)) {
		s = zend_string_alloc(prefix_len + body_len + MIME_RENDER_SLACK, 0);
		memcpy(ZSTR_VAL(s), prefix, prefix_len);
		smtp_buf_init_fixed(&out, ZSTR_VAL(s) + prefix_len, body_len + MIME_RENDER_SLACK + 1);
		if (mime_body_render(body, &out, err) == SMTP_OK && out.len == body_len) {
			s = zend_string_truncate(s, prefix_len + body_len, 0);
			ZSTR_VAL(s)[ZSTR_LEN(s)] = '\0';
			return s;
		}
		/* A file changed size since it was measured: the long way. */
		zend_string_efree(s);
	}
	smtp_buf_init(&out);
	smtp_buf_append(&out, prefix, prefix_len);
	s = mime_body_render(body, &out, err) == SMTP_OK ? zend_string_init(out.data ? out.data : "", out.len, 0) : NULL;
	smtp_buf_free(&out);
	return s;
}

zval *mailer_stream_render(zend_object *obj)
{
	mailer_object *m;
	smtp_error err;
	zend_string *rendered;
	zval *slot, value;

	if (!mailer_stream_supported(obj) || !(m = mailer_from_obj(obj))->body) {
		return NULL;
	}
	if ((rendered = render_after(&m->body->body, "", 0, &err))) {
		ZVAL_STR(&value, rendered);
	} else {
		/* The file was readable when the message was built (preSend() checked it), not any more. */
		php_error_docref(NULL, E_WARNING, "The message body could not be rendered: %s cannot be read",
			err.message);
		ZVAL_EMPTY_STRING(&value);
	}
	drop_body(m);
	slot = body_slot(obj);
	if (Z_ISREF_P(slot)) {
		zend_try_assign_typed_ref(Z_REF_P(slot), &value);
	} else {
		zval_ptr_dtor(slot);
		ZVAL_COPY_VALUE(slot, &value);
		Z_PROP_FLAG_P(slot) = 0;
	}
	return smtp_prop_get(obj, smtp_mailer_prop_offsets[MP_MIMEBody]);
}

zend_string *mailer_stream_message(zend_object *obj, zend_string *header)
{
	mailer_streamed *b = mailer_stream_acquire(obj);
	zend_string *message;
	smtp_error err;

	if (!b) {
		return NULL;
	}
	message = render_after(&b->body, ZSTR_VAL(header), ZSTR_LEN(header), &err);
	/* Not while a send holds the body too: its reader walks the segments. */
	if (message && b->refcount == 2
		&& mime_body_borrow(&b->body, ZSTR_VAL(message) + ZSTR_LEN(header), ZSTR_LEN(message) - ZSTR_LEN(header))) {
		if (b->kept) {
			zend_string_release(b->kept);
		}
		b->kept = zend_string_copy(message);
	}
	mailer_streamed_release(b);
	return message;
}

/* {{{ handlers: render before PHP looks at the property, drop the body when PHP replaces it */

static bool names_body(zend_object *obj, zend_string *name)
{
	return mailer_from_obj(obj)->body && zend_string_equals_literal(name, "MIMEBody");
}

static zval *stream_read_property(zend_object *obj, zend_string *name, int type, void **cache_slot, zval *rv)
{
	if (names_body(obj, name)) {
		mailer_stream_render(obj);
	}
	return zend_std_read_property(obj, name, type, cache_slot, rv);
}

static zval *stream_write_property(zend_object *obj, zend_string *name, zval *value, void **cache_slot)
{
	if (names_body(obj, name)) {
		drop_body(mailer_from_obj(obj));
	}
	return zend_std_write_property(obj, name, value, cache_slot);
}

static zval *stream_get_property_ptr_ptr(zend_object *obj, zend_string *name, int type, void **cache_slot)
{
	if (names_body(obj, name)) {
		mailer_stream_render(obj);
	}
	return zend_std_get_property_ptr_ptr(obj, name, type, cache_slot);
}

static int stream_has_property(zend_object *obj, zend_string *name, int has_set_exists, void **cache_slot)
{
	if (names_body(obj, name)) {
		mailer_stream_render(obj);
	}
	return zend_std_has_property(obj, name, has_set_exists, cache_slot);
}

static void stream_unset_property(zend_object *obj, zend_string *name, void **cache_slot)
{
	if (names_body(obj, name)) {
		drop_body(mailer_from_obj(obj));
	}
	zend_std_unset_property(obj, name, cache_slot);
}

/* var_dump(), foreach, get_object_vars(), (array), serialize(), == ... */
static HashTable *stream_get_properties(zend_object *obj)
{
	mailer_stream_render(obj);
	return zend_std_get_properties(obj);
}

static int stream_compare(zval *a, zval *b)
{
	if (Z_TYPE_P(a) == IS_OBJECT) {
		mailer_stream_render(Z_OBJ_P(a));
	}
	if (Z_TYPE_P(b) == IS_OBJECT) {
		mailer_stream_render(Z_OBJ_P(b));
	}
	return zend_std_compare_objects(a, b);
}

static zend_object *stream_create(zend_class_entry *ce)
{
	mailer_object *m = zend_object_alloc(sizeof(mailer_object), ce);

	m->body = NULL;
	zend_object_std_init(&m->std, ce);
	object_properties_init(&m->std, ce);
	m->std.handlers = &stream_handlers;
	return &m->std;
}

/* A clone gets the body as a string (the original keeps it as it is then). */
static zend_object *stream_clone(zend_object *old)
{
	zend_object *obj;

	mailer_stream_render(old);
	obj = stream_create(old->ce);
	zend_objects_clone_members(obj, old);
	return obj;
}

static void stream_free(zend_object *obj)
{
	drop_body(mailer_from_obj(obj));
	zend_object_std_dtor(obj);
}

/* }}} */

void mailer_stream_install(zend_class_entry *ce)
{
	memcpy(&stream_handlers, zend_get_std_object_handlers(), sizeof(stream_handlers));
	stream_handlers.offset = XtOffsetOf(mailer_object, std);
	stream_handlers.free_obj = stream_free;
	stream_handlers.clone_obj = stream_clone;
	stream_handlers.read_property = stream_read_property;
	stream_handlers.write_property = stream_write_property;
	stream_handlers.get_property_ptr_ptr = stream_get_property_ptr_ptr;
	stream_handlers.has_property = stream_has_property;
	stream_handlers.unset_property = stream_unset_property;
	stream_handlers.get_properties = stream_get_properties;
	stream_handlers.compare = stream_compare;
	ce->create_object = stream_create;
}
