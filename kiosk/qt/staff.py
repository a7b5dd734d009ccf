"""The staff side, exposed to QML as ``staff``: the PIN pad (``kiosk.qt.pinpad``), the panel (status, today's journal,
assisted booking, out of service, exit) and, in training mode, the emulator's scenarios.

The staff session locks when the panel is left
and when the panel's idle time runs out (the privacy reset).
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk import __version__
from kiosk.dexcare import DexCareClient, DexCareError
from kiosk.domain.errors import SlotIdInvalid
from kiosk.domain.slot import decode_slot_id
from kiosk.flow.errors import ErrorKind
from kiosk.journal import BOOKED, HANDED_OFF, NOT_FINISHED, UNKNOWN, Journal
from kiosk.qt import wording
from kiosk.qt.i18n import Languages, format_day, format_time
from kiosk.qt.pinpad import PinPad
from kiosk.qt.providers import ProvidersViewModel
from kiosk.qt.session import SessionViewModel
from kiosk.qt.walkin import WalkInViewModel
from kiosk.staff import KioskState

log = logging.getLogger("kiosk.staff")

# Today's journal rows on the panel at first, and how many more each "Show more" adds. A busy
# lobby books hundreds a day; building a row for each at every refresh made the panel slow to
# open and the kiosk's memory grow with the day (kiosk soak).
JOURNAL_PAGE = 20


class StaffPanel(QObject):
    changed = Signal()
    exitRequested = Signal()

    def __init__(
        self,
        *,
        session: SessionViewModel,
        walk_in: WalkInViewModel,
        providers: ProvidersViewModel,
        languages: Languages,
        client: DexCareClient,
        journal: Journal,
        state: KioskState,
        pin_hash: str | None,
        training: bool,
        config_path: Path | None,
        data_dir: Path,
        brand: str,
        zone: tzinfo | None = None,
        scenarios: list[str] | None = None,
        set_scenario: Callable[[str], object] | None = None,
        current_scenario: Callable[[], str] | None = None,
        reset_demo: Callable[[], None] | None = None,
        supervised: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._walk_in = walk_in
        self._providers = providers
        self._languages = languages
        self._client = client
        self._journal = journal
        self._state = state
        self._training = training
        self._config_path = config_path
        self._data_dir = data_dir
        self._brand = brand
        self._zone = zone  # None: the machine's own zone
        self._scenarios = scenarios or []
        self._set_scenario = set_scenario
        self._current_scenario = current_scenario
        self._reset_demo = reset_demo
        self._supervised = supervised  # under systemd: leaving the program restarts it
        self._started = time.monotonic()
        self._unlocked = False
        self._checking = False
        self._places: dict[str, str] = {}  # departmentId -> clinic name, from the last check
        self._check: asyncio.Task[None] | None = None
        self._confirm_exit = False
        self._shown = JOURNAL_PAGE  # today's journal rows shown, besides the unresolved ones
        self.pin_pad = PinPad(session, state=state, pin_hash=pin_hash, training=training,
                           on_unlock=self._unlocked_by_pin, parent=self)  # fmt: skip
        session.sessionReset.connect(self.lock)
        session.languageChanged.connect(self.changed)
        session.help.changed.connect(self.changed)

    def close(self) -> None:
        if self._check is not None:
            self._check.cancel()  # never left asking a network that is about to close
        self.pin_pad.close_pool()

    # ======================================================================== PIN pad, for QML
    @Property(QObject, constant=True)
    def pad(self) -> PinPad:
        return self.pin_pad

    @Property(bool, notify=changed)
    def unlocked(self) -> bool:
        return self._unlocked

    @Property(bool, notify=changed)
    def checking(self) -> bool:
        """A connection check is under way (one starts as the panel opens)."""
        return self._checking

    def _unlocked_by_pin(self) -> None:
        self._unlocked = True
        self._session.open_staff()
        self.checkConnection()  # the status staff open the panel for is the current one
        self.changed.emit()

    # =========================================================================== the panel
    @Slot()
    def lock(self) -> None:
        """Leaving the panel, or its idle time ran out: the next visit needs the PIN again."""
        self.pin_pad.close()
        if not (self._unlocked or self._confirm_exit):
            return  # every patient reset locks: nothing to say when nothing changes
        if self._unlocked:
            log.info("staff session locked")
        self._unlocked, self._confirm_exit = False, False
        self._shown = JOURNAL_PAGE
        self.changed.emit()

    @Slot()
    def closePanel(self) -> None:
        self._session.reset_session("staff closed the panel")

    @Property(list, notify=changed)
    def status(self) -> list[dict[str, str]]:
        if not self._unlocked:
            return []
        c = self._client
        mode = (
            self.tr("Training (demo data, no real appointments)")
            if self._training
            else self.tr("Live")
        )
        if c.last_failure_code == "unauthorized" and (c.last_answer or 0) <= (c.last_failure or 0):
            auth = self.tr("Refused: check the kiosk's credentials")
        elif c.last_answer is not None:
            auth = self.tr("Accepted")
        else:
            auth = self.tr("Not used yet")
        disk = shutil.disk_usage(self._data_dir if self._data_dir.exists() else Path.home())
        return [
            {"label": self.tr("Mode"), "value": mode},
            {"label": self.tr("Scheduling system"), "value": self._reachability()},
            {"label": self.tr("Last answer"), "value": self._ago(c.last_answer)},
            {"label": self.tr("Last failure"), "value": self._ago(c.last_failure)
             + (f": {self._failure_label(c.last_failure_code)}" if c.last_failure_code else "")},
            {"label": self.tr("Help"), "value": self._help()},
            {"label": self.tr("Sign-in to DexCare"), "value": auth},
            {"label": self.tr("Version"), "value": __version__},
            {"label": self.tr("Configuration"), "value": str(self._config_path) if self._config_path
             else self.tr("built-in defaults")},
            {"label": self.tr("Running for"), "value": self._duration(time.monotonic() - self._started)},
            {"label": self.tr("Free disk"), "value": f"{disk.free / 2**30:.1f} GiB"},
        ]  # fmt: skip

    def _reachability(self) -> str:
        c = self._client
        if self._checking:
            return self.tr("Checking…")
        if c.last_answer is None and c.last_failure is None:
            return self.tr("Not contacted yet")
        if (c.last_answer or 0) >= (c.last_failure or 0):
            return self.tr("Reachable")
        return self.tr("Not reachable")

    def _failure_label(self, code: str) -> str:
        """Why the way to DexCare last failed, in words (the code itself is in the log)."""
        return wording.error_words(ErrorKind.of_code(code), self._session.where()).staff

    def _local(self, at: datetime) -> datetime:
        """In the kiosk's own zone (the clinic's), as staff read a clock on the wall."""
        return at.astimezone(self._zone)

    def _help(self) -> str:
        since = self._session.help.since
        if since is None:
            return self.tr("Nobody is waiting")
        return self.tr("A patient asked for help %1 ago").replace(
            "%1", self._duration(time.monotonic() - since)
        )

    def _ago(self, at: float | None) -> str:
        if at is None:
            return self.tr("never")
        wall = datetime.now(UTC) - timedelta(seconds=time.monotonic() - at)
        local = self._local(wall)
        return (
            self.tr("%1 (%2 ago)")
            .replace("%1", format_time(self._languages.locale, local))
            .replace("%2", self._duration(time.monotonic() - at))
        )

    def _duration(self, seconds: float) -> str:
        s = int(seconds)
        if s < 120:
            return self.tr("%n second(s)", "", s)
        if s < 7200:
            return self.tr("%n minute(s)", "", s // 60)
        return self.tr("%n hour(s)", "", s // 3600)

    @Slot()
    def checkConnection(self) -> None:
        """Ask DexCare for the clinic list: the quickest call that proves the way there works,
        and the names today's walk-ins are shown with."""
        if not self._unlocked or self._checking:
            return
        self._checking = True
        self.changed.emit()
        self._check = self._session.tasks.spawn(self._check_connection(), "staff check")

    async def _check_connection(self) -> None:
        try:
            reply = await self._client.departments(self._brand)
            self._places = {d.department_id: d.display_name for d in reply.data}
        except DexCareError as err:
            log.warning("staff connection check failed: %s", err)
        finally:
            self._checking, self._check = False, None
            self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        self.changed.emit()

    def _midnight(self) -> datetime:
        return self._local(datetime.now(UTC)).replace(hour=0, minute=0, second=0, microsecond=0)

    @Property(int, notify=changed)
    def attemptsToday(self) -> int:
        return self._journal.count_since(self._midnight()) if self._unlocked else 0

    @Slot()
    def showMore(self) -> None:
        if self._unlocked:
            self._shown += JOURNAL_PAGE
            self.changed.emit()

    @Property(list, notify=changed)
    def attempts(self) -> list[dict[str, Any]]:
        """Today's attempts: the unknown outcomes nobody has checked, then the newest others."""
        if not self._unlocked:
            return []
        out = []
        for a in self._journal.since(self._midnight(), limit=self._shown):
            started = self._local(datetime.fromisoformat(a.started_at))
            out.append({
                "id": a.id, "time": format_time(self._languages.locale, started), "code": a.support_code,
                "visit": self._visit_time(a.slot_id), "place": self._places.get(a.department_id, ""),
                "journey": self.tr("Appointment") if a.journey == "provider" else self.tr("Walk-in"),
                "outcome": self._outcome_label(a.outcome), "unresolved": a.unresolved,
                "checked": a.checked_at is not None, "booked": a.outcome == BOOKED,
            })  # fmt: skip
        return out

    def _visit_time(self, slot_id: str) -> str:
        """When the visit is, in its clinic's zone, read from the slotId (what staff look a walk-in
        up by); nothing when DexCare's id does not say."""
        try:
            slot = decode_slot_id(slot_id)
        except SlotIdInvalid:
            return ""
        loc, at = self._languages.locale, slot.starts_at
        today = datetime.now(at.tzinfo).date()
        day = self.tr("today") if at.date() == today else format_day(loc, at.date())
        return self.tr("for %1, %2").replace("%1", day).replace("%2", format_time(loc, at))

    def _outcome_label(self, outcome: str) -> str:
        """What became of an attempt: the journal's own states, else the error in words."""
        states = {
            BOOKED: self.tr("Booked"),
            UNKNOWN: self.tr("Outcome unknown: check with DexCare"),
            HANDED_OFF: self.tr("On DexCare's booking page now"),
            NOT_FINISHED: self.tr("Left the booking page before the end"),
            "sent": self.tr("Being sent"),
        }
        if outcome in states:
            return states[outcome]
        why = wording.error_words(ErrorKind.of_code(outcome), self._session.where()).staff
        return self.tr("Not booked: %1").replace("%1", why)

    @Slot(str)
    def markChecked(self, attempt: str) -> None:
        if self._unlocked:
            self._journal.mark_checked(attempt)
            log.info("staff marked an unknown outcome as checked")
            self.changed.emit()

    @Slot(str)
    def assist(self, journey: str) -> None:
        """Start a journey for a patient, with the "Staff assisting" badge and longer timeouts."""
        if self._unlocked and journey in ("walk_in", "provider") and self._session.assist():
            log.info("staff assisting a patient (%s)", journey)
            if journey == "walk_in":
                self._walk_in.chooseWalkIn()
            else:
                self._providers.chooseAppointment()

    @Property(bool, notify=changed)
    def outOfService(self) -> bool:
        return self._state.out_of_service

    @Slot(bool)
    def setOutOfService(self, value: bool) -> None:
        if self._unlocked:
            self._state.set_out_of_service(value)
            self.changed.emit()

    @Property(bool, constant=True)
    def supervised(self) -> bool:
        """Run by systemd (the appliance): there is no desktop to exit to, and the unit starts
        the kiosk again a second after it quits, so the panel offers a restart instead."""
        return self._supervised

    @Property(bool, notify=changed)
    def confirmingExit(self) -> bool:
        return self._confirm_exit

    @Slot()
    def exitToDesktop(self) -> None:
        """Asks first: leaving the kiosk program is not something to do by a slip of the finger."""
        if self._unlocked and not self._confirm_exit:
            self._confirm_exit = True
            self.changed.emit()

    @Slot(bool)
    def confirmExit(self, sure: bool) -> None:
        if not self._confirm_exit:
            return
        self._confirm_exit = False
        self.changed.emit()
        if sure and self._unlocked:
            log.info(
                "staff asked to %s",
                "restart the kiosk" if self._supervised else "exit to the desktop",
            )
            self.exitRequested.emit()

    @Slot()
    def helpGiven(self) -> None:
        """Staff have helped the patient who asked: the request is cleared everywhere."""
        if self._unlocked:
            self._session.help.clear("staff helped")

    # ======================================================================= training mode
    @Property(bool, constant=True)
    def training(self) -> bool:
        return self._training

    @Property(list, notify=changed)
    def scenarios(self) -> list[dict[str, str]]:
        labels = {
            "normal": self.tr("Everything works"),
            "slot-taken": self.tr("The time is taken just before booking"),
            "server-error": self.tr("Server error on every call"),
            "slow": self.tr("Slow answers"),
            "offline": self.tr("Offline: no connection"),
            "outcome-unknown": self.tr("Booking made, answer lost"),
            "auth-expired": self.tr("Sign-in expired once"),
            "double-booked": self.tr("Patient already booked then"),
            "ehr-conflict": self.tr("Refused by the EHR"),
            "not-on-panel": self.tr("Not on the provider's panel"),
            "account-locked": self.tr("Patient account locked"),
            "patient-not-found": self.tr("Patient record not found"),
            "field-refused": self.tr("A detail is refused (ZIP code)"),
        }
        return [{"value": v, "label": labels.get(v, v)} for v in self._scenarios]

    @Property(str, notify=changed)
    def scenario(self) -> str:
        return self._current_scenario() if self._current_scenario else ""

    @Slot(str)
    def setScenario(self, name: str) -> None:
        if self._unlocked and self._set_scenario is not None and name in self._scenarios:
            self._set_scenario(name)
            log.info("training: emulator scenario %s", name)
            self.changed.emit()

    @Slot()
    def resetDemo(self) -> None:
        if self._unlocked and self._reset_demo is not None:
            self._reset_demo()
            log.info("training: demo data reset")
            self.changed.emit()
