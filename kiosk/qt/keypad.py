"""The kiosk without the touch screen: a keyboard or a small USB keypad (ADA §707.5, Section 508
§402). Tab and Shift+Tab, or the arrow keys, move through every control in reading order; Enter
chooses; function keys do what the screen's own buttons do, so nothing needs sight or a finger:

=============== ========================================= ===========================
key             what it does                              the same as
=============== ========================================= ===========================
F1, Help        speech on; pressed again, asks for staff  "Listen", then "Help"
F2              says the screen again                     "Repeat"
F3, Play/Pause  pauses or resumes speech                  "Pause" / "Resume"
F4, Back        one step back                             "Back"
F9, Vol-, -     softer                                    "Softer"
F10, Vol+, +    louder                                    "Louder"
=============== ========================================= ===========================

In a text field the arrows, Backspace and the character keys type as usual; only the function keys
are taken. A key the PIN pad needs never reaches it this way: its keys take no focus.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.flow.journey import Screen
from kiosk.qt.session import SessionViewModel
from kiosk.qt.speech import Speech

log = logging.getLogger("kiosk.keys")

K = Qt.Key
HELP = {K.Key_F1, K.Key_Help}
REPEAT = {K.Key_F2}
PAUSE = {K.Key_F3, K.Key_MediaTogglePlayPause, K.Key_MediaPause, K.Key_MediaPlay}
BACK = {K.Key_F4, K.Key_Back}
SOFTER = {K.Key_F9, K.Key_VolumeDown}
LOUDER = {K.Key_F10, K.Key_VolumeUp}
SOFTER_OUTSIDE_FIELDS = {K.Key_Minus}
LOUDER_OUTSIDE_FIELDS = {K.Key_Plus}
FORWARD = {K.Key_Down, K.Key_Right}
BACKWARD = {K.Key_Up, K.Key_Left}
CHOOSE = {K.Key_Return, K.Key_Enter}


def typing_into(item: QQuickItem | None) -> bool:
    """A text field has the focus: its keys are its own."""
    return item is not None and bool(item.flags() & QQuickItem.Flag.ItemAcceptsInputMethod)


def is_button(item: QQuickItem) -> bool:
    meta = item.metaObject()
    return meta.indexOfProperty("pressed") >= 0 and meta.indexOfProperty("checkable") >= 0


class Keypad(QObject):
    """An event filter for the kiosk window."""

    def __init__(
        self,
        window: QQuickWindow,
        session: SessionViewModel,
        speech: Speech,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window, self._session, self._speech = window, session, speech

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is not QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        key = Qt.Key(event.key())
        # On the hand-off the keys are the web page's (its fields, its links), but for ours. Its
        # focused item is QtWebEngine's own: never wrapped for Python (PySide crashes on it).
        on_page = self._session.current_screen is Screen.HANDOFF
        in_field = on_page or typing_into(self._window.activeFocusItem())
        action = self._action(key, in_field)
        if action is None:
            return False
        # After this key's delivery: Back from the hand-off deletes the web view the key was
        # going to, and deleting an item inside its own event crashes Qt.
        QTimer.singleShot(
            0, self, lambda: action(None if on_page else self._window.activeFocusItem())
        )
        return True

    def _action(self, key: Qt.Key, in_field: bool):  # type: ignore[no-untyped-def]
        if key in HELP:
            return self._help
        if key in REPEAT:
            return lambda _: self._speech.repeat()
        if key in PAUSE:
            return lambda _: self._speech.togglePause()
        if key in BACK:
            return lambda _: self._back()
        if key in SOFTER or (not in_field and key in SOFTER_OUTSIDE_FIELDS):
            return lambda _: self._speech.softer()
        if key in LOUDER or (not in_field and key in LOUDER_OUTSIDE_FIELDS):
            return lambda _: self._speech.louder()
        if in_field:
            return None
        if key in FORWARD:
            return lambda item: self._move(item, forward=True)
        if key in BACKWARD:
            return lambda item: self._move(item, forward=False)
        if key in CHOOSE:
            return self._choose
        return None

    def _help(self, _: object) -> None:
        if not self._speech.audioMode and self._speech.available:
            self._speech.listen()  # a blind patient's first key: speech on, the screen read
        else:
            self._session.help.request()

    def _back(self) -> None:
        if self._session.canGoBack:
            self._session.back()

    def _move(self, item: QQuickItem | None, *, forward: bool) -> None:
        start = item or self._window.contentItem()
        target = start.nextItemInFocusChain(forward)
        if target is not None:
            target.forceActiveFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )

    def _choose(self, item: QQuickItem | None) -> None:
        """Enter on a button presses it (as Space does in Qt Quick Controls)."""
        if item is None or not is_button(item):
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                item, QKeyEvent(kind, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ")
            )
