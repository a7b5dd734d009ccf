from __future__ import annotations

import io
import json
import logging
import os
import socket
from pathlib import Path

import pytest

from kiosk.logs import (
    JournalHandler,
    RedactingFilter,
    _MessageOnly,
    configure_logging,
    redact,
    set_log_context,
    under_journald,
)


def test_redaction_masks_emails_and_phones_but_not_ids() -> None:
    text = (
        "sent to ana.lopez@example.com / (206) 555-0100, 206-555-0100; correlation 0f8c-4b1e-9a77"
    )
    assert redact(text) == "sent to [email] / [phone], [phone]; correlation 0f8c-4b1e-9a77"


def test_json_lines_and_no_tracebacks() -> None:
    stream = io.StringIO()
    configure_logging(json_lines=True, stream=stream)
    log = logging.getLogger("kiosk.test")
    try:
        raise ValueError("Rosa Delgado 1988-04-12")
    except ValueError:
        log.exception("failed for %s", "rosa@example.com")
    entry = json.loads(stream.getvalue().splitlines()[-1])
    assert entry["area"] == "kiosk.test"
    assert entry["message"] == "failed for [email]"
    assert entry["exception"] == "ValueError"
    assert "Rosa" not in stream.getvalue()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)


def _parse_journal(packet: bytes) -> dict[str, str]:
    """journald's native protocol, both forms (``NAME=value\\n`` and length-prefixed)."""
    fields: dict[str, str] = {}
    rest = packet
    while rest:
        line, _, after = rest.partition(b"\n")
        if b"=" in line:
            name, _, value = line.partition(b"=")
            fields[name.decode()] = value.decode()
            rest = after
        else:
            size = int.from_bytes(after[:8], "little")
            fields[line.decode()] = after[8 : 8 + size].decode()
            assert after[8 + size : 9 + size] == b"\n"
            rest = after[9 + size :]
    return fields


def test_journald_entries_carry_structured_fields_and_no_phi(tmp_path: Path) -> None:
    address = str(tmp_path / "journal.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(address)
    server.settimeout(2)
    handler = JournalHandler(address=address)
    handler.setFormatter(_MessageOnly())
    handler.addFilter(RedactingFilter())
    log = logging.getLogger("kiosk.test.journal")
    log.propagate = False
    log.addHandler(handler)
    set_log_context(kiosk_id="lobby-3")
    try:
        log.warning(
            "booking refused for %s",
            "rosa@example.com",
            extra={"event": "booking.refused", "correlation_id": "0c7b5587-aaaa-4bbb-8ccc"},
        )
        first = _parse_journal(server.recv(65536))
        try:
            raise ValueError("Rosa Delgado 1988-04-12")
        except ValueError:
            log.exception("two\nlines")
        second = _parse_journal(server.recv(65536))
    finally:
        log.removeHandler(handler)
        handler.close()
        server.close()
        set_log_context(kiosk_id="")
    assert first["MESSAGE"] == "booking refused for [email]"
    assert first["PRIORITY"] == "4"
    assert first["SYSLOG_IDENTIFIER"] == "clinic-kiosk"
    assert first["LOGGER"] == "kiosk.test.journal"
    assert first["KIOSK_ID"] == "lobby-3"
    assert first["EVENT"] == "booking.refused"
    assert first["CORRELATION_ID"] == "0c7b5587-aaaa-4bbb-8ccc"
    assert first["SUPPORT_CODE"] == "0C7B-5587"
    assert second["MESSAGE"] == "two\nlines"  # the length-prefixed form, no traceback after it
    assert second["PRIORITY"] == "3"
    assert second["EXCEPTION"] == "ValueError"
    assert "EVENT" not in second
    assert "Rosa" not in repr(second)


def test_a_missing_journal_never_raises(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handler = JournalHandler(address=str(tmp_path / "absent.sock"))
    record = logging.LogRecord("kiosk.test", logging.INFO, __file__, 1, "hello", None, None)
    handler.emit(record)
    handler.emit(record)
    handler.close()
    assert capsys.readouterr().err.count("journald refused") == 1


def test_journald_is_chosen_only_when_stderr_is_the_journal_stream(tmp_path: Path) -> None:
    with (tmp_path / "stream").open("w") as stream:
        info = os.fstat(stream.fileno())
        assert under_journald({"JOURNAL_STREAM": f"{info.st_dev}:{info.st_ino}"}, stream)
        assert not under_journald({"JOURNAL_STREAM": f"{info.st_dev}:{info.st_ino + 1}"}, stream)
        assert not under_journald({}, stream)
