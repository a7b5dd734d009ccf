"""``kiosk bench``: the figures the README quotes, measured in one run on this machine.

1. Start-up: process start to the first frame of Welcome, against a bare Qt Quick window started
   the same way (same Python, same platform plugin), median of several runs each.
2. Hand-off: tap on a time to the first paint of the demo retail page, cold (first of the process)
   and warm (after a reset, with the next profile prepared in the background).
3. Memory: resident memory after 50 full walk-in journeys (booked, then reset) against after the
   first, for the kiosk process and for it with its web helper processes.
5. Screen transitions: a tap to the first frame of the next screen, for every transition of both
   journeys (median and 95th percentile per transition and overall), over several rounds.
4. Event-loop stalls on the provider journey, the emulator answering after 1 s: a 5 ms timer
   runs throughout, and the longest gap between its ticks is reported while the provider's times
   load and while a booking is submitted (find-or-create, then providerbooking).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.flow import provider as pv
from kiosk.flow.journey import Screen
from kiosk.paths import ROOT
from kiosk.qt.boot import DRAWN_STATUS

if TYPE_CHECKING:
    from kiosk.app import KioskApp
    from kiosk.qt.driver import Driver

BARE_CHILD = """
import sys, time
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
app = QGuiApplication(sys.argv[:1])
engine = QQmlApplicationEngine()
engine.loadData(b'import QtQuick\\nimport QtQuick.Controls\\nApplicationWindow { width: 1920; height: 1080; visible: true }')
window = engine.rootObjects()[0]
window.frameSwapped.connect(lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""

# The kiosk is started as deployed (`kiosk run`), told it is under systemd: the bench listens as
# systemd does, for "Welcome drawn" (the boot screen, kiosk/qt/boot.py) and READY=1 (the kiosk's
# own first frame), and reads the start's phases from the kiosk's own log line.
KIOSK_COMMAND = ["-m", "kiosk", "--log-json", "run", "--demo", "--windowed"]
PHASE = re.compile(r"(?P<name>[a-zA-Z][a-zA-Z -]*?) (?P<ms>\d+)(?:,|\)$)")


@dataclass
class Figures:
    startup_bare_ms: float = 0.0
    startup_kiosk_ms: float = 0.0
    startup_ratio: float = 0.0
    startup_ready_ms: float = 0.0
    startup_ready_ratio: float = 0.0
    startup_phases_ms: dict[str, float] = field(default_factory=dict)
    speech_engine: str = ""
    speech_ready_after_frame_ms: float = 0.0
    listen_to_first_word_ms: list[float] = field(default_factory=list)
    handoff_cold_ms: float = 0.0
    handoff_warm_ms: list[float] = field(default_factory=list)
    handoff_warm_median_ms: float = 0.0
    journeys: int = 0
    rss_first_mib: float = 0.0
    rss_last_mib: float = 0.0
    rss_growth_mib: float = 0.0
    rss_total_first_mib: float = 0.0
    rss_total_last_mib: float = 0.0
    rss_total_growth_mib: float = 0.0
    journey_seconds: float = 0.0
    rss_every_10: list[float] = field(default_factory=list)
    stall_latency_s: float = 0.0
    stall_times_ms: float = 0.0
    stall_submit_ms: float = 0.0
    stall_idle_ms: float = 0.0
    transition_rounds: int = 0
    transitions_ms: dict[str, dict[str, float]] = field(default_factory=dict)
    transition_median_ms: float = 0.0
    transition_p95_ms: float = 0.0


def _time_bare(env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", BARE_CHILD],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            elapsed = (time.perf_counter() - started) * 1000
            break
    else:
        raise RuntimeError("the child never drew its first frame")
    proc.wait(timeout=30)
    proc.stdout.close()
    return elapsed


@dataclass
class KioskStart:
    welcome_ms: float  # the boot screen's first frame: Welcome on screen
    ready_ms: float  # the kiosk's own first frame: READY=1
    phases_ms: dict[str, float]


def _time_kiosk(env: dict[str, str], scratch: Path) -> KioskStart:
    """``kiosk run`` from process start to "Welcome drawn" and to READY=1, as systemd hears them."""
    address = scratch / f"notify-{time.monotonic_ns()}"
    heard: dict[str, float] = {}
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as listener:
        listener.bind(str(address))
        listener.settimeout(60)
        started = time.perf_counter()
        proc = subprocess.Popen(  # noqa: S603 - our own interpreter and code
            [sys.executable, *KIOSK_COMMAND],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**env, "NOTIFY_SOCKET": str(address)},
        )
        try:
            while "READY=1" not in heard:
                for line in listener.recv(4096).decode().splitlines():
                    heard.setdefault(line, (time.perf_counter() - started) * 1000)
        finally:
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=60)
    phases: dict[str, float] = {}
    for line in err.splitlines():
        if '"kiosk.started"' in line or "kiosk started:" in line:
            words = json.loads(line).get("message", "")
            inside = words[words.rfind("(") + 1 :]
            phases = {m["name"].strip(): float(m["ms"]) for m in PHASE.finditer(inside)}
    return KioskStart(
        welcome_ms=heard.get(f"STATUS={DRAWN_STATUS}", heard["READY=1"]),
        ready_ms=heard["READY=1"],
        phases_ms=phases,
    )


