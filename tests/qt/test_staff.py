"""Staff access and training mode through the real QML: the hidden gesture, the PIN pad and its
lock-out, every panel action, out of service across a restart, scenario switching, the training
banner on every screen, no way out by keyboard, and a demo run that talks only to itself."""

from __future__ import annotations

import os
import re
import socket
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from kiosk.app import KioskApp
from kiosk.demo.scenarios import Scenario
from kiosk.journal import BOOKED, UNKNOWN
from kiosk.qt.driver import Driver
from kiosk.qt.i18n import format_time
from kiosk.staff import hash_pin
from kiosk.tour import PATIENT, panel_ready, to_provider_times, to_review
from tests.qt.conftest import demo_settings, to_page

PIN = "2468"


def settings_for(data: Path, **kiosk: Any) -> Any:
    return demo_settings(kiosk={"data_dir": data, **kiosk}, staff={"pin_hash": hash_pin(PIN)})


def unlock(k: KioskApp, d: Driver, pin: str = PIN) -> None:
    k.staff.pin_pad.open()
    d.item("pinPad")
    for ch in pin:
        d.tap(f"pin_{ch}")
    d.tap("pinOk")


def to_panel(k: KioskApp, d: Driver) -> None:
    unlock(k, d)
    panel_ready(k, d)


def test_the_corner_must_be_held_for_three_seconds(make_kiosk: Any, tmp_path: Path) -> None:
    k, d = make_kiosk(settings_for(tmp_path))
    d.tap("staffCorner")
    d.hold("staffCorner", 1.0)
    assert not d.exists("pinPad")
    d.hold("staffCorner", 3.2)
    d.wait_until(lambda: d.exists("pinPad"), 5, "the PIN pad")
    assert d.text("pinDots") == "○○○○"
    d.tap("pin_2")
    assert d.text("pinDots") == "●○○○"  # masked
    d.tap("pinCancel")
    assert not d.exists("pinPad") and k.staff.pin_pad.pinLength == 0


def test_no_pin_key_keeps_a_focus_ring_after_it_is_pressed(make_kiosk: Any, tmp_path: Path) -> None:
    """A ring left on the last key pressed would show onlookers the PIN's last digit."""
    k, d = make_kiosk(settings_for(tmp_path))
    k.staff.pin_pad.open()
    d.item("pinPad")
    for ch in "2461":
        d.tap(f"pin_{ch}")
        QTest.keyClick(d.window, Qt.Key.Key_Tab)  # nor can the keyboard walk onto one
        d.pump(0.05)
        focused = d.window.activeFocusItem()
        name = focused.objectName() if focused is not None else ""
        assert not name.startswith("pin"), f"{name} has the focus after {ch}"
    assert k.staff.pin_pad.pinLength == 4


def test_pin_right_wrong_and_locked_out_across_a_restart(make_kiosk: Any, tmp_path: Path) -> None:
    k, d = make_kiosk(settings_for(tmp_path))
    unlock(k, d, "1111")
    d.wait_until(lambda: "4" in d.text("pinMessage"), 5, "tries left")
    assert d.text("pinMessage") == "Wrong PIN. 4 tries left."
    assert not d.exists("staffTitle")
    for _ in range(4):
        for ch in "1111":
            d.tap(f"pin_{ch}")
        d.tap("pinOk")
        d.wait_until(lambda: k.session.tasks.running == 0, 5, "the PIN checked")
    d.wait_until(lambda: "Too many" in d.text("pinMessage"), 5, "the lock-out")
    assert 50 < k.staff.pin_pad.lockedSeconds <= 60  # the first lock-out in a row: a minute
    assert not d.probe("pin_1")["enabled"]
    (
        k.staff.pin_pad.digit("2"),
        k.staff.pin_pad.digit("4"),
        k.staff.pin_pad.digit("6"),
        k.staff.pin_pad.digit("8"),
    )
    k.staff.pin_pad.submit()
    d.pump(0.5)
    assert not d.exists("staffTitle")  # even the right PIN waits out the lock
    # a restart does not lift it
    k2, d2 = make_kiosk(settings_for(tmp_path))
    k2.staff.pin_pad.open()
    assert "Too many" in d2.text("pinMessage")


