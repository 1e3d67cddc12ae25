#!/usr/bin/env python3
"""Self-test for faultsmtp.py: every stage x kind, the healthy protocol, the control channel.

    python3 -m unittest tests/servers/test_faultsmtp.py      (or run this file)

Starts its own faultsmtp.py (and a throwaway self-signed certificate made with
openssl, unless FAULTSMTP_CERT / FAULTSMTP_KEY name one). Every wait is bounded.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import random
import re
import selectors
import shutil
import signal
import smtplib
import socket
import ssl
import struct
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path
from typing import Any, Optional

HERE = Path(__file__).resolve().parent
SERVER = HERE / "faultsmtp.py"
SCRIPT = HERE / "faultsmtp.sh"
PHP_INC = HERE.parent / "phpt" / "inc" / "faultsmtp.inc"

TIMEOUT = 5.0          # bound on any reply we expect
STALL_BOUND = 0.3      # a stalled server must stay silent at least this long
SLOW_DELAY = 0.002     # per-byte delay for slow replies in tests
TLS_SLOW_DELAY = 0.0005
MIB = 1024 * 1024

GREETING = b"220 fault.test ESMTP\r\n"
GARBAGE = b"HELLO?? not smtp\r\n"
EXTRA = b"250 2.0.0 unsolicited\r\n"
TEMP = b"451 4.3.0 Temporary failure\r\n"
PERM = b"554 5.3.0 Permanent failure\r\n"
TLS_ALERT = b"\x15\x03\x03\x00\x02\x02\x28"
AUTH_PLAIN_OK = base64.b64encode(b"\0alice\0secret").decode()
MESSAGE = b"Subject: t\r\n\r\nhello\r\n"
STAGES = ("connect", "greeting", "ehlo", "starttls", "tls", "auth", "mail",
          "rcpt", "data", "body", "eod", "rset", "quit")
KINDS = ("close", "reset", "stall", "4xx", "5xx", "garbage", "longline",
         "slow", "extra", "refuse_ext")
VALID = {
    "connect": {"close", "reset", "stall", "slow"},
    "greeting": set(KINDS) - {"refuse_ext"},
    "body": set(KINDS) - {"refuse_ext"},
    "eod": set(KINDS) - {"refuse_ext"},
    "rset": set(KINDS) - {"refuse_ext"},
    "quit": set(KINDS) - {"refuse_ext"},
}
REFUSALS = {
    "ehlo": b"502 5.5.1 EHLO not supported\r\n",
    "starttls": b"454 4.7.0 TLS not available\r\n",
    "auth": b"504 5.5.4 Unrecognized authentication type\r\n",
    "mail": b"555 5.5.4 Unsupported option: BODY\r\n",
    "rcpt": b"555 5.5.4 Unsupported option: NOTIFY\r\n",
    "data": b"502 5.5.1 CHUNKING not available\r\n",
}

CONTROL_PORT = 0
CERT: Optional[str] = None
KEY: Optional[str] = None
SERVER_PROC: Optional["ServerProcess"] = None
TMPDIR: Optional[str] = None


def ehlo_reply(starttls: bool, name: str = "client.test") -> bytes:
    caps = ["PIPELINING", "SIZE 52428800", "8BITMIME", "ENHANCEDSTATUSCODES", "SMTPUTF8", "DSN", "CHUNKING"]
    if starttls:
        caps.append("STARTTLS")
    caps.append("AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2")
    lines = [f"fault.test greets {name}"] + caps
    return "".join(f"250{'-' if i < len(lines) - 1 else ' '}{t}\r\n" for i, t in enumerate(lines)).encode()


# --------------------------------------------------------------------------
# Server process and control channel


class ServerProcess:
    """faultsmtp.py as a child process; waits (bounded) for its READY line."""

    def __init__(self, *args: str) -> None:
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([sys.executable, str(SERVER), "--control-port", "0", *args],
                                     stdout=subprocess.PIPE, stderr=self.stderr, stdin=subprocess.DEVNULL)
        assert self.proc.stdout is not None
        self.ready_line = self._read_line(self.proc.stdout, 15.0)
        m = re.fullmatch(rb"READY control=(\d+)\n", self.ready_line)
        if not m:
            self.proc.kill()
            self.proc.wait(5)
            raise RuntimeError(f"faultsmtp did not start: {self.ready_line!r} {self.read_stderr()}")
        self.port = int(m.group(1))

    @staticmethod
    def _read_line(stream: Any, limit: float) -> bytes:
        sel = selectors.DefaultSelector()
        sel.register(stream, selectors.EVENT_READ)
        deadline = time.monotonic() + limit
        line = b""
        while not line.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not sel.select(remaining):
                break
            byte = os.read(stream.fileno(), 1)
            if not byte:
                break
            line += byte
        sel.close()
        return line

    def read_stderr(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read().decode("utf-8", "replace")

    def close(self) -> None:
        self.stop(signal.SIGKILL)
        self.stderr.close()

    def stop(self, sig: int = signal.SIGTERM) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
            return -9
        finally:
            if self.proc.stdout:
                self.proc.stdout.close()


def make_cert(directory: str) -> tuple[Optional[str], Optional[str]]:
    env_cert, env_key = os.environ.get("FAULTSMTP_CERT"), os.environ.get("FAULTSMTP_KEY")
    if env_cert and env_key:
        return env_cert, env_key
    if shutil.which("openssl") is None:
        return None, None
    cert, key = os.path.join(directory, "server.crt"), os.path.join(directory, "server.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=fault.test",
                    "-addext", "subjectAltName=DNS:fault.test,IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=30)
    return cert, key


def setUpModule() -> None:
    global SERVER_PROC, CONTROL_PORT, CERT, KEY, TMPDIR
    TMPDIR = tempfile.mkdtemp(prefix="faultsmtp-test-")
    CERT, KEY = make_cert(TMPDIR)
    args = ["--cert", CERT, "--key", KEY] if CERT and KEY else []
    SERVER_PROC = ServerProcess(*args)
    CONTROL_PORT = SERVER_PROC.port


def tearDownModule() -> None:
    if SERVER_PROC is not None:
        code = SERVER_PROC.stop()
        if code != 0:
            print(f"faultsmtp exited with {code}; stderr:\n{SERVER_PROC.read_stderr()}", file=sys.stderr)
        SERVER_PROC.close()
    if TMPDIR:
        shutil.rmtree(TMPDIR, ignore_errors=True)


def control(req: dict[str, Any], port: Optional[int] = None) -> dict[str, Any]:
    with socket.create_connection(("127.0.0.1", port or CONTROL_PORT), timeout=TIMEOUT * 2) as s:
        s.sendall(json.dumps(req).encode() + b"\n")
        with s.makefile("rb") as f:
            line = f.readline()
    response: dict[str, Any] = json.loads(line)
    return response


def control_ok(req: dict[str, Any]) -> dict[str, Any]:
    resp = control(req)
    if not resp.get("ok"):
        raise AssertionError(f"control request {req} failed: {resp}")
    return resp


def transcript(port: int, connections: int = 1, wait: float = TIMEOUT) -> dict[str, Any]:
    resp = control_ok({"op": "transcript", "port": port, "wait": wait, "connections": connections})
    for conn in resp["connections"]:
        for key in ("client", "server", "client_raw"):
            conn[key] = base64.b64decode(conn[key])
    return resp


def messages(port: int) -> list[dict[str, Any]]:
    resp = control_ok({"op": "messages", "port": port})
    for m in resp["messages"]:
        m["data"] = base64.b64decode(m["data"])
    result: list[dict[str, Any]] = resp["messages"]
    return result


def client_tls_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


# --------------------------------------------------------------------------
# A raw SMTP client: exact bytes in and out, TLS through memory BIOs


class BioTLS:
    """Client TLS over a socket via memory BIOs, so raw server bytes stay observable."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.inc, self.out = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.obj = client_tls_context().wrap_bio(self.inc, self.out, server_hostname="fault.test")
        self.raw_sizes: list[int] = []

    def _flush(self) -> None:
        data = self.out.read()
        if data:
            self.sock.sendall(data)

    def _pump(self) -> bool:
        data = self.sock.recv(65536)
        if not data:
            return False
        self.raw_sizes.append(len(data))
        self.inc.write(data)
        return True

    def hello(self) -> None:
        """Send the ClientHello."""
        try:
            self.obj.do_handshake()
        except ssl.SSLWantReadError:
            pass
        self._flush()

    def finish(self) -> None:
        while True:
            try:
                self.obj.do_handshake()
                self._flush()
                return
            except ssl.SSLWantReadError:
                self._flush()
                if not self._pump():
                    raise ConnectionError("EOF during TLS handshake")

    def recv(self) -> bytes:
        while True:
            try:
                return self.obj.read(65536)
            except ssl.SSLWantReadError:
                if not self._pump():
                    return b""
            except ssl.SSLZeroReturnError:
                return b""

    def send(self, data: bytes) -> None:
        self.obj.write(data)
        self._flush()


