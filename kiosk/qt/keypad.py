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

In a text field Left, Right, Backspace and the character keys type as usual; Up and Down leave a
one-line field (a box of several lines at its first or last character), and Enter opens the
letter board (kiosk/qt/letterboard.py) for a keypad with no letters, unless a keyboard has typed
into the field, where Enter goes on to the next as it always has. While the board is open the
arrows and Enter are the board's, Back or Tab closes it. A key the PIN pad needs never reaches it
this way: its keys take no focus.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QMetaObject, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickWindow

from kiosk.flow.journey import Screen
from kiosk.qt.focus import FocusInfo, focus_info
from kiosk.qt.letterboard import PAGE, LetterBoard
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
TAB = {K.Key_Tab, K.Key_Backtab}
PAGE_FOCUS_DELAY_MS = 150  # Chromium moves the page's focus after the key reaches it


class Keypad(QObject):
    """An event filter for the kiosk window."""

    def __init__(
        self,
        window: QQuickWindow,
        session: SessionViewModel,
        speech: Speech,
        board: LetterBoard,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window, self._session, self._speech, self._board = window, session, speech, board
        self._typed_into = ""  # the field a keyboard has typed characters into since it took focus
        self._taken: set[int] = set()  # keys pressed that we acted on: their release is ours too
        window.activeFocusItemChanged.connect(self._focus_moved)

    def _focus_moved(self) -> None:
        self._typed_into = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or self._board.typing:
            return False  # (the letter board's own key, on its way to the field, goes through)
        if event.type() is QEvent.Type.KeyRelease and event.key() in self._taken:
            # A key we acted on is ours to its release: half a key press reaching the web page
            # (Enter let go, without the press) made Chromium drop the board's next letters.
            if not event.isAutoRepeat():
                self._taken.discard(event.key())
            return True
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        key = Qt.Key(event.key())
        # On the hand-off the keys are the web page's (its fields, its links), but for ours. Its
        # focused item is QtWebEngine's own: never wrapped for Python (PySide crashes on it).
        on_page = self._session.current_screen is Screen.HANDOFF
        focus = None if on_page else focus_info(self._window)
        in_field = on_page or (focus is not None and focus.field)
        if kind is QEvent.Type.ShortcutOverride:
            # A key we act on never reaches the web page, not even as this question before its
            # press: Chromium, once shown an arrow's override, dropped the keys sent after it.
            return self._decide(key, focus, in_field=in_field, on_page=on_page) is not None
        if in_field and event.text().isprintable() and event.text():
            # A keyboard: Enter keeps its meaning in this field.
            self._typed_into = PAGE if focus is None else focus.name
        action = self._decide(key, focus, in_field=in_field, on_page=on_page)
        if action is None:
            if key in TAB:
                self._board.close()  # and the Tab goes on to move the focus
                if on_page:  # the page's focus moves: say where it went, once it has
                    self._typed_into = ""
                    QTimer.singleShot(PAGE_FOCUS_DELAY_MS, self, self._describe_page)
            return False
        # After this key's delivery: Back from the hand-off deletes the web view the key was
        # going to, and deleting an item inside its own event crashes Qt.
        QTimer.singleShot(0, self, lambda: action(None if on_page else focus_info(self._window)))
        self._taken.add(event.key())
        return True

    def _decide(self, key: Qt.Key, focus: FocusInfo | None, *, in_field: bool, on_page: bool):  # type: ignore[no-untyped-def]
        """What ``key`` does here, or None where it is the field's or the page's own."""
        action = self._action(key, in_field)
        if action is None and self._board.shown:
            action = self._board_action(key)
        elif action is None and on_page:
            action = self._page_action(key)
        elif action is None and focus is not None and in_field:
            action = self._field_action(key, focus)
        return action

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
            return lambda _: self._move(forward=True)
        if key in BACKWARD:
            return lambda _: self._move(forward=False)
        if key in CHOOSE:
            return self._choose
        return None

    def _board_action(self, key: Qt.Key):  # type: ignore[no-untyped-def]
        board = self._board
        moves = {K.Key_Left: (-1, 0), K.Key_Right: (1, 0), K.Key_Up: (0, -1), K.Key_Down: (0, 1)}
        if key in moves:
            across, rows = moves[key]
            return lambda _: board.move(across=across, rows=rows)
        if key in CHOOSE:
            return lambda _: board.press()
        return None

    def _page_action(self, key: Qt.Key):  # type: ignore[no-untyped-def]
        """On DexCare's page: Up and Down move through it as Tab does (but in a list of choices,
        whose arrows are its own); Enter on a field opens the letter board."""
        if key in {K.Key_Down, K.Key_Up} and self._board.page_focus != "choice":
            return lambda _: self._move(forward=key == K.Key_Down)
        if key in CHOOSE and self._board.page_focus == "field" and self._typed_into != PAGE:
            return lambda _: self._board.open_for_page()
        return None

    def _describe_page(self) -> None:
        if self._session.current_screen is Screen.HANDOFF:
            QMetaObject.invokeMethod(self._window, "describePageFocus")

    def _field_action(self, key: Qt.Key, field: FocusInfo):  # type: ignore[no-untyped-def]
        if key in CHOOSE and self._typed_into != field.name:
            return lambda now: self._board.open_for(now) if now is not None and now.field else None
        if key in {K.Key_Down, K.Key_Up} and field.leaves_field(forward=key == K.Key_Down):
            return lambda _: self._move(forward=key == K.Key_Down)
        return None

    def _help(self, _: object) -> None:
        if not self._speech.audioMode and self._speech.available:
            self._speech.listen()  # a blind patient's first key: speech on, the screen read
        else:
            self._session.help.request()

    def _back(self) -> None:
        if self._board.shown:
            self._board.close()
        elif self._session.canGoBack:
            self._session.back()

    def _move(self, *, forward: bool) -> None:
        """What Tab or Shift+Tab does, done by Qt itself."""
        key = Qt.Key.Key_Tab if forward else Qt.Key.Key_Backtab
        mods = Qt.KeyboardModifier.NoModifier if forward else Qt.KeyboardModifier.ShiftModifier
        self._send(key, mods)

    def _choose(self, focus: FocusInfo | None) -> None:
        """Enter on a button presses it (as Space does in Qt Quick Controls)."""
        if focus is not None and focus.button:
            self._send(Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ")

    def _send(self, key: Qt.Key, mods: Qt.KeyboardModifier, text: str = "") -> None:
        """A key press and release to the window, which Qt delivers to the focused item."""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(self._window, QKeyEvent(kind, key, mods, text))
