from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest

from kiosk.domain import SlotIdInvalid, decode_slot_id
from tests.helpers import EXAMPLE_SLOT_ID


def encode(obj: object, *, urlsafe: bool = False, pad: bool = True) -> str:
    raw = json.dumps(obj).encode()
    text = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(raw).decode()
    return text if pad else text.rstrip("=")


GOOD = {
    "date": "2026-11-23", "time": "14:40:00", "duration": 30, "visitTypeId": "1234003",
    "visitType": "NewPatient", "timezone": "America/Los_Angeles", "departmentId": "123446001",
    "slotType": "NewPatient", "version": "3.0",
}  # fmt: skip


def test_decodes_the_guides_example() -> None:
    slot = decode_slot_id(EXAMPLE_SLOT_ID)
    assert slot.to_json() == {
        "date": "2023-01-05", "time": "14:40:00", "duration": 30, "visitTypeId": "1234003",
        "visitType": "NewPatient", "timezone": "America/Los_Angeles", "departmentId": "123446001",
        "slotType": "NewPatient", "version": "3.0", "startsAt": "2023-01-05T14:40:00-08:00",
    }  # fmt: skip
    assert slot.raw == EXAMPLE_SLOT_ID


@pytest.mark.parametrize(
    ("urlsafe", "pad"), [(False, True), (False, False), (True, True), (True, False)]
)
def test_standard_and_url_safe_with_or_without_padding(urlsafe: bool, pad: bool) -> None:
    # "?>" in a value makes the standard and URL-safe alphabets actually differ
    obj = {**GOOD, "visitType": "New?>Patient~~"}
    text = encode(obj, urlsafe=urlsafe, pad=pad)
    slot = decode_slot_id(text)
    assert slot.visit_type == "New?>Patient~~"
    assert slot.raw == text


def test_duration_may_be_a_string() -> None:
    assert decode_slot_id(encode({**GOOD, "duration": "20"})).duration_minutes == 20


def test_has_started_is_judged_in_the_slots_own_zone() -> None:
    slot = decode_slot_id(encode(GOOD))  # 14:40 in Los Angeles = 22:40 UTC (PST)
    assert not slot.has_started(datetime(2026, 11, 23, 22, 39, tzinfo=UTC))
    assert slot.has_started(datetime(2026, 11, 23, 22, 40, tzinfo=UTC))
    # A kiosk clock in New York at 17:39 local is still before the slot.
    from zoneinfo import ZoneInfo

    assert not slot.has_started(datetime(2026, 11, 23, 17, 39, tzinfo=ZoneInfo("America/New_York")))
    with pytest.raises(ValueError, match="aware"):
        slot.has_started(datetime(2026, 11, 23, 12, 0))


def test_daylight_saving_is_respected() -> None:
    summer = decode_slot_id(encode({**GOOD, "date": "2026-07-01"}))
    assert summer.starts_at.isoformat() == "2026-07-01T14:40:00-07:00"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty"),
        ("not base64!", "base64"),
        ("abc", "slot description"),
        ("YW=Jj", "base64"),
        (encode("just a string"), "slot description"),
        (base64.b64encode(b"\xff\xfe").decode(), "slot description"),
        (encode({**GOOD, "date": "2026-02-30"}), "date"),
        (encode({**GOOD, "time": "25:00"}), "time"),
        (encode({**GOOD, "time": "14:40:00-07:00"}), "offset"),
        (encode({**GOOD, "duration": 0}), "duration"),
        (encode({**GOOD, "duration": True}), "duration"),
        (encode({**GOOD, "timezone": "Mars/Olympus"}), "time zone"),
        (encode({k: v for k, v in GOOD.items() if k != "departmentId"}), "departmentId"),
        ("A" * 5000, "too long"),
    ],
)
def test_garbage_gets_a_clear_error(text: str, fragment: str) -> None:
    with pytest.raises(SlotIdInvalid) as info:
        decode_slot_id(text)
    assert fragment in str(info.value)
    assert info.value.problems[0].path == "slotId"
