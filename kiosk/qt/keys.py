"""The keyboard is no way out of the kiosk: the usual shortcuts for closing, quitting, leaving full
screen or cancelling are swallowed before anything (Qt, QML or the web page) sees them. Staff leave
through the panel's "Exit to desktop". (Window-manager keys are the kiosk session's job: see the
deployment notes in the README.)"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

log = logging.getLogger("kiosk.keys")

_BLOCKED = {
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
}
_MODIFIERS = (
    Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.MetaModifier
)


def is_escape_key(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    return (Qt.Key(key), Qt.KeyboardModifier(modifiers & _MODIFIERS)) in _BLOCKED


class KeyGuard(QObject):
    """An event filter for the kiosk window."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyRelease,
        ):
            assert isinstance(event, QKeyEvent)
            if is_escape_key(event.key(), event.modifiers()):
                if event.type() is QEvent.Type.KeyPress:
                    log.info("ignored a way-out key")
                event.accept()
                return True
        return False
