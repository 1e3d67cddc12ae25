#!/usr/bin/env bash
# postfix.sh start|stop|status|restart: a private Postfix instance for tests.
#
# Everything lives under $POSTFIX_WORKDIR (default tests/.work/postfix):
#   etc/       main.cf, master.cf, lookup tables, sasl/smtpd.conf
#   sasldb2    Cyrus SASL database (alice / secret, realm mx.test.local)
#   spool/     queue_directory;  data/  data_directory
#   mail/      delivered mail: mail/<localpart>/new/<file>, one Maildir per
#              recipient local part (case kept), whatever the domain; written
#              by maildir-deliver.sh through pipe(8), as user nobody
#   postfix.log  everything Postfix logs (maillog_file=/dev/stdout)
#   master.pid   PID of this instance's master(8)
#
# Listeners, all on 127.0.0.1 (ports overridable, see lib.sh):
#   starttls   2525  STARTTLS offered (server cert), AUTH before and after TLS
#   smtps      4650  implicit TLS (server cert), AUTH
#   plain      2587  no TLS, no AUTH
#   selfsigned 2526  like starttls, with the self-signed certificate
#   wronghost  2527  like starttls, certificate for wrong.example only
#   expired    2528  like starttls, expired certificate
#   strict     2529  STARTTLS required before MAIL, AUTH only after TLS and
#                    required to send anything
#
# POSTFIX_PROXY_FILTER=host:port makes the plain listener hand each session
# on to that SMTP server before anything is queued (smtpd_proxy_filter):
# bench/latency-bdat.sh puts Postfix's CHUNKING in front of smtp-sink so.
#
# The system's own Postfix (/etc/postfix, /var/spool/postfix) is never
# touched: every command here runs with "-c <our etc>".
set -euo pipefail
LOG_TAG=postfix
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# set_paths DIR: every path below DIR. Postfix gets real paths (no symlinks):
# its daemons, running as postfix/nobody, must be able to walk them.
set_paths() {
	W=$1
	C=$W/etc
	Q=$W/spool
	D=$W/data
	M=$W/mail
	LOGFILE=$W/postfix.log
	PIDFILE=$W/master.pid
	WRAPPER_PIDFILE=$W/start-fg.pid
	SASLDB=$W/sasldb2
}
set_paths "$(readlink -m "$POSTFIX_WORKDIR")"

# Readiness specs for probe.py: host:port:mode:name, where name is what our
# instance's EHLO reply starts with (myhostname in main.cf).
probe_specs() {
	local h=$SMTP_TEST_HOST n=mx.test.local
	echo "$h:$POSTFIX_PORT_STARTTLS:starttls:$n $h:$POSTFIX_PORT_SMTPS:smtps:$n" \
		"$h:$POSTFIX_PORT_PLAIN:none:$n $h:$POSTFIX_PORT_SELFSIGNED:starttls:$n" \
		"$h:$POSTFIX_PORT_WRONGHOST:starttls:$n $h:$POSTFIX_PORT_EXPIRED:starttls:$n" \
		"$h:$POSTFIX_PORT_STRICT:starttls:$n"
}

# master_pid: print the PID of *this* instance's master, if it is running.
# master(8) keeps its PID in <queue>/pid/master.pid; postfix(1) passes the
# config directory to it in MAIL_CONFIG, which tells our instance apart from
# any other Postfix on the machine.
master_pid() {
	local pid
	pid=$(read_pid "$Q/pid/master.pid")
	[[ -n $pid ]] && pid_alive "$pid" && pid_cmdline_has "$pid" /master || return 0
	tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qxF "MAIL_CONFIG=$C" || return 0
	echo "$pid"
}

# reachable DIR: can Postfix's daemons (user postfix) and its deliveries
# (user nobody) walk to DIR?
reachable() {
	runuser -u postfix -- test -x "$1" && runuser -u nobody -- test -x "$1"
}

