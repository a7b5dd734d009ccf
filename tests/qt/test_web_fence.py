"""The hand-off is fenced: only allowed hosts, in the same view, nothing escapes; a blocked
navigation is not a failed page; the page's dialogs are ours; a dead renderer means sorry + reset."""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import KioskApp
from kiosk.qt.driver import Driver
from tests.qt.conftest import demo_settings, to_page


def page_path(d: Driver) -> str:
    return str(d.js("location.pathname"))


def settle(d: Driver) -> None:
    d.pump(0.6)


def add_link(d: Driver, link_id: str, href: str, target: str = "") -> None:
    """A big link at the top of the page, to tap like a person would."""
    d.js(
        f"(() => {{ const a = document.createElement('a'); a.id = {link_id!r}; a.textContent = 'Tap me';"
        f" a.href = {href!r}; a.target = {target!r}; a.style = 'display:block;font-size:40px;padding:20px';"
        " document.querySelector('main').prepend(a); return true })()"
    )


@pytest.mark.parametrize(
    "target",
    [
        "https://www.example.org/steal",
        "http://127.0.0.1:9/other-port",
        "file:///etc/passwd",
        "chrome://settings",
    ],
)
def test_links_to_other_hosts_are_blocked_and_the_page_stays(
    kiosk: tuple[KioskApp, Driver], target: str
) -> None:
    k, d = kiosk
    to_page(k, d)
    add_link(d, "escape", target)
    d.tap_in_page("#escape")
    settle(d)
    assert page_path(d) == "/retail"
    assert target in k.web.blocked_urls or target.startswith(("file:", "chrome:"))
    assert k.session.screen == "handoff"
    assert k.session.errors.kind == ""  # blocked is not failed


def test_try_again_after_a_failed_page_brings_the_page_back(
    kiosk: tuple[KioskApp, Driver],
) -> None:
    """It crashed the kiosk (SIGSEGV): the new view got the old profile just before it was
    dropped. The page now reopens once view, page and profile are gone."""
    k, d = kiosk
    to_page(k, d)
    k.web.pageFailed.emit()  # as a page that failed to load says
    d.wait_until(lambda: k.session.errors.kind == "page_failed", 5, "the page error")
    d.tap("retryButton")
    d.wait_until(lambda: d.exists("webView") and page_path(d) == "/retail", 10, "the page again")
    assert k.session.screen == "handoff" and k.session.errors.kind == ""
    k.reset_session("start over")  # and the reset after it still tears everything down
    d.wait_until(lambda: k.web.torn_down or k.web.profile is not None, 10, "the reset")
    d.wait_until(lambda: d.exists("bookButton") and not d.exists("webView"), 10, "Welcome")


