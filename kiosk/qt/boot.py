"""The boot screen: Welcome drawn before the kiosk is imported (the first stage of the start,
kiosk/startup.py). Only Qt, the standard library and the kiosk's smallest modules load here."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTranslator, QUrl, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtWebEngineQuick import QtWebEngineQuick

from kiosk import __version__
from kiosk.paths import TRANSLATIONS, UI
from kiosk.qt.qmlnet import fence_engine
from kiosk.startup import StartClock, WelcomeLook, prepare_gui_environment, read_look
from kiosk.systemd import Notifier

DRAWN_STATUS = "starting: Welcome drawn"


def application() -> QGuiApplication:
    """The one application of the process: made here when the boot screen runs, else by
    kiosk/app.py's ``run``."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("clinic-kiosk")
    app.setApplicationVersion(__version__)
    return app


def start(*, windowed: bool, look: WelcomeLook | None = None, wait_s: float = 5.0) -> Boot:
    """The application, and Welcome drawn (waiting at most ``wait_s`` for the first frame)."""
    prepare_gui_environment()
    QtWebEngineQuick.initialize()  # before the application exists, as QtWebEngine asks
    boot = Boot(application(), look or read_look(), windowed=windowed)
    boot.wait_until_drawn(wait_s)
    return boot


class Boot(QObject):
    def __init__(self, app: QGuiApplication, look: WelcomeLook, *, windowed: bool) -> None:
        super().__init__(app)
        self.app = app
        self.clock = StartClock()
        self.look = look
        self.drawn_at: float | None = None
        self._after: list[Callable[[], None]] = []
        self._successor: QQuickWindow | None = None
        self._translator: QTranslator | None = QTranslator(self)
        if self._translator.load(str(TRANSLATIONS / f"kiosk_{look.language}.qm")):
            app.installTranslator(self._translator)
        else:
            self._translator = None
        self.engine: QQmlApplicationEngine | None = QQmlApplicationEngine(self)
        fence_engine(self.engine)  # local files only, as the kiosk's own engine
        self.engine.setInitialProperties({
            "brand": look.brand, "helpLocation": look.help_location, "language": look.language,
            "languages": list(look.languages), "training": look.training,
            "fullScreen": not windowed,
        })  # fmt: skip
        self.engine.load(QUrl.fromLocalFile(str(UI / "Boot.qml")))
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("the boot screen did not load; see the log")
        self.window: QQuickWindow | None = roots[0]
        # Shown by Boot.qml itself (full screen and frameless, as the kiosk's window): Python's
        # Qt enums cost ~40 ms to make, and nothing here needs them.
        self.window.frameSwapped.connect(self._drawn)  # a slot of ours: on the GUI thread

    def wait_until_drawn(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while self.drawn_at is None and time.monotonic() < deadline:
            self.app.processEvents()
            if self.drawn_at is None:
                time.sleep(0.001)

    @Slot()
    def _drawn(self) -> None:
        if self.drawn_at is not None or self.window is None:
            return  # queued: a second frame's call may follow the first
        self.window.frameSwapped.disconnect(self._drawn)
        self.clock.mark("welcome drawn")
        self.drawn_at = time.perf_counter()
        notifier = Notifier()
        notifier.status(DRAWN_STATUS)
        notifier.close()

    def hand_over(self, window: QQuickWindow, then: Callable[[], None] | None = None) -> None:
        """Close the boot screen once ``window`` (the kiosk's own) has drawn its first frame,
        then call ``then``."""
        if then is not None:
            self._after.append(then)
        self._successor = window
        window.frameSwapped.connect(self._handed)

    @Slot()
    def _handed(self) -> None:
        if self._successor is None:
            return
        self._successor.frameSwapped.disconnect(self._handed)
        self._successor = None
        self.close()
        after, self._after = self._after, []
        for then in after:
            then()

    def close(self) -> None:
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        if self.window is not None:
            self.window.close()
            self.window = None
        if self.engine is not None:
            self.engine.deleteLater()  # the boot window with it
            self.engine = None

    @property
    def closed(self) -> bool:
        return self.window is None
