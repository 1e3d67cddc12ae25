#!/usr/bin/python3
"""Readiness probe for the test SMTP servers.

    probe.py [--quiet] [--timeout SECONDS] HOST:PORT:MODE...

MODE is "none" (plain SMTP), "starttls" (EHLO, STARTTLS, EHLO again) or
"smtps" (TLS from the first byte); HOST:PORT:MODE:NAME also requires the
EHLO reply to start with NAME (the server's own name). Exits 0 when every server greeted with 220 and answered
EHLO with 250, 1 otherwise. Certificates are not verified:
this only checks that a server is up (some listeners have bad certificates on
purpose).
"""
import smtplib
import ssl
import sys


def check(host, port, mode, name, timeout):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    # local_hostname avoids smtplib's getfqdn(), which may do DNS lookups.
    # (The constructor connects and insists on a 220 greeting.)
    if mode == "smtps":
        client = smtplib.SMTP_SSL(host, port, local_hostname="probe.test.local",
                                  timeout=timeout, context=ctx)
    else:
        client = smtplib.SMTP(host, port, local_hostname="probe.test.local",
                              timeout=timeout)
    try:
        code, msg = client.ehlo()
        if code != 250:
            raise RuntimeError("EHLO answered %d %r" % (code, msg))
        # The first EHLO line is the server's name.
        if name and msg.split(b"\n")[0].strip() != name.encode():
            raise RuntimeError("EHLO %r does not come from %s: another server on this port?" % (msg, name))
        if mode == "starttls":
            code, msg = client.starttls(context=ctx)
            if code != 220:
                raise RuntimeError("STARTTLS answered %d %r" % (code, msg))
            code, msg = client.ehlo()
            if code != 250:
                raise RuntimeError("EHLO after STARTTLS answered %d %r" % (code, msg))
        return msg.decode("utf-8", "replace").replace("\n", " ")
    finally:
        try:
            client.quit()
        except Exception:
            client.close()


def main(argv):
    quiet = False
    timeout = 3.0
    specs = []
    args = iter(argv)
    for arg in args:
        if arg == "--quiet":
            quiet = True
        elif arg == "--timeout":
            timeout = float(next(args))
        else:
            specs.append(arg)
    if not specs:
        print(__doc__, file=sys.stderr)
        return 2
    ok = True
    for spec in specs:
        parts = spec.split(":")
        host, port, mode = parts[:3]
        name = parts[3] if len(parts) > 3 else None
        try:
            ehlo = check(host, int(port), mode, name, timeout)
            if not quiet:
                print("%s ok: %s" % (spec, ehlo))
        except Exception as exc:  # any failure means "not ready"
            ok = False
            if not quiet:
                print("%s FAILED: %s: %s" % (spec, type(exc).__name__, exc))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
