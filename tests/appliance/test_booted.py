"""The appliance as deployed: Debian 12 booted with systemd as PID 1 (``systemd-nspawn --boot``),
the package and Debian's ``prometheus-node-exporter`` installed by apt, the kiosk started and
stopped by ``systemctl``, node_exporter running as its own user (packaging/container.py).

The tests run in file order on one container: without secrets, then with them, then what breaks
and comes back, then an upgrade, a removal and a purge. Needs root, like CI.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.appliance.conftest import REPO, Built


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("container", REPO / "packaging" / "container.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["container"] = module
    spec.loader.exec_module(module)
    return module


container: Any = _load()

_why_not = (
    "needs root (a booted container), as CI runs"
    if os.geteuid() != 0
    else f"needs {', '.join(container.missing_tools())} (packaging/dev test installs them)"
    if container.missing_tools()
    else ""
)
pytestmark = [pytest.mark.skipif(bool(_why_not), reason=_why_not or "-"), pytest.mark.timeout(1800)]
UNIT = container.UNIT


@pytest.fixture(scope="module")
def box(built: Built) -> Iterator[Any]:
    with container.booted(built.deb) as c:
        c.install(built.deb)
        c.configure(secrets=False)
        yield c


def not_killed(said: list[str]) -> bool:
    """Neither the kiosk nor cage was killed or aborted on the way out, and nothing was killed
    before the kiosk had finished ("kiosk stopped"). Afterwards systemd may kill what is still
    going away: speech-dispatcher (a daemon that lingers after its client) and, when the kiosk
    ended itself rather than being stopped, a web engine helper whose browser just exited."""
    end = said.index("kiosk stopped") if "kiosk stopped" in said else len(said)
    kills = [(i, m) for i, m in enumerate(said) if "Killing process" in m]
    killed = [m for i, m in kills if i < end or "(cage)" in m or "(kiosk)" in m or "(python" in m]
    aborted = [m for m in said if "wl_display_terminate" in m or "dumped core" in m]
    assert not killed and not aborted, killed + aborted
    return True


def started(box: Any) -> None:
    box.sh(f"systemctl start {UNIT}", timeout=120)  # Type=notify: returns on READY=1


def test_without_secrets_the_unit_is_skipped_and_never_restarted(box: Any) -> None:
    box.sh(f"systemctl start {UNIT}", check=False, timeout=120)
    time.sleep(3)
    state = box.show("ActiveState", "Result", "NRestarts")
    assert state == {"ActiveState": "inactive", "Result": "exec-condition", "NRestarts": "0"}
    said = " ".join(e.get("MESSAGE", "") for e in box.journal())
    assert "dexcare-api-key" in said  # which file is missing


def test_ready_after_welcome_with_status_and_journal_fields(box: Any) -> None:
    box.write_secrets()
    started(box)
    state = box.show("ActiveState", "SubState", "StatusText", "MainPID")
    assert state["ActiveState"] == "active" and state["SubState"] == "running"
    assert state["StatusText"], state  # the kiosk's STATUS=
    assert box.sh(f"cat /proc/{state['MainPID']}/comm").strip() == "cage"
    mine = [e for e in box.journal() if e.get("SYSLOG_IDENTIFIER") == "clinic-kiosk"]
    assert mine, "nothing from the kiosk in the journal"
    assert all(e.get("KIOSK_ID") for e in mine), "an entry without the kiosk's id"
    assert any(e.get("EVENT") for e in mine), "no structured EVENT field"
    assert {e.get("_UID") for e in mine} == {box.sh("id -u kiosk").strip()}


def test_node_exporter_as_its_own_user_serves_the_kiosks_series(
    box: Any, figure: Callable[[str], None]
) -> None:
    """Under the unit's UMask=0027 the metrics file was 0640 kiosk:kiosk: node_exporter (user
    "prometheus") could not read it, no clinic_kiosk_* series, every fleet alert silent."""
    pid = box.sh("systemctl show -p MainPID --value prometheus-node-exporter").strip()
    assert box.sh(f"stat -c %U /proc/{pid}").strip() == "prometheus"
    url = f"http://127.0.0.1:{container.NODE_EXPORTER_PORT}/metrics"
    deadline = time.monotonic() + 30
    while True:
        with urllib.request.urlopen(url, timeout=5) as answer:
            text = answer.read().decode()
        series = [line for line in text.splitlines() if line.startswith("clinic_kiosk_")]
        if series or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert re.search(r"^node_textfile_scrape_error 0$", text, re.M), "node_exporter cannot read it"
    assert len(series) >= 20, series
    figure(f"node_exporter (user prometheus) serves {len(series)} clinic_kiosk_* series")


class Prometheus:
    """Debian's Prometheus on the host, with the shipped rules (``for:`` cut to 2 s), scraping the
    container's node_exporter as a fleet's Prometheus would."""

    def __init__(self, root: Path) -> None:
        rules = (REPO / "packaging" / "prometheus" / "clinic-kiosk.rules.yml").read_text()
        (root / "rules.yml").write_text(re.sub(r"for: \d+m", "for: 2s", rules))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        (root / "prometheus.yml").write_text(
            "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
            f"rule_files: [{root / 'rules.yml'}]\n"
            "scrape_configs:\n  - job_name: clinic-kiosk\n"
            f"    static_configs: [{{targets: ['127.0.0.1:{container.NODE_EXPORTER_PORT}']}}]\n"
        )
        self.log = (root / "prometheus.log").open("w")
        self.proc = subprocess.Popen(
            ["prometheus", f"--config.file={root / 'prometheus.yml'}",
             f"--storage.tsdb.path={root / 'data'}", f"--web.listen-address=127.0.0.1:{self.port}"],
            stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip

    def firing(self) -> dict[str, dict[str, str]]:
        try:
            url = f"http://127.0.0.1:{self.port}/api/v1/alerts"
            with urllib.request.urlopen(url, timeout=2) as answer:
                alerts = json.loads(answer.read())["data"]["alerts"]
        except OSError:
            return {}
        return {a["labels"]["alertname"]: a["labels"] for a in alerts if a["state"] == "firing"}

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(15)
        self.log.close()


def wait_for(what: str, check: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.5)


@pytest.mark.skipif(shutil.which("prometheus") is None, reason="needs Debian's prometheus")
def test_a_fleets_prometheus_sees_an_unknown_outcome_fire_and_resolve(
    box: Any, tmp_path: Path
) -> None:
    """A booking left in flight by a crash is an unknown outcome at the next start: the desk's
    alert fires through the container's node_exporter, and resolves once staff have checked it."""
    journal = box.root / "var/lib/clinic-kiosk/journal-training.sqlite3"
    box.sh(f"systemctl stop {UNIT}", timeout=60)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with sqlite3.connect(journal) as db:  # as a booking the crash interrupted leaves it
        db.execute(
            "INSERT INTO attempts (id, started_at, kiosk_id, journey, training, department_id,"
            " npi, slot_id, visit_type_id, correlation_id, outcome)"
            " VALUES ('in-flight', ?, 'lobby-east-1', 'provider', 1, 'd', '1', 's', 'v', 'c',"
            " 'sent')",
            (now,),
        )
    db.close()
    prometheus = Prometheus(tmp_path)
    try:
        started(box)
        wait_for(
            "the alert to fire", lambda: "KioskBookingOutcomeUnknown" in prometheus.firing(), 60
        )
        labels = prometheus.firing()["KioskBookingOutcomeUnknown"]
        assert labels["team"] == "desk" and labels["mode"] == "training", labels
        with sqlite3.connect(journal) as db:  # what the staff panel's "Checked" does
            db.execute("UPDATE attempts SET checked_at = ? WHERE id = 'in-flight'", (now,))
        db.close()
        wait_for(
            "it to resolve", lambda: "KioskBookingOutcomeUnknown" not in prometheus.firing(), 60
        )
    finally:
        prometheus.close()


