#!/usr/bin/env bash
# tests/run.sh: the whole test suite, on a fresh Debian 12 machine as root.
#
#   1. installs the packages (scripts/install-deps.sh) and builds the extension
#   2. C unit tests of ext/core under ASAN+UBSan, then under valgrind, then
#      each libFuzzer target of tests/fuzz/ for a short time (FUZZ_SECONDS,
#      default 20 s each)
#   3. checks the committed arginfo matches the stubs and package.xml lists
#      every shipped file
#   4. starts the test servers (tests/servers/start-all.sh), stopped on exit
#   5. the phpt suite (make test), then the phpt suite under valgrind
#   6. the PECL package round trip (scripts/package-roundtrip.sh): pecl
#      package, unpack, build and test from the unpacked package
#
# Ends with one line "N passed, N failed, N skipped" over all of them and
# exits non-zero on any failure. SMTP_TESTS_VALGRIND=0 leaves step 5's
# valgrind pass out (it is the slow part); CI always runs it.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

passed=0
failed=0
skipped=0

log() { printf '\n== %s\n' "$*"; }
fail() {
	printf 'FAILED: %s\n' "$*"
	failed=$((failed + 1))
}
finish() {
	printf '%d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
	exit $((failed > 0))
}

# Adds the counts of a "N passed, N failed" line (the core runner's).
count_core() {
	local line
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$1" | tail -n 1)
	if [[ -z $line ]]; then
		fail "$2: no summary line"
		return
	fi
	passed=$((passed + $(cut -d' ' -f1 <<<"$line")))
	failed=$((failed + $(cut -d' ' -f3 <<<"$line")))
}

# Adds the counts of run-tests.php's summary.
count_phpt() {
	local p f s b
	p=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$1" | tail -n 1)
	f=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$1" | tail -n 1)
	s=$(sed -n 's/^Tests skipped *: *\([0-9]*\).*/\1/p' "$1" | tail -n 1)
	b=$(grep -c '^BORK' "$1")
	if [[ -z $p ]]; then
		fail "$2: no run-tests summary"
		return
	fi
	passed=$((passed + p))
	failed=$((failed + ${f:-0} + b))
	skipped=$((skipped + ${s:-0}))
}

log "packages"
bash scripts/install-deps.sh || {
	fail "install-deps"
	finish
}

log "build"
bash scripts/build.sh || {
	fail "build"
	finish
}

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

log "core unit tests (ASAN+UBSan)"
make -s test-core 2>&1 | tee "$out/core-asan.txt"
count_core "$out/core-asan.txt" "core unit tests (ASAN+UBSan)"

log "core unit tests (valgrind)"
if make -s valgrind-core >"$out/core-valgrind.txt" 2>&1; then
	tail -n 1 "$out/core-valgrind.txt"
else
	cat "$out/core-valgrind.txt"
	fail "core unit tests under valgrind"
fi

log "fuzz targets (${FUZZ_SECONDS:-20} s each)"
bash tests/fuzz/run.sh all "${FUZZ_SECONDS:-20}" 2>&1 | tee "$out/fuzz.txt"
fuzz_rc=${PIPESTATUS[0]}
fuzz_failed=$(grep -c ': FAILED' "$out/fuzz.txt")
passed=$((passed + $(grep -c ', ok$' "$out/fuzz.txt")))
failed=$((failed + fuzz_failed))
# A build failure or a missing clang fails with no target's line.
((fuzz_rc != 0 && fuzz_failed == 0)) && fail "fuzz targets did not run"

log "arginfo"
if bash scripts/gen-stubs.sh >/dev/null && git diff --quiet -- php_src; then
	echo "php_src/*_arginfo.h match their stubs"
else
	git --no-pager diff --stat -- php_src
	fail "arginfo out of date: run scripts/gen-stubs.sh"
fi

log "package.xml"
if ! php scripts/package-contents.php --check; then
	fail "package.xml out of date: run php scripts/package-contents.php"
fi

log "test servers"
if ! bash tests/servers/start-all.sh; then
	fail "test servers did not start"
	finish
fi
trap 'bash tests/servers/stop-all.sh >/dev/null 2>&1; rm -rf "$out"' EXIT

export SMTP_TESTS_REQUIRE_SERVERS=1 NO_INTERACTION=1 REPORT_EXIT_STATUS=1

log "phpt suite"
bash tests/phpt.sh "-j$(nproc)" tests/phpt 2>&1 | tee "$out/phpt.txt"
count_phpt "$out/phpt.txt" "phpt suite"

if [[ ${SMTP_TESTS_VALGRIND:-1} != 0 ]]; then
	log "phpt suite under valgrind"
	bash tests/phpt.sh "-j$(nproc)" -m tests/phpt 2>&1 | tee "$out/phpt-valgrind.txt"
	count_phpt "$out/phpt-valgrind.txt" "phpt suite under valgrind"
fi

log "package round trip"
if bash scripts/package-roundtrip.sh; then
	passed=$((passed + 1))
else
	fail "package round trip (pecl package, unpack, build, test)"
fi

log "fault server self-test"
if python3 -m unittest -q tests/servers/test_faultsmtp.py >"$out/faultsmtp.txt" 2>&1; then
	tail -n 3 "$out/faultsmtp.txt"
	passed=$((passed + $(sed -n 's/^Ran \([0-9]*\) test.*/\1/p' "$out/faultsmtp.txt")))
else
	cat "$out/faultsmtp.txt"
	fail "fault server self-test"
fi

finish
