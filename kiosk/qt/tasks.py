"""The one place a patient session's asynchronous work starts, so every task lands somewhere.

A task is cancelled by the privacy reset. One that fails with an exception nobody expected is
logged by its type and place only (its text could hold what a patient typed) and handed to
``on_failure``, which says "Sorry, let's start again" and resets: a patient is never left on a
spinner with no way back. Anything else the asyncio loop reports goes the same way, through
:func:`install_loop_handler`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from types import TracebackType
from typing import Any

log = logging.getLogger("kiosk.crash")  # one logger for every unexpected error

OnFailure = Callable[[], None]


def where(tb: TracebackType | None) -> str:
    """The innermost file:line of a traceback: enough to find the bug, nothing of the data."""
    at = ""
    while tb is not None:
        at = f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}"
        tb = tb.tb_next
    return at


def report(error: BaseException, context: str) -> None:
    log.error(
        "unexpected %s in %s at %s; the session is reset",
        type(error).__name__,
        context,
        where(error.__traceback__),
    )


class SessionTasks:
    def __init__(self, on_failure: OnFailure) -> None:
        self._on_failure = on_failure
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, work: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.ensure_future(work)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._landed)
        return task

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()

    @property
    def running(self) -> int:
        return sum(not t.done() for t in self._tasks)

    def _landed(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()  # retrieved: asyncio never logs "was never retrieved"
        if error is None:
            return
        report(error, f"task {task.get_name()}")
        try:
            self._on_failure()
        except Exception as again:  # noqa: BLE001 - the reset must not take the loop down too
            report(again, "the reset after a failed task")


def install_loop_handler(loop: asyncio.AbstractEventLoop, on_failure: OnFailure) -> None:
    """Whatever else goes wrong on the loop (a callback, a stray future) apologizes and resets,
    logged by type only: the default handler would print the message and a traceback."""

    def handle(_: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if error is None:
            log.error("the event loop reported a problem without an exception")
            return
        report(error, "the event loop")
        try:
            on_failure()
        except Exception as again:  # noqa: BLE001 - as above
            report(again, "the reset after a loop error")

    loop.set_exception_handler(handle)
