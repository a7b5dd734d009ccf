from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain import DEFAULT_SCHEDULING_URL, HandoffUrlInvalid, handoff_url


def test_the_guides_department_example() -> None:
    url = handoff_url(
        DEFAULT_SCHEDULING_URL, time_slot="2021-04-24T15:40:00-07:00", brand="Acme",
        department_url_name="AcmeC4",
    )  # fmt: skip
    assert url == (
        "https://scheduling.care.dexcarehealth.com/retail"
        "?timeSlot=2021-04-24T15:40:00-07:00&departmentUrlName=AcmeC4&brand=Acme"
    )


def test_plus_offsets_are_percent_encoded() -> None:
    url = handoff_url(DEFAULT_SCHEDULING_URL, time_slot="2026-11-23T09:00:00+05:30", brand="Acme",
                      department_url_name="X")  # fmt: skip
    assert "timeSlot=2026-11-23T09:00:00%2B05:30" in url
    assert parse_qs(urlsplit(url).query)["timeSlot"] == ["2026-11-23T09:00:00+05:30"]


def test_care_options_variant() -> None:
    url = handoff_url(
        "https://scheduling.example.org/retail", time_slot="2026-11-23T09:00:00-08:00",
        brand="Big Health & Co", search_context="ctx/with?odd=chars&more",
    )  # fmt: skip
    query = parse_qs(urlsplit(url).query)
    assert query == {
        "timeSlot": ["2026-11-23T09:00:00-08:00"],
        "brand": ["Big Health & Co"],
        "aggregate": ["true"],
        "searchContext": ["ctx/with?odd=chars&more"],
    }
    assert "departmentUrlName" not in url


def test_accepts_an_aware_datetime() -> None:
    when = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("America/Denver"))
    url = handoff_url(DEFAULT_SCHEDULING_URL, time_slot=when, brand="A", department_url_name="B")
    assert "timeSlot=2026-11-23T09:00:00-07:00" in url


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"brand": "", "department_url_name": "X"}, "brand"),
        ({"brand": "   ", "department_url_name": "X"}, "brand"),
        ({"brand": "A"}, "departmentUrlName"),
        ({"brand": "A", "department_url_name": "X", "search_context": "c"}, "departmentUrlName"),
        (
            {"brand": "A", "department_url_name": "X", "time_slot": "2026-11-23T09:00:00"},
            "timeSlot",
        ),
        ({"brand": "A", "department_url_name": "X", "time_slot": "tomorrow"}, "timeSlot"),
        (
            {"brand": "A", "department_url_name": "X", "base": "http://scheduling.example.org/r"},
            "base",
        ),
        ({"brand": "A", "department_url_name": "X", "base": "ftp://x/r"}, "base"),
        ({"brand": "A", "department_url_name": "X", "base": "https://x/r?a=1"}, "base"),
        ({"brand": "A\n", "department_url_name": "X\x01"}, "departmentUrlName"),
    ],
)
def test_bad_values_are_refused(kwargs: dict[str, str], path: str) -> None:
    base = kwargs.pop("base", DEFAULT_SCHEDULING_URL)
    kwargs.setdefault("time_slot", "2026-11-23T09:00:00-08:00")
    with pytest.raises(HandoffUrlInvalid) as info:
        handoff_url(base, **kwargs)  # type: ignore[arg-type]
    assert path in info.value.paths()


def test_plain_http_is_allowed_on_loopback_only() -> None:
    url = handoff_url("http://127.0.0.1:8080/retail", time_slot="2026-11-23T09:00:00-08:00", brand="A",
                      department_url_name="B")  # fmt: skip
    assert url.startswith("http://127.0.0.1:8080/retail?")
