#!/usr/bin/env python3
# ruff: noqa: S603, S607, T201  (runs fixed tools by name, as root in CI; prints its figures)
"""The appliance as it is deployed: Debian 12 booted with systemd as PID 1, the package installed
by apt, node_exporter as its own user. For the appliance tests and for IT's own checks::

    python3 packaging/container.py bench-recovery DEB [--rounds 5]

boots a container, installs ``DEB`` and Debian's ``prometheus-node-exporter`` with apt, starts
the kiosk with ``systemctl`` and prints the seconds from a SIGKILL of the kiosk to systemd's
"Started" (the kiosk's ``READY=1`` after Welcome's first frame), as journald timed them.

How (``../shared/reference/appliance-notes.md``, "systemd as PID 1 in a container"): a Debian 12
root made once with ``debootstrap`` and kept outside the repository (``KIOSK_TEST_CACHE``, default
/var/cache/clinic-kiosk-tests), a second copy with the package's dependencies installed (keyed by
its Depends:), and for each boot an overlay on top of that, started with ``systemd-nspawn --boot``.
The container shares the host's network (apt, and node_exporter's port on the host's loopback).
What a container lacks (a DRM screen, tty1, a logind seat) is replaced by one drop-in, :data:`DROP_IN`;
the unit, its user, modes and hardening are the package's. Needs root. Standard library only.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

CACHE = Path(os.environ.get("KIOSK_TEST_CACHE", "/var/cache/clinic-kiosk-tests"))
MIRROR = os.environ.get("KIOSK_TEST_MIRROR", "http://deb.debian.org/debian")
TOOLS = ("debootstrap", "systemd-nspawn", "nsenter", "dpkg-deb", "mount")
UNIT = "clinic-kiosk.service"
WELCOME_DRAWN = "Welcome drawn"  # the kiosk's boot screen says so on stderr (kiosk/qt/boot.py)
NODE_EXPORTER_PORT = 19100
STARTED = "39f53479d3a045ac8e11786248231fbf"  # systemd's "Started UNIT" (sd-messages.h)  # not 9100: the host may run its own node_exporter

# A container has no DRM, no tty1 and no seat: cage's headless backend, the console instead of
# tty1 and a runtime directory for cage's socket. Nothing else of the shipped unit changes.
DROP_IN = """\
[Service]
Environment=WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1
Environment=XDG_RUNTIME_DIR=/run/clinic-kiosk
StandardInput=null
TTYPath=/dev/console
"""
# The kiosk against its built-in DexCare emulator, metrics rewritten each second: as IT would
# edit kiosk.toml (the package's copy already names the metrics file).
CONFIG_EDITS = {
    "[demo]\nenabled = false": "[demo]\nenabled = true",
    "interval = 15 ": "interval = 1 ",
}


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def run(argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, check=True, text=True, capture_output=True, **kwargs)  # type: ignore[call-overload, no-any-return]


def base_root() -> Path:
    """Debian 12, minimal, with systemd: made once (about a minute), then reused."""
    root = CACHE / "bookworm-base"
    if not root.is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = CACHE / "bookworm-base.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        run(["debootstrap", "--variant=minbase", "--include=systemd,systemd-sysv,dbus",
             "bookworm", str(tmp), MIRROR])  # fmt: skip
        tmp.rename(root)
    return root


def depends_root(deb: Path) -> Path:
    """The base with everything ``deb`` depends on and node_exporter installed (once per
    Depends: line). The package itself is not: each boot installs it as IT would."""
    depends = run(["dpkg-deb", "-f", str(deb), "Depends"]).stdout.strip()
    key = hashlib.sha256(depends.encode()).hexdigest()[:12]
    root = CACHE / f"bookworm-deps-{key}"
    if root.is_dir():
        return root
    tmp = CACHE / f"bookworm-deps-{key}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    run(["cp", "-a", "--reflink=auto", str(base_root()), str(tmp)])
    script = (
        "export DEBIAN_FRONTEND=noninteractive && apt-get update -qq && "
        f"apt-get satisfy -y -qq --no-install-recommends '{depends}, prometheus-node-exporter' "
        "&& apt-get clean"
    )
    run(["systemd-nspawn", "-q", "-D", str(tmp), "--register=no", "--keep-unit",
         "--resolv-conf=copy-host", "sh", "-c", script], timeout=1800)  # fmt: skip
    tmp.rename(root)
    return root


def _nspawn_runtime() -> None:
    """systemd-nspawn refuses to work under a /run that is not a tmpfs (a container's /run)."""
    target = Path("/run/systemd/nspawn")
    target.mkdir(parents=True, exist_ok=True)
    mounts = Path("/proc/self/mounts").read_text().split("\n")
    if not any(line.split(" ")[1:2] == [str(target)] for line in mounts if line):
        run(["mount", "-t", "tmpfs", "tmpfs", str(target)])


class Container:
    """One booted Debian 12 on an overlay of :func:`depends_root`; thrown away on close."""

    def __init__(self, lower: Path) -> None:
        self.work = Path(tempfile.mkdtemp(prefix="kiosk-booted-"))
        self.root = self.work / "root"
        for d in ("upper", "work", "root"):
            (self.work / d).mkdir()
        run(["mount", "-t", "overlay", "overlay", "-o",
             f"lowerdir={lower},upperdir={self.work / 'upper'},workdir={self.work / 'work'}",
             str(self.root)])  # fmt: skip
        _nspawn_runtime()
        self.console = (self.work / "console.log").open("wb")
        self.nspawn = subprocess.Popen(
            ["systemd-nspawn", "-q", "-D", str(self.root), "--boot", "--register=no",
             "--keep-unit", "--console=read-only", f"--machine=kiosk{os.getpid()}"],
            stdout=self.console, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        self.pid = self._init_pid(timeout=60)
        self.sh("systemctl is-system-running --wait || true", timeout=120)

    def _init_pid(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.nspawn.poll() is not None:
                raise RuntimeError(f"systemd-nspawn ended: {self.console_text()[-2000:]}")
            for child in self._children(self.nspawn.pid):
                if Path(f"/proc/{child}/comm").read_text().strip() == "systemd":
                    return child
            time.sleep(0.1)
        raise TimeoutError("the container's systemd did not start")

    @staticmethod
    def _children(pid: int) -> list[int]:
        with contextlib.suppress(OSError):
            tasks = Path(f"/proc/{pid}/task").iterdir()
            return [int(c) for t in tasks for c in (t / "children").read_text().split()]
        return []

    def console_text(self) -> str:
        self.console.flush()
        return (self.work / "console.log").read_text(errors="replace")

    def sh(self, script: str, *, check: bool = True, timeout: float = 60) -> str:
        """``script`` run by /bin/sh inside the container, as root; its standard output."""
        done = subprocess.run(
            ["nsenter", "-t", str(self.pid), "-a", "/bin/sh", "-c", script],
            capture_output=True, text=True, timeout=timeout, check=False,
            env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"},
        )  # fmt: skip
        if check and done.returncode != 0:
            raise RuntimeError(f"{script!r} exited {done.returncode}: {done.stderr[-3000:]}")
        return done.stdout

    def show(self, *props: str) -> dict[str, str]:
        out = self.sh(f"systemctl show {UNIT} " + " ".join(f"-p {p}" for p in props))
        return dict(line.split("=", 1) for line in out.splitlines() if "=" in line)

    def journal(self, *args: str) -> list[dict[str, str]]:
        out = self.sh(f"journalctl -u {UNIT} -o json --no-pager " + " ".join(args))
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    def install(self, deb: Path) -> None:
        """As IT would: apt-get install of the file, node_exporter beside it."""
        shutil.copyfile(deb, self.root / "var/tmp" / deb.name)
        self.sh(f"DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /var/tmp/{deb.name}",
                timeout=600)  # fmt: skip

    def repackaged(self, deb: Path, suffix: str) -> Path:
        """``deb`` with ``suffix`` added to its version (a "newer build" to upgrade to), placed in
        the container's /var/tmp (its /tmp is a tmpfs)."""
        unpacked = self.work / "repack"
        shutil.rmtree(unpacked, ignore_errors=True)
        run(["dpkg-deb", "-R", str(deb), str(unpacked)])
        control = unpacked / "DEBIAN" / "control"
        text = control.read_text()
        version = next(line for line in text.splitlines() if line.startswith("Version: "))
        control.write_text(text.replace(version, version + suffix))
        out = self.root / "var/tmp" / deb.name.replace(".deb", f"{suffix}.deb")
        run(["dpkg-deb", "-Zgzip", "-z1", "--root-owner-group", "-b", str(unpacked), str(out)],
            timeout=600)  # fmt: skip
        shutil.rmtree(unpacked, ignore_errors=True)
        return out

    def configure(self, *, secrets: bool = True) -> None:
        """Node_exporter on its own port; kiosk.toml edited; the drop-in; secrets as the README
        says (``install -m 0640 -o root -g kiosk``)."""
        self.sh(
            "echo 'ARGS=\"--web.listen-address=127.0.0.1:"
            f"{NODE_EXPORTER_PORT}\"' > /etc/default/prometheus-node-exporter && "
            "systemctl restart prometheus-node-exporter"
        )
        toml = self.root / "etc/clinic-kiosk/kiosk.toml"
        text = toml.read_text()
        for old, new in CONFIG_EDITS.items():
            if old not in text:
                raise LookupError(f"kiosk.toml has no {old!r}")
            text = text.replace(old, new)
        toml.write_text(text)
        drop_in = self.root / f"etc/systemd/system/{UNIT}.d"
        drop_in.mkdir(parents=True, exist_ok=True)
        (drop_in / "container.conf").write_text(DROP_IN)
        self.sh("systemctl daemon-reload")
        if secrets:
            self.write_secrets()

    def write_secrets(self) -> None:
        for name in ("dexcare-api-key", "dexcare-token"):
            self.sh(f"printf demo | install -m 0640 -o root -g kiosk /dev/stdin "
                    f"/etc/clinic-kiosk/secrets/{name}")  # fmt: skip

    def now_us(self) -> int:
        """journald's clock (the host's): microseconds since the epoch."""
        return time.time_ns() // 1000

    def wait_started(self, after_us: int, timeout: float = 60) -> int:
        """When systemd logged the unit as started (the kiosk's READY=1) after ``after_us``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for entry in self.journal(f"--since=@{after_us / 1e6:.6f}", f"MESSAGE_ID={STARTED}"):
                if int(entry["__REALTIME_TIMESTAMP"]) >= after_us:
                    return int(entry["__REALTIME_TIMESTAMP"])
            time.sleep(0.2)
        raise TimeoutError(f"{UNIT} did not start again within {timeout:g} s")

    def kiosk_pid(self) -> int:
        """The kiosk (cage's child, ``.../bin/kiosk run``), as the host numbers it: found the same
        way whatever the package version (a newer one also writes it in /run/clinic-kiosk)."""
        own_ns = os.readlink(f"/proc/{self.pid}/ns/pid")
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            with contextlib.suppress(OSError):
                if os.readlink(entry / "ns" / "pid") != own_ns:
                    continue
                argv = (entry / "cmdline").read_bytes().split(b"\0")
                kiosk = b"run" in argv and any(a.endswith(b"/bin/kiosk") for a in argv)
                if kiosk and (entry / "comm").read_text().strip() != "cage":
                    return int(entry.name)
        raise LookupError("no kiosk process in the container")

    def wait_welcome(self, after_us: int, timeout: float = 60) -> int:
        """When the kiosk said, after ``after_us``, that its boot screen drew Welcome."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for entry in self.journal(f"--since=@{after_us / 1e6:.6f}"):
                said = entry.get("MESSAGE", "")
                at = int(entry["__REALTIME_TIMESTAMP"])
                if isinstance(said, str) and WELCOME_DRAWN in said and at >= after_us:
                    return at
            time.sleep(0.2)
        raise TimeoutError(f"{UNIT} did not draw Welcome again within {timeout:g} s")

    def recover(self, rounds: int) -> list[tuple[float, float]]:
        """SIGKILL of the kiosk to Welcome drawn again (the boot screen) and to systemd's
        "Started" (the kiosk's own window, READY=1), ``rounds`` times, in seconds."""
        figures = []
        for _ in range(rounds):
            if self.show("ActiveState")["ActiveState"] != "active":
                raise RuntimeError(f"{UNIT} is not running: {self.show('ActiveState', 'Result')}")
            killed = self.now_us()
            os.kill(self.kiosk_pid(), signal.SIGKILL)
            started = self.wait_started(killed)
            welcome = self.wait_welcome(killed)
            figures.append(((welcome - killed) / 1e6, (started - killed) / 1e6))
            time.sleep(2)  # settled: the web profile prepared, the first metrics written
        return figures

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.sh("systemctl poweroff", check=False, timeout=10)
        try:
            self.nspawn.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self.nspawn.pid, signal.SIGKILL)
            self.nspawn.wait(10)
        self.console.close()
        for _ in range(20):
            if subprocess.run(["umount", str(self.root)], check=False).returncode == 0:
                break
            time.sleep(0.5)
        shutil.rmtree(self.work, ignore_errors=True)


@contextlib.contextmanager
def booted(deb: Path) -> Iterator[Container]:
    container = Container(depends_root(deb))
    try:
        yield container
    finally:
        container.close()


def recovery_words(figures: list[tuple[float, float]]) -> str:
    welcome, ready = [w for w, _ in figures], [r for _, r in figures]
    return (
        f"crash recovery under systemd: SIGKILL to Welcome drawn median {statistics.median(welcome):.2f} s, "
        f"worst {max(welcome):.2f} s ({', '.join(f'{f:.2f}' for f in welcome)}); to READY=1 "
        f"(the kiosk answering) median {statistics.median(ready):.2f} s, worst {max(ready):.2f} s "
        f"({', '.join(f'{f:.2f}' for f in ready)})"
    )  # fmt: skip


def bench_recovery(deb: Path, rounds: int) -> list[tuple[float, float]]:
    with booted(deb) as c:
        c.install(deb)
        c.configure()
        c.sh(f"systemctl start {UNIT}", timeout=120)
        time.sleep(3)
        return c.recover(rounds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    bench = sub.add_parser(
        "bench-recovery", help="SIGKILL to Welcome drawn and to READY=1 under real systemd"
    )
    bench.add_argument("deb", type=Path)
    bench.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if os.geteuid() != 0 or missing_tools():
        print(f"needs root and {', '.join(TOOLS)}", file=sys.stderr)
        return 2
    print(recovery_words(bench_recovery(args.deb.resolve(), args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
