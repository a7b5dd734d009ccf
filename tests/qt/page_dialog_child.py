"""A demo kiosk in a child process whose page holds a dialog open, then loses it one way; run by
``test_page_dialogs.py``. A crash here is a dead child (exit -11), not a dead test run.

    python -m tests.qt.page_dialog_child HOLD_SECONDS ACTION

ACTION: ok (the patient answers), start-over (Start over in the dialog), idle (the idle reset),
renderer (the page's renderer is killed). Then the next patient must find a clean Welcome and a
working page. Prints one line per stage; exits 0 only when every check held.
"""

from __future__ import annotations

import os
import signal
import sys

from kiosk.qt.driver import Driver
from kiosk.settings import load_settings
from kiosk.tour import headless_app, to_times, wait_for_booking_page

# What the page's dialog says: a name the next patient must never see.
MESSAGE = "Cancel the visit for Ana Lopez, born 03/15/1990?"


def say(line: str) -> None:
    print(line, flush=True)  # noqa: T201 - the parent reads these


def to_page(k: object, d: Driver) -> None:
    to_times(k, d)  # type: ignore[arg-type]
    d.tap("time_0_0")
    d.wait_until(lambda: d.exists("webView"), 10, "the web view")
    wait_for_booking_page(d)


def main(hold: float, action: str) -> int:
    base = load_settings(None, environ={})
    settings = base.model_copy(
        update={"speech": base.speech.model_copy(update={"engine": "mock", "headset": False})}
    )
    with headless_app(settings, (1920, 1080)) as (k, d):
        d.wait_until(lambda: d.exists("bookButton"), 15, "Welcome")
        to_page(k, d)
        d.js(
            f"(() => {{ setTimeout(() => {{ window.answer = confirm({MESSAGE!r}) }}, 0); return true }})()"
        )
        d.wait_until(lambda: d.exists("jsDialogText"), 5, "the page's dialog")
        say("dialog shown")
        d.pump(hold)
        # Held open is not a hung renderer: still the patient's page and dialog.
        assert k.session.screen == "handoff", k.session.screen
        assert d.exists("jsDialogText"), "the dialog went by itself"
        assert k.session.errors.kind == "", k.session.errors.kind
        say(f"held {hold:g} s")
        if action == "ok":
            d.tap("jsDialogOk")
            d.wait_until(lambda: not d.exists("jsDialogText"), 5, "the dialog to close")
            assert d.js("window.answer") is True
            d.pump(2.5)  # heartbeats resume and are answered
            assert k.session.screen == "handoff" and k.session.errors.kind == ""
            d.tap("startOverButton")
        elif action == "start-over":
            d.tap("jsDialogStartOver")
        elif action == "idle":
            k.reset_session("idle timeout")
        elif action == "renderer":
            os.kill(int(d.page_property("renderProcessPid")), signal.SIGKILL)
            d.wait_until(lambda: d.exists("apologyOkButton"), 15, "the apology")
            d.tap("apologyOkButton")
        else:
            raise SystemExit(f"unknown action {action}")
        d.wait_until(lambda: d.exists("bookButton") and not d.exists("webView"), 10, "Welcome")
        d.wait_until(lambda: k.web.at_rest, 10, "the page to be gone")
        d.pump(2.0)  # whatever the old renderer still had to say has arrived by now
        assert not d.exists("jsDialogText")
        assert "Ana Lopez" not in d.all_text()
        assert k.session.screen == "welcome"
        say("welcome clean")
        to_page(k, d)  # the next patient's page works
        say("next page works")
    return 0


if __name__ == "__main__":
    sys.exit(main(float(sys.argv[1]), sys.argv[2]))
