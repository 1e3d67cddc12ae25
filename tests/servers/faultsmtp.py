#!/usr/bin/env python3
"""faultsmtp: a scriptable, fault-injecting SMTP server for the smtp extension's tests.

Standard library only (Python 3.11+). One process serves many independent
scenarios: a test asks the control channel (line-based JSON over TCP on
127.0.0.1) for a scenario, gets its own listener port, talks SMTP to it, and
reads back what its client sent (transcript) and which messages were accepted.

By default a scenario is a healthy ESMTP server; faults replace or disturb the
server's behaviour at a chosen stage of the dialogue. The control protocol, the
stages and the fault kinds are documented in tests/servers/README.md.

    python3 tests/servers/faultsmtp.py --control-port PORT [--cert F --key F]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import fnmatch
import hashlib
import hmac
import json
import logging
import re
import secrets
import signal
import socket
import ssl
import struct
import sys
import time
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

HOST = "127.0.0.1"
HOSTNAME = "fault.test"
MIB = 1024 * 1024

DEFAULT_MAX_SIZE = 52428800          # advertised as SIZE
MAX_SCENARIOS = 64                   # open at once
MAX_OPEN_CONNECTIONS = 128           # per scenario, open at once
TRANSCRIPT_CAP = 64 * MIB            # per scenario, both directions
MESSAGES_CAP = 64 * MIB              # per scenario, stored content
RECORD_OVERHEAD = 64                 # bytes charged per transcript record
MAX_COMMAND_LINE = 64 * 1024         # long enough for big XOAUTH2 tokens
MAX_CONTROL_LINE = 4 * MIB
MAX_RECIPIENTS = 1000
MAX_FAULTS = 64
READ_CHUNK = 65536
DEFAULT_IDLE_TIMEOUT = 300.0         # bounds every wait on a client, stalls too
FIN_LINGER = 10.0                    # how long we keep reading after our FIN
MAX_CONTROL_WAIT = 30.0
CONTROL_IDLE_TIMEOUT = 600.0

USER = "alice"
PASSWORD = "secret"
XOAUTH2_TOKEN = "testtoken"
SUPPORTED_MECHS = ("PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2")

GARBAGE_LINE = "HELLO?? not smtp"
EXTRA_LINE = "250 2.0.0 unsolicited"
LONGLINE_SIZE = MIB
SLOW_BYTE_DELAY = 0.01               # per byte, for slow replies
SLOW_CONNECT_DELAY = 1.0             # whole pause before the greeting
SLOW_BODY_CHUNK = 1024               # throttled body reads: bytes per read ...
SLOW_BODY_DELAY = 0.01               # ... and pause before each read
# A fatal TLS alert record: handshake_failure (40), record version TLS 1.2.
TLS_ALERT_HANDSHAKE_FAILURE = b"\x15\x03\x03\x00\x02\x02\x28"

STAGES = ("connect", "greeting", "ehlo", "starttls", "tls", "auth", "mail",
          "rcpt", "data", "body", "eod", "rset", "quit")
KINDS = ("close", "reset", "stall", "4xx", "5xx", "garbage", "longline",
         "slow", "extra", "refuse_ext")
_ALL = frozenset(KINDS)
_NO_REFUSE = _ALL - {"refuse_ext"}
VALID_KINDS: dict[str, frozenset[str]] = {
    "connect": frozenset({"close", "reset", "stall", "slow"}),
    "greeting": _NO_REFUSE,
    "ehlo": _ALL,
    "starttls": _ALL,
    "tls": _ALL,
    "auth": _ALL,
    "mail": _ALL,
    "rcpt": _ALL,
    "data": _ALL,
    "body": _NO_REFUSE,
    "eod": _NO_REFUSE,
    "rset": _NO_REFUSE,
    "quit": _NO_REFUSE,
}
# Kinds after which the command still takes effect: only the wire reply differs.
KEEPS_OUTCOME = frozenset({"garbage", "longline", "slow", "extra"})
HANGUP_KINDS = frozenset({"close", "reset", "stall"})

log = logging.getLogger("faultsmtp")


class ControlError(Exception):
    """A control request that cannot be served; its text goes back to the caller."""


class Hangup(Exception):
    """The client connection is over: the client left, or a fault ended it."""


class LineTooLong(Exception):
    """A command line exceeded MAX_COMMAND_LINE; it has been discarded."""


# --------------------------------------------------------------------------
# Replies


@dataclass(frozen=True)
class Reply:
    code: int
    lines: tuple[str, ...]

    def wire(self, enhanced: bool = True) -> bytes:
        out = []
        for i, text in enumerate(self.lines):
            if not enhanced:
                text = _ENHANCED_RE.sub("", text, count=1)
            sep = "-" if i < len(self.lines) - 1 else " "
            out.append(f"{self.code}{sep}{text}\r\n")
        return "".join(out).encode("utf-8")


_ENHANCED_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3} ?")


def R(code: int, *lines: str) -> Reply:
    return Reply(code, tuple(lines) or ("",))


def raw_lines(lines: tuple[str, ...]) -> bytes:
    return "".join(line + "\r\n" for line in lines).encode("utf-8")


def longline_bytes(code: Optional[int], size: int) -> bytes:
    """One reply line with `size` bytes before its CRLF."""
    prefix = f"{code} ".encode() if code is not None else b""
    return prefix + b"x" * max(0, size - len(prefix)) + b"\r\n"


def default_fault_reply(stage: str, kind: str) -> tuple[str, ...]:
    if kind == "4xx":
        # A 4xx greeting means "go away for now": RFC 5321 wants 421 and a close.
        if stage == "greeting":
            return ("421 4.3.2 Service not available",)
        return ("451 4.3.0 Temporary failure",)
    return ("554 5.3.0 Permanent failure",)


# --------------------------------------------------------------------------
# Fault specifications


@dataclass(frozen=True)
class Fault:
    stage: str
    kind: str
    connections: Optional[frozenset[int]]   # None: every connection
    occurrence: Optional[int]               # None: every matching event
    reply: Optional[tuple[str, ...]] = None
    line: Optional[str] = None
    size: int = LONGLINE_SIZE
    delay: Optional[float] = None
    step: Optional[int] = None              # auth: None means the final reply
    index: Optional[int] = None             # rcpt
    match: Optional[str] = None             # rcpt
    after: int = 0                          # body
    chunk: int = SLOW_BODY_CHUNK            # body + slow

    @property
    def label(self) -> str:
        return f"{self.stage}/{self.kind}"

    def applies_to(self, number: int) -> bool:
        return self.connections is None or number in self.connections

    def matches_event(self, ctx: dict[str, Any]) -> bool:
        if self.stage == "auth" and self.kind != "refuse_ext":
            if self.step is None:
                return bool(ctx.get("final"))
            return ctx.get("step") == self.step
        if self.stage == "rcpt":
            if self.index is not None and ctx.get("index") != self.index:
                return False
            if self.match is not None:
                address = str(ctx.get("address", "")).lower()
                return fnmatch.fnmatchcase(address, self.match.lower())
        return True

    def extra_bytes(self) -> bytes:
        return (self.line if self.line is not None else EXTRA_LINE).encode() + b"\r\n"

    def garbage_bytes(self) -> bytes:
        return (self.line if self.line is not None else GARBAGE_LINE).encode() + b"\r\n"


_FAULT_KEYS = {"stage", "kind", "connection", "occurrence", "reply", "line",
               "size", "delay", "step", "index", "match", "after", "chunk"}
_STAGE_KEYS = {"step": "auth", "index": "rcpt", "match": "rcpt",
               "after": "body", "chunk": "body"}


def _get_int(spec: dict[str, Any], key: str, default: int, lo: int, hi: int) -> int:
    value = spec.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise ControlError(f"fault option {key!r} must be an integer in [{lo}, {hi}]")
    return value


def _get_text(value: Any, key: str) -> str:
    if not isinstance(value, str) or "\r" in value or "\n" in value or len(value) > 4096:
        raise ControlError(f"fault option {key!r} must be a string without CR/LF")
    return value


def _get_connections(value: Any) -> Optional[frozenset[int]]:
    if value == "all":
        return None
    items = value if isinstance(value, list) else [value]
    if not items or any(isinstance(v, bool) or not isinstance(v, int) or v < 1 for v in items):
        raise ControlError("fault option 'connection' must be a positive integer, a list of them, or \"all\"")
    return frozenset(items)


def parse_fault(spec: Any) -> Fault:
    if not isinstance(spec, dict):
        raise ControlError("each fault must be an object")
    unknown = set(spec) - _FAULT_KEYS
    if unknown:
        raise ControlError(f"unknown fault option(s): {', '.join(sorted(unknown))}")
    stage, kind = spec.get("stage"), spec.get("kind")
    if stage not in VALID_KINDS:
        raise ControlError(f"unknown stage {stage!r}; stages: {', '.join(STAGES)}")
    if kind not in KINDS:
        raise ControlError(f"unknown kind {kind!r}; kinds: {', '.join(KINDS)}")
    if kind not in VALID_KINDS[stage]:
        raise ControlError(f"kind {kind!r} is not available at stage {stage!r}; "
                           f"available: {', '.join(k for k in KINDS if k in VALID_KINDS[stage])}")
    for key, only in _STAGE_KEYS.items():
        if key in spec and stage != only:
            raise ControlError(f"fault option {key!r} only applies to stage {only!r}")

    occurrence_raw = spec.get("occurrence", 1)
    occurrence: Optional[int]
    if occurrence_raw == "all":
        occurrence = None
    else:
        occurrence = _get_int(spec, "occurrence", 1, 1, 1_000_000)

    reply: Optional[tuple[str, ...]] = None
    if "reply" in spec:
        if kind not in ("4xx", "5xx", "refuse_ext"):
            raise ControlError("fault option 'reply' only applies to kinds 4xx, 5xx, refuse_ext")
        raw = spec["reply"]
        items = raw if isinstance(raw, list) else [raw]
        if not items or len(items) > 100:
            raise ControlError("fault option 'reply' must be a line or a list of 1..100 lines")
        reply = tuple(_get_text(v, "reply") for v in items)
    line = None
    if "line" in spec:
        if kind not in ("garbage", "extra"):
            raise ControlError("fault option 'line' only applies to kinds garbage, extra")
        line = _get_text(spec["line"], "line")

    delay: Optional[float] = None
    if "delay" in spec:
        d = spec["delay"]
        if kind != "slow" or isinstance(d, bool) or not isinstance(d, (int, float)) or not 0 <= d <= 60:
            raise ControlError("fault option 'delay' applies to kind slow, seconds in [0, 60]")
        delay = float(d)
    step = spec.get("step")
    if step is not None and step != "final":
        step = _get_int(spec, "step", 1, 1, 100)
    else:
        step = None
    match = None
    if "match" in spec:
        match = _get_text(spec["match"], "match")
    return Fault(
        stage=stage, kind=kind,
        connections=_get_connections(spec.get("connection", 1)),
        occurrence=occurrence, reply=reply, line=line,
        size=_get_int(spec, "size", LONGLINE_SIZE, 1, 64 * MIB),
        delay=delay, step=step,
        index=_get_int(spec, "index", 1, 1, MAX_RECIPIENTS) if "index" in spec else None,
        match=match,
        after=_get_int(spec, "after", 0, 0, 1 << 40),
        chunk=_get_int(spec, "chunk", SLOW_BODY_CHUNK, 1, READ_CHUNK),
    )


# --------------------------------------------------------------------------
# Scenario state: transcripts and messages


class ConnRecord:
    """What one client connection sent and received, in order."""

    def __init__(self, scenario: Scenario, number: int, peer: str) -> None:
        self.scenario = scenario
        self.number = number
        self.peer = peer
        # (type, payload): "c"/"s"/"raw" carry a bytearray, "tls"/"fault"/"note" a str.
        self.events: list[tuple[str, Any]] = []
        self.open = True
        self.tls = False
        self.faults: list[str] = []
        self.end = ""

    def add(self, kind: str, data: bytes) -> None:
        if not data:
            return
        # Consecutive chunks in one direction are merged into one record.
        merge = bool(self.events) and self.events[-1][0] == kind
        overhead = 0 if merge else RECORD_OVERHEAD
        allowed = self.scenario.charge(len(data) + overhead) - overhead
        if allowed <= 0:
            return
        if merge:
            self.events[-1][1].extend(data[:allowed])
        else:
            self.events.append((kind, bytearray(data[:allowed])))

    def note(self, kind: str, text: str) -> None:
        if self.scenario.charge(len(text) + RECORD_OVERHEAD) >= len(text) + RECORD_OVERHEAD:
            self.events.append((kind, text))

    def fault(self, fault: Fault) -> None:
        self.faults.append(fault.label)
        self.note("fault", fault.label)

    def to_json(self, with_events: bool) -> dict[str, Any]:
        def joined(kind: str) -> str:
            return b64(b"".join(bytes(p) for k, p in self.events if k == kind))

        out: dict[str, Any] = {
            "connection": self.number,
            "client": joined("c"),
            "server": joined("s"),
            "client_raw": joined("raw"),
            "tls": self.tls,
            "open": self.open,
            "faults": list(self.faults),
            "end": self.end,
        }
        if with_events:
            out["events"] = [
                {"type": k, "data": b64(bytes(p))} if isinstance(p, bytearray) else {"type": k, "text": p}
                for k, p in self.events
            ]
        return out


@dataclass
class StoredMessage:
    connection: int
    queue_id: str
    via: str
    helo: str
    auth: Optional[str]
    tls: bool
    mail_from: str
    mail_params: list[str]
    rcpt_to: list[str]
    rcpt_params: list[list[str]]
    content: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "connection": self.connection, "queue_id": self.queue_id, "via": self.via,
            "helo": self.helo, "auth": self.auth, "tls": self.tls,
            "mail_from": self.mail_from, "mail_params": self.mail_params,
            "rcpt_to": self.rcpt_to, "rcpt_params": self.rcpt_params,
            "size": len(self.content), "data": b64(self.content),
        }


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class Scenario:
    """One listener with its faults, its connections' transcripts and its messages."""

    def __init__(self, mode: str, faults: list[Fault], ehlo_extra: list[str],
                 ehlo_remove: list[str], ssl_ctx: Optional[ssl.SSLContext],
                 idle_timeout: float, transcript_cap: int) -> None:
        self.mode = mode
        self.faults = faults
        self.ehlo_extra = ehlo_extra
        self.ehlo_remove = {k.upper() for k in ehlo_remove}
        self.ssl_ctx = ssl_ctx
        self.idle_timeout = idle_timeout
        self.transcript_cap = transcript_cap
        self.enhanced = "ENHANCEDSTATUSCODES" not in self.ehlo_remove
        self.port = 0
        self.server: Optional[asyncio.Server] = None
        self.records: list[ConnRecord] = []
        self.messages: list[StoredMessage] = []
        self.transcript_used = 0
        self.transcript_truncated = False
        self.messages_used = 0
        self.messages_dropped = 0
        self.accepted = 0
        self.open_count = 0
        self.refused = 0
        self.queue_seq = 0
        self.tasks: set[asyncio.Task[Any]] = set()
        self.changed = asyncio.Condition()
        self.closing = False

    def charge(self, n: int) -> int:
        """Reserve up to n bytes of transcript budget; returns how many were granted."""
        room = self.transcript_cap - self.transcript_used
        granted = max(0, min(n, room))
        if granted < n:
            self.transcript_truncated = True
        self.transcript_used += granted
        return granted

    def next_queue_id(self) -> str:
        self.queue_seq += 1
        return f"{self.port:05d}{self.queue_seq:06X}"

    def store(self, msg: StoredMessage) -> None:
        cost = len(msg.content) + RECORD_OVERHEAD
        if self.messages_used + cost > MESSAGES_CAP:
            self.messages_dropped += 1
            return
        self.messages_used += cost
        self.messages.append(msg)

    async def notify(self) -> None:
        async with self.changed:
            self.changed.notify_all()

    async def settle(self, timeout: float, min_connections: int) -> bool:
        """Wait until at least min_connections were accepted and none is open."""
        def ready() -> bool:
            return self.accepted >= min_connections and self.open_count == 0
        if timeout <= 0:
            return ready()
        try:
            async with self.changed:
                await asyncio.wait_for(self.changed.wait_for(ready), timeout)
            return True
        except TimeoutError:
            return ready()

    async def close(self) -> None:
        self.closing = True
        if self.server is not None:
            self.server.close()
        for task in list(self.tasks):
            task.cancel()
        if self.tasks:
            await asyncio.wait(list(self.tasks), timeout=5.0)
        if self.server is not None:
            try:
                await asyncio.wait_for(self.server.wait_closed(), 5.0)
            except TimeoutError:
                log.warning("scenario %d: listener did not close in time", self.port)
        self.records.clear()
        self.messages.clear()


