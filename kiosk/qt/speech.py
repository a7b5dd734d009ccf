"""Speech output for patients who cannot see the screen (``speech`` in QML): Section 508 §402 asks a
kiosk, closed to a patient's own screen reader, to speak what it shows.

Audio mode starts from the "Listen" button on Welcome, a keypad's Help key, or a headset plugged
in (private listening); it ends with the privacy reset, which also stops speech and puts the volume
back. In audio mode each screen is spoken as it appears (Main.qml's ``narration()``: where you are,
what is shown, what you can do), and the control that takes focus as focus moves. Repeat, pause or
resume, louder and softer are always at hand (the bar's buttons and the keypad's keys).

What the patient typed is spoken back only when listening privately: through the lobby's speaker,
fields are named but their values are not (``narration(privately)``).

The engine is Qt TextToSpeech's ``speechd`` (speech-dispatcher with espeak-ng) on a kiosk; the
``mock`` engine is for tests and training only (kiosk/settings.py refuses it in a live config).
Making the ``speechd`` engine takes 1.2-2.4 s on a kiosk PC (libspeechd lists espeak-ng's ~13,000
voices), and PySide holds the GIL all along: on the GUI thread, or on any thread of the kiosk, the
patient's taps froze. So the engine lives in a helper process, kiosk/qt/speechhost.py (its
docstring has the protocol), which :meth:`Speech.prepare` starts once Welcome's first frame is
drawn (kiosk/app.py) and drives over its stdin and stdout: nothing the GUI thread does waits for
it. "Listen" is offered once the helper says its engine is ready (about 0.1 s with ``mock``); a
helper that fails to start, dies or reports an error takes it away again (one warning in the log),
and the next privacy reset starts a new one (a few times at most). The time from "Listen" to the
first word spoken is in :attr:`Speech.first_word_ms` and the log. Tests and training run the same
helper with the ``mock`` engine.

What is said goes to the helper only: neither side logs it.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QProcess, Signal, Slot

from kiosk.qt.session import SessionViewModel

log = logging.getLogger("kiosk.speech")

# The voices' languages: Latin American Spanish first (the lobby's), then any Spanish.
VOICE_LOCALES = {"en": ["en_US", "en_GB", "en"], "es": ["es_419", "es_MX", "es_US", "es_ES", "es"]}
STEP = 0.1
# Run by its path, in isolated mode: only the standard library and PySide6, whatever the
# environment or the working directory (a venv, the package under /opt/clinic-kiosk, a checkout).
HELPER = Path(__file__).with_name("speechhost.py")
RESTARTS = 3  # helpers started again after one died, at privacy resets, per kiosk run
CLOSE_WAIT_MS = 500  # close(): how long the helper has to end by itself before it is killed
STDERR_LINES = 50  # the helper's stderr lines logged per helper, at most (a noisy engine)


def pick_locale(language: str, available: list[str]) -> str | None:
    """The engine's locale for a kiosk language: the first of VOICE_LOCALES it has, exactly or as
    a prefix (``es`` matches ``es_419``)."""
    for name in VOICE_LOCALES.get(language, [language]):
        if name in available:
            return name
        prefixed = next((n for n in available if n.startswith(name)), None)
        if prefixed is not None:
            return prefixed
    return None


class Speech(QObject):
    changed = Signal()
    engineStateChanged = Signal(str)  # the engine's state as the helper reports it (tests, bench)

    def __init__(
        self,
        session: SessionViewModel,
        *,
        engine: str = "speechd",
        volume: float = 0.7,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._default_volume = volume
        self._volume_now = volume
        self._volume_given = volume  # the volume the helper was started with
        self._engine = engine
        self._process: QProcess | None = None  # the helper, started by prepare()
        self._started_at = 0.0
        self._settled = False  # the helper said ready, or failed: "Listen" is decided
        self._ready = False
        self._state = ""  # the engine's, as last reported ("Ready", "Speaking", "Error", ...)
        self._locales: list[str] = []
        self._locale = ""
        self._voice = ""
        self._stderr_lines = 0
        self._restarts = 0
        self._closed = False
        self._audio = False
        self._private = False
        self._headphones = False  # a headset is plugged in (kiosk/qt/headset.py)
        self._paused = False
        self._last: list[str] = []
        self._asked: float | None = None  # when audio mode started, until the first word
        self.first_word_ms: float | None = None  # "Listen" to the first word, the last measured
        self.engine_ms: float | None = None  # how long the helper took to make its engine
        self.spoken: list[str] = []  # what was said since the last reset, in order (for tests)
        session.languageChanged.connect(self._follow_language)
        session.sessionReset.connect(self.reset)

    @Slot()
    def prepare(self) -> None:
        """Start the speech helper (once; later calls do nothing). Returns at once: the helper
        says when its engine is ready, and :attr:`prepared` is true from then on."""
        if self._process is not None or self._closed:
            return
        self._settled = self._ready = False
        self._state = ""
        self._stderr_lines = 0
        process = QProcess(self)  # ours: it goes with this object, never outlives it
        process.setProgram(sys.executable)
        self._volume_given = round(self._volume_now, 2)
        process.setArguments(["-I", str(HELPER), self._engine, f"{self._volume_given:.2f}"])
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read_events)
        process.readyReadStandardError.connect(self._read_stderr)
        process.errorOccurred.connect(self._process_error)
        process.finished.connect(self._process_finished)
        self._process = process
        self._started_at = time.perf_counter()
        process.start()  # fork and exec; the rest is asynchronous

    @property
    def prepared(self) -> bool:
        """The helper has answered: its engine is ready, or speech is off (it failed)."""
        return self._settled

    @property
    def engine_state(self) -> str:
        """The engine's state as the helper last reported it ("" before it did)."""
        return self._state

    @property
    def locale(self) -> str:
        """The voice's locale (``es_419``), as the helper reported it."""
        return self._locale

    @property
    def voice(self) -> str:
        return self._voice

    @property
    def helper_pid(self) -> int | None:
        """The helper's process id while it runs (for tests and support)."""
        if self._process is None or self._process.state() is QProcess.ProcessState.NotRunning:
            return None
        return int(self._process.processId())

    # ------------------------------------------------------------------------------ for QML
    @Property(bool, notify=changed)
    def available(self) -> bool:
        """The engine works (the helper is ready and reports no error): only then is "Listen"
        offered."""
        return self._process is not None and self._ready and self._state != "Error"

    @Property(bool, notify=changed)
    def audioMode(self) -> bool:
        return self._audio

    @Property(bool, notify=changed)
    def privateListening(self) -> bool:
        """Through headphones: what the patient typed may be read back."""
        return self._private

    @Property(bool, notify=changed)
    def paused(self) -> bool:
        return self._paused

    @Property(float, notify=changed)
    def volume(self) -> float:
        return round(self._volume_now, 2)

    @Slot()
    def listen(self) -> None:
        """ "Listen" on Welcome (or the keypad's Help key): audio mode, through the headset when
        one is plugged in, else through the speaker."""
        self.start(private=self._headphones)

    def set_headphones(self, present: bool, *, plugged_in: bool = False) -> None:
        """A headset came or went: plugged in, audio mode starts through it; pulled out, speech
        goes on through the speaker, without the typed values."""
        self._headphones = present
        if plugged_in:
            self.start(private=True)
        elif not present and self._private:
            self._private = False
            self.changed.emit()
            self.screenWanted.emit(
                QCoreApplication.translate(
                    "Speech", "Headphones unplugged. Your answers are no longer read aloud."
                )
            )

    def start(self, *, private: bool) -> None:
        if not self.available:
            log.warning("speech asked for, but the speech engine is not working")
            return
        if self._audio and self._private == private:
            return
        if not self._audio:
            self._asked = time.perf_counter()  # until the helper says the first word is spoken
        self._audio, self._private = True, self._private or private
        log.info("audio mode on (%s)", "headphones" if self._private else "speaker")
        self.changed.emit()
        self.audioStarted.emit()

    audioStarted = Signal()  # Main.qml speaks the screen (and how to use the keys) when it starts

    @Slot(list)
    def narrate(self, texts: list[str]) -> None:
        """A screen's words, as Main.qml read them: spoken now, remembered for Repeat."""
        if not self._audio:
            return
        said = [t for t in (str(t).strip() for t in texts) if t]
        if not said:
            return
        self._last = said
        self._speak(said)

    @Slot(str)
    def sayFocus(self, text: str) -> None:
        """The control that just took focus (Repeat still says the whole screen)."""
        if self._audio and text.strip():
            self._speak([text.strip()])

    @Slot()
    def repeat(self) -> None:
        """The screen again, read as it is now (a field typed into since, a headset pulled out)."""
        if self._audio:
            self.screenWanted.emit("")

    screenWanted = Signal(str)  # Main.qml narrates the screen, after these words

    @Slot()
    def togglePause(self) -> None:
        if not self._audio or not self.available:
            return
        self._send({"cmd": "resume" if self._paused else "pause"})
        self._paused = not self._paused
        self.changed.emit()

    @Slot()
    def louder(self) -> None:
        self._set_volume(self._volume_now + STEP)

    @Slot()
    def softer(self) -> None:
        self._set_volume(self._volume_now - STEP)

    def reset(self) -> None:
        """The privacy reset: silence, the volume as configured, audio mode off. A helper that
        died is started again (a few times per run at most)."""
        self._send({"cmd": "stop"})
        if self._volume_now != self._default_volume:
            self._volume_now = self._default_volume
            self._send({"cmd": "volume", "value": self._volume_now})
        was = self._audio
        self._audio = self._private = self._paused = False
        self._last, self.spoken = [], []
        self._asked = None
        if was:
            log.info("audio mode off")
        gone = self._process is None and self._settled and not self._closed
        if gone and self._restarts < RESTARTS:
            self._restarts += 1
            log.info("speech helper started again (%d of %d)", self._restarts, RESTARTS)
            self.prepare()
        self.changed.emit()

    def close(self) -> None:
        """Silence, and the helper ended: its stdin closed (it ends by itself), killed if it has
        not within CLOSE_WAIT_MS (the one wait on the GUI thread, at shutdown). Nothing starts a
        helper again."""
        self._closed = True
        process, self._process = self._process, None
        self._ready = False
        if process is None:
            return
        if process.state() is not QProcess.ProcessState.NotRunning:
            process.write(b'{"cmd": "stop"}\n')
            process.closeWriteChannel()
            if not process.waitForFinished(CLOSE_WAIT_MS):
                log.warning("speech helper did not end in %d ms: killed", CLOSE_WAIT_MS)
                process.kill()
                process.waitForFinished(CLOSE_WAIT_MS)
        process.deleteLater()

    # ---------------------------------------------------------------------------- internals
    def _send(self, command: dict[str, Any]) -> None:
        """One command to the helper: buffered by QProcess, written when the pipe takes it."""
        process = self._process
        if process is None or process.state() is QProcess.ProcessState.NotRunning:
            return
        if not self.available and command["cmd"] != "stop":
            return  # an engine in error would only try to connect again, holding up the helper
        process.write((json.dumps(command, ensure_ascii=False) + "\n").encode())

    def _speak(self, texts: list[str]) -> None:
        if not self.available:
            return
        if self._paused:
            self._paused = False
            self.changed.emit()
        self._send({"cmd": "say", "texts": texts})  # what is said now stops, then these
        self.spoken.extend(texts)

    def _set_volume(self, value: float) -> None:
        self._volume_now = max(0.1, min(1.0, round(value, 2)))
        self._send({"cmd": "volume", "value": self._volume_now})
        self.changed.emit()

    def _follow_language(self) -> None:
        if not self.available:
            return
        chosen = pick_locale(self._session.languages.current, self._locales)
        if chosen is not None:
            self._send({"cmd": "locale", "name": chosen})
        else:
            log.warning("no %s voice in the speech engine", self._session.languages.current)

    # ------------------------------------------------------------------------ from the helper
    @Slot()
    def _read_events(self) -> None:
        process = self._process
        if process is None:
            return
        while process.canReadLine():
            line = bytes(process.readLine().data())
            try:
                event = json.loads(line)
            except ValueError:
                log.warning("speech helper: a line that is not an event, ignored")
                continue
            if isinstance(event, dict):
                self._event(event)

    def _event(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "ready":
            self._ready = self._settled = True
            self._locales = [str(n) for n in event.get("locales", [])]
            self._locale, self._voice = str(event.get("locale", "")), str(event.get("voice", ""))
            self.engine_ms = float(event.get("ms", 0))
            self._set_state(str(event.get("state", "")))
            log.info("speech engine %s in %.0f ms (the %s engine made in %.0f ms)",
                     "ready" if self.available else "not working",
                     (time.perf_counter() - self._started_at) * 1000, self._engine,
                     self.engine_ms)  # fmt: skip
            if self.available:
                self._follow_language()
                if self._volume_now != self._volume_given:  # Louder or Softer before it was ready
                    self._send({"cmd": "volume", "value": self._volume_now})
            self.changed.emit()
        elif kind == "state":
            self._set_state(str(event.get("state", "")))
        elif kind == "locale":
            self._locale, self._voice = str(event.get("locale", "")), str(event.get("voice", ""))
        elif kind == "error":
            log.warning("speech engine error: %s (%s)", event.get("reason"), event.get("message"))
            self._settled = True
            self._set_state("Error")

    def _set_state(self, state: str) -> None:
        was, self._state = self._state, state
        if state == "Speaking" and self._asked is not None:
            self.first_word_ms = (time.perf_counter() - self._asked) * 1000
            self._asked = None
            log.info("speech: first word after %.0f ms", self.first_word_ms)
        if state != was:
            if "Error" in (state, was):
                self.changed.emit()
            self.engineStateChanged.emit(state)

    @Slot()
    def _read_stderr(self) -> None:
        """The helper's own messages (Qt's, with any text it was given masked there), and what
        Qt printed as the helper's libraries loaded (pipewire missing: noise, kept at DEBUG)."""
        process = self._process
        if process is None:
            return
        text = bytes(process.readAllStandardError().data()).decode(errors="replace")
        for raw in text.splitlines():
            line = raw.strip()
            if not line or self._stderr_lines >= STDERR_LINES:
                continue
            self._stderr_lines += 1
            if not line.startswith("speechhost"):  # Qt's, as its libraries load: before any text
                level = logging.DEBUG
            elif line.startswith(("speechhost debug", "speechhost info")):
                level = logging.INFO
            else:
                level = logging.WARNING
            log.log(level, "speech helper: %s", line)

    @Slot(QProcess.ProcessError)
    def _process_error(self, error: QProcess.ProcessError) -> None:
        if self._closed:  # killed by close()
            return
        if error is QProcess.ProcessError.FailedToStart:
            log.warning("speech helper did not start (%s): speech is off", error.name)
            self._gone()
        elif error is not QProcess.ProcessError.Crashed:  # a crash: finished() says so
            log.warning("speech helper: %s", error.name)

    @Slot(int, QProcess.ExitStatus)
    def _process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._closed:
            return
        log.warning("speech helper ended (%s, exit code %d): speech is off", status.name, code)
        self._gone()

    def _gone(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()
        self._ready, self._settled = False, True
        self._audio = self._private = self._paused = False
        self._asked = None
        self.changed.emit()
