#!/usr/bin/env bash
# Start or stop tests/servers/faultsmtp.py in the background for a test run.
#
#   tests/servers/faultsmtp.sh start [--cert FILE --key FILE] [other faultsmtp.py options]
#       (without --cert: $SMTP_TEST_CERTS/server.{crt,key} from certs.sh when present,
#        default tests/.work/certs/)
#   tests/servers/faultsmtp.sh stop
#   tests/servers/faultsmtp.sh status
#
# State lives in tests/.work/faultsmtp/ (or $FAULTSMTP_WORK): pid, log, control_port.
# FAULTSMTP_CONTROL_PORT picks the control port (default 0: any free port);
# FAULTSMTP_READY_TIMEOUT bounds the wait for the READY line (default 15 s).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${FAULTSMTP_WORK:-${SMTP_TEST_WORK:-$root/tests/.work}/faultsmtp}"
pidfile="$work/pid"
logfile="$work/log"
portfile="$work/control_port"
ready_timeout="${FAULTSMTP_READY_TIMEOUT:-15}"

# True when $1 is a live faultsmtp.py process (guards against a recycled PID).
is_ours() {
    local pid="$1"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'faultsmtp\.py'
}

start() {
    mkdir -p "$work"
    if [ -f "$pidfile" ] && is_ours "$(cat "$pidfile")" && [ -s "$portfile" ]; then
        echo "faultsmtp already running (pid $(cat "$pidfile"), control port $(cat "$portfile"))"
        return 0
    fi
    rm -f "$pidfile" "$portfile"
    # Without --cert, use the test certificates made by certs.sh, if there.
    local certs="${SMTP_TEST_CERTS:-$root/tests/.work/certs}"
    if [[ " $* " != *" --cert "* ]] && [ -s "$certs/server.crt" ] && [ -s "$certs/server.key" ]; then
        set -- --cert "$certs/server.crt" --key "$certs/server.key" "$@"
    fi
    : >"$logfile"
    python3 "$here/faultsmtp.py" --control-port "${FAULTSMTP_CONTROL_PORT:-0}" "$@" \
        >"$logfile" 2>&1 </dev/null &
    local pid=$!
    echo "$pid" >"$pidfile"
    local waited=0 port
    # 0.1 s steps, bounded by ready_timeout.
    while [ "$waited" -lt $((ready_timeout * 10)) ]; do
        port="$(sed -n 's/^READY control=\([0-9][0-9]*\)$/\1/p' "$logfile" 2>/dev/null | head -n 1 || true)"
        if [ -n "$port" ]; then
            echo "$port" >"$portfile.tmp"
            mv "$portfile.tmp" "$portfile"
            echo "faultsmtp started (pid $pid, control port $port, log $logfile)"
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "faultsmtp exited during startup; log:" >&2
            cat "$logfile" >&2
            rm -f "$pidfile"
            return 1
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    echo "faultsmtp not ready after ${ready_timeout}s; stopping it; log:" >&2
    cat "$logfile" >&2
    kill "$pid" 2>/dev/null || true
    rm -f "$pidfile"
    return 1
}

stop() {
    if [ ! -f "$pidfile" ]; then
        echo "faultsmtp not running (no $pidfile)"
        rm -f "$portfile"
        return 0
    fi
    local pid
    pid="$(cat "$pidfile")"
    if is_ours "$pid"; then
        kill -TERM "$pid"
        local i
        for i in $(seq 1 50); do
            is_ours "$pid" || break
            sleep 0.1
        done
        if is_ours "$pid"; then
            echo "faultsmtp (pid $pid) ignored SIGTERM for 5s; killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
        fi
        echo "faultsmtp stopped (pid $pid)"
    else
        echo "faultsmtp not running (stale pid file)"
    fi
    rm -f "$pidfile" "$portfile"
}

status() {
    if [ -f "$pidfile" ] && is_ours "$(cat "$pidfile")"; then
        echo "faultsmtp running (pid $(cat "$pidfile"), control port $(cat "$portfile" 2>/dev/null || echo '?'))"
    else
        echo "faultsmtp not running"
        return 1
    fi
}

cmd="${1:-}"
shift || true
case "$cmd" in
    start) start "$@" ;;
    stop) stop ;;
    status) status ;;
    *) echo "usage: $0 start [faultsmtp.py options] | stop | status" >&2; exit 2 ;;
esac