# --------------------------------------------------------------------------
# One client connection: bytes in and out, optional TLS via memory BIOs.
# TLS is done with ssl.SSLObject rather than asyncio's TLS transport so the
# handshake itself can be faulted (slow bytes, garbage, alerts, resets).


class Conn:
    def __init__(self, scenario: Scenario, record: ConnRecord,
                 reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.scenario = scenario
        self.record = record
        self.reader = reader
        self.writer = writer
        self.buf = bytearray()          # application bytes received, not yet consumed
        self.tls: Optional[ssl.SSLObject] = None
        self._tls_in = ssl.MemoryBIO()
        self._tls_out = ssl.MemoryBIO()
        self.raw_mode = False           # record reads as "raw" (a faulted TLS handshake)

    # ---- raw socket

    async def raw_read(self, n: int = READ_CHUNK) -> bytes:
        try:
            return await asyncio.wait_for(self.reader.read(n), self.scenario.idle_timeout)
        except TimeoutError:
            raise Hangup("idle timeout") from None
        except (OSError, EOFError) as e:
            raise Hangup(f"read error: {e}") from None

    async def raw_write(self, data: bytes, delay: Optional[float] = None) -> None:
        try:
            if delay is None:
                self.writer.write(data)
                await asyncio.wait_for(self.writer.drain(), self.scenario.idle_timeout)
                return
            for i in range(len(data)):
                self.writer.write(data[i:i + 1])
                await asyncio.wait_for(self.writer.drain(), self.scenario.idle_timeout)
                await asyncio.sleep(delay)
        except TimeoutError:
            raise Hangup("client does not read") from None
        except (OSError, RuntimeError) as e:
            raise Hangup(f"write error: {e}") from None

    # ---- application stream

    async def recv(self, n: int = READ_CHUNK) -> bytes:
        """Next application bytes (decrypted under TLS), recorded; b'' at EOF."""
        data = await (self._tls_recv(n) if self.tls is not None else self.raw_read(n))
        self.record.add("raw" if self.raw_mode else "c", data)
        return data

    async def _tls_recv(self, n: int) -> bytes:
        assert self.tls is not None
        while True:
            try:
                return self.tls.read(n)
            except ssl.SSLWantReadError:
                pass
            except ssl.SSLZeroReturnError:
                return b""
            except ssl.SSLError as e:
                raise Hangup(f"TLS error: {e}") from None
            await self._flush_tls()  # e.g. a key update answer
            raw = await self.raw_read(READ_CHUNK)
            if not raw:
                return b""  # EOF without close_notify
            self._tls_in.write(raw)

    async def fill(self, n: int = READ_CHUNK) -> bool:
        data = await self.recv(n)
        self.buf += data
        return bool(data)

    async def readline(self, limit: int) -> bytes:
        """One line including its LF. Raises LineTooLong (line discarded) or Hangup at EOF."""
        skipping = False
        while True:
            idx = self.buf.find(b"\n")
            if idx >= 0:
                line = bytes(self.buf[:idx + 1])
                del self.buf[:idx + 1]
                if skipping or len(line) > limit:
                    raise LineTooLong()
                return line
            if len(self.buf) > limit:
                skipping = True
                self.buf.clear()
            if not await self.fill():
                raise Hangup("client closed")

    async def send(self, data: bytes, delay: Optional[float] = None) -> None:
        """Write application bytes (encrypted under TLS), optionally one byte at a time."""
        self.record.add("s", data)
        if self.tls is None:
            await self.raw_write(data, delay)
            return
        pieces = [data] if delay is None else [data[i:i + 1] for i in range(len(data))]
        for piece in pieces:
            try:
                self.tls.write(piece)
            except ssl.SSLError as e:
                raise Hangup(f"TLS error: {e}") from None
            await self._flush_tls()
            if delay is not None:
                await asyncio.sleep(delay)

    async def _flush_tls(self, delay: Optional[float] = None) -> None:
        data = self._tls_out.read()
        if data:
            await self.raw_write(data, delay)

    async def start_tls(self, ctx: ssl.SSLContext, delay: Optional[float] = None) -> None:
        """Server side of a TLS handshake; `delay` writes its bytes one at a time."""
        self.tls = ctx.wrap_bio(self._tls_in, self._tls_out, server_side=True)
        while True:
            try:
                self.tls.do_handshake()
                break
            except ssl.SSLWantReadError:
                pass
            except ssl.SSLError as e:
                try:
                    await self._flush_tls()  # our alert, if OpenSSL produced one
                except Hangup:
                    pass
                raise Hangup(f"TLS handshake failed: {e}") from None
            await self._flush_tls(delay)
            raw = await self.raw_read()
            if not raw:
                raise Hangup("EOF during TLS handshake")
            self._tls_in.write(raw)
        await self._flush_tls(delay)
        self.record.tls = True
        cipher = self.tls.cipher()
        self.record.note("tls", f"{self.tls.version()} {cipher[0] if cipher else ''}")

    # ---- ending the connection

    async def discard_until_eof(self, limit: float) -> None:
        """Read (recording) and drop everything until the client closes, at most `limit` s."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        while True:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return
            try:
                data = await asyncio.wait_for(self.recv(), remaining)
            except (TimeoutError, Hangup):
                return
            self.buf.clear()
            if not data:
                return

    async def hangup_fin(self) -> None:
        # Half-close first: the client sees a clean EOF even if it still has bytes
        # in flight; closing with unread data would make the kernel send RST.
        try:
            if self.writer.can_write_eof():
                self.writer.write_eof()
        except (OSError, RuntimeError):
            pass
        await self.discard_until_eof(min(FIN_LINGER, self.scenario.idle_timeout))

    def hangup_rst(self) -> None:
        sock = self.writer.get_extra_info("socket")
        try:
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.writer.transport.abort()


# --------------------------------------------------------------------------
# Message content decoding


class DotDecoder:
    """Incremental DATA content decoder: CRLF.CRLF ends it, leading dots unstuffed."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.content = bytearray()
        self.size = 0
        self.oversize = False
        self._pending = bytearray()
        self._bol = True  # at the beginning of a line

    def _emit(self, data: bytes) -> None:
        self.size += len(data)
        if self.oversize:
            return
        if self.size > self.limit:
            self.oversize = True
            self.content = bytearray()
            return
        self.content += data

    def feed(self, data: bytes) -> Optional[bytes]:
        """Consume data; at the end marker return the bytes that followed it."""
        self._pending += data
        while True:
            idx = self._pending.find(b"\r\n")
            if idx < 0:
                # A long line without CRLF cannot be the end marker: pass it on,
                # keeping the last byte, which may be the CR of the next CRLF.
                if len(self._pending) > 4096:
                    part = bytes(self._pending[:-1])
                    del self._pending[:-1]
                    if self._bol and part.startswith(b"."):
                        part = part[1:]
                    self._emit(part)
                    self._bol = False
                return None
            line = bytes(self._pending[:idx])
            del self._pending[:idx + 2]
            if self._bol and line == b".":
                rest = bytes(self._pending)
                self._pending.clear()
                return rest
            if self._bol and line.startswith(b"."):
                line = line[1:]
            self._emit(line + b"\r\n")
            self._bol = True


class BodyFeed:
    """Hands out message content bytes as they arrive; fires a body fault at its offset."""

    def __init__(self, session: Session, fault: Optional[Fault]) -> None:
        self.session = session
        self.fault = fault
        self.fed = 0
        self.fired = False
        self.throttle = False
        self.answered = False  # an early reply was sent: no end-of-data reply

    async def next_chunk(self, limit: int) -> bytes:
        fault = self.fault
        if fault is not None and not self.fired and self.fed >= fault.after:
            self.fired = True
            await self._fire(fault)
        n = limit
        if fault is not None and not self.fired:
            n = min(n, fault.after - self.fed)
        conn = self.session.conn
        if self.throttle and fault is not None:
            n = min(n, fault.chunk)
            await asyncio.sleep(fault.delay if fault.delay is not None else SLOW_BODY_DELAY)
            if not conn.buf and not await conn.fill(n):
                raise Hangup("client closed during message content")
        elif not conn.buf and not await conn.fill():
            raise Hangup("client closed during message content")
        chunk = bytes(conn.buf[:n])
        del conn.buf[:n]
        self.fed += len(chunk)
        return chunk

    async def _fire(self, fault: Fault) -> None:
        self.session.conn.record.fault(fault)
        if fault.kind == "slow":
            self.throttle = True
        elif fault.kind == "extra":
            await self.session.conn.send(fault.extra_bytes())
        else:
            await self.session.apply_fault(fault, R(250, "2.0.0 Ok"), None)
            self.answered = True


# --------------------------------------------------------------------------
# The SMTP session


@dataclass
class Transaction:
    mail_from: str
    mail_params: list[str]
    utf8: bool
    rcpts: list[str] = field(default_factory=list)
    rcpt_params: list[list[str]] = field(default_factory=list)
    rcpt_attempts: int = 0
    bdat_feed: Optional[BodyFeed] = None
    content: bytearray = field(default_factory=bytearray)
    size: int = 0
    oversize: bool = False


_PATH_RE = re.compile(r"^(FROM|TO):\s*<([^<>]*)>(.*)$", re.IGNORECASE | re.DOTALL)


def parse_path(arg: str, keyword: str) -> Optional[tuple[str, list[str]]]:
    m = _PATH_RE.match(arg.strip())
    if not m or m.group(1).upper() != keyword:
        return None
    params = m.group(3).split()
    if m.group(3) and not m.group(3)[0].isspace():
        return None
    return m.group(2), params


def xtext_ok(value: str) -> bool:
    return bool(value) and all(33 <= ord(c) <= 126 and c != "=" for c in value)


class Session:
    def __init__(self, scenario: Scenario, conn: Conn, number: int) -> None:
        self.sc = scenario
        self.conn = conn
        self.number = number
        # [fault, events seen so far on this connection]
        self.faults: list[list[Any]] = [[f, 0] for f in scenario.faults if f.applies_to(number)]
        self.greeted = False
        self.helo = ""
        self.user: Optional[str] = None
        self.no_service = False
        self.txn: Optional[Transaction] = None
        self.handlers: dict[str, Callable[[str], Any]] = {
            "EHLO": self.cmd_ehlo, "HELO": self.cmd_helo, "STARTTLS": self.cmd_starttls,
            "AUTH": self.cmd_auth, "MAIL": self.cmd_mail, "RCPT": self.cmd_rcpt,
            "DATA": self.cmd_data, "BDAT": self.cmd_bdat, "RSET": self.cmd_rset,
            "NOOP": self.cmd_noop, "VRFY": self.cmd_vrfy, "QUIT": self.cmd_quit,
            "HELP": self.cmd_help, "EXPN": self.cmd_expn,
        }

    # ---- capabilities

    def capabilities(self) -> list[str]:
        base = ["PIPELINING", f"SIZE {DEFAULT_MAX_SIZE}", "8BITMIME", "ENHANCEDSTATUSCODES",
                "SMTPUTF8", "DSN", "CHUNKING"]
        if self.sc.mode == "starttls" and self.conn.tls is None:
            base.append("STARTTLS")
        base.append("AUTH " + " ".join(SUPPORTED_MECHS))
        caps = [c for c in base if c.split()[0].upper() not in self.sc.ehlo_remove]
        for extra in self.sc.ehlo_extra:
            key = extra.split()[0].upper() if extra.split() else ""
            for i, cap in enumerate(caps):
                if cap.split()[0].upper() == key:
                    caps[i] = extra  # same keyword: the extra replaces the default line
                    break
            else:
                caps.append(extra)
        return caps

    def capability(self, keyword: str) -> Optional[list[str]]:
        """The advertised parameters of an extension, or None when not advertised."""
        for cap in self.capabilities():
            words = cap.split()
            if words and words[0].upper() == keyword:
                return words[1:]
        return None

    def max_size(self) -> int:
        params = self.capability("SIZE") or []
        if params and params[0].isdigit() and int(params[0]) > 0:
            return min(int(params[0]), MESSAGES_CAP)
        return DEFAULT_MAX_SIZE

    # ---- faults and replies

    def take_fault(self, stage: str, *, kinds: Optional[frozenset[str]] = None,
                   refusable: bool = False, record: bool = True, **ctx: Any) -> Optional[Fault]:
        """Count this event for the stage's faults; return the fault that fires now, if any."""
        chosen: Optional[Fault] = None
        for entry in self.faults:
            fault: Fault = entry[0]
            if fault.stage != stage or (kinds is not None and fault.kind not in kinds):
                continue
            if fault.kind == "refuse_ext" and not refusable:
                continue
            if not fault.matches_event(ctx):
                continue
            entry[1] += 1
            if chosen is None and (fault.occurrence is None or entry[1] == fault.occurrence):
                chosen = fault
        if chosen is not None and record:
            self.conn.record.fault(chosen)
        return chosen

    async def send_reply(self, reply: Reply, delay: Optional[float] = None) -> None:
        await self.conn.send(reply.wire(self.sc.enhanced), delay)

    async def respond(self, stage: str, normal: Reply, refusal: Optional[Reply] = None,
                      on_success: Optional[Callable[[], None]] = None, **ctx: Any) -> bool:
        """Answer a command at `stage`, faults permitting.

        Returns True when the command's normal outcome stands. `on_success` runs
        before the reply is written (so a client that got the reply sees the state
        through the control channel), only if the normal reply is positive.
        """
        fault = self.take_fault(stage, refusable=refusal is not None, **ctx)
        effective = fault is None or fault.kind in KEEPS_OUTCOME
        if effective and on_success is not None and normal.code < 400:
            on_success()
        if fault is None:
            await self.send_reply(normal)
            return True
        return await self.apply_fault(fault, normal, refusal)

    async def apply_fault(self, fault: Fault, normal: Reply, refusal: Optional[Reply]) -> bool:
        kind = fault.kind
        if kind in HANGUP_KINDS:
            await self.hang_up(fault)
        if kind in ("4xx", "5xx"):
            lines = fault.reply or default_fault_reply(fault.stage, kind)
            await self.conn.send(raw_lines(lines))
            if lines[0].startswith("421"):
                await self.conn.hangup_fin()
                raise Hangup(f"fault {fault.label} (421)")
            return False
        if kind == "refuse_ext":
            if fault.reply:
                await self.conn.send(raw_lines(fault.reply))
            elif refusal is not None:
                await self.send_reply(refusal)
            return False
        if kind == "garbage":
            await self.conn.send(fault.garbage_bytes())
        elif kind == "longline":
            await self.conn.send(longline_bytes(normal.code, fault.size))
        elif kind == "slow":
            await self.send_reply(normal, fault.delay if fault.delay is not None else SLOW_BYTE_DELAY)
        elif kind == "extra":
            await self.conn.send(normal.wire(self.sc.enhanced) + fault.extra_bytes())
        return True

    async def hang_up(self, fault: Fault) -> None:
        if fault.kind == "close":
            await self.conn.hangup_fin()
        elif fault.kind == "reset":
            self.conn.hangup_rst()
        else:  # stall: swallow input, never answer, until the client gives up
            await self.conn.discard_until_eof(self.sc.idle_timeout)
        raise Hangup(f"fault {fault.label}")

    # ---- connection phases

    async def run(self) -> None:
        await self.connect_stage()
        if self.sc.mode == "implicit":
            await self.tls_stage()
        if not await self.respond("greeting", R(220, f"{HOSTNAME} ESMTP")):
            self.no_service = True  # a 5xx greeting: only QUIT is served (RFC 5321 3.1)
        while True:
            try:
                await self.command(await self.conn.readline(MAX_COMMAND_LINE))
            except LineTooLong:  # a command line, or a line inside an AUTH exchange
                await self.send_reply(R(500, "5.5.2 Line too long"))

    async def command(self, raw: bytes) -> None:
        line = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1]
        verb, _, arg = line.decode("utf-8", "replace").partition(" ")
        verb = verb.upper()
        if self.no_service and verb != "QUIT":
            await self.send_reply(R(503, "5.5.1 No SMTP service here"))
            return
        handler = self.handlers.get(verb)
        if handler is None:
            await self.send_reply(R(500, "5.5.2 Command not recognized"))
            return
        await handler(arg)

    async def connect_stage(self) -> None:
        fault = self.take_fault("connect")
        if fault is None:
            return
        if fault.kind == "slow":
            await asyncio.sleep(fault.delay if fault.delay is not None else SLOW_CONNECT_DELAY)
            return
        await self.hang_up(fault)

    async def tls_stage(self) -> None:
        ctx = self.sc.ssl_ctx
        assert ctx is not None
        fault = self.take_fault("tls", refusable=True)  # refuse_ext: a TLS alert
        if fault is None:
            await self.conn.start_tls(ctx)
            return
        if fault.kind == "slow":
            await self.conn.start_tls(ctx, fault.delay if fault.delay is not None else SLOW_BYTE_DELAY)
            return
        if fault.kind == "extra":
            await self.conn.start_tls(ctx)
            await self.conn.send(fault.extra_bytes())
            return
        # The rest happens instead of the ServerHello: wait for the ClientHello first.
        self.conn.raw_mode = True
        if not await self.conn.fill():
            raise Hangup("client closed before its ClientHello")
        self.conn.buf.clear()
        if fault.kind in HANGUP_KINDS:
            await self.hang_up(fault)
        if fault.kind == "refuse_ext":
            payload = raw_lines(fault.reply) if fault.reply else TLS_ALERT_HANDSHAKE_FAILURE
        elif fault.kind == "garbage":
            payload = fault.garbage_bytes()
        elif fault.kind == "longline":
            payload = longline_bytes(None, fault.size)
        else:  # 4xx / 5xx: an SMTP reply where a ServerHello belongs
            payload = raw_lines(fault.reply or default_fault_reply("tls", fault.kind))
        await self.conn.send(payload)
        await self.conn.hangup_fin()
        raise Hangup(f"fault {fault.label}")

    # ---- commands

    async def cmd_ehlo(self, arg: str) -> None:
        name = arg.strip()
        if not name:
            await self.respond("ehlo", R(501, "5.5.4 Syntax: EHLO hostname"))
            return
        normal = Reply(250, (f"{HOSTNAME} greets {name}", *self.capabilities()))
        await self.respond("ehlo", normal, refusal=R(502, "5.5.1 EHLO not supported"),
                           on_success=lambda: self._greet(name))

    async def cmd_helo(self, arg: str) -> None:
        name = arg.strip()
        if not name:
            await self.respond("ehlo", R(501, "5.5.4 Syntax: HELO hostname"))
            return
        await self.respond("ehlo", R(250, HOSTNAME), on_success=lambda: self._greet(name))

    def _greet(self, name: str) -> None:
        self.greeted = True
        self.helo = name
        self.txn = None

    async def cmd_starttls(self, arg: str) -> None:
        if self.conn.tls is not None:
            await self.respond("starttls", R(503, "5.5.1 TLS already active"))
            return
        if self.capability("STARTTLS") is None:
            await self.respond("starttls", R(502, "5.5.1 STARTTLS not available"))
            return
        if self.sc.ssl_ctx is None:  # advertised through ehlo_extra in mode plain
            await self.respond("starttls", R(454, "4.7.0 TLS not available"))
            return
        if arg.strip():
            await self.respond("starttls", R(501, "5.5.4 Syntax: STARTTLS"))
            return
        if not self.greeted:
            await self.respond("starttls", R(503, "5.5.1 Send EHLO first"))
            return
        ok = await self.respond("starttls", R(220, "2.0.0 Ready to start TLS"),
                                refusal=R(454, "4.7.0 TLS not available"))
        if not ok:
            return
        if self.conn.buf:
            # Plaintext pipelined after STARTTLS must not survive into the TLS
            # session (RFC 3207 section 6, CVE-2011-0411): drop it.
            self.conn.record.note("note", f"discarded {len(self.conn.buf)} plaintext bytes after STARTTLS")
            self.conn.buf.clear()
        await self.tls_stage()
        # RFC 3207: forget everything learned before TLS.
        self.greeted = False
        self.helo = ""
        self.user = None
        self.txn = None

    async def cmd_auth(self, arg: str) -> None:
        exchange = AuthExchange(self)
        parts = arg.split()
        mechs = [m.upper() for m in (self.capability("AUTH") or []) if m.upper() in SUPPORTED_MECHS]
        problem: Optional[Reply] = None
        if not self.greeted:
            problem = R(503, "5.5.1 Send EHLO first")
        elif self.user is not None:
            problem = R(503, "5.5.1 Already authenticated")
        elif self.txn is not None:
            problem = R(503, "5.5.1 AUTH not allowed during a mail transaction")
        elif self.capability("AUTH") is None:
            problem = R(502, "5.5.1 AUTH not available")
        elif not 1 <= len(parts) <= 2:
            problem = R(501, "5.5.4 Syntax: AUTH mechanism [initial-response]")
        elif parts[0].upper() not in mechs:
            problem = R(504, "5.5.4 Unrecognized authentication type")
        if problem is not None:
            await exchange.finish(problem)
            return
        initial = parts[1] if len(parts) == 2 else None
        mech = parts[0].upper()
        if mech == "PLAIN":
            await exchange.plain(initial)
        elif mech == "LOGIN":
            await exchange.login(initial)
        elif mech == "CRAM-MD5":
            await exchange.cram_md5(initial)
        else:
            await exchange.xoauth2(initial)

    async def cmd_mail(self, arg: str) -> None:
        normal, refusal, txn = self.check_mail(arg)

        def begin() -> None:
            self.txn = txn
        await self.respond("mail", normal, refusal=refusal, on_success=begin if txn else None)

    def check_mail(self, arg: str) -> tuple[Reply, Optional[Reply], Optional[Transaction]]:
        if not self.greeted:
            return R(503, "5.5.1 Send EHLO/HELO first"), None, None
        if self.txn is not None:
            return R(503, "5.5.1 Nested MAIL command"), None, None
        parsed = parse_path(arg, "FROM")
        if parsed is None:
            return R(501, "5.5.4 Syntax: MAIL FROM:<address>"), None, None
        address, params = parsed
        utf8 = False
        for param in params:
            key, _, value = param.partition("=")
            key = key.upper()
            needs = {"SIZE": "SIZE", "BODY": "8BITMIME", "SMTPUTF8": "SMTPUTF8",
                     "RET": "DSN", "ENVID": "DSN", "AUTH": "AUTH",
                     "REQUIRETLS": "REQUIRETLS"}.get(key)
            if needs is None or self.capability(needs) is None:
                return R(555, f"5.5.4 Unsupported option: {key}"), None, None
            if key == "SIZE":
                if not value.isdigit() or len(value) > 20:
                    return R(501, "5.5.4 Bad SIZE value"), None, None
                if int(value) > self.max_size():
                    return R(552, "5.3.4 Message size exceeds fixed maximum message size"), None, None
            elif key == "BODY" and value.upper() not in ("7BIT", "8BITMIME"):
                return R(501, "5.5.4 Bad BODY value"), None, None
            elif key == "SMTPUTF8":
                if value:
                    return R(501, "5.5.4 SMTPUTF8 takes no value"), None, None
                utf8 = True
            elif key == "REQUIRETLS" and value:
                # RFC 8689; advertised only through ehlo_extra (no TLS check: a test server).
                return R(501, "5.5.4 REQUIRETLS takes no value"), None, None
            elif key == "RET" and value.upper() not in ("FULL", "HDRS"):
                return R(501, "5.5.4 Bad RET value"), None, None
            elif key in ("ENVID", "AUTH") and not xtext_ok(value):
                return R(501, f"5.5.4 Bad {key} value"), None, None
        if not address.isascii() and not utf8:
            return R(553, "5.6.7 Non-ASCII address needs SMTPUTF8"), None, None
        refusal = R(555, f"5.5.4 Unsupported option: {params[0].partition('=')[0].upper()}") if params else None
        return R(250, "2.1.0 Ok"), refusal, Transaction(address, params, utf8)

    async def cmd_rcpt(self, arg: str) -> None:
        if self.txn is None:
            await self.respond("rcpt", R(503, "5.5.1 Need MAIL before RCPT"))
            return
        txn: Transaction = self.txn
        txn.rcpt_attempts += 1
        index = txn.rcpt_attempts
        normal, refusal, address, params = self.check_rcpt(txn, arg)

        def add() -> None:
            txn.rcpts.append(address)
            txn.rcpt_params.append(params)
        await self.respond("rcpt", normal, refusal=refusal, on_success=add, index=index, address=address)

    def check_rcpt(self, txn: Transaction, arg: str) -> tuple[Reply, Optional[Reply], str, list[str]]:
        parsed = parse_path(arg, "TO")
        if parsed is None or not parsed[0]:
            return R(501, "5.5.4 Syntax: RCPT TO:<address>"), None, "", []
        address, params = parsed
        for param in params:
            key, _, value = param.partition("=")
            key = key.upper()
            if key not in ("NOTIFY", "ORCPT") or self.capability("DSN") is None:
                return R(555, f"5.5.4 Unsupported option: {key}"), None, address, params
            if key == "NOTIFY":
                words = value.upper().split(",")
                if not (words == ["NEVER"] or (words and set(words) <= {"SUCCESS", "FAILURE", "DELAY"})):
                    return R(501, "5.5.4 Bad NOTIFY value"), None, address, params
            elif ";" not in value:
                return R(501, "5.5.4 Bad ORCPT value"), None, address, params
        if not address.isascii() and not txn.utf8:
            return R(553, "5.6.7 Non-ASCII address needs SMTPUTF8"), None, address, params
        if len(txn.rcpts) >= MAX_RECIPIENTS:
            return R(452, "4.5.3 Too many recipients"), None, address, params
        refusal = R(555, f"5.5.4 Unsupported option: {params[0].partition('=')[0].upper()}") if params else None
        local = address.rsplit("@", 1)[0].strip('"').lower()
        if local.startswith("reject"):
            return R(550, "5.1.1 User unknown"), refusal, address, params
        return R(250, "2.1.5 Ok"), refusal, address, params

    async def cmd_data(self, arg: str) -> None:
        txn = self.txn
        if arg.strip():
            normal = R(501, "5.5.4 Syntax: DATA")
        elif txn is None:
            normal = R(503, "5.5.1 Need MAIL command")
        elif txn.bdat_feed is not None:
            normal = R(503, "5.5.1 DATA not allowed after BDAT")
        elif not txn.rcpts:
            normal = R(554, "5.5.1 No valid recipients")
        else:
            normal = R(354, "End data with <CR><LF>.<CR><LF>")
        if not await self.respond("data", normal) or normal.code != 354:
            return
        feed = BodyFeed(self, self.take_fault("body", record=False))
        decoder = DotDecoder(self.max_size())
        while True:
            rest = decoder.feed(await feed.next_chunk(READ_CHUNK))
            if rest is not None:
                self.conn.buf[:0] = rest  # pipelined commands after the end marker
                break
        if feed.answered:
            self.txn = None
            return
        await self.finish_message(bytes(decoder.content), decoder.oversize, "DATA")

    async def cmd_bdat(self, arg: str) -> None:
        m = re.fullmatch(r"(\d{1,20})(?: +(LAST))?", arg.strip(), re.IGNORECASE)
        if m is None:
            # The chunk size is unknown, so its bytes will be read as commands.
            await self.send_reply(R(501, "5.5.4 Syntax: BDAT size [LAST]"))
            return
        size, last = int(m.group(1)), m.group(2) is not None
        txn = self.txn
        problem: Optional[Reply] = None
        if self.capability("CHUNKING") is None:
            problem = R(502, "5.5.1 BDAT not available")
        elif txn is None:
            problem = R(503, "5.5.1 Need MAIL command")
        elif not txn.rcpts:
            problem = R(554, "5.5.1 No valid recipients")
        refused: Optional[Fault] = None
        if problem is None:
            # refuse_ext at stage data: CHUNKING advertised, BDAT refused.
            refused = self.take_fault("data", kinds=frozenset({"refuse_ext"}), refusable=True)
        feed: Optional[BodyFeed] = None
        if problem is None and refused is None and txn is not None:
            if txn.bdat_feed is None:
                txn.bdat_feed = BodyFeed(self, self.take_fault("body", record=False))
            feed = txn.bdat_feed
        # The chunk's bytes are read whatever the answer (RFC 3030 section 3).
        chunk = await self.consume(size, feed)
        if problem is not None:
            await self.send_reply(problem)
            return
        if refused is not None:
            await self.apply_fault(refused, R(250, "2.0.0 Ok"), R(502, "5.5.1 CHUNKING not available"))
            return
        assert txn is not None and feed is not None
        if feed.answered:
            self.txn = None
            return
        txn.size += size
        if txn.size > self.max_size():
            txn.oversize = True
            txn.content = bytearray()
        else:
            txn.content += chunk
        if last:
            await self.finish_message(bytes(txn.content), txn.oversize, "BDAT")
        elif not await self.respond("data", R(250, f"2.0.0 {size} octets received")):
            self.txn = None  # a failed chunk ends the transaction

    async def consume(self, size: int, feed: Optional[BodyFeed]) -> bytes:
        """Read exactly `size` content bytes; keeps them unless an early reply was given."""
        out = bytearray()
        keep_limit = self.max_size()
        remaining = size
        while remaining:
            if feed is not None:
                piece = await feed.next_chunk(min(remaining, READ_CHUNK))
            else:
                if not self.conn.buf and not await self.conn.fill():
                    raise Hangup("client closed during BDAT chunk")
                piece = bytes(self.conn.buf[:remaining])
                del self.conn.buf[:len(piece)]
            remaining -= len(piece)
            if feed is not None and not feed.answered and len(out) + len(piece) <= keep_limit:
                out += piece
        return bytes(out)

    async def finish_message(self, content: bytes, oversize: bool, via: str) -> None:
        assert self.txn is not None
        txn: Transaction = self.txn
        self.txn = None
        if oversize:
            normal = R(552, "5.3.4 Message size exceeds fixed limit")
            qid = ""
        else:
            qid = self.sc.next_queue_id()
            normal = R(250, f"2.0.0 Ok: queued as {qid}")

        def store() -> None:
            self.sc.store(StoredMessage(
                connection=self.number, queue_id=qid, via=via, helo=self.helo,
                auth=self.user, tls=self.conn.tls is not None, mail_from=txn.mail_from,
                mail_params=txn.mail_params, rcpt_to=txn.rcpts, rcpt_params=txn.rcpt_params,
                content=content))
        await self.respond("eod", normal, on_success=store)

    async def cmd_rset(self, arg: str) -> None:
        if arg.strip():
            await self.respond("rset", R(501, "5.5.4 Syntax: RSET"))
            return

        def reset() -> None:
            self.txn = None
        await self.respond("rset", R(250, "2.0.0 Ok"), on_success=reset)

    async def cmd_noop(self, arg: str) -> None:
        await self.send_reply(R(250, "2.0.0 Ok"))

    async def cmd_vrfy(self, arg: str) -> None:
        if not arg.strip():
            await self.send_reply(R(501, "5.5.4 Syntax: VRFY address"))
            return
        await self.send_reply(R(252, "2.0.0 Cannot VRFY user, but will accept message"))

    async def cmd_help(self, arg: str) -> None:
        await self.send_reply(R(214, "2.0.0 See RFC 5321"))

    async def cmd_expn(self, arg: str) -> None:
        await self.send_reply(R(502, "5.5.1 EXPN not available"))

    async def cmd_quit(self, arg: str) -> None:
        await self.respond("quit", R(221, "2.0.0 Bye"))
        await self.conn.hangup_fin()
        raise Hangup("quit")


