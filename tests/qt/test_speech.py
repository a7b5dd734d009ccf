"""Speech output through the real QML with Qt's mock engine, in the speech helper process as on a
kiosk: what each screen says matches what it shows, in English and Spanish; typed values are never
spoken through the speaker; Repeat, Pause, Softer and Louder work; the privacy reset silences it
and puts the volume back. The helper: a dead one takes "Listen" away, close() leaves no process,
"Listen" to the first word is measured, and no text it is given reaches a log or its stderr."""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

import pytest
from PySide6.QtCore import QObject, Signal

from kiosk.app import KioskApp
from kiosk.qt.driver import Driver
from kiosk.qt.headset import Headset, is_headset, platform_devices
from kiosk.qt.speech import HELPER, Speech
from kiosk.tour import PATIENT, to_provider_times, to_review

FRAMES = re.compile(r"^(.*?)(, button|, botón|, field.*|, campo.*)$")


def listen(k: KioskApp, d: Driver) -> None:
    d.tap("listenButton")
    d.wait_until(lambda: k.speech.audioMode and len(k.speech.spoken) > 2, 5, "speech")


def said_now(k: KioskApp) -> list[str]:
    return list(k.speech._last)  # the screen's narration (what Repeat says again)


def shown(d: Driver) -> str:
    return d.all_text()


def check_matches_screen(k: KioskApp, d: Driver) -> list[str]:
    """Every spoken line is on the screen (a button's or a field's words, framed as such)."""
    said = said_now(k)
    assert said, "the screen said nothing"
    text = shown(d)
    for line in said:
        m = FRAMES.match(line)
        core = m.group(1) if m else line
        if core.startswith(("A list of", "Una lista de", "Below is", "Abajo está")):
            continue
        assert core.split(". ")[0] in text, f"spoken but not shown: {line!r}"
    return said


QML = "\n".join(p.read_text() for p in (Path(__file__).parents[2] / "ui").rglob("*.qml"))
TITLES = sorted(set(re.findall(r'(?:objectName|titleName): "(\w+Title(?:_0)?)"', QML)))
OVERLAYS = ("apologyOverlay", "idleOverlay", "pinPad", "exitConfirm", "jsDialog", "helpOverlay",
            "errorOverlay", "picker")  # fmt: skip
TYPED = ("Lopez", "12 Cedar St", "123456", "2065550100")  # what the walks below type


def check_screen_speech(d: Driver, screen: str, english: set[str], language: str) -> None:
    """What speech says of this screen is what it shows, in its language, and nothing typed."""
    said = d.narration()
    assert said, f"nothing said on {screen}"
    shown_text = d.all_text()
    for line in said:
        m = FRAMES.match(line)
        core = (m.group(1) if m else line).split(". ")[0]
        if core.startswith(("A list of", "Una lista de", "Below is", "Abajo está")):
            continue
        assert core in shown_text, f"{screen}: spoken but not shown: {line!r}"
        assert not set(line) & set("●○▼⌫✓"), f"{screen}: a symbol read as its name: {line!r}"
        assert not any(value in line for value in TYPED), f"{screen}: {line!r} through the speaker"
        if language == "es":
            assert line not in english and not line.endswith((", button", ", field, empty")), (
                f"English in the Spanish speech of {screen}: {line!r}"
            )
    if any(d.exists(name) for name in OVERLAYS):
        return  # read instead of the screen under it, whose title it covers
    titles = [d.text(name) for name in TITLES if d.exists(name) and d.text(name)]
    if titles:
        assert any(title in said for title in titles), f"{screen}: none of {titles} said"


