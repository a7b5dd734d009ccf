"""TLS as a health system's IT sets it up: the operating system's trust store, where they put their
own CA (``update-ca-certificates``; ``SSL_CERT_FILE``/``SSL_CERT_DIR`` where OpenSSL honours them),
through truststore, rather than the bundle that came with the venv (certifi). Pure Python."""

from __future__ import annotations

import ssl
from pathlib import Path

import truststore


def system_trust(ca: Path | None = None) -> ssl.SSLContext:
    """A client context trusting the system's store, or exactly the CAs in ``ca``."""
    if ca is not None:
        return ssl.create_default_context(cafile=str(ca))
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