class Client:
    def __init__(self, port: int, timeout: float = TIMEOUT) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.buf = b""
        self.bio: Optional[BioTLS] = None
        self.sizes: list[int] = []   # sizes of the recv() results, for slow checks
        self.received = b""          # everything received, for transcript checks

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass

    def send(self, data: bytes) -> None:
        if self.bio is not None:
            self.bio.send(data)
        else:
            self.sock.sendall(data)

    def recv(self) -> bytes:
        data = self.bio.recv() if self.bio is not None else self.sock.recv(65536)
        self.sizes.append(len(data))
        self.received += data
        return data

    def line(self, limit: int = 64 * 1024) -> bytes:
        while b"\r\n" not in self.buf:
            if len(self.buf) > limit:
                raise AssertionError(f"line longer than {limit}")
            data = self.recv()
            if not data:
                raise EOFError(f"EOF after {self.buf[:200]!r}")
            self.buf += data
        idx = self.buf.index(b"\r\n") + 2
        line, self.buf = self.buf[:idx], self.buf[idx:]
        return line

    def reply(self) -> bytes:
        out = b""
        while True:
            line = self.line()
            out += line
            if line[3:4] != b"-":
                return out

    def cmd(self, text: str) -> bytes:
        return self.exchange(text.encode() + b"\r\n")

    def exchange(self, data: bytes) -> bytes:
        """Send exact bytes (e.g. a BDAT command and its chunk), read one reply."""
        self.send(data)
        return self.reply()

    def rest(self) -> bytes:
        """Everything until EOF."""
        out, self.buf = self.buf, b""
        while True:
            data = self.recv()
            if not data:
                return out
            out += data

    def starttls(self) -> None:
        assert self.cmd("STARTTLS") == b"220 2.0.0 Ready to start TLS\r\n"
        self.bio = BioTLS(self.sock)
        self.bio.hello()
        self.bio.finish()

    def implicit_tls(self) -> None:
        self.bio = BioTLS(self.sock)
        self.bio.hello()
        self.bio.finish()


class FaultTestCase(unittest.TestCase):
    def spawn(self, mode: str = "plain", faults: Optional[list[dict[str, Any]]] = None, **extra: Any) -> int:
        """A scenario closed when the test ends."""
        port = self.spawn_open(mode, faults, **extra)
        self.addCleanup(control, {"op": "close", "port": port})
        return port

    def spawn_open(self, mode: str = "plain", faults: Optional[list[dict[str, Any]]] = None,
                   **extra: Any) -> int:
        """A scenario the caller closes."""
        if mode != "plain" and CERT is None:
            self.skipTest("no openssl to make a certificate")
        req = {"op": "spawn", "mode": mode, "faults": faults or [], "idle_timeout": 10, **extra}
        return int(control_ok(req)["port"])

    def client(self, port: int, **kw: Any) -> Client:
        c = Client(port, **kw)
        self.addCleanup(c.close)
        return c

    def greeted(self, port: int, mode: str = "plain") -> Client:
        c = self.client(port)
        if mode == "implicit":
            c.implicit_tls()
        self.assertEqual(c.reply(), GREETING)
        self.assertEqual(c.cmd("EHLO client.test"), ehlo_reply(mode == "starttls"))
        return c


# --------------------------------------------------------------------------
# Every stage x kind


