#!/usr/bin/env bash
# Regenerates php_src/*_arginfo.h from php_src/*.stub.php, offline.
#
# PHP 8.2's gen_stub.php wants PHP-Parser 4.15.1 and would download it; the
# Debian package php-parser (4.15.x) works as well and needs no network.
#
# gen_stub.php insists on the class name in default values
# ("Smtp\Engine\MailerBase::ENCODING_BASE64") where PHPMailer writes
# "self::ENCODING_BASE64"; Reflection shows the text as written, so the
# arginfo is rewritten to PHPMailer's spelling afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

gen_stub=$(php-config --extension-dir | sed 's|/[^/]*$||')/$(basename "$(php-config --extension-dir)")/build/gen_stub.php
[ -f "$gen_stub" ] || gen_stub=/usr/lib/php/$(basename "$(php-config --extension-dir)")/build/gen_stub.php
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$gen_stub" "$work/gen_stub.php"
mkdir -p "$work/PHP-Parser-4.15.1"
ln -s /usr/share/php "$work/PHP-Parser-4.15.1/lib"

php "$work/gen_stub.php" ${FORCE:+--force-regeneration} php_src/
for f in php_src/*_arginfo.h; do
	sed -i -E 's/(ZEND_ARG_INFO_WITH_DEFAULT_VALUE\([^"]*")Smtp\\\\Engine\\\\[A-Za-z0-9]+::/\1self::/' "$f"
done
