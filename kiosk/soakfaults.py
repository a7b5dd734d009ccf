"""``kiosk soak --faults``: the mixed soak with faults injected by the emulator and around it, and a
check at the end, against the emulator's own record, that nothing was lost.

DexCare is the parent's: the emulator serves on loopback from this process (as `kiosk demo-server`
does), so a kiosk SIGKILLed mid-booking cannot take DexCare's record with it. The kiosk is a child
process in live mode against it (secrets in its environment, its journal, metrics and home in one
scratch folder), started again on the same journal after each kill, as systemd would.

Faults, among the ordinary sessions of ``kiosk soak``: latency spikes; a booking's answer trickled
a byte at a time after it was made; the connection reset after it was made; a 500 before and after
it was made; the page's renderer killed mid-page; a page dialog held open; the journal's disk full
for a whole session and from a random moment of a booking; the kiosk SIGKILLed mid-booking. The
kiosk runs with short deadlines (seconds, not the default minute) so a trickle ends in time.

Invariants, checked at the end: every visit the emulator booked is in the journal as booked or as
an unknown outcome (never failed, never missing); nothing the journal calls booked was not; no
booking was posted again after one was made for that patient and slot; no patient was left stuck;
no crash but the injected kills; no apology but after a killed renderer; no PHI in any file the
kiosk wrote. A benchmark, not a test: it prints the table of faults injected and invariants held.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.soak import MARK, PIN, run_session

if TYPE_CHECKING:
    from kiosk.app import KioskApp
    from kiosk.demo.emulator import Booking
    from kiosk.journal import Journal
    from kiosk.qt.driver import Driver

# Short deadlines, so a trickled or stalled answer ends in seconds (kiosk.timeouts).
TIMEOUTS = {"connect": 2.0, "read": 2.0, "booking_read": 2.0, "read_total": 6.0,
            "patient_total": 5.0, "booking_total": 6.0}  # fmt: skip
# What the patients of the soak typed (kiosk/tour.py's demo people): none may reach a file.
PHI = ("Lopez", "2065550100", "ana@example.com", "12 Cedar St", "03151990", "03/15/1990",
       "1990-03-15", "07042018", "2018-07-04", "W123456789", "XJ55501234", "Sore throat")  # fmt: skip
RESET_EVERY = 20  # sessions between emulator resets (a day's bookings would fill the schedule)
# Which faults, when and how long: seeded, so a run that breaks an invariant can be run again.
RNG = random.Random(20261207)  # noqa: S311 - faults, not secrets


# ---------------------------------------------------------------------------- a full disk
class _FullDisk:
    """A journal's connection on a full disk: reads work, every write fails as SQLite's does."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.lstrip().split(None, 1)[0].upper() in {"INSERT", "UPDATE", "DELETE"}:
            raise sqlite3.OperationalError("database or disk is full")
        return self.db.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.db, name)


@contextlib.contextmanager
def disk_full(journal: Journal) -> Iterator[None]:
    """The journal's disk is full until this ends: every write fails with SQLite's
    "database or disk is full" (a tool reaching into the journal, as a full disk would)."""
    db = journal._db
    journal._db = _FullDisk(db)  # type: ignore[assignment]
    try:
        yield
    finally:
        journal._db = db


# ---------------------------------------------------------------------------- the child
class RemoteEmulator:
    """The parent's emulator, through its admin routes (what a trainer's scenario switch does)."""

    def __init__(self, base: str) -> None:
        import httpx  # noqa: PLC0415

        self._http = httpx.Client(base_url=base, timeout=5.0)

    def set_scenario(self, scenario: Any, latency: float | None = None) -> None:
        body: dict[str, Any] = {"scenario": str(getattr(scenario, "value", scenario))}
        if latency is not None:
            body["latency"] = latency
        self._http.put("/_emulator/scenario", json=body).raise_for_status()

    @property
    def latency(self) -> float:
        return float(self._http.get("/_emulator/scenario").json()["latency"])

    @latency.setter
    def latency(self, value: float) -> None:
        scenario = self._http.get("/_emulator/scenario").json()["scenario"]
        self.set_scenario(scenario, value)

    def reset(self) -> None:
        self._http.post("/_emulator/reset").raise_for_status()


