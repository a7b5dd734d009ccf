from __future__ import annotations

import httpx
import pytest
from pydantic import SecretStr

from kiosk.dexcare import CannotConnect, ClientCredentialsToken, Unauthorized, UnexpectedResponse
from tests.helpers import run


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def tokens_over(
    handler: httpx.MockTransport, clock: Clock
) -> tuple[ClientCredentialsToken, httpx.AsyncClient]:
    http = httpx.AsyncClient(transport=handler)
    return ClientCredentialsToken(http, token_url="https://id.test.invalid/token", client_id="kiosk",
                                  client_secret=SecretStr("s3cret"), scope="booking", clock=clock), http  # fmt: skip


def test_client_credentials_are_cached_until_shortly_before_expiry() -> None:
    issued: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        issued.append(request)
        return httpx.Response(200, json={"access_token": f"t{len(issued)}", "expires_in": 300})

    clock = Clock()

    async def main() -> list[str]:
        tokens, http = tokens_over(httpx.MockTransport(handler), clock)
        async with http:
            got = [await tokens.token(), await tokens.token()]
            clock.now += 241  # 300 s lifetime minus 60 s skew has passed
            got.append(await tokens.token())
            got.append(await tokens.refresh())
            return got

    assert run(main()) == ["t1", "t1", "t2", "t3"]
    form = issued[0].content.decode()
    assert "grant_type=client_credentials" in form and "scope=booking" in form
    assert issued[0].headers["authorization"].startswith("Basic ")
    assert "s3cret" not in form


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (httpx.Response(401, json={"error": "invalid_client"}), Unauthorized),
        (httpx.Response(503), CannotConnect),
        (httpx.Response(200, json={"token": "x"}), UnexpectedResponse),
    ],
)
def test_token_endpoint_failures_are_typed(answer: httpx.Response, error: type[Exception]) -> None:
    async def main() -> None:
        tokens, http = tokens_over(httpx.MockTransport(lambda _: answer), Clock())
        async with http:
            await tokens.token()

    with pytest.raises(error):
        run(main())


def test_the_secret_never_shows_in_a_repr() -> None:
    tokens, _ = tokens_over(httpx.MockTransport(lambda _: httpx.Response(500)), Clock())
    assert "s3cret" not in repr(vars(tokens))