def test_the_panel_locks_when_left_and_when_left_alone(make_kiosk: Any, tmp_path: Path) -> None:
    k, d = make_kiosk(settings_for(tmp_path))
    to_panel(k, d)
    assert k.staff.unlocked and d.exists("status_0")
    d.tap("closePanelButton")
    d.wait_until(lambda: d.exists("bookButton"), 5, "Welcome")
    assert not k.staff.unlocked and k.staff.status == []
    to_panel(k, d)
    k.idle.expired.emit()  # the panel's idle time ran out
    d.wait_until(lambda: d.exists("bookButton"), 5, "Welcome")
    assert not k.staff.unlocked


def test_status_and_the_connection_check(make_kiosk: Any, tmp_path: Path) -> None:
    k, d = make_kiosk(settings_for(tmp_path))
    to_panel(k, d)
    rows = {r["label"]: r["value"] for r in k.staff.status}
    assert rows["Mode"].startswith("Training")
    assert rows["Version"] and rows["Free disk"].endswith("GiB")
    # opening the panel checks the connection by itself: the status is today's, not the start's
    d.wait_until(lambda: dict((r["label"], r["value"]) for r in k.staff.status)["Scheduling system"] == "Reachable", 10, "reachable")  # fmt: skip
    assert k.emulator is not None
    k.emulator.set_scenario(Scenario.OFFLINE)
    d.tap("checkConnectionButton")
    d.wait_until(lambda: dict((r["label"], r["value"]) for r in k.staff.status)["Scheduling system"] == "Not reachable", 20, "not reachable")  # fmt: skip


def test_every_outcome_and_failure_has_words_for_staff(kiosk: tuple[KioskApp, Driver]) -> None:
    """What the journal can hold, and why DexCare was last unreachable: never a raw code."""
    from kiosk.dexcare import DexCareError
    from kiosk.journal import BOOKED, HANDED_OFF, NOT_FINISHED, SENT

    def classes(cls: type[DexCareError]) -> list[type[DexCareError]]:
        return [cls, *(g for c in cls.__subclasses__() for g in classes(c))]

    k, _ = kiosk
    errors = [c for c in classes(DexCareError) if c is not DexCareError]
    journal = {c.code for c in errors} | {BOOKED, UNKNOWN, SENT, HANDED_OFF, NOT_FINISHED}
    for code in journal:
        label = k.staff._outcome_label(code)
        assert label and "(" not in label and "_" not in label, code
    for code in {c.code for c in errors if not c.answered}:  # what the health status can show
        assert "_" not in k.staff._failure_label(code), code


def test_a_walk_in_hand_off_shows_on_the_panel_with_its_visit_time(
    make_kiosk: Any, tmp_path: Path
) -> None:
    k, d = make_kiosk(settings_for(tmp_path))
    to_page(k, d)
    chosen = k.walk_in.chosenTime  # "Today, 11:00 AM" on the patient's screen
    d.tap("startOverButton")
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")
    to_panel(k, d)
    (row,) = k.staff.attempts
    assert (row["journey"], row["outcome"], row["code"], row["place"]) == (
        "Walk-in", "Left the booking page before the end", "",
        "Evergreen Walk-In Clinic - Capitol Hill")  # fmt: skip
    assert row["visit"].endswith(chosen.split(", ")[-1])  # staff find it by clinic and time
    assert d.exists("attempt_0") and not d.exists("attemptCode_0")  # a walk-in has no code
    # When it happened, on the kiosk's own clock (its zone: a training kiosk's is the demo
    # clinics') and in the panel's language: not UTC 24-hour.
    (attempt,) = k.journal.recent()
    local = datetime.fromisoformat(attempt.started_at).astimezone(k.zone)
    hour12 = f"{local.hour % 12 or 12}:{local:%M}"
    assert re.fullmatch(rf"{hour12}\s[AP]M", row["time"]), row["time"]
    assert row["time"].endswith("AM" if local.hour < 12 else "PM")
    assert k.languages.switch("es")
    es = k.staff.attempts[0]["time"]  # US Spanish: "1:13 p.m."
    assert re.fullmatch(rf"{hour12}\s[ap]\.\s?m\.", es), es


