"""The booking journal: every booking attempt, in SQLite (WAL, synchronous FULL), so a crash or a
kill mid-request still leaves a record. Staff read today's rows on the staff panel.

- A provider booking is written before it is sent (``sent``) and completed after. One still
  ``sent`` when the kiosk starts again becomes ``outcome_unknown``: nobody knows whether DexCare
  booked it, and staff must check.
- A walk-in hand-off is written when the patient is handed to DexCare's page (``handed_off``):
  ``booked`` when the page reached its confirmation, ``not_finished`` when the session ended
  before it (or the kiosk stopped). DexCare's page books on its own, so there is no correlation id.

It holds no PHI at all: time, kiosk id, journey, DexCare ids (department, provider NPI, slot, visit
type), the outcome code and the correlation id. Pure Python (sqlite3): no Qt, no network.

The journal survives its file. One that is corrupt or cannot be read at start is moved aside
(``<name>.set-aside-<UTC time>``, its mode kept, as evidence) and a fresh one begun, so the kiosk
comes up; the metrics count the files set aside until IT takes them away. An outcome that cannot be
written after a booking was sent (a full disk) is kept in memory, counted as unresolved, and
written as soon as the disk allows; a booking whose attempt cannot be written is not sent at all.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.domain.codes import support_code

log = logging.getLogger("kiosk.journal")

SENT = "sent"
BOOKED = "booked"
UNKNOWN = "outcome_unknown"
HANDED_OFF = "handed_off"  # a walk-in patient is on DexCare's page
NOT_FINISHED = "not_finished"  # ... and left it before its confirmation

_SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id             TEXT PRIMARY KEY,
    started_at     TEXT NOT NULL,
    finished_at    TEXT,
    kiosk_id       TEXT NOT NULL,
    journey        TEXT NOT NULL,
    training       INTEGER NOT NULL,
    department_id  TEXT NOT NULL,
    npi            TEXT NOT NULL,
    slot_id        TEXT NOT NULL,
    visit_type_id  TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    outcome        TEXT NOT NULL,
    checked_at     TEXT  -- staff have checked an unknown outcome with DexCare
);
CREATE INDEX IF NOT EXISTS attempts_started ON attempts (started_at);
"""

COLUMNS: tuple[str, ...] = ("id", "started_at", "finished_at", "kiosk_id", "journey", "training", "department_id",
           "npi", "slot_id", "visit_type_id", "correlation_id", "outcome", "checked_at")  # fmt: skip


# Built once from constant column names (never from input).
_INSERT = f"INSERT INTO attempts ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"  # noqa: S608
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM attempts ORDER BY started_at DESC, rowid DESC LIMIT ?"  # noqa: S608
# An unknown outcome staff have not checked (the desk's to-do; Attempt.unresolved), for UNKNOWN.
_OPEN = "outcome = ? AND checked_at IS NULL"
# Since a time: the unresolved unknown outcomes, then the others newest first, as many as asked for
# (SQLite's LIMIT -1: all of them).
_SINCE = f"SELECT {', '.join(COLUMNS)} FROM attempts WHERE started_at >= ? AND {_OPEN} ORDER BY started_at DESC, rowid DESC"  # noqa: S608
_SINCE_OTHERS = f"SELECT {', '.join(COLUMNS)} FROM attempts WHERE started_at >= ? AND NOT ({_OPEN}) ORDER BY started_at DESC, rowid DESC LIMIT ?"  # noqa: S608


@dataclass(frozen=True)
class Attempt:
    id: str
    started_at: str
    finished_at: str | None
    kiosk_id: str
    journey: str
    training: bool
    department_id: str
    npi: str
    slot_id: str
    visit_type_id: str
    correlation_id: str
    outcome: str
    checked_at: str | None = None

    @property
    def support_code(self) -> str:
        """As the patient saw it: the start of the correlation id, grouped (``0C7B-5587``)."""
        return support_code(self.correlation_id)

    @property
    def unresolved(self) -> bool:
        return self.outcome == UNKNOWN and self.checked_at is None


# What SQLite says of a file it cannot use as a database at all (primary result codes).
_SET_ASIDE_CODES = frozenset({
    sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM,
    sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_AUTH,
})  # fmt: skip
SET_ASIDE = ".set-aside-"


class JournalError(Exception):
    """The journal can neither be opened nor set aside (the message names its path)."""


