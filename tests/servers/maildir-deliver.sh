#!/bin/sh
# maildir-deliver.sh MAILDIR LOCALPART: Postfix pipe(8) delivery agent of the
# test instance. Stores the message on stdin in MAILDIR/LOCALPART/new/ the
# Maildir way (write to tmp/, then rename into new/, so readers never see a
# partial file). Exit codes are sysexits(3): 67 refuses the recipient, 75
# makes Postfix retry.
#
# Why not virtual(8): it refuses regular-expression substitution in
# virtual_mailbox_maps (a security rule), so it cannot map "any local part"
# to a Maildir of the same name.
set -u
base=$1
localpart=$2
case $localpart in
"" | .* | */*)
	echo "invalid local part for a Maildir: $localpart"
	exit 67
	;;
esac
box=$base/$localpart
mkdir -p "$box/tmp" "$box/new" "$box/cur" || exit 75
name=$(date +%s.%N).P$$.mx.test.local
if ! cat >"$box/tmp/$name"; then
	rm -f "$box/tmp/$name"
	exit 75
fi
mv "$box/tmp/$name" "$box/new/$name" || exit 75
