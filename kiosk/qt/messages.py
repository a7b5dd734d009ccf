"""Qt's own messages go to our logs (named area ``kiosk.qt``, redacted like every other line)."""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("kiosk.qt")

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

# Expected on every start of a headless or GPU-less machine, and our deliberate choice of
# building web profiles in Python (see kiosk.web.session): not worth a warning in the log.
EXPECTED = (
    "Please use WebEngineProfilePrototype",
    "QRhiGles2: Failed to create",
    "Failed to create RHI for backend: OpenGL",
    "GPUInfo not initialized",
)
# Whole areas as above: Qt Multimedia (loaded only to watch for a headset) looks for hardware
# video decoders the kiosk never uses, and says which FFmpeg it found.
EXPECTED_CATEGORIES = ("qt.multimedia.symbolsresolver", "qt.multimedia.ffmpeg")


# A URL in Qt's words (a QML image or request that failed, a page's address): anything but the
# kiosk's own files is cut to its scheme and host, as the web fence logs its refusals. The path
# and query of a URL a page or DexCare chose can carry what a patient typed.
_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s\"'<>]*")
_OWN = ("file", "qrc")


def scheme_and_host(text: str) -> str:
    def cut(m: re.Match[str]) -> str:
        try:
            parts = urlsplit(m.group(0))
            host = parts.hostname or ""
        except ValueError:
            return "<unparseable url>"
        return m.group(0) if parts.scheme.lower() in _OWN else f"{parts.scheme}://{host}"

    return _URL.sub(cut, text)


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = LEVELS.get(kind, logging.WARNING)
    if level >= logging.WARNING and (
        any(e in message for e in EXPECTED) or context.category in EXPECTED_CATEGORIES
    ):
        level = logging.DEBUG
    log.log(level, "%s", scheme_and_host(message))


def route_qt_messages() -> None:
    qInstallMessageHandler(_handle)
