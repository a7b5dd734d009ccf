"""The kiosk against DexCare's contract as DexCare's own clients show it, not against itself.

Fixtures: ``fixtures/*.json`` are the bodies DexCare's iOS SDK 9.8 encodes, built from its Swift
structs (each names its source file, lines and commit); ``resources/examples`` are the booking
guide's three examples. Each must book on the emulator (whose contract is its own,
``kiosk/demo/contract.py``) and pass ``kiosk booking check`` (the kiosk's wire model); every body
the kiosk itself sends must pass the emulator's contract with no member DexCare would ignore.
"""

from __future__ import annotations

import copy
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk.demo import seed
from kiosk.demo.emulator import DEMO_API_KEY, DEMO_TOKEN, DexCareEmulator
from kiosk.dexcare.models import ProviderInfo, RetailSchedule
from kiosk.domain import parse_booking, parse_demographics
from kiosk.flow import provider as pv
from tests.helpers import NOW, in_days

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parents[2] / "resources" / "examples"
NPI, DEPARTMENT, VISIT_TYPE = "1520384714", "2201", "3001"  # Dr. Maya Okafor, Seattle
HEADERS = {
    "x-api-key": DEMO_API_KEY,
    "domain": "evergreen",
    "authorization": f"Bearer {DEMO_TOKEN}",
}


def fixture(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / name).read_text())


def sdk_bookings() -> list[str]:
    return sorted(p.name for p in FIXTURES.glob("booking-*.json"))


def call(emu: DexCareEmulator, method: str, path: str, body: Any = None,
         query: dict[str, str] | None = None) -> tuple[int, Any]:  # fmt: skip
    raw = json.dumps(body).encode() if body is not None else b""
    answer = emu.handle(method, path, query or {}, HEADERS, raw)
    return answer.status, json.loads(answer.body) if answer.body else None


@pytest.fixture
def emu() -> DexCareEmulator:
    return DexCareEmulator(clock=lambda: NOW, latency=0)


def free_slots(emu: DexCareEmulator) -> list[str]:
    status, schedule = call(emu, "GET", f"/v4/providers/{NPI}/timeslots", query={
        "startDate": in_days(1).isoformat(), "endDate": in_days(3).isoformat(),
        "visitType": "NewPatient"})  # fmt: skip
    assert status == 200
    return [t["id"] for d in schedule["scheduleDays"] for t in d["timeSlots"]]


def find_or_create(emu: DexCareEmulator, given: str, path: str = "/v1/patient/other") -> str:
    body = fixture("demographics-other.json")["body"]
    body["name"]["given"] = given
    body["identifiers"] = [{"system": seed.EHR}]  # the SDK's placeholder "Epic" is the tenant's
    status, answer = call(emu, "POST", path, body)
    assert status == 200, answer
    return str(answer["patientGuid"])


def as_booked_here(body: dict[str, Any], emu: DexCareEmulator, slot: str) -> dict[str, Any]:
    """The SDK's body with this emulator's provider, slot and the GUIDs it handed out."""
    body = copy.deepcopy(body)
    body["patient"]["patientGuid"] = find_or_create(emu, "Alex")
    if "actor" in body:
        body["actor"]["patientGuid"] = find_or_create(emu, "Dana")
    body["visitDetails"] |= {"nationalProviderId": NPI, "departmentId": DEPARTMENT,
                             "ehrSystemName": seed.EHR, "visitTypeId": VISIT_TYPE, "slotId": slot}  # fmt: skip
    return body


# ------------------------------------------------------------------ DexCare's bodies, accepted
@pytest.mark.parametrize("name", ["demographics-other.json", "demographics-self.json"])
def test_the_sdks_find_or_create_bodies_are_accepted(emu: DexCareEmulator, name: str) -> None:
    body = fixture(name)["body"] | {"identifiers": [{"system": seed.EHR}]}
    path = "/v1/patient/self" if "self" in name else "/v1/patient/other"
    status, answer = call(emu, "POST", path, body)
    assert status == 200 and answer["patientGuid"]
    assert emu.ignored == []  # every member the SDK sends is one DexCare knows
    parsed = parse_demographics(body)  # and the kiosk's model reads it: "" email/ssn = not given
    assert parsed.email is None and parsed.ssn is None and parsed.name.middle == "Jordan"


