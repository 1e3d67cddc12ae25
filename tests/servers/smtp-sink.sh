#!/usr/bin/env bash
# smtp-sink.sh start|stop|status: Postfix's smtp-sink(1) on a plain port
# (default 127.0.0.1:2530) for throughput tests. It accepts and discards
# everything, advertises PIPELINING, 8BITMIME, DSN, ENHANCEDSTATUSCODES (and
# a fake AUTH), and has no TLS. State in $SMTP_SINK_WORKDIR (pid, log).
set -euo pipefail
LOG_TAG=smtp-sink
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

W=$SMTP_SINK_WORKDIR
PIDFILE=$W/smtp-sink.pid
LOGFILE=$W/smtp-sink.log
SPEC=$SMTP_TEST_HOST:$SMTP_SINK_PORT:none:sink.test.local
MARKER=smtp-sink

running_pid() {
	local pid
	pid=$(read_pid "$PIDFILE")
	[[ -n $pid ]] && pid_alive "$pid" && pid_cmdline_has "$pid" "$MARKER" && echo "$pid"
	return 0
}

ready_or_dead() {
	pid_alive "$(read_pid "$PIDFILE")" || return 0
	probe_quiet "$SPEC"
}

do_start() {
	need_root
	local pid
	pid=$(running_pid)
	if [[ -n $pid ]]; then
		probe_quiet "$SPEC" || die "PID $pid is running but does not answer on $SPEC"
		log "already running (PID $pid)"
		return 0
	fi
	require_free_ports "$SMTP_SINK_PORT"
	mkdir -p "$W"
	: >"$LOGFILE"
	# -u: smtp-sink refuses to keep root privileges; nobody is enough.
	# -h: the name in its banner. 256: listen backlog, for parallel clients.
	spawn "$LOGFILE" "$PIDFILE" smtp-sink -u nobody -h sink.test.local "$SMTP_TEST_HOST:$SMTP_SINK_PORT" 256
	if ! wait_until "$SMTP_TEST_START_TIMEOUT" "smtp-sink to answer on $SPEC" ready_or_dead ||
		[[ -z $(running_pid) ]]; then
		show_log "$LOGFILE"
		do_stop || true
		die "smtp-sink did not come up"
	fi
	log "running: PID $(running_pid), port $SMTP_SINK_PORT"
}

do_stop() { stop_pid "$PIDFILE" "$MARKER" smtp-sink; }

do_status() {
	local pid
	pid=$(running_pid)
	if [[ -z $pid ]]; then
		echo "smtp-sink: not running"
		return 3
	fi
	echo "smtp-sink: running, PID $pid"
	probe "$SPEC"
}

case ${1:-} in
start) do_start ;;
stop) do_stop ;;
restart) do_stop && do_start ;;
status) do_status ;;
*)
	echo "usage: $0 start|stop|status|restart" >&2
	exit 2
	;;
esac
