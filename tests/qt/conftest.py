"""Qt fixtures: one application and one qasync loop for the whole run (stopping a qasync loop
quits the application, after which every later wait returns at once), and a fresh demo kiosk per
test, driven through the real QML."""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QObject
from PySide6.QtWebEngineQuick import QtWebEngineQuick
from PySide6.QtWidgets import QApplication

from kiosk.app import KioskApp, prepare_qt_environment
from kiosk.qt.driver import Driver
from kiosk.settings import Settings, load_settings
from kiosk.tour import to_times, wait_for_booking_page
from kiosk.web.network import DEMO_HOSTS
from tests.qt.recorder import RECORDER_HOST, Recorder

# The booking journal of every kiosk under test goes to a throwaway folder, never the user's.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="kiosk-tests-state-")
prepare_qt_environment(headless=True, web_hosts=DEMO_HOSTS)
QtWebEngineQuick.initialize()  # before pytest-qt creates the application


@pytest.fixture(scope="session")
def session_loop(qapp: QApplication) -> qasync.QEventLoop:
    return qasync.QEventLoop(qapp, already_running=True)


@pytest.fixture
def loop(session_loop: qasync.QEventLoop) -> Iterator[qasync.QEventLoop]:
    """The Qt loop is asyncio's running loop for the test, and for nothing after it."""
    asyncio.set_event_loop(session_loop)
    asyncio.events._set_running_loop(session_loop)
    yield session_loop
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


def demo_settings(**sections: dict[str, Any]) -> Settings:
    base = load_settings(None, environ={})
    update = {"demo": base.demo.model_copy(update={"enabled": True}),
              # Qt's mock engine: says nothing aloud, and tests see what it was asked to say.
              "speech": base.speech.model_copy(update={"engine": "mock", "headset": False})}  # fmt: skip
    # Each kiosk keeps its own booking journal, in a throwaway folder.
    sections = {**sections, "kiosk": {"data_dir": Path(tempfile.mkdtemp(prefix="kiosk-data-")),
                                      **sections.get("kiosk", {})}}  # fmt: skip
    for name, values in sections.items():
        update[name] = getattr(base, name).model_copy(update=values)
    return base.model_copy(update=update)


@pytest.fixture
def make_kiosk(loop: qasync.QEventLoop, qtbot: Any) -> Iterator[Any]:
    built: list[tuple[KioskApp, Driver]] = []

    def make(settings: Settings | None = None, **parts: Any) -> tuple[KioskApp, Driver]:
        kiosk = KioskApp(settings or demo_settings(), **parts)
        kiosk.window.resize(1920, 1080)
        kiosk.window.show()
        driver = Driver(kiosk.window)
        driver.wait_until(lambda: driver.exists("bookButton"), 10, "Welcome")
        # The keyboard's QML compiles on QML's loader thread after the first frame, and a warning
        # it prints there while pytest-qt swaps its message handler between tests crashed the run
        # (SIGSEGV in PySide's handler, called with none installed: a core showed it).
        driver.wait_until(lambda: bool(kiosk.window.property("keyboardLoaded")), 15, "the keyboard")
        driver.wait_until(lambda: kiosk.speech.prepared, 10, "speech (after the first frame)")
        built.append((kiosk, driver))
        return kiosk, driver

    yield make
    for kiosk, driver in built:
        task = asyncio.ensure_future(kiosk.aclose())
        driver.wait_until(task.done, 10, "shutdown")
        driver.pump(0.2)


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    """Counts every connection and datagram to another loopback address (must stay empty)."""
    try:
        rec = Recorder()
    except OSError as error:
        pytest.skip(f"cannot listen on {RECORDER_HOST}: {error}")
    yield rec
    rec.stop()


@pytest.fixture
def kiosk(make_kiosk: Any) -> tuple[KioskApp, Driver]:
    return make_kiosk()  # type: ignore[no-any-return]


def to_page(k: KioskApp, d: Driver) -> None:
    to_times(k, d)
    d.tap("time_0_0")
    d.wait_until(lambda: d.exists("webView"), 10, "the web view")
    wait_for_booking_page(d)


VIEW_MODELS = ("session", "walk_in", "providers", "form", "booking", "staff")


def view_model_state(k: KioskApp) -> str:
    """Every property every view-model offers QML, as text (what a privacy test searches)."""
    out = []
    for name in VIEW_MODELS:
        vm = getattr(k, name)
        meta = vm.metaObject()
        # From QObject's own properties on: propertyOffset() is the count itself on an object
        # PySide gave a meta-object of its own (one of its methods connected to a signal).
        first = QObject.staticMetaObject.propertyCount()
        assert meta.propertyCount() > first, (
            f"{name} shows no properties: the search would be empty"
        )
        for i in range(first, meta.propertyCount()):
            prop = meta.property(i).name()
            out.append(f"{name}.{prop}={vm.property(prop)!r}")
    return "\n".join(out)


def all_times(days: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every time of a times view-model's ``days``, whatever its part of the day."""
    return [t for day in days for part in day["parts"] for t in part["times"]]
