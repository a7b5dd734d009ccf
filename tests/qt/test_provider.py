"""The provider appointment end to end, in demo mode, through the real QML: four journeys whose
body must equal what the domain model makes of the same answers, every emulator scenario with the
screen it must end on, one booking per tap, and the journal."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint

from kiosk.app import KioskApp
from kiosk.demo.emulator import DexCareEmulator
from kiosk.demo.scenarios import Scenario
from kiosk.domain.codes import support_code
from kiosk.flow import provider as pv
from kiosk.journal import BOOKED, UNKNOWN
from kiosk.qt.driver import Driver
from kiosk.qt.wording import reference
from kiosk.soakfaults import disk_full
from kiosk.tour import (
    CHILD,
    GUARDIAN,
    PATIENT,
    fill,
    fill_steps,
    next_step,
    to_provider_times,
    to_review,
)
from tests.qt.conftest import demo_settings

BOOKING_PATH = "/api/7/visits/providerbooking"
INSURANCE_MINE = {"pay.method": "insurance", "ins.payer": "aetna", "ins.memberId": "W123456789",
                  "ins.group": "G100", "ins.holder": "self"}  # fmt: skip
INSURANCE_OTHERS = {"pay.method": "insurance", "ins.payer": "pmaor", "ins.memberId": "XJ55501234",
                    "ins.holder": "other", "sub.firstName": "Ana", "sub.lastName": "Lopez",
                    "sub.dob": "03151990", "sub.gender": "female"}  # fmt: skip


def as_form(values: dict[str, str], someone_else: bool) -> pv.Form:
    """The same answers as the test typed them, as the form holds them (dates get slashes)."""
    f = pv.Form(for_someone_else=someone_else)
    for key, value in values.items():
        f.set(key, f"{value[:2]}/{value[2:4]}/{value[4:]}" if key.endswith(".dob") else value)
    return f


def posted(k: KioskApp) -> list[Any]:
    assert k.emulator is not None
    return [r.body for r in k.emulator.received if r.path == BOOKING_PATH]


def at_review(
    k: KioskApp, d: Driver, scenario: Scenario, latency: float | None = None
) -> DexCareEmulator:
    """To the review with the demo patient, then the emulator turns to ``scenario``."""
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT)
    assert k.emulator is not None
    if latency is not None:
        k.emulator.latency = latency
    k.emulator.set_scenario(scenario)
    return k.emulator


def confirmed(k: KioskApp, d: Driver) -> None:
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("confirmedTitle"), 15, "the confirmation")


@pytest.mark.parametrize(
    ("patient", "guardian", "payment", "coupons"),
    [
        (PATIENT, None, {"pay.method": "self"}, False),
        (PATIENT, None, INSURANCE_MINE, False),
        (CHILD, GUARDIAN, INSURANCE_OTHERS, False),
        (PATIENT, None, {"pay.method": "couponcode", "coupon": "WELCOME10"}, True),
    ],
    ids=["self-pay-at-clinic", "self-insurance", "child-guardian-others-insurance", "coupon"],
)
def test_a_journey_sends_exactly_what_the_domain_model_makes(
    make_kiosk: Any, patient: dict[str, str], guardian: dict[str, str] | None,
    payment: dict[str, str], coupons: bool,
) -> None:  # fmt: skip
    k, d = make_kiosk(demo_settings(kiosk={"coupons": coupons}))
    to_provider_times(k, d)
    to_review(k, d, patient=patient, guardian=guardian, payment=payment, reason="Sore throat")
    if "ins.memberId" in payment:
        shown = d.all_text()
        assert payment["ins.memberId"] not in shown  # masked on the review
        assert "•••• " + payment["ins.memberId"][-4:] in shown
    confirmed(k, d)
    (body,) = posted(k)
    details = body["visitDetails"]
    slot = pv.SlotRef(details["nationalProviderId"], details["departmentId"],
                      details["ehrSystemName"], details["visitTypeId"], details["slotId"])  # fmt: skip
    answers = as_form({**patient, **(guardian or {}), **payment, "reason": "Sore throat"},
                      someone_else=guardian is not None)  # fmt: skip
    expected = pv.booking(answers, patient_guid=body["patient"]["patientGuid"], slot=slot,
                          order="MDY", payer_names=dict(k.payers.offered)).to_wire()  # fmt: skip
    assert body == expected
    assert d.text("confirmedReference").endswith(reference(k.emulator.bookings[-1].visit_id))
    (row,) = k.journal.recent(1)
    assert (row.outcome, row.npi, row.slot_id) == (BOOKED, slot.npi, slot.slot_id)


def test_rapid_double_taps_book_once(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    at_review(k, d, Scenario.SLOW, latency=0.5)
    d.reveal("submitButton")
    where = d.item("submitButton")

    for _ in range(3):
        d.tap_at(QPoint(round(where["x"]), round(where["y"])))
    k.booking.submit()  # a repeated signal as well
    d.wait_until(lambda: d.exists("confirmedTitle"), 15, "the confirmation")
    assert len(posted(k)) == 1 and len(k.emulator.bookings) == 1
    assert len(k.journal.recent()) == 1


def test_problems_show_as_the_patient_goes_never_ahead(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_provider_times(k, d)
    d.tap("time_0_0")
    d.tap("forMeButton")
    d.tap("field_patient.firstName")
    d.type_text("Ana3")
    assert not d.exists("error_patient.firstName")  # still typing
    d.tap("field_patient.lastName")  # moved on: now it is judged
    d.wait_until(lambda: d.exists("error_patient.firstName"), 5, "the name's problem")
    assert d.text("error_patient.firstName").startswith("Please use letters only")
    assert not d.exists("error_patient.lastName")  # reached, but not left yet
    assert not d.exists("error_patient.dob")  # not reached: nothing shown
    d.tap("nextButton")
    d.wait_until(lambda: d.exists("error_patient.dob"), 5, "every problem on Next")
    assert k.current_screen.value == "patient"
    # fixing it clears the problem as soon as it is right
    d.tap("field_patient.firstName")
    d.type_text("\b")
    k.form.setField("patient.firstName", "Ana")
    d.wait_until(lambda: not d.exists("error_patient.firstName"), 5, "the problem to go")


def test_the_keyboard_suits_each_field_and_never_learns(kiosk: tuple[KioskApp, Driver]) -> None:
    from PySide6.QtCore import Qt

    k, d = kiosk
    to_provider_times(k, d)
    d.tap("time_0_0")
    d.tap("forMeButton")
    d.item("field_patient.firstName")
    never = Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhSensitiveData
    wanted = {
        "patient.firstName": Qt.InputMethodHint.ImhNone,
        "patient.dob": Qt.InputMethodHint.ImhDigitsOnly,
        "patient.phone": Qt.InputMethodHint.ImhDialableCharactersOnly,
        "patient.email": Qt.InputMethodHint.ImhEmailCharactersOnly,
        "address.zip": Qt.InputMethodHint.ImhDigitsOnly,
    }
    for key, hint in wanted.items():
        while not d.exists(f"field_{key}"):  # the step that asks it
            fill_steps(k, d, PATIENT, until=pv.step_of(key).value)
        hints = Qt.InputMethodHint(d.probe(f"field_{key}")["hints"])
        assert hints & never == never, key
        assert hints & hint == hint, key


@pytest.mark.parametrize(
    ("scenario", "kind", "title"),
    [
        (Scenario.OUTCOME_UNKNOWN, "outcome_unknown", "We couldn't confirm your booking"),
        (
            Scenario.DOUBLE_BOOKED,
            "patient_double_booked",
            "You already have an appointment at this time",
        ),
        (Scenario.EHR_CONFLICT, "unknown_conflict", "The clinic's system could not book this time"),
        (Scenario.NOT_ON_PANEL, "not_on_panel", "This provider only sees their own patients"),
        (Scenario.ACCOUNT_LOCKED, "account_locked", "This patient's account is locked"),
        (Scenario.PATIENT_NOT_FOUND, "patient_not_found", "We couldn't find the patient's record"),
    ],
)
def test_answers_for_the_front_desk(
    kiosk: tuple[KioskApp, Driver], scenario: Scenario, kind: str, title: str
) -> None:
    k, d = kiosk
    at_review(k, d, scenario)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("outcomeTitle"), 15, "the outcome")
    assert k.booking.outcomeKind == kind
    assert d.text("outcomeTitle") == title
    code = d.text("outcomeCode")
    (row,) = k.journal.recent(1)
    assert support_code(row.correlation_id) in code  # staff can find it
    assert row.outcome == (UNKNOWN if kind == "outcome_unknown" else kind)
    assert len(posted(k)) == 1  # never resent by itself
    assert not d.exists("submitButton") and not d.exists("retryButton")
    if scenario is Scenario.OUTCOME_UNKNOWN:
        assert len(k.emulator.bookings) == 1  # it was booked after all: only staff can tell
    d.tap("outcomeDoneButton")
    d.wait_until(lambda: d.exists("bookButton"), 5, "Welcome")


def test_slot_taken_goes_back_to_fresh_times_keeping_everything(
    kiosk: tuple[KioskApp, Driver],
) -> None:
    k, d = kiosk
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT, payment=INSURANCE_MINE)
    assert k.emulator is not None
    k.emulator.set_scenario(Scenario.SLOT_TAKEN)
    first = posted(k)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("timesNotice") and d.exists("time_0_0") and not k.session.busy, 15,
                 "the refreshed times")  # fmt: skip
    assert "everything you entered is kept" in d.text("timesNotice")
    taken = (posted(k)[len(first)])["visitDetails"]["slotId"]
    assert taken not in str(k.providers.days)  # the taken time is gone from the list
    assert k.session.summaryTime == ""  # and from the summary strip
    assert k.session.summaryPlace != ""
    k.emulator.set_scenario(Scenario.NORMAL)
    d.tap("time_0_0")
    d.wait_until(lambda: d.exists("reviewTitle"), 5, "straight back to the review")
    assert "Lopez" in d.all_text() and "•••• 6789" in d.all_text()
    confirmed(k, d)


@pytest.mark.parametrize("scenario", [Scenario.SERVER_ERROR, Scenario.OFFLINE])
def test_cannot_reach_keeps_everything_and_try_again_books(
    kiosk: tuple[KioskApp, Driver], scenario: Scenario
) -> None:
    k, d = kiosk
    at_review(k, d, scenario)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("retryButton"), 20, "the network error")
    assert d.text("errorTitle") == "We can't reach the scheduling system"
    assert k.current_screen.value == "review"
    assert k.emulator.bookings == []
    k.emulator.set_scenario(Scenario.NORMAL)
    d.tap("retryButton")
    d.wait_until(lambda: d.exists("confirmedTitle"), 15, "the confirmation")
    assert len(k.emulator.bookings) == 1


def test_a_full_disk_at_book_is_an_apology_and_nothing_sent(
    kiosk: tuple[KioskApp, Driver],
) -> None:
    """The journal cannot record the attempt: the booking is not sent, the patient reads why and
    where to go, and the kiosk is not stuck (Start over takes the next patient)."""
    k, d = kiosk
    emu = at_review(k, d, Scenario.NORMAL)
    with disk_full(k.journal):
        d.tap("submitButton")
        d.wait_until(lambda: d.exists("outcomeTitle"), 15, "the outcome")
        assert d.text("outcomeTitle") == "Booking is not available at this kiosk right now"
        assert d.text("outcomeBody").startswith("Nothing was booked. Please ask at")
        assert emu.bookings == [] and k.journal.write_failures == 1
        assert not k.busy
    d.tap("outcomeDoneButton")
    d.wait_until(lambda: k.current_screen.value == "welcome", 10, "Welcome")


def test_a_slow_answer_holds_the_idle_reset_and_shows_the_wait(
    kiosk: tuple[KioskApp, Driver],
) -> None:
    k, d = kiosk
    at_review(k, d, Scenario.SLOW, latency=1.0)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("bookingTitle"), 5, "Booking your appointment")
    assert k.idle.held
    d.wait_until(lambda: d.exists("confirmedTitle"), 15, "the confirmation")
    assert not k.idle.held


def test_an_expired_token_is_refreshed_once_silently(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    at_review(k, d, Scenario.AUTH_EXPIRED)
    confirmed(k, d)
    assert len(k.emulator.bookings) == 1


def test_a_field_dexcare_refuses_sends_the_patient_back_to_it(
    kiosk: tuple[KioskApp, Driver],
) -> None:
    k, d = kiosk
    at_review(k, d, Scenario.FIELD_REFUSED)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("error_address.zip"), 15, "the ZIP code's problem")
    assert k.current_screen.value == "address"  # the step the ZIP code is on
    assert "could not accept" in d.text("error_address.zip")
    assert k.form.form.get("patient.firstName") == "Ana"  # nothing lost
    k.emulator.set_scenario(Scenario.NORMAL)
    next_step(k, d, "review")  # fixed (or not): back to the review, and book
    confirmed(k, d)


def test_one_provider_and_one_visit_type_are_skipped(make_kiosk: Any) -> None:
    k, d = make_kiosk(demo_settings(kiosk={"providers": ["1859604278"]}))  # one visit type
    d.tap("bookButton")
    d.tap("appointmentButton")
    d.wait_until(lambda: d.exists("time_0_0") and not k.session.busy, 15, "straight to the times")
    assert k.current_screen.value == "provider_times"
    d.tap("backButton")
    d.wait_until(lambda: d.exists("walkInButton"), 5, "back to the care choice")


def test_the_summary_is_cut_nowhere(kiosk: tuple[KioskApp, Driver]) -> None:
    """The longest summary (provider, clinic, a Spanish date) takes two lines at 1080p and loses
    nothing: cut in the middle on one line it read "Evergreen Family Medici…n Anne"."""
    k, d = kiosk
    d.tap("languageButton")
    to_provider_times(k, d)
    d.tap("time_0_0")
    d.tap("forMeButton")
    strip = d.item("summaryStrip")
    assert "Evergreen Family Medicine - Queen Anne" in strip["text"]
    assert strip["text"].count(" · ") == 2  # provider · clinic · the time
    assert not strip["truncated"]


def test_spanish_dates_are_day_first(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    d.tap("languageButton")
    to_provider_times(k, d)
    d.tap("time_0_0")
    d.tap("forMeButton")
    fill(k, d, {"patient.dob": "03151990"})  # typed day first: 15031990
    d.tap("field_patient.firstName")
    assert not d.exists("error_patient.dob")
    assert d.probe("field_patient.dob")["text"] == "15/03/1990"
    d.tap("languageButton")  # to English: the date is rewritten, not misread
    d.wait_until(lambda: d.probe("field_patient.dob").get("text") == "03/15/1990", 5, "MM/DD")


def test_a_time_that_started_while_typing_is_never_sent(kiosk: tuple[KioskApp, Driver]) -> None:
    from datetime import UTC, datetime, timedelta

    from kiosk.demo.seed import DAYS_OF_SLOTS

    k, d = kiosk
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT)
    # The patient took a very long time: past every time the demo offers (a week of them). A day
    # was not enough on a Saturday, when the first time offered is Monday's.
    later = datetime.now(UTC) + timedelta(days=DAYS_OF_SLOTS + 1)
    k.session.clock = lambda: later
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("timesNotice") and not k.session.busy, 15, "fresh times")
    assert d.text("timesNotice").startswith("That time has just passed")
    assert posted(k) == []
    assert k.journal.recent() == []
