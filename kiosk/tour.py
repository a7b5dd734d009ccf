"""``kiosk tour``: walk the journey headless in demo mode and save a PNG of every screen and
state, named so they sort in journey order, in each language."""

from __future__ import annotations

import asyncio
import json
import logging
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWebEngineQuick import QtWebEngineQuick

from kiosk.app import KioskApp, fence_hosts, prepare_qt_environment
from kiosk.demo.scenarios import Scenario
from kiosk.flow import provider as pv
from kiosk.flow.journey import Screen
from kiosk.qt.driver import Driver, DriverError
from kiosk.qt.focus import focus_info
from kiosk.settings import Settings
from kiosk.web.network import DEMO_HOSTS

log = logging.getLogger("kiosk.tour")


@contextmanager
def headless_app(
    settings: Settings, size: tuple[int, int], *, as_given: bool = False
) -> Iterator[tuple[KioskApp, Driver]]:
    """A demo kiosk in an offscreen window, its asyncio loop pumped by the Qt event loop.

    Its journal and state live in a scratch folder, gone afterwards: a trainer's own training
    journal gains no rows from a tour or a bench, the pictures do not change with earlier runs,
    and a walk stopped halfway never leaves the kiosk out of service. ``as_given``: the settings as
    they are (live or demo, their own data folder), for the fault soak's kiosk."""
    prepare_qt_environment(
        headless=True, web_hosts=fence_hosts(settings) if as_given else DEMO_HOSTS
    )
    if QGuiApplication.instance() is None:  # a second app in one process (bench) reuses the first
        QtWebEngineQuick.initialize()
    app = QGuiApplication.instance() or QGuiApplication(["kiosk-tour"])
    assert isinstance(app, QGuiApplication)
    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="kiosk-demo-") as scratch:
        demo = settings if as_given else settings.model_copy(update={
            "demo": settings.demo.model_copy(update={"enabled": True}),
            "kiosk": settings.kiosk.model_copy(update={"data_dir": Path(scratch)}),
        })  # fmt: skip
        kiosk = KioskApp(demo)
        kiosk.window.resize(*size)
        kiosk.window.show()
        driver = Driver(kiosk.window)
        # "Listen" is offered once speech's engine is ready, just after the first frame.
        driver.wait_until(lambda: kiosk.speech.prepared, 10, "speech")
        try:
            yield kiosk, driver
        finally:
            task = asyncio.ensure_future(kiosk.aclose())
            driver.wait_until(task.done, 10, "shutdown")
            driver.pump(0.3)


DEMO_CLINIC = "EvergreenCapitolHill"
DEMO_PROVIDER = "1520384714"  # Dr. Maya Okafor: three visit types
DEMO_VISIT_TYPE = "3001"  # new patient visit

# Invented people for the demo journeys (the tests use their own distinctive ones).
PATIENT: dict[str, str] = {
    "patient.firstName": "Ana", "patient.lastName": "Lopez", "patient.dob": "03151990",
    "patient.gender": "female", "patient.phone": "2065550100", "patient.email": "ana@example.com",
    "address.line1": "12 Cedar St", "address.city": "Seattle", "address.state": "WA",
    "address.zip": "98122",
}  # fmt: skip
CHILD: dict[str, str] = {
    "patient.firstName": "Leo", "patient.lastName": "Lopez", "patient.dob": "07042018",
    "patient.gender": "male", "address.line1": "12 Cedar St", "address.city": "Seattle",
    "address.state": "WA", "address.zip": "98122",
}  # fmt: skip
GUARDIAN: dict[str, str] = {
    "actor.firstName": "Ana", "actor.lastName": "Lopez", "actor.dob": "03151990",
    "actor.gender": "female", "actor.phone": "2065550100", "actor.relationship": "Mother",
}  # fmt: skip


def fill(kiosk: KioskApp, d: Driver, values: dict[str, str]) -> None:
    """Answer the form on screen as a patient would: tap each field and type, tap the choices,
    pick from the lists. Keys are the form's field keys; dates are given as MMDDYYYY digits and
    typed in the order the kiosk's language uses (day first in Spanish)."""
    for key, value in values.items():
        if key.endswith(".dob") and kiosk.languages.current == "es":
            value = value[2:4] + value[:2] + value[4:]  # noqa: PLW2901 - the same date, reordered
        if d.exists(f"field_{key}"):
            d.tap(f"field_{key}")
            d.type_text(value)
        elif d.exists(f"option_{key}_{value}"):
            d.tap(f"option_{key}_{value}")
        elif d.exists(f"pick_{key}"):
            d.tap(f"pick_{key}")
            d.tap(f"choose_{value}")
            d.wait_until(lambda: not d.exists("picker"), 5, "the list to close")
        else:
            raise AssertionError(f"no field {key} on {kiosk.current_screen}")


