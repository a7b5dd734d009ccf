"""Give memory freed during a patient session back to the system, so a kiosk that runs for months
does not creep upwards.

glibc's allocator keeps what Qt, QML and Python free in its arenas for reuse; with a web page,
the QML of a dozen screens and DexCare's answers made and dropped per patient, the arenas
fragment and the resident size climbs although nothing is alive (``kiosk soak`` shows it).
``malloc_trim(0)`` returns the free pages at the arenas' ends and in their middles. It takes a few
milliseconds, so the kiosk calls it on Welcome, after a reset, when nobody is waiting on it. On a
libc without it (musl) it does nothing.

Each thread that allocates (Qt's render, QML, network and WebEngine threads, qasync's executor)
gets an arena of its own, up to eight per core, and each fragments on its own; two arenas are
plenty for one GUI process and leave far less to fragment. ``limit_arenas`` sets that before
Qt starts its threads; ``MALLOC_ARENA_MAX`` in the environment, where IT sets one, wins.
"""

from __future__ import annotations

import ctypes
import logging
import os
from collections.abc import Callable
from functools import cache

log = logging.getLogger("kiosk.memory")


TRIM_DELAY_MS = 1500  # after a reset: Welcome is drawn and the last page is gone by then
M_ARENA_MAX = -8  # glibc's malloc.h
ARENAS = 2


@cache
def _libc() -> ctypes.CDLL | None:
    # The process's own symbols, glibc's among them: no search for the library (find_library
    # runs ldconfig, a few ms before Welcome is drawn).
    try:
        return ctypes.CDLL(None)
    except OSError:
        return None


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas; True when the cap is in place. Call before threads start."""
    libc = _libc()
    mallopt = getattr(libc, "mallopt", None)
    if mallopt is None or os.environ.get("MALLOC_ARENA_MAX"):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, arenas))


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    trim = getattr(_libc(), "malloc_trim", None)
    if trim is None:
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim  # type: ignore[no-any-return]


def release_free_memory() -> bool:
    """True when the allocator gave memory back."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in [
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        ]
    ]


def heap_mib() -> tuple[float, float] | None:
    """glibc's heap, every arena: (MiB in use, MiB free but kept), or None off glibc 2.33+.
    Growth in use is something kept alive; growth in free is fragmentation (``kiosk soak``)."""
    mallinfo2 = getattr(_libc(), "mallinfo2", None)
    if mallinfo2 is None:
        return None
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    mib = 1024 * 1024
    return (info.uordblks + info.hblkhd) / mib, info.fordblks / mib
