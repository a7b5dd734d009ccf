from __future__ import annotations

import io
import json
import logging

from kiosk.logs import configure_logging, redact


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
