#!/usr/bin/env bash
# scripts/install-deps.sh: install, with apt-get, everything the build and the
# tests need on Debian 12. Run as root. Idempotent: when every package is
# already installed it changes nothing (not even "apt-get update").
#
# Postfix is installed as "No configuration" and is never started as the
# system's mail server, nor is Dovecot started as its POP3/IMAP server: the
# tests run private instances with their own config directory and ports
# (tests/servers/postfix.sh, tests/servers/dovecot.sh). Likewise MariaDB and
# the web server WordPress pulls in: the WordPress tests run a private MariaDB
# (tests/integration/wordpress/setup.sh) and no web server at all.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

PACKAGES=(
	# build
	php8.2-cli php8.2-dev php-parser php8.2-mbstring php8.2-intl php8.2-opcache
	libssl-dev zlib1g-dev pkg-config gcc make libc6-dev
	php-pear # `pecl package` for the package round trip
	# libFuzzer targets (tests/fuzz/): clang and its fuzzer and sanitizer runtimes
	clang libclang-rt-14-dev
	# tests and their servers
	postfix sasl2-bin libsasl2-modules python3 python3-aiosmtpd python3-dkim
	dovecot-core dovecot-pop3d
	# Exim's libraries; Exim itself is unpacked, not installed (tests/servers/exim.sh fetch)
	libidn12 libgnutls-dane0 libnsl2 libdb5.3
	libphp-phpmailer php-monolog valgrind openssl procps util-linux
	# WordPress integration tests (tests/integration/wordpress/)
	wordpress mariadb-server php8.2-mysql
)

log() { printf '[install-deps] %s\n' "$*" >&2; }
die() {
	log "ERROR: $*"
	exit 1
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q ' installed$'; }

# PID of the system Postfix's master (default config, /var/spool/postfix), if running.
system_postfix_pid() {
	local pid
	pid=$({ tr -cd '0-9' </var/spool/postfix/pid/master.pid; } 2>/dev/null || true)
	[[ -n $pid ]] && grep -q master "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
	return 0
}

[[ $(id -u) -eq 0 ]] || die "must run as root"
[[ -r /etc/debian_version ]] || die "not a Debian system"

missing=()
for p in "${PACKAGES[@]}"; do
	installed "$p" || missing+=("$p")
done
# Exim conflicts with Postfix as a package: its .deb is unpacked for the tests instead.
fetch_exim() { bash "$(dirname "$0")/../tests/servers/exim.sh" fetch; }

if ((${#missing[@]} == 0)); then
	log "all ${#PACKAGES[@]} packages are installed"
	fetch_exim
	exit 0
fi
log "installing: ${missing[*]}"

if ! installed postfix; then
	# Without this, the postfix package asks which kind of mail server to
	# configure; "No configuration" leaves /etc/postfix without a main.cf.
	echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
fi

# Keep maintainer scripts from starting services while we install (the
# usual policy-rc.d mechanism), unless the machine already has a policy.
policy=/usr/sbin/policy-rc.d
made_policy=
if [[ ! -e $policy ]]; then
	printf '#!/bin/sh\n# temporary, from install-deps.sh\nexit 101\n' >"$policy"
	chmod 755 "$policy"
	made_policy=1
fi
# shellcheck disable=SC2317 # called by trap
cleanup() { if [[ -n $made_policy ]]; then rm -f "$policy"; fi; }
trap cleanup EXIT

postfix_before=$(system_postfix_pid)

apt_opts=(-y -q -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
apt-get "${apt_opts[@]}" update
apt-get "${apt_opts[@]}" install "${missing[@]}"

# If installing started the system's Postfix anyway, stop that instance (it
# was not running before; a Postfix someone else runs is left alone).
postfix_after=$(system_postfix_pid)
if [[ -z $postfix_before && -n $postfix_after ]]; then
	log "stopping the system Postfix (PID $postfix_after) that the install started"
	postfix -c /etc/postfix stop || true
fi

still=()
for p in "${PACKAGES[@]}"; do
	installed "$p" || still+=("$p")
done
((${#still[@]} == 0)) || die "not installed after apt-get: ${still[*]}"
fetch_exim
log "done"
