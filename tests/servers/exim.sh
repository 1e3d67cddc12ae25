#!/usr/bin/env bash
# exim.sh fetch|start|stop|status: a private Exim 4 (Debian's exim4-daemon-light)
# for the AUTH tests Postfix with Cyrus cannot serve: XOAUTH2 and OAUTHBEARER.
#
# Exim conflicts with Postfix as a Debian package (both provide
# mail-transport-agent), so it is never installed: "fetch" downloads the .deb
# with apt-get and unpacks it below $EXIM_ROOT (default tests/.work/exim-deb
# of this checkout); scripts/install-deps.sh runs it. The binary insists on its
# compiled-in user Debian-exim, which a machine without the package lacks:
# "start" runs it in a private mount namespace (unshare -m) whose /etc/passwd
# and /etc/group are copies with that user added, so nothing outside the
# work directory changes.
#
# Everything else lives under $EXIM_WORKDIR (default $SMTP_TEST_WORK/exim):
#   exim.conf  the configuration (rewritten at every start)
#   spool/     spool_directory;  log/  mainlog and paniclog
#   exim.pid   PID of the daemon, as started here
#
# One listener, 127.0.0.1:$EXIM_PORT (default 2550), no TLS. Authenticators,
# all for the test account (alice / secret, token "testtoken"):
#   PLAIN, XOAUTH2 ("user=alice^Aauth=Bearer testtoken^A^A"),
#   OAUTHBEARER ("n,a=alice,^Aauth=Bearer testtoken^A^A", no host/port)
# Mail is accepted and dropped (a :blackhole: router), and every accepted
# message is logged in log/mainlog with A=<authenticator>:<user>.
set -euo pipefail
LOG_TAG=exim
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

: "${EXIM_ROOT:=$REPO_ROOT/tests/.work/exim-deb}"
: "${EXIM_WORKDIR:=$SMTP_TEST_WORK/exim}"
: "${EXIM_PORT:=2550}"
: "${EXIM_TOKEN:=testtoken}"

BIN=$EXIM_ROOT/usr/sbin/exim4
W=$EXIM_WORKDIR
CONF=$W/exim.conf
PIDFILE=$W/exim.pid

running_pid() {
	local pid
	pid=$(read_pid "$PIDFILE")
	[[ -n $pid ]] && pid_alive "$pid" && pid_cmdline_has "$pid" "$CONF" && echo "$pid"
	return 0
}

do_fetch() {
	[[ -x $BIN ]] && return 0
	local tmp
	tmp=$(mktemp -d)
	# apt-get download runs as _apt where it can write; the directory must be its to write in.
	chmod 777 "$tmp"
	(cd "$tmp" && apt-get download -q exim4-daemon-light) || die "apt-get download exim4-daemon-light failed"
	mkdir -p "$EXIM_ROOT"
	dpkg-deb -x "$tmp"/exim4-daemon-light_*.deb "$EXIM_ROOT"
	rm -rf "$tmp"
	[[ -x $BIN ]] || die "no $BIN in the package"
	log "unpacked exim4-daemon-light into $EXIM_ROOT"
}

