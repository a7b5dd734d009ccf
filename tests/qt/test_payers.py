"""The insurers offered come from DexCare's insuranceissuers list when the tenant keeps one,
else from the settings; a list that does not come keeps what is offered."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import qasync

from kiosk.app import DexCareWiring, KioskApp, build_dexcare
from kiosk.demo import seed
from kiosk.qt.driver import Driver
from kiosk.qt.payers import PayerList
from tests.qt.conftest import demo_settings
from tests.qt.test_viewmodels import wait_until

CONFIGURED = (("aetna", "Aetna"), ("cigna", "Cigna"))


def await_closed(closable: PayerList | DexCareWiring, what: str = "the insurer list") -> None:
    closing = asyncio.ensure_future(closable.aclose())
    wait_until(closing.done, f"{what} to close")


@pytest.fixture
def client(loop: qasync.QEventLoop) -> Iterator[Any]:
    wiring = build_dexcare(demo_settings())
    assert wiring.emulator is not None
    wiring.emulator.latency = 0
    yield wiring
    await_closed(wiring, "the client")


def test_dexcares_list_replaces_the_configured_one(client: Any) -> None:
    offered: list[tuple[tuple[str, str], ...]] = []
    payers = PayerList(client.client, seed.BRAND, CONFIGURED, offered.append)
    payers.start()
    wait_until(lambda: bool(offered), "DexCare's insurers")
    assert offered == [seed.PAYERS] and payers.offered == seed.PAYERS
    assert payers.source == "DexCare"
    payers.refresh()  # the same list again: nothing to tell the screens
    wait_until(lambda: payers._task is not None and payers._task.done(), "the refresh")
    assert len(offered) == 1
    await_closed(payers)


def test_a_list_that_does_not_come_keeps_the_configured_one(client: Any) -> None:
    offered: list[Any] = []
    payers = PayerList(client.client, "NoSuchTenant", CONFIGURED, offered.append)
    payers.start()
    wait_until(lambda: payers._task is not None and payers._task.done(), "the answer")
    assert (offered, payers.offered, payers.source) == ([], CONFIGURED, "settings")
    none = PayerList(client.client, None, CONFIGURED, offered.append)
    none.start()  # no tenant: DexCare is not asked at all
    assert none._task is None
    await_closed(payers)
    await_closed(none)


def test_the_payment_step_offers_dexcares_insurers(kiosk: tuple[KioskApp, Driver]) -> None:
    k, _ = kiosk
    wait_until(lambda: k.payers.source == "DexCare", "DexCare's insurers in training")
    assert ("moda", "Moda Health") in k.form._payment.payers  # only DexCare's list has it
    assert ("moda", "Moda Health") in k.booking._payment.payers
