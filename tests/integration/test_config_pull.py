"""`kiosk config pull` against a real HTTPS server on loopback (its own CA, a client certificate
required): a new file, unchanged (304), an invalid file, a file with a secret, the server down,
and what the kiosk then exports about it."""

from __future__ import annotations

import http.server
import json
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from kiosk.cli import main
from kiosk.metrics import KioskMetrics, pull_state_file

GOOD = '[kiosk]\nid = "lobby-7"\nsite = "downtown"\n'
NEWER = '[kiosk]\nid = "lobby-7"\nsite = "downtown"\njournal_days = 30\n'

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@dataclass
class Served:
    """What the server answers with; what it was asked."""

    body: str = GOOD
    etag: str = '"v1"'
    status: int = 200
    asked: list[dict[str, str]] = field(default_factory=list)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("pki")
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Test CA",
            "-keyout", "ca.key", "-out", "ca.pem", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign", cwd=d)  # fmt: skip
    for name, ext in (
        ("server", "subjectAltName=IP:127.0.0.1"),
        ("client", "extendedKeyUsage=clientAuth"),
    ):
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={name}", "-keyout",
                f"{name}.key", "-out", f"{name}.csr", cwd=d)  # fmt: skip
        (d / f"{name}.ext").write_text(ext + "\n")
        openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                "-CAcreateserial", "-days", "2", "-out", f"{name}.pem", "-extfile", f"{name}.ext",
                cwd=d)  # fmt: skip
    return d


@pytest.fixture
def server(pki: Path) -> Iterator[tuple[str, Served]]:
    served = Served()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.asked.append(dict(self.headers.items()))
            if served.etag and self.headers.get("If-None-Match") == served.etag:
                self.send_response(304)
                self.end_headers()
                return
            data = served.body.encode()
            self.send_response(served.status)
            if served.etag:
                self.send_header("ETag", served.etag)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *_: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(pki / "ca.pem"))
    tls.load_cert_chain(pki / "server.pem", pki / "server.key")
    tls.verify_mode = ssl.CERT_REQUIRED  # no client certificate, no config
    httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}/kiosks/lobby-7.toml", served
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def pull(url: str, to: Path, pki: Path, *, cert: bool = True) -> int:
    args = ["config", "pull", url, "--to", str(to), "--ca", str(pki / "ca.pem"), "--quiet"]
    if cert:
        args += ["--client-cert", str(pki / "client.pem"), "--client-key", str(pki / "client.key")]
    return main(args)


def last_result(to: Path) -> str:
    return str(json.loads(pull_state_file(to).read_text())["result"])


def test_new_unchanged_invalid_and_down(
    server: tuple[str, Served], pki: Path, tmp_path: Path
) -> None:
    url, served = server
    to = tmp_path / "config" / "kiosk.toml"
    assert pull(url, to, pki) == 0 and to.read_text() == GOOD and last_result(to) == "new"
    assert (to.parent / "kiosk.toml.etag").read_text() == '"v1"'
    assert to.stat().st_mode & 0o777 == 0o640
    # Unchanged: the server is asked with the ETag and answers 304; the copy stays as it was.
    assert pull(url, to, pki) == 0 and last_result(to) == "unchanged"
    assert served.asked[-1].get("If-None-Match") == '"v1"'
    # A new version replaces it.
    served.body, served.etag = NEWER, '"v2"'
    assert pull(url, to, pki) == 0 and to.read_text() == NEWER and last_result(to) == "new"
    # A file that does not validate (as `kiosk config check` would refuse it): last good kept.
    served.body, served.etag = '[kiosk]\nid = "no spaces allowed"\n', '"v3"'
    assert pull(url, to, pki) == 0 and to.read_text() == NEWER and last_result(to) == "invalid"
    served.body = "this is not = toml ["
    assert pull(url, to, pki) == 0 and to.read_text() == NEWER and last_result(to) == "invalid"
    # A secret's value in the file: refused, whatever else it holds.
    served.body = GOOD + '\n[auth]\nclient_secret = "s3cr3t"\n'
    assert pull(url, to, pki) == 0 and to.read_text() == NEWER and last_result(to) == "invalid"
    # The server failing (503): last good kept.
    served.body, served.status, served.etag = GOOD, 503, ""
    assert pull(url, to, pki) == 0 and to.read_text() == NEWER and last_result(to) == "unreachable"
    # Without the client certificate the server will not talk: last good kept.
    served.status = 200
    assert pull(url, to, pki, cert=False) == 0 and to.read_text() == NEWER
    assert last_result(to) == "unreachable"


def test_the_server_down_keeps_the_last_good_copy(pki: Path, tmp_path: Path) -> None:
    to = tmp_path / "kiosk.toml"
    down = "https://127.0.0.1:9/kiosk.toml"  # discard: nothing listens
    assert pull(down, to, pki) == 1, "no copy at all: the unit's condition must wait"
    to.write_text(GOOD)
    assert pull(down, to, pki) == 0 and to.read_text() == GOOD and last_result(to) == "unreachable"


def test_only_https_and_nothing_to_do_without_a_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    to = tmp_path / "kiosk.toml"
    assert main(["config", "pull", "http://127.0.0.1:9/k.toml", "--to", str(to), "--quiet"]) == 1
    assert last_result(to) == "refused"
    monkeypatch.delenv("KIOSK_CONFIG_URL", raising=False)
    assert main(["config", "pull", "--to", str(to), "--quiet"]) == 0  # pull not used: fine


def test_the_kiosk_exports_the_last_pull(tmp_path: Path) -> None:
    to = tmp_path / "kiosk.toml"
    to.write_text(GOOD)
    pull_state_file(to).write_text('{"result": "invalid", "at": 1700000000, "good_copy": true}')
    m = KioskMetrics(kiosk_id="k", site="", version="1", training=False, config=to)
    out = tmp_path / "k.prom"
    assert m.write(out)
    got = {(s.name, tuple(s.labels.values())): s.value
           for f in text_string_to_metric_families(out.read_text()) for s in f.samples}  # fmt: skip
    assert got[("clinic_kiosk_config_pull_result", ("invalid",))] == 1
    assert got[("clinic_kiosk_config_pull_result", ("new",))] == 0
    assert got[("clinic_kiosk_config_pull_timestamp_seconds", ())] == 1700000000
