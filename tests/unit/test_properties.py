"""Arbitrary input to the models, the codec and the URL builder gets only the typed error."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain import (
    HandoffUrlInvalid,
    InvalidInput,
    SlotIdInvalid,
    decode_slot_id,
    handoff_url,
    parse_booking,
    parse_demographics,
)

EXAMPLES = Path(__file__).parents[2] / "resources" / "examples"
SELF_PAY = json.loads((EXAMPLES / "booking-self-pay.json").read_text())
CHILD = json.loads((EXAMPLES / "booking-child-with-guardian.json").read_text())

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


def mutate(base: dict[str, Any], path: list[str], value: Any) -> dict[str, Any]:
    body = json.loads(json.dumps(base))
    target = body
    for key in path[:-1]:
        nxt = target.get(key)
        if not isinstance(nxt, dict):
            return body
        target = nxt
    target[path[-1]] = value
    return body


FIELD_PATHS = (
    [["visitDetails", k] for k in SELF_PAY["visitDetails"]]
    + [["patient", "address", k] for k in ("line1", "line2", "city", "state", "postalCode")]
    + [
        ["billingInfo", k]
        for k in ("paymentMethod", "declaration", "dateOfBirth", "insuranceMemberId", "couponCode")
    ]
    + [["actor", k] for k in CHILD["actor"]]
    + [["actor"], ["billingInfo"], ["patient"]]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([SELF_PAY, CHILD]), st.sampled_from(FIELD_PATHS), json_values)
def test_any_field_value_gives_a_booking_or_invalid_input(
    base: dict[str, Any], path: list[str], value: Any
) -> None:
    body = mutate(base, path, value)
    try:
        booking = parse_booking(body)
    except InvalidInput as err:
        assert err.problems
        assert all(p.message for p in err.problems)
    else:
        # whatever is accepted goes out and comes back unchanged
        wire = booking.to_wire()
        assert parse_booking(wire).to_wire() == wire


@settings(max_examples=200)
@given(json_values)
def test_any_document_gives_only_invalid_input(value: Any) -> None:
    for parse in (parse_booking, parse_demographics):
        try:
            parse(value)
        except InvalidInput:
            pass


@settings(max_examples=300)
@given(st.text(max_size=200) | st.binary(max_size=150).map(lambda b: base64.b64encode(b).decode()))
def test_any_text_decodes_or_gives_slot_id_invalid(text: str) -> None:
    try:
        slot = decode_slot_id(text)
    except SlotIdInvalid as err:
        assert err.problems[0].path == "slotId"
    else:
        assert slot.raw == text


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(["date", "time", "duration", "visitTypeId", "timezone", "departmentId"]),
                       json_values))  # fmt: skip
def test_any_json_object_in_a_slot_id_decodes_or_gives_slot_id_invalid(obj: dict[str, Any]) -> None:
    text = base64.b64encode(json.dumps(obj).encode()).decode()
    try:
        decode_slot_id(text)
    except SlotIdInvalid:
        pass


@settings(max_examples=300)
@given(
    base=st.sampled_from(["https://scheduling.example.org/retail", "http://x/r", "nonsense", ""])
    | st.text(max_size=30),
    time_slot=st.text(max_size=30)
    | st.sampled_from(["2026-11-23T09:00:00+01:00", "2026-11-23T09:00:00"]),
    brand=st.text(max_size=20),
    department=st.none() | st.text(max_size=20),
    context=st.none() | st.text(max_size=20),
)
def test_any_hand_off_values_give_a_url_or_handoff_url_invalid(
    base: str, time_slot: str, brand: str, department: str | None, context: str | None
) -> None:
    try:
        url = handoff_url(base, time_slot=time_slot, brand=brand, department_url_name=department,
                          search_context=context)  # fmt: skip
    except HandoffUrlInvalid as err:
        assert err.problems
    else:
        assert " " not in url and "+" not in url.split("?", 1)[1]
