"""Staff access, pure Python: the PIN as a salted slow hash, the lock-out after wrong PINs, and the
kiosk's own persistent state (out of service, the lock-out) in a small file that survives a
restart.

The PIN is never stored, only ``scrypt$N$r$p$salt$hash`` (hashlib.scrypt, 16-byte random salt),
compared in constant time; a stored hash whose parameters are out of bounds is refused when read.
Each try is counted before its hash runs, and lock-outs in a row grow longer.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import logging
import os
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger("kiosk.staff")

PIN_RULE = re.compile(r"[0-9]{4,8}")  # ASCII digits: what the pad can type (never \d: ٣ or ３)
MIN_LENGTH = 6  # the default shortest PIN `kiosk staff set-pin` accepts (staff.pin_min_length)
MAX_TRIES = 5
# Each lock-out in a row lasts longer (minutes: 1, 5, 15, then 60 each); a right PIN starts again.
LOCK_STEPS = (60, 5 * 60, 15 * 60, 60 * 60)
TRAINING_PIN = "1234"  # training (demo) mode without a configured PIN only; see the README

_N, _R, _P = 2**14, 8, 1  # ~16 MiB of memory per try: slow to guess, fast enough to type
_HASH = re.compile(
    r"scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9+/=]{1,128})\$([A-Za-z0-9+/=]{1,128})"
)
# What a stored hash may ask of the machine (a hand-edited or pulled config could ask for a
# hashing that takes minutes or gigabytes at every try): bounded when it is read.
_N_RANGE = (2**12, 2**16)
_R_RANGE, _P_RANGE = (1, 16), (1, 4)
_MEMORY_LIMIT = 64 * 1024 * 1024
_SALT_BYTES, _DIGEST_BYTES = (8, 64), (16, 64)
# Well-known PINs that are not a sequence or a repeat: a keypad's middle column, and years.
_COMMON = re.compile(r"2580|0852|19\d\d|20\d\d")


class PinError(ValueError):
    pass


def check_pin_rule(pin: str, *, min_length: int = 4) -> None:
    """A PIN staff may choose: ``min_length`` to 8 ASCII digits, and not one anyone would try
    first (one digit repeated, a run up or down, a pair repeated, a keypad column, a year)."""
    if not PIN_RULE.fullmatch(pin) or len(pin) < min_length:
        raise PinError(f"the PIN must be {min_length} to 8 digits (0-9)")
    if is_trivial(pin):
        raise PinError("that PIN is too easy to guess: choose digits with no pattern")


def is_trivial(pin: str) -> bool:
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    return (
        steps in ({0}, {1}, {-1})  # 0000, 1234, 9876
        or pin == (pin[:2] * len(pin))[: len(pin)]  # 1212, 121212
        or bool(_COMMON.fullmatch(pin))
    )


def hash_pin(pin: str, *, min_length: int = 4) -> str:
    check_pin_rule(pin, min_length=min_length)
    return _hash(pin)


def _hash(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def training_pin_hash() -> str:
    """The training PIN's hash (training mode without a configured PIN only): deliberately the
    easy 1234, so it is hashed without the rule that refuses it for real use."""
    return _hash(TRAINING_PIN)


def _parsed(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    """A stored hash's parameters, salt and digest; None when any is outside the bounds."""
    m = _HASH.fullmatch(stored)
    if m is None:
        return None
    n, r, p = int(m[1]), int(m[2]), int(m[3])
    try:
        salt, digest = base64.b64decode(m[4], validate=True), base64.b64decode(m[5], validate=True)
    except ValueError:
        return None
    fits = (
        _N_RANGE[0] <= n <= _N_RANGE[1]
        and n & (n - 1) == 0
        and _R_RANGE[0] <= r <= _R_RANGE[1]
        and _P_RANGE[0] <= p <= _P_RANGE[1]
        and 128 * n * r * p <= _MEMORY_LIMIT
        and _SALT_BYTES[0] <= len(salt) <= _SALT_BYTES[1]
        and _DIGEST_BYTES[0] <= len(digest) <= _DIGEST_BYTES[1]
    )
    return (n, r, p, salt, digest) if fits else None