class AuthExchange:
    """One AUTH exchange; numbers its server replies (steps) for auth-stage faults."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self.step = 1

    def _refusal(self) -> Optional[Reply]:
        # refuse_ext answers the AUTH command itself: AUTH advertised, then refused.
        return R(504, "5.5.4 Unrecognized authentication type") if self.step == 1 else None

    async def challenge(self, payload: str) -> Optional[str]:
        """Send a 334 challenge; the client's answer, or None if the exchange ended."""
        ok = await self.s.respond("auth", R(334, payload), refusal=self._refusal(),
                                  step=self.step, final=False)
        self.step += 1
        if not ok:
            return None
        line = (await self.s.conn.readline(MAX_COMMAND_LINE)).rstrip(b"\r\n")
        text = line.decode("utf-8", "replace")
        if text == "*":
            await self.finish(R(501, "5.7.0 Authentication cancelled"))
            return None
        return text

    async def finish(self, reply: Reply, user: Optional[str] = None) -> None:
        def login() -> None:
            self.s.user = user
        await self.s.respond("auth", reply, refusal=self._refusal(),
                             on_success=login if user else None, step=self.step, final=True)

    async def decode(self, text: Optional[str]) -> Optional[bytes]:
        if text is None:
            return None
        if text == "=":
            return b""
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            await self.finish(R(501, "5.5.2 Cannot decode response"))
            return None

    async def verdict(self, ok: bool) -> None:
        if ok:
            await self.finish(R(235, "2.7.0 Authentication successful"), USER)
        else:
            await self.finish(R(535, "5.7.8 Authentication credentials invalid"))

    async def plain(self, initial: Optional[str]) -> None:
        data = await self.decode(initial if initial is not None else await self.challenge(""))
        if data is None:
            return
        parts = data.split(b"\0")
        await self.verdict(len(parts) == 3 and parts[0] in (b"", USER.encode())
                           and parts[1] == USER.encode() and parts[2] == PASSWORD.encode())

    async def login(self, initial: Optional[str]) -> None:
        user = await self.decode(initial if initial is not None else await self.challenge("VXNlcm5hbWU6"))
        if user is None:
            return
        password = await self.decode(await self.challenge("UGFzc3dvcmQ6"))
        if password is None:
            return
        await self.verdict(user == USER.encode() and password == PASSWORD.encode())

    async def cram_md5(self, initial: Optional[str]) -> None:
        if initial is not None:
            await self.finish(R(501, "5.5.4 CRAM-MD5 takes no initial response"))
            return
        nonce = f"<{secrets.randbelow(10**9)}.{int(time.time())}@{HOSTNAME}>".encode()
        answer = await self.decode(await self.challenge(b64(nonce)))
        if answer is None:
            return
        user, _, digest = answer.rpartition(b" ")
        expected = hmac.new(PASSWORD.encode(), nonce, hashlib.md5).hexdigest().encode()
        await self.verdict(user == USER.encode() and hmac.compare_digest(digest.lower(), expected))

    async def xoauth2(self, initial: Optional[str]) -> None:
        data = await self.decode(initial if initial is not None else await self.challenge(""))
        if data is None:
            return
        fields = dict(f.partition(b"=")[::2] for f in data.split(b"\x01") if f)
        if fields.get(b"user") == USER.encode() and fields.get(b"auth") == f"Bearer {XOAUTH2_TOKEN}".encode():
            await self.verdict(True)
            return
        # Like the big providers: an error challenge, the client answers with an
        # empty line, then the final 535.
        error = json.dumps({"status": "401", "schemes": "bearer", "scope": "https://mail.test/"})
        if await self.challenge(b64(error.encode())) is not None:
            await self.verdict(False)


