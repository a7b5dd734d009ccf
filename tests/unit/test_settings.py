from __future__ import annotations

import inspect
import subprocess
from pathlib import Path

import pytest

from kiosk.app import fence_hosts
from kiosk.app import run as app_run
from kiosk.cli import main
from kiosk.demo.emulator import DexCareEmulator
from kiosk.settings import ConfigError, load_secrets, load_settings, take_secret_environment
from kiosk.web.policy import AllowList

EXAMPLE = Path(__file__).parents[2] / "packaging" / "kiosk.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text)
    return path


def test_the_example_config_loads() -> None:
    settings = load_settings(EXAMPLE, environ={})
    assert settings.dexcare.brand == "Evergreen"
    assert settings.kiosk.providers == ["1520384714", "1639482052"]
    assert settings.idle.screens["handoff"] == 240


def test_defaults_without_a_file() -> None:
    settings = load_settings(None, environ={})
    assert settings.kiosk.languages == ["en", "es"]
    assert settings.kiosk.billing_date_format == "YYYY-MM-DD"


def test_environment_overrides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_DEXCARE__BRAND", "Acme")
    monkeypatch.setenv("KIOSK_TIMEOUTS__READ", "7.5")
    settings = load_settings(write(tmp_path, '[dexcare]\nbrand = "Evergreen"\n'))
    assert settings.dexcare.brand == "Acme"
    assert settings.timeouts.read == 7.5


