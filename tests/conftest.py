"""Shared test set-up: headless Qt everywhere, and small helpers for the async client."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

import pytest

# Headless before anything imports Qt (CI runs as root: WebEngine needs its sandbox off there).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
os.environ.pop("KIOSK_CONFIG", None)


@pytest.fixture(autouse=True)
def _root_logging_restored() -> Iterator[None]:
    """A command run in a test (``main([...])``) configures logging onto that test's captured
    stderr; later tests' log lines would go to the closed stream ("Logging error")."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
    root.setLevel(level)
