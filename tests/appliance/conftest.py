"""The package, built once for every appliance test module (or given as ``CLINIC_KIOSK_DEB``)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from _pytest.terminal import TerminalReporter

REPO = Path(__file__).parents[2]


class Built:
    def __init__(self, deb: Path, output: str) -> None:
        self.deb, self.output = deb, output


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    given = os.environ.get("CLINIC_KIOSK_DEB")  # a package built already (a local re-run)
    if given:
        return Built(Path(given), "")
    out = tmp_path_factory.mktemp("dist")
    # gzip -1 instead of xz: this package is unpacked at once, not shipped.
    env = {**os.environ, "DEB_COMPRESSION": "fast"}
    done = subprocess.run(
        [str(REPO / "packaging" / "dev"), "deb", str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    deb = Path(done.stdout.strip().splitlines()[-1])
    assert deb.parent == out and deb.name.startswith("clinic-kiosk_"), done.stdout
    return Built(deb, done.stderr)


_FIGURES: list[str] = []


@pytest.fixture
def figure() -> Callable[[str], None]:
    """A measured figure (recovery time, series count, score): printed after the run's summary."""
    return _FIGURES.append


def pytest_terminal_summary(terminalreporter: TerminalReporter) -> None:
    if _FIGURES:
        terminalreporter.section("appliance figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)
