#!/usr/bin/env python3
# ruff: noqa: S603, S607, T201  (runs fixed tools by name, as root in CI; prints its figures)
"""The packaged kiosk, run as the appliance runs it, on a machine without systemd as PID 1.

What ``clinic-kiosk.service`` does on a lobby PC, this does on a build machine or in CI (as root):
the package unpacked (``dpkg-deb -x``) and bind-mounted on ``/opt`` in a private mount namespace,
``cage`` with the headless wlroots backend and the kiosk as its only client, as an unprivileged
user, Chromium's sandbox on, and a datagram socket standing in for systemd's ``NOTIFY_SOCKET``.
The appliance tests (tests/appliance) use it; so does the crash-recovery benchmark::

    python3 packaging/appliance.py bench-recovery DEB [--rounds N]

which does what systemd does after a crash (``Restart=always``, ``RestartSec=``, the unit's
``ExecCondition=``) and prints the seconds from ``SIGKILL`` to the new kiosk's ``READY=1``, which
the kiosk sends after the first frame of Welcome. Standard library only.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import pwd
import re
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PREFIX = "/opt/clinic-kiosk"
UNIT = "lib/systemd/system/clinic-kiosk.service"
TOOLS = ("dpkg-deb", "unshare", "setpriv", "cage", "grim")
USER = "nobody"


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def unpack(deb: Path, into: Path) -> Path:
    """The package's files under ``into`` (readable by the unprivileged user), as dpkg lays them."""
    into.mkdir(parents=True, exist_ok=True)
    subprocess.run(["dpkg-deb", "-x", str(deb), str(into)], check=True)
    into.chmod(0o755)
    return into


def unit_settings(root: Path, key: str) -> list[str]:
    """Every ``Key=value`` of the packaged unit, in order (ExecCondition= may come many times)."""
    values = re.findall(rf"^{key}=(.*)$", (root / UNIT).read_text(), flags=re.M)
    if not values:
        raise KeyError(key)
    return [v.strip() for v in values]


def unit_setting(root: Path, key: str) -> str:
    """One ``Key=value`` of the packaged unit (the last one wins, as in systemd)."""
    return unit_settings(root, key)[-1]


def seconds(value: str) -> float:
    """A systemd time span as the unit spells it: ``2``, ``500ms``, ``1.5s``."""
    match = re.fullmatch(r"([\d.]+)\s*(ms|s|sec)?", value)
    if not match:
        raise ValueError(value)
    number = float(match[1])
    return number / 1000 if match[2] == "ms" else number


def in_package(root: Path, argv: list[str], *, user: str | None = USER) -> list[str]:
    """``argv`` with the package's /opt in place (a private mount namespace) and as ``user``."""
    account = pwd.getpwnam(user) if user else None
    drop = (
        ["setpriv", f"--reuid={account.pw_uid}", f"--regid={account.pw_gid}", "--clear-groups"]
        if account
        else []
    )
    script = 'mount --bind "$0/opt" /opt && exec "$@"'
    namespace = ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, str(root)]
    return [*namespace, *drop, *argv]


class NotifySocket:
    """systemd's end of sd_notify: a datagram socket; every message is kept with its arrival time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.bind(str(path))
        path.chmod(0o777)  # the kiosk runs as another user
        self.messages: list[tuple[float, dict[str, str]]] = []

    def close(self) -> None:
        self._sock.close()

    def poll(self, timeout: float) -> dict[str, str] | None:
        self._sock.settimeout(max(timeout, 0.001))
        try:
            data = self._sock.recv(4096)
        except TimeoutError:
            return None
        fields = dict(line.split("=", 1) for line in data.decode().splitlines() if "=" in line)
        self.messages.append((time.monotonic(), fields))
        return fields

    def wait_for(self, key: str, timeout: float, value: str | None = None) -> float:
        """The arrival time of the next message carrying ``key`` (and ``value``)."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            fields = self.poll(left)
            if fields is not None and key in fields and value in (None, fields[key]):
                return self.messages[-1][0]
        raise TimeoutError(f"no {key}={value or '*'} within {timeout:g} s")

    def drain(self, duration: float) -> list[tuple[float, dict[str, str]]]:
        """Every message that arrives in the next ``duration`` seconds."""
        start = len(self.messages)
        deadline = time.monotonic() + duration
        while (left := deadline - time.monotonic()) > 0:
            self.poll(left)
        return self.messages[start:]


