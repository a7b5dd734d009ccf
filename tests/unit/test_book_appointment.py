"""The booking use case over the emulator: each answer's outcome, and the journal around the POST."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk import journal as journal_mod
from kiosk.demo import seed
from kiosk.demo.emulator import Answer, DexCareEmulator
from kiosk.demo.scenarios import Scenario
from kiosk.dexcare import DexCareClient
from kiosk.dexcare.client import Reply
from kiosk.dexcare.models import BookingConfirmation
from kiosk.domain.booking import ProviderBooking
from kiosk.domain.patient import PatientDemographics
from kiosk.flow import provider as pv
from kiosk.flow.booking import (
    Appointment,
    BookAppointment,
    Booked,
    FixField,
    FrontDesk,
    Outcome,
    SlotTaken,
    TimePassed,
    TryAgain,
)
from kiosk.flow.errors import ErrorKind
from kiosk.journal import Journal
from kiosk.soakfaults import disk_full
from tests.helpers import NOW, in_days, with_emulator

NPI = "1520384714"  # Dr. Maya Okafor, department 2201
BOOKING_PATH = "/api/7/visits/providerbooking"
PATIENT_PATH = "/v1/patient/other"
# The demo patient of kiosk/tour.py (PATIENT), as the form holds it (dates with slashes). Copied:
# kiosk.tour imports Qt.
PATIENT = {
    "patient.firstName": "Ana", "patient.lastName": "Lopez", "patient.dob": "03/15/1990",
    "patient.gender": "female", "patient.phone": "2065550100", "patient.email": "ana@example.com",
    "address.line1": "12 Cedar St", "address.city": "Seattle", "address.state": "WA",
    "address.zip": "98122", "reason": "Cough for three days",
}  # fmt: skip


class Emulator(DexCareEmulator):
    """The emulator, also counting what reaches it (offline and server-error record nothing)."""

    def __init__(self, latency: float = 0.2) -> None:
        super().__init__(clock=lambda: NOW, latency=latency)
        self.hits: list[str] = []

    def handle(self, method: str, path: str, *rest: Any) -> Answer:
        self.hits.append(path)
        return super().handle(method, path, *rest)


class Spy:
    """The real client, watched: what the journal held as each booking went out. ``at_booking``:
    the scenario the emulator turns to once the patient's record is found (only the POST meets it)."""

    def __init__(self, client: DexCareClient, emu: DexCareEmulator, journal: Journal,
                 at_booking: Scenario | None, fill: contextlib.ExitStack | None = None) -> None:  # fmt: skip
        self.client, self.emu, self.journal, self.at_booking = client, emu, journal, at_booking
        self.fill = fill  # the disk fills as the booking goes out (until the stack closes)
        self.rows_when_sent: list[list[journal_mod.Attempt]] = []
        self.correlations: list[str | None] = []

    async def find_or_create_patient(self, demographics: PatientDemographics) -> Reply[str]:
        reply = await self.client.find_or_create_patient(demographics)
        if self.at_booking is not None:
            self.emu.set_scenario(self.at_booking)
        return reply

    async def book_provider_visit(
        self, booking: ProviderBooking, *, correlation_id: str | None = None
    ) -> Reply[BookingConfirmation]:
        self.rows_when_sent.append(self.journal.recent())
        self.correlations.append(correlation_id)
        if self.fill is not None:
            self.fill.enter_context(disk_full(self.journal))
        return await self.client.book_provider_visit(booking, correlation_id=correlation_id)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    j = Journal(tmp_path / "journal.sqlite3", kiosk_id="t-1", training=True)
    yield j
    j.close()


def posts(emu: Emulator) -> list[str]:
    return [path for path in emu.hits if path == BOOKING_PATH]


