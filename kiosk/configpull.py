"""``kiosk config pull``: the kiosk's config from one place, for sites without their own tooling.

Run before the kiosk starts (the unit's first ``ExecCondition=``). It asks an HTTPS server for the
file, with the ETag of the copy it has (``If-None-Match``) and a client certificate if one is
configured, and checks an answer exactly as ``kiosk config check`` does. A new, valid file
replaces the copy atomically; anything else (the server down or refusing, a file that does not
validate, a file holding secrets) keeps the last good copy, and the kiosk runs on it. The result
is logged and recorded beside the copy; the kiosk exports it (``clinic_kiosk_config_pull_*``).

Secrets never come this way: the config holds only the paths of secret files, and a pulled file
that carries a secret's value is refused.
"""

from __future__ import annotations

import json
import logging
import os
import re
import ssl
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from kiosk import __version__
from kiosk.metrics import PULL_RESULTS, config_checksum, pull_state_file
from kiosk.settings import ConfigError, Settings, load_settings

log = logging.getLogger("kiosk.config")

URL_ENV = "KIOSK_CONFIG_URL"
CERT_ENV, KEY_ENV, CA_ENV = "KIOSK_CONFIG_CLIENT_CERT", "KIOSK_CONFIG_CLIENT_KEY", "KIOSK_CONFIG_CA"
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


def pull(
    url: str, path: Path, *, client_cert: Path | None = None, client_key: Path | None = None,
    ca: Path | None = None, timeout: float = 10.0, transport: httpx.BaseTransport | None = None,
) -> Pulled:  # fmt: skip
    """Fetch ``url`` into ``path``, keeping the last good copy whatever happens."""
    have = path.is_file()

    def kept(result: str, detail: str) -> Pulled:
        log.warning("config pull: %s (%s); %s", result, detail,
                    "running on the last good copy" if have else "no good copy to run on",
                    extra={"event": "config.pull"})  # fmt: skip
        return Pulled(result, detail, path, have)

    if not url.startswith("https://"):
        return kept("refused", "only https:// URLs are pulled")
    headers = {"User-Agent": f"ClinicKiosk/{__version__} (config pull)"}
    etag = _etag_file(path)
    if have and etag.is_file():
        headers["If-None-Match"] = etag.read_text(encoding="ascii").strip()
    try:
        tls = ssl.create_default_context(cafile=str(ca) if ca else None)
        if client_cert is not None:
            tls.load_cert_chain(client_cert, client_key)
        with httpx.Client(verify=tls, timeout=timeout, transport=transport,
                          follow_redirects=False) as http:  # fmt: skip
            reply = http.get(url, headers=headers)
            body = reply.read()
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
    if len(body) > MAX_BYTES:
        return kept("invalid", "larger than 1 MiB")
    try:
        text = body.decode("utf-8")
        check_text(text)
    except UnicodeDecodeError:
        return kept("invalid", "not UTF-8")
    except ConfigError as err:
        return kept("invalid", str(err))
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o750)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kiosk-", suffix=".toml")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o640)
    os.replace(tmp, path)
    if reply.headers.get("ETag"):
        etag.write_text(reply.headers["ETag"], encoding="ascii")
    else:
        etag.unlink(missing_ok=True)
    log.info("config pull: new config (%s)", config_checksum(path), extra={"event": "config.pull"})
    return Pulled("new", "200", path, True)


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