def _faulty_sessions(
    kiosk: KioskApp, d: Driver, emulator: RemoteEmulator, say: Callable[[str, Any], None]
) -> Any:
    from kiosk.demo.scenarios import Scenario  # noqa: PLC0415
    from kiosk.flow.journey import Screen  # noqa: PLC0415
    from kiosk.qt.driver import DriverError  # noqa: PLC0415
    from kiosk.soak import _Sessions  # noqa: PLC0415
    from kiosk.tour import to_times, wait_for_booking_page  # noqa: PLC0415

    class Faulty(_Sessions):
        def __init__(self) -> None:
            super().__init__(kiosk, d, emulator)
            ordinary = self.kinds
            faults: list[tuple[str, Callable[[], None]]] = [
                ("fault: latency spike", self.latency_spike),
                ("fault: booking answer trickled", lambda: self.book_under(Scenario.BOOKED_THEN_TRICKLE)),
                ("fault: reset after booking", lambda: self.book_under(Scenario.OUTCOME_UNKNOWN)),
                ("fault: 500 before booking", lambda: self.book_under(Scenario.BOOKING_ERROR)),
                ("fault: 500 after booking", lambda: self.book_under(Scenario.BOOKED_THEN_ERROR)),
                ("fault: renderer killed mid-page", self.renderer_killed),
                ("fault: page dialog held open", self.dialog_held),
                ("fault: journal disk full", self.disk_full_all_along),
                ("fault: journal disk fills mid-booking", self.disk_fills_mid_booking),
                ("fault: kiosk killed mid-booking", self.killed_mid_booking),
            ]  # fmt: skip
            # An ordinary session between faults, so each fault meets a kiosk in every state.
            self.kinds = [
                k for pair in zip(ordinary[: len(faults)], faults, strict=False) for k in pair
            ]
            self.kinds += ordinary[len(faults) :]

        def _submit_under(self, scenario: Any, latency: float | None = None,
                          during: Callable[[], None] | None = None) -> None:  # fmt: skip
            self._to_review("self")
            emulator.set_scenario(scenario, latency)
            self.d.tap("submitButton")
            if during is not None:
                during()
            self.d.wait_until(
                lambda: not self.k.busy and self.k.current_screen is not Screen.BOOKING,
                30, f"the answer under {getattr(scenario, 'value', scenario)}",
            )  # fmt: skip
            emulator.set_scenario(Scenario.NORMAL, 2.5)

        def book_under(self, scenario: Any, latency: float | None = None) -> None:
            self._submit_under(scenario, latency)
            self.way_home()

        def latency_spike(self) -> None:
            # Under the deadlines (booked, slowly) or past the patient lookup's (Try again).
            self.book_under(Scenario.SLOW, RNG.choice((1.0, 5.5)))

        def _to_page(self) -> None:
            to_times(self.k, self.d)
            self.d.tap("time_0_0")
            self.d.wait_until(lambda: self.d.exists("webView"), 10, "the web view")
            wait_for_booking_page(self.d)

        def renderer_killed(self) -> None:
            self._to_page()
            os.kill(int(self.d.page_property("renderProcessPid")), signal.SIGKILL)
            self.d.wait_until(lambda: self.d.exists("apologyOkButton"), 15, "the apology")
            say("renderer_killed", True)
            self.d.tap("apologyOkButton")
            self.home()

        def dialog_held(self) -> None:
            self._to_page()
            self.d.js("(() => { setTimeout(() => { window.answer = confirm('Cancel the visit for "
                      "Ana Lopez?') }, 0); return true })()")  # fmt: skip
            self.d.wait_until(lambda: self.d.exists("jsDialogText"), 5, "the page's dialog")
            self.d.pump(RNG.uniform(2.0, 6.0))
            if self.k.current_screen is not Screen.HANDOFF or not self.d.exists("jsDialogText"):
                raise DriverError("the held dialog did not hold")
            self.d.tap(RNG.choice(("jsDialogOk", "jsDialogStartOver")))
            if self.d.exists("startOverButton") and not self.d.exists("bookButton"):
                self.d.tap("startOverButton")
            self.home()

        def disk_full_all_along(self) -> None:
            with disk_full(self.k.journal):
                self._submit_under(Scenario.NORMAL)
                if self.d.text("outcomeTitle") != wording_journal_title():
                    raise DriverError("a full disk at Book did not say so")
            self.way_home()

        def disk_fills_mid_booking(self) -> None:
            with contextlib.ExitStack() as full:

                def fill() -> None:
                    self.d.pump(RNG.uniform(0.0, 2.5))
                    full.enter_context(disk_full(self.k.journal))

                self._submit_under(Scenario.SLOW, 1.0, during=fill)
            self.way_home()

        def killed_mid_booking(self) -> None:
            self._to_review("self")
            emulator.set_scenario(Scenario.SLOW, 1.0)
            self.d.tap("submitButton")
            say("kill_me", round(RNG.uniform(0.2, 2.6), 2))
            self.d.pump(30.0)  # the parent kills this process before this ends
            raise DriverError("the kiosk was not killed")

    return Faulty()


