"""Staff access without Qt: the PIN hash, the lock-out and the state that survives a restart, and
`kiosk staff set-pin`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.settings import load_settings
from kiosk.staff import LOCK_SECONDS, MAX_TRIES, KioskState, PinError, hash_pin, verify_pin


def test_the_pin_is_kept_only_as_a_salted_slow_hash() -> None:
    stored = hash_pin("2468")
    assert "2468" not in stored and stored.startswith("scrypt$16384$8$1$")
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("", stored) and not verify_pin("2468", "plain")
    assert hash_pin("2468") != stored  # a fresh salt every time
    for bad in ("123", "123456789", "12a4", ""):
        with pytest.raises(PinError):
            hash_pin(bad)


def test_five_wrong_pins_lock_the_pad_for_five_minutes_across_a_restart(tmp_path: Path) -> None:
    now = [1_000_000.0]
    state = KioskState(tmp_path / "state.json", clock=lambda: now[0])
    for left in range(MAX_TRIES - 1, 0, -1):
        assert state.wrong_pin() == 0
        assert state.tries_left() == left
    assert state.wrong_pin() == LOCK_SECONDS
    again = KioskState(tmp_path / "state.json", clock=lambda: now[0] + 60)  # restarted
    assert again.locked_for() == LOCK_SECONDS - 60
    now[0] += LOCK_SECONDS + 1
    later = KioskState(tmp_path / "state.json", clock=lambda: now[0])
    assert later.locked_for() == 0 and later.tries_left() == MAX_TRIES
    later.wrong_pin()
    later.right_pin()
    assert later.tries_left() == MAX_TRIES
    assert (tmp_path / "state.json").stat().st_mode & 0o077 == 0


def test_a_clock_set_back_never_lengthens_a_lock_out(tmp_path: Path) -> None:
    state = KioskState(tmp_path / "state.json", clock=lambda: 1_000_000.0)
    for _ in range(MAX_TRIES):
        state.wrong_pin()
    now = [1_000_000.0 - 86_400]  # the clock went a day back
    back = KioskState(tmp_path / "state.json", clock=lambda: now[0])
    assert back.locked_for() == LOCK_SECONDS  # not a day and five minutes
    now[0] += LOCK_SECONDS
    assert back.locked_for() == 0


def test_out_of_service_survives_a_restart_and_a_broken_file_is_not_fatal(tmp_path: Path) -> None:
    KioskState(tmp_path / "s.json").set_out_of_service(True)
    assert KioskState(tmp_path / "s.json").out_of_service
    (tmp_path / "s.json").write_text("{not json")
    assert not KioskState(tmp_path / "s.json").out_of_service


def test_set_pin_writes_a_hash_into_the_config_keeping_its_comments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('# our lobby\n[kiosk]\nid = "lobby-2"  # east door\n')
    monkeypatch.setattr("sys.stdin", io.StringIO("86420\n"))
    assert main(["staff", "set-pin", "--config", str(config), "--pin-stdin"]) == 0
    text = config.read_text()
    assert "# our lobby" in text and "# east door" in text and "86420" not in text
    stored = load_settings(config).staff.pin_hash
    assert stored is not None and verify_pin("86420", stored)
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["staff", "set-pin", "--config", str(config), "--pin-stdin"]) == 2
    assert "4 to 8 digits" in capsys.readouterr().err
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    assert main(["staff", "set-pin", "--pin-stdin"]) == 2


def test_a_pin_in_the_config_that_is_not_a_hash_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[staff]\npin_hash = "1234"\n')
    with pytest.raises(Exception, match="not a PIN hash"):
        load_settings(config)