class TestFaultMatrix(FaultTestCase):
    """Each valid (stage, kind) does what it promises; each invalid one is refused at spawn."""

    NORMAL_CODE = {"connect": b"220", "greeting": b"220", "ehlo": b"250", "starttls": b"220",
                   "auth": b"235", "mail": b"250", "rcpt": b"250", "data": b"354", "body": b"250",
                   "eod": b"250", "rset": b"250", "quit": b"221"}

    def test_matrix(self) -> None:
        for stage in STAGES:
            for kind in KINDS:
                with self.subTest(stage=stage, kind=kind):
                    if kind not in VALID.get(stage, set(KINDS)):
                        mode = "starttls" if stage in ("starttls", "tls") else "plain"
                        resp = control({"op": "spawn", "mode": mode, "faults": [{"stage": stage, "kind": kind}]})
                        self.assertFalse(resp["ok"])
                        self.assertIn("not available at stage", resp["error"])
                    elif stage == "tls":
                        for mode in ("starttls", "implicit"):
                            with self.subTest(mode=mode):
                                self.tls_case(mode, kind)
                    else:
                        self.smtp_case(stage, kind)

    def fault_spec(self, stage: str, kind: str) -> dict[str, Any]:
        spec: dict[str, Any] = {"stage": stage, "kind": kind}
        if kind == "slow":
            spec["delay"] = 0.2 if stage == "connect" else (TLS_SLOW_DELAY if stage == "tls" else SLOW_DELAY)
        if stage == "body":
            spec["after"] = 5
        return spec

    def drive(self, c: Client, stage: str, kind: str) -> tuple[bytes, bytes]:
        """Bring the dialogue up to `stage`; return (trigger bytes, normal reply pattern)."""
        if stage in ("connect", "greeting"):
            return b"", re.escape(GREETING)
        self.assertEqual(c.reply(), GREETING)
        if stage == "quit":
            return b"QUIT\r\n", re.escape(b"221 2.0.0 Bye\r\n")
        if stage == "ehlo":
            return b"EHLO client.test\r\n", re.escape(ehlo_reply(False))
        self.assertTrue(c.cmd("EHLO client.test").startswith(b"250-"))
        if stage == "starttls":
            return b"STARTTLS\r\n", re.escape(b"220 2.0.0 Ready to start TLS\r\n")
        if stage == "auth":
            return f"AUTH PLAIN {AUTH_PLAIN_OK}\r\n".encode(), re.escape(b"235 2.7.0 Authentication successful\r\n")
        if stage == "rset":
            return b"RSET\r\n", re.escape(b"250 2.0.0 Ok\r\n")
        if stage == "mail":
            return b"MAIL FROM:<a@x.test> BODY=8BITMIME\r\n", re.escape(b"250 2.1.0 Ok\r\n")
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), b"250 2.1.0 Ok\r\n")
        if stage == "rcpt":
            return b"RCPT TO:<b@x.test> NOTIFY=SUCCESS\r\n", re.escape(b"250 2.1.5 Ok\r\n")
        self.assertEqual(c.cmd("RCPT TO:<b@x.test>"), b"250 2.1.5 Ok\r\n")
        if stage == "data":
            if kind == "refuse_ext":
                return b"BDAT 5 LAST\r\nhello", b""
            return b"DATA\r\n", re.escape(b"354 End data with <CR><LF>.<CR><LF>\r\n")
        self.assertEqual(c.cmd("DATA"), b"354 End data with <CR><LF>.<CR><LF>\r\n")
        return MESSAGE + b".\r\n", rb"250 2\.0\.0 Ok: queued as \w+\r\n"  # body, eod

    def smtp_case(self, stage: str, kind: str) -> None:
        mode = "starttls" if stage == "starttls" else "plain"
        port = self.spawn_open(mode, [self.fault_spec(stage, kind)])
        try:
            self.smtp_case_at(port, stage, kind)
        finally:
            control({"op": "close", "port": port})

    def smtp_case_at(self, port: int, stage: str, kind: str) -> None:
        c = Client(port)
        try:
            trigger, normal = self.drive(c, stage, kind)
            started = time.monotonic()
            sent_error: Optional[OSError] = None
            try:
                c.send(trigger)
            except OSError as e:
                sent_error = e
            c.sizes.clear()
            self.observe(c, stage, kind, normal, sent_error, started)
        finally:
            c.close()
        conn = transcript(port)["connections"][0]
        self.assertEqual(conn["faults"], [f"{stage}/{kind}"])
        self.assertFalse(conn["open"])

    def observe(self, c: Client, stage: str, kind: str, normal: bytes,
                sent_error: Optional[OSError], started: float) -> None:
        if kind == "close":
            self.assertIsNone(sent_error)
            self.assertEqual(c.rest(), b"")
        elif kind == "reset":
            if not isinstance(sent_error, ConnectionResetError):
                with self.assertRaises(ConnectionResetError):
                    c.rest()
        elif kind == "stall":
            c.sock.settimeout(STALL_BOUND)
            with self.assertRaises(TimeoutError):
                c.recv()
        elif kind == "4xx":
            if stage == "greeting":
                self.assertEqual(c.line(), b"421 4.3.2 Service not available\r\n")
                self.assertEqual(c.rest(), b"")
            else:
                self.assertEqual(c.line(), TEMP)
        elif kind == "5xx":
            self.assertEqual(c.line(), PERM)
        elif kind == "garbage":
            self.assertEqual(c.line(), GARBAGE)
        elif kind == "longline":
            line = c.line(limit=2 * MIB)
            self.assertGreaterEqual(len(line) - 2, MIB)
            self.assertEqual(line.index(b"\r\n"), len(line) - 2)
            self.assertEqual(line[:4], self.NORMAL_CODE[stage] + b" ")
        elif kind == "slow":
            reply = c.reply()
            self.assertRegex(reply, normal)
            if stage == "connect":
                self.assertGreaterEqual(time.monotonic() - started, 0.18)
            elif stage != "body":  # body: slow means throttled reading, see TestFaultOptions
                singles = sum(1 for n in c.sizes if n == 1)
                self.assertGreaterEqual(singles, len(reply) // 2, f"recv sizes {c.sizes}")
        elif kind == "extra":
            if stage == "body":  # the extra line arrives mid-content, before the normal reply
                self.assertEqual(c.line(), EXTRA)
                self.assertRegex(c.reply(), normal)
            else:
                self.assertRegex(c.reply(), normal)
                self.assertEqual(c.line(), EXTRA)
        elif kind == "refuse_ext":
            self.assertEqual(c.reply(), REFUSALS[stage])
        else:
            self.fail(f"unexpected kind {kind}")

    def tls_case(self, mode: str, kind: str) -> None:
        port = self.spawn_open(mode, [self.fault_spec("tls", kind)])
        try:
            self.tls_case_at(port, mode, kind)
        finally:
            control({"op": "close", "port": port})

    def tls_case_at(self, port: int, mode: str, kind: str) -> None:
        c = Client(port)
        try:
            if mode == "starttls":
                self.assertEqual(c.reply(), GREETING)
                c.cmd("EHLO client.test")
                self.assertEqual(c.cmd("STARTTLS"), b"220 2.0.0 Ready to start TLS\r\n")
            bio = BioTLS(c.sock)
            bio.hello()
            self.observe_tls(c, bio, mode, kind)
        finally:
            c.close()
        conn = transcript(port)["connections"][0]
        self.assertEqual(conn["faults"], ["tls/" + kind])
        self.assertFalse(conn["open"])
        if kind not in ("slow", "extra"):
            self.assertTrue(conn["client_raw"].startswith(b"\x16\x03"), "ClientHello recorded as raw")

    def observe_tls(self, c: Client, bio: BioTLS, mode: str, kind: str) -> None:
        if kind == "close":
            self.assertEqual(c.rest(), b"")
        elif kind == "reset":
            with self.assertRaises(ConnectionResetError):
                c.rest()
        elif kind == "stall":
            c.sock.settimeout(STALL_BOUND)
            with self.assertRaises(TimeoutError):
                c.recv()
        elif kind in ("4xx", "5xx", "garbage"):
            expected = {"4xx": TEMP, "5xx": PERM, "garbage": GARBAGE}[kind]
            self.assertEqual(c.line(), expected)
        elif kind == "longline":
            line = c.line(limit=2 * MIB)
            self.assertGreaterEqual(len(line) - 2, MIB)
            self.assertEqual(line.index(b"\r\n"), len(line) - 2)
        elif kind == "refuse_ext":
            alert = c.rest()
            self.assertEqual(alert, TLS_ALERT)
            bio.inc.write(alert)
            with self.assertRaises(ssl.SSLError):
                bio.obj.do_handshake()
        elif kind == "slow":
            bio.finish()
            singles = sum(1 for n in bio.raw_sizes if n == 1)
            self.assertGreaterEqual(singles, sum(bio.raw_sizes) // 2, f"raw sizes {bio.raw_sizes}")
            c.bio = bio
            if mode == "implicit":
                self.assertEqual(c.reply(), GREETING)
            self.assertEqual(c.cmd("EHLO client.test"), ehlo_reply(False))
        elif kind == "extra":
            bio.finish()
            c.bio = bio
            self.assertEqual(c.line(), EXTRA)
            if mode == "implicit":
                self.assertEqual(c.reply(), GREETING)
            self.assertEqual(c.cmd("EHLO client.test"), ehlo_reply(False))
        else:
            self.fail(f"unexpected kind {kind}")

    def test_faults_inside_tls(self) -> None:
        """Faults after STARTTLS and in implicit mode apply to the encrypted dialogue."""
        for mode in ("starttls", "implicit"):
            for kind, expected in (("4xx", TEMP), ("extra", b"250 2.1.0 Ok\r\n" + EXTRA)):
                with self.subTest(mode=mode, kind=kind):
                    port = self.spawn(mode, [{"stage": "mail", "kind": kind}])
                    c = self.greeted(port, mode)
                    if mode == "starttls":
                        c.starttls()
                        self.assertEqual(c.cmd("EHLO client.test"), ehlo_reply(False))
                    c.send(b"MAIL FROM:<a@x.test>\r\n")
                    got = c.line() + (c.line() if kind == "extra" else b"")
                    self.assertEqual(got, expected)
            with self.subTest(mode=mode, kind="reset"):
                port = self.spawn(mode, [{"stage": "rcpt", "kind": "reset"}])
                c = self.greeted(port, mode)
                if mode == "starttls":
                    c.starttls()
                    c.cmd("EHLO client.test")
                c.cmd("MAIL FROM:<a@x.test>")
                c.send(b"RCPT TO:<b@x.test>\r\n")
                with self.assertRaises(ConnectionResetError):
                    c.rest()


# --------------------------------------------------------------------------
# Fault options: connection, occurrence, step, index, match, after, reply, line


class TestFaultOptions(FaultTestCase):
    def mail_reply(self, port: int) -> bytes:
        c = self.greeted(port)
        reply = c.cmd("MAIL FROM:<a@x.test>")
        c.cmd("QUIT")
        return reply

    def test_nth_connection(self) -> None:
        port = self.spawn(faults=[{"stage": "mail", "kind": "5xx", "connection": 2}])
        self.assertEqual([self.mail_reply(port) for _ in range(3)],
                         [b"250 2.1.0 Ok\r\n", PERM, b"250 2.1.0 Ok\r\n"])

    def test_default_first_connection_then_healthy(self) -> None:
        port = self.spawn(faults=[{"stage": "greeting", "kind": "close"}])
        c = self.client(port)
        self.assertEqual(c.rest(), b"")
        self.assertEqual(self.mail_reply(port), b"250 2.1.0 Ok\r\n")

    def test_all_connections_and_lists(self) -> None:
        port = self.spawn(faults=[{"stage": "mail", "kind": "4xx", "connection": "all"}])
        self.assertEqual([self.mail_reply(port) for _ in range(2)], [TEMP, TEMP])
        port = self.spawn(faults=[{"stage": "mail", "kind": "4xx", "connection": [1, 3]}])
        self.assertEqual([self.mail_reply(port) for _ in range(3)], [TEMP, b"250 2.1.0 Ok\r\n", TEMP])

    def test_occurrence(self) -> None:
        port = self.spawn(faults=[{"stage": "mail", "kind": "4xx", "occurrence": 2}])
        c = self.greeted(port)
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), b"250 2.1.0 Ok\r\n")
        self.assertEqual(c.cmd("RSET"), b"250 2.0.0 Ok\r\n")
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), TEMP)
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), b"250 2.1.0 Ok\r\n")
        port = self.spawn(faults=[{"stage": "rset", "kind": "5xx", "occurrence": "all"}])
        c = self.greeted(port)
        self.assertEqual([c.cmd("RSET") for _ in range(3)], [PERM] * 3)

    def test_rcpt_index_and_match(self) -> None:
        port = self.spawn(faults=[{"stage": "rcpt", "kind": "4xx", "index": 2}])
        c = self.greeted(port)
        c.cmd("MAIL FROM:<a@x.test>")
        self.assertEqual([c.cmd(f"RCPT TO:<r{i}@x.test>") for i in range(3)],
                         [b"250 2.1.5 Ok\r\n", TEMP, b"250 2.1.5 Ok\r\n"])
        port = self.spawn(faults=[{"stage": "rcpt", "kind": "5xx", "match": "*@BAD.test", "occurrence": "all"}])
        c = self.greeted(port)
        c.cmd("MAIL FROM:<a@x.test>")
        self.assertEqual([c.cmd(f"RCPT TO:<{a}>") for a in ("a@ok.test", "b@bad.test", "c@bad.test")],
                         [b"250 2.1.5 Ok\r\n", PERM, PERM])

    def test_auth_step(self) -> None:
        port = self.spawn(faults=[{"stage": "auth", "kind": "4xx", "step": 2}])
        c = self.greeted(port)
        self.assertEqual(c.cmd("AUTH LOGIN"), b"334 VXNlcm5hbWU6\r\n")
        self.assertEqual(c.cmd(base64.b64encode(b"alice").decode()), TEMP)
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), b"250 2.1.0 Ok\r\n")
        port = self.spawn(faults=[{"stage": "auth", "kind": "garbage", "step": 1}])
        c = self.greeted(port)
        self.assertEqual(c.cmd("AUTH LOGIN"), GARBAGE)   # the exchange goes on
        self.assertEqual(c.cmd(base64.b64encode(b"alice").decode()), b"334 UGFzc3dvcmQ6\r\n")

    def test_auth_refuse_ext(self) -> None:
        port = self.spawn(faults=[{"stage": "auth", "kind": "refuse_ext"}])
        c = self.greeted(port)
        self.assertEqual(c.cmd("AUTH LOGIN"), REFUSALS["auth"])
        self.assertEqual(c.cmd(f"AUTH PLAIN {AUTH_PLAIN_OK}"), b"235 2.7.0 Authentication successful\r\n")

    def test_body_after_bytes_early_reply(self) -> None:
        port = self.spawn(faults=[{"stage": "body", "kind": "4xx", "after": 500}])
        c = self.greeted(port)
        c.cmd("MAIL FROM:<a@x.test>")
        c.cmd("RCPT TO:<b@x.test>")
        self.assertEqual(c.cmd("DATA")[:3], b"354")
        c.send(b"x" * 400)
        c.sock.settimeout(STALL_BOUND)   # 400 < 500 bytes: nothing may come yet
        with self.assertRaises(TimeoutError):
            c.recv()
        c.sock.settimeout(TIMEOUT)
        c.send(b"y" * 200)
        self.assertEqual(c.line(), TEMP)  # while the client is still sending
        self.assertEqual(c.cmd("\r\n.\r\nNOOP"), b"250 2.0.0 Ok\r\n")  # no end-of-data reply
        self.assertEqual(messages(port), [])

    def test_body_close_after_bytes(self) -> None:
        port = self.spawn(faults=[{"stage": "body", "kind": "close", "after": 100}])
        c = self.greeted(port)
        c.cmd("MAIL FROM:<a@x.test>")
        c.cmd("RCPT TO:<b@x.test>")
        c.cmd("DATA")
        c.send(b"z" * 1000)
        self.assertEqual(c.rest(), b"")   # FIN, no reply
        c.close()
        conn = transcript(port)["connections"][0]
        self.assertTrue(conn["client"].endswith(b"DATA\r\n" + b"z" * 1000))

    def test_body_slow_throttles_reading(self) -> None:
        port = self.spawn(faults=[{"stage": "body", "kind": "slow", "chunk": 4096, "delay": 0.005}])
        c = self.greeted(port)
        c.cmd("MAIL FROM:<a@x.test>")
        c.cmd("RCPT TO:<b@x.test>")
        c.cmd("DATA")
        body = b"".join(b"line %06d\r\n" % i for i in range(20000))   # 260 KB
        started = time.monotonic()
        c.send(body + b".\r\n")
        self.assertRegex(c.reply(), rb"^250 2\.0\.0 Ok")
        self.assertGreaterEqual(time.monotonic() - started, 0.3)  # >= 63 reads x 5 ms
        self.assertEqual(messages(port)[0]["data"], body)

    def test_body_faults_with_bdat(self) -> None:
        port = self.spawn(faults=[{"stage": "body", "kind": "5xx", "after": 3}])
        c = self.greeted(port)
        c.cmd("MAIL FROM:<a@x.test>")
        c.cmd("RCPT TO:<b@x.test>")
        self.assertEqual(c.exchange(b"BDAT 10\r\n0123456789"), PERM)  # early, rest of chunk swallowed
        self.assertEqual(c.exchange(b"BDAT 2 LAST\r\nab"), b"503 5.5.1 Need MAIL command\r\n")
        port = self.spawn(faults=[{"stage": "data", "kind": "4xx"}])
        c = self.greeted(port)
        c.cmd("MAIL FROM:<a@x.test>")
        c.cmd("RCPT TO:<b@x.test>")
        self.assertEqual(c.exchange(b"BDAT 3\r\nabc"), TEMP)  # a non-LAST chunk reply is stage data
        self.assertEqual(c.cmd("NOOP"), b"250 2.0.0 Ok\r\n")

    def test_refuse_ext_needs_parameters(self) -> None:
        port = self.spawn(faults=[{"stage": "mail", "kind": "refuse_ext"}])
        c = self.greeted(port)
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), b"250 2.1.0 Ok\r\n")  # nothing to refuse
        c.cmd("RSET")
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test> SIZE=10"), b"555 5.5.4 Unsupported option: SIZE\r\n")

    def test_data_refuse_ext_then_data(self) -> None:
        port = self.spawn(faults=[{"stage": "data", "kind": "refuse_ext"}])
        c = self.greeted(port)
        c.cmd("MAIL FROM:<a@x.test>")
        c.cmd("RCPT TO:<b@x.test>")
        self.assertEqual(c.exchange(b"BDAT 5 LAST\r\nhello"), REFUSALS["data"])
        self.assertEqual(c.cmd("DATA")[:3], b"354")   # the envelope survived
        self.assertRegex(c.cmd("hi\r\n."), rb"^250 ")
        self.assertEqual(messages(port)[0]["data"], b"hi\r\n")

    def test_custom_reply_and_lines(self) -> None:
        port = self.spawn(faults=[{"stage": "mail", "kind": "4xx", "reply": "421 4.4.2 Going away"}])
        c = self.greeted(port)
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), b"421 4.4.2 Going away\r\n")
        self.assertEqual(c.rest(), b"")   # 421 closes
        port = self.spawn(faults=[{"stage": "rset", "kind": "5xx", "reply": ["550-first", "550 second"]},
                                  {"stage": "rset", "kind": "garbage", "line": "junk", "occurrence": 2},
                                  {"stage": "rset", "kind": "extra", "line": "999 odd", "occurrence": 3}])
        c = self.greeted(port)
        self.assertEqual(c.cmd("RSET"), b"550-first\r\n550 second\r\n")
        self.assertEqual(c.cmd("RSET"), b"junk\r\n")
        self.assertEqual(c.cmd("RSET") + c.line(), b"250 2.0.0 Ok\r\n999 odd\r\n")

    def test_greeting_5xx_means_no_service(self) -> None:
        port = self.spawn(faults=[{"stage": "greeting", "kind": "5xx"}])
        c = self.client(port)
        self.assertEqual(c.reply(), PERM)
        self.assertEqual(c.cmd("EHLO client.test"), b"503 5.5.1 No SMTP service here\r\n")
        self.assertEqual(c.cmd("QUIT"), b"221 2.0.0 Bye\r\n")

    def test_ehlo_refuse_ext_helo_works(self) -> None:
        port = self.spawn(faults=[{"stage": "ehlo", "kind": "refuse_ext"}])
        c = self.client(port)
        c.reply()
        self.assertEqual(c.cmd("EHLO client.test"), REFUSALS["ehlo"])
        self.assertEqual(c.cmd("HELO client.test"), b"250 fault.test\r\n")
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), b"250 2.1.0 Ok\r\n")

    def test_starttls_extra_is_not_taken_as_tls(self) -> None:
        port = self.spawn("starttls", [{"stage": "starttls", "kind": "extra"}])
        c = self.greeted(port, "starttls")
        c.send(b"STARTTLS\r\n")
        self.assertEqual(c.line(), b"220 2.0.0 Ready to start TLS\r\n")
        self.assertEqual(c.line(), EXTRA)   # plaintext, after the 220: an injection to ignore

    def test_everything_slow_client_succeeds(self) -> None:
        stages = ("greeting", "ehlo", "mail", "rcpt", "data", "eod", "rset", "quit")
        faults: list[dict[str, Any]] = [{"stage": st, "kind": "slow", "delay": 0.0005, "occurrence": "all"}
                                        for st in stages]
        faults.append({"stage": "body", "kind": "slow", "delay": 0.001, "chunk": 64})
        port = self.spawn(faults=faults)
        with smtplib.SMTP("127.0.0.1", port, timeout=TIMEOUT) as s:
            s.sendmail("a@x.test", ["b@x.test", "c@x.test"], MESSAGE * 20)
            s.rset()
        self.assertEqual(messages(port)[0]["data"], MESSAGE * 20)
        fired = transcript(port)["connections"][0]["faults"]
        self.assertEqual(set(fired), {st + "/slow" for st in (*stages, "body")})

    def test_eod_with_bdat_last(self) -> None:
        port = self.spawn(faults=[{"stage": "eod", "kind": "4xx"}])
        c = self.greeted(port)
        c.cmd("MAIL FROM:<a@x.test>")
        c.cmd("RCPT TO:<b@x.test>")
        self.assertEqual(c.exchange(b"BDAT 2\r\nab"), b"250 2.0.0 2 octets received\r\n")
        self.assertEqual(c.exchange(b"BDAT 2 LAST\r\ncd"), TEMP)
        self.assertEqual(messages(port), [])
        c.cmd("MAIL FROM:<a@x.test>")
        c.cmd("RCPT TO:<b@x.test>")
        self.assertRegex(c.exchange(b"BDAT 2 LAST\r\nef"), rb"^250 2\.0\.0 Ok: queued")
        self.assertEqual(messages(port)[0]["data"], b"ef")

    def test_connect_slow_default(self) -> None:
        port = self.spawn(faults=[{"stage": "connect", "kind": "slow", "delay": 0.25}])
        started = time.monotonic()
        c = self.client(port)
        self.assertEqual(c.reply(), GREETING)
        self.assertGreaterEqual(time.monotonic() - started, 0.23)


