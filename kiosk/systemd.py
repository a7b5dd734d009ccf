"""Telling systemd how the kiosk is: the sd_notify protocol (``man sd_notify``), in a few lines.

One datagram per message, ``KEY=value`` lines, to the socket named by ``NOTIFY_SOCKET`` (a path, or
``@name`` for the abstract namespace). Outside systemd the variable is unset and every call does
nothing. ``WATCHDOG_USEC`` is the unit's ``WatchdogSec=``: the kiosk beats at half of it, from the
GUI thread, so a hung event loop stops the beats and systemd restarts the unit.

Nothing sent here may carry PHI: states are words such as "ready", "out of service".
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger("kiosk.systemd")


class Notifier:
    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        # The abstract namespace is spelled with a leading "@" and addressed with a NUL byte.
        self._address = "\0" + address[1:] if address.startswith("@") else address
        self._socket: socket.socket | None = None
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        # WATCHDOG_PID names the unit's main process: cage, whose only client the kiosk is (the
        # unit's NotifyAccess=all lets the child beat for it).
        mine = not pid or pid in (str(os.getpid()), str(os.getppid()))
        self.watchdog_ms = int(usec) // 2000 if usec.isdigit() and int(usec) > 0 and mine else 0

    @property
    def enabled(self) -> bool:
        return bool(self._address)

    def notify(self, **fields: str | int) -> bool:
        """Send one message; True when it went. Never raises: a kiosk does not stop for this."""
        if not self._address:
            return False
        message = "\n".join(f"{k}={v}" for k, v in fields.items()).encode()
        try:
            if self._socket is None:
                self._socket = socket.socket(
                    socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC
                )
            self._socket.sendto(message, self._address)
        except OSError as err:
            log.warning("systemd notify failed (%s)", type(err).__name__)
            return False
        return True

    def ready(self, status: str) -> bool:
        return self.notify(READY=1, STATUS=status)

    def beat(self) -> bool:
        return self.notify(WATCHDOG=1)

    def status(self, text: str) -> bool:
        return self.notify(STATUS=text)

    def stopping(self) -> bool:
        return self.notify(STOPPING=1, STATUS="stopping")

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def write_pid_file(environ: Mapping[str, str] | None = None) -> Path | None:
    """``$RUNTIME_DIRECTORY/kiosk.pid``: how the unit's ``ExecStop=`` finds the kiosk. The unit's
    main process is cage, and cage 0.1.4 aborts on SIGTERM; so the stop asks the kiosk (cage's
    child) to quit and waits until it and then cage are gone, and systemd has nothing left to
    signal. None outside systemd (the variable is unset) or when it cannot be written."""
    env = os.environ if environ is None else environ
    directory = env.get("RUNTIME_DIRECTORY", "").split(":")[0]
    if not directory:
        return None
    path = Path(directory) / "kiosk.pid"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(f"{os.getpid()}\n")
    except OSError as err:
        log.warning("cannot write the pid file (%s): a stop will not wait", type(err).__name__)
        return None
    return path
