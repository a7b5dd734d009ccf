"""The one mapping from DexCare's wire models to the kiosk's domain values."""

from __future__ import annotations

from datetime import time

from kiosk.dexcare.models import Department, ProviderSchedule, RetailSchedule
from kiosk.domain.catalog import Clinic, Hours, OfferedSlot, Schedule

_WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}


def to_clinic(d: Department) -> Clinic:
    hours: dict[int, Hours] = {}
    for open_day in d.open_days:
        index = _WEEKDAYS.get(open_day.day.strip().lower())
        try:
            opens = time.fromisoformat(open_day.open_hours.start_time)
            closes = time.fromisoformat(open_day.open_hours.end_time)
        except ValueError:
            continue  # an unreadable day is shown as closed rather than guessed
        if index is not None and opens < closes:
            hours[index] = Hours(opens, closes)
    a = d.address
    return Clinic(
        url_name=d.url_name,
        department_id=d.department_id,
        name=d.display_name,
        street=", ".join(x for x in (a.line1, a.line2) if x),
        city_line=" ".join(
            x for x in (f"{a.city}," if a.city else "", a.state, a.postal_code) if x
        ),
        timezone=d.timezone,
        ehr_system_name=d.ehr_system_name,
        phone=d.phone or "",
        hours=hours,
        visit_types=tuple(v.short_name or v.name for v in d.allowed_visit_types),
    )


def to_schedule(s: RetailSchedule | ProviderSchedule) -> Schedule:
    slots = tuple(
        OfferedSlot(
            slot_id=t.id,
            starts_at=t.starts_at,
            slot_date_time=t.slot_date_time,
            duration_minutes=t.duration,
            department_id=t.department_id,
            visit_type_id=t.visit_type_id,
            npi=t.provider_national_id or None,
        )
        for day in s.schedule_days
        for t in day.time_slots
    )
    return Schedule(s.timezone, slots)
