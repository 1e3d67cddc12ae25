#!/usr/bin/env bash
# tests/fuzz/run.sh [target|all] [seconds]: builds the libFuzzer targets of
# tests/fuzz/ with clang (-fsanitize=fuzzer,address,undefined) and runs each
# for the given time (default 20 s), starting from its committed seed corpus
# tests/fuzz/corpus/<target>/ (never written to: what a run finds goes to a
# work directory). Any crash, leak, sanitizer report, broken invariant or
# timeout fails the run: the target's log is printed and the reproducer is
# kept as <artifacts>/<target>-crash-... .
#
#   tests/fuzz/run.sh                     # every target, 20 s each
#   tests/fuzz/run.sh fuzz_reply 600      # one target, 10 minutes
#   tests/fuzz/run.sh build               # only build
#   tests/fuzz/run.sh replay              # every committed input once, no fuzzing
#   tests/fuzz/run.sh merge               # work corpora into the committed ones, minimised
#
# Environment:
#   FUZZ_JOBS=2       targets run at once (default 1)
#   FUZZ_RUNS=N       stop a target after N executions (whichever comes first)
#   FUZZ_BUILD=DIR    objects, binaries and logs (default tests/fuzz/.build)
#   FUZZ_WORK=DIR     work corpora, kept between runs (default $FUZZ_BUILD/work)
#   FUZZ_CC=clang     the compiler
#
# Prints one line per target ("fuzz_reply: 1234567 runs in 20 s, corpus
# 410, ok") and exits non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

what=${1:-all}
seconds=${2:-20}
jobs=${FUZZ_JOBS:-1}
build=${FUZZ_BUILD:-$root/tests/fuzz/.build}
work=${FUZZ_WORK:-$build/work}
cc=${FUZZ_CC:-clang}

targets=()
for f in tests/fuzz/fuzz_*.c; do
	targets+=("$(basename "$f" .c)")
done

die() {
	echo "fuzz: $*" >&2
	exit 2
}

command -v "$cc" >/dev/null || die "$cc not found (scripts/install-deps.sh installs clang)"
[[ $seconds =~ ^[0-9]+$ ]] || die "seconds must be a number: $seconds"

cflags=(-std=c11 -g -O1 -fno-omit-frame-pointer -Wall -Wextra -Werror
	-fsanitize=address,undefined -fno-sanitize-recover=all
	-I"$root/ext/core" -I"$root/tests/fuzz")
read -r -a ssl_cflags <<<"$(pkg-config --cflags openssl zlib)"
read -r -a ssl_libs <<<"$(pkg-config --libs openssl zlib)"

