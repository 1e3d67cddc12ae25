/*
 * mailer_static.c - PHPMailer's static helpers: line endings, dates, host
 * names, paths and MIME types.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/standard/exec.h"
#include "ext/date/php_date.h"
#include "ext/standard/php_string.h"
#include "main/fopen_wrappers.h"
#include "zend_attributes.h"

#include "mailer.h"

/* {{{ line endings */

/* str_replace(["\r\n", "\r"], "\n", $text), then "\n" to breaktype. */
static zend_string *normalize_breaks(zend_string *text, const char *breaktype, size_t break_len)
{
	const char *p = ZSTR_VAL(text), *end = p + ZSTR_LEN(text);
	smart_str out = {0};

	smart_str_alloc(&out, ZSTR_LEN(text), 0);
	while (p < end) {
		const char *stop = p;

		while (stop < end && *stop != '\r' && *stop != '\n') {
			stop++;
		}
		smart_str_appendl(&out, p, stop - p);
		if (stop == end) {
			break;
		}
		smart_str_appendl(&out, breaktype, break_len);
		p = stop + (stop[0] == '\r' && stop + 1 < end && stop[1] == '\n' ? 2 : 1);
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

zend_string *mailer_normalize_breaks(zend_string *text, mime_le le)
{
	return normalize_breaks(text, le.s, le.len);
}

zend_string *mailer_call_normalize_breaks(zend_object *obj, zend_string *text)
{
	zval arg;

	if (SMTP_USER_OVERRIDES(obj, "normalizebreaks")) {
		ZVAL_STR(&arg, text);
		return SMTP_CALL_STATIC_STR(obj->ce, "normalizebreaks", 1, &arg);
	}
	return mailer_normalize_breaks(text, mailer_le(obj));
}

PHP_METHOD(Smtp_Engine_MailerBase, normalizeBreaks)
{
	zend_string *text, *breaktype = NULL, *le;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(text)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(breaktype)
	ZEND_PARSE_PARAMETERS_END();

	le = breaktype ? zend_string_copy(breaktype) : mailer_le_str_ce(zend_get_called_scope(execute_data));
	RETVAL_STR(normalize_breaks(text, ZSTR_VAL(le), ZSTR_LEN(le)));
	zend_string_release(le);
}

zend_string *mailer_strip_trailing_wsp(zend_string *text)
{
	return php_trim(text, " \r\n\t", 4, 2);
}

zend_string *mailer_call_strip_trailing_wsp(zend_object *obj, zend_string *text)
{
	zval arg;

	if (SMTP_USER_OVERRIDES(obj, "striptrailingwsp")) {
		ZVAL_STR(&arg, text);
		return SMTP_CALL_STATIC_STR(obj->ce, "striptrailingwsp", 1, &arg);
	}
	return mailer_strip_trailing_wsp(text);
}

PHP_METHOD(Smtp_Engine_MailerBase, stripTrailingWSP)
{
	zend_string *text;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(text)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(mailer_strip_trailing_wsp(text));
}

PHP_METHOD(Smtp_Engine_MailerBase, stripTrailingBreaks)
{
	zend_string *text;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(text)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(php_trim(text, "\r\n", 2, 2));
}

PHP_METHOD(Smtp_Engine_MailerBase, getLE)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(mailer_le_str_ce(zend_get_called_scope(execute_data)));
}

PHP_METHOD(Smtp_Engine_MailerBase, setLE)
{
	zend_string *le;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(le)
	ZEND_PARSE_PARAMETERS_END();

	mailer_set_le(zend_get_called_scope(execute_data), ZSTR_VAL(le));
}

PHP_METHOD(Smtp_Engine_MailerBase, hasLineLongerThanMax)
{
	zend_string *str, *le;
	mime_le ending;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(str)
	ZEND_PARSE_PARAMETERS_END();

	le = mailer_le_str_ce(zend_get_called_scope(execute_data));
	ending.s = ZSTR_VAL(le);
	ending.len = ZSTR_LEN(le);
	RETVAL_BOOL(mime_has_line_longer_than_max(ZSTR_VAL(str), ZSTR_LEN(str), ending));
	zend_string_release(le);
}

/* }}} */

/* {{{ dates and hosts */

/*
 * date('D, j M Y H:i:s O'). Every message asks for it, mostly within the
 * same second: the last one is kept, for its second and time zone (a
 * zone's timelib_tzinfo stays for the request; RINIT forgets the date).
 */
zend_string *mailer_rfc_date(void)
{
	static const char format[] = "D, j M Y H:i:s O";
	time_t now = (time_t)php_time();
	timelib_tzinfo *zone = get_timezone_info();
	zend_string *date;

	if (zone && zone == SMTP_G(rfc_date_zone) && (zend_long)now == SMTP_G(rfc_date_time)) {
		return zend_string_init(SMTP_G(rfc_date), SMTP_G(rfc_date_len), 0);
	}
	date = php_format_date(format, sizeof(format) - 1, now, 1);
	if (zone && ZSTR_LEN(date) < sizeof(SMTP_G(rfc_date))) {
		memcpy(SMTP_G(rfc_date), ZSTR_VAL(date), ZSTR_LEN(date));
		SMTP_G(rfc_date_len) = ZSTR_LEN(date);
		SMTP_G(rfc_date_time) = (zend_long)now;
		SMTP_G(rfc_date_zone) = zone;
	}
	return date;
}

PHP_METHOD(Smtp_Engine_MailerBase, rfcDate)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(mailer_rfc_date());
}

