"""The patient session, exposed to QML as ``session``: which screen is on, the way back, the
wait, the language and text size, the idle warning, the apology, the step indicator and the
summary strip, and the ending countdown; with the error card (``errorCard``) and the help
request (``helpRequest``) as parts of their own.

It owns the journey, the session's tasks and the privacy reset. The journey view-models (walk-in,
providers, form, booking) are its parts: each keeps its own state and forgets it when the reset
calls its ``reset()``; none is listed field by field here.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from kiosk.dexcare import DexCareError
from kiosk.flow.errors import ErrorKind
from kiosk.flow.journey import FlowError, Journey, Screen
from kiosk.flow.progress import progress
from kiosk.qt import wording
from kiosk.qt.errorcard import ErrorCard
from kiosk.qt.help import HelpRequest
from kiosk.qt.i18n import Languages
from kiosk.qt.idle import IdleWatcher
from kiosk.qt.present import Presenter
from kiosk.qt.tasks import SessionTasks

log = logging.getLogger("kiosk.ui")

Clock = Callable[[], datetime]


class SessionPart(Protocol):
    """A journey view-model the session resets."""

    def reset(self) -> None:
        """The privacy reset: forget everything of this patient."""

    def went_back(self) -> None:
        """The patient tapped Back: drop what belonged to the screen left (notices)."""


class SessionViewModel(QObject):
    screenChanged = Signal()
    busyChanged = Signal()
    languageChanged = Signal()
    largeTextChanged = Signal()
    idleChanged = Signal()
    apologyChanged = Signal()
    summaryChanged = Signal()
    assistedChanged = Signal()
    endingChanged = Signal()
    sessionReset = Signal()  # the privacy reset ran (the staff session locks with it)
    sessionStarted = Signal()  # a patient (or staff for one) left Welcome: one more session

    def __init__(
        self,
        *,
        idle: IdleWatcher,
        languages: Languages,
        brand: str,
        help_location: dict[str, str],
        training: bool,
        clock: Clock,
        ending_seconds: int = 20,
        out_of_service: Callable[[], bool] = lambda: False,
        assist_idle_factor: int = 3,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journey = Journey()
        self.languages = languages
        self.present = Presenter(languages, self.now)
        self.clock = clock
        self.tasks = SessionTasks(self.apologize)
        self._idle = idle
        self._brand = brand
        self._help_location = help_location
        self._training = training
        self._out_of_service = out_of_service
        self._assist_factor = assist_idle_factor
        self._ending_seconds = ending_seconds
        self._parts: list[SessionPart] = []
        self._busy = 0  # waits in flight
        self._large_text = False
        self._assisted = False
        self._apology = False
        self.errors = ErrorCard(self.where, self)
        self.help = HelpRequest(self)  # survives the reset until staff clear it
        self._summary: tuple[str, str] = ("", "")
        self._ending_left = 0
        self._ending_timer = QTimer(self)
        self._ending_timer.setInterval(1000)
        self._ending_timer.timeout.connect(self._ending_tick)
        idle.changed.connect(self.idleChanged)
        idle.expired.connect(lambda: self.reset_session("idle timeout"))

    def adopt(self, part: SessionPart) -> None:
        self._parts.append(part)

    # ============================================================================= for QML
    @Property(str, notify=screenChanged)
    def screen(self) -> str:
        return self.journey.screen.value

    @property
    def current_screen(self) -> Screen:
        return self.journey.screen

    @Property(bool, notify=screenChanged)
    def canGoBack(self) -> bool:
        return self.journey.can_go_back

    @Property(bool, notify=busyChanged)
    def busy(self) -> bool:
        return self._busy > 0

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self.languages.current

    @Property(list, constant=True)
    def availableLanguages(self) -> list[str]:
        return list(self.languages.available)

    @Property(bool, notify=largeTextChanged)
    def largeText(self) -> bool:
        return self._large_text

    @Property(bool, constant=True)
    def training(self) -> bool:
        return self._training

    @Property(str, constant=True)
    def brand(self) -> str:
        return self._brand

    @Property(str, notify=languageChanged)
    def helpLocation(self) -> str:
        return self.where()

    @Property(bool, notify=assistedChanged)
    def assisted(self) -> bool:
        return self._assisted

    # ------------------------------------------------------------------------ idle warning
    @Property(bool, notify=idleChanged)
    def idleWarning(self) -> bool:
        return self._idle.warning

    @Property(int, notify=idleChanged)
    def idleSecondsLeft(self) -> int:
        return self._idle.seconds_left

    @Property(int, notify=idleChanged)
    def extensionsLeft(self) -> int:
        return self._idle.state.extensions_left

    # ------------------------------------------------------------------- errors and apology
    @Property(bool, notify=apologyChanged)
    def apology(self) -> bool:
        return self._apology

    @Property(QObject, constant=True)
    def errorCard(self) -> ErrorCard:
        return self.errors

    # -------------------------------------------------------------- where am I, what is chosen
    @Property(int, notify=screenChanged)
    def stepNumber(self) -> int:
        p = progress(self.journey)
        return p.number if p else 0

    @Property(int, notify=screenChanged)
    def stepCount(self) -> int:
        p = progress(self.journey)
        return p.total if p else 0

    @Property(str, notify=screenChanged)
    def stepText(self) -> str:
        p = progress(self.journey)
        return wording.step_words(p.number, p.total, p.stage) if p else ""

    @Property(str, notify=summaryChanged)
    def summaryPlace(self) -> str:
        return self._summary[0]

    @Property(str, notify=summaryChanged)
    def summaryTime(self) -> str:
        return self._summary[1]

    # ----------------------------------------------------------------------------- help
    @Property(QObject, constant=True)
    def helpRequest(self) -> HelpRequest:
        return self.help

    # ----------------------------------------------------------------------------- endings
    @Property(int, notify=endingChanged)
    def endingSecondsLeft(self) -> int:
        return self._ending_left

    @Property(list, constant=True)
    def outOfServiceTexts(self) -> list[dict[str, str]]:
        out = []
        for lang in self.languages.available:
            title, body = wording.OUT_OF_SERVICE.get(lang, wording.OUT_OF_SERVICE["en"])
            where = self._help_location.get(lang) or self.where()
            out.append({"title": title, "body": body.format(where=where)})
        return out

    # ============================================================================= intents
    @Slot()
    def start(self) -> None:
        if self.step(self.journey.start):
            self.sessionStarted.emit()

    @Slot()
    def back(self) -> None:
        self.tasks.cancel_all()
        self.errors.clear()
        for part in self._parts:
            part.went_back()
        self.step(self.journey.back)

    @Slot()
    def startOver(self) -> None:
        self.reset_session("start over")

    @Slot()
    def finish(self) -> None:
        """Done with an ending screen (the thank-you, the confirmation, the front-desk answer)."""
        if self.journey.screen in (Screen.DONE, Screen.CONFIRMED, Screen.OUTCOME):
            self.reset_session(
                "sent to the front desk"
                if self.journey.screen is Screen.OUTCOME
                else "visit booked"
            )

    @Slot()
    def moreTime(self) -> None:
        """ "I need more time" on an ending screen: the countdown starts over."""
        if self._ending_timer.isActive():
            self._set_ending(self._ending_seconds)

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        if language == self.languages.current:
            return
        if self.languages.switch(language):
            log.info("language: %s", language)
            self._language_switched()

    @Slot(bool)
    def setLargeText(self, on: bool) -> None:
        if on != self._large_text:
            self._large_text = on
            self.largeTextChanged.emit()

    @Slot()
    def stillHere(self) -> None:
        self._idle.extend()

    @Slot()
    def dismissApology(self) -> None:
        if self._apology:
            self._apology = False
            self.apologyChanged.emit()

    # ======================================================================= for the parts
    def now(self) -> datetime:
        """The session's clock, read when asked (a test may set another ``clock``)."""
        return self.clock()

    def where(self) -> str:
        """Where the staff are, in the patient's language."""
        return self._help_location.get(self.languages.current) or next(
            iter(self._help_location.values()), ""
        )

    def step(self, move: Callable[[], Screen]) -> bool:
        """Move the journey; a stale tap (on a screen already left) does nothing."""
        try:
            screen = move()
        except FlowError:
            return False
        self._idle.set_screen(screen.value)
        self.screenChanged.emit()
        return True

    def spawn(self, action: Callable[[], Awaitable[None]], name: str) -> None:
        """Run ``action`` as a session task, with the wait shown (see :meth:`run`)."""
        self.tasks.spawn(self.run(action), name)

    async def run(self, action: Callable[[], Awaitable[None]]) -> None:
        """Show the wait and hold the idle reset while DexCare is asked; a DexCare failure
        becomes the error card with Try again (the action again). Busy always clears."""
        self.errors.clear()
        self._set_busy(+1)
        try:
            await action()
        except DexCareError as err:
            log.warning("%s", err)
            self.errors.show(ErrorKind.of_code(err.code), err.support_code,
                             retry=lambda: self.spawn(action, "retry"))  # fmt: skip
        finally:
            self._set_busy(-1)

    def set_summary(self, place: str, when: str) -> None:
        if (place, when) != self._summary:
            self._summary = (place, when)
            self.summaryChanged.emit()

    def start_ending(self) -> None:
        """An ending screen is on: back to Welcome by itself after a while."""
        self._set_ending(self._ending_seconds)
        self._ending_timer.start()

    def apologize(self) -> None:
        """Something went wrong in the kiosk itself: say sorry and start again."""
        self.reset_session("unexpected error")
        if not self._apology:
            self._apology = True
            self.apologyChanged.emit()

    def reset_session(self, reason: str) -> None:
        """The privacy reset: nothing of this patient survives it."""
        self.tasks.cancel_all()
        self._ending_timer.stop()
        self._set_ending(0)
        for part in self._parts:
            part.reset()  # the web page goes first (its own part), then every answer
        home = Screen.OUT_OF_SERVICE if self._out_of_service() else Screen.WELCOME
        self.journey.reset(home)
        self.errors.clear()
        self._busy = 0
        self.busyChanged.emit()
        self.set_summary("", "")
        self.setLargeText(False)
        if self._assisted:
            self._assisted = False
            self.assistedChanged.emit()
        self._idle.stretch(1)
        QGuiApplication.clipboard().clear()
        method = QGuiApplication.inputMethod()
        method.reset()
        method.hide()
        self._idle.reset()
        self._idle.hold(False)
        self._idle.set_screen(home.value)
        if self.languages.current != self.languages.available[0]:
            self.setLanguage(self.languages.available[0])
        log.info("session reset (%s)", reason, extra={"event": "session.reset"})
        self.screenChanged.emit()
        self.sessionReset.emit()

    # ============================================================================= staff
    def open_staff(self) -> None:
        self.step(self.journey.open_staff)

    def assist(self) -> bool:
        """Staff start a journey for a patient: a fresh session, the badge, longer timeouts, in
        the language the panel was in (staff chose it with the patient). False when out of
        service (staff must put the kiosk back first)."""
        language = self.languages.current
        self.reset_session("staff assisting")
        if self.journey.screen is not Screen.WELCOME:
            return False
        self.setLanguage(language)
        self._assisted = True
        self.assistedChanged.emit()
        self._idle.stretch(self._assist_factor)
        self.start()
        return True

    # ============================================================================= internals
    def _language_switched(self) -> None:
        # The parts listen to languageChanged for their own words (the form rewrites dates).
        self.languageChanged.emit()
        self.screenChanged.emit()  # the step's words
        self.errors.reword()

    def _set_busy(self, delta: int) -> None:
        was = self._busy > 0
        self._busy = max(0, self._busy + delta)
        self._idle.hold(self._busy > 0)
        if was != (self._busy > 0):
            self.busyChanged.emit()

    def _set_ending(self, seconds: int) -> None:
        if seconds != self._ending_left:
            self._ending_left = seconds
            self.endingChanged.emit()

    def _ending_tick(self) -> None:
        if self._ending_left <= 1:
            self._ending_timer.stop()
            self.finish()
        else:
            self._set_ending(self._ending_left - 1)