# The core, instrumented for coverage, compiled once into objects.
build_core() {
	local src obj objs=()
	mkdir -p "$build/core"
	for src in ext/core/*.c; do
		obj=$build/core/$(basename "$src" .c).o
		if [[ ! -f $obj || $src -nt $obj || -n $(find ext/core -name '*.h' -newer "$obj" -print -quit) ]]; then
			"$cc" "${cflags[@]}" "${ssl_cflags[@]}" -fsanitize=fuzzer-no-link -c "$src" -o "$obj" || return 1
		fi
		objs+=("$obj")
	done
	printf '%s\n' "${objs[@]}" >"$build/core/objects"
}

build_target() {
	local t=$1 bin=$build/$1
	if [[ ! -f $bin || tests/fuzz/$t.c -nt $bin || tests/fuzz/fuzz.h -nt $bin
		|| -n $(find "$build/core" -name '*.o' -newer "$bin" -print -quit) ]]; then
		mapfile -t objs <"$build/core/objects"
		"$cc" "${cflags[@]}" "${ssl_cflags[@]}" -fsanitize=fuzzer "tests/fuzz/$t.c" "${objs[@]}" \
			"${ssl_libs[@]}" -o "$bin" || return 1
	fi
}

# Longest input libFuzzer makes for a target (runs can also be expanded, see fuzz.h).
max_len() {
	case $1 in
	fuzz_outline | fuzz_mime | fuzz_data) echo 65536 ;;
	*) echo 16384 ;;
	esac
}

# Runs one target; prints its summary line, returns non-zero on failure.
run_target() {
	local t=$1 log=$build/logs/$1.log corpus=tests/fuzz/corpus/$1 dict=() runs=() rc
	mkdir -p "$work/$t" "$build/logs" "$build/artifacts"
	[[ -f tests/fuzz/$t.dict ]] && dict=(-dict="tests/fuzz/$t.dict")
	[[ -n ${FUZZ_RUNS:-} ]] && runs=(-runs="$FUZZ_RUNS")
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		"$build/$t" -max_total_time="$seconds" "${runs[@]}" -timeout=30 -rss_limit_mb=2048 \
		-max_len="$(max_len "$t")" -print_final_stats=1 "${dict[@]}" \
		-artifact_prefix="$build/artifacts/$t-" "$work/$t" "$corpus" >"$log" 2>&1
	rc=$?
	local execs size secs
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
	size=$(find "$work/$t" "$corpus" -type f | wc -l)
	if ((rc != 0)); then
		echo "$t: FAILED (exit $rc) after ${execs:-?} runs; log $log"
		grep -E 'ERROR|invariant|runtime error|differs|expected|got|SUMMARY|Test unit written|#[0-9]+ 0x' "$log" |
			grep -v -E 'in (fuzzer::|__libc_start|_start|main |__sanitizer_print|__pthread_kill|raise |abort )' | head -n 40
		return 1
	fi
	echo "$t: ${execs:-?} runs in ${secs:-$seconds} s, corpus $size, ok"
}

# Runs every committed input once (seeds and crash reproducers): a quick regression check.
replay_target() {
	local t=$1 log=$build/logs/$1.replay.log files
	mkdir -p "$build/logs"
	mapfile -t files < <(find "tests/fuzz/corpus/$t" -type f | sort)
	if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		"$build/$t" -runs=1 "${files[@]}" >"$log" 2>&1; then
		echo "$t: FAILED replaying its corpus; log $log"
		grep -E 'ERROR|invariant|runtime error|differs|expected|got|SUMMARY|Running:' "$log" | tail -n 40
		return 1
	fi
	echo "$t: ${#files[@]} committed inputs replayed, ok"
}

# Replaces the committed corpus of a target by the smallest set of its files
# and the work corpus's that keeps all their coverage (libFuzzer's -merge=1).
merge_target() {
	local t=$1 corpus=tests/fuzz/corpus/$1 merged=$build/merged/$1 before
	rm -rf "$merged"
	mkdir -p "$merged" "$work/$t" "$build/logs"
	before=$(find "$corpus" -type f | wc -l)
	ASAN_OPTIONS=detect_leaks=0 "$build/$t" -merge=1 -max_len="$(max_len "$t")" "$merged" "$corpus" "$work/$t" \
		>"$build/logs/$t.merge.log" 2>&1 || {
		echo "$t: merge FAILED; log $build/logs/$t.merge.log"
		return 1
	}
	rm -rf "$corpus"
	mv "$merged" "$corpus"
	echo "$t: corpus $before -> $(find "$corpus" -type f | wc -l) files, $(du -sk "$corpus" | cut -f1) KiB"
}

case $what in
all | build | replay | merge) selected=("${targets[@]}") ;;
*)
	[[ -f tests/fuzz/$what.c ]] || die "no target $what (have: ${targets[*]})"
	selected=("$what")
	;;
esac

build_core || die "building the core failed"
for t in "${selected[@]}"; do
	build_target "$t" || die "building $t failed"
done
[[ $what == build ]] && {
	echo "built ${selected[*]} in $build"
	exit 0
}

failed=0
if [[ $what == merge ]]; then
	for t in "${selected[@]}"; do
		merge_target "$t" || failed=$((failed + 1))
	done
	exit $((failed > 0))
fi
if [[ $what == replay ]]; then
	for t in "${selected[@]}"; do
		replay_target "$t" || failed=$((failed + 1))
	done
	exit $((failed > 0))
fi

# At most $jobs targets at once; each result line is printed as it ends,
# and each target's exit status is left in a file, as background jobs' are
# awkward to collect.
mkdir -p "$build/logs"
running=0
for t in "${selected[@]}"; do
	rm -f "$build/logs/$t.rc"
	if ((running >= jobs)); then
		wait -n
		running=$((running - 1))
	fi
	{
		run_target "$t"
		echo $? >"$build/logs/$t.rc"
	} &
	running=$((running + 1))
done
wait
for t in "${selected[@]}"; do
	[[ $(cat "$build/logs/$t.rc" 2>/dev/null) == 0 ]] || failed=$((failed + 1))
done
echo "fuzz: ${#selected[@]} targets, $failed failed"
exit $((failed > 0))
