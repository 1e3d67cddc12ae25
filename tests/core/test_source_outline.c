/*
 * test_source_outline.c - the outline of PHP sources.
 */
#include "check.h"
#include "tests.h"

#include "../../ext/core/smtp_alloc.h"
#include "../../ext/core/source_outline.h"

#include <stdlib.h>

static bool scan(source_outline *o, const char *src)
{
	return source_outline_scan(o, src, strlen(src));
}

static const source_member *member(const source_outline *o, source_member_kind kind, const char *name)
{
	return o->decl_count ? source_outline_member(&o->decls[0], kind, name, strlen(name)) : NULL;
}

static void test_phpmailer_shape(void)
{
	source_outline o;
	const source_member *m;
	const char *src =
		"<?php\n"
		"/**\n * PHPMailer - PHP email creation and transport class.\n * { not a brace }\n */\n\n"
		"namespace PHPMailer\\PHPMailer;\n\n"
		"use League\\OAuth2\\Client\\Grant\\RefreshToken;\n"
		"/** doc */\n"
		"class PHPMailer\n{\n"
		"    const CHARSET_ASCII = 'us-ascii';\n"
		"    const VERSION = '6.6.3';\n"
		"    const CRLF = \"\\r\\n\", FWS = ' ';\n"
		"    const MAX = 998 + 1;\n"
		"    public $Priority;\n"
		"    public $CharSet = self::CHARSET_ISO88591;\n"
		"    protected $to = [], $cc = [];\n"
		"    public static $validator = 'php';\n"
		"    protected static $LE = \"\\r\\n\";\n"
		"    var $old;\n"
		"    public function __construct($exceptions = null)\n    {\n"
		"        if (null !== $exceptions) { $this->exceptions = (bool) $exceptions; }\n"
		"        $s = \"}{$this->a['}']}\" . '}' . `echo }`; // }\n"
		"        # } comment\n"
		"        $h = <<<EOT\n  } {$x[\"}\"]} ${y}\n  EOT;\n"
		"        $n = <<<'EOT'\n}{\nEOT . '}';\n"
		"        $f = function () use ($s) { return [1, 2]; };\n"
		"    }\n"
		"    public static function validateAddress($address, $patternselect = null) { return true; }\n"
		"    protected function &refs(array $a = ['x' => [1]]): ?array { return $a; }\n"
		"    private static function hidden() {}\n"
		"    abstract protected function later();\n"
		"    #[\\ReturnTypeWillChange]\n"
		"    public function attributed() {}\n"
		"}\n";

	CHECK(scan(&o, src));
	CHECK_STR(o.namespace_name.ptr, o.namespace_name.len, "PHPMailer\\PHPMailer");
	CHECK(o.import_count == 1);
	CHECK(!o.other_code);
	CHECK(o.decl_count == 1);
	CHECK(o.decls[0].kind == SOURCE_DECL_CLASS);
	CHECK_STR(o.decls[0].name.ptr, o.decls[0].name.len, "PHPMailer");
	CHECK(o.decls[0].extends.len == 0);
	m = member(&o, SOURCE_MEMBER_CONST, "VERSION");
	CHECK(m && m->has_string_value);
	if (m) {
		CHECK_STR(m->value.ptr, m->value.len, "6.6.3");
	}
	m = member(&o, SOURCE_MEMBER_CONST, "CRLF");
	CHECK(m && m->has_string_value);
	CHECK(member(&o, SOURCE_MEMBER_CONST, "FWS") != NULL);
	m = member(&o, SOURCE_MEMBER_CONST, "MAX");
	CHECK(m && !m->has_string_value);
	CHECK(member(&o, SOURCE_MEMBER_CONST, "version") == NULL);
	CHECK(member(&o, SOURCE_MEMBER_PROPERTY, "cc") != NULL);
	CHECK(member(&o, SOURCE_MEMBER_PROPERTY, "old") != NULL);
	m = member(&o, SOURCE_MEMBER_PROPERTY, "validator");
	CHECK(m && m->is_static);
	m = member(&o, SOURCE_MEMBER_PROPERTY, "Priority");
	CHECK(m && !m->is_static);
	CHECK(member(&o, SOURCE_MEMBER_PROPERTY, "priority") == NULL);
	m = member(&o, SOURCE_MEMBER_METHOD, "VALIDATEADDRESS");
	CHECK(m && m->is_static);
	m = member(&o, SOURCE_MEMBER_METHOD, "__construct");
	CHECK(m && !m->is_static);
	m = member(&o, SOURCE_MEMBER_METHOD, "refs");
	CHECK(m && !m->is_private);
	m = member(&o, SOURCE_MEMBER_METHOD, "hidden");
	CHECK(m && m->is_private && m->is_static);
	CHECK(member(&o, SOURCE_MEMBER_METHOD, "later") != NULL);
	CHECK(member(&o, SOURCE_MEMBER_METHOD, "attributed") != NULL);
	CHECK(o.decls[0].member_count == 18);
	source_outline_free(&o);
}

