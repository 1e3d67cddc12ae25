/*
 * smtp_props.h - reading and writing the declared properties of the engine
 * objects.
 *
 * The engine keeps all of its state in the PHP properties PHPMailer
 * declares, so what a subclass writes into $this->to or $this->language is
 * what gets sent. Properties are addressed by slot: the offset is resolved
 * once from the engine class, and subclasses (which may redeclare a
 * property, as Joomla does with $CharSet) keep the parent's slot.
 */
#ifndef SMTP_PROPS_H
#define SMTP_PROPS_H

#include "php.h"

/* The instance properties of PHPMailer, in the order of its class. */
#define MAILER_PROPS(X) \
	X(Priority) X(CharSet) X(ContentType) X(Encoding) X(ErrorInfo) X(From) X(FromName) \
	X(Sender) X(Subject) X(Body) X(AltBody) X(Ical) X(MIMEBody) X(MIMEHeader) X(mailHeader) \
	X(WordWrap) X(Mailer) X(Sendmail) X(UseSendmailOptions) X(ConfirmReadingTo) X(Hostname) \
	X(MessageID) X(MessageDate) X(Host) X(Port) X(Helo) X(SMTPSecure) X(SMTPAutoTLS) \
	X(SMTPAuth) X(SMTPOptions) X(Username) X(Password) X(AuthType) X(SMTPXClient) X(oauth) \
	X(Timeout) X(dsn) X(SMTPDebug) X(Debugoutput) X(SMTPKeepAlive) X(SingleTo) X(SingleToArray) \
	X(do_verp) X(AllowEmpty) X(DKIM_selector) X(DKIM_identity) X(DKIM_passphrase) X(DKIM_domain) \
	X(DKIM_copyHeaderFields) X(DKIM_extraHeaders) X(DKIM_private) X(DKIM_private_string) \
	X(action_function) X(XMailer) X(smtp) X(to) X(cc) X(bcc) X(ReplyTo) X(all_recipients) \
	X(RecipientsQueue) X(ReplyToQueue) X(attachment) X(CustomHeader) X(lastMessageID) \
	X(message_type) X(boundary) X(error_count) X(sign_cert_file) X(sign_key_file) \
	X(sign_extracerts_file) X(sign_key_pass) X(exceptions) X(uniqueid) X(UseSMTPUTF8)

/* The instance properties of SMTP. */
#define CLIENT_PROPS(X) \
	X(do_debug) X(Debugoutput) X(do_verp) X(do_smtputf8) X(Timeout) X(Timelimit) \
	X(smtp_transaction_id_patterns) X(last_smtp_transaction_id) X(smtp_conn) X(error) \
	X(helo_rply) X(server_caps) X(last_reply)

#define SMTP_PROP_ENUM(name) MP_##name,
typedef enum { MAILER_PROPS(SMTP_PROP_ENUM) MP__COUNT } mailer_prop;
#undef SMTP_PROP_ENUM
#define SMTP_PROP_ENUM(name) CP_##name,
typedef enum { CLIENT_PROPS(SMTP_PROP_ENUM) CP__COUNT } client_prop;
#undef SMTP_PROP_ENUM

extern uint32_t smtp_mailer_prop_offsets[MP__COUNT];
extern uint32_t smtp_client_prop_offsets[CP__COUNT];

/* Resolves the slots; called from MINIT once the classes are registered. */
void smtp_props_init(zend_class_entry *mailer_ce, zend_class_entry *client_ce);

/* An undefined slot: a streamed $MIMEBody is rendered now (mailer_stream.h), anything else reads as null. */
zval *smtp_prop_get_undef(zend_object *obj, uint32_t offset);

/* The value in a slot, dereferenced; an unset property reads as null. */
static zend_always_inline zval *smtp_prop_get(zend_object *obj, uint32_t offset)
{
	zval *zv = OBJ_PROP(obj, offset);

	if (UNEXPECTED(Z_TYPE_P(zv) == IS_UNDEF)) {
		return smtp_prop_get_undef(obj, offset);
	}
	ZVAL_DEREF(zv);
	return zv;
}

#define MPROP(obj, name) smtp_prop_get((obj), smtp_mailer_prop_offsets[MP_##name])
#define CPROP(obj, name) smtp_prop_get((obj), smtp_client_prop_offsets[CP_##name])

