#!/usr/bin/env bash
# tests/phpt.sh [run-tests options] [tests or directories...]: runs phpt tests
# the way tests/run.sh does (mbstring and intl loaded, as on a PHPMailer
# user's server), against servers already started by tests/servers/start-all.sh.
#   tests/phpt.sh tests/phpt/smtp/010-plain-delivery.phpt
#   tests/phpt.sh -m tests/phpt/errors        # under valgrind
set -euo pipefail
cd "$(dirname "$0")/.."
extdir=$(php-config --extension-dir)
args=(-q --show-diff --set-timeout 300 -d "extension=$extdir/mbstring.so" -d "extension=$extdir/intl.so")
for a in "$@"; do
	if [[ $a == -m ]]; then
		args+=(-d pcre.jit=0)
		# run-tests' valgrind command has no option for them; valgrind reads this.
		export VALGRIND_OPTS="--suppressions=$PWD/tests/valgrind.supp ${VALGRIND_OPTS:-}"
	fi
done
[[ $# -gt 0 ]] || set -- tests/phpt
exec make test TESTS="${args[*]} $*"
