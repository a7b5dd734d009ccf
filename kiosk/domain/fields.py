"""Reusable, validated field types for the booking models.

Each type cleans its input (trims spaces, normalises formats) and raises a PydanticCustomError with
a stable code and a plain message, which :mod:`kiosk.domain.errors` turns into a ``Problem``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BeforeValidator, PlainSerializer
from pydantic_core import PydanticCustomError

# USPS codes: the states, DC, and the territories and military "states" a US EHR can hold.
US_STATES: frozenset[str] = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "DC",
        "PR",
        "GU",
        "VI",
        "AS",
        "MP",
        "AA",
        "AE",
        "AP",
    ]
)

_ZIP = re.compile(r"\d{5}(-\d{4})?")
OLDEST_BIRTH_DATE = date(1900, 1, 1)


def _fail(code: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(code, message)


def _clean_text(value: Any) -> Any:
    """Trim, fold runs of white space, refuse control characters (never typed into a form)."""
    if not isinstance(value, str):
        return value
    value = unicodedata.normalize("NFC", value)
    if any(
        unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in value if ch not in "\t\r\n"
    ):
        raise _fail("control_characters", "contains characters that cannot be typed")
    return " ".join(value.split())


def _limit(max_len: int, min_len: int = 1) -> AfterValidator:
    def check(value: str) -> str:
        if len(value) < min_len:
            raise (
                _fail("required", "required")
                if min_len == 1
                else _fail("too_short", f"must be at least {min_len} characters")
            )
        if len(value) > max_len:
            raise _fail("too_long", f"must be at most {max_len} characters")
        return value

    return AfterValidator(check)


# Free-text fields: cleaned, non-empty, at most N characters.
Text60 = Annotated[str, BeforeValidator(_clean_text), _limit(60)]
Text80 = Annotated[str, BeforeValidator(_clean_text), _limit(80)]
Text100 = Annotated[str, BeforeValidator(_clean_text), _limit(100)]
Text500 = Annotated[str, BeforeValidator(_clean_text), _limit(500)]


def identifier(max_len: int, pattern: str, what: str) -> AfterValidator:
    """A code-like value (ids, member numbers): stripped, non-empty, matching ``pattern``."""
    rx = re.compile(pattern)

    def check(value: str) -> str:
        if not value:
            raise _fail("required", "required")
        if len(value) > max_len:
            raise _fail("too_long", f"must be at most {max_len} characters")
        if not rx.fullmatch(value):
            raise _fail("invalid_format", f"must be {what}")
        return value

    return AfterValidator(check)


def strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


# Names: letters in any script, spaces, apostrophes, hyphens and periods ("O'Brien", "Ana-María").
_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[ '’.\-])*")


def _name(value: str) -> str:
    if not _NAME.fullmatch(value):
        raise _fail("invalid_name", "may only contain letters, spaces, apostrophes and hyphens")
    return value


PersonName = Annotated[str, BeforeValidator(_clean_text), _limit(60), AfterValidator(_name)]


def _state(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip().upper()
        if value not in US_STATES:
            raise _fail("invalid_state", "must be a two-letter US state code")
    return value


UsState = Annotated[str, BeforeValidator(_state)]


def _zip(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if not _ZIP.fullmatch(value) or int(value[:5]) < 501:
            raise _fail("invalid_zip", "must be a ZIP code like 12345 or 12345-6789")
    return value


ZipCode = Annotated[str, BeforeValidator(_zip)]


def normalize_phone(value: str) -> str:
    """A US phone number as ``NNN-NNN-NNNN`` (the guide's format), or a PydanticCustomError."""
    try:
        number = phonenumbers.parse(value, "US")
    except phonenumbers.NumberParseException:
        raise _fail("invalid_phone", "must be a 10-digit US phone number") from None
    national = str(number.national_number)
    possible = phonenumbers.is_possible_number(number)
    if number.country_code != 1 or not possible or len(national) != 10 or national[0] in "01":
        raise _fail("invalid_phone", "must be a 10-digit US phone number")
    if number.extension:
        raise _fail("invalid_phone", "must not have an extension")
    return f"{national[:3]}-{national[3:6]}-{national[6:]}"


def _phone(value: Any) -> Any:
    if isinstance(value, str):
        if len(value) > 30:
            raise _fail("invalid_phone", "must be a 10-digit US phone number")
        return normalize_phone(value)
    return value


Phone = Annotated[str, BeforeValidator(_phone)]


def _email(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if len(value) > 254:
            raise _fail("invalid_email", "must be an email address like name@example.com")
        try:
            return validate_email(value, check_deliverability=False).normalized
        except EmailNotValidError:
            raise _fail("invalid_email", "must be an email address like name@example.com") from None
    return value


Email = Annotated[str, BeforeValidator(_email)]

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_US_DATE = re.compile(r"(\d{2})-(\d{2})-(\d{4})")


def latest_possible_today() -> date:
    """Today's date where it is latest on Earth (UTC+14): a birth date after it is in the future
    wherever this kiosk stands, without depending on the machine's time zone."""
    return (datetime.now(UTC) + timedelta(hours=14)).date()


def parse_date(value: Any) -> Any:
    """Accept ``YYYY-MM-DD`` or ``MM-DD-YYYY`` (DexCare's docs use both) and real dates only."""
    if isinstance(value, datetime):
        raise _fail("invalid_date", "must be a date, not a date and time")
    if isinstance(value, date) or not isinstance(value, str):
        return value
    text = value.strip()
    if m := _ISO_DATE.fullmatch(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _US_DATE.fullmatch(text):
        mo, d, y = int(m[1]), int(m[2]), int(m[3])
    else:
        raise _fail("invalid_date", "must be a date like 1990-01-31")
    try:
        return date(y, mo, d)
    except ValueError:
        raise _fail("invalid_date", "is not a real calendar date") from None


def _past_date(value: date) -> date:
    if value > latest_possible_today():
        raise _fail("future_date", "must not be in the future")
    if value < OLDEST_BIRTH_DATE:
        raise _fail("too_old", "must be after 1900-01-01")
    return value


BirthDate = Annotated[
    date,
    BeforeValidator(parse_date),
    AfterValidator(_past_date),
    PlainSerializer(lambda d: d.isoformat(), return_type=str, when_used="json"),
]
