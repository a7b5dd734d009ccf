"""What a fleet's Prometheus sees of one kiosk, written for node_exporter's textfile collector.

No port is opened on the kiosk: the node_exporter IT already runs (with its own TLS and auth)
re-exports ``clinic_kiosk.prom``, which the kiosk rewrites atomically every few seconds from its GUI
thread (``kiosk.qt.metrics``). A hung kiosk stops rewriting it, so its heartbeat goes stale and the
"kiosk down or stale" alert fires (packaging/prometheus/).

Labels carry only words from fixed lists (outcomes, kinds), the kiosk's id and site and the
version: never PHI, slot ids or correlation ids. Pure Python with prometheus_client: no Qt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, generate_latest
from prometheus_client import disable_created_metrics as _no_created_series

from kiosk.flow.errors import ErrorKind
from kiosk.flow.journey import CareKind
from kiosk.journal import BOOKED, HANDED_OFF, NOT_FINISHED, UNKNOWN
from kiosk.settings import WEEKDAYS, hours_span

log = logging.getLogger("kiosk.metrics")

PREFIX = "clinic_kiosk"
# node_exporter runs as its own user (Debian's: "prometheus") and must read the file whatever the
# kiosk's umask (the unit's UMask=0027, for the journal's sake, made it 0640 kiosk:kiosk and every
# fleet alert went silent). The file holds no PHI (tests/unit/test_metrics.py).
TEXTFILE_MODE = 0o644
BOOKING_OUTCOMES = ("booked", "refused", "outcome_unknown")
HANDOFF_OUTCOMES = (HANDED_OFF, BOOKED, NOT_FINISHED)
RENDERER_ENDS = ("crashed", "killed", "abnormal", "unresponsive")
REFUSAL_KINDS = tuple(k.value for k in ErrorKind)
PULL_RESULTS = ("new", "unchanged", "invalid", "refused", "unreachable")  # kiosk/configpull.py


def pull_state_file(config: Path) -> Path:
    """Where ``kiosk config pull`` records its last result, beside the config it pulled."""
    return config.with_name(config.name + ".pull.json")


def pull_state(config: Path | None) -> dict[str, Any] | None:
    """The last pull's result for this config, or None (the config is not pulled)."""
    if config is None:
        return None
    try:
        data = json.loads(pull_state_file(config).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("result") in PULL_RESULTS else None


def is_open(now: datetime, hours: Mapping[str, str]) -> bool:
    """Whether the clinic is open at ``now`` (its local time). No hours configured: always open."""
    if not hours:
        return True
    span = hours.get(WEEKDAYS[now.weekday()])
    if span is None:
        return False
    start, end = hours_span(span)
    return start <= now.hour * 60 + now.minute < end


def config_checksum(path: Path | None) -> str:
    """The first 16 hex digits of the config file's SHA-256 ("defaults" without one): which
    version of the fleet's config a kiosk runs, comparable across kiosks."""
    if path is None:
        return "defaults"
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    except OSError:
        return "unreadable"


@dataclass(frozen=True)
class Snapshot:
    """How the kiosk is right now, read from its parts before each write."""

    ready: bool
    out_of_service: bool
    open: bool
    dexcare_reachable: bool
    dexcare_last_answer: float | None  # wall-clock seconds
    dexcare_last_failure: float | None
    unresolved_unknown: int
    help_since: float | None  # wall-clock seconds; None: nobody is waiting
    resident_bytes: int
    web_resident_bytes: int
    journal_set_aside: int = 0  # journals set aside beside the one in use (evidence for IT)
    journal_write_failures: int = 0  # writes the journal could not make since start
    journal_unwritten: int = 0  # outcomes held in memory until the journal can take them


class KioskMetrics:
    def __init__(
        self, *, kiosk_id: str, site: str, version: str, training: bool, config: Path | None,
        started: float | None = None,
    ) -> None:  # fmt: skip
        _no_created_series()  # type: ignore[no-untyped-call]  # no ``_created`` twin for every counter: the textfile stays small
        self.registry = r = CollectorRegistry(auto_describe=True)

        def gauge(name: str, doc: str, labels: tuple[str, ...] = ()) -> Gauge:
            return Gauge(f"{PREFIX}_{name}", doc, labels, registry=r)

        def counter(name: str, doc: str, labels: tuple[str, ...] = ()) -> Counter:
            return Counter(f"{PREFIX}_{name}", doc, labels, registry=r)

        # Alerts take kiosk_id, site and mode from here (``* on(instance) group_left(...)``), so
        # Alertmanager can route training kiosks' alerts away from the desk.
        gauge("build_info", "The kiosk's version, id, site and mode (always 1)",
              ("version", "kiosk_id", "site", "mode")).labels(
                  version, kiosk_id, site, "training" if training else "live").set(1)  # fmt: skip
        gauge("training", "1 in training (demo) mode: no real bookings").set(int(training))
        gauge("start_time_seconds", "When the kiosk process started (Unix time)").set(
            time.time() if started is None else started
        )
        gauge("config_loaded_timestamp_seconds", "When the config in use was read").set(time.time())
        gauge("config_info", "The config file in use, by checksum (always 1)",
              ("checksum",)).labels(config_checksum(config)).set(1)  # fmt: skip
        pulled = pull_state(config)
        if pulled is not None:
            gauge("config_pull_timestamp_seconds", "When `kiosk config pull` last ran").set(
                float(pulled.get("at", 0))
            )
            result = gauge("config_pull_result", "Its result (1 for the last one)", ("result",))
            for name in PULL_RESULTS:
                result.labels(name).set(int(name == pulled["result"]))
        self.heartbeat = gauge("heartbeat_timestamp_seconds",
                               "Last time the GUI thread wrote this file (Unix time)")  # fmt: skip
        self.ready = gauge("ready", "1 once the UI is up and the kiosk is in service")
        self.out_of_service = gauge("out_of_service", "1 while staff have it out of service")
        self.open = gauge("open", "1 within the clinic's opening hours (kiosk.opening_hours)")
        self.reachable = gauge("dexcare_reachable", "1 when DexCare answered the last request")
        self.last_answer = gauge("dexcare_last_answer_timestamp_seconds",
                                 "Last time DexCare answered (0: never)")  # fmt: skip
        self.last_failure = gauge("dexcare_last_failure_timestamp_seconds",
                                  "Last time the way to DexCare failed (0: never)")  # fmt: skip
        self.unresolved = gauge("outcome_unknown_unresolved",
                                "Bookings whose outcome is unknown and staff have not checked")  # fmt: skip
        self.help = gauge("help_requested", "1 while a patient is waiting for staff")
        self.help_since = gauge("help_requested_since_timestamp_seconds",
                                "When the waiting patient asked (0: nobody waits)")  # fmt: skip
        self.rss = gauge("resident_memory_bytes", "The kiosk process's resident memory")
        self.web_rss = gauge("web_resident_memory_bytes",
                             "The web page's renderer's resident memory (0: no page)")  # fmt: skip
        self.journal_set_aside = gauge("journal_set_aside_files",
                                       "Booking journals set aside as unusable, still on disk")  # fmt: skip
        self.journal_failures = counter("journal_write_failures",
                                        "Journal writes that failed (a full disk)")  # fmt: skip
        self.journal_unwritten = gauge("journal_unwritten",
                                       "Booking outcomes waiting to be written to the journal")  # fmt: skip
        self._journal_failures_seen = 0
        self.bookings = counter("bookings", "Provider bookings by outcome", ("outcome",))
        self.refusals = counter("booking_refusals", "Refused bookings by kind", ("kind",))
        self.handoffs = counter("handoffs", "Walk-in hand-offs to DexCare's page by outcome",
                                ("outcome",))  # fmt: skip
        self.renderer = counter("renderer_terminations", "Web renderers that ended badly",
                                ("kind",))  # fmt: skip
        self.sessions = counter("sessions", "Patient sessions started")
        self.idle_resets = counter("idle_resets", "Sessions ended by the idle timeout")
        self.apologies = counter("apologies", "Unexpected errors ('Sorry, let's start again')")
        self.pin_lockouts = counter("pin_lockouts", "Staff PIN pad lock-outs after wrong PINs")
        for outcome in BOOKING_OUTCOMES:  # every series from 0, so increase() sees the first
            self.bookings.labels(outcome)
        for kind in REFUSAL_KINDS:
            self.refusals.labels(kind)
        for outcome in HANDOFF_OUTCOMES:
            self.handoffs.labels(outcome)
        for kind in RENDERER_ENDS:
            self.renderer.labels(kind)
        self._write_failed = False

    # --------------------------------------------------------------------------- events
    def journal_entry(self, journey: str, outcome: str) -> None:
        """A journal row began or finished (``Journal.listeners``)."""
        if journey == CareKind.WALK_IN:
            if outcome in HANDOFF_OUTCOMES:
                self.handoffs.labels(outcome).inc()
        elif outcome == BOOKED:
            self.bookings.labels("booked").inc()
        elif outcome == UNKNOWN:
            self.bookings.labels("outcome_unknown").inc()
        elif outcome != HANDED_OFF:
            self.bookings.labels("refused").inc()
            self.refusals.labels(ErrorKind.of_code(outcome).value).inc()

    def renderer_ended(self, kind: str) -> None:
        self.renderer.labels(kind if kind in RENDERER_ENDS else "abnormal").inc()

    # --------------------------------------------------------------------------- the file
    def update(self, now: Snapshot) -> None:
        self.ready.set(int(now.ready and not now.out_of_service))
        self.out_of_service.set(int(now.out_of_service))
        self.open.set(int(now.open))
        self.reachable.set(int(now.dexcare_reachable))
        self.last_answer.set(now.dexcare_last_answer or 0)
        self.last_failure.set(now.dexcare_last_failure or 0)
        self.unresolved.set(now.unresolved_unknown)
        self.help.set(int(now.help_since is not None))
        self.help_since.set(now.help_since or 0)
        self.rss.set(now.resident_bytes)
        self.web_rss.set(now.web_resident_bytes)
        self.journal_set_aside.set(now.journal_set_aside)
        self.journal_unwritten.set(now.journal_unwritten)
        if now.journal_write_failures > self._journal_failures_seen:
            self.journal_failures.inc(now.journal_write_failures - self._journal_failures_seen)
            self._journal_failures_seen = now.journal_write_failures
        self.heartbeat.set(time.time())

    def write(self, path: Path) -> bool:
        """Replace ``path`` atomically (a temporary file, then a rename). Never raises: a full disk
        must not stop the kiosk; the heartbeat going stale tells IT instead."""
        try:
            write_textfile(path, generate_latest(self.registry))
        except OSError as err:
            if not self._write_failed:
                log.warning("cannot write the metrics file (%s)", type(err).__name__)
            self._write_failed = True
            return False
        if self._write_failed:
            log.info("the metrics file is written again")
        self._write_failed = False
        return True


def write_textfile(path: Path, data: bytes) -> None:
    """As prometheus_client's ``write_to_textfile`` (a temporary file beside ``path``, then a
    rename, so a scrape never sees half a file), but readable by node_exporter's own user: the
    mode is set on the open file, not left to the umask."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # a dot: not *.prom, never collected
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, TEXTFILE_MODE)
    try:
        os.fchmod(fd, TEXTFILE_MODE)
        with os.fdopen(fd, "wb", closefd=False) as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