# choose_workdir: make $POSTFIX_WORKDIR usable. If it lies below a directory
# those users cannot enter (a checkout under /root, say), keep the instance
# in /tmp instead and leave a symlink at $POSTFIX_WORKDIR pointing there.
choose_workdir() {
	local want=$POSTFIX_WORKDIR alt
	mkdir -p "$want"
	if reachable "$(readlink -f "$want")"; then
		set_paths "$(readlink -f "$want")"
		return
	fi
	alt=/tmp/smtp-test-postfix.$(printf '%s' "$want" | cksum | cut -d' ' -f1)
	if [[ ! -L $want ]]; then
		# Only ever remove a directory that is empty or one of ours.
		[[ -z $(ls -A "$want") || -f $want/etc/main.cf ]] ||
			die "$want is not reachable by users postfix/nobody and is not empty; set POSTFIX_WORKDIR"
		rm -rf "$want"
	fi
	mkdir -p "$alt"
	chmod 755 "$alt"
	ln -sfn "$alt" "$want"
	reachable "$alt" || die "users postfix/nobody cannot reach $alt either"
	log "$want is below a directory users postfix/nobody cannot enter; using $alt (symlinked)"
	set_paths "$alt"
}

write_main_cf() {
	# \$name is a Postfix parameter reference, left for Postfix to expand.
	cat >"$C/main.cf" <<-EOF
		# Written by tests/servers/postfix.sh at every start; edit that script instead.
		compatibility_level = 3.6
		queue_directory = $Q
		data_directory = $D
		mail_owner = postfix
		setgid_group = postdrop

		myhostname = mx.test.local
		mydomain = test.local
		myorigin = \$myhostname
		smtpd_banner = \$myhostname ESMTP Postfix (smtp extension test server)

		# Loopback only, and never any DNS: there is no network here, and a
		# test must not wait for a resolver.
		inet_interfaces = loopback-only
		inet_protocols = ipv4
		smtpd_peername_lookup = no
		smtp_dns_support_level = disabled
		lmtp_dns_support_level = disabled

		# Nothing is local(8) and nothing ever leaves: every domain is a
		# virtual mailbox domain (below), and anything else would be bounced
		# by error(8) instead of being sent.
		mydestination =
		relay_domains =
		relayhost =
		default_transport = error:outbound mail is disabled on the test server
		relay_transport = error:outbound mail is disabled on the test server
		alias_maps =
		alias_database =
		local_recipient_maps =
		biff = no

		# Delivery: every domain is a virtual mailbox domain, and every
		# address with a sane local part is a valid mailbox (others get 550
		# at RCPT); the "maildir" pipe(8) transport in master.cf stores each
		# message in $M/<localpart>/new/, one recipient per call.
		virtual_mailbox_domains = regexp:$C/virtual_domains
		virtual_mailbox_maps = regexp:$C/virtual_mailboxes
		virtual_transport = maildir
		maildir_destination_recipient_limit = 1

		# Relay policy as on a real submission server. Note that mynetworks
		# (the test clients' address) and the "every domain is ours" map
		# above mean nothing is refused for relaying on these listeners;
		# the "strict" listener overrides smtpd_relay_restrictions to demand
		# AUTH. reject* and tempfail* recipients are refused at RCPT.
		mynetworks = 127.0.0.0/8
		smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
		smtpd_recipient_restrictions = check_recipient_access regexp:$C/recipient_access

		# Answer at once: tests provoke errors on purpose.
		smtpd_error_sleep_time = 0
		smtpd_soft_error_limit = 100
		smtpd_hard_error_limit = 200
		in_flow_delay = 0
		message_size_limit = 10240000

		# TLS: the listeners in master.cf choose the certificate.
		smtpd_tls_security_level = may
		smtpd_tls_cert_file = $SMTP_TEST_CERTS/server.crt
		smtpd_tls_key_file = $SMTP_TEST_CERTS/server.key
		smtpd_tls_CAfile = $SMTP_TEST_CERTS/ca.crt
		smtpd_tls_loglevel = 1
		smtpd_tls_received_header = yes
		test_selfsigned_cert = $SMTP_TEST_CERTS/selfsigned.crt
		test_selfsigned_key = $SMTP_TEST_CERTS/selfsigned.key
		test_wronghost_cert = $SMTP_TEST_CERTS/wronghost.crt
		test_wronghost_key = $SMTP_TEST_CERTS/wronghost.key
		test_expired_cert = $SMTP_TEST_CERTS/expired.crt
		test_expired_key = $SMTP_TEST_CERTS/expired.key

		# SASL: Cyrus with our own sasldb (etc/sasl/smtpd.conf). AUTH is
		# offered before STARTTLS too (smtpd_tls_auth_only = no), so tests
		# can exercise AUTH on an unencrypted connection and check that the
		# client refuses or upgrades first; "strict" sets it to yes.
		smtpd_sasl_auth_enable = yes
		smtpd_sasl_type = cyrus
		smtpd_sasl_path = smtpd
		cyrus_sasl_config_path = $C/sasl
		smtpd_sasl_local_domain = $SMTP_TEST_REALM
		smtpd_sasl_security_options = noanonymous
		smtpd_tls_auth_only = no
		smtpd_sasl_authenticated_header = yes

		# Log to master's stdout, which postfix.sh sends to postfix.log.
		maillog_file = /dev/stdout
	EOF
}

