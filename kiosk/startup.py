"""Welcome first: ``kiosk run`` draws Welcome before the rest of the kiosk is even imported.

Importing the kiosk (pydantic, httpx, the DexCare client, the emulator, the view-models) and
building it takes most of a second on a kiosk PC; a bare Qt Quick window takes a fifth of that.
So the start has two stages (kiosk/launch.py):

1. With only Qt and the standard library (kiosk/qt/boot.py): the Qt environment, the application,
   and Welcome drawn from a small QML file (``ui/Boot.qml``, which shows ``ui/screens/WelcomeScreen.qml``
   itself) in the language, with the brand, help location and training banner the kiosk had when
   it last started (``welcome.json`` in the cache directory: no patient data, only the config's
   words; missing or unreadable, Welcome is drawn with the defaults). systemd hears "Welcome
   drawn" as the unit's status.
2. Then the kiosk is imported and built behind it (kiosk/app.py), shows its own window, and on
   that window's first frame the boot window closes and systemd hears READY=1.

Between the two first frames Welcome is on screen but does not answer: a tap in that half second
is not acted on (the boot window takes no input), and the kiosk answers from its own window.

:class:`StartClock` keeps the start's phases (imports, settings, client, view-models, QML, first
frame) for the log line that says how long the start took, and for ``kiosk bench``. This module
is pure Python: the command line reads it without loading Qt.
"""

from __future__ import annotations

import json
import os
import resource
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kiosk.memory import limit_arenas

STARTED = time.perf_counter()  # this module is the first of the kiosk's to load
LANGUAGE_CODES = frozenset({"en", "es"})  # those with a translation in resources/translations
MAX_LOOK_BYTES = 16 * 1024
MAX_WORDS = 200  # characters of a brand or a help location the boot draws


def has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    return bool(
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or platform not in ("", "xcb", "wayland")
    )


def prepare_gui_environment(*, headless: bool = False) -> None:
    """What Qt reads when the application is made: set before QGuiApplication exists. (The web
    view's own environment, its network fence among it, is read when its first profile is made:
    ``kiosk.app.prepare_web_environment``.)"""
    # A core dump would hold whatever the patient typed: none, for the kiosk or any child it
    # starts, however it was started (the unit also says LimitCORE=0, for systemd-coredump).
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    limit_arenas()  # before Qt's threads make arenas of their own (kiosk/memory.py)
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("QT_QUICK_BACKEND", "software")


# ------------------------------------------------------------------------------ the start's clock
@dataclass
class StartClock:
    """Milliseconds since the process's first kiosk import, at each phase's end."""

    began: float = STARTED
    marks: dict[str, float] = field(default_factory=dict)

    def mark(self, phase: str, at: float | None = None) -> None:
        """``phase`` ended now (or at ``at``, a ``time.perf_counter()``); the first mark stays."""
        ended = time.perf_counter() if at is None else at
        self.marks.setdefault(phase, round((ended - self.began) * 1000, 1))

    def phases(self) -> dict[str, float]:
        """Each phase's own length, in the order they ended."""
        out, last = {}, 0.0
        for name, at in sorted(self.marks.items(), key=lambda kv: kv[1]):
            out[name] = round(at - last, 1)
            last = at
        return out


# ------------------------------------------------------------------------ what Welcome looked like
@dataclass(frozen=True)
class WelcomeLook:
    """The config's words Welcome shows, remembered for the next start's boot screen."""

    brand: str = ""
    language: str = "en"
    languages: tuple[str, ...] = ("en", "es")
    help_location: str = ""
    training: bool = False
    kiosk_id: str = ""  # for the journal's KIOSK_ID field of the "Welcome drawn" line


def look_file() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "clinic-kiosk" / "welcome.json"


def _words(value: object) -> str:
    return value[:MAX_WORDS] if isinstance(value, str) else ""


def read_look(path: Path | None = None) -> WelcomeLook:
    """The remembered look; the defaults for anything missing, too long or not as written."""
    path = path or look_file()
    try:
        with path.open("rb") as f:
            raw = json.loads(f.read(MAX_LOOK_BYTES + 1)[: MAX_LOOK_BYTES + 1])
    except (OSError, ValueError):
        return WelcomeLook()
    if not isinstance(raw, dict):
        return WelcomeLook()
    languages = raw.get("languages")
    if not isinstance(languages, list) or not languages:
        languages = list(WelcomeLook.languages)
    languages = [lang for lang in languages if lang in LANGUAGE_CODES] or ["en"]
    language = raw.get("language") if raw.get("language") in languages else languages[0]
    return WelcomeLook(
        brand=_words(raw.get("brand")),
        language=str(language),
        languages=tuple(languages),
        help_location=_words(raw.get("help_location")),
        training=raw.get("training") is True,
        kiosk_id=_words(raw.get("kiosk_id")),
    )


def save_look(look: WelcomeLook, path: Path | None = None) -> bool:
    """Written whole or not at all (a new file renamed over the old); a failure only means the
    next boot screen shows the defaults."""
    path = path or look_file()
    if read_look(path) == look:
        return True
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        new = path.with_suffix(".new")
        new.write_text(json.dumps({**asdict(look), "languages": list(look.languages)}))
        os.replace(new, path)
    except OSError:
        return False
    return True
