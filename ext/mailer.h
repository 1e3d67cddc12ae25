/*
 * mailer.h - what the files of the PHPMailer engine class share.
 *
 * The class is split by concern: mailer.c (life cycle, errors, debug,
 * settings), mailer_lang.c (language tables), mailer_address.c,
 * mailer_attach.c, mailer_mime.c (headers and encoders), mailer_body.c
 * (createBody), mailer_html.c (msgHTML), mailer_send.c (send, preSend,
 * postSend), mailer_smtp.c and mailer_local.c (the transports),
 * mailer_dkim.c and mailer_smime.c (signing), and mailer_static.c (static
 * helpers). Each implements the PHP_METHODs of
 * php_src/mailer_arginfo.h for its concern and the C functions below.
 */
#ifndef MAILER_H
#define MAILER_H

#include "php.h"
#include "ext/standard/php_string.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"

#include "php_smtp.h"
#include "smtp_call.h"
#include "smtp_props.h"

#include "core/mime_encode.h"
#include "core/mime_header.h"

#define THIS_OBJ Z_OBJ_P(ZEND_THIS)

/* PHPMailer::STOP_* exception codes. */
enum { STOP_MESSAGE = 0, STOP_CONTINUE = 1, STOP_CRITICAL = 2 };

/*
 * The one question where PHPMailer 6.x and 7.x differ: whether a class has
 * the 7.x API and behaviour (Smtp\Engine\PHPMailer7 is among its ancestors).
 * Everything 7.x does differently asks it; mailer7.c holds what is 7.x only.
 */
static inline bool mailer_is_v7(zend_class_entry *ce)
{
	return instanceof_function(ce, smtp_ce_phpmailer7);
}

/* {{{ mailer.c */

/* $this->exceptions */
static inline bool mailer_exceptions(zend_object *obj)
{
	return zend_is_true(MPROP(obj, exceptions));
}

/* $this->setError($msg), through an override if there is one. */
void mailer_set_error(zend_object *obj, zend_string *msg);

/* $this->edebug($str), likewise. */
void mailer_debug(zend_object *obj, zend_string *str);

/*
 * PHPMailer's most common error path: setError($msg), edebug($msg), and
 * `throw new Exception($msg, $code)` when exceptions are on. Returns false
 * for `return false;`.
 */
bool mailer_fail(zend_object *obj, zend_string *msg, zend_long code);

/* lang($key) . $suffix as a new string. */
zend_string *mailer_lang_concat(zend_object *obj, const char *key, const char *suffix, size_t suffix_len);

/*
 * The line ending obj writes: static::$LE of its class (6.x, 7.x), or its
 * own $this->LE (5.2). The _ce form is static::$LE of a class, for static
 * methods (CRLF for a 5.2 class).
 */
zend_string *mailer_le_str(zend_object *obj);
zend_string *mailer_le_str_ce(zend_class_entry *ce);
mime_le mailer_le(zend_object *obj);
void mailer_set_le(zend_class_entry *ce, const char *le);

/*
 * The class PHPMailer's own code would call "self": the PHPMailer-named
 * class (a user class extending the engine), or the engine class itself.
 */
zend_class_entry *mailer_source_class(zend_class_entry *ce);

/* self::VERSION: the version of the PHPMailer source the class stands for. */
zend_string *mailer_version(zend_class_entry *ce);

/* True when the message goes through PHP's mail(). */
bool mailer_is_mail_transport(zend_object *obj);

/* }}} */

/* {{{ mailer_lang.c */

/*
 * The message for key as PHPMailer's code asks for it: 6.x `$this->lang($key)`,
 * through an override if there is one; 7.x `self::lang($key)`, never an override.
 */
zend_string *mailer_lang(zend_object *obj, const char *key);

/* 7.x's self::lang($key) from a static method of class ce. */
zend_string *mailer_lang_class(zend_class_entry *ce, const char *key);

/*
 * The default language directory: "language/" in the directory up levels
 * above the PHPMailer source file the class came from ('' when it came from
 * none: the fallback autoloader declared it).
 */
zend_string *mailer_language_dir(zend_class_entry *ce, int up);

