"""The running kiosk speaks systemd: READY once Welcome is drawn, WATCHDOG beats from the GUI
thread that stop while it is blocked, the state in words, STOPPING at the end."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from datetime import time as clock_time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import KioskApp
from kiosk.flow.upkeep import Reason, RestartPolicy
from kiosk.qt.driver import Driver
from kiosk.qt.upkeep import Upkeep


class Listener:
    """The unit's notify socket: every datagram with the time it came."""

    def __init__(self, path: Path) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(0.1)
        self.got: list[tuple[float, dict[str, str]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096).decode()
            except TimeoutError:
                continue
            self.got.append((time.monotonic(), dict(x.split("=", 1) for x in data.splitlines())))

    def with_key(self, key: str) -> list[tuple[float, dict[str, str]]]:
        return [(t, m) for t, m in self.got if key in m]

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Listener]:
    path = tmp_path / "notify"
    heard = Listener(path)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.setenv("WATCHDOG_USEC", "400000")  # WatchdogSec=0.4: beats every 200 ms
    yield heard
    heard.close()


def test_ready_beats_state_and_stopping(listener: Listener, make_kiosk: Any) -> None:
    k, d = make_kiosk()
    d.wait_until(lambda: bool(listener.with_key("READY")), 5, "READY=1")
    ((_, ready),) = listener.with_key("READY")
    assert ready["STATUS"] == "ready, waiting for a patient (training)"
    d.wait_until(lambda: len(listener.with_key("WATCHDOG")) >= 3, 5, "watchdog beats")
    d.tap("bookButton")
    d.wait_until(lambda: any(m.get("STATUS") == "with a patient (training)"
                             for _, m in listener.got), 5, "the state in words")  # fmt: skip
    # A hung GUI thread: no beat while it is blocked, so systemd would restart the unit.
    blocked_at = time.monotonic()
    time.sleep(1.2)
    unblocked_at = time.monotonic()
    d.pump(0.6)
    during = [t for t, _ in listener.with_key("WATCHDOG") if blocked_at + 0.05 < t < unblocked_at]
    assert during == []
    assert any(t > unblocked_at for t, _ in listener.with_key("WATCHDOG"))  # and back after
    closing = asyncio.ensure_future(k.aclose())
    d.wait_until(closing.done, 10, "shutdown")
    assert listener.with_key("STOPPING")
    said = {m["STATUS"] for _, m in listener.with_key("STATUS")}
    known = {"ready, waiting for a patient", "with a patient", "staff panel open", "out of service"}
    assert said <= {f"{w} (training)" for w in known} | {"stopping"}  # words, never a person


def test_outside_systemd_the_kiosk_sends_nothing(kiosk: tuple[KioskApp, Driver]) -> None:
    k, _ = kiosk
    assert not k.supervisor.beats.isActive()
    assert k.upkeep is None  # nothing would start it again: it never ends itself


def test_daily_restart_waits_for_a_quiet_welcome(listener: Listener, make_kiosk: Any) -> None:
    """Under systemd the kiosk checks once a minute whether to make way for a fresh process, by
    the defaults (03:30, 1 GiB); a restart that is due waits while a patient is there and for a
    quiet spell on Welcome, then asks once (``kiosk run`` stops on it and systemd restarts)."""
    k, d = make_kiosk()
    assert k.upkeep is not None
    assert k.upkeep.timer.isActive() and k.upkeep.timer.interval() == 60_000
    assert k.upkeep.policy == RestartPolicy(at=clock_time(3, 30), above_mib=1024)
    assert k.upkeep.check() is None  # a process started just now is not due
    # The same watcher on the kiosk's session and idle watch, with a one-second quiet, and a clock
    # that moves a day on.
    now = [k.upkeep.started]
    upkeep = Upkeep(RestartPolicy(quiet_seconds=1), k.session, k.idle, clock=lambda: now[0],
                    rss_mib=lambda: 300.0, parent=k.window)  # fmt: skip
    now[0] += timedelta(days=1)
    asked: list[str] = []
    upkeep.restartRequested.connect(asked.append)
    d.tap("bookButton")  # a patient
    d.pump(1.2)
    assert upkeep.check() is None and asked == []  # never in front of anyone
    d.tap("startOverButton")
    d.wait_until(lambda: d.exists("bookButton"), 5, "Welcome")
    assert upkeep.check() is None  # just touched
    d.pump(1.2)
    assert upkeep.check() is Reason.DAILY
    assert asked == ["daily"] and not upkeep.timer.isActive()
