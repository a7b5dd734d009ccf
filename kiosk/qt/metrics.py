"""The kiosk's metrics file (kiosk/metrics.py), rewritten from the GUI thread's own timer: when the
event loop hangs, the file stops changing, its heartbeat goes stale and Prometheus says so.

Events are counted as they happen (sessions, idle resets, apologies, renderer ends, and through the
journal's listeners bookings and hand-offs); the rest is read from the kiosk's parts before each
write. An idle kiosk also asks DexCare now and then whether it answers, so "DexCare unreachable"
is known before a patient finds out.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from kiosk.dexcare import DexCareClient, DexCareError
from kiosk.flow.journey import Screen
from kiosk.journal import Journal
from kiosk.metrics import KioskMetrics, Snapshot, is_open
from kiosk.qt.idle import IdleWatcher
from kiosk.qt.session import SessionViewModel
from kiosk.web.session import WebSession, resident_bytes

log = logging.getLogger("kiosk.metrics")


def wall(monotonic: float | None) -> float | None:
    """A ``time.monotonic()`` reading as Unix time (None stays None)."""
    if monotonic is None:
        return None
    return time.time() - (time.monotonic() - monotonic)


class MetricsWriter(QObject):
    def __init__(
        self,
        metrics: KioskMetrics,
        path: Path,
        *,
        session: SessionViewModel,
        idle: IdleWatcher,
        client: DexCareClient,
        journal: Journal,
        web: WebSession,
        out_of_service: Callable[[], bool],
        opening_hours: dict[str, str],
        zone: tzinfo | None,
        probe: Callable[[], Awaitable[object]],
        interval_s: float = 15.0,
        probe_every_s: float = 300.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.metrics, self.path = metrics, path
        self._session, self._client = session, client
        self._journal, self._web = journal, web
        self._out_of_service, self._hours, self._zone = out_of_service, opening_hours, zone
        self._probe, self._probe_every = probe, probe_every_s
        self._probing = False
        self._ready = False
        self.writes = 0
        journal.listeners.append(metrics.journal_entry)
        session.sessionStarted.connect(metrics.sessions.inc)
        idle.expired.connect(metrics.idle_resets.inc)
        session.apologyChanged.connect(self._apologized)
        web.rendererEnded.connect(metrics.renderer_ended)
        session.help.changed.connect(self.write)  # the desk's alert need not wait for the timer
        self.timer = QTimer(self)
        self.timer.setInterval(round(interval_s * 1000))
        self.timer.timeout.connect(self.write)
        self.timer.start()
        self.write()

    def drawn(self) -> None:
        """Welcome's first frame is drawn (kiosk/qt/firstframe.py): the kiosk is ready."""
        if not self._ready:
            self._ready = True
            self.write()

    def _apologized(self) -> None:
        if self._session.apology:
            self.metrics.apologies.inc()

    def snapshot(self) -> Snapshot:
        c = self._client
        answered, failed = c.last_answer, c.last_failure
        since = self._session.help.since
        return Snapshot(
            ready=self._ready,
            out_of_service=self._out_of_service(),
            open=is_open(datetime.now(self._zone), self._hours),
            dexcare_reachable=answered is not None and answered >= (failed or 0),
            dexcare_last_answer=wall(answered),
            dexcare_last_failure=wall(failed),
            unresolved_unknown=self._journal.unresolved(),
            help_since=wall(since),
            resident_bytes=resident_bytes(os.getpid()),
            web_resident_bytes=resident_bytes(self._web.renderer_pid)
            if self._web.viewWanted
            else 0,
            journal_set_aside=self._journal.set_aside_files(),
            journal_write_failures=self._journal.write_failures,
            journal_unwritten=self._journal.unwritten,
        )

    def write(self) -> None:
        self._maybe_probe()
        self.metrics.update(self.snapshot())
        if self.metrics.write(self.path):
            self.writes += 1

    def _maybe_probe(self) -> None:
        """On Welcome with nobody busy, and nothing heard from DexCare for a while: ask it."""
        if self._probe_every <= 0 or self._probing or self._out_of_service():
            return
        c = self._client
        last = max(c.last_answer or 0.0, c.last_failure or 0.0)
        if last and time.monotonic() - last < self._probe_every:
            return
        if self._session.current_screen is not Screen.WELCOME or self._session.busy:
            return
        self._probing = True
        self._session.tasks.spawn(self._ask(), "DexCare probe")

    async def _ask(self) -> None:
        try:
            await self._probe()
        except DexCareError as err:
            log.warning("DexCare did not answer the kiosk's check: %s", err)
        finally:
            self._probing = False
