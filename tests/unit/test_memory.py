"""Memory freed between patients goes back to the system (glibc's malloc_trim)."""

from __future__ import annotations

import platform

import pytest

from kiosk import memory


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_freed_memory_is_given_back_on_glibc() -> None:
    assert memory._malloc_trim() is not None
    blocks = [bytearray(64 * 1024) for _ in range(2000)]  # ~128 MiB, then freed
    del blocks
    assert memory.release_free_memory() is True  # something was returned
