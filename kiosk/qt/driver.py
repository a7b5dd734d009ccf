"""Drives the real QML by objectName, as a person would: taps, typing, waiting, screenshots.

Used by ``kiosk tour``, ``kiosk bench`` and the end-to-end tests. It waits by pumping the Qt event
loop (which also runs qasync's asyncio tasks), so it works from plain synchronous code.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QPoint, Qt
from PySide6.QtQml import QJSValue
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTest import QTest


class DriverError(AssertionError):
    pass


class Driver:
    def __init__(self, window: QQuickWindow) -> None:
        self.window = window

    # ----------------------------------------------------------------------------- finding
    def probe(self, name: str) -> dict[str, Any]:
        """Where the visible item ``name`` is, asked of QML (see ``probe`` in Main.qml)."""
        answer = QMetaObject.invokeMethod(
            self.window, "probe", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", name)
        )
        value: Any = answer.toVariant() if isinstance(answer, QJSValue) else answer
        return dict(value) if value else {"found": False}

    def all_text(self) -> str:
        """Every text in the scene (see ``allText`` in Main.qml)."""
        answer = QMetaObject.invokeMethod(self.window, "allText", Q_RETURN_ARG("QVariant"))
        value: Any = answer.toVariant() if isinstance(answer, QJSValue) else answer
        return str(value or "")

    def formats_showing(self, part: str) -> list[int]:
        """The textFormat of every visible text holding ``part`` (-1: a field, always plain)."""
        answer = QMetaObject.invokeMethod(
            self.window, "formatsShowing", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", part)
        )
        value: Any = answer.toVariant() if isinstance(answer, QJSValue) else answer
        return [int(v) for v in value or []]

    def narration(self, *, privately: bool = False) -> list[str]:
        """What speech says of the screen as it is now (``narration`` in Main.qml)."""
        answer = QMetaObject.invokeMethod(
            self.window, "narration", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", privately)
        )
        value: Any = answer.toVariant() if isinstance(answer, QJSValue) else answer
        return [str(line) for line in value or []]

    def exists(self, name: str) -> bool:
        return bool(self.probe(name).get("found"))

    def item(self, name: str, timeout: float = 5.0) -> dict[str, Any]:
        """The visible item, once its place on screen has settled (layouts polish a frame late)."""
        self.wait_until(lambda: self.exists(name), timeout, f"{name} to be visible")
        last: dict[str, Any] = {}
        deadline = time.monotonic() + timeout
        while True:
            now = self.probe(name)
            if now == last and now.get("found"):
                return now
            if time.monotonic() > deadline:
                raise DriverError(f"{name} did not settle")
            last = now
            self.pump(0.04)

    def text(self, name: str) -> str:
        return str(self.item(name)["text"])

    # ----------------------------------------------------------------------------- acting
    def reveal(self, name: str) -> None:
        """Scroll ``name`` into view in its scrolling page, if it has one."""
        QMetaObject.invokeMethod(
            self.window, "reveal", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", name)
        )

    def tap(self, name: str, timeout: float = 5.0) -> None:
        self.wait_until(lambda: self.exists(name), timeout, f"{name} to be visible")
        self.reveal(name)
        found = self.item(name, timeout)
        self.tap_at(QPoint(round(found["x"]), round(found["y"])))

    def hold(self, name: str, seconds: float) -> None:
        """Press ``name`` and keep the finger down for ``seconds``, then lift it."""
        found = self.item(name)
        point = QPoint(round(found["x"]), round(found["y"]))
        QTest.mousePress(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )
        self.pump(seconds)
        QTest.mouseRelease(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )
        self.pump(0.05)

    def tap_at(self, point: QPoint) -> None:
        QTest.mouseClick(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )
        self.pump(0.03)

    def type_text(self, text: str) -> None:
        """Type into whatever has focus (a field of ours, or of the web page), key by key."""
        for ch in text:
            code = (
                ord(ch.upper()) if ch.isascii() and ch.isprintable() else Qt.Key.Key_unknown.value
            )
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, self.window, Qt.Key(code), ch, Qt.KeyboardModifier.NoModifier
            )
        self.pump(0.05)

    def clear_field(self, name: str) -> None:
        """Empty one of our fields as a patient would: tap it, select all, delete."""
        self.tap(name)
        QTest.keyClick(self.window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(self.window, Qt.Key.Key_Backspace)
        self.pump(0.05)

    # ----------------------------------------------------------------------------- waiting
    def pump(self, seconds: float) -> None:
        QTest.qWait(int(seconds * 1000))

    def wait_until(
        self, condition: Callable[[], bool], timeout: float = 10.0, what: str = "a condition"
    ) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise DriverError(f"timed out waiting for {what}")
            QTest.qWait(20)

    # ----------------------------------------------------------------------------- web page
    def page_property(self, name: str) -> Any:
        """A property of the web view (title, url, renderProcessPid), asked of QML as a plain
        value: a Python wrapper of a QML item is kept by PySide for good, even after the item
        is gone (one per hand-off page, and a stale wrapper for a reused address). None when
        there is no web view."""
        answer = QMetaObject.invokeMethod(
            self.window, "pageProperty", Q_RETURN_ARG("QVariant"), Q_ARG("QVariant", name)
        )
        return answer.toVariant() if isinstance(answer, QJSValue) else answer

    def js(self, script: str, timeout: float = 10.0) -> object:
        """Run ``script`` (an expression) in the page and return its JSON value.

        The result travels back through ``document.title``, the one channel a QML view exposes
        without a JavaScript callback. A script sent while a page loads is lost with the old
        document, so it is sent again until it answers (use it for idempotent scripts)."""
        self.item("webView", timeout)
        token = uuid.uuid4().hex
        wrapped = (
            "(async () => { let v; try { v = await (async () => (" + script + "))(); }"
            " catch (e) { v = {error: String(e)}; }"
            f" document.title = '{token}' + JSON.stringify(v === undefined ? null : v); }})()"
        )
        deadline = time.monotonic() + timeout

        title = [""]  # read once: the script may itself navigate the page away

        def answered() -> bool:
            title[0] = str(self.page_property("title"))
            return title[0].startswith(token)

        while not answered():
            QMetaObject.invokeMethod(self.window, "runInPage", Q_ARG("QVariant", wrapped))
            try:
                self.wait_until(
                    answered, min(2.0, max(0.1, deadline - time.monotonic())), "the page's answer"
                )
            except DriverError:
                if time.monotonic() > deadline:
                    raise
        return json.loads(title[0][len(token) :])

    def web_url(self) -> str:
        return str(self.page_property("url"))

    def tap_in_page(self, selector: str, timeout: float = 10.0) -> None:
        """Tap the middle of an element of the page, like a finger would, once the page has
        stopped moving (the keyboard opening or closing resizes it)."""
        script = (
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " if (!e) return null; e.scrollIntoView({block: 'center'});"
            " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2, innerWidth, innerHeight]; })()"
        )
        deadline = time.monotonic() + timeout
        before: object = None
        while True:
            box = self.js(script)
            view = self.probe("webView")
            here = (box, view.get("width"), view.get("height"))
            if box is not None and here == before:
                break
            if time.monotonic() > deadline:
                raise DriverError(f"{selector} did not settle in the page")
            before = here
            self.pump(0.15)
        assert isinstance(box, list)
        left, top = view["x"] - view["width"] / 2, view["y"] - view["height"] / 2
        self.tap_at(QPoint(round(left + float(box[0])), round(top + float(box[1]))))

    def tap_in_page_until(
        self, selector: str, condition: Callable[[], bool], what: str, attempts: int = 3
    ) -> None:
        """Tap, and tap again (as a person would) if nothing happened: the first tap after the
        page resized is occasionally taken as focusing the view rather than as a click."""
        for attempt in range(attempts):
            if self.exists("webView"):
                self.tap_in_page(selector)
            try:
                self.wait_until(condition, 4.0 if attempt < attempts - 1 else 15.0, what)
                return
            except DriverError:
                if attempt == attempts - 1:
                    raise

    # ----------------------------------------------------------------------------- seeing
    def screenshot(self, path: Path) -> Path:
        self.pump(0.08)  # a frame grabbed right at loadFinished can be blank
        image = self.window.grabWindow()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):
            raise DriverError(f"could not save {path}")
        return path
