"""The staff PIN pad (``staff.pad`` in QML): big digits typed on our own buttons, shown as dots.

The digits live here only while they are typed (never in a QML text field, so no input method
sees them) and are dropped on every close. Wrong PINs count towards a lock-out that survives a
restart (``KioskState``); scrypt runs off the event loop, so the screen never freezes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.flow.journey import NO_PATIENT
from kiosk.qt.session import SessionViewModel
from kiosk.staff import KioskState, training_pin_hash, verify_pin

log = logging.getLogger("kiosk.staff")


class PinPad(QObject):
    changed = Signal()
    lockedOut = Signal()  # wrong PINs locked the pad (the metrics count it for IT's alert)

    def __init__(
        self,
        session: SessionViewModel,
        *,
        state: KioskState,
        pin_hash: str | None,
        training: bool,
        on_unlock: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._state = state
        self._pin_hash = pin_hash
        self._training = training
        self._on_unlock = on_unlock
        self._digits = ""
        self._shown = False
        self._message = ""
        self._checking = False  # one PIN at a time: a burst of guesses is not a queue of them
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pin")

    def close_pool(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    @Property(bool, notify=changed)
    def shown(self) -> bool:
        return self._shown

    @Property(int, notify=changed)
    def pinLength(self) -> int:
        return len(self._digits)

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Property(int, notify=changed)
    def lockedSeconds(self) -> int:
        return self._state.locked_for()

    @Property(bool, constant=True)
    def available(self) -> bool:
        return self._pin_hash is not None or self._training

    @Slot()
    def open(self) -> None:
        if self._session.current_screen not in NO_PATIENT:
            return
        self._digits = ""
        self._shown = True
        locked = self._state.locked_for()
        if not self.available:
            self._message = self.tr("Staff access is not set up on this kiosk.")
        elif locked:
            self._message = self._locked_text(locked)
        else:
            self._message = self.tr("Staff PIN")
        log.info("staff PIN pad opened")
        self.changed.emit()

    @Slot(str)
    def digit(self, d: str) -> None:
        if self._shown and d.isdigit() and len(d) == 1 and len(self._digits) < 8:
            self._digits += d
            self.changed.emit()

    @Slot()
    def erase(self) -> None:
        if self._digits:
            self._digits = self._digits[:-1]
            self.changed.emit()

    @Slot()
    def close(self) -> None:
        """Cancel, or the panel locked: the digits go; nothing is said when nothing changes."""
        if self._digits or self._shown or self._message:
            self._digits, self._shown, self._message = "", False, ""
            self.changed.emit()

    @Slot()
    def submit(self) -> None:
        # The digits are taken now, with the key that sent them, not when the check runs.
        pin, self._digits = self._digits, ""
        self._session.tasks.spawn(self._check_pin(pin), "staff PIN")

    async def _check_pin(self, pin: str) -> None:
        if not self._shown or not self.available or not pin or self._checking:
            self.changed.emit()
            return
        # Counted before the hash runs: guesses sent faster than scrypt never outrun the count.
        locked = self._state.take_try()
        if locked:
            self._message = self._locked_text(locked)
            self.changed.emit()
            return
        self._checking = True
        try:
            loop = asyncio.get_running_loop()
            stored = self._pin_hash
            if stored is None:
                stored = await loop.run_in_executor(self._pool, training_pin_hash)
            right = await loop.run_in_executor(self._pool, verify_pin, pin, stored)
        finally:
            self._checking = False
        if right:
            self._state.right_pin()
            self._shown, self._message = False, ""
            log.info("staff unlocked the panel")
            self.changed.emit()
            self._on_unlock()
            return
        locked = self._state.wrong_pin()
        log.warning("wrong staff PIN")
        if locked:
            self.lockedOut.emit()
        self._message = (
            self._locked_text(locked) if locked
            else self.tr("Wrong PIN. %n tries left.", "", self._state.tries_left())
        )  # fmt: skip
        self.changed.emit()

    def _locked_text(self, seconds: int) -> str:
        minutes = max(1, (seconds + 59) // 60)
        return self.tr("Too many wrong PINs. Try again in %n minute(s).", "", minutes)
