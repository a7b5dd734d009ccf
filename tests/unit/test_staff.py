"""Staff access without Qt: the PIN hash, the lock-out and the state that survives a restart, and
`kiosk staff set-pin`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.settings import ConfigError, load_settings
from kiosk.staff import (
    LOCK_STEPS,
    MAX_TRIES,
    KioskState,
    PinError,
    check_pin_rule,
    hash_pin,
    is_pin_hash,
    verify_pin,
)


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


def wrong(state: KioskState) -> int:
    """One wrong try as the pad makes it: counted first, then found wrong."""
    assert state.take_try() == 0
    return state.wrong_pin()


def test_five_wrong_pins_lock_the_pad_and_each_lock_out_in_a_row_is_longer(
    tmp_path: Path,
) -> None:
    now = [1_000_000.0]
    state = KioskState(tmp_path / "state.json", clock=lambda: now[0])
    for left in range(MAX_TRIES - 1, 0, -1):
        assert wrong(state) == 0
        assert state.tries_left() == left
    assert wrong(state) == LOCK_STEPS[0] == 60
    assert state.take_try() == 60  # locked: the PIN is not even looked at
    again = KioskState(tmp_path / "state.json", clock=lambda: now[0] + 30)  # restarted
    assert again.locked_for() == 30
    # The next five wrong ones in a row lock it longer, across restarts: 1, 5, 15, 60, 60 minutes.
    for expected in LOCK_STEPS[1:] + LOCK_STEPS[-1:]:
        now[0] += 3 * 3600
        state = KioskState(tmp_path / "state.json", clock=lambda: now[0])
        assert state.locked_for() == 0 and state.tries_left() == MAX_TRIES
        for _ in range(MAX_TRIES - 1):
            wrong(state)
        assert wrong(state) == expected
    assert state.lockouts_in_a_row == len(LOCK_STEPS) + 1
    now[0] += 3 * 3600
    state.take_try()
    state.right_pin()  # the right PIN starts again from one minute
    assert state.tries_left() == MAX_TRIES and state.lockouts_in_a_row == 0
    for _ in range(MAX_TRIES):
        last = wrong(state)
    assert last == 60
    assert (tmp_path / "state.json").stat().st_mode & 0o077 == 0


def test_a_try_counts_before_its_pin_is_checked(tmp_path: Path) -> None:
    """A try whose answer never came (the process was killed mid-hash, or guesses came faster
    than the hash) is counted all the same; once the tries are spent nothing more is checked."""
    state = KioskState(tmp_path / "state.json", clock=lambda: 1_000_000.0)
    for _ in range(MAX_TRIES):
        assert state.take_try() == 0
    assert KioskState(tmp_path / "state.json").tries_left() == 0  # written before any hash
    assert state.take_try() > 0  # a sixth is refused while five are being checked
    assert state.wrong_pin() == LOCK_STEPS[0]


def test_a_clock_set_back_never_lengthens_a_lock_out(tmp_path: Path) -> None:
    state = KioskState(tmp_path / "state.json", clock=lambda: 1_000_000.0)
    for _ in range(MAX_TRIES):
        wrong(state)
    now = [1_000_000.0 - 86_400]  # the clock went a day back
    back = KioskState(tmp_path / "state.json", clock=lambda: now[0])
    assert back.locked_for() == LOCK_STEPS[0]  # not a day and a minute
    now[0] += LOCK_STEPS[0]
    assert back.locked_for() == 0


@pytest.mark.parametrize(
    "pin",
    [
        "١٢٣٤٥٧",  # Arabic-Indic digits: \\d takes them, the pad can never type them
        "２４６８１３",  # full-width
        "000000", "999999", "123456", "456789", "987654", "121212", "909090", "2580", "1990", "2024",
    ],
)  # fmt: skip
def test_pins_the_pad_cannot_type_or_anyone_would_guess_are_refused(pin: str) -> None:
    with pytest.raises(PinError):
        check_pin_rule(pin)


def test_the_pin_rule_takes_a_minimum_length() -> None:
    check_pin_rule("2468", min_length=4)
    check_pin_rule("864209", min_length=6)
    with pytest.raises(PinError, match="6 to 8 digits"):
        check_pin_rule("86420", min_length=6)


@pytest.mark.parametrize(
    "params",
    [
        "1073741824$8$1",  # N = 2**30: 128 GiB and hours per try
        "16384$4096$1",  # r far too big
        "16384$8$64",  # p far too big
        "16000$8$1",  # N not a power of two (scrypt refuses it at every try)
        "2$1$1",  # so cheap that a leaked hash is a leaked PIN
    ],
)
def test_a_stored_hash_asking_too_much_or_too_little_is_refused(
    params: str, tmp_path: Path
) -> None:
    good = hash_pin("2468")
    salt, digest = good.split("$")[4:]
    stored = f"scrypt${params}${salt}${digest}"
    assert not is_pin_hash(stored)
    assert not verify_pin("2468", stored)  # never hashed with those
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[staff]\npin_hash = "{stored}"\n')
    with pytest.raises(ConfigError, match="out of bounds"):
        load_settings(config)


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
    config.chmod(0o640)
    monkeypatch.setattr("sys.stdin", io.StringIO("864209\n"))
    assert main(["staff", "set-pin", "--config", str(config), "--pin-stdin"]) == 0
    text = config.read_text()
    assert "# our lobby" in text and "# east door" in text and "864209" not in text
    assert config.stat().st_mode & 0o777 == 0o640  # the file's mode is kept
    stored = load_settings(config).staff.pin_hash
    assert stored is not None and verify_pin("864209", stored)
    for short_or_easy, says in (("86420", "6 to 8 digits"), ("123456", "too easy")):
        monkeypatch.setattr("sys.stdin", io.StringIO(short_or_easy + "\n"))
        assert main(["staff", "set-pin", "--config", str(config), "--pin-stdin"]) == 2
        assert says in capsys.readouterr().err
    # a kiosk that takes shorter PINs says so in its config
    config.write_text(config.read_text() + "pin_min_length = 4\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("8642\n"))
    assert main(["staff", "set-pin", "--config", str(config), "--pin-stdin"]) == 0
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    assert main(["staff", "set-pin", "--pin-stdin"]) == 2


def test_set_pin_never_leaves_half_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file is written beside the config and renamed over it: a failure on the way (here a
    full disk at the flush) leaves the old config whole and no stray file."""
    config = tmp_path / "kiosk.toml"
    config.write_text('[kiosk]\nid = "lobby-2"\n')
    before = config.read_text()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", disk_full)
    monkeypatch.setattr("sys.stdin", io.StringIO("864209\n"))
    assert main(["staff", "set-pin", "--config", str(config), "--pin-stdin"]) == 2
    assert "cannot write it" in capsys.readouterr().err
    assert config.read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.toml"]


def test_a_pin_in_the_config_that_is_not_a_hash_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[staff]\npin_hash = "1234"\n')
    with pytest.raises(Exception, match="not a PIN hash"):
        load_settings(config)
