"""Give memory freed during a patient session back to the system, so a kiosk that runs for months
does not creep upwards.

glibc's allocator keeps what Qt, QML and Python free in its arenas for reuse; with a web page,
the QML of a dozen screens and DexCare's answers made and dropped per patient, the arenas
fragment and the resident size climbs although nothing is alive (``kiosk soak`` shows it).
``malloc_trim(0)`` returns the free pages at the arenas' ends and in their middles. It takes a few
milliseconds, so the kiosk calls it on Welcome, after a reset, when nobody is waiting on it. On a
libc without it (musl) it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from collections.abc import Callable
from functools import cache

log = logging.getLogger("kiosk.memory")


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    trim = getattr(libc, "malloc_trim", None)
    if trim is None:
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim  # type: ignore[no-any-return]


def release_free_memory() -> bool:
    """True when the allocator gave memory back."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False
