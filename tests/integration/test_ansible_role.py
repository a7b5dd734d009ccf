"""The example Ansible role's config step, run for real on this machine (connection local, only its
``config`` tag): it renders each kiosk's TOML from inventory variables, and the kiosk's own
``kiosk config check`` refuses a bad one before it replaces the good one."""

from __future__ import annotations

import grp
import json
import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.settings import load_settings

ROLES = Path(__file__).parents[2] / "packaging" / "ansible" / "roles"
PLAYBOOK = shutil.which("ansible-playbook", path=str(Path(sys.executable).parent)) or shutil.which(
    "ansible-playbook"
)

pytestmark = pytest.mark.skipif(PLAYBOOK is None, reason="needs ansible-core (the test extra)")


def play(tmp_path: Path, **extra: object) -> subprocess.CompletedProcess[str]:
    (tmp_path / "play.yml").write_text(
        "- hosts: localhost\n  gather_facts: false\n  roles: [clinic_kiosk]\n"
    )
    variables = {
        "ansible_python_interpreter": sys.executable,
        "kiosk_bin": str(Path(sys.executable).parent / "kiosk"),
        "kiosk_config_path": str(tmp_path / "kiosk.toml"),
        "kiosk_config_owner": pwd.getpwuid(os.getuid()).pw_name,
        "kiosk_config_group": grp.getgrgid(os.getgid()).gr_name,
        "kiosk_restart_on_change": False,  # no systemd here to restart anything
        "kiosk_id": "lobby-east-1",
        "kiosk_site": "capitol-hill",
        "kiosk_departments": ["EvergreenCapitolHill"],
        "kiosk_opening_hours": {"mon": "07:30-19:00", "sat": "09:00-17:00"},
        "kiosk_location": {"en": "the check-in desk", "es": "el mostrador de registro"},
        **extra,
    }
    env = {**os.environ, "ANSIBLE_HOME": str(tmp_path / "ansible"), "ANSIBLE_ROLES_PATH": str(ROLES),
           "ANSIBLE_LOCALHOST_WARNING": "false", "ANSIBLE_NOCOLOR": "1"}  # fmt: skip
    env.pop("KIOSK_CONFIG", None)
    assert PLAYBOOK is not None
    return subprocess.run(
        [PLAYBOOK, "-i", "localhost,", "-c", "local", "--tags", "config",
         "-e", json.dumps(variables), str(tmp_path / "play.yml")],
        capture_output=True, text=True, timeout=180, env=env, check=False,
    )  # fmt: skip


def test_the_role_renders_a_valid_config_per_kiosk(tmp_path: Path) -> None:
    done = play(tmp_path)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    path = tmp_path / "kiosk.toml"
    settings = load_settings(path, environ={})
    assert settings.kiosk.id == "lobby-east-1" and settings.kiosk.site == "capitol-hill"
    assert settings.kiosk.location["es"] == "el mostrador de registro"
    assert settings.kiosk.opening_hours == {"mon": "07:30-19:00", "sat": "09:00-17:00"}
    assert str(settings.metrics.textfile) == "/var/lib/clinic-kiosk-metrics/clinic_kiosk.prom"
    assert settings.dexcare.api_key_file == Path("/etc/clinic-kiosk/secrets/api_key")
    assert path.stat().st_mode & 0o777 == 0o640
    assert "Ansible managed" in path.read_text()


def test_a_bad_config_is_refused_and_the_good_one_stays(tmp_path: Path) -> None:
    assert play(tmp_path).returncode == 0
    good = (tmp_path / "kiosk.toml").read_text()
    done = play(tmp_path, kiosk_id="lobby east 1", kiosk_opening_hours={"mon": "19:00-07:30"})
    assert done.returncode != 0
    assert "failed to validate" in done.stdout + done.stderr
    assert (tmp_path / "kiosk.toml").read_text() == good