# master.cf: no chroot anywhere (the chroot would need copies of /etc files
# and the sasldb in the queue dir, and buys nothing for a loopback test
# server); the listeners first, then Postfix's internal services.
write_master_cf() {
	local h=$SMTP_TEST_HOST
	cat >"$C/master.cf" <<-EOF
		# Written by tests/servers/postfix.sh at every start; edit that script instead.
		# service type  private unpriv  chroot  wakeup  maxproc command + args
		$h:$POSTFIX_PORT_STARTTLS inet n - n - - smtpd
		  -o syslog_name=postfix/starttls
		  -o smtpd_tls_ask_ccert=yes
		$h:$POSTFIX_PORT_SMTPS inet n - n - - smtpd
		  -o syslog_name=postfix/smtps
		  -o smtpd_tls_wrappermode=yes
		  -o smtpd_tls_ask_ccert=yes
		$h:$POSTFIX_PORT_PLAIN inet n - n - - smtpd
		  -o syslog_name=postfix/plain
		  -o smtpd_tls_security_level=none
		  -o smtpd_sasl_auth_enable=no
		$h:$POSTFIX_PORT_SELFSIGNED inet n - n - - smtpd
		  -o syslog_name=postfix/selfsigned
		  -o smtpd_tls_cert_file=\$test_selfsigned_cert
		  -o smtpd_tls_key_file=\$test_selfsigned_key
		$h:$POSTFIX_PORT_WRONGHOST inet n - n - - smtpd
		  -o syslog_name=postfix/wronghost
		  -o smtpd_tls_cert_file=\$test_wronghost_cert
		  -o smtpd_tls_key_file=\$test_wronghost_key
		$h:$POSTFIX_PORT_EXPIRED inet n - n - - smtpd
		  -o syslog_name=postfix/expired
		  -o smtpd_tls_cert_file=\$test_expired_cert
		  -o smtpd_tls_key_file=\$test_expired_key
		$h:$POSTFIX_PORT_STRICT inet n - n - - smtpd
		  -o syslog_name=postfix/strict
		  -o smtpd_tls_security_level=encrypt
		  -o smtpd_tls_auth_only=yes
		  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
		pickup     unix  n - n 60 1 pickup
		cleanup    unix  n - n - 0 cleanup
		qmgr       unix  n - n 300 1 qmgr
		tlsmgr     unix  - - n 1000? 1 tlsmgr
		rewrite    unix  - - n - - trivial-rewrite
		bounce     unix  - - n - 0 bounce
		defer      unix  - - n - 0 bounce
		trace      unix  - - n - 0 bounce
		verify     unix  - - n - 1 verify
		flush      unix  n - n 1000? 0 flush
		proxymap   unix  - - n - - proxymap
		proxywrite unix  - - n - 1 proxymap
		smtp       unix  - - n - - smtp
		relay      unix  - - n - - smtp
		showq      unix  n - n - - showq
		error      unix  - - n - - error
		retry      unix  - - n - - error
		discard    unix  - - n - - discard
		local      unix  - n n - - local
		virtual    unix  - n n - - virtual
		maildir    unix  - n n - - pipe
		  flags=DRO user=nobody argv=/bin/sh $C/maildir-deliver.sh $M \${user}
		lmtp       unix  - - n - - lmtp
		anvil      unix  - - n - 1 anvil
		scache     unix  - - n - 1 scache
		postlog    unix-dgram n - n - 1 postlogd
	EOF
}

