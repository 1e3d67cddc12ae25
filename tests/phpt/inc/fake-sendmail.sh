#!/bin/sh
# fake-sendmail.sh: stands in for sendmail, qmail-inject or PHP's
# sendmail_path in the transport tests. Each run records, in the directory
# named by $FAKE_SENDMAIL_DIR, its arguments as <n>.argv (each one followed
# by a NUL byte) and its standard input as <n>.stdin, where n counts the
# runs from 1; then it exits with $FAKE_SENDMAIL_EXIT (default 0), or, when
# $FAKE_SENDMAIL_EXEC names a program (with arguments of its own, split at
# spaces), runs it with the same arguments and input and exits with its status.
set -u
dir=${FAKE_SENDMAIL_DIR:?FAKE_SENDMAIL_DIR is not set}
n=1
while [ -e "$dir/$n.argv" ]; do
	n=$((n + 1))
	[ "$n" -le 1000 ] || exit 70
done
: >"$dir/$n.argv"
for arg in "$@"; do
	printf '%s\0' "$arg" >>"$dir/$n.argv"
done
cat >"$dir/$n.stdin"
if [ -n "${FAKE_SENDMAIL_EXEC:-}" ]; then
	# shellcheck disable=SC2086 # the program and its own arguments
	exec $FAKE_SENDMAIL_EXEC "$@" <"$dir/$n.stdin"
fi
exit "${FAKE_SENDMAIL_EXIT:-0}"
