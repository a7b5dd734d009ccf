"""The composition root: the one place that builds settings, secrets, transport and client and
hands them down. Module state elsewhere is loggers and constants only."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
from pydantic import SecretStr

from kiosk import __version__
from kiosk.demo.emulator import DEMO_API_KEY, DEMO_TOKEN, DexCareEmulator
from kiosk.demo.transport import EmulatorTransport
from kiosk.dexcare import (
    ClientConfig,
    ClientCredentialsToken,
    DexCareClient,
    RetryPolicy,
    StaticToken,
)
from kiosk.dexcare.auth import TokenProvider
from kiosk.settings import Settings, load_secrets, read_secret_file

DEMO_API_BASE = "https://api.demo.invalid"
DEMO_BOOKING_BASE = "https://ecvapi.demo.invalid"


@dataclass
class DexCareWiring:
    http: httpx.AsyncClient
    client: DexCareClient
    emulator: DexCareEmulator | None

    async def aclose(self) -> None:
        await self.http.aclose()


def user_agent(settings: Settings) -> str:
    return f"ClinicKiosk/{__version__} (kiosk {settings.kiosk.id})"


def client_config(
    settings: Settings, api_key: SecretStr, *, api: str, booking: str
) -> ClientConfig:
    r, t = settings.retry, settings.timeouts
    return ClientConfig(
        api_base_url=api,
        booking_base_url=booking,
        api_key=api_key,
        domain=settings.dexcare.domain,
        product=settings.dexcare.product,
        user_agent=user_agent(settings),
        connect_timeout=t.connect,
        read_timeout=t.read,
        booking_read_timeout=t.booking_read,
        billing_date_format=settings.kiosk.billing_date_format,
        retry=RetryPolicy(
            attempts=r.attempts, initial=r.initial, max_wait=r.max_wait, jitter=r.jitter
        ),
    )


def build_dexcare(settings: Settings, *, emulator: DexCareEmulator | None = None) -> DexCareWiring:
    """One shared AsyncClient and the DexCare client over it. In demo mode (or when an emulator is
    passed) the emulator is the transport: the same client code runs, nothing leaves the machine."""
    if emulator is None and settings.demo.enabled:
        emulator = DexCareEmulator(scenario=settings.demo.scenario, latency=settings.demo.latency)
    tokens: TokenProvider
    if emulator is not None:
        http = httpx.AsyncClient(transport=EmulatorTransport(emulator))
        config = client_config(
            settings, SecretStr(DEMO_API_KEY), api=DEMO_API_BASE, booking=DEMO_BOOKING_BASE
        )
        tokens = StaticToken(lambda: SecretStr(DEMO_TOKEN))
    else:
        secrets = load_secrets(settings)
        http = httpx.AsyncClient(
            limits=httpx.Limits(max_connections=8, keepalive_expiry=30), follow_redirects=False
        )
        config = client_config(
            settings,
            secrets.api_key,
            api=settings.dexcare.api_base_url,
            booking=settings.dexcare.booking_base_url,
        )
        if settings.auth.mode == "client_credentials":
            assert settings.auth.token_url
            assert settings.auth.client_id
            assert secrets.client_secret
            tokens = ClientCredentialsToken(
                http,
                token_url=settings.auth.token_url,
                client_id=settings.auth.client_id,
                client_secret=secrets.client_secret,
                scope=settings.auth.scope,
            )
        else:
            token_file = settings.auth.token_file
            static = secrets.access_token
            assert static is not None
            if token_file is not None:
                tokens = StaticToken(lambda: read_secret_file(token_file))
            else:
                tokens = StaticToken(lambda: static)
    return DexCareWiring(http, DexCareClient(http, config, tokens), emulator)