def is_pin_hash(value: str) -> bool:
    return _parsed(value) is not None


def verify_pin(pin: str, stored: str) -> bool:
    parsed = _parsed(stored)
    if parsed is None or not PIN_RULE.fullmatch(pin):
        return False
    n, r, p, salt, expected = parsed
    digest = hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, dklen=len(expected), maxmem=2 * _MEMORY_LIMIT
    )
    return hmac.compare_digest(digest, expected)


@dataclass
class _Saved:
    failures: int = 0  # tries counted since the last right PIN or lock-out (before each hash)
    locked_until: float = 0.0  # wall-clock epoch seconds: survives a restart
    lockouts: int = 0  # lock-outs in a row without a right PIN: the next one is longer
    out_of_service: bool = False


class KioskState:
    """What must survive a restart: out of service, and the PIN lock-out. Written atomically."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self._saved = _Saved()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self._saved = _Saved(
                failures=max(0, int(data.get("failures", 0))),
                locked_until=float(data.get("locked_until", 0.0)),
                lockouts=max(0, int(data.get("lockouts", 0))),
                out_of_service=bool(data.get("out_of_service", False)),
            )
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, AttributeError):
            log.warning("kiosk state file unreadable; starting from defaults")

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self._saved)), encoding="utf-8")
        tmp.chmod(0o600)
        os.replace(tmp, self.path)

    # ---------------------------------------------------------------------------- lock-out
    @staticmethod
    def lock_seconds(lockouts: int) -> int:
        """How long the ``lockouts``-th lock-out in a row lasts (1 = the first)."""
        return LOCK_STEPS[min(max(lockouts, 1), len(LOCK_STEPS)) - 1]

    def locked_for(self) -> int:
        """Seconds the PIN pad stays locked (0 = open); never more than the lock-out's own length,
        even if the clock was set back after it began (the lock-out then runs from now)."""
        now = self._clock()
        longest = self.lock_seconds(self._saved.lockouts)
        if self._saved.locked_until - now > longest:
            self._saved.locked_until = now + longest
            self._save()
        return max(0, int(self._saved.locked_until - now + 0.999))

    def tries_left(self) -> int:
        return max(0, MAX_TRIES - self._saved.failures)

    def take_try(self) -> int:
        """Count a try *before* its PIN is hashed (so guesses sent faster than the hash cannot get
        past the count). 0: go ahead; else the seconds the pad is locked (or the tries are
        spent, their answers still coming): the PIN is not even looked at."""
        locked = self.locked_for()
        if locked:
            return locked
        if self._saved.failures >= MAX_TRIES:
            return 1
        self._saved.failures += 1
        self._save()
        return 0

    def wrong_pin(self) -> int:
        """A counted try was wrong; the last allowed one locks the pad, each lock-out in a row
        longer than the one before. Returns the seconds it is now locked."""
        if self._saved.failures >= MAX_TRIES:
            self._saved.failures = 0
            self._saved.lockouts += 1
            seconds = self.lock_seconds(self._saved.lockouts)
            self._saved.locked_until = self._clock() + seconds
            self._save()
            log.warning(
                "%d wrong staff PINs: the pad is locked for %d s (lock-out %d in a row)",
                MAX_TRIES, seconds, self._saved.lockouts,
                extra={"event": "staff.pin_locked"},
            )  # fmt: skip
        return self.locked_for()

    @property
    def lockouts_in_a_row(self) -> int:
        return self._saved.lockouts

    def right_pin(self) -> None:
        if self._saved.failures or self._saved.locked_until or self._saved.lockouts:
            self._saved.failures, self._saved.locked_until, self._saved.lockouts = 0, 0.0, 0
            self._save()

    # ------------------------------------------------------------------------ out of service
    @property
    def out_of_service(self) -> bool:
        return self._saved.out_of_service

    def set_out_of_service(self, value: bool) -> None:
        self._saved.out_of_service = value
        self._save()
        log.info("kiosk %s by staff", "taken out of service" if value else "back in service")
