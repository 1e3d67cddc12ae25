#!/usr/bin/env bash
# scripts/build.sh: build modules/smtp.so in the source tree (phpize,
# configure, make). Re-running only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f configure || config.m4 -nt configure ]]; then
	phpize >/dev/null 2>&1
fi
if [[ ! -f Makefile || configure -nt Makefile ]]; then
	./configure --enable-smtp >/dev/null
fi
# A stub edited after the first build makes `make` run gen_stub.php, which
# must find PHP-Parser offline (Debian's php-parser; see scripts/gen-stubs.sh).
mkdir -p build/PHP-Parser-4.15.1
ln -sfn /usr/share/php build/PHP-Parser-4.15.1/lib
make -j"$(nproc)" >/dev/null
php -n -d extension="$PWD/modules/smtp.so" -m | grep -qx smtp
echo "built $PWD/modules/smtp.so"
