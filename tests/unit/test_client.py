"""The DexCare client: decoration of every request, retries, auth refresh, and the error mapping."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from kiosk.dexcare import (
    AccountLocked,
    CannotConnect,
    DexCareClient,
    DexCareError,
    InvalidRequest,
    NotFound,
    NotOnProviderPanel,
    OutcomeUnknown,
    PatientDoubleBooked,
    PatientNotFound,
    PatientNotLinked,
    RetryPolicy,
    ServerError,
    SlotUnavailable,
    StaticToken,
    TimedOut,
    TimedOutBeforeSending,
    Unauthorized,
    UnexpectedResponse,
    UnknownAppointmentConflict,
    error_from_response,
)
from kiosk.domain import parse_booking, parse_demographics
from tests.helpers import EXAMPLE_SLOT_ID, config, demographics, run

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A scripted DexCare: answers in order (the last one repeats) and records every request."""

    def __init__(self, *answers: httpx.Response | Exception | Handler) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer


class Tokens:
    def __init__(self) -> None:
        self.issued = 0

    async def token(self) -> str:
        return f"token-{self.issued}"

    async def refresh(self) -> str:
        self.issued += 1
        return f"token-{self.issued}"


def call(recorder: Recorder, fn: Callable[[DexCareClient], Any], tokens: Tokens | None = None,
         sleeps: list[float] | None = None, **cfg: Any) -> Any:  # fmt: skip
    async def sleep(seconds: float) -> None:
        if sleeps is not None:
            sleeps.append(seconds)

    async def main() -> Any:
        async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
            client = DexCareClient(http, config(**cfg), tokens or Tokens(), sleep=sleep)
            return await fn(client)

    return run(main())


def ok(data: Any) -> httpx.Response:
    return httpx.Response(200, json=data)


DEPARTMENT = {
    "departmentId": "1101", "urlName": "Clinic A", "displayName": "Clinic A", "ehrSystemName": "ehr",
    "timezone": "America/Denver", "address": {"line1": "1 A St", "city": "Denver", "state": "CO",
    "postalCode": "80202"}, "someFutureField": {"nested": True},
}  # fmt: skip
BOOKING = json.loads(
    json.dumps({
        "billingInfo": {"paymentMethod": "self"},
        "patient": {"patientGuid": "g-1", "address": {"line1": "1 A St", "city": "Denver", "state": "CO",
                                                      "postalCode": "80202"}},
        "visitDetails": {"declaration": "self", "departmentId": "1", "ehrSystemName": "ehr",
                         "nationalProviderId": "1629394572", "slotId": EXAMPLE_SLOT_ID,
                         "visitReason": "fever", "visitTypeId": "7"},
    })
)  # fmt: skip


def book(client: DexCareClient) -> Any:
    return client.book_provider_visit(parse_booking(BOOKING))


# ------------------------------------------------------------------------------ decoration
def test_every_request_is_decorated() -> None:
    rec = Recorder(ok([DEPARTMENT]))
    reply = call(rec, lambda c: c.departments("Evergreen"))
    request = rec.requests[0]
    assert request.url.host == "api.test.invalid"
    assert request.url.path == "/v4/departments"
    assert dict(request.url.params) == {
        "clinicType": "Retail",
        "brand": "Evergreen",
        "product": "kiosk-tests",
    }
    assert request.headers["x-api-key"] == "demo-api-key"
    assert request.headers["domain"] == "evergreen"
    assert request.headers["user-agent"] == "ClinicKiosk/test (kiosk t-1)"
    assert uuid.UUID(request.headers["correlation-id"]).version == 4
    assert "authorization" not in request.headers  # directory reads carry no token
    assert reply.correlation_id == request.headers["correlation-id"]
    assert reply.data[0].url_name == "Clinic A"


def test_correlation_ids_are_fresh_per_request() -> None:
    rec = Recorder(ok([]))

    async def twice(c: DexCareClient) -> None:
        await c.providers()
        await c.providers()

    call(rec, twice)
    ids = {r.headers["correlation-id"] for r in rec.requests}
    assert len(ids) == 2


