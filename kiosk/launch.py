"""The ``kiosk`` command's entry point: for ``kiosk run`` on a display, Welcome is drawn first
(kiosk/qt/boot.py), then the command line and the kiosk are imported behind it
(kiosk/startup.py says why). Every other command goes straight to kiosk/cli.py."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import Any

from kiosk.startup import has_display

# Options of `kiosk` and `kiosk run` that take a value (kiosk/cli.py), so the value is not read
# as the command.
WITH_VALUE = {"--config", "--tour-out"}
NO_BOOT = {"-h", "--help", "--version"}
VERBOSE = {"-v", "--verbose"}


def command_of(args: Sequence[str]) -> str | None:
    """The subcommand named in ``args`` (None when there is none: ``kiosk`` alone runs)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def wants_boot(args: Sequence[str]) -> bool:
    return command_of(args) in (None, "run") and not NO_BOOT.intersection(args) and has_display()


def say_welcome_drawn(boot: Any, kiosk_id: str) -> None:
    """The journal's "Welcome drawn" line (once), with the kiosk's id."""
    from kiosk.logs import set_log_context  # noqa: PLC0415

    if getattr(boot, "said", False):
        return
    boot.said = True
    set_log_context(kiosk_id=kiosk_id)
    said = logging.getLogger("kiosk.start")
    if boot.drawn_at is None:
        said.warning("the boot screen was not drawn in time")
        return
    said.info(
        "Welcome drawn after %.0f ms (the boot screen; the kiosk loads behind it)",
        boot.clock.marks["welcome drawn"], extra={"event": "kiosk.welcome_drawn"},
    )  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    boot = None
    if wants_boot(args):
        from kiosk.qt import boot as booting  # noqa: PLC0415 - Qt only for a kiosk on screen

        boot = booting.start(windowed="--windowed" in args)
        # Said once Welcome is up (the log costs ~20 ms to load), so the journal shows when a
        # restarted kiosk was back on Welcome: a little late, never early. Every entry carries
        # the kiosk's id: the one the last start remembered, else after the settings are read.
        from kiosk.logs import configure_logging  # noqa: PLC0415

        configure_logging(json_lines="--log-json" in args, verbose=bool(VERBOSE.intersection(args)))
        if boot.look.kiosk_id:
            say_welcome_drawn(boot, boot.look.kiosk_id)
    from kiosk.cli import main as cli_main  # noqa: PLC0415 - behind Welcome

    if boot is not None:
        boot.clock.mark("command line")
    return cli_main(argv, boot=boot)
