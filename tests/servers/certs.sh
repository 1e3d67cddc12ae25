#!/usr/bin/env bash
# certs.sh [DIR]: make the test CA and certificates (default DIR: $SMTP_TEST_CERTS).
#
#   ca.crt / ca.key                  test CA (self-signed, CA:TRUE)
#   server.crt / .key                signed by the CA; DNS:localhost, IP:127.0.0.1, IP:::1
#   selfsigned.crt / .key            self-signed, same names as server
#   wronghost.crt / .key             signed by the CA; DNS:wrong.example only
#   expired.crt / .key               signed by the CA; valid from 30 to 1 days ago
#   client.crt / .key                client certificate (CN=alice) signed by the CA
#   dkim-rsa.key / .pub              RSA 2048 key pair for DKIM tests (PEM)
#   dkim-ed25519.key / .pub          Ed25519 key pair for DKIM tests (PEM)
#
# Idempotent: does nothing while every file is there, the leaves still chain
# to ca.crt and every certificate that should be valid is valid for at least
# one more day. Otherwise everything is generated afresh (in a temporary
# directory, then moved into place) so the set is always consistent.
set -euo pipefail
LOG_TAG=certs
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DIR=${1:-$SMTP_TEST_CERTS}
LEAVES=(server selfsigned wronghost expired client)
VALID_CERTS=(ca server selfsigned wronghost client)

# all_present_and_valid: true if nothing needs regenerating.
all_present_and_valid() {
	local f name
	for f in ca.crt ca.key dkim-rsa.key dkim-rsa.pub dkim-ed25519.key dkim-ed25519.pub; do
		[[ -s $DIR/$f ]] || return 1
	done
	for name in "${LEAVES[@]}"; do
		[[ -s $DIR/$name.crt && -s $DIR/$name.key ]] || return 1
	done
	for name in "${VALID_CERTS[@]}"; do
		openssl x509 -in "$DIR/$name.crt" -noout -checkend 86400 >/dev/null 2>&1 || return 1
	done
	# The CA-signed leaves must belong to this ca.crt (not to an older one).
	openssl verify -CAfile "$DIR/ca.crt" "$DIR/server.crt" "$DIR/wronghost.crt" "$DIR/client.crt" >/dev/null 2>&1 || return 1
	# And expired.crt must be signed by it too (its dates make verify fail,
	# so check the signature only, via -no_check_time).
	openssl verify -no_check_time -CAfile "$DIR/ca.crt" "$DIR/expired.crt" >/dev/null 2>&1 || return 1
}

# ext_file PATH KIND SAN: write an x509v3 extension section named "leaf".
ext_file() {
	local path=$1 kind=$2 san=$3
	{
		echo "[leaf]"
		echo "basicConstraints = critical, CA:FALSE"
		echo "subjectKeyIdentifier = hash"
		echo "authorityKeyIdentifier = keyid"
		if [[ $kind == client ]]; then
			echo "keyUsage = critical, digitalSignature"
			echo "extendedKeyUsage = clientAuth"
		else
			echo "keyUsage = critical, digitalSignature, keyEncipherment"
			echo "extendedKeyUsage = serverAuth"
		fi
		[[ -z $san ]] || echo "subjectAltName = $san"
	} >"$path"
}

newkey() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }

# sign_leaf T NAME CN KIND SAN: key + CSR + certificate signed by the CA, 825 days.
sign_leaf() {
	local t=$1 name=$2 cn=$3 kind=$4 san=$5
	newkey "$t/$name.key"
	openssl req -new -key "$t/$name.key" -subj "/O=smtp extension tests/CN=$cn" -out "$t/$name.csr"
	ext_file "$t/$name.ext" "$kind" "$san"
	openssl x509 -req -in "$t/$name.csr" -CA "$t/ca.crt" -CAkey "$t/ca.key" \
		-set_serial "0x$(openssl rand -hex 12)" -days 825 -sha256 \
		-extfile "$t/$name.ext" -extensions leaf -out "$t/$name.crt" 2>/dev/null
}