def test_booking_goes_to_the_booking_host_with_a_token() -> None:
    rec = Recorder(ok({"visitId": "v-1", "isVirtual": False}))
    reply = call(rec, book)
    request = rec.requests[0]
    assert request.url.host == "ecvapi.test.invalid"
    assert request.url.path == "/api/7/visits/providerbooking"
    assert request.headers["authorization"] == "Bearer token-0"
    assert json.loads(request.content) == parse_booking(BOOKING).to_wire()
    assert reply.data.visit_id == "v-1"


def test_booking_uses_the_billing_date_format_setting() -> None:
    body = json.loads(json.dumps(BOOKING))
    body["billingInfo"] = {"paymentMethod": "insurance", "declaration": "other", "insuranceType": "manual",
                           "insuranceProviderId": "p", "insuranceMemberId": "m", "firstName": "Ann",
                           "lastName": "Lee", "dateOfBirth": "1970-03-04"}  # fmt: skip
    rec = Recorder(ok({"visitId": "v-1"}))
    call(
        rec, lambda c: c.book_provider_visit(parse_booking(body)), billing_date_format="MM-DD-YYYY"
    )
    assert json.loads(rec.requests[0].content)["billingInfo"]["dateOfBirth"] == "03-04-1970"


def test_endpoints_paths_and_queries() -> None:
    schedule = {"providerNationalId": "1", "timezone": "UTC", "scheduleDays": []}
    rec = Recorder(
        ok(DEPARTMENT),
        ok({"departmentId": "1", "timezone": "UTC", "scheduleDays": []}),
        ok([{"system": "ehr", "npi": 1629394572}]),
        ok(
            {
                "providerNationalId": "1629394572",
                "name": "Dr A",
                "departments": [],
                "visitTypes": [],
            }
        ),
        ok({"maxLookaheadDays": 14}),
        ok(schedule),
        ok({"patientGuid": "g-9"}),
    )

    async def all_calls(c: DexCareClient) -> list[Any]:
        return [
            await c.department("Clinic A"),
            await c.retail_slots("Clinic A", "Injury"),
            await c.providers(),
            await c.provider("1629394572"),
            await c.max_lookahead_days("NewPatient", "ehr"),
            await c.provider_slots("1629394572", start=date(2026, 11, 23), end=date(2026, 11, 30),
                                   visit_type_name="NewPatient", department_id="9"),
            await c.find_or_create_patient(parse_demographics(demographics())),
        ]  # fmt: skip

    replies = call(rec, all_calls)
    got = [
        (r.method, r.url.raw_path.decode().split("?")[0], dict(r.url.params)) for r in rec.requests
    ]
    p = {"product": "kiosk-tests"}
    assert got == [
        ("GET", "/v4/departments/Clinic%20A/departmentInfo", {"withProviders": "true", **p}),
        ("GET", "/v2/departments/Clinic%20A/timeslots", {"visitTypeName": "Injury", **p}),
        ("GET", "/v1/providers", p),
        ("GET", "/v1/providers/1629394572", p),
        ("GET", "/v2/lookups/maxLookaheadDays", {"visitTypeName": "NewPatient", "epicInstanceName": "ehr", **p}),
        ("GET", "/v4/providers/1629394572/timeslots",
         {"startDate": "2026-11-23", "endDate": "2026-11-30", "visitType": "NewPatient", "departmentId": "9", **p}),
        ("POST", "/v1/patient/other", p),
    ]  # fmt: skip
    assert replies[2].data[0].npi == "1629394572"  # numbers become the strings the kiosk uses
    assert replies[4].data == 14
    assert replies[6].data == "g-9"
    assert rec.requests[6].headers["authorization"] == "Bearer token-0"
    assert json.loads(rec.requests[6].content)["identifiers"] == [
        {"system": "org.evergreen.epic.prd"}
    ]


def test_path_segments_cannot_break_out() -> None:
    rec = Recorder(ok(DEPARTMENT))
    call(rec, lambda c: c.department("../admin?x=1"))
    assert rec.requests[0].url.raw_path.startswith(b"/v4/departments/..%2Fadmin%3Fx%3D1/")


