/*
 * mime_address.h - a fast, one-sided check of e-mail addresses.
 */
#ifndef MIME_ADDRESS_H
#define MIME_ADDRESS_H

#include <stdbool.h>
#include <stddef.h>

/*
 * True only for addresses PHP's filter_var($s, FILTER_VALIDATE_EMAIL)
 * certainly accepts: a dot-atom of RFC 5322 atext before the '@' (at most
 * 64 bytes), two or more domain labels of letters, digits and inner hyphens
 * (each at most 63 bytes), the last starting with a letter, 254 bytes in
 * all. False says nothing: quoted local parts, address literals and
 * anything unusual need the real filter. (In PHP's pattern these limits are
 * its (?!...{255,}), (?!...{65,}@) and (?!.*[^.]{64,}) look-aheads; case is
 * ignored, as its /i makes it.)
 */
bool mime_address_plainly_valid(const char *s, size_t len);

#endif
