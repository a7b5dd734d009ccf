"""Every screen the journey can be on has its page in ui/Main.qml, and nothing else is listed: a
new Screen without a page would leave the patient on a blank window."""

from __future__ import annotations

from typing import Any

from PySide6.QtQml import QJSValue

from kiosk.app import KioskApp
from kiosk.flow.journey import Screen
from kiosk.qt.driver import Driver


def test_every_screen_has_its_page_in_main_qml(kiosk: tuple[KioskApp, Driver]) -> None:
    k, _ = kiosk
    screens: Any = k.window.property("screens")
    pages = screens.toVariant() if isinstance(screens, QJSValue) else screens
    assert set(pages) == {s.value for s in Screen}
    missing = [name for name, page in pages.items() if page is None]
    assert missing == []
