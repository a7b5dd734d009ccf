"""The booking journal: written before sending, completed after, kept through a kill, no PHI."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from kiosk.journal import (
    BOOKED,
    HANDED_OFF,
    NOT_FINISHED,
    SENT,
    UNKNOWN,
    Journal,
    JournalError,
)
from kiosk.settings import KioskSettings, load_settings

IDS = {"journey": "provider", "department_id": "2201", "npi": "1520384714",
       "slot_id": "c2xvdA==", "visit_type_id": "3001"}  # fmt: skip


def test_an_attempt_is_recorded_before_and_after(tmp_path: Path) -> None:
    j = Journal(tmp_path / "j.sqlite3", kiosk_id="lobby-2", training=False)
    attempt = j.begin(**IDS, correlation_id="c-1")
    (row,) = j.recent()
    assert (row.outcome, row.finished_at, row.kiosk_id, row.training) == (
        SENT,
        None,
        "lobby-2",
        False,
    )
    j.finish(attempt, BOOKED, "c-1")
    (row,) = j.recent()
    assert row.outcome == BOOKED and row.finished_at is not None
    assert (row.npi, row.slot_id, row.correlation_id) == ("1520384714", "c2xvdA==", "c-1")
    mode = sqlite3.connect(tmp_path / "j.sqlite3").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    assert (tmp_path / "j.sqlite3").stat().st_mode & 0o077 == 0  # only the kiosk's user reads it
    j.close()


def test_an_attempt_in_flight_when_the_kiosk_is_killed_is_unknown_on_restart(
    tmp_path: Path,
) -> None:
    path = tmp_path / "j.sqlite3"
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).parents[2])!r})
        from kiosk.journal import Journal
        j = Journal(__import__("pathlib").Path({str(path)!r}), kiosk_id="k", training=False)
        j.begin(**{IDS!r}, correlation_id="c-9")
        os.kill(os.getpid(), signal.SIGKILL)  # mid-request: no chance to finish or close
    """)
    done = subprocess.run([sys.executable, "-c", script], check=False, timeout=30)
    assert done.returncode == -signal.SIGKILL
    j = Journal(path, kiosk_id="k", training=False)
    assert j.recovered == 1
    (row,) = j.recent()
    assert row.outcome == UNKNOWN and row.correlation_id == "c-9"
    j.close()
    assert Journal(path, kiosk_id="k", training=False).recovered == 0  # only once


def test_a_hand_off_left_open_by_a_stop_is_not_finished_and_needs_no_check(
    tmp_path: Path,
) -> None:
    path = tmp_path / "j.sqlite3"
    j = Journal(path, kiosk_id="k", training=False)
    j.begin(journey="walk_in", department_id="1101", npi="", slot_id="c2xvdA==",
            visit_type_id="", correlation_id="", status=HANDED_OFF)  # fmt: skip
    j.close()  # the kiosk stopped while the patient was on DexCare's page
    j = Journal(path, kiosk_id="k", training=False)
    assert j.recovered == 0  # DexCare's page books on its own: nothing for staff to resolve
    (row,) = j.recent()
    assert (row.outcome, row.unresolved, row.support_code) == (NOT_FINISHED, False, "")
    j.close()


def test_the_journal_has_no_column_for_a_person(tmp_path: Path) -> None:
    j = Journal(tmp_path / "j.sqlite3", kiosk_id="k", training=True)
    cols = {r[1] for r in j._db.execute("PRAGMA table_info(attempts)")}
    assert not cols & {"name", "first_name", "last_name", "dob", "phone", "email", "address",
                       "reason", "member_id", "patient_guid"}  # fmt: skip
    assert os.path.exists(tmp_path / "j.sqlite3")


def test_rows_older_than_the_retention_go_at_start_but_an_unchecked_unknown_stays(
    tmp_path: Path,
) -> None:
    path = tmp_path / "j.sqlite3"
    now = [datetime(2026, 1, 1, 9, 0, tzinfo=UTC)]
    j = Journal(path, kiosk_id="k", training=False, clock=lambda: now[0])
    j.finish(j.begin(**IDS, correlation_id="old-booked"), BOOKED, "old-booked")
    j.finish(j.begin(**IDS, correlation_id="old-unknown"), UNKNOWN)
    checked = j.begin(**IDS, correlation_id="old-checked")
    j.finish(checked, UNKNOWN)
    j.mark_checked(checked)
    now[0] += timedelta(days=60)
    j.finish(j.begin(**IDS, correlation_id="recent"), BOOKED, "recent")
    j.close()

    now[0] += timedelta(days=31)  # the first three are 91 days old, "recent" 31
    j = Journal(path, kiosk_id="k", training=False, keep_days=90, clock=lambda: now[0])
    assert j.pruned == 2
    assert sorted(a.correlation_id for a in j.recent()) == ["old-unknown", "recent"]
    j.close()