class Journal:
    def __init__(
        self,
        path: Path,
        *,
        kiosk_id: str,
        training: bool,
        keep_days: int = 90,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = path
        self._kiosk_id = kiosk_id
        self._training = training
        self._clock = clock
        # Writes that failed (begin or finish) since start, and the outcomes still to write.
        self.write_failures = 0
        self._unwritten: dict[str, tuple[str, str | None]] = {}
        self.set_aside: Path | None = None  # where this start put a journal it could not use
        try:
            self._db = self._open(path)
        except sqlite3.DatabaseError as err:
            if _primary(err) not in _SET_ASIDE_CODES:
                raise JournalError(
                    f"{path}: cannot open the booking journal ({_name(err)})"
                ) from None
            self.set_aside = self._put_aside(path, err)
            try:
                self._db = self._open(path)
            except sqlite3.Error as again:
                raise JournalError(
                    f"{path}: cannot start a fresh booking journal ({_name(again)})"
                ) from None
        self.recovered = self._recover()
        self.pruned = self._prune(keep_days)
        # Told (journey, outcome) as rows begin and finish: the metrics count them. Never PHI:
        # the journal holds none.
        self.listeners: list[Callable[[str, str], None]] = []

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # an attempt is on disk before it is sent
            found = db.execute("PRAGMA quick_check(1)").fetchone()
            if found is None or found[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")  # no sqlite_errorcode: corrupt
            db.executescript(_SCHEMA)
            path.chmod(0o600)
        except BaseException:
            db.close()
            raise
        return db

    def _put_aside(self, path: Path, err: sqlite3.DatabaseError) -> Path:
        """Rename the file (and its write-ahead log) for IT to look at; its mode is kept."""
        stamp = self._clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = path.with_name(f"{path.name}{SET_ASIDE}{stamp}")
        try:
            os.replace(path, kept)
            wal = path.with_name(path.name + "-wal")
            if wal.exists():
                os.replace(wal, kept.with_name(kept.name + "-wal"))
            path.with_name(path.name + "-shm").unlink(missing_ok=True)
        except OSError as moved:
            raise JournalError(
                f"{path}: the booking journal cannot be used ({_name(err)}) nor set aside "
                f"({type(moved).__name__})"
            ) from None
        log.error(
            "the booking journal %s could not be used (%s): set aside as %s, a fresh one begun",
            path, _name(err), kept.name, extra={"event": "journal.set_aside"},
        )  # fmt: skip
        return kept

    def set_aside_files(self) -> int:
        """Journals set aside beside this one that are still there (IT removes them once seen)."""
        try:
            return sum(1 for p in self.path.parent.glob(f"{self.path.name}{SET_ASIDE}*")
                       if not p.name.endswith("-wal"))  # fmt: skip
        except OSError:
            return 0

    def _tell(self, journey: str, outcome: str) -> None:
        for listener in self.listeners:
            try:
                listener(journey, outcome)
            except Exception as err:  # noqa: BLE001 - a counter must never undo a booking's record
                log.warning("a journal listener failed (%s)", type(err).__name__)

    def _now(self) -> str:
        return self._utc(self._clock())

    def _recover(self) -> int:
        """Rows a crash or a kill left open. A booking left ``sent``: its outcome is unknown (the
        count returned). A hand-off left open: the kiosk never saw DexCare's confirmation."""
        now = self._now()
        self._db.execute(
            "UPDATE attempts SET outcome = ?, finished_at = ? WHERE outcome = ?",
            (NOT_FINISHED, now, HANDED_OFF),
        )
        cur = self._db.execute(
            "UPDATE attempts SET outcome = ?, finished_at = ? WHERE outcome = ?",
            (UNKNOWN, now, SENT),
        )
        return cur.rowcount

    def _prune(self, keep_days: int) -> int:
        """Rows older than ``keep_days`` go, at each start, so the journal does not grow for the
        kiosk's life. An outcome still unknown and unchecked stays until staff check it: it may
        be a booking nobody has confirmed."""
        cutoff = self._utc(self._clock() - timedelta(days=keep_days))
        cur = self._db.execute(
            f"DELETE FROM attempts WHERE started_at < ? AND NOT ({_OPEN})",  # noqa: S608
            (cutoff, UNKNOWN),
        )
        return cur.rowcount

    def begin(
        self, *, journey: str, department_id: str, npi: str, slot_id: str, visit_type_id: str,
        correlation_id: str, status: str = SENT,
    ) -> str:  # fmt: skip
        """A new row, open until :meth:`finish`: ``sent`` (a booking about to be posted) or
        ``handed_off`` (a walk-in patient given to DexCare's page)."""
        attempt = str(uuid.uuid4())
        try:
            self._db.execute(
                _INSERT,
                (attempt, self._now(), None, self._kiosk_id, journey, int(self._training),
                 department_id, npi, slot_id, visit_type_id, correlation_id, status, None),
            )  # fmt: skip
        except sqlite3.Error as err:
            self.write_failures += 1
            log.error("could not journal an attempt (%s)", _name(err),
                      extra={"event": "journal.write_failed"})  # fmt: skip
            raise
        if status != SENT:
            self._tell(journey, status)
        return attempt

    def finish(self, attempt: str, outcome: str, correlation_id: str | None = None) -> None:
        """Record an attempt's outcome. One that cannot be written (a full disk) is kept and
        counted until it can: it never raises, so the patient still hears what DexCare said."""
        self._unwritten[attempt] = (outcome, correlation_id)
        self.flush()
        if attempt in self._unwritten:
            self.write_failures += 1
            log.error("could not journal an outcome (%s): kept until it can be",
                      outcome, extra={"event": "journal.write_failed"})  # fmt: skip
        try:
            row = self._db.execute(
                "SELECT journey FROM attempts WHERE id = ?", (attempt,)
            ).fetchone()
        except sqlite3.Error:
            row = None
        if row is not None:
            self._tell(row[0], outcome)

    def flush(self) -> None:
        """Write the outcomes a failed write left in memory, as far as the disk allows."""
        for attempt, (outcome, correlation_id) in list(self._unwritten.items()):
            try:
                self._db.execute(
                    "UPDATE attempts SET outcome = ?, finished_at = ?,"
                    " correlation_id = COALESCE(?, correlation_id) WHERE id = ?",
                    (outcome, self._now(), correlation_id, attempt),
                )
            except sqlite3.Error:
                return
            del self._unwritten[attempt]

    @property
    def unwritten(self) -> int:
        return len(self._unwritten)

    def recent(self, limit: int = 50) -> list[Attempt]:
        self.flush()
        return self._attempts(self._db.execute(_SELECT, (limit,)).fetchall())

    def since(self, start: datetime, limit: int | None = None) -> list[Attempt]:
        """Attempts started at or after ``start``: every unresolved unknown outcome first (the
        desk's to-do, never cut), then the others newest first, at most ``limit`` of them."""
        self.flush()
        cutoff = self._utc(start)
        open_ = self._db.execute(_SINCE, (cutoff, UNKNOWN)).fetchall()
        others = self._db.execute(
            _SINCE_OTHERS, (cutoff, UNKNOWN, -1 if limit is None else limit)
        ).fetchall()
        return self._attempts(open_ + others)

    def count_since(self, start: datetime) -> int:
        cur = self._db.execute(
            "SELECT COUNT(*) FROM attempts WHERE started_at >= ?", (self._utc(start),)
        )
        return int(cur.fetchone()[0])

    @staticmethod
    def _utc(at: datetime) -> str:
        return at.astimezone(UTC).isoformat(timespec="seconds")

    @staticmethod
    def _attempts(rows: list[tuple[object, ...]]) -> list[Attempt]:
        return [Attempt(**{**dict(zip(COLUMNS, row, strict=True)), "training": bool(row[5])})  # type: ignore[arg-type]
                for row in rows]  # fmt: skip

    def unresolved(self) -> int:
        """Outcomes unknown that staff have not checked yet, however old (the desk's to-do),
        and those not yet written."""
        self.flush()
        pending = [a for a, (outcome, _) in self._unwritten.items() if outcome == UNKNOWN]
        cur = self._db.execute(f"SELECT COUNT(*) FROM attempts WHERE {_OPEN}", (UNKNOWN,))  # noqa: S608
        return int(cur.fetchone()[0]) + len(pending)

    def mark_checked(self, attempt: str) -> None:
        self._db.execute(
            "UPDATE attempts SET checked_at = ? WHERE id = ? AND checked_at IS NULL",
            (self._now(), attempt),
        )

    def close(self) -> None:
        self._db.close()


def _primary(err: sqlite3.Error) -> int:
    code = getattr(err, "sqlite_errorcode", None)
    return sqlite3.SQLITE_CORRUPT if code is None else int(code) & 0xFF


def _name(err: sqlite3.Error) -> str:
    return getattr(err, "sqlite_errorname", None) or type(err).__name__
