"""`kiosk soak --faults`, one round of every fault: the invariants it checks hold, and each fault
was really injected (the full run, 1000 sessions, is a benchmark: README, "Faults")."""

from __future__ import annotations

import pytest

from kiosk.soakfaults import report, run_fault_soak

FAULTS = {"latency spike", "booking answer trickled", "reset after booking", "500 before booking",
          "500 after booking", "renderer killed mid-page", "page dialog held open",
          "journal disk full", "journal disk fills mid-booking", "kiosk killed mid-booking"}  # fmt: skip


@pytest.mark.timeout(600)
def test_one_round_of_every_fault_loses_nothing() -> None:
    lines: list[str] = []
    result = run_fault_soak(21, out=lines.append)
    text = report(result)
    assert result.held, text + "\n" + "\n".join(lines)
    assert set(result.faults) == FAULTS, text
    assert result.kills == 1 and result.crashes == 0, text
    assert result.bookings >= 5, text  # the ordinary sessions booked, and some faults did too
    assert len(result.invariants) == 7 and "BROKEN" not in text
