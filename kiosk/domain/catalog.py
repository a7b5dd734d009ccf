"""What the kiosk offers, as the screens need it: clinics with opening hours, and bookable times.

These are domain values, apart from DexCare's wire models; ``kiosk.dexcare.mapping`` is the one
place that turns one into the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time


@dataclass(frozen=True)
class Hours:
    opens: time
    closes: time


@dataclass(frozen=True)
class Clinic:
    url_name: str
    department_id: str
    name: str
    street: str  # line1, line2
    city_line: str  # "Seattle, WA 98122"
    timezone: str
    ehr_system_name: str
    phone: str = ""
    # weekday (0 = Monday) -> hours; a missing day is closed
    hours: dict[int, Hours] = field(default_factory=dict)
    visit_types: tuple[str, ...] = ()  # short names, e.g. "Illness"

    @property
    def walk_in_visit_type(self) -> str:
        """The visit type walk-in times are asked for: the clinic's first, as DexCare's SDK does."""
        return self.visit_types[0] if self.visit_types else "Illness"

    def hours_on(self, day: date) -> Hours | None:
        return self.hours.get(day.weekday())


@dataclass(frozen=True)
class OfferedSlot:
    slot_id: str  # opaque, exactly as DexCare sent it
    starts_at: datetime  # aware
    slot_date_time: str  # as DexCare wrote it: the hand-off URL wants it verbatim
    duration_minutes: int
    department_id: str
    visit_type_id: str | None = None
    npi: str | None = None
    search_context: str | None = None  # Care Options: hand off with aggregate=true&searchContext=
    timezone: str | None = None  # the zone its slotId names, where it names one


@dataclass(frozen=True)
class Schedule:
    timezone: str
    slots: tuple[OfferedSlot, ...]