async def appointment(c: DexCareClient, **values: str) -> Appointment:
    """A real free slot of the provider (as the times screen asks for it) and the demo patient."""
    reply = await c.provider_slots(
        NPI, start=in_days(1), end=in_days(3), visit_type_name="NewPatient"
    )
    slot = reply.data.schedule_days[0].time_slots[0]
    assert slot.visit_type_id is not None
    ref = pv.SlotRef(NPI, slot.department_id, seed.EHR, slot.visit_type_id, slot.id)
    form = pv.Form({k: v for k, v in {**PATIENT, **values}.items() if v})
    return Appointment(form, ref, slot.slot_date_time, "MDY")


def book(
    journal: Journal,
    *,
    scenario: Scenario = Scenario.NORMAL,
    at_booking: Scenario | None = None,
    late: timedelta | None = None,
    emu: Emulator | None = None,
    fill: contextlib.ExitStack | None = None,
    **values: str,
) -> tuple[Outcome, Emulator, Spy]:
    """One booking from the review screen; ``late``: the clock is that far past the slot's start."""
    emu = emu or Emulator()

    async def body(c: DexCareClient, _: DexCareEmulator) -> tuple[Outcome, Spy]:
        wanted = await appointment(c, **values)
        emu.hits.clear()
        emu.set_scenario(scenario)
        now = NOW if late is None else datetime.fromisoformat(wanted.slot_time) + late
        spy = Spy(c, emu, journal, at_booking, fill)
        return await BookAppointment(spy, journal, lambda: now)(wanted), spy

    outcome, spy = with_emulator(body, emulator=emu)
    return outcome, emu, spy


# ------------------------------------------------------------------------------------ booked
def test_a_booking_is_journaled_before_it_is_sent_and_booked_after(journal: Journal) -> None:
    outcome, emu, spy = book(journal)
    assert isinstance(outcome, Booked)
    assert len(posts(emu)) == 1
    assert [b.visit_id for b in emu.bookings] == [outcome.visit_id]
    # When the POST went out, its row was already on disk, "sent", under the id DexCare sees.
    [before] = spy.rows_when_sent
    assert [(r.outcome, r.correlation_id) for r in before] == [
        (journal_mod.SENT, spy.correlations[0])
    ]
    [row] = journal.recent()
    assert row.id == before[0].id
    assert (row.outcome, row.correlation_id) == (journal_mod.BOOKED, outcome.correlation_id)
    assert outcome.correlation_id == spy.correlations[0]
    assert (row.npi, row.department_id, row.journey) == (NPI, "2201", "provider")


def test_an_expired_token_at_the_booking_is_refreshed_and_booked_once(journal: Journal) -> None:
    outcome, emu, _ = book(journal, at_booking=Scenario.AUTH_EXPIRED)
    assert isinstance(outcome, Booked)
    assert len(emu.bookings) == 1  # the 401 was not acted on; the one resend booked
    assert [r.outcome for r in journal.recent()] == [journal_mod.BOOKED]


# ---------------------------------------------------------------------------- nothing sent
@pytest.mark.parametrize("late", [timedelta(0), timedelta(minutes=1)])
def test_a_time_that_has_started_is_never_sent(journal: Journal, late: timedelta) -> None:
    outcome, emu, _ = book(journal, late=late)
    assert outcome == TimePassed()
    assert emu.hits == []
    assert journal.recent() == []


def test_a_field_the_local_rules_refuse_goes_back_to_its_step(journal: Journal) -> None:
    outcome, emu, _ = book(journal, reason="")
    assert isinstance(outcome, FixField)
    assert outcome.source == "local rules"
    assert "reason" in outcome.fields
    assert posts(emu) == []
    assert journal.recent() == []


