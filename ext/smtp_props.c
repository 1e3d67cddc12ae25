/*
 * smtp_props.c - slot access to the declared properties of the engine objects.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "mailer_stream.h"
#include "smtp_props.h"

uint32_t smtp_mailer_prop_offsets[MP__COUNT];
uint32_t smtp_client_prop_offsets[CP__COUNT];

static uint32_t resolve(zend_class_entry *ce, const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));

	/* The stubs declare every name listed in smtp_props.h; a miss is a build bug. */
	ZEND_ASSERT(info && !(info->flags & ZEND_ACC_STATIC));
	return info->offset;
}

void smtp_props_init(zend_class_entry *mailer_ce, zend_class_entry *client_ce)
{
#define RESOLVE_MAILER(name) smtp_mailer_prop_offsets[MP_##name] = resolve(mailer_ce, #name);
#define RESOLVE_CLIENT(name) smtp_client_prop_offsets[CP_##name] = resolve(client_ce, #name);
	MAILER_PROPS(RESOLVE_MAILER)
	CLIENT_PROPS(RESOLVE_CLIENT)
#undef RESOLVE_MAILER
#undef RESOLVE_CLIENT
}

zval *smtp_prop_get_undef(zend_object *obj, uint32_t offset)
{
	zval *rendered;

	if (offset == smtp_mailer_prop_offsets[MP_MIMEBody] && (rendered = mailer_stream_render(obj))) {
		return rendered;
	}
	return &EG(uninitialized_zval);
}

void smtp_prop_assign(zend_object *obj, uint32_t offset, zval *value)
{
	zval *slot = OBJ_PROP(obj, offset);
	zval old;

	if (UNEXPECTED(Z_TYPE_P(slot) == IS_UNDEF) && offset == smtp_mailer_prop_offsets[MP_MIMEBody]) {
		/* A streamed body is replaced: its segments go, unrendered. */
		mailer_stream_forget(obj);
	}

	if (Z_ISREF_P(slot)) {
		zend_try_assign_typed_ref(Z_REF_P(slot), value);
		return;
	}
	/* Store first, release after: the old value's destructor may run user code. */
	ZVAL_COPY_VALUE(&old, slot);
	ZVAL_COPY_VALUE(slot, value);
	zval_ptr_dtor(&old);
}

zval *smtp_static_prop(zend_class_entry *ce, zend_string *name)
{
	zend_property_info *info = zend_hash_find_ptr(&ce->properties_info, name);
	zval *slot;

	/* What zend_std_get_static_property_with_info() checks before it hands out the slot. */
	if (!info || !(info->flags & ZEND_ACC_STATIC) || !(info->flags & (ZEND_ACC_PUBLIC | ZEND_ACC_PROTECTED))
		|| !(info->ce->ce_flags & ZEND_ACC_CONSTANTS_UPDATED) || !CE_STATIC_MEMBERS(info->ce)) {
		return zend_read_static_property_ex(ce, name, true);
	}
	slot = CE_STATIC_MEMBERS(info->ce) + info->offset;
	ZVAL_DEINDIRECT(slot);
	return slot;
}

HashTable *smtp_prop_array_for_write(zend_object *obj, uint32_t offset)
{
	zval *slot = OBJ_PROP(obj, offset);

	ZVAL_DEREF(slot);
	if (Z_TYPE_P(slot) != IS_ARRAY) {
		zval empty;

		array_init(&empty);
		smtp_prop_assign(obj, offset, &empty);
		slot = OBJ_PROP(obj, offset);
		ZVAL_DEREF(slot);
	}
	SEPARATE_ARRAY(slot);
	return Z_ARRVAL_P(slot);
}

void smtp_prop_set_str(zend_object *obj, uint32_t offset, const char *str, size_t len)
{
	zval zv;

	ZVAL_STRINGL_FAST(&zv, str, len);
	smtp_prop_assign(obj, offset, &zv);
}

void smtp_prop_set_zstr(zend_object *obj, uint32_t offset, zend_string *str)
{
	zval zv;

	ZVAL_STR_COPY(&zv, str);
	smtp_prop_assign(obj, offset, &zv);
}

void smtp_prop_set_long(zend_object *obj, uint32_t offset, zend_long value)
{
	zval zv;

	ZVAL_LONG(&zv, value);
	smtp_prop_assign(obj, offset, &zv);
}

void smtp_prop_set_bool(zend_object *obj, uint32_t offset, bool value)
{
	zval zv;

	ZVAL_BOOL(&zv, value);
	smtp_prop_assign(obj, offset, &zv);
}

void smtp_prop_set_null(zend_object *obj, uint32_t offset)
{
	zval zv;

	ZVAL_NULL(&zv);
	smtp_prop_assign(obj, offset, &zv);
}

void smtp_prop_set_default(zend_class_entry *ce, const char *name, zval *value)
{
	zend_property_info *info = zend_hash_str_find_ptr(&ce->properties_info, name, strlen(name));
	zval *slot;

	ZEND_ASSERT(info);
	if (info->flags & ZEND_ACC_STATIC) {
		slot = &ce->default_static_members_table[info->offset];
	} else {
		slot = &ce->default_properties_table[OBJ_PROP_TO_NUM(info->offset)];
	}
	zval_internal_ptr_dtor(slot);
	ZVAL_COPY_VALUE(slot, value);
}

/* The persistent default arrays, freed at module shutdown. */
static HashTable *persistent_arrays[16];
static size_t persistent_count;

static HashTable *persistent_array(size_t count)
{
	HashTable *ht = pemalloc(sizeof(HashTable), 1);

	ZEND_ASSERT(persistent_count < sizeof(persistent_arrays) / sizeof(persistent_arrays[0]));
	zend_hash_init(ht, (uint32_t)count, NULL, NULL, 1);
	persistent_arrays[persistent_count++] = ht;
	return ht;
}

/* Marks ht immutable so that requests copy it on write and never touch its refcount. */
static void publish(zval *out, HashTable *ht)
{
	GC_SET_REFCOUNT(ht, 2);
	GC_ADD_FLAGS(ht, IS_ARRAY_IMMUTABLE | GC_NOT_COLLECTABLE);
	ZVAL_ARR(out, ht);
	Z_TYPE_FLAGS_P(out) = 0;
}

static void interned(zval *zv, const char *s)
{
	ZVAL_INTERNED_STR(zv, zend_string_init_interned(s, strlen(s), 1));
}

void smtp_persistent_map(zval *out, const char *const (*pairs)[2], size_t count)
{
	HashTable *ht = persistent_array(count);
	size_t i;

	for (i = 0; i < count; i++) {
		zval value;

		interned(&value, pairs[i][1]);
		zend_hash_update(ht, zend_string_init_interned(pairs[i][0], strlen(pairs[i][0]), 1), &value);
	}
	publish(out, ht);
}

void smtp_persistent_list(zval *out, const char *const *items, size_t count)
{
	HashTable *ht = persistent_array(count);
	size_t i;

	zend_hash_real_init_packed(ht);
	for (i = 0; i < count; i++) {
		zval value;

		interned(&value, items[i]);
		zend_hash_next_index_insert(ht, &value);
	}
	publish(out, ht);
}

void smtp_props_shutdown(void)
{
	while (persistent_count > 0) {
		HashTable *ht = persistent_arrays[--persistent_count];

		/* The values are interned strings: only the table itself is ours. */
		GC_DEL_FLAGS(ht, IS_ARRAY_IMMUTABLE);
		zend_hash_destroy(ht);
		pefree(ht, 1);
	}
}