def next_step(kiosk: KioskApp, d: Driver, screen: str) -> None:
    """Tap Next and wait for ``screen``."""
    d.tap("nextButton")
    d.wait_until(lambda: kiosk.current_screen.value == screen, 5, f"the {screen} step")


def fill_steps(kiosk: KioskApp, d: Driver, values: dict[str, str], *, until: str) -> None:
    """Answer the form step by step, each with the values of the fields it holds (the step a
    field lives on is the form's own rule), tapping Next, until the screen ``until``."""
    while kiosk.current_screen.value != until:
        _answer_step(kiosk, d, values)


def _answer_step(kiosk: KioskApp, d: Driver, values: dict[str, str]) -> None:
    here = kiosk.current_screen
    fill(kiosk, d, {k: v for k, v in values.items() if pv.step_of(k) is here})
    d.tap("nextButton")
    d.wait_until(lambda: kiosk.current_screen is not here, 5, f"the step after {here.value}")


def to_provider_times(
    kiosk: KioskApp, d: Driver, npi: str = DEMO_PROVIDER, visit_type: str = DEMO_VISIT_TYPE
) -> None:
    """Welcome -> appointment -> provider -> visit type -> its times, by taps."""
    d.tap("bookButton")
    d.tap("appointmentButton")
    d.wait_until(lambda: d.exists(f"provider_{npi}") and not kiosk.busy, 15, "the providers")
    d.tap(f"provider_{npi}")
    d.tap(f"visitType_{visit_type}")
    d.wait_until(lambda: d.exists("time_0_0") and not kiosk.busy, 15, "the provider's times")


def to_review(
    kiosk: KioskApp,
    d: Driver,
    *,
    patient: dict[str, str],
    guardian: dict[str, str] | None = None,
    reason: str = "Sore throat",
    payment: dict[str, str] | None = None,
) -> None:
    """From the provider's times to the review: the first time, who, details, reason, payment."""
    d.tap("time_0_0")
    d.wait_until(lambda: d.exists("forMeButton"), 5, "who the visit is for")
    d.tap("forSomeoneElseButton" if guardian else "forMeButton")
    d.wait_until(lambda: d.exists("field_patient.firstName"), 5, "the patient's details")
    answers = patient | (guardian or {}) | {"reason": reason} | (payment or {"pay.method": "self"})
    fill_steps(kiosk, d, answers, until="review")


def to_times(kiosk: KioskApp, d: Driver, clinic: str = DEMO_CLINIC) -> None:
    """Welcome -> walk-in -> ``clinic`` -> its times, by taps."""
    d.tap("bookButton")
    d.tap("walkInButton")
    d.wait_until(lambda: d.exists(f"clinic_{clinic}") and not kiosk.busy, 15, "the clinic list")
    d.tap(f"clinic_{clinic}")
    d.wait_until(lambda: d.exists("time_0_0") and not kiosk.busy, 15, "the times")


def panel_ready(kiosk: KioskApp, d: Driver) -> None:
    """The staff panel is open and the connection check it starts has landed (its rows are laid
    out again, so what is tapped next is where it was seen)."""
    d.wait_until(lambda: d.exists("staffTitle") and not kiosk.staff.checking, 10, "the staff panel")
    d.pump(0.1)


def wait_for_booking_page(d: Driver) -> None:
    """The demo retail page has loaded and shows its form."""
    d.wait_until(
        lambda: d.js("!!document.querySelector('#booking:not([hidden])')") is True,
        20,
        "the booking page",
    )


def fill_booking_page(d: Driver, first: str, last: str, reason: str) -> None:
    """Fill the demo page's form in one go (typing key by key is what the tests do)."""
    values = {
        "first": first,
        "last": last,
        "dob": "02/03/1990",
        "phone": "206-555-0100",
        "reason": reason,
    }
    d.js(
        f"(() => {{ for (const [k, v] of Object.entries({json.dumps(values)})) document.getElementById(k).value = v; return true }})()"
    )


