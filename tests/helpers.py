"""Builders shared by the tests: a client over the emulator, sample patients and bookings."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

import httpx
from pydantic import SecretStr

from kiosk.demo import seed
from kiosk.demo.emulator import DEMO_API_KEY, DEMO_TOKEN, DexCareEmulator
from kiosk.demo.transport import EmulatorTransport
from kiosk.dexcare import ClientConfig, DexCareClient, RetryPolicy, StaticToken

T = TypeVar("T")

# A fixed "now": Monday 2026-11-23, 10:05 in Seattle (18:05 UTC).
NOW = datetime(2026, 11, 23, 18, 5, tzinfo=UTC)

EXAMPLE_SLOT_ID = (
    "ewogICJkYXRlIjogIjIwMjMtMDEtMDUiLAogICJ0aW1lIjogIjE0OjQwOjAwIiwKICAiZHVyYXRpb24iOiAzMCwKICAidmlz"
    "aXRUeXBlSWQiOiAiMTIzNDAwMyIsCiAgInZpc2l0VHlwZSI6ICJOZXdQYXRpZW50IiwKICAidGltZXpvbmUiOiAiQW1lcmlj"
    "YS9Mb3NfQW5nZWxlcyIsCiAgImRlcGFydG1lbnRJZCI6ICIxMjM0NDYwMDEiLAogICJzbG90VHlwZSI6ICJOZXdQYXRpZW50"
    "IiwKICAidmVyc2lvbiI6ICIzLjAiCn0="
)


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def config(**overrides: Any) -> ClientConfig:
    values: dict[str, Any] = {
        "api_base_url": "https://api.test.invalid",
        "booking_base_url": "https://ecvapi.test.invalid",
        "api_key": SecretStr(DEMO_API_KEY),
        "domain": "evergreen",
        "product": "kiosk-tests",
        "user_agent": "ClinicKiosk/test (kiosk t-1)",
        "retry": RetryPolicy(attempts=3, initial=0.0, max_wait=0.0, jitter=0.0),
    }
    values.update(overrides)
    return ClientConfig(**values)


async def no_sleep(_: float) -> None:
    return None


def with_emulator(
    body: Callable[[DexCareClient, DexCareEmulator], Awaitable[T]],
    *,
    emulator: DexCareEmulator | None = None,
    **cfg: Any,
) -> T:
    """Run ``body`` with a real client over the in-process emulator, closing everything after."""
    emu = emulator or DexCareEmulator(clock=lambda: NOW, latency=0.2)

    async def main() -> T:
        async with httpx.AsyncClient(transport=EmulatorTransport(emu)) as http:
            client = DexCareClient(
                http, config(**cfg), StaticToken(lambda: SecretStr(DEMO_TOKEN)), sleep=no_sleep
            )
            return await body(client, emu)

    return run(main())


def demographics(
    given: str = "Rosa", family: str = "Delgado", dob: str = "1988-04-12"
) -> dict[str, Any]:
    return {
        "name": {"given": given, "family": family},
        "addresses": [
            {"line1": "12 Alder St", "city": "Seattle", "state": "WA", "postalCode": "98101"}
        ],
        "birthdate": dob,
        "gender": "female",
        "identifiers": [{"system": seed.EHR}],
        "mobilePhone": "206-555-0100",
        "email": "rosa@example.com",
    }


def booking_body(
    *,
    patient_guid: str,
    npi: str,
    department_id: str,
    slot_id: str,
    visit_type_id: str,
    billing: dict[str, Any] | None = None,
    actor: dict[str, Any] | None = None,
    reason: str = "Cough for three days",
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "billingInfo": billing or {"paymentMethod": "self"},
        "patient": {
            "patientGuid": patient_guid,
            "address": {
                "line1": "12 Alder St",
                "city": "Seattle",
                "state": "WA",
                "postalCode": "98101",
            },
        },
        "visitDetails": {
            "declaration": "other" if actor else "self",
            "departmentId": department_id,
            "ehrSystemName": seed.EHR,
            "nationalProviderId": npi,
            "slotId": slot_id,
            "visitReason": reason,
            "visitTypeId": visit_type_id,
        },
    }
    if actor:
        body["actor"] = actor
    return body


def in_days(n: int) -> date:
    return NOW.date() + timedelta(days=n)