@pytest.mark.parametrize("walk_name", ["walk", "walk_provider", "walk_staff"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_screen_says_what_it_shows(
    kiosk: tuple[KioskApp, Driver], language: str, walk_name: str
) -> None:
    """Each screen of the accessibility audit's walks (every screen and overlay of both
    journeys and the staff side), in both languages, through the speaker."""
    from tests.qt import test_accessibility as audit

    k, d = kiosk
    if language == "es":
        d.tap("languageButton")
    english = audit.english_sources()
    screens = []
    for screen in getattr(audit, walk_name)(k, d):
        check_screen_speech(d, screen, english, language)
        screens.append(screen)
        if screen == "review":
            private = "\n".join(d.narration(privately=True))
            assert "Lopez" in private, "through headphones the details are read back"
    assert len(screens) >= 3


def test_welcome_offers_listen_and_speaks_the_screen(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    assert not k.speech.audioMode and k.speech.spoken == []
    listen(k, d)
    said = check_matches_screen(k, d)
    assert "Welcome! Book your visit here." in said
    assert "Book a visit, button" in said
    assert not d.exists("listenButton"), "already listening"
    assert d.exists("listeningMark") and d.exists("repeatButton")


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_step_of_a_provider_booking_is_spoken(
    kiosk: tuple[KioskApp, Driver], language: str
) -> None:
    k, d = kiosk
    if language == "es":
        d.tap("languageButton")  # English <-> Spanish
    listen(k, d)
    to_provider_times(k, d)
    said = check_matches_screen(k, d)
    assert any(s.startswith(k.session.stepText) for s in said) or k.session.stepText in said
    to_review(k, d, patient=PATIENT)
    said = check_matches_screen(k, d)
    spoken_text = "\n".join(k.speech.spoken)
    for value in ("Ana", "Lopez", "ana@example.com", "12 Cedar St", "2065550100"):
        assert value not in spoken_text, f"{value} spoken through the speaker"
    if language == "es":
        assert "Reserve esta cita, botón" in said or any("botón" in s for s in said)
        assert all(", button" not in s for s in said), "English left in the Spanish speech"


def test_through_headphones_typed_values_are_read_back(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    k.speech.start(private=True)
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT)
    d.pump(0.3)
    assert any("Ana" in s for s in said_now(k)), said_now(k)
    assert d.text("listeningMark") == "Listening (headphones)"


def test_repeat_pause_volume_and_the_reset(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    listen(k, d)
    screen = said_now(k)
    d.tap("repeatButton")
    assert k.speech.spoken[-len(screen) :] == screen, "Repeat says the whole screen again"
    d.tap("pauseButton")
    assert k.speech.paused and d.text("pauseButton") == "Resume"
    d.tap("pauseButton")
    assert not k.speech.paused
    start = k.speech.volume
    d.tap("louderButton")
    d.tap("louderButton")
    assert k.speech.volume == pytest.approx(min(1.0, start + 0.2))
    for _ in range(12):
        d.tap("softerButton")
    assert k.speech.volume == pytest.approx(0.1), "never silent: softer stops at 10 %"
    k.session.startOver()
    d.wait_until(lambda: d.exists("bookButton"), 5, "Welcome")
    assert not k.speech.audioMode and k.speech.spoken == []
    assert k.speech.volume == pytest.approx(0.7), "the next patient starts at the set volume"
    assert d.exists("listenButton") and not d.exists("speechBar")


def test_focus_is_spoken_as_it_moves(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    listen(k, d)
    before = len(k.speech.spoken)
    d.window.contentItem().forceActiveFocus()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(d.window, Qt.Key.Key_Tab)
    d.pump(0.2)
    new = k.speech.spoken[before:]
    assert new and new[-1].endswith(", button"), new


def test_problems_are_spoken_with_their_fields(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    listen(k, d)
    to_provider_times(k, d)
    d.tap("time_0_0")
    d.tap("forMeButton")
    d.wait_until(lambda: d.exists("field_patient.firstName"), 5, "the patient's details")
    d.tap("nextButton")
    d.wait_until(lambda: said_now(k) and "to fix" in said_now(k)[0], 5, "the problems spoken")
    said = said_now(k)
    count = len(k.form.problems)
    assert said[0] == f"{count} answers to fix."
    problem = next(iter(k.form.problems.values()))
    assert any(problem in s for s in said), (problem, said)


def test_the_voice_follows_the_language() -> None:
    from kiosk.qt.speech import pick_locale

    espeak = ["en_GB", "en_US", "es_ES", "es_419", "fi_FI"]  # as speechd with espeak-ng lists them
    assert pick_locale("es", espeak) == "es_419", "Latin American Spanish first"
    assert pick_locale("es", ["en_US", "es_ES"]) == "es_ES"
    assert pick_locale("en", espeak) == "en_US"
    assert pick_locale("es", ["en_GB", "en_US"]) is None  # said in the log, never guessed


class FakeOutput:
    def __init__(self, name: str) -> None:
        self.name = name

    def description(self) -> str:
        return self.name


class FakeDevices(QObject):
    """QMediaDevices as the platform would report a USB headset coming and going."""

    audioOutputsChanged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.outputs = [FakeOutput("Built-in Audio Analog Stereo"), FakeOutput("HDMI Audio")]

    def audioOutputs(self) -> list[FakeOutput]:
        return self.outputs

    def plug(self, name: str) -> None:
        self.outputs.append(FakeOutput(name))
        self.audioOutputsChanged.emit()

    def unplug(self, name: str) -> None:
        self.outputs = [o for o in self.outputs if o.name != name]
        self.audioOutputsChanged.emit()


def test_a_headset_plugged_in_starts_private_listening(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    devices = FakeDevices()
    headset = Headset(k.speech, devices)  # type: ignore[arg-type]
    try:
        assert not k.speech.audioMode, "a speaker bar or HDMI is not a headset"
        to_provider_times(k, d)
        to_review(k, d, patient=PATIENT)
        devices.plug("Jabra EVOLVE 20 USB Headset Analog Stereo")
        d.wait_until(lambda: k.speech.audioMode and k.speech.privateListening, 5, "private")
        d.pump(0.3)
        assert any("Ana" in s for s in said_now(k)), "typed values read back privately"
        devices.unplug("Jabra EVOLVE 20 USB Headset Analog Stereo")
        assert k.speech.audioMode and not k.speech.privateListening
        assert said_now(k)[0].startswith("Headphones unplugged")
        before = len(k.speech.spoken)
        k.speech.repeat()  # the screen again: the screen again, through the speaker now
        d.pump(0.3)
        assert len(k.speech.spoken) > before
        assert not any("Ana" in s for s in k.speech.spoken[before:])
        # Plugged in before the patient came: Listen is private from the start.
        devices.plug("USB Audio Device")
        k.session.startOver()
        d.wait_until(lambda: d.exists("listenButton"), 5, "Welcome")
        assert not k.speech.audioMode
        listen(k, d)
        assert k.speech.privateListening
    finally:
        devices.audioOutputsChanged.disconnect()
        headset.deleteLater()


def test_headset_names() -> None:
    for name in ["USB Audio Device", "Logitech Headset H390", "Auriculares", "Headphones"]:
        assert is_headset(name), name
    for name in ["Built-in Audio Analog Stereo", "HDMI / DisplayPort 2 Output", "Speaker",
                 "USB Speaker Analog Stereo", "Altavoz USB", "LG Monitor (HDMI)"]:  # fmt: skip
        assert not is_headset(name), name


@pytest.mark.qt_log_ignore(r"Couldn.t (load|resolve) va", "PulseAudioService", "FFmpeg")
def test_the_platform_device_list_loads() -> None:
    """Qt Multimedia's list (empty here: no sound server) is what the kiosk watches."""
    devices = platform_devices()
    assert isinstance(devices.audioOutputs(), list)


# ------------------------------------------------------------------------------ the helper
def helper_children() -> list[int]:
    """This process's child processes that are speech helpers."""
    pids = []
    for task in Path("/proc/self/task").iterdir():
        try:
            pids += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    found = []
    for pid in pids:
        try:
            if b"speechhost" in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(pid)
        except OSError:
            continue
    return found


def test_a_helper_that_dies_takes_listen_away_until_the_next_patient(
    kiosk: tuple[KioskApp, Driver], caplog: pytest.LogCaptureFixture
) -> None:
    k, d = kiosk
    caplog.set_level(logging.INFO, logger="kiosk.speech")
    listen(k, d)
    pid = k.speech.helper_pid
    assert pid is not None and k.speech.available
    os.kill(pid, signal.SIGKILL)
    d.wait_until(lambda: not k.speech.available, 5, "speech to go")
    assert not k.speech.audioMode and not d.exists("listenButton") and not d.exists("speechBar")
    k.speech.listen()  # the keypad's Help key: nothing happens, nothing breaks
    k.speech.narrate(["Nobody hears this."])
    k.speech.louder()
    k.speech.togglePause()
    assert not k.speech.audioMode
    ended = [r for r in caplog.records if "speech helper ended" in r.getMessage()]
    assert len(ended) == 1 and ended[0].levelno == logging.WARNING and not ended[0].exc_info
    # The privacy reset starts a new helper for the next patient.
    k.session.startOver()
    d.wait_until(lambda: k.speech.available, 10, "a new speech helper")
    assert k.speech.helper_pid not in (None, pid)
    listen(k, d)


def test_close_leaves_no_process(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    pid = k.speech.helper_pid
    assert pid is not None and helper_children() == [pid]
    listen(k, d)  # speaking when the kiosk shuts down
    began = time.perf_counter()
    k.speech.close()
    assert time.perf_counter() - began < 0.5, "the helper ended by itself, not killed on timeout"
    assert helper_children() == []
    assert not Path(f"/proc/{pid}").exists(), "ended and reaped"
    assert not k.speech.available
    k.session.startOver()  # the shutdown's privacy reset (KioskApp.aclose) starts none again
    d.pump(0.3)
    assert helper_children() == [] and k.speech.helper_pid is None


def test_listen_to_the_first_word_is_measured(
    kiosk: tuple[KioskApp, Driver], caplog: pytest.LogCaptureFixture
) -> None:
    k, d = kiosk
    caplog.set_level(logging.INFO, logger="kiosk.speech")
    assert k.speech.first_word_ms is None
    listen(k, d)
    d.wait_until(lambda: k.speech.first_word_ms is not None, 5, "the first word")
    assert k.speech.first_word_ms is not None
    assert 0 < k.speech.first_word_ms < 1000, "speech within a second of Listen"
    lines = [r.getMessage() for r in caplog.records if "first word" in r.getMessage()]
    assert lines == [f"speech: first word after {k.speech.first_word_ms:.0f} ms"]
    # Another screen's words are not a first word: the figure is Listen's.
    first = k.speech.first_word_ms
    k.speech.repeat()
    d.pump(0.3)
    assert k.speech.first_word_ms == first


def test_no_text_reaches_a_log(
    kiosk: tuple[KioskApp, Driver], caplog: pytest.LogCaptureFixture
) -> None:
    """Listening privately, the typed details are spoken: the helper has them, no log does."""
    k, d = kiosk
    caplog.set_level(logging.DEBUG)
    k.speech.start(private=True)
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT)
    d.pump(0.3)
    assert any("Lopez" in s for s in k.speech.spoken)
    logged = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    assert "audio mode on (headphones)" in logged, "the log was captured"
    for value in ("Lopez", "Cedar", "2065550100"):
        assert value not in logged


class Languages:
    current = "en"


class FakeSession(QObject):
    """What Speech needs of the session view-model, for a Speech without a kiosk."""

    languageChanged = Signal()
    sessionReset = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.languages = Languages()


@pytest.mark.parametrize("fault", ["no such engine", "no helper file"])
def test_a_helper_that_cannot_speak_leaves_speech_off(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, fault: str
) -> None:
    if fault == "no helper file":
        monkeypatch.setattr("kiosk.qt.speech.HELPER", Path("/nonexistent/speechhost.py"))
    engine = "nonexistent" if fault == "no such engine" else "mock"
    speech = Speech(FakeSession(), engine=engine)  # type: ignore[arg-type]
    try:
        speech.prepare()
        qtbot.waitUntil(lambda: speech.prepared, timeout=10000)
        qtbot.wait(100)
        assert not speech.available
        speech.start(private=False)  # "Listen" is not offered; the keypad's Help key does nothing
        assert not speech.audioMode
        warned = [r for r in caplog.records if r.name == "kiosk.speech" and r.levelno >= 30]
        assert warned and not any(r.exc_info for r in warned)
        said = " ".join(r.getMessage() for r in warned)
        assert ("speech engine error" in said) == (fault == "no such engine"), said
    finally:
        speech.close()
    assert speech.helper_pid is None and helper_children() == []


class Helper:
    """kiosk/qt/speechhost.py run as the kiosk runs it, its pipes held by the test."""

    def __init__(self, engine: str = "mock") -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-I", str(HELPER), engine, "0.5"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        self.ready = self.event()
        assert self.ready["event"] == "ready", self.ready

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def event(self) -> dict[str, Any]:
        stdout: IO[bytes] | None = self.proc.stdout
        assert stdout is not None
        return dict(json.loads(stdout.readline()))

    def end(self) -> tuple[int, str]:
        code = self.proc.wait(5)
        assert self.proc.stderr is not None
        err = self.proc.stderr.read().decode()
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()
        return code, err


def test_the_helper_speaks_its_protocol_and_never_repeats_a_text() -> None:
    h = Helper()
    assert h.ready["state"] == "Ready" and "en_US" in h.ready["locales"]
    h.send(json.dumps({"cmd": "say", "texts": ["Ana Lopez, 12 Cedar St", "2065550100"]}))
    assert h.event() == {"event": "state", "state": "Speaking"}
    h.send(json.dumps({"cmd": "locale", "name": "fi_FI"}))
    assert h.event() == {"event": "locale", "locale": "fi_FI", "voice": "Kari"}
    # Commands gone wrong, holding the text: reported by kind, never with what they held.
    h.send(json.dumps({"cmd": "volume", "value": "Lopez"}))  # ValueError names the value
    h.send("Ana Lopez, not JSON")
    h.send(json.dumps({"cmd": "Lopez"}))
    h.send(json.dumps({"cmd": "say", "texts": "Lopez"}))
    h.send(json.dumps({"cmd": "stop"}))
    assert h.event() == {"event": "state", "state": "Ready"}
    assert h.proc.stdin is not None
    h.proc.stdin.close()  # what a kiosk killed with SIGKILL does too: the helper ends
    code, err = h.end()
    assert code == 0
    assert "ValueError" in err and "not JSON" in err and "does not know" in err
    for value in ("Lopez", "Cedar", "2065550100", "Ana"):
        assert value not in err


def test_the_helper_ends_on_sigterm() -> None:
    h = Helper()
    h.send(json.dumps({"cmd": "say", "texts": ["a long sentence to cut short"]}))
    assert h.event()["state"] == "Speaking"
    h.proc.send_signal(signal.SIGTERM)
    code, _ = h.end()
    assert code == 0


def test_qt_messages_in_the_helper_are_masked() -> None:
    from kiosk.qt.speechhost import Redactor

    redact = Redactor()
    assert (
        redact("Connection to speech-dispatcher failed") == "Connection to speech-dispatcher failed"
    )
    redact.remember("Ana Lopez, 12 Cedar St")
    assert redact("could not say 'Ana Lopez, 12 Cedar St'") == "could not say '[text]'"
    assert redact("voice for Lopez") == "voice for [text]", "a word of it too"
    assert "Cedar" not in redact("Cedar St")
