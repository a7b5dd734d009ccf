"""What went wrong, as one enum every screen and the staff panel share.

DexCare's failures arrive as typed errors with a stable ``code`` (kiosk.dexcare.errors); the
kiosk's own (the web page, its certificate, the configuration, the kiosk itself) have no
DexCare error. Both become an :class:`ErrorKind` here; the UI words each kind once
(``kiosk.qt.wording.error_words``). Pure Python: no Qt, no network.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    # The way to DexCare (nothing was booked; trying again is safe)
    CANNOT_CONNECT = "cannot_connect"
    TIMED_OUT = "timed_out"
    SERVER_ERROR = "server_error"
    # DexCare answered, but the kiosk cannot go on
    UNAUTHORIZED = "unauthorized"
    UNEXPECTED_RESPONSE = "unexpected_response"
    NOT_FOUND = "not_found"
    # A booking DexCare or the EHR refused, or whose outcome nobody knows
    SLOT_TAKEN = "slot_unavailable"
    DOUBLE_BOOKED = "patient_double_booked"
    EHR_CONFLICT = "unknown_conflict"
    NOT_ON_PANEL = "not_on_panel"
    ACCOUNT_LOCKED = "account_locked"
    PATIENT_NOT_FOUND = "patient_not_found"
    PATIENT_NOT_LINKED = "patient_not_linked"
    FIELD_REFUSED = "invalid_request"
    OUTCOME_UNKNOWN = "outcome_unknown"
    # The kiosk's own
    PAGE_FAILED = "page_failed"
    PAGE_CERTIFICATE = "page_certificate"
    MISCONFIGURED = "misconfigured"
    JOURNAL_UNAVAILABLE = "journal_unavailable"  # the attempt could not be recorded: not sent
    UNEXPECTED = "unexpected"

    @classmethod
    def of_code(cls, code: str) -> ErrorKind:
        """The kind of a DexCare error's (or a journal row's) code; unknown codes are unexpected."""
        return _BY_CODE.get(code, cls.UNEXPECTED)

    @property
    def retry_is_safe(self) -> bool:
        """Nothing was booked and the way there failed: the patient may simply try again."""
        return self in _RETRY_SAFE

    @property
    def for_the_front_desk(self) -> bool:
        """Only staff can sort it out (or nobody knows whether DexCare booked)."""
        return self in _FRONT_DESK


_BY_CODE: dict[str, ErrorKind] = {kind.value: kind for kind in ErrorKind} | {
    "timed_out_before_sending": ErrorKind.TIMED_OUT,
    "dexcare_error": ErrorKind.UNEXPECTED_RESPONSE,
}
_RETRY_SAFE = frozenset({ErrorKind.CANNOT_CONNECT, ErrorKind.TIMED_OUT, ErrorKind.SERVER_ERROR})
_FRONT_DESK = frozenset({
    ErrorKind.DOUBLE_BOOKED, ErrorKind.EHR_CONFLICT, ErrorKind.NOT_ON_PANEL,
    ErrorKind.ACCOUNT_LOCKED, ErrorKind.PATIENT_NOT_FOUND, ErrorKind.PATIENT_NOT_LINKED,
    ErrorKind.OUTCOME_UNKNOWN, ErrorKind.UNAUTHORIZED, ErrorKind.NOT_FOUND,
    ErrorKind.UNEXPECTED_RESPONSE, ErrorKind.FIELD_REFUSED, ErrorKind.JOURNAL_UNAVAILABLE,
})  # fmt: skip
