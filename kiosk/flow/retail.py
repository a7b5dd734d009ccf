"""Turning clinics and slots into what the walk-in screens show.

Times are computed in each clinic's own zone; slots that have started (or start within
``min_lead``) are never offered. Formatting for a language is the UI's job: these are plain values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from kiosk.domain.catalog import Clinic, Hours, OfferedSlot, Schedule

DEFAULT_MIN_LEAD = timedelta(minutes=5)  # no point walking over for a slot starting now


@dataclass(frozen=True)
class TimeChoice:
    slot_id: str
    starts_at: datetime  # aware, clinic zone
    slot_date_time: str  # as DexCare sent it, for the hand-off URL
    search_context: str | None = None


@dataclass(frozen=True)
class DayOfTimes:
    day: date
    times: tuple[TimeChoice, ...]


@dataclass(frozen=True)
class ClinicCard:
    clinic: Clinic
    today: Hours | None  # None = closed today
    next_free: datetime | None  # aware, clinic zone


def upcoming(
    slots: Iterable[OfferedSlot], now: datetime, min_lead: timedelta = DEFAULT_MIN_LEAD
) -> list[OfferedSlot]:
    """Slots that have not started (by ``min_lead``), earliest first."""
    cutoff = now + min_lead
    return sorted((s for s in slots if s.starts_at >= cutoff), key=lambda s: s.starts_at)


def group_times(
    schedule: Schedule, now: datetime, *, min_lead: timedelta = DEFAULT_MIN_LEAD
) -> list[DayOfTimes]:
    """Times by day, each in the zone its slotId names (a provider's department may sit in
    another zone than the schedule says), else in the schedule's."""
    zone = ZoneInfo(schedule.timezone)
    days: dict[date, list[TimeChoice]] = {}
    for s in upcoming(schedule.slots, now, min_lead):
        local = s.starts_at.astimezone(ZoneInfo(s.timezone) if s.timezone else zone)
        days.setdefault(local.date(), []).append(
            TimeChoice(s.slot_id, local, s.slot_date_time, s.search_context)
        )
    return [DayOfTimes(day, tuple(times)) for day, times in sorted(days.items())]


class PartOfDay(StrEnum):
    MORNING = "morning"  # before noon
    AFTERNOON = "afternoon"  # noon to 5 pm
    EVENING = "evening"


def part_of_day(at: datetime) -> PartOfDay:
    """In the clinic's own zone (``at`` is already local)."""
    if at.hour < 12:
        return PartOfDay.MORNING
    return PartOfDay.AFTERNOON if at.hour < 17 else PartOfDay.EVENING


def by_part_of_day(day: DayOfTimes) -> list[tuple[PartOfDay, tuple[TimeChoice, ...]]]:
    """A day's times in morning / afternoon / evening groups (empty groups left out)."""
    groups: dict[PartOfDay, list[TimeChoice]] = {}
    for t in day.times:
        groups.setdefault(part_of_day(t.starts_at), []).append(t)
    return [(part, tuple(groups[part])) for part in PartOfDay if part in groups]


def soonest(days: Sequence[DayOfTimes], count: int = 3) -> tuple[TimeChoice, ...]:
    """The first ``count`` times of all, for a patient who just wants the next one."""
    return tuple(t for d in days for t in d.times)[:count]


def is_still_bookable(
    slot_date_time: str, now: datetime, min_lead: timedelta = timedelta(0)
) -> bool:
    """Has the chosen slot not started yet? Judged on its own offset, whatever the kiosk's zone."""
    return datetime.fromisoformat(slot_date_time) > now + min_lead


def offered_clinics(clinics: Sequence[Clinic], only: Sequence[str] = ()) -> list[Clinic]:
    """The clinics this kiosk offers (``only`` = urlNames, any case; empty = all), in the
    configured order."""
    wanted = [u.lower() for u in only]
    chosen = [c for c in clinics if not wanted or c.url_name.lower() in wanted]
    if wanted:
        chosen.sort(key=lambda c: wanted.index(c.url_name.lower()))
    return chosen


def clinic_cards(
    clinics: Sequence[Clinic], schedules: dict[str, Schedule | None], now: datetime
) -> list[ClinicCard]:
    """A card per clinic (already chosen by ``offered_clinics``): today's hours and the next
    free time, in the clinic's own zone."""
    cards = []
    for c in clinics:
        zone = ZoneInfo(c.timezone)
        schedule = schedules.get(c.url_name)
        later = upcoming(schedule.slots, now) if schedule else []
        cards.append(
            ClinicCard(
                c,
                c.hours_on(now.astimezone(zone).date()),
                later[0].starts_at.astimezone(zone) if later else None,
            )
        )
    return cards
