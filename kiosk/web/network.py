"""The fence's network layer: Chromium switches that stop, below the request interceptor, what
slips past it (measured with a hostile page and a recorder on another loopback address, 2026-12-03):

- every HTTP(S) and WebSocket connection to a host not on the allow-list goes to a proxy that does
  not exist, so WebSockets from shared and service workers, redirect hops from an allowed host to
  another (sub-resources, fetch, sendBeacon, POST bodies) and ``<link rel=preconnect>`` reach
  nothing; names of hosts not on the list are never looked up locally (the proxy would);
- WebRTC may use UDP only through a proxy (there is none) and TCP only through that same dead
  proxy: no STUN or TURN packet leaves, no address of the kiosk is handed to the page.

Chromium bypasses proxies for loopback by default; ``<-loopback>`` takes that away, so the demo's
loopback page is reachable only because 127.0.0.1 is on the list. Port 9 is privileged: no
unprivileged process on the kiosk can pose as the proxy. Hosts only (the interceptor checks scheme
and port); the switches are read once, when Chromium starts.
"""

from __future__ import annotations

from collections.abc import Iterable

# Nothing listens here, and only root could make something listen.
DEAD_PROXY = "http://127.0.0.1:9"
# The demo's stand-in page and emulator: loopback, on a port chosen at start.
DEMO_HOSTS = ("127.0.0.1",)


def fence_switches(hosts: Iterable[str]) -> list[str]:
    """Chromium switches for an allow-list of hosts. No spaces: Qt splits its flags on them."""
    allowed = sorted({host.lower() for host in hosts})
    if any(" " in host or ";" in host for host in allowed):
        raise ValueError("a host name cannot contain spaces or ';'")
    return [
        f"--proxy-server={DEAD_PROXY}",
        "--proxy-bypass-list=" + ";".join(["<-loopback>", *allowed]),
        "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    ]
