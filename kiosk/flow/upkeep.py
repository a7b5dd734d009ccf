"""When the kiosk should hand itself back to systemd for a fresh process.

A kiosk runs for months, but not in one process: Chromium inside QtWebEngine keeps some memory per
patient that nothing of ours can give back (about 0.3 MiB per hundred sessions in ``kiosk soak``,
README "Soak"), and months with DexCare's real page are beyond what a soak measures. So once a day,
at a set local time, and whenever its memory passes a ceiling, the kiosk ends itself, and systemd
starts it again (``Restart=always``; back on Welcome in about 3 s). It never does so in front of
anyone: only on Welcome (or Out of service) with nothing in flight, after some minutes in which
nobody touched the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

QUIET_SECONDS = 300  # nobody has touched the screen for this long
MIN_UPTIME = timedelta(hours=1)  # a ceiling set below what the kiosk needs must not loop


class Reason(StrEnum):
    DAILY = "daily"
    MEMORY = "memory"


@dataclass(frozen=True)
class RestartPolicy:
    at: time | None = time(3, 30)  # local wall-clock time of the daily restart; None: never
    above_mib: int = 0  # resident memory that calls for a restart; 0: never
    quiet_seconds: int = QUIET_SECONDS

    @classmethod
    def from_text(cls, at: str, above_mib: int, quiet_minutes: int = 5) -> RestartPolicy:
        """``at`` as the config spells it, "HH:MM" or "" for never."""
        return cls(
            at=time.fromisoformat(at) if at else None,
            above_mib=above_mib,
            quiet_seconds=quiet_minutes * 60,
        )

    def due(self, *, started: datetime, now: datetime, rss_mib: float) -> Reason | None:
        """Why this process should make way for a fresh one, or None. ``started`` and ``now`` are
        aware datetimes in the kiosk's zone."""
        if self.above_mib and rss_mib > self.above_mib and now - started >= MIN_UPTIME:
            return Reason.MEMORY
        if self.at is not None:
            last = datetime.combine(now.date(), self.at, tzinfo=now.tzinfo)
            if last > now:
                last = datetime.combine(now.date() - timedelta(days=1), self.at, tzinfo=now.tzinfo)
            if started < last:  # this process has lived through the restart time
                return Reason.DAILY
        return None

    def quiet(self, *, at_rest: bool, seconds_since_input: float) -> bool:
        """Nobody would notice: the kiosk waits for a patient and nobody has touched it lately."""
        return at_rest and seconds_since_input >= self.quiet_seconds