/* '/^([a-zA-Z\d.-]*|\[[a-fA-F\d:]+\])$/', where $ also matches before a final "\n". */
static bool host_shaped(const char *s, size_t len)
{
	size_t i;

	if (len && s[len - 1] == '\n') {
		len--;
	}
	if (len >= 3 && s[0] == '[' && s[len - 1] == ']') {
		for (i = 1; i < len - 1; i++) {
			if (!isxdigit((unsigned char)s[i]) && s[i] != ':') {
				return false;
			}
		}
		return true;
	}
	for (i = 0; i < len; i++) {
		if (!isalnum((unsigned char)s[i]) && s[i] != '.' && s[i] != '-') {
			return false;
		}
	}
	return true;
}

static bool is_valid_host(zend_string *host)
{
	zend_string *probe;
	const char *s;
	size_t len, i;
	bool digits_and_dots = true, ok;

	s = ZSTR_VAL(host);
	len = ZSTR_LEN(host);
	if (len > 256 || !host_shaped(s, len)) {
		return false;
	}
	if (len > 2 && s[0] == '[' && s[len - 1] == ']') {
		probe = zend_string_init(s + 1, len - 2, 0);
		ok = smtp_filter_var(probe, "FILTER_VALIDATE_IP", "FILTER_FLAG_IPV6");
		zend_string_release(probe);
		return ok;
	}
	/* is_numeric(str_replace('.', '', $host)) */
	{
		smart_str stripped = {0};
		zval num;

		for (i = 0; i < len; i++) {
			if (s[i] != '.') {
				smart_str_appendc(&stripped, s[i]);
			}
		}
		smart_str_0(&stripped);
		ZVAL_STR(&num, stripped.s ? stripped.s : ZSTR_EMPTY_ALLOC());
		digits_and_dots = is_numeric_string(Z_STRVAL(num), Z_STRLEN(num), NULL, NULL, 0) != 0;
		zval_ptr_dtor(&num);
	}
	if (digits_and_dots) {
		return smtp_filter_var(host, "FILTER_VALIDATE_IP", "FILTER_FLAG_IPV4");
	}
	probe = zend_strpprintf(0, "http://%s", s);
	ok = smtp_filter_var(probe, "FILTER_VALIDATE_URL", NULL);
	zend_string_release(probe);
	return ok;
}

/*
 * isValidHost(): a pure function of the string, asked with the same
 * Hostname for every message; the last verdict is kept (filter_var() is
 * most of the cost).
 */
