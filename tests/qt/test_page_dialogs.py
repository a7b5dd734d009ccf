"""A page's dialog held open, then gone every way it can go, never crashes the kiosk.

Before, a dialog held 2 s or more crashed it (SIGSEGV) when it went: the heartbeat's answer,
waiting in the renderer behind the dialog, arrived after its view was destroyed; and at 8 s the
heartbeat's watchdog took the open dialog for a hung renderer and tore the view down itself.
Each case runs a kiosk in a child process (``page_dialog_child.py``), so a crash fails one test
instead of ending the run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("hold", [3, 10])
@pytest.mark.parametrize("action", ["ok", "start-over", "idle", "renderer"])
def test_a_dialog_held_open_then_gone_leaves_a_clean_welcome(hold: int, action: str) -> None:
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.qt.page_dialog_child", str(hold), action],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=110, check=False,
    )  # fmt: skip
    stages = done.stdout.split()
    assert done.returncode == 0, (
        f"exit {done.returncode} after: {done.stdout.strip()!r}\n{done.stderr[-3000:]}"
    )
    assert done.stdout.splitlines() == [
        "dialog shown",
        f"held {hold} s",
        "welcome clean",
        "next page works",
    ], stages
