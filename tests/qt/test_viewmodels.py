"""Each view-model on its own, headless: built as kiosk/app.py builds it (the client over the demo
emulator, a journal and the kiosk state in tmp_path), driven from Python through its slots, judged
by its Properties and change signals. No QML is loaded: no engine, no window."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast
from unittest.mock import Mock

import pytest
import qasync
from PySide6.QtCore import QObject, QTranslator, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk.app import build_dexcare
from kiosk.demo import seed
from kiosk.demo.emulator import DexCareEmulator
from kiosk.demo.scenarios import Scenario
from kiosk.dexcare.errors import ServerError
from kiosk.flow import provider as pv
from kiosk.flow.booking import BookAppointment
from kiosk.flow.errors import ErrorKind
from kiosk.flow.idle import IdlePolicy
from kiosk.flow.journey import Screen
from kiosk.journal import BOOKED, HANDED_OFF, NOT_FINISHED, Journal
from kiosk.qt.booking import BookingViewModel
from kiosk.qt.form import FormViewModel
from kiosk.qt.i18n import Languages
from kiosk.qt.idle import IdleWatcher
from kiosk.qt.providers import ProvidersViewModel
from kiosk.qt.session import SessionViewModel
from kiosk.qt.staff import StaffPanel
from kiosk.qt.walkin import WalkInViewModel
from kiosk.staff import MAX_TRIES, KioskState, hash_pin, verify_pin
from kiosk.tour import DEMO_CLINIC, DEMO_PROVIDER, DEMO_VISIT_TYPE
from kiosk.web.session import WebSession
from tests.qt.conftest import all_times, demo_settings

PIN = "2468"
PIN_HASH = hash_pin(PIN)
SECRET = "Rosalind"  # a first name only this file types
ANSWERS = {
    "patient.firstName": SECRET, "patient.lastName": "Fairweather", "patient.dob": "07/04/1961",
    "patient.gender": "female", "patient.phone": "2065550100", "address.line1": "12 Cedar St",
    "address.city": "Seattle", "address.state": "WA", "address.zip": "98122",
    "reason": "Sore throat", "pay.method": "self",
}  # fmt: skip


class FakeWeb(QObject):
    """A stand-in for kiosk.web.session.WebSession (the real one builds QtWebEngine profiles for
    a web view in QML): the signals walkin.py connects to and the calls it makes, recorded."""

    completed, crashed, certificateFailed, pageFailed = Signal(), Signal(), Signal(), Signal()
    loadingChanged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.loading, self.teardowns, self.language = False, 0, ""
        self.opened: list[str] = []

    @property
    def current_url(self) -> str:
        return self.opened[-1] if self.opened else ""

    def open(self, url: str) -> None:
        self.opened.append(url)

    def teardown(self) -> None:
        self.teardowns += 1

    def set_language(self, language: str) -> None:
        self.language = language


class Count:
    """How many times a signal was emitted."""

    def __init__(self, signal: Any) -> None:
        self.n = 0
        signal.connect(self._hit)

    def _hit(self, *_: object) -> None:
        self.n += 1


@dataclass
class Kit:
    emulator: DexCareEmulator
    journal: Journal
    state: KioskState
    web: FakeWeb
    session: SessionViewModel
    walk_in: WalkInViewModel
    providers: ProvidersViewModel
    form: FormViewModel
    booking: BookingViewModel
    staff: StaffPanel


def wait_until(pred: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    """Pump the Qt loop (and asyncio's with it, through qasync) until ``pred`` holds."""
    deadline = asyncio.get_event_loop().time() + timeout
    while not pred():
        assert asyncio.get_event_loop().time() < deadline, f"timed out waiting for {what}"
        QTest.qWait(10)


@pytest.fixture
def kit(loop: qasync.QEventLoop, tmp_path: Path) -> Iterator[Kit]:
    """Every view-model, wired as KioskApp.__init__ wires them, minus the engine and window."""
    settings = demo_settings(kiosk={"data_dir": tmp_path}, staff={"pin_hash": PIN_HASH})
    app, k, brand = QGuiApplication.instance(), settings.kiosk, settings.dexcare.brand
    assert isinstance(app, QGuiApplication)
    wiring, i = build_dexcare(settings), settings.idle
    assert wiring.emulator is not None
    idle = IdleWatcher(IdlePolicy(i.default, i.warning, i.extensions, dict(i.screens)))
    languages = Languages(app, list(k.languages))
    journal = Journal(tmp_path / "journal.sqlite3", kiosk_id="test", training=True)
    state, web, client = KioskState(tmp_path / "state.json"), FakeWeb(), wiring.client
    session = SessionViewModel(
        idle=idle, languages=languages, brand=brand, training=True,
        help_location={str(lang): v for lang, v in k.location.items()},
        clock=lambda: datetime.now(UTC), out_of_service=lambda: state.out_of_service,
    )  # fmt: skip
    payment = pv.PaymentOptions(payers=tuple(k.insurance_payers.items()))
    walk_in = WalkInViewModel(
        session, client=client, web=cast(WebSession, web), journal=journal, brand=brand,
        scheduling_url=settings.dexcare.scheduling_url, clinics_offered=list(k.departments),
    )  # fmt: skip
    providers = ProvidersViewModel(
        session, client=client, providers_offered=list(k.providers), visit_type_descriptions={},
        visit_type_names={str(lang): dict(v) for lang, v in k.visit_type_names.items()},
        kiosk_zone=seed.KIOSK_ZONE,  # DexCare's departments name none (as KioskApp wires it)
    )  # fmt: skip
    form = FormViewModel(session, payment=payment)
    booking = BookingViewModel(session, providers=providers, form=form, payment=payment,
                               book=BookAppointment(client, journal, session.now))  # fmt: skip
    staff = StaffPanel(
        session=session, walk_in=walk_in, providers=providers, languages=languages, client=client,
        journal=journal, state=state, pin_hash=PIN_HASH, training=True, config_path=None,
        data_dir=tmp_path, brand=brand,
    )  # fmt: skip
    yield Kit(wiring.emulator, journal, state, web, session, walk_in, providers, form, booking,
              staff)  # fmt: skip
    session.reset_session("test over")
    idle.hold(True)  # no quiet timer left to fire in a later test
    staff.close()
    closing = asyncio.ensure_future(wiring.aclose())
    wait_until(closing.done, "the client to close")
    journal.close()
    languages.close()
    languages.deleteLater()


def jump(session: SessionViewModel, screen: Screen) -> None:
    """Put the journey on ``screen`` (a form test needs no providers to get there)."""

    def move() -> Screen:
        session.journey.screen = screen
        return screen

    assert session.step(move)


def to_provider_times(k: Kit) -> None:
    k.session.start()
    k.providers.chooseAppointment()
    wait_until(lambda: k.providers.providerCount > 0 and not k.session.busy, "the providers")
    k.providers.chooseProvider(DEMO_PROVIDER)
    k.providers.chooseVisitType(DEMO_VISIT_TYPE)
    wait_until(lambda: k.providers.timeCount > 0 and not k.session.busy, "the provider's times")


def to_review(k: Kit) -> None:
    to_provider_times(k)
    k.providers.chooseTime(all_times(k.providers.days)[0]["slotId"])
    k.form.chooseWho(False)
    while k.session.current_screen is not Screen.REVIEW:
        here = k.session.current_screen
        for key, value in ANSWERS.items():
            if pv.step_of(key) is here:
                k.form.setField(key, value)
        k.form.nextStep()
        assert k.session.current_screen is not here, k.form.problems


def to_clinics(k: Kit) -> None:
    k.session.start()
    k.walk_in.chooseWalkIn()
    wait_until(lambda: bool(k.walk_in.clinics) and not k.session.busy, "the clinics")


def to_walk_in_times(k: Kit) -> None:
    to_clinics(k)
    k.walk_in.chooseClinic(DEMO_CLINIC)
    wait_until(lambda: k.walk_in.timeCount > 0 and not k.session.busy, "the clinic's times")


def properties(vm: QObject) -> str:
    """Every Property ``vm`` offers QML, as text. (Not from ``propertyOffset()``: a view-model
    with a Python method connected to a signal gets a dynamic meta-object whose offset equals its
    count, so that range is empty.)"""
    meta, first = vm.metaObject(), QObject.staticMetaObject.propertyCount()
    props = (meta.property(i).name() for i in range(first, meta.propertyCount()))
    return "\n".join(f"{p}={vm.property(p)!r}" for p in props)


# ===================================================================================== session
def test_session_step_moves_once_and_a_stale_move_emits_nothing(kit: Kit) -> None:
    s = kit.session
    moved = Count(s.screenChanged)
    s.start()
    assert (s.screen, s.canGoBack, moved.n) == ("care", True, 1)
    assert not s.step(s.journey.start)  # a second "Book a visit": the journey is past Welcome
    assert (s.screen, moved.n) == ("care", 1)
    s.back()
    assert (s.screen, s.canGoBack, moved.n) == ("welcome", False, 2)
    s.back()  # no way back from Welcome
    assert moved.n == 2


def test_session_language_and_large_text_signal_only_on_a_real_change(kit: Kit) -> None:
    s = kit.session
    language, large = Count(s.languageChanged), Count(s.largeTextChanged)
    s.setLanguage("en")
    s.setLanguage("fr")  # not offered
    s.setLargeText(False)
    assert (language.n, large.n, s.language, s.largeText) == (0, 0, "en", False)
    s.setLanguage("es")
    s.setLargeText(True)
    s.setLargeText(True)
    assert (language.n, large.n, s.language, s.largeText) == (1, 1, "es", True)


def test_switching_language_all_day_keeps_one_translator_per_language(kit: Kit) -> None:
    for lang in ["en", "es"] * 20:
        kit.session.setLanguage(lang)
    translators = kit.session.languages.findChildren(QTranslator)
    assert len(translators) == 2  # was one more per switch, for the life of the process


def test_session_reset_resets_every_part_and_forgets_the_patient(kit: Kit) -> None:
    s, part = kit.session, Mock(spec=["reset", "went_back"])
    s.adopt(part)
    never = asyncio.get_event_loop().create_future()
    s.spawn(lambda: cast(Awaitable[None], never), "a wait that never ends")
    wait_until(lambda: bool(s.busy), "the wait")
    s.start()
    s.setLanguage("es")
    s.setLargeText(True)
    s.set_summary("Capitol Hill", "10:45")
    s.errors.show(ErrorKind.SERVER_ERROR, "ABCD-1234", retry=lambda: None)
    reset = Count(s.sessionReset)
    s.reset_session("test")
    part.reset.assert_called_once_with()
    assert (s.screen, s.busy, s.language, s.largeText) == ("welcome", False, "en", False)
    assert (s.errors.kind, s.errors.supportCode, s.errors.canRetry) == ("", "", False)
    assert (s.summaryPlace, s.summaryTime, s.tasks.running, reset.n) == ("", "", 0, 1)
    assert not kit.walk_in.clinics and not kit.providers.providers and not kit.form.form.values


def test_session_apology_and_help_each_signal_once(kit: Kit) -> None:
    s = kit.session
    s.start()
    sorry, changed, asked = Count(s.apologyChanged), Count(s.help.changed), Count(s.help.asked)
    s.apologize()
    s.apologize()  # already showing it
    assert (s.apology, s.screen, sorry.n) == (True, "welcome", 1)
    s.dismissApology()
    s.dismissApology()
    assert (s.apology, sorry.n) == (False, 2)
    s.help.request()
    s.help.request()  # the card again, the request once
    assert (s.help.requested, changed.n, asked.n) == (True, 1, 2)
    s.reset_session("idle")  # help outlives the reset, until staff clear it
    assert s.help.requested and s.help.since is not None
    s.help.cancel()
    s.help.cancel()
    assert (s.help.requested, changed.n) == (False, 2)


def test_session_a_dexcare_failure_is_an_error_card_with_try_again(kit: Kit) -> None:
    s = kit.session
    tries: list[int] = []

    async def failing() -> None:
        tries.append(1)
        raise ServerError(status=500)

    errors = Count(s.errors.changed)
    s.spawn(failing, "failing")
    wait_until(lambda: bool(s.errors.kind) and not s.busy, "the error card")
    assert s.errors.canRetry and not s.apology and errors.n == 1
    s.errors.retry()
    wait_until(lambda: len(tries) == 2 and bool(s.errors.kind) and not s.busy, "the second card")


# ===================================================================================== walk-in
def test_walk_in_loads_the_clinics_then_a_clinics_times(kit: Kit) -> None:
    w, s = kit.walk_in, kit.session
    busy, clinics = Count(s.busyChanged), Count(w.clinicsChanged)
    to_clinics(kit)
    assert (s.screen, busy.n, clinics.n) == ("clinics", 2, 1)  # busy on, then off
    assert DEMO_CLINIC in [c["urlName"] for c in w.clinics]
    asked, signals = len(kit.emulator.received), [Count(w.placeChanged), Count(w.timesChanged)]
    w.chooseClinic("NoSuchClinic")
    w.chooseWalkIn()  # a stale tap: not on the care choice any more
    QTest.qWait(50)
    assert (signals[0].n, signals[1].n, clinics.n, s.screen) == (0, 0, 1, "clinics")
    assert len(kit.emulator.received) == asked
    w.chooseClinic(DEMO_CLINIC)
    wait_until(lambda: w.timeCount > 0 and not s.busy, "the clinic's times")
    assert s.screen == "times" and w.placeName and w.days and w.soonest
    assert s.summaryPlace == w.placeName


def test_walk_in_hand_off_is_journaled_and_the_page_booking_ends_it(kit: Kit) -> None:
    w, s = kit.walk_in, kit.session
    to_walk_in_times(kit)
    w.chooseTime(all_times(w.days)[0]["slotId"])
    assert s.screen == "handoff" and w.chosenTime
    assert len(kit.web.opened) == 1 and kit.web.language == "en"
    assert [a.outcome for a in kit.journal.recent()] == [HANDED_OFF]
    kit.web.completed.emit()  # DexCare's page reached its confirmation
    assert s.screen == "done" and s.endingSecondsLeft == 20
    assert [a.outcome for a in kit.journal.recent()] == [BOOKED]


def test_walk_in_reset_mid_hand_off_tears_the_page_down_and_forgets(kit: Kit) -> None:
    w, s = kit.walk_in, kit.session
    to_walk_in_times(kit)
    w.chooseTime(all_times(w.days)[0]["slotId"])
    torn = kit.web.teardowns
    s.reset_session("start over")
    assert kit.web.teardowns == torn + 1
    assert (w.clinics, w.days, w.timeCount, w.placeName, w.chosenTime) == ([], [], 0, "", "")
    assert [a.outcome for a in kit.journal.recent()] == [NOT_FINISHED]


# =================================================================================== providers
def test_providers_load_then_a_provider_and_visit_type_load_times(kit: Kit) -> None:
    p, s = kit.providers, kit.session
    listed = Count(p.providersChanged)
    s.start()
    p.chooseAppointment()
    wait_until(lambda: p.providerCount > 0 and not s.busy, "the providers")
    assert s.screen == "providers" and listed.n == 1
    assert DEMO_PROVIDER in [c["npi"] for c in p.providers]
    chose, times, moved = Count(p.choiceChanged), Count(p.timesChanged), Count(s.screenChanged)
    p.chooseProvider("0000000000")
    p.chooseVisitType(DEMO_VISIT_TYPE)  # no provider chosen, and not on the visit types
    p.set_days([])  # the same (empty) list
    p.set_notice("")
    assert (chose.n, times.n, moved.n, s.screen, p.providerName) == (0, 0, 0, "providers", "")
    p.chooseProvider(DEMO_PROVIDER)
    assert s.screen == "visit_types" and p.providerName and chose.n == 1
    assert DEMO_VISIT_TYPE in [v["id"] for v in p.visitTypes]
    p.chooseVisitType(DEMO_VISIT_TYPE)
    assert s.screen == "provider_times" and p.visitTypeName and chose.n == 2
    wait_until(lambda: p.timeCount > 0 and not s.busy, "the provider's times")
    assert p.heading == f"{p.providerName} · {p.visitTypeName}"


def test_provider_times_without_any_time_zone_say_the_kiosk_is_not_set_up(kit: Kit) -> None:
    p, s = kit.providers, kit.session
    p._kiosk_zone = None  # a kiosk.timezone left unset, and DexCare names no zone
    s.start()
    p.chooseAppointment()
    wait_until(lambda: p.providerCount > 0 and not s.busy, "the providers")
    assert not any(c["hasTimes"] for c in p.providers)  # no "next free" guessed in UTC
    p.chooseProvider(DEMO_PROVIDER)
    p.chooseVisitType(DEMO_VISIT_TYPE)
    wait_until(lambda: not s.busy and s.errors.kind != "", "the error card")
    assert s.errors.kind == ErrorKind.MISCONFIGURED.value
    assert p.timeCount == 0


def test_providers_back_and_reset_forget_the_choice(kit: Kit) -> None:
    p, s = kit.providers, kit.session
    to_provider_times(kit)
    s.back()
    assert s.screen == "visit_types" and s.journey.choices.visit_type is None
    s.reset_session("start over")
    assert (p.providers, p.providerCount, p.providerName, p.visitTypes) == ([], 0, "", [])
    assert (p.timeCount, p.provider, p.visit_type) == (0, None, None)


# ======================================================================================== form
def test_form_problems_show_only_for_fields_already_visited(kit: Kit) -> None:
    f = kit.form
    jump(kit.session, Screen.PATIENT)
    assert [x["key"] for x in f.fields][:2] == ["patient.firstName", "patient.lastName"]
    problems = Count(f.problemsChanged)
    f.leaveField("patient.lastName")  # never typed in: not judged yet
    f.setField("patient.dob", "13/45/1961")  # typing: judged only on leaving the field
    assert (f.problems, problems.n) == ({}, 0)
    f.leaveField("patient.dob")
    assert list(f.problems) == ["patient.dob"] and problems.n == 1
    f.setField("patient.dob", "07/04/1961")  # a shown problem goes as soon as it is fixed
    assert (f.problems, problems.n) == ({}, 2)
    f.setField("patient.dob", "07/04/1961")  # the same value
    f.setField("address.zip", "98122")  # not a field of this step
    assert problems.n == 2 and f.form.get("address.zip") == ""
    f.nextStep()  # Next judges the whole step
    assert set(f.problems) == {"patient.firstName", "patient.lastName", "patient.gender"}
    assert kit.session.screen == "patient"


def test_form_offers_only_the_genders_this_ehr_takes(kit: Kit) -> None:
    jump(kit.session, Screen.PATIENT)

    def genders(form: FormViewModel) -> list[str]:
        field = next(x for x in form.fields if x["key"] == "patient.gender")
        return [o["value"] for o in field["options"]]

    assert genders(kit.form) == list(pv.GENDERS)  # all five by default
    four = FormViewModel(kit.session, payment=kit.form._payment,
                         genders=("female", "male", "other", "unknown"))  # fmt: skip
    assert genders(four) == ["female", "male", "other", "unknown"]  # as DexCare's SDK knows them


def test_form_reset_leaves_no_phi_in_its_properties(kit: Kit) -> None:
    f = kit.form
    jump(kit.session, Screen.PATIENT)
    f.setField("patient.firstName", SECRET)
    f.setField("patient.dob", "99/99/1961")
    f.leaveField("patient.dob")
    assert SECRET in properties(f) and f.problems
    f.reset()  # still on the patient step: every field is there, empty
    assert f.fields and all(x["value"] == "" for x in f.fields)
    assert (f.problems, f.form.values, f.forSomeoneElse) == ({}, {}, False)
    assert SECRET not in properties(f)


# ===================================================================================== booking
def test_booking_submit_from_the_review_confirms_and_reset_clears_it(kit: Kit) -> None:
    b, s = kit.booking, kit.session
    to_review(kit)
    assert b.canSubmit and SECRET in str(b.reviewSections)
    outcome = Count(b.outcomeChanged)
    b.submit()
    assert s.screen == "booking" and not b.canSubmit
    wait_until(lambda: s.screen == "confirmed", "the confirmation")
    assert b.confirmation["reference"] and b.confirmation["calendar"].startswith("data:image/png")
    assert outcome.n == 1 and b.outcomeKind == "" and s.endingSecondsLeft > 0
    assert [a.outcome for a in kit.journal.recent()] == [BOOKED]
    s.reset_session("visit booked")
    assert (b.confirmation, b.reviewSections) == ({}, []) and SECRET not in properties(b)


def test_the_calendar_code_is_made_on_the_review_not_after_book(kit: Kit) -> None:
    """~30 ms of QR code stay out of the tap on Book -> the confirmation (kiosk bench)."""
    b, s = kit.booking, kit.session
    to_review(kit)
    wait_until(lambda: b._calendar is not None, "the code, while the review is read")
    assert b._calendar is not None
    made = b._calendar[1]
    b.submit()
    wait_until(lambda: s.screen == "confirmed", "the confirmation")
    assert b.confirmation["calendar"] == made, "made again after Book"
    s.reset_session("visit booked")
    assert b._calendar is None


def test_booking_a_double_submit_books_once(kit: Kit) -> None:
    b, s = kit.booking, kit.session
    to_review(kit)
    b.submit()
    b.submit()  # the second tap, or a repeated signal
    wait_until(lambda: s.screen == "confirmed" and not s.busy, "the confirmation")
    review, moved = Count(b.reviewChanged), Count(s.screenChanged)
    b.submit()  # and once more, off the review
    QTest.qWait(50)
    assert (review.n, moved.n, s.tasks.running, b.canSubmit) == (0, 0, 0, False)
    assert sum(r.path.endswith("providerbooking") for r in kit.emulator.received) == 1
    assert len(kit.journal.recent()) == 1


def test_booking_a_front_desk_answer_then_reset_clears_the_outcome(kit: Kit) -> None:
    b, s = kit.booking, kit.session
    to_review(kit)
    kit.emulator.set_scenario(Scenario.NOT_ON_PANEL)
    b.submit()
    wait_until(lambda: s.screen == "outcome" and not s.busy, "the front-desk answer")
    assert (b.outcomeKind, b.outcomeTone) == ("not_on_panel", "refused") and b.outcomeTitle
    s.reset_session("sent to the front desk")
    assert (b.outcomeKind, b.outcomeTitle, b.outcomeCode, b.outcomeTone) == ("", "", "", "")


# ======================================================================================= staff
def type_pin(k: Kit, pin: str) -> None:
    k.staff.pin_pad.open()
    for ch in pin:
        k.staff.pin_pad.digit(ch)


def test_staff_pin_pad_digits_and_erase(kit: Kit) -> None:
    pad = kit.staff.pin_pad
    pad.digit("1")  # the pad is closed
    assert pad.pinLength == 0
    type_pin(kit, "123456789")
    assert (pad.shown, pad.pinLength, pad.message) == (True, 8, "Staff PIN")  # at most 8
    changed = Count(pad.changed)
    for not_a_digit in ("x", "12", ""):
        pad.digit(not_a_digit)
    assert changed.n == 0
    pad.erase()
    assert pad.pinLength == 7 and changed.n == 1
    pad.close()
    assert (pad.shown, pad.pinLength, pad.message) == (False, 0, "")


def test_staff_erase_on_an_empty_pad_signals_nothing(kit: Kit) -> None:
    pad = kit.staff.pin_pad
    pad.open()
    changed, panel = Count(pad.changed), Count(kit.staff.changed)
    pad.erase()
    assert changed.n == 0
    pad.close()
    assert changed.n == 1
    pad.close()  # already closed
    kit.staff.lock()  # already locked: every patient reset calls it
    assert (changed.n, panel.n) == (1, 0)


def test_staff_a_burst_of_guesses_never_outruns_the_count(
    kit: Kit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guesses sent faster than scrypt (a script typing on a USB keypad): before, each was let
    through while the one before it was still hashing, and the twelfth (right) one unlocked the
    panel after eleven wrong ones. Now a try is counted before its hash, one runs at a time, and
    five wrong ones lock the pad."""
    pad, st = kit.staff.pin_pad, kit.staff
    checked: list[str] = []

    def counting(pin: str, stored: str) -> bool:
        checked.append(pin)
        return verify_pin(pin, stored)

    monkeypatch.setattr("kiosk.qt.pinpad.verify_pin", counting)
    locked_out = Count(pad.lockedOut)
    guesses = [f"{n:04d}" for n in range(1001, 1012)] + [PIN]  # eleven wrong, then the right one
    for _round in range(MAX_TRIES + 1):  # a burst, a pause, another burst...
        for guess in guesses:
            pad.open()
            for ch in guess:
                pad.digit(ch)
            pad.submit()  # no wait: the next guess comes at once
        wait_until(lambda: kit.session.tasks.running == 0, "the burst's one check")
    assert not st.unlocked and kit.session.screen != "staff"
    assert len(checked) == MAX_TRIES, checked  # one per burst until the lock-out
    assert PIN not in checked
    wait_until(lambda: pad.lockedSeconds > 0, "the lock-out")
    assert locked_out.n == 1 and "Too many" in pad.message


def test_staff_a_wrong_pin_then_the_right_one_and_closing_the_panel_locks(kit: Kit) -> None:
    st, s, pad = kit.staff, kit.session, kit.staff.pin_pad
    type_pin(kit, "1111")
    pad.submit()
    wait_until(lambda: "tries left" in pad.message, "the wrong PIN message")
    assert pad.message == "Wrong PIN. 4 tries left." and kit.state.tries_left() == 4
    assert (st.unlocked, pad.pinLength, st.status, s.screen) == (False, 0, [], "welcome")
    for ch in PIN:
        pad.digit(ch)
    pad.submit()
    wait_until(lambda: st.unlocked and not st.checking, "the unlocked panel")
    assert (s.screen, pad.shown, pad.pinLength) == ("staff", False, 0)
    assert st.status and st.attempts == []
    st.setOutOfService(True)
    assert st.outOfService and kit.state.out_of_service
    st.closePanel()
    assert (st.unlocked, st.status, s.screen) == (False, [], "out_of_service")
    st.setOutOfService(False)  # locked: ignored
    assert kit.state.out_of_service
