"""Typed DexCare errors, made in one place.

:func:`error_from_response` maps an HTTP answer and :func:`error_from_transport` a transport failure
to exactly one class below. The UI maps classes (or their stable ``code``) to localized messages;
the journal records the code and the correlation id. DexCare's own message is kept on the error for
mapping a 400 back to a field, but it is never logged: it may echo what the patient typed.
"""

from __future__ import annotations

import json
from typing import ClassVar

import httpx

from kiosk.domain.codes import support_code


class DexCareError(Exception):
    """Base of every error the client raises."""

    code: ClassVar[str] = "dexcare_error"
    # DexCare received the request and refused it for a reason of its own (a field, a patient, a
    # time): the way to DexCare works. Only the other errors say something about the kiosk's health.
    answered: ClassVar[bool] = False

    def __init__(
        self, message: str = "", *, correlation_id: str | None = None, status: int | None = None
    ) -> None:
        super().__init__(message or self.code)
        self.message = message
        self.correlation_id = correlation_id
        self.status = status
        self.retry_after: float | None = None  # seconds, from a 429/503 Retry-After header

    def __str__(self) -> str:
        # Safe to log: code, status and correlation id; never DexCare's free-text message.
        parts = [self.code]
        if self.status is not None:
            parts.append(f"HTTP {self.status}")
        if self.correlation_id:
            parts.append(f"correlation {self.correlation_id}")
        return ", ".join(parts)

    @property
    def support_code(self) -> str:
        """A short code staff can read out to support: the start of the correlation id, grouped."""
        return support_code(self.correlation_id or "")


class InvalidRequest(DexCareError):
    """400: DexCare refused a field; ``message`` holds its reason."""

    code = "invalid_request"
    answered = True


class PatientNotLinked(InvalidRequest):
    """400 'Patient has no links': the record has no demographics link in this EHR."""

    code = "patient_not_linked"


class Unauthorized(DexCareError):
    """401/403: the API key or the token was refused, even after one refresh."""

    code = "unauthorized"


class NotFound(DexCareError):
    code = "not_found"
    answered = True


class PatientNotFound(NotFound):
    code = "patient_not_found"


class BookingConflict(DexCareError):
    """409: the EHR refused the booking because of another appointment."""

    code = "unknown_conflict"
    answered = True


class SlotUnavailable(BookingConflict):
    code = "slot_unavailable"


class PatientDoubleBooked(BookingConflict):
    code = "patient_double_booked"


class UnknownAppointmentConflict(BookingConflict):
    code = "unknown_conflict"


class NotOnProviderPanel(DexCareError):
    """412: the provider only sees patients on their panel."""

    code = "not_on_panel"
    answered = True


class AccountLocked(DexCareError):
    code = "account_locked"
    answered = True


class ServerError(DexCareError):
    """5xx, or a status DexCare does not document."""

    code = "server_error"


class CannotConnect(DexCareError):
    """No connection could be made; nothing reached DexCare."""

    code = "cannot_connect"


class TimedOut(DexCareError):
    """A safe request (a read, or find-or-create) got no answer in time."""

    code = "timed_out"


class TimedOutBeforeSending(TimedOut):
    """No connection in time; the request never left the kiosk."""

    code = "timed_out_before_sending"


class OutcomeUnknown(DexCareError):
    """The booking was sent but no answer came back: it may or may not have been made.
    Never resend on your own; a person must check."""

    code = "outcome_unknown"


class UnexpectedResponse(DexCareError):
    """The answer was not JSON, or not the documented shape."""

    code = "unexpected_response"


def _message(body: bytes) -> str:
    """DexCare's error bodies differ per service (api ref. section 6): take the first message."""
    text = body.decode("utf-8", errors="replace")
    try:
        data = json.loads(text)
    except ValueError:
        return text.strip()[:500]
    if isinstance(data, dict):
        for key in ("message", "error", "errorMessage", "detail", "title", "code"):
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()[:500]
    if isinstance(data, str):
        return data[:500]
    return text.strip()[:500]


def error_from_response(
    status: int, body: bytes, *, correlation_id: str | None = None
) -> DexCareError:
    """The one mapping from a DexCare error answer to a typed error (as the official SDKs do it,
    telling 409s apart by text in the raw body)."""
    raw = body.decode("utf-8", errors="replace")
    message = _message(body)
    kw = {"correlation_id": correlation_id, "status": status}
    cls: type[DexCareError]
    if status in (400, 422, 432):
        cls = PatientNotLinked if "Patient has no links" in raw else InvalidRequest
    elif status in (401, 403):
        cls = Unauthorized
    elif status == 404:
        cls = PatientNotFound if "Patient not found" in raw else NotFound
    elif status == 409:
        if "SlotUnavailable" in raw:
            cls = SlotUnavailable
        elif "PatientDoubleBooked" in raw:
            cls = PatientDoubleBooked
        else:
            cls = UnknownAppointmentConflict
    elif status == 412:
        cls = NotOnProviderPanel
    elif status == 423:
        cls = AccountLocked
    else:
        cls = ServerError
    return cls(message, **kw)  # type: ignore[arg-type]


def error_from_transport(
    exc: httpx.TransportError, *, may_have_arrived_matters: bool, correlation_id: str | None = None
) -> DexCareError:
    """Map an httpx transport failure. ``may_have_arrived_matters`` is true for the booking POST:
    once the request may have reached DexCare, its outcome is unknown."""
    kw = {"correlation_id": correlation_id}
    if isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout)):
        return TimedOutBeforeSending(type(exc).__name__, **kw)  # type: ignore[arg-type]
    if isinstance(exc, (httpx.ConnectError, httpx.UnsupportedProtocol, httpx.ProxyError)):
        return CannotConnect(type(exc).__name__, **kw)  # type: ignore[arg-type]
    if may_have_arrived_matters:
        return OutcomeUnknown(type(exc).__name__, **kw)  # type: ignore[arg-type]
    if isinstance(exc, httpx.TimeoutException):
        return TimedOut(type(exc).__name__, **kw)  # type: ignore[arg-type]
    return CannotConnect(type(exc).__name__, **kw)  # type: ignore[arg-type]
