"""The speech engine in a process of its own, driven by the kiosk (kiosk/qt/speech.py) over a pipe.

    python -I -m kiosk.qt.speechhost ENGINE VOLUME     (the kiosk runs this file by its path)

Qt's ``speechd`` engine takes 1.2-2.4 s to make on a kiosk PC (libspeechd lists espeak-ng's
~13,000 voices), and PySide holds the GIL all that time: made in the kiosk, on any thread, it
froze the patient's taps. Here it blocks nobody: this process has a QCoreApplication (no GUI)
and one QTextToSpeech, and speaks JSON, one object a line.

Commands, on stdin::

    {"cmd": "say", "texts": ["...", ...]}   stop now, then speak these in turn
    {"cmd": "stop"}                          stop now
    {"cmd": "pause"} / {"cmd": "resume"}     at the next word / where it paused
    {"cmd": "volume", "value": 0.7}          0.0-1.0
    {"cmd": "locale", "name": "es_419"}      one of the locales "ready" listed

Events, on stdout::

    {"event": "ready", "engine": "speechd", "state": "Ready", "locales": [...], "locale": "en_US",
     "voice": "...", "ms": 1400}             the engine is made (``ms``: how long that took)
    {"event": "state", "state": "Speaking"}  Ready, Speaking (the first word), Paused, Synthesizing,
                                             Error
    {"event": "locale", "locale": "es_419", "voice": "..."}   after a "locale" command
    {"event": "error", "reason": "Initialization", "message": "..."}   Qt's reason and message

It ends when stdin reaches end of file (the kiosk closed it, or died: a SIGKILLed kiosk leaves
nothing behind) and on SIGTERM or SIGINT, stopping speech first.

What it is asked to say can hold a patient's answers (read back through headphones), so no text
ever leaves this process but to the engine: Qt's messages go to stderr with any text it was given
masked, and an exception is reported by its type and line only (``sys.excepthook``). It imports
only the standard library and PySide6's QtCore and QtTextToSpeech, so it starts fast.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import sys
import time
from collections import deque
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QSocketNotifier,
    QtMsgType,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtTextToSpeech import QTextToSpeech

STDIN, STDOUT, STDERR = 0, 1, 2
_MASK = "[text]"
_WORD = re.compile(r"\w{3,}")


class Redactor:
    """Masks the texts this process was given (and each of their words) in what it writes."""

    def __init__(self, keep: int = 200) -> None:
        self._texts: deque[str] = deque(maxlen=keep)

    def remember(self, text: str) -> None:
        self._texts.append(text)

    def __call__(self, message: str) -> str:
        texts = list(self._texts)  # one step under the GIL: Qt may log from another thread
        parts = {t for t in texts if t} | {w for t in texts for w in _WORD.findall(t)}
        if not parts:
            return message
        pattern = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
        return re.sub(pattern, _MASK, message)


redact = Redactor()


def _write_stderr(line: str) -> None:
    with contextlib.suppress(OSError):
        os.write(STDERR, (line.rstrip("\n") + "\n").encode("utf-8", "replace"))


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    name = kind.name.removeprefix("Qt").removesuffix("Msg").lower()
    _write_stderr(f"speechhost {name}: {redact(message)}")


def _excepthook(kind: type[BaseException], _error: BaseException, tb: TracebackType | None) -> None:
    """The type and where, never the message (a ValueError repeats the value it was given)."""
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    _write_stderr(f"speechhost error: {kind.__name__} at line {tb.tb_lineno if tb else '?'}")


class Host(QObject):
    def __init__(self, app: QCoreApplication, engine: str, volume: float) -> None:
        super().__init__()
        self._app = app
        self._buffer = b""
        self._ended = False
        os.set_blocking(STDIN, False)
        self._input = QSocketNotifier(STDIN, QSocketNotifier.Type.Read, self)
        self._input.activated.connect(self._readable)
        # Signals wake the loop through a pipe: Python's handlers run once Python runs again.
        self._wake_r, wake_w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        self._wake_w = wake_w
        signal.set_wakeup_fd(wake_w)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._signalled)
        self._wake = QSocketNotifier(self._wake_r, QSocketNotifier.Type.Read, self)
        self._wake.activated.connect(self._woken)

        began = time.perf_counter()
        self._tts = QTextToSpeech(engine, self)  # the slow part (speechd: all the voices)
        made_ms = (time.perf_counter() - began) * 1000
        self._tts.stateChanged.connect(self._state)
        self._tts.errorOccurred.connect(self._error)
        if self._tts.state() is not QTextToSpeech.State.Error:
            self._tts.setVolume(volume)
        self._send(
            event="ready",
            engine=self._tts.engine(),
            state=self._tts.state().name,
            locales=sorted({loc.name() for loc in self._tts.availableLocales()}),
            locale=self._tts.locale().name(),
            voice=self._tts.voice().name(),
            ms=round(made_ms),
        )
        if self._tts.state() is QTextToSpeech.State.Error:
            self._error(self._tts.errorReason(), self._tts.errorString())

    # ---------------------------------------------------------------------------- the pipe
    def _send(self, **event: Any) -> None:
        data = (json.dumps(event, ensure_ascii=False) + "\n").encode()
        try:
            while data:
                data = data[os.write(STDOUT, data) :]
        except OSError:  # the kiosk is gone
            self.end()

    @Slot()
    def _readable(self) -> None:
        try:
            chunk = os.read(STDIN, 65536)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self.end()
            return
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            if not line.strip():
                continue
            try:
                self._command(line)
            except Exception as error:  # noqa: BLE001 - one bad command, not the helper
                _excepthook(type(error), error, error.__traceback__)

    def _command(self, line: bytes) -> None:
        try:
            command = json.loads(line)
        except ValueError:
            _write_stderr("speechhost: a line that is not JSON, ignored")
            return
        if not isinstance(command, dict):
            _write_stderr("speechhost: a command that is not an object, ignored")
            return
        name = command.get("cmd")
        tts = self._tts
        if name == "say":
            texts = command.get("texts")
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                _write_stderr("speechhost: say without a list of texts, ignored")
                return
            tts.stop(QTextToSpeech.BoundaryHint.Immediate)
            for text in texts:
                redact.remember(text)
                tts.enqueue(text)
        elif name == "stop":
            self._stop()
        elif name == "pause":
            tts.pause(QTextToSpeech.BoundaryHint.Word)
        elif name == "resume":
            tts.resume()
        elif name == "volume":
            tts.setVolume(max(0.0, min(1.0, float(command["value"]))))
        elif name == "locale":
            wanted = str(command.get("name"))
            found = next((loc for loc in tts.availableLocales() if loc.name() == wanted), None)
            if found is not None:
                tts.setLocale(found)
            self._send(event="locale", locale=tts.locale().name(), voice=tts.voice().name())
        else:
            _write_stderr("speechhost: a command it does not know, ignored")

    # ---------------------------------------------------------------------------- the engine
    def _state(self, state: QTextToSpeech.State) -> None:
        self._send(event="state", state=state.name)

    def _error(self, reason: QTextToSpeech.ErrorReason, message: str) -> None:
        self._send(event="error", reason=reason.name, message=redact(message))

    # ---------------------------------------------------------------------------- the end
    def _signalled(self, _number: int, _frame: object) -> None:
        self.end()

    @Slot()
    def _woken(self) -> None:
        with contextlib.suppress(OSError):
            os.read(self._wake_r, 512)  # Python ran the handler on the way here

    @property
    def ended(self) -> bool:
        return self._ended

    def end(self) -> None:
        if self._ended:
            return
        self._ended = True
        self._input.setEnabled(False)
        if hasattr(self, "_tts"):  # not a signal while the engine is made
            self._stop()
        self._app.quit()

    def _stop(self) -> None:
        # Not in Error: speechd would try to connect again first (seconds with no dispatcher).
        if self._tts.state() is not QTextToSpeech.State.Error:
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def close(self) -> None:
        """Silent, and no handler left that holds this object."""
        signal.set_wakeup_fd(-1)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, signal.SIG_DFL)
        self._stop()
        self._wake.setEnabled(False)
        os.close(self._wake_r)
        os.close(self._wake_w)
        with contextlib.suppress(OSError):
            os.set_blocking(STDIN, True)  # a terminal's, when run by hand: the shell's again


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        _write_stderr("usage: python -m kiosk.qt.speechhost ENGINE VOLUME")
        return 2
    sys.excepthook = _excepthook
    qInstallMessageHandler(_qt_message)
    app = QCoreApplication(["speechhost"])
    host = Host(app, args[0], float(args[1]))
    if not host.ended:
        app.exec()
    host.close()
    del host  # the engine before the application (speechd closes its connection)
    return 0


if __name__ == "__main__":
    sys.exit(main())