bool mailer_is_valid_host(zval *zhost)
{
	zend_string *host;
	bool ok;

	if (Z_TYPE_P(zhost) != IS_STRING || !zend_is_true(zhost)) {
		return false;
	}
	host = Z_STR_P(zhost);
	if (ZSTR_LEN(host) > 256) {
		return false;
	}
	if (SMTP_G(valid_host_known) && ZSTR_LEN(host) == SMTP_G(valid_host_len)
		&& memcmp(ZSTR_VAL(host), SMTP_G(valid_host), ZSTR_LEN(host)) == 0) {
		return SMTP_G(valid_host_ok);
	}
	ok = is_valid_host(host);
	if (EG(exception)) {
		return ok;
	}
	memcpy(SMTP_G(valid_host), ZSTR_VAL(host), ZSTR_LEN(host));
	SMTP_G(valid_host_len) = ZSTR_LEN(host);
	SMTP_G(valid_host_ok) = ok;
	SMTP_G(valid_host_known) = true;
	return ok;
}

bool mailer_host_is_valid(zend_class_entry *scope, zval *host)
{
	if (SMTP_CE_OVERRIDES(scope, "isvalidhost")) {
		return SMTP_CALL_STATIC_BOOL(scope, "isvalidhost", 1, host);
	}
	return mailer_is_valid_host(host);
}

PHP_METHOD(Smtp_Engine_MailerBase, isValidHost)
{
	zval *host;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(host)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(mailer_is_valid_host(host));
}

/* }}} */

/* {{{ paths */

/* '#^[a-z][a-z\d+.-]*://#i': a stream wrapper (phar://, http://, ...) is never a permitted path. */
bool mailer_is_permitted_path(zend_string *path)
{
	const char *s = ZSTR_VAL(path);
	size_t i, len = ZSTR_LEN(path);

	if (len == 0 || !isalpha((unsigned char)s[0])) {
		return true;
	}
	for (i = 1; i < len && (isalnum((unsigned char)s[i]) || s[i] == '+' || s[i] == '.' || s[i] == '-'); i++) {
	}
	return !(len - i >= 3 && memcmp(s + i, "://", 3) == 0);
}

PHP_METHOD(Smtp_Engine_MailerBase, isPermittedPath)
{
	zend_string *path;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(path)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(mailer_is_permitted_path(path));
}

/*
 * fileIsAccessible() of the class scope: a path its static::isPermittedPath()
 * permits, to a regular file that can be read (UNC paths are not asked to be
 * readable).
 */
static bool file_is_accessible(zend_class_entry *scope, zend_string *path)
{
	zend_stat_t st;
	zval arg;
	bool permitted;

	if (SMTP_CE_OVERRIDES(scope, "ispermittedpath")) {
		ZVAL_STR(&arg, path);
		permitted = SMTP_CALL_STATIC_BOOL(scope, "ispermittedpath", 1, &arg);
	} else {
		permitted = mailer_is_permitted_path(path);
	}
	if (!permitted || ZSTR_LEN(path) == 0 || strlen(ZSTR_VAL(path)) != ZSTR_LEN(path)
		|| php_check_open_basedir_ex(ZSTR_VAL(path), 0)) {
		return false;
	}
	if (VCWD_STAT(ZSTR_VAL(path), &st) != 0 || !S_ISREG(st.st_mode)) {
		return false;
	}
	if (ZSTR_LEN(path) >= 2 && ZSTR_VAL(path)[0] == '\\' && ZSTR_VAL(path)[1] == '\\') {
		return true;
	}
	return VCWD_ACCESS(ZSTR_VAL(path), R_OK) == 0;
}

bool mailer_file_is_accessible(zend_class_entry *scope, zend_string *path)
{
	zval arg;

	if (SMTP_CE_OVERRIDES(scope, "fileisaccessible")) {
		ZVAL_STR(&arg, path);
		return SMTP_CALL_STATIC_BOOL(scope, "fileisaccessible", 1, &arg);
	}
	return file_is_accessible(scope, path);
}

PHP_METHOD(Smtp_Engine_MailerBase, fileIsAccessible)
{
	zend_string *path;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(path)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(file_is_accessible(zend_get_called_scope(execute_data), path));
}

/* escapeshellcmd() and escapeshellarg(): PHP 8.3 passes them zend_strings. */
zend_string *mailer_escape_shell_cmd(zend_string *str)
{
#if PHP_VERSION_ID >= 80300
	return php_escape_shell_cmd(str);
#else
	return php_escape_shell_cmd(ZSTR_VAL(str));
#endif
}