@pytest.mark.parametrize("name", sdk_bookings())
def test_every_sdk_booking_books_on_the_emulator(emu: DexCareEmulator, name: str) -> None:
    body = as_booked_here(fixture(name)["body"], emu, free_slots(emu)[0])
    status, answer = call(emu, "POST", "/api/7/visits/providerbooking", body)
    assert status == 200, answer
    assert answer["visitId"]
    assert emu.ignored == []


@pytest.mark.parametrize("name", sdk_bookings())
def test_booking_check_accepts_every_sdk_body(name: str) -> None:
    body = fixture(name)["body"]
    body["visitDetails"]["slotId"] = "eyJkYXRlIjoiMjAyNi0xMS0yNCJ9"  # opaque to the check
    wire = parse_booking(body).to_wire()
    assert wire["visitDetails"]["nationalProviderId"] == body["visitDetails"]["nationalProviderId"]
    assert set(wire["billingInfo"]) == set(body["billingInfo"])  # nothing of DexCare's dropped


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("booking-*.json")))
def test_the_guides_examples_book_on_the_emulator(emu: DexCareEmulator, name: str) -> None:
    body = json.loads((EXAMPLES / name).read_text())
    status, answer = call(emu, "POST", "/api/7/visits/providerbooking",
                          as_booked_here(body, emu, free_slots(emu)[0]))  # fmt: skip
    assert status == 200, answer


# ------------------------------------------------------------------ what DexCare refuses
@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda b: b["visitDetails"].pop("slotId"), "visitDetails.slotId is required"),
        (lambda b: b["billingInfo"].update(paymentMethod="cash"), "billingInfo.paymentMethod"),
        (lambda b: b["visitDetails"].update(declaration="other"), "actor is required"),
        (lambda b: b["billingInfo"].update(paymentMethod="insurance"), "required for insurance"),
        (lambda b: b["visitDetails"].update(slotId="not-a-slot"), "slotId is not valid"),
        (lambda b: b.pop("patient"), "patient is required"),
    ],
)
def test_a_broken_body_gets_dexcares_400(emu: DexCareEmulator, change: Any, words: str) -> None:
    body = as_booked_here(fixture("booking-self-pay.json")["body"], emu, free_slots(emu)[0])
    change(body)
    status, answer = call(emu, "POST", "/api/7/visits/providerbooking", body)
    assert status == 400
    assert words in answer["message"]


def test_a_member_dexcare_does_not_know_is_noted_not_refused(emu: DexCareEmulator) -> None:
    body = as_booked_here(fixture("booking-self-pay.json")["body"], emu, free_slots(emu)[0])
    body["visitDetails"]["visitReasn"] = "typo"
    assert call(emu, "POST", "/api/7/visits/providerbooking", body)[0] == 200
    assert emu.ignored == ["visitDetails.visitReasn"]


# ------------------------------------------------------------------ the kiosk's own bodies
ME = {
    "patient.firstName": "Rosa", "patient.lastName": "Delgado", "patient.dob": "04/12/1988",
    "patient.gender": "female", "patient.phone": "2065550100", "patient.email": "",
    "address.line1": "12 Alder St", "address.city": "Seattle", "address.state": "WA",
    "address.zip": "98101", "reason": "Cough for three days",
}  # fmt: skip
PAYMENTS = {
    "self": {"pay.method": "self"},
    "insurance": {"pay.method": "insurance", "ins.payer": "pmaor", "ins.memberId": "W123456789",
                  "ins.group": "G77", "ins.holder": "self"},
    "typed payer": {"pay.method": "insurance", "ins.payer": pv.OTHER_PAYER,
                    "ins.payerName": "Small Co-op Health", "ins.memberId": "123",
                    "ins.holder": "self"},
    "someone else's": {"pay.method": "insurance", "ins.payer": "pmaor", "ins.memberId": "W1",
                       "ins.holder": "other", "sub.firstName": "Ana", "sub.lastName": "Lopez",
                       "sub.dob": "03/15/1990", "sub.gender": "female"},
    "coupon": {"pay.method": "couponcode", "coupon": "WELCOME10"},
}  # fmt: skip
GUARDIAN = {
    "actor.firstName": "Ana", "actor.lastName": "Lopez", "actor.dob": "03/15/1990",
    "actor.gender": "female", "actor.phone": "2065550100", "actor.relationship": "Mother",
}  # fmt: skip