@dataclass
class Kiosk:
    """One cage session with the packaged kiosk as its client."""

    root: Path
    work: Path
    kiosk_args: list[str] = field(default_factory=lambda: ["run", "--demo"])
    program: list[str] | None = None  # instead of bin/kiosk (tests pass a wrapper)
    watchdog_usec: int = 2_000_000
    extra_env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None
    notify: NotifySocket | None = None

    def __post_init__(self) -> None:
        account = pwd.getpwnam(USER)
        self.runtime = self.work / "run"
        self.home = self.work / "home"
        for directory in (self.runtime, self.home):
            directory.mkdir(mode=0o700, exist_ok=True)
            os.chown(directory, account.pw_uid, account.pw_gid)
        self.work.chmod(0o755)
        self.log = self.work / "cage.log"

    def env(self) -> dict[str, str]:
        keep = ("PATH", "LANG", "TZ")
        env = {k: v for k, v in os.environ.items() if k in keep}
        env.update(
            HOME=str(self.home),
            XDG_RUNTIME_DIR=str(self.runtime),
            XDG_STATE_HOME=str(self.home / "state"),
            XDG_DATA_HOME=str(self.home / "data"),
            XDG_CACHE_HOME=str(self.home / "cache"),
            XDG_CONFIG_HOME=str(self.home / "config"),
            WLR_BACKENDS="headless",
            WLR_RENDERER="pixman",
            WLR_LIBINPUT_NO_DEVICES="1",
            XDG_SESSION_TYPE="wayland",
            QT_QPA_PLATFORM="wayland",
            # cage draws with pixman here (no GPU on a build machine), so Qt Quick draws in
            # software too; on a lobby PC both use the GPU.
            QT_QUICK_BACKEND="software",
        )
        if self.notify is not None:
            env["NOTIFY_SOCKET"] = str(self.notify.path)
            env["WATCHDOG_USEC"] = str(self.watchdog_usec)
        env.update(self.extra_env)
        return env

    def start(self) -> None:
        if self.notify is None:
            self.notify = NotifySocket(self.work / "notify.sock")
        program = self.program or [f"{PREFIX}/bin/kiosk"]
        argv = in_package(self.root, ["cage", "--", *program, *self.kiosk_args])
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                argv, env=self.env(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def pids(self, pattern: str) -> list[int]:
        """Processes of this session whose command line contains ``pattern``."""
        assert self.process is not None
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                if os.getsid(int(entry.name)) != self.process.pid:
                    continue
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except (OSError, ProcessLookupError):
                continue
            if pattern in cmdline:
                found.append(int(entry.name))
        return sorted(found)

    def kiosk_pid(self) -> int:
        """The kiosk's own process: cage's child, as the unit's ExecStop finds it."""
        assert self.process is not None
        cage = [pid for pid in self.pids("cage --") if self._comm(pid) == "cage"]
        for pid in self.pids("kiosk"):
            if self._ppid(pid) in cage:
                return pid
        raise LookupError("no kiosk process under cage")

    @staticmethod
    def _comm(pid: int) -> str:
        return Path(f"/proc/{pid}/comm").read_text().strip()

    @staticmethod
    def _ppid(pid: int) -> int:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return int(stat.rsplit(")", 1)[1].split()[1])

    def wayland_display(self) -> str:
        sockets = sorted(
            p.name for p in self.runtime.glob("wayland-*") if not p.name.endswith(".lock")
        )
        if not sockets:
            raise LookupError("cage has no Wayland socket")
        return sockets[0]

    def screenshot(self, path: Path) -> Path:
        """The compositor's output as a PNG, taken with grim as the kiosk's user."""
        out = self.home / "shot.png"  # where the kiosk's user may write
        env = {**self.env(), "WAYLAND_DISPLAY": self.wayland_display()}
        subprocess.run(in_package(self.root, ["grim", str(out)]), env=env, check=True, timeout=30)
        shutil.copyfile(out, path)
        return path

    def stop(self, timeout: float = 30) -> int:
        """As the unit's ExecStop: SIGTERM to the kiosk alone; cage exits once its client is gone."""
        if self.process is None:
            return 0
        if self.process.poll() is None:
            with contextlib.suppress(LookupError, ProcessLookupError):
                os.kill(self.kiosk_pid(), signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        return self.process.returncode

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        if self.notify is not None:
            self.notify.close()

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def workdir(prefix: str) -> Path:
    """A fresh directory the unprivileged user can reach (pytest's own are root's, 0700)."""
    work = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    work.chmod(0o755)
    return work


@contextlib.contextmanager
def package_root(deb: Path) -> Iterator[Path]:
    work = workdir("clinic-kiosk-root.")
    try:
        yield unpack(deb, work / "root")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _condition_config(work: Path) -> Path:
    """A config naming secret files that exist, as IT sets one up, for the unit's ExecCondition."""
    account = pwd.getpwnam(USER)
    secrets = work / "secrets"
    secrets.mkdir(mode=0o750, exist_ok=True)
    for name in ("api-key", "token"):
        (secrets / name).write_text("bench-not-a-secret\n")
        (secrets / name).chmod(0o640)
        os.chown(secrets / name, 0, account.pw_gid)
    os.chown(secrets, 0, account.pw_gid)
    config = work / "kiosk.toml"
    config.write_text(
        f'[dexcare]\napi_key_file = "{secrets / "api-key"}"\n'
        f'[auth]\nmode = "static"\ntoken_file = "{secrets / "token"}"\n'
    )
    config.chmod(0o644)
    return config


def bench_recovery(deb: Path, rounds: int) -> list[float]:
    """Seconds from SIGKILL of the kiosk to the restarted kiosk's READY=1, ``rounds`` times."""
    with package_root(deb) as root:
        restart_sec = seconds(unit_setting(root, "RestartSec"))
        # As systemd reads them: "$$" is a literal "$" for the shell.
        conditions = [
            [word.replace("$$", "$") for word in shlex.split(c)]
            for c in unit_settings(root, "ExecCondition")
        ]
        work = workdir("clinic-kiosk-bench.")
        config = _condition_config(work)
        kiosk = Kiosk(root, work, extra_env={"KIOSK_CONFIG": str(config)})
        figures = []
        try:
            kiosk.start()
            assert kiosk.notify is not None
            kiosk.notify.wait_for("READY", 120, "1")
            for n in range(rounds):
                time.sleep(3)  # Welcome at rest, beating
                killed = time.monotonic()
                os.kill(kiosk.kiosk_pid(), signal.SIGKILL)
                assert kiosk.process is not None
                kiosk.process.wait(30)  # cage follows its client
                # What systemd does next: RestartSec=, then ExecCondition=, then ExecStart=.
                time.sleep(restart_sec)
                for condition in conditions:  # the config pull (a no-op here), then the check
                    subprocess.run(
                        in_package(root, condition),
                        env=kiosk.env(),
                        check=True,
                        stdout=subprocess.DEVNULL,
                    )
                kiosk.start()
                ready = kiosk.notify.wait_for("READY", 120, "1")
                figures.append(ready - killed)
                print(
                    f"round {n + 1}: {ready - killed:.2f} s from SIGKILL to Welcome drawn",
                    flush=True,
                )
            return figures
        finally:
            kiosk.stop()
            kiosk.close()
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    bench = sub.add_parser("bench-recovery", help="seconds from SIGKILL to the restarted Welcome")
    bench.add_argument("deb", type=Path)
    bench.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    if os.geteuid() != 0 or missing_tools():
        print(
            f"needs root and {', '.join(TOOLS)} (missing: {', '.join(missing_tools())})",
            file=sys.stderr,
        )
        return 2
    figures = bench_recovery(args.deb, args.rounds)
    print(
        f"crash recovery (SIGKILL -> restarted kiosk's first frame of Welcome, RestartSec included),"
        f" {len(figures)} rounds: median {statistics.median(figures):.2f} s,"
        f" worst {max(figures):.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
