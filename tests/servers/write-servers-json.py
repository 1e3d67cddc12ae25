#!/usr/bin/python3
"""Write servers.json (argv[1]) from the settings lib.sh exports.

The file is the tests' only source of truth about the servers; see
README.md for its layout.
"""
import json
import os
import sys

env = os.environ
host = env["SMTP_TEST_HOST"]
certs_dir = env["SMTP_TEST_CERTS"]
postfix_mail = os.path.join(env["POSTFIX_WORKDIR"], "mail")
aiosmtpd_mail = os.path.join(env["AIOSMTPD_WORKDIR"], "mail")
ca = os.path.join(certs_dir, "ca.crt")
user, password, realm = env["SMTP_TEST_USER"], env["SMTP_TEST_PASSWORD"], env["SMTP_TEST_REALM"]
postfix_mechs = ["PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"]


def server(port, tls, cert, auth, mechs, mail_dir, notes):
    entry = {
        "host": host,
        "port": int(port),
        "tls": tls,                       # "none", "starttls" or "smtps"
        "cert": cert,                     # name in "certs", or null
        "cafile": ca,
        "auth": auth,                     # AUTH offered
        "auth_mechanisms": mechs,
        "username": user if auth else None,
        "password": password if auth else None,
        "mail_dir": mail_dir,             # null: mail is discarded
        "notes": notes,
    }
    return entry


def postfix(port_var, tls, cert, auth, notes):
    return server(env[port_var], tls, cert, auth, postfix_mechs if auth else [],
                  postfix_mail, notes)


servers = {
    "postfix_starttls": postfix("POSTFIX_PORT_STARTTLS", "starttls", "server", True,
                                "STARTTLS offered; AUTH before and after TLS; asks for a client certificate"),
    "postfix_smtps": postfix("POSTFIX_PORT_SMTPS", "smtps", "server", True,
                             "implicit TLS; AUTH; asks for a client certificate"),
    "postfix_plain": postfix("POSTFIX_PORT_PLAIN", "none", None, False,
                             "no TLS, no AUTH"),
    "postfix_selfsigned": postfix("POSTFIX_PORT_SELFSIGNED", "starttls", "selfsigned", True,
                                  "STARTTLS with a self-signed certificate"),
    "postfix_wronghost": postfix("POSTFIX_PORT_WRONGHOST", "starttls", "wronghost", True,
                                 "STARTTLS with a certificate for wrong.example only"),
    "postfix_expired": postfix("POSTFIX_PORT_EXPIRED", "starttls", "expired", True,
                               "STARTTLS with an expired certificate"),
    "postfix_strict": postfix("POSTFIX_PORT_STRICT", "starttls", "server", True,
                              "STARTTLS required before MAIL (530); AUTH only after TLS and required (554 at RCPT otherwise)"),
    "smtp_sink": server(env["SMTP_SINK_PORT"], "none", None, False, [], None,
                        "Postfix smtp-sink: accepts and discards everything; fake AUTH; for throughput"),
    "aiosmtpd": server(env["AIOSMTPD_PORT"], "starttls", "server", True, ["PLAIN", "LOGIN"],
                       aiosmtpd_mail, "aiosmtpd: SMTPUTF8; AUTH only after STARTTLS; stores messages as received (CRLF)"),
}

# POP3 servers (POP-before-SMTP), apart from the SMTP ones: they greet with +OK, not 220.
pop3 = {
    "dovecot_pop3": {"host": host, "port": int(env["DOVECOT_PORT_POP3"]), "tls": "none",
                     "cert": None, "cafile": ca, "username": user, "password": password,
                     "notes": "Dovecot POP3; USER/PASS without TLS"},
    "dovecot_pop3s": {"host": host, "port": int(env["DOVECOT_PORT_POP3S"]), "tls": "implicit",
                      "cert": "server", "cafile": ca, "username": user, "password": password,
                      "notes": "Dovecot POP3 over implicit TLS (server certificate)"},
}

cert_names = ["server", "selfsigned", "wronghost", "expired", "client"]
certs = {"dir": certs_dir, "ca": ca, "ca_key": os.path.join(certs_dir, "ca.key")}
for name in cert_names:
    certs[name] = {"cert": os.path.join(certs_dir, name + ".crt"),
                   "key": os.path.join(certs_dir, name + ".key")}
for name in ["dkim-rsa", "dkim-ed25519"]:
    certs[name] = {"key": os.path.join(certs_dir, name + ".key"),
                   "pub": os.path.join(certs_dir, name + ".pub")}

doc = {
    "version": 1,
    "host": host,
    "hostname": "localhost",  # the name the server certificate is for
    "ports": {name: s["port"] for name, s in servers.items()},
    "servers": servers,
    "pop3": pop3,
    "credentials": {"username": user, "password": password, "realm": realm},
    "certs": certs,
    "mail_dir": postfix_mail,
    # Postfix's sendmail(1) reaches the test instance with -C <this> or MAIL_CONFIG=<this>.
    "postfix_config_dir": os.path.join(env["POSTFIX_WORKDIR"], "etc"),
    "mail_dirs": {"postfix": postfix_mail, "aiosmtpd": aiosmtpd_mail},
    "recipients": {
        "reject_prefix": "reject",      # 550 at RCPT on Postfix and aiosmtpd
        "tempfail_prefix": "tempfail",  # 451 at RCPT on Postfix
    },
    "logs": {
        "postfix": os.path.join(env["POSTFIX_WORKDIR"], "postfix.log"),
        "smtp_sink": os.path.join(env["SMTP_SINK_WORKDIR"], "smtp-sink.log"),
        "aiosmtpd": os.path.join(env["AIOSMTPD_WORKDIR"], "aiosmtpd.log"),
        "dovecot": os.path.join(env["DOVECOT_WORKDIR"], "dovecot.log"),
    },
}

path = sys.argv[1]
tmp = path + ".tmp"
with open(tmp, "w") as f:
    json.dump(doc, f, indent=2)
    f.write("\n")
os.replace(tmp, path)