# ------------------------------------------------------------------------------ retries
def test_reads_retry_with_capped_jittered_backoff() -> None:
    sleeps: list[float] = []
    rec = Recorder(httpx.Response(503), httpx.Response(502), ok([]))
    policy = RetryPolicy(attempts=3, initial=0.5, max_wait=4.0, jitter=0.0)
    call(rec, lambda c: c.providers(), sleeps=sleeps, retry=policy)
    assert len(rec.requests) == 3
    assert sleeps == [0.5, 1.0]


def test_backoff_is_capped_and_jitter_bounded() -> None:
    sleeps: list[float] = []
    rec = Recorder(httpx.Response(500))
    policy = RetryPolicy(attempts=6, initial=1.0, max_wait=3.0, jitter=0.25)
    with pytest.raises(ServerError):
        call(rec, lambda c: c.providers(), sleeps=sleeps, retry=policy)
    assert len(sleeps) == 5
    assert all(0 < s <= 3.0 for s in sleeps)
    assert 1.0 <= sleeps[0] <= 1.25 and 2.0 <= sleeps[1] <= 2.25


def test_retry_after_is_honoured_up_to_a_limit() -> None:
    sleeps: list[float] = []
    rec = Recorder(httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(429, headers={"Retry-After": "99"}),
                   ok([]))  # fmt: skip
    call(
        rec,
        lambda c: c.providers(),
        sleeps=sleeps,
        retry=RetryPolicy(attempts=3, initial=0.1, jitter=0.0),
    )
    assert sleeps == [7.0, 10.0]


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (httpx.ConnectError("refused"), CannotConnect),
        (httpx.ConnectTimeout("slow"), TimedOutBeforeSending),
        (httpx.ReadTimeout("slow"), TimedOut),
        (httpx.RemoteProtocolError("gone"), CannotConnect),
    ],
)
def test_reads_retry_transport_errors_then_raise_them_typed(
    failure: Exception, error: type[DexCareError]
) -> None:
    rec = Recorder(failure)
    with pytest.raises(error) as info:
        call(rec, lambda c: c.providers())
    assert len(rec.requests) == 3
    assert info.value.correlation_id == rec.requests[-1].headers["correlation-id"]


def test_client_errors_are_not_retried() -> None:
    rec = Recorder(httpx.Response(404, json={"message": "Provider not found"}))
    with pytest.raises(NotFound):
        call(rec, lambda c: c.provider("1629394572"))
    assert len(rec.requests) == 1


@pytest.mark.parametrize(
    "answer",
    [httpx.Response(503), httpx.Response(500), httpx.Response(502), httpx.Response(504),
     httpx.ConnectError("refused")],
)  # fmt: skip
def test_the_booking_post_is_never_retried(answer: httpx.Response | Exception) -> None:
    rec = Recorder(answer, ok({"visitId": "v"}))
    with pytest.raises((ServerError, CannotConnect, OutcomeUnknown)):
        call(rec, book)
    assert len(rec.requests) == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429, 403, 418, 422, 501])
