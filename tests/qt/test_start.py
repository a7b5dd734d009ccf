"""The start (kiosk/startup.py): nothing Welcome does not need runs before Welcome's first frame,
and ``kiosk run`` draws Welcome (the boot screen) before it imports the rest of the kiosk."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtQuick import QQuickItem

from kiosk import launch
from kiosk.app import KioskApp
from kiosk.qt import boot as booting
from kiosk.qt.boot import DRAWN_STATUS
from kiosk.qt.driver import Driver
from kiosk.qt.payers import PayerList
from kiosk.qt.speech import Speech
from kiosk.startup import WelcomeLook, read_look, save_look

from .conftest import demo_settings
from .test_speech import FakeDevices

ROOT = Path(__file__).parents[2]


def test_speech_headset_and_payers_wait_for_welcomes_first_frame(
    loop: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    called: dict[str, float] = {}

    def spy(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(self: object, *args: Any, **kwargs: Any) -> Any:
            called.setdefault(name, time.perf_counter())
            return original(self, *args, **kwargs)

        return wrapper

    monkeypatch.setattr(Speech, "prepare", spy("speech engine", Speech.prepare))
    monkeypatch.setattr(PayerList, "start", spy("payers fetch", PayerList.start))
    monkeypatch.setattr(
        KioskApp, "_watch_headsets", spy("headset watcher", KioskApp._watch_headsets)
    )
    monkeypatch.setattr("kiosk.app.platform_devices", FakeDevices)
    kiosk = KioskApp(demo_settings(speech={"headset": True}))
    frames: list[float] = []
    kiosk.window.frameSwapped.connect(lambda: frames.append(time.perf_counter()))
    kiosk.window.resize(1920, 1080)
    kiosk.window.show()
    d = Driver(kiosk.window)
    try:
        d.wait_until(lambda: len(called) == 3, 10, "speech, the headset watcher and the payers")
        assert frames, "no frame drawn"
        early = sorted(name for name, at in called.items() if at < frames[0])
        assert early == [], f"ran before Welcome's first frame: {early}"
        assert kiosk.first_frame.ran[:2] == ["start figures", "systemd ready"]
        d.wait_until(lambda: bool(kiosk.window.property("keyboardLoaded")), 15, "the keyboard")
    finally:
        task = asyncio.ensure_future(kiosk.aclose())
        d.wait_until(task.done, 10, "shutdown")
        d.pump(0.2)


def shown_texts(top: QQuickItem) -> list[str]:
    out, stack = [], [top]
    while stack:
        item = stack.pop()
        if item.isVisible() and item.property("text"):
            out.append(str(item.property("text")))
        stack += item.childItems()
    return out


def test_the_boot_screen_draws_welcome_in_the_last_words(qapp: Any, qtbot: Any) -> None:
    look = WelcomeLook(
        brand="<b>Evergreen</b> Health",  # config text, shown as written, never as markup
        language="es",
        languages=("en", "es"),
        help_location="la recepción",
        training=True,
    )
    boot = booting.Boot(qapp, look, windowed=True)
    try:
        boot.wait_until_drawn(10)
        assert boot.drawn_at is not None
        assert boot.window is not None
        texts = shown_texts(boot.window.contentItem())
        assert "¡Bienvenido! Reserve su visita aquí." in texts
        assert "<b>Evergreen</b> Health" in texts
        assert any("la recepción" in t for t in texts)
        assert "Reservar una visita" in texts
    finally:
        boot.close()
    assert boot.closed
    assert qapp.translate("WelcomeScreen", "Book a visit") == "Book a visit", (
        "the boot screen's translator stayed installed"
    )


def test_the_boot_screen_goes_when_the_kiosks_window_is_drawn(make_kiosk: Any, qapp: Any) -> None:
    boot = booting.Boot(qapp, WelcomeLook(), windowed=True)
    boot.wait_until_drawn(10)
    handed: list[bool] = []
    kiosk, d = make_kiosk()
    boot.hand_over(kiosk.window, lambda: handed.append(True))
    kiosk.window.requestUpdate()
    d.wait_until(lambda: handed == [True], 10, "the hand-over")
    assert boot.closed


def test_the_kiosk_remembers_welcomes_words_for_the_next_boot(
    kiosk: tuple[KioskApp, Driver], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    k, _ = kiosk
    look = k.welcome_look()
    assert look.brand == k.session.brand and look.training
    assert look.kiosk_id == k.settings.kiosk.id  # the journal field of the next "Welcome drawn"
    assert look.languages == tuple(k.languages.available)
    assert save_look(look, tmp_path / "welcome.json")
    assert read_look(tmp_path / "welcome.json") == look


@pytest.mark.parametrize(
    "written",
    [
        b"",
        b"not json",
        b"[]",
        b'{"brand": 7, "language": "fr", "languages": ["fr", 3], "training": "yes"}',
        b'{"brand": "' + b"x" * 20_000 + b'"}',
    ],
)
def test_a_damaged_or_hostile_remembered_look_gives_the_defaults(
    written: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "welcome.json"
    path.write_bytes(written)
    look = read_look(path)
    assert look.language in look.languages
    assert set(look.languages) <= {"en", "es"}
    assert isinstance(look.brand, str) and len(look.brand) <= 200
    assert look.training is False


def test_only_run_on_a_display_draws_the_boot_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert launch.wants_boot([])
    assert launch.wants_boot(["--log-json", "run", "--demo", "--windowed"])
    assert launch.wants_boot(["--config", "run", "run"])  # a config file called "run"
    for args in (["config", "check"], ["tour"], ["run", "--help"], ["--version"], ["demo-server"]):
        assert not launch.wants_boot(args), args
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    assert not launch.wants_boot(["run"]), "no display: `run` walks the tour instead"


def test_kiosk_run_says_welcome_is_drawn_before_it_is_ready(tmp_path: Path) -> None:
    """As systemd hears it: "Welcome drawn" (the boot screen), then READY=1 (the kiosk's own
    window), and the start's phases in the log; SIGTERM then stops it cleanly."""
    address = tmp_path / "notify"
    heard: list[str] = []
    env = {
        **os.environ,
        "NOTIFY_SOCKET": str(address),
        "KIOSK_KIOSK__DATA_DIR": str(tmp_path),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        # Training, with Qt's mock speech engine: no speech-dispatcher left behind by a test.
        "KIOSK_DEMO__ENABLED": "true",
        "KIOSK_SPEECH__ENGINE": "mock",
    }
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as listener:
        listener.bind(str(address))
        listener.settimeout(60)
        proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--log-json", "run", "--windowed"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            while "READY=1" not in heard:
                heard += listener.recv(4096).decode().splitlines()
        finally:
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-2000:]
    assert heard.index(f"STATUS={DRAWN_STATUS}") < heard.index("READY=1")
    said = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    drawn = [s for s in said if s["message"].startswith("Welcome drawn after")]
    assert len(drawn) == 1, "Welcome drawn: said once, with the kiosk's id"
    started = [s for s in said if "kiosk started:" in s["message"]]
    assert len(started) == 1
    for phase in ("welcome drawn", "command line", "settings", "kiosk imports", "QML"):
        assert f"{phase} " in started[0]["message"], phase
    # The words this start showed are there for the next one's boot screen.
    look = read_look(tmp_path / "cache" / "clinic-kiosk" / "welcome.json")
    assert look.training and look.brand
