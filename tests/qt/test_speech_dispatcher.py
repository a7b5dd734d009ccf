"""The kiosk speaking through speech-dispatcher and espeak-ng, the engine it uses in a lobby, with
the package's own speech-dispatcher configuration (packaging/speech/speechd.conf) on ALSA's null
device (no sound card here): the engine is Ready, offers the voices the kiosk picks, and an
utterance goes from Speaking back to Ready. The engine takes seconds to make (all of espeak-ng's
voices), in the speech helper: the GUI thread goes on meanwhile."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from kiosk.bench import packaged_dispatcher
from kiosk.qt.speech import Speech
from tests.qt.conftest import demo_settings
from tests.qt.test_speech import FakeSession

ROOT = Path(__file__).parents[2]

pytestmark = pytest.mark.skipif(
    shutil.which("speech-dispatcher") is None,
    reason="needs speech-dispatcher and speech-dispatcher-espeak-ng (packaging/dev installs them)",
)


@pytest.fixture
def dispatcher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    # As packaged, but straight to ALSA's null device: no sound server or card on this machine.
    assert 'AudioOutputMethod "pulse,alsa"' in (ROOT / "packaging/speech/speechd.conf").read_text()
    with packaged_dispatcher(tmp_path) as address:
        # Where Qt's speechd engine (libspeechd) looks for it, instead of starting its own.
        monkeypatch.setenv("SPEECHD_ADDRESS", address)
        yield tmp_path


def test_the_kiosk_speaks_through_speech_dispatcher(dispatcher: Path, make_kiosk: Any) -> None:
    k, d = make_kiosk(demo_settings(speech={"engine": "speechd", "headset": False}))
    states: list[str] = []
    k.speech.engineStateChanged.connect(states.append)
    assert k.speech.available, k.speech.engine_state
    d.wait_until(lambda: k.speech.locale == "en_US", 5, "the US English voice")
    d.tap("languageButton")
    d.wait_until(lambda: k.speech.locale == "es_419", 5, "the Latin American Spanish voice")
    assert "Latin America" in k.speech.voice
    d.tap("listenButton")
    d.wait_until(lambda: "Speaking" in states, 10, "speech to start")
    assert k.speech.first_word_ms is not None
    assert k.speech.first_word_ms < 1000, "the first word within a second of Listen"
    k.speech.narrate(["Hola."])  # the long welcome cut short, as the next screen would
    d.wait_until(lambda: states[-1] == "Ready", 30, "the utterance to finish")
    assert k.speech.engine_state == "Ready"
    log = (dispatcher / "speech-dispatcher.log").read_text(errors="replace")
    assert "Hola" not in log, "what is spoken is never logged"


def test_the_gui_thread_goes_on_while_the_engine_is_made(dispatcher: Path, qtbot: Any) -> None:
    """Made in the kiosk, the engine held the GUI thread (and the GIL) 1.4-2.4 s here: a 5 ms
    timer on the GUI thread now sees no gap longer than a frame's while the helper makes it."""
    speech = Speech(FakeSession(), engine="speechd")  # type: ignore[arg-type]
    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    try:
        qtbot.wait(100)
        began = time.perf_counter()
        speech.prepare()
        prepare_ms = (time.perf_counter() - began) * 1000
        qtbot.waitUntil(lambda: speech.prepared, timeout=15000)
        ready_ms = (time.perf_counter() - began) * 1000
        qtbot.wait(20)
        assert speech.available, speech.engine_state
        assert speech.engine_ms is not None and speech.engine_ms > 300, (
            "the engine was quick: this test would prove nothing"
        )
        after = [t for t in ticks if t >= began]
        gaps = [(b - a) * 1000 for a, b in zip([began, *after], after, strict=False)]
        assert len(gaps) > ready_ms / 20, "the timer hardly ran"
        assert prepare_ms < 50, f"prepare() took {prepare_ms:.0f} ms"
        assert max(gaps) < 100, f"the GUI thread stood still {max(gaps):.0f} ms"
    finally:
        timer.stop()
        speech.close()
    assert speech.helper_pid is None
