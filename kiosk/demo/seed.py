"""The emulator's invented world: clinics, providers, visit types and their schedules.

Everything is deterministic: the same day gives the same slots and the same taken ones. Schedules
are computed relative to *today in each clinic's own time zone*, so a demo at 11 pm in Seattle
shows Seattle's tomorrow correctly. All names, addresses and phone numbers are invented.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

BRAND = "Evergreen"
DAYS_OF_SLOTS = 7
MAX_LOOKAHEAD_DAYS = 7
# The demo tenant's insurers as DexCare's insuranceissuers lists them (one more than a kiosk's
# default settings know, so a trainer sees the list came from "DexCare").
PAYERS: tuple[tuple[str, str], ...] = (
    ("aetna", "Aetna"), ("bcbsorma", "Blue Cross Blue Shield"), ("cigna", "Cigna"),
    ("humana", "Humana"), ("kaiser", "Kaiser Permanente"), ("medicaid", "Medicaid"),
    ("medicare", "Medicare"), ("moda", "Moda Health"), ("molina", "Molina Healthcare"),
    ("pmaor", "Premera Blue Cross"), ("regence", "Regence"), ("tricare", "TRICARE"),
    ("uhc", "UnitedHealthcare"),
)  # fmt: skip
# Where a training kiosk stands, for "today" when DexCare names no zone (kiosk.timezone unset).
KIOSK_ZONE = "America/Los_Angeles"
TAKEN_ONE_IN = 4  # about a quarter of all times are already booked by other patients

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class VisitTypeSeed:
    visit_type_id: str
    name: str
    short_name: str
    description: str = ""


@dataclass(frozen=True)
class ClinicSeed:
    department_id: str
    url_name: str
    display_name: str
    ehr_system_name: str
    timezone: str
    line1: str
    city: str
    state: str
    postal_code: str
    phone: str
    latitude: float
    longitude: float
    slot_minutes: int
    # (weekday index 0=Monday) -> (open, close); days not listed are closed
    hours: dict[int, tuple[time, time]]
    visit_types: tuple[VisitTypeSeed, ...]
    clinic_type: str = "Retail"
    line2: str | None = None


@dataclass(frozen=True)
class ProviderSeed:
    npi: str
    provider_id: str
    first_name: str
    last_name: str
    credentials: str
    department_id: str
    visit_types: tuple[VisitTypeSeed, ...]
    slot_minutes: int = 20
    accepting_new_patients: bool = True


EHR = "org.evergreen.epic.prd"

RETAIL_TYPES = (
    VisitTypeSeed("2001", "Illness", "Illness", "Cold, flu, fever, sore throat"),
    VisitTypeSeed("2002", "Minor injury", "Injury", "Sprains, small cuts, minor burns"),
)

NEW = VisitTypeSeed("3001", "New patient visit", "NewPatient", "First visit with this provider")
FOLLOW = VisitTypeSeed("3002", "Follow-up visit", "FollowUp", "Check-in on an ongoing concern")
PHYSICAL = VisitTypeSeed("3003", "Annual physical", "Physical", "Yearly check-up")
SICK = VisitTypeSeed("3004", "Sick visit", "SickVisit", "New illness symptoms")
WELL_CHILD = VisitTypeSeed("3005", "Well-child visit", "WellChild", "Check-up for children")


def _hours(
    weekday: tuple[str, str], weekend: tuple[str, str] | None
) -> dict[int, tuple[time, time]]:
    wd = (time.fromisoformat(weekday[0]), time.fromisoformat(weekday[1]))
    out = {d: wd for d in range(5)}
    if weekend:
        we = (time.fromisoformat(weekend[0]), time.fromisoformat(weekend[1]))
        out.update({5: we, 6: we})
    return out


CLINICS: tuple[ClinicSeed, ...] = (
    ClinicSeed(
        "1101", "EvergreenCapitolHill", "Evergreen Walk-In Clinic - Capitol Hill", EHR,
        "America/Los_Angeles", "1420 E Pine Ridge Ave", "Seattle", "WA", "98122", "206-555-0142",
        47.6152, -122.3141, 15, _hours(("08:00", "20:00"), ("09:00", "17:00")), RETAIL_TYPES,
        line2="Suite 110",
    ),
    ClinicSeed(
        "1102", "EvergreenBoiseDowntown", "Evergreen Walk-In Clinic - Downtown Boise", EHR,
        "America/Boise", "305 W Juniper Bend St", "Boise", "ID", "83702", "208-555-0187",
        43.6166, -116.2008, 20, _hours(("07:30", "19:30"), ("09:00", "15:00")), RETAIL_TYPES,
    ),
    ClinicSeed(
        "1103", "EvergreenPhoenixMidtown", "Evergreen Walk-In Clinic - Midtown Phoenix", EHR,
        "America/Phoenix", "2250 N Saguaro Terrace Blvd", "Phoenix", "AZ", "85004", "602-555-0119",
        33.4742, -112.0740, 15, _hours(("08:00", "18:00"), None), RETAIL_TYPES,
    ),
)  # fmt: skip

PROVIDER_DEPARTMENTS: tuple[ClinicSeed, ...] = (
    ClinicSeed(
        "2201", "EvergreenQueenAnneFM", "Evergreen Family Medicine - Queen Anne", EHR,
        "America/Los_Angeles", "815 Galer Hillside Way", "Seattle", "WA", "98109", "206-555-0163",
        47.6323, -122.3568, 20, _hours(("08:00", "17:00"), None), (), clinic_type="Primary Care",
    ),
    ClinicSeed(
        "2202", "EvergreenMeridianPeds", "Evergreen Pediatrics & Family Care - Meridian", EHR,
        "America/Boise", "1776 E Fairmeadow Dr", "Meridian", "ID", "83642", "208-555-0175",
        43.6121, -116.3915, 20, _hours(("08:30", "16:30"), None), (), clinic_type="Primary Care",
    ),
)  # fmt: skip

PROVIDERS: tuple[ProviderSeed, ...] = (
    ProviderSeed("1520384714", "p-101", "Maya", "Okafor", "MD", "2201", (NEW, FOLLOW, PHYSICAL)),
    ProviderSeed("1639482052", "p-102", "Daniel", "Reyes", "DO", "2201", (NEW, SICK)),
    ProviderSeed("1748593161", "p-103", "Priya", "Raman", "MD", "2202", (NEW, WELL_CHILD, SICK)),
    ProviderSeed("1859604278", "p-104", "Samuel", "Whitfield", "PA-C", "2202", (SICK,), 15),
    ProviderSeed("1960715385", "p-105", "Lucía", "Fernández", "NP", "2201", (NEW, FOLLOW, SICK)),
)


@dataclass(frozen=True)
class SeedSlot:
    """One generated time. ``key`` identifies it for booking; ``slot_id`` is what DexCare sends."""

    slot_id: str
    starts_at: datetime  # aware, in the department's zone
    duration: int
    department_id: str
    visit_type: VisitTypeSeed
    npi: str | None  # None for retail (any provider on shift)
    provider_id: str | None
    key: tuple[str, str, str, str] = field(compare=False)

    @property
    def slot_date_time(self) -> str:
        return self.starts_at.isoformat(timespec="seconds")


def encode_slot_id(
    when: datetime, duration: int, visit_type: VisitTypeSeed, department_id: str, zone: str
) -> str:
    """What DexCare does (the kiosk itself never encodes): base64 of a small JSON object."""
    payload = {
        "date": when.date().isoformat(),
        "time": when.time().isoformat(timespec="seconds"),
        "duration": duration,
        "visitTypeId": visit_type.visit_type_id,
        "visitType": visit_type.short_name,
        "timezone": zone,
        "departmentId": department_id,
        "slotType": visit_type.short_name,
        "version": "3.0",
    }
    return base64.b64encode(json.dumps(payload, indent=2).encode()).decode()


def _taken_by_others(key: tuple[str, ...]) -> bool:
    digest = hashlib.sha256("|".join(key).encode()).digest()
    return digest[0] % TAKEN_ONE_IN == 0


def today_in(zone: str, now: datetime) -> date:
    return now.astimezone(ZoneInfo(zone)).date()


def schedule(
    dept: ClinicSeed,
    visit_type: VisitTypeSeed,
    now: datetime,
    *,
    npi: str | None = None,
    provider_id: str | None = None,
    minutes: int | None = None,
    days: int = DAYS_OF_SLOTS,
) -> list[SeedSlot]:
    """Every slot of the next ``days`` days (today first, in the department's zone), including
    today's earlier ones, and the ones other patients have taken, marked by ``_taken_by_others``."""
    zone = ZoneInfo(dept.timezone)
    step = timedelta(minutes=minutes or dept.slot_minutes)
    first = today_in(dept.timezone, now)
    out: list[SeedSlot] = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        hours = dept.hours.get(day.weekday())
        if not hours:
            continue
        at = datetime.combine(day, hours[0], tzinfo=zone)
        close = datetime.combine(day, hours[1], tzinfo=zone)
        while at + step <= close:
            key = (dept.department_id, npi or "retail", visit_type.visit_type_id, at.isoformat())
            slot_id = encode_slot_id(
                at, int(step.total_seconds() // 60), visit_type, dept.department_id, dept.timezone
            )
            out.append(
                SeedSlot(slot_id, at, int(step.total_seconds() // 60), dept.department_id,
                         visit_type, npi, provider_id, key)
            )  # fmt: skip
            at += step
    return out


def is_taken_by_others(slot: SeedSlot) -> bool:
    return _taken_by_others(slot.key)


def department(department_id: str) -> ClinicSeed | None:
    return next(
        (d for d in (*CLINICS, *PROVIDER_DEPARTMENTS) if d.department_id == department_id), None
    )


def clinic_by_url_name(url_name: str) -> ClinicSeed | None:
    wanted = url_name.lower()
    return next(
        (d for d in (*CLINICS, *PROVIDER_DEPARTMENTS) if d.url_name.lower() == wanted), None
    )


def provider(npi: str) -> ProviderSeed | None:
    return next((p for p in PROVIDERS if p.npi == npi), None)


def weekday_name(index: int) -> str:
    return WEEKDAYS[index]
