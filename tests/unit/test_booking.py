"""The providerbooking rules of the booking guide, each valid and invalid."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain import InvalidInput, ProviderBooking, parse_booking
from kiosk.domain.booking import npi_is_valid

EXAMPLES = Path(__file__).parents[2] / "resources" / "examples"


def example(name: str = "booking-self-pay.json") -> dict[str, Any]:
    return json.loads((EXAMPLES / name).read_text())


def problems_of(body: Any) -> dict[str, str]:
    with pytest.raises(InvalidInput) as info:
        parse_booking(body)
    return {p.path: p.code for p in info.value.problems}


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.json")))
def test_every_documented_example_is_accepted(name: str) -> None:
    body = example(name)
    wire = parse_booking(body).to_wire()
    assert wire["visitDetails"]["slotId"] == body["visitDetails"]["slotId"]
    assert set(wire) == set(body)


def test_the_child_example_keeps_sex_and_group_number() -> None:
    wire = parse_booking(example("booking-child-with-guardian.json")).to_wire()
    assert wire["billingInfo"]["sex"] == "female"
    assert wire["billingInfo"]["insuranceGroupNumber"] == "GRP00123"
    assert wire["actor"]["relationshipToPatient"] == "mother"
    assert wire["actor"]["phone"] == "555-555-5555"


def test_none_fields_are_never_sent() -> None:
    body = example()
    body["patient"]["address"].pop("line2")
    wire = parse_booking(body).to_wire()
    assert "line2" not in wire["patient"]["address"]
    assert "actor" not in wire
    assert "null" not in json.dumps(wire)


def test_field_names_and_casing_are_dexcares() -> None:
    wire = parse_booking(example("booking-child-with-guardian.json")).to_wire()
    assert set(wire["visitDetails"]) == {
        "declaration", "departmentId", "ehrSystemName", "nationalProviderId", "slotId",
        "visitReason", "visitTypeId",
    }  # fmt: skip
    assert set(wire["patient"]["address"]) == {"line1", "line2", "city", "state", "postalCode"}


@pytest.mark.parametrize(
    "field", ["declaration", "departmentId", "ehrSystemName", "nationalProviderId", "slotId",
              "visitReason", "visitTypeId"],
)  # fmt: skip
def test_every_visit_details_field_is_required(field: str) -> None:
    body = example()
    del body["visitDetails"][field]
    assert problems_of(body) == {f"visitDetails.{field}": "missing"}


def test_actor_is_required_for_someone_else() -> None:
    body = example()
    body["visitDetails"]["declaration"] = "other"
    assert problems_of(body) == {"actor": "required"}


def test_actor_is_dropped_for_self_even_when_invalid() -> None:
    body = example()
    body["actor"] = {"firstName": ""}
    assert "actor" not in parse_booking(body).to_wire()


def test_billing_info_is_always_required() -> None:
    body = example()
    del body["billingInfo"]
    assert problems_of(body) == {"billingInfo": "missing"}


def test_insurance_needs_type_payer_and_member_id() -> None:
    body = example()
    body["billingInfo"] = {"paymentMethod": "insurance", "declaration": "self"}
    assert problems_of(body) == {
        "billingInfo.insuranceType": "required",
        "billingInfo.insuranceProviderId": "required",
        "billingInfo.insuranceMemberId": "required",
    }


def test_insurance_group_number_is_optional_but_checked() -> None:
    body = example("booking-insurance.json")
    del body["billingInfo"]["insuranceGroupNumber"]
    parse_booking(body)
    body["billingInfo"]["insuranceGroupNumber"] = "G" * 31
    assert problems_of(body) == {"billingInfo.insuranceGroupNumber": "too_long"}


def test_couponcode_needs_a_coupon_code() -> None:
    body = example()
    body["billingInfo"] = {"paymentMethod": "couponcode"}
    assert problems_of(body) == {"billingInfo.couponCode": "required"}
    body["billingInfo"]["couponCode"] = "SPRING-2026"
    assert parse_booking(body).to_wire()["billingInfo"] == {
        "paymentMethod": "couponcode",
        "couponCode": "SPRING-2026",
    }


def test_fields_of_another_payment_method_are_refused() -> None:
    body = example()
    body["billingInfo"]["insuranceMemberId"] = "X1"
    body["billingInfo"]["couponCode"] = "C1"
    assert problems_of(body) == {
        "billingInfo.insuranceMemberId": "not_allowed",
        "billingInfo.couponCode": "not_allowed",
    }


def test_subscriber_names_and_birth_date_when_declaration_is_other() -> None:
    body = example("booking-insurance.json")
    body["billingInfo"]["declaration"] = "other"
    assert problems_of(body) == {
        "billingInfo.firstName": "required",
        "billingInfo.lastName": "required",
        "billingInfo.dateOfBirth": "required",
    }
    body["billingInfo"].update(firstName="Ana", lastName="Ruiz", dateOfBirth="1970-03-04")
    parse_booking(body)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("visitDetails", "declaration"), "guardian"),
        (("billingInfo", "paymentMethod"), "creditcard"),
        (("billingInfo", "paymentMethod"), "external-self-pay"),
        (("billingInfo", "declaration"), "spouse"),
    ],
)
def test_only_documented_enum_values(path: tuple[str, str], value: str) -> None:
    body = example()
    body[path[0]][path[1]] = value
    assert ".".join(path) in problems_of(body)


def test_gender_values_are_the_documented_ones() -> None:
    body = example("booking-child-with-guardian.json")
    for ok in ("other", "female", "male", "unknown", "nonbinary"):
        body["actor"]["gender"] = ok
        parse_booking(body)
    body["actor"]["gender"] = "Male"
    assert problems_of(body) == {"actor.gender": "enum"}


def test_insurance_type_enum() -> None:
    body = example("booking-insurance.json")
    body["billingInfo"]["insuranceType"] = "other"
    parse_booking(body)
    body["billingInfo"]["insuranceType"] = "card"
    assert problems_of(body) == {"billingInfo.insuranceType": "enum"}


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("2023-02-30", "invalid_date"),
        ("02-30-2023", "invalid_date"),
        ("2023/02/03", "invalid_date"),
        ("1899-12-31", "too_old"),
        ((date.today() + timedelta(days=3)).isoformat(), "future_date"),
    ],
)
def test_birth_dates_are_real_and_not_in_the_future(value: str, code: str) -> None:
    body = example("booking-child-with-guardian.json")
    body["actor"]["dateOfBirth"] = value
    assert problems_of(body) == {"actor.dateOfBirth": code}


def test_billing_birth_date_accepts_both_input_formats_and_emits_the_setting() -> None:
    body = example("booking-child-with-guardian.json")
    body["billingInfo"]["dateOfBirth"] = "11-09-2000"
    booking = parse_booking(body)
    assert booking.to_wire()["billingInfo"]["dateOfBirth"] == "2000-11-09"
    assert booking.to_wire("MM-DD-YYYY")["billingInfo"]["dateOfBirth"] == "11-09-2000"
    # the setting changes only billingInfo; the actor stays YYYY-MM-DD
    assert booking.to_wire("MM-DD-YYYY")["actor"]["dateOfBirth"] == "1985-06-15"


@pytest.mark.parametrize("state", ["wa", "WA", " ny ", "DC", "PR"])
def test_us_state_codes(state: str) -> None:
    body = example()
    body["patient"]["address"]["state"] = state
    assert parse_booking(body).patient.address.state == state.strip().upper()


@pytest.mark.parametrize("state", ["Washington", "XX", "W", ""])
def test_bad_state_codes(state: str) -> None:
    body = example()
    body["patient"]["address"]["state"] = state
    assert problems_of(body) == {"patient.address.state": "invalid_state"}


@pytest.mark.parametrize("zip_code", ["98092", "98092-1234", "00501"])
def test_zip_codes(zip_code: str) -> None:
    body = example()
    body["patient"]["address"]["postalCode"] = zip_code
    parse_booking(body)


@pytest.mark.parametrize("zip_code", ["9809", "980921", "98092-12", "98092 1234", "00000", "ABCDE"])
def test_bad_zip_codes(zip_code: str) -> None:
    body = example()
    body["patient"]["address"]["postalCode"] = zip_code
    assert problems_of(body) == {"patient.address.postalCode": "invalid_zip"}


@pytest.mark.parametrize(
    ("phone", "normalized"),
    [("555-555-5555", "555-555-5555"), ("(206) 555-0100", "206-555-0100"), ("+1 206 555 0100", "206-555-0100"),
     ("2065550100", "206-555-0100")],
)  # fmt: skip
def test_phones_are_validated_and_normalized(phone: str, normalized: str) -> None:
    body = example("booking-child-with-guardian.json")
    body["actor"]["phone"] = phone
    assert parse_booking(body).to_wire()["actor"]["phone"] == normalized


@pytest.mark.parametrize("phone", ["555-5555", "12345678901234", "+44 20 7946 0958", "call me", ""])
def test_bad_phones(phone: str) -> None:
    body = example("booking-child-with-guardian.json")
    body["actor"]["phone"] = phone
    assert problems_of(body) == {"actor.phone": "invalid_phone"}


@pytest.mark.parametrize("email", ["no-at-sign", "a@b", "two@@example.com", "x@example..com"])
def test_bad_emails(email: str) -> None:
    body = example("booking-child-with-guardian.json")
    body["actor"]["email"] = email
    assert problems_of(body) == {"actor.email": "invalid_email"}


def test_visit_reason_is_trimmed_non_empty_and_limited() -> None:
    body = example()
    body["visitDetails"]["visitReason"] = "  fever \n and   cough "
    assert parse_booking(body).visitDetails.visitReason == "fever and cough"
    body["visitDetails"]["visitReason"] = "   "
    assert problems_of(body) == {"visitDetails.visitReason": "required"}
    body["visitDetails"]["visitReason"] = "x" * 501
    assert problems_of(body) == {"visitDetails.visitReason": "too_long"}


@pytest.mark.parametrize(
    ("path", "limit"),
    [(("patient", "address", "line1"), 100), (("patient", "address", "city"), 60)],
)
def test_free_text_length_limits(path: tuple[str, ...], limit: int) -> None:
    body = example()
    target = body
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = "a" * limit
    parse_booking(body)
    target[path[-1]] = "a" * (limit + 1)
    assert problems_of(body) == {".".join(path): "too_long"}


def test_names_refuse_digits_and_control_characters() -> None:
    body = example("booking-child-with-guardian.json")
    body["actor"]["firstName"] = "J4ne"
    assert problems_of(body) == {"actor.firstName": "invalid_name"}
    body["actor"]["firstName"] = "Jane\x00"
    assert problems_of(body) == {"actor.firstName": "control_characters"}
    body["actor"]["firstName"] = "Ana-María O'Brien"
    parse_booking(body)


def test_npi_check_digit() -> None:
    assert npi_is_valid("1629394572")
    assert not npi_is_valid("1629394573")
    body = example()
    body["visitDetails"]["nationalProviderId"] = "1629394573"
    assert problems_of(body) == {"visitDetails.nationalProviderId": "invalid_npi"}


def test_slot_id_is_sent_back_byte_for_byte() -> None:
    body = example()
    body["visitDetails"]["slotId"] = body["visitDetails"]["slotId"].rstrip("=")
    assert parse_booking(body).to_wire()["visitDetails"]["slotId"] == body["visitDetails"]["slotId"]
    body["visitDetails"]["slotId"] = " padded "
    assert problems_of(body) == {"visitDetails.slotId": "invalid_slot_id"}


def test_unknown_fields_are_refused_with_their_path() -> None:
    body = example()
    body["visitDetails"]["visitReasons"] = "typo"
    assert problems_of(body) == {"visitDetails.visitReasons": "extra_forbidden"}


def test_every_problem_is_reported_at_once() -> None:
    body = copy.deepcopy(example())
    body["visitDetails"]["declaration"] = "other"
    body["billingInfo"] = {"paymentMethod": "insurance", "declaration": "self"}
    body["patient"]["address"]["postalCode"] = "1"
    assert set(problems_of(body)) == {
        "actor", "billingInfo.insuranceType", "billingInfo.insuranceProviderId",
        "billingInfo.insuranceMemberId", "patient.address.postalCode",
    }  # fmt: skip


def test_problems_read_well() -> None:
    body = example()
    body["visitDetails"]["declaration"] = "other"
    with pytest.raises(InvalidInput) as info:
        parse_booking(body)
    assert str(info.value.problems[0]) == 'actor: required when visitDetails.declaration is "other"'


@pytest.mark.parametrize("data", [None, [], "text", 3])
def test_non_objects_are_refused(data: Any) -> None:
    assert problems_of(data) == {"": "model_type"}


def test_models_are_frozen() -> None:
    booking = parse_booking(example())
    with pytest.raises(Exception, match="frozen"):
        booking.visitDetails.visitReason = "changed"  # type: ignore[misc]
    assert isinstance(booking, ProviderBooking)
