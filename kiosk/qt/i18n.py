"""Languages: compiled Qt translations, switched at any time, and locale-aware formatting."""

from __future__ import annotations

import logging
import shutil
import subprocess
from datetime import date, datetime, time
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime, QTranslator

from kiosk.paths import TRANSLATIONS

log = logging.getLogger("kiosk.i18n")

LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
           "es": QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates)}  # fmt: skip


def lrelease() -> str | None:
    """Qt's translation compiler: the one shipped inside the PySide6 wheel, else one on PATH."""
    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(
    source_dir: Path = TRANSLATIONS, out_dir: Path | None = None
) -> list[Path]:
    """Compile every ``.ts`` to ``.qm`` when missing or older than its source."""
    out_dir = out_dir or source_dir
    tool = lrelease()
    built = []
    for ts in sorted(source_dir.glob("*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            built.append(qm)
            continue
        if tool is None:
            log.error("no lrelease found: %s stays uncompiled", ts.name)
            continue
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)  # noqa: S603
        built.append(qm)
    return built


class Languages(QObject):
    """Installs the translator for the chosen language; QML retranslates on ``retranslate()``."""

    def __init__(self, app: QCoreApplication, available: list[str]) -> None:
        super().__init__(app)
        self._app = app
        self.available = available
        self.current = available[0]
        self._translator: QTranslator | None = None
        # One translator per language, loaded once: a new one per switch stayed alive as this
        # object's child, and a lobby switches language thousands of times (kiosk soak).
        self._loaded: dict[str, QTranslator] = {}
        compile_translations()
        self.switch(self.current)

    def switch(self, language: str) -> bool:
        if language not in self.available:
            return False
        if language == self.current and self._translator is not None:
            return True
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        translator = self._translator_for(language)
        if translator is None:
            return False
        self._app.installTranslator(translator)
        self._translator = translator
        self.current = language
        QLocale.setDefault(LOCALES.get(language, LOCALES["en"]))
        return True

    def _translator_for(self, language: str) -> QTranslator | None:
        translator = self._loaded.get(language)
        if translator is None:
            # English has a translation too: only its plural forms ("1 second", "20 seconds").
            translator = QTranslator(self)
            if not translator.load(str(TRANSLATIONS / f"kiosk_{language}.qm")):
                log.error("no compiled translation for %s", language)
                translator.deleteLater()
                return None
            self._loaded[language] = translator
        return translator

    def close(self) -> None:
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None

    @property
    def locale(self) -> QLocale:
        return LOCALES.get(self.current, LOCALES["en"])


def format_time(locale: QLocale, at: time | datetime) -> str:
    t = at.time() if isinstance(at, datetime) else at
    return locale.toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def format_day(locale: QLocale, day: date) -> str:
    pattern = (
        "dddd, d 'de' MMMM" if locale.language() == QLocale.Language.Spanish else "dddd, MMMM d"
    )
    text = locale.toString(QDate(day.year, day.month, day.day), pattern)
    return text[:1].upper() + text[1:]
