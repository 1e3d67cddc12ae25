#!/usr/bin/env bash
# stop-all.sh: stop every test server start-all.sh started (each by its own
# recorded PID / pid file), the WordPress site's MariaDB included, and remove
# servers.json. Safe to run when nothing
# is running. Exits non-zero if some server could not be stopped.
set -euo pipefail
LOG_TAG=stop-all
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

mkdir -p "$SMTP_TEST_WORK"
# --locked: called from start-all.sh, which already holds the lock.
if [[ ${1:-} != --locked ]]; then
	exec 9>"$SMTP_TEST_WORK/.servers.lock"
	flock -w 120 9 || die "another start-all/stop-all holds $SMTP_TEST_WORK/.servers.lock"
fi

rm -f "$SMTP_TEST_WORK/servers.json"
rc=0
bash "$REPO_ROOT/tests/integration/wordpress/setup.sh" stop || {
	log "failed to stop wordpress's MariaDB"
	rc=1
}
for s in dovecot faultsmtp aiosmtpd smtp-sink postfix; do
	bash "$SERVERS_DIR/$s.sh" stop || {
		log "failed to stop $s"
		rc=1
	}
done
exit $rc
