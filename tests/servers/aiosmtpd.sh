#!/usr/bin/env bash
# aiosmtpd.sh start|stop|status: the aiosmtpd test server (aiosmtpd_server.py)
# on 127.0.0.1:$AIOSMTPD_PORT (default 2540): STARTTLS with the "server"
# certificate, SMTPUTF8, AUTH PLAIN/LOGIN after TLS, delivery to
# $AIOSMTPD_WORKDIR/mail/<localpart>/new/. State in $AIOSMTPD_WORKDIR.
set -euo pipefail
LOG_TAG=aiosmtpd
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

W=$AIOSMTPD_WORKDIR
PIDFILE=$W/aiosmtpd.pid
LOGFILE=$W/aiosmtpd.log
MAILDIR=$W/mail
SPEC=$SMTP_TEST_HOST:$AIOSMTPD_PORT:starttls:aiosmtpd.test.local
MARKER=aiosmtpd_server.py

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
	local pid
	pid=$(running_pid)
	if [[ -n $pid ]]; then
		probe_quiet "$SPEC" || die "PID $pid is running but does not answer on $SPEC"
		log "already running (PID $pid)"
		return 0
	fi
	"$SYS_PYTHON" -c 'import aiosmtpd' 2>/dev/null ||
		die "$SYS_PYTHON cannot import aiosmtpd (apt-get install python3-aiosmtpd)"
	require_free_ports "$AIOSMTPD_PORT"
	[[ -n ${SMTP_TEST_CERTS_READY:-} ]] || bash "$SERVERS_DIR/certs.sh" "$SMTP_TEST_CERTS"
	mkdir -p "$W"
	rm -rf "$MAILDIR"
	mkdir -p "$MAILDIR"
	: >"$LOGFILE"
	spawn "$LOGFILE" "$PIDFILE" "$SYS_PYTHON" "$SERVERS_DIR/aiosmtpd_server.py" \
		--host "$SMTP_TEST_HOST" --port "$AIOSMTPD_PORT" \
		--cert "$SMTP_TEST_CERTS/server.crt" --key "$SMTP_TEST_CERTS/server.key" \
		--maildir "$MAILDIR" --user "$SMTP_TEST_USER" --password "$SMTP_TEST_PASSWORD"
	if ! wait_until "$SMTP_TEST_START_TIMEOUT" "aiosmtpd to answer on $SPEC" ready_or_dead ||
		[[ -z $(running_pid) ]]; then
		show_log "$LOGFILE"
		do_stop || true
		die "aiosmtpd did not come up"
	fi
	log "running: PID $(running_pid), port $AIOSMTPD_PORT"
}

do_stop() { stop_pid "$PIDFILE" "$MARKER" aiosmtpd; }

do_status() {
	local pid
	pid=$(running_pid)
	if [[ -z $pid ]]; then
		echo "aiosmtpd: not running"
		return 3
	fi
	echo "aiosmtpd: running, PID $pid"
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
