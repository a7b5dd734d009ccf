"""Idle warning, extension and reset; language switching; the global crash handler."""

from __future__ import annotations

import logging
import re
import sys
from typing import Any

import pytest

from kiosk.app import KioskApp
from kiosk.flow.idle import IdlePolicy
from kiosk.qt.driver import Driver
from tests.qt.conftest import to_page, to_times


def spaced(value: object) -> str:
    return str(value).replace("\u202f", " ").replace("\xa0", " ").replace("\\u202f", " ")


def quick_idle(k: KioskApp, seconds: int = 1) -> None:
    """The real timers, with a one-second quiet period on every screen (the warning keeps its 20+ s;
    tests tick it down by hand)."""
    k.idle.policy = IdlePolicy(default_seconds=seconds, warning_seconds=20, extensions=10)
    k.idle.state.policy = k.idle.policy


def test_idle_warning_then_more_time_then_reset(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_times(k, d)
    quick_idle(k)
    k.idle.set_screen("times")
    d.wait_until(lambda: d.exists("moreTimeButton"), 5, "the idle warning")
    assert k.session.idleSecondsLeft == 20
    assert "20 seconds" in d.text("idleCountdown")
    d.wait_until(lambda: k.session.idleSecondsLeft <= 19, 3, "the countdown")
    d.tap("moreTimeButton")
    assert not d.exists("moreTimeButton")
    assert k.session.extensionsLeft == 9
    assert k.session.screen == "times"
    d.wait_until(lambda: d.exists("moreTimeButton"), 5, "the warning again")
    for _ in range(25):
        k.idle._count_down()
    d.wait_until(lambda: d.exists("bookButton"), 5, "Welcome after the reset")
    assert k.session.screen == "welcome"


def test_more_time_can_be_asked_for_ten_times(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_times(k, d)
    for n in range(10):
        k.idle._warn()
        assert d.exists("moreTimeButton")
        d.tap("moreTimeButton")
        assert k.session.extensionsLeft == 9 - n
    k.idle._warn()  # no extension left: the next expiry resets at once
    d.wait_until(lambda: d.exists("bookButton"), 5, "Welcome")


def test_input_anywhere_restarts_the_quiet_period(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_times(k, d)
    quick_idle(k, 2)
    k.idle.set_screen("times")
    for _ in range(6):  # 3 s of taps on empty space: never quiet for 2 s
        d.tap_at(
            d.window.contentItem()
            .mapToScene(d.window.contentItem().boundingRect().center())
            .toPoint()
        )
        d.pump(0.5)
        assert not k.session.idleWarning
    d.wait_until(lambda: k.session.idleWarning, 4, "the warning once the taps stop")


def test_typing_in_the_web_page_counts_as_activity(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    quick_idle(k, 2)
    k.idle.set_screen("handoff")
    d.tap_in_page("#first")
    for ch in "Rosalind":
        d.type_text(ch)
        d.pump(0.35)
    assert not k.session.idleWarning


def test_welcome_never_times_out(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    quick_idle(k)
    k.idle.set_screen("welcome")
    d.pump(1.5)
    assert not k.session.idleWarning


def test_the_warning_gives_at_least_twenty_seconds() -> None:
    with pytest.raises(ValueError, match="20"):
        IdlePolicy(warning_seconds=19)
    with pytest.raises(ValueError, match="10"):
        IdlePolicy(extensions=9)


def test_language_switch_on_welcome_and_mid_journey(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    assert d.text("bookButton") == "Book a visit"
    d.tap("languageButton")
    d.wait_until(lambda: d.text("bookButton") == "Reservar una visita", 5, "Spanish")
    assert d.text("welcomeTitle") == "¡Bienvenido! Reserve su visita aquí."
    assert d.text("languageButton") == "English"
    to_times(k, d)
    assert d.text("timesTitle") == "Elija un horario"
    assert (
        k.walk_in.days[0]["label"] in ("Hoy", "Mañana") or k.walk_in.days[0]["label"][0].isupper()
    )
    assert re.search(r"\d:\d\d\s?[ap]\.\s?m\.", spaced(k.walk_in.days))  # 10:45 a.m.
    d.tap("languageButton")
    d.wait_until(lambda: d.text("timesTitle") == "Choose a time", 5, "English again")
    assert re.search(r"\d:\d\d\s?[AP]M", spaced(k.walk_in.days))  # 10:45 AM


def test_the_web_page_gets_the_language(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    d.tap("languageButton")
    to_page(k, d)
    assert d.js("document.documentElement.lang") == "es"
    assert d.js("document.querySelector('label[for=first]').textContent") == "Nombre"


def test_the_training_banner_is_translated(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    d.tap("languageButton")
    d.wait_until(lambda: k.session.language == "es", 5, "Spanish")
    assert "CAPACITACIÓN" in str(
        k.engine.rootObjects()[0]
        .findChild(object, "trainingBanner")
        .childItems()[0]
        .property("text")
    )


def test_reset_returns_to_english_and_normal_text(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    d.tap("languageButton")
    d.tap("largeTextButton")
    assert k.session.largeText
    to_times(k, d)
    d.tap("startOverButton")
    d.wait_until(lambda: d.exists("bookButton"), 5, "Welcome")
    assert k.session.language == "en"
    assert not k.session.largeText
    assert d.text("bookButton") == "Book a visit"


def test_an_unexpected_error_says_sorry_and_starts_again(
    kiosk: tuple[KioskApp, Driver], caplog: Any
) -> None:
    k, d = kiosk
    to_times(k, d)
    with caplog.at_level(logging.ERROR, logger="kiosk.crash"):
        try:
            raise RuntimeError("Rosalind Fairweather 1961-07-04")  # what a patient typed, say
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    d.wait_until(lambda: d.exists("apologyTitle"), 5, "the apology")
    assert k.session.screen == "welcome"
    assert "RuntimeError" in caplog.text
    assert "Rosalind" not in caplog.text and "1961" not in caplog.text
