/*
 * test_mime_address.c - the plain-address check says "valid" only where
 * PHP's FILTER_VALIDATE_EMAIL does (the expected values are PHP 8.2's);
 * everything else it leaves to the real filter (false here). The phpt
 * suite compares it with filter_var() over generated addresses.
 */
#include "check.h"
#include "tests.h"

#include "mime_address.h"

static const struct {
	const char *address;
	bool plain;     /* mime_address_plainly_valid() */
	bool php;       /* filter_var(FILTER_VALIDATE_EMAIL) !== false */
} cases[] = {
	{"user@example.com", true, true},
	{"First.Last+tag@Sub.Example.ORG", true, true},
	{"a!#$%&'*+-/=?^_`{|}~z@example.com", true, true},
	{"x@a-b--c.example.co.uk", true, true},
	{"x@123.example", true, true},
	{"x@xn--bcher-kva.example", true, true},
	{"x@example.xn--p1ai", true, true},
	{"x@sub.a1-2b", true, true},
	/* What the fast check leaves to PHP, valid or not. */
	{"\"quoted\"@example.com", false, true},
	{"a@[127.0.0.1]", false, true},
	{"a@b", false, false},
	{"a@example.123", false, false},
	{"a@-example.com", false, false},
	{"a@example-.com", false, false},
	{"a@example..com", false, false},
	{"a.@example.com", false, false},
	{".a@example.com", false, false},
	{"a..b@example.com", false, false},
	{"@example.com", false, false},
	{"a@", false, false},
	{"a@example.com.", false, false},
	{"a b@example.com", false, false},
	{"a@exa_mple.com", false, false},
	{"a@example.com\n", false, false},
	{"\xc3\xa9@example.com", false, false},
	/* The limits: 64 bytes before '@', 63 per label, 254 in all. */
	{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.com", true, true},
	{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.com", false, false},
	{"a@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.com", true, true},
	{"a@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.com", false, false},
};

void test_mime_address(void)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		bool got = mime_address_plainly_valid(cases[i].address, strlen(cases[i].address));

		if (got != cases[i].plain) {
			fprintf(stderr, "address case %zu: %s\n", i, cases[i].address);
		}
		CHECK(got == cases[i].plain);
		/* Never "valid" where PHP says no. */
		CHECK(!got || cases[i].php);
	}
	CHECK(!mime_address_plainly_valid("", 0));
}