# --------------------------------------------------------------------------
# The application: scenarios and the control channel


TLS_VERSIONS = {"1.0": ssl.TLSVersion.TLSv1, "1.1": ssl.TLSVersion.TLSv1_1,
                "1.2": ssl.TLSVersion.TLSv1_2, "1.3": ssl.TLSVersion.TLSv1_3}


def limit_tls_version(ctx: ssl.SSLContext, tls_max: str) -> None:
    """Offers no TLS version above tls_max (an old server, for clients to refuse)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)   # TLS 1.0/1.1 on purpose
        if tls_max in ("1.0", "1.1"):
            # OpenSSL 3 allows TLS below 1.2 only at security level 0.
            ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
            ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.maximum_version = TLS_VERSIONS[tls_max]


class App:
    def __init__(self, cert: Optional[str], key: Optional[str]) -> None:
        self.default_cert = cert
        self.default_key = key
        self.scenarios: dict[int, Scenario] = {}
        self._ctx_cache: dict[tuple[str, str, Optional[str]], ssl.SSLContext] = {}

    def ssl_context(self, cert: str, key: str, tls_max: Optional[str] = None) -> ssl.SSLContext:
        ctx = self._ctx_cache.get((cert, key, tls_max))
        if ctx is None:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            try:
                ctx.load_cert_chain(cert, key)
            except (OSError, ssl.SSLError) as e:
                raise ControlError(f"cannot load certificate {cert!r} / key {key!r}: {e}") from None
            if tls_max is not None:
                limit_tls_version(ctx, tls_max)
            self._ctx_cache[(cert, key, tls_max)] = ctx
        return ctx

    # ---- client connections

    async def handle_client(self, sc: Scenario, reader: asyncio.StreamReader,
                            writer: asyncio.StreamWriter) -> None:
        if sc.closing or sc.open_count >= MAX_OPEN_CONNECTIONS:
            sc.refused += 1
            writer.write(b"421 4.7.0 Too many connections\r\n")
            writer.close()
            return
        task = asyncio.current_task()
        assert task is not None
        sc.tasks.add(task)
        sc.accepted += 1
        sc.open_count += 1
        peer = writer.get_extra_info("peername")
        record = ConnRecord(sc, sc.accepted, f"{peer[0]}:{peer[1]}" if peer else "?")
        sc.records.append(record)
        conn = Conn(sc, record, reader, writer)
        try:
            await Session(sc, conn, record.number).run()
        except Hangup as e:
            record.end = str(e)
        except asyncio.CancelledError:
            # The scenario is closing. Not re-raised: this task ends here anyway,
            # and asyncio's streams would log a cancelled handler as an error.
            record.end = "scenario closed"
        except Exception as e:  # never let one client take the server down
            record.end = f"internal error: {e!r}"
            log.exception("scenario %d connection %d: internal error", sc.port, record.number)
        finally:
            if not writer.transport.is_closing():
                writer.transport.abort()
            record.open = False
            sc.open_count -= 1
            sc.tasks.discard(task)
            await sc.notify()

    # ---- control operations

    async def op_spawn(self, req: dict[str, Any]) -> dict[str, Any]:
        allowed = {"op", "mode", "faults", "ehlo_extra", "ehlo_remove", "cert", "key",
                   "tls_max", "idle_timeout", "transcript_cap"}
        unknown = set(req) - allowed
        if unknown:
            raise ControlError(f"unknown spawn option(s): {', '.join(sorted(unknown))}")
        if len(self.scenarios) >= MAX_SCENARIOS:
            raise ControlError(f"too many open scenarios ({MAX_SCENARIOS}); close some")
        mode = req.get("mode", "plain")
        if mode not in ("plain", "starttls", "implicit"):
            raise ControlError("mode must be plain, starttls or implicit")
        raw_faults = req.get("faults", [])
        if not isinstance(raw_faults, list) or len(raw_faults) > MAX_FAULTS:
            raise ControlError(f"faults must be a list of at most {MAX_FAULTS} objects")
        faults = [parse_fault(f) for f in raw_faults]
        for f in faults:
            if f.stage == "starttls" and mode != "starttls":
                raise ControlError("stage starttls needs mode starttls")
            if f.stage == "tls" and mode == "plain":
                raise ControlError("stage tls needs mode starttls or implicit")
        ehlo_extra = self._string_list(req, "ehlo_extra")
        ehlo_remove = self._string_list(req, "ehlo_remove")
        ctx = None
        if mode != "plain":
            cert = req.get("cert", self.default_cert)
            key = req.get("key", self.default_key)
            if not isinstance(cert, str) or not isinstance(key, str):
                raise ControlError(f"mode {mode} needs cert and key (command line or request)")
            tls_max = req.get("tls_max")
            if tls_max is not None and tls_max not in TLS_VERSIONS:
                raise ControlError(f"tls_max must be one of {', '.join(TLS_VERSIONS)}")
            ctx = self.ssl_context(cert, key, tls_max)
        idle = req.get("idle_timeout", DEFAULT_IDLE_TIMEOUT)
        if isinstance(idle, bool) or not isinstance(idle, (int, float)) or not 0.1 <= idle <= 3600:
            raise ControlError("idle_timeout must be seconds in [0.1, 3600]")
        cap = req.get("transcript_cap", TRANSCRIPT_CAP)
        if isinstance(cap, bool) or not isinstance(cap, int) or not 0 <= cap <= TRANSCRIPT_CAP:
            raise ControlError(f"transcript_cap must be an integer in [0, {TRANSCRIPT_CAP}]")
        sc = Scenario(mode, faults, ehlo_extra, ehlo_remove, ctx, float(idle), cap)

        async def on_client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await self.handle_client(sc, reader, writer)
        sc.server = await asyncio.start_server(on_client, HOST, 0, limit=READ_CHUNK)
        sc.port = sc.server.sockets[0].getsockname()[1]
        self.scenarios[sc.port] = sc
        log.info("scenario %d: mode %s, faults %s", sc.port, mode, [f.label for f in faults])
        return {"ok": True, "port": sc.port}

    @staticmethod
    def _string_list(req: dict[str, Any], key: str) -> list[str]:
        value = req.get(key, [])
        if (not isinstance(value, list) or len(value) > 100
                or any(not isinstance(v, str) or not v.strip() or "\r" in v or "\n" in v or len(v) > 500
                       for v in value)):
            raise ControlError(f"{key} must be a list of non-empty one-line strings")
        return [v.strip() for v in value]

    def _scenario(self, req: dict[str, Any]) -> Scenario:
        port = req.get("port")
        sc = self.scenarios.get(port) if isinstance(port, int) else None
        if sc is None:
            raise ControlError(f"no open scenario on port {port!r}")
        return sc

    @staticmethod
    def _wait_args(req: dict[str, Any]) -> tuple[float, int]:
        wait = req.get("wait", 0)
        conns = req.get("connections", 0)
        if isinstance(wait, bool) or not isinstance(wait, (int, float)) or not 0 <= wait <= MAX_CONTROL_WAIT:
            raise ControlError(f"wait must be seconds in [0, {MAX_CONTROL_WAIT}]")
        if isinstance(conns, bool) or not isinstance(conns, int) or conns < 0:
            raise ControlError("connections must be a non-negative integer")
        return float(wait), conns

    async def op_transcript(self, req: dict[str, Any]) -> dict[str, Any]:
        sc = self._scenario(req)
        settled = await sc.settle(*self._wait_args(req))
        with_events = req.get("events", True) is not False
        return {"ok": True, "port": sc.port, "settled": settled, "accepted": sc.accepted,
                "refused": sc.refused, "truncated": sc.transcript_truncated,
                "connections": [r.to_json(with_events) for r in sc.records]}

    async def op_messages(self, req: dict[str, Any]) -> dict[str, Any]:
        sc = self._scenario(req)
        settled = await sc.settle(*self._wait_args(req))
        return {"ok": True, "port": sc.port, "settled": settled, "dropped": sc.messages_dropped,
                "messages": [m.to_json() for m in sc.messages]}

    async def op_close(self, req: dict[str, Any]) -> dict[str, Any]:
        sc = self._scenario(req)
        del self.scenarios[sc.port]
        await sc.close()
        log.info("scenario %d: closed", sc.port)
        return {"ok": True}

    async def dispatch(self, req: Any) -> dict[str, Any]:
        if not isinstance(req, dict):
            raise ControlError("a request is a JSON object")
        op = req.get("op")
        if op == "ping":
            return {"ok": True, "pong": True, "scenarios": len(self.scenarios)}
        handler = {"spawn": self.op_spawn, "transcript": self.op_transcript,
                   "messages": self.op_messages, "close": self.op_close}.get(op)  # type: ignore[arg-type]
        if handler is None:
            raise ControlError(f"unknown op {op!r}; ops: spawn, transcript, messages, close, ping")
        return await handler(req)

    async def handle_control(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    line = await asyncio.wait_for(reader.readline(), CONTROL_IDLE_TIMEOUT)
                except (ValueError, asyncio.LimitOverrunError):
                    writer.write(b'{"ok": false, "error": "request line too long"}\n')
                    break
                if not line:
                    break
                try:
                    request = json.loads(line)
                except (ValueError, RecursionError) as e:  # also bad UTF-8, absurd nesting
                    request = None
                    response = {"ok": False, "error": f"bad JSON: {e}"}
                try:
                    if request is not None:
                        response = await self.dispatch(request)
                except ControlError as e:
                    response = {"ok": False, "error": str(e)}
                except Exception as e:
                    log.exception("control request failed")
                    response = {"ok": False, "error": f"internal error: {e!r}"}
                writer.write(json.dumps(response).encode() + b"\n")
                await asyncio.wait_for(writer.drain(), CONTROL_IDLE_TIMEOUT)
        except (OSError, TimeoutError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def close_all(self) -> None:
        scenarios = list(self.scenarios.values())
        self.scenarios.clear()
        await asyncio.gather(*(sc.close() for sc in scenarios), return_exceptions=True)


# --------------------------------------------------------------------------
# Entry point


async def serve(args: argparse.Namespace) -> int:
    app = App(args.cert, args.key)
    if args.cert or args.key:
        if not (args.cert and args.key):
            print("faultsmtp: --cert and --key go together", file=sys.stderr)
            return 2
        try:
            app.ssl_context(args.cert, args.key)
        except ControlError as e:
            print(f"faultsmtp: {e}", file=sys.stderr)
            return 2
    try:
        control = await asyncio.start_server(app.handle_control, HOST, args.control_port,
                                             limit=MAX_CONTROL_LINE)
    except OSError as e:
        print(f"faultsmtp: cannot listen on {HOST}:{args.control_port}: {e}", file=sys.stderr)
        return 1
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    port = control.sockets[0].getsockname()[1]
    print(f"READY control={port}", flush=True)
    await stop.wait()
    log.info("stopping")
    control.close()
    await app.close_all()
    try:
        await asyncio.wait_for(control.wait_closed(), 5.0)
    except TimeoutError:
        pass
    return 0


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Scriptable fault-injecting SMTP server for tests.")
    parser.add_argument("--control-port", type=int, default=0,
                        help="control channel port on 127.0.0.1 (0: any free port)")
    parser.add_argument("--cert", help="PEM certificate for starttls/implicit scenarios")
    parser.add_argument("--key", help="PEM private key for --cert")
    parser.add_argument("--verbose", "-v", action="store_true", help="log scenarios and errors")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s faultsmtp %(levelname)s %(message)s", stream=sys.stderr)
    try:
        return asyncio.run(serve(args))
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
