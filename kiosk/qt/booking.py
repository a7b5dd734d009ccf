"""The appointment's second half, exposed to QML as ``booking``: the review (every section with its
Edit), the one booking per tap, and what happened: the confirmation (with a calendar QR code) or
an answer for the front desk. The booking itself is the pure use case in
:mod:`kiosk.flow.booking`; this only shows its outcome."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from typing import Any

import segno
from pydantic_core import PydanticCustomError
from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot

from kiosk.domain.errors import InvalidInput, SlotIdInvalid
from kiosk.domain.fields import normalize_phone
from kiosk.domain.slot import decode_slot_id
from kiosk.flow import booking as uc
from kiosk.flow import provider as pv
from kiosk.flow.calendar import appointment_event
from kiosk.flow.errors import ErrorKind
from kiosk.flow.journey import Screen
from kiosk.qt import wording
from kiosk.qt.form import FormViewModel
from kiosk.qt.providers import ProvidersViewModel
from kiosk.qt.session import SessionViewModel

log = logging.getLogger("kiosk.ui")

# The calendar's QR code (~30 ms of Python) is made while the patient reads the review, once it
# is drawn, not between the tap on Book and the confirmation.
CALENDAR_AFTER_REVIEW_MS = 60


def calendar_code(event: dict[str, Any]) -> str:
    """The calendar entry as a QR code (a PNG data URI)."""
    ical = appointment_event(
        # RFC 5545 asks a globally unique UID, not DexCare's visit id: the code is made before
        # the visit exists.
        uid=f"{uuid.uuid4()}@clinic-kiosk",
        **event,
    )
    return str(segno.make(ical, error="m").png_data_uri(scale=6, border=2))


class BookingViewModel(QObject):
    reviewChanged = Signal()
    outcomeChanged = Signal()

    def __init__(
        self,
        session: SessionViewModel,
        *,
        providers: ProvidersViewModel,
        form: FormViewModel,
        book: uc.BookAppointment,
        payment: pv.PaymentOptions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._providers = providers
        self._form = form
        self._book = book
        self._payment = payment
        self._submitting = False
        self._confirmation: dict[str, str] = {}
        self._outcome: uc.FrontDesk | None = None
        session.adopt(self)
        session.screenChanged.connect(self._screen_changed)
        session.languageChanged.connect(self.reviewChanged)
        session.languageChanged.connect(self.outcomeChanged)
        self._on_review = False
        # What the QR code shows (slot, provider, place, visit type, language), and the code.
        self._calendar: tuple[tuple[str, ...], str] | None = None
        self._calendar_timer = QTimer(self)
        self._calendar_timer.setSingleShot(True)
        self._calendar_timer.setInterval(CALENDAR_AFTER_REVIEW_MS)
        self._calendar_timer.timeout.connect(self._prepare_calendar)

    # ================================================================================ QML
    @Property(list, notify=reviewChanged)
    def reviewSections(self) -> list[dict[str, Any]]:
        return self._review() if self.session.current_screen is Screen.REVIEW else []

    @Property(bool, notify=reviewChanged)
    def canSubmit(self) -> bool:
        return (self.session.current_screen is Screen.REVIEW and not self._submitting
                and self.session.journey.choices.slot_id is not None)  # fmt: skip

    @Property(dict, notify=outcomeChanged)
    def confirmation(self) -> dict[str, str]:
        return self._confirmation

    @Property(str, notify=outcomeChanged)
    def outcomeKind(self) -> str:
        return self._outcome.kind.value if self._outcome else ""

    @Property(str, notify=outcomeChanged)
    def outcomeTitle(self) -> str:
        return self._words().title

    @Property(str, notify=outcomeChanged)
    def outcomeBody(self) -> str:
        return self._words().body

    @Property(str, notify=outcomeChanged)
    def outcomeCode(self) -> str:
        return self._outcome.support_code if self._outcome else ""

    @Property(str, notify=outcomeChanged)
    def outcomeTone(self) -> str:
        """How the outcome screen looks: "unknown" (it may have been booked: check before
        booking again) or "refused" (nothing was booked)."""
        if self._outcome is None:
            return ""
        return "unknown" if self._outcome.kind is ErrorKind.OUTCOME_UNKNOWN else "refused"

    # ============================================================================= intents
    @Slot(str)
    def edit(self, step: str) -> None:
        try:
            target = Screen(step)
        except ValueError:
            return
        if self.session.step(lambda: self.session.journey.edit(target)) and (
            target is Screen.PROVIDER_TIMES
        ):
            self.session.spawn(self._providers.load_times, "provider times")

    @Slot()
    def submit(self) -> None:
        """One booking per tap: the first tap leaves the review at once, so a second tap (or a
        repeated signal) finds no review to submit from."""
        if self._submitting or self.session.journey.choices.slot_id is None:
            return
        if not self.session.step(self.session.journey.submit):
            return
        self._submitting = True
        self.reviewChanged.emit()
        self.session.tasks.spawn(self.session.run(self._submit), "booking")

    # ============================================================================ session
    def reset(self) -> None:
        self._submitting = False
        self._confirmation, self._outcome = {}, None
        self._calendar = None
        self._calendar_timer.stop()
        self.reviewChanged.emit()
        self.outcomeChanged.emit()

    def went_back(self) -> None:
        pass

    # ========================================================================== internals
    async def _submit(self) -> None:
        try:
            outcome = await self._book(self._appointment())
        finally:
            self._submitting = False
        self._land(outcome)

    def _appointment(self) -> uc.Appointment:
        slot, slot_time = self._providers.slot_ref(), self.session.journey.choices.slot_time
        assert slot is not None
        assert slot_time is not None
        return uc.Appointment(self._form.form, slot, slot_time, self._form.order(),
                              payer_names=dict(self._payment.payers))  # fmt: skip

    def _land(self, outcome: uc.Outcome) -> None:
        journey, session = self.session.journey, self.session
        match outcome:
            case uc.Booked(visit_id=visit_id):
                self._confirmation = self._confirmation_for(visit_id)
                self.outcomeChanged.emit()
                if session.step(journey.booked):
                    session.start_ending()
            case uc.TimePassed():
                session.step(journey.slot_went_stale)
                self._providers.time_passed()
            case uc.SlotTaken():
                session.step(journey.slot_went_stale)
                self._providers.summarize()  # the time just taken leaves the summary strip
                self._providers.set_notice("slot_taken")
                session.spawn(self._providers.load_times, "provider times")
            case uc.FixField(fields=fields, source=source):
                self._form.send_back(fields, source)
            case uc.TryAgain(kind=kind, support_code=code):
                # Nothing was booked (or DexCare failed): back to the review, all kept.
                session.step(journey.not_booked)
                session.errors.show(kind, code, retry=self.submit)
            case uc.FrontDesk():
                self._outcome = outcome
                self.outcomeChanged.emit()
                session.step(journey.front_desk)
        self.reviewChanged.emit()

    def _words(self) -> wording.ErrorWords:
        if self._outcome is None:
            return wording.ErrorWords("", "", "")
        return wording.error_words(self._outcome.kind, self.session.where())

    def _confirmation_for(self, visit_id: str) -> dict[str, str]:
        p = self._providers.provider
        slot_time = self.session.journey.choices.slot_time
        assert p is not None
        assert slot_time is not None
        starts = datetime.fromisoformat(slot_time)
        name = self._providers.provider_name()
        visit_type = self._providers.visit_type_name()
        return {
            "provider": name,
            "place": p.department_name,
            "address": p.address,
            # The full date, not "Tomorrow": the patient reads it again at home.
            "when": self.session.present.full_when(starts, self._providers.zone()),
            "reference": wording.reference(visit_id),
            "visitType": visit_type,
            "calendar": self._calendar_qr(name, visit_type, starts, p),
        }

    def _prepare_calendar(self) -> None:
        """The QR code of the time under review, made while the patient reads it (the review is
        drawn by then), ready before Book is tapped."""
        p = self._providers.provider
        slot_time = self.session.journey.choices.slot_time
        if self.session.current_screen is not Screen.REVIEW or p is None or slot_time is None:
            return
        self._calendar_qr(self._providers.provider_name(), self._providers.visit_type_name(),
                          datetime.fromisoformat(slot_time), p)  # fmt: skip

    def _calendar_event(self, name: str, visit_type: str, starts: datetime,
                        p: pv.ProviderCard) -> tuple[tuple[str, ...], dict[str, Any]]:  # fmt: skip
        """What the code shows, and the calendar entry's parts (read on the GUI thread)."""
        slot_id = self.session.journey.choices.slot_id or ""
        shows = (slot_id, starts.isoformat(), name, visit_type, p.department_name, p.address,
                 self.session.languages.current)  # fmt: skip
        try:
            minutes = decode_slot_id(slot_id).duration_minutes
        except SlotIdInvalid:
            minutes = 30
        return shows, {
            "summary": QCoreApplication.translate("Kiosk", "%1 with %2")
            .replace("%1", visit_type)
            .replace("%2", name),
            "location": f"{p.department_name}, {p.address}",
            "starts_at": starts,
            "minutes": minutes,
            "now": self.session.clock(),
        }

    def _calendar_qr(self, name: str, visit_type: str, starts: datetime,
                     p: pv.ProviderCard) -> str:  # fmt: skip
        """A QR code a phone's camera turns into a calendar entry: when, where, with whom (made
        once per appointment: on the review, or here if Book came first)."""
        shows, event = self._calendar_event(name, visit_type, starts, p)
        if self._calendar is None or self._calendar[0] != shows:
            self._calendar = (shows, calendar_code(event))
        return self._calendar[1]

    def _screen_changed(self) -> None:
        on_review = self.session.current_screen is Screen.REVIEW
        if on_review and not self._on_review:
            self._calendar_timer.start()
        if on_review or on_review != self._on_review:
            self.reviewChanged.emit()
        self._on_review = on_review

    def set_payment(self, payment: pv.PaymentOptions) -> None:
        """The payers offered changed (DexCare's list arrived): the review names them."""
        if payment != self._payment:
            self._payment = payment
            self.reviewChanged.emit()

    def _review(self) -> list[dict[str, Any]]:
        f, else_ = self._form.form, self._form.form.for_someone_else
        payers = dict(self._payment.payers)
        present = self.session.present

        def opt(key: str) -> str:
            value = f.get(key)
            return wording.option(key, value, someone_else=else_, payers=payers) if value else ""

        def dob(key: str) -> str:
            try:
                return present.birth_date(pv.parse_typed_date(f.get(key), self._form.order()))
            except InvalidInput:
                return f.get(key)

        def phone(key: str) -> str:
            try:
                return normalize_phone(f.get(key)) if f.get(key) else ""
            except PydanticCustomError:
                return f.get(key)

        def lines(*items: str) -> list[str]:
            return [i for i in items if i]

        prov = self._providers
        when = prov.chosen_time() or QCoreApplication.translate("Kiosk", "No time chosen yet")
        street = ", ".join(x for x in (f.get("address.line1"), f.get("address.line2")) if x)
        sections = [
            {"step": Screen.PROVIDER_TIMES.value, "title": QCoreApplication.translate("Kiosk", "Appointment"),
             "lines": lines(prov.provider_name(), prov.visit_type_name(), when,
                            f"{prov.place_name()}, {prov.place_address()}")},
            {"step": Screen.WHO.value, "title": QCoreApplication.translate("Kiosk", "Who the visit is for"),
             "lines": [QCoreApplication.translate("Kiosk", "Someone else") if else_ else QCoreApplication.translate("Kiosk", "Me")]},
            {"step": Screen.PATIENT.value, "title": QCoreApplication.translate("Kiosk", "Patient"),
             "lines": lines(f"{f.get('patient.firstName')} {f.get('patient.lastName')}",
                            dob("patient.dob"), opt("patient.gender"))},
            {"step": Screen.CONTACT.value, "title": QCoreApplication.translate("Kiosk", "Contact"),
             "lines": lines(phone("patient.phone"), f.get("patient.email"))
                      or [QCoreApplication.translate("Kiosk", "Through the parent or caregiver")]},
            {"step": Screen.ADDRESS.value, "title": QCoreApplication.translate("Kiosk", "Address"),
             "lines": lines(street, f"{f.get('address.city')}, {f.get('address.state')} {f.get('address.zip')}")},
        ]  # fmt: skip
        if else_:
            sections.append(
                {"step": Screen.GUARDIAN.value, "title": QCoreApplication.translate("Kiosk", "Parent or caregiver"),
                 "lines": lines(f"{f.get('actor.firstName')} {f.get('actor.lastName')}",
                                opt("actor.relationship"), dob("actor.dob"), phone("actor.phone"),
                                f.get("actor.email"))}
            )  # fmt: skip
        sections.append({"step": Screen.REASON.value, "title": QCoreApplication.translate("Kiosk", "Reason for the visit"),
                         "lines": [f.get("reason")]})  # fmt: skip
        method = f.get("pay.method") or "self"
        pay = [opt("pay.method")]
        if method == "insurance":
            payer = (
                f.get("ins.payerName") if f.get("ins.payer") == pv.OTHER_PAYER else opt("ins.payer")
            )
            pay += lines(payer, QCoreApplication.translate("Kiosk", "Member ID %1").replace("%1", pv.mask_member_id(f.get("ins.memberId"))),
                         QCoreApplication.translate("Kiosk", "Group %1").replace("%1", f.get("ins.group")) if f.get("ins.group") else "",
                         opt("ins.holder"))  # fmt: skip
        elif method == "couponcode":
            pay.append(f.get("coupon"))
        sections.append(
            {
                "step": Screen.PAYMENT.value,
                "title": QCoreApplication.translate("Kiosk", "Payment"),
                "lines": pay,
            }
        )
        if pv.holder_needed(f):
            sections.append(
                {"step": Screen.HOLDER.value, "title": QCoreApplication.translate("Kiosk", "Policy holder"),
                 "lines": lines(f"{f.get('sub.firstName')} {f.get('sub.lastName')}", dob("sub.dob"),
                                opt("sub.gender"))}
            )  # fmt: skip
        return sections
