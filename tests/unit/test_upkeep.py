"""When the kiosk makes way for a fresh process: daily after the set local time, above a memory
ceiling (not in its first hour), and only when nobody would notice."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.flow.upkeep import QUIET_SECONDS, Reason, RestartPolicy

LA = ZoneInfo("America/Los_Angeles")


def at(day: int, hh: int, mm: int, month: int = 12) -> datetime:
    return datetime(2026, month, day, hh, mm, tzinfo=LA)


DAILY = RestartPolicy(at=time(3, 30), above_mib=0)


@pytest.mark.parametrize(
    ("started", "now", "due"),
    [
        (at(4, 9, 0), at(5, 3, 29), None),  # not yet 03:30
        (at(4, 9, 0), at(5, 3, 30), Reason.DAILY),  # 03:30 has come
        (at(4, 9, 0), at(5, 14, 0), Reason.DAILY),  # busy all night: the first quiet moment after
        (at(5, 3, 31), at(5, 14, 0), None),  # the fresh process itself: not again today
        (at(5, 3, 31), at(6, 3, 30), Reason.DAILY),  # but again tomorrow
        (at(5, 0, 10), at(5, 2, 0), None),  # started after midnight, before 03:30: not yet
        (at(1, 12, 0), at(5, 1, 0), Reason.DAILY),  # missed nights (never quiet) still count
    ],
)
def test_daily(started: datetime, now: datetime, due: Reason | None) -> None:
    assert DAILY.due(started=started, now=now, rss_mib=300) is due


def test_daily_across_the_change_of_clocks() -> None:
    """08 March 2026, 02:00 -> 03:00 in Los Angeles: a restart time inside the skipped hour still
    comes once that day, and the process started after it does not restart again."""
    policy = RestartPolicy(at=time(2, 30), above_mib=0)
    started = at(7, 12, 0, month=3)
    assert policy.due(started=started, now=at(8, 1, 59, month=3), rss_mib=0) is None
    assert policy.due(started=started, now=at(8, 3, 1, month=3), rss_mib=0) is Reason.DAILY
    fresh = at(8, 3, 5, month=3)
    assert policy.due(started=fresh, now=at(8, 23, 0, month=3), rss_mib=0) is None


def test_memory_ceiling_waits_out_the_first_hour() -> None:
    policy = RestartPolicy(at=None, above_mib=800)
    started = at(5, 9, 0)
    assert policy.due(started=started, now=at(5, 12, 0), rss_mib=799) is None
    assert (
        policy.due(started=started, now=at(5, 9, 30), rss_mib=900) is None
    )  # a ceiling set too low
    assert policy.due(started=started, now=at(5, 10, 0), rss_mib=900) is Reason.MEMORY
    assert RestartPolicy(at=None, above_mib=0).due(
        started=started, now=started + timedelta(days=90), rss_mib=10_000
    ) is None  # fmt: skip


def test_quiet_means_at_rest_and_untouched() -> None:
    assert DAILY.quiet(at_rest=True, seconds_since_input=QUIET_SECONDS)
    assert not DAILY.quiet(at_rest=True, seconds_since_input=QUIET_SECONDS - 1)
    assert not DAILY.quiet(at_rest=False, seconds_since_input=10 * QUIET_SECONDS)


def test_config_spelling() -> None:
    assert RestartPolicy.from_text("03:30", 1024) == RestartPolicy(at=time(3, 30), above_mib=1024)
    assert RestartPolicy.from_text("", 0).at is None
    assert RestartPolicy.from_text("03:30", 0, 2).quiet_seconds == 120
    assert RestartPolicy.from_text("03:30", 0).quiet_seconds == QUIET_SECONDS


def test_config_names_a_bad_time_clearly() -> None:
    from kiosk.settings import KioskSettings

    assert KioskSettings().restart_at == "03:30" and KioskSettings().restart_above_mib == 1024
    assert KioskSettings(restart_at="").restart_at == ""
    for bad in ("3:30", "24:00", "03:30:00", "noon"):
        with pytest.raises(ValueError, match="not a time of day as HH:MM"):
            KioskSettings(restart_at=bad)
