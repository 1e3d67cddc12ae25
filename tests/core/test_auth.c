/*
 * test_auth.c - SASL responses: PLAIN, XOAUTH2 and CRAM-MD5, byte for byte.
 *
 * Expected values come from PHP: base64_encode() of the PLAIN and XOAUTH2
 * strings, and for CRAM-MD5 base64_encode($user.' '.hash_hmac('md5',
 * base64_decode(challenge), $pass)) as PHPMailer computes it.
 */
#include "check.h"
#include "tests.h"

#include "smtp_auth.h"

#define S(lit) (lit), sizeof(lit) - 1

static void test_oauthbearer(void);

static const struct {
	const char *user;
	size_t user_len;
	const char *secret;
	size_t secret_len;
	const char *expected;
} plain_cases[] = {
	{S("user"), S("pass"), "AHVzZXIAcGFzcw=="},
	{S("tim@example.com"), S("p\xc3\xa4ss w:rd"), "AHRpbUBleGFtcGxlLmNvbQBww6RzcyB3OnJk"},
	{S(""), S(""), "AAA="}
}, xoauth2_cases[] = {
	{S("someuser@example.com"), S("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"),
		"dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="}
};

static const struct {
	const char *user;
	const char *password;
	const char *challenge;
	const char *expected;
} cram_cases[] = {
	/* RFC 2195, section 2. */
	{"tim", "tanstaaftanstaaf", "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+",
		"dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"},
	/* The CRLF that substr($last_reply, 4) leaves in place. */
	{"user@example.com", "secret", "PDEyMzQ1LjY3ODkwQG14LmV4YW1wbGUuY29tPg==\r\n",
		"dXNlckBleGFtcGxlLmNvbSA2ODA1NDMxMzNjMDJjMTI5OWI1ZWU0NjI0MjdkNjNiNw=="},
	{"bob", "", "PDEuMkB4Pg==", "Ym9iIDVkNWY3YWMyZTU0NTc1YzgxNDVjMjE1MWE4ZWE4Njcx"},
	{"alice", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk", "",
		"YWxpY2UgNzNiOGMyOWEzYTQ1Zjc0MTM5ZGZiZjQwZDQzOWE3MTI="},
	/* Line ends inside the challenge are skipped. */
	{"u", "p", "PDE4OTYu\r\nNjk3MTcw\r\n", "dSBlYTUzOGQyNGY5OThlNThlNDkzOWUxYTMzYjUzMGU4Ng=="},
	/* PHP's lenient decoder skips '=' and goes on. */
	{"u", "p", "PDE4OTY=junk", "dSBiNWM5NzQyY2FjODVjZTgxMTQwZDE2ODc3OWI4ZDU1Nw=="}
};

void test_auth(void)
{
	smtp_buf out = SMTP_BUF_INIT;
	smtp_error err;
	size_t i;

	for (i = 0; i < sizeof(plain_cases) / sizeof(plain_cases[0]); i++) {
		smtp_buf_reset(&out);
		CHECK(smtp_sasl_plain(&out, plain_cases[i].user, plain_cases[i].user_len,
			plain_cases[i].secret, plain_cases[i].secret_len));
		CHECK_STR(out.data, out.len, plain_cases[i].expected);
	}
	for (i = 0; i < sizeof(xoauth2_cases) / sizeof(xoauth2_cases[0]); i++) {
		smtp_buf_reset(&out);
		CHECK(smtp_sasl_xoauth2(&out, xoauth2_cases[i].user, xoauth2_cases[i].user_len,
			xoauth2_cases[i].secret, xoauth2_cases[i].secret_len));
		CHECK_STR(out.data, out.len, xoauth2_cases[i].expected);
	}
	for (i = 0; i < sizeof(cram_cases) / sizeof(cram_cases[0]); i++) {
		smtp_buf_reset(&out);
		CHECK(smtp_sasl_cram_md5(&out, cram_cases[i].challenge, strlen(cram_cases[i].challenge),
			cram_cases[i].user, strlen(cram_cases[i].user),
			cram_cases[i].password, strlen(cram_cases[i].password), &err) == SMTP_OK);
		CHECK_STR(out.data, out.len, cram_cases[i].expected);
	}

	/* Responses are appended, not substituted. */
	smtp_buf_reset(&out);
	smtp_buf_append_str(&out, "AUTH PLAIN ");
	CHECK(smtp_sasl_plain(&out, S("user"), S("pass")));
	CHECK_STR(out.data, out.len, "AUTH PLAIN AHVzZXIAcGFzcw==");

	/* Wiping zeroes the whole allocation and empties the buffer. */
	smtp_buf_wipe(&out);
	CHECK(out.len == 0 && out.data != NULL);
	for (i = 0; i < out.cap && out.data[i] == '\0'; i++) {
	}
	CHECK(i == out.cap);
	smtp_buf_free(&out);
	smtp_buf_wipe(&out);
	CHECK(out.data == NULL && out.len == 0);
	test_oauthbearer();
}

