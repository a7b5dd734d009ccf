"""The slotId codec.

DexCare's slotId is base64 of a small JSON object. The kiosk sends it back exactly as received and
decodes it only to show or check things, such as whether the slot has already started, in the
slot's own time zone. It never re-encodes one.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.domain.errors import Problem, SlotIdInvalid

_B64 = re.compile(r"[A-Za-z0-9+/\-_]+={0,2}")
MAX_SLOT_ID_LENGTH = 4096


@dataclass(frozen=True, slots=True)
class Slot:
    """A decoded slotId. ``raw`` is the id exactly as DexCare sent it."""

    raw: str
    date: date
    time: time
    duration_minutes: int
    visit_type_id: str
    visit_type: str
    timezone: str
    department_id: str
    slot_type: str
    version: str

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def starts_at(self) -> datetime:
        """The start as an aware datetime in the slot's own zone."""
        return datetime.combine(self.date, self.time, tzinfo=self.zone)

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    def has_started(self, now: datetime) -> bool:
        """True once the slot's start has passed; ``now`` must be aware (any zone)."""
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        return now >= self.starts_at

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "time": self.time.isoformat(),
            "duration": self.duration_minutes,
            "visitTypeId": self.visit_type_id,
            "visitType": self.visit_type,
            "timezone": self.timezone,
            "departmentId": self.department_id,
            "slotType": self.slot_type,
            "version": self.version,
            "startsAt": self.starts_at.isoformat(),
        }


def _bad(message: str, code: str = "invalid_slot_id") -> SlotIdInvalid:
    return SlotIdInvalid([Problem("slotId", code, message)])


def _b64decode(text: str) -> bytes:
    if not _B64.fullmatch(text):
        raise _bad("is not base64")
    body = text.rstrip("=")
    padded = body + "=" * (-len(body) % 4)
    altchars = b"-_" if ("-" in body or "_" in body) else b"+/"
    if altchars == b"-_" and ("+" in body or "/" in body):
        raise _bad("mixes standard and URL-safe base64")
    try:
        return base64.b64decode(padded, altchars=altchars, validate=True)
    except (binascii.Error, ValueError):
        raise _bad("is not base64") from None


def _text(obj: dict[str, Any], key: str, *, required: bool = True) -> str:
    value = obj.get(key)
    if value is None and not required:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or (required and not value.strip()):
        raise _bad(f'has no usable "{key}"')
    return value


def decode_slot_id(slot_id: str) -> Slot:
    """Decode a slotId (standard or URL-safe base64, padding optional) or raise SlotIdInvalid."""
    if not isinstance(slot_id, str) or not slot_id:
        raise _bad("is empty", "required")
    if len(slot_id) > MAX_SLOT_ID_LENGTH:
        raise _bad("is too long")
    raw = _b64decode(slot_id.strip())
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _bad("does not hold a slot description") from None
    if not isinstance(obj, dict):
        raise _bad("does not hold a slot description")
    try:
        day = date.fromisoformat(_text(obj, "date"))
    except ValueError:
        raise _bad('has an invalid "date"') from None
    try:
        at = time.fromisoformat(_text(obj, "time"))
    except ValueError:
        raise _bad('has an invalid "time"') from None
    if at.tzinfo is not None:
        raise _bad('has a "time" with an offset; the zone is given separately')
    duration = obj.get("duration")
    if isinstance(duration, str) and duration.strip().isdigit():
        duration = int(duration)
    if isinstance(duration, float) and duration.is_integer():
        duration = int(duration)
    if not isinstance(duration, int) or isinstance(duration, bool) or not 0 < duration <= 24 * 60:
        raise _bad('has an invalid "duration"')
    zone = _text(obj, "timezone")
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise _bad(f'has an unknown time zone "{zone[:40]}"') from None
    return Slot(
        raw=slot_id,
        date=day,
        time=at,
        duration_minutes=duration,
        visit_type_id=_text(obj, "visitTypeId"),
        visit_type=_text(obj, "visitType", required=False),
        timezone=zone,
        department_id=_text(obj, "departmentId"),
        slot_type=_text(obj, "slotType", required=False),
        version=_text(obj, "version", required=False),
    )
