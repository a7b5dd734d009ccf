"""The kiosk by keys alone (kiosk/qt/keypad.py), through the real QML: a walk-in hand-off and a
whole provider booking with key events only (Tab to move, Enter to choose, letters typed into the
fields), with speech on from the keypad's Help key; the speech keys; focus rings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQml import QQmlProperty
from PySide6.QtTest import QTest

from kiosk.app import KioskApp
from kiosk.qt.driver import Driver
from kiosk.qt.focus import focus_info
from kiosk.tour import DEMO_CLINIC, DEMO_PROVIDER, DEMO_VISIT_TYPE, PATIENT


def key(d: Driver, k: Qt.Key, text: str = "") -> None:
    QTest.keyClick(d.window, k)
    d.pump(0.02)


def focused(d: Driver) -> str:
    return focus_info(d.window).name


def focus(d: Driver, name: str, limit: int = 150, *, by: Qt.Key = Qt.Key.Key_Tab) -> None:
    """``by`` (Tab, or a keypad's Down) until ``name`` has the focus."""
    d.item(name, timeout=15)
    for _ in range(limit):
        if focused(d) == name:
            return
        key(d, by)
    raise AssertionError(f"{name} cannot be reached with {by.name} (stuck at {focused(d)!r})")


def choose(d: Driver, name: str, *, by: Qt.Key = Qt.Key.Key_Tab) -> None:
    focus(d, name, by=by)
    key(d, Qt.Key.Key_Return)
    d.pump(0.1)


def type_into(d: Driver, name: str, text: str) -> None:
    focus(d, name)
    d.type_text(text)  # key events, one per character


def wait_screen(k: KioskApp, d: Driver, screen: str) -> None:
    d.wait_until(lambda: k.current_screen.value == screen and not k.busy, 15, screen)


def spoken_on(k: KioskApp, d: Driver, screen: str) -> list[str]:
    """The screen is up, and what was said on arriving (never nothing)."""
    wait_screen(k, d, screen)
    d.pump(0.2)
    said = list(k.speech._last)
    assert said, f"nothing spoken on {screen}"
    return said


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_provider_booking_by_keys_alone_with_every_step_spoken(
    kiosk: tuple[KioskApp, Driver], language: str
) -> None:
    k, d = kiosk
    if language == "es":
        choose(d, "languageButton")
    key(d, Qt.Key.Key_F1)  # the keypad's Help key: speech on, the screen read
    assert k.speech.audioMode

    def heard(screen: str) -> None:
        spoken_on(k, d, screen)

    choose(d, "bookButton")
    heard("care")
    choose(d, "appointmentButton")
    heard("providers")
    choose(d, f"provider_{DEMO_PROVIDER}")
    heard("visit_types")
    choose(d, f"visitType_{DEMO_VISIT_TYPE}")
    heard("provider_times")
    choose(d, "time_0_0")
    heard("who")
    choose(d, "forMeButton")
    heard("patient")
    dob = PATIENT["patient.dob"]
    if language == "es":
        dob = dob[2:4] + dob[:2] + dob[4:]
    for field, value in (("patient.firstName", "Ana"), ("patient.lastName", "Lopez"),
                         ("patient.dob", dob)):  # fmt: skip
        type_into(d, f"field_{field}", value)
    choose(d, "option_patient.gender_female")
    # The focus stays on the option chosen (the fields are rebuilt), said with "chosen" in words.
    d.wait_until(lambda: focused(d) == "option_patient.gender_female", 5, "the focus kept")
    said = k.speech.spoken[-1]
    assert (", seleccionado" if language == "es" else ", chosen") in said and "✓" not in said, said
    choose(d, "nextButton")
    heard("contact")
    type_into(d, "field_patient.phone", PATIENT["patient.phone"])
    type_into(d, "field_patient.email", PATIENT["patient.email"])
    choose(d, "nextButton")
    heard("address")
    for field in ("address.line1", "address.city", "address.zip"):
        type_into(d, f"field_{field}", PATIENT[field])
    choose(d, "pick_address.state")
    choose(d, "choose_WA")
    d.wait_until(lambda: not d.exists("picker"), 5, "the list to close")
    # Back on the field's button, not on an option of the closed list.
    d.wait_until(lambda: focused(d) == "pick_address.state", 5, "the focus back on the field")
    choose(d, "nextButton")
    heard("reason")
    type_into(d, "field_reason", "Sore throat")
    choose(d, "nextButton")
    heard("payment")
    choose(d, "option_pay.method_self")
    choose(d, "nextButton")
    heard("review")
    choose(d, "submitButton")
    d.wait_until(lambda: d.exists("confirmedTitle"), 20, "booked")
    heard("confirmed")
    spoken = "\n".join(k.speech.spoken)
    for value in ("Ana", "Lopez", "ana@example.com", "12 Cedar St"):
        assert value not in spoken, f"{value} spoken through the speaker"
    assert ", button" not in spoken if language == "es" else ", botón" not in spoken


def test_a_walk_in_hand_off_by_keys(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    key(d, Qt.Key.Key_F1)
    choose(d, "bookButton")
    choose(d, "walkInButton")
    wait_screen(k, d, "clinics")
    choose(d, f"clinic_{DEMO_CLINIC}")
    wait_screen(k, d, "times")
    choose(d, "time_0_0")
    d.wait_until(lambda: d.exists("webView"), 15, "the hand-off")
    d.pump(0.3)
    assert any("booking page" in s for s in k.speech._last), k.speech._last
    # The hand-off has no Back (the screen offers none either); the keys stay ours on the page.
    key(d, Qt.Key.Key_F4)
    d.pump(0.2)
    assert k.current_screen.value == "handoff"
    key(d, Qt.Key.Key_F1)
    d.pump(0.1)
    assert k.session.help.requested


def test_the_speech_keys(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    key(d, Qt.Key.Key_F1)
    screen = list(k.speech._last)
    key(d, Qt.Key.Key_F2)
    assert k.speech.spoken[-len(screen) :] == screen
    key(d, Qt.Key.Key_F3)
    assert k.speech.paused
    key(d, Qt.Key.Key_F3)
    assert not k.speech.paused
    volume = k.speech.volume
    key(d, Qt.Key.Key_F10)
    assert k.speech.volume > volume
    key(d, Qt.Key.Key_F9)
    key(d, Qt.Key.Key_F9)
    assert k.speech.volume < volume
    key(d, Qt.Key.Key_F1)  # in audio mode, Help asks for staff
    assert k.session.help.requested


def test_arrows_move_like_tab_and_a_ring_shows(kiosk: tuple[KioskApp, Driver]) -> None:
    _, d = kiosk
    focus(d, "bookButton")
    key(d, Qt.Key.Key_Down)
    after = focused(d)
    assert after and after != "bookButton"
    key(d, Qt.Key.Key_Up)
    assert focused(d) == "bookButton"
    item = d.window.activeFocusItem()
    assert item.property("activeFocus") is True
    ring = QQmlProperty.read(item.property("background"), "border.width")
    assert ring == 6, "no focus ring"


# ----------------------------------------------------------------- a keypad: arrows, Enter, F keys
PAD_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Return,
            Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4, Qt.Key.Key_F9,
            Qt.Key.Key_F10}  # fmt: skip


def pad(d: Driver, k: Qt.Key) -> None:
    assert k in PAD_KEYS, "a keypad has no such key"
    key(d, k)


def pad_focus(d: Driver, name: str) -> None:
    focus(d, name, by=Qt.Key.Key_Down)


def pad_choose(d: Driver, name: str) -> None:
    choose(d, name, by=Qt.Key.Key_Down)


def spell(k: KioskApp, d: Driver, field: str, text: str) -> None:
    """Into ``field`` with the letter board: Enter opens it, the arrows walk to each key (Down a
    row at a time, then Left or Right), Enter types it, and Done closes it."""
    from kiosk.qt.letterboard import DONE

    pad_focus(d, field)
    pad(d, Qt.Key.Key_Return)
    d.wait_until(lambda: k.letter_board.shown, 5, "the letter board")
    for ch in [*text.upper(), DONE]:
        for arrow in k.letter_board.arrows_to(ch):
            pad(d, arrow)
        pad(d, Qt.Key.Key_Return)
    assert not k.letter_board.shown
    assert focused(d) == field, "back in the field"


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_provider_booking_with_the_keypad_alone(
    kiosk: tuple[KioskApp, Driver], language: str
) -> None:
    """No Tab, no letters: what a tactile keypad has (arrows, Enter, the function keys)."""
    k, d = kiosk
    if language == "es":
        pad_choose(d, "languageButton")
    pad(d, Qt.Key.Key_F1)
    assert k.speech.audioMode

    def arrived(screen: str) -> None:
        """The screen is up, and was spoken: its step or title first."""
        said = spoken_on(k, d, screen)
        assert said[0] in (k.session.stepText, d.narration()[0]), (screen, said[:2])

    pad_choose(d, "bookButton")
    pad_choose(d, "appointmentButton")
    arrived("providers")
    pad_choose(d, f"provider_{DEMO_PROVIDER}")
    arrived("visit_types")
    pad_choose(d, f"visitType_{DEMO_VISIT_TYPE}")
    arrived("provider_times")
    pad_choose(d, "time_0_0")
    arrived("who")
    pad_choose(d, "forMeButton")
    arrived("patient")
    dob = PATIENT["patient.dob"]
    if language == "es":
        dob = dob[2:4] + dob[:2] + dob[4:]
    spell(k, d, "field_patient.firstName", "Ana")
    assert d.text("field_patient.firstName") == "Ana", "a name starts upper case"
    said = "\n".join(k.speech.spoken)
    assert "N" in k.speech.spoken and ("Done" in said or "Listo" in said), "each key spoken"
    spell(k, d, "field_patient.lastName", "Lopez")
    spell(k, d, "field_patient.dob", dob)
    assert d.text("field_patient.dob") == f"{dob[:2]}/{dob[2:4]}/{dob[4:]}"
    pad_choose(d, "option_patient.gender_female")
    pad_choose(d, "nextButton")
    arrived("contact")
    spell(k, d, "field_patient.phone", PATIENT["patient.phone"])
    spell(k, d, "field_patient.email", PATIENT["patient.email"])
    assert d.text("field_patient.email") == "ana@example.com", "an email stays lower case"
    pad_choose(d, "nextButton")
    arrived("address")
    for field in ("address.line1", "address.city", "address.zip"):
        spell(k, d, f"field_{field}", PATIENT[field])
    assert d.text("field_address.line1") == "12 Cedar St"
    pad_choose(d, "pick_address.state")
    pad_choose(d, "choose_WA")
    d.wait_until(lambda: not d.exists("picker"), 5, "the list to close")
    pad_choose(d, "nextButton")
    arrived("reason")
    spell(k, d, "field_reason", "Sore throat")
    assert d.text("field_reason") == "Sore throat", "a reason is a sentence"
    pad_choose(d, "nextButton")
    arrived("payment")
    pad_choose(d, "option_pay.method_self")
    pad_choose(d, "nextButton")
    arrived("review")
    pad_choose(d, "submitButton")
    d.wait_until(lambda: d.exists("confirmedTitle"), 20, "booked")
    booked = k.emulator.bookings if k.emulator is not None else []
    assert booked, "the emulator took the booking"
    spoken = "\n".join(k.speech.spoken)
    for value in ("Lopez", "ana@example.com", "12 Cedar St"):
        assert value not in spoken, f"{value} read back through the speaker"


def test_the_letter_board_closes_with_back_and_tab(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    choose(d, "bookButton")
    choose(d, "appointmentButton")
    wait_screen(k, d, "providers")
    choose(d, f"provider_{DEMO_PROVIDER}")
    choose(d, f"visitType_{DEMO_VISIT_TYPE}")
    choose(d, "time_0_0")
    choose(d, "forMeButton")
    pad_focus(d, "field_patient.firstName")
    pad(d, Qt.Key.Key_Return)
    assert k.letter_board.shown and d.exists("letterBoard")
    assert not d.probe("keyboard").get("active"), "the board takes the keyboard's place"
    pad(d, Qt.Key.Key_F4)
    assert not k.letter_board.shown and k.current_screen.value == "patient", "Back closes it"
    pad(d, Qt.Key.Key_Return)
    assert k.letter_board.shown
    key(d, Qt.Key.Key_Tab)
    assert not k.letter_board.shown and focused(d) != "field_patient.firstName"
    # A keyboard that typed into the field keeps Enter's meaning: on to the next.
    focus(d, "field_patient.firstName")
    d.type_text("Ana")
    key(d, Qt.Key.Key_Return)
    assert not k.letter_board.shown and focused(d) != "field_patient.firstName"
    # A tap on a key types it too; the reset closes the board.
    focus(d, "field_patient.lastName")
    pad(d, Qt.Key.Key_Return)
    d.tap("boardKey_11")  # L
    assert d.text("field_patient.lastName") == "L"
    k.session.startOver()
    d.wait_until(lambda: d.exists("bookButton"), 5, "Welcome")
    assert not k.letter_board.shown


def page_focus(d: Driver) -> str:
    return str(d.js("document.activeElement ? document.activeElement.id : ''"))


def pad_to_page(k: KioskApp, d: Driver, element: str, limit: int = 20) -> None:
    """Down through DexCare's page, as a keypad moves, until ``element`` has the focus there."""
    for _ in range(limit):
        if page_focus(d) == element:
            d.wait_until(lambda: k.letter_board.page_focus != "", 5, "the page's focus described")
            return
        pad(d, Qt.Key.Key_Down)
        d.pump(0.25)
    raise AssertionError(f"#{element} cannot be reached with Down (at #{page_focus(d)})")


def spell_on_page(k: KioskApp, d: Driver, element: str, text: str) -> None:
    from kiosk.qt.letterboard import DONE

    pad_to_page(k, d, element)
    pad(d, Qt.Key.Key_Return)
    d.wait_until(lambda: k.letter_board.shown, 5, "the letter board")
    for ch in [*text.upper(), DONE]:
        for arrow in k.letter_board.arrows_to(ch):
            pad(d, arrow)
        pad(d, Qt.Key.Key_Return)
    typed = f"document.getElementById('{element}').value"
    d.wait_until(lambda: d.js(typed) == text, 5, f"{text!r} in #{element} (has {d.js(typed)!r})")


def test_the_hand_off_page_with_the_keypad_alone(kiosk: tuple[KioskApp, Driver]) -> None:
    """As far as the page allows: the demo page names its fields, so every part of it is said
    and every field can be spelled."""
    from kiosk.tour import wait_for_booking_page

    k, d = kiosk
    pad(d, Qt.Key.Key_F1)
    pad_choose(d, "bookButton")
    pad_choose(d, "walkInButton")
    wait_screen(k, d, "clinics")
    pad_choose(d, f"clinic_{DEMO_CLINIC}")
    wait_screen(k, d, "times")
    pad_choose(d, "time_0_0")
    wait_for_booking_page(d)
    d.pump(0.3)
    assert any("Up and Down move through it" in s for s in k.speech._last), k.speech._last
    pad_to_page(k, d, "first")
    d.wait_until(lambda: "First name, field, empty" in k.speech.spoken, 5, "the field said")
    spell_on_page(k, d, "first", "Ana")
    d.wait_until(lambda: "First name, field, filled in" in k.speech.spoken, 5, "said again")
    spell_on_page(k, d, "last", "Lopez")
    spell_on_page(k, d, "dob", "02/03/1990")
    spell_on_page(k, d, "phone", "2065550100")
    spell_on_page(k, d, "reason", "Sore throat")
    pad_to_page(k, d, "book")
    assert k.speech.spoken[-1] == "Book this visit, button", k.speech.spoken[-3:]
    pad(d, Qt.Key.Key_Return)
    d.wait_until(lambda: d.exists("doneTitle"), 15, "the thank-you screen")
    spoken = "\n".join(k.speech.spoken)
    assert "Lopez" not in spoken and "2065550100" not in spoken, "read back through the speaker"
