"""A test build of the packaged kiosk: ``bin/kiosk`` plus two hooks the appliance tests pull.

Run by the package's own interpreter (``/opt/clinic-kiosk/bin/python -I``) inside cage:
- SIGUSR1 blocks the GUI thread for ``KIOSK_TEST_BLOCK`` seconds (a hung event loop);
- SIGUSR2 opens ``chrome://sandbox`` in an off-screen page of this process and writes the page's
  text to ``$KIOSK_TEST_OUT/sandbox.txt`` (Chromium's own report of its sandbox).
Python runs signal handlers on the main thread, which is the GUI thread.
"""

import os
import signal
import sys
import time
from pathlib import Path

OUT = Path(os.environ["KIOSK_TEST_OUT"])
_keep: list[object] = []


def _block(signum: int, frame: object) -> None:
    time.sleep(float(os.environ.get("KIOSK_TEST_BLOCK", "6")))


def _sandbox_page(signum: int, frame: object) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

    profile = QWebEngineProfile()  # off the record: nothing written
    page = QWebEnginePage(profile)
    timer = QTimer(interval=500)
    timer.timeout.connect(lambda: page.toPlainText((OUT / "sandbox.txt").write_text))
    page.loadFinished.connect(lambda ok: timer.start())
    page.load("chrome://sandbox")
    _keep.extend([profile, page, timer])


signal.signal(signal.SIGUSR1, _block)
signal.signal(signal.SIGUSR2, _sandbox_page)

from kiosk.launch import main  # noqa: E402  (the hooks are in place before the app starts)

sys.exit(main())
