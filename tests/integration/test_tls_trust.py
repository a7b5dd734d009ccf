"""The DexCare client and `config pull` trust the operating system's store, where a health system
puts its own CA (here ``SSL_CERT_FILE``, which OpenSSL's default paths honour, stands in for
``update-ca-certificates``), not only the bundle shipped in the venv."""

from __future__ import annotations

import http.server
import os
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.app import build_dexcare, prepare_qt_environment
from kiosk.dexcare import CannotConnect
from kiosk.settings import Settings
from tests.helpers import run

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")
DEPARTMENTS = b"[]"


@pytest.fixture(scope="module")
def private_ca(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("hospital-ca")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
            "/CN=Evergreen Health Internal CA", "-keyout", "ca.key", "-out", "ca.pem",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign")  # fmt: skip
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout",
            "server.key", "-out", "server.csr")  # fmt: skip
    (d / "server.ext").write_text("subjectAltName=DNS:localhost\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "2", "-out", "server.pem", "-extfile", "server.ext")  # fmt: skip
    return d


@pytest.fixture
def dexcare_behind_the_hospital_ca(private_ca: Path) -> Iterator[str]:
    """An HTTPS server whose certificate only the hospital's CA vouches for (as a TLS-inspecting
    proxy or an internal DexCare gateway would present)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(DEPARTMENTS)))
            self.end_headers()
            self.wfile.write(DEPARTMENTS)

        def log_message(self, *_: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(private_ca / "server.pem", private_ca / "server.key")
    httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://localhost:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def departments(base: str) -> int:
    settings = Settings(
        dexcare={"api_base_url": base, "booking_base_url": base}, retry={"attempts": 1}
    )
    wiring = build_dexcare(settings, secret_env={"KIOSK_API_KEY": "k", "KIOSK_ACCESS_TOKEN": "t"})

    async def ask() -> int:
        try:
            return len((await wiring.client.departments()).data)
        finally:
            await wiring.http.aclose()

    return run(ask())


def test_the_dexcare_client_trusts_the_system_store(
    dexcare_behind_the_hospital_ca: str, private_ca: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    base = dexcare_behind_the_hospital_ca
    # Not in the system's store: refused (no silent trust of anything).
    store = tmp_path / "ca-certificates.crt"
    store.write_text("")
    monkeypatch.setenv("SSL_CERT_FILE", str(store))
    with pytest.raises(CannotConnect):
        departments(base)
    # IT adds the hospital's CA to the system's store: DexCare through it is trusted.
    store.write_text((private_ca / "ca.pem").read_text())
    assert departments(base) == 0


def test_a_site_proxy_in_the_chromium_flags_is_said_out_loud(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--proxy-server=http://proxy.example.org:3128")
    prepare_qt_environment(headless=True, web_hosts=["scheduling.example.org"])
    flags = os.environ["QTWEBENGINE_CHROMIUM_FLAGS"]
    assert "--proxy-bypass-list" not in flags and "proxy.example.org:3128" in flags
    assert "network fence" in caplog.text and "is not added" in caplog.text