/* code (taken over), or the new code a table of [old, new] language codes renames it to. */
zend_string *mailer_lang_rename(zend_string *code, const char *const (*renamed)[2], size_t n);

/* }}} */

/* {{{ mailer_mime.c */

/* The header encoding settings of obj: CharSet, Mailer, UseSMTPUTF8, $LE. */
typedef struct mailer_header_ctx {
	mime_charset charset;
	mime_header_opts opts;
	mime_header_hooks hooks;   /* opts.hooks points here when a helper is overridden */
	zend_string *charset_name;
} mailer_header_ctx;

void mailer_header_ctx_init(mailer_header_ctx *ctx, zend_object *obj);

/*
 * For the core writers' hooks: appends the string $obj->lcname(...args)
 * (static::lcname() when is_static) gives to out; and a bool method's
 * answer as 1 or 0. Both release the args; false and -1 when the call threw.
 */
bool mailer_call_into(smtp_buf *out, zend_object *obj, bool is_static, const char *lcname, size_t lclen,
	uint32_t argc, zval *args);
int mailer_call_predicate(zend_object *obj, bool is_static, const char *lcname, size_t lclen, uint32_t argc,
	zval *args);
void mailer_header_ctx_free(mailer_header_ctx *ctx);

/* $this->encodeHeader($str, $position), through an override if there is one. */
zend_string *mailer_encode_header(zend_object *obj, zend_string *str, mime_position pos);

/* $this->secureHeader($str). */
zend_string *mailer_secure_header(zend_string *str);

/* $this->secureHeader(), textLine(), headerLine(), has8bitChars() on obj (see mailer_call_normalize_breaks()). */
zend_string *mailer_call_secure_header(zend_object *obj, zend_string *str);
zend_string *mailer_call_text_line(zend_object *obj, zend_string *value);
zend_string *mailer_call_header_line(zend_object *obj, const char *name, size_t name_len, zend_string *value);
bool mailer_call_has_8bit(zend_object *obj, const char *s, size_t len);

/*
 * str as PHPMailer writes it into a header, unless it holds a CR or LF:
 * then secureHeader()'d. For the values PHPMailer does not secure
 * (CharSet, ContentType, MessageDate, Priority, XMailer, an attachment's
 * type and disposition), so that none can add a header line.
 */
zend_string *mailer_unbroken(zend_string *str);
zend_string *mailer_unbroken_zval(zval *zv);

/* $this->createBody() / $this->createHeader(), through overrides. */
zend_string *mailer_create_body(zend_object *obj);
zend_string *mailer_create_header(zend_object *obj);

/* Some attachment has exactly this disposition ([6]). */
bool mailer_has_disposition(zend_object *obj, const char *disposition);

/* $this->setMessageType() and $this->alternativeExists(), through overrides if there are any. */
void mailer_set_message_type(zend_object *obj);
bool mailer_alternative_exists(zend_object *obj);

/* $this->serverHostname(), through an override. */
zend_string *mailer_server_hostname(zend_object *obj);

/* $this->addrFormat($addr) for [address, name]. */
zend_string *mailer_addr_format(zend_object *obj, zval *pair);

/* }}} */

/* {{{ mailer_address.c */

/* The invalid_address error: label " (kind): " address, binary-safe. */
zend_string *mailer_invalid_address_message(zend_string *label, const char *middle, zend_string *address);

/*
 * What settles validateAddress() before a pattern is chosen: selected gets
 * $patternselect (pattern, or static::$validator of called when it is null);
 * a callable one (a callable string only with callable_strings, as in 5.2)
 * gives *valid, and an address with a CR or LF is invalid. True when settled
 * (selected released); else selected is the caller's to release.
 */
bool mailer_validator_settles(zend_class_entry *called, zend_string *address, zval *pattern, bool callable_strings,
	zval *selected, bool *valid);

/* switch ($patternselect): PHP's loose comparison of pattern against a case name. */
bool mailer_validator_selects(zval *pattern, const char *name);

/* static::validateAddress($address) with the called class's validator. */
bool mailer_validate_address(zend_class_entry *called, zend_string *address, zval *pattern);