def test_the_retention_is_a_setting_of_at_least_a_day() -> None:
    assert load_settings(None, environ={}).kiosk.journal_days == 90
    with pytest.raises(ValidationError):
        KioskSettings(journal_days=0)


def test_a_day_comes_a_page_at_a_time_with_every_unknown_outcome(tmp_path: Path) -> None:
    """A busy day has hundreds of rows: the panel asks for the newest few, and gets every unknown
    outcome nobody has checked on top, however many rows there are after it."""
    now = datetime(2026, 12, 5, 15, 0, tzinfo=UTC)
    clock = [now - timedelta(hours=6)]
    j = Journal(tmp_path / "j.sqlite3", kiosk_id="k", training=False, clock=lambda: clock[0])
    made = []
    for i in range(30):
        clock[0] += timedelta(minutes=5)
        attempt = j.begin(**IDS, correlation_id=f"c-{i}")
        j.finish(attempt, UNKNOWN if i in (2, 3) else BOOKED)
        made.append(attempt)
    j.mark_checked(made[3])  # checked: an ordinary row now
    morning = now - timedelta(hours=7)
    shown = j.since(morning, limit=5)
    assert [a.id for a in shown] == [made[2], *reversed(made[-5:])]
    assert shown[0].unresolved and not any(a.unresolved for a in shown[1:])
    assert [a.id for a in j.since(morning)] == [
        made[2],
        *(m for m in reversed(made) if m != made[2]),
    ]
    assert j.count_since(morning) == 30
    assert j.count_since(clock[0] - timedelta(minutes=7)) == 2  # the last two, five minutes apart
    j.close()


# ----------------------------------------------------------------- a journal it cannot use
def _booked_once(path: Path) -> None:
    j = Journal(path, kiosk_id="t-1", training=False)
    attempt = j.begin(journey="provider", department_id="d", npi="1", slot_id="s",
                      visit_type_id="v", correlation_id="c-1")  # fmt: skip
    j.finish(attempt, BOOKED)
    j.close()


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database, it is what a bad sector left" * 100)


def _damaged_page(path: Path) -> None:
    _booked_once(path)
    for sibling in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        sibling.unlink(missing_ok=True)
    with path.open("r+b") as f:  # a valid header, then a table's page overwritten
        f.seek(4096 + 8)
        f.write(b"\xff" * 2000)


def _a_directory(path: Path) -> None:
    path.mkdir()  # what a botched restore left: nothing SQLite can open


@pytest.mark.parametrize("spoil", [_garbage, _damaged_page, _a_directory])
def test_a_journal_that_cannot_be_used_is_set_aside_and_a_fresh_one_begun(
    tmp_path: Path, spoil: Callable[[Path], None], caplog: pytest.LogCaptureFixture
) -> None:
    """Today's code stopped the kiosk at start (``sqlite3.DatabaseError``, exit 1) and systemd
    restarted it every second for ever. Now the evidence is kept beside it, its mode kept, and the
    kiosk comes up on a fresh journal; the metrics count the file until IT takes it away."""
    path = tmp_path / "journal.sqlite3"
    spoil(path)
    if path.is_file():
        path.chmod(0o640)
    before = path.read_bytes() if path.is_file() else None
    j = Journal(
        path, kiosk_id="t-1", training=False, clock=lambda: datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
    )
    try:
        assert j.set_aside == tmp_path / "journal.sqlite3.set-aside-20261207T093000Z"
        assert j.set_aside_files() == 1
        if before is not None:
            assert j.set_aside.read_bytes() == before  # the evidence, as it was
            assert stat.S_IMODE(j.set_aside.stat().st_mode) == 0o640
        assert j.recent() == [] and j.recovered == 0
        attempt = j.begin(journey="provider", department_id="d", npi="1", slot_id="s",
                          visit_type_id="v", correlation_id="c-2")  # fmt: skip
        j.finish(attempt, BOOKED)
        assert [r.outcome for r in j.recent()] == [BOOKED]
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        j.close()
    assert str(tmp_path) in caplog.text and "set aside as journal.sqlite3.set-aside-" in caplog.text
    again = Journal(path, kiosk_id="t-1", training=False)  # the next start uses the fresh one
    try:
        assert again.set_aside is None and again.set_aside_files() == 1
    finally:
        again.close()


def test_a_journal_that_cannot_be_set_aside_says_where_it_is(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _garbage(path)
    taken = tmp_path / "journal.sqlite3.set-aside-20261207T093000Z"  # the name is taken
    taken.mkdir()
    (taken / "x").write_text("x")
    with pytest.raises(JournalError, match=r"journal\.sqlite3: the booking journal cannot be used"):
        Journal(path, kiosk_id="t-1", training=False,
                clock=lambda: datetime(2026, 12, 7, 9, 30, tzinfo=UTC))  # fmt: skip
