"""Qt's web enums become our own values here, at the edge. Tests fail when Qt adds a value."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWebEngineCore import (
    QWebEngineLoadingInfo,
    QWebEngineNavigationRequest,
    QWebEnginePage,
    QWebEngineUrlRequestInfo,
)

from kiosk.web.policy import NavigationKind, RequestKind

NavType = QWebEngineNavigationRequest.NavigationType

NAVIGATION_KINDS: dict[NavType, NavigationKind] = {
    NavType.LinkClickedNavigation: NavigationKind.LINK,
    NavType.TypedNavigation: NavigationKind.TYPED,
    NavType.FormSubmittedNavigation: NavigationKind.FORM,
    NavType.BackForwardNavigation: NavigationKind.BACK_FORWARD,
    NavType.ReloadNavigation: NavigationKind.RELOAD,
    NavType.RedirectNavigation: NavigationKind.REDIRECT,
    NavType.OtherNavigation: NavigationKind.OTHER,
}


def navigation_kind(value: int) -> NavigationKind:
    try:
        return NAVIGATION_KINDS[NavType(value)]
    except (ValueError, KeyError):
        return NavigationKind.OTHER


class RendererEnd(StrEnum):
    NORMAL = "normal"
    ABNORMAL = "abnormal"
    CRASHED = "crashed"
    KILLED = "killed"


Termination = QWebEnginePage.RenderProcessTerminationStatus
RENDERER_ENDS: dict[Termination, RendererEnd] = {
    Termination.NormalTerminationStatus: RendererEnd.NORMAL,
    Termination.AbnormalTerminationStatus: RendererEnd.ABNORMAL,
    Termination.CrashedTerminationStatus: RendererEnd.CRASHED,
    Termination.KilledTerminationStatus: RendererEnd.KILLED,
}


def renderer_end(value: int) -> RendererEnd:
    try:
        return RENDERER_ENDS[Termination(value)]
    except (ValueError, KeyError):
        return RendererEnd.ABNORMAL


class LoadStatus(StrEnum):
    STARTED = "started"
    STOPPED = "stopped"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


Status = QWebEngineLoadingInfo.LoadStatus
LOAD_STATUSES: dict[Status, LoadStatus] = {
    Status.LoadStartedStatus: LoadStatus.STARTED,
    Status.LoadStoppedStatus: LoadStatus.STOPPED,
    Status.LoadSucceededStatus: LoadStatus.SUCCEEDED,
    Status.LoadFailedStatus: LoadStatus.FAILED,
}


def load_status(value: int) -> LoadStatus:
    try:
        return LOAD_STATUSES[Status(value)]
    except (ValueError, KeyError):
        return LoadStatus.FAILED


Resource = QWebEngineUrlRequestInfo.ResourceType
LASTING_WORKERS = frozenset({Resource.ResourceTypeSharedWorker, Resource.ResourceTypeServiceWorker})


def request_kind(value: Resource) -> RequestKind:
    return RequestKind.LASTING_WORKER if value in LASTING_WORKERS else RequestKind.OTHER
