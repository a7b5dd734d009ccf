"""After the first frame: what Welcome does not need waits until Welcome is drawn.

The speech engine, the headset watcher, the payers' fetch, systemd's READY=1 and the metrics
file's ready mark all wait for the window's first frame on a screen with nobody's session on it
(Welcome, or Out of service). Each is called once, on the GUI thread, after the calls that frame
queued already, in the order they were given."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtQuick import QQuickWindow

log = logging.getLogger("kiosk.start")


class FirstFrame(QObject):
    def __init__(
        self,
        window: QQuickWindow,
        ready: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window: QQuickWindow | None = window
        self._ready = ready
        self._waiting: list[tuple[str, Callable[[], object]]] = []
        self.drawn_at: float | None = None
        self.ran: list[str] = []  # what ran after the frame, in order (for the log and tests)
        window.frameSwapped.connect(self._swapped)  # a slot of ours: queued to the GUI thread

    @property
    def drawn(self) -> bool:
        return self.drawn_at is not None

    def then(self, name: str, call: Callable[[], object]) -> None:
        """``call`` once the first frame is drawn (soon after, if it has been)."""
        self._waiting.append((name, call))
        if self.drawn:
            QTimer.singleShot(0, self, self._run)

    @Slot()
    def _swapped(self) -> None:
        if self._window is None or not self._ready():
            return  # queued: a second frame's call may follow the first
        self._window.frameSwapped.disconnect(self._swapped)
        self._window = None
        self.drawn_at = time.perf_counter()
        # After the calls this frame queued already: Welcome is up before anything else runs.
        QTimer.singleShot(0, self, self._run)

    @Slot()
    def _run(self) -> None:
        waiting, self._waiting = self._waiting, []
        for name, call in waiting:
            began = time.perf_counter()
            call()
            self.ran.append(name)
            log.debug(
                "after the first frame: %s in %.1f ms", name, (time.perf_counter() - began) * 1000
            )