/* OAUTHBEARER (RFC 7628) and the XOAUTH2 string a token provider gives, taken apart. */
static void test_oauthbearer(void)
{
	smtp_buf out = SMTP_BUF_INIT, user = SMTP_BUF_INIT, token = SMTP_BUF_INIT;

	/* RFC 7628, section 4.1. */
	CHECK(smtp_sasl_oauthbearer(&out, S("user@example.com"), S("server.example.com"), 143,
		S("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==")));
	CHECK_STR(out.data, out.len, "bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9"
		"QmVhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB");
	/* No user, no host: "n,," and the token only; ',' and '=' of a user escaped; no port. */
	smtp_buf_reset(&out);
	CHECK(smtp_sasl_oauthbearer(&out, S(""), S(""), 25, S("tok")));
	CHECK_STR(out.data, out.len, "biwsAWF1dGg9QmVhcmVyIHRvawEB");
	smtp_buf_reset(&out);
	CHECK(smtp_sasl_oauthbearer(&out, S("a,b=c"), S("h"), 0, S("t")));
	CHECK_STR(out.data, out.len, "bixhPWE9MkNiPTNEYywBaG9zdD1oAWF1dGg9QmVhcmVyIHQBAQ==");

	/* The provider's XOAUTH2 string gives back its user and token. */
	smtp_buf_reset(&out);
	CHECK(smtp_sasl_xoauth2(&out, S("someone@example.com"), S("ya29.token")));
	CHECK(smtp_sasl_xoauth2_parse(out.data, out.len, &user, &token));
	CHECK_STR(user.data, user.len, "someone@example.com");
	CHECK_STR(token.data, token.len, "ya29.token");
	smtp_buf_reset(&user);
	smtp_buf_reset(&token);
	smtp_buf_reset(&out);
	CHECK(smtp_sasl_xoauth2(&out, S(""), S("")));
	CHECK(smtp_sasl_xoauth2_parse(out.data, out.len, &user, &token));
	CHECK(user.len == 0 && token.len == 0);
	/* Anything else is refused. */
	CHECK(!smtp_sasl_xoauth2_parse(S("dXNlcj1h"), &user, &token));                             /* "user=a" */
	CHECK(!smtp_sasl_xoauth2_parse(S("dXNlcj1hAWF1dGg9QmFzaWMgeAEB"), &user, &token));         /* auth=Basic */
	CHECK(!smtp_sasl_xoauth2_parse(S("dXNlcj1hAWF1dGg9QmVhcmVyIHgBeQEB"), &user, &token));     /* a third field */
	CHECK(!smtp_sasl_xoauth2_parse(S(""), &user, &token));
	smtp_buf_wipe(&out);
	smtp_buf_free(&out);
	smtp_buf_free(&user);
	smtp_buf_free(&token);
}
