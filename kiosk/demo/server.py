"""``kiosk demo-server``: the emulator over real HTTP on loopback, both DexCare hosts' paths on one
port, so integration tests exercise real sockets and real timeouts."""

from __future__ import annotations

import logging
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from kiosk.demo.emulator import DexCareEmulator
from kiosk.demo.retail_page import RetailPage
from kiosk.demo.scenarios import Scenario
from kiosk.paths import DEMO_PAGE

log = logging.getLogger("kiosk.demo.server")
MAX_BODY = 1_000_000


class _Handler(BaseHTTPRequestHandler):
    server: EmulatorHTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # request lines may carry ids; the emulator logs what matters

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.send_error(413)
            return
        body = self.rfile.read(length) if length else b""
        if parts.path.startswith("/retail") and self.server.retail_page is not None:
            page = self.server.retail_page.handle(
                self.command,
                parts.path,
                dict(parse_qsl(parts.query)),
                dict(self.headers.items()),
                body,
            )
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            self.wfile.write(page.body)
            return
        answer = self.server.emulator.handle(
            self.command, parts.path, dict(parse_qsl(parts.query)), dict(self.headers.items()), body
        )
        if answer.delay and self.server.stopping.wait(answer.delay):
            return
        if answer.fate in ("drop", "refuse"):
            # Acted on (or refused) but the answer never arrives: the client sees the connection die.
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(answer.status)
        for key, value in answer.headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if not answer.trickle:
            self.wfile.write(answer.body)
            return
        for byte in answer.body:  # a byte at a time until the client gives up or it is all sent
            if self.server.stopping.wait(answer.trickle):
                return
            try:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            except OSError:
                return

    do_GET = do_POST = do_PUT = do_DELETE = _serve


class EmulatorHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, emulator: DexCareEmulator, host: str, port: int, *, retail_page: bool = True
    ) -> None:
        super().__init__((host, port), _Handler, bind_and_activate=False)
        self.emulator = emulator
        self.retail_page = (
            RetailPage(emulator, DEMO_PAGE.read_text(encoding="utf-8")) if retail_page else None
        )
        self.stopping = threading.Event()
        self.server_bind()
        # "offline": the port stays bound but nobody listens, so connections are refused for real.
        if emulator.scenario is not Scenario.OFFLINE:
            self.server_activate()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up mid-answer (a kiosk past its deadline) is not an error here."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def serve(self) -> None:
        if self.emulator.scenario is Scenario.OFFLINE:
            self.stopping.wait()
        else:
            self.serve_forever(poll_interval=0.2)

    def start_in_background(self) -> threading.Thread:
        """Serve from a daemon thread (demo mode inside the kiosk app)."""
        thread = threading.Thread(target=self.serve, name="demo-server", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self.stopping.set()
        if self.emulator.scenario is not Scenario.OFFLINE:
            self.shutdown()
        self.server_close()
