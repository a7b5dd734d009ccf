"""A kiosk has no use for a clipboard, and a page (or a patient) copying something puts it where
the next patient could paste it: whatever is written is wiped at once, so a page copying on a
timer after "Start over" never gets its text back on the clipboard (the reset clears it too)."""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication


def keep_clipboard_empty(app: QGuiApplication) -> QClipboard:
    clipboard = app.clipboard()
    if app.property("kioskClipboardGuard"):
        return clipboard  # once per application, however many kiosks it has seen (tests)
    app.setProperty("kioskClipboardGuard", True)

    def wipe() -> None:
        data = clipboard.mimeData()
        if data is not None and data.formats():
            clipboard.clear()

    clipboard.dataChanged.connect(wipe)
    return clipboard
