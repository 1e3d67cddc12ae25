#!/usr/bin/env bash
# scripts/package-roundtrip.sh: the PECL package as a user gets it. Checks
# package.xml lists every shipped file, makes smtp-<version>.tgz with
# `pecl package`, unpacks it in an empty directory, builds it there with
# phpize, configure and make (nothing from this tree is used but the .tgz),
# and runs from there the C unit tests, the phpt tests of tests/phpt/basic
# and real deliveries: to Postfix, plain and over SMTPS with AUTH.
#
# Needs the test servers (tests/servers/start-all.sh; servers.json is read
# from $SMTP_TEST_WORK, default tests/.work). `pecl install` is not run: it
# writes into PHP's own directories. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export SMTP_TEST_WORK="${SMTP_TEST_WORK:-$root/tests/.work}"
export SMTP_TESTS_REQUIRE_SERVERS=1 NO_INTERACTION=1 REPORT_EXIT_STATUS=1

step() { printf '[package-roundtrip] %s\n' "$*"; }
die() {
	step "FAILED: $*"
	exit 1
}

[[ -f $SMTP_TEST_WORK/servers.json ]] || die "no $SMTP_TEST_WORK/servers.json: start the servers (tests/servers/start-all.sh)"

version=$(sed -n '0,/<release>/s|.*<release>\(.*\)</release>.*|\1|p' package.xml)
[[ -n $version ]] || die "no release version in package.xml"

step "package.xml lists every shipped file"
php scripts/package-contents.php --check >/dev/null || die "run php scripts/package-contents.php"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# `pecl package` writes the .tgz into the current directory.
step "pecl package -> smtp-$version.tgz"
(cd "$tmp" && pecl package "$root/package.xml") >"$tmp/pecl.txt" 2>&1 || {
	cat "$tmp/pecl.txt"
	die "pecl package"
}
# Anything but the one success line (a warning about a role, a date, ...) fails too.
if [[ $(cat "$tmp/pecl.txt") != "Package smtp-$version.tgz done" ]]; then
	cat "$tmp/pecl.txt"
	die "pecl package printed more than its success line"
fi
tgz=$tmp/smtp-$version.tgz
step "  $(tar -tzf "$tgz" | grep -c '^smtp-') files, $(stat -c %s "$tgz") bytes"

step "unpack into an empty directory"
mkdir "$tmp/unpacked"
tar -xzf "$tgz" -C "$tmp/unpacked"
src=$tmp/unpacked/smtp-$version
[[ -f $src/config.m4 ]] || die "no smtp-$version/config.m4 in the package"

step "phpize && ./configure --enable-smtp && make (in $src)"
(
	cd "$src"
	phpize
	./configure --enable-smtp
	make -j"$(nproc)"
) >"$tmp/build.txt" 2>&1 || {
	tail -n 40 "$tmp/build.txt"
	die "build from the package"
}
so=$src/modules/smtp.so
loaded=$(php -n -d extension="$so" -r 'echo phpversion("smtp");')
[[ $loaded == "$version" ]] || die "the built module says version '$loaded', the package $version"
step "  built $so, version $loaded"

step "C unit tests, from the package (make test-core)"
(cd "$src" && make -s test-core) >"$tmp/core.txt" 2>&1 || {
	cat "$tmp/core.txt"
	die "make test-core"
}
step "  $(tail -n 1 "$tmp/core.txt")"

tests=(
	tests/phpt/basic
	tests/phpt/smtp/010-plain-delivery.phpt
	tests/phpt/smtp/012-smtps-auth.phpt
	tests/phpt/examples/040-seed-send-ssl.phpt
)
step "phpt tests, from the package: ${tests[*]}"
status=0
(cd "$src" && bash tests/phpt.sh --no-color "${tests[@]}") >"$tmp/phpt-raw.txt" 2>&1 || status=$?
# run-tests.php redraws a progress line with CRs; one result per line.
tr '\r' '\n' <"$tmp/phpt-raw.txt" | grep -aE '^(PASS|FAIL|SKIP|BORK|LEAK|WARN|XFAIL)' >"$tmp/phpt.txt" || true
sed 's/^/[package-roundtrip]   /' "$tmp/phpt.txt"
if ((status != 0)) || grep -qvE '^PASS' "$tmp/phpt.txt" || [[ ! -s $tmp/phpt.txt ]]; then
	# A test skipped here would prove nothing: the servers are required.
	tail -n 60 "$tmp/phpt-raw.txt"
	die "phpt tests from the package (run-tests exit $status): all must PASS"
fi
step "OK: smtp-$version.tgz packs, builds from its own files and passes $(wc -l <"$tmp/phpt.txt") phpt tests"
