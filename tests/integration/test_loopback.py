"""The real client against ``kiosk demo-server`` over loopback: real sockets, real timeouts."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from pydantic import SecretStr

from kiosk.demo.emulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_TOKEN
from kiosk.dexcare import (
    CannotConnect,
    ClientCredentialsToken,
    DexCareClient,
    OutcomeUnknown,
    SlotUnavailable,
    StaticToken,
    TimedOut,
    Unauthorized,
)
from kiosk.domain import parse_booking, parse_demographics
from tests.helpers import booking_body, config, demographics, no_sleep, run
from tests.integration.conftest import StartServer

pytestmark = pytest.mark.loopback
NPI = "1520384714"


def over(
    url: str, body: Callable[[DexCareClient, httpx.AsyncClient], Awaitable[Any]], **cfg: Any
) -> Any:
    async def main() -> Any:
        async with httpx.AsyncClient() as http:
            client = DexCareClient(
                http, config(api_base_url=url, booking_base_url=url, **cfg),
                StaticToken(lambda: SecretStr(DEMO_TOKEN)), sleep=no_sleep,
            )  # fmt: skip
            return await body(client, http)

    return run(main())


async def walk(c: DexCareClient) -> tuple[str, dict[str, Any]]:
    """departments -> slots -> patient -> booking body, as the kiosk does it."""
    deps = (await c.departments("Evergreen")).data
    assert len(deps) == 3
    retail = (await c.retail_slots(deps[0].url_name)).data
    assert retail.schedule_days
    info = (await c.provider(NPI)).data
    dept = info.departments[0]
    vt = info.visit_types[0]
    days = (await c.max_lookahead_days(vt.short_name or vt.name, dept.ehr_system_name)).data
    today = datetime.now(
        ZoneInfo("America/Los_Angeles")
    ).date()  # the server runs on the real clock
    start, end = today + timedelta(days=1), today + timedelta(days=min(days, 4))
    schedule = (
        await c.provider_slots(NPI, start=start, end=end, visit_type_name="NewPatient")
    ).data
    slot = schedule.schedule_days[0].time_slots[0]
    guid = (await c.find_or_create_patient(parse_demographics(demographics()))).data
    body = booking_body(patient_guid=guid, npi=NPI, department_id=dept.department_id, slot_id=slot.id,
                        visit_type_id=vt.visit_type_id)  # fmt: skip
    return slot.id, body


def test_full_walk_and_the_conflict_on_a_second_booking(demo_server: StartServer) -> None:
    url = demo_server()

    async def flow(c: DexCareClient, _: httpx.AsyncClient) -> tuple[str, Exception]:
        _, body = await walk(c)
        visit = (await c.book_provider_visit(parse_booking(body))).data.visit_id
        try:
            await c.book_provider_visit(parse_booking(body))
        except SlotUnavailable as err:
            return visit, err
        raise AssertionError("the second booking went through")

    visit, conflict = over(url, flow)
    assert visit
    assert conflict.status == 409  # type: ignore[attr-defined]


def test_scenarios_switched_at_run_time(demo_server: StartServer) -> None:
    url = demo_server()

    async def flow(c: DexCareClient, http: httpx.AsyncClient) -> list[str]:
        seen = []
        # DexCare's 500 to the booking POST does not say it was not made: unknown
        for scenario, error in (("server-error", OutcomeUnknown), ("slot-taken", SlotUnavailable),
                                ("outcome-unknown", OutcomeUnknown)):  # fmt: skip
            (
                await http.put(f"{url}/_emulator/scenario", json={"scenario": "normal"})
            ).raise_for_status()
            _, body = await walk(c)
            (
                await http.put(f"{url}/_emulator/scenario", json={"scenario": scenario})
            ).raise_for_status()
            try:
                await c.book_provider_visit(parse_booking(body))
            except error as err:
                seen.append(err.code)
        await http.put(f"{url}/_emulator/scenario", json={"scenario": "auth-expired"})
        _, fresh = await walk(c)
        seen.append(
            (await c.book_provider_visit(parse_booking(fresh))).data.visit_id
            and "booked after refresh"
        )
        return seen

    assert over(url, flow) == [
        "outcome_unknown",
        "slot_unavailable",
        "outcome_unknown",
        "booked after refresh",
    ]


def test_slow_answers_hit_real_timeouts(demo_server: StartServer) -> None:
    url = demo_server("--scenario", "normal", "--latency", "1.0")

    async def flow(c: DexCareClient, http: httpx.AsyncClient) -> list[str]:
        _, body = await walk(c)
        await http.put(f"{url}/_emulator/scenario", json={"scenario": "slow"})
        seen = []
        try:
            await c.providers()
        except TimedOut as err:
            seen.append(err.code)
        try:
            await c.book_provider_visit(parse_booking(body))
        except OutcomeUnknown as err:
            seen.append(err.code)
        return seen

    assert over(url, flow, read_timeout=0.3, booking_read_timeout=0.3) == [
        "timed_out",
        "outcome_unknown",
    ]


def test_offline_refuses_connections(demo_server: StartServer) -> None:
    url = demo_server("--scenario", "offline")

    async def flow(c: DexCareClient, _: httpx.AsyncClient) -> None:
        await c.providers()

    with pytest.raises(CannotConnect):
        over(url, flow)


def test_client_credentials_against_the_token_endpoint(demo_server: StartServer) -> None:
    url = demo_server()

    async def main(secret: str) -> str:
        async with httpx.AsyncClient() as http:
            tokens = ClientCredentialsToken(http, token_url=f"{url}/oauth2/token", client_id=DEMO_CLIENT_ID,
                                            client_secret=SecretStr(secret))  # fmt: skip
            client = DexCareClient(
                http, config(api_base_url=url, booking_base_url=url), tokens, sleep=no_sleep
            )
            return (await client.find_or_create_patient(parse_demographics(demographics()))).data

    assert run(main(DEMO_CLIENT_SECRET))
    with pytest.raises(Unauthorized):
        run(main("wrong-secret"))