# ------------------------------------------------------------------------------- refusals
CASES = [  # scenario, when it starts, outcome, kind, what the journal says (None: no row)
    (Scenario.SLOT_TAKEN, False, SlotTaken, None, "slot_unavailable"),
    (Scenario.FIELD_REFUSED, False, FixField, None, "invalid_request"),
    (Scenario.DOUBLE_BOOKED, False, FrontDesk, ErrorKind.DOUBLE_BOOKED, "patient_double_booked"),
    (Scenario.EHR_CONFLICT, False, FrontDesk, ErrorKind.EHR_CONFLICT, "unknown_conflict"),
    (Scenario.NOT_ON_PANEL, False, FrontDesk, ErrorKind.NOT_ON_PANEL, "not_on_panel"),
    (Scenario.ACCOUNT_LOCKED, False, FrontDesk, ErrorKind.ACCOUNT_LOCKED, "account_locked"),
    (Scenario.PATIENT_NOT_FOUND, False, FrontDesk, ErrorKind.PATIENT_NOT_FOUND, "patient_not_found"),
    (Scenario.OUTCOME_UNKNOWN, False, FrontDesk, ErrorKind.OUTCOME_UNKNOWN, journal_mod.UNKNOWN),
    (Scenario.OFFLINE, True, TryAgain, ErrorKind.CANNOT_CONNECT, "cannot_connect"),
    # DexCare's 500 to the booking does not say it was not made: unknown, never Try again
    (Scenario.SERVER_ERROR, True, FrontDesk, ErrorKind.OUTCOME_UNKNOWN, journal_mod.UNKNOWN),
    (Scenario.BOOKING_ERROR, True, FrontDesk, ErrorKind.OUTCOME_UNKNOWN, journal_mod.UNKNOWN),
    (Scenario.BOOKED_THEN_ERROR, True, FrontDesk, ErrorKind.OUTCOME_UNKNOWN, journal_mod.UNKNOWN),
    (Scenario.OFFLINE, False, TryAgain, ErrorKind.CANNOT_CONNECT, None),
    (Scenario.SERVER_ERROR, False, TryAgain, ErrorKind.SERVER_ERROR, None),
]  # fmt: skip


@pytest.mark.parametrize(("scenario", "at_booking", "shape", "kind", "journaled"), CASES)
def test_each_answer_has_its_outcome_and_a_booking_is_never_resent(
    journal: Journal, *, scenario: Scenario, at_booking: bool, shape: type[Outcome],
    kind: ErrorKind | None, journaled: str | None,
) -> None:  # fmt: skip
    if at_booking:
        outcome, emu, _ = book(journal, at_booking=scenario)
    else:
        outcome, emu, _ = book(journal, scenario=scenario)
    assert type(outcome) is shape
    rows = journal.recent()
    if journaled is None:  # the patient's record could not be found: nothing was posted
        assert (posts(emu), rows) == ([], [])
        assert PATIENT_PATH in emu.hits
    else:
        assert len(posts(emu)) == 1
        assert [r.outcome for r in rows] == [journaled]
    if isinstance(outcome, FixField):  # the ZIP code, named by DexCare, back to its step
        assert outcome == FixField({"address.zip": "refused"}, "DexCare")
    if isinstance(outcome, TryAgain | FrontDesk):
        assert outcome.kind is kind
        assert outcome.support_code
        if rows:  # staff and the patient read the same support code
            assert outcome.support_code == rows[0].support_code
    if scenario in (Scenario.OUTCOME_UNKNOWN, Scenario.BOOKED_THEN_ERROR):
        assert len(emu.bookings) == 1  # it was booked: only a person may sort it out
        assert emu.bookings[0].correlation_id == rows[0].correlation_id  # as DexCare logs it
    if scenario is Scenario.BOOKING_ERROR and at_booking:
        assert emu.bookings == []  # nothing was written, and still nobody can know that


# -------------------------------------------------------------------------- the journal fails
def test_a_journal_that_cannot_record_the_attempt_stops_the_booking(journal: Journal) -> None:
    """A full disk at Book: nothing is sent (a booking nobody recorded is never posted), the
    patient is sent to the desk, and the failure is counted for IT's metrics."""
    emu = Emulator()
    with disk_full(journal):
        outcome, _, _ = book(journal, emu=emu)
    assert outcome == FrontDesk(ErrorKind.JOURNAL_UNAVAILABLE, "")
    assert PATIENT_PATH in emu.hits  # it got as far as the journal
    assert posts(emu) == []
    assert emu.bookings == []
    assert journal.write_failures == 1 and journal.recent() == []


