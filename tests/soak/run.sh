#!/usr/bin/env bash
# tests/soak/run.sh [COUNT]: the soak test. Sends COUNT (default 100,000)
# messages over one kept-alive connection to the smtp-sink test server (its
# port read from servers.json; tests/servers/start-all.sh starts it) with the
# built extension, and prints the resident set size at message 10,000 and
# at the last message. Fails if RSS grew by 1 MiB or more between the two,
# a send failed or the connection was not kept. About 2 to 4 minutes, so it
# is a separate command, not part of tests/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-100000}
work=${SMTP_TEST_WORK:-$PWD/tests/.work}
port=$(php -r 'echo json_decode(file_get_contents($argv[1]), true)["ports"]["smtp_sink"];' "$work/servers.json")
extdir=$(php-config --extension-dir)
# Bounded in time as in count: a stalled sink ends the run too.
exec timeout 900 php -n -d extension="$extdir/mbstring.so" -d extension="$PWD/modules/smtp.so" \
	tests/soak/soak.php "$count" 127.0.0.1 "$port"
