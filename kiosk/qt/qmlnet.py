"""The kiosk's own QML engine fetches nothing from the network: the second layer behind plain text.

Every ``Text`` in ``ui/`` shows plain text (tests/unit/test_qml_plain_text.py), so a string a page,
DexCare or a patient supplies is never parsed as HTML. If a rich text slipped in anyway, its
``<img src="http://...">`` would be fetched by Qt Quick's image loader from the kiosk process,
past the web fence. The engine's network access managers come from :data:`FACTORY`, and those
refuse every request but the kiosk's own files and inline ``data:`` images (the calendar QR code):
the loader sees a failed image, nothing leaves the machine, and the refusal is logged by scheme and
host only (the path and query can carry what a patient typed). The web view's profile has its own
network stack and is not touched.

Qt Quick asks for these managers on its loader threads, and only when something asks for a URL
that is not a local file: never, in a kiosk nobody attacks. Two consequences:

- The factory is one object for the whole process: it must outlive every engine that uses it.
- A manager is not given to the loader thread's object tree. Qt would delete it there when the
  engine goes; a manager written in Python needs the GIL to be deleted, and a GUI thread that holds
  the GIL while waiting for that loader thread to end (an engine deleted outside ``exec()``, as a
  test's ``qWait`` does) would wait for ever. Python keeps it instead: one small object per engine
  that was attacked, for the life of the process.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtQml import QQmlEngine, QQmlNetworkAccessManagerFactory

from kiosk.paths import RESOURCES, UI

log = logging.getLogger("kiosk.qt.qmlnet")

# Not a scheme Qt knows: the manager answers with an immediate ProtocolUnknownError reply, no
# socket, no DNS lookup.
_NOWHERE = QUrl("refused:")
_OWN_DIRS = (UI.resolve(), RESOURCES.resolve())


def allowed(url: QUrl) -> bool:
    """The kiosk's own files (under ``ui/`` or ``resources/``), Qt resources and inline data."""
    scheme = url.scheme().lower()
    if scheme in ("qrc", "data"):
        return True
    if scheme == "file" and url.isLocalFile():
        path = Path(url.toLocalFile()).resolve()
        return any(path.is_relative_to(d) for d in _OWN_DIRS)
    return False


class _OwnFilesOnly(QNetworkAccessManager):
    def createRequest(
        self,
        op: QNetworkAccessManager.Operation,
        request: QNetworkRequest,
        outgoingData: QIODevice | None = None,  # Qt's name
    ) -> QNetworkReply:
        url = request.url()
        if not allowed(url):
            FACTORY.refused += 1
            log.warning(
                "refused a request from the kiosk's own UI to %s://%s",
                url.scheme() or "?",
                url.host() or "-",
            )
            request = QNetworkRequest(_NOWHERE)
        return super().createRequest(op, request, outgoingData)


class OwnFilesOnlyFactory(QQmlNetworkAccessManagerFactory):
    def __init__(self) -> None:
        super().__init__()
        self.refused = 0  # how many were refused since the process started (tests read it)
        self._made: list[QNetworkAccessManager] = []  # see the module's docstring

    def create(self, parent: QObject) -> QNetworkAccessManager:
        manager = _OwnFilesOnly()
        self._made.append(manager)
        return manager


FACTORY = OwnFilesOnlyFactory()


def fence_engine(engine: QQmlEngine) -> None:
    """Give ``engine`` managers that fetch only the kiosk's own files. Call before it loads."""
    engine.setNetworkAccessManagerFactory(FACTORY)
