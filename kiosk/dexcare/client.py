"""The async DexCare client.

One instance per app, over one shared ``httpx.AsyncClient`` (whose transport is the network in
production and the emulator in demo and training mode). Every request carries ``x-api-key``,
``domain``, a fresh ``Correlation-Id``, our ``User-Agent`` and the ``product`` query value.

Reads retry with capped, jittered backoff on connection errors, 429 and 5xx. Writes are never
retried on their own, except the single retry after a 401 and a token refresh (a 401 means
DexCare did not act on the request).

Every call has a total deadline (the token, the connection, every read and every retry), per kind
of call: a server that trickles its answer a byte at a time cannot hold a patient. The booking
POST past its deadline, or answered with anything DexCare does not document as "not booked", is
an unknown outcome: it may have been made, so it is never resent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import quote

import httpx
from pydantic import SecretStr, TypeAdapter, ValidationError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)

from kiosk.dexcare.auth import TokenProvider
from kiosk.dexcare.errors import (
    DexCareError,
    OutcomeUnknown,
    ServerError,
    TimedOut,
    TimedOutBeforeSending,
    Unauthorized,
    UnexpectedResponse,
    error_from_response,
    error_from_transport,
)
from kiosk.dexcare.models import (
    BookingConfirmation,
    Department,
    InsurancePayer,
    InsurancePayers,
    MaxLookahead,
    PatientCreated,
    ProviderInfo,
    ProviderRef,
    ProviderSchedule,
    RetailSchedule,
)
from kiosk.domain.codes import BillingDateFormat

if TYPE_CHECKING:
    from kiosk.domain.booking import ProviderBooking
    from kiosk.domain.patient import PatientDemographics

log = logging.getLogger("kiosk.dexcare")

T = TypeVar("T")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# What DexCare documents as a refusal of the provider booking, made by nothing (api reference
# 3.12, from the iOS SDK's ScheduleProviderAppointmentFailedReason and FailedReason.from): a field,
# the token (after one refresh), the patient, the slot, the panel, a locked account. Every other
# answer to the booking POST (a 5xx from DexCare or a gateway, a status nobody documents) may come
# after it was made: its outcome is unknown.
BOOKING_REFUSALS = frozenset({400, 401, 404, 409, 412, 423, 432})


@dataclass(frozen=True, slots=True)
class Reply(Generic[T]):
    """A parsed answer and the correlation id of the request that produced it."""

    data: T
    correlation_id: str


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Backoff for reads: ``initial`` * 2^n seconds plus up to ``jitter``, capped at ``max_wait``."""

    attempts: int = 3
    initial: float = 0.5
    max_wait: float = 4.0
    jitter: float = 0.5
    honour_retry_after_up_to: float = 10.0


@dataclass(frozen=True, slots=True)
class ClientConfig:
    api_base_url: str
    booking_base_url: str
    api_key: SecretStr
    domain: str
    product: str = "clinic-kiosk"
    user_agent: str = "ClinicKiosk"
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    booking_read_timeout: float = 45.0
    # Total deadlines, seconds (the token, connecting, every read and every retry together).
    read_deadline: float = 40.0
    patient_deadline: float = 30.0
    booking_deadline: float = 60.0
    billing_date_format: BillingDateFormat = "YYYY-MM-DD"
    # find-or-create with email and ssn always present ("" when not given), as DexCare's SDK does
    send_as_the_sdk: bool = True
    retry: RetryPolicy = field(default_factory=RetryPolicy)


class _Call:
    """One call's progress, for what its deadline means: the correlation id of its last request,
    and whether a request was handed to the network (after that, a booking may have been made)."""

    __slots__ = ("correlation_id", "sent")

    def __init__(self) -> None:
        self.correlation_id: str | None = None
        self.sent = False


