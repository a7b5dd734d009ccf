"""An in-process stand-in for DexCare: the same endpoints, the same shapes, the same errors.

The core is synchronous and thread-safe: :mod:`kiosk.demo.transport` plugs it into httpx for demo
and training mode (so the real client code runs), and :mod:`kiosk.demo.server` serves it over real
HTTP on loopback. Scenarios switch at run time, so every failure screen can be rehearsed.

Patient data sent to it lives in memory only, like a real server's, and is never logged.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import secrets
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from kiosk.demo import contract, seed
from kiosk.demo.scenarios import Scenario

log = logging.getLogger("kiosk.demo")

DEMO_API_KEY = "demo-api-key"
DEMO_TOKEN = "demo-access-token"  # noqa: S105
DEMO_CLIENT_ID = "demo-kiosk"
DEMO_CLIENT_SECRET = "demo-client-secret"  # noqa: S105


RECEIVED_KEPT = 5000  # the requests kept for tests and trainers to look at, newest last


# What a booking gets in each refusing scenario: status, message, code.
REFUSALS: dict[Scenario, tuple[int, str, str]] = {
    Scenario.DOUBLE_BOOKED: (409, "PatientDoubleBooked: the patient already has a visit at this time",
                             "PatientDoubleBooked"),
    Scenario.EHR_CONFLICT: (409, "UnknownAppointmentConflict: the EHR refused the appointment",
                            "UnknownAppointmentConflict"),
    Scenario.NOT_ON_PANEL: (412, "The patient is not on the provider's panel", "NotOnPanel"),
    Scenario.ACCOUNT_LOCKED: (423, "The patient account is locked", "AccountLocked"),
    Scenario.PATIENT_NOT_FOUND: (404, "Patient not found", "PatientNotFound"),
    Scenario.FIELD_REFUSED: (400, "patient.address.postalCode: this ZIP code is not served here",
                             "InvalidField"),
}  # fmt: skip


Fate = Literal["respond", "refuse", "drop"]


@dataclass
class Answer:
    """What the emulator does with one request. ``refuse``: no connection at all; ``drop``: the
    request was processed but the connection dies before the answer."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    fate: Fate = "respond"
    trickle: float = 0.0  # seconds between the body's bytes (a stalling gateway)


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    query: dict[str, str]
    body: Any


@dataclass(frozen=True)
class Booking:
    visit_id: str
    kind: Literal["provider", "retail"]
    slot_key: tuple[str, str, str, str]
    patient_guid: str | None
    body: dict[str, Any]
    correlation_id: str | None = None  # the Correlation-Id it came with, as DexCare logs it


