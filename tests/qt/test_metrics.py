"""The metrics file through the real QML: what a booking, a walk-in hand-off, Help, an idle reset
and out of service do to it, and that nothing a patient typed reaches it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from prometheus_client.parser import text_string_to_metric_families

from kiosk.app import KioskApp
from kiosk.demo.scenarios import Scenario
from kiosk.qt.driver import Driver
from kiosk.tour import PATIENT, to_provider_times, to_review
from tests.qt.conftest import demo_settings, to_page


def read(path: Path) -> dict[str, float]:
    """``name{label="v",...}`` -> value, as node_exporter would re-export it."""
    out: dict[str, float] = {}
    for family in text_string_to_metric_families(path.read_text()):
        for s in family.samples:
            labels = ",".join(f'{k}="{v}"' for k, v in sorted(s.labels.items()))
            out[f"{s.name}{{{labels}}}" if labels else s.name] = s.value
    return out


def settings(tmp_path: Path, **kiosk: Any) -> Any:
    return demo_settings(
        kiosk={"data_dir": tmp_path, "id": "lobby-3", "site": "capitol-hill", **kiosk},
        metrics={"textfile": tmp_path / "clinic_kiosk.prom", "interval": 0.2},
    )


def written(k: KioskApp, d: Driver) -> dict[str, float]:
    assert k.metrics is not None
    before = k.metrics.writes
    d.wait_until(lambda: k.metrics is not None and k.metrics.writes > before, 5, "a write")
    return read(k.metrics.path)


def test_the_file_says_who_and_how_the_kiosk_is(make_kiosk: Any, tmp_path: Path) -> None:
    k, d = make_kiosk(settings(tmp_path))
    d.wait_until(lambda: written(k, d)["clinic_kiosk_ready"] == 1, 5, "ready")
    m = written(k, d)
    version = next(n for n in m if n.startswith("clinic_kiosk_build_info"))
    assert 'kiosk_id="lobby-3"' in version and 'site="capitol-hill"' in version
    assert m["clinic_kiosk_training"] == 1
    assert abs(m["clinic_kiosk_heartbeat_timestamp_seconds"] - time.time()) < 5
    assert m["clinic_kiosk_resident_memory_bytes"] > 50 * 2**20
    assert m['clinic_kiosk_bookings_total{outcome="booked"}'] == 0  # from 0, not absent
    # The idle kiosk asked DexCare (the emulator) whether it answers.
    d.wait_until(lambda: written(k, d)["clinic_kiosk_dexcare_reachable"] == 1, 5, "probe")
    assert m["clinic_kiosk_dexcare_last_answer_timestamp_seconds"] <= time.time()
    # Out of service: ready goes to 0.
    k.state.set_out_of_service(True)
    assert written(k, d)["clinic_kiosk_out_of_service"] == 1
    assert written(k, d)["clinic_kiosk_ready"] == 0
    k.state.set_out_of_service(False)


def test_bookings_help_and_the_unknown_outcome_staff_check(make_kiosk: Any, tmp_path: Path) -> None:
    k, d = make_kiosk(settings(tmp_path))
    assert k.emulator is not None
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("confirmedTitle"), 15, "booked")
    d.tap("confirmedFinishButton")
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT)
    k.emulator.set_scenario(Scenario.OUTCOME_UNKNOWN)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("outcomeCode"), 15, "outcome unknown")
    d.tap("outcomeDoneButton")
    d.tap("helpButton")
    m = written(k, d)
    assert m['clinic_kiosk_bookings_total{outcome="booked"}'] == 1
    assert m['clinic_kiosk_bookings_total{outcome="outcome_unknown"}'] == 1
    assert m["clinic_kiosk_outcome_unknown_unresolved"] == 1
    assert m["clinic_kiosk_sessions_total"] == 2
    assert m["clinic_kiosk_help_requested"] == 1
    assert 0 < time.time() - m["clinic_kiosk_help_requested_since_timestamp_seconds"] < 60
    text = k.metrics.path.read_text() if k.metrics else ""
    for typed in PATIENT.values():  # nothing the patient typed, in any label or value
        assert str(typed) not in text or len(str(typed)) < 3, typed
    (attempt,) = [a for a in k.journal.recent() if a.unresolved]
    assert attempt.correlation_id not in text and attempt.slot_id not in text
    k.journal.mark_checked(attempt.id)
    k.session.help.clear("staff came")
    m = written(k, d)
    assert m["clinic_kiosk_outcome_unknown_unresolved"] == 0
    assert m["clinic_kiosk_help_requested"] == 0


def test_a_walk_in_hand_off_and_an_idle_reset_are_counted(make_kiosk: Any, tmp_path: Path) -> None:
    k, d = make_kiosk(settings(tmp_path))
    to_page(k, d)
    assert written(k, d)['clinic_kiosk_handoffs_total{outcome="handed_off"}'] == 1
    # The page's renderer is sized from its first heartbeat on.
    d.wait_until(
        lambda: written(k, d)["clinic_kiosk_web_resident_memory_bytes"] > 0, 15, "its size"
    )
    k.idle.expired.emit()  # what the idle timer does when nobody answers its warning
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")
    m = written(k, d)
    assert m["clinic_kiosk_idle_resets_total"] == 1
    assert m['clinic_kiosk_handoffs_total{outcome="not_finished"}'] == 1
    assert m["clinic_kiosk_web_resident_memory_bytes"] == 0


def test_an_unwritable_file_is_said_once_and_the_kiosk_goes_on(
    make_kiosk: Any, tmp_path: Path, caplog: Any
) -> None:
    _, d = make_kiosk(
        demo_settings(kiosk={"data_dir": tmp_path},
                      metrics={"textfile": tmp_path / "gone" / "k.prom", "interval": 0.2})
    )  # fmt: skip
    d.pump(1.0)
    said = [r for r in caplog.records if "metrics file" in r.getMessage()]
    assert len(said) == 1 and "FileNotFoundError" in said[0].getMessage()
    d.tap("bookButton")  # the kiosk goes on
    d.wait_until(lambda: d.exists("walkInButton"), 5, "what kind of care")