write_config() {
	local u=$SMTP_TEST_USER p=$SMTP_TEST_PASSWORD t=$EXIM_TOKEN
	cat >"$CONF" <<-EOF
		# Written by tests/servers/exim.sh at every start; edit that script instead.
		primary_hostname = mx.test.local
		exim_path = $BIN
		exim_user = Debian-exim
		exim_group = Debian-exim
		spool_directory = $W/spool
		log_file_path = $W/log/%slog
		keep_environment =
		local_interfaces = $SMTP_TEST_HOST
		daemon_smtp_ports = $EXIM_PORT
		host_lookup =
		rfc1413_hosts =
		auth_advertise_hosts = *
		tls_advertise_hosts =
		dsn_advertise_hosts = *
		smtputf8_advertise_hosts = *
		message_size_limit = 10M
		acl_smtp_rcpt = acl_check_rcpt

		begin acl
		acl_check_rcpt:
		  accept

		begin routers
		blackhole:
		  driver = redirect
		  data = :blackhole:

		begin transports

		begin authenticators
		plain_server:
		  driver = plaintext
		  public_name = PLAIN
		  server_prompts = :
		  server_condition = \${if and {{eq{\$auth2}{$u}}{eq{\$auth3}{$p}}}}
		  server_set_id = \$auth2
		xoauth2_server:
		  driver = plaintext
		  public_name = XOAUTH2
		  server_prompts = :
		  server_condition = \${if match{\$auth1}{\N^user=$u\x01auth=Bearer $t\x01\x01\$\N}}
		  server_set_id = $u
		oauthbearer_server:
		  driver = plaintext
		  public_name = OAUTHBEARER
		  server_prompts = :
		  server_condition = \${if match{\$auth1}{\N^n,a=$u,\x01auth=Bearer $t\x01\x01\$\N}}
		  server_set_id = $u
	EOF
}

ready_or_dead() {
	pid_alive "$(read_pid "$PIDFILE")" || return 0
	# No name check: Exim's EHLO line is "<name> Hello ..."; the port was free before the start.
	probe_quiet "$SMTP_TEST_HOST:$EXIM_PORT:none"
}

do_start() {
	need_root
	local pid
	pid=$(running_pid)
	if [[ -n $pid ]]; then
		log "already running (PID $pid)"
		return 0
	fi
	[[ -x $BIN ]] || die "$BIN is missing: run '$0 fetch' (scripts/install-deps.sh does)"
	require_free_ports "$EXIM_PORT"
	check_path "$W"
	rm -rf "$W/spool" "$W/log" "$W/etc"
	mkdir -p "$W/spool" "$W/log" "$W/etc"
	# The namespace's account files: the machine's, plus Debian-exim as nobody's ids.
	cp /etc/passwd "$W/etc/passwd"
	cp /etc/group "$W/etc/group"
	grep -q '^Debian-exim:' "$W/etc/passwd" ||
		echo "Debian-exim:x:$(id -u nobody):$(id -g nobody)::/nonexistent:/usr/sbin/nologin" >>"$W/etc/passwd"
	grep -q '^Debian-exim:' "$W/etc/group" || echo "Debian-exim:x:$(id -g nobody):" >>"$W/etc/group"
	chown -R nobody:"$(id -gn nobody)" "$W/spool" "$W/log"
	write_config
	# unshare execs the shell, which execs Exim: the recorded PID is the daemon's.
	spawn "$W/exim.out" "$PIDFILE" unshare -m sh -c \
		'mount --bind "$1/etc/passwd" /etc/passwd && mount --bind "$1/etc/group" /etc/group && exec "$2" -C "$3" -bdf' \
		sh "$W" "$BIN" "$CONF"
	if ! wait_until "$SMTP_TEST_START_TIMEOUT" "Exim to answer on port $EXIM_PORT" ready_or_dead ||
		[[ -z $(running_pid) ]]; then
		show_log "$W/exim.out"
		show_log "$W/log/paniclog"
		do_stop || true
		die "Exim did not come up"
	fi
	log "running: PID $(running_pid), port $EXIM_PORT"
}

do_stop() { stop_pid "$PIDFILE" "$CONF" exim; }

do_status() {
	local pid
	pid=$(running_pid)
	if [[ -z $pid ]]; then
		echo "exim: not running"
		return 3
	fi
	echo "exim: running, PID $pid, port $EXIM_PORT, log $W/log/mainlog"
}

case ${1:-} in
fetch) do_fetch ;;
start) do_start ;;
stop) do_stop ;;
restart) do_stop && do_start ;;
status) do_status ;;
*)
	echo "usage: $0 fetch|start|stop|status|restart" >&2
	exit 2
	;;
esac
