"""Booking an appointment with a provider, as one use case: find or create the patient's record,
journal the attempt, post the booking, and say what happened as a typed outcome.

No Qt: the booking view-model awaits :meth:`BookAppointment.__call__` and shows the outcome; tests
run it over the emulator transport. It talks to DexCare only through the client (no httpx of its
own) and never retries a booking: an answer that may have booked is ``FrontDesk`` with
``OUTCOME_UNKNOWN``, journaled, for a person to check.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from kiosk import journal as journal_mod
from kiosk.dexcare import (
    DexCareError,
    InvalidRequest,
    OutcomeUnknown,
    PatientNotLinked,
    SlotUnavailable,
)
from kiosk.dexcare.client import Reply
from kiosk.dexcare.models import BookingConfirmation
from kiosk.domain.booking import ProviderBooking
from kiosk.domain.patient import PatientDemographics
from kiosk.flow import provider as pv
from kiosk.flow.errors import ErrorKind
from kiosk.flow.retail import is_still_bookable

log = logging.getLogger("kiosk.booking")


class BookingClient(Protocol):
    """The two DexCare calls a booking needs (``kiosk.dexcare.DexCareClient`` has them)."""

    async def find_or_create_patient(self, demographics: PatientDemographics) -> Reply[str]: ...

    async def book_provider_visit(
        self, booking: ProviderBooking, *, correlation_id: str | None = None
    ) -> Reply[BookingConfirmation]: ...


class BookingJournal(Protocol):
    def begin(
        self, *, journey: str, department_id: str, npi: str, slot_id: str, visit_type_id: str,
        correlation_id: str, status: str = ...,
    ) -> str: ...  # fmt: skip

    def finish(self, attempt: str, outcome: str, correlation_id: str | None = None) -> None: ...


# ------------------------------------------------------------------------------- the outcomes
@dataclass(frozen=True)
class Booked:
    visit_id: str
    correlation_id: str


@dataclass(frozen=True)
class TimePassed:
    """The chosen time started while the patient was typing: nothing was sent."""


@dataclass(frozen=True)
class SlotTaken:
    """Someone else booked the time first: nothing was booked; choose another."""


@dataclass(frozen=True)
class FixField:
    """A field the rules (``source="local rules"``) or DexCare refused: back to its step."""

    fields: dict[str, str]  # form key -> problem code
    source: str


@dataclass(frozen=True)
class TryAgain:
    """The way to DexCare failed before anything was booked: everything kept, Try again."""

    kind: ErrorKind
    support_code: str


@dataclass(frozen=True)
class FrontDesk:
    """Only staff can sort it out, or nobody knows whether DexCare booked (never resent)."""

    kind: ErrorKind
    support_code: str


Outcome = Booked | TimePassed | SlotTaken | FixField | TryAgain | FrontDesk


@dataclass(frozen=True)
class Appointment:
    """What the patient chose and typed (the form is PHI: memory only)."""

    form: pv.Form
    slot: pv.SlotRef
    slot_time: str  # slotDateTime as DexCare sent it
    order: pv.DateOrder
    payer_names: Mapping[str, str] = field(default_factory=dict)  # the payers offered, by id


class BookAppointment:
    def __init__(
        self,
        client: BookingClient,
        journal: BookingJournal,
        clock: Callable[[], datetime],
        style: pv.BodyStyle | None = None,
    ) -> None:
        self._client = client
        self._journal = journal
        self._clock = clock
        self._style = style or pv.BodyStyle()

    async def __call__(self, wanted: Appointment) -> Outcome:
        if not is_still_bookable(wanted.slot_time, self._clock()):
            return TimePassed()
        try:
            demographics = pv.demographics(wanted.form, wanted.slot.ehr_system_name, wanted.order)
            guid = (await self._client.find_or_create_patient(demographics)).data
            body = pv.booking(wanted.form, patient_guid=guid, slot=wanted.slot, order=wanted.order,
                              style=self._style, payer_names=wanted.payer_names)  # fmt: skip
        except pv.FormIncomplete as err:
            return FixField(err.fields, "local rules") if err.fields else _unexpected()
        except DexCareError as err:
            return self._refused(err)
        correlation = str(uuid.uuid4())
        # Written before it is sent: a booking nobody recorded is never posted. A journal that
        # cannot be written (a full disk): nothing is sent, the patient is sent to the desk, and
        # the metrics tell IT (Journal.write_failures).
        try:
            attempt = self._journal.begin(
                journey="provider", department_id=wanted.slot.department_id, npi=wanted.slot.npi,
                slot_id=wanted.slot.slot_id, visit_type_id=wanted.slot.visit_type_id,
                correlation_id=correlation,
            )  # fmt: skip
        except sqlite3.Error as err:
            log.error("booking not sent: the journal cannot record it (%s)", type(err).__name__,
                      extra={"event": "booking.not_journaled"})  # fmt: skip
            return FrontDesk(ErrorKind.JOURNAL_UNAVAILABLE, "")
        try:
            reply = await self._client.book_provider_visit(body, correlation_id=correlation)
        except DexCareError as err:
            self._finish(attempt, err.code, err.correlation_id)
            return self._refused(err)
        except BaseException:
            # Cancelled (the privacy reset) or anything nobody expected, after sending: it may
            # have booked. Staff see "outcome unknown" now, not "sent" until the next start.
            self._finish(attempt, journal_mod.UNKNOWN)
            log.warning(
                "booking interrupted after it was sent: outcome unknown",
                extra={"event": "booking.unknown"},
            )
            raise
        self._finish(attempt, journal_mod.BOOKED, reply.correlation_id)
        log.info(
            "provider visit booked (correlation %s)",
            reply.correlation_id,
            extra={"event": "booking.booked", "correlation_id": reply.correlation_id},
        )
        return Booked(reply.data.visit_id, reply.correlation_id)

    def _finish(self, attempt: str, outcome: str, correlation_id: str | None = None) -> None:
        """After sending, the patient hears what DexCare said even if the journal cannot record
        it (the journal keeps it until it can; a row left "sent" becomes "outcome unknown" at the
        next start, for staff)."""
        try:
            self._journal.finish(attempt, outcome, correlation_id)
        except sqlite3.Error as err:
            log.error("could not journal a booking's outcome: %s", type(err).__name__)

    @staticmethod
    def _refused(err: DexCareError) -> Outcome:
        log.warning(
            "booking not made: %s",
            err,
            extra={"event": "booking.refused", "correlation_id": err.correlation_id},
        )
        kind = ErrorKind.of_code(err.code)
        if isinstance(err, SlotUnavailable):
            return SlotTaken()
        if isinstance(err, InvalidRequest) and not isinstance(err, PatientNotLinked):
            key = pv.field_for_wire(err.message)
            if key is not None:
                return FixField({key: "refused"}, "DexCare")
        if kind.retry_is_safe and not isinstance(err, OutcomeUnknown):
            return TryAgain(kind, err.support_code)
        return FrontDesk(kind, err.support_code)


def _unexpected() -> Outcome:
    # The rules refused something no field holds: nothing was sent, staff can book it by hand.
    return FrontDesk(ErrorKind.UNEXPECTED, "")
