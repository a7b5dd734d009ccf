"""What has the keyboard focus in the kiosk's window, asked of QML as plain values.

Python never holds a wrapper of a QML item: PySide keeps every such wrapper for good, referenced
from its parent's, even after QML has destroyed the item (``kiosk soak`` counted five a patient
through the test driver alone), and a wrapper kept for an address QML later reuses comes back as
the wrong object. So the keypad and the letter board ask ``focusInfo()`` in Main.qml, and act
through key events sent to the window, which Qt delivers to the focused item.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Q_RETURN_ARG, QMetaObject
from PySide6.QtQml import QJSValue
from PySide6.QtQuick import QQuickWindow


@dataclass(frozen=True)
class FocusInfo:
    name: str = ""  # objectName
    field: bool = False  # a text field or box: typing goes to it
    one_line: bool = False  # a TextField (a TextArea has lines)
    button: bool = False
    hints: int = 0  # inputMethodHints
    cursor: int = 0
    length: int = 0
    before: str = ""  # a field's text before the cursor (kept in memory only, never logged)

    def leaves_field(self, *, forward: bool) -> bool:
        """Up or Down takes the focus out of this field: always from one line; from a box of
        several, only past its first or last character."""
        if self.one_line:
            return True
        return self.cursor >= self.length if forward else self.cursor == 0


def focus_info(window: QQuickWindow) -> FocusInfo:
    answer = QMetaObject.invokeMethod(window, "focusInfo", Q_RETURN_ARG("QVariant"))
    value: Any = answer.toVariant() if isinstance(answer, QJSValue) else answer
    if not value:
        return FocusInfo()
    return FocusInfo(
        name=str(value.get("name") or ""),
        field=bool(value.get("field")),
        one_line=bool(value.get("oneLine")),
        button=bool(value.get("button")),
        hints=int(value.get("hints") or 0),
        cursor=int(value.get("cursor") or 0),
        length=int(value.get("length") or 0),
        before=str(value.get("before") or ""),
    )
