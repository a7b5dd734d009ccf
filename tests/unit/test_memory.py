"""Memory freed between patients goes back to the system (glibc's malloc_trim)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

from kiosk import memory


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_freed_memory_is_given_back_on_glibc() -> None:
    assert memory._malloc_trim() is not None
    blocks = [bytearray(64 * 1024) for _ in range(2000)]  # ~128 MiB, then freed
    del blocks
    assert memory.release_free_memory() is True  # something was returned


ARENAS_SEEN = """
import ctypes, sys, threading
from kiosk import memory
capped = memory.limit_arenas(int(sys.argv[1])) if sys.argv[1] != "0" else False
go = threading.Barrier(6)
def allocate():
    go.wait()  # all at once, so each thread wants an arena of its own
    blocks = [bytearray(4096) for _ in range(20000)]
    go.wait()
    del blocks
threads = [threading.Thread(target=allocate) for _ in range(6)]
for t in threads: t.start()
for t in threads: t.join()
ctypes.CDLL("libc.so.6").malloc_stats()  # one "Arena n:" block per arena, on stderr
print(capped)
"""


def _arenas(cap: int, env: dict[str, str]) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-c", ARENAS_SEEN, str(cap)],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    return done.stderr.count("Arena "), done.stdout.strip()


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="arenas are glibc's")
def test_threads_share_the_capped_arenas() -> None:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    free, _ = _arenas(0, env)
    capped, said = _arenas(2, env)
    assert said == "True"
    assert capped <= 2 < free  # six busy threads make more than two arenas unless capped


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="arenas are glibc's")
def test_an_arena_limit_set_by_it_wins() -> None:
    env = {**os.environ, "MALLOC_ARENA_MAX": "4"}
    _, said = _arenas(2, env)
    assert said == "False"
