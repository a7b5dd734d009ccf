"""Private listening (Section 508 §402.3.1): a headset plugged into the kiosk starts audio mode
through it, and what the patient typed may then be read back; unplugged, speech goes on through the
speaker without the typed values.

The platform reports outputs through Qt Multimedia (``QMediaDevices``: PulseAudio or PipeWire in the
kiosk's session). A USB headset is a new output, named by its maker ("... Headset", "USB Audio");
an analog jack on the same sound card is not a new output and Qt does not report it, so there the
patient presses Listen or the keypad's Help key, and the kiosk asks for nothing more.
"""

from __future__ import annotations

import logging
import re
from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance

# Qt Multimedia's libraries load here, with the kiosk's imports, on the main thread, before QML's
# loader thread loads the virtual keyboard (which links them too). Their initializer logs ("no
# pipewire") through the Python message handler: loaded first on the loader thread, it waits there
# for the GIL holding the dynamic loader's lock, while the main thread, holding the GIL, waits for
# that lock in its own import (the headset watcher's, after the first frame): `kiosk run` hung at
# start. 8 ms; QMediaDevices, which loads the media backend, is still made only when asked for.
from PySide6.QtMultimedia import QMediaDevices

from kiosk.qt.speech import Speech

log = logging.getLogger("kiosk.speech")

# What makers call a headset's output (English and Spanish): a speaker bar or HDMI is not one.
HEADSET_NAMES = re.compile(
    r"head ?(phone|set)|earphone|ear ?buds?|auricular|\busb\b", re.IGNORECASE
)


class _Device(Protocol):
    def description(self) -> str: ...


class Devices(Protocol):
    """What this needs of QMediaDevices (tests give a stand-in)."""

    audioOutputsChanged: SignalInstance

    def audioOutputs(self) -> list[_Device]: ...


# ...and what is never one, whatever else its name says: a "USB Speaker" reading a patient's
# answers aloud to the lobby would be the very thing private listening is for avoiding.
NOT_HEADSETS = re.compile(r"speaker|altavoz|bocina|hdmi|displayport|monitor", re.IGNORECASE)


def is_headset(name: str) -> bool:
    return bool(HEADSET_NAMES.search(name)) and not NOT_HEADSETS.search(name)


def headsets(devices: Devices) -> set[str]:
    return {d.description() for d in devices.audioOutputs() if is_headset(d.description())}


class Headset(QObject):
    def __init__(self, speech: Speech, devices: Devices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speech, self._devices = speech, devices
        self._seen = headsets(devices)
        speech.set_headphones(bool(self._seen))
        devices.audioOutputsChanged.connect(self._changed)

    def _changed(self) -> None:
        now = headsets(self._devices)
        plugged, self._seen = bool(now - self._seen), now
        log.info("audio outputs changed: %d headset(s)", len(now))  # names only in counts
        self._speech.set_headphones(bool(now), plugged_in=plugged)


def platform_devices() -> Devices:
    """Qt Multimedia's device list (made only here: it loads its media backend)."""
    return QMediaDevices()  # type: ignore[return-value]