/* $this->punyencodeAddress($address), through an override if there is one. */
zend_string *mailer_punyencode(zend_object *obj, zend_string *address);

/* $this->addAnAddress($kind, $address, $name), through an override. */
bool mailer_add_an_address(zend_object *obj, zval *params);

/* True when some address in the list (strings or [address, ...] entries) has an 8-bit local part. */
bool mailer_any_unicode_local_part(zval *addresses);
bool mailer_has_unicode_local_part(zend_string *address);

/* The [name => ..., address => ...] entries parseAddresses() returns. */
void mailer_add_parsed(zval *list, zend_string *name, zend_string *address);

/* parseAddresses() through imap_rfc822_parse_adrlist(); names decoded as 6.x or (v7) as 7.x does. */
void mailer_parse_with_imap(zend_class_entry *called, zend_string *addrstr, zval *charset, zval *list, bool v7);

/*
 * mb_decode_mimeheader($value) with mb_internal_encoding($charset) around
 * it, after undoing RFC 2047's underscores for spaces: always (6.x), or
 * before PHP 8.3 only, which decodes them itself (7.x). NULL when an
 * exception is pending (mb_internal_encoding() refuses an unknown charset).
 */
zend_string *mailer_mb_decode_mimeheader(zend_string *value, zval *charset, bool v7);

/* static::validateAddress($address) of class called, through an override of it. */
bool mailer_validate_static(zend_class_entry *called, zend_string *address);

/* }}} */

/* {{{ mailer7.c: PHPMailer 7.x only */

/* parseSendmailPath(): path without its -i, -oi, -t and -f options; a -f address becomes Sender. */
zend_string *mailer7_sendmail_path(zend_object *obj, const char *path, size_t len);

/* sanitiseDate(): the Date header for a MessageDate (DateTimeInterface or string); now when unusable. */
zend_string *mailer7_message_date(zval *date);

/* createBody()'s and getMailMIME()'s check of $Encoding: throws "Unknown encoding: x" and returns false. */
bool mailer7_check_encoding(zend_object *obj);

/* The domain of msgHTML()'s content ids: the From domain when From is valid, else "phpmailer.0". */
zend_string *mailer7_cid_domain(zend_object *obj);

/* static::decodeHeader($value, $charset) of class called, through an override of it. */
zend_string *mailer7_decode_header(zend_class_entry *called, zend_string *value, zval *charset);

/* }}} */

/* {{{ mailer_attach.c */

/*
 * Appends [source, filename, name, encoding, type, is_string, disposition,
 * cid] to $attachment: filename is taken over, the zvals are copied, and a
 * NULL cid is stored as 0 (a string attachment's).
 */
void mailer_append_attachment(zend_object *obj, zval *source, zend_string *filename, zval *name, zval *encoding,
	zval *type, bool is_string, zval *disposition, zval *cid);

/* $this->validateEncoding($encoding), through an override: one of PHPMailer's five names (7.x: in any case). */
bool mailer_valid_encoding(zend_object *obj, zval *encoding);

/* }}} */

/* {{{ mailer_static.c */

/* PHPMailer::isValidHost(); and static::isValidHost() of scope, through an override if there is one. */
bool mailer_is_valid_host(zval *host);
bool mailer_host_is_valid(zend_class_entry *scope, zval *host);

/*
 * PHPMailer::isPermittedPath(); and static::fileIsAccessible() of scope
 * (which asks static::isPermittedPath()), through overrides if there are any.
 */
bool mailer_is_permitted_path(zend_string *path);
bool mailer_file_is_accessible(zend_class_entry *scope, zend_string *path);

/* PHPMailer::isShellSafe(). */
bool mailer_is_shell_safe(zend_string *str);
zend_string *mailer_escape_shell_cmd(zend_string *str);

/* _mime_types($ext): the MIME type of a file name extension, from 6.x's table or (v5) 5.2's shorter one. */
zend_string *mailer_mime_type_of(zend_string *ext, bool v5);

/* PHPMailer::rfcDate(). */
zend_string *mailer_rfc_date(void);

/* PHPMailer::normalizeBreaks(). */
zend_string *mailer_normalize_breaks(zend_string *text, mime_le le);

