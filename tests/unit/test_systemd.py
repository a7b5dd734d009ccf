"""The sd_notify messages, read from a datagram socket bound where NOTIFY_SOCKET points."""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.systemd import Notifier, write_pid_file


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = str(tmp_path / "notify")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(2)
    yield sock, path
    sock.close()


def messages(sock: socket.socket, n: int) -> list[dict[str, str]]:
    out = []
    for _ in range(n):
        text = sock.recv(4096).decode()
        out.append(dict(line.split("=", 1) for line in text.splitlines()))
    return out


def test_ready_beats_status_and_stopping_arrive(listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    n = Notifier({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "10000000"})
    assert n.enabled and n.watchdog_ms == 5000  # beats at half of WatchdogSec
    assert n.ready("ready") and n.beat() and n.status("out of service") and n.stopping()
    assert messages(sock, 4) == [
        {"READY": "1", "STATUS": "ready"}, {"WATCHDOG": "1"}, {"STATUS": "out of service"},
        {"STOPPING": "1", "STATUS": "stopping"},
    ]  # fmt: skip
    n.close()


def test_the_abstract_namespace_is_spelled_with_an_at() -> None:
    name = f"kiosk-test-{os.getpid()}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind("\0" + name)
    sock.settimeout(2)
    notifier = Notifier({"NOTIFY_SOCKET": "@" + name})
    try:
        assert notifier.ready("ready")
        assert messages(sock, 1) == [{"READY": "1", "STATUS": "ready"}]
    finally:
        notifier.close()
        sock.close()


def test_outside_systemd_nothing_is_sent_and_nothing_breaks(tmp_path: Path) -> None:
    quiet = Notifier({})
    assert not quiet.enabled and quiet.watchdog_ms == 0 and quiet.ready("ready") is False
    gone = Notifier({"NOTIFY_SOCKET": str(tmp_path / "nobody-listens")})
    assert gone.beat() is False  # logged, never raised
    gone.close()


def test_the_watchdog_is_ours_only_when_its_pid_is_ours_or_our_parents() -> None:
    usec = {"NOTIFY_SOCKET": "/x", "WATCHDOG_USEC": "4000000"}
    assert Notifier(usec | {"WATCHDOG_PID": str(os.getppid())}).watchdog_ms == 2000  # under cage
    assert Notifier(usec | {"WATCHDOG_PID": str(os.getpid())}).watchdog_ms == 2000
    assert Notifier(usec | {"WATCHDOG_PID": "1"}).watchdog_ms == 0


def test_the_pid_file_lets_the_units_stop_find_the_kiosk(tmp_path: Path) -> None:
    """The unit's main process is cage (which aborts on SIGTERM); ExecStop= reads this file to
    ask the kiosk itself to quit and waits for it."""
    path = write_pid_file({"RUNTIME_DIRECTORY": str(tmp_path)})
    assert path == tmp_path / "kiosk.pid"
    assert path.read_text() == f"{os.getpid()}\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert write_pid_file({}) is None  # not under systemd
    (tmp_path / "elsewhere").write_text("")
    link = tmp_path / "linked"
    link.mkdir()
    (link / "kiosk.pid").symlink_to(tmp_path / "elsewhere")
    assert write_pid_file({"RUNTIME_DIRECTORY": str(link)}) is None  # never through a link
    assert (tmp_path / "elsewhere").read_text() == ""
