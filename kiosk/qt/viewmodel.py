"""The kiosk's view-model: the one QObject QML talks to (``kiosk``).

QML presents and forwards intents; this holds the state and asks the pure flow what comes next.
Async actions are thin: set busy, await one thing, land in a result or an error state, clear busy.
Every task belongs to the patient session and is cancelled by the privacy reset.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic_core import PydanticCustomError
from PySide6.QtCore import Property, QDate, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from qasync import asyncSlot

from kiosk import journal as journal_mod
from kiosk.dexcare import (
    AccountLocked,
    BookingConflict,
    CannotConnect,
    DexCareClient,
    DexCareError,
    InvalidRequest,
    NotFound,
    NotOnProviderPanel,
    OutcomeUnknown,
    PatientDoubleBooked,
    PatientNotFound,
    PatientNotLinked,
    ServerError,
    SlotUnavailable,
    TimedOut,
    Unauthorized,
    UnexpectedResponse,
)
from kiosk.dexcare.mapping import to_clinic, to_provider_card, to_schedule
from kiosk.domain.catalog import Clinic, Schedule
from kiosk.domain.errors import HandoffUrlInvalid, InvalidInput
from kiosk.domain.fields import normalize_phone
from kiosk.domain.handoff import handoff_url
from kiosk.flow import provider as pv
from kiosk.flow.journey import CareKind, FlowError, Journey, Screen
from kiosk.flow.retail import (
    ClinicCard,
    DayOfTimes,
    clinic_cards,
    group_times,
    is_still_bookable,
    offered_clinics,
)
from kiosk.journal import Journal
from kiosk.qt import wording
from kiosk.qt.i18n import Languages, format_day, format_time
from kiosk.qt.idle import IdleWatcher
from kiosk.web.session import WebSession

log = logging.getLogger("kiosk.ui")

Clock = Callable[[], datetime]

# Failures after which nothing was booked and Try again is safe.
NETWORK = (CannotConnect, TimedOut, ServerError)


class KioskViewModel(QObject):
    stateChanged = Signal()
    idleChanged = Signal()
    languageChanged = Signal()
    formChanged = Signal()  # the fields of the form on screen (not on every keystroke)
    sessionReset = Signal()  # the privacy reset ran (the staff session locks with it)
    fieldErrorsChanged = Signal()

    def __init__(
        self,
        *,
        client: DexCareClient,
        web: WebSession,
        idle: IdleWatcher,
        languages: Languages,
        brand: str,
        scheduling_url: str,
        clinics_offered: list[str],
        done_seconds: int,
        help_location: dict[str, str],
        training: bool,
        journal: Journal,
        providers_offered: list[str] | None = None,
        visit_type_names: dict[str, dict[str, str]] | None = None,
        payment: pv.PaymentOptions | None = None,
        out_of_service: Callable[[], bool] = lambda: False,
        assist_idle_factor: int = 3,
        clock: Clock = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._web = web
        self._idle = idle
        self._languages = languages
        self._brand = brand
        self._scheduling_url = scheduling_url
        self._offered = clinics_offered
        self._done_seconds = done_seconds
        self._help_location = help_location
        self._training = training
        self._journal = journal
        self._providers_offered = providers_offered or []
        self._visit_type_names = visit_type_names or {}
        self._payment = payment or pv.PaymentOptions(payers=())
        self._out_of_service = out_of_service
        self._assist_factor = assist_idle_factor
        self._assisted = False
        self._clock = clock
        # provider appointment (the form holds PHI: memory only, dropped by the privacy reset)
        self._providers: list[pv.ProviderCard] = []
        self._provider: pv.ProviderCard | None = None
        self._visit_type: pv.VisitTypeChoice | None = None
        self._form = pv.Form()
        self._field_errors: dict[str, str] = {}
        self._submitting = False
        self._handoff: str | None = None  # the journal row of the walk-in hand-off on screen
        self._outcome: DexCareError | None = None
        self._confirmation: dict[str, str] = {}
        self._journey = Journey()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._busy = False
        self._large_text = False
        self._clinics: list[ClinicCard] = []
        self._clinic: Clinic | None = None
        self._days: list[DayOfTimes] = []
        self._notice = ""
        self._error: DexCareError | str | None = None
        self._retry: Callable[[], Awaitable[None]] | None = None
        self._apology = False
        self._done_left = 0
        self._done_timer = QTimer(self)
        self._done_timer.setInterval(1000)
        self._done_timer.timeout.connect(self._done_tick)
        idle.changed.connect(self.idleChanged)
        idle.expired.connect(lambda: self.reset_session("idle timeout"))
        web.completed.connect(self._booked)
        web.crashed.connect(self._renderer_crashed)
        web.certificateFailed.connect(lambda: self._fail_handoff("certificate"))
        web.pageFailed.connect(lambda: self._fail_handoff("page"))
        web.loadingChanged.connect(self.stateChanged)

    @property
    def current_screen(self) -> Screen:
        return self._journey.screen

    # ================================================================== properties for QML
    @Property(str, notify=stateChanged)
    def screen(self) -> str:
        return self._journey.screen.value

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._languages.current

    @Property(list, constant=True)
    def languages(self) -> list[str]:
        return list(self._languages.available)

    @Property(bool, notify=stateChanged)
    def largeText(self) -> bool:
        return self._large_text

    @Property(bool, notify=stateChanged)
    def busy(self) -> bool:
        return self._busy

    @Property(bool, constant=True)
    def training(self) -> bool:
        return self._training

    @Property(str, constant=True)
    def brand(self) -> str:
        return self._brand

    @Property(str, notify=languageChanged)
    def helpLocation(self) -> str:
        return self._where()

    @Property(list, notify=stateChanged)
    def clinics(self) -> list[dict[str, Any]]:
        loc = self._languages.locale
        out = []
        for card in self._clinics:
            c = card.clinic
            if card.today is None:
                hours = self.tr("Closed today")
            else:
                hours = (
                    self.tr("Open today %1 to %2")
                    .replace("%1", format_time(loc, card.today.opens))
                    .replace("%2", format_time(loc, card.today.closes))
                )
            if card.next_free is None:
                nxt = self.tr("No times left today") if card.today else ""
            else:
                nxt = self._when(card.next_free)
            out.append({"urlName": c.url_name, "name": c.name, "street": c.street, "cityLine": c.city_line,
                        "hours": hours, "nextFree": nxt, "hasTimes": card.next_free is not None})  # fmt: skip
        return out

    @Property(str, notify=stateChanged)
    def clinicName(self) -> str:
        return self._clinic.name if self._clinic else ""

    @Property(str, notify=stateChanged)
    def clinicAddress(self) -> str:
        return self._clinic_address()

    def _clinic_address(self) -> str:
        return f"{self._clinic.street}, {self._clinic.city_line}" if self._clinic else ""

    @Property(list, notify=stateChanged)
    def days(self) -> list[dict[str, Any]]:
        loc = self._languages.locale
        return [
            {"label": self._day_label(d.day), "times": [
                {"slotId": t.slot_id, "label": format_time(loc, t.starts_at)} for t in d.times
            ]}
            for d in self._days
        ]  # fmt: skip

    @Property(str, notify=stateChanged)
    def chosenTime(self) -> str:
        return self._chosen_time()

    def _chosen_time(self) -> str:
        chosen = self._journey.choices.slot_time
        return self._when(datetime.fromisoformat(chosen)) if chosen else ""

    @Property(str, notify=stateChanged)
    def notice(self) -> str:
        return self._notice

    @Property(bool, notify=stateChanged)
    def webLoading(self) -> bool:
        return bool(self._web.loading)

    @Property(str, notify=stateChanged)
    def errorKind(self) -> str:
        if self._error is None:
            return ""
        return self._error if isinstance(self._error, str) else self._error.code

    @Property(str, notify=stateChanged)
    def errorTitle(self) -> str:
        return self._error_text()[0]

    @Property(str, notify=stateChanged)
    def errorBody(self) -> str:
        return self._error_text()[1]

    @Property(str, notify=stateChanged)
    def supportCode(self) -> str:
        return self._error.support_code if isinstance(self._error, DexCareError) else ""

    @Property(bool, notify=stateChanged)
    def canRetry(self) -> bool:
        return self._retry is not None

    @Property(bool, notify=stateChanged)
    def apology(self) -> bool:
        return self._apology

    @Property(int, notify=stateChanged)
    def doneSecondsLeft(self) -> int:
        return self._done_left

    @Property(bool, notify=idleChanged)
    def idleWarning(self) -> bool:
        return self._idle.warning

    @Property(int, notify=idleChanged)
    def idleSecondsLeft(self) -> int:
        return self._idle.seconds_left

    @Property(int, notify=idleChanged)
    def extensionsLeft(self) -> int:
        return self._idle.state.extensions_left

    # ------------------------------------------------------------- provider appointment, for QML
    @Property(list, constant=True)
    def outOfServiceTexts(self) -> list[dict[str, str]]:
        out = []
        for lang in self._languages.available:
            title, body = wording.OUT_OF_SERVICE.get(lang, wording.OUT_OF_SERVICE["en"])
            where = self._help_location.get(lang) or self._where()
            out.append({"title": title, "body": body.format(where=where)})
        return out

    @Property(bool, notify=stateChanged)
    def assisted(self) -> bool:
        return self._assisted

    @Property(bool, notify=stateChanged)
    def canGoBack(self) -> bool:
        return self._journey.can_go_back

    @Property(list, notify=stateChanged)
    def providers(self) -> list[dict[str, Any]]:
        return [
            {"npi": c.npi, "name": c.name, "credentials": c.credentials, "initials": c.initials,
             "place": c.department_name, "address": c.address,
             "nextFree": self._when(c.next_free, c.timezone) if c.next_free else "",
             "hasTimes": c.next_free is not None}
            for c in self._providers
        ]  # fmt: skip

    @Property(int, notify=stateChanged)
    def providerCount(self) -> int:
        return len(self._providers)

    @Property(list, notify=stateChanged)
    def visitTypes(self) -> list[dict[str, str]]:
        p = self._provider
        # DexCare's description is English only: shown only where the name is too.
        return [{"id": v.visit_type_id, "name": self._vt_name(v),
                 "description": v.description if self._vt_name(v) == v.name else ""}
                for v in (p.visit_types if p else ())]  # fmt: skip

    def _vt_name(self, vt: pv.VisitTypeChoice) -> str:
        names = self._visit_type_names.get(self._languages.current, {})
        return names.get(vt.short_name) or vt.name

    @Property(str, notify=stateChanged)
    def providerName(self) -> str:
        return self._provider_name()

    def _provider_name(self) -> str:
        p = self._provider
        return f"{p.name}, {p.credentials}" if p and p.credentials else (p.name if p else "")

    @Property(str, notify=stateChanged)
    def placeName(self) -> str:
        return self._place_name()

    def _place_name(self) -> str:
        if self._journey.choices.care is CareKind.PROVIDER and self._provider:
            return self._provider.department_name
        return self._clinic.name if self._clinic else ""

    @Property(str, notify=stateChanged)
    def placeAddress(self) -> str:
        return self._place_address()

    def _place_address(self) -> str:
        if self._journey.choices.care is CareKind.PROVIDER and self._provider:
            return self._provider.address
        return self._clinic_address()

    @Property(str, notify=stateChanged)
    def visitTypeName(self) -> str:
        return self._visit_type_name()

    def _visit_type_name(self) -> str:
        return self._vt_name(self._visit_type) if self._visit_type else ""

    @Property(bool, notify=stateChanged)
    def forSomeoneElse(self) -> bool:
        return self._form.for_someone_else

    @Property(str, notify=formChanged)
    def formTitle(self) -> str:
        else_ = self._form.for_someone_else
        return {
            Screen.PATIENT: self.tr("About the patient") if else_ else self.tr("About you"),
            Screen.GUARDIAN: self.tr("About you, the parent or caregiver"),
            Screen.REASON: self.tr("Reason for the visit"),
            Screen.PAYMENT: self.tr("Payment"),
        }.get(self._journey.screen, "")

    @Property(str, notify=formChanged)
    def formIntro(self) -> str:
        return {
            Screen.PATIENT: self.tr("The person who will see the provider. As on their ID or insurance card."),
            Screen.GUARDIAN: self.tr("We book the visit in the patient's name and contact you about it."),
            Screen.REASON: self.tr("A few words are enough. Tap a suggestion or type your own."),
            Screen.PAYMENT: self.tr("You can also pay when you arrive."),
        }.get(self._journey.screen, "")  # fmt: skip

    @Property(list, notify=formChanged)
    def formFields(self) -> list[dict[str, Any]]:
        else_ = self._form.for_someone_else
        payers = dict(self._payment.payers)
        out = []
        for spec in self._specs():
            out.append({
                "key": spec.key, "kind": spec.kind, "keyboard": spec.keyboard,
                "required": spec.required, "maxLength": spec.max_length,
                "label": wording.label(spec.key, someone_else=else_),
                "hint": wording.date_hint(self._order()) if spec.kind == "date" else wording.hint(spec.key),
                "value": self._form.get(spec.key),
                "valueLabel": wording.option(spec.key, self._form.get(spec.key), someone_else=else_, payers=payers)
                if spec.kind in ("choice", "pick") and self._form.get(spec.key) else "",
                "options": [{"value": o, "label": wording.option(spec.key, o, someone_else=else_, payers=payers)}
                            for o in spec.options],
            })  # fmt: skip
        return out

    @Property(dict, notify=fieldErrorsChanged)
    def fieldErrors(self) -> dict[str, str]:
        return {k: wording.problem(code, k) for k, code in self._field_errors.items()}

    @Property(list, notify=languageChanged)
    def reasonPicks(self) -> list[str]:
        return wording.reason_picks()

    @Property(list, notify=stateChanged)
    def reviewSections(self) -> list[dict[str, Any]]:
        return self._review() if self._journey.screen is Screen.REVIEW else []

    @Property(bool, notify=stateChanged)
    def canSubmit(self) -> bool:
        return (self._journey.screen is Screen.REVIEW and not self._submitting
                and self._journey.choices.slot_id is not None)  # fmt: skip

    @Property(dict, notify=stateChanged)
    def confirmation(self) -> dict[str, str]:
        return self._confirmation

    @Property(str, notify=stateChanged)
    def outcomeKind(self) -> str:
        return self._outcome.code if self._outcome else ""

    @Property(str, notify=stateChanged)
    def outcomeTitle(self) -> str:
        return self._outcome_text()[0]

    @Property(str, notify=stateChanged)
    def outcomeBody(self) -> str:
        return self._outcome_text()[1]

    @Property(str, notify=stateChanged)
    def outcomeCode(self) -> str:
        return self._outcome.support_code if self._outcome else ""

    # ================================================================== intents from QML
    @Slot()
    def start(self) -> None:
        self._step(self._journey.start)

    @Slot()
    def chooseWalkIn(self) -> None:
        if self._step(lambda: self._journey.choose_care(CareKind.WALK_IN)):
            self._spawn(self._load_clinics)

    @Slot(str)
    def chooseClinic(self, url_name: str) -> None:
        clinic = next((c.clinic for c in self._clinics if c.clinic.url_name == url_name), None)
        if clinic is not None and self._step(lambda: self._journey.choose_clinic(url_name)):
            self._clinic = clinic
            self._days = []
            self._spawn(self._load_times)

    @asyncSlot()
    async def refreshTimes(self) -> None:
        self._notice = ""
        if self._journey.screen is Screen.PROVIDER_TIMES:
            await self._run(self._load_provider_times)
        else:
            await self._run(self._load_times)

    @Slot(str)
    def chooseTime(self, slot_id: str) -> None:
        choice = next((t for d in self._days for t in d.times if t.slot_id == slot_id), None)
        if choice is not None and self._journey.screen is Screen.PROVIDER_TIMES:
            self._choose_provider_time(choice)
            return
        if choice is None or self._journey.screen is not Screen.TIMES or self._clinic is None:
            return
        if not is_still_bookable(choice.slot_date_time, self._clock()):
            # Never hand off a slot that has started: show the fresh list instead.
            self._time_passed(self._load_times)
            return
        try:
            url = handoff_url(
                self._scheduling_url,
                time_slot=choice.slot_date_time,
                brand=self._brand,
                # Care Options slots carry a search context: DexCare's aggregate variant.
                department_url_name=None if choice.search_context else self._clinic.url_name,
                search_context=choice.search_context,
            )  # fmt: skip
        except HandoffUrlInvalid:
            log.exception("cannot build the hand-off URL; check dexcare.scheduling_url and brand")
            self._error = "config"
            self.stateChanged.emit()
            return
        self._step(lambda: self._journey.choose_time(choice.slot_id, choice.slot_date_time))
        self._web.set_language(self._languages.current)
        self._web.open(url)
        try:
            self._handoff = self._journal.begin(
                journey=CareKind.WALK_IN.value, department_id=self._clinic.department_id, npi="",
                slot_id=choice.slot_id, visit_type_id="", correlation_id="",
                status=journal_mod.HANDED_OFF,
            )  # fmt: skip
        except sqlite3.Error as err:
            # DexCare's page books by itself: a journal that cannot be written (a full disk)
            # must not stop the patient. Staff see the disk on the panel; the log says why.
            log.error("could not journal the hand-off: %s", type(err).__name__)
        log.info("handing off to the scheduling page (clinic %s)", self._clinic.url_name)

    # ------------------------------------------------------------- provider appointment intents
    @Slot()
    def chooseAppointment(self) -> None:
        if self._step(lambda: self._journey.choose_care(CareKind.PROVIDER)):
            self._spawn(self._load_providers)

    @Slot(str)
    def chooseProvider(self, npi: str) -> None:
        self._pick_provider(npi, only_one=False)

    @Slot(str)
    def chooseVisitType(self, visit_type_id: str) -> None:
        self._pick_visit_type(visit_type_id, only_one=False)

    @Slot(bool)
    def chooseWho(self, someone_else: bool) -> None:
        if self._journey.screen is not Screen.WHO:
            return
        self._form.for_someone_else = someone_else
        self._step(lambda: self._journey.choose_who(someone_else))
        self._enter_form()

    @Slot(str, str)
    def setField(self, key: str, value: str) -> None:
        spec = self._spec(key)
        if spec is None:
            return
        if value == self._form.get(key):
            return
        self._form.set(key, value)
        if spec.kind in ("choice", "pick"):
            self._check(spec)
            self.formChanged.emit()  # what follows may depend on it (payment method, holder)
        elif key in self._field_errors:
            self._check(spec)  # a shown problem goes away as soon as it is fixed

    @Slot(str)
    def leaveField(self, key: str) -> None:
        """The patient moved on from a field: judge it now (never one not reached yet)."""
        spec = self._spec(key)
        if spec is not None and (self._form.get(key) or key in self._field_errors):
            self._check(spec)

    @Slot(str)
    def addReason(self, text: str) -> None:
        now = self._form.get("reason").strip()
        if text.casefold() in now.casefold():
            return
        value = f"{now}, {text}" if now else text
        if len(value) <= pv.REASON_MAX:
            self._form.set("reason", value)
            self._field_errors.pop("reason", None)
            self.fieldErrorsChanged.emit()
            self.formChanged.emit()

    @Slot()
    def nextStep(self) -> None:
        if self._journey.screen not in (
            Screen.PATIENT,
            Screen.GUARDIAN,
            Screen.REASON,
            Screen.PAYMENT,
        ):
            return
        problems = pv.check_step(self._specs(), self._form, self._order())
        self._field_errors = problems
        self.fieldErrorsChanged.emit()
        if problems:
            log.info("form step %s: %d field(s) to fix", self._journey.screen.value, len(problems))
            return
        self._step(self._journey.step_done)
        self._enter_form()

    @Slot(str)
    def edit(self, step: str) -> None:
        try:
            target = Screen(step)
        except ValueError:
            return
        if self._step(lambda: self._journey.edit(target)):
            if target is Screen.PROVIDER_TIMES:
                self._spawn(self._load_provider_times)
            self._enter_form()

    @Slot()
    def submit(self) -> None:
        """One booking per tap: the first tap leaves the review at once, so a second tap (or a
        repeated signal) finds no review to submit from."""
        if self._submitting or self._journey.choices.slot_id is None:
            return
        if not self._step(self._journey.submit):
            return
        self._submitting = True
        self._spawn(self._book)

    @Slot()
    def finish(self) -> None:
        self.reset_session(
            "visit booked" if self._journey.screen is Screen.CONFIRMED else "sent to the front desk"
        )

    @Slot()
    def back(self) -> None:
        self._cancel_tasks()
        self._error = None
        self._notice = ""
        self._step(self._journey.back)

    @Slot()
    def startOver(self) -> None:
        self.reset_session("start over")

    @asyncSlot()
    async def retry(self) -> None:
        again = self._retry
        if self._error in ("page", "certificate") and self._journey.screen is Screen.HANDOFF:
            url = self._web.current_url
            self._error = None
            self._web.teardown()
            self._web.open(url)
            self.stateChanged.emit()
            return
        if again is not None:
            await self._run(again)

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        before = self._order()
        if language != self._languages.current and self._languages.switch(language):
            pv.relocalize_dates(self._form, before, self._order())
            self._web.set_language(language)
            log.info("language: %s", language)
            self.languageChanged.emit()
            self.stateChanged.emit()
            self.formChanged.emit()
            self.fieldErrorsChanged.emit()

    @Slot(bool)
    def setLargeText(self, on: bool) -> None:
        self._large_text = on
        self.stateChanged.emit()

    @Slot()
    def stillHere(self) -> None:
        self._idle.extend()

    @Slot()
    def dismissApology(self) -> None:
        self._apology = False
        self.stateChanged.emit()

    # ================================================================== session
    def apologize(self) -> None:
        """Something went wrong in the kiosk itself: say sorry and start again."""
        self.reset_session("unexpected error")
        self._apology = True
        self.stateChanged.emit()

    def reset_session(self, reason: str) -> None:
        """The privacy reset: nothing of this patient survives it."""
        self._end_handoff(journal_mod.NOT_FINISHED)
        self._cancel_tasks()
        self._done_timer.stop()
        home = Screen.OUT_OF_SERVICE if self._out_of_service() else Screen.WELCOME
        self._journey.reset(home)
        self._assisted = False
        self._idle.stretch(1)
        self._clinics, self._clinic, self._days = [], None, []
        self._providers, self._provider, self._visit_type = [], None, None
        self._form = pv.Form()  # the patient's details: gone
        self._field_errors = {}
        self._submitting = False
        self._outcome, self._confirmation = None, {}
        self._error, self._retry, self._notice = None, None, ""
        self._busy = False
        self._large_text = False
        self._web.teardown()
        clipboard = QGuiApplication.clipboard()
        clipboard.clear()
        method = QGuiApplication.inputMethod()
        method.reset()
        method.hide()
        self._idle.reset()
        self._idle.hold(False)
        self._idle.set_screen(home.value)
        if self._languages.current != self._languages.available[0]:
            self.setLanguage(self._languages.available[0])
        log.info("session reset (%s)", reason)
        self.stateChanged.emit()
        self.formChanged.emit()
        self.fieldErrorsChanged.emit()
        self.sessionReset.emit()

    # ================================================================== staff
    def open_staff(self) -> None:
        self._step(self._journey.open_staff)

    def assist(self, journey: str) -> None:
        """Staff start a journey for a patient: a fresh session, the badge, longer timeouts, in
        the language the panel was in (staff chose it with the patient)."""
        language = self._languages.current
        self.reset_session("staff assisting")
        if self._journey.screen is not Screen.WELCOME:
            return  # out of service: staff must put it back in service first
        self.setLanguage(language)
        self._assisted = True
        self._idle.stretch(self._assist_factor)
        log.info("staff assisting a patient (%s)", journey)
        self.start()
        if journey == "walk_in":
            self.chooseWalkIn()
        else:
            self.chooseAppointment()

    # ================================================================== internals
    def _step(self, move: Callable[[], Screen]) -> bool:
        try:
            screen = move()
        except FlowError:
            return False  # a stale tap on a screen that has already moved on
        self._idle.set_screen(screen.value)
        self.stateChanged.emit()
        return True

    def _spawn(self, action: Callable[[], Awaitable[None]], *, keep_notice: bool = False) -> None:
        if not keep_notice:
            self._notice = ""
        task = asyncio.ensure_future(self._run(action))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _cancel_tasks(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()

    async def _run(self, action: Callable[[], Awaitable[None]]) -> None:
        current = asyncio.current_task()
        if current is not None:
            self._tasks.add(current)
        self._retry = action
        self._error = None
        self._busy = True
        self._idle.hold(True)
        self.stateChanged.emit()
        try:
            await action()
        except DexCareError as err:
            log.warning("%s", err)
            self._error = err
        finally:
            if current is not None:
                self._tasks.discard(current)
            self._busy = False
            self._idle.hold(False)
            self.stateChanged.emit()

    async def _load_clinics(self) -> None:
        reply = await self._client.departments(self._brand)
        offered = offered_clinics([to_clinic(d) for d in reply.data if d.is_active], self._offered)
        results = await asyncio.gather(
            *(self._client.retail_slots(c.url_name, c.walk_in_visit_type) for c in offered),
            return_exceptions=True,
        )
        schedules: dict[str, Schedule | None] = {}
        for clinic, result in zip(offered, results, strict=True):
            if isinstance(result, DexCareError):
                schedules[clinic.url_name] = None  # shown without a next time, still choosable
            elif isinstance(result, BaseException):
                raise result
            else:
                schedules[clinic.url_name] = to_schedule(result.data)
        self._clinics = clinic_cards(offered, schedules, self._clock())

    async def _load_times(self) -> None:
        clinic = self._clinic
        if clinic is None:
            return
        reply = await self._client.retail_slots(clinic.url_name, clinic.walk_in_visit_type)
        self._days = group_times(to_schedule(reply.data), self._clock())

    def _end_handoff(self, outcome: str) -> None:
        attempt, self._handoff = self._handoff, None
        if attempt is not None:
            try:
                self._journal.finish(attempt, outcome)
            except sqlite3.Error as err:  # as above: never in the way of the patient or the reset
                log.error("could not journal the end of a hand-off: %s", type(err).__name__)

    def _booked(self) -> None:
        """DexCare's page reached its confirmation: the walk-in visit is booked."""
        if self._step(self._journey.booked):
            self._end_handoff(journal_mod.BOOKED)
            self._done_left = self._done_seconds
            self._done_timer.start()
            self.stateChanged.emit()

    def _done_tick(self) -> None:
        self._done_left -= 1
        if self._done_left <= 0:
            self.reset_session("visit booked")
        else:
            self.stateChanged.emit()

    def _renderer_crashed(self) -> None:
        if self._journey.screen is Screen.HANDOFF:
            self.apologize()

    def _fail_handoff(self, kind: str) -> None:
        if self._error == "certificate":
            return  # the page also "failed"; the certificate is the reason worth showing
        if self._journey.screen is Screen.HANDOFF:
            self._error = kind
            self.stateChanged.emit()

    def _when(self, at: datetime, zone: str | None = None) -> str:
        if zone:
            at = at.astimezone(ZoneInfo(zone))
        return f"{self._day_label(at.date(), zone)}, {format_time(self._languages.locale, at)}"

    def _full_when(self, at: datetime, zone: str | None) -> str:
        if zone:
            at = at.astimezone(ZoneInfo(zone))
        loc = self._languages.locale
        return f"{format_day(loc, at.date())}, {format_time(loc, at)}"

    def _day_label(self, day: Any, zone: str | None = None) -> str:
        clinic_today = self._clock().astimezone(ZoneInfo(zone) if zone else self._zone()).date()
        if day == clinic_today:
            return self.tr("Today")
        if day == clinic_today + timedelta(days=1):
            return self.tr("Tomorrow")
        return format_day(self._languages.locale, day)

    def _zone(self) -> Any:
        if (
            self._journey.choices.care is CareKind.PROVIDER
            and self._provider
            and self._provider.timezone
        ):
            return ZoneInfo(self._provider.timezone)
        return ZoneInfo(self._clinic.timezone) if self._clinic else UTC

    def _where(self) -> str:
        return self._help_location.get(self._languages.current) or next(
            iter(self._help_location.values()), ""
        )

    def _error_text(self) -> tuple[str, str]:
        err = self._error
        if err is None:
            return "", ""
        if isinstance(err, (CannotConnect, TimedOut, ServerError)):
            return (self.tr("We can't reach the scheduling system"),
                    self.tr("This is usually brief. Your choices are kept: try again in a moment."))  # fmt: skip
        if isinstance(err, (Unauthorized, UnexpectedResponse)):
            return (self.tr("Booking is not available right now"),
                    self.tr("Please ask at %1 for help.").replace("%1", self._where()))  # fmt: skip
        if isinstance(err, NotFound):
            return (self.tr("This clinic is not taking bookings here right now"),
                    self.tr("Please choose another clinic, or ask at %1.").replace("%1", self._where()))  # fmt: skip
        if err == "page":
            return (self.tr("The booking page did not load"),
                    self.tr("Please try again. If it keeps happening, ask at %1.").replace("%1", self._where()))  # fmt: skip
        if err == "certificate":
            return (self.tr("We could not open the booking page safely"),
                    self.tr("Please ask at %1 for help.").replace("%1", self._where()))  # fmt: skip
        return (self.tr("Something went wrong"),
                self.tr("Please try again, or ask at %1.").replace("%1", self._where()))  # fmt: skip

    # ================================================================== provider internals
    def _order(self) -> pv.DateOrder:
        return "DMY" if self._languages.current == "es" else "MDY"

    def _specs(self) -> list[pv.FieldSpec]:
        return pv.fields_for(self._journey.screen, self._form, self._payment)

    def _spec(self, key: str) -> pv.FieldSpec | None:
        return next((f for f in self._specs() if f.key == key), None)

    def _check(self, spec: pv.FieldSpec) -> None:
        code = pv.check_field(spec, self._form.get(spec.key), self._order())
        if code:
            self._field_errors[spec.key] = code
        else:
            self._field_errors.pop(spec.key, None)
        self.fieldErrorsChanged.emit()

    def _enter_form(self) -> None:
        """A new screen: its fields, and only the problems already found on them."""
        keys = {f.key for f in self._specs()}
        self._field_errors = {k: v for k, v in self._field_errors.items() if k in keys}
        self.formChanged.emit()
        self.fieldErrorsChanged.emit()

    def _pick_provider(self, npi: str, *, only_one: bool) -> None:
        card = next((c for c in self._providers if c.npi == npi), None)
        if card is None or self._journey.screen is not Screen.PROVIDERS:
            return
        self._provider, self._visit_type = card, None
        self._step(lambda: self._journey.choose_provider(npi, only_one=only_one))
        if len(card.visit_types) == 1:
            self._pick_visit_type(card.visit_types[0].visit_type_id, only_one=True)

    def _pick_visit_type(self, visit_type_id: str, *, only_one: bool) -> None:
        p = self._provider
        vt = (
            next((v for v in p.visit_types if v.visit_type_id == visit_type_id), None)
            if p
            else None
        )
        if vt is None or self._journey.screen is not Screen.VISIT_TYPES:
            return
        self._visit_type, self._days = vt, []
        self._step(lambda: self._journey.choose_visit_type(visit_type_id, only_one=only_one))
        self._spawn(self._load_provider_times)

    def _time_passed(self, load: Callable[[], Awaitable[None]]) -> None:
        """The chosen time has started: say so over a freshly loaded list."""
        self._notice = self.tr("That time has just passed. Here are the times still open.")
        self._spawn(load, keep_notice=True)

    def _choose_provider_time(self, choice: Any) -> None:
        if not is_still_bookable(choice.slot_date_time, self._clock()):
            self._time_passed(self._load_provider_times)
            return
        if self._step(lambda: self._journey.choose_time(choice.slot_id, choice.slot_date_time)):
            self._notice = ""
            self._enter_form()

    async def _load_providers(self) -> None:
        refs = (await self._client.providers()).data
        wanted = self._providers_offered
        npis = [r.npi for r in refs if not wanted or r.npi in wanted]
        infos = await asyncio.gather(*(self._client.provider(n) for n in npis))
        cards = pv.offered_providers(
            [to_provider_card(i.data) for i in infos if i.data.is_active is not False], wanted
        )
        results = await asyncio.gather(*(self._next_free(c) for c in cards), return_exceptions=True)
        self._providers = [
            c if isinstance(r, BaseException) or r is None else pv.replace_next_free(c, *r)
            for c, r in zip(cards, results, strict=True)
        ]
        for r in results:
            if isinstance(r, BaseException) and not isinstance(r, DexCareError):
                raise r
        if len(self._providers) == 1 and self._journey.screen is Screen.PROVIDERS:
            self._pick_provider(self._providers[0].npi, only_one=True)

    async def _next_free(self, card: pv.ProviderCard) -> tuple[datetime | None, str] | None:
        if not card.visit_types:
            return None
        zone = ZoneInfo(card.timezone) if card.timezone else UTC
        today = self._clock().astimezone(zone).date()
        reply = await self._client.provider_slots(
            card.npi, start=today, end=today + timedelta(days=6),
            visit_type_name=card.visit_types[0].short_name, department_id=card.department_id,
        )  # fmt: skip
        schedule = to_schedule(reply.data)
        days = group_times(schedule, self._clock())
        return (days[0].times[0].starts_at if days else None), schedule.timezone

    async def _load_provider_times(self) -> None:
        p, vt = self._provider, self._visit_type
        if p is None or vt is None:
            return
        lookahead = (await self._client.max_lookahead_days(vt.short_name, p.ehr_system_name)).data
        zone = ZoneInfo(p.timezone) if p.timezone else UTC
        today: date = self._clock().astimezone(zone).date()
        reply = await self._client.provider_slots(
            p.npi, start=today, end=today + timedelta(days=lookahead),
            visit_type_name=vt.short_name, department_id=p.department_id,
        )  # fmt: skip
        schedule = to_schedule(reply.data)
        if not p.timezone:
            self._provider = p = pv.replace_next_free(p, p.next_free, schedule.timezone)
        self._days = group_times(schedule, self._clock())

    async def _book(self) -> None:
        """Find or create the patient's record, then book; every outcome lands somewhere. Runs
        under ``_run``, which shows the wait and holds the idle reset while DexCare may book."""
        self._outcome = None
        try:
            await self._find_and_book()
        finally:
            self._submitting = False

    async def _find_and_book(self) -> None:
        p, vt, choices = self._provider, self._visit_type, self._journey.choices
        assert p is not None
        assert vt is not None
        assert choices.slot_id is not None
        slot = pv.SlotRef(
            p.npi, p.department_id, p.ehr_system_name, vt.visit_type_id, choices.slot_id
        )
        if choices.slot_time and not is_still_bookable(choices.slot_time, self._clock()):
            # The time started while the patient was typing: never send it, offer fresh times.
            self._step(self._journey.slot_went_stale)
            self._time_passed(self._load_provider_times)
            return
        try:
            demographics = pv.demographics(self._form, p.ehr_system_name, self._order())
            guid = (await self._client.find_or_create_patient(demographics)).data
            body = pv.booking(self._form, patient_guid=guid, slot=slot, order=self._order())
        except pv.FormIncomplete as err:
            self._send_back(err.fields, "local rules")
            return
        except DexCareError as err:
            self._not_booked(err)
            return
        correlation = str(uuid.uuid4())
        attempt = self._journal.begin(
            journey="provider", department_id=p.department_id, npi=p.npi, slot_id=choices.slot_id,
            visit_type_id=vt.visit_type_id, correlation_id=correlation,
        )  # fmt: skip
        try:
            reply = await self._client.book_provider_visit(body, correlation_id=correlation)
        except DexCareError as err:
            self._journal.finish(attempt, err.code, err.correlation_id)
            self._not_booked(err)
            return
        except asyncio.CancelledError:
            self._journal.finish(attempt, journal_mod.UNKNOWN)
            raise
        self._journal.finish(attempt, journal_mod.BOOKED, reply.correlation_id)
        log.info("provider visit booked (correlation %s)", reply.correlation_id)
        self._confirmation = self._confirmation_for(reply.data.visit_id)
        if self._step(self._journey.booked):
            self._done_left = self._done_seconds
            self._done_timer.start()

    def _send_back(self, fields: dict[str, str], source: str) -> None:
        """A field was refused: back to its step, with the reason on it."""
        if not fields:
            return
        key = next(iter(fields))
        log.info("booking refused a field (%s); back to step %s", source, pv.step_of(key).value)
        self._field_errors = dict(fields)
        self._step(lambda: self._journey.needs_fixing(pv.step_of(key)))
        self.formChanged.emit()
        self.fieldErrorsChanged.emit()

    def _not_booked(self, err: DexCareError) -> None:
        log.warning("booking not made: %s", err)
        if isinstance(err, SlotUnavailable):
            self._step(self._journey.slot_went_stale)
            self._notice = self.tr(
                "Someone else just booked that time. Please choose another one: everything you entered is kept."
            )
            self._spawn(self._load_provider_times, keep_notice=True)
            return
        if isinstance(err, InvalidRequest) and not isinstance(err, PatientNotLinked):
            key = pv.field_for_wire(err.message)
            if key is not None:
                self._send_back({key: "refused"}, "DexCare")
                return
        if isinstance(err, NETWORK) and not isinstance(err, OutcomeUnknown):
            # Nothing was booked (or DexCare failed): back to the review, all kept, Try again.
            self._step(self._journey.not_booked)
            self._error = err
            self._retry = self._resubmit
            return
        self._outcome = err  # outcome unknown, or something only staff can sort out
        self._step(self._journey.front_desk)

    async def _resubmit(self) -> None:
        self.submit()

    def _confirmation_for(self, visit_id: str) -> dict[str, str]:
        p, slot_time = self._provider, self._journey.choices.slot_time
        assert p is not None
        assert slot_time is not None
        return {
            "provider": self._provider_name(),
            "place": p.department_name,
            "address": p.address,
            # The full date, not "Tomorrow": the patient reads it again at home.
            "when": self._full_when(datetime.fromisoformat(slot_time), p.timezone or None),
            "reference": visit_id.replace("-", "")[:8].upper(),
            "visitType": self._visit_type_name(),
        }

    def _review(self) -> list[dict[str, Any]]:
        f, else_ = self._form, self._form.for_someone_else
        payers = dict(self._payment.payers)

        def opt(key: str) -> str:
            return (
                wording.option(key, f.get(key), someone_else=else_, payers=payers)
                if f.get(key)
                else ""
            )

        def dob(key: str) -> str:
            try:
                born = pv.parse_typed_date(f.get(key), self._order())
            except InvalidInput:
                return f.get(key)
            # A birth date without its weekday: "July 4, 2018", "4 de julio de 2018".
            pattern = "d 'de' MMMM 'de' yyyy" if self._languages.current == "es" else "MMMM d, yyyy"
            return self._languages.locale.toString(QDate(born.year, born.month, born.day), pattern)

        def phone(key: str) -> str:
            try:
                return normalize_phone(f.get(key)) if f.get(key) else ""
            except PydanticCustomError:
                return f.get(key)

        def lines(*items: str) -> list[str]:
            return [i for i in items if i]

        when = self._chosen_time() or self.tr("No time chosen yet")
        sections = [
            {"step": Screen.PROVIDER_TIMES.value, "title": self.tr("Appointment"),
             "lines": lines(self._provider_name(), self._visit_type_name(), when,
                            f"{self._place_name()}, {self._place_address()}")},
            {"step": Screen.WHO.value, "title": self.tr("Who the visit is for"),
             "lines": [self.tr("Someone else") if else_ else self.tr("Me")]},
            {"step": Screen.PATIENT.value, "title": self.tr("Patient"),
             "lines": lines(f"{f.get('patient.firstName')} {f.get('patient.lastName')}",
                            dob("patient.dob"), opt("patient.gender"), phone("patient.phone"),
                            f.get("patient.email"),
                            ", ".join(x for x in (f.get("address.line1"), f.get("address.line2"),
                                                  f.get("address.city")) if x)
                            + f" {f.get('address.state')} {f.get('address.zip')}")},
        ]  # fmt: skip
        if else_:
            sections.append(
                {"step": Screen.GUARDIAN.value, "title": self.tr("Parent or caregiver"),
                 "lines": lines(f"{f.get('actor.firstName')} {f.get('actor.lastName')}",
                                opt("actor.relationship"), dob("actor.dob"), phone("actor.phone"),
                                f.get("actor.email"))}
            )  # fmt: skip
        sections.append({"step": Screen.REASON.value, "title": self.tr("Reason for the visit"),
                         "lines": [f.get("reason")]})  # fmt: skip
        method = f.get("pay.method") or "self"
        pay = [opt("pay.method")]
        if method == "insurance":
            payer = (
                f.get("ins.payerName") if f.get("ins.payer") == pv.OTHER_PAYER else opt("ins.payer")
            )
            pay += lines(payer, self.tr("Member ID %1").replace("%1", pv.mask_member_id(f.get("ins.memberId"))),
                         self.tr("Group %1").replace("%1", f.get("ins.group")) if f.get("ins.group") else "",
                         opt("ins.holder"))  # fmt: skip
            if f.get("ins.holder") == "other":
                pay += lines(f"{f.get('sub.firstName')} {f.get('sub.lastName')}", dob("sub.dob"))
        elif method == "couponcode":
            pay.append(f.get("coupon"))
        sections.append({"step": Screen.PAYMENT.value, "title": self.tr("Payment"), "lines": pay})
        return sections

    def _outcome_text(self) -> tuple[str, str]:
        err, where = self._outcome, self._where()
        if err is None:
            return "", ""
        if isinstance(err, OutcomeUnknown):
            return (self.tr("We couldn't confirm your booking"),
                    self.tr("It may or may not have been made. Please check at %1 before booking again, and give them the code below.").replace("%1", where))  # fmt: skip
        if isinstance(err, PatientDoubleBooked):
            return (self.tr("You already have an appointment at this time"),
                    self.tr("The clinic's records show a visit for this patient at the same time. Please ask at %1; they can move one of them.").replace("%1", where))  # fmt: skip
        if isinstance(err, NotOnProviderPanel):
            return (self.tr("This provider only sees their own patients"),
                    self.tr("The patient is not on this provider's list yet. Please ask at %1: they can help you choose another provider or join the list.").replace("%1", where))  # fmt: skip
        if isinstance(err, AccountLocked):
            return (self.tr("This patient's account is locked"),
                    self.tr("For your security the booking could not be made here. Please ask at %1.").replace("%1", where))  # fmt: skip
        if isinstance(err, (PatientNotFound, PatientNotLinked)):
            return (self.tr("We couldn't find the patient's record"),
                    self.tr("The clinic's system could not match the patient's details. Please ask at %1 to finish booking.").replace("%1", where))  # fmt: skip
        if isinstance(err, BookingConflict):
            return (self.tr("The clinic's system could not book this time"),
                    self.tr("Nothing was booked. Please ask at %1; they can book it with you.").replace("%1", where))  # fmt: skip
        return (self.tr("Booking is not available right now"),
                self.tr("Nothing was booked. Please ask at %1 for help.").replace("%1", where))  # fmt: skip
