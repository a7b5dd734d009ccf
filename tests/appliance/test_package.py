"""The Debian package, built by ``packaging/dev deb`` and run as the appliance runs it.

The package is unpacked (``dpkg-deb -x``) and bind-mounted on /opt in a private mount namespace;
its kiosk runs under ``cage`` with the headless wlroots backend as the unprivileged ``nobody``,
Chromium's sandbox on, and a socket this test binds as ``NOTIFY_SOCKET`` (packaging/appliance.py).
It needs root (CI runs as root) and the Debian packages the README's test command installs.
"""

from __future__ import annotations

import importlib.util
import io
import itertools
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.appliance.conftest import Built

REPO = Path(__file__).parents[2]


def _load_appliance() -> ModuleType:
    spec = importlib.util.spec_from_file_location("appliance", REPO / "packaging" / "appliance.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["appliance"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


appliance: Any = _load_appliance()

_python = Path("/usr/bin/python3")
_why_not = (
    "needs root (a mount namespace and another user), as CI runs"
    if not hasattr(os, "geteuid") or os.geteuid() != 0
    else f"needs {', '.join(appliance.missing_tools())} (packaging/dev test installs them)"
    if appliance.missing_tools()
    else "the package is built for Debian 12's python3 (3.11)"
    if subprocess.run(
        [str(_python), "-c", "import sys; sys.exit(sys.version_info[:2] != (3, 11))"],
        check=False,
    ).returncode
    else ""
)
# Building the package takes minutes (pip, dpkg-deb, lintian on 6,000 files): the first test
# pays for it.
pytestmark = [
    pytest.mark.skipif(bool(_why_not), reason=_why_not or "-"),
    pytest.mark.timeout(900),
]

WELCOME_BLUE = (0x0B, 0x5A, 0x8C)  # Theme.brand, behind Welcome


@pytest.fixture(scope="module")
def root(built: Built) -> Iterator[Path]:
    with appliance.package_root(built.deb) as unpacked:
        yield unpacked


def test_dev_deb_runs_lintian_and_it_finds_nothing_unexplained(built: Built) -> None:
    if not built.output:
        pytest.skip("CLINIC_KIOSK_DEB given: the package was built (and linted) elsewhere")
    assert "lintian" in built.output
    tags = [line for line in built.output.splitlines() if line[:3] in ("E: ", "W: ")]
    assert tags == []


def test_package_says_what_it_needs_and_keeps_the_config(built: Built, root: Path) -> None:
    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "-f", str(built.deb), name], capture_output=True, text=True, check=True
        ).stdout.strip()

    depends = {d.strip().split(" ")[0] for d in field("Depends").replace("|", ",").split(",")}
    assert {"cage", "xwayland", "libwayland-cursor0", "fonts-dejavu-core", "python3"} <= depends
    assert {"libnss3", "libxkbcommon0", "libgbm1", "adduser", "systemd"} <= depends
    assert {"speech-dispatcher", "speech-dispatcher-espeak-ng"} <= depends, "speech output"
    info = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", str(built.deb)], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(info)) as control:
        conffiles = control.extractfile("./conffiles")
        assert conffiles is not None
        assert conffiles.read().decode().split() == [
            "/etc/clinic-kiosk/kiosk.toml",
            "/etc/clinic-kiosk/speechd.conf",
        ]
        for script in ("postinst", "prerm", "postrm"):
            member = control.getmember(f"./{script}")
            assert member.mode & 0o111, script
    config = (root / "etc/clinic-kiosk/kiosk.toml").read_text()
    assert 'data_dir = "/var/lib/clinic-kiosk"' in config
    assert 'api_key_file = "/etc/clinic-kiosk/secrets/' in config
    speechd = (root / "etc/clinic-kiosk/speechd.conf").read_text()
    assert 'AudioOutputMethod "pulse,alsa"' in speechd and "DefaultModule espeak-ng" in speechd
    postinst = (Path(__file__).parents[2] / "packaging/deb/postinst").read_text()
    home = "/var/lib/clinic-kiosk/.config/speech-dispatcher"  # the kiosk user's HOME is the unit's
    assert f"ln -sfn /etc/clinic-kiosk/speechd.conf {home}/speechd.conf" in postinst
    assert "HOME=/var/lib/clinic-kiosk " in (root / appliance.UNIT).read_text()
    venv = root / "opt/clinic-kiosk"
    assert os.readlink(venv / "bin/python3") == "/usr/bin/python3"
    assert "home = /usr/bin" in (venv / "pyvenv.cfg").read_text()
    assert not list(venv.rglob("__pycache__")), "byte code is compiled by postinst, not shipped"
    assert not (venv / "bin/pip").exists(), "a kiosk installs nothing"
    # The translations are compiled, and not older than their sources (the app would recompile).
    qm = venv / "app/resources/translations/kiosk_es.qm"
    assert qm.stat().st_mtime > qm.with_suffix(".ts").stat().st_mtime