static zend_string *escape_shell_arg(zend_string *str)
{
#if PHP_VERSION_ID >= 80300
	return php_escape_shell_arg(str);
#else
	return php_escape_shell_arg(ZSTR_VAL(str));
#endif
}

/*
 * isShellSafe(): false when the host disabled escapeshellarg() or
 * escapeshellcmd(), or when either would change the string, or when a byte
 * is neither alphanumeric in the current locale (isalnum(), as ctype_alnum())
 * nor one of "@_-.".
 */
bool mailer_is_shell_safe(zend_string *str)
{
	zend_string *cmd, *arg;
	bool same;
	size_t i;

	if (!zend_hash_str_exists(EG(function_table), "escapeshellarg", sizeof("escapeshellarg") - 1)
		|| !zend_hash_str_exists(EG(function_table), "escapeshellcmd", sizeof("escapeshellcmd") - 1)) {
		return false;
	}
	cmd = mailer_escape_shell_cmd(str);
	arg = escape_shell_arg(str);
	same = zend_string_equals(cmd, str) && ZSTR_LEN(arg) == ZSTR_LEN(str) + 2
		&& (ZSTR_VAL(arg)[0] == '\'' || ZSTR_VAL(arg)[0] == '"') && ZSTR_VAL(arg)[ZSTR_LEN(arg) - 1] == ZSTR_VAL(arg)[0]
		&& memcmp(ZSTR_VAL(arg) + 1, ZSTR_VAL(str), ZSTR_LEN(str)) == 0;
	zend_string_release(cmd);
	zend_string_release(arg);
	if (!same) {
		return false;
	}
	for (i = 0; i < ZSTR_LEN(str); i++) {
		unsigned char c = (unsigned char)ZSTR_VAL(str)[i];

		if (!isalnum(c) && !memchr("@_-.", c, 4)) {
			return false;
		}
	}
	return true;
}

PHP_METHOD(Smtp_Engine_MailerBase, isShellSafe)
{
	zend_string *str;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(str)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(mailer_is_shell_safe(str));
}

static bool is_slash(char c)
{
	return c == '/' || c == '\\';
}

/* [\\/.]* to the end. */
static bool only_slashes_and_dots(const char *s, size_t from, size_t len)
{
	for (; from < len; from++) {
		if (!is_slash(s[from]) && s[from] != '.') {
			return false;
		}
	}
	return true;
}

/*
 * The pattern below, matched in C the way PCRE backtracks through it, for
 * a path of one line: "(.*?)" tries the shortest dirname first, "[\\/]*"
 * takes every slash after it, the file name grows one byte at a time,
 * "\.ext" (the shortest extension first) is tried before the empty
 * alternative, and "[\\/.]*$" must reach the end. Longer paths (where
 * the pattern may run into pcre.backtrack_limit) and paths with line
 * breaks (where "$" and "." work by lines) are left to PCRE. Fills parts
 * and returns true when it could decide.
 */
static bool path_parts_plain(zend_string *path, zend_string *parts[4])
{
	const char *s = ZSTR_VAL(path);
	size_t len = ZSTR_LEN(path), d = 0, a, f, e, q = len;

	if (len > 128 || strpbrk(s, "\n\r\v\f\x85") || memchr(s, '\0', len)) {
		return false;
	}
	/*
	 * No dirname shorter than the slashes before the last name can match:
	 * the name cannot hold a slash, nor "[\\/.]*" a letter. Start there.
	 */
	while (q > 0 && (is_slash(s[q - 1]) || s[q - 1] == '.')) {
		q--;
	}
	while (q > 0 && !is_slash(s[q - 1])) {
		q--;
	}
	if (q > 0) {
		for (d = q - 1; d > 0 && is_slash(s[d - 1]); d--) {
		}
	}
	for (; d <= len; d++) {
		for (a = d; a < len && is_slash(s[a]); a++) {
		}
		for (f = a; f <= len; f++) {
			if (f < len && s[f] == '.') {
				for (e = f + 1; e < len && s[e] != '.' && !is_slash(s[e]); e++) {
					if (only_slashes_and_dots(s, e + 1, len)) {
						parts[0] = zend_string_init(s, d, 0);
						parts[1] = zend_string_init(s + a, e + 1 - a, 0);
						parts[2] = zend_string_init(s + f + 1, e - f, 0);
						parts[3] = zend_string_init(s + a, f - a, 0);
						return true;
					}
				}
			}
			if (only_slashes_and_dots(s, f, len)) {
				parts[0] = zend_string_init(s, d, 0);
				parts[1] = zend_string_init(s + a, f - a, 0);
				parts[2] = ZSTR_EMPTY_ALLOC();
				parts[3] = zend_string_init(s + a, f - a, 0);
				return true;
			}
			if (f == len || is_slash(s[f])) {
				break;
			}
		}
	}
	return false;
}

