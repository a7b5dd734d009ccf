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
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from kiosk.cli import main
from kiosk.metrics import KioskMetrics, pull_state_file
from kiosk.settings import load_settings

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
    signature: str | None = None  # served at the URL + .sig
    trickle: float = 0.0  # seconds between bytes of the body
    flood: int = 0  # bytes of body sent with no length (chunked), instead of ``body``
    sent: int = 0  # body bytes the server managed to write


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
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            if self.path.endswith(".sig"):
                self.answer(
                    404 if served.signature is None else 200, (served.signature or "").encode()
                )
                return
            served.asked.append(dict(self.headers.items()))
            if served.etag and self.headers.get("If-None-Match") == served.etag:
                self.send_response(304)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if served.flood:
                self.flood()
                return
            self.answer(served.status, served.body.encode(), etag=served.etag)

        def answer(self, status: int, data: bytes, etag: str = "") -> None:
            self.send_response(status)
            if etag:
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if not served.trickle:
                self.wfile.write(data)
                return
            for byte in data:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(served.trickle)

        def flood(self) -> None:
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"# padding\n" * 6554  # 64 KiB
            try:
                while served.sent < served.flood:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    served.sent += len(chunk)
                self.wfile.write(b"0\r\n\r\n")
            except OSError:
                pass  # the kiosk hung up: what it had to

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


def pull(url: str, to: Path, pki: Path, *extra: str, cert: bool = True) -> int:
    args = ["config", "pull", url, "--to", str(to), "--ca", str(pki / "ca.pem"), "--quiet", *extra]
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
    # What `kiosk run` would refuse, the pull refuses (today's took it, and run died looping).
    served.body = GOOD + '[demo]\nscenario = "meltdown"\n'
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
    with pytest.raises(SystemExit) as refused:  # a bad argument: exit 2 and the reason
        main(["config", "pull", "http://127.0.0.1:9/k.toml", "--to", str(to), "--quiet"])
    assert refused.value.code == 2
    monkeypatch.setenv("KIOSK_CONFIG_URL", "http://127.0.0.1:9/k.toml")  # from the unit's file
    assert main(["config", "pull", "--to", str(to), "--quiet"]) == 1
    assert last_result(to) == "refused"
    to.write_text(GOOD)  # with a good copy in place, the kiosk starts on it
    assert main(["config", "pull", "--to", str(to), "--quiet"]) == 0
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


# ------------------------------------------------------------------- deadlines and limits
def test_a_trickled_config_is_cut_off_at_the_deadline(
    server: tuple[str, Served], pki: Path, tmp_path: Path
) -> None:
    """Each byte comes well inside the read timeout: only the whole pull's deadline ends it
    (today's code ran until systemd killed the start check)."""
    url, served = server
    to = tmp_path / "kiosk.toml"
    to.write_text(GOOD)
    served.body, served.etag, served.trickle = NEWER, '"v2"', 0.05  # 3 s for the whole body
    started = time.monotonic()
    assert pull(url, to, pki, "--timeout", "1") == 0
    assert time.monotonic() - started < 3.0
    assert to.read_text() == GOOD and last_result(to) == "unreachable"


def test_a_huge_config_is_refused_while_it_is_read(
    server: tuple[str, Served], pki: Path, tmp_path: Path
) -> None:
    """40 MiB with no length: the pull stops reading after 1 MiB (today's read it all, +80 MB)."""
    url, served = server
    to = tmp_path / "kiosk.toml"
    to.write_text(GOOD)
    served.flood = 40 << 20
    assert pull(url, to, pki) == 0 and to.read_text() == GOOD and last_result(to) == "invalid"
    time.sleep(0.5)
    assert served.sent < 8 << 20, served.sent  # the rest was never asked for


@pytest.mark.parametrize("etag", ['"vé"', "x" * 500, '"a\tb"'])
def test_any_etag_is_tolerated(
    server: tuple[str, Served], pki: Path, tmp_path: Path, etag: str
) -> None:
    """Today's code replaced the file, then died writing a non-ASCII ETag (exit 1)."""
    url, served = server
    to = tmp_path / "kiosk.toml"
    served.etag = etag
    assert pull(url, to, pki) == 0 and to.read_text() == GOOD and last_result(to) == "new"
    assert not (to.parent / "kiosk.toml.etag").exists()
    assert pull(url, to, pki) == 0  # asked again in full, no If-None-Match
    assert "If-None-Match" not in served.asked[-1]