write_tables() {
	# Any domain is a virtual mailbox domain.
	printf '%s\n' '/./ OK' >"$C/virtual_domains"
	# Any address is a mailbox, except a local part with a "/" or a leading
	# "." (550 unknown user), so that a recipient can never name a path
	# outside mail/. ("\/" is a "/" inside the /.../ delimiters.)
	printf '%s\n' '/^[^@.\/][^@\/]*@/ OK' >"$C/virtual_mailboxes"
	# The delivery script is copied next to the config, so that user nobody
	# need not be able to read the checkout.
	install -m 755 "$SERVERS_DIR/maildir-deliver.sh" "$C/maildir-deliver.sh"
	cat >"$C/recipient_access" <<-'EOF'
		/^reject[^@]*@/   550 5.1.1 Recipient rejected by the test server (local part reject*)
		/^tempfail[^@]*@/ 451 4.3.0 Temporary failure forced by the test server (local part tempfail*)
	EOF
}

write_sasl() {
	mkdir -p "$C/sasl"
	cat >"$C/sasl/smtpd.conf" <<-EOF
		pwcheck_method: auxprop
		auxprop_plugin: sasldb
		sasldb_path: $SASLDB
		mech_list: PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256
	EOF
	rm -f "$SASLDB"
	printf '%s' "$SMTP_TEST_PASSWORD" |
		saslpasswd2 -p -c -f "$SASLDB" -u "$SMTP_TEST_REALM" "$SMTP_TEST_USER"
	# smtpd runs as postfix and reads it at every AUTH.
	chown root:postfix "$SASLDB"
	chmod 640 "$SASLDB"
}

# make_dirs: a fresh queue, data and mail directory. Created by hand because
# "postfix set-permissions" logs its failures where nobody sees them.
make_dirs() {
	local d
	rm -rf "$Q" "$D" "$M"
	mkdir -p "$C" "$Q" "$D" "$M"
	chmod 755 "$W" "$C" "$Q"
	for d in active bounce corrupt defer deferred flush hold incoming private saved trace; do
		mkdir -p "$Q/$d"
		chown postfix:root "$Q/$d"
		chmod 700 "$Q/$d"
	done
	mkdir -p "$Q/maildrop" "$Q/public" "$Q/pid"
	chown postfix:postdrop "$Q/maildrop" "$Q/public"
	chmod 730 "$Q/maildrop"
	chmod 710 "$Q/public"
	chmod 755 "$Q/pid"
	chown postfix:postfix "$D"
	chmod 700 "$D"
	chown nobody:nogroup "$M"
	chmod 755 "$M"
}

# ready_or_dead: true when every listener answers, or when the process we
# started has died (the caller tells the two apart).
ready_or_dead() {
	pid_alive "$(read_pid "$WRAPPER_PIDFILE")" || return 0
	[[ -n $(master_pid) ]] || return 1
	# shellcheck disable=SC2046 # one word per spec
	probe_quiet $(probe_specs)
}