def test_the_journal_shows_unknown_outcomes_first_and_they_can_be_checked(
    make_kiosk: Any, tmp_path: Path
) -> None:
    k, d = make_kiosk(settings_for(tmp_path))
    assert k.emulator is not None
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("confirmedTitle"), 15, "booked")
    d.tap("confirmedFinishButton")
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT | {"patient.firstName": "Bea"})
    k.emulator.set_scenario(Scenario.OUTCOME_UNKNOWN)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("outcomeCode"), 15, "outcome unknown")
    code = d.text("outcomeCode")
    d.tap("outcomeDoneButton")
    k.emulator.set_scenario(Scenario.NORMAL)
    to_panel(k, d)
    first, second = k.staff.attempts
    assert first["unresolved"] and first["code"] in code and not second["unresolved"]
    assert "Lopez" not in d.all_text() and "Bea" not in d.all_text()  # no PHI on the panel
    d.tap("check_0")
    d.wait_until(lambda: not k.staff.attempts[0]["unresolved"], 5, "checked")
    (row,) = [a for a in k.journal.recent() if a.outcome == UNKNOWN]
    assert row.checked_at is not None


def test_a_busy_day_comes_a_page_at_a_time(make_kiosk: Any, tmp_path: Path) -> None:
    """Hundreds of rows a day: the panel builds the newest twenty, and more when asked."""
    k, d = make_kiosk(settings_for(tmp_path))
    for i in range(25):
        attempt = k.journal.begin(journey="provider", department_id="2201", npi="1520384714",
                                  slot_id="c2xvdA==", visit_type_id="3001", correlation_id=f"c-{i}")  # fmt: skip
        k.journal.finish(attempt, BOOKED)
    to_panel(k, d)
    assert d.exists("attempt_19") and not d.exists("attempt_20")
    assert d.text("journalShown") == "Showing 20 of today's 25."
    d.tap("showMoreButton")
    d.wait_until(lambda: d.exists("attempt_24"), 5, "the rest of the day")
    assert not d.exists("showMoreButton") and not d.exists("journalShown")
    d.tap("closePanelButton")
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")
    to_panel(k, d)  # the next visit starts from the newest again
    assert d.exists("attempt_19") and not d.exists("attempt_20")


@pytest.mark.parametrize(("button", "first"), [("assistWalkInButton", "clinic_EvergreenCapitolHill"),
                                                ("assistAppointmentButton", "provider_1520384714")])  # fmt: skip
def test_assisted_booking_has_its_badge_and_longer_timeouts(
    make_kiosk: Any, tmp_path: Path, button: str, first: str
) -> None:
    k, d = make_kiosk(settings_for(tmp_path))
    to_panel(k, d)
    d.tap(button)
    d.wait_until(lambda: d.exists(first) and not k.session.busy, 15, "the journey")
    assert d.exists("assistingBadge") and d.text("assistingBadge") == ""
    assert "Staff assisting" in d.all_text()
    assert k.idle._factor == 3
    assert not k.staff.unlocked  # leaving the panel locked it
    assert d.exists("languageButton")
    d.tap("startOverButton")
    d.wait_until(lambda: d.exists("bookButton"), 5, "Welcome")
    assert not k.session.assisted and k.idle._factor == 1


def test_assisting_keeps_the_language_the_panel_is_in(make_kiosk: Any, tmp_path: Path) -> None:
    k, d = make_kiosk(settings_for(tmp_path))
    to_panel(k, d)
    d.tap("languageButton")  # staff and patient speak Spanish
    d.wait_until(lambda: k.languages.current == "es", 5, "Spanish")
    d.tap("assistAppointmentButton")
    d.wait_until(lambda: d.exists("provider_1520384714") and not k.session.busy, 15, "the journey")
    assert k.languages.current == "es" and "Con ayuda del personal" in d.all_text()
    d.tap("startOverButton")  # the patient's session ends as any other: in the first language
    d.wait_until(lambda: d.exists("bookButton") and k.languages.current == "en", 5, "Welcome")