# --------------------------------------------------------------------------
# The healthy server


class TestHealthy(FaultTestCase):
    def test_ehlo_per_mode(self) -> None:
        self.greeted(self.spawn("plain"), "plain")
        c = self.greeted(self.spawn("starttls"), "starttls")
        c.starttls()
        self.assertEqual(c.cmd("EHLO client.test"), ehlo_reply(False))
        self.greeted(self.spawn("implicit"), "implicit")

    def test_smtplib_plain_send(self) -> None:
        port = self.spawn()
        msg = b"Subject: hi\r\n\r\n.leading dot\r\n..two\r\n\xc3\xa9 8bit\r\n.\r\nafter lone dot\r\n"
        with smtplib.SMTP("127.0.0.1", port, timeout=TIMEOUT) as s:
            s.ehlo("client.test")
            for ext in ("pipelining", "size", "8bitmime", "enhancedstatuscodes", "smtputf8", "dsn",
                        "chunking", "auth"):
                self.assertTrue(s.has_extn(ext), ext)
            self.assertFalse(s.has_extn("starttls"))
            refused = s.sendmail("a@x.test", ["b@x.test", "reject-me@x.test", "c@x.test"], msg,
                                 mail_options=["BODY=8BITMIME"], rcpt_options=["NOTIFY=FAILURE"])
            self.assertEqual(refused, {"reject-me@x.test": (550, b"5.1.1 User unknown")})
        [m] = messages(port)
        self.assertEqual(m["data"], msg)
        self.assertEqual((m["mail_from"], m["rcpt_to"], m["via"], m["helo"]),
                         ("a@x.test", ["b@x.test", "c@x.test"], "DATA", "client.test"))
        self.assertIn("BODY=8BITMIME", m["mail_params"])
        self.assertEqual(m["rcpt_params"], [["NOTIFY=FAILURE"], ["NOTIFY=FAILURE"]])

    def test_smtplib_starttls_and_login(self) -> None:
        port = self.spawn("starttls")
        with smtplib.SMTP("127.0.0.1", port, timeout=TIMEOUT) as s:
            s.ehlo("client.test")
            self.assertTrue(s.has_extn("starttls"))
            s.starttls(context=client_tls_context())
            s.ehlo("client.test")
            self.assertFalse(s.has_extn("starttls"))
            s.login("alice", "secret")
            s.sendmail("a@x.test", ["b@x.test"], MESSAGE)
        [m] = messages(port)
        self.assertEqual((m["tls"], m["auth"], m["data"]), (True, "alice", MESSAGE))

    def test_smtplib_implicit(self) -> None:
        port = self.spawn("implicit")
        with smtplib.SMTP_SSL("127.0.0.1", port, timeout=TIMEOUT, context=client_tls_context()) as s:
            s.login("alice", "secret")
            s.sendmail("a@x.test", ["b@x.test"], MESSAGE)
        self.assertTrue(messages(port)[0]["tls"])

    def test_starttls_resets_state_and_drops_injection(self) -> None:
        port = self.spawn("starttls")
        c = self.greeted(port, "starttls")
        self.assertEqual(c.cmd(f"AUTH PLAIN {AUTH_PLAIN_OK}")[:3], b"235")
        c.send(b"STARTTLS\r\nNOOP\r\n")   # the NOOP is plaintext injected before TLS
        self.assertEqual(c.reply(), b"220 2.0.0 Ready to start TLS\r\n")
        c.bio = BioTLS(c.sock)
        c.bio.hello()
        c.bio.finish()
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), b"503 5.5.1 Send EHLO/HELO first\r\n")
        self.assertEqual(c.cmd("EHLO client.test"), ehlo_reply(False))
        self.assertEqual(c.cmd("STARTTLS"), b"503 5.5.1 TLS already active\r\n")
        self.assertEqual(c.cmd(f"AUTH PLAIN {AUTH_PLAIN_OK}")[:3], b"235")  # auth was forgotten
        conn = transcript(port, wait=0)["connections"][0]
        self.assertTrue(conn["tls"])
        self.assertTrue(any(e["type"] == "note" and "discarded 6" in e["text"] for e in conn["events"]))

    def test_auth_mechanisms(self) -> None:
        port = self.spawn()
        ok, bad = b"235 2.7.0 Authentication successful\r\n", b"535 5.7.8 Authentication credentials invalid\r\n"

        def b(data: bytes) -> str:
            return base64.b64encode(data).decode()

        def session() -> Client:
            return self.greeted(port)

        for password, expected in (("secret", ok), ("wrong", bad)):
            c = session()
            self.assertEqual(c.cmd(f"AUTH PLAIN {b(b'alice' + bytes(1) + b'alice' + bytes(1) + password.encode())}"), expected)
            c = session()
            self.assertEqual(c.cmd("AUTH PLAIN"), b"334 \r\n")
            self.assertEqual(c.cmd(b(b"\0alice\0" + password.encode())), expected)
            c = session()
            self.assertEqual(c.cmd("AUTH LOGIN"), b"334 VXNlcm5hbWU6\r\n")
            self.assertEqual(c.cmd(b(b"alice")), b"334 UGFzc3dvcmQ6\r\n")
            self.assertEqual(c.cmd(b(password.encode())), expected)
            c = session()
            self.assertEqual(c.cmd(f"AUTH LOGIN {b(b'alice')}"), b"334 UGFzc3dvcmQ6\r\n")
            self.assertEqual(c.cmd(b(password.encode())), expected)
            c = session()
            challenge = c.cmd("AUTH CRAM-MD5")
            self.assertEqual(challenge[:4], b"334 ")
            nonce = base64.b64decode(challenge[4:].strip())
            digest = hmac.new(password.encode(), nonce, hashlib.md5).hexdigest()
            self.assertEqual(c.cmd(b(b"alice " + digest.encode())), expected)
        c = session()
        self.assertEqual(c.cmd(f"AUTH XOAUTH2 {b(b'user=alice' + bytes([1]) + b'auth=Bearer testtoken' + bytes([1, 1]))}"), ok)
        c = session()
        error = c.cmd(f"AUTH XOAUTH2 {b(b'user=alice' + bytes([1]) + b'auth=Bearer nope' + bytes([1, 1]))}")
        self.assertEqual(error[:4], b"334 ")
        self.assertEqual(json.loads(base64.b64decode(error[4:]))["status"], "401")
        self.assertEqual(c.cmd(""), bad)
        c = session()
        c.cmd("AUTH LOGIN")
        self.assertEqual(c.cmd("*"), b"501 5.7.0 Authentication cancelled\r\n")
        self.assertEqual(c.cmd("AUTH PLAIN !!!notbase64"), b"501 5.5.2 Cannot decode response\r\n")
        self.assertEqual(c.cmd("AUTH GSSAPI"), b"504 5.5.4 Unrecognized authentication type\r\n")
        self.assertEqual(c.cmd(f"AUTH PLAIN {AUTH_PLAIN_OK}"), ok)
        self.assertEqual(c.cmd(f"AUTH PLAIN {AUTH_PLAIN_OK}"), b"503 5.5.1 Already authenticated\r\n")
        c = self.client(port)
        c.reply()
        self.assertEqual(c.cmd(f"AUTH PLAIN {AUTH_PLAIN_OK}"), b"503 5.5.1 Send EHLO first\r\n")
        with smtplib.SMTP("127.0.0.1", port, timeout=TIMEOUT) as s:
            for mech in ("CRAM-MD5", "PLAIN", "LOGIN"):
                s.user, s.password = "alice", "secret"
                s.ehlo("client.test")
                code, _ = s.auth(mech, getattr(s, "auth_" + mech.lower().replace("-", "_")))
                self.assertEqual(code, 235)
                s.rset()
                s.close()
                s.connect("127.0.0.1", port)

    def test_pipelining_in_order(self) -> None:
        port = self.spawn()
        c = self.greeted(port)
        c.send(b"MAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nRCPT TO:<reject@x.test>\r\n"
               b"RCPT TO:<c@x.test>\r\nDATA\r\n")
        self.assertEqual([c.reply() for _ in range(5)],
                         [b"250 2.1.0 Ok\r\n", b"250 2.1.5 Ok\r\n", b"550 5.1.1 User unknown\r\n",
                          b"250 2.1.5 Ok\r\n", b"354 End data with <CR><LF>.<CR><LF>\r\n"])
        c.send(MESSAGE + b".\r\nRSET\r\nVRFY x\r\nNOOP\r\nQUIT\r\n")
        replies = [c.reply() for _ in range(5)]
        self.assertRegex(replies[0], rb"^250 2\.0\.0 Ok: queued as \w+\r\n$")
        self.assertEqual(replies[1:], [b"250 2.0.0 Ok\r\n",
                                       b"252 2.0.0 Cannot VRFY user, but will accept message\r\n",
                                       b"250 2.0.0 Ok\r\n", b"221 2.0.0 Bye\r\n"])
        self.assertEqual(c.rest(), b"")
        self.assertEqual(messages(port)[0]["rcpt_to"], ["b@x.test", "c@x.test"])

    def test_bdat(self) -> None:
        port = self.spawn()
        c = self.greeted(port)
        binary = bytes(range(256)) + b"\r\n.\r\n"
        c.send(b"MAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nBDAT 261\r\n" + binary
               + b"BDAT 0\r\nBDAT 3 LAST\r\nend")
        replies = [c.reply() for _ in range(5)]
        self.assertEqual(replies[:4], [b"250 2.1.0 Ok\r\n", b"250 2.1.5 Ok\r\n",
                                       b"250 2.0.0 261 octets received\r\n", b"250 2.0.0 0 octets received\r\n"])
        self.assertRegex(replies[4], rb"^250 2\.0\.0 Ok: queued as \w+\r\n$")
        self.assertEqual(c.cmd("DATA"), b"503 5.5.1 Need MAIL command\r\n")
        c.cmd("MAIL FROM:<a@x.test>")
        c.cmd("RCPT TO:<b@x.test>")
        c.exchange(b"BDAT 1\r\nx")
        self.assertEqual(c.cmd("DATA"), b"503 5.5.1 DATA not allowed after BDAT\r\n")
        [m] = messages(port)
        self.assertEqual((m["data"], m["via"]), (binary + b"end", "BDAT"))

    def test_transcript_byte_exact(self) -> None:
        port = self.spawn()
        c = self.client(port)
        pieces = [b"EH", b"LO \xff\x00odd\r\n", b"NOOP\n", b"MAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\n",
                  b"DATA\r\n", b"a\rb\nc\r\n..x\r\n.\r\n", b"QUIT\r\n"]
        for piece in pieces:
            c.send(piece)
        self.assertEqual(c.rest().count(b"\r\n"), 16)  # greeting, 9 EHLO lines, 6 more
        c.close()
        conn = transcript(port)["connections"][0]
        self.assertEqual(conn["client"], b"".join(pieces))
        self.assertEqual(conn["server"], c.received)
        self.assertEqual(messages(port)[0]["data"], b"a\rb\nc\r\n.x\r\n")
        kinds = [e["type"] for e in conn["events"]]
        self.assertEqual(kinds[:3], ["s", "c", "s"])

    def test_misc_commands_and_errors(self) -> None:
        port = self.spawn()
        c = self.client(port)
        c.reply()
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), b"503 5.5.1 Send EHLO/HELO first\r\n")
        self.assertEqual(c.cmd("HELO client.test"), b"250 fault.test\r\n")
        self.assertEqual(c.cmd("EHLO"), b"501 5.5.4 Syntax: EHLO hostname\r\n")
        c.cmd("EHLO client.test")
        self.assertEqual(c.cmd("HELP"), b"214 2.0.0 See RFC 5321\r\n")
        self.assertEqual(c.cmd("EXPN list"), b"502 5.5.1 EXPN not available\r\n")
        self.assertEqual(c.cmd("FOO"), b"500 5.5.2 Command not recognized\r\n")
        self.assertEqual(c.cmd("STARTTLS"), b"502 5.5.1 STARTTLS not available\r\n")
        self.assertEqual(c.cmd("RCPT TO:<b@x.test>"), b"503 5.5.1 Need MAIL before RCPT\r\n")
        self.assertEqual(c.cmd("DATA"), b"503 5.5.1 Need MAIL command\r\n")
        self.assertEqual(c.cmd("MAIL FROM:a@x.test"), b"501 5.5.4 Syntax: MAIL FROM:<address>\r\n")
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test> SIZE=60000000"),
                         b"552 5.3.4 Message size exceeds fixed maximum message size\r\n")
        self.assertEqual(c.cmd("MAIL FROM:<\xe9@x.test>"), b"553 5.6.7 Non-ASCII address needs SMTPUTF8\r\n")
        self.assertEqual(c.cmd("MAIL FROM:<\xe9@x.test> SMTPUTF8"), b"250 2.1.0 Ok\r\n")
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), b"503 5.5.1 Nested MAIL command\r\n")
        self.assertEqual(c.cmd("RCPT TO:<b@x.test> FOO=1"), b"555 5.5.4 Unsupported option: FOO\r\n")
        self.assertEqual(c.cmd("DATA"), b"554 5.5.1 No valid recipients\r\n")
        self.assertEqual(c.cmd("X" * 70000), b"500 5.5.2 Line too long\r\n")
        self.assertEqual(c.cmd(""), b"500 5.5.2 Command not recognized\r\n")

    def test_requiretls_only_when_advertised(self) -> None:
        for extra, reply in (([], b"555 5.5.4 Unsupported option: REQUIRETLS\r\n"),
                             (["REQUIRETLS"], b"250 2.1.0 Ok\r\n")):
            port = self.spawn(ehlo_extra=extra)
            c = self.client(port)
            c.reply()
            c.cmd("EHLO client.test")
            self.assertEqual(c.cmd("MAIL FROM:<a@x.test> REQUIRETLS"), reply)
        self.assertEqual(c.cmd("RSET"), b"250 2.0.0 Ok\r\n")
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test> REQUIRETLS=1"), b"501 5.5.4 REQUIRETLS takes no value\r\n")

    def test_starttls_advertised_without_tls(self) -> None:
        port = self.spawn(ehlo_extra=["STARTTLS"])
        c = self.client(port)
        c.reply()
        self.assertTrue(c.cmd("EHLO client.test").endswith(b"250 STARTTLS\r\n"))
        self.assertEqual(c.cmd("STARTTLS"), b"454 4.7.0 TLS not available\r\n")
        self.assertEqual(c.cmd("NOOP"), b"250 2.0.0 Ok\r\n")

    def test_idle_timeout_ends_a_stall(self) -> None:
        port = self.spawn(faults=[{"stage": "greeting", "kind": "stall"}], idle_timeout=0.5)
        c = self.client(port)
        self.assertEqual(c.rest(), b"")   # EOF after 0.5 s of silence, well within TIMEOUT
        self.assertEqual(transcript(port)["connections"][0]["end"], "fault greeting/stall")

    def test_ehlo_extra_and_remove(self) -> None:
        port = self.spawn(ehlo_extra=["X-FAULT yes", "SIZE 100", "AUTH PLAIN"],
                          ehlo_remove=["CHUNKING", "DSN", "ENHANCEDSTATUSCODES"])
        c = self.client(port)
        c.reply()
        self.assertEqual(c.cmd("EHLO client.test"),
                         b"250-fault.test greets client.test\r\n250-PIPELINING\r\n250-SIZE 100\r\n"
                         b"250-8BITMIME\r\n250-SMTPUTF8\r\n250-AUTH PLAIN\r\n250 X-FAULT yes\r\n")
        self.assertEqual(c.cmd("AUTH LOGIN"), b"504 Unrecognized authentication type\r\n")
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test> RET=FULL"), b"555 Unsupported option: RET\r\n")
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test> SIZE=101"),
                         b"552 Message size exceeds fixed maximum message size\r\n")
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), b"250 Ok\r\n")
        c.cmd("RCPT TO:<b@x.test>")
        self.assertEqual(c.exchange(b"BDAT 3 LAST\r\nabc"), b"502 BDAT not available\r\n")
        c.cmd("DATA")
        self.assertEqual(c.cmd("x" * 200 + "\r\n."), b"552 Message size exceeds fixed limit\r\n")
        self.assertEqual(messages(port), [])


