"""Whole journeys must not drain the reference counts of ``True`` and ``False``.

PySide6 6.12.0's ``SignalInstance.emit()`` releases a reference to ``True`` it never took. On
Python 3.11 (Debian 12's) ``True`` is an ordinary object: after about 200 patients its count
reached zero and the kiosk aborted ("bool_dealloc: deallocating True or False"). The kiosk emits
through ``kiosk.qt.signals.emit`` instead; these tests walk real journeys through the QML and fail
when any path of ours (a Property, a Slot, a signal, a QML call) drains either bool again.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal

from kiosk.app import KioskApp
from kiosk.qt.driver import Driver
from kiosk.qt.signals import emit
from kiosk.tour import (
    PATIENT,
    fill_booking_page,
    to_provider_times,
    to_review,
    to_times,
    wait_for_booking_page,
)

# A drain is about 16 per walk-in journey; objects that merely hold a bool come and go by a few.
TOLERANCE = 8


def counts() -> tuple[int, int]:
    gc.collect()
    return sys.getrefcount(True), sys.getrefcount(False)


def walk_in(k: KioskApp, d: Driver) -> None:
    to_times(k, d)
    d.tap("time_0_0")
    d.wait_until(lambda: d.exists("webView"), 10, "the web view")
    wait_for_booking_page(d)
    fill_booking_page(d, "Refcount", "Walk", "Cough")
    d.js("(() => { document.getElementById('form').requestSubmit(); return true })()")
    d.wait_until(lambda: d.exists("finishButton"), 20, "the thank-you screen")
    d.tap("finishButton")
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")


def provider(k: KioskApp, d: Driver) -> None:
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("confirmedTitle"), 20, "the confirmation")
    d.tap("confirmedFinishButton")
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")


def test_walk_in_journeys_keep_true_and_false_alive(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    walk_in(k, d)  # warm-up: caches, the first profile, QML components
    before = counts()
    for _ in range(3):
        walk_in(k, d)
    after = counts()
    assert after[0] - before[0] > -TOLERANCE, f"True lost {before[0] - after[0]} references"
    assert after[1] - before[1] > -TOLERANCE, f"False lost {before[1] - after[1]} references"


def test_provider_journeys_keep_true_and_false_alive(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    provider(k, d)
    before = counts()
    for _ in range(2):
        provider(k, d)
        to_provider_times(k, d)
        d.tap("startOverButton")  # a session the patient ends early
        d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")
    after = counts()
    assert after[0] - before[0] > -TOLERANCE, f"True lost {before[0] - after[0]} references"
    assert after[1] - before[1] > -TOLERANCE, f"False lost {before[1] - after[1]} references"


class _Sender(QObject):
    plain = Signal()
    text = Signal(str)


def test_emit_helper_delivers_and_keeps_counts(qapp: object) -> None:
    sender, got = _Sender(), []
    sender.plain.connect(lambda: got.append("plain"))
    sender.text.connect(got.append)
    before = counts()
    for _ in range(200):
        emit(sender, "plain")
        emit(sender, "text", "hello")
    after = counts()
    assert got[:2] == ["plain", "hello"]
    assert len(got) == 400
    assert after[0] - before[0] > -TOLERANCE
    assert after[1] - before[1] > -TOLERANCE
