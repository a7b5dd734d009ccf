"""Where the Bearer token for PHI calls comes from.

Two providers behind one small interface: a static token (read from a secrets file or the
environment, re-read on refresh so a rotated file is picked up) and OAuth2 client credentials
(cached until shortly before expiry). Secrets are SecretStr: they never appear in a repr or a log.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Protocol

import httpx
from pydantic import SecretStr, ValidationError

from kiosk.dexcare.errors import (
    CannotConnect,
    Unauthorized,
    UnexpectedResponse,
    error_from_transport,
)
from kiosk.dexcare.models import TokenAnswer

log = logging.getLogger("kiosk.dexcare.auth")


class TokenProvider(Protocol):
    async def token(self) -> str:
        """A token to send now (cached when possible)."""
        ...

    async def refresh(self) -> str:
        """A new token, after DexCare refused the last one."""
        ...


class StaticToken:
    """A long-lived token handed to the kiosk by the health system."""

    def __init__(self, source: Callable[[], SecretStr]) -> None:
        self._source = source
        self._token: SecretStr | None = None

    async def token(self) -> str:
        if self._token is None:
            self._token = self._source()
        return self._token.get_secret_value()

    async def refresh(self) -> str:
        self._token = self._source()
        return self._token.get_secret_value()


class ClientCredentialsToken:
    """OAuth2 client-credentials grant, cached until ``skew`` seconds before it expires."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        token_url: str,
        client_id: str,
        client_secret: SecretStr,
        scope: str | None = None,
        skew: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = http
        self._token_url = token_url
        self._client_id = client_id
        self._secret = client_secret
        self._scope = scope
        self._skew = skew
        self._clock = clock
        self._cached: tuple[SecretStr, float] | None = None
        self._lock = asyncio.Lock()

    async def token(self) -> str:
        async with self._lock:
            if self._cached and self._clock() < self._cached[1]:
                return self._cached[0].get_secret_value()
            return await self._fetch()

    async def refresh(self) -> str:
        async with self._lock:
            self._cached = None
            return await self._fetch()

    async def _fetch(self) -> str:
        form = {"grant_type": "client_credentials"}
        if self._scope:
            form["scope"] = self._scope
        try:
            response = await self._http.post(
                self._token_url,
                data=form,
                auth=(self._client_id, self._secret.get_secret_value()),
                headers={"Accept": "application/json"},
            )
        except httpx.TransportError as exc:
            raise error_from_transport(exc, may_have_arrived_matters=False) from None
        if response.status_code in (400, 401, 403):
            log.warning(
                "token endpoint refused the client credentials (HTTP %s)", response.status_code
            )
            raise Unauthorized("client credentials refused", status=response.status_code)
        if response.status_code != 200:
            raise CannotConnect("token endpoint failed", status=response.status_code)
        try:
            answer = TokenAnswer.model_validate_json(response.content)
        except ValidationError:
            raise UnexpectedResponse("token endpoint answered in an unknown shape") from None
        lifetime = float(answer.expires_in or 300)
        self._cached = (
            SecretStr(answer.access_token),
            self._clock() + max(0.0, lifetime - self._skew),
        )
        log.info("obtained an access token valid for %ds", int(lifetime))
        return answer.access_token
