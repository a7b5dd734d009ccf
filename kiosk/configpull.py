"""``kiosk config pull``: the kiosk's config from one place, for sites without their own tooling.

Run before the kiosk starts (the unit's first ``ExecCondition=``). It asks an HTTPS server for the
file, with the ETag of the copy it has (``If-None-Match``) and a client certificate if one is
configured, and checks an answer exactly as ``kiosk config check`` does. A new, valid file
replaces the copy atomically; anything else (the server down or refusing, a file that does not
validate, a file holding secrets) keeps the last good copy, and the kiosk runs on it. The result
is logged and recorded beside the copy; the kiosk exports it (``clinic_kiosk_config_pull_*``).

Secrets never come this way: the config holds only the paths of secret files, and a pulled file
that carries a secret's value is refused.

Transport security protects the wire, not a compromised or mistaken config server. So what decides
where patients' details and the kiosk's credentials go (``TRUST_BEARING``) is taken from a pulled
file only when it is signed (Ed25519, ``<url>.sig``, ``kiosk config sign``) with the key installed
on the kiosk; unsigned, those values are kept from the copy in place, and a signature that does not
verify refuses the file. The whole pull has one deadline and reads at most 1 MiB.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import tomlkit
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk import __version__
from kiosk.metrics import PULL_RESULTS, config_checksum, pull_state_file
from kiosk.settings import ConfigError, Settings, load_settings
from kiosk.tls import system_trust
from kiosk.web.policy import is_https_url

log = logging.getLogger("kiosk.config")

URL_ENV = "KIOSK_CONFIG_URL"
CERT_ENV, KEY_ENV, CA_ENV = "KIOSK_CONFIG_CLIENT_CERT", "KIOSK_CONFIG_CLIENT_KEY", "KIOSK_CONFIG_CA"
SIGNING_KEY_ENV = "KIOSK_CONFIG_SIGNING_KEY"
# Where the package looks for the public key when the environment names none (root's, 0644).
DEFAULT_SIGNING_KEY = Path("/etc/clinic-kiosk/config-signing.pub")
RESULTS = PULL_RESULTS
MAX_BYTES = 1 << 20
# Keys that would hold a secret's value (their ``*_file`` twins, which name a file, are fine).
_SECRET_KEY = re.compile(r"(secret|token|password|api_key|private_key)$", re.IGNORECASE)
_PEM_KEY = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")


@dataclass(frozen=True)
class Pulled:
    result: str  # one of RESULTS
    detail: str  # for the log: never the file's contents
    path: Path
    have_good_copy: bool

    @property
    def ok(self) -> bool:
        return self.result in ("new", "unchanged")


def secrets_in(data: dict[str, Any], where: str = "") -> str | None:
    """The dotted key of the first secret value in a parsed config, or None."""
    for key, value in data.items():
        name = f"{where}{key}"
        if isinstance(value, dict):
            found = secrets_in(value, f"{name}.")
            if found:
                return found
        elif isinstance(value, str) and (_SECRET_KEY.search(key) or _PEM_KEY.search(value)):
            return name
    return None


def check_text(text: str) -> Settings:
    """The same checks as ``kiosk config check``, plus: no secrets. Raises ConfigError."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc})") from None
    found = secrets_in(data)
    if found:
        raise ConfigError(f"{found}: secrets never come with pulled config (name a file instead)")
    with tempfile.TemporaryDirectory() as tmp:  # load_settings reads a file, as `kiosk run` does
        candidate = Path(tmp) / "kiosk.toml"
        candidate.write_text(text, encoding="utf-8")
        return load_settings(candidate, environ={})


def _etag_file(path: Path) -> Path:
    return path.with_name(path.name + ".etag")


# An ETag is kept only as a plain token (RFC 9110: visible ASCII, at most a few hundred bytes):
# anything else is simply not sent back, and the next pull fetches the file whole.
_ETAG = re.compile(r'^(W/)?"[\x21\x23-\x7e]{0,200}"$|^[\x21-\x7e]{1,200}$')


