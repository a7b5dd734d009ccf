"""The metrics' rules without Qt: opening hours, how journal rows are counted, the file's shape."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from kiosk.journal import BOOKED, HANDED_OFF, NOT_FINISHED, UNKNOWN, Journal
from kiosk.metrics import KioskMetrics, Snapshot, config_checksum, is_open
from kiosk.settings import ConfigError, hours_span, load_settings
from kiosk.soakfaults import disk_full

MONDAY_9 = datetime(2026, 11, 30, 9, 0)  # a Monday
HOURS = {"mon": "08:00-18:00", "sat": "10:00-14:00"}


@pytest.mark.parametrize(
    ("at", "hours", "open_"),
    [
        (MONDAY_9, HOURS, True),
        (MONDAY_9.replace(hour=18), HOURS, False),  # closing time is closed
        (MONDAY_9.replace(hour=7, minute=59), HOURS, False),
        (datetime(2026, 12, 1, 9), HOURS, False),  # Tuesday: not listed, closed
        (datetime(2026, 12, 5, 13, 59), HOURS, True),  # Saturday
        (MONDAY_9.replace(hour=3), {}, True),  # no hours: always open
        (MONDAY_9.replace(hour=23, minute=59), {"mon": "00:00-24:00"}, True),
    ],
)
def test_opening_hours(at: datetime, hours: dict[str, str], open_: bool) -> None:
    assert is_open(at, hours) is open_


@pytest.mark.parametrize(
    "bad", ["8-18", "18:00-08:00", "08:00-08:00", "24:00-24:00", "08:61-09:00"]
)
def test_bad_opening_hours_are_refused_with_the_config(bad: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="opening hours"):
        hours_span(bad)
    cfg = tmp_path / "k.toml"
    cfg.write_text(f'[kiosk.opening_hours]\nmon = "{bad}"\n')
    with pytest.raises(ConfigError, match="opening_hours"):
        load_settings(cfg, environ={})


def test_a_textfile_must_end_in_prom(tmp_path: Path) -> None:
    cfg = tmp_path / "k.toml"
    cfg.write_text('[metrics]\ntextfile = "/var/lib/x/kiosk.txt"\n')
    with pytest.raises(ConfigError, match=r"\.prom"):
        load_settings(cfg, environ={})


def samples(
    metrics: KioskMetrics, path: Path
) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    assert metrics.write(path)
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for f in text_string_to_metric_families(path.read_text()) for s in f.samples}  # fmt: skip


def test_journal_rows_become_counters_and_the_unresolved_gauge(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3", kiosk_id="k", training=False)
    m = KioskMetrics(kiosk_id="k", site="", version="1", training=False, config=None)
    journal.listeners.append(m.journal_entry)
    ids = dict(department_id="d", npi="1", slot_id="s", visit_type_id="v", correlation_id="c")
    journal.finish(journal.begin(journey="provider", **ids), BOOKED)
    journal.finish(journal.begin(journey="provider", **ids), "slot_unavailable")
    unknown = journal.begin(journey="provider", **ids)
    journal.finish(unknown, UNKNOWN)
    walk = journal.begin(journey="walk_in", status=HANDED_OFF, **ids)
    journal.finish(walk, NOT_FINISHED)
    assert journal.unresolved() == 1
    m.update(Snapshot(ready=True, out_of_service=False, open=True, dexcare_reachable=True,
                      dexcare_last_answer=1.0, dexcare_last_failure=None,
                      unresolved_unknown=journal.unresolved(), help_since=None,
                      resident_bytes=1, web_resident_bytes=0))  # fmt: skip
    got = samples(m, tmp_path / "k.prom")
    assert got[("clinic_kiosk_bookings_total", (("outcome", "booked"),))] == 1
    assert got[("clinic_kiosk_bookings_total", (("outcome", "refused"),))] == 1
    assert got[("clinic_kiosk_booking_refusals_total", (("kind", "slot_unavailable"),))] == 1
    assert got[("clinic_kiosk_bookings_total", (("outcome", "outcome_unknown"),))] == 1
    assert got[("clinic_kiosk_handoffs_total", (("outcome", "handed_off"),))] == 1
    assert got[("clinic_kiosk_handoffs_total", (("outcome", "not_finished"),))] == 1
    assert got[("clinic_kiosk_outcome_unknown_unresolved", ())] == 1
    assert not any(name.endswith("_created") for name, _ in got)
    journal.mark_checked(unknown)
    assert journal.unresolved() == 0
    journal.close()


def test_a_failing_listener_never_undoes_the_record(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j.sqlite3", kiosk_id="k", training=False)

    def broken(journey: str, outcome: str) -> None:
        raise RuntimeError(journey + outcome)

    journal.listeners.append(broken)
    ids = dict(department_id="d", npi="1", slot_id="s", visit_type_id="v", correlation_id="c")
    attempt = journal.begin(journey="provider", **ids)
    journal.finish(attempt, BOOKED)
    assert journal.recent()[0].outcome == BOOKED
    journal.close()


def test_the_config_checksum_names_the_file_version(tmp_path: Path) -> None:
    a = tmp_path / "a.toml"
    a.write_text("[kiosk]\nid = 'a'\n")
    first = config_checksum(a)
    assert len(first) == 16 and first == config_checksum(a)
    a.write_text("[kiosk]\nid = 'b'\n")
    assert config_checksum(a) != first
    assert config_checksum(None) == "defaults"
    assert config_checksum(tmp_path / "missing.toml") == "unreadable"


def test_the_textfile_is_readable_by_node_exporters_own_user_whatever_the_umask(
    tmp_path: Path,
) -> None:
    """Under the unit's UMask=0027 the file was 0640 kiosk:kiosk, and Debian's node_exporter (user
    "prometheus") could not read it: no clinic_kiosk_* series, every fleet alert silent."""
    m = KioskMetrics(kiosk_id="k", site="s", version="1", training=False, config=None)
    path = tmp_path / "clinic_kiosk.prom"
    old = os.umask(0o027)
    try:
        assert m.write(path)
        assert m.write(path)  # a rewrite replaces it with the same mode
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["clinic_kiosk.prom"]  # no temporary left
    assert b"clinic_kiosk_build_info" in path.read_bytes()


def test_the_journal_s_troubles_are_exported_for_it(tmp_path: Path) -> None:
    (tmp_path / "j.sqlite3").write_bytes(b"not a database" * 10)
    journal = Journal(tmp_path / "j.sqlite3", kiosk_id="k", training=False)
    m = KioskMetrics(kiosk_id="k", site="", version="1", training=False, config=None)
    ids = dict(department_id="d", npi="1", slot_id="s", visit_type_id="v", correlation_id="c")
    attempt = journal.begin(journey="provider", **ids)
    with disk_full(journal):
        journal.finish(attempt, UNKNOWN)
        with pytest.raises(sqlite3.OperationalError):
            journal.begin(journey="provider", **ids)

        def snapshot() -> Snapshot:
            return Snapshot(ready=True, out_of_service=False, open=True, dexcare_reachable=True,
                            dexcare_last_answer=1.0, dexcare_last_failure=None,
                            unresolved_unknown=journal.unresolved(), help_since=None,
                            resident_bytes=1, web_resident_bytes=0,
                            journal_set_aside=journal.set_aside_files(),
                            journal_write_failures=journal.write_failures,
                            journal_unwritten=journal.unwritten)  # fmt: skip

        m.update(snapshot())
        m.update(snapshot())  # the same failures are not counted twice
        got = samples(m, tmp_path / "k.prom")
    assert got[("clinic_kiosk_journal_set_aside_files", ())] == 1
    assert got[("clinic_kiosk_journal_write_failures_total", ())] == 2
    assert got[("clinic_kiosk_journal_unwritten", ())] == 1
    assert got[("clinic_kiosk_outcome_unknown_unresolved", ())] == 1  # the desk is told at once
    m.update(snapshot())  # the disk has room again: written
    got = samples(m, tmp_path / "k.prom")
    assert got[("clinic_kiosk_journal_unwritten", ())] == 0
    assert got[("clinic_kiosk_outcome_unknown_unresolved", ())] == 1
    journal.close()
