"""Every Qt -> own mapping fails loudly when Qt adds a value."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QLocale
from PySide6.QtWebEngineCore import (
    QWebEngineLoadingInfo,
    QWebEngineNavigationRequest,
    QWebEnginePage,
    QWebEngineUrlRequestInfo,
)

from kiosk.qt.i18n import LOCALES, format_day, format_time
from kiosk.web.policy import NavigationKind, RequestKind
from kiosk.web.qtmap import (
    LOAD_STATUSES,
    NAVIGATION_KINDS,
    RENDERER_ENDS,
    RendererEnd,
    navigation_kind,
    renderer_end,
    request_kind,
)


def test_every_navigation_type_is_mapped() -> None:
    assert set(QWebEngineNavigationRequest.NavigationType) == set(NAVIGATION_KINDS)
    assert navigation_kind(99) is NavigationKind.OTHER


def test_every_renderer_end_is_mapped() -> None:
    assert set(QWebEnginePage.RenderProcessTerminationStatus) == set(RENDERER_ENDS)
    assert renderer_end(2) is RendererEnd.CRASHED


def test_every_load_status_is_mapped() -> None:
    assert set(QWebEngineLoadingInfo.LoadStatus) == set(LOAD_STATUSES)


def test_only_shared_and_service_worker_scripts_are_lasting_workers() -> None:
    Resource = QWebEngineUrlRequestInfo.ResourceType
    lasting = {kind for kind in Resource if request_kind(kind) is RequestKind.LASTING_WORKER}
    assert lasting == {Resource.ResourceTypeSharedWorker, Resource.ResourceTypeServiceWorker}


def test_dates_and_times_follow_the_language() -> None:
    en, es = LOCALES["en"], LOCALES["es"]
    assert format_day(en, date(2026, 11, 24)) == "Tuesday, November 24"
    assert format_day(es, date(2026, 11, 24)) == "Martes, 24 de noviembre"
    assert format_time(en, time(14, 5)).replace("\u202f", " ") == "2:05 PM"
    assert format_time(es, time(14, 5)).replace("\u202f", " ").replace("\xa0", " ") in (
        "2:05 p.m.",
        "2:05 p. m.",
    )
    assert isinstance(en, QLocale)
