"""The fence's Chromium switches: only the allow-list's hosts bypass the dead proxy."""

from __future__ import annotations

import pytest

from kiosk.app import fence_hosts
from kiosk.settings import load_settings
from kiosk.web.network import DEAD_PROXY, fence_switches


def test_only_the_listed_hosts_bypass_the_dead_proxy_and_loopback_does_not() -> None:
    switches = fence_switches(["Book.Example.org", "idp.example.org"])
    assert f"--proxy-server={DEAD_PROXY}" in switches
    assert "--proxy-bypass-list=<-loopback>;book.example.org;idp.example.org" in switches
    assert "--force-webrtc-ip-handling-policy=disable_non_proxied_udp" in switches
    assert all(" " not in switch for switch in switches)  # Qt splits its flags on spaces


def test_a_host_that_would_break_the_switches_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot contain"):
        fence_switches(["a.example;b.example"])


def test_the_fence_hosts_come_from_the_settings() -> None:
    settings = load_settings(None, environ={})
    settings = settings.model_copy(update={"web": settings.web.model_copy(
        update={"extra_hosts": ["https://idp.example.org"]})})  # fmt: skip
    hosts = fence_hosts(settings)
    assert "idp.example.org" in hosts and "127.0.0.1" not in hosts
    demo = settings.model_copy(update={"demo": settings.demo.model_copy(update={"enabled": True})})
    assert "127.0.0.1" in fence_hosts(demo)