def test_a_crashed_kiosk_leaves_no_core_dump(box: Any) -> None:
    """A core would hold the patient's details: no core file for the kiosk or anything it starts."""
    limits = Path(f"/proc/{box.kiosk_pid()}/limits").read_text()
    assert re.search(r"^Max core file size\s+0\s+0\s", limits, re.M), limits


def test_a_killed_kiosk_is_back_on_welcome_within_three_seconds(
    box: Any, figure: Callable[[str], None]
) -> None:
    figures = box.recover(5)
    figure(container.recovery_words(figures))
    assert all(welcome < ready for welcome, ready in figures), "Welcome is drawn before READY=1"
    assert statistics.median(ready for _, ready in figures) < 3.0, figures
    assert box.show("ActiveState")["ActiveState"] == "active"


def test_a_hung_kiosk_is_restarted_by_the_watchdog(box: Any, figure: Callable[[str], None]) -> None:
    before = int(box.show("NRestarts")["NRestarts"])
    stopped = box.now_us()
    os.kill(box.kiosk_pid(), signal.SIGSTOP)
    back = box.wait_started(stopped, timeout=90)
    assert int(box.show("NRestarts")["NRestarts"]) == before + 1
    said = " ".join(e.get("MESSAGE", "") for e in box.journal(f"--since=@{stopped / 1e6:.6f}"))
    assert "Watchdog timeout" in said
    figure(f"watchdog restart of a stopped kiosk after {(back - stopped) / 1e6:.1f} s")


def test_systemctl_stop_lets_the_kiosk_finish_and_cage_end_cleanly(box: Any) -> None:
    """systemd signalled cage as soon as ExecStop= returned; cage 0.1.4 aborted (status 6) and
    the kiosk, its web helpers and speech-dispatcher were killed."""
    since = box.now_us()
    box.sh(f"systemctl stop {UNIT}", timeout=60)
    state = box.show("ActiveState", "Result", "ExecMainCode", "ExecMainStatus")
    assert state["ActiveState"] == "inactive"
    assert state["Result"] == "success", state
    said = [e.get("MESSAGE", "") for e in box.journal(f"--since=@{since / 1e6:.6f}")]
    assert "kiosk stopped" in said, said
    assert not_killed(said)