@pytest.mark.parametrize("as_the_sdk", [True, False])
@pytest.mark.parametrize("guardian", [False, True])
@pytest.mark.parametrize("payment", sorted(PAYMENTS))
def test_every_body_the_kiosk_sends_passes_dexcares_contract(
    emu: DexCareEmulator, payment: str, guardian: bool, as_the_sdk: bool
) -> None:
    form = pv.Form()
    form.for_someone_else = guardian
    for key, value in (ME | PAYMENTS[payment] | (GUARDIAN if guardian else {})).items():
        form.set(key, value)
    style = pv.BodyStyle(as_the_sdk=as_the_sdk)
    demographics = pv.demographics(form, seed.EHR, "MDY").to_wire(as_the_sdk=as_the_sdk)
    status, answer = call(emu, "POST", "/v1/patient/other", demographics)
    assert status == 200, answer
    slot = pv.SlotRef(slot_id=free_slots(emu)[0], npi=NPI, department_id=DEPARTMENT,
                      ehr_system_name=seed.EHR, visit_type_id=VISIT_TYPE)  # fmt: skip
    body = pv.booking(form, patient_guid=answer["patientGuid"], slot=slot, order="MDY",
                      style=style, payer_names={"pmaor": "Moda Health"}).to_wire()  # fmt: skip
    status, answer = call(emu, "POST", "/api/7/visits/providerbooking", body)
    assert status == 200, answer
    assert emu.ignored == []  # nothing the kiosk sends is dropped by DexCare unread


# ------------------------------------------------------------------ DexCare's answers
def keys(obj: Any, prefix: str = "") -> set[str]:
    """Every member path of a JSON answer (lists by their first element)."""
    if isinstance(obj, list):
        return keys(obj[0], prefix) if obj else set()
    if not isinstance(obj, dict):
        return set()
    out: set[str] = set()
    for k, v in obj.items():
        out |= {f"{prefix}{k}"} | keys(v, f"{prefix}{k}.")
    return out


def test_the_kiosk_reads_dexcares_answers_as_the_sdk_decodes_them() -> None:
    provider = ProviderInfo.model_validate(fixture("response-provider.json")["body"])
    assert provider.departments[0].timezone is None  # Provider.swift has no such member
    assert provider.departments[0].ehr_system_name  # epicInstanceName
    retail = RetailSchedule.model_validate(fixture("response-retail-timeslots.json")["body"])
    assert retail.schedule_days[0].time_slots[0].duration == 20  # a string in DexCare's answer
    assert retail.start_date is not None and "T" in retail.start_date


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("response-provider.json", f"/v1/providers/{NPI}"),
        ("response-retail-timeslots.json", "/v2/departments/EvergreenCapitolHill/timeslots"),
    ],
)
def test_the_emulator_answers_in_dexcares_shape(emu: DexCareEmulator, name: str, path: str) -> None:
    status, answer = call(emu, "GET", path, query={"visitTypeName": "Illness"})
    assert status == 200
    sdk = fixture(name)["body"]
    assert keys(answer) >= keys(sdk) - {"scheduleDays.timeSlots.departmentIdentifier",
                                        "scheduleDays.timeSlots.providerId"}  # fmt: skip
    assert "departments.timezone" not in keys(answer)  # DexCare names no zone by default
    for field in ("startDate", "endDate"):
        if field in sdk:
            assert datetime.fromisoformat(answer[field]).tzinfo is not None  # offset date-times