def test_config_file_from_the_environment(tmp_path: Path) -> None:
    path = write(tmp_path, '[kiosk]\nid = "east-2"\n')
    assert load_settings(environ={"KIOSK_CONFIG": str(path)}).kiosk.id == "east-2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[dexcare]\napi_key = "abc"\n', 'dexcare: "api_key" is a secret'),
        ('[auth]\nclient_secret = "abc"\n', 'auth: "client_secret" is a secret'),
        ('[kiosk]\nproviders = ["123"]\n', "kiosk.providers: not a valid NPI: 123"),
        (
            '[kiosk]\nbilling_date_format = "DD-MM-YYYY"\n',
            "kiosk.billing_date_format: must be one of",
        ),
        ("[idle]\nwarning = 5\n", "idle.warning"),
        (
            '[dexcare]\nbooking_base_url = "http://ecvapi.example.org"\n',
            "dexcare.booking_base_url: must use https",
        ),
        ("[kiosk]\ncolour = 1\n", "kiosk.colour: not a documented field"),
        (
            '[auth]\nmode = "client_credentials"\n',
            "auth: client_credentials needs token_url and client_id",
        ),
        ("[kiosk\n", "not valid TOML"),
    ],
)
def test_a_bad_config_names_the_file_and_the_field(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_settings(path, environ={})
    assert str(info.value).startswith(str(path))
    assert expected in str(info.value)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_settings(tmp_path / "nope.toml")


def test_secrets_come_from_files(tmp_path: Path) -> None:
    key, token = tmp_path / "key", tmp_path / "token"
    key.write_text("k-123\n")
    token.write_text("t-456")
    key.chmod(0o600)
    token.chmod(0o600)
    path = write(tmp_path, f'[dexcare]\napi_key_file = "{key}"\n[auth]\ntoken_file = "{token}"\n')
    secrets = load_secrets(load_settings(path, environ={}), environ={})
    assert secrets.api_key.get_secret_value() == "k-123"
    assert secrets.access_token is not None and secrets.access_token.get_secret_value() == "t-456"
    assert "k-123" not in repr(secrets)


@pytest.mark.parametrize(
    ("mode", "warned"), [(0o600, False), (0o640, False), (0o644, True), (0o660, True)]
)
def test_a_secret_file_open_to_others_is_warned_of(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, mode: int, warned: bool
) -> None:
    """0640 root:kiosk is how the package installs them; readable by others, or writable by the
    group, is not."""
    key = tmp_path / "key"
    key.write_text("k-123")
    key.chmod(mode)
    path = write(tmp_path, f'[dexcare]\napi_key_file = "{key}"\n')
    load_secrets(load_settings(path, environ={}), environ={"KIOSK_ACCESS_TOKEN": "t"})
    assert ("open to other users" in caplog.text) is warned
    assert "k-123" not in caplog.text


def test_secrets_from_the_environment_and_missing_ones() -> None:
    settings = load_settings(None, environ={})
    secrets = load_secrets(settings, environ={"KIOSK_API_KEY": "k", "KIOSK_ACCESS_TOKEN": "t"})
    assert secrets.api_key.get_secret_value() == "k"
    with pytest.raises(ConfigError, match="KIOSK_API_KEY"):
        load_secrets(settings, environ={})
    with pytest.raises(ConfigError, match="KIOSK_ACCESS_TOKEN"):
        load_secrets(settings, environ={"KIOSK_API_KEY": "k"})


def test_an_empty_secret_file_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "key"
    empty.write_text("\n")
    path = write(tmp_path, f'[dexcare]\napi_key_file = "{empty}"\n')
    with pytest.raises(ConfigError, match="empty"):
        load_secrets(load_settings(path, environ={}), environ={})


def test_secrets_given_by_environment_leave_it_before_any_child_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Chromium's zygote and renderers and speech-dispatcher inherit the kiosk's environment
    (``/proc/PID/environ`` showed the API key): `kiosk run` takes the secrets out first."""
    monkeypatch.setenv("KIOSK_API_KEY", "k-secret-123")
    monkeypatch.setenv("KIOSK_ACCESS_TOKEN", "t-secret-456")
    monkeypatch.setenv("KIOSK_KIOSK__ID", "lobby-9")  # not a secret: stays
    taken = take_secret_environment()
    assert taken == {"KIOSK_API_KEY": "k-secret-123", "KIOSK_ACCESS_TOKEN": "t-secret-456"}
    child = subprocess.run(["cat", "/proc/self/environ"], capture_output=True, check=True)
    assert b"k-secret-123" not in child.stdout and b"t-secret-456" not in child.stdout
    assert b"KIOSK_API_KEY" not in child.stdout
    assert b"KIOSK_KIOSK__ID=lobby-9" in child.stdout
    settings = load_settings(None, environ={"KIOSK_AUTH__MODE": "static"})
    secrets = load_secrets(settings, environ=taken)  # what the client is then built with
    assert secrets.api_key.get_secret_value() == "k-secret-123"
    assert take_secret_environment() == {}  # nothing left to take


def test_kiosk_run_takes_the_secrets_before_qt_starts_anything() -> None:
    source = inspect.getsource(app_run)
    assert source.index("take_secret_environment()") < source.index("QtWebEngineQuick.initialize")
    assert "secret_env=secret_env" in source


@pytest.mark.parametrize(
    ("toml", "field"),
    [('[web]\nextra_hosts = ["http://idp.example.org"]', "web.extra_hosts"),
     ('[web]\nextra_hosts = ["ftp://idp.example.org"]', "web.extra_hosts"),
     ('[web]\nextra_hosts = ["idp example.org"]', "web.extra_hosts"),
     ('[web]\nextra_hosts = ["idp.example.org,evil.example"]', "web.extra_hosts"),
     ('[web]\nextra_hosts = ["*.example.org"]', "web.extra_hosts"),
     ('[web]\nextra_hosts = ["https://idp.example.org/login"]', "web.extra_hosts"),
     ('[demo]\nscenario = "meltdown"', "demo.scenario")],
)  # fmt: skip
def test_config_check_refuses_what_run_would_and_names_the_field(
    tmp_path: Path, toml: str, field: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`config check` passed these and `kiosk run` died with "unexpected error (ValueError)",
    restarting every second: both now use the one validator."""
    path = tmp_path / "kiosk.toml"
    path.write_text(toml + "\n", encoding="utf-8")
    assert main(["config", "check", "--config", str(path), "--quiet"]) == 2
    assert f": {field}" in capsys.readouterr().err


@pytest.mark.parametrize(
    "toml",
    ['[web]\nextra_hosts = ["idp.example.org", "https://login.example.com:8443", "xn--bcher-kva.de"]',
     '[web]\nextra_hosts = ["http://127.0.0.1:8080"]', '[demo]\nenabled = true\nscenario = "slow"'],
)  # fmt: skip
def test_what_config_check_accepts_the_kiosk_starts_with(tmp_path: Path, toml: str) -> None:
    """The parts of `run` that read these before Qt starts take what check accepted."""
    path = tmp_path / "kiosk.toml"
    path.write_text(toml + "\n", encoding="utf-8")
    assert main(["config", "check", "--config", str(path), "--quiet"]) == 0
    settings = load_settings(path)
    assert fence_hosts(settings)
    AllowList.of_extras(settings.dexcare.scheduling_url, settings.web.extra_hosts)
    assert DexCareEmulator(scenario=settings.demo.scenario).scenario.value == settings.demo.scenario
