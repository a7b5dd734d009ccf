"""The kiosk speaking through speech-dispatcher and espeak-ng, the engine it uses in a lobby, with
the package's own speech-dispatcher configuration (packaging/speech/speechd.conf) on ALSA's null
device (no sound card here): the engine is Ready, offers the voices the kiosk picks, and an
utterance goes from Speaking back to Ready."""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

from tests.qt.conftest import demo_settings

ROOT = Path(__file__).parents[2]

pytestmark = pytest.mark.skipif(
    shutil.which("speech-dispatcher") is None,
    reason="needs speech-dispatcher and speech-dispatcher-espeak-ng (packaging/dev installs them)",
)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@pytest.fixture
def dispatcher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    conf = tmp_path / "conf"
    conf.mkdir()
    packaged = (ROOT / "packaging/speech/speechd.conf").read_text()
    assert 'AudioOutputMethod "pulse,alsa"' in packaged
    # As packaged, but straight to ALSA's null device: no sound server or card on this machine.
    (conf / "speechd.conf").write_text(
        packaged.replace('AudioOutputMethod "pulse,alsa"', 'AudioOutputMethod "alsa"')
        + '\nAudioALSADevice "null"\n'
    )
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    socket = tmp_path / "speechd.sock"
    proc = subprocess.Popen(
        ["speech-dispatcher", "--run-single", "--timeout", "0", "--config-dir", str(conf),
         "--socket-path", str(socket), "--log-dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
        preexec_fn=_die_with_parent,  # noqa: PLW1509
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while not socket.exists():
        assert proc.poll() is None, "speech-dispatcher did not start"
        assert time.monotonic() < deadline, "speech-dispatcher made no socket"
        time.sleep(0.05)
    # Where Qt's speechd engine (libspeechd) looks for it, instead of starting its own.
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{socket}")
    yield tmp_path
    proc.terminate()
    proc.wait(10)


def test_the_kiosk_speaks_through_speech_dispatcher(dispatcher: Path, make_kiosk: Any) -> None:
    k, d = make_kiosk(demo_settings(speech={"engine": "speechd"}))
    tts: QTextToSpeech = k.speech._tts
    states: list[str] = []
    tts.stateChanged.connect(lambda s: states.append(s.name))
    assert k.speech.available, tts.errorString()
    assert tts.engine() == "speechd"
    assert tts.locale().name() == "en_US"
    d.tap("languageButton")
    d.wait_until(lambda: tts.locale().name() == "es_419", 5, "the Latin American Spanish voice")
    assert "Latin America" in tts.voice().name()
    d.tap("listenButton")
    d.wait_until(lambda: "Speaking" in states, 10, "speech to start")
    k.speech.narrate(["Hola."])  # the long welcome cut short, as the next screen would
    d.wait_until(lambda: states[-1] == "Ready", 30, "the utterance to finish")
    assert tts.state() is QTextToSpeech.State.Ready
    log = (dispatcher / "speech-dispatcher.log").read_text(errors="replace")
    assert "Hola" not in log, "what is spoken is never logged"