static void test_declarations(void)
{
	source_outline o;

	/* PHPMailer 5.2's class file: two global classes. */
	CHECK(scan(&o, "<?php\nclass PHPMailer { public $Version = '5.2.28'; }\n"
		"class phpmailerException extends Exception { public function errorMessage() {} }\n"));
	CHECK(o.namespace_name.len == 0);
	CHECK(o.decl_count == 2 && !o.other_code);
	if (o.decl_count == 2) {
		CHECK_STR(o.decls[1].extends.ptr, o.decls[1].extends.len, "Exception");
		CHECK_STR(o.decls[1].name.ptr, o.decls[1].name.len, "phpmailerException");
	}
	source_outline_free(&o);

	CHECK(scan(&o, "<?php namespace A;\ninterface OAuthTokenProvider { public function getOauth64(); }\n"
		"final class OAuth implements OAuthTokenProvider, \\Countable { use T1, T2 { x as y; } }"));
	CHECK(o.decl_count == 2 && !o.other_code);
	if (o.decl_count == 2) {
		CHECK(o.decls[0].kind == SOURCE_DECL_INTERFACE);
		CHECK(o.decls[1].is_final);
		CHECK_STR(o.decls[1].implements.ptr, o.decls[1].implements.len, "OAuthTokenProvider, \\Countable");
		CHECK(o.decls[1].member_count == 1 && o.decls[1].members[0].kind == SOURCE_MEMBER_TRAIT_USE);
	}
	source_outline_free(&o);

	CHECK(scan(&o, "<?php declare(strict_types=1); namespace X; abstract class A extends \\B\\C {}"));
	CHECK(o.decl_count == 1 && !o.other_code && o.decls[0].is_abstract);
	if (o.decl_count == 1) {
		CHECK_STR(o.decls[0].extends.ptr, o.decls[0].extends.len, "\\B\\C");
	}
	source_outline_free(&o);
}

static void test_other_code(void)
{
	static const char *const sources[] = {
		"<?php namespace A; class B {} echo 1;",
		"<?php namespace A; if (!class_exists('B')) { class B {} }",
		"<?php function f() {} class B {}",
		"<?php require 'x.php'; class B {}",
		"leading text<?php class B {}",
		"<?php class B {} ?>trailing text",
		"<?php class B {} ?>\n<?= 'x' ?>",
		"<?php namespace A { class B {} }",
		"<?php namespace A; class B {} namespace C;",
		"<?php class B { public function f() {} 42; }",
	};
	size_t i;

	for (i = 0; i < sizeof(sources) / sizeof(sources[0]); i++) {
		source_outline o;

		CHECK(scan(&o, sources[i]));
		CHECK(o.other_code);
		source_outline_free(&o);
	}
}

static void test_clean_endings(void)
{
	source_outline o;

	CHECK(scan(&o, "\n<?php\nclass B {}\n?>\n"));
	CHECK(!o.other_code && o.decl_count == 1);
	source_outline_free(&o);
	CHECK(scan(&o, "<?php\r\nclass B { const V = \"a\\\"}\"; }"));
	CHECK(!o.other_code && o.decl_count == 1 && o.decls[0].member_count == 1);
	source_outline_free(&o);
}

static void test_broken(void)
{
	static const char *const sources[] = {
		"<?php class B { /* unterminated",
		"<?php class B { const V = 'unterminated; }",
		"<?php class B { const V = \"unterminated; }",
		"<?php class B { function f() { $x = <<<EOT\nno end\n }",
		"<?php class B { function f() { ",
		"<?php class B { function f() { $s = \"{$a['x'}\"; } }",
	};
	size_t i;

	for (i = 0; i < sizeof(sources) / sizeof(sources[0]); i++) {
		source_outline o;

		CHECK(!scan(&o, sources[i]));
		CHECK(o.decl_count == 0 && o.decls == NULL);
	}
}

/* Nesting deep enough to exhaust the stack makes the file broken (found by tests/fuzz/fuzz_outline). */
static void test_deep_nesting(void)
{
	static const char head[] = "<?php class B { function f() { ", tail[] = "} }";
	size_t depth = 1000000, len = sizeof(head) - 1 + 2 * depth + sizeof(tail) - 1, i;
	char *src = malloc(len + 1), *p = src;
	source_outline o;

	memcpy(p, head, sizeof(head) - 1);
	p += sizeof(head) - 1;
	for (i = 0; i < depth; i++) {
		*p++ = '(';
	}
	for (i = 0; i < depth; i++) {
		*p++ = ')';
	}
	memcpy(p, tail, sizeof(tail));
	CHECK(!scan(&o, src));
	CHECK(o.decl_count == 0 && o.decls == NULL);
	free(src);
}

/* Debian's PHPMailer copy, when installed (tests/run.sh installs it). */
static void test_real_phpmailer(void)
{
	FILE *f = fopen("/usr/share/php/libphp-phpmailer/src/PHPMailer.php", "rb");
	source_outline o;
	const source_member *m;
	char *src;
	long len;

	if (!f) {
		return;
	}
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	src = malloc((size_t)len);
	CHECK(src && fread(src, 1, (size_t)len, f) == (size_t)len);
	fclose(f);
	CHECK(source_outline_scan(&o, src, (size_t)len));
	CHECK(!o.other_code && o.decl_count == 1);
	CHECK(source_span_equals(o.namespace_name, "PHPMailer\\PHPMailer"));
	m = member(&o, SOURCE_MEMBER_CONST, "VERSION");
	CHECK(m && m->has_string_value && m->value.len >= 5 && m->value.ptr[0] == '6');
	m = member(&o, SOURCE_MEMBER_METHOD, "validateAddress");
	CHECK(m && m->is_static);
	m = member(&o, SOURCE_MEMBER_METHOD, "send");
	CHECK(m && !m->is_static);
	CHECK(member(&o, SOURCE_MEMBER_PROPERTY, "language") != NULL);
	CHECK(o.decls[0].member_count > 200);
	source_outline_free(&o);
	free(src);
}

void test_source_outline(void)
{
	test_phpmailer_shape();
	test_declarations();
	test_other_code();
	test_clean_endings();
	test_broken();
	test_deep_nesting();
	test_real_phpmailer();
}
