"""The error card over the journey (``session.errorCard`` in QML): what went wrong, in the
patient's words, its support code, and Try again when the failed step can simply run again.

One card for every screen: each kind is worded once (``kiosk.qt.wording.error_words``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.flow.errors import ErrorKind
from kiosk.qt import wording

Retry = Callable[[], None]


class ErrorCard(QObject):
    changed = Signal()

    def __init__(self, where: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._where = where  # where staff are, in the patient's language
        self._kind: ErrorKind | None = None
        self._support_code = ""
        self._retry: Retry | None = None

    @Property(str, notify=changed)
    def kind(self) -> str:
        return self._kind.value if self._kind else ""

    @Property(str, notify=changed)
    def title(self) -> str:
        return wording.error_words(self._kind, self._where()).title if self._kind else ""

    @Property(str, notify=changed)
    def body(self) -> str:
        return wording.error_words(self._kind, self._where()).body if self._kind else ""

    @Property(str, notify=changed)
    def supportCode(self) -> str:
        return self._support_code

    @Property(bool, notify=changed)
    def canRetry(self) -> bool:
        return self._retry is not None

    @Slot()
    def retry(self) -> None:
        again, self._retry = self._retry, None
        self.clear()
        if again is not None:
            again()

    @property
    def current(self) -> ErrorKind | None:
        return self._kind

    def show(self, kind: ErrorKind, support: str = "", *, retry: Retry | None = None) -> None:
        self._kind, self._support_code, self._retry = kind, support, retry
        self.changed.emit()

    def clear(self) -> None:
        if self._kind is not None or self._retry is not None:
            self._kind, self._support_code, self._retry = None, "", None
            self.changed.emit()

    def reword(self) -> None:
        """The language changed: the same error, in the new words."""
        if self._kind is not None:
            self.changed.emit()
