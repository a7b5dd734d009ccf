"""Dates and times as a patient reads them, in the kiosk's language and the clinic's own zone:
"Today, 10:45 AM", "Mañana, 2:05 p.m.", "Tuesday, November 24, 10:45 AM". Shared by every
view-model that shows a time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate

from kiosk.qt.i18n import Languages, format_day, format_time

Clock = Callable[[], datetime]


class Presenter:
    def __init__(self, languages: Languages, clock: Clock) -> None:
        self.languages = languages
        self.clock = clock

    @property
    def language(self) -> str:
        return self.languages.current

    def time(self, at: datetime | time) -> str:
        return format_time(self.languages.locale, at)

    def day(self, day: date, zone: tzinfo | None) -> str:
        """ "Today", "Tomorrow", else the weekday and date, as the clinic (``zone``) counts days."""
        today = self.clock().astimezone(zone or UTC).date()
        if day == today:
            return QCoreApplication.translate("Kiosk", "Today")
        if day == today + timedelta(days=1):
            return QCoreApplication.translate("Kiosk", "Tomorrow")
        return format_day(self.languages.locale, day)

    def when(self, at: datetime, zone: str | None = None) -> str:
        """Short: "Today, 10:45 AM". ``zone``: the clinic's (else the time's own offset)."""
        if zone:
            at = at.astimezone(ZoneInfo(zone))
        return f"{self.day(at.date(), at.tzinfo)}, {self.time(at)}"

    def full_when(self, at: datetime, zone: str | None = None) -> str:
        """The whole date, never "Tomorrow": read again at home ("Tuesday, November 24, ...")."""
        if zone:
            at = at.astimezone(ZoneInfo(zone))
        return f"{format_day(self.languages.locale, at.date())}, {self.time(at)}"

    def birth_date(self, born: date) -> str:
        """Without its weekday: "July 4, 2018", "4 de julio de 2018"."""
        pattern = "d 'de' MMMM 'de' yyyy" if self.language == "es" else "MMMM d, yyyy"
        return self.languages.locale.toString(QDate(born.year, born.month, born.day), pattern)