class _Retryable(Exception):
    def __init__(self, error: DexCareError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


class DexCareClient:
    def __init__(
        self,
        http: httpx.AsyncClient,
        config: ClientConfig,
        tokens: TokenProvider,
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._http = http
        self._config = config
        self._tokens = tokens
        self._sleep = sleep
        self._api = config.api_base_url.rstrip("/")
        self._booking = config.booking_base_url.rstrip("/")
        policy = config.retry
        self._backoff = wait_exponential_jitter(
            multiplier=policy.initial, max=policy.max_wait, jitter=policy.jitter
        )
        # Health as the staff panel shows it (monotonic times): the last time DexCare answered,
        # refusals of a booking included, and the last time it could not be reached, failed or
        # refused the kiosk's credentials.
        self.last_answer: float | None = None
        self.last_failure: float | None = None
        self.last_failure_code: str | None = None

    @property
    def config(self) -> ClientConfig:
        return self._config

    # ----------------------------------------------------------------------------------- reads
    async def departments(self, brand: str | None = None) -> Reply[list[Department]]:
        params = {"clinicType": "Retail", **({"brand": brand} if brand else {})}
        return await self._get("/v4/departments", list[Department], params)

    async def department(self, url_name: str, *, with_providers: bool = True) -> Reply[Department]:
        path = f"/v4/departments/{_seg(url_name)}/departmentInfo"
        return await self._get(path, Department, {"withProviders": str(with_providers).lower()})

    async def retail_slots(
        self, url_name: str, visit_type_name: str = "Illness"
    ) -> Reply[RetailSchedule]:
        path = f"/v2/departments/{_seg(url_name)}/timeslots"
        return await self._get(path, RetailSchedule, {"visitTypeName": visit_type_name})

    async def providers(self) -> Reply[list[ProviderRef]]:
        return await self._get("/v1/providers", list[ProviderRef], {})

    async def provider(self, npi: str) -> Reply[ProviderInfo]:
        return await self._get(f"/v1/providers/{_seg(npi)}", ProviderInfo, {})

    async def max_lookahead_days(self, visit_type_name: str, ehr_system_name: str) -> Reply[int]:
        params = {"visitTypeName": visit_type_name, "epicInstanceName": ehr_system_name}
        reply = await self._get("/v2/lookups/maxLookaheadDays", MaxLookahead, params)
        return Reply(reply.data.max_lookahead_days, reply.correlation_id)

    async def provider_slots(
        self,
        npi: str,
        *,
        start: date,
        end: date,
        visit_type_name: str,
        department_id: str | None = None,
    ) -> Reply[ProviderSchedule]:
        if end < start:
            raise ValueError("end before start")
        params = {
            "startDate": start.isoformat(),
            "endDate": end.isoformat(),
            "visitType": visit_type_name,
            **({"departmentId": department_id} if department_id else {}),
        }
        return await self._get(f"/v4/providers/{_seg(npi)}/timeslots", ProviderSchedule, params)

    # ---------------------------------------------------------------------------------- writes
    async def find_or_create_patient(self, demographics: PatientDemographics) -> Reply[str]:
        """``POST /v1/patient/other``: the DexCare GUID of the patient's record."""
        call = _Call()
        async with self._deadline(self._config.patient_deadline, call, outcome_matters=False):
            reply = await self._send(
                "POST",
                self._api + "/v1/patient/other",
                PatientCreated,
                json_body=demographics.to_wire(as_the_sdk=self._config.send_as_the_sdk),
                outcome_matters=False,
                read_timeout=self._config.read_timeout,
                call=call,
            )
        return Reply(reply.data.patient_guid, reply.correlation_id)

    async def book_provider_visit(
        self, booking: ProviderBooking, *, correlation_id: str | None = None
    ) -> Reply[BookingConfirmation]:
        """``POST /api/7/visits/providerbooking`` on the booking host. Never retried by itself:
        a timeout or a lost connection after sending raises OutcomeUnknown. Pass
        ``correlation_id`` to journal the attempt under the id DexCare will see."""
        call = _Call()
        async with self._deadline(self._config.booking_deadline, call, outcome_matters=True):
            return await self._send(
                "POST",
                self._booking + "/api/7/visits/providerbooking",
                BookingConfirmation,
                json_body=booking.to_wire(self._config.billing_date_format),
                outcome_matters=True,
                read_timeout=self._config.booking_read_timeout,
                correlation_id=correlation_id,
                call=call,
            )
        raise AssertionError("unreachable")  # pragma: no cover

    @contextlib.asynccontextmanager
    async def _deadline(
        self, seconds: float, call: _Call, *, outcome_matters: bool
    ) -> AsyncIterator[None]:
        """The call's total deadline. Past it: a booking already handed to the network is an
        unknown outcome; anything else timed out (before sending, if nothing was sent)."""
        try:
            async with asyncio.timeout(seconds):
                yield
        except TimeoutError:
            kw = {"correlation_id": call.correlation_id}
            message = f"no answer within the {seconds:g} s deadline"
            error: DexCareError
            if not call.sent:
                error = TimedOutBeforeSending(message, **kw)  # type: ignore[arg-type]
            elif outcome_matters:
                error = OutcomeUnknown(message, **kw)  # type: ignore[arg-type]
            else:
                error = TimedOut(message, **kw)  # type: ignore[arg-type]
            log.warning("%s: %s", error, message, extra={"event": "dexcare.deadline",
                        "correlation_id": call.correlation_id})  # fmt: skip
            self._failed(error)
            raise error from None

    # -------------------------------------------------------------------------------- plumbing
    async def insurance_payers(self, tenant: str) -> Reply[list[InsurancePayer]]:
        """``GET /api/v2/brand/{tenant}/insuranceissuers`` on the booking host (the SDK's
        ``PaymentService.swift:62-63``, DexCare's virtual-visit host): the payers it knows."""
        path = f"/api/v2/brand/{_seg(tenant)}/insuranceissuers"
        reply = await self._get(path, InsurancePayers, {}, base=self._booking)
        return Reply(reply.data.insurance_issuers, reply.correlation_id)

    async def _get(
        self, path: str, shape: Any, params: Mapping[str, str], *, base: str | None = None
    ) -> Reply[Any]:
        policy = self._config.retry
        retrying = AsyncRetrying(
            stop=stop_after_attempt(max(1, policy.attempts)),
            wait=self._wait,
            retry=retry_if_exception_type(_Retryable),
            reraise=True,
        )
        if self._sleep is not None:
            retrying.sleep = self._sleep  # type: ignore[assignment]
        call = _Call()
        async with self._deadline(self._config.read_deadline, call, outcome_matters=False):
            try:
                async for attempt in retrying:
                    with attempt:
                        url = (base or self._api) + path
                        return await self._send_once("GET", url, shape, params=params, call=call)
            except _Retryable as exc:
                raise exc.error from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, state: RetryCallState) -> float:
        backoff = float(self._backoff(state))
        outcome = state.outcome
        exc = outcome.exception() if outcome else None
        if isinstance(exc, _Retryable) and exc.retry_after is not None:
            limit = self._config.retry.honour_retry_after_up_to
            return min(max(backoff, exc.retry_after), limit)
        return backoff

    async def _send_once(
        self, method: str, url: str, shape: Any, *, params: Mapping[str, str], call: _Call
    ) -> Reply[Any]:
        """One GET attempt; failures worth another try become _Retryable."""
        try:
            return await self._send(
                method, url, shape, params=params, outcome_matters=False, call=call
            )
        except ServerError as err:
            if err.status in RETRY_STATUSES:
                raise _Retryable(err, err.retry_after) from None
            raise
        except DexCareError as err:
            if err.code in ("cannot_connect", "timed_out", "timed_out_before_sending"):
                raise _Retryable(err) from None
            raise

    async def _send(
        self,
        method: str,
        url: str,
        shape: Any,
        *,
        params: Mapping[str, str] | None = None,
        json_body: dict[str, Any] | None = None,
        outcome_matters: bool,
        read_timeout: float | None = None,
        correlation_id: str | None = None,
        call: _Call,
    ) -> Reply[Any]:
        needs_token = json_body is not None  # the PHI calls (api ref. 2.3)
        token = await self._tokens.token() if needs_token else None
        response, correlation_id = await self._request(
            method, url, params, json_body, token, outcome_matters, read_timeout, correlation_id,
            call,
        )  # fmt: skip
        if response.status_code == 401 and needs_token:
            # One silent refresh and one retry; a 401 means DexCare did not act on the request.
            log.info("token refused (correlation %s); refreshing once", correlation_id)
            token = await self._tokens.refresh()
            response, correlation_id = await self._request(
                method,
                url,
                params,
                json_body,
                token,
                outcome_matters,
                read_timeout,
                correlation_id,
                call,
            )
        if (
            outcome_matters
            and response.status_code >= 400
            and (response.status_code not in BOOKING_REFUSALS)
        ):
            # Not an answer DexCare documents as "not booked": a 5xx from DexCare or from a
            # gateway that passed the booking on, a status nobody documents. It may have been made.
            error: DexCareError = OutcomeUnknown(
                "not an answer that says the booking was refused",
                correlation_id=correlation_id,
                status=response.status_code,
            )
            self._failed(error)
            raise error
        if response.status_code >= 400:
            error = error_from_response(
                response.status_code, response.content, correlation_id=correlation_id
            )
            error.retry_after = _retry_after(response)
            if error.answered:
                self.last_answer = time.monotonic()  # a refusal is still an answer
            else:
                self._failed(error)
            raise error
        try:
            data = _adapter(shape).validate_json(response.content)
        except ValidationError as exc:
            cls: type[DexCareError] = UnexpectedResponse
            if outcome_matters and response.is_success:
                # DexCare accepted the booking but its answer cannot be read: it may well be
                # booked, so this is an unknown outcome for a person to check, never a failure.
                cls = OutcomeUnknown
            error = cls(
                f"{len(exc.errors())} problem(s) in the answer",
                correlation_id=correlation_id,
                status=response.status_code,
            )
            self._failed(error)
            raise error from None
        self.last_answer = time.monotonic()
        return Reply(data, correlation_id)

    async def _request(  # noqa: PLR0917 - private, called from one place
        self,
        method: str,
        url: str,
        params: Mapping[str, str] | None,
        json_body: dict[str, Any] | None,
        token: str | None,
        outcome_matters: bool,
        read_timeout: float | None,
        correlation_id: str | None,
        call: _Call,
    ) -> tuple[httpx.Response, str]:
        cfg = self._config
        correlation_id = correlation_id or str(uuid.uuid4())
        call.correlation_id = correlation_id
        headers = {
            "x-api-key": cfg.api_key.get_secret_value(),
            "domain": cfg.domain,
            "Correlation-Id": correlation_id,
            "User-Agent": cfg.user_agent,
            "Accept": "application/json",
        }
        if token:
            headers["Authorization"] = f"Bearer {token}"
        timeout = httpx.Timeout(
            connect=cfg.connect_timeout,
            read=read_timeout or cfg.read_timeout,
            write=cfg.read_timeout,
            pool=cfg.connect_timeout,
        )
        started = time.perf_counter()
        call.sent = True  # from here on, what was sent may have reached DexCare
        try:
            response = await self._http.request(
                method,
                url,
                params={**(params or {}), "product": cfg.product},
                json=json_body,
                headers=headers,
                timeout=timeout,
            )
        except httpx.TransportError as exc:
            error = error_from_transport(
                exc, may_have_arrived_matters=outcome_matters, correlation_id=correlation_id
            )
            log.warning(
                "%s %s failed: %s after %.0f ms",
                method,
                _path_of(url),
                error,
                (time.perf_counter() - started) * 1000,
                extra={"event": "dexcare.failed", "correlation_id": correlation_id},
            )
            self._failed(error)
            raise error from None
        log.info(
            "%s %s -> %s in %.0f ms (correlation %s)",
            method,
            _path_of(url),
            response.status_code,
            (time.perf_counter() - started) * 1000,
            correlation_id,
            extra={"event": "dexcare.response", "correlation_id": correlation_id},
        )
        return response, correlation_id

    def _failed(self, error: DexCareError) -> None:
        self.last_failure = time.monotonic()
        self.last_failure_code = error.code
        if isinstance(error, Unauthorized):
            log.warning("DexCare refused our credentials: %s", error)


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def _adapter(shape: Any) -> TypeAdapter[Any]:
    adapter = _ADAPTERS.get(shape)
    if adapter is None:
        adapter = _ADAPTERS[shape] = TypeAdapter(shape)
    return adapter


def _seg(value: str) -> str:
    """A path segment, percent-encoded (a urlName or NPI never breaks out of its place)."""
    if not value or not value.strip():
        raise ValueError("empty path segment")
    return quote(value, safe="")


def _path_of(url: str) -> str:
    return httpx.URL(url).path