def walk(kiosk: KioskApp, d: Driver, out: Path, lang: str) -> list[Path]:
    """The walk-in journey, one screenshot per screen and state."""
    shots: list[Path] = []

    def shot(name: str) -> None:
        shots.append(d.screenshot(out / f"{lang}-{len(shots) + 1:02d}-{name}.png"))

    restart(kiosk, d, lang)
    shot("welcome")
    d.tap("bookButton")
    d.item("walkInButton")
    shot("care-choice")
    d.tap("walkInButton")
    d.wait_until(
        lambda: d.exists("clinic_EvergreenCapitolHill") and not kiosk.busy, 15, "the clinic list"
    )
    shot("clinics")
    d.tap("clinic_EvergreenCapitolHill")
    d.wait_until(lambda: d.exists("time_0_0") and not kiosk.busy, 15, "the times")
    shot("times")

    # A network error on the way: the emulator goes offline, the patient taps Refresh.
    assert kiosk.emulator is not None
    kiosk.emulator.set_scenario(Scenario.OFFLINE)
    d.tap("refreshButton")
    d.wait_until(lambda: d.exists("retryButton"), 20, "the network error")
    shot("network-error")
    kiosk.emulator.set_scenario(Scenario.NORMAL)
    d.tap("retryButton")
    d.wait_until(
        lambda: d.exists("time_0_0") and not kiosk.busy and not d.exists("retryButton"),
        15,
        "times again",
    )

    d.tap("time_0_0")
    d.wait_until(lambda: d.exists("webView"), 10, "the web view")
    wait_for_booking_page(d)
    shot("handoff")
    d.tap_in_page("#first")
    d.wait_until(
        lambda: bool(d.probe("keyboard").get("active")),
        5,
        "the keyboard",
    )
    d.type_text("Ana")
    shot("handoff-keyboard")

    kiosk.idle._warn()  # the same path as the timer's, without waiting minutes
    d.wait_until(lambda: d.exists("moreTimeButton"), 5, "the idle warning")
    shot("idle-warning")
    d.tap("moreTimeButton")

    fill_booking_page(d, "Ana", "Lopez", "Sore throat")
    d.tap_in_page_until("#book", lambda: d.exists("doneTitle"), "the thank-you screen")
    shot("done")
    d.tap("finishButton")
    d.wait_until(lambda: d.exists("bookButton"), 10, "back at Welcome")
    return shots


def restart(kiosk: KioskApp, d: Driver, lang: str) -> None:
    """A fresh session in ``lang``, the emulator back to normal."""
    assert kiosk.emulator is not None
    kiosk.reset_session("tour")
    kiosk.emulator.set_scenario(Scenario.NORMAL)
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")
    if kiosk.languages.current != lang:
        d.tap("languageButton")
        d.wait_until(lambda: kiosk.languages.current == lang, 5, "the language switch")


def walk_outcomes(kiosk: KioskApp, d: Driver, out: Path, lang: str, first: int) -> list[Path]:
    """Each answer a booking can get, from a fresh review every time."""
    shots: list[Path] = []
    emulator = kiosk.emulator
    assert emulator is not None

    def shot(name: str) -> None:
        shots.append(d.screenshot(out / f"{lang}-{first + len(shots):02d}-{name}.png"))

    def review() -> None:
        restart(kiosk, d, lang)
        to_provider_times(kiosk, d)
        to_review(kiosk, d, patient=PATIENT)

    review()
    emulator.set_scenario(Scenario.SLOT_TAKEN)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("timesNotice") and not kiosk.busy, 15, "slot taken")
    shot("slot-taken")

    review()
    emulator.set_scenario(Scenario.OFFLINE)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("retryButton"), 20, "the network error")
    shot("booking-network-error")

    review()
    emulator.set_scenario(Scenario.FIELD_REFUSED)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("error_address.zip"), 15, "the refused field")
    d.reveal("error_address.zip")
    shot("field-refused")

    for scenario in (Scenario.OUTCOME_UNKNOWN, Scenario.DOUBLE_BOOKED, Scenario.EHR_CONFLICT,
                     Scenario.NOT_ON_PANEL, Scenario.ACCOUNT_LOCKED, Scenario.PATIENT_NOT_FOUND):  # fmt: skip
        review()
        emulator.set_scenario(scenario)
        d.tap("submitButton")
        d.wait_until(lambda: d.exists("outcomeTitle"), 15, "the outcome")
        shot(f"outcome-{scenario.value}")
    restart(kiosk, d, lang)
    return shots


