# shellcheck shell=bash
# Common helpers and defaults for the test-server scripts in this directory.
# Sourced, never run. Every default can be overridden from the environment;
# start-all.sh writes the values in force to servers.json, which is all the
# tests read.

SERVERS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SERVERS_DIR/../.." && pwd)

# Scratch space for every server (git-ignored).
: "${SMTP_TEST_WORK:=$REPO_ROOT/tests/.work}"
: "${SMTP_TEST_CERTS:=$SMTP_TEST_WORK/certs}"
: "${SMTP_TEST_HOST:=127.0.0.1}"

# Postfix listeners (see postfix.sh and README.md for what each one does).
: "${POSTFIX_WORKDIR:=$SMTP_TEST_WORK/postfix}"
: "${POSTFIX_PORT_STARTTLS:=2525}"
: "${POSTFIX_PORT_SMTPS:=4650}"
: "${POSTFIX_PORT_PLAIN:=2587}"
: "${POSTFIX_PORT_SELFSIGNED:=2526}"
: "${POSTFIX_PORT_WRONGHOST:=2527}"
: "${POSTFIX_PORT_EXPIRED:=2528}"
: "${POSTFIX_PORT_STRICT:=2529}"

: "${SMTP_SINK_WORKDIR:=$SMTP_TEST_WORK/smtp-sink}"
: "${SMTP_SINK_PORT:=2530}"

: "${AIOSMTPD_WORKDIR:=$SMTP_TEST_WORK/aiosmtpd}"
: "${AIOSMTPD_PORT:=2540}"

# Dovecot's POP3 (POP-before-SMTP tests): plain and implicit TLS.
: "${DOVECOT_WORKDIR:=$SMTP_TEST_WORK/dovecot}"
: "${DOVECOT_PORT_POP3:=2110}"
: "${DOVECOT_PORT_POP3S:=2995}"

# The one SASL account of the test servers.
: "${SMTP_TEST_USER:=alice}"
: "${SMTP_TEST_PASSWORD:=secret}"
: "${SMTP_TEST_REALM:=mx.test.local}"

# Debian's interpreter, which has python3-aiosmtpd; a pyenv or venv python3
# earlier in PATH would not.
SYS_PYTHON=/usr/bin/python3

# Upper bound, in seconds, for any server to come up or go down.
: "${SMTP_TEST_START_TIMEOUT:=30}"
: "${SMTP_TEST_STOP_TIMEOUT:=15}"

export SMTP_TEST_WORK SMTP_TEST_CERTS SMTP_TEST_HOST \
	POSTFIX_WORKDIR POSTFIX_PORT_STARTTLS POSTFIX_PORT_SMTPS POSTFIX_PORT_PLAIN \
	POSTFIX_PORT_SELFSIGNED POSTFIX_PORT_WRONGHOST POSTFIX_PORT_EXPIRED POSTFIX_PORT_STRICT \
	SMTP_SINK_WORKDIR SMTP_SINK_PORT AIOSMTPD_WORKDIR AIOSMTPD_PORT \
	DOVECOT_WORKDIR DOVECOT_PORT_POP3 DOVECOT_PORT_POP3S \
	SMTP_TEST_USER SMTP_TEST_PASSWORD SMTP_TEST_REALM