/* rtrim($text, " \r\n\t"): PHPMailer::stripTrailingWSP(). */
zend_string *mailer_strip_trailing_wsp(zend_string *text);

/*
 * static::normalizeBreaks($text) and static::stripTrailingWSP($text) as
 * PHPMailer 6.x calls them on obj: through an override in a PHP subclass
 * when there is one. The mailer_call_* functions all work so.
 */
zend_string *mailer_call_normalize_breaks(zend_object *obj, zend_string *text);
zend_string *mailer_call_strip_trailing_wsp(zend_object *obj, zend_string *text);

/*
 * static::filenameToType($filename) and (string) static::mb_pathinfo($path,
 * $option) for PATHINFO_BASENAME or PATHINFO_EXTENSION, of the class scope
 * (late static binding, as PHPMailer calls them): through overrides when a
 * subclass has them.
 */
zend_string *mailer_filename_to_type(zend_class_entry *scope, zend_string *filename);
zend_string *mailer_path_part(zend_class_entry *scope, zend_string *path, zend_long option);

/* }}} */

/* {{{ mailer_send.c */

/* $this->doCallback($isSent, $to, $cc, $bcc, $Subject, $body, $From, $extra). */
void mailer_do_callback(zend_object *obj, bool sent, zval *to, zval *cc, zval *bcc, zval *body, zval *extra);

/* doCallback()'s body: $this->action_function(...args) when it is callable. */
void mailer_call_action_function(zend_object *obj, uint32_t argc, zval *args);

/*
 * mailSend(), sendmailSend() and smtpSend($header, $body): the arguments
 * parsed, then send's answer returned (thrown when an exception is pending).
 */
typedef bool (*mailer_transport)(zend_object *obj, zend_string *header, zend_string *body);
void mailer_transport_method(INTERNAL_FUNCTION_PARAMETERS, mailer_transport send);

/* }}} */

/* {{{ mailer_smtp.c */

/*
 * $this->smtp->method(...argv) through dispatch (the object may be a user's
 * SMTP class), for at most two arguments; ret may be NULL. False when the
 * call threw. _test: a bool method's answer; _test_n: any number of arguments.
 */
bool mailer_smtp_do(zend_object *obj, const char *method, zval *ret, uint32_t argc, zval *argv);
bool mailer_smtp_test(zend_object *obj, const char *method, uint32_t argc, zval *argv);
bool mailer_smtp_test_n(zend_object *obj, const char *method, uint32_t argc, zval *argv);

/* One entry of Host: its scheme ("ssl", "tls" or ""), host, and port digits (or NULL). */
typedef struct mailer_host_entry {
	zend_string *scheme;
	zend_string *host;
	zend_string *port;
} mailer_host_entry;

void mailer_host_entry_free(mailer_host_entry *e);

/*
 * One host of smtpConnect(): connect, EHLO, STARTTLS when asked or offered,
 * AUTH with Username, Password, AuthType and extra_n (at most 2) more
 * arguments (6.x: oauth; 5.2: Realm, Workstation). False when it fails,
 * *connected telling whether it got as far as connecting; exceptions are
 * PHPMailer's. A 5.2 object is never pooled, tries STARTTLS on localhost
 * too, and words a STARTTLS failure without the SMTP error.
 */
bool mailer_smtp_connect_host(zend_object *obj, mailer_host_entry *e, zval *options, uint32_t extra_n,
	zval **auth_extra, bool *connected);

/*
 * After a host failed once connected: its PHPMailer exception caught into
 * *last (releasing the one before), written to the debug output, and QUIT
 * sent. False when the pending exception is not PHPMailer's: it propagates.
 */
bool mailer_smtp_host_failed(zend_object *obj, zend_object **last);

/* $this->smtpClose(). */
void mailer_smtp_close(zend_object *obj);

/*
 * The engine's smtpSend($header, $this->MIMEBody), with the body taken from
 * the object as it is held (streamed from files when it is: mailer_stream.h).
 * Throws PHPMailer exceptions as smtpSend() does.
 */
bool mailer_smtp_send(zend_object *obj, zend_string *header);

/* }}} */

#endif