def walk_provider(kiosk: KioskApp, d: Driver, out: Path, lang: str, first: int) -> list[Path]:  # noqa: PLR0915 - one straight walk, a statement per tap and shot
    """The provider appointment: every screen, a validation error, each outcome, in ``lang``."""
    shots: list[Path] = []
    emulator = kiosk.emulator
    assert emulator is not None

    def shot(name: str) -> None:
        shots.append(d.screenshot(out / f"{lang}-{first + len(shots):02d}-{name}.png"))

    restart(kiosk, d, lang)
    d.tap("bookButton")
    d.tap("appointmentButton")
    d.wait_until(lambda: d.exists(f"provider_{DEMO_PROVIDER}") and not kiosk.busy, 15, "providers")
    shot("providers")
    d.tap(f"provider_{DEMO_PROVIDER}")
    d.item(f"visitType_{DEMO_VISIT_TYPE}")
    shot("visit-types")
    d.tap(f"visitType_{DEMO_VISIT_TYPE}")
    d.wait_until(lambda: d.exists("time_0_0") and not kiosk.busy, 15, "the times")
    shot("provider-times")
    d.tap("time_0_0")
    d.item("forSomeoneElseButton")
    shot("who")
    d.tap("forSomeoneElseButton")
    d.item("field_patient.firstName")
    shot("patient")
    fill(kiosk, d, {"patient.firstName": "Leo3", "patient.dob": "13402018"})
    d.tap("nextButton")
    d.item("error_patient.gender")
    shot("patient-problems")
    d.clear_field("field_patient.firstName")
    d.clear_field("field_patient.dob")
    fill(kiosk, d, {k: v for k, v in CHILD.items() if pv.step_of(k) is Screen.PATIENT})
    d.tap("field_patient.lastName")  # the gender chips were last: back in a field to type
    d.wait_until(lambda: bool(d.probe("keyboard").get("active")), 5, "the keyboard")
    shot("patient-keyboard")
    next_step(kiosk, d, "contact")
    shot("contact")
    next_step(kiosk, d, "address")
    d.tap("pick_address.state")
    d.item("choose_WA")
    shot("state-picker")
    d.tap("choose_WA")
    fill(
        kiosk,
        d,
        {
            k: v
            for k, v in CHILD.items()
            if pv.step_of(k) is Screen.ADDRESS and k != "address.state"
        },
    )
    shot("address")
    next_step(kiosk, d, "guardian")
    fill(kiosk, d, GUARDIAN)
    shot("guardian")
    next_step(kiosk, d, "reason")
    d.tap("reasonPick_1")
    d.tap("reasonPick_4")
    shot("reason")
    next_step(kiosk, d, "payment")
    fill(kiosk, d, {"pay.method": "insurance", "ins.payer": "pmaor", "ins.memberId": "XJ55501234",
                    "ins.holder": "other"})  # fmt: skip
    shot("payment")
    next_step(kiosk, d, "holder")
    fill(kiosk, d, {"sub.firstName": "Ana", "sub.lastName": "Lopez", "sub.dob": "03151990",
                    "sub.gender": "female"})  # fmt: skip
    shot("policy-holder")
    next_step(kiosk, d, "review")
    shot("review")
    emulator.latency = 1.5
    emulator.set_scenario(Scenario.SLOW)
    d.tap("submitButton")
    d.item("bookingTitle")
    shot("booking")
    d.wait_until(lambda: d.exists("confirmedTitle"), 15, "the confirmation")
    shot("confirmed")

    shots += walk_outcomes(kiosk, d, out, lang, first + len(shots))
    return shots


def walk_staff(kiosk: KioskApp, d: Driver, out: Path, lang: str, first: int) -> list[Path]:
    """The staff side: the PIN pad, the panel, today's journal, training scenarios, a journey
    with the "Staff assisting" badge, out of service."""
    shots: list[Path] = []

    def shot(name: str) -> None:
        shots.append(d.screenshot(out / f"{lang}-{first + len(shots):02d}-{name}.png"))

    def unlock(*, show_pad: bool = False) -> None:
        d.hold("staffCorner", 3.2)
        d.item("pin_1")
        d.tap("pin_1")
        d.tap("pin_2")
        if show_pad:
            shot("pin-pad")
        d.tap("pin_3")
        d.tap("pin_4")  # training mode's PIN
        d.tap("pinOk")
        panel_ready(kiosk, d)

    restart(kiosk, d, lang)
    unlock(show_pad=True)
    shot("staff-panel")
    d.reveal("check_0" if d.exists("check_0") else "journalEmpty")
    shot("staff-journal")
    d.reveal("resetDemoButton")
    shot("staff-training")
    d.tap("assistAppointmentButton")
    d.wait_until(lambda: d.exists("assistingBadge") and not kiosk.busy, 15, "the providers")
    shot("staff-assisting")
    restart(kiosk, d, lang)
    unlock()
    d.tap("outOfServiceButton")
    d.tap("closePanelButton")
    d.item("outOfServiceTitle_0")
    shot("out-of-service")
    kiosk.state.set_out_of_service(False)
    restart(kiosk, d, lang)
    return shots


