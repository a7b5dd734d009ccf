"""Shared test set-up: headless Qt everywhere, and small helpers for the async client."""

from __future__ import annotations

import os

# Headless before anything imports Qt (CI runs as root: WebEngine needs its sandbox off there).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
os.environ.pop("KIOSK_CONFIG", None)
