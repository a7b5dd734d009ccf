"""The one mapping from DexCare's wire models to the kiosk's domain values."""

from __future__ import annotations

from datetime import time

from kiosk.dexcare.models import Department, ProviderInfo, ProviderSchedule, RetailSchedule
from kiosk.domain.catalog import Clinic, Hours, OfferedSlot, Schedule
from kiosk.domain.errors import SlotIdInvalid
from kiosk.domain.slot import decode_slot_id
from kiosk.flow.provider import ProviderCard, VisitTypeChoice

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


def _zone_of(slot_id: str) -> str | None:
    try:
        return decode_slot_id(slot_id).timezone
    except SlotIdInvalid:
        return None  # retail ids are opaque: the schedule's zone is the clinic's


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
            timezone=_zone_of(t.id),
        )
        for day in s.schedule_days
        for t in day.time_slots
    )
    return Schedule(s.timezone, slots)


def to_provider_card(p: ProviderInfo) -> ProviderCard:
    """A provider as the list shows them, at their first department. Visit types without a short
    name are left out (they cannot be asked for; DexCare's sample app does the same)."""
    d = p.departments[0] if p.departments else None
    a = d.address if d else None
    address = ""
    if a is not None:
        street = ", ".join(x for x in (a.line1, a.line2) if x)
        address = f"{street}, {a.city}, {a.state} {a.postal_code}".strip(", ")
    return ProviderCard(
        npi=p.provider_national_id,
        name=p.name,
        credentials=p.credentials or "",
        department_id=d.department_id if d else "",
        department_name=(d.center or d.name) if d else "",
        ehr_system_name=d.ehr_system_name if d else "",
        address=address,
        timezone=(d.timezone or "") if d else "",
        visit_types=tuple(
            VisitTypeChoice(v.visit_type_id, v.name, v.short_name, v.description or "")
            for v in p.visit_types
            if v.short_name
        ),
    )