def _read_etag(path: Path) -> str | None:
    try:
        value = _etag_file(path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return value if _ETAG.match(value) else None


def _keep_etag(path: Path, value: str | None) -> None:
    try:
        if value is not None and _ETAG.match(value):
            _etag_file(path).write_text(value, encoding="ascii")
        else:
            _etag_file(path).unlink(missing_ok=True)
    except OSError as err:  # the config itself is in place: only the next pull costs more
        log.warning("cannot keep the config's ETag (%s)", type(err).__name__)


# ------------------------------------------------------------------------------- signatures
# What a pulled config may change only when it is signed with a key installed on the kiosk: where
# the API key, the token and every patient's details go (DexCare's URLs, the token URL), what the
# web view may reach, demo mode (no real bookings, a loopback DexCare), and the staff PIN. Unsigned,
# these come from the copy already in place (the local file IT put there, or a signed pull), never
# from the server. The kiosk has no TLS setting in its config: it trusts the system's store.
TRUST_BEARING: tuple[tuple[str, str], ...] = (
    ("dexcare", "api_base_url"), ("dexcare", "booking_base_url"), ("dexcare", "scheduling_url"),
    ("auth", "token_url"), ("web", "extra_hosts"), ("demo", "enabled"), ("staff", "pin_hash"),
)  # fmt: skip
SIGNATURE_SUFFIX = ".sig"


def load_public_key(path: Path) -> Ed25519PublicKey:
    """An Ed25519 public key in PEM (``openssl pkey -pubout``). Raises ConfigError."""
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError, UnsupportedAlgorithm) as err:
        raise ConfigError(f"{path}: not a readable PEM public key ({type(err).__name__})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise ConfigError(f"{path}: not an Ed25519 public key")
    return key


def sign(data: bytes, private_key_pem: bytes) -> str:
    """The signature ``kiosk config pull`` checks: Ed25519 over the file's exact bytes, base64."""
    try:
        key = serialization.load_pem_private_key(private_key_pem, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as err:
        raise ConfigError(f"not an unencrypted PEM private key ({type(err).__name__})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ConfigError("not an Ed25519 private key (openssl genpkey -algorithm ed25519)")
    return base64.b64encode(key.sign(data)).decode("ascii") + "\n"


def verified(data: bytes, signature: bytes, key: Ed25519PublicKey) -> bool:
    try:
        key.verify(base64.b64decode(signature.strip(), validate=True), data)
    except (InvalidSignature, ValueError):
        return False
    return True


def keep_trusted(text: str, local: Path) -> tuple[str, list[str]]:
    """An unsigned config with every trust-bearing value taken from ``local`` (the copy in place;
    absent: the built-in defaults): the text to check and keep, and the keys it tried to change."""
    try:
        mine = tomllib.loads(local.read_text(encoding="utf-8")) if local.is_file() else {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        mine = {}
    doc = tomlkit.parse(text)
    ignored = []
    for section, key in TRUST_BEARING:
        theirs = doc.get(section, {})
        ours = mine.get(section, {})
        if not isinstance(theirs, dict) or not isinstance(ours, dict):
            continue
        if theirs.get(key) == ours.get(key):
            continue
        ignored.append(f"{section}.{key}")
        if key in ours:
            if section not in doc:
                doc[section] = tomlkit.table()
            doc[section][key] = ours[key]
        else:
            del doc[section][key]
    return tomlkit.dumps(doc), ignored


# ------------------------------------------------------------------------------------ pulling
class _TooLarge(Exception):
    pass


class _TooSlow(Exception):
    pass


def _fetch(
    http: httpx.Client, url: str, headers: dict[str, str], deadline: float
) -> tuple[httpx.Response, bytes]:
    """GET ``url`` reading at most MAX_BYTES, all of it before ``deadline`` (monotonic)."""
    with http.stream("GET", url, headers=headers) as reply:
        declared = reply.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > MAX_BYTES:
            raise _TooLarge
        body = bytearray()
        for chunk in reply.iter_raw(16384):
            body += chunk
            if len(body) > MAX_BYTES:
                raise _TooLarge
            if time.monotonic() > deadline:
                raise _TooSlow
        return reply, bytes(body)


def pull(
    url: str, path: Path, *, client_cert: Path | None = None, client_key: Path | None = None,
    ca: Path | None = None, timeout: float = 20.0, signing_key: Path | None = None,
) -> Pulled:  # fmt: skip
    """Fetch ``url`` into ``path``, keeping the last good copy whatever happens, within
    ``timeout`` seconds in all (a server trickling its answer is cut off)."""
    have = path.is_file()
    deadline = time.monotonic() + timeout

    def kept(result: str, detail: str) -> Pulled:
        log.warning("config pull: %s (%s); %s", result, detail,
                    "running on the last good copy" if have else "no good copy to run on",
                    extra={"event": "config.pull"})  # fmt: skip
        return Pulled(result, detail, path, have)

    if not is_https_url(url):
        return kept("refused", "only https:// URLs with a host are pulled")
    try:
        key = load_public_key(signing_key) if signing_key is not None else None
    except ConfigError as err:
        return kept("refused", str(err))
    headers = {"User-Agent": f"ClinicKiosk/{__version__} (config pull)"}
    etag = _read_etag(path) if have else None
    if etag:
        headers["If-None-Match"] = etag
    try:
        reply, body, signature = _get(url, headers, timeout, deadline, client_cert, client_key,
                                      ca, want_signature=key is not None)  # fmt: skip
    except _TooLarge:
        return kept("invalid", "larger than 1 MiB")
    except _TooSlow:
        return kept("unreachable", f"not all of it within {timeout:g} s")
    except httpx.HTTPError as err:
        return kept("unreachable", type(err).__name__)
    except OSError as err:  # a client certificate that cannot be read, a bad CA file
        return kept("refused", type(err).__name__)
    if reply.status_code == 304 and have:
        log.info("config pull: unchanged", extra={"event": "config.pull"})
        return Pulled("unchanged", "304 Not Modified", path, True)
    if reply.status_code != 200:
        return kept("unreachable" if reply.status_code >= 500 else "refused",
                    f"HTTP {reply.status_code}")  # fmt: skip
    try:
        text, detail = _accepted(body, signature, key, path)
        _replace(path, text)
    except ConfigError as err:
        return kept("invalid", str(err))
    except OSError as err:
        return kept("refused", f"cannot write {path} ({type(err).__name__})")
    _keep_etag(path, reply.headers.get("ETag"))
    log.info("config pull: new config (%s; %s)", config_checksum(path), detail,
             extra={"event": "config.pull"})  # fmt: skip
    return Pulled("new", detail, path, True)


def _get(  # noqa: PLR0917 - private, called from one place
    url: str, headers: dict[str, str], timeout: float, deadline: float,
    client_cert: Path | None, client_key: Path | None, ca: Path | None, *, want_signature: bool,
) -> tuple[httpx.Response, bytes, bytes | None]:  # fmt: skip
    """The file and, if a key is installed, its signature (None when the server has none)."""
    tls = system_trust(ca)
    if client_cert is not None:
        tls.load_cert_chain(client_cert, client_key)
    step = min(timeout, 5.0)  # each connect and read; the deadline bounds them all
    with httpx.Client(verify=tls, timeout=httpx.Timeout(step), follow_redirects=False) as http:
        reply, body = _fetch(http, url, headers, deadline)
        signature = None
        if want_signature and reply.status_code == 200:
            agent = {"User-Agent": headers["User-Agent"]}
            sig_reply, sig_body = _fetch(http, url + SIGNATURE_SUFFIX, agent, deadline)
            signature = sig_body if sig_reply.status_code == 200 else None
    return reply, body, signature


def _accepted(
    body: bytes, signature: bytes | None, key: Ed25519PublicKey | None, path: Path
) -> tuple[str, str]:
    """The text to keep and what to say of it; ConfigError when it is not to be kept."""
    try:
        text = body.decode("utf-8")
        tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML ({exc})") from None
    if key is not None and signature is not None:
        if not verified(body, signature, key):
            raise ConfigError("its signature does not verify with the installed key")
        check_text(text)
        return text, "signed"
    text, ignored = keep_trusted(text, path)
    check_text(text)
    if not ignored:
        return text, "unsigned"
    detail = f"unsigned: kept the local {', '.join(ignored)} (only a signed config changes them)"
    log.warning("config pull: %s", detail, extra={"event": "config.pull"})
    return text, detail


def _replace(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o750)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kiosk-", suffix=".toml")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o640)
    os.replace(tmp, path)


def record(pulled: Pulled) -> None:
    """What the kiosk exports about the pull (``clinic_kiosk_config_pull_*``, kiosk/metrics.py),
    beside the config it pulled."""
    state = pull_state_file(pulled.path)
    try:
        state.parent.mkdir(parents=True, exist_ok=True, mode=0o750)
        state.write_text(json.dumps({"result": pulled.result, "at": time.time(),
                                     "good_copy": pulled.have_good_copy}), encoding="utf-8")  # fmt: skip
    except OSError as err:
        log.warning("cannot record the config pull's result (%s)", type(err).__name__)
