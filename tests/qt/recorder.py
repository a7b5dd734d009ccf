"""A recorder on another loopback address: what the kiosk must never reach (the hostile-page and
untrusted-text tests). Nothing leaves the machine."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

RECORDER_HOST = "127.0.0.2"


class Recorder:
    """Counts every TCP connection and UDP datagram that reaches it."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        seen = self.seen

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                seen.append(f"http {self.command} {self.path}")
                self.send_error(404)

            do_POST = do_GET

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def verify_request(self, request: Any, client_address: Any) -> bool:
                seen.append("tcp connection")
                return True

        self.tcp = Server((RECORDER_HOST, 0), Handler)
        self.port = self.tcp.server_address[1]
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind((RECORDER_HOST, self.port))
        self.udp.settimeout(0.2)
        self.stopping = threading.Event()
        threading.Thread(target=self.tcp.serve_forever, args=(0.1,), daemon=True).start()
        threading.Thread(target=self._listen_udp, daemon=True).start()

    def _listen_udp(self) -> None:
        while not self.stopping.is_set():
            try:
                self.udp.recvfrom(2048)
                self.seen.append("udp datagram")
            except (TimeoutError, OSError):
                continue

    def stop(self) -> None:
        self.stopping.set()
        self.tcp.shutdown()
        self.tcp.server_close()
        self.udp.close()
