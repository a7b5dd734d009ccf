"""The walk-in journey end to end in demo mode, driven through the real QML by objectName."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.app import KioskApp
from kiosk.journal import BOOKED, HANDED_OFF, NOT_FINISHED
from kiosk.qt.driver import Driver
from kiosk.tour import wait_for_booking_page
from tests.qt.conftest import all_times, to_page, to_times


def test_walk_in_journey_books_the_slot(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    assert k.emulator is not None
    to_times(k, d)
    chosen = all_times(k.walk_in.days[:1])[0]
    d.tap("time_0_0")
    d.wait_until(lambda: d.exists("webView"), 10, "the web view")
    assert k.session.screen == "handoff"
    assert d.text("handoffClinic") == "Evergreen Walk-In Clinic - Capitol Hill"
    assert chosen["label"] in d.text("handoffTime")
    wait_for_booking_page(d)
    url = d.web_url()
    assert (
        "/retail?timeSlot=" in url
        and "departmentUrlName=EvergreenCapitolHill" in url
        and "brand=Evergreen" in url
    )

    # Typing inside the web page, key by key, as on the on-screen keyboard.
    d.tap_in_page("#first")
    d.wait_until(lambda: bool(d.probe("keyboard").get("active")), 5, "the on-screen keyboard")
    d.type_text("Maribel")
    assert d.js("document.getElementById('first').value") == "Maribel"
    for field, value in (
        ("last", "Quintero"),
        ("dob", "03/04/1985"),
        ("phone", "2065550188"),
        ("reason", "Earache"),
    ):
        d.tap_in_page(f"#{field}")
        d.type_text(value)
    assert d.js("document.getElementById('reason').value") == "Earache"

    (row,) = k.journal.recent()  # on DexCare's page: the journal knows, and holds no name
    assert (row.journey, row.outcome, row.slot_id) == ("walk_in", HANDED_OFF, chosen["slotId"])
    d.tap_in_page_until("#book", lambda: d.exists("doneTitle"), "the thank-you screen")
    assert k.session.screen == "done"
    assert [b.kind for b in k.emulator.bookings] == ["retail"]
    assert k.journal.recent()[0].outcome == BOOKED
    booked_at = datetime.fromisoformat(k.emulator.bookings[0].slot_key[3])
    assert (
        booked_at.isoformat(timespec="seconds") in url.replace("%2B", "+")
        or booked_at.strftime("%H:%M") in url
    )
    # The thank-you screen counts down on its own, then returns to Welcome.
    before = k.session.endingSecondsLeft
    d.wait_until(lambda: k.session.endingSecondsLeft < before, 3, "the countdown")
    d.tap("finishButton")
    d.wait_until(lambda: d.exists("bookButton"), 5, "Welcome")

    # The booked time is gone from the list for the next patient.
    to_times(k, d)
    assert chosen["slotId"] not in [t["slotId"] for t in all_times(k.walk_in.days)]


def test_back_goes_back_and_forgets_the_choice(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_times(k, d)
    d.tap("backButton")
    d.wait_until(lambda: d.exists("clinicsTitle"), 5, "the clinic list")
    assert (
        k.walk_in.placeName == "Evergreen Walk-In Clinic - Capitol Hill"
    )  # shown until another pick
    d.tap("backButton")
    d.wait_until(lambda: d.exists("careTitle"), 5, "the care choice")
    d.tap("backButton")
    d.wait_until(lambda: d.exists("bookButton"), 5, "Welcome")


def test_clinic_cards_show_hours_and_next_time(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    d.tap("bookButton")
    d.tap("walkInButton")
    d.wait_until(lambda: len(k.walk_in.clinics) == 3 and not k.session.busy, 15, "clinics")
    names = [c["name"] for c in k.walk_in.clinics]
    assert names[0].startswith("Evergreen Walk-In Clinic")
    for card in k.walk_in.clinics:
        assert card["hours"].startswith(("Open today", "Closed today"))


def test_a_network_error_keeps_the_choices_and_try_again_recovers(
    kiosk: tuple[KioskApp, Driver],
) -> None:
    k, d = kiosk
    assert k.emulator is not None
    to_times(k, d)
    k.emulator.set_scenario("offline")
    d.tap("refreshButton")
    d.wait_until(lambda: d.exists("retryButton"), 15, "the error")
    assert d.text("errorTitle") == "We can't reach the scheduling system"
    assert k.session.errors.supportCode
    assert k.walk_in.placeName  # nothing the patient chose is lost
    k.emulator.set_scenario("normal")
    d.tap("retryButton")
    d.wait_until(
        lambda: not d.exists("retryButton") and d.exists("time_0_0"), 15, "the times again"
    )
    assert k.session.screen == "times"


def test_the_clinic_list_shows_only_configured_clinics(make_kiosk: object) -> None:
    from tests.qt.conftest import demo_settings

    k, d = make_kiosk(
        demo_settings(kiosk={"departments": ["EvergreenPhoenixMidtown", "EvergreenCapitolHill"]})
    )  # type: ignore[operator]
    d.tap("bookButton")
    d.tap("walkInButton")
    d.wait_until(lambda: len(k.walk_in.clinics) == 2 and not k.session.busy, 15, "clinics")
    assert [c["urlName"] for c in k.walk_in.clinics] == [
        "EvergreenPhoenixMidtown",
        "EvergreenCapitolHill",
    ]


def test_the_handoff_page_is_shown_under_the_kiosk_bar(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    bar, web = d.probe("handoffClinic"), d.probe("webView")
    assert bar["y"] < web["y"] - web["height"] / 2
    assert d.exists("startOverButton")
    d.tap("startOverButton")
    d.wait_until(lambda: d.exists("bookButton") and not d.exists("webView"), 10, "Welcome")
    (row,) = k.journal.recent()
    assert (row.journey, row.outcome, row.correlation_id) == ("walk_in", NOT_FINISHED, "")


def test_a_journal_that_cannot_be_written_never_stops_a_walk_in(
    kiosk: tuple[KioskApp, Driver],
) -> None:
    k, d = kiosk
    k.journal._db.close()  # as good as a full disk: every write now fails
    to_times(k, d)
    d.tap("time_0_0")
    d.wait_until(lambda: d.exists("webView"), 10, "the web view")
    assert k.session.screen == "handoff"
    d.tap("startOverButton")
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")


@pytest.mark.parametrize("field", ["reason", "phone"])
def test_the_keyboard_never_covers_the_field_typed_in_the_page(
    kiosk: tuple[KioskApp, Driver], field: str
) -> None:
    """The demo page's lowest fields: with the keyboard up, the page's area ends above it and the
    focused field is inside what is left of the page."""
    k, d = kiosk
    to_page(k, d)
    d.tap_in_page(f"#{field}")
    d.wait_until(lambda: bool(d.probe("keyboard").get("active")), 5, "the on-screen keyboard")
    d.pump(0.5)  # the page's area shrinks, and the page lays itself out again
    keyboard, view = d.item("keyboard"), d.item("webView")
    assert view["y"] + view["height"] / 2 <= keyboard["y"] - keyboard["height"] / 2 + 1
    assert d.js("document.activeElement.id") == field
    box = d.js(
        "(() => { const r = document.activeElement.getBoundingClientRect();"
        " return [r.top, r.bottom, innerHeight]; })()"
    )
    assert isinstance(box, list)
    top, bottom, height = (float(v) for v in box)
    assert top >= 0 and bottom <= height, f"{field} at {top}..{bottom} of {height}"
