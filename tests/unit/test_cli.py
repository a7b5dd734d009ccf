"""The integrator tools: exit 0 when fine, 2 with one line per problem, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import __version__
from kiosk.cli import main
from kiosk.staff import hash_pin
from tests.helpers import EXAMPLE_SLOT_ID

EXAMPLES = Path(__file__).parents[2] / "resources" / "examples"


def test_version_matches_the_package_metadata() -> None:
    import tomllib
    from importlib.metadata import version

    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    assert __version__ == pyproject["project"]["version"] == version("clinic-kiosk")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"kiosk {__version__}"


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["demo-server", "--help"], ["booking", "check", "--help"], ["slot", "decode", "--help"],
     ["handoff-url", "--help"], ["config", "check", "--help"]],
)  # fmt: skip
def test_every_command_has_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 0
    assert "usage: kiosk" in capsys.readouterr().out


def test_booking_check_prints_the_normalized_body(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["booking", "check", str(EXAMPLES / "booking-child-with-guardian.json"),
                 "--billing-date-format", "MM-DD-YYYY"]) == 0  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert out["billingInfo"]["dateOfBirth"] == "11-11-2000"
    assert out["actor"]["phone"] == "555-555-5555"


SDK_FIXTURES = Path(__file__).parents[1] / "contract" / "fixtures"


@pytest.mark.parametrize("name", sorted(p.name for p in SDK_FIXTURES.glob("booking-*.json")))
def test_booking_check_accepts_the_bodies_dexcares_sdk_sends(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = json.loads((SDK_FIXTURES / name).read_text())["body"]
    body["visitDetails"]["slotId"] = EXAMPLE_SLOT_ID
    (path := tmp_path / name).write_text(json.dumps(body))
    assert main(["booking", "check", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["visitDetails"]["providerFlowPayment"] is True
    if "actor" in body:  # the guardian's own record and digits-only phone, normalized
        assert out["actor"]["patientGuid"] == "ACTOR_GUID"
        assert out["actor"]["phone"] == "206-555-0142"


def test_booking_check_lists_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = json.loads((EXAMPLES / "booking-self-pay.json").read_text())
    body["visitDetails"]["declaration"] = "other"
    body["patient"]["address"]["postalCode"] = "12"
    path = tmp_path / "b.json"
    path.write_text(json.dumps(body))
    assert main(["booking", "check", str(path)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == [
        "patient.address.postalCode: must be a ZIP code like 12345 or 12345-6789",
        'actor: required when visitDetails.declaration is "other"',
    ]


def test_booking_check_reads_stdin() -> None:
    body = (EXAMPLES / "booking-self-pay.json").read_text()
    done = subprocess.run([sys.executable, "-m", "kiosk", "booking", "check", "-"], input=body, text=True,
                          capture_output=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["visitDetails"]["visitReason"] == "congestion, fever"


@pytest.mark.parametrize(
    ("content", "message"), [("{not json", "not valid JSON"), ("[]", "JSON object")]
)
def test_booking_check_bad_files(
    tmp_path: Path, content: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "b.json"
    path.write_text(content)
    assert main(["booking", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_booking_check_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["booking", "check", "/nonexistent/b.json"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_slot_decode(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["slot", "decode", EXAMPLE_SLOT_ID]) == 0
    assert json.loads(capsys.readouterr().out)["startsAt"] == "2023-01-05T14:40:00-08:00"
    assert main(["slot", "decode", "%%%"]) == 2
    assert capsys.readouterr().err.strip() == "slotId: is not base64"


def test_handoff_url(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["handoff-url", "--time-slot", "2021-04-24T15:40:00+02:00", "--brand", "Acme",
                 "--department", "AcmeC4"]) == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == (
        "https://scheduling.care.dexcarehealth.com/retail?timeSlot=2021-04-24T15:40:00%2B02:00"
        "&departmentUrlName=AcmeC4&brand=Acme"
    )
    assert main(["handoff-url", "--time-slot", "2021-04-24T15:40:00-07:00", "--brand", "Acme", "--aggregate",
                 "--search-context", "abc=", "--base", "https://sched.example.org/retail"]) == 0  # fmt: skip
    assert (
        capsys.readouterr().out.strip().endswith("&brand=Acme&aggregate=true&searchContext=abc%3D")
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--time-slot", "2021-04-24T15:40:00", "--brand", "Acme", "--department", "A"],
            "timeSlot: must carry",
        ),
        (
            ["--time-slot", "2021-04-24T15:40:00-07:00", "--brand", "", "--department", "A"],
            "brand: required",
        ),
        (
            ["--time-slot", "2021-04-24T15:40:00-07:00", "--brand", "A", "--aggregate"],
            "needs --search-context",
        ),
        (
            ["--time-slot", "2021-04-24T15:40:00-07:00", "--brand", "A"],
            "departmentUrlName: give a department",
        ),
    ],
)
def test_handoff_url_bad_input(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["handoff-url", *argv]) == 2
    assert message in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["slot"])
    assert info.value.code == 2


def test_plain_kiosk_is_kiosk_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.cli

    seen: list[bool] = []
    monkeypatch.setattr(kiosk.cli, "cmd_run", lambda args: seen.append(args.demo) or 0)
    parser_default = kiosk.cli.build_parser().parse_args(["run"])
    assert parser_default.func.__name__ == "<lambda>"
    assert main([]) == 0
    assert main(["--log-json"]) == 0
    assert seen == [False, False]


def test_run_without_a_display_walks_the_tour_instead(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kiosk.cli

    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    toured: list[object] = []
    monkeypatch.setattr(
        kiosk.cli,
        "_tour",
        lambda settings, out, langs, size: toured.append((settings.demo.enabled, langs)) or 0,
    )
    assert main(["run", "--demo"]) == 0
    assert toured == [(True, ["en", "es"])]
    assert "No display here" in capsys.readouterr().err


def test_config_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    example = Path(__file__).parents[2] / "packaging" / "kiosk.example.toml"
    assert main(["config", "check", "--config", str(example)]) == 0
    assert json.loads(capsys.readouterr().out)["kiosk"]["id"] == "lobby-east-1"
    with_pin = tmp_path / "pin.toml"
    with_pin.write_text(f'[staff]\npin_hash = "{hash_pin("2468")}"\n')
    assert main(["config", "check", "--config", str(with_pin)]) == 0
    out = capsys.readouterr().out
    assert "scrypt" not in out and json.loads(out)["staff"]["pin_hash"] == "(set, not shown)"
    bad = tmp_path / "bad.toml"
    bad.write_text("[timeouts]\nread = -1\n")
    assert main(["config", "check", "--config", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"config error: {bad}: timeouts.read: Input should be greater than 0"


def test_config_check_secrets_is_the_units_condition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("KIOSK_API_KEY", "KIOSK_ACCESS_TOKEN", "KIOSK_CLIENT_SECRET"):
        monkeypatch.delenv(var, raising=False)
    key, token = tmp_path / "api-key", tmp_path / "token"
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[dexcare]\napi_key_file = "{key}"\n[auth]\nmode = "static"\ntoken_file = "{token}"\n'
    )
    # A fresh install: the files the config names are not there yet; exit 2, a reason, no output.
    assert main(["config", "check", "--secrets", "--quiet", "--config", str(config)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"config error: {key}: cannot read the secret file (FileNotFoundError)\n"
    key.write_text("k-123-secret\n")
    token.write_text("t-456-secret\n")
    key.chmod(0o640)
    token.chmod(0o640)
    assert main(["config", "check", "--secrets", "--quiet", "--config", str(config)]) == 0
    assert capsys.readouterr().out == ""
    # Printed settings never carry the secrets, only where they are.
    assert main(["config", "check", "--secrets", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "k-123-secret" not in out and "t-456-secret" not in out and str(key) in out


def test_demo_server_rejects_an_unknown_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo-server", "--scenario", "chaos"]) == 2
    assert "--scenario must be one of: normal, slot-taken" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "reason"),
    [(["demo-server", "--port", "99999"], "--port: must be between 0 and 65535"),
     (["demo-server", "--port", "-5"], "--port: must be between 0 and 65535"),
     (["demo-server", "--latency", "-1"], "--latency: must be between 0 and 60 seconds"),
     (["demo-server", "--latency", "nan"], "--latency: must be between 0 and 60 seconds"),
     (["demo-server", "--host", "not a host"], "--host: not a host name or IP address"),
     (["config", "pull", "--timeout", "-1", "https://config.example.org/k.toml"], "--timeout: must be between"),
     (["config", "pull", "https://[bad/k.toml"], "URL: not an https:// URL"),
     (["config", "pull", "https://config.example.org:99999/k.toml"], "URL: not an https:// URL"),
     (["config", "pull", "ftp://config.example.org/k.toml"], "URL: not an https:// URL"),
     (["bench", "--journeys", "-1"], "--journeys: must be between 2"),
     (["bench", "--startup-runs", "0"], "--startup-runs: must be between 1"),
     (["soak", "--sessions", "x"], "--sessions: not a whole number"),
     (["soak", "--every", "0"], "--every: must be between 1")],
)  # fmt: skip
def test_every_bad_argument_is_exit_2_and_the_reason(
    argv: list[str], reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Today's code answered --port 99999 and --startup-runs 0 with "unexpected error" (exit 1),
    ran the emulator with a negative latency, and took a malformed URL for a network failure."""
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    assert reason in capsys.readouterr().err


def test_a_deeply_nested_booking_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    assert main(["booking", "check", str(deep)]) == 2
    assert "nested too deeply" in capsys.readouterr().err