def key(d: Driver, k: Qt.Key) -> None:
    """A key of a keyboard or keypad, to the window as a person would press it."""
    QTest.keyClick(d.window, k)
    d.pump(0.03)


def walk_audio(kiosk: KioskApp, d: Driver, out: Path, lang: str, first: int) -> list[Path]:
    """Audio mode, by a keypad: "Listening" and its bar, a focus ring, the letter board for a
    name and for a date."""
    shots: list[Path] = []

    def shot(name: str) -> None:
        shots.append(d.screenshot(out / f"{lang}-{first + len(shots):02d}-{name}.png"))

    restart(kiosk, d, lang)
    key(d, Qt.Key.Key_F1)  # the keypad's Help key: speech on
    d.wait_until(lambda: d.exists("listeningMark"), 5, "audio mode")
    pad_focus(d, "bookButton")
    shot("audio-welcome")
    key(d, Qt.Key.Key_Return)
    d.item("appointmentButton")
    pad_focus(d, "appointmentButton")
    shot("audio-focus-ring")
    key(d, Qt.Key.Key_F4)  # back to Welcome, still listening
    to_provider_times(kiosk, d)
    d.tap("time_0_0")
    d.tap("forMeButton")
    d.item("field_patient.firstName")
    pad_focus(d, "field_patient.firstName")
    key(d, Qt.Key.Key_Return)
    d.wait_until(lambda: d.exists("letterBoard"), 5, "the letter board")
    spell(kiosk, d, "An")
    shot("audio-letter-board")
    key(d, Qt.Key.Key_F4)  # Back closes the board
    pad_focus(d, "field_patient.dob")
    key(d, Qt.Key.Key_Return)
    d.wait_until(lambda: d.exists("letterBoard"), 5, "the digits")
    spell(kiosk, d, "1503" if lang == "es" else "0315")  # the date in the language's order
    shot("audio-letter-board-digits")
    return shots + walk_audio_page(kiosk, d, out, lang, first + len(shots))


def walk_audio_page(kiosk: KioskApp, d: Driver, out: Path, lang: str, first: int) -> list[Path]:
    """DexCare's page by a keypad: Down to its first field, the letter board typing into it."""
    restart(kiosk, d, lang)
    key(d, Qt.Key.Key_F1)
    to_times(kiosk, d)
    d.tap("time_0_0")
    wait_for_booking_page(d)
    for _ in range(20):
        if d.js("document.activeElement ? document.activeElement.id : ''") == "first":
            break
        key(d, Qt.Key.Key_Down)
        d.pump(0.25)
    d.wait_until(lambda: kiosk.letter_board.page_focus == "field", 5, "the page's field")
    key(d, Qt.Key.Key_Return)
    d.wait_until(lambda: d.exists("letterBoard"), 5, "the letter board on the page")
    spell(kiosk, d, "Ana")
    d.pump(0.3)
    shots = [d.screenshot(out / f"{lang}-{first:02d}-audio-handoff-letter-board.png")]
    restart(kiosk, d, lang)
    return shots


def pad_focus(d: Driver, name: str, limit: int = 60) -> None:
    """Down, as a keypad moves, until ``name`` has the focus."""
    for _ in range(limit):
        if focus_info(d.window).name == name:
            return
        key(d, Qt.Key.Key_Down)
    raise DriverError(f"{name} cannot be reached with the keypad")


def spell(kiosk: KioskApp, d: Driver, text: str) -> None:
    """Type ``text`` on the open letter board with the arrows and Enter."""
    for ch in text.upper():
        for arrow in kiosk.letter_board.arrows_to(ch):
            key(d, arrow)
        key(d, Qt.Key.Key_Return)


def run_tour(
    settings: Settings, out: Path, languages: list[str], size: tuple[int, int]
) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    # The tour opens the staff panel with training mode's PIN, whatever this config sets.
    # It speaks into Qt's mock engine: a tour is silent, and needs no speech-dispatcher.
    settings = settings.model_copy(
        update={
            "staff": settings.staff.model_copy(update={"pin_hash": None}),
            "speech": settings.speech.model_copy(update={"engine": "mock", "headset": False}),
        }
    )
    with headless_app(settings, size) as (kiosk, driver):
        try:
            for lang in languages:
                mine = walk(kiosk, driver, out, lang)
                mine += walk_provider(kiosk, driver, out, lang, len(mine) + 1)
                mine += walk_staff(kiosk, driver, out, lang, len(mine) + 1)
                mine += walk_audio(kiosk, driver, out, lang, len(mine) + 1)
                shots += mine
        except DriverError:
            # What the screen showed when the walk got stuck is the quickest way to see why.
            driver.screenshot(out / "tour-failed.png")
            raise
    return shots
