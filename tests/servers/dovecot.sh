#!/usr/bin/env bash
# dovecot.sh start|stop|status|restart: a private Dovecot POP3 server for the
# POP-before-SMTP tests (PHPMailer's POP3 class).
#
# Everything lives under $DOVECOT_WORKDIR (default tests/.work/dovecot):
#   etc/dovecot.conf   the configuration (rewritten at every start)
#   auth/passwd        passwd-file with the test account (alice / secret)
#   mail/              the (empty) mailboxes
# auth/ and mail/ move to /tmp when the users that read them (dovecot,
# nobody) cannot walk into $DOVECOT_WORKDIR (a checkout under /root, or in
# a mktemp directory).
#   run/               base_dir: Dovecot's sockets and master.pid
#   state/             state_dir
#   dovecot.log        what Dovecot logs (log_path); dovecot.out its stdout/stderr
#   dovecot.pid        PID of this instance's master, as started here
#
# Listeners on 127.0.0.1 (ports overridable, see lib.sh):
#   pop3   2110  plain POP3, USER/PASS allowed without TLS
#   pop3s  2995  implicit TLS (the "server" certificate)
#
# Mail is stored as user nobody in a Maildir per user (empty: the tests only
# log in); the system's Dovecot (/etc/dovecot) is never read or touched.
set -euo pipefail
LOG_TAG=dovecot
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

W=$DOVECOT_WORKDIR
C=$W/etc
CONF=$C/dovecot.conf
RUN=$W/run
PIDFILE=$W/dovecot.pid
LOGFILE=$W/dovecot.log
OUTFILE=$W/dovecot.out
GREETING="smtp extension test POP3 ready."

running_pid() {
	local pid
	pid=$(read_pid "$PIDFILE")
	[[ -n $pid ]] && pid_alive "$pid" && pid_cmdline_has "$pid" "$CONF" && echo "$pid"
	return 0
}

# probe_pop3 [--quiet]: true when both listeners greet with our +OK line
# (the TLS one with the "server" certificate, checked against the test CA)
# and the test account logs in with USER/PASS.
probe_pop3() {
	"$SYS_PYTHON" - "$@" "$SMTP_TEST_HOST" "$DOVECOT_PORT_POP3" "$DOVECOT_PORT_POP3S" \
		"$SMTP_TEST_CERTS/ca.crt" "$GREETING" "$SMTP_TEST_USER" "$SMTP_TEST_PASSWORD" <<-'EOF'
		import socket, ssl, sys
		args = sys.argv[1:]
		quiet = args[0] == "--quiet"
		host, plain, tls, ca, greeting, user, password = args[1:] if quiet else args
		def session(port, context):
		    with socket.create_connection((host, int(port)), timeout=3) as raw:
		        conn = context.wrap_socket(raw, server_hostname=host) if context else raw
		        replies = conn.makefile("rb")
		        lines = [replies.readline()]
		        for command in ("USER " + user, "PASS " + password, "QUIT"):
		            conn.sendall(command.encode() + b"\r\n")
		            lines.append(replies.readline())
		        return [line.decode("latin-1").rstrip() for line in lines]
		ok = True
		for port, context in ((plain, None), (tls, ssl.create_default_context(cafile=ca))):
		    try:
		        lines = session(port, context)
		        line = " | ".join(lines)
		        good = lines[0] == "+OK " + greeting and all(l.startswith("+OK") for l in lines)
		    except (OSError, ssl.SSLError) as e:
		        line, good = "no answer: %s" % e, False
		    ok = ok and good
		    if not quiet:
		        print("%s:%s %s %s" % (host, port, "ok" if good else "BAD", line))
		sys.exit(0 if ok else 1)
	EOF
}

ready_or_dead() {
	pid_alive "$(read_pid "$PIDFILE")" || return 0
	probe_pop3 --quiet
}

# dir_for USER NAME: a directory for what USER must reach: $W/NAME when USER
# can walk into $W; otherwise (a checkout under /root, or in a mktemp
# directory) one in /tmp, named after $W.
dir_for() {
	if runuser -u "$1" -- test -x "$W"; then
		echo "$W/$2"
	else
		echo "/tmp/smtp-test-dovecot-$2.$(printf '%s' "$W" | cksum | cut -d' ' -f1)"
	fi
}

