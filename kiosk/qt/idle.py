"""One idle watcher for the whole window: every touch, click and key counts, including those
inside the web page and on the on-screen keyboard (they all reach the window first)."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from kiosk.flow.idle import IdlePolicy, IdleState

log = logging.getLogger("kiosk.idle")

INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease, QEvent.Type.Wheel, QEvent.Type.InputMethod,
})  # fmt: skip


class IdleWatcher(QObject):
    changed = Signal()
    expired = Signal()

    def __init__(self, policy: IdlePolicy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.policy = policy
        self.state = IdleState(policy)
        self._screen = "welcome"
        self._held = False
        self._factor = 1
        self.warning = False
        self.seconds_left = 0
        self._last_input = time.monotonic()
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._warn)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)

    def watch(self, target: QObject) -> None:
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
            if not self.warning:
                self._restart()
        return False

    def since_input(self) -> float:
        """Seconds since anyone last touched the screen or pressed a key (kiosk/qt/upkeep.py)."""
        return time.monotonic() - self._last_input

    def set_screen(self, screen: str) -> None:
        self._screen = screen
        self._stop_warning()
        self._restart()

    def stretch(self, factor: int) -> None:
        """Longer timeouts (staff assisting a patient); 1 = the policy's own."""
        self._factor = max(1, factor)
        self._restart()

    @property
    def held(self) -> bool:
        return self._held

    def hold(self, held: bool) -> None:
        """While a request is in flight the patient is waiting on us, not idle."""
        self._held = held
        self._restart()

    def extend(self) -> bool:
        if not self.warning or not self.state.extend():
            return False
        log.info("idle warning answered; %d extensions left", self.state.extensions_left)
        self._stop_warning()
        self._restart()
        return True

    def reset(self) -> None:
        self.state.reset()
        self._stop_warning()

    def _restart(self) -> None:
        self._quiet.stop()
        seconds = self.policy.quiet_seconds(self._screen)
        if seconds is not None and not self._held and not self.warning:
            self._quiet.start(seconds * self._factor * 1000)

    def _warn(self) -> None:
        if self.state.extensions_left == 0:
            log.info("idle with no extensions left: resetting")
            self.expired.emit()
            return
        self.warning = True
        self.seconds_left = self.policy.warning_seconds
        self._tick.start()
        self.changed.emit()

    def _count_down(self) -> None:
        self.seconds_left -= 1
        self.changed.emit()
        if self.seconds_left <= 0:
            self._stop_warning()
            log.info("idle warning ran out: resetting")
            self.expired.emit()

    def _stop_warning(self) -> None:
        self._tick.stop()
        if self.warning:
            self.warning = False
            self.changed.emit()
