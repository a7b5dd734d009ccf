"""The real app as a subprocess: `kiosk run --demo` starts, logs JSON lines, stops cleanly on
SIGTERM (how systemd stops it), and logs nothing a patient typed."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time


def test_kiosk_run_starts_and_stops_on_sigterm() -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_QUICK_BACKEND": "software",
        "PYTHONUNBUFFERED": "1",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--log-json", "run", "--demo", "--windowed"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert proc.stderr is not None
    entries: list[dict[str, str]] = []
    try:
        deadline = time.monotonic() + 30
        while not any("ready (training)" in e.get("message", "") for e in entries):
            assert time.monotonic() < deadline, "the kiosk did not start"
            ready, _, _ = select.select([proc.stderr], [], [], 1)
            if ready:
                line = proc.stderr.readline()
                if line.startswith("{"):
                    entries.append(json.loads(line))
        proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    entries += [json.loads(line) for line in rest.splitlines() if line.startswith("{")]
    assert proc.returncode == 0
    messages = [e["message"] for e in entries]
    assert "kiosk stopping" in messages and "kiosk stopped" in messages
    assert {"time", "level", "area", "message"} <= set(entries[0])
    assert any(
        e["area"] == "kiosk.web" and e["message"] == "web profile destroyed" for e in entries
    )
