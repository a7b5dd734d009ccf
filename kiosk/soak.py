"""``kiosk soak``: many mixed patient sessions in one kiosk process, to show it lasts.

The kiosk runs in a child process (demo mode, offscreen) driven through its real QML, so a native
abort (a refcount error, a segfault) is counted as a crash, not hidden: the parent restarts the
child, as systemd would, and goes on with the sessions left. Sessions cycle through what a lobby
sees: walk-ins booked and abandoned (the idle timeout), provider bookings with each payment kind,
provider bookings failing with each emulator scenario, language switches, the staff panel opened
and closed, Start over in the middle of the form, a patient using the keypad with speech on.

Every ``--every`` sessions and at the end it prints: crashes, apologies and stuck sessions (all
must be 0), sessions per minute, resident memory of the kiosk and of its web helpers, the slope in
MiB per 100 sessions after warm-up (least squares), open file descriptors, threads, QObjects
alive under the window and the engine, Python objects tracked by ``gc``, and the reference counts
of ``True`` and ``False`` (on Python 3.11 a C extension that drops one of them aborts the process
in time). A benchmark, not a test: it prints figures.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.memory import TRIM_DELAY_MS, heap_mib

if TYPE_CHECKING:
    from kiosk.app import KioskApp
    from kiosk.qt.driver import Driver

MARK = "SOAK "  # the child's lines for the parent; anything else on stdout is not ours
WARM_UP = 100  # sessions before the memory slope is fitted (profiles, caches, QML components)
PIN = "2468"


@dataclass
class Sample:
    sessions: int
    minutes: float
    apologies: int
    stuck: int
    rss_kiosk_mib: float
    rss_helpers_mib: float
    # The kiosk's RSS by kind (anonymous: heaps; file: libraries, fonts, data; shmem: shared
    # with the web helpers) and glibc's heap (in use: kept alive; free: fragmentation).
    rss_anon_mib: float
    rss_file_mib: float
    rss_shmem_mib: float
    heap_in_use_mib: float
    heap_free_mib: float
    py_blocks: int  # Python's small-object allocator, blocks in use
    fds: int
    threads: int
    qobjects: int
    py_objects: int
    refcount_true: int
    refcount_false: int


@dataclass
class Soak:
    sessions: int
    crashes: int = 0
    apologies: int = 0
    stuck: int = 0
    minutes: float = 0.0
    sessions_per_minute: float = 0.0
    rss_slope_mib_per_100: float = 0.0  # kiosk and helpers together, after warm-up
    rss_kiosk_slope_mib_per_100: float = 0.0
    samples: list[Sample] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, list[float]] = field(default_factory=dict)  # each session's, by kind


# ---------------------------------------------------------------------------- the child


def _qobjects(kiosk: KioskApp) -> int:
    from PySide6.QtCore import QObject  # noqa: PLC0415

    return len(kiosk.window.findChildren(QObject)) + len(kiosk.engine.findChildren(QObject))


def _sample(kiosk: KioskApp, sessions: int, apologies: int, stuck: int) -> Sample:
    from kiosk.bench import descendants, rss_mib  # noqa: PLC0415 - the child's, as bench measures

    gc.collect()
    me = os.getpid()
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    kib = {
        k: int(status.get(k, "0 kB").split()[0]) / 1024 for k in ("RssAnon", "RssFile", "RssShmem")
    }
    heap = heap_mib() or (0.0, 0.0)
    return Sample(
        sessions=sessions,
        minutes=0.0,  # the parent's clock
        apologies=apologies,
        stuck=stuck,
        rss_kiosk_mib=round(rss_mib(me), 1),
        rss_helpers_mib=round(sum(rss_mib(c) for c in descendants(me)), 1),
        rss_anon_mib=round(kib["RssAnon"], 1),
        rss_file_mib=round(kib["RssFile"], 1),
        rss_shmem_mib=round(kib["RssShmem"], 1),
        heap_in_use_mib=round(heap[0], 1),
        heap_free_mib=round(heap[1], 1),
        py_blocks=sys.getallocatedblocks(),
        fds=len(os.listdir("/proc/self/fd")),
        threads=len(os.listdir("/proc/self/task")),
        qobjects=_qobjects(kiosk),
        py_objects=len(gc.get_objects()),
        refcount_true=sys.getrefcount(True),
        refcount_false=sys.getrefcount(False),
    )


class _Sessions:
    """One kind of patient session each; every one starts and ends on Welcome."""

    def __init__(self, kiosk: KioskApp, d: Driver, emulator: Any = None) -> None:
        from kiosk.demo.scenarios import Scenario  # noqa: PLC0415

        self.k, self.d = kiosk, d
        # The kiosk's own emulator, or (the fault soak) the parent's, through its admin routes.
        self.emulator = emulator if emulator is not None else kiosk.emulator
        # Every failure but a trickled answer, which only ends at the booking's deadline (a minute
        # by default: the fault soak runs it with short deadlines).
        self._failures = [
            s for s in Scenario if s not in (Scenario.NORMAL, Scenario.BOOKED_THEN_TRICKLE)
        ]
        self._next_failure = 0
        self.kinds: list[tuple[str, Callable[[], None]]] = [
            ("walk-in booked", self.walk_in_booked),
            ("provider self-pay", lambda: self.provider_booked("self")),
            ("walk-in abandoned on the times", self.walk_in_abandoned),
            ("provider own insurance", lambda: self.provider_booked("mine")),
            ("language switches", self.languages),
            ("provider guardian, others' insurance", lambda: self.provider_booked("others")),
            ("staff panel", self.staff_panel),
            ("provider coupon", lambda: self.provider_booked("coupon")),
            ("provider failing", self.provider_failing),
            ("start over mid-form", self.start_over_mid_form),
            ("provider failing", self.provider_failing),
            ("walk-in abandoned on the page", self.walk_in_abandoned_on_page),
            ("keypad and speech", self.keypad_and_speech),
        ]

    def home(self) -> None:
        self.d.wait_until(lambda: self.d.exists("bookButton"), 15, "Welcome")

    def walk_in_booked(self) -> None:
        from kiosk.bench import _book_and_finish  # noqa: PLC0415
        from kiosk.tour import to_times  # noqa: PLC0415

        to_times(self.k, self.d)
        self.d.tap("time_0_0")
        _book_and_finish(self.d)

    def _idle_runs_out(self) -> None:
        """The idle timeout, through its real path (quiet period, warning, countdown, reset),
        with the waiting taken out: the quiet period ends now and the countdown has 1 s left."""
        idle = self.k.idle
        idle._quiet.start(1)  # a tool fast-forwarding the clock, not a caller
        self.d.wait_until(lambda: self.d.exists("idleOverlay"), 10, "the idle warning")
        idle.seconds_left = 1
        self.home()

    def walk_in_abandoned(self) -> None:
        from kiosk.tour import to_times  # noqa: PLC0415

        to_times(self.k, self.d)
        self._idle_runs_out()

    def walk_in_abandoned_on_page(self) -> None:
        from kiosk.tour import to_times, wait_for_booking_page  # noqa: PLC0415

        to_times(self.k, self.d)
        self.d.tap("time_0_0")
        wait_for_booking_page(self.d)
        self._idle_runs_out()

    def _to_review(self, payment: str) -> None:
        from kiosk.tour import CHILD, GUARDIAN, PATIENT, to_provider_times, to_review  # noqa: PLC0415

        pay = {
            "self": {"pay.method": "self"},
            "mine": {"pay.method": "insurance", "ins.payer": "aetna", "ins.memberId": "W123456789",
                     "ins.holder": "self"},
            "others": {"pay.method": "insurance", "ins.payer": "aetna", "ins.memberId": "XJ55501234",
                       "ins.holder": "other", "sub.firstName": "Ana", "sub.lastName": "Lopez",
                       "sub.dob": "03151990", "sub.gender": "female"},
            "coupon": {"pay.method": "couponcode", "coupon": "WELCOME10"},
        }[payment]  # fmt: skip
        to_provider_times(self.k, self.d)
        if payment == "others":
            to_review(self.k, self.d, patient=CHILD, guardian=GUARDIAN, payment=pay)
        else:
            to_review(self.k, self.d, patient=PATIENT, payment=pay)

    def provider_booked(self, payment: str) -> None:
        self._to_review(payment)
        self.d.tap("submitButton")
        self.d.wait_until(lambda: self.d.exists("confirmedTitle"), 20, "the confirmation")
        self.d.tap("confirmedFinishButton")
        self.home()

    def provider_failing(self) -> None:
        from kiosk.demo.scenarios import Scenario  # noqa: PLC0415
        from kiosk.flow.journey import Screen  # noqa: PLC0415

        emulator = self.emulator
        assert emulator is not None
        scenario = self._failures[self._next_failure % len(self._failures)]
        self._next_failure += 1
        self._to_review("self")
        emulator.latency = 0.3 if scenario is Scenario.SLOW else emulator.latency
        emulator.set_scenario(scenario)
        self.d.tap("submitButton")
        self.d.wait_until(
            lambda: not self.k.busy and self.k.current_screen is not Screen.BOOKING,
            30,
            f"the answer to {scenario.value}",
        )
        emulator.set_scenario(Scenario.NORMAL)
        self.way_home()

    def way_home(self) -> None:
        """Whatever the booking's outcome, the way a patient leaves it."""
        for name in ("errorStartOverButton", "confirmedFinishButton", "outcomeDoneButton",
                     "startOverButton"):  # fmt: skip
            if self.d.exists(name):
                self.d.tap(name)
                break
        self.home()

    def languages(self) -> None:
        from kiosk.tour import to_times  # noqa: PLC0415

        self.d.tap("languageButton")  # Spanish on Welcome
        to_times(self.k, self.d)
        self.d.tap("languageButton")  # back to English mid-journey
        self.d.wait_until(lambda: self.k.languages.current == "en", 5, "English")
        self.d.tap("startOverButton")
        self.home()

    def staff_panel(self) -> None:
        from kiosk.tour import panel_ready  # noqa: PLC0415

        self.k.staff.pin_pad.open()  # the three-second hold is the tests' business
        self.d.item("pinPad")
        for ch in PIN:
            self.d.tap(f"pin_{ch}")
        self.d.tap("pinOk")
        panel_ready(self.k, self.d)
        self.d.tap("closePanelButton")
        self.home()

    def start_over_mid_form(self) -> None:
        from kiosk.tour import PATIENT, fill, to_provider_times  # noqa: PLC0415

        to_provider_times(self.k, self.d)
        self.d.tap("time_0_0")
        self.d.wait_until(lambda: self.d.exists("forMeButton"), 5, "who the visit is for")
        self.d.tap("forMeButton")
        self.d.wait_until(lambda: self.d.exists("field_patient.firstName"), 5, "the form")
        fill(self.k, self.d, {k: v for k, v in PATIENT.items() if k.startswith("patient.first")})
        self.d.tap("startOverButton")
        self.home()

    def keypad_and_speech(self) -> None:
        """A patient who cannot see the screen: speech on from the keypad's Help key, the keys to
        the details, a name spelled on the letter board, then Start over."""
        from PySide6.QtCore import Qt  # noqa: PLC0415

        from kiosk.tour import key, pad_focus, spell, to_provider_times  # noqa: PLC0415

        key(self.d, Qt.Key.Key_F1)
        self.d.wait_until(lambda: self.d.exists("listeningMark"), 5, "audio mode")
        to_provider_times(self.k, self.d)
        self.d.tap("time_0_0")
        self.d.tap("forMeButton")
        pad_focus(self.d, "field_patient.firstName")
        key(self.d, Qt.Key.Key_Return)
        self.d.wait_until(lambda: self.d.exists("letterBoard"), 5, "the letter board")
        spell(self.k, self.d, "Ana")
        key(self.d, Qt.Key.Key_F4)  # closes the board
        self.d.tap("startOverButton")
        self.home()