def test_a_hung_renderer_means_sorry_and_a_fresh_start(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    d.js("(() => { setTimeout(() => { while (true) {} }, 0); return true })()", timeout=2)
    began = time.monotonic()
    d.wait_until(lambda: d.exists("apologyTitle"), 15, "the apology")
    assert time.monotonic() - began < 12  # noticed within 10 s or so, not at the idle reset
    assert k.session.screen == "welcome" and not d.exists("webView")
    d.tap("apologyOkButton")
    to_page(k, d)  # the next patient gets a working page


def test_a_renderer_over_its_memory_limit_is_killed(make_kiosk: Any) -> None:
    k, d = make_kiosk(demo_settings(web={"renderer_memory_mb": 300}))
    to_page(k, d)
    d.js("(() => { setTimeout(() => { window.hog = []; for (let i = 0; i < 8; i++) {"
         " const b = new Uint8Array(64 * 1024 * 1024); b.fill(1); window.hog.push(b) } }, 0);"
         " return true })()")  # fmt: skip  # 512 MiB of ArrayBuffers, outside V8's capped heap
    d.wait_until(lambda: d.exists("apologyTitle"), 15, "the apology")
    assert k.session.screen == "welcome" and not d.exists("webView")
    d.tap("apologyOkButton")
    to_page(k, d)  # the next patient gets a working page


def test_a_page_cannot_blank_itself(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    d.js("(() => { location = 'about:blank'; return true })()")
    # Chromium blanks the page without asking: the kiosk treats it as the page ending.
    d.wait_until(lambda: k.session.errors.kind == "page_failed", 5, "the page error")
    d.tap("retryButton")  # Try again: DexCare's page, back where the patient was going
    d.wait_until(lambda: d.web_url().startswith(k.web.url) and page_path(d) == "/retail", 10,
                 "the page again")  # fmt: skip
    assert k.session.errors.kind == ""


def test_scripted_navigation_is_blocked(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    d.js("(() => { location.href = 'https://evil.example/'; return true })()")
    settle(d)
    assert page_path(d) == "/retail"
    assert "https://evil.example/" in k.web.blocked_urls
    assert k.session.errors.kind == ""
    d.tap("startOverButton")  # the refused addresses go with the patient
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")
    assert k.web.blocked_urls == []


def test_window_open_to_another_host_is_refused(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    d.js("(() => { window.open('https://popup.example/'); return true })()")
    settle(d)
    assert page_path(d) == "/retail"
    assert "https://popup.example/" in k.web.blocked_urls


def test_window_open_to_an_allowed_host_opens_in_the_same_view(
    kiosk: tuple[KioskApp, Driver],
) -> None:
    k, d = kiosk
    to_page(k, d)
    # later, so this script's answer comes back before the page goes away
    d.js("(() => { setTimeout(() => window.open('/retail/help'), 50); return true })()")
    d.wait_until(lambda: page_path(d) == "/retail/help", 10, "the help page in the same view")
    assert k.session.screen == "handoff"


def test_no_window_is_ever_handed_to_the_page(kiosk: tuple[KioskApp, Driver]) -> None:
    """A refused window.open('about:blank') used to give the page a live window it could write
    into for ~5 ms before Qt dropped it; now the page gets null, with a tap or without."""
    k, d = kiosk
    to_page(k, d)
    opened = "(w) => w ? 'a window, closed=' + w.closed : 'null'"
    assert d.js(f"({opened})(window.open('about:blank'))") == "null"
    d.js(
        "(() => { const b = document.createElement('button'); b.id = 'pop'; b.textContent = 'Pop';"
        " b.style = 'display:block;font-size:40px;padding:20px';"
        f" b.onclick = () => {{ window.__got = [({opened})(window.open('about:blank')),"
        f" ({opened})(document.body.appendChild(document.createElement('iframe'))"
        ".contentWindow.open('about:blank'))] };"
        " document.querySelector('main').prepend(b); return true })()"
    )
    d.tap_in_page("#pop")  # a tap: the one case Chromium itself would allow
    settle(d)
    assert d.js("window.__got") == ["null", "null"]
    assert page_path(d) == "/retail" and k.session.screen == "handoff"


def test_a_target_blank_form_submits_in_the_same_view(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    d.js(
        "(() => { const f = document.createElement('form'); f.action = '/retail/help';"
        " f.method = 'get'; f.target = '_blank'; document.body.appendChild(f);"
        " setTimeout(() => f.requestSubmit(), 50); return true })()"
    )
    d.wait_until(lambda: page_path(d) == "/retail/help", 10, "the help page in the same view")
    assert k.session.screen == "handoff"


def test_target_blank_link_opens_in_the_same_view(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    d.tap_in_page("#help")  # <a target="_blank" href="/retail/help">
    d.wait_until(lambda: page_path(d) == "/retail/help", 10, "the help page")


def test_target_blank_to_another_host_never_opens(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    add_link(d, "blank", "https://elsewhere.example/", "_blank")
    d.tap_in_page("#blank")
    settle(d)
    assert page_path(d) == "/retail"
    assert "https://elsewhere.example/" in k.web.blocked_urls


def test_sub_resources_to_other_hosts_are_blocked(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    outcome = d.js(
        "(async () => { const img = new Image(); img.src = 'https://tracker.example/pixel.gif';"
        " document.body.appendChild(img);"
        " try { await fetch('https://api.elsewhere.example/data'); return 'fetched' } catch (e) { return 'refused' } })()"
    )
    assert outcome == "refused"
    settle(d)
    interceptor = k.web._interceptor
    assert interceptor is not None
    assert "https://tracker.example/pixel.gif" in interceptor.blocked
    assert "https://api.elsewhere.example/data" in interceptor.blocked
    # The page's own requests still work.
    assert d.js("fetch('/retail/help').then(r => r.status)") == 200


def test_iframes_from_other_hosts_do_not_load(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    d.js(
        "(() => { const f = document.createElement('iframe'); f.src = 'https://frame.example/'; document.body.appendChild(f); return true })()"
    )
    settle(d)
    blocked = set(k.web.blocked_urls) | set(
        k.web._interceptor.blocked if k.web._interceptor else []
    )
    assert "https://frame.example/" in blocked
    assert k.session.errors.kind == ""


def test_javascript_dialogs_are_shown_in_kiosk_style(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    d.js(
        "(() => { setTimeout(() => { window.answer = confirm('Keep this time?'); }, 0); return true })()"
    )
    d.wait_until(lambda: d.exists("jsDialogText"), 5, "the kiosk dialog")
    assert d.text("jsDialogText") == "Keep this time?"
    d.tap("jsDialogCancel")
    d.wait_until(lambda: not d.exists("jsDialogText"), 5, "the dialog to close")
    assert d.js("window.answer") is False


def test_a_dead_renderer_means_sorry_and_a_fresh_start(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    pid = int(d.page_property("renderProcessPid"))
    assert pid > 0
    os.kill(pid, signal.SIGKILL)
    d.wait_until(lambda: d.exists("apologyTitle"), 15, "the apology")
    assert k.session.screen == "welcome"
    assert not d.exists("webView")
    d.tap("apologyOkButton")
    d.wait_until(lambda: not d.exists("apologyTitle"), 5, "the apology to close")
    # and the next patient gets a working page
    to_page(k, d)


@pytest.fixture
def bad_tls_server(tmp_path: Path) -> Iterator[str]:
    """An https server on loopback with a self-signed certificate nobody trusts."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=127.0.0.1"], check=True, capture_output=True,
    )  # fmt: skip

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<h1>untrusted</h1>")

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_certificate_errors_are_never_ignored(make_kiosk: Any, bad_tls_server: str) -> None:
    k, d = make_kiosk(demo_settings(web={"extra_hosts": [bad_tls_server]}))
    to_page(k, d)
    d.js(f"(() => {{ location.href = {bad_tls_server + '/'!r}; return true }})()")
    d.wait_until(lambda: d.exists("errorTitle"), 15, "the certificate error")
    assert d.text("errorTitle") == "We could not open the booking page safely"
    assert k.session.screen == "handoff"


def test_downloads_are_cancelled(
    kiosk: tuple[KioskApp, Driver], caplog: pytest.LogCaptureFixture
) -> None:
    k, d = kiosk
    to_page(k, d)
    with caplog.at_level("INFO", logger="kiosk.web"):
        d.js(
            "(() => { const a = document.createElement('a'); a.href = URL.createObjectURL(new Blob(['x']));"
            " a.download = 'notes.txt'; document.body.appendChild(a); a.click(); return true })()"
        )
        d.wait_until(lambda: "refused a download" in caplog.text, 10, "the download to be refused")
    assert page_path(d) == "/retail"


def test_permission_requests_are_denied(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    outcome = d.js(
        "new Promise((resolve) => navigator.geolocation.getCurrentPosition("
        " () => resolve('granted'), (e) => resolve('denied ' + e.code)))"
    )
    assert outcome == "denied 1"  # PERMISSION_DENIED


# ------------------------------------------------------------------ a hostile page's dialogs
def test_a_dialog_left_open_at_the_reset_never_reaches_the_next_patient(
    kiosk: tuple[KioskApp, Driver],
) -> None:
    k, d = kiosk
    to_page(k, d)
    d.js("(() => { setTimeout(() => confirm('Cancel the visit for Ana Lopez, born 03/15/1990?'), 0);"
         " return true })()")  # fmt: skip
    d.wait_until(lambda: d.exists("jsDialogText"), 5, "the page's dialog")
    k.reset_session("idle timeout")  # the patient walked away with the dialog open
    d.wait_until(lambda: d.exists("bookButton") and not d.exists("webView"), 10, "Welcome")
    assert not d.exists("jsDialogText")
    assert "Ana Lopez" not in d.all_text()
    d.tap("bookButton")  # and taps reach Welcome again
    d.wait_until(lambda: d.exists("walkInButton"), 5, "the care choice")


def test_start_over_is_within_reach_above_a_dialog(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    d.js("(() => { setTimeout(() => alert('Hello'), 0); return true })()")
    d.wait_until(lambda: d.exists("jsDialogStartOver"), 5, "the dialog")
    d.tap("jsDialogStartOver")
    d.wait_until(lambda: d.exists("bookButton") and not d.exists("jsDialogText"), 10, "Welcome")


def test_a_page_that_loops_alert_is_treated_as_broken(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    to_page(k, d)
    d.js("(() => { setTimeout(() => { for (let i = 0; i < 50; i++) alert('again ' + i) }, 0);"
         " return true })()")  # fmt: skip
    for _ in range(3):  # the first few are shown, one at a time
        d.wait_until(lambda: d.exists("jsDialogOk"), 5, "a dialog")
        d.tap("jsDialogOk")
        d.pump(0.2)
    d.wait_until(lambda: k.session.errors.kind == "page_failed", 5, "the page treated as broken")
    assert not d.exists("jsDialogText"), d.text("jsDialogText")
    d.tap("errorStartOverButton")  # Start over is reachable
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")


def test_a_page_cannot_put_anything_on_the_clipboard(kiosk: tuple[KioskApp, Driver]) -> None:
    from PySide6.QtGui import QGuiApplication

    k, d = kiosk
    to_page(k, d)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("left by someone")  # whatever is written is wiped at once
    d.pump(0.1)
    assert clipboard.text() == ""
    d.js("(() => { setInterval(() => { const t = document.createElement('textarea');"
         " t.value = 'Ana Lopez 03/15/1990'; document.body.appendChild(t); t.select();"
         " document.execCommand('copy'); t.remove(); }, 5); return true })()")  # fmt: skip
    d.pump(0.5)
    assert clipboard.text() == ""
    k.session.startOver()
    d.wait_until(lambda: d.exists("bookButton") and not d.exists("webView"), 10, "Welcome")
    d.pump(3.0)  # the race seen before: the text came back right after the reset
    assert clipboard.text() == ""
