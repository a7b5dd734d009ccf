"""The last line of defence: an uncaught exception (including one inside a Qt slot) is logged by
type and place only and becomes "Sorry, let's start again". A kiosk never shows a traceback, and
a traceback's text could hold what a patient typed."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from kiosk.qt.tasks import report


def install(on_error: Callable[[], None]) -> Callable[[], None]:
    """Install the hook; returns a function that restores the previous one."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        error.__traceback__ = tb
        report(error, "the kiosk")
        try:
            on_error()
        except Exception as again:  # noqa: BLE001 - the hook itself must never raise
            report(again, "the reset after an unexpected error")

    sys.excepthook = hook

    def restore() -> None:
        sys.excepthook = previous

    return restore
