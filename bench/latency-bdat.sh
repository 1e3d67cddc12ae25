#!/usr/bin/env bash
# bench/latency-bdat.sh: the latency part of the benchmark (10 ms round trip,
# 10 recipients, kept alive) against a server that announces CHUNKING.
#
# The harness's smtp-sink announces PIPELINING but not CHUNKING, so there a
# message costs any client two round trips (the envelope and DATA, then the
# content). Here Postfix's smtpd (tests/servers/postfix.sh, its plain
# listener) stands in front of that smtp-sink and hands each session on to it
# as it comes (smtpd_proxy_filter: nothing is queued), and the harness's
# delay proxy stands in front of Postfix. Every client meets that one server:
# smtp-source, the harness's reference clients, IMPLS as they ship (tag
# lat10-bdat; for the native class, smtp.chunking=1: MAIL, the RCPTs and
# "BDAT n LAST" with the content in one write), and the native class with its
# default pipelined DATA (tag lat10-bdat-data).
#
#   bench/latency-bdat.sh          # or: bench/run.sh latency-bdat
#
# Knobs: those of bench/run.sh (NATIVE_EXT, IMPLS, RUN_ID, PORT_BASE,
# RESULTS_DIR) and of the harness's latency part (RUNS, LAT_COUNT, DELAY_MS).
# Postfix listens on PORT_BASE+10 to PORT_BASE+16. Needs root (Postfix).
# Output: $RESULTS_DIR/latency-bdat-$RUN_ID.jsonl, and its summary on stdout.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
harness=${BENCH_HARNESS:-$root/../shared/bench}
[[ -f $harness/scripts/common.sh ]] || { echo "no benchmark harness at $harness (set BENCH_HARNESS)" >&2; exit 2; }
export NATIVE_EXT=${NATIVE_EXT:-$root/modules/smtp.so}
RESULTS_DIR=${RESULTS_DIR:-$root/bench/results}
# shellcheck source=/dev/null
source "$harness/scripts/common.sh"

RUNS=${RUNS:-3}
LAT_COUNT=${LAT_COUNT:-100}
DELAY_MS=${DELAY_MS:-5}
RTT=$("$SYS_PY" -c "print(2*float('$DELAY_MS'))")
OUT=$RESULTS_DIR/latency-bdat-$RUN_ID.jsonl

# A Postfix instance of its own, in a directory removed afterwards.
work=$(mktemp -d /tmp/smtp-bench-postfix.XXXXXX)
chmod 755 "$work"
postfix_ctl() {
	SMTP_TEST_WORK=$work POSTFIX_PROXY_FILTER=127.0.0.1:$SINK_PORT \
		POSTFIX_PORT_STARTTLS=$((PORT_BASE + 10)) POSTFIX_PORT_SMTPS=$((PORT_BASE + 11)) \
		POSTFIX_PORT_PLAIN=$((PORT_BASE + 12)) POSTFIX_PORT_SELFSIGNED=$((PORT_BASE + 13)) \
		POSTFIX_PORT_WRONGHOST=$((PORT_BASE + 14)) POSTFIX_PORT_EXPIRED=$((PORT_BASE + 15)) \
		POSTFIX_PORT_STRICT=$((PORT_BASE + 16)) bash "$root/tests/servers/postfix.sh" "$1" >&2
}
cleanup() {
	postfix_ctl stop || true
	bench_cleanup
	rm -rf "$work"
}
trap cleanup EXIT INT TERM

start_sink
postfix_ctl start
port_free "$PROXY_PORT"
timeout "${SINK_MAX_S:-7200}" "$SYS_PY" "$BENCH_DIR/tools/delay_proxy.py" --listen "$PROXY_PORT" \
	--upstream $((PORT_BASE + 12)) --delay-ms "$DELAY_MS" --max-seconds "${SINK_MAX_S:-7200}" >&2 &
BENCH_PIDS+=("$!")
wait_port "$PROXY_PORT"
log "smtp-sink :$SINK_PORT <- Postfix smtpd :$((PORT_BASE + 12)) (CHUNKING) <- delay proxy :$PROXY_PORT (RTT $RTT ms); results -> $OUT"

# php_latency IMPL TAG [php -d settings...]: one run of the harness's client.
php_latency() {
	local impl=$1 tag=$2
	shift 2
	PHP_FLAGS="$PHP_FLAGS $*" run_php "$impl" "$BENCH_DIR/php/throughput.php" --bench=latency --rtt_ms="$RTT" \
		--tag="$tag" --mode=keepalive --rcpts=10 --nodelay=1 --count="$LAT_COUNT" --warmup=3 \
		--port="$PROXY_PORT" --max_seconds=300 >>"$OUT" || log "WARN: $impl $tag run failed"
}

export SRC_BENCH=latency SRC_RTT="$RTT"
for ((r = 1; r <= RUNS; r++)); do
	log "lat10-bdat run $r/$RUNS"
	smtp_source_json lat10-bdat keepalive 10 "$LAT_COUNT" "$PROXY_PORT" >>"$OUT"
	for m in lockstep pipelined pipelined-eod; do
		timeout 600 "$SYS_PY" "$BENCH_DIR/tools/pipeline_client.py" --port "$PROXY_PORT" --count "$LAT_COUNT" \
			--rcpts 10 --mode "$m" --tag lat10-bdat --rtt-ms "$RTT" >>"$OUT"
	done
	for impl in $IMPLS; do
		if [[ $impl == native ]]; then
			php_latency native lat10-bdat -d smtp.chunking=1
			php_latency native lat10-bdat-data -d smtp.chunking=0
		else
			php_latency "$impl" lat10-bdat
		fi
	done
done
"$SYS_PY" "$BENCH_DIR/tools/summarize.py" "$OUT"
