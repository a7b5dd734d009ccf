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
from kiosk.tour import DEMO_CLINIC, DEMO_PROVIDER, DEMO_VISIT_TYPE, PATIENT


def key(d: Driver, k: Qt.Key, text: str = "") -> None:
    QTest.keyClick(d.window, k)
    d.pump(0.02)


def focused(d: Driver) -> str:
    item = d.window.activeFocusItem()
    return item.objectName() if item is not None else ""


def focus(d: Driver, name: str, limit: int = 150) -> None:
    d.item(name, timeout=15)
    for _ in range(limit):
        if focused(d) == name:
            return
        key(d, Qt.Key.Key_Tab)
    raise AssertionError(f"{name} cannot be reached with Tab (stuck at {focused(d)!r})")


def choose(d: Driver, name: str) -> None:
    focus(d, name)
    key(d, Qt.Key.Key_Return)
    d.pump(0.1)


def type_into(d: Driver, name: str, text: str) -> None:
    focus(d, name)
    d.type_text(text)  # key events, one per character


def wait_screen(k: KioskApp, d: Driver, screen: str) -> None:
    d.wait_until(lambda: k.current_screen.value == screen and not k.busy, 15, screen)


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_provider_booking_by_keys_alone_with_every_step_spoken(
    kiosk: tuple[KioskApp, Driver], language: str
) -> None:
    k, d = kiosk
    if language == "es":
        choose(d, "languageButton")
    key(d, Qt.Key.Key_F1)  # the keypad's Help key: speech on, the screen read
    assert k.speech.audioMode
    screens: dict[str, list[str]] = {}

    def heard(screen: str) -> None:
        wait_screen(k, d, screen)
        d.pump(0.2)
        screens[screen] = list(k.speech._last)
        assert screens[screen], f"nothing spoken on {screen}"

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
