"""Typing without letters on the keys (ADA §707.5, Section 508 §402): a tactile keypad has arrows,
Enter and a few function keys, so a field that needs a name, an address or a date is filled from a
board of letters on the screen, driven by the arrows (``letterBoard`` in QML).

Enter on a text field opens the board under it (a full keyboard's user, who typed into the field,
gets Enter's usual meaning instead). Left and Right move one key, Up and Down a row; each key is
spoken as it is reached; Enter types it. The field keeps the focus all along: a key typed from the
board reaches it as a real key press, so it is shaped, limited and checked exactly as a key from a
keyboard would be. Done, Back or Tab closes the board; so does the focus going anywhere else, a
screen change and the privacy reset.

Which keys the board offers follows the field's keyboard (``inputMethodHints``): digits for dates,
ZIP codes and phone numbers; letters (with Ñ in Spanish), digits and the marks names and addresses
use; ``@`` and the rest of an address for an email. Names start upper case after a space or a
hyphen, emails stay lower case, codes upper case.

On the hand-off the board types into DexCare's page the same way, into the page's focused field
(its kind comes from ``pageFocus``, which Main.qml calls once it has asked the page).

The keys' names are spoken through the speaker too (a board that does not say where you are cannot
be used), and so is each key typed, as confirmation; the field's whole value is read back only
through headphones (kiosk/qt/speech.py). The README says so, and recommends headphones.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtQuick import QQuickWindow

from kiosk.qt.focus import FocusInfo, focus_info
from kiosk.qt.session import SessionViewModel
from kiosk.qt.speech import Speech

log = logging.getLogger("kiosk.keys")

H = Qt.InputMethodHint
DIGIT_HINTS = (
    H.ImhDigitsOnly.value | H.ImhDialableCharactersOnly.value | H.ImhFormattedNumbersOnly.value
)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LETTERS_ES = "ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
DIGITS = "1234567890"
NAME_MARKS = " -'.,#/"
EMAIL_MARKS = "@.-_"
SPACE, DELETE, DONE = " ", "\b", "\n"
PAGE = "@page"  # the board types into the web page's focused field, not one of ours
CAPITAL_AFTER = " -'"
KEY_WIDTH, MIN_COLUMNS, MAX_COLUMNS = 150, 8, 12  # px: 12 columns, 4 rows at 1920 wide


def spoken_name(key: str) -> str:
    """What a key is called aloud and for screen readers."""
    names = {
        SPACE: QCoreApplication.translate("LetterBoard", "Space"),
        DELETE: QCoreApplication.translate("LetterBoard", "Delete"),
        DONE: QCoreApplication.translate("LetterBoard", "Done"),
        "@": QCoreApplication.translate("LetterBoard", "at sign"),
        ".": QCoreApplication.translate("LetterBoard", "period"),
        "-": QCoreApplication.translate("LetterBoard", "hyphen"),
        "'": QCoreApplication.translate("LetterBoard", "apostrophe"),
        ",": QCoreApplication.translate("LetterBoard", "comma"),
        "#": QCoreApplication.translate("LetterBoard", "number sign"),
        "_": QCoreApplication.translate("LetterBoard", "underscore"),
        "/": QCoreApplication.translate("LetterBoard", "slash"),
        "+": QCoreApplication.translate("LetterBoard", "plus"),
    }
    return names.get(key, key)


def label(key: str) -> str:
    """What a key shows."""
    if key in (SPACE, DONE):
        return spoken_name(key)
    return "⌫" if key == DELETE else key


@dataclass(frozen=True)
class Layout:
    keys: tuple[str, ...]
    columns: int
    case: str  # "name" (capital after a space), "sentence", "lower", "upper" or "" (digits)


def layout_for(hints: int, language: str, *, lines: bool = False, columns: int = 10) -> Layout:
    """The board for a field's keyboard hints, in the kiosk's language; ``lines``: a box of
    several lines (the reason), written as sentences rather than names; ``columns``: as many as
    the screen is wide for (the fewer rows, the more of the form stays in sight above)."""
    letters = LETTERS_ES if language == "es" else LETTERS
    if hints & DIGIT_HINTS:
        return Layout((*DIGITS[:9], DIGITS[9], DELETE, DONE), 3, "")
    if hints & H.ImhEmailCharactersOnly.value:
        return Layout((*letters, *EMAIL_MARKS, *DIGITS, DELETE, DONE), columns, "lower")
    case = "upper" if hints & H.ImhPreferUppercase.value else "sentence" if lines else "name"
    return Layout((*letters, SPACE, *NAME_MARKS[1:], *DIGITS, DELETE, DONE), columns, case)


def page_layout(keyboard: str, language: str, columns: int) -> Layout:
    """The board for a field of the web page. Its digits come with the marks a page may want
    between them (its date or phone format is its own: the kiosk never shapes what it types)."""
    if keyboard in ("digits", "phone"):
        marks = ("/", "-") if keyboard == "digits" else ("+", "-", SPACE)
        return Layout((*DIGITS[:9], DIGITS[9], *marks, DELETE, DONE), 3, "")
    hints = H.ImhEmailCharactersOnly.value if keyboard == "email" else 0
    return layout_for(hints, language, lines=keyboard == "lines", columns=columns)


def step(current: int, count: int, columns: int, *, across: int = 0, rows: int = 0) -> int:
    """Where an arrow takes the board: Left and Right along the keys (past the last, the first),
    Up and Down a row, or from a row above a short last row, its last key."""
    if across:
        return (current + across) % count
    target = current + rows * columns
    if 0 <= target < count:
        return target
    if rows > 0 and current // columns < (count - 1) // columns:
        return count - 1
    return current


def typed(key: str, before: str, case: str) -> str:
    """The character a letter key types, given the text before the cursor."""
    if not key.isalpha():
        return key
    starts = not before.strip() or (
        before[-1] in CAPITAL_AFTER if case == "name" else before.rstrip().endswith((".", "?", "!"))
    )
    if case == "upper" or (case in ("name", "sentence") and starts):
        return key.upper()
    return key.lower()


class LetterBoard(QObject):
    """The board's state for QML, and its keys' effects on the focused field."""

    changed = Signal()  # opened, closed, other keys
    currentChanged = Signal()  # the arrows moved (the keys stay: QML keeps its delegates)
    closed = Signal()  # Main.qml says the field again (its value only through headphones)

    def __init__(
        self, session: SessionViewModel, speech: Speech, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session, self._speech = session, speech
        self._window: QQuickWindow | None = None
        self._layout: Layout | None = None
        self._current = 0
        self._field = ""  # the objectName of the field the board types into, or PAGE
        self._page_typed = ""  # what the board typed into the page (the page's text is its own)
        self.typing = False  # a key of the board's on its way: the keypad lets it through
        self.page_focus = ""  # what has the focus in the web page: field, button, link, choice
        self._page_keyboard = "text"
        session.sessionReset.connect(self.close)
        session.screenChanged.connect(self._screen_changed)

    def attach(self, window: QQuickWindow) -> None:
        """The window whose focused field the board types into (it exists after the QML)."""
        self._window = window
        window.activeFocusItemChanged.connect(self._focus_moved)

    # ------------------------------------------------------------------------------ for QML
    @Property(bool, notify=changed)
    def shown(self) -> bool:
        return self._layout is not None

    @Property(list, notify=changed)
    def keys(self) -> list[dict[str, str]]:
        if self._layout is None:
            return []
        return [{"label": label(k), "name": spoken_name(k)} for k in self._layout.keys]

    @Property(int, notify=changed)
    def columns(self) -> int:
        return self._layout.columns if self._layout is not None else 1

    @Property(int, notify=currentChanged)
    def current(self) -> int:
        return self._current

    @Slot(int)
    def tap(self, index: int) -> None:
        """A finger on a key: the same as moving there and pressing Enter."""
        if self._layout is not None and 0 <= index < len(self._layout.keys):
            self._current = index
            self.currentChanged.emit()
            self.press()

    @Slot(str, str)
    def pageFocus(self, kind: str, keyboard: str) -> None:
        """What the web page's focused element is, and for a field the keys it asks for (text,
        lines, email, phone, digits): Main.qml asks the page after a key moved its focus."""
        self.page_focus, self._page_keyboard = kind, keyboard

    @Slot()
    def close(self) -> None:
        if self._layout is None:
            return
        self._layout, self._field = None, ""
        self.changed.emit()
        self.closed.emit()

    # ------------------------------------------------------------------------ for the keypad
    def open_for(self, field: FocusInfo) -> None:
        language = self._session.languages.current
        lines = not field.one_line  # a TextArea, not a TextField
        self._open(
            layout_for(field.hints, language, lines=lines, columns=self._columns()), field.name
        )

    def open_for_page(self) -> None:
        """The web page's focused field, with the keys its ``inputmode`` asks for."""
        self._page_typed = ""
        self._open(page_layout(self._page_keyboard, self._session.languages.current,
                               self._columns()), PAGE)  # fmt: skip

    def _open(self, layout: Layout, field: str) -> None:
        self._layout, self._current, self._field = layout, 0, field
        QGuiApplication.inputMethod().hide()  # the board takes the keyboard's place
        self.changed.emit()
        self.currentChanged.emit()
        self._speech.sayFocus(
            QCoreApplication.translate(
                "LetterBoard",
                "Letter board. Left and right move, up and down change rows, Enter types. %1",
            ).replace("%1", spoken_name(layout.keys[0]))
        )  # fmt: skip

    def _columns(self) -> int:
        width = self._window.width() if self._window is not None else 0
        return max(MIN_COLUMNS, min(MAX_COLUMNS, width // KEY_WIDTH))

    @property
    def on_page(self) -> bool:
        return self._field == PAGE

    def move(self, *, across: int = 0, rows: int = 0) -> None:
        if self._layout is None:
            return
        self._current = step(self._current, len(self._layout.keys), self._layout.columns,
                             across=across, rows=rows)  # fmt: skip
        self.currentChanged.emit()
        self._speech.sayFocus(spoken_name(self._layout.keys[self._current]))

    def arrows_to(self, key: str) -> list[Qt.Key]:
        """The arrow keys that take the board from where it is to ``key``, a row at a time and
        then along it (the tour and the tests press them, as a patient would)."""
        assert self._layout is not None, "the board is closed"
        keys, cols = self._layout.keys, self._layout.columns
        at, target, out = self._current, keys.index(key), []
        while at // cols != target // cols:
            rows = 1 if at // cols < target // cols else -1
            out.append(Qt.Key.Key_Down if rows > 0 else Qt.Key.Key_Up)
            at = step(at, len(keys), cols, rows=rows)
        while at != target:
            across = 1 if at < target else -1
            out.append(Qt.Key.Key_Right if across > 0 else Qt.Key.Key_Left)
            at = step(at, len(keys), cols, across=across)
        return out

    def press(self) -> None:
        """The key the arrows are on, typed as a real key press into the focused field (the
        window delivers it, so the field, ours or the page's, takes it as it takes any key)."""
        layout, window = self._layout, self._window
        if layout is None or window is None:
            return
        key = layout.keys[self._current]
        if key == DONE or not (self.on_page or self._field_has_focus()):
            self.close()
            return
        if key == DELETE:
            event_key, text = Qt.Key.Key_Backspace, ""
            self._page_typed = self._page_typed[:-1]
        else:
            text = typed(key, self._before_cursor(), layout.case)
            event_key = Qt.Key(ord(text.upper()))
            self._page_typed += text
        self.typing = True
        try:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(
                    window, QKeyEvent(kind, event_key, Qt.KeyboardModifier.NoModifier, text)
                )
        finally:
            self.typing = False
        self._speech.sayFocus(spoken_name(key))

    def _field_has_focus(self) -> bool:
        return self._window is not None and focus_info(self._window).name == self._field

    def _before_cursor(self) -> str:
        if self.on_page or self._window is None:
            return self._page_typed
        return focus_info(self._window).before

    # ----------------------------------------------------------------------------- internals
    def _focus_moved(self) -> None:
        if self._layout is not None and not self.on_page and not self._field_has_focus():
            self.close()

    def _screen_changed(self) -> None:
        self.page_focus = ""
        self.close()