# --------------------------------------------------------------------------
# Control channel, limits, robustness, lifecycle


class TestControl(FaultTestCase):
    def test_errors(self) -> None:
        bad = [
            {"op": "nope"},
            {"op": "spawn", "mode": "weird"},
            {"op": "spawn", "faults": [{"stage": "nowhere", "kind": "close"}]},
            {"op": "spawn", "faults": [{"stage": "mail", "kind": "explode"}]},
            {"op": "spawn", "faults": [{"stage": "mail", "kind": "close", "bogus": 1}]},
            {"op": "spawn", "faults": [{"stage": "mail", "kind": "close", "step": 1}]},
            {"op": "spawn", "faults": [{"stage": "mail", "kind": "close", "connection": 0}]},
            {"op": "spawn", "faults": [{"stage": "mail", "kind": "close", "reply": "451 x"}]},
            {"op": "spawn", "faults": [{"stage": "starttls", "kind": "close"}]},
            {"op": "spawn", "faults": [{"stage": "tls", "kind": "close"}]},
            {"op": "spawn", "mode": "implicit", "cert": "/nonexistent.crt", "key": "/nonexistent.key"},
            {"op": "spawn", "extra_option": True},
            {"op": "spawn", "ehlo_extra": ["bad\r\nline"]},
            {"op": "transcript", "port": 1},
            {"op": "messages"},
            {"op": "close", "port": "x"},
            [1, 2],
        ]
        for req in bad:
            with self.subTest(req=req):
                resp = control(req)  # type: ignore[arg-type]
                self.assertFalse(resp["ok"])
                self.assertTrue(resp["error"])
        with socket.create_connection(("127.0.0.1", CONTROL_PORT), timeout=TIMEOUT) as s:
            junk = [b"{not json", b"\xff\xfe{}", b"[" * 100000, b"{}"]
            s.sendall(b"\n".join(junk + [json.dumps({"op": "ping"}).encode()]) + b"\n")
            with s.makefile("rb") as f:
                for _ in junk:
                    self.assertFalse(json.loads(f.readline())["ok"])
                self.assertTrue(json.loads(f.readline())["pong"])   # one connection, many requests

    def test_close_frees_the_scenario(self) -> None:
        before = control_ok({"op": "ping"})["scenarios"]
        port = control_ok({"op": "spawn", "faults": [{"stage": "ehlo", "kind": "stall"}]})["port"]
        c = self.client(port)
        c.send(b"EHLO client.test\r\n")
        self.assertEqual(c.line(), GREETING)   # accepted, now stalled at ehlo
        self.assertEqual(control_ok({"op": "ping"})["scenarios"], before + 1)
        control_ok({"op": "close", "port": port})
        try:
            self.assertEqual(c.rest(), b"")    # its stalled connection was closed too
        except ConnectionResetError:
            pass   # if the server had not read the EHLO yet, closing sends RST
        self.assertEqual(control_ok({"op": "ping"})["scenarios"], before)
        self.assertFalse(control({"op": "transcript", "port": port})["ok"])
        with self.assertRaises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT).close()

    def test_scenario_cap(self) -> None:
        ports = []
        try:
            for _ in range(100):
                resp = control({"op": "spawn"})
                if not resp["ok"]:
                    self.assertIn("too many open scenarios", resp["error"])
                    break
                ports.append(resp["port"])
            else:
                self.fail("no cap on scenarios")
            self.assertEqual(len(set(ports)), len(ports))
        finally:
            for port in ports:
                control({"op": "close", "port": port})

    def test_transcript_cap(self) -> None:
        port = self.spawn(transcript_cap=2000)
        c = self.greeted(port)
        for _ in range(20):
            c.cmd("NOOP " + "n" * 200)
        c.cmd("QUIT")
        c.close()
        tr = transcript(port)
        self.assertTrue(tr["truncated"])
        conn = tr["connections"][0]
        self.assertLessEqual(len(conn["client"]) + len(conn["server"]), 2000)

    def test_parallel_scenarios_are_independent(self) -> None:
        faulty = self.spawn(faults=[{"stage": "mail", "kind": "stall", "connection": "all"}])
        healthy = self.spawn()
        stalled = self.greeted(faulty)
        stalled.send(b"MAIL FROM:<a@x.test>\r\n")
        c = self.greeted(healthy)
        self.assertEqual(c.cmd("MAIL FROM:<a@x.test>"), b"250 2.1.0 Ok\r\n")
        self.assertEqual(len(transcript(healthy, wait=0)["connections"]), 1)