# ------------------------------------------------------------------------------ signatures
ELSEWHERE = '[dexcare]\napi_base_url = "https://dexcare.attacker.example"\n'
WIDER = '[web]\nextra_hosts = ["tracker.example.com"]\n'


@pytest.fixture(scope="module")
def signing(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("signing")
    openssl("genpkey", "-algorithm", "ed25519", "-out", "it.key", cwd=d)
    openssl("pkey", "-in", "it.key", "-pubout", "-out", "it.pub", cwd=d)
    return d / "it.key", d / "it.pub"


def signed(text: str, key: Path, tmp_path: Path) -> str:
    source = tmp_path / "to-sign.toml"
    source.write_text(text)
    assert main(["config", "sign", str(source), "--key", str(key), "--quiet"]) == 0
    return (tmp_path / "to-sign.toml.sig").read_text()


def test_trust_bearing_settings_change_only_with_a_signed_config(
    server: tuple[str, Served], pki: Path, tmp_path: Path, signing: tuple[Path, Path]
) -> None:
    """Over TLS from the right server, an unsigned file could send the API key, the token and
    every patient's details elsewhere. Now those values stay the local ones unless it is signed."""
    url, served = server
    private, public = signing
    to = tmp_path / "kiosk.toml"
    local = GOOD + '\n[dexcare]\napi_base_url = "https://api.uat.dexcarehealth.com"\n'
    to.write_text(local)
    key = ("--signing-key", str(public))
    # Unsigned: the file comes, its trust-bearing values do not (the local ones are kept).
    served.body, served.etag = NEWER + ELSEWHERE + WIDER + "[demo]\nenabled = true\n", '"u1"'
    assert pull(url, to, pki, *key) == 0 and last_result(to) == "new"
    kept = load_settings(to, environ={})
    assert kept.kiosk.journal_days == 30  # the rest of it came
    assert kept.dexcare.api_base_url == "https://api.uat.dexcarehealth.com"
    assert kept.web.extra_hosts == [] and not kept.demo.enabled
    # Signed with another key: refused whole (someone tampered with it, or signed with the wrong key).
    other = tmp_path / "other"
    other.mkdir()
    openssl("genpkey", "-algorithm", "ed25519", "-out", "other.key", cwd=other)
    served.body, served.etag = NEWER + ELSEWHERE, '"s0"'
    served.signature = signed(served.body, other / "other.key", tmp_path)
    assert pull(url, to, pki, *key) == 0 and last_result(to) == "invalid"
    assert load_settings(to, environ={}).dexcare.api_base_url == "https://api.uat.dexcarehealth.com"
    # Signed with the installed key: taken as it is.
    served.signature, served.etag = signed(served.body, private, tmp_path), '"s1"'
    assert pull(url, to, pki, *key) == 0 and last_result(to) == "new"
    assert to.read_text() == NEWER + ELSEWHERE
    # A later unsigned file keeps what the signed one set.
    served.body, served.signature, served.etag = NEWER + WIDER, None, '"u2"'
    assert pull(url, to, pki, *key) == 0
    again = load_settings(to, environ={})
    assert (
        again.dexcare.api_base_url == "https://dexcare.attacker.example"
        and again.web.extra_hosts == []
    )


def test_without_a_key_installed_every_pull_is_unsigned(
    server: tuple[str, Served], pki: Path, tmp_path: Path, signing: tuple[Path, Path]
) -> None:
    url, served = server
    to = tmp_path / "kiosk.toml"
    served.body = GOOD + ELSEWHERE
    served.signature = signed(served.body, signing[0], tmp_path)
    assert pull(url, to, pki) == 0 and last_result(to) == "new"  # a first pull: the defaults
    assert (
        load_settings(to, environ={}).dexcare.api_base_url == "https://api.care.dexcarehealth.com"
    )


def test_config_sign_refuses_what_the_kiosk_would(
    tmp_path: Path, signing: tuple[Path, Path]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[demo]\nscenario = "meltdown"\n')
    assert main(["config", "sign", str(bad), "--key", str(signing[0]), "--quiet"]) == 2
    assert not (tmp_path / "bad.toml.sig").exists()
    assert main(["config", "sign", str(bad), "--key", str(tmp_path / "none.pem")]) == 2