do_start() {
	need_root
	local pid
	pid=$(master_pid)
	if [[ -n $pid ]]; then
		# shellcheck disable=SC2046
		if probe_quiet $(probe_specs); then
			echo "$pid" >"$PIDFILE"
			log "already running (master PID $pid)"
			return 0
		fi
		die "master PID $pid is running but does not answer on every port; run '$0 stop' first"
	fi

	require_free_ports "$POSTFIX_PORT_STARTTLS" "$POSTFIX_PORT_SMTPS" "$POSTFIX_PORT_PLAIN" \
		"$POSTFIX_PORT_SELFSIGNED" "$POSTFIX_PORT_WRONGHOST" "$POSTFIX_PORT_EXPIRED" "$POSTFIX_PORT_STRICT"
	[[ -n ${SMTP_TEST_CERTS_READY:-} ]] || bash "$SERVERS_DIR/certs.sh" "$SMTP_TEST_CERTS"
	choose_workdir
	check_path "$W"
	check_path "$SMTP_TEST_CERTS"
	# Socket paths under spool/ must fit in sun_path (108 bytes).
	((${#Q} <= 80)) || die "POSTFIX_WORKDIR path is too long for Postfix's UNIX sockets: $Q"
	make_dirs
	write_main_cf
	write_master_cf
	if [[ -n ${POSTFIX_PROXY_FILTER:-} ]]; then
		postconf -c "$C" -P "$SMTP_TEST_HOST:$POSTFIX_PORT_PLAIN/inet/smtpd_proxy_filter=$POSTFIX_PROXY_FILTER"
	fi
	write_tables
	write_sasl
	# Postfix re-reads a config file until its mtime is over a second old
	# (so as not to read it half-written), which would cost ~2 s per
	# process here; these are complete, so backdate them.
	find "$C" -type f -exec touch -d '10 seconds ago' {} +
	postconf -c "$C" -n >/dev/null # syntax check; exits non-zero on errors

	: >"$LOGFILE"
	log "starting (config $C, log $LOGFILE)"
	# start-fg keeps master(8) attached to our stdout, which is what
	# maillog_file=/dev/stdout logs to. master still puts itself in its own
	# session; "postfix stop" signals it through its pid file.
	spawn "$LOGFILE" "$WRAPPER_PIDFILE" postfix -c "$C" start-fg
	if ! wait_until "$SMTP_TEST_START_TIMEOUT" "Postfix to answer on every port" ready_or_dead ||
		! pid_alive "$(read_pid "$WRAPPER_PIDFILE")"; then
		show_log "$LOGFILE"
		# shellcheck disable=SC2046
		probe $(probe_specs) >&2 || true
		do_stop || true
		die "Postfix did not come up"
	fi
	pid=$(master_pid)
	echo "$pid" >"$PIDFILE"
	log "running: master PID $pid; ports starttls=$POSTFIX_PORT_STARTTLS smtps=$POSTFIX_PORT_SMTPS" \
		"plain=$POSTFIX_PORT_PLAIN selfsigned=$POSTFIX_PORT_SELFSIGNED wronghost=$POSTFIX_PORT_WRONGHOST" \
		"expired=$POSTFIX_PORT_EXPIRED strict=$POSTFIX_PORT_STRICT"
}

do_stop() {
	local pid wrapper
	pid=$(master_pid)
	wrapper=$(read_pid "$WRAPPER_PIDFILE")
	if [[ -n $pid ]]; then
		log "stopping master PID $pid"
		# postfix-script's stop: SIGTERM to the master named in our pid file,
		# waits up to 5 s, then SIGKILLs that master's process group.
		postfix -c "$C" stop >>"$LOGFILE" 2>&1 || true
		wait_until "$SMTP_TEST_STOP_TIMEOUT" "master PID $pid to exit" pid_gone "$pid" ||
			die "master PID $pid did not exit"
	else
		log "not running"
	fi
	# The start-fg wrapper (postfix-script) exits when master does.
	if [[ -n $wrapper ]] && pid_alive "$wrapper" && pid_cmdline_has "$wrapper" postfix-script; then
		wait_until 5 "start-fg wrapper PID $wrapper to exit" pid_gone "$wrapper" || {
			kill -TERM "$wrapper" 2>/dev/null || true
			wait_until 5 "wrapper PID $wrapper to exit" pid_gone "$wrapper" || true
		}
	fi
	rm -f "$PIDFILE" "$WRAPPER_PIDFILE"
}

do_status() {
	local pid
	pid=$(master_pid)
	if [[ -z $pid ]]; then
		echo "postfix: not running"
		return 3
	fi
	echo "postfix: running, master PID $pid, log $LOGFILE"
	# shellcheck disable=SC2046
	probe $(probe_specs)
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