/* The parts of a path by PHPMailer's multibyte-safe pattern: [dirname, basename, extension, filename]. */
static void path_parts(zend_string *path, zend_string *parts[4])
{
	static const char pattern[] = "#^(.*?)[\\\\/]*(([^/\\\\]*?)(\\.([^.\\\\/]+?)|))[\\\\/.]*$#m";
	static const int groups[4] = {1, 2, 5, 3};
	zend_string *zpattern;
	zval matches, *m;
	int i;

	if (path_parts_plain(path, parts)) {
		return;
	}
	zpattern = zend_string_init(pattern, sizeof(pattern) - 1, 0);
	for (i = 0; i < 4; i++) {
		parts[i] = ZSTR_EMPTY_ALLOC();
	}
	if (smtp_preg_match(zpattern, path, &matches) == 1) {
		for (i = 0; i < 4; i++) {
			if ((m = zend_hash_index_find(Z_ARRVAL(matches), groups[i])) && Z_TYPE_P(m) == IS_STRING) {
				parts[i] = zend_string_copy(Z_STR_P(m));
			}
		}
	}
	zval_ptr_dtor(&matches);
	zend_string_release(zpattern);
}

static void release_parts(zend_string *parts[4])
{
	int i;

	for (i = 0; i < 4; i++) {
		zend_string_release(parts[i]);
	}
}

zend_string *mailer_path_part(zend_class_entry *scope, zend_string *path, zend_long option)
{
	zend_string *parts[4], *part;
	zval args[2];

	if (!SMTP_CE_OVERRIDES(scope, "mb_pathinfo")) {
		path_parts(path, parts);
		part = zend_string_copy(parts[option == PHP_PATHINFO_BASENAME ? 1 : 2]);
		release_parts(parts);
		return part;
	}
	ZVAL_STR_COPY(&args[0], path);
	ZVAL_LONG(&args[1], option);
	part = SMTP_CALL_STATIC_STR(scope, "mb_pathinfo", 2, args);
	zval_ptr_dtor(&args[0]);
	return part;
}

PHP_METHOD(Smtp_Engine_MailerBase, mb_pathinfo)
{
	static const char *const keys[4] = {"dirname", "basename", "extension", "filename"};
	static const zend_long flags[4] = {1, 2, 4, 8}; /* PATHINFO_DIRNAME, _BASENAME, _EXTENSION, _FILENAME */
	zend_string *path, *parts[4];
	zval *options = NULL;
	int i;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(path)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(options)
	ZEND_PARSE_PARAMETERS_END();

	path_parts(path, parts);
	/* switch ($options): loose comparisons, in the order of the cases. */
	for (i = 0; options && i < 4; i++) {
		zval flag, name;
		bool hit;

		ZVAL_LONG(&flag, flags[i]);
		ZVAL_STRING(&name, keys[i]);
		hit = zend_compare(options, &flag) == 0 || zend_compare(options, &name) == 0;
		zval_ptr_dtor(&name);
		if (hit) {
			RETVAL_STR_COPY(parts[i]);
			release_parts(parts);
			return;
		}
	}
	array_init_size(return_value, 4);
	for (i = 0; i < 4; i++) {
		add_assoc_str(return_value, keys[i], zend_string_copy(parts[i]));
	}
	release_parts(parts);
}

/* }}} */

/* {{{ MIME types */