def test_out_of_service_survives_a_restart(make_kiosk: Any, tmp_path: Path) -> None:
    k, d = make_kiosk(settings_for(tmp_path))
    to_panel(k, d)
    d.tap("outOfServiceButton")
    d.tap("closePanelButton")
    d.wait_until(lambda: d.exists("outOfServiceTitle_0"), 5, "out of service")
    assert d.text("outOfServiceTitle_1").startswith("Este quiosco")  # every language at once
    assert not d.exists("bookButton")
    k.session.startOver()  # a reset keeps it out of service
    assert k.session.screen == "out_of_service"
    k2 = KioskApp(settings_for(tmp_path))
    k2.window.resize(1920, 1080)
    k2.window.show()
    d2 = Driver(k2.window)
    try:
        d2.wait_until(lambda: d2.exists("outOfServiceTitle_0"), 10, "out of service after restart")
        d2.hold("staffCorner", 3.2)
        for ch in PIN:
            d2.tap(f"pin_{ch}")
        d2.tap("pinOk")
        panel_ready(k2, d2)
        d2.tap("outOfServiceButton")
        d2.tap("closePanelButton")
        d2.wait_until(lambda: d2.exists("bookButton"), 5, "back in service")
    finally:
        import asyncio

        task = asyncio.ensure_future(k2.aclose())
        d2.wait_until(task.done, 10, "shutdown")


def test_exit_to_desktop_is_staff_only(make_kiosk: Any, tmp_path: Path) -> None:
    k, d = make_kiosk(settings_for(tmp_path))
    asked: list[bool] = []
    k.staff.exitRequested.connect(lambda: asked.append(True))
    k.staff.exitToDesktop()
    assert asked == []  # locked: nothing
    to_panel(k, d)
    d.tap("exitButton")
    assert asked == []  # it asks first
    d.tap("exitConfirmNo")
    assert asked == [] and not d.exists("exitConfirm")
    d.tap("exitButton")
    d.tap("exitConfirmYes")
    assert asked == [True]


def test_under_systemd_the_way_out_is_a_restart(
    make_kiosk: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The appliance has no desktop, and the unit starts the kiosk again a second after it quits.
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(tmp_path / "notify.sock"))
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "notify.sock"))
    try:
        k, d = make_kiosk(settings_for(tmp_path))
        asked: list[bool] = []
        k.staff.exitRequested.connect(lambda: asked.append(True))
        to_panel(k, d)
        assert d.text("exitButton") == "Restart the kiosk"
        assert "systemctl stop clinic-kiosk" in d.all_text()
        assert "desktop" not in d.all_text()
        d.tap("exitButton")
        assert d.text("exitConfirmTitle") == "Restart the kiosk program?"
        d.tap("exitConfirmYes")
        assert asked == [True]
    finally:
        notify.close()


