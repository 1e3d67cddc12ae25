#!/usr/bin/env bash
# bench/run.sh [part...]: the native class beside PHPMailer, Symfony Mailer and
# smtp-source, side by side in one run of the benchmark harness
# (../shared/bench, or BENCH_HARNESS), and the summary table README quotes.
#
#   bench/run.sh                          # every part below (about 25 minutes on 2 cores)
#   bench/run.sh throughput latency       # some of them
#   PERSISTENT=1 bench/run.sh tls         # the extension with smtp.persistent=1 (and the others as usual)
#
# Parts: throughput (ka1, ka1-default), latency (lat10, DELAY_MS=5: 10 ms RTT),
# latency-bdat (lat10 against Postfix's smtpd, which announces CHUNKING, in
# front of smtp-sink: bench/latency-bdat.sh), mime (1, 10, 50 MB),
# callgrind (build, send), tls (STARTTLS, kept alive and per message).
# Knobs: NATIVE_EXT (default modules/smtp.so), IMPLS, RUN_ID, PORT_BASE, RESULTS_DIR
# and the harness's own (RUNS, COUNT, ...; see its README).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
harness=${BENCH_HARNESS:-$root/../shared/bench}
[[ -x $harness/scripts/run_all.sh ]] || { echo "no benchmark harness at $harness (set BENCH_HARNESS)" >&2; exit 2; }
export IMPLS=${IMPLS:-phpmailer symfony native}
export NATIVE_EXT=${NATIVE_EXT:-$root/modules/smtp.so}
export RUN_ID=${RUN_ID:-native-$(date -u +%Y%m%d-%H%M%S)}
export PORT_BASE=${PORT_BASE:-26350}
export RESULTS_DIR=${RESULTS_DIR:-$root/bench/results}
export DELAY_MS=${DELAY_MS:-5}
export SIZES=${SIZES:-1 10 50}
if [[ ${PERSISTENT:-0} == 1 ]]; then
	export PHP_FLAGS="${PHP_FLAGS:--d memory_limit=-1} -d smtp.persistent=1"
fi
mkdir -p "$RESULTS_DIR"
[[ $# -gt 0 ]] || set -- throughput latency latency-bdat mime callgrind tls
S=$harness/scripts
"$S/machine_info.sh" >"$RESULTS_DIR/machine-$RUN_ID.txt" 2>&1 || true
for part in "$@"; do
	case $part in
		throughput) "$S/run_throughput.sh" ka1 ka1-default ;;
		latency) "$S/run_latency.sh" lat10 ;;
		latency-bdat) "$root/bench/latency-bdat.sh" ;;
		mime) "$S/run_mime.sh" ;;
		callgrind) "$S/run_callgrind.sh" build send ;;
		tls) "$S/run_tls.sh" ;;
		*) echo "unknown part: $part" >&2; exit 2 ;;
	esac >/dev/null
done
files=()
for part in throughput latency latency-bdat mime callgrind tls; do
	[[ -f $RESULTS_DIR/$part-$RUN_ID.jsonl ]] && files+=("$RESULTS_DIR/$part-$RUN_ID.jsonl")
done
{
	echo "# Benchmark $RUN_ID${PERSISTENT:+ (PERSISTENT=$PERSISTENT)}"
	echo
	echo '```'
	cat "$RESULTS_DIR/machine-$RUN_ID.txt"
	echo '```'
	echo
	python3 "$harness/tools/summarize.py" "${files[@]}"
} >"$RESULTS_DIR/summary-$RUN_ID.md"
cat "$RESULTS_DIR/summary-$RUN_ID.md"
