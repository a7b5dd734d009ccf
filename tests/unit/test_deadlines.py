"""Every DexCare call has a total deadline: a server on loopback that trickles its answer a byte at
a time (each byte inside the read timeout) cannot hold a patient past it, and a booking past its
deadline is an unknown outcome, never a failure to try again."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest

from kiosk.dexcare import (
    DexCareClient,
    DexCareError,
    OutcomeUnknown,
    TimedOut,
    TimedOutBeforeSending,
)
from kiosk.domain import parse_demographics
from kiosk.flow.errors import ErrorKind
from tests.helpers import config, demographics, run
from tests.unit.test_client import Tokens, book


@asynccontextmanager
async def trickling(every: float = 0.2) -> AsyncIterator[tuple[str, list[bytes]]]:
    """An HTTP server that answers 200 with a body it sends one byte per ``every`` seconds."""
    heard: list[bytes] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            heard.append(await reader.readuntil(b"\r\n\r\n"))
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 100000\r\n\r\n")  # fmt: skip
            while True:
                writer.write(b" ")
                await writer.drain()
                await asyncio.sleep(every)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}", heard
    finally:
        server.close()
        await server.wait_closed()


def against_trickle(
    fn: Callable[[DexCareClient], Awaitable[Any]], tokens: Any = None, **cfg: Any
) -> tuple[DexCareError, float, list[bytes]]:
    async def main() -> tuple[DexCareError, float, list[bytes]]:
        async with trickling() as (base, heard), httpx.AsyncClient() as http:
            settings = config(api_base_url=base, booking_base_url=base, read_timeout=1.0,
                              booking_read_timeout=1.0, **cfg)  # fmt: skip
            client = DexCareClient(http, settings, tokens or Tokens())
            started = time.monotonic()
            with pytest.raises(DexCareError) as caught:
                await fn(client)
            return caught.value, time.monotonic() - started, heard

    return run(main())


def test_a_trickled_read_ends_at_its_deadline() -> None:
    """Each byte comes well inside the 1 s read timeout, so only the total deadline ends it."""
    error, took, heard = against_trickle(lambda c: c.departments(), read_deadline=1.5)
    assert type(error) is TimedOut and error.correlation_id
    assert ErrorKind.of_code(error.code).retry_is_safe
    assert 1.4 < took < 3.0, took
    assert len(heard) == 1  # the deadline covers the retries too: none is started after it


def test_a_trickled_patient_lookup_ends_at_its_deadline() -> None:
    error, took, _ = against_trickle(
        lambda c: c.find_or_create_patient(parse_demographics(demographics())),
        patient_deadline=1.5,
    )
    assert type(error) is TimedOut
    assert 1.4 < took < 3.0, took


def test_a_trickled_booking_past_its_deadline_is_an_unknown_outcome() -> None:
    error, took, heard = against_trickle(book, booking_deadline=1.5)
    assert type(error) is OutcomeUnknown
    assert ErrorKind.of_code(error.code) is ErrorKind.OUTCOME_UNKNOWN
    assert error.correlation_id and error.correlation_id.encode() in heard[0]
    assert 1.4 < took < 3.0, took


class StuckTokens(Tokens):
    async def token(self) -> str:
        await asyncio.sleep(30)
        return "never"


def test_a_booking_whose_deadline_passes_before_it_is_sent_was_not_sent() -> None:
    """The identity provider never answers: nothing reached DexCare, so Try again is safe."""
    error, took, heard = against_trickle(book, tokens=StuckTokens(), booking_deadline=0.5)
    assert type(error) is TimedOutBeforeSending and heard == []
    assert ErrorKind.of_code(error.code).retry_is_safe
    assert took < 2.0