def run_session(  # noqa: PLR0917 - one session's parts, for both soaks' children
    kiosk: KioskApp, d: Driver, n: int, name: str, run: Callable[[], None],
    say: Callable[[str, Any], None], after_stuck: Callable[[], None] = lambda: None,
) -> tuple[bool, bool]:  # fmt: skip
    """Session ``n``: (stuck, apologized). A stuck one is said and reset (after ``after_stuck``);
    an apology is dismissed for the next patient, after it was seen here."""
    from kiosk.qt.driver import DriverError  # noqa: PLC0415

    stuck = False
    try:
        run()
    except DriverError as err:
        stuck = True
        say("stuck", {"session": n, "kind": name, "screen": kiosk.current_screen.value,
                      "why": str(err)})  # fmt: skip
        after_stuck()
        kiosk.reset_session("soak: a stuck session")
        d.pump(0.5)
    apologized = bool(kiosk.session.apology)
    if apologized and d.exists("apologyOkButton"):
        d.tap("apologyOkButton")
    return stuck, apologized


def child(first: int, last: int, every: int, only: str = "") -> None:
    """Sessions ``first`` .. ``last - 1`` in this process; a line per session and a sample every
    ``every`` sessions on stdout, for the parent."""
    import logging  # noqa: PLC0415

    from kiosk.settings import load_settings  # noqa: PLC0415
    from kiosk.staff import hash_pin  # noqa: PLC0415
    from kiosk.tour import headless_app  # noqa: PLC0415

    logging.getLogger().setLevel(logging.WARNING)
    base = load_settings(None)
    settings = base.model_copy(update={
        "kiosk": base.kiosk.model_copy(update={"coupons": True}),
        "staff": base.staff.model_copy(update={"pin_hash": hash_pin(PIN)}),
        # Qt's mock engine: a soak is silent and needs no speech-dispatcher; the kiosk's side of
        # speech (narration, the letter board) runs all the same.
        "speech": base.speech.model_copy(update={"engine": "mock", "headset": False}),
    })  # fmt: skip

    def say(kind: str, data: Any) -> None:
        sys.stdout.write(MARK + json.dumps({kind: data}) + "\n")  # to the parent, a line each
        sys.stdout.flush()

    with headless_app(settings, (1920, 1080)) as (kiosk, d):
        sessions = _Sessions(kiosk, d)
        kinds = [k for k in sessions.kinds if only in k[0]] or sessions.kinds
        apologies = stuck = 0
        for n in range(first, last):
            name, run = kinds[n % len(kinds)]
            began = time.perf_counter()
            was_stuck, apologized = run_session(kiosk, d, n, name, run, say)
            stuck, apologies = stuck + was_stuck, apologies + apologized
            if kiosk.emulator is not None and n % 20 == 19:
                kiosk.emulator.reset()  # a day's bookings would fill the demo schedule
            say("done", {"session": n, "kind": name, "s": round(time.perf_counter() - began, 2)})
            if (n + 1) % every == 0 or n + 1 == last:
                # Measured at rest, as a lobby kiosk between patients: the last page's view and
                # profile gone and the memory trim done (a sample taken while a page was still
                # going read up to 13 MiB high and made the slope noisy).
                d.wait_until(lambda: kiosk.web.at_rest, 10, "the last page to go")
                d.pump(TRIM_DELAY_MS / 1000 + 0.3)
                say("sample", asdict(_sample(kiosk, n + 1, apologies, stuck)))


