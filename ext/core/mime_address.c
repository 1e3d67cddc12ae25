/*
 * mime_address.c - the plain form of e-mail address PHP's validator accepts.
 */
#include "mime_address.h"

/* RFC 5322 atext: what PHP's class [\x21\x23-\x27\x2A\x2B\x2D\x2F-\x39\x3D\x3F\x5E-\x7E] takes, with /i. */
static bool is_atext(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
		|| c == '!' || (c >= '#' && c <= '\'') || c == '*' || c == '+' || c == '-' || c == '/'
		|| c == '=' || c == '?' || (c >= '^' && c <= '`') || (c >= '{' && c <= '~');
}

static bool is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_alnum(unsigned char c)
{
	return is_alpha(c) || (c >= '0' && c <= '9');
}

bool mime_address_plainly_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str, *end = s + len, *p = s, *label;
	size_t labels = 0;

	if (len == 0 || len > 254) {
		return false;
	}
	/* Local part: atext runs joined by single dots. */
	for (;;) {
		const unsigned char *run = p;

		while (p < end && is_atext(*p)) {
			p++;
		}
		if (p == run || p == end) {
			return false;
		}
		if (*p == '@') {
			break;
		}
		if (*p != '.') {
			return false;
		}
		p++;
	}
	if (p - s > 64) {
		return false;
	}
	p++;
	/* Domain: labels of letters and digits, hyphens only inside, the last one starting with a letter. */
	for (;;) {
		label = p;
		while (p < end && (is_alnum(*p) || *p == '-')) {
			p++;
		}
		if (p == label || p - label > 63 || !is_alnum(*label) || !is_alnum(p[-1])) {
			return false;
		}
		labels++;
		if (p == end) {
			return labels >= 2 && is_alpha(*label);
		}
		if (*p != '.') {
			return false;
		}
		p++;
	}
}