def measure_startup(runs: int = 5) -> tuple[float, KioskStart]:
    """Median of ``runs`` interleaved starts of a bare Qt Quick window and of the kiosk."""
    bare: list[float] = []
    kiosk: list[KioskStart] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as scratch:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software",
               "KIOSK_KIOSK__DATA_DIR": scratch, "XDG_CACHE_HOME": scratch}  # fmt: skip
        env.pop("NOTIFY_SOCKET", None)
        for n in range(runs + 1):  # interleaved, so both see the same machine
            bare_ms, start = _time_bare(env), _time_kiosk(env, Path(scratch))
            if n:  # the first start writes the boot screen's words; a kiosk always has them
                bare.append(bare_ms)
                kiosk.append(start)
    names = list(kiosk[0].phases_ms)
    return statistics.median(bare), KioskStart(
        welcome_ms=statistics.median(k.welcome_ms for k in kiosk),
        ready_ms=statistics.median(k.ready_ms for k in kiosk),
        phases_ms={
            name: round(statistics.median(k.phases_ms.get(name, 0.0) for k in kiosk), 1)
            for name in names
        },
    )


def rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (QtWebEngine's helpers, the kiosk's own children)."""
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out + [g for c in out for g in descendants(c)]


def rss_now() -> tuple[float, float]:
    me = os.getpid()
    return rss_mib(me), rss_mib(me) + sum(rss_mib(c) for c in descendants(me))


def _book_and_finish(d: Driver) -> None:
    from kiosk.tour import fill_booking_page, wait_for_booking_page  # noqa: PLC0415

    wait_for_booking_page(d)
    fill_booking_page(d, "Bench", "Mark", "Benchmark")
    d.js("(() => { document.getElementById('form').requestSubmit(); return true })()")
    d.wait_until(lambda: d.exists("finishButton"), 20, "the thank-you screen")
    d.tap("finishButton")
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")


def measure_in_process(journeys: int) -> Figures:
    from kiosk.settings import load_settings  # noqa: PLC0415 - Qt starts here, not at import
    from kiosk.tour import headless_app, to_times  # noqa: PLC0415

    figures = Figures(journeys=journeys)
    with headless_app(load_settings(None), (1920, 1080)) as (kiosk, d):
        frames: list[float] = []
        kiosk.window.frameSwapped.connect(lambda: frames.append(time.perf_counter()))

        def handoff_ms() -> float:
            """Tap a time; stop at the first frame drawn after the page reports loaded."""
            loaded: list[float] = []

            def on_load() -> None:
                if not kiosk.web.loading and kiosk.current_screen is Screen.HANDOFF:
                    loaded.append(time.perf_counter())

            kiosk.web.loadingChanged.connect(on_load)
            started = time.perf_counter()
            d.tap("time_0_0")
            d.wait_until(
                lambda: bool(loaded) and any(f > loaded[0] for f in frames),
                20,
                "the page's first paint",
            )
            kiosk.web.loadingChanged.disconnect(on_load)
            return (next(f for f in frames if f > loaded[0]) - started) * 1000

        to_times(kiosk, d)
        figures.handoff_cold_ms = handoff_ms()
        _book_and_finish(d)
        d.pump(1.0)
        figures.rss_first_mib, figures.rss_total_first_mib = rss_now()
        started = time.perf_counter()
        for n in range(journeys - 1):
            d.pump(0.3)  # the next profile is prepared in the background between patients
            to_times(kiosk, d)
            ms = handoff_ms()
            if n < 10:
                figures.handoff_warm_ms.append(round(ms, 1))
            _book_and_finish(d)
            if kiosk.emulator is not None and n % 20 == 19:
                kiosk.emulator.reset()  # a day's bookings would fill the demo schedule
            if (n + 2) % 10 == 0:
                figures.rss_every_10.append(round(rss_now()[0], 1))
        figures.journey_seconds = (time.perf_counter() - started) / max(1, journeys - 1)
        d.pump(1.0)
        figures.rss_last_mib, figures.rss_total_last_mib = rss_now()
    figures.handoff_warm_median_ms = (
        statistics.median(figures.handoff_warm_ms) if figures.handoff_warm_ms else 0.0
    )
    figures.rss_growth_mib = figures.rss_last_mib - figures.rss_first_mib
    figures.rss_total_growth_mib = figures.rss_total_last_mib - figures.rss_total_first_mib
    return figures


class _Ticks:
    """A 5 ms timer on the Qt loop; ``longest()`` is the longest gap between ticks since
    ``start()``: how long the loop (and so the screen and touch) was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer  # noqa: PLC0415

        self.stamps: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def start(self) -> None:
        self.stamps = [time.perf_counter()]
        self.timer.start()

    def longest(self) -> float:
        self.timer.stop()
        gaps = [b - a for a, b in zip(self.stamps, self.stamps[1:], strict=False)]
        return round(max(gaps, default=0.0) * 1000, 1)


