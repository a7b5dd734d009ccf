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
Connecting to it starts speech-dispatcher and takes about 1.4 s on a kiosk PC, most of a cold
start: so the engine is made by :meth:`Speech.prepare`, which the kiosk calls once Welcome's
first frame is drawn (kiosk/app.py), and "Listen" is offered from then on.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.qt.session import SessionViewModel

log = logging.getLogger("kiosk.speech")

# The voices' languages: Latin American Spanish first (the lobby's), then any Spanish.
VOICE_LOCALES = {"en": ["en_US", "en_GB", "en"], "es": ["es_419", "es_MX", "es_US", "es_ES", "es"]}
STEP = 0.1


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
        self._engine = engine
        self._tts: QTextToSpeech | None = None  # made by prepare(), after the first frame
        self._window: QQuickWindow | None = None
        self._audio = False
        self._private = False
        self._headphones = False  # a headset is plugged in (kiosk/qt/headset.py)
        self._paused = False
        self._last: list[str] = []
        self.spoken: list[str] = []  # what was said since the last reset, in order (for tests)
        session.languageChanged.connect(self._follow_language)
        session.sessionReset.connect(self.reset)

    def prepare_after_first_frame(self, window: QQuickWindow) -> None:
        self._window = window
        window.frameSwapped.connect(self._drawn)  # a slot of ours: queued to the GUI thread

    @Slot()
    def _drawn(self) -> None:
        if self._window is None:  # queued: a second frame's call may follow the first
            return
        self._window.frameSwapped.disconnect(self._drawn)
        # After the calls this frame queued already (systemd's READY=1 among them): Welcome is
        # up and reported before the GUI thread waits for speech-dispatcher.
        QTimer.singleShot(0, self._window, self.prepare)
        self._window = None

    @Slot()
    def prepare(self) -> None:
        """Connect to the speech engine (once; later calls do nothing)."""
        if self._tts is not None:
            return
        began = time.perf_counter()
        self._tts = QTextToSpeech(self._engine, self)
        self._tts.stateChanged.connect(self._state)
        self._tts.errorOccurred.connect(self._error)
        self._tts.setVolume(self._default_volume)
        self._follow_language()
        log.info("speech engine %s in %.0f ms", "ready" if self.available else "not working",
                 (time.perf_counter() - began) * 1000)  # fmt: skip
        self.changed.emit()

    @property
    def prepared(self) -> bool:
        return self._tts is not None

    # ------------------------------------------------------------------------------ for QML
    @Property(bool, notify=changed)
    def available(self) -> bool:
        """The engine works (speech-dispatcher answers): only then is "Listen" offered."""
        return self._tts is not None and self._tts.state() is not QTextToSpeech.State.Error

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
        return round(self._volume(), 2)

    def _volume(self) -> float:
        return self._tts.volume() if self._tts is not None else self._default_volume

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
        if not self._audio or self._tts is None:
            return
        if self._paused:
            self._tts.resume()
        else:
            self._tts.pause(QTextToSpeech.BoundaryHint.Word)
        self._paused = not self._paused
        self.changed.emit()

    @Slot()
    def louder(self) -> None:
        self._set_volume(self._volume() + STEP)

    @Slot()
    def softer(self) -> None:
        self._set_volume(self._volume() - STEP)

    def reset(self) -> None:
        """The privacy reset: silence, the volume as configured, audio mode off."""
        if self._tts is not None:
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)
            self._tts.setVolume(self._default_volume)
        was = self._audio
        self._audio = self._private = self._paused = False
        self._last, self.spoken = [], []
        if was:
            log.info("audio mode off")
        self.changed.emit()

    def close(self) -> None:
        if self._tts is not None:
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    # ---------------------------------------------------------------------------- internals
    def _speak(self, texts: list[str]) -> None:
        if self._tts is None:
            return
        self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)
        if self._paused:
            self._paused = False
            self.changed.emit()
        for text in texts:
            self._tts.enqueue(text)
            self.spoken.append(text)

    def _set_volume(self, value: float) -> None:
        if self._tts is None:
            return
        self._tts.setVolume(max(0.1, min(1.0, round(value, 2))))
        self.changed.emit()

    def _follow_language(self) -> None:
        if self._tts is None:
            return
        have = {loc.name(): loc for loc in self._tts.availableLocales()}
        chosen = pick_locale(self._session.languages.current, list(have))
        if chosen is not None:
            self._tts.setLocale(have[chosen])
        else:
            log.warning("no %s voice in the speech engine", self._session.languages.current)

    def _state(self, state: QTextToSpeech.State) -> None:
        if state is QTextToSpeech.State.Error:
            self.changed.emit()

    def _error(self, reason: QTextToSpeech.ErrorReason, message: str) -> None:
        log.warning("speech engine error: %s (%s)", reason.name, message)
        self.changed.emit()
