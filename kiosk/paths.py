"""Where the project's non-Python files live (QML, translations, demo page)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
RESOURCES = ROOT / "resources"
TRANSLATIONS = RESOURCES / "translations"
DEMO_PAGE = RESOURCES / "demo" / "retail.html"