/*
 * Assigns value (whose reference is taken over) to a slot, through a PHP
 * reference if the property is one, as `$this->x = $value` would.
 */
void smtp_prop_assign(zend_object *obj, uint32_t offset, zval *value);

/* A slot's array, separated for writing; the property becomes [] if it was not an array. */
HashTable *smtp_prop_array_for_write(zend_object *obj, uint32_t offset);

#define MPROP_SET(obj, name, zv) smtp_prop_assign((obj), smtp_mailer_prop_offsets[MP_##name], (zv))
#define CPROP_SET(obj, name, zv) smtp_prop_assign((obj), smtp_client_prop_offsets[CP_##name], (zv))
#define MPROP_ARRAY(obj, name) smtp_prop_array_for_write((obj), smtp_mailer_prop_offsets[MP_##name])
#define CPROP_ARRAY(obj, name) smtp_prop_array_for_write((obj), smtp_client_prop_offsets[CP_##name])

void smtp_prop_set_str(zend_object *obj, uint32_t offset, const char *str, size_t len);
void smtp_prop_set_zstr(zend_object *obj, uint32_t offset, zend_string *str);
void smtp_prop_set_long(zend_object *obj, uint32_t offset, zend_long value);
void smtp_prop_set_bool(zend_object *obj, uint32_t offset, bool value);
void smtp_prop_set_null(zend_object *obj, uint32_t offset);

#define MPROP_SET_STR(obj, name, s, l) smtp_prop_set_str((obj), smtp_mailer_prop_offsets[MP_##name], (s), (l))
#define MPROP_SET_LITERAL(obj, name, lit) MPROP_SET_STR(obj, name, lit, sizeof(lit) - 1)
#define MPROP_SET_ZSTR(obj, name, s) smtp_prop_set_zstr((obj), smtp_mailer_prop_offsets[MP_##name], (s))
#define MPROP_SET_LONG(obj, name, v) smtp_prop_set_long((obj), smtp_mailer_prop_offsets[MP_##name], (v))
#define MPROP_SET_BOOL(obj, name, v) smtp_prop_set_bool((obj), smtp_mailer_prop_offsets[MP_##name], (v))
#define CPROP_SET_STR(obj, name, s, l) smtp_prop_set_str((obj), smtp_client_prop_offsets[CP_##name], (s), (l))
#define CPROP_SET_LITERAL(obj, name, lit) CPROP_SET_STR(obj, name, lit, sizeof(lit) - 1)
#define CPROP_SET_ZSTR(obj, name, s) smtp_prop_set_zstr((obj), smtp_client_prop_offsets[CP_##name], (s))
#define CPROP_SET_LONG(obj, name, v) smtp_prop_set_long((obj), smtp_client_prop_offsets[CP_##name], (v))
#define CPROP_SET_BOOL(obj, name, v) smtp_prop_set_bool((obj), smtp_client_prop_offsets[CP_##name], (v))
#define CPROP_SET_NULL(obj, name) smtp_prop_set_null((obj), smtp_client_prop_offsets[CP_##name])

/* PHP's truthiness and string conversion of a property, as PHPMailer's code sees it. */
#define MPROP_TRUE(obj, name) zend_is_true(MPROP(obj, name))
#define CPROP_TRUE(obj, name) zend_is_true(CPROP(obj, name))

/*
 * zend_read_static_property_ex(ce, name, true) for a public or protected
 * static property: the slot itself when the class's statics are set up,
 * else PHP's own look-up (which sets them up). name must be interned.
 */
zval *smtp_static_prop(zend_class_entry *ce, zend_string *name);

/*
 * Replaces the default value of a declared property of an internal class
 * (gen_stub.php cannot express non-empty array defaults or strings with
 * line breaks). value must be persistent and immutable.
 */
void smtp_prop_set_default(zend_class_entry *ce, const char *name, zval *value);

/*
 * Immutable persistent arrays of strings for such defaults: a map of
 * key/value pairs, or a list. They live until smtp_props_shutdown().
 */
void smtp_persistent_map(zval *out, const char *const (*pairs)[2], size_t count);
void smtp_persistent_list(zval *out, const char *const *items, size_t count);
void smtp_props_shutdown(void);

#endif