def test_the_metrics_file_is_where_the_unit_lets_it_be_and_node_exporter_looks(root: Path) -> None:
    """The packaged config's textfile, the unit's ReadWritePaths= and postinst's link agree: a
    mismatch is a kiosk that cannot write its metrics, or writes them where nobody reads."""
    config = tomllib.loads((root / "etc/clinic-kiosk/kiosk.toml").read_text())
    textfile = Path(config["metrics"]["textfile"])
    assert textfile.suffix == ".prom"
    writable = [p.lstrip("-") for p in appliance.unit_settings(root, "ReadWritePaths")]
    assert str(textfile.parent) in writable
    postinst = (Path(__file__).parents[2] / "packaging/deb/postinst").read_text()
    assert f"install -d -o kiosk -g kiosk -m 0755 {textfile.parent}" in postinst
    link = f"/var/lib/prometheus/node-exporter/{textfile.name}"
    assert f"ln -sf {textfile} {link}" in postinst
    assert link in (Path(__file__).parents[2] / "packaging/deb/postrm").read_text()


def test_the_speech_helper_runs_from_the_package(root: Path) -> None:
    """kiosk/qt/speech.py runs kiosk/qt/speechhost.py by its path with the venv's python: it is
    shipped (a file git does not track is not), and its imports resolve in the trimmed venv."""
    venv = root / "opt/clinic-kiosk"
    helper = venv / "app/kiosk/qt/speechhost.py"
    assert helper.is_file(), "the speech helper is not in the package: speech would be off"
    done = subprocess.run(
        [str(venv / "bin/python"), "-I", str(helper), "mock", "0.7"],
        input=b"", capture_output=True, timeout=60, check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert b'"event": "ready"' in done.stdout and b'"state": "Ready"' in done.stdout


def test_unit_verifies(root: Path) -> None:
    unit = root / appliance.UNIT
    done = subprocess.run(
        appliance.in_package(root, ["systemd-analyze", "verify", str(unit)], user=None),
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")
    text = unit.read_text()
    for line in (
        "Type=notify",
        "NotifyAccess=all",
        "Restart=always",
        "User=kiosk",
        "PAMName=login",
        "TTYPath=/dev/tty1",
        "Conflicts=getty@tty1.service",
        "ProtectSystem=strict",
    ):
        assert f"\n{line}\n" in text, line
    for forbidden in ("MemoryDenyWriteExecute", "PrivateDevices", "PrivateUsers"):
        assert f"\n{forbidden}=" not in text, forbidden
    # Chromium's sandbox puts each renderer in new user, PID and network namespaces.
    namespaces = re.findall(r"^RestrictNamespaces=(.*)$", text, re.M)
    assert all({"user", "pid", "net"} <= set(n.split()) for n in namespaces), namespaces


@pytest.fixture(scope="module")
def session(root: Path) -> Iterator[Any]:
    work = appliance.workdir("clinic-kiosk-cage.")
    build = work / "kiosk_test_build.py"
    build.write_text((Path(__file__).parent / "kiosk_test_build.py").read_text())
    build.chmod(0o644)
    kiosk = appliance.Kiosk(
        root,
        work,
        program=[f"{appliance.PREFIX}/bin/python", "-I", str(build)],
        watchdog_usec=2_000_000,  # a beat every second
        extra_env={"KIOSK_TEST_OUT": str(work / "home"), "KIOSK_TEST_BLOCK": "6"},
    )
    kiosk.start()
    try:
        yield kiosk
    finally:
        kiosk.close()
        shutil.rmtree(work, ignore_errors=True)


class TestUnderCage:
    """One cage session, checked in order: ready, beating, hung, sandboxed, drawn, stopped."""

    def test_ready_after_welcome_is_drawn(self, session: Any) -> None:
        try:
            session.notify.wait_for("READY", 120, "1")
        except TimeoutError:
            pytest.fail(session.log_text()[-3000:])
        ready = session.notify.messages[-1][1]
        assert ready["STATUS"] == "ready, waiting for a patient (training)"
        uid = int(
            Path(f"/proc/{session.kiosk_pid()}/status").read_text().split("Uid:")[1].split()[0]
        )
        assert uid == 65534  # nobody: the unit's kiosk user stands in

    def test_watchdog_beats_from_the_gui_thread(self, session: Any) -> None:
        session.notify.drain(0.5)  # what queued since READY
        beats = [t for t, m in session.notify.drain(4.2) if m.get("WATCHDOG") == "1"]
        assert len(beats) >= 3
        gaps = [b - a for a, b in itertools.pairwise(beats)]
        assert max(gaps) < 1.6  # half of WatchdogSec: systemd sees every one in time

    def test_a_blocked_gui_thread_stops_the_beats(self, session: Any) -> None:
        session.notify.drain(1.2)
        blocked = time.monotonic()
        os.kill(session.kiosk_pid(), signal.SIGUSR1)  # the test build sleeps 6 s on the GUI thread
        during = [t for t, m in session.notify.drain(4.5) if m.get("WATCHDOG") == "1"]
        assert [t for t in during if t - blocked > 0.3] == []
        # After it, the loop runs again: the beats come back (a real unit would have been restarted).
        assert session.notify.wait_for("WATCHDOG", 5, "1") - blocked > 5.5

    def test_chromium_is_sandboxed(self, session: Any) -> None:
        os.kill(session.kiosk_pid(), signal.SIGUSR2)  # the test build opens chrome://sandbox
        report = session.home / "sandbox.txt"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "sandboxed" not in (
            report.read_text() if report.exists() else ""
        ):
            time.sleep(0.25)
        text = report.read_text() if report.exists() else session.log_text()[-2000:]
        assert "You are adequately sandboxed." in text
        assert "Layer 1 Sandbox\tNamespace" in text
        assert "Seccomp-BPF sandbox\tYes" in text
        assert "PID namespaces\tYes" in text and "Network namespaces\tYes" in text

    def test_screenshot_through_the_compositor_is_welcome(self, session: Any) -> None:
        from PySide6.QtGui import QImage

        shot = session.screenshot(session.work / "welcome.png")
        image = QImage(str(shot))
        assert not image.isNull() and image.width() >= 640
        colors: dict[tuple[int, int, int], int] = {}
        for y in range(0, image.height(), 8):
            for x in range(0, image.width(), 8):
                c = image.pixelColor(x, y)
                key = (c.red(), c.green(), c.blue())
                colors[key] = colors.get(key, 0) + 1
        total = sum(colors.values())
        assert len(colors) > 10, "a blank output"
        assert colors.get(WELCOME_BLUE, 0) > total // 3, sorted(colors, key=colors.get)[-3:]
        assert colors.get((255, 255, 255), 0) > total // 50  # the white buttons and text

    def test_stop_as_the_unit_stops_it(self, session: Any) -> None:
        assert session.stop(timeout=30) == 0  # cage exits by itself once the kiosk has quit
        said = [m for _, m in session.notify.drain(0.3)]
        assert {"STOPPING": "1", "STATUS": "stopping"} in said


def test_crash_recovery_benchmark_runs(built: Built, capsys: pytest.CaptureFixture[str]) -> None:
    """The figure itself is printed by ``python3 packaging/appliance.py bench-recovery`` (README);
    here one round, to keep the benchmark working: SIGKILL -> RestartSec -> ExecCondition -> cage ->
    READY=1 of the restarted kiosk."""
    figures = appliance.bench_recovery(built.deb, rounds=1)
    assert len(figures) == 1 and 0 < figures[0] < 60
    assert "from SIGKILL to Welcome drawn" in capsys.readouterr().out
