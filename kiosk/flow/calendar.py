"""The appointment as an iCalendar event, for the confirmation's QR code: a phone's camera turns
it into a calendar entry. Time, place and provider only: nothing of the patient. Pure Python."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar


def appointment_event(
    *,
    uid: str,
    summary: str,
    location: str,
    starts_at: datetime,
    minutes: int,
    now: datetime,
) -> str:
    """One VEVENT in a VCALENDAR (RFC 5545), times in UTC so every phone agrees."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Clinic kiosk//EN")
    calendar.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", now.astimezone(UTC).replace(microsecond=0))
    event.add("dtstart", starts_at.astimezone(UTC))
    event.add("duration", timedelta(minutes=max(1, minutes)))
    event.add("summary", summary)
    event.add("location", location)
    calendar.add_component(event)
    return str(calendar.to_ical().decode())