class TestRobustness(FaultTestCase):
    def hostile(self, port: int, data: bytes, reset: bool = False) -> None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as s:
                s.sendall(data)
                if reset:
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                else:
                    s.shutdown(socket.SHUT_WR)
                    s.settimeout(TIMEOUT)
                    while s.recv(65536):
                        pass
        except OSError:
            pass

    def test_hostile_clients_do_not_hurt(self) -> None:
        rng = random.Random(1234)
        blobs = [
            bytes(rng.randrange(256) for _ in range(20000)),
            b"EHLO x\r\n" + b"A" * 300000,
            b"\x00" * 1000 + b"\r\n" * 50,
            b"EHLO x\r\nAUTH PLAIN\r\n" + b"Z" * 100000 + b"\r\n",
            b"EHLO x\r\nAUTH CRAM-MD5\r\nnot base64 at all\r\nAUTH XOAUTH2 =\r\n\r\n",
            b"EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nBDAT 99999999999999999999\r\nabc",
            b"EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\nhalf a message",
            b"EHLO x\r\nBDAT -1\r\nBDAT 5 FIRST\r\nMAIL FROM:<<<>>>\r\nRCPT TO:<>\r\n" + b"\xff\xfe" * 100,
            b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 500,
            b"",
        ]
        plain = self.spawn()
        for blob in blobs:
            self.hostile(plain, blob)
            self.hostile(plain, blob, reset=True)
        tls = self.spawn("starttls")
        for after in (b"\x16\x03\x01\x00\x05hello", b"GET / HTTP/1.0\r\n\r\n", bytes(range(256)) * 10):
            self.hostile(tls, b"EHLO x\r\nSTARTTLS\r\n" + after)
        implicit = self.spawn("implicit")
        for blob in blobs[:3]:
            self.hostile(implicit, blob)
        self.assertIsNone(SERVER_PROC.proc.poll() if SERVER_PROC else None)
        self.assertTrue(control_ok({"op": "ping"})["pong"])
        for port in (plain, tls):
            with smtplib.SMTP("127.0.0.1", port, timeout=TIMEOUT) as s:
                s.sendmail("a@x.test", ["b@x.test"], MESSAGE)
        self.assertNotIn("Traceback", SERVER_PROC.read_stderr() if SERVER_PROC else "")

    def test_stall_does_not_burn_cpu(self) -> None:
        assert SERVER_PROC is not None
        stat = Path(f"/proc/{SERVER_PROC.proc.pid}/stat")
        if not stat.exists():
            self.skipTest("no /proc")
        port = self.spawn(faults=[{"stage": "ehlo", "kind": "stall", "connection": "all"}])
        clients = [self.greeted_stalled(port) for _ in range(5)]

        def cpu() -> float:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

        before, started = cpu(), time.monotonic()
        clients[0].sock.settimeout(0.5)   # this wait is the measurement window
        with self.assertRaises(TimeoutError):
            clients[0].recv()
        used, elapsed = cpu() - before, time.monotonic() - started
        self.assertLess(used, 0.25 * elapsed, f"{used:.3f}s CPU in {elapsed:.3f}s while stalling")

    def greeted_stalled(self, port: int) -> Client:
        c = self.client(port)
        c.reply()
        c.send(b"EHLO client.test\r\n")
        return c