write_config() {
	local mail=$1 auth=$2
	cat >"$CONF" <<-EOF
		# Written by tests/servers/dovecot.sh at every start; edit that script instead.
		base_dir = $RUN
		state_dir = $W/state
		log_path = $LOGFILE
		instance_name = smtp-test-dovecot
		protocols = pop3
		listen = $SMTP_TEST_HOST
		login_greeting = $GREETING

		ssl = yes
		ssl_cert = <$SMTP_TEST_CERTS/server.crt
		ssl_key = <$SMTP_TEST_CERTS/server.key
		ssl_dh = </usr/share/dovecot/dh.pem
		ssl_min_protocol = TLSv1.2

		# USER/PASS over plain POP3, as POP-before-SMTP clients send them.
		disable_plaintext_auth = no
		auth_mechanisms = plain login
		auth_verbose = yes
		# The first passdb only marks every login "nodelay", which a failed one
		# keeps: its -ERR comes at once, and adds nothing to the growing delay
		# (anvil's auth penalty) of the next; the tests fail logins on purpose.
		passdb {
		  driver = static
		  args = nopassword=y nodelay=y
		  result_success = continue-fail
		}
		passdb {
		  driver = passwd-file
		  args = scheme=PLAIN username_format=%u $auth/passwd
		}
		userdb {
		  driver = static
		  args = uid=nobody gid=nogroup home=$mail/%u
		}
		mail_location = maildir:~/Maildir

		service pop3-login {
		  inet_listener pop3 {
		    address = $SMTP_TEST_HOST
		    port = $DOVECOT_PORT_POP3
		  }
		  inet_listener pop3s {
		    address = $SMTP_TEST_HOST
		    port = $DOVECOT_PORT_POP3S
		    ssl = yes
		  }
		}
	EOF
	# Read by the auth process, which runs as user dovecot.
	rm -rf "$auth"
	mkdir -p "$auth"
	chown root:dovecot "$auth"
	chmod 750 "$auth"
	printf '%s:{PLAIN}%s\n' "$SMTP_TEST_USER" "$SMTP_TEST_PASSWORD" >"$auth/passwd"
	chown root:dovecot "$auth/passwd"
	chmod 640 "$auth/passwd"
}

do_start() {
	need_root
	local pid mail auth
	pid=$(running_pid)
	if [[ -n $pid ]]; then
		probe_pop3 --quiet || die "PID $pid is running but does not answer on ports $DOVECOT_PORT_POP3/$DOVECOT_PORT_POP3S"
		log "already running (PID $pid)"
		return 0
	fi
	command -v dovecot >/dev/null || die "dovecot is not installed (apt-get install dovecot-core dovecot-pop3d)"
	require_free_ports "$DOVECOT_PORT_POP3" "$DOVECOT_PORT_POP3S"
	[[ -n ${SMTP_TEST_CERTS_READY:-} ]] || bash "$SERVERS_DIR/certs.sh" "$SMTP_TEST_CERTS"
	check_path "$W"
	# Dovecot's UNIX sockets live in base_dir and must fit in sun_path (108 bytes).
	((${#RUN} <= 80)) || die "DOVECOT_WORKDIR path is too long for Dovecot's UNIX sockets: $RUN"
	mkdir -p "$W"
	rm -rf "$C" "$RUN" "$W/state"
	mkdir -p "$C" "$RUN" "$W/state"
	mail=$(dir_for nobody mail)
	auth=$(dir_for dovecot auth)
	rm -rf "$mail"
	mkdir -p "$mail"
	chown nobody:nogroup "$mail"
	write_config "$mail" "$auth"
	: >"$LOGFILE"
	: >"$OUTFILE"
	spawn "$OUTFILE" "$PIDFILE" dovecot -F -c "$CONF"
	if ! wait_until "$SMTP_TEST_START_TIMEOUT" "Dovecot to answer on ports $DOVECOT_PORT_POP3/$DOVECOT_PORT_POP3S" ready_or_dead ||
		[[ -z $(running_pid) ]]; then
		show_log "$OUTFILE"
		show_log "$LOGFILE"
		probe_pop3 >&2 || true
		do_stop || true
		die "Dovecot did not come up"
	fi
	log "running: PID $(running_pid), ports pop3=$DOVECOT_PORT_POP3 pop3s=$DOVECOT_PORT_POP3S"
}

do_stop() { stop_pid "$PIDFILE" "$CONF" dovecot; }

do_status() {
	local pid
	pid=$(running_pid)
	if [[ -z $pid ]]; then
		echo "dovecot: not running"
		return 3
	fi
	echo "dovecot: running, PID $pid, log $LOGFILE"
	probe_pop3
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
