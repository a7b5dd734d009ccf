"""Staff access, pure Python: the PIN as a salted slow hash, the lock-out after wrong PINs, and the
kiosk's own persistent state (out of service, the lock-out) in a small file that survives a
restart.

The PIN is never stored, only ``scrypt$N$r$p$salt$hash`` (hashlib.scrypt, 16-byte random salt),
and compared in constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
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

PIN_RULE = re.compile(r"\d{4,8}")
MAX_TRIES = 5
LOCK_SECONDS = 5 * 60
TRAINING_PIN = "1234"  # training (demo) mode without a configured PIN only; see the README

_N, _R, _P = 2**14, 8, 1  # ~16 MiB of memory per try: slow to guess, fast enough to type
_HASH = re.compile(r"scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)")


class PinError(ValueError):
    pass


def check_pin_rule(pin: str) -> None:
    if not PIN_RULE.fullmatch(pin):
        raise PinError("the PIN must be 4 to 8 digits")


def hash_pin(pin: str) -> str:
    check_pin_rule(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def is_pin_hash(value: str) -> bool:
    return bool(_HASH.fullmatch(value))


def verify_pin(pin: str, stored: str) -> bool:
    m = _HASH.fullmatch(stored)
    if m is None or not PIN_RULE.fullmatch(pin):
        return False
    n, r, p = int(m[1]), int(m[2]), int(m[3])
    salt, expected = base64.b64decode(m[4]), base64.b64decode(m[5])
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=len(expected))
    return hmac.compare_digest(digest, expected)


@dataclass
class _Saved:
    failures: int = 0
    locked_until: float = 0.0  # wall-clock epoch seconds: survives a restart
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
                failures=int(data.get("failures", 0)),
                locked_until=float(data.get("locked_until", 0.0)),
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
    def locked_for(self) -> int:
        """Seconds the PIN pad stays locked (0 = open); never more than one lock-out, even if
        the clock was set back after it began (the lock-out then runs from now)."""
        now = self._clock()
        if self._saved.locked_until - now > LOCK_SECONDS:
            self._saved.locked_until = now + LOCK_SECONDS
            self._save()
        return max(0, int(self._saved.locked_until - now + 0.999))

    def tries_left(self) -> int:
        return max(0, MAX_TRIES - self._saved.failures)

    def wrong_pin(self) -> int:
        """Count a wrong PIN; the fifth locks the pad. Returns the seconds it is now locked."""
        self._saved.failures += 1
        if self._saved.failures >= MAX_TRIES:
            self._saved.failures = 0
            self._saved.locked_until = self._clock() + LOCK_SECONDS
            log.warning("%d wrong staff PINs: the pad is locked for %d s", MAX_TRIES, LOCK_SECONDS)
        self._save()
        return self.locked_for()

    def right_pin(self) -> None:
        if self._saved.failures or self._saved.locked_until:
            self._saved.failures, self._saved.locked_until = 0, 0.0
            self._save()

    # ------------------------------------------------------------------------ out of service
    @property
    def out_of_service(self) -> bool:
        return self._saved.out_of_service

    def set_out_of_service(self, value: bool) -> None:
        self._saved.out_of_service = value
        self._save()
        log.info("kiosk %s by staff", "taken out of service" if value else "back in service")