def wording_journal_title() -> str:
    from kiosk.flow.errors import ErrorKind  # noqa: PLC0415
    from kiosk.qt import wording  # noqa: PLC0415

    return wording.error_words(ErrorKind.JOURNAL_UNAVAILABLE, "").title


def child(first: int, last: int, every: int, root: str, base: str) -> None:
    """Sessions ``first`` .. ``last - 1`` against the parent's emulator at ``base``."""
    import logging  # noqa: PLC0415

    from kiosk.demo import seed  # noqa: PLC0415
    from kiosk.settings import Settings  # noqa: PLC0415
    from kiosk.staff import hash_pin  # noqa: PLC0415
    from kiosk.tour import headless_app  # noqa: PLC0415

    logging.getLogger().setLevel(logging.WARNING)
    top = Path(root)
    base_settings = Settings()
    # Built, not validated: live mode against a loopback DexCare, with the mock speech engine
    # (silent, as every soak) that a validated live config refuses.
    settings = base_settings.model_copy(update={
        "dexcare": base_settings.dexcare.model_copy(update={
            "api_base_url": base, "booking_base_url": base, "scheduling_url": f"{base}/retail"}),
        "kiosk": base_settings.kiosk.model_copy(update={
            "coupons": True, "data_dir": top / "data", "timezone": seed.KIOSK_ZONE}),
        "staff": base_settings.staff.model_copy(update={"pin_hash": hash_pin(PIN)}),
        "speech": base_settings.speech.model_copy(update={"engine": "mock", "headset": False}),
        "timeouts": base_settings.timeouts.model_copy(update=TIMEOUTS),
        "metrics": base_settings.metrics.model_copy(update={
            "textfile": top / "metrics" / "clinic_kiosk.prom", "interval": 2.0}),
    })  # fmt: skip

    def say(kind: str, data: Any) -> None:
        sys.stdout.write(MARK + json.dumps({kind: data}) + "\n")
        sys.stdout.flush()

    emulator = RemoteEmulator(base)
    with headless_app(settings, (1920, 1080), as_given=True) as (kiosk, d):
        sessions = _faulty_sessions(kiosk, d, emulator, say)
        for n in range(first, last):
            name, run = sessions.kinds[n % len(sessions.kinds)]
            say("begin", {"session": n, "kind": name})
            began = time.perf_counter()
            _, apologized = run_session(kiosk, d, n, name, run, say,
                                        after_stuck=lambda: emulator.set_scenario("normal", 2.5))  # fmt: skip
            if apologized:
                say("apology", {"session": n, "kind": name})
            if n % RESET_EVERY == RESET_EVERY - 1:
                emulator.reset()
            say("done", {"session": n, "kind": name, "s": round(time.perf_counter() - began, 2)})


# --------------------------------------------------------------------------- the parent
CHILD_CODE = (
    "import faulthandler, sys; faulthandler.enable(); from kiosk.soakfaults import child; "
    "child(*map(int, sys.argv[1:4]), sys.argv[4], sys.argv[5])"
)


@dataclass
class Invariant:
    name: str
    held: bool
    detail: str


@dataclass
class FaultSoak:
    sessions: int
    minutes: float = 0.0
    faults: dict[str, int] = field(default_factory=dict)  # injected, by kind
    kinds: dict[str, int] = field(default_factory=dict)  # every session, by kind
    kills: int = 0
    crashes: int = 0
    stuck: int = 0
    apologies: int = 0
    unexpected_apologies: int = 0
    bookings: int = 0  # provider visits the emulator made
    journal: dict[str, int] = field(default_factory=dict)  # provider rows by outcome
    invariants: list[Invariant] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def held(self) -> bool:
        return all(i.held for i in self.invariants)


def _recording_emulator() -> Any:
    """The emulator, keeping every epoch's bookings and booking POSTs across its resets."""
    from kiosk.demo.emulator import DexCareEmulator  # noqa: PLC0415

    class Recording(DexCareEmulator):
        def __init__(self) -> None:
            super().__init__(latency=2.5)
            self.posts: list[tuple[str, str, str]] = []  # (patient, slot, correlation) per POST
            self.epochs: list[tuple[list[Booking], list[tuple[str, str, str]]]] = []

        def _book_provider(self, m: Any, q: Any, body: Any) -> Any:
            if isinstance(body, dict):
                self.posts.append((str(body.get("patient", {}).get("patientGuid")),
                                   str(body.get("visitDetails", {}).get("slotId")),
                                   str(self._correlation)))  # fmt: skip
            return super()._book_provider(m, q, body)

        def reset(self) -> None:
            with self._lock:
                self.epochs.append((list(self.bookings), list(self.posts)))
                self.posts.clear()
                super().reset()

        def all_epochs(self) -> list[tuple[list[Booking], list[tuple[str, str, str]]]]:
            with self._lock:
                return [*self.epochs, (list(self.bookings), list(self.posts))]

    return Recording()


