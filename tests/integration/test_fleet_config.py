"""packaging/prometheus/ checked by Prometheus's and Alertmanager's own tools: the rules load and
pass their unit tests, the example configs load and route as documented, and every kiosk metric
the rules, the dashboard and the README name is one the kiosk really writes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.metrics import KioskMetrics

ROOT = Path(__file__).parents[2]
PROM = ROOT / "packaging" / "prometheus"
PROMTOOL, AMTOOL = shutil.which("promtool"), shutil.which("amtool")
NAME = re.compile(r"\bclinic_kiosk_[a-z_]+\b")


def tool(*args: str, cwd: Path = PROM) -> str:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


@pytest.mark.skipif(PROMTOOL is None, reason="needs Debian's prometheus (promtool)")
def test_the_rules_load_and_pass_their_unit_tests() -> None:
    assert "SUCCESS: 13 rules found" in tool("promtool", "check", "rules", "clinic-kiosk.rules.yml")
    assert "SUCCESS" in tool("promtool", "test", "rules", "clinic-kiosk.rules.test.yml")


@pytest.mark.skipif(PROMTOOL is None, reason="needs Debian's prometheus (promtool)")
def test_every_alert_has_a_unit_test() -> None:
    rules = (PROM / "clinic-kiosk.rules.yml").read_text()
    tests = (PROM / "clinic-kiosk.rules.test.yml").read_text()
    alerts = re.findall(r"- alert: (\w+)", rules)
    assert len(alerts) == 13
    for name in alerts:
        assert re.search(rf"alertname: {name}\n\s+exp_alerts:\n\s+- exp_labels", tests), (
            f"{name} is never seen firing in clinic-kiosk.rules.test.yml"
        )


@pytest.mark.skipif(PROMTOOL is None, reason="needs Debian's prometheus (promtool)")
def test_the_example_prometheus_config_loads(tmp_path: Path) -> None:
    shutil.copy(PROM / "clinic-kiosk.rules.yml", tmp_path)
    config = (PROM / "prometheus.example.yml").read_text()
    (tmp_path / "p.yml").write_text(config.replace("/etc/prometheus/", ""))
    assert "is valid prometheus config" in tool(
        "promtool", "check", "config", "p.yml", cwd=tmp_path
    )


@pytest.mark.skipif(AMTOOL is None, reason="needs Debian's prometheus-alertmanager (amtool)")
@pytest.mark.parametrize(
    ("labels", "receiver"),
    [
        (["team=desk", "site=downtown", "mode=live"], "desk-downtown"),
        (["team=desk", "site=uptown", "mode=live"], "desk-all-sites"),
        (["team=it", "site=downtown", "mode=live"], "it-oncall"),
        (["team=desk", "site=downtown", "mode=training"], "nobody"),
    ],
)
def test_alertmanager_routes_the_desk_it_and_training(labels: list[str], receiver: str) -> None:
    config = "alertmanager.example.yml"
    assert "SUCCESS" in tool("amtool", "check-config", config)
    out = tool("amtool", "config", "routes", "test", f"--config.file={config}", *labels)
    assert out.splitlines()[0].strip() == receiver


def written_names(tmp_path: Path) -> set[str]:
    m = KioskMetrics(kiosk_id="k", site="s", version="1", training=False, config=None)
    out = tmp_path / "k.prom"
    assert m.write(out)
    names = set(re.findall(r"^(clinic_kiosk_[a-z_]+)", out.read_text(), re.MULTILINE))
    # Written by `kiosk config pull`'s record, only where the config is pulled.
    return names | {"clinic_kiosk_config_pull_timestamp_seconds", "clinic_kiosk_config_pull_result"}


def test_rules_dashboard_and_readme_name_only_real_metrics(tmp_path: Path) -> None:
    real = written_names(tmp_path)
    rules = set(NAME.findall((PROM / "clinic-kiosk.rules.yml").read_text()))
    dashboard = json.loads((PROM / "grafana-dashboard.json").read_text())
    exprs = " ".join(t["expr"] for p in dashboard["panels"] for t in p["targets"])
    readme = (ROOT / "README.md").read_text()
    fleet = readme[readme.index("## Operating a fleet") :]
    assert rules - real == set(), "rules name metrics the kiosk does not write"
    assert set(NAME.findall(exprs)) - real == set(), "the dashboard names metrics nobody writes"
    assert set(NAME.findall(fleet)) - real == set(), "the README names metrics nobody writes"
    assert real - set(NAME.findall(fleet)) == set(), "the README's metric list misses some"


def test_the_dashboard_has_one_row_per_kiosk() -> None:
    dashboard = json.loads((PROM / "grafana-dashboard.json").read_text())
    (table,) = [p for p in dashboard["panels"] if p["type"] == "table"]
    assert table["targets"][0]["expr"].startswith("clinic_kiosk_build_info")
    assert all(t["format"] == "table" and t["instant"] for t in table["targets"])
    assert next(t["id"] for t in table["transformations"]) == "merge"
    site = next(v for v in dashboard["templating"]["list"] if v["name"] == "site")
    assert "label_values(clinic_kiosk_build_info, site)" in site["definition"]