def measure_stalls(latency: float = 1.0, rounds: int = 3) -> tuple[float, float, float]:
    """Longest loop stall (ms) while the provider's times load, while a booking is submitted, and
    while nothing happens (the floor this machine gives a 5 ms timer), worst of ``rounds``."""
    from kiosk.demo.scenarios import Scenario  # noqa: PLC0415
    from kiosk.tour import PATIENT, to_review  # noqa: PLC0415

    loading, submitting, idle = [], [], []
    with headless_app_for_bench() as (kiosk, d):
        emulator = kiosk.emulator
        assert emulator is not None
        ticks = _Ticks()
        for _ in range(rounds):
            kiosk.reset_session("bench")
            emulator.set_scenario(Scenario.NORMAL)
            d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")
            d.pump(0.5)
            ticks.start()
            d.pump(1.0)
            idle.append(ticks.longest())
            d.tap("bookButton")
            d.tap("appointmentButton")
            d.wait_until(
                lambda: d.exists("provider_1520384714") and not kiosk.busy, 15, "providers"
            )
            d.tap("provider_1520384714")
            d.item("visitType_3001")
            emulator.latency = latency
            emulator.set_scenario(Scenario.SLOW)
            ticks.start()
            d.tap("visitType_3001")
            d.wait_until(lambda: d.exists("time_0_0") and not kiosk.busy, 30, "the times")
            loading.append(ticks.longest())
            emulator.set_scenario(Scenario.NORMAL)
            to_review(kiosk, d, patient=PATIENT)
            # A patient reads the review before Book (the calendar's code is made meanwhile,
            # kiosk/qt/booking.py): what is measured is the kiosk while DexCare answers.
            d.pump(0.5)
            emulator.set_scenario(Scenario.SLOW)
            ticks.start()
            d.tap("submitButton")
            d.wait_until(lambda: d.exists("confirmedTitle"), 30, "the confirmation")
            submitting.append(ticks.longest())
    return max(loading), max(submitting), max(idle)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