def run_fault_soak(sessions: int, *, out: Callable[[str], None]) -> FaultSoak:
    from kiosk.demo.emulator import DEMO_API_KEY, DEMO_TOKEN  # noqa: PLC0415
    from kiosk.demo.scenarios import Scenario  # noqa: PLC0415
    from kiosk.demo.server import EmulatorHTTPServer  # noqa: PLC0415

    result = FaultSoak(sessions=sessions)
    logging.getLogger("kiosk.demo").setLevel(logging.WARNING)  # a line per scenario switch
    emulator = _recording_emulator()
    server = EmulatorHTTPServer(emulator, "127.0.0.1", 0)
    server.start_in_background()
    root = Path(tempfile.mkdtemp(prefix="kiosk-faults-"))
    for sub in ("home", "logs", "metrics"):
        (root / sub).mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update({"KIOSK_API_KEY": DEMO_API_KEY, "KIOSK_ACCESS_TOKEN": DEMO_TOKEN,
                "HOME": str(root / "home"), "XDG_STATE_HOME": str(root / "home" / "state"),
                "XDG_CACHE_HOME": str(root / "home" / "cache"),
                "XDG_DATA_HOME": str(root / "home" / "data"),
                "XDG_CONFIG_HOME": str(root / "home" / "config")})  # fmt: skip
    try:
        t0 = time.perf_counter()
        done = starts = 0
        while done < sessions:
            starts += 1
            log = root / "logs" / f"kiosk-{starts}.txt"
            killed = threading.Event()
            with log.open("w") as errors:
                proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
                    [sys.executable, "-c", CHILD_CODE, str(done), str(sessions), "100", str(root),
                     server.base_url],
                    stdout=subprocess.PIPE, stderr=errors, text=True, env=env,
                )  # fmt: skip
                try:
                    current = _follow(proc, result, out, killed, t0)
                finally:
                    if proc.poll() is None:  # interrupted: no kiosk is left behind
                        proc.kill()
                    code = proc.wait()
                    assert proc.stdout is not None
                    proc.stdout.close()
            done = max(done, int(current.get("done", done)))
            if killed.is_set() and code == -signal.SIGKILL:
                result.kills += 1
                result.faults["kiosk killed mid-booking"] = (
                    result.faults.get("kiosk killed mid-booking", 0) + 1
                )
                result.kinds[current.get("kind", "?")] = (
                    result.kinds.get(current.get("kind", "?"), 0) + 1
                )
            elif code != 0:
                result.crashes += 1
                out(f"  CRASH in session {current.get('session')} (exit {code}; stderr in {log})")
                if result.crashes > 20:
                    break
            if code != 0:
                done = int(current.get("session", done)) + 1  # the session it died in is over
                emulator.set_scenario(Scenario.NORMAL)
                emulator.latency = 2.5
    finally:
        server.stop()
    result.minutes = round((time.perf_counter() - t0) / 60, 2)
    _check(result, emulator, root)
    result.notes.append(f"the kiosk's files are kept in {root}")
    return result


def _follow(
    proc: subprocess.Popen[str], result: FaultSoak, out: Callable[[str], None],
    killed: threading.Event, t0: float,
) -> dict[str, Any]:  # fmt: skip
    """Read the child's lines until it ends; the session it was in (and how far it got)."""
    assert proc.stdout is not None
    current: dict[str, Any] = {}

    def kill() -> None:
        killed.set()
        proc.kill()

    for line in proc.stdout:
        if not line.startswith(MARK):
            continue
        ((kind, data),) = json.loads(line[len(MARK) :]).items()
        if kind == "begin":
            current = {**data, "done": data["session"]}
        elif kind == "done":
            current["done"] = data["session"] + 1
            result.kinds[data["kind"]] = result.kinds.get(data["kind"], 0) + 1
            if data["kind"].startswith("fault: "):
                fault = data["kind"][len("fault: ") :]
                result.faults[fault] = result.faults.get(fault, 0) + 1
            if current["done"] % 100 == 0:
                out(f"{current['done']:>6} sessions  {result.kills} kills  {result.crashes} "
                    f"crashes  {result.stuck} stuck  {(time.perf_counter() - t0) / 60:.1f} min")  # fmt: skip
        elif kind == "stuck":
            result.stuck += 1
            out(f"  stuck: session {data['session']} ({data['kind']}) on "
                f"{data['screen']}: {data['why']}")  # fmt: skip
        elif kind == "apology":
            result.apologies += 1
            if data["kind"] != "fault: renderer killed mid-page":
                result.unexpected_apologies += 1
                out(f"  apology: session {data['session']} ({data['kind']})")
        elif kind == "kill_me":
            threading.Timer(float(data), kill).start()
    return current


