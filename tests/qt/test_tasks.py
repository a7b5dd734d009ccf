"""Every task lands: a failure nobody expected inside a session task (the journal, a client call,
view-model code) or anywhere else on the loop is logged by its type only, says "Sorry, let's start
again" and goes back to Welcome. Before kiosk/qt/tasks.py, the booking one left the patient on
"booking" with busy false and no way back, and qasync printed the traceback."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import Any

import pytest

from kiosk.app import KioskApp
from kiosk.demo.scenarios import Scenario
from kiosk.qt.driver import Driver
from kiosk.tour import DEMO_CLINIC, PATIENT, to_provider_times, to_review, to_times

SECRET = "Rosalind Fairweather 1961-07-04"  # what a patient typed, say


def apologized_and_home(k: KioskApp, d: Driver, caplog: Any, error: str) -> None:
    d.wait_until(lambda: d.exists("apologyTitle"), 10, "the apology")
    assert k.current_screen.value == "welcome"
    assert not k.busy
    assert k.session.tasks.running == 0
    crash = [r.getMessage() for r in caplog.records if r.name == "kiosk.crash"]
    assert crash and error in crash[0], crash
    assert "Traceback" not in caplog.text
    assert "Rosalind" not in caplog.text and "1961" not in caplog.text
    assert "never retrieved" not in caplog.text
    d.tap("apologyOkButton")
    d.wait_until(lambda: not d.exists("apologyTitle"), 5, "the apology to close")
    assert d.exists("bookButton")


def test_an_unwritable_journal_at_book_sends_nothing_and_says_so(
    kiosk: tuple[KioskApp, Driver], caplog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    k, d = kiosk
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT)
    assert k.emulator is not None
    sent_before = len(k.emulator.received)

    def unwritable(**_: Any) -> str:
        raise sqlite3.OperationalError(f"attempt to write a readonly database ({SECRET})")

    monkeypatch.setattr(k.journal, "begin", unwritable)
    with caplog.at_level(logging.INFO):
        d.tap("submitButton")
        # Not an apology any more: an expected fault of the kiosk's own, worded for the patient
        # (nothing was booked; the desk) and counted for IT, the error logged by its type only.
        d.wait_until(lambda: d.exists("outcomeTitle"), 10, "the outcome")
    assert d.text("outcomeTitle") == "Booking is not available at this kiosk right now"
    assert not k.busy and k.session.tasks.running == 0 and not k.session.apology
    assert "OperationalError" in caplog.text and "Traceback" not in caplog.text
    assert "Rosalind" not in caplog.text and "1961" not in caplog.text
    d.tap("outcomeDoneButton")
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")
    booked = [r for r in k.emulator.received[sent_before:] if r.path.endswith("providerbooking")]
    assert booked == []  # a booking nobody recorded is never posted


def test_a_client_call_that_fails_unexpectedly_apologizes(
    kiosk: tuple[KioskApp, Driver], caplog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    k, d = kiosk
    d.tap("bookButton")
    d.tap("walkInButton")
    clinic = f"clinic_{DEMO_CLINIC}"
    d.wait_until(lambda: d.exists(clinic) and not k.busy, 15, "the clinic list")

    async def broken(*_: Any, **__: Any) -> Any:
        raise ValueError(SECRET)  # not a DexCareError: nobody expected it

    monkeypatch.setattr(k.wiring.client, "retail_slots", broken)
    with caplog.at_level(logging.INFO):
        d.tap(clinic)
        apologized_and_home(k, d, caplog, "ValueError")


def test_view_model_code_that_raises_in_a_task_apologizes(
    kiosk: tuple[KioskApp, Driver], caplog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    k, d = kiosk
    to_times(k, d)

    async def broken() -> None:
        await asyncio.sleep(0)
        raise KeyError(SECRET)

    monkeypatch.setattr(k.walk_in, "load_times", broken)
    with caplog.at_level(logging.INFO):
        d.tap("backButton")
        d.wait_until(lambda: k.current_screen.value == "clinics", 5, "the clinics")
        d.tap(f"clinic_{DEMO_CLINIC}")
        apologized_and_home(k, d, caplog, "KeyError")


def test_anything_else_on_the_loop_apologizes_too(
    kiosk: tuple[KioskApp, Driver], caplog: Any
) -> None:
    k, d = kiosk
    to_times(k, d)

    def stray() -> None:
        raise RuntimeError(SECRET)

    with caplog.at_level(logging.INFO):
        asyncio.get_event_loop().call_soon(stray)
        apologized_and_home(k, d, caplog, "RuntimeError")


def test_an_expected_dexcare_failure_is_no_apology(kiosk: tuple[KioskApp, Driver]) -> None:
    """The other side of the rule: DexCare being down is an error card with Try again, kept in
    the journey, never the apology."""
    k, d = kiosk
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT)
    assert k.emulator is not None
    k.emulator.set_scenario(Scenario.SERVER_ERROR)
    d.tap("submitButton")
    d.wait_until(lambda: not k.busy and k.current_screen.value != "booking", 15, "the outcome")
    assert not d.exists("apologyTitle")
    assert k.current_screen.value != "welcome"
