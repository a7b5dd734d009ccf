"""The kiosk under systemd (kiosk/systemd.py): ready once Welcome is drawn, a watchdog beat from
the GUI thread's own timer (a hung event loop stops it, and systemd restarts the unit), the state
in words as the screen changes, stopping at the end. Outside systemd it does nothing."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from kiosk.flow.journey import Screen
from kiosk.qt.session import SessionViewModel
from kiosk.systemd import Notifier


def state_words(screen: Screen, *, training: bool) -> str:
    """What `systemctl status` shows: never who, only what the kiosk is doing."""
    words = {
        Screen.WELCOME: "ready, waiting for a patient",
        Screen.OUT_OF_SERVICE: "out of service",
        Screen.STAFF: "staff panel open",
    }.get(screen, "with a patient")
    return f"{words} (training)" if training else words


class Supervisor(QObject):
    def __init__(
        self,
        notifier: Notifier,
        session: SessionViewModel,
        *,
        training: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._notifier, self._session = notifier, session
        self._training = training
        self._ready = False
        self._said = ""
        self.beats = QTimer(self)
        if not notifier.enabled:
            return
        if notifier.watchdog_ms:
            self.beats.setInterval(notifier.watchdog_ms)
            self.beats.timeout.connect(notifier.beat)
        session.screenChanged.connect(self._say_state)

    def drawn(self) -> None:
        """Welcome's first frame is drawn (kiosk/qt/firstframe.py): READY=1, and the beats."""
        if self._ready or not self._notifier.enabled:
            return
        self._ready = True
        self._said = state_words(self._session.current_screen, training=self._training)
        self._notifier.ready(self._said)
        if self._notifier.watchdog_ms:
            self._notifier.beat()
            self.beats.start()

    def _say_state(self) -> None:
        words = state_words(self._session.current_screen, training=self._training)
        if self._ready and words != self._said:
            self._said = words
            self._notifier.status(words)

    def stopping(self) -> None:
        self.beats.stop()
        if self._notifier.enabled:
            self._notifier.stopping()
        self._notifier.close()
