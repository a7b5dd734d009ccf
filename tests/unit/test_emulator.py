"""The emulator through the real client: seed data, DexCare-like answers, every scenario."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kiosk.demo import emulator as emulator_module
from kiosk.demo import seed
from kiosk.demo.emulator import DexCareEmulator
from kiosk.demo.scenarios import Scenario
from kiosk.dexcare import (
    CannotConnect,
    DexCareClient,
    DexCareError,
    InvalidRequest,
    NotFound,
    OutcomeUnknown,
    PatientDoubleBooked,
    PatientNotFound,
    ServerError,
    SlotUnavailable,
    TimedOut,
    TimeSlot,
    Unauthorized,
)
from kiosk.domain import decode_slot_id, parse_booking, parse_demographics
from tests.helpers import NOW, booking_body, demographics, in_days, with_emulator

NPI = "1520384714"  # Dr. Maya Okafor, department 2201, Seattle


async def first_free_slot(
    c: DexCareClient, npi: str = NPI, visit: str = "NewPatient", day: int = 1
) -> TimeSlot:
    reply = await c.provider_slots(
        npi, start=in_days(day), end=in_days(day + 2), visit_type_name=visit
    )
    return reply.data.schedule_days[0].time_slots[0]


async def patient(c: DexCareClient, given: str = "Rosa") -> str:
    return (await c.find_or_create_patient(parse_demographics(demographics(given=given)))).data


async def book(
    c: DexCareClient, slot: TimeSlot, *, given: str = "Rosa", guid: str | None = None, **kw: Any
) -> Any:
    guid = guid or await patient(c, given)
    body = booking_body(patient_guid=guid, npi=NPI, department_id="2201", slot_id=slot.id,
                        visit_type_id="3001", **kw)  # fmt: skip
    return await c.book_provider_visit(parse_booking(body))


# --------------------------------------------------------------------------------- seed data
def test_seed_has_three_clinics_five_providers_two_departments() -> None:
    assert len(seed.CLINICS) >= 3
    assert len(seed.PROVIDERS) >= 5
    assert len({p.department_id for p in seed.PROVIDERS}) == 2
    assert len({v.visit_type_id for p in seed.PROVIDERS for v in p.visit_types}) >= 4
    assert len({c.timezone for c in seed.CLINICS}) == 3


def test_schedules_are_deterministic_and_spaced_15_to_20_minutes() -> None:
    async def fetch(c: DexCareClient, _: DexCareEmulator) -> list[Any]:
        return [(await c.retail_slots(clinic.url_name)).data for clinic in seed.CLINICS]

    first, second = with_emulator(fetch), with_emulator(fetch)
    assert first == second
    for schedule in first:
        assert 5 <= len(schedule.schedule_days) <= 7
        for day in schedule.schedule_days:
            starts = [s.starts_at for s in day.time_slots]
            gaps = {int((b - a).total_seconds() // 60) for a, b in itertools.pairwise(starts)}
            assert min(gaps) in (15, 20)
            assert all(g % min(gaps) == 0 for g in gaps)


def test_some_times_are_already_taken() -> None:
    clinic = seed.CLINICS[0]
    vt = clinic.visit_types[0]
    everything = seed.schedule(clinic, vt, NOW)
    taken = [s for s in everything if seed.is_taken_by_others(s)]
    assert 0.1 < len(taken) / len(everything) < 0.4


def test_schedule_days_are_today_in_each_clinics_own_zone() -> None:
    late = datetime(2026, 11, 24, 6, 30, tzinfo=ZoneInfo("UTC"))  # 22:30 on the 23rd in Seattle

    async def fetch(c: DexCareClient, _: DexCareEmulator) -> dict[str, str]:
        out = {}
        for clinic in seed.CLINICS:
            out[clinic.timezone] = (await c.retail_slots(clinic.url_name)).data.start_date
        return out

    starts = with_emulator(fetch, emulator=DexCareEmulator(clock=lambda: late))
    # Offset date-times, as DexCare's SDK decodes them (RetailAppointmentTimeSlot.swift:13, 15)
    assert starts["America/Los_Angeles"] == "2026-11-23T00:00:00-08:00"
    assert starts["America/Phoenix"] == "2026-11-23T00:00:00-07:00"  # 23:30 in Phoenix
    assert starts["America/Boise"] == "2026-11-23T00:00:00-07:00"  # 23:30 in Boise


def test_slot_times_carry_the_clinics_offset_and_decode() -> None:
    async def fetch(c: DexCareClient, _: DexCareEmulator) -> TimeSlot:
        return (await c.retail_slots("EvergreenPhoenixMidtown")).data.schedule_days[1].time_slots[0]

    slot = with_emulator(fetch)
    assert slot.slot_date_time.endswith("-07:00")
    decoded = decode_slot_id(slot.id)
    assert decoded.starts_at == slot.starts_at
    assert decoded.timezone == "America/Phoenix"


def test_departments_and_providers_look_like_dexcare() -> None:
    async def fetch(c: DexCareClient, _: DexCareEmulator) -> Any:
        deps = (await c.departments("Evergreen")).data
        other_brand = (await c.departments("Acme")).data
        one = (await c.department(deps[0].url_name)).data
        refs = (await c.providers()).data
        info = (await c.provider(refs[0].npi)).data
        lookahead = (
            await c.max_lookahead_days("NewPatient", info.departments[0].ehr_system_name)
        ).data
        return deps, other_brand, one, refs, info, lookahead

    deps, other_brand, one, refs, info, lookahead = with_emulator(fetch)
    assert len(deps) == 3 and other_brand == []
    assert all(d.open_days and d.allowed_visit_types for d in deps)
    assert one.providers == [] or one.providers[0].national_id
    assert {r.npi for r in refs} == {p.npi for p in seed.PROVIDERS}
    assert info.departments[0].ehr_system_name == seed.EHR
    assert [v.short_name for v in info.visit_types] == ["NewPatient", "FollowUp", "Physical"]
    assert lookahead == seed.MAX_LOOKAHEAD_DAYS


def test_unknown_ids_are_404() -> None:
    async def fetch(c: DexCareClient, _: DexCareEmulator) -> list[type[Exception]]:
        errors = []
        for call in (c.department("Nowhere"), c.retail_slots("Nowhere"), c.provider("1629394572"),
                     c.provider_slots("1629394572", start=in_days(0), end=in_days(1), visit_type_name="X")):  # fmt: skip
            try:
                await call
            except NotFound as err:
                errors.append(type(err))
        return errors

    assert with_emulator(fetch) == [NotFound] * 4


def test_provider_slots_respect_the_lookahead() -> None:
    async def fetch(c: DexCareClient, _: DexCareEmulator) -> None:
        await c.provider_slots(
            NPI,
            start=in_days(0),
            end=in_days(seed.MAX_LOOKAHEAD_DAYS + 1),
            visit_type_name="NewPatient",
        )

    with pytest.raises(InvalidRequest) as info:
        with_emulator(fetch)
    assert "lookahead" in info.value.message


# --------------------------------------------------------------------------------- booking
def test_booking_takes_the_slot_and_a_second_attempt_conflicts() -> None:
    async def flow(c: DexCareClient, emu: DexCareEmulator) -> Any:
        slot = await first_free_slot(c)
        reply = await book(c, slot)
        again = await first_free_slot(c)
        with pytest.raises(SlotUnavailable) as conflict:
            await book(c, slot, given="Marta")
        return slot, reply, again, conflict.value, emu

    slot, reply, again, conflict, emu = with_emulator(flow)
    assert reply.data.visit_id and not reply.data.is_virtual
    assert again.id != slot.id  # gone from the list
    assert conflict.status == 409
    assert [b.kind for b in emu.bookings] == ["provider"]
    # what arrived is exactly what the domain model produced
    sent = [r.body for r in emu.received if r.path.endswith("/providerbooking")]
    assert sent[0] == emu.bookings[0].body == parse_booking(sent[0]).to_wire()


def test_find_or_create_patient_finds_the_same_record() -> None:
    async def flow(c: DexCareClient, _: DexCareEmulator) -> tuple[str, str, str]:
        a = (await c.find_or_create_patient(parse_demographics(demographics()))).data
        b = (await c.find_or_create_patient(parse_demographics(demographics(given="ROSA")))).data
        other = (
            await c.find_or_create_patient(parse_demographics(demographics(given="Rita")))
        ).data
        return a, b, other

    a, b, other = with_emulator(flow)
    assert a == b != other


def test_double_booking_the_same_patient_at_the_same_time() -> None:
    async def flow(c: DexCareClient, _: DexCareEmulator) -> None:
        # a time both providers of department 2201 have free
        a = await c.provider_slots(
            NPI, start=in_days(1), end=in_days(3), visit_type_name="NewPatient"
        )
        b = await c.provider_slots(
            "1639482052", start=in_days(1), end=in_days(3), visit_type_name="NewPatient"
        )
        free_b = {s.starts_at: s for d in b.data.schedule_days for s in d.time_slots}
        mine = next(s for d in a.data.schedule_days for s in d.time_slots if s.starts_at in free_b)
        same_time = free_b[mine.starts_at]
        await book(c, mine)
        guid = (await c.find_or_create_patient(parse_demographics(demographics()))).data
        body = booking_body(patient_guid=guid, npi="1639482052", department_id="2201", slot_id=same_time.id,
                            visit_type_id="3001")  # fmt: skip
        await c.book_provider_visit(parse_booking(body))

    with pytest.raises(PatientDoubleBooked):
        with_emulator(flow)


def test_unknown_patient_and_invalid_bodies() -> None:
    async def flow(c: DexCareClient, _: DexCareEmulator) -> None:
        slot = await first_free_slot(c)
        body = booking_body(
            patient_guid="nobody",
            npi=NPI,
            department_id="2201",
            slot_id=slot.id,
            visit_type_id="3001",
        )
        await c.book_provider_visit(parse_booking(body))

    with pytest.raises(PatientNotFound):
        with_emulator(flow)


def test_the_emulator_validates_raw_bodies_like_dexcare() -> None:
    emu = DexCareEmulator(clock=lambda: NOW)
    headers = {
        "x-api-key": "demo-api-key",
        "domain": "d",
        "Authorization": "Bearer demo-access-token",
    }
    answer = emu.handle(
        "POST", "/api/7/visits/providerbooking", {}, headers, b'{"billingInfo": {}}'
    )
    assert answer.status == 400
    assert b"required" in answer.body
    assert emu.handle("GET", "/v1/providers", {}, {}, b"").status == 401  # no API key
    no_token = {k: v for k, v in headers.items() if k != "Authorization"}
    assert emu.handle("POST", "/v1/patient/other", {}, no_token, b"{}").status == 401


def test_a_past_slot_cannot_be_booked() -> None:
    async def flow(c: DexCareClient, _: DexCareEmulator) -> None:
        reply = await c.provider_slots(
            NPI, start=in_days(0), end=in_days(0), visit_type_name="NewPatient"
        )
        past = next(s for s in reply.data.schedule_days[0].time_slots if s.starts_at < NOW)
        await book(c, past)

    with pytest.raises(InvalidRequest) as info:
        with_emulator(flow)
    assert "past" in info.value.message


def test_reset_forgets_bookings() -> None:
    async def flow(c: DexCareClient, emu: DexCareEmulator) -> tuple[str, str]:
        slot = await first_free_slot(c)
        await book(c, slot)
        emu.reset()
        return slot.id, (await first_free_slot(c)).id

    before, after = with_emulator(flow)
    assert before == after


def test_retail_booking_from_the_web_page() -> None:
    emu = DexCareEmulator(clock=lambda: NOW)
    clinic = seed.CLINICS[0]
    slot = next(s for s in emu.retail_slots(clinic, "Illness") if s.starts_at > NOW + timedelta(hours=1)
                and not seed.is_taken_by_others(s))  # fmt: skip
    visit = emu.book_retail(clinic.url_name, slot.slot_date_time)
    assert visit
    with pytest.raises(Exception, match="409"):
        emu.book_retail(clinic.url_name, slot.slot_date_time)


# --------------------------------------------------------------------------------- scenarios
def scenario_run(scenario: Scenario, body: Any, **kw: Any) -> Any:
    emu = DexCareEmulator(clock=lambda: NOW, latency=kw.pop("latency", 0.2))

    async def flow(c: DexCareClient, e: DexCareEmulator) -> Any:
        slot = await first_free_slot(c)
        e.patient_guid = await patient(c)  # type: ignore[attr-defined]
        e.set_scenario(scenario)
        return await body(c, e, slot)

    return with_emulator(flow, emulator=emu, **kw)


def test_scenario_slot_taken() -> None:
    async def body(c: DexCareClient, e: DexCareEmulator, slot: TimeSlot) -> Any:
        with pytest.raises(SlotUnavailable):
            await book(c, slot)
        return slot.id, (await first_free_slot(c)).id

    taken, now_first = scenario_run(Scenario.SLOT_TAKEN, body)
    assert taken != now_first


def test_scenario_server_error() -> None:
    async def body(c: DexCareClient, e: DexCareEmulator, slot: TimeSlot) -> None:
        with pytest.raises(ServerError):
            await c.providers()
        with pytest.raises(ServerError):
            await book(c, slot)

    scenario_run(Scenario.SERVER_ERROR, body)


def test_scenario_slow_within_the_timeout_succeeds() -> None:
    async def body(c: DexCareClient, e: DexCareEmulator, slot: TimeSlot) -> Any:
        return await book(c, slot)

    assert scenario_run(Scenario.SLOW, body, latency=0.05).data.visit_id


def test_scenario_slow_past_the_timeout() -> None:
    async def body(c: DexCareClient, e: DexCareEmulator, slot: TimeSlot) -> int:
        with pytest.raises(TimedOut):
            await c.providers()
        with pytest.raises(OutcomeUnknown):
            await book(c, slot, guid=e.patient_guid)  # type: ignore[attr-defined]
        return len(e.bookings)

    # the booking was made even though the kiosk never heard back
    assert (
        scenario_run(Scenario.SLOW, body, latency=0.3, read_timeout=0.1, booking_read_timeout=0.1)
        == 1
    )


def test_scenario_offline() -> None:
    async def body(c: DexCareClient, e: DexCareEmulator, slot: TimeSlot) -> int:
        with pytest.raises(CannotConnect):
            await c.providers()
        with pytest.raises(CannotConnect):
            await book(c, slot)
        return len(e.bookings)

    assert scenario_run(Scenario.OFFLINE, body) == 0


def test_scenario_outcome_unknown() -> None:
    async def body(c: DexCareClient, e: DexCareEmulator, slot: TimeSlot) -> tuple[int, str]:
        with pytest.raises(OutcomeUnknown):
            await book(c, slot)
        return len(e.bookings), (await first_free_slot(c)).id

    made, _first = scenario_run(Scenario.OUTCOME_UNKNOWN, body)
    assert made == 1  # committed, then the answer was lost


def test_scenario_auth_expired_is_one_silent_refresh() -> None:
    async def body(c: DexCareClient, e: DexCareEmulator, slot: TimeSlot) -> Any:
        reply = await book(c, slot, guid=e.patient_guid)  # type: ignore[attr-defined]
        return reply, Counter(r.path for r in e.received)

    reply, paths = scenario_run(Scenario.AUTH_EXPIRED, body)
    assert reply.data.visit_id
    # the first booking request got the 401; the one retry with a fresh token went through
    assert paths["/api/7/visits/providerbooking"] == 2


def test_scenario_switching_over_the_admin_path() -> None:
    emu = DexCareEmulator(clock=lambda: NOW)
    answer = emu.handle(
        "PUT", "/_emulator/scenario", {}, {}, b'{"scenario": "server-error", "latency": 1.5}'
    )
    assert answer.status == 200 and emu.scenario is Scenario.SERVER_ERROR and emu.latency == 1.5
    assert emu.handle("PUT", "/_emulator/scenario", {}, {}, b'{"scenario": "nope"}').status == 400
    assert emu.handle("POST", "/_emulator/reset", {}, {}, b"").status == 200


def test_wrong_api_key_is_unauthorized() -> None:
    from pydantic import SecretStr

    async def flow(c: DexCareClient, _: DexCareEmulator) -> None:
        await c.providers()

    with pytest.raises(Unauthorized):
        with_emulator(flow, api_key=SecretStr("wrong"))


@pytest.mark.parametrize(
    ("scenario", "error"),
    [
        (Scenario.DOUBLE_BOOKED, "PatientDoubleBooked"),
        (Scenario.EHR_CONFLICT, "UnknownAppointmentConflict"),
        (Scenario.NOT_ON_PANEL, "NotOnProviderPanel"),
        (Scenario.ACCOUNT_LOCKED, "AccountLocked"),
        (Scenario.PATIENT_NOT_FOUND, "PatientNotFound"),
        (Scenario.FIELD_REFUSED, "InvalidRequest"),
    ],
)
def test_scenarios_the_ehr_refuses(scenario: Scenario, error: str) -> None:
    async def body(c: DexCareClient, e: DexCareEmulator, slot: TimeSlot) -> Any:
        with pytest.raises(DexCareError) as caught:
            await book(c, slot)
        return caught.value

    err = scenario_run(scenario, body)
    assert type(err).__name__ == error
    assert err.correlation_id


def test_a_training_kiosk_keeps_only_the_newest_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    """It runs for months: what the emulator keeps for tests and trainers must not grow forever."""
    monkeypatch.setattr(emulator_module, "RECEIVED_KEPT", 10)
    emu = DexCareEmulator(clock=lambda: NOW)

    async def flow(c: DexCareClient, _: DexCareEmulator) -> None:
        for _n in range(25):
            await c.departments("Evergreen")

    with_emulator(flow, emulator=emu)
    assert len(emu.received) == 10