# sign_expired T: like sign_leaf for "server" names, but dated in the past.
# OpenSSL 3.0's x509/req have no -not_before/-not_after, so use "openssl ca",
# whose -startdate/-enddate take explicit dates; it needs a throw-away config
# and database.
sign_expired() {
	local t=$1 start end
	start=$(date -u -d '30 days ago' +%Y%m%d%H%M%SZ)
	end=$(date -u -d '1 day ago' +%Y%m%d%H%M%SZ)
	newkey "$t/expired.key"
	openssl req -new -key "$t/expired.key" -subj "/O=smtp extension tests/CN=localhost" -out "$t/expired.csr"
	ext_file "$t/expired.ext" server "DNS:localhost, IP:127.0.0.1, IP:::1"
	mkdir "$t/ca-db"
	: >"$t/ca-db/index.txt"
	openssl rand -hex 12 >"$t/ca-db/serial"
	cat >"$t/ca-db/ca.cnf" <<-EOF
		[ca]
		default_ca = test_ca
		[test_ca]
		database = $t/ca-db/index.txt
		serial = $t/ca-db/serial
		new_certs_dir = $t/ca-db
		default_md = sha256
		policy = any_name
		unique_subject = no
		[any_name]
		organizationName = optional
		commonName = supplied
	EOF
	openssl ca -batch -notext -config "$t/ca-db/ca.cnf" -cert "$t/ca.crt" -keyfile "$t/ca.key" \
		-startdate "$start" -enddate "$end" -extfile "$t/expired.ext" -extensions leaf \
		-in "$t/expired.csr" -out "$t/expired.crt" 2>/dev/null
}

generate() {
	local t
	mkdir -p "$DIR"
	t=$(mktemp -d "$DIR/.new.XXXXXX")
	# shellcheck disable=SC2064 # expand $t now
	trap "rm -rf '$t'" EXIT

	# "req -x509" would add the extensions of the system's openssl.cnf
	# (CA:TRUE) unless given a config of its own.
	newkey "$t/ca.key"
	cat >"$t/ca.ext" <<-EOF
		[req]
		distinguished_name = req_dn
		[req_dn]
		[ca_ext]
		basicConstraints = critical, CA:TRUE
		keyUsage = critical, keyCertSign, cRLSign
		subjectKeyIdentifier = hash
	EOF
	openssl req -x509 -new -key "$t/ca.key" -sha256 -days 3650 \
		-subj "/O=smtp extension tests/CN=smtp extension test CA" \
		-config "$t/ca.ext" -extensions ca_ext -out "$t/ca.crt"

	sign_leaf "$t" server localhost server "DNS:localhost, IP:127.0.0.1, IP:::1"
	sign_leaf "$t" wronghost wrong.example server "DNS:wrong.example"
	sign_leaf "$t" client alice client ""
	sign_expired "$t"

	# Self-signed: its own issuer, not a CA, same names as server.
	newkey "$t/selfsigned.key"
	ext_file "$t/selfsigned.ext" server "DNS:localhost, IP:127.0.0.1, IP:::1"
	sed -i '/authorityKeyIdentifier/d' "$t/selfsigned.ext"
	printf '[req]\ndistinguished_name = req_dn\n[req_dn]\n' >>"$t/selfsigned.ext"
	openssl req -x509 -new -key "$t/selfsigned.key" -sha256 -days 825 \
		-subj "/O=smtp extension tests/CN=localhost" \
		-config "$t/selfsigned.ext" -extensions leaf -out "$t/selfsigned.crt"

	openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$t/dkim-rsa.key" 2>/dev/null
	openssl pkey -in "$t/dkim-rsa.key" -pubout -out "$t/dkim-rsa.pub"
	openssl genpkey -algorithm ED25519 -out "$t/dkim-ed25519.key"
	openssl pkey -in "$t/dkim-ed25519.key" -pubout -out "$t/dkim-ed25519.pub"

	chmod 600 "$t"/*.key
	chmod 644 "$t"/*.crt "$t"/*.pub
	local f
	for f in ca.crt ca.key dkim-rsa.key dkim-rsa.pub dkim-ed25519.key dkim-ed25519.pub \
		"${LEAVES[@]/%/.crt}" "${LEAVES[@]/%/.key}"; do
		mv -f "$t/$f" "$DIR/$f"
	done
}

check_path "$DIR"
if all_present_and_valid; then
	log "certificates in $DIR are present and valid"
	exit 0
fi
log "generating test CA and certificates in $DIR"
generate
all_present_and_valid || die "generated certificates do not check out"
log "done"