log() { printf '[%s] %s\n' "${LOG_TAG:-servers}" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# now_ms: monotonic enough wall clock in milliseconds.
now_ms() { date +%s%3N; }

# pid_alive PID: true while PID exists and is not a zombie.
pid_alive() {
	local state
	[[ $1 =~ ^[0-9]+$ ]] || return 1
	state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
	[[ -n $state && $state != Z* ]]
}

# pid_cmdline_has PID WORD: true if PID's command line contains WORD. Used
# before signalling a PID read from a file, so that a stale file whose PID has
# been reused by an unrelated process can never make us kill that process.
pid_cmdline_has() {
	local cmd
	[[ $1 =~ ^[0-9]+$ ]] || return 1
	cmd=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
	[[ $cmd == *"$2"* ]]
}

# read_pid FILE: print the first number in FILE (nothing if absent).
read_pid() {
	[[ -s $1 ]] || return 0
	tr -cs '0-9' '\n' <"$1" | grep -m1 . || true
}

# wait_until TIMEOUT_S DESCRIPTION CMD...: run CMD every 0.1 s until it
# succeeds; false after TIMEOUT_S seconds (and at most TIMEOUT_S*10+1 tries).
wait_until() {
	local timeout=$1 what=$2 deadline tries=0 max
	shift 2
	deadline=$(($(now_ms) + timeout * 1000))
	max=$((timeout * 10 + 1))
	while ((tries < max)); do
		"$@" && return 0
		tries=$((tries + 1))
		(($(now_ms) >= deadline)) && break
		sleep 0.1
	done
	log "timed out after ${timeout}s waiting for $what"
	return 1
}

# probe SPEC...: true when every SPEC (host:port:none|starttls|smtps[:NAME])
# greets with 220 and answers EHLO (and STARTTLS) with 250, the EHLO reply
# naming NAME if given (so that another server on the port is not taken for
# ours).
probe() { "$SYS_PYTHON" "$SERVERS_DIR/probe.py" "$@"; }
probe_quiet() { probe --quiet "$@"; }

# stop_pid PIDFILE MARKER NAME: SIGTERM the PID recorded in PIDFILE if it is
# still ours (command line contains MARKER), wait for it to exit (bounded),
# then remove PIDFILE. SIGKILL only that PID if SIGTERM was not enough.
stop_pid() {
	local pidfile=$1 marker=$2 name=$3 pid
	pid=$(read_pid "$pidfile")
	if [[ -z $pid ]] || ! pid_alive "$pid"; then
		log "not running"
		rm -f "$pidfile"
		return 0
	fi
	if ! pid_cmdline_has "$pid" "$marker"; then
		log "PID $pid in $pidfile is not ours any more; leaving it alone"
		rm -f "$pidfile"
		return 0
	fi
	kill -TERM "$pid" 2>/dev/null || true
	if ! wait_until "$SMTP_TEST_STOP_TIMEOUT" "$name (PID $pid) to exit" pid_gone "$pid"; then
		kill -KILL "$pid" 2>/dev/null || true
		wait_until 5 "$name (PID $pid) to die" pid_gone "$pid" || die "PID $pid survives SIGKILL"
	fi
	rm -f "$pidfile"
	log "stopped (PID $pid)"
}
pid_gone() { ! pid_alive "$1"; }

# spawn LOGFILE PIDFILE CMD...: start CMD detached from our session (so it
# outlives this script and the terminal), with stdin from /dev/null and all
# output appended to LOGFILE, and record its PID. In a non-interactive shell a
# background job is not a process-group leader, so setsid(1) execs CMD in place
# and $! is CMD's own PID (callers check that once the server answers).
#
# Descriptors above 2 are closed first: a server must not keep start-all's
# lock, or a pipe of whatever ran us (a CI runner waiting for EOF), open.
spawn() {
	local logfile=$1 pidfile=$2
	shift 2
	(
		for fd in "/proc/$BASHPID/fd/"*; do
			fd=${fd##*/}
			if ((fd > 2)); then eval "exec $fd>&-"; fi
		done
		exec setsid "$@" </dev/null >>"$logfile" 2>&1
	) &
	echo "$!" >"$pidfile"
}

# show_log FILE: print the last lines of a server log, for failures.
show_log() {
	log "---- last lines of $1 ----"
	tail -n "${2:-60}" "$1" >&2 2>/dev/null || true
	log "---- end of $1 ----"
}

# require_free_ports PORT...: fail unless nothing listens on any PORT of
# $SMTP_TEST_HOST (checked before starting, so that a foreign server on one of
# our ports is reported as such, not mistaken for ours).
require_free_ports() {
	local port
	for port in "$@"; do
		if (exec 3<>"/dev/tcp/$SMTP_TEST_HOST/$port") 2>/dev/null; then
			die "port $SMTP_TEST_HOST:$port is already in use by another process; stop it or choose other ports (see lib.sh)"
		fi
	done
}

need_root() { [[ $(id -u) -eq 0 ]] || die "must run as root (Postfix and the Cyrus sasldb need it)"; }

# Reject paths Postfix or master.cf cannot cope with.
check_path() {
	[[ $1 != *[[:space:]]* ]] || die "path must not contain white space: $1"
	[[ $1 == /* ]] || die "path must be absolute: $1"
}