def test_a_booking_answer_that_is_not_a_documented_refusal_leaves_it_unknown(status: int) -> None:
    """Only the refusals DexCare documents for providerbooking (api reference 3.12) say nothing was
    booked. A 5xx (DexCare's own, or a gateway's that passed the booking on), a 429 or a status
    nobody documents may come after it was made: unknown, for a person to check."""
    rec = Recorder(httpx.Response(status), ok({"visitId": "v"}))
    with pytest.raises(OutcomeUnknown) as caught:
        call(rec, book)
    assert caught.value.status == status and len(rec.requests) == 1
    with pytest.raises((ServerError, Unauthorized, InvalidRequest)):  # a read: retried, then fails
        call(Recorder(httpx.Response(status)), lambda c: c.provider("1629394572"))


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [(400, b"{}", InvalidRequest), (400, b"Patient has no links", PatientNotLinked),
     (404, b"{}", NotFound), (404, b"Patient not found", PatientNotFound),
     (409, b"SlotUnavailable", SlotUnavailable), (409, b"PatientDoubleBooked", PatientDoubleBooked),
     (409, b"{}", UnknownAppointmentConflict), (412, b"", NotOnProviderPanel),
     (423, b"", AccountLocked), (432, b"", InvalidRequest), (401, b"", Unauthorized)],
)  # fmt: skip
def test_a_documented_refusal_of_the_booking_stays_a_refusal(
    status: int, body: bytes, error: type[DexCareError]
) -> None:
    with pytest.raises(error) as caught:
        call(Recorder(httpx.Response(status, content=body)), book)
    assert not isinstance(caught.value, OutcomeUnknown)


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout("no answer"), httpx.RemoteProtocolError("Server disconnected"), httpx.ReadError("reset"),
     httpx.WriteTimeout("stuck")],
)  # fmt: skip
def test_a_booking_lost_after_sending_is_outcome_unknown(failure: Exception) -> None:
    rec = Recorder(failure)
    with pytest.raises(OutcomeUnknown) as info:
        call(rec, book)
    assert len(rec.requests) == 1
    assert info.value.correlation_id == rec.requests[0].headers["correlation-id"]
    code = info.value.support_code  # read out to staff: two groups of four, no O or I
    assert re.fullmatch(r"[0-9A-F]{4}-[0-9A-F]{4}", code)
    assert code.replace("-", "") == info.value.correlation_id.replace("-", "")[:8].upper()


@pytest.mark.parametrize(
    ("failure", "error"),
    [(httpx.ConnectError("refused"), CannotConnect), (httpx.ConnectTimeout("x"), TimedOutBeforeSending),
     (httpx.PoolTimeout("x"), TimedOutBeforeSending)],
)  # fmt: skip
def test_a_booking_that_never_left_is_not_outcome_unknown(
    failure: Exception, error: type[DexCareError]
) -> None:
    with pytest.raises(error):
        call(Recorder(failure), book)


def test_find_or_create_patient_timeout_is_a_plain_timeout() -> None:
    with pytest.raises(TimedOut):
        call(
            Recorder(httpx.ReadTimeout("slow")),
            lambda c: c.find_or_create_patient(parse_demographics(demographics())),
        )


# ------------------------------------------------------------------------------ auth
def test_a_401_refreshes_once_and_retries_once() -> None:
    tokens = Tokens()
    rec = Recorder(httpx.Response(401), ok({"visitId": "v-2"}))
    reply = call(rec, book, tokens)
    assert [r.headers["authorization"] for r in rec.requests] == [
        "Bearer token-0",
        "Bearer token-1",
    ]
    assert reply.data.visit_id == "v-2"


def test_a_second_401_is_unauthorized() -> None:
    tokens = Tokens()
    rec = Recorder(httpx.Response(401))
    with pytest.raises(Unauthorized):
        call(rec, book, tokens)
    assert len(rec.requests) == 2
    assert tokens.issued == 1


def test_static_token_rereads_its_source_on_refresh() -> None:
    values = iter(["first", "second"])
    tokens = StaticToken(lambda: SecretStr(next(values)))

    async def main() -> tuple[str, str, str]:
        return await tokens.token(), await tokens.token(), await tokens.refresh()

    assert run(main()) == ("first", "first", "second")


# ------------------------------------------------------------------------------ mapping
@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (400, b'{"message": "visitReason is required"}', InvalidRequest),
        (400, b'{"message": "Patient has no links"}', PatientNotLinked),
        (432, b"", InvalidRequest),
        (401, b'{"message": "API key is not valid", "status": 401}', Unauthorized),
        (403, b'{"message": "Forbidden", "errorCode": 40301}', Unauthorized),
        (404, b'{"message": "Patient not found"}', PatientNotFound),
        (404, b'{"message": "Provider not found"}', NotFound),
        (409, b'{"code": "SlotUnavailable"}', SlotUnavailable),
        (409, b"PatientDoubleBooked", PatientDoubleBooked),
        (409, b'{"error": "UnknownAppointmentConflict"}', UnknownAppointmentConflict),
        (409, b"something else", UnknownAppointmentConflict),
        (412, b"", NotOnProviderPanel),
        (423, b"", AccountLocked),
        (500, b"Unknown error", ServerError),
        (502, b"<html>bad gateway</html>", ServerError),
        (418, b"", ServerError),
    ],
)
def test_error_mapping(status: int, body: bytes, error: type[DexCareError]) -> None:
    mapped = error_from_response(status, body, correlation_id="abc-123")
    assert type(mapped) is error
    assert mapped.status == status
    assert mapped.correlation_id == "abc-123"


