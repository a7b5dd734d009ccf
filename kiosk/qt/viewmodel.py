"""The kiosk's view-model: the one QObject QML talks to (``kiosk``).

QML presents and forwards intents; this holds the state and asks the pure flow what comes next.
Async actions are thin: set busy, await one thing, land in a result or an error state, clear busy.
Every task belongs to the patient session and is cancelled by the privacy reset.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from qasync import asyncSlot

from kiosk.dexcare import (
    CannotConnect,
    DexCareClient,
    DexCareError,
    NotFound,
    ServerError,
    TimedOut,
    Unauthorized,
    UnexpectedResponse,
)
from kiosk.dexcare.mapping import to_clinic, to_schedule
from kiosk.domain.catalog import Clinic, Schedule
from kiosk.domain.errors import HandoffUrlInvalid
from kiosk.domain.handoff import handoff_url
from kiosk.flow.journey import CareKind, FlowError, Journey, Screen
from kiosk.flow.retail import (
    ClinicCard,
    DayOfTimes,
    clinic_cards,
    group_times,
    is_still_bookable,
    offered_clinics,
)
from kiosk.qt.i18n import Languages, format_day, format_time
from kiosk.qt.idle import IdleWatcher
from kiosk.web.session import WebSession

log = logging.getLogger("kiosk.ui")

Clock = Callable[[], datetime]


class KioskViewModel(QObject):
    stateChanged = Signal()
    idleChanged = Signal()
    languageChanged = Signal()

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
        self._clock = clock
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
        await self._run(self._load_times)

    @Slot(str)
    def chooseTime(self, slot_id: str) -> None:
        choice = next((t for d in self._days for t in d.times if t.slot_id == slot_id), None)
        if choice is None or self._journey.screen is not Screen.TIMES or self._clinic is None:
            return
        if not is_still_bookable(choice.slot_date_time, self._clock()):
            # Never hand off a slot that has started: show the fresh list instead.
            self._notice = self.tr("That time has just passed. Here are the times still open.")
            self._spawn(self._load_times, keep_notice=True)
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
        log.info("handing off to the scheduling page (clinic %s)", self._clinic.url_name)

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
        if language != self._languages.current and self._languages.switch(language):
            self._web.set_language(language)
            log.info("language: %s", language)
            self.languageChanged.emit()
            self.stateChanged.emit()

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
        self._cancel_tasks()
        self._done_timer.stop()
        self._journey.reset()
        self._clinics, self._clinic, self._days = [], None, []
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
        self._idle.set_screen(Screen.WELCOME.value)
        if self._languages.current != self._languages.available[0]:
            self.setLanguage(self._languages.available[0])
        log.info("session reset (%s)", reason)
        self.stateChanged.emit()

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

    def _booked(self) -> None:
        if self._step(self._journey.booked):
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

    def _when(self, at: datetime) -> str:
        return f"{self._day_label(at.date())}, {format_time(self._languages.locale, at)}"

    def _day_label(self, day: Any) -> str:
        clinic_today = self._clock().astimezone(self._zone()).date()
        if day == clinic_today:
            return self.tr("Today")
        if day == clinic_today + timedelta(days=1):
            return self.tr("Tomorrow")
        return format_day(self._languages.locale, day)

    def _zone(self) -> Any:
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