class TestLifecycle(unittest.TestCase):
    def test_signals_exit_cleanly(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            with self.subTest(sig=sig):
                srv = ServerProcess()
                self.addCleanup(srv.close)
                try:
                    port = control_ok_at(srv.port, {"op": "spawn", "faults": [{"stage": "greeting", "kind": "stall"}]})
                    c = Client(port)
                    c.send(b"EHLO x\r\n")
                    code = srv.stop(sig)
                    self.assertEqual(code, 0, srv.read_stderr())
                    self.assertEqual(c.rest(), b"")
                    c.close()
                finally:
                    srv.stop(signal.SIGKILL)

    def test_shell_script_start_stop(self) -> None:
        if shutil.which("bash") is None:
            self.skipTest("no bash")
        work = tempfile.mkdtemp(prefix="faultsmtp-sh-")
        self.addCleanup(shutil.rmtree, work, True)
        env = dict(os.environ, FAULTSMTP_WORK=work)

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60)

        def kill_leftover() -> None:
            pid_file = Path(work, "pid")
            if pid_file.exists() and _is_running(int(pid_file.read_text())):
                os.kill(int(pid_file.read_text()), signal.SIGKILL)
        self.addCleanup(kill_leftover)
        started = run("start")
        self.assertEqual(started.returncode, 0, started.stderr)
        pid = int(Path(work, "pid").read_text())
        port = int(Path(work, "control_port").read_text())
        try:
            self.assertTrue(control({"op": "ping"}, port)["pong"])
            self.assertEqual(run("start").returncode, 0)          # already running: fine
            self.assertEqual(int(Path(work, "pid").read_text()), pid)
            stopped = run("stop")
            self.assertEqual(stopped.returncode, 0, stopped.stderr)
            self.assertFalse(Path(work, "pid").exists())
            self.assertFalse(_is_running(pid))
        finally:
            if _is_running(pid):
                os.kill(pid, signal.SIGKILL)

    def test_php_helper(self) -> None:
        php = shutil.which("php")
        if php is None:
            self.skipTest("no php")
        code = r"""
            require getenv('FAULTSMTP_INC');
            $port = fault_scenario(['faults' => [['stage' => 'rcpt', 'kind' => '5xx', 'index' => 2]]]);
            $s = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
            stream_set_timeout($s, 5);
            $r = fgets($s);
            foreach (["EHLO php.test", "MAIL FROM:<a@x.test>", "RCPT TO:<b@x.test>", "RCPT TO:<c@x.test>",
                      "DATA", "hi\r\n.", "QUIT"] as $cmd) {
                fwrite($s, "$cmd\r\n");
                do { $line = fgets($s); $r .= $line; } while ($line !== false && $line[3] === '-');
            }
            fclose($s);
            $t = fault_transcript($port);
            $m = fault_messages($port);
            fault_close($port);
            echo json_encode([
                'faults' => $t['connections'][0]['faults'],
                'client_has_quit' => str_ends_with($t['connections'][0]['client'], "QUIT\r\n"),
                'server_is_received' => $t['connections'][0]['server'] === $r,
                'rcpt' => $m[0]['rcpt_to'],
                'data' => $m[0]['data'],
            ]);
        """
        env = dict(os.environ, FAULTSMTP_CONTROL_PORT=str(CONTROL_PORT), FAULTSMTP_INC=str(PHP_INC))
        out = subprocess.run([php, "-n", "-r", code], env=env, capture_output=True, text=True, timeout=60)
        self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
        self.assertEqual(json.loads(out.stdout), {"faults": ["rcpt/5xx"], "client_has_quit": True,
                                                  "server_is_received": True, "rcpt": ["b@x.test"],
                                                  "data": "hi\r\n"})


def control_ok_at(control_port: int, req: dict[str, Any]) -> int:
    resp = control(req, control_port)
    assert resp["ok"], resp
    return int(resp["port"])


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z")


if __name__ == "__main__":
    unittest.main()