static const char *const mime_types[][2] = {
	{"xl", "application/excel"},
	{"js", "application/javascript"},
	{"hqx", "application/mac-binhex40"},
	{"cpt", "application/mac-compactpro"},
	{"bin", "application/macbinary"},
	{"doc", "application/msword"},
	{"word", "application/msword"},
	{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
	{"xltx", "application/vnd.openxmlformats-officedocument.spreadsheetml.template"},
	{"potx", "application/vnd.openxmlformats-officedocument.presentationml.template"},
	{"ppsx", "application/vnd.openxmlformats-officedocument.presentationml.slideshow"},
	{"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
	{"sldx", "application/vnd.openxmlformats-officedocument.presentationml.slide"},
	{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
	{"dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template"},
	{"xlam", "application/vnd.ms-excel.addin.macroEnabled.12"},
	{"xlsb", "application/vnd.ms-excel.sheet.binary.macroEnabled.12"},
	{"class", "application/octet-stream"},
	{"dll", "application/octet-stream"},
	{"dms", "application/octet-stream"},
	{"exe", "application/octet-stream"},
	{"lha", "application/octet-stream"},
	{"lzh", "application/octet-stream"},
	{"psd", "application/octet-stream"},
	{"sea", "application/octet-stream"},
	{"so", "application/octet-stream"},
	{"oda", "application/oda"},
	{"pdf", "application/pdf"},
	{"ai", "application/postscript"},
	{"eps", "application/postscript"},
	{"ps", "application/postscript"},
	{"smi", "application/smil"},
	{"smil", "application/smil"},
	{"mif", "application/vnd.mif"},
	{"xls", "application/vnd.ms-excel"},
	{"ppt", "application/vnd.ms-powerpoint"},
	{"wbxml", "application/vnd.wap.wbxml"},
	{"wmlc", "application/vnd.wap.wmlc"},
	{"dcr", "application/x-director"},
	{"dir", "application/x-director"},
	{"dxr", "application/x-director"},
	{"dvi", "application/x-dvi"},
	{"gtar", "application/x-gtar"},
	{"php3", "application/x-httpd-php"},
	{"php4", "application/x-httpd-php"},
	{"php", "application/x-httpd-php"},
	{"phtml", "application/x-httpd-php"},
	{"phps", "application/x-httpd-php-source"},
	{"swf", "application/x-shockwave-flash"},
	{"sit", "application/x-stuffit"},
	{"tar", "application/x-tar"},
	{"tgz", "application/x-tar"},
	{"xht", "application/xhtml+xml"},
	{"xhtml", "application/xhtml+xml"},
	{"zip", "application/zip"},
	{"mid", "audio/midi"},
	{"midi", "audio/midi"},
	{"mp2", "audio/mpeg"},
	{"mp3", "audio/mpeg"},
	{"m4a", "audio/mp4"},
	{"mpga", "audio/mpeg"},
	{"aif", "audio/x-aiff"},
	{"aifc", "audio/x-aiff"},
	{"aiff", "audio/x-aiff"},
	{"ram", "audio/x-pn-realaudio"},
	{"rm", "audio/x-pn-realaudio"},
	{"rpm", "audio/x-pn-realaudio-plugin"},
	{"ra", "audio/x-realaudio"},
	{"wav", "audio/x-wav"},
	{"mka", "audio/x-matroska"},
	{"bmp", "image/bmp"},
	{"gif", "image/gif"},
	{"jpeg", "image/jpeg"},
	{"jpe", "image/jpeg"},
	{"jpg", "image/jpeg"},
	{"png", "image/png"},
	{"tiff", "image/tiff"},
	{"tif", "image/tiff"},
	{"webp", "image/webp"},
	{"avif", "image/avif"},
	{"heif", "image/heif"},
	{"heifs", "image/heif-sequence"},
	{"heic", "image/heic"},
	{"heics", "image/heic-sequence"},
	{"eml", "message/rfc822"},
	{"css", "text/css"},
	{"html", "text/html"},
	{"htm", "text/html"},
	{"shtml", "text/html"},
	{"log", "text/plain"},
	{"text", "text/plain"},
	{"txt", "text/plain"},
	{"rtx", "text/richtext"},
	{"rtf", "text/rtf"},
	{"vcf", "text/vcard"},
	{"vcard", "text/vcard"},
	{"ics", "text/calendar"},
	{"csv", "text/csv"},
	{"xml", "text/xml"},
	{"xsl", "text/xml"},
	{"wmv", "video/x-ms-wmv"},
	{"mpeg", "video/mpeg"},
	{"mpe", "video/mpeg"},
	{"mpg", "video/mpeg"},
	{"mp4", "video/mp4"},
	{"m4v", "video/mp4"},
	{"mov", "video/quicktime"},
	{"qt", "video/quicktime"},
	{"rv", "video/vnd.rn-realvideo"},
	{"avi", "video/x-msvideo"},
	{"movie", "video/x-sgi-movie"},
	{"webm", "video/webm"},
	{"mkv", "video/x-matroska"},
};

/* The extensions of the table that 5.2's lacks (6.x added them; the rest is 5.2's, in its order). */
static const char *const not_in_5[] = {
	"m4a", "mka", "webp", "avif", "heif", "heifs", "heic", "heics", "ics", "csv", "wmv", "mp4", "m4v", "webm", "mkv",
};

static bool listed(zend_string *s, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (zend_string_equals_cstr(s, list[i], strlen(list[i]))) {
			return true;
		}
	}
	return false;
}

zend_string *mailer_mime_type_of(zend_string *ext, bool v5)
{
	zend_string *lower = zend_string_tolower(ext);
	size_t i;

	for (i = 0; i < sizeof(mime_types) / sizeof(mime_types[0]); i++) {
		if (zend_string_equals_cstr(lower, mime_types[i][0], strlen(mime_types[i][0]))) {
			if (v5 && listed(lower, not_in_5, sizeof(not_in_5) / sizeof(not_in_5[0]))) {
				break;
			}
			zend_string_release(lower);
			return zend_string_init(mime_types[i][1], strlen(mime_types[i][1]), 0);
		}
	}
	zend_string_release(lower);
	return ZSTR_INIT_LITERAL("application/octet-stream", 0);
}

PHP_METHOD(Smtp_Engine_MailerBase, _mime_types)
{
	zend_string *ext = ZSTR_EMPTY_ALLOC();

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(ext)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(mailer_mime_type_of(ext, false));
}

/* filenameToType() of the class scope: its static::mb_pathinfo() and static::_mime_types(). */
static zend_string *filename_to_type(zend_class_entry *scope, zend_string *filename)
{
	const char *q = memchr(ZSTR_VAL(filename), '?', ZSTR_LEN(filename));
	zend_string *name = q ? zend_string_init(ZSTR_VAL(filename), q - ZSTR_VAL(filename), 0)
		: zend_string_copy(filename);
	zend_string *type;
	zval ext;

	ZVAL_STR(&ext, mailer_path_part(scope, name, PHP_PATHINFO_EXTENSION));
	zend_string_release(name);
	if (!SMTP_CE_OVERRIDES(scope, "_mime_types")) {
		type = mailer_mime_type_of(Z_STR(ext), false);
	} else {
		type = SMTP_CALL_STATIC_STR(scope, "_mime_types", 1, &ext);
	}
	zval_ptr_dtor(&ext);
	return type;
}

zend_string *mailer_filename_to_type(zend_class_entry *scope, zend_string *filename)
{
	zval arg;

	if (!SMTP_CE_OVERRIDES(scope, "filenametotype")) {
		return filename_to_type(scope, filename);
	}
	ZVAL_STR(&arg, filename);
	return SMTP_CALL_STATIC_STR(scope, "filenametotype", 1, &arg);
}

PHP_METHOD(Smtp_Engine_MailerBase, filenameToType)
{
	zend_string *filename;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(filename)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_STR(filename_to_type(zend_get_called_scope(execute_data), filename));
}

PHP_METHOD(Smtp_Engine_MailerBase, quotedString)
{
	zend_string *str;
	smtp_buf out = SMTP_BUF_INIT;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(str)
	ZEND_PARSE_PARAMETERS_END();

	mime_quoted_string(&out, ZSTR_VAL(str), ZSTR_LEN(str));
	RETVAL_STRINGL(out.data ? out.data : "", out.len);
	smtp_buf_free(&out);
}

/* }}} */
