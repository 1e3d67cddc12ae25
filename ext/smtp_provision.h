/*
 * smtp_provision.h - making the PHPMailer class names exist.
 *
 * The engine classes live under Smtp\Engine. Code written for PHPMailer
 * asks for PHPMailer\PHPMailer\PHPMailer and its siblings, and gets them
 * in one of two ways, both declaring a one-line subclass of the engine
 * class under PHPMailer's name:
 *
 *   - when PHP compiles a stock PHPMailer source file (a require, an
 *     include, Composer), the compile hook (smtp_substitute.c) compiles
 *     the subclass instead of the file's text;
 *   - when nothing provides the class at all, the fallback autoloader
 *     declares it.
 *
 * smtp.classes=off turns both off: the extension then changes nothing for
 * existing code. The settings are PHP_INI_SYSTEM and part of opcache's
 * system id, so a cached script never outlives the setting it was
 * compiled under.
 */
#ifndef SMTP_PROVISION_H
#define SMTP_PROVISION_H

#include "php.h"

/* The file name the fallback's classes carry (they come from no PHP file). */
#define SMTP_FALLBACK_FILENAME "[smtp fallback]"

/* A PHPMailer generation: its API decides the engine base of each class. */
typedef enum smtp_api {
	SMTP_API_5 = 5,
	SMTP_API_6 = 6,
	SMTP_API_7 = 7
} smtp_api;

/* Where a source file says which version of PHPMailer it is. */
typedef enum smtp_version_member {
	SMTP_VERSION_NONE,      /* nowhere */
	SMTP_VERSION_CONST,     /* const VERSION = '6.x.y' (6.x, 7.x) */
	SMTP_VERSION_PROPERTY,  /* public $Version = '5.2.x' (5.2's PHPMailer) */
	SMTP_VERSION_BOTH       /* both, the property read (5.2's SMTP) */
} smtp_version_member;

/* A class (or interface) the extension can stand in for. */
typedef struct smtp_provided {
	const char *name;       /* "PHPMailer\\PHPMailer\\PHPMailer" */
	const char *file;       /* the source file that declares it: "PHPMailer.php" */
	bool is_interface;
	smtp_version_member version;
	const char *base[3];    /* the engine class for API 5, 6 and 7 (NULL: not provided) */
	const char *parent;     /* what the file's declaration extends, "" for nothing */
	const char *implements; /* what it implements, "" for nothing */
	const char *privates[3]; /* per API as base: the private members of the stock file, space-separated;
	                            the engine has their behaviour but not the members, which no subclass can see */
} smtp_provided;

/* Whether name is one of the private members of c's stock file of that API. */
bool smtp_provided_private(const smtp_provided *c, smtp_api api, const char *name, size_t len);

/* The engine class standing in for c under api, or NULL when there is none. */
zend_class_entry *smtp_provided_base(const smtp_provided *c, smtp_api api);

/* Fills out with the classes declared by a source file called basename (case-insensitive); returns how many. */
size_t smtp_provided_by_file(const char *basename, size_t len, const smtp_provided **out, size_t max);

/*
 * The PHP code that declares c as a subclass of its engine base (or an
 * interface extending it), guarded so that a second copy of PHPMailer on
 * the include path is a no-op instead of a fatal. version, when not NULL,
 * is redeclared as the class's VERSION (and/or $Version, as c's file has
 * it) so the class says what its file said.
 */
zend_string *smtp_provided_code(const smtp_provided *c, smtp_api api, const char *version, size_t version_len);

/* Whether provisioning is on (smtp.classes=auto). */
bool smtp_provision_enabled(void);

/* Notes a substitution for smtp_status() and phpinfo(), and logs it when asked to. */
void smtp_provision_record(zend_string *file, const smtp_provided *c, const char *version, size_t version_len,
	smtp_api api);

/* MINIT and MSHUTDOWN: the smtp.* settings, and the hooks when smtp.classes=auto. */
void smtp_provision_startup(int type, int module_number);
void smtp_provision_shutdown(int type, int module_number);
void smtp_provision_globals_dtor(void);
void smtp_provision_info(void);

/* The compile hook (smtp_substitute.c). */
void smtp_substitute_startup(void);
void smtp_substitute_shutdown(void);

#endif