def _check(result: FaultSoak, emulator: Any, root: Path) -> None:
    from kiosk.journal import BOOKED, UNKNOWN  # noqa: PLC0415

    rows: dict[str, str] = {}
    for path in sorted((root / "data").glob("journal*.sqlite3")):
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            for corr, outcome, journey in db.execute(
                "SELECT correlation_id, outcome, journey FROM attempts"
            ):
                if journey == "provider":
                    rows[corr] = outcome
                    result.journal[outcome] = result.journal.get(outcome, 0) + 1
    epochs = emulator.all_epochs()
    booked = [b for bookings, _ in epochs for b in bookings if b.kind == "provider"]
    result.bookings = len(booked)
    lost = [
        b.correlation_id
        for b in booked
        if rows.get(b.correlation_id or "") not in (BOOKED, UNKNOWN)
    ]
    made = {b.correlation_id for b in booked}
    false_booked = [c for c, outcome in rows.items() if outcome == BOOKED and c not in made]
    resent: list[str] = []  # the correlation ids of POSTs after a visit was made
    for bookings, posts in epochs:
        for b in bookings:
            if b.kind != "provider":
                continue
            key = (str(b.patient_guid), str(b.body.get("visitDetails", {}).get("slotId")))
            same = [corr for guid, slot, corr in posts if (guid, slot) == key]
            after = same[same.index(b.correlation_id) + 1 :] if b.correlation_id in same else same
            resent += [
                f"{c} ({rows.get(c, 'not journaled')}, after {b.correlation_id})" for c in after
            ]
    found = _phi_in(root)
    result.invariants = [
        Invariant("every visit the emulator booked is journaled booked or unknown", not lost,
                  f"{len(booked)} booked, {len(lost)} journaled otherwise or missing"),
        Invariant("nothing journaled booked that the emulator did not book", not false_booked,
                  f"{len(false_booked)} false confirmations"),
        Invariant("no booking posted again after one was made", not resent,
                  f"{len(resent)} booking POSTs after a visit was made for that patient and slot"
                  + (f": {'; '.join(resent[:3])}" if resent else "")),
        Invariant("no patient left stuck", result.stuck == 0, f"{result.stuck} stuck sessions"),
        Invariant("no crash but the injected kills", result.crashes == 0,
                  f"{result.crashes} crashes, {result.kills} injected kills"),
        Invariant("no apology but after a killed renderer", result.unexpected_apologies == 0,
                  f"{result.apologies} apologies, {result.unexpected_apologies} elsewhere"),
        Invariant("no PHI in any file the kiosk wrote", not found,
                  f"{sum(1 for _ in root.rglob('*') if _.is_file())} files read"
                  + (f"; found in {', '.join(found[:5])}" if found else "")),
    ]  # fmt: skip


def _phi_in(root: Path) -> list[str]:
    needles = [n.lower().encode() for n in PHI]
    hits = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        try:
            data = path.read_bytes().lower()
        except OSError:
            continue
        if any(n in data for n in needles):
            hits.append(str(path.relative_to(root)))
    return hits


def report(result: FaultSoak, *, as_json: bool = False) -> str:
    if as_json:
        return json.dumps({**asdict(result), "held": result.held}, indent=2)
    lines = [f"kiosk soak --faults: {result.sessions} sessions in {result.minutes:.1f} min",
             "  faults injected:"]  # fmt: skip
    lines += [f"    {name:<36} {count:>5}" for name, count in sorted(result.faults.items())]
    lines.append(f"  provider visits the emulator booked: {result.bookings}; journal: "
                 + ", ".join(f"{k} {v}" for k, v in sorted(result.journal.items())))  # fmt: skip
    lines.append("  invariants:")
    lines += [
        f"    {'held  ' if i.held else 'BROKEN'} {i.name} ({i.detail})" for i in result.invariants
    ]
    lines += [f"  {note}" for note in result.notes]
    return "\n".join(lines)
