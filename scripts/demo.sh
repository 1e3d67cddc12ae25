#!/usr/bin/env bash
# scripts/demo.sh: the extension's main job, end to end, on a fresh Debian 12
# machine (as root): installs what it needs, builds modules/smtp.so, starts a
# local SMTP server on 127.0.0.1, sends it an HTML message with a text
# alternative, an attachment and an inline image through the PHPMailer API
# (examples/demo.php, no PHPMailer source present), and prints what the
# server received, byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/build.sh

# The project's own SMTP server (tests/servers/faultsmtp.py), healthy mode.
bash tests/servers/faultsmtp.sh start >/dev/null
trap 'bash tests/servers/faultsmtp.sh stop >/dev/null' EXIT
control=tests/phpt/inc/faultsmtp.inc
port=$(php -r "require '$control'; echo fault_scenario(['mode' => 'plain']);")

echo "== sending to 127.0.0.1:$port"
SMTP_HOST=127.0.0.1 SMTP_PORT=$port php -n -d extension="$PWD/modules/smtp.so" examples/demo.php

echo "== what the server received"
php -r "
require '$control';
foreach (fault_messages($port) as \$m) {
    echo 'MAIL FROM:<', \$m['mail_from'], '>', PHP_EOL;
    foreach (\$m['rcpt_to'] as \$r) {
        echo 'RCPT TO:<', \$r, '>', PHP_EOL;
    }
    echo PHP_EOL, str_replace(\"\\r\\n\", \"\\n\", \$m['data']);
}
fault_close($port);
"
