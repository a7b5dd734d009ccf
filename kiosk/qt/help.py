"""A patient's request for a person (``session.help`` in QML): Help in the bar asks, the staff
corner and the staff panel show it, and it stays (through the privacy reset: the patient may
still be standing there) until staff clear it or the patient says they are fine."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Property, QObject, Signal, Slot

log = logging.getLogger("kiosk.ui")


class HelpRequest(QObject):
    changed = Signal()  # asked, or cleared
    asked = Signal()  # Help was tapped (again): show the card with where staff are

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._since: float | None = None  # monotonic

    @Property(bool, notify=changed)
    def requested(self) -> bool:
        return self._since is not None

    @property
    def since(self) -> float | None:
        """Monotonic time the patient asked (None: nobody is waiting)."""
        return self._since

    @Slot()
    def request(self) -> None:
        if self._since is None:
            self._since = time.monotonic()
            log.info("a patient asked for help")
            self.changed.emit()
        self.asked.emit()

    @Slot()
    def cancel(self) -> None:
        self.clear("the patient no longer needs it")

    def clear(self, why: str) -> None:
        if self._since is not None:
            self._since = None
            log.info("help request cleared (%s)", why)
            self.changed.emit()