class _Transitions:
    """Taps that change the screen, each timed to the first frame drawn after the change."""

    def __init__(self, kiosk: KioskApp, d: Driver) -> None:
        self.kiosk, self.d = kiosk, d
        # Each frame drawn, with the screen that was on when it was: the first frame of a screen
        # is the first one drawn after the view-model moved to it.
        self.frames: list[tuple[float, str]] = []
        self.samples: dict[str, list[float]] = {}
        kiosk.window.frameSwapped.connect(
            lambda: self.frames.append((time.perf_counter(), self.screen()))
        )

    def screen(self) -> str:
        return str(self.kiosk.current_screen.value)

    def step(self, name: str, target: str) -> None:
        from PySide6.QtCore import QPoint  # noqa: PLC0415

        d = self.d
        d.wait_until(lambda: not self.kiosk.busy, 15, "the screen to settle")
        d.pump(0.15)  # loads have landed and been drawn: the tap is all that is measured
        d.wait_until(lambda: d.exists(name), 10, f"{name} to be visible")
        d.reveal(name)
        found = d.item(name)
        before = self.screen()
        started = time.perf_counter()
        d.tap_at(QPoint(round(found["x"]), round(found["y"])))

        def drawn() -> float | None:
            return next((at for at, on in self.frames if at >= started and on == target), None)

        d.wait_until(lambda: drawn() is not None, 15, f"the first frame of {target}")
        at = drawn()
        assert at is not None
        self.frames.clear()
        self.samples.setdefault(f"{before} -> {target}", []).append((at - started) * 1000)


# The provider journey's form steps after the patient's details, for one adult paying at the
# clinic: the screen "Next" leads to, and what is entered there. (Before the view-model split the
# patient's details were one screen: patient -> reason.)
FORM_STEPS_AFTER_PATIENT: list[tuple[str, dict[str, str]]] = [
    ("contact", {}),
    ("address", {}),
    ("reason", {"reason": "Sore throat"}),
    ("payment", {"pay.method": "self"}),
    ("review", {}),
]


def _transition_round(t: _Transitions) -> None:
    from kiosk.tour import DEMO_CLINIC, DEMO_PROVIDER, DEMO_VISIT_TYPE, PATIENT, fill  # noqa: PLC0415

    t.kiosk.reset_session("bench")
    t.d.wait_until(lambda: t.d.exists("bookButton"), 10, "Welcome")
    for name, target in [
        ("bookButton", "care"), ("walkInButton", "clinics"), (f"clinic_{DEMO_CLINIC}", "times"),
        ("backButton", "clinics"), (f"clinic_{DEMO_CLINIC}", "times"), ("time_0_0", "handoff"),
        ("startOverButton", "welcome"), ("bookButton", "care"), ("appointmentButton", "providers"),
        (f"provider_{DEMO_PROVIDER}", "visit_types"), (f"visitType_{DEMO_VISIT_TYPE}", "provider_times"),
        ("time_0_0", "who"), ("forMeButton", "patient"),
    ]:  # fmt: skip
        t.step(name, target)
    fill(t.kiosk, t.d, {k: v for k, v in PATIENT.items() if pv.step_of(k) is Screen.PATIENT})
    for target, values in FORM_STEPS_AFTER_PATIENT:
        values = values or {k: v for k, v in PATIENT.items() if pv.step_of(k).value == target}  # noqa: PLW2901
        t.step("nextButton", target)
        fill(t.kiosk, t.d, values)
    # The in-process emulator answers at once: the booking screen may never be drawn.
    t.step("submitButton", "confirmed")
    if t.kiosk.emulator is not None:
        t.kiosk.emulator.reset()


def measure_transitions(rounds: int = 10) -> Figures:
    """Tap -> the first frame drawn after the next screen is on, for each transition of the
    walk-in and provider journeys. Asynchronous loads are let settle before each tap, so what is
    measured is the kiosk's own work (view-models, QML), not the emulator."""
    with headless_app_for_bench() as (kiosk, d):
        timer = _Transitions(kiosk, d)
        for _ in range(rounds):
            _transition_round(timer)
    every = [v for values in timer.samples.values() for v in values]
    figures = Figures(transition_rounds=rounds)
    figures.transitions_ms = {
        name: {"median": round(statistics.median(v), 1), "p95": round(_p95(v), 1)}
        for name, v in timer.samples.items()
    }
    figures.transition_median_ms = round(statistics.median(every), 1)
    figures.transition_p95_ms = round(_p95(every), 1)
    return figures