class ApiError(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


def _error(status: int, message: str, code: str | None = None) -> ApiError:
    body: dict[str, Any] = {"message": message, "errorCode": status}
    if code:
        body["code"] = code
    return ApiError(status, body)


Handler = Callable[["DexCareEmulator", re.Match[str], Mapping[str, str], Any], Any]
_ROUTES: list[tuple[str, re.Pattern[str], str]] = []


def _route(method: str, pattern: str) -> Callable[[Any], Any]:
    def register(fn: Any) -> Any:
        _ROUTES.append((method, re.compile(pattern + r"/?"), fn.__name__))
        return fn

    return register


class DexCareEmulator:
    def __init__(
        self,
        *,
        api_key: str = DEMO_API_KEY,
        token: str = DEMO_TOKEN,
        client_id: str = DEMO_CLIENT_ID,
        client_secret: str = DEMO_CLIENT_SECRET,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        latency: float = 2.5,
        scenario: Scenario | str = Scenario.NORMAL,
        department_zones: bool = False,
    ) -> None:
        self._api_key = api_key
        self._token = token
        self._client_id = client_id
        self._client_secret = client_secret
        self.clock = clock
        self.latency = latency
        # DexCare's provider departments name no zone (the iOS SDK's Provider.swift:59-90 has no
        # such member); a tenant whose DexCare adds one is this flag.
        self.department_zones = department_zones
        self._lock = threading.RLock()
        self._pending_401 = 0
        self._scenario = Scenario.NORMAL
        self.received: list[Received] = []
        # Members of a PHI body DexCare would drop without a word, by path (never a value).
        self.ignored: list[str] = []
        self.bookings: list[Booking] = []
        self._correlation: str | None = None  # of the request being handled
        self._booked: set[tuple[str, str, str, str]] = set()
        self._patients: dict[tuple[str, str, str], str] = {}
        self.set_scenario(scenario)

    # ------------------------------------------------------------------------------ control
    @property
    def scenario(self) -> Scenario:
        return self._scenario

    def set_scenario(self, name: Scenario | str) -> Scenario:
        scenario = Scenario(name)
        with self._lock:
            self._scenario = scenario
            self._pending_401 = 1 if scenario is Scenario.AUTH_EXPIRED else 0
        log.info("emulator scenario: %s", scenario.value)
        return scenario

    def reset(self) -> None:
        """Forget every booking and patient; schedules regenerate relative to today."""
        with self._lock:
            self.received.clear()
            self.ignored.clear()
            self.bookings.clear()
            self._booked.clear()
            self._patients.clear()
            self._pending_401 = 1 if self._scenario is Scenario.AUTH_EXPIRED else 0
        log.info("emulator data reset")

    def now(self) -> datetime:
        return self.clock()

    def _note_ignored(self, body: BaseModel) -> None:
        for path in contract.ignored(body):
            if path not in self.ignored and len(self.ignored) < RECEIVED_KEPT:
                self.ignored.append(path)
                log.info("emulator ignored a member DexCare does not know: %s", path)

    # ------------------------------------------------------------------------------ entry
    def handle(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        body: bytes,
    ) -> Answer:
        with self._lock:
            return self._handle(
                method.upper(), path, query, {k.lower(): v for k, v in headers.items()}, body
            )

    def _handle(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        body: bytes,
    ) -> Answer:
        if path.startswith("/_emulator"):
            return self._admin(method, path, body)
        scenario = self._scenario
        if scenario is Scenario.OFFLINE:
            return Answer(fate="refuse")
        delay = self.latency if scenario is Scenario.SLOW else 0.0
        if scenario is Scenario.SERVER_ERROR:
            return self._answer(_error(500, "Internal server error"), delay)
        if path == "/oauth2/token" and method == "POST":
            return self._answer(self._oauth(headers, body), delay)
        try:
            payload = json.loads(body) if body else None
        except ValueError:
            return self._answer(_error(400, "Request body is not valid JSON"), delay)
        self.received.append(Received(method, path, dict(query), payload))
        if len(self.received) > RECEIVED_KEPT:  # a training kiosk runs for months
            del self.received[: len(self.received) - RECEIVED_KEPT]
        for route_method, pattern, route_name in _ROUTES:
            match = pattern.fullmatch(path)
            if match and route_method == method:
                name = route_name
                break
        else:
            return self._answer(_error(404, "No route for this path"), delay)
        self._correlation = headers.get("correlation-id")
        if headers.get("x-api-key") != self._api_key:
            return self._answer(
                ApiError(401, {"message": "API key is not valid", "status": 401}), delay
            )
        if not headers.get("domain"):
            return self._answer(_error(400, "domain header is required"), delay)
        needs_token = method == "POST"
        if needs_token:
            if headers.get("authorization") != f"Bearer {self._token}":
                return self._answer(_error(401, "Unauthorized"), delay)
            if self._pending_401:
                self._pending_401 -= 1
                return self._answer(_error(401, "Token expired"), delay)
        try:
            result = getattr(self, name)(match, query, payload)
        except ApiError as err:
            return self._answer(err, delay)
        answer = self._answer(result, delay)
        if name == "_book_provider" and scenario is Scenario.OUTCOME_UNKNOWN:
            answer.fate = "drop"  # booked, but the patient never hears back
        if name == "_book_provider" and scenario is Scenario.BOOKED_THEN_ERROR:
            answer = self._answer(_error(500, "Internal server error"), delay)
        if name == "_book_provider" and scenario is Scenario.BOOKED_THEN_TRICKLE:
            answer.trickle = 1.0
        return answer

    @staticmethod
    def _answer(result: Any, delay: float) -> Answer:
        if isinstance(result, ApiError):
            status, data = result.status, result.body
        else:
            status, data = 200, result
        return Answer(
            status=status,
            body=json.dumps(data).encode(),
            headers={"Content-Type": "application/json"},
            delay=delay,
        )

    def _admin(self, method: str, path: str, body: bytes) -> Answer:
        try:
            if path == "/_emulator/scenario" and method == "GET":
                return self._answer({"scenario": self._scenario.value, "latency": self.latency}, 0)
            if path == "/_emulator/scenario" and method in ("PUT", "POST"):
                data = json.loads(body or b"{}")
                if "latency" in data:
                    self.latency = max(0.0, min(60.0, float(data["latency"])))
                self.set_scenario(data.get("scenario", self._scenario))
                return self._answer({"scenario": self._scenario.value, "latency": self.latency}, 0)
            if path == "/_emulator/reset" and method == "POST":
                self.reset()
                return self._answer({"reset": True}, 0)
        except (ValueError, TypeError):
            return self._answer(
                _error(400, f"scenario must be one of {[s.value for s in Scenario]}"), 0
            )
        return self._answer(_error(404, "No route for this path"), 0)

    def _oauth(self, headers: Mapping[str, str], body: bytes) -> Any:
        expected = base64.b64encode(f"{self._client_id}:{self._client_secret}".encode()).decode()
        if (
            headers.get("authorization") != f"Basic {expected}"
            or b"grant_type=client_credentials" not in body
        ):
            return ApiError(401, {"error": "invalid_client"})
        return {"access_token": self._token, "token_type": "Bearer", "expires_in": 3600}

    # ------------------------------------------------------------------------------ data
    def _available(self, slot: seed.SeedSlot, now: datetime) -> bool:
        return slot.key not in self._booked and not seed.is_taken_by_others(slot)

    def _department_json(self, d: seed.ClinicSeed, *, with_providers: bool) -> dict[str, Any]:
        providers = [p for p in seed.PROVIDERS if p.department_id == d.department_id]
        return {
            "departmentId": d.department_id,
            "urlName": d.url_name,
            "displayName": d.display_name,
            "brandName": seed.BRAND,
            "ehrSystemName": d.ehr_system_name,
            "timezone": d.timezone,
            "clinicType": d.clinic_type,
            "isActive": True,
            "instanceId": "evergreen-prd",
            "phone": d.phone,
            "smallImageUrl": f"https://images.example.org/clinics/{d.url_name}.png",
            "latitude": d.latitude,
            "longitude": d.longitude,
            "address": {"line1": d.line1, "line2": d.line2, "city": d.city, "state": d.state,
                        "postalCode": d.postal_code},
            "allowedVisitTypes": [
                {"visitTypeId": v.visit_type_id, "name": v.name, "shortName": v.short_name,
                 "minAge": 0, "maxAge": 120, "ageUnit": "YEAR"} for v in d.visit_types
            ],
            "openDays": [
                {"day": seed.weekday_name(i), "openHours": {"startTime": h[0].isoformat(), "endTime": h[1].isoformat()}}
                for i, h in sorted(d.hours.items())
            ],
            "providers": [
                {"providerId": p.provider_id, "emrId": f"E{p.provider_id[2:]}", "nationalId": p.npi,
                 "firstName": p.first_name, "lastName": p.last_name, "credential": p.credentials}
                for p in providers
            ] if with_providers else [],
            "billingServiceArea": "EVG",
        }  # fmt: skip

    def _schedule_json(
        self, slots: list[seed.SeedSlot], zone: str, *, retail: bool
    ) -> list[dict[str, Any]]:
        now = self.now()
        days: dict[date, list[dict[str, Any]]] = {}
        for s in slots:
            bucket = days.setdefault(s.starts_at.date(), [])
            if not self._available(s, now):
                continue
            bucket.append(
                {
                    "id": s.slot_id,
                    "slotDateTime": s.slot_date_time,
                    "duration": str(s.duration) if retail else s.duration,  # DexCare's quirk (I-6)
                    "departmentId": s.department_id,
                    "departmentIdentifier": f"{seed.EHR}|{s.department_id}",
                    "visitTypeId": s.visit_type.visit_type_id,
                    "slotType": s.visit_type.short_name,
                    "providerNationalId": s.npi or "",
                    "providerId": s.provider_id or "",
                }
            )
        out = []
        for day, times in days.items():
            midnight = slots[0].starts_at.tzinfo
            start = datetime.combine(day, datetime.min.time(), tzinfo=midnight)
            out.append({"date": start.isoformat(timespec="seconds"), "timeSlots": times})
        return out

    def retail_slots(self, clinic: seed.ClinicSeed, visit_type_name: str) -> list[seed.SeedSlot]:
        vt = next(
            (v for v in clinic.visit_types if v.short_name.lower() == visit_type_name.lower()), None
        )
        if vt is None:
            raise _error(400, f"Visit type {visit_type_name[:40]!r} is not offered at this clinic")
        return seed.schedule(clinic, vt, self.now())

    def provider_slots(self, p: seed.ProviderSeed, vt: seed.VisitTypeSeed) -> list[seed.SeedSlot]:
        dept = seed.department(p.department_id)
        assert dept is not None
        return seed.schedule(dept, vt, self.now(), npi=p.npi, provider_id=p.provider_id,
                             minutes=p.slot_minutes, days=seed.MAX_LOOKAHEAD_DAYS)  # fmt: skip

    # ------------------------------------------------------------------------------ routes
    @_route("GET", r"/v4/departments")
    def _departments(self, m: re.Match[str], q: Mapping[str, str], _: Any) -> Any:
        brand = q.get("brand")
        if brand is not None and brand.lower() != seed.BRAND.lower():
            return []
        clinic_type = q.get("clinicType", "Retail").lower()
        pool = seed.CLINICS if clinic_type == "retail" else ()
        return [self._department_json(d, with_providers=False) for d in pool]

    @_route("GET", r"/v4/departments/(?P<url>[^/]+)/departmentInfo")
    def _department(self, m: re.Match[str], q: Mapping[str, str], _: Any) -> Any:
        d = seed.clinic_by_url_name(m["url"])
        if d is None:
            raise _error(404, 'The department with the given "urlName" was not found')
        return self._department_json(d, with_providers=q.get("withProviders", "false") == "true")

    @_route("GET", r"/v2/departments/(?P<url>[^/]+)/timeslots")
    def _retail_timeslots(self, m: re.Match[str], q: Mapping[str, str], _: Any) -> Any:
        d = seed.clinic_by_url_name(m["url"])
        if d is None or d.clinic_type != "Retail":
            raise _error(404, 'The department with the given "urlName" was not found')
        slots = self.retail_slots(d, q.get("visitTypeName", "Illness"))
        first = seed.today_in(d.timezone, self.now())
        zone = ZoneInfo(d.timezone)
        last = first + timedelta(days=seed.DAYS_OF_SLOTS - 1)
        return {
            "departmentId": d.department_id,
            "timezone": d.timezone,
            # Offset date-times, as the SDK decodes them (RetailAppointmentTimeSlot.swift:13, 15;
            # a bare date fails its .iso8601 decoder).
            "startDate": datetime.combine(first, time(0, 0), zone).isoformat(),
            "endDate": datetime.combine(last, time(23, 59, 59), zone).isoformat(),
            "scheduleDays": self._schedule_json(slots, d.timezone, retail=True),
        }

    @_route("GET", r"/v1/providers")
    def _providers(self, m: re.Match[str], q: Mapping[str, str], _: Any) -> Any:
        accepting = q.get("acceptingNewPatients")
        return [
            {"system": seed.EHR, "npi": p.npi}
            for p in seed.PROVIDERS
            if accepting != "true" or p.accepting_new_patients
        ]

    @_route("GET", r"/v1/providers/(?:(?P<system>[^/|]+)\|)?(?P<npi>[^/|]+)")
    def _provider(self, m: re.Match[str], q: Mapping[str, str], _: Any) -> Any:
        p = seed.provider(m["npi"])
        if p is None or (m["system"] and m["system"] != seed.EHR):
            raise _error(404, "Provider not found")
        d = seed.department(p.department_id)
        assert d is not None
        return {
            "providerNationalId": p.npi,
            "name": f"{p.first_name} {p.last_name}",
            "credentials": p.credentials,
            "minAge": 0,
            "maxAge": 120,
            "brand": seed.BRAND,
            "isActive": True,
            "departments": [{
                "departmentId": d.department_id, "epicInstanceName": d.ehr_system_name,
                "name": d.display_name, "center": d.display_name, "phone": d.phone,
                **({"timezone": d.timezone} if self.department_zones else {}),
                "address": {"line1": d.line1, "line2": d.line2, "city": d.city, "state": d.state,
                            "postalCode": d.postal_code},
            }],
            "visitTypes": [
                {"visitTypeId": v.visit_type_id, "name": v.name, "shortName": v.short_name,
                 "description": v.description} for v in p.visit_types
            ],
        }  # fmt: skip

    @_route("GET", r"/api/v2/brand/(?P<tenant>[^/]+)/insuranceissuers")
    def _insurance_issuers(self, m: re.Match[str], q: Mapping[str, str], _: Any) -> Any:
        # The SDK's InsurancePayerResponse: {"insuranceIssuers": [{"name", "payerId"}]}.
        if m["tenant"].casefold() != seed.BRAND.casefold():
            raise _error(404, "Brand not found")
        return {"insuranceIssuers": [{"name": n, "payerId": i} for i, n in seed.PAYERS]}

    @_route("GET", r"/v2/lookups/maxLookaheadDays")
    def _lookahead(self, m: re.Match[str], q: Mapping[str, str], _: Any) -> Any:
        if not q.get("visitTypeName") or not q.get("epicInstanceName"):
            raise _error(400, "visitTypeName and epicInstanceName are required")
        return {"maxLookaheadDays": seed.MAX_LOOKAHEAD_DAYS}

    @_route("GET", r"/v4/providers/(?P<npi>[^/]+)/timeslots")
    def _provider_timeslots(self, m: re.Match[str], q: Mapping[str, str], _: Any) -> Any:
        p = seed.provider(m["npi"])
        if p is None:
            raise _error(404, "Provider not found")
        dept = seed.department(p.department_id)
        assert dept is not None
        vt = next(
            (v for v in p.visit_types if v.short_name.lower() == q.get("visitType", "").lower()),
            None,
        )
        if vt is None:
            raise _error(400, "visitType is not offered by this provider")
        today = seed.today_in(dept.timezone, self.now())
        try:
            start = date.fromisoformat(q.get("startDate", today.isoformat()))
            end = date.fromisoformat(q.get("endDate", (today + timedelta(days=7)).isoformat()))
        except ValueError:
            raise _error(400, "startDate and endDate must be yyyy-MM-dd") from None
        if start < today - timedelta(days=1) or end < start:
            raise _error(400, "startDate must not be in the past and endDate not before startDate")
        if end > today + timedelta(days=seed.MAX_LOOKAHEAD_DAYS):
            raise _error(400, "endDate is beyond the max lookahead days")
        if q.get("departmentId") and q["departmentId"] != dept.department_id:
            return {"providerNationalId": p.npi, "timezone": dept.timezone, "scheduleDays": [],
                    "startDate": start.isoformat(), "endDate": end.isoformat()}  # fmt: skip
        slots = [s for s in self.provider_slots(p, vt) if start <= s.starts_at.date() <= end]
        return {
            "providerNationalId": p.npi,
            "timezone": dept.timezone,
            "startDate": start.isoformat(),
            "endDate": end.isoformat(),
            "scheduleDays": self._schedule_json(slots, dept.timezone, retail=False)
            if slots
            else [],
        }

    @_route("POST", r"/v1/patient/(?:other|self)")
    def _patient_other(self, m: re.Match[str], q: Mapping[str, str], body: Any) -> Any:
        # /self is what DexCare's SDK uses for the signed-in user (PatientService.swift:139-145);
        # a kiosk has no patient account, and both find or create the same way here.
        try:
            demo = contract.check_demographics(body)
        except contract.ContractError as err:
            raise _error(400, err.message) from None
        if demo.identifiers[0].system != seed.EHR:
            raise _error(400, "Unknown EHR system in identifiers")
        key = (demo.name.given.strip().casefold(), demo.name.family.strip().casefold(),
               demo.birthdate)  # fmt: skip
        guid = self._patients.get(key)
        if guid is None:
            guid = self._patients[key] = str(uuid.uuid4())
        self._note_ignored(demo)
        return {"patientGuid": guid}

    @_route("POST", r"/api/7/visits/providerbooking")
    def _book_provider(self, m: re.Match[str], q: Mapping[str, str], body: Any) -> Any:
        if self._scenario is Scenario.BOOKING_ERROR:
            raise _error(500, "Internal server error")  # nothing written
        try:
            booking = contract.check_booking(body)
        except contract.ContractError as err:
            raise _error(400, err.message) from None
        self._note_ignored(booking)
        details = booking.visitDetails
        if booking.patient.patientGuid not in self._patients.values():
            raise _error(404, "Patient not found", "PatientNotFound")
        p = seed.provider(details.nationalProviderId)
        if p is None:
            raise _error(404, "Provider not found")
        if details.ehrSystemName != seed.EHR or details.departmentId != p.department_id:
            raise _error(400, "departmentId or ehrSystemName does not match the provider")
        try:
            decoded = contract.read_slot_id(details.slotId)
        except contract.ContractError as err:
            raise _error(400, err.message) from None
        vt = next((v for v in p.visit_types if v.visit_type_id == details.visitTypeId), None)
        if vt is None or decoded.visit_type_id != details.visitTypeId:
            raise _error(400, "visitTypeId does not match the slot")
        slot = next((s for s in self.provider_slots(p, vt) if s.slot_id == details.slotId), None)
        if slot is None:
            raise _error(400, "slotId does not belong to this provider's schedule")
        if decoded.starts_at <= self.now():
            raise _error(400, "The time slot is in the past")
        if self._scenario is Scenario.SLOT_TAKEN:
            self._booked.add(slot.key)  # someone else got there first
        if self._scenario in REFUSALS:
            status, message, code = REFUSALS[self._scenario]
            raise _error(status, message, code)
        if not self._available(slot, self.now()):
            raise _error(
                409, "SlotUnavailable: the time slot is no longer available", "SlotUnavailable"
            )
        if any(b.patient_guid == booking.patient.patientGuid and b.slot_key[3] == slot.key[3]
               for b in self.bookings):  # fmt: skip
            raise _error(409, "PatientDoubleBooked: the patient already has a visit at this time",
                         "PatientDoubleBooked")  # fmt: skip
        visit_id = str(uuid.uuid4())
        self._booked.add(slot.key)
        self.bookings.append(Booking(visit_id, "provider", slot.key, booking.patient.patientGuid,
                                     body, self._correlation))  # fmt: skip
        log.info("emulator booked a provider visit")
        return {"visitId": visit_id, "isVirtual": False}

    # ---------------------------------------------------------------- retail web page support
    def booked_keys(self) -> frozenset[tuple[str, str, str, str]]:
        with self._lock:
            return frozenset(self._booked)

    def retail_slot_free(
        self, url_name: str, when: datetime, visit_type_name: str = "Illness"
    ) -> bool:
        with self._lock:
            clinic = seed.clinic_by_url_name(url_name)
            if clinic is None:
                return False
            slot = next(
                (s for s in self.retail_slots(clinic, visit_type_name) if s.starts_at == when), None
            )
            return slot is not None and self._available(slot, self.now())

    def book_retail(self, url_name: str, time_slot: str, visit_type_name: str = "Illness") -> str:
        """What DexCare's retail web page does when the patient confirms: book and return a
        visit id. Raises ApiError like the API would."""
        with self._lock:
            clinic = seed.clinic_by_url_name(url_name)
            if clinic is None or clinic.clinic_type != "Retail":
                raise _error(404, 'The department with the given "urlName" was not found')
            try:
                wanted = datetime.fromisoformat(time_slot)
            except ValueError:
                raise _error(400, "timeSlot is not a date-time") from None
            slot = next(
                (s for s in self.retail_slots(clinic, visit_type_name) if s.starts_at == wanted),
                None,
            )
            if slot is None:
                raise _error(404, "No such time slot")
            if slot.starts_at <= self.now():
                raise _error(400, "The time slot is in the past")
            if not self._available(slot, self.now()):
                raise _error(409, "SlotUnavailable", "SlotUnavailable")
            visit_id = secrets.token_hex(8)
            self._booked.add(slot.key)
            self.bookings.append(Booking(visit_id, "retail", slot.key, None, {}))
            return visit_id


def route_names() -> list[str]:
    return [name for _, _, name in _ROUTES]