def test_dexcares_message_is_kept_but_never_in_str() -> None:
    err = error_from_response(
        400, b'{"error": "firstName Rosa is invalid", "code": "X"}', correlation_id="c-1"
    )
    assert err.message == "firstName Rosa is invalid"
    assert "Rosa" not in str(err)
    assert str(err) == "invalid_request, HTTP 400, correlation c-1"


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, content=b"<html>login</html>"),
        httpx.Response(200, content=b'{"visitId": '),
        httpx.Response(200, json={"visit": "v"}),
        httpx.Response(200, json=[1, 2]),
        httpx.Response(200, json={"visitId": ""}),
    ],
)
def test_malformed_or_unexpected_json_is_a_typed_error(answer: httpx.Response) -> None:
    with pytest.raises(UnexpectedResponse):
        call(Recorder(answer), lambda c: c.provider("1629394572"))
    # The booking was accepted (200) but its confirmation cannot be read: it may well be booked,
    # so a person must check; it is never "nothing was booked".
    with pytest.raises(OutcomeUnknown) as info:
        call(Recorder(answer), book)
    assert info.value.status == 200


def test_wire_models_tolerate_extra_fields_and_duration_strings() -> None:
    slot = {"id": "s", "slotDateTime": "2026-11-23T09:00:00-07:00", "duration": "20", "departmentId": 1101,
            "brandNewField": 1}  # fmt: skip
    rec = Recorder(ok({"departmentId": "1101", "timezone": "America/Denver", "extra": [],
                       "scheduleDays": [{"date": "2026-11-23T00:00:00-07:00", "timeSlots": [slot]}]}))  # fmt: skip
    reply = call(rec, lambda c: c.retail_slots("A"))
    got = reply.data.schedule_days[0].time_slots[0]
    assert got.duration == 20 and got.department_id == "1101"
    assert got.starts_at.utcoffset() is not None


def test_a_slot_time_without_offset_is_unexpected() -> None:
    slot = {"id": "s", "slotDateTime": "2026-11-23T09:00:00", "duration": 20, "departmentId": "1"}
    rec = Recorder(
        ok(
            {
                "departmentId": "1",
                "timezone": "UTC",
                "scheduleDays": [{"date": "d", "timeSlots": [slot]}],
            }
        )
    )
    with pytest.raises(UnexpectedResponse):
        call(rec, lambda c: c.retail_slots("A"))


def test_health_is_tracked() -> None:
    async def both(c: DexCareClient) -> DexCareClient:
        await c.providers()
        with pytest.raises(ServerError):
            await c.provider("1629394572")
        return c

    client = call(Recorder(ok([]), httpx.Response(503)), both)
    assert client.last_answer is not None and client.last_failure is not None
    assert client.last_failure > client.last_answer
    assert client.last_failure_code == "server_error"


@pytest.mark.parametrize("status", [400, 404, 409, 412, 423])
def test_a_refusal_is_an_answer_not_a_failure(status: int) -> None:
    """A slot taken or a patient not found says nothing about the way to DexCare: the staff
    panel must not call DexCare unreachable because a patient's booking was refused."""

    async def refused(c: DexCareClient) -> DexCareClient:
        with pytest.raises(DexCareError):
            await c.provider("1629394572")
        return c

    client = call(Recorder(httpx.Response(status)), refused)
    assert client.last_answer is not None
    assert client.last_failure is None and client.last_failure_code is None


def test_refused_credentials_are_a_failure() -> None:
    async def refused(c: DexCareClient) -> DexCareClient:
        with pytest.raises(Unauthorized):
            await c.providers()
        return c

    client = call(Recorder(httpx.Response(401)), refused)
    assert client.last_answer is None and client.last_failure_code == "unauthorized"
