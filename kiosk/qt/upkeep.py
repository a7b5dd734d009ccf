"""The kiosk's daily fresh start (kiosk/flow/upkeep.py decides when): once a minute it asks whether
a restart is due and whether nobody would notice, and if so asks the kiosk to stop; systemd starts
it again. Only made under systemd: a kiosk run by hand has nothing to start it again."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.flow.journey import NO_PATIENT
from kiosk.flow.upkeep import Reason, RestartPolicy
from kiosk.qt.idle import IdleWatcher
from kiosk.qt.session import SessionViewModel
from kiosk.web.session import resident_bytes

log = logging.getLogger("kiosk.upkeep")

CHECK_MS = 60_000


class Upkeep(QObject):
    restartRequested = Signal(str)  # the reason, a word ("daily", "memory")

    def __init__(
        self,
        policy: RestartPolicy,
        session: SessionViewModel,
        idle: IdleWatcher,
        *,
        zone: tzinfo | None = None,  # the kiosk's (``[kiosk] timezone``); None: the machine's
        clock: Callable[[], datetime] | None = None,
        rss_mib: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.policy, self._session, self._idle = policy, session, idle
        self._clock = clock or (lambda: datetime.now(zone).astimezone(zone))
        self._rss_mib = rss_mib or (lambda: resident_bytes(os.getpid()) / 2**20)
        self.started = self._clock()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> Reason | None:
        """The reason the kiosk restarts now, or None while it is not due or someone is here."""
        rss, now = self._rss_mib(), self._clock()
        reason = self.policy.due(started=self.started, now=now, rss_mib=rss)
        if reason is None:
            return None
        at_rest = self._session.current_screen in NO_PATIENT and not self._session.busy
        if not self.policy.quiet(at_rest=at_rest, seconds_since_input=self._idle.since_input()):
            return None
        self.timer.stop()
        log.info(
            "restarting for upkeep (%s) after %.1f h, %.0f MiB resident",
            reason.value,
            (now - self.started).total_seconds() / 3600,
            rss,
            extra={"event": "kiosk.upkeep_restart"},
        )
        self.restartRequested.emit(reason.value)
        return reason
