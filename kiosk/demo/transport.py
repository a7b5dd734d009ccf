"""The emulator as an httpx transport: demo and training mode run the real client against it."""

from __future__ import annotations

import asyncio

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
        return httpx.Response(
            answer.status, headers=answer.headers, content=answer.body, request=request
        )
