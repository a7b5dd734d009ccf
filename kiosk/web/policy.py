"""What the embedded web view may load. Pure decisions, no Qt: the Qt glue turns Qt's requests
into these values at the edge (``kiosk.web.qtmap``) and obeys the answer.

Only hosts on the allow-list are reachable: the scheduling host plus configured extras (e.g. an
identity provider). https only, except plain http on loopback (the demo page). A blocked
navigation is not a failed page: the view stays where it was.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from kiosk.domain.handoff import is_loopback


class NavigationKind(StrEnum):
    LINK = "link"
    TYPED = "typed"
    FORM = "form"
    BACK_FORWARD = "back_forward"
    RELOAD = "reload"
    REDIRECT = "redirect"
    OTHER = "other"


class RequestKind(StrEnum):
    """What a request is for, as far as the fence cares."""

    # A shared or service worker's script. Such a worker outlives the page that started it and
    # its own connections (a WebSocket) bypass the request interceptor; a fresh profile per
    # patient leaves a service worker nothing to cache, so neither is ever needed.
    LASTING_WORKER = "lasting_worker"
    OTHER = "other"


# A DNS name as Chromium's switches and the allow-list take it: ASCII labels (an IDN in its xn--
# form), no wildcard, no separator that a switch's list would split on.
_DNS_NAME = re.compile(
    r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$"
)


def is_host(name: str) -> bool:
    """A DNS name or an IP address, nothing else (no space, comma, ``*`` or ``;``)."""
    if _DNS_NAME.match(name):
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def is_https_url(text: str) -> bool:
    """An https URL with a real host (and a port, if any, that is one): what the kiosk fetches."""
    try:
        parts = urlsplit(text)
        _ = parts.port
    except ValueError:
        return False
    return parts.scheme == "https" and bool(parts.hostname) and is_host(parts.hostname or "")


@dataclass(frozen=True)
class Origin:
    scheme: str
    host: str
    port: int

    @classmethod
    def of(cls, url: str) -> Origin | None:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            return None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
        if not is_host(parts.hostname.lower()):
            return None
        return cls(
            parts.scheme, parts.hostname.lower(), port or (443 if parts.scheme == "https" else 80)
        )


@dataclass(frozen=True)
class AllowList:
    origins: frozenset[Origin]

    @classmethod
    def from_urls(cls, urls: Iterable[str]) -> AllowList:
        """Each entry a URL (``https://idp.example.org``) or a bare host (``idp.example.org``)."""
        origins = set()
        for url in urls:
            origin = Origin.of(url if "://" in url else f"https://{url}")
            if origin is None:
                raise ValueError(f"not an https URL or a host name: {url!r}")
            if origin.scheme == "http" and not is_loopback(origin.host):
                raise ValueError(f"plain http is only allowed on loopback: {url!r}")
            origins.add(origin)
        return cls(frozenset(origins))

    @classmethod
    def of_extras(cls, scheduling_url: str, extras: Iterable[str]) -> AllowList:
        """The fence as configured: the scheduling URL's origin and each extra, which must be a
        host or an origin alone (a path, a query or a user would promise a narrower fence than
        an origin gives)."""
        for url in extras:
            parts = urlsplit(url if "://" in url else f"https://{url}")
            if (
                parts.username is not None
                or parts.query
                or parts.fragment
                or (parts.path not in ("", "/"))
            ):
                raise ValueError(f"a host or an origin only (no user, path or query): {url!r}")
        return cls.from_urls([scheduling_url, *extras])

    def allows(self, url: str) -> bool:
        origin = Origin.of(url)
        return origin is not None and origin in self.origins


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str

    @classmethod
    def allow(cls) -> Decision:
        return cls(True, "allowed")

    @classmethod
    def block(cls, reason: str) -> Decision:
        return cls(False, reason)


# Harmless inline URLs a page may use for its own content, never for navigation.
_INLINE = ("data:", "blob:", "about:blank", "about:srcdoc")


def decide_navigation(
    url: str, kind: NavigationKind, *, main_frame: bool, allow: AllowList
) -> Decision:
    if not main_frame and url.startswith(_INLINE):
        return Decision.allow()
    if allow.allows(url):
        return Decision.allow()
    return Decision.block(f"{kind.value} to a host not on the allow-list")


def decide_new_window(url: str, *, allow: AllowList) -> Decision:
    """``target=_blank`` and ``window.open``: allowed hosts open in the same view, others never."""
    if allow.allows(url):
        return Decision.allow()
    return Decision.block("new window to a host not on the allow-list")


def decide_subrequest(
    url: str, *, allow: AllowList, kind: RequestKind = RequestKind.OTHER
) -> Decision:
    """Every request the page makes (scripts, images, XHR): only allowed hosts, and never the
    script of a shared or service worker."""
    if kind is RequestKind.LASTING_WORKER:
        return Decision.block("shared and service workers are not allowed")
    if url.startswith(("data:", "blob:")) or allow.allows(url):
        return Decision.allow()
    return Decision.block("request to a host not on the allow-list")


def is_completion(url: str, pattern: re.Pattern[str], *, allow: AllowList) -> bool:
    """The scheduling page has booked: an allowed URL matching the completion pattern."""
    return allow.allows(url) and pattern.search(url) is not None


def safe_for_log(url: str) -> str:
    """Scheme, host and path only: query strings may carry what a patient typed."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable url>"
    return f"{parts.scheme}://{parts.hostname or ''}{parts.path}"
