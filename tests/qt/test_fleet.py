"""The fleet's view, for real: Debian's node_exporter and Prometheus on loopback, the demo kiosk
writing its textfile (through a link, as the package lays it out), the alert rules of
packaging/prometheus/ loaded. A booking whose outcome is unknown and a Help tap fire the desk's
alerts; staff checking the booking and helping the patient resolve them. The dashboard's queries
run against the same Prometheus.

Only the rules' ``for:`` durations are shortened (to seconds); their expressions are the shipped
ones, and ``promtool test rules`` checks the durations (tests/integration/test_fleet_config.py).
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.demo.scenarios import Scenario
from kiosk.tour import PATIENT, panel_ready, to_provider_times, to_review
from tests.qt.conftest import demo_settings
from tests.qt.test_staff import PIN, unlock

PROMETHEUS = Path(__file__).parents[2] / "packaging" / "prometheus"
NODE_EXPORTER = shutil.which("prometheus-node-exporter") or shutil.which("node_exporter")
PROMETHEUS_BIN = shutil.which("prometheus")

pytestmark = pytest.mark.skipif(
    not (NODE_EXPORTER and PROMETHEUS_BIN),
    reason="needs Debian's prometheus and prometheus-node-exporter (packaging/dev test installs them)",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=2) as reply:
        return json.loads(reply.read())


class Fleet:
    def __init__(self, root: Path) -> None:
        self.textfiles = root / "node-exporter"  # /var/lib/prometheus/node-exporter
        self.kiosk_dir = root / "clinic-kiosk-metrics"  # /var/lib/clinic-kiosk-metrics
        self.textfiles.mkdir()
        self.kiosk_dir.mkdir()
        self.metrics_file = self.kiosk_dir / "clinic_kiosk.prom"
        (self.textfiles / "clinic_kiosk.prom").symlink_to(self.metrics_file)
        rules = (PROMETHEUS / "clinic-kiosk.rules.yml").read_text()
        (root / "rules.yml").write_text(re.sub(r"for: \d+m", "for: 2s", rules))
        node_port, self.port = free_port(), free_port()
        (root / "prometheus.yml").write_text(
            "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
            f"rule_files: [{root / 'rules.yml'}]\n"
            "scrape_configs:\n"
            "  - job_name: clinic-kiosk\n"
            f"    static_configs: [{{targets: ['127.0.0.1:{node_port}']}}]\n"
        )
        self.logs = root / "logs.txt"
        self._out = out = self.logs.open("w")
        self.procs = [
            subprocess.Popen(
                [
                    str(NODE_EXPORTER),
                    f"--web.listen-address=127.0.0.1:{node_port}",
                    "--collector.disable-defaults",
                    "--collector.textfile",
                    f"--collector.textfile.directory={self.textfiles}",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
            ),
            subprocess.Popen(
                [
                    str(PROMETHEUS_BIN),
                    f"--config.file={root / 'prometheus.yml'}",
                    f"--storage.tsdb.path={root / 'data'}",
                    f"--web.listen-address=127.0.0.1:{self.port}",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
            ),
        ]

    def api(self, path: str, **query: str) -> Any:
        qs = f"?{urllib.parse.urlencode(query)}" if query else ""
        return get(f"http://127.0.0.1:{self.port}/api/v1/{path}{qs}")

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/-/ready", timeout=1):
                return True
        except OSError:
            return False

    def firing(self) -> dict[str, dict[str, str]]:
        """Firing alerts by name -> their labels."""
        try:
            alerts = self.api("alerts")["data"]["alerts"]
        except OSError:
            return {}
        return {a["labels"]["alertname"]: a["labels"] for a in alerts if a["state"] == "firing"}

    def value(self, expr: str) -> float | None:
        try:
            result = self.api("query", query=expr)["data"]["result"]
        except OSError:
            return None
        return float(result[0]["value"][1]) if result else None

    def stop(self) -> None:
        for p in self.procs:
            p.terminate()
        for p in self.procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(5)
        self._out.close()


@pytest.fixture
def fleet(tmp_path: Path) -> Iterator[Fleet]:
    f = Fleet(tmp_path)
    try:
        deadline = time.monotonic() + 30
        while not f.ready():
            assert time.monotonic() < deadline, f.logs.read_text()[-2000:]
            assert all(p.poll() is None for p in f.procs), f.logs.read_text()[-2000:]
            time.sleep(0.2)
        yield f
    finally:
        f.stop()


def test_desk_alerts_fire_and_resolve_through_prometheus(
    make_kiosk: Any, fleet: Fleet, tmp_path: Path
) -> None:
    from kiosk.staff import hash_pin

    k, d = make_kiosk(demo_settings(
        kiosk={"data_dir": tmp_path / "data", "id": "lobby-9", "site": "downtown"},
        # An idle kiosk asks DexCare whether it answers every ~1 s here (every 5 min by default).
        metrics={"textfile": fleet.metrics_file, "interval": 0.5, "probe_minutes": 0.02},
        staff={"pin_hash": hash_pin(PIN)},
    ))  # fmt: skip
    assert k.emulator is not None
    d.wait_until(lambda: fleet.value("clinic_kiosk_ready") == 1, 30, "Prometheus to see the kiosk")
    assert fleet.firing() == {}, "a healthy kiosk fires nothing"
    # A booking whose outcome nobody knows, and a patient asking for help.
    to_provider_times(k, d)
    to_review(k, d, patient=PATIENT)
    k.emulator.set_scenario(Scenario.OUTCOME_UNKNOWN)
    d.tap("submitButton")
    d.wait_until(lambda: d.exists("outcomeCode"), 15, "outcome unknown")
    d.tap("outcomeDoneButton")
    k.emulator.set_scenario(Scenario.NORMAL)
    d.tap("helpButton")
    d.tap("helpOkButton")  # "Help is on the way": the patient waits
    desk = {"KioskBookingOutcomeUnknown", "KioskHelpRequested"}
    d.wait_until(lambda: desk <= set(fleet.firing()), 30, "the desk's alerts to fire")
    fired = fleet.firing()
    for name in desk:
        labels = fired[name]
        assert labels["team"] == "desk" and labels["kiosk_id"] == "lobby-9", labels
        assert labels["site"] == "downtown" and labels["mode"] == "training", labels
    # The unknown outcome was a booking DexCare never answered: "unreachable" may fire with these
    # shortened durations too (with the shipped 10 min, the idle kiosk's next check clears it).
    assert set(fired) <= desk | {"KioskDexCareUnreachable"}, sorted(fired)
    # Staff check the booking and help the patient: both alerts resolve.
    unlock(k, d)
    panel_ready(k, d)
    d.tap("check_0")
    d.wait_until(lambda: not k.staff.attempts[0]["unresolved"], 5, "checked")
    d.tap("helpGivenButton")
    d.wait_until(lambda: not k.session.help.requested, 5, "help given")
    d.wait_until(lambda: not desk & set(fleet.firing()), 30, "the desk's alerts to resolve")
    k.staff.closePanel()
    d.wait_until(lambda: fleet.firing() == {}, 30, "every alert resolved")
    # The dashboard's every query is valid PromQL against this Prometheus, and the fleet table's
    # base query finds the kiosk.
    dashboard = json.loads((PROMETHEUS / "grafana-dashboard.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    for expr in exprs:
        q = expr.replace("$site", ".*").replace("$__rate_interval", "1m")
        assert fleet.api("query", query=q)["status"] == "success", expr
    assert fleet.value('count(clinic_kiosk_build_info{site=~".*"})') == 1
