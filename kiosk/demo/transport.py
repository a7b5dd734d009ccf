"""The emulator as an httpx transport: demo and training mode run the real client against it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx

from kiosk.demo.emulator import DexCareEmulator


class EmulatorTransport(httpx.AsyncBaseTransport):
    """Answers in-process, honouring the request's timeouts the way a network would: a slow
    answer past the read timeout raises ReadTimeout; ``offline`` refuses the connection; a lost
    answer raises RemoteProtocolError after the emulator has acted on the request."""

    def __init__(self, emulator: DexCareEmulator) -> None:
        self.emulator = emulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        answer = self.emulator.handle(
            request.method,
            request.url.path,
            dict(request.url.params),
            dict(request.headers),
            body,
        )
        if answer.fate == "refuse":
            raise httpx.ConnectError("Connection refused (emulator offline)", request=request)
        timeouts = request.extensions.get("timeout", {})
        read_timeout = timeouts.get("read")
        if answer.delay:
            if read_timeout is not None and answer.delay > read_timeout:
                await asyncio.sleep(read_timeout)
                raise httpx.ReadTimeout("timed out waiting for the emulator", request=request)
            await asyncio.sleep(answer.delay)
        if answer.fate == "drop":
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            )
        if answer.trickle:
            return httpx.Response(
                answer.status, headers=answer.headers, request=request,
                stream=_Trickle(answer.body, answer.trickle, read_timeout),
            )  # fmt: skip
        return httpx.Response(
            answer.status, headers=answer.headers, content=answer.body, request=request
        )


class _Trickle(httpx.AsyncByteStream):
    """A body that comes a byte at a time, each byte inside the read timeout (as a stalling
    gateway sends it): only the client's total deadline ends it."""

    def __init__(self, body: bytes, every: float, read_timeout: float | None) -> None:
        self._body, self._every = body, min(every, (read_timeout or every) * 0.9)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for byte in self._body:
            await asyncio.sleep(self._every)
            yield bytes([byte])
