#!/usr/bin/env bash
# bench/ceiling.sh: how long smtp-sink takes to receive the messages of the
# benchmark's mime part when the client does nothing but write them.
#
# Postfix's smtp-source (C; no MIME, no encoding) sends a payload as large
# as each message of the mime part (a 1, 10 or 50 MiB attachment in base64
# lines of 76 characters and CRLF: 1.37 times its size) to an smtp-sink of
# its own on 127.0.0.1, RUNS times; the median is a wall time no client of
# that server can go below.
#
#   bench/ceiling.sh                      # SIZES="1 10 50" RUNS=5 PORT=26390
set -euo pipefail
sizes=${SIZES:-1 10 50}
runs=${RUNS:-5}
port=${PORT:-26390}
for tool in smtp-sink smtp-source ss; do
	command -v "$tool" >/dev/null || { echo "$tool is missing (smtp-sink and smtp-source: apt-get install postfix)" >&2; exit 2; }
done
if ss -ltnH "sport = :$port" | grep -q .; then
	echo "port $port is in use; set PORT" >&2
	exit 2
fi

timeout 1800 smtp-sink -u nobody "127.0.0.1:$port" 256 &
sink=$!
trap 'kill "$sink" 2>/dev/null; wait "$sink" 2>/dev/null || true' EXIT
for ((i = 0; i < 100; i++)); do
	ss -ltnH "sport = :$port" | grep -q . && break
	sleep 0.05
done

echo "| attachment | payload bytes | smtp-source to smtp-sink, median of $runs (s) |"
echo "| --- | --- | --- |"
for mib in $sizes; do
	bytes=$((mib * 1048576))
	payload=$(((bytes + 2) / 3 * 4 / 76 * 78 + 78))
	times=()
	for ((r = 0; r < runs; r++)); do
		start=$(date +%s%N)
		timeout 300 smtp-source -l "$payload" -m 1 -f sender@example.com -t rcpt@example.net "127.0.0.1:$port"
		times+=($((($(date +%s%N) - start) / 1000)))
	done
	median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")  # microseconds
	printf '| %s MiB | %s | %d.%03d |\n' "$mib" "$payload" $((median / 1000000)) $((median % 1000000 / 1000))
done