def test_chromium_stays_sandboxed_under_the_units_hardening(box: Any) -> None:
    """The web engine's zygotes (every renderer forks from one) in their own user and pid
    namespaces, under seccomp: what the unit's RestrictNamespaces=, SystemCallFilter= and empty
    capability set must leave working."""
    started(box)
    time.sleep(3)  # the first patient's web profile is prepared after Welcome
    kiosk = box.kiosk_pid()
    own = {ns: os.readlink(f"/proc/{kiosk}/ns/{ns}") for ns in ("user", "pid")}
    sandboxed = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes()
            if b"QtWebEngineProcess" not in argv or b"--type=zygote" not in argv:
                continue
            seccomp = re.search(r"^Seccomp:\s+(\d)", (entry / "status").read_text(), re.M)
            apart = all(os.readlink(entry / "ns" / ns) != own[ns] for ns in own)
        except OSError:
            continue
        if apart and seccomp and seccomp[1] == "2":
            sandboxed.append(int(entry.name))
    assert sandboxed, "no web engine zygote in its own namespaces under seccomp"


def test_security_score(box: Any, figure: Callable[[str], None]) -> None:
    out = box.sh(f"systemd-analyze security --no-pager {UNIT}")
    score = re.search(r"Overall exposure level for \S+: ([\d.]+) (\w+)", out)
    assert score, out[-500:]
    figure(f"systemd-analyze security {UNIT}: {score[1]} {score[2]}")
    assert float(score[1]) <= 3.0  # before: 6.3 MEDIUM


def test_the_daily_restart_happens_when_nobody_is_there(box: Any) -> None:
    """kiosk.restart_at two minutes ahead (in the kiosk's zone), one quiet minute: the kiosk ends
    itself cleanly and systemd starts a fresh one."""
    toml = box.root / "etc/clinic-kiosk/kiosk.toml"
    before = toml.read_text()
    zone = ZoneInfo(re.search(r'^timezone = "([^"]+)"', before, re.M)[1])  # type: ignore[index]
    at = (datetime.now(zone) + timedelta(minutes=2)).strftime("%H:%M")  # after the restart below
    edited = re.sub(r'^restart_at = ".*"$', f'restart_at = "{at}"', before, flags=re.M)
    edited = edited.replace("restart_quiet_minutes = 5 ", "restart_quiet_minutes = 1 ")
    assert edited.count(f'"{at}"') == 1 and "restart_quiet_minutes = 1 " in edited
    toml.write_text(edited)
    try:
        box.sh(f"systemctl restart {UNIT}", timeout=120)
        since = box.now_us()
        restarts = int(box.show("NRestarts")["NRestarts"])
        box.wait_started(since, timeout=300)  # the restart time, a quiet minute, the next check
        assert int(box.show("NRestarts")["NRestarts"]) == restarts + 1
        said = [e.get("MESSAGE", "") for e in box.journal(f"--since=@{since / 1e6:.6f}")]
        assert any(m.startswith("restarting for upkeep (daily)") for m in said), said
        assert "kiosk stopped" in said
        assert not_killed(said)
    finally:
        toml.write_text(before)


def test_an_upgrade_keeps_the_config_and_restarts_cleanly(box: Any, built: Built) -> None:
    started(box)
    before = box.show("MainPID")["MainPID"]
    toml = box.root / "etc/clinic-kiosk/kiosk.toml"
    edited = toml.read_text()
    newer = box.repackaged(built.deb, "+upgrade")
    since = box.now_us()
    box.sh(
        f"DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /var/tmp/{newer.name}", timeout=600
    )
    box.wait_started(since)
    state = box.show("ActiveState", "MainPID")
    assert state["ActiveState"] == "active" and state["MainPID"] != before
    assert toml.read_text() == edited  # IT's edits kept
    said = [e.get("MESSAGE", "") for e in box.journal(f"--since=@{since / 1e6:.6f}")]
    assert "kiosk stopped" in said  # the old one stopped cleanly, as on `systemctl stop`
    assert not_killed(said)


def test_remove_keeps_the_journal_and_purge_deletes_it(box: Any) -> None:
    data = box.root / "var/lib/clinic-kiosk"
    journal = sorted(p.name for p in data.glob("*.sqlite3"))
    assert journal, sorted(p.name for p in data.iterdir())
    box.sh("DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq clinic-kiosk", timeout=300)
    assert sorted(p.name for p in data.glob("*.sqlite3")) == journal
    assert (box.root / "etc/clinic-kiosk/kiosk.toml").exists()
    box.sh("DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq clinic-kiosk", timeout=300)
    assert not data.exists()
    assert not (box.root / "etc/clinic-kiosk/secrets").exists()