# --------------------------------------------------------------------------- the parent

# faulthandler: a native crash leaves the Python stack it happened under on stderr.
CHILD_CODE = (
    "import faulthandler, sys; faulthandler.enable(); from kiosk.soak import child; "
    "child(*map(int, sys.argv[1:4]), sys.argv[4])"
)


def _slope(points: list[tuple[int, float]]) -> float:
    """MiB per 100 sessions, least squares over the points after warm-up."""
    after = [(s, m) for s, m in points if s > WARM_UP] or points
    if len(after) < 2:
        return 0.0
    xs, ys = zip(*after, strict=True)
    return round(statistics.linear_regression(xs, ys).slope * 100, 3)


def run_soak(sessions: int, every: int, *, out: Callable[[str], None], only: str = "") -> Soak:
    """``out`` gets a line of figures every ``every`` sessions (the command prints them)."""
    result = Soak(sessions=sessions)
    samples: list[Sample] = []
    t0 = time.perf_counter()  # the parent's clock: child start-ups and crashes count too
    done = 0
    env = dict(os.environ)
    while done < sessions:
        with tempfile.TemporaryFile("w+") as errors:
            proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
                [sys.executable, "-c", CHILD_CODE, str(done), str(sessions), str(every), only],
                stdout=subprocess.PIPE, stderr=errors, text=True, env=env,
            )  # fmt: skip
            assert proc.stdout is not None
            for line in proc.stdout:
                if not line.startswith(MARK):
                    continue
                ((kind, data),) = json.loads(line[len(MARK) :]).items()
                if kind == "done":
                    done = data["session"] + 1
                    result.kinds[data["kind"]] = result.kinds.get(data["kind"], 0) + 1
                    took = result.seconds.setdefault(data["kind"], [])
                    took.append(data["s"])
                elif kind == "stuck":
                    out(f"  stuck: session {data['session']} ({data['kind']}) on "
                        f"{data['screen']}: {data['why']}")  # fmt: skip
                elif kind == "sample":
                    sample = Sample(**data)
                    sample.minutes = round((time.perf_counter() - t0) / 60, 2)
                    sample.apologies += result.apologies
                    sample.stuck += result.stuck
                    samples.append(sample)
                    out(_line(sample, result.crashes))
            code = proc.wait()
            if samples:
                result.apologies, result.stuck = samples[-1].apologies, samples[-1].stuck
            if code != 0:
                result.crashes += 1
                errors.seek(0)
                text = errors.read()
                lines = [ln for ln in text.splitlines() if ln.strip()]
                hit = next(
                    (i for i, ln in enumerate(lines) if ln.startswith("Current thread")), None
                )
                # The innermost frames of the thread the fault hit, else the last lines; the whole
                # of the child's stderr is kept beside (stacks and Qt's messages, never PHI).
                tail = lines[hit : hit + 10] if hit is not None else lines[-3:]
                kept = Path(tempfile.gettempdir()) / f"kiosk-soak-crash-{os.getpid()}-{done}.txt"
                kept.write_text(text)
                out(f"  CRASH after session {done} (exit {code}, stderr kept in {kept}): "
                    + " | ".join(tail))  # fmt: skip
                done += 1  # the session it died in is lost, as it would be in a lobby
                if result.crashes > 20:
                    break
    result.samples = samples
    result.minutes = round((time.perf_counter() - t0) / 60, 2)
    if samples:
        result.sessions_per_minute = round(done / max(result.minutes, 1e-6), 1)
    result.rss_slope_mib_per_100 = _slope(
        [(s.sessions, s.rss_kiosk_mib + s.rss_helpers_mib) for s in samples]
    )
    result.rss_kiosk_slope_mib_per_100 = _slope([(s.sessions, s.rss_kiosk_mib) for s in samples])
    return result


