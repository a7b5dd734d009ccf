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

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.flow import provider as pv
from kiosk.flow.journey import Screen

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

KIOSK_CHILD = """
import asyncio, sys
from kiosk.app import prepare_qt_environment
from kiosk.web.network import DEMO_HOSTS
prepare_qt_environment(headless=True, web_hosts=DEMO_HOSTS)
from PySide6.QtWebEngineQuick import QtWebEngineQuick
QtWebEngineQuick.initialize()
from PySide6.QtGui import QGuiApplication
import qasync
from kiosk.app import KioskApp
from kiosk.settings import load_settings
app = QGuiApplication(sys.argv[:1])
loop = qasync.QEventLoop(app, already_running=True)
asyncio.set_event_loop(loop)
settings = load_settings(None)
settings = settings.model_copy(update={"demo": settings.demo.model_copy(update={"enabled": True})})
kiosk = KioskApp(settings)
kiosk.window.resize(1920, 1080)
kiosk.window.show()
kiosk.window.frameSwapped.connect(lambda: (print("READY", flush=True), app.quit()))
app.exec()
import os; os._exit(0)
"""


@dataclass
class Figures:
    startup_bare_ms: float = 0.0
    startup_kiosk_ms: float = 0.0
    startup_ratio: float = 0.0
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


def _time_child(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
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


def measure_startup(runs: int = 5) -> tuple[float, float]:
    bare, kiosk = [], []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as scratch:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software",
               "KIOSK_KIOSK__DATA_DIR": scratch}  # fmt: skip
        for _ in range(runs):  # interleaved, so both see the same machine
            bare.append(_time_child(BARE_CHILD, env))
            kiosk.append(_time_child(KIOSK_CHILD, env))
    return statistics.median(bare), statistics.median(kiosk)


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
    from kiosk.demo.emulator import Scenario  # noqa: PLC0415
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


def run_stalls(latency: float = 1.0) -> Figures:
    figures = Figures(stall_latency_s=latency)
    figures.stall_times_ms, figures.stall_submit_ms, figures.stall_idle_ms = measure_stalls(latency)
    return figures


def run_bench(journeys: int = 50, startup_runs: int = 5) -> Figures:
    bare, kiosk = measure_startup(startup_runs)
    figures = measure_in_process(journeys)
    stalls = run_stalls()
    figures.stall_latency_s = stalls.stall_latency_s
    figures.stall_times_ms, figures.stall_submit_ms = stalls.stall_times_ms, stalls.stall_submit_ms
    figures.stall_idle_ms = stalls.stall_idle_ms
    figures.startup_bare_ms, figures.startup_kiosk_ms = round(bare, 1), round(kiosk, 1)
    figures.startup_ratio = round(kiosk / bare, 2)
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
        f"tap on a time to first paint of the retail page: cold {f.handoff_cold_ms:.0f} ms; warm median "
        f"{f.handoff_warm_median_ms:.0f} ms over {len(f.handoff_warm_ms)} (aim warm < 300 ms)",
        f"resident memory after 1 journey: {f.rss_first_mib:.0f} MiB (with web helpers {f.rss_total_first_mib:.0f} MiB); "
        f"after {f.journeys}: {f.rss_last_mib:.0f} MiB ({f.rss_total_last_mib:.0f} MiB)",
        f"growth over {f.journeys - 1} journeys: {f.rss_growth_mib:+.1f} MiB (with helpers {f.rss_total_growth_mib:+.1f} MiB; "
        f"aim < 20 MiB); {f.journey_seconds:.1f} s per journey",
        f"resident memory every 10 journeys (MiB): {', '.join(f'{v:.0f}' for v in f.rss_every_10)}",
        stalls,
    ])  # fmt: skip
