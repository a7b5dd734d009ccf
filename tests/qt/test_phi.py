"""No PHI anywhere it could outlive the patient: journeys with distinctive details, then every log
line, the journal and the kiosk's folders are searched for them; and after the reset, the
view-model and the scene hold none of them."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths

from kiosk.demo.scenarios import Scenario
from kiosk.tour import to_provider_times, to_review
from tests.qt.conftest import demo_settings, view_model_state

PATIENT = {
    "patient.firstName": "Zephyrine", "patient.lastName": "Quackenbush", "patient.dob": "02291988",
    "patient.gender": "nonbinary", "patient.phone": "4255550199",
    "patient.email": "zeph.quack@example.org", "address.line1": "77 Marigold Lane",
    "address.city": "Tukwila", "address.state": "WA", "address.zip": "98188",
}  # fmt: skip
PAYMENT = {"pay.method": "insurance", "ins.payer": "aetna", "ins.memberId": "QZX98765432",
           "ins.group": "GRPX4471", "ins.holder": "self"}  # fmt: skip
REASON = "Persistent hiccups since Tuesday"
SECRETS = ["Zephyrine", "Quackenbush", "1988-02-29", "02/29/1988", "02291988", "5550199",
           "zeph.quack", "Marigold", "Tukwila", "QZX98765432", "8765432", "GRPX4471", "hiccups"]  # fmt: skip


def files_under(*roots: Path, since: float) -> list[Path]:
    out = []
    for root in roots:
        if root.is_dir():
            out += [p for p in root.rglob("*") if p.is_file() and p.stat().st_mtime >= since - 1]
    return out


@pytest.mark.parametrize(
    "scenario", [Scenario.NORMAL, Scenario.OUTCOME_UNKNOWN, Scenario.FIELD_REFUSED]
)
def test_no_phi_in_logs_journal_or_folders(
    make_kiosk: Any, caplog: pytest.LogCaptureFixture, tmp_path: Path, scenario: Scenario
) -> None:
    caplog.set_level(logging.DEBUG)
    started = time.time()
    k, d = make_kiosk(demo_settings(kiosk={"data_dir": tmp_path / "data"}))
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT, payment=PAYMENT, reason=REASON)
    assert "Quackenbush" in d.all_text()  # the walk really typed them
    assert k.emulator is not None
    k.emulator.set_scenario(scenario)
    d.tap("submitButton")
    d.wait_until(
        lambda: d.exists("confirmedTitle") or d.exists("outcomeTitle") or d.exists("error_address.zip"),
        15, "the answer",
    )  # fmt: skip
    assert k.journal.recent(1)
    d.tap("startOverButton") if d.exists("startOverButton") else k.session.startOver()
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")

    logged = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert "providerbooking" in logged  # the log was captured
    places = [tmp_path, Path(os.environ["XDG_STATE_HOME"])] + [
        Path(QStandardPaths.writableLocation(loc))
        for loc in (QStandardPaths.StandardLocation.AppDataLocation,
                    QStandardPaths.StandardLocation.AppLocalDataLocation,
                    QStandardPaths.StandardLocation.CacheLocation,
                    QStandardPaths.StandardLocation.AppConfigLocation)
    ]  # fmt: skip
    files = files_under(*places, since=started)
    assert any(f.name.startswith("journal") for f in files)
    stored = {str(f): f.read_bytes() for f in files}
    state = view_model_state(k) + repr(vars(k.form.form))
    scene = d.all_text()
    for secret in SECRETS:
        assert secret not in logged, f"{secret} in the log"
        for name, data in stored.items():
            assert secret.encode() not in data, f"{secret} in {name}"
        assert secret not in state, f"{secret} kept after the reset"
        assert secret not in scene, f"{secret} still on screen"
