"""One patient's web session: a fresh off-the-record profile, the allow-list enforced on every
request, and a teardown that leaves nothing behind.

Profiles are built here in Python, one per patient. QML's ``WebEngineProfilePrototype`` (which Qt
6.9+ suggests instead) hands every prototype without a storage name the *same* off-the-record
storage: cookies and localStorage then survive a "reset" (seen here with Qt 6.12 and pinned by
``tests/webengine/test_privacy.py``). Qt's deprecation notice for this constructor is expected.

Teardown order is view -> page -> profile: QML destroys the view (and its page) when
``viewWanted`` goes false and tells us; only then is the profile deleted, and the next patient's
profile is prepared in the background so the next hand-off starts warm.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import time
from pathlib import Path

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtWebEngineCore import (
    QWebEngineLoadingInfo,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineQuick import QQuickWebEngineDownloadRequest, QQuickWebEngineProfile

from kiosk.web.policy import (
    AllowList,
    decide_navigation,
    decide_new_window,
    decide_subrequest,
    is_completion,
    safe_for_log,
)
from kiosk.web.qtmap import (
    LoadStatus,
    RendererEnd,
    load_status,
    navigation_kind,
    renderer_end,
    request_kind,
)

log = logging.getLogger("kiosk.web")

PROFILE_GRACE_MS = 500
# The page answers a heartbeat (Main.qml asks every 2 s in our own script world); no answer for
# this long and the renderer is hung (a `while (true) {}`): treated as a dead renderer.
HEARTBEAT_LIMIT_S = 8.0
# More than this many page dialogs within the window, and the page is treated as broken.
DIALOGS_IN_A_ROW = 3
DIALOG_WINDOW_S = 30.0
CERTIFICATE_ERROR_DOMAIN = QWebEngineLoadingInfo.ErrorDomain.CertificateErrorDomain.value
ACCEPT_LANGUAGE = {"en": "en-US,en;q=0.9", "es": "es-US,es;q=0.9,en;q=0.5"}


class AllowListInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request (sub-resources, XHR, frames) to a host not on the allow-list, and the
    scripts of shared and service workers wherever they come from."""

    def __init__(self, allow: AllowList, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.allow = allow
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl().toString()
        kind = request_kind(info.resourceType())
        if not decide_subrequest(url, allow=self.allow, kind=kind).allowed:
            info.block(True)
            self.blocked.append(safe_for_log(url))
            log.info("blocked a request to %s", safe_for_log(url))


def resident_bytes(pid: int) -> int:
    """A process's resident size (Linux /proc); 0 when it cannot be read."""
    if pid <= 0:
        return 0
    try:
        pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def _kill(pid: int) -> bool:
    """End a page's renderer at once (the view then reports it gone). False if it could not be."""
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        return False
    return True


class WebSession(QObject):
    """Exposed to QML as ``webSession``."""

    profileChanged = Signal()
    viewWantedChanged = Signal()
    urlChanged = Signal()
    loadingChanged = Signal()
    completed = Signal()
    crashed = Signal()
    rendererEnded = Signal(str)  # how: crashed, killed, abnormal, unresponsive (the metrics)
    certificateFailed = Signal()
    pageFailed = Signal()
    blocked = Signal(str)
    tornDown = Signal()

    def __init__(
        self,
        allow: AllowList,
        completion: re.Pattern[str],
        *,
        user_agent: str,
        renderer_memory_mb: int = 1024,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._allow = allow
        self._renderer_limit = renderer_memory_mb * 1024 * 1024
        self._completion = completion
        self._user_agent = user_agent
        self._language = "en"
        self._dialogs: list[float] = []  # when the page's recent dialogs opened
        self._dialogs_refused = False
        self._reopen = ""  # a page to open once the last one is gone
        self._dropping = False  # the view is gone, its profile not yet
        self._last_beat = 0.0
        self.renderer_pid = 0  # the page's renderer, as its last heartbeat said
        self._watch = QTimer(self)  # is the page's renderer still answering?
        self._watch.setInterval(1000)
        self._watch.timeout.connect(self._check_heartbeat)
        self._profile: QQuickWebEngineProfile | None = None
        self._interceptor: AllowListInterceptor | None = None
        self._view_wanted = False
        self._url = ""
        self._loading = False
        self._generation = 0
        self._pending_teardown = False
        self._closed = False
        self._retiring: list[QQuickWebEngineProfile] = []  # oldest first, each deleted in turn
        # One timer for the grace period, not a timer and a closure per profile: PySide kept
        # each singleShot's lambda for good (tracemalloc, ~110 bytes a hand-off).
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.setInterval(PROFILE_GRACE_MS)
        self._grace.timeout.connect(self._delete_oldest)
        self._used = False  # a view was given the profile: it may hold the patient's data
        self.blocked_urls: list[str] = []

    # ------------------------------------------------------------------------- QML properties
    @Property(QObject, notify=profileChanged)
    def profile(self) -> QObject | None:
        return self._profile

    @Property(bool, notify=viewWantedChanged)
    def viewWanted(self) -> bool:
        return self._view_wanted and self._profile is not None

    @Property(str, notify=urlChanged)
    def url(self) -> str:
        return self._url

    @property
    def current_url(self) -> str:
        return self._url

    @Property(bool, notify=loadingChanged)
    def loading(self) -> bool:
        return self._loading

    @Property(int, notify=profileChanged)
    def generation(self) -> int:
        return self._generation

    # ------------------------------------------------------------------------- lifecycle
    def prepare(self) -> None:
        """Build the next patient's profile now, so the hand-off does not wait for it."""
        if self._profile is not None or self._closed:
            return
        self._generation += 1
        profile = QQuickWebEngineProfile(self)
        profile.setObjectName(f"patient-profile-{self._generation}")
        profile.setHttpCacheType(QQuickWebEngineProfile.HttpCacheType.MemoryHttpCache)
        profile.setPersistentCookiesPolicy(
            QQuickWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        profile.setPersistentPermissionsPolicy(
            QQuickWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime
        )
        profile.setHttpUserAgent(f"{profile.httpUserAgent()} {self._user_agent}")
        profile.setHttpAcceptLanguage(ACCEPT_LANGUAGE.get(self._language, ACCEPT_LANGUAGE["en"]))
        profile.setSpellCheckEnabled(False)
        self._interceptor = AllowListInterceptor(self._allow, profile)
        profile.setUrlRequestInterceptor(self._interceptor)
        # A slot of this QObject: a plain function connected per profile was kept by PySide
        # after the profile went (tracemalloc, ~110 bytes a hand-off).
        profile.downloadRequested.connect(self._refuse_download)
        assert profile.isOffTheRecord()
        self._profile, self._used = profile, False
        self.profileChanged.emit()
        self.viewWantedChanged.emit()

    def open(self, url: str) -> None:
        if self._pending_teardown or self._dropping:
            # The last page is still going (Try again): a view made now would get the profile
            # about to be dropped, and Qt crashed (SIGSEGV) when it went. Open once view, page and
            # profile are gone.
            self._reopen = url
            return
        self.prepare()
        self._used = True
        self._url = url
        self.urlChanged.emit()
        self._view_wanted = True
        self.viewWantedChanged.emit()
        self._last_beat = time.monotonic()
        self._watch.start()

    def teardown(self) -> None:
        """Destroy view, page, then profile; a fresh profile is prepared afterwards. A profile no
        view was given is kept: it holds nothing. (Main.qml closes a dialog of the page's before
        the view goes: none outlives its page.)"""
        self._watch.stop()
        self._dialogs.clear()
        # The last patient's refused addresses (a query string can carry what they typed) go
        # with them, and the list does not grow for months.
        self.blocked_urls.clear()
        self._dialogs_refused = False
        self._reopen = ""  # a reset while a reopen waits: nothing reopens
        self._url = ""
        self.urlChanged.emit()
        self._set_loading(False)
        if self._pending_teardown:
            return  # already waiting for the view to go; the profile follows it
        if self._view_wanted:
            self._pending_teardown = True
            self._view_wanted = False
            self.viewWantedChanged.emit()  # QML destroys the view and calls viewDestroyed()
        elif self._used or self._closed:
            self._drop_profile()
        else:
            # No view ever had this profile (the patient booked with a provider, or left before
            # the hand-off): it holds nothing, and stays for the next patient. A profile made
            # and dropped per patient left Chromium's bookkeeping of it behind, some kilobytes
            # each (kiosk soak, heaptrack).
            self.tornDown.emit()

    @Slot()
    def viewDestroyed(self) -> None:
        if self._pending_teardown:
            self._pending_teardown = False
            self._dropping = True
            # Let the page go first (it is deleted later in this event loop turn).
            QTimer.singleShot(0, self._drop_profile)

    def _drop_profile(self) -> None:
        self._dropping = False
        profile, self._profile = self._profile, None
        if profile is not None:
            self.profileChanged.emit()
            self.viewWantedChanged.emit()
            # Chromium finishes tearing the page down on its own threads after the view is gone:
            # the profile (already unreachable by any view) is deleted after a grace period.
            self._retiring.append(profile)
            if not self._grace.isActive():
                self._grace.start()
        self._interceptor = None
        self.tornDown.emit()
        if not self._closed:
            QTimer.singleShot(0, self.prepare)
            if self._reopen:
                url, self._reopen = self._reopen, ""
                QTimer.singleShot(0, lambda: self.open(url))

    @Slot()
    def _delete_oldest(self) -> None:
        """A profile's grace period is over (a later one gets a full one of its own)."""
        if self._retiring:
            profile = self._retiring.pop(0)
            profile.setUrlRequestInterceptor(None)  # type: ignore[arg-type]
            profile.deleteLater()
            log.info("web profile destroyed")
        if self._retiring:
            self._grace.start()

    def close(self) -> None:
        """Shutting down: tear down as for a reset, and build no next profile."""
        self._closed = True
        self.teardown()

    @property
    def at_rest(self) -> bool:
        """No page going away: no view waiting to go, no profile waiting to be deleted."""
        return not self._pending_teardown and not self._dropping and not self._retiring

    @property
    def torn_down(self) -> bool:
        return self._profile is None and not self._pending_teardown and not self._retiring

    def set_language(self, language: str) -> None:
        self._language = language
        if self._profile is not None:
            self._profile.setHttpAcceptLanguage(
                ACCEPT_LANGUAGE.get(language, ACCEPT_LANGUAGE["en"])
            )

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loadingChanged.emit()

    # ------------------------------------------------------------------------- from QML
    @Slot(str, int, bool, result=bool)
    def allowNavigation(self, url: str, nav_type: int, main_frame: bool) -> bool:
        decision = decide_navigation(
            url, navigation_kind(nav_type), main_frame=main_frame, allow=self._allow
        )
        if not decision.allowed:
            self.blocked_urls.append(url)
            log.info("blocked navigation to %s (%s)", safe_for_log(url), decision.reason)
            self.blocked.emit(url)
        return decision.allowed

    @Slot(str, result=bool)
    def allowNewWindow(self, url: str) -> bool:
        decision = decide_new_window(url, allow=self._allow)
        if not decision.allowed:
            self.blocked_urls.append(url)
            log.info("refused a new window to %s", safe_for_log(url))
            self.blocked.emit(url)
        return decision.allowed

    @Slot(int, str, int, str)
    def loadChanged(self, status: int, url: str, error_domain: int, error: str) -> None:
        state = load_status(status)
        self._last_beat = time.monotonic()  # a loading page answers late, not never
        if state is LoadStatus.STARTED:
            self._set_loading(True)
            return
        self._set_loading(False)
        if state is LoadStatus.SUCCEEDED:
            if is_completion(url, self._completion, allow=self._allow):
                log.info("the scheduling page reports the visit booked")
                self.completed.emit()
            elif url == "about:blank" and self._view_wanted:
                # The page blanked itself (Chromium does not ask before about:blank): that is the
                # page ending, not a page to leave a patient in front of.
                log.warning("the scheduling page went blank")
                self.pageFailed.emit()
        elif state is LoadStatus.FAILED and error_domain == CERTIFICATE_ERROR_DOMAIN:
            self.certificateFailed.emit()
        elif (
            state is LoadStatus.FAILED and self._allow.allows(url) and url not in self.blocked_urls
        ):
            # A blocked navigation also ends as "failed": that is not a broken page.
            log.warning("the scheduling page failed to load (domain %d)", error_domain)
            self.pageFailed.emit()

    @Slot(result=bool)
    def allowDialog(self) -> bool:
        """A page's alert/confirm/prompt may be shown: not when the page opens them one after
        another (a page looping alert() would hold the kiosk); such a page is broken."""
        if self._dialogs_refused:
            return False  # broken already: no more, until the page is gone
        now = time.monotonic()
        self._dialogs = [t for t in self._dialogs if now - t < DIALOG_WINDOW_S] + [now]
        if len(self._dialogs) > DIALOGS_IN_A_ROW:
            log.warning(
                "the web page opened %d dialogs in a row: treated as broken", len(self._dialogs)
            )
            self._dialogs_refused = True
            self.pageFailed.emit()
            return False
        return True

    @Slot(bool)
    def pageDialog(self, shown: bool) -> None:
        """A dialog of the page's is open: its renderer waits for the patient, which is not a hang
        (the heartbeat pauses too); the count starts afresh when it closes."""
        if shown:
            self._watch.stop()
        elif self._view_wanted:
            self._last_beat = time.monotonic()
            self._watch.start()

    @Slot(int, result=bool)
    def endRenderer(self, renderer_pid: int) -> bool:
        """End a leaving page's renderer, so that no answer of its can reach the view after it is
        gone (HandoffWebView.retire()). False when there was none to end."""
        if renderer_pid <= 0 or not _kill(renderer_pid):
            return False
        log.warning("the web page's renderer did not answer as the page closed: ended")
        return True

    @Slot(int)
    def heartbeat(self, renderer_pid: int) -> None:
        """The page's renderer answered: it is alive. Too big, and it is killed (the view then
        reports a dead renderer: sorry, and a fresh start)."""
        self._last_beat = time.monotonic()
        self.renderer_pid = renderer_pid
        size = resident_bytes(renderer_pid)
        if size > self._renderer_limit:
            log.error("the web page's renderer holds %d MiB, over its limit: killed", size >> 20)
            _kill(renderer_pid)

    def _check_heartbeat(self) -> None:
        if not self._view_wanted:
            self._watch.stop()
            return
        if time.monotonic() - self._last_beat > HEARTBEAT_LIMIT_S:
            self._watch.stop()
            log.error("the web page's renderer stopped answering for %.0f s", HEARTBEAT_LIMIT_S)
            self.rendererEnded.emit("unresponsive")
            self.crashed.emit()

    @Slot(int)
    def rendererTerminated(self, status: int) -> None:
        end = renderer_end(status)
        if end is not RendererEnd.NORMAL:
            log.error("the web page's renderer ended: %s", end.value)
            self.rendererEnded.emit(end.value)
            self.crashed.emit()

    @Slot(int)
    def consoleMessage(self, level: int) -> None:
        if level >= 2:  # WebEngineView.ErrorMessageLevel
            log.info("the scheduling page logged an error to its console")

    @Slot(str)
    def certificateError(self, url: str) -> None:
        log.error("certificate error for %s: refused", safe_for_log(url))
        self.certificateFailed.emit()

    # ------------------------------------------------------------------------- internals
    @Slot(QQuickWebEngineDownloadRequest)
    def _refuse_download(self, download: QQuickWebEngineDownloadRequest) -> None:
        log.info("refused a download")
        download.cancel()