def headless_app_for_bench() -> Any:
    from kiosk.settings import load_settings  # noqa: PLC0415
    from kiosk.tour import headless_app  # noqa: PLC0415

    return headless_app(load_settings(None), (1920, 1080))


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@contextlib.contextmanager
def packaged_dispatcher(scratch: Path) -> Iterator[str]:
    """A speech-dispatcher of our own with the package's configuration
    (packaging/speech/speechd.conf), straight to ALSA's null device (a bench or test machine has
    no sound card); yields its address for ``SPEECHD_ADDRESS``, where libspeechd looks first."""
    conf = scratch / "conf"
    conf.mkdir()
    packaged = (ROOT / "packaging/speech/speechd.conf").read_text()
    (conf / "speechd.conf").write_text(
        packaged.replace('AudioOutputMethod "pulse,alsa"', 'AudioOutputMethod "alsa"')
        + '\nAudioALSADevice "null"\n'
    )
    runtime = scratch / "run"
    runtime.mkdir(mode=0o700)
    address = scratch / "speechd.sock"
    proc = subprocess.Popen(  # noqa: S603 - a program of the system's, our own arguments
        ["speech-dispatcher", "--run-single", "--timeout", "0", "--config-dir", str(conf),  # noqa: S607
         "--socket-path", str(address), "--log-dir", str(scratch)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
        preexec_fn=_die_with_parent,  # noqa: PLW1509
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while not address.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("speech-dispatcher did not start")
            time.sleep(0.05)
        yield f"unix_socket:{address}"
    finally:
        proc.terminate()
        proc.wait(10)


def measure_speech(rounds: int = 5) -> Figures:
    """The speechd engine, through a speech-dispatcher configured as the package configures it:
    Welcome's first frame to speech offered, and "Listen" tapped to the first word spoken,
    ``rounds`` times (a reset between)."""
    from kiosk.settings import load_settings  # noqa: PLC0415

    settings = load_settings(None, environ={})
    settings = settings.model_copy(update={
        "speech": settings.speech.model_copy(update={"engine": "speechd", "headset": False})
    })  # fmt: skip
    figures = Figures(speech_engine="speechd, as packaged")
    with own_speech_dispatcher():
        _listen_rounds(settings, rounds, figures)
    return figures


@contextlib.contextmanager
def own_speech_dispatcher() -> Iterator[None]:
    """The kiosks started meanwhile (here and in children) speak through a speech-dispatcher of
    the bench's own, never the machine's: a kiosk stopped while its speech helper is connecting
    can leave a speech-dispatcher without its voice module, answering nobody."""
    previous = os.environ.get("SPEECHD_ADDRESS")
    with (
        tempfile.TemporaryDirectory(prefix="kiosk-speech-") as scratch,
        packaged_dispatcher(Path(scratch)) as address,
    ):
        os.environ["SPEECHD_ADDRESS"] = address  # the speech helpers inherit it
        try:
            yield
        finally:
            if previous is None:
                os.environ.pop("SPEECHD_ADDRESS", None)
            else:
                os.environ["SPEECHD_ADDRESS"] = previous


def _listen_rounds(settings: Any, rounds: int, figures: Figures) -> None:
    from kiosk.tour import headless_app  # noqa: PLC0415

    with headless_app(settings, (1920, 1080)) as (kiosk, d):
        d.wait_until(lambda: bool(kiosk.speech.available), 30, "speech offered")
        assert kiosk.first_frame.drawn_at is not None
        offered = time.perf_counter()
        figures.speech_ready_after_frame_ms = round(
            (offered - kiosk.first_frame.drawn_at) * 1000, 1
        )
        for _ in range(rounds):
            kiosk.reset_session("bench")
            d.wait_until(lambda: d.exists("listenButton"), 10, "Listen on Welcome")
            kiosk.speech.first_word_ms = None
            d.tap("listenButton")
            d.wait_until(lambda: kiosk.speech.first_word_ms is not None, 20, "the first word")
            figures.listen_to_first_word_ms.append(round(kiosk.speech.first_word_ms or 0.0, 1))
        kiosk.reset_session("bench")


def run_stalls(latency: float = 1.0) -> Figures:
    figures = Figures(stall_latency_s=latency)
    figures.stall_times_ms, figures.stall_submit_ms, figures.stall_idle_ms = measure_stalls(latency)
    return figures


def run_bench(journeys: int = 50, startup_runs: int = 5) -> Figures:
    with own_speech_dispatcher():
        bare, kiosk = measure_startup(startup_runs)
    with own_speech_dispatcher():
        figures = measure_in_process(journeys)
    spoken = measure_speech()
    figures.speech_engine = spoken.speech_engine
    figures.speech_ready_after_frame_ms = spoken.speech_ready_after_frame_ms
    figures.listen_to_first_word_ms = spoken.listen_to_first_word_ms
    with own_speech_dispatcher():
        stalls = run_stalls()
    figures.stall_latency_s = stalls.stall_latency_s
    figures.stall_times_ms, figures.stall_submit_ms = stalls.stall_times_ms, stalls.stall_submit_ms
    figures.stall_idle_ms = stalls.stall_idle_ms
    figures.startup_bare_ms, figures.startup_kiosk_ms = round(bare, 1), round(kiosk.welcome_ms, 1)
    figures.startup_ratio = round(kiosk.welcome_ms / bare, 2)
    figures.startup_ready_ms = round(kiosk.ready_ms, 1)
    figures.startup_ready_ratio = round(kiosk.ready_ms / bare, 2)
    figures.startup_phases_ms = kiosk.phases_ms
    return figures


def report(figures: Figures, as_json: bool = False) -> str:
    if as_json:
        return json.dumps(asdict(figures), indent=2)
    f = figures
    stalls = (
        f"longest event-loop stall, emulator answering after {f.stall_latency_s:.0f} s: loading a "
        f"provider's times {f.stall_times_ms:.0f} ms; submitting a booking {f.stall_submit_ms:.0f} ms; "
        f"doing nothing {f.stall_idle_ms:.0f} ms (aim <= 16 ms, at most 50 ms)"
    )
    if f.transition_rounds:
        rows = [f"  {name}: median {v['median']:.1f} ms, p95 {v['p95']:.1f} ms"
                for name, v in f.transitions_ms.items()]  # fmt: skip
        return "\n".join([
            f"tap -> first frame of the next screen, {f.transition_rounds} rounds: overall median "
            f"{f.transition_median_ms:.1f} ms, p95 {f.transition_p95_ms:.1f} ms (aim p95 < 50 ms)",
            *rows,
        ])  # fmt: skip
    if not f.journeys:
        return stalls
    return "\n".join([
        f"start-up to first frame of Welcome: {f.startup_kiosk_ms:.0f} ms; bare Qt Quick window: "
        f"{f.startup_bare_ms:.0f} ms; ratio {f.startup_ratio:.2f}x (aim <= 1.5x)",
        f"start-up to the kiosk's own first frame (READY=1, Welcome answers): "
        f"{f.startup_ready_ms:.0f} ms ({f.startup_ready_ratio:.2f}x); the phases (ms): "
        + ", ".join(f"{name} {ms:.0f}" for name, ms in f.startup_phases_ms.items()),
        f"speech ({f.speech_engine}): offered {f.speech_ready_after_frame_ms:.0f} ms after Welcome's "
        f"first frame; Listen -> first word spoken: "
        + (f"median {statistics.median(f.listen_to_first_word_ms):.0f} ms ("
           + ", ".join(f"{v:.0f}" for v in f.listen_to_first_word_ms) + ")"
           if f.listen_to_first_word_ms else "not measured")
        + " (aim: within a second)",
        f"tap on a time to first paint of the retail page: cold {f.handoff_cold_ms:.0f} ms; warm median "
        f"{f.handoff_warm_median_ms:.0f} ms over {len(f.handoff_warm_ms)} (aim warm < 300 ms)",
        f"resident memory after 1 journey: {f.rss_first_mib:.0f} MiB (with web helpers {f.rss_total_first_mib:.0f} MiB); "
        f"after {f.journeys}: {f.rss_last_mib:.0f} MiB ({f.rss_total_last_mib:.0f} MiB)",
        f"growth over {f.journeys - 1} journeys: {f.rss_growth_mib:+.1f} MiB (with helpers {f.rss_total_growth_mib:+.1f} MiB; "
        f"aim < 20 MiB); {f.journey_seconds:.1f} s per journey",
        f"resident memory every 10 journeys (MiB): {', '.join(f'{v:.0f}' for v in f.rss_every_10)}",
        stalls,
    ])  # fmt: skip
