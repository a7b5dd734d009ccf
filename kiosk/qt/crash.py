"""The last line of defence: an uncaught exception (including one inside an async slot, which
qasync hands to ``sys.excepthook``) is logged by type only and becomes "Sorry, let's start again".
A kiosk never shows a traceback, and a traceback's text could hold what a patient typed."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger("kiosk.crash")


def install(on_error: Callable[[], None]) -> Callable[[], None]:
    """Install the hook; returns a function that restores the previous one."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        where = ""
        while tb is not None:
            where = f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}"
            tb = tb.tb_next
        log.error("unexpected %s at %s; the session is reset", kind.__name__, where)
        try:
            on_error()
        except Exception:  # the hook itself must never raise
            log.exception("the reset after an unexpected error failed too")

    sys.excepthook = hook

    def restore() -> None:
        sys.excepthook = previous

    return restore
