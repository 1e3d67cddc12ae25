#!/usr/bin/env bash
# start-all.sh: start every test server (Postfix, smtp-sink, aiosmtpd, our
# fault-injecting server and Dovecot's POP3), the WordPress site of the
# integration tests (tests/integration/wordpress/setup.sh: a private MariaDB) and
# write $SMTP_TEST_WORK/servers.json (default tests/.work/servers.json), which
# is what the tests read. Idempotent: servers already running are left as they
# are. On failure, stops what it started and exits non-zero.
set -euo pipefail
LOG_TAG=start-all
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

need_root
mkdir -p "$SMTP_TEST_WORK"
start_ms=$(now_ms)

# One start-all/stop-all at a time (bounded wait for the lock).
exec 9>"$SMTP_TEST_WORK/.servers.lock"
flock -w 120 9 || die "another start-all/stop-all holds $SMTP_TEST_WORK/.servers.lock"

json=$SMTP_TEST_WORK/servers.json
rm -f "$json"

bash "$SERVERS_DIR/certs.sh" "$SMTP_TEST_CERTS"
export SMTP_TEST_CERTS_READY=1 # the servers' own scripts need not check again
for s in postfix smtp-sink aiosmtpd faultsmtp dovecot; do
	# 9>&-: the daemons must not inherit the lock, or stop-all waits on them.
	if ! bash "$SERVERS_DIR/$s.sh" start 9>&-; then
		log "$s failed to start; stopping everything"
		bash "$SERVERS_DIR/stop-all.sh" --locked || true
		exit 1
	fi
done

# WordPress on its private MariaDB, for tests/phpt/integration (it writes
# its own wordpress.json; ~10 s the first time, ~2 s once installed). A
# machine without the packages skips those tests (CI, which runs
# install-deps.sh and requires servers, would report them as failed).
if [[ ! -f /usr/share/wordpress/wp-load.php ]] || ! command -v mariadbd >/dev/null; then
	log "WordPress or MariaDB is not installed (scripts/install-deps.sh installs them): no WordPress site"
elif ! bash "$REPO_ROOT/tests/integration/wordpress/setup.sh" start 9>&-; then
	log "wordpress failed to start; stopping everything"
	bash "$SERVERS_DIR/stop-all.sh" --locked || true
	exit 1
fi

"$SYS_PYTHON" "$SERVERS_DIR/write-servers-json.py" "$json"
log "all servers up in $(($(now_ms) - start_ms)) ms; wrote $json"
