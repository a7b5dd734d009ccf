"""Logging by area (``kiosk.dexcare``, ``kiosk.demo``, ...), plain or JSON lines, or journald's
native protocol under systemd, with a last-line filter that masks anything shaped like an email
address or a phone number.

The filter is a safety net, not the policy: no code logs PHI in the first place.

Under systemd (``JOURNAL_STREAM`` names our stderr) every record goes to journald as one datagram
with structured fields IT can filter on: ``KIOSK_ID``, ``EVENT`` (``booking.booked``,
``session.reset``, ...), ``CORRELATION_ID`` and the ``SUPPORT_CODE`` a patient reads out, so
``journalctl -u clinic-kiosk SUPPORT_CODE=0C7B-5587`` finds what happened to that patient's
booking. Code passes them as ``extra={"event": ..., "correlation_id": ...}``; nothing else
becomes a field, so no PHI can.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import struct
import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TextIO

from kiosk.domain.codes import support_code

JOURNAL_SOCKET = "/run/systemd/journal/socket"
# syslog priorities (journald's PRIORITY=) for Python's levels
_PRIORITY = {logging.CRITICAL: 2, logging.ERROR: 3, logging.WARNING: 4, logging.INFO: 6}
# Record attributes that become journal fields: the only ones, by name.
_FIELDS = {"event": "EVENT", "correlation_id": "CORRELATION_ID"}
_context: dict[str, str] = {}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w-])\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?![\w-])")


def redact(text: str) -> str:
    return _PHONE.sub("[phone]", _EMAIL.sub("[email]", text))


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def _exception_type(record: logging.LogRecord) -> str | None:
    """The type only: a traceback's locals or messages could hold what a patient typed."""
    if record.exc_info and record.exc_info[0] is not None:
        return record.exc_info[0].__name__
    return None


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "area": record.name,
            "message": record.getMessage(),
        }
        if exception := _exception_type(record):
            entry["exception"] = exception
        return json.dumps(entry, ensure_ascii=False)


class PlainFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def formatException(self, ei: object) -> str:
        exc_type = ei[0] if isinstance(ei, tuple) else None
        return f"  ({getattr(exc_type, '__name__', 'exception')}; traceback withheld)"


def set_log_context(*, kiosk_id: str) -> None:
    """Fields every journal entry carries from now on (the kiosk's id, once settings are read)."""
    if kiosk_id:
        _context["KIOSK_ID"] = kiosk_id
    else:
        _context.pop("KIOSK_ID", None)


def _field(name: str, value: str) -> bytes:
    """One field of journald's native protocol: ``NAME=value``, or the length-prefixed form for a
    value with a newline in it."""
    data = value.encode("utf-8", "replace")
    if b"\n" not in data:
        return name.encode() + b"=" + data + b"\n"
    return name.encode() + b"\n" + struct.pack("<Q", len(data)) + data + b"\n"


class JournalHandler(logging.Handler):
    """Records to journald as one datagram each (``man systemd.journal-fields``). A message too
    long for a datagram is cut, not sent through a memfd: the kiosk's messages are one line."""

    MAX = 60_000

    def __init__(self, address: str = JOURNAL_SOCKET, identifier: str = "clinic-kiosk") -> None:
        super().__init__()
        self._address = address
        self._identifier = identifier
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
        self._failed = False

    def fields(self, record: logging.LogRecord) -> dict[str, str]:
        out = {
            "MESSAGE": self.format(record)[: self.MAX],
            "PRIORITY": str(_PRIORITY.get(record.levelno, 7)),
            "SYSLOG_IDENTIFIER": self._identifier,
            "LOGGER": record.name,
            **_context,
        }
        for attribute, name in _FIELDS.items():
            value = getattr(record, attribute, None)
            if value:
                out[name] = str(value)
        if "CORRELATION_ID" in out:
            out["SUPPORT_CODE"] = support_code(out["CORRELATION_ID"])
        if exception := _exception_type(record):
            out["EXCEPTION"] = exception
        return out

    def emit(self, record: logging.LogRecord) -> None:
        try:
            packet = b"".join(_field(k, v) for k, v in self.fields(record).items())
            self._socket.sendto(packet, self._address)
        except OSError as err:
            if not self._failed:  # once, and plainly: logging must not take the kiosk down
                self._failed = True
                sys.stderr.write(f"kiosk: journald refused a log entry ({type(err).__name__})\n")
        except Exception:  # noqa: BLE001 - a log line never raises into the app
            self.handleError(record)

    def close(self) -> None:
        self._socket.close()
        super().close()


def under_journald(environ: Mapping[str, str] | None = None, stream: TextIO | None = None) -> bool:
    """True when our stderr is the journal's stream (systemd sets JOURNAL_STREAM=dev:inode)."""
    wanted = (os.environ if environ is None else environ).get("JOURNAL_STREAM", "")
    try:
        info = os.fstat((stream or sys.stderr).fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return bool(wanted) and wanted == f"{info.st_dev}:{info.st_ino}"


class _MessageOnly(logging.Formatter):
    """journald keeps time, level and area in fields of their own (and no traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        return record.getMessage()


def configure_logging(
    *,
    json_lines: bool = False,
    verbose: bool = False,
    stream: TextIO | None = None,
    journal: bool | None = None,
) -> None:
    handler: logging.Handler
    if journal if journal is not None else (stream is None and under_journald()):
        handler = JournalHandler()
        handler.setFormatter(_MessageOnly())
    else:
        handler = logging.StreamHandler(stream or sys.stderr)
        handler.setFormatter(JsonFormatter() if json_lines else PlainFormatter())
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_kiosk", False):
            root.removeHandler(old)
            old.close()
    handler._kiosk = True  # type: ignore[union-attr]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its lines carry full URLs
    logging.getLogger("httpcore").setLevel(logging.WARNING)
