#!/usr/bin/python3
"""aiosmtpd test server (started by aiosmtpd.sh).

    aiosmtpd_server.py --host H --port P --cert C --key K --maildir DIR
                       [--user U --password PW]

SMTP on H:P with STARTTLS (certificate C/K), SMTPUTF8 and 8BITMIME; AUTH
PLAIN and LOGIN for U/PW, offered only after STARTTLS (aiosmtpd's default).
Every accepted message is written, exactly as received (CRLF line endings,
dot-unstuffed) after a Return-Path and a Delivered-To line, to
DIR/<recipient local part>/new/ -- the same Maildir layout as the Postfix
test instance.
"""
import argparse
import asyncio
import logging
import os
import signal
import ssl
import time

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

log = logging.getLogger("aiosmtpd-test")


class MaildirHandler:
    def __init__(self, maildir):
        self.maildir = maildir
        self.counter = 0

    def deliver(self, localpart, data):
        # A local part naming a path outside the mail directory is refused
        # at RCPT (handle_RCPT), so this is only a safety net.
        box = os.path.join(self.maildir, localpart)
        for sub in ("tmp", "new", "cur"):
            os.makedirs(os.path.join(box, sub), exist_ok=True)
        self.counter += 1
        name = "%d.P%dQ%d.aiosmtpd" % (time.time_ns(), os.getpid(), self.counter)
        tmp = os.path.join(box, "tmp", name)
        with open(tmp, "wb") as f:
            f.write(data)
        os.rename(tmp, os.path.join(box, "new", name))

    @staticmethod
    def localpart(address):
        return address.rsplit("@", 1)[0] if "@" in address else address

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = self.localpart(address)
        if not local or local.startswith(".") or "/" in local or "\0" in local:
            return "550 5.1.1 No mailbox for this local part on the test server"
        if local.lower().startswith("reject"):
            return "550 5.1.1 Recipient rejected by the test server (local part reject*)"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content or b""
        for rcpt in envelope.rcpt_tos:
            head = "Return-Path: <%s>\r\nDelivered-To: %s\r\n" % (envelope.mail_from, rcpt)
            self.deliver(self.localpart(rcpt), head.encode("utf-8") + content)
        log.info("delivered %d bytes from <%s> to %s", len(content), envelope.mail_from,
                 ", ".join(envelope.rcpt_tos))
        return "250 2.0.0 OK: delivered"


def make_authenticator(user, password):
    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == user.encode()
              and auth_data.password == password.encode())
        return AuthResult(success=ok, handled=False)
    return authenticator


async def serve(args):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(args.cert, args.key)
    handler = MaildirHandler(args.maildir)
    authenticator = make_authenticator(args.user, args.password)

    def factory():
        return SMTP(handler,
                    hostname="aiosmtpd.test.local",  # no getfqdn(): no DNS
                    ident="aiosmtpd test server",
                    tls_context=ctx,
                    enable_SMTPUTF8=True,
                    data_size_limit=10240000,
                    authenticator=authenticator,
                    auth_require_tls=True)

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    server = await loop.create_server(factory, host=args.host, port=args.port)
    log.info("listening on %s:%d", args.host, args.port)
    await stop.wait()
    log.info("stopping")
    server.close()
    await server.wait_closed()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", required=True)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--maildir", required=True)
    p.add_argument("--user", default="alice")
    p.add_argument("--password", default="secret")
    args = p.parse_args()
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