@pytest.mark.parametrize(
    ("combo"),
    [(Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
     (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
     (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)],
)  # fmt: skip
def test_no_way_out_by_keyboard(
    kiosk: tuple[KioskApp, Driver], combo: tuple[Qt.Key, Qt.KeyboardModifier]
) -> None:
    k, d = kiosk
    d.tap("bookButton")
    d.item("walkInButton")
    QTest.keyClick(k.window, combo[0], combo[1])
    d.pump(0.2)
    assert k.window.isVisible() and k.session.screen == "care"
    assert k.keys is not None


def test_a_trainer_switches_scenarios_and_the_next_booking_fails_so(
    make_kiosk: Any, tmp_path: Path
) -> None:
    k, d = make_kiosk(settings_for(tmp_path))
    assert k.emulator is not None
    to_panel(k, d)
    d.tap("scenario_double-booked")
    assert k.emulator.scenario is Scenario.DOUBLE_BOOKED and k.staff.scenario == "double-booked"
    d.tap("closePanelButton")
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("outcomeTitle"), 15, "the outcome")
    assert k.booking.outcomeKind == "patient_double_booked"
    d.tap("outcomeDoneButton")
    to_panel(k, d)
    d.tap("scenario_normal")
    k.emulator.bookings.append(k.emulator.bookings[0] if k.emulator.bookings else None)  # type: ignore[arg-type]
    d.tap("resetDemoButton")
    assert k.emulator.bookings == [] and k.emulator.scenario is Scenario.NORMAL


def test_the_training_banner_is_on_every_screen(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk  # no PIN configured: training mode's own PIN
    seen: list[str] = []

    def banner() -> None:
        found = d.probe("trainingBanner")
        assert found["found"] and found["height"] >= 40, k.session.screen
        seen.append(k.session.screen)

    banner()
    to_page(k, d)  # walk-in, over the web view too
    banner()
    d.tap("startOverButton")
    to_provider_times(k, d)
    banner()
    to_review(k, d, patient=PATIENT)
    banner()
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("confirmedTitle"), 15, "booked")
    banner()
    d.tap("confirmedFinishButton")
    unlock(k, d, "1234")
    panel_ready(k, d)
    banner()
    assert seen == ["welcome", "handoff", "provider_times", "review", "confirmed", "staff"]


# ------------------------------------------------------------------------- provably offline
def _loopback(addr: str) -> bool:
    return addr.startswith(("127.", "::1", "0.0.0.0", "::")) or addr in ("", "::ffff:127.0.0.1")


def _hex_ip(text: str) -> str:
    raw = bytes.fromhex(text)
    if len(raw) == 4:
        return socket.inet_ntop(socket.AF_INET, raw[::-1])
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
    return socket.inet_ntop(socket.AF_INET6, words)


def remote_addresses() -> set[str]:
    """Remote addresses of every inet socket held by this process and its children (the web
    engine's helpers), read from /proc."""
    pids = {os.getpid()}
    for _ in range(4):
        for pid in list(pids):
            for task in Path(f"/proc/{pid}/task").glob("*"):
                try:
                    pids.update(int(c) for c in (task / "children").read_text().split())
                except OSError:
                    continue
    inodes = set()
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").glob("*"):
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    out = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        for line in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            cols = line.split()
            if cols[9] in inodes:
                out.add(_hex_ip(cols[2].split(":")[0]))
    return out


def test_a_demo_run_talks_only_to_itself(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    seen: set[str] = set()
    sampler = QTimer()
    sampler.setInterval(50)
    sampler.timeout.connect(lambda: seen.update(remote_addresses()))
    sampler.start()
    try:
        to_page(k, d)  # the walk-in page, in Chromium
        d.tap("startOverButton")
        to_provider_times(k, d)
        to_review(k, d, patient=PATIENT)
        d.tap("submitButton")
        d.wait_until(lambda: d.exists("confirmedTitle"), 15, "booked")
    finally:
        sampler.stop()
    assert seen, "no sockets seen at all: the sampler is broken"
    assert {a for a in seen if not _loopback(a)} == set()


def test_the_panel_reads_the_clock_in_the_kiosk_s_zone_not_the_machine_s(
    make_kiosk: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An appliance's clock runs in UTC; the clinic is in Los Angeles. "Today" and every time
    on the panel are the clinic's (today's code gave the panel no zone: it showed UTC)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        k, d = make_kiosk(settings_for(tmp_path, timezone="America/Los_Angeles"))
        ids = {
            "department_id": "2201",
            "npi": "1520384714",
            "slot_id": "s",
            "visit_type_id": "3001",
        }
        k.journal.finish(k.journal.begin(journey="provider", correlation_id="c-1", **ids), BOOKED)
        to_panel(k, d)
        la = ZoneInfo("America/Los_Angeles")
        assert k.zone == la and k.staff._midnight().tzinfo == la
        (row,) = k.staff.attempts
        shown = {format_time(k.languages.locale, datetime.now(la) - timedelta(minutes=m))
                 for m in (0, 1)}  # fmt: skip
        in_utc = format_time(k.languages.locale, datetime.now(UTC))
        assert row["time"] in shown and row["time"] != in_utc
    finally:
        monkeypatch.undo()
        time.tzset()