def _line(s: Sample, crashes: int) -> str:
    rate = s.sessions / max(s.minutes, 1e-6)
    return (
        f"{s.sessions:>6} sessions  crashes {crashes}  apologies {s.apologies}  stuck {s.stuck}  "
        f"{rate:5.1f}/min  RSS kiosk {s.rss_kiosk_mib:6.1f} MiB  helpers {s.rss_helpers_mib:6.1f} "
        f"MiB (anon {s.rss_anon_mib:.1f}, file {s.rss_file_mib:.1f}, shmem {s.rss_shmem_mib:.1f}; "
        f"heap in use {s.heap_in_use_mib:.1f}, free {s.heap_free_mib:.1f})  fds {s.fds}  threads {s.threads}  QObjects {s.qobjects}  "
        f"py objects {s.py_objects}  refcount(True) {s.refcount_true}  (False) {s.refcount_false}"
    )


def report(result: Soak, *, as_json: bool = False) -> str:
    if as_json:
        return json.dumps(asdict(result), indent=2)
    first = result.samples[0] if result.samples else None
    last = result.samples[-1] if result.samples else None
    lines = [
        f"kiosk soak: {result.sessions} sessions in {result.minutes:.1f} min "
        f"({result.sessions_per_minute} per minute)",
        f"  crashes {result.crashes}, apologies {result.apologies}, stuck {result.stuck}",
        f"  RSS slope after {WARM_UP} sessions: {result.rss_slope_mib_per_100:+.2f} MiB per 100 "
        f"sessions (kiosk and helpers), {result.rss_kiosk_slope_mib_per_100:+.2f} (kiosk alone)",
    ]
    if first and last:
        for label, a, b in (
            ("RSS kiosk MiB", first.rss_kiosk_mib, last.rss_kiosk_mib),
            ("RSS helpers MiB", first.rss_helpers_mib, last.rss_helpers_mib),
            ("RSS anon MiB", first.rss_anon_mib, last.rss_anon_mib),
            ("RSS file MiB", first.rss_file_mib, last.rss_file_mib),
            ("heap in use MiB", first.heap_in_use_mib, last.heap_in_use_mib),
            ("heap free MiB", first.heap_free_mib, last.heap_free_mib),
            ("Python blocks", first.py_blocks, last.py_blocks),
            ("open fds", first.fds, last.fds),
            ("threads", first.threads, last.threads),
            ("QObjects", first.qobjects, last.qobjects),
            ("Python objects", first.py_objects, last.py_objects),
            ("refcount(True)", first.refcount_true, last.refcount_true),
            ("refcount(False)", first.refcount_false, last.refcount_false),
        ):
            lines.append(
                f"  {label:<16} {a:>10} at {first.sessions:>5} -> {b:>10} at {last.sessions}"
            )
    lines.append("  sessions by kind (median seconds): " + ", ".join(
        f"{k} {v} ({statistics.median(result.seconds[k]):.1f} s)" for k, v in result.kinds.items()
    ))  # fmt: skip
    return "\n".join(lines)