@pytest.mark.parametrize(("scenario", "shape", "written"),
                         [(Scenario.NORMAL, Booked, journal_mod.BOOKED),
                          (Scenario.SLOT_TAKEN, SlotTaken, "slot_unavailable"),
                          (Scenario.OUTCOME_UNKNOWN, FrontDesk, journal_mod.UNKNOWN)])  # fmt: skip
def test_a_journal_that_cannot_record_the_outcome_still_says_it(
    journal: Journal, scenario: Scenario, shape: type[Outcome], written: str
) -> None:
    """The disk fills while the booking is in flight: the patient hears DexCare's answer, the
    outcome is kept (an unknown one counted for the desk at once) and written once it can be."""
    emu = Emulator()
    with contextlib.ExitStack() as full:
        outcome, _, _ = book(journal, at_booking=scenario, emu=emu, fill=full)
        assert type(outcome) is shape
        assert len(posts(emu)) == 1
        assert journal.unwritten == 1 and journal.write_failures == 1
        assert journal.unresolved() == int(written == journal_mod.UNKNOWN)
    assert [r.outcome for r in journal.recent()] == [written]  # read back once the disk has room
    assert journal.unwritten == 0 and journal.unresolved() == int(written == journal_mod.UNKNOWN)


def test_a_journal_full_until_the_kiosk_stops_leaves_the_booking_for_staff(
    journal: Journal,
) -> None:
    with contextlib.ExitStack() as full:
        book(journal, emu=Emulator(), fill=full)
        journal.close()  # the kiosk stops before the disk has room again
    again = Journal(journal.path, kiosk_id="t-1", training=True)  # the next start: for staff
    try:
        assert again.recovered == 1
        assert [r.outcome for r in again.recent()] == [journal_mod.UNKNOWN]
    finally:
        again.close()


# -------------------------------------------------------------------------------- cancelled
def test_cancelling_while_the_booking_is_in_flight_leaves_its_outcome_unknown(
    journal: Journal,
) -> None:
    emu = Emulator(latency=30.0)  # the booking's answer would take 30 s

    async def body(c: DexCareClient, _: DexCareEmulator) -> Spy:
        wanted = await appointment(c)
        spy = Spy(c, emu, journal, at_booking=Scenario.SLOW)
        task = asyncio.create_task(BookAppointment(spy, journal, lambda: NOW)(wanted))
        async with asyncio.timeout(10):
            while not posts(emu):
                await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return spy

    spy = with_emulator(body, emulator=emu)
    assert len(posts(emu)) == 1
    assert len(emu.bookings) == 1  # the emulator acted on it: nobody knows, so staff must check
    [row] = journal.recent()
    assert (row.outcome, row.correlation_id) == (journal_mod.UNKNOWN, spy.correlations[0])
    assert row.finished_at is not None


def test_a_booking_whose_answer_trickles_past_its_deadline_is_unknown(journal: Journal) -> None:
    emu = Emulator()

    async def body(c: DexCareClient, _: DexCareEmulator) -> Outcome:
        wanted = await appointment(c)
        spy = Spy(c, emu, journal, Scenario.BOOKED_THEN_TRICKLE)
        return await BookAppointment(spy, journal, lambda: NOW)(wanted)

    outcome = with_emulator(body, emulator=emu, booking_deadline=1.0, booking_read_timeout=0.5)
    assert outcome == FrontDesk(ErrorKind.OUTCOME_UNKNOWN, outcome.support_code)  # type: ignore[union-attr]
    assert len(emu.bookings) == 1
    assert [r.outcome for r in journal.recent()] == [journal_mod.UNKNOWN]
