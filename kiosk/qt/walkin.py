"""The walk-in journey, exposed to QML as ``walkIn``: the clinics this kiosk offers, a clinic's
times, the hand-off to DexCare's own page (journaled), and the thank-you."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from datetime import datetime
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk import journal as journal_mod
from kiosk.dexcare import DexCareClient, DexCareError
from kiosk.dexcare.mapping import to_clinic, to_schedule
from kiosk.domain.catalog import Clinic, Schedule
from kiosk.domain.errors import HandoffUrlInvalid
from kiosk.domain.handoff import handoff_url
from kiosk.flow.errors import ErrorKind
from kiosk.flow.journey import CareKind, Screen
from kiosk.flow.retail import ClinicCard, TimeChoice, clinic_cards, group_times, offered_clinics
from kiosk.journal import Journal
from kiosk.qt import wording
from kiosk.qt.session import SessionViewModel
from kiosk.qt.times import TimesViewModel
from kiosk.web.session import WebSession

log = logging.getLogger("kiosk.ui")


class WalkInViewModel(TimesViewModel):
    clinicsChanged = Signal()
    webLoadingChanged = Signal()

    def __init__(
        self,
        session: SessionViewModel,
        *,
        client: DexCareClient,
        web: WebSession,
        journal: Journal,
        brand: str,
        scheduling_url: str,
        clinics_offered: list[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(session, parent)
        self._client = client
        self._web = web
        self._journal = journal
        self._brand = brand
        self._scheduling_url = scheduling_url
        self._offered = clinics_offered
        self._clinics: list[ClinicCard] = []
        self._clinic: Clinic | None = None
        self._handoff: str | None = None  # the journal row of the hand-off on screen
        web.completed.connect(self._booked)
        web.crashed.connect(self._renderer_crashed)
        web.certificateFailed.connect(lambda: self._page_failed(ErrorKind.PAGE_CERTIFICATE))
        web.pageFailed.connect(lambda: self._page_failed(ErrorKind.PAGE_FAILED))
        web.loadingChanged.connect(self.webLoadingChanged)
        session.languageChanged.connect(self.clinicsChanged)

    # ================================================================================ QML
    @Property(list, notify=clinicsChanged)
    def clinics(self) -> list[dict[str, Any]]:
        p = self.session.present
        out = []
        for card in self._clinics:
            c = card.clinic
            if card.today is None:
                hours = wording.clinic_closed_today()
            else:
                hours = wording.clinic_open_today(
                    p.time(card.today.opens), p.time(card.today.closes)
                )
            if card.next_free is None:
                nxt = wording.no_times_left_today() if card.today else ""
            else:
                nxt = p.when(card.next_free)
            out.append({"urlName": c.url_name, "name": c.name, "street": c.street, "cityLine": c.city_line,
                        "hours": hours, "nextFree": nxt, "hasTimes": card.next_free is not None})  # fmt: skip
        return out

    @Property(bool, notify=webLoadingChanged)
    def webLoading(self) -> bool:
        return bool(self._web.loading)

    # ============================================================================= intents
    @Slot()
    def chooseWalkIn(self) -> None:
        if self.session.step(lambda: self.session.journey.choose_care(CareKind.WALK_IN)):
            self.session.spawn(self._load_clinics, "clinics")

    @Slot(str)
    def chooseClinic(self, url_name: str) -> None:
        clinic = next((c.clinic for c in self._clinics if c.clinic.url_name == url_name), None)
        if clinic is None:
            return
        if self.session.step(lambda: self.session.journey.choose_clinic(url_name)):
            self._clinic = clinic
            self.set_days([])
            self.placeChanged.emit()
            self.summarize()
            self.session.spawn(self.load_times, "times")

    # ======================================================================== the times
    def times_screen(self) -> Screen:
        return Screen.TIMES

    def chosen(self, choice: TimeChoice) -> None:
        clinic = self._clinic
        if clinic is None:
            return
        try:
            url = handoff_url(
                self._scheduling_url,
                time_slot=choice.slot_date_time,
                brand=self._brand,
                # Care Options slots carry a search context: DexCare's aggregate variant.
                department_url_name=None if choice.search_context else clinic.url_name,
                search_context=choice.search_context,
            )  # fmt: skip
        except HandoffUrlInvalid:
            log.error("cannot build the hand-off URL; check dexcare.scheduling_url and brand")
            self.session.errors.show(ErrorKind.MISCONFIGURED)
            return
        journey = self.session.journey
        self.session.step(lambda: journey.choose_time(choice.slot_id, choice.slot_date_time))
        self.placeChanged.emit()
        self.summarize()
        self._web.set_language(self.session.languages.current)
        self._web.open(url)
        try:
            self._handoff = self._journal.begin(
                journey=CareKind.WALK_IN.value, department_id=clinic.department_id, npi="",
                slot_id=choice.slot_id, visit_type_id="", correlation_id="",
                status=journal_mod.HANDED_OFF,
            )  # fmt: skip
        except sqlite3.Error as err:
            # DexCare's page books by itself: a journal that cannot be written (a full disk)
            # must not stop the patient. Staff see the disk on the panel; the log says why.
            log.error("could not journal the hand-off: %s", type(err).__name__)
        log.info("handing off to the scheduling page (clinic %s)", clinic.url_name)

    async def load_times(self) -> None:
        clinic = self._clinic
        if clinic is None:
            return
        reply = await self._client.retail_slots(clinic.url_name, clinic.walk_in_visit_type)
        self.set_days(group_times(to_schedule(reply.data), self.session.clock()))

    # ============================================================================ session
    def reset(self) -> None:
        """The web page goes first: view, page, then profile (WebSession), then the rest."""
        self._end_handoff(journal_mod.NOT_FINISHED)
        self._web.teardown()
        super().reset()
        self._clinics, self._clinic = [], None
        self.clinicsChanged.emit()
        self.placeChanged.emit()

    # ========================================================================== internals
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
        self._clinics = clinic_cards(offered, schedules, self.session.clock())
        self.clinicsChanged.emit()

    def place_name(self) -> str:
        return self._clinic.name if self._clinic else ""

    def place_address(self) -> str:
        return f"{self._clinic.street}, {self._clinic.city_line}" if self._clinic else ""

    def chosen_time(self) -> str:
        chosen = self.session.journey.choices.slot_time
        zone = self._clinic.timezone if self._clinic else None
        return self.session.present.when(datetime.fromisoformat(chosen), zone) if chosen else ""

    def summarize(self) -> None:
        self.session.set_summary(self.place_name(), self.chosen_time())

    def _end_handoff(self, outcome: str) -> None:
        attempt, self._handoff = self._handoff, None
        if attempt is not None:
            try:
                self._journal.finish(attempt, outcome)
            except sqlite3.Error as err:  # as above: never in the way of the patient or the reset
                log.error("could not journal the end of a hand-off: %s", type(err).__name__)

    def _booked(self) -> None:
        """DexCare's page reached its confirmation: the walk-in visit is booked."""
        if self.session.step(self.session.journey.booked):
            self._end_handoff(journal_mod.BOOKED)
            self.session.start_ending()

    def _renderer_crashed(self) -> None:
        if self.session.current_screen is Screen.HANDOFF:
            self.session.apologize()

    def _page_failed(self, kind: ErrorKind) -> None:
        if self.session.errors.current is ErrorKind.PAGE_CERTIFICATE:
            return  # the page also "failed"; the certificate is the reason worth showing
        if self.session.current_screen is Screen.HANDOFF:
            self.session.errors.show(kind, retry=self._reload_page)

    def _reload_page(self) -> None:
        url = self._web.current_url
        self._web.teardown()
        self._web.open(url)
