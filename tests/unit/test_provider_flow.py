"""The provider journey's pure parts: the screen order, each field's judgement (by the domain's
own rules), and the two bodies built from the answers."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.errors import InvalidInput
from kiosk.flow import provider as pv
from kiosk.flow.journey import CareKind, FlowError, Journey, Screen

SLOT = pv.SlotRef("1520384714", "2201", "org.evergreen.epic.prd", "3001", "c2xvdA==")
PAY = pv.PaymentOptions(payers=(("aetna", "Aetna"), ("pmaor", "Premera")), coupons=True)

ME = {
    "patient.firstName": "Ana", "patient.lastName": "López", "patient.dob": "03/15/1990",
    "patient.gender": "female", "patient.phone": "(206) 555-0100", "patient.email": "ana@example.com",
    "address.line1": "12 Cedar St", "address.line2": "", "address.city": "Seattle",
    "address.state": "WA", "address.zip": "98122", "reason": "Sore throat", "pay.method": "self",
}  # fmt: skip


def form(values: dict[str, str], *, someone_else: bool = False) -> pv.Form:
    f = pv.Form(for_someone_else=someone_else)
    for k, v in values.items():
        f.set(k, v)
    return f


def to_review(j: Journey, *, someone_else: bool = False) -> None:
    j.start()
    j.choose_care(CareKind.PROVIDER)
    j.choose_provider("1520384714")
    j.choose_visit_type("3001")
    j.choose_time("s1", "2026-11-24T09:00:00-08:00")
    j.choose_who(someone_else)
    while j.screen is not Screen.REVIEW:
        j.step_done()


# --------------------------------------------------------------------------------- the journey
def test_the_provider_journey_in_order_with_and_without_a_guardian() -> None:
    j = Journey()
    j.start(), j.choose_care(CareKind.PROVIDER)
    assert j.screen is Screen.PROVIDERS
    j.choose_provider("1"), j.choose_visit_type("3001"), j.choose_time("s1", "t")
    assert j.choose_who(False) is Screen.PATIENT
    assert j.step_done() is Screen.CONTACT  # one topic a screen: who, how to reach, where
    assert j.step_done() is Screen.ADDRESS
    assert j.step_done() is Screen.REASON  # no guardian for oneself
    assert j.step_done() is Screen.PAYMENT
    assert j.step_done(holder=True) is Screen.HOLDER  # someone else's insurance
    assert j.step_done(holder=True) is Screen.REVIEW
    k = Journey()
    to_review(k, someone_else=True)
    assert Screen.GUARDIAN in k.history
    assert Screen.HOLDER not in k.history  # the patient's own insurance (or none)


def test_a_skipped_screen_is_skipped_on_the_way_back_too() -> None:
    j = Journey()
    j.start(), j.choose_care(CareKind.PROVIDER)
    j.choose_provider("1", only_one=True)
    j.choose_visit_type("3001", only_one=True)
    assert j.screen is Screen.PROVIDER_TIMES
    assert j.back() is Screen.CARE_CHOICE
    assert j.choices.provider is None and j.choices.visit_type is None


def test_edit_from_the_review_returns_to_the_review() -> None:
    j = Journey()
    to_review(j)
    history = list(j.history)
    assert j.edit(Screen.PATIENT) is Screen.PATIENT
    assert j.step_done() is Screen.REVIEW
    assert j.history == history
    j.edit(Screen.REASON)
    assert j.back() is Screen.REVIEW  # back from an edit is back to the review
    assert j.history == history
    # switching to "someone else" from the review still asks for the guardian
    j.edit(Screen.WHO)
    assert j.choose_who(True) is Screen.PATIENT  # the patient is someone else now
    assert j.step_done() is Screen.CONTACT
    assert j.step_done() is Screen.ADDRESS
    assert j.step_done() is Screen.GUARDIAN
    assert j.step_done() is Screen.REVIEW
    # switching to someone else's insurance from the review asks for the policy holder
    j.edit(Screen.PAYMENT)
    assert j.step_done(holder=True) is Screen.HOLDER
    assert j.step_done(holder=True) is Screen.REVIEW


def test_slot_taken_goes_to_the_times_and_back_to_the_review() -> None:
    j = Journey()
    to_review(j)
    j.submit()
    assert j.screen is Screen.BOOKING and not j.can_go_back
    assert j.slot_went_stale() is Screen.PROVIDER_TIMES
    assert j.choices.slot_id is None
    assert j.choose_time("s2", "t2") is Screen.REVIEW
    assert j.choices.slot_id == "s2"


def test_submitting_twice_is_refused_and_the_endings_have_no_back() -> None:
    j = Journey()
    to_review(j)
    j.submit()
    with pytest.raises(FlowError):
        j.submit()
    assert j.front_desk() is Screen.OUTCOME
    with pytest.raises(FlowError):
        j.back()
    k = Journey()
    to_review(k)
    k.submit()
    assert k.not_booked() is Screen.REVIEW
    assert k.needs_fixing(Screen.PATIENT) is Screen.PATIENT
    assert k.step_done() is Screen.REVIEW
    k.submit()
    assert k.booked() is Screen.CONFIRMED


# ------------------------------------------------------------------------------------ fields
def spec(step: Screen, key: str, f: pv.Form | None = None) -> pv.FieldSpec:
    return next(s for s in pv.fields_for(step, f or pv.Form(), PAY) if s.key == key)


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("patient.firstName", "", "required"),
        ("patient.firstName", "Ana3", "invalid_name"),
        ("patient.firstName", "Ana-María O'Neil", None),
        ("patient.phone", "555", "invalid_phone"),
        ("patient.phone", "206 555 0100", None),
        ("patient.email", "", None),  # optional
        ("patient.email", "ana@", "invalid_email"),
        ("address.zip", "9812", "invalid_zip"),
        ("address.zip", "00100", "invalid_zip"),
        ("address.zip", "98122-1234", None),
        ("address.state", "XX", "required"),
        ("address.state", "WA", None),
        ("patient.gender", "nonbinary", None),
        ("patient.dob", "13/45/1990", "invalid_date"),
        ("patient.dob", "02/30/2000", "invalid_date"),
        ("patient.dob", "01/01/2999", "future_date"),
        ("patient.dob", "01/01/1850", "too_old"),
        ("patient.dob", "//", "required"),
        ("patient.dob", "02/29/2000", None),
    ],
)
def test_each_field_is_judged_by_the_domain_rules(key: str, value: str, code: str | None) -> None:
    assert pv.check_field(spec(pv.step_of(key), key), value, "MDY") == code


def test_dates_follow_the_language_and_move_with_it() -> None:
    assert pv.parse_typed_date("03/04/2001", "MDY") == date(2001, 3, 4)
    assert pv.parse_typed_date("03/04/2001", "DMY") == date(2001, 4, 3)
    assert pv.parse_typed_date("03042001", "MDY") == date(2001, 3, 4)
    with pytest.raises(InvalidInput):
        pv.parse_typed_date("15/03/2001", "MDY")
    f = form({"patient.dob": "03/15/1990", "actor.dob": "0"})
    pv.relocalize_dates(f, "MDY", "DMY")
    assert f.get("patient.dob") == "15/03/1990"
    assert f.get("actor.dob") == "0"  # not a date yet: left alone


def test_payment_fields_follow_the_method_and_the_holder() -> None:
    f = form({"pay.method": "self"})
    assert [s.key for s in pv.fields_for(Screen.PAYMENT, f, PAY)] == ["pay.method"]
    f.set("pay.method", "insurance")
    keys = [s.key for s in pv.fields_for(Screen.PAYMENT, f, PAY)]
    assert keys == ["pay.method", "ins.payer", "ins.memberId", "ins.group", "ins.holder"]
    f.set("ins.holder", "other")
    f.set("ins.payer", pv.OTHER_PAYER)
    keys = [s.key for s in pv.fields_for(Screen.PAYMENT, f, PAY)]
    assert "ins.payerName" in keys and "sub.dob" not in keys
    assert pv.holder_needed(f)  # the policy holder has a step of their own
    assert [s.key for s in pv.fields_for(Screen.HOLDER, f, PAY)] == [
        "sub.firstName", "sub.lastName", "sub.dob", "sub.gender"
    ]  # fmt: skip
    assert "couponcode" in spec(Screen.PAYMENT, "pay.method").options
    no_coupons = pv.PaymentOptions(payers=())
    assert "couponcode" not in pv.fields_for(Screen.PAYMENT, f, no_coupons)[0].options


def test_a_step_reports_every_problem_at_once() -> None:
    def problems(step: Screen) -> dict[str, str]:
        return pv.check_step(pv.fields_for(step, pv.Form(), PAY), pv.Form(), "MDY")

    assert set(problems(Screen.PATIENT)) == {
        "patient.firstName",
        "patient.lastName",
        "patient.dob",
        "patient.gender",
    }
    assert set(problems(Screen.ADDRESS)) == {
        "address.line1",
        "address.city",
        "address.zip",
        "address.state",
    }
    assert set(problems(Screen.CONTACT)) == {"patient.phone"}  # email and unit are optional


def test_someone_elses_phone_is_optional_and_the_guardian_is_asked() -> None:
    f = form({}, someone_else=True)
    assert not spec(Screen.CONTACT, "patient.phone", f).required
    keys = [s.key for s in pv.fields_for(Screen.GUARDIAN, f, PAY)]
    assert "actor.relationship" in keys and "actor.phone" in keys


# ------------------------------------------------------------------------------------ bodies
def test_self_pay_at_the_clinic() -> None:
    f = form(ME)
    demo = pv.demographics(f, SLOT.ehr_system_name, "MDY")
    assert demo.to_wire()["mobilePhone"] == "206-555-0100"
    body = pv.booking(f, patient_guid="g-1", slot=SLOT, order="MDY").to_wire()
    assert "actor" not in body
    assert body["billingInfo"] == {"paymentMethod": "self", "declaration": "self"}
    assert body["visitDetails"]["declaration"] == "self"
    assert body["patient"]["address"] == {
        "line1": "12 Cedar St", "city": "Seattle", "state": "WA", "postalCode": "98122"
    }  # fmt: skip


def test_a_child_with_a_guardian_and_someone_elses_insurance() -> None:
    values = {k: v for k, v in ME.items() if k != "patient.phone"} | {
        "patient.firstName": "Leo", "patient.dob": "07/04/2018",
        "actor.firstName": "Ana", "actor.lastName": "López", "actor.dob": "03/15/1990",
        "actor.gender": "female", "actor.phone": "2065550100", "actor.relationship": "Mother",
        "pay.method": "insurance", "ins.payer": "pmaor", "ins.memberId": "W123456789",
        "ins.group": "G77", "ins.holder": "other", "sub.firstName": "Ana",
        "sub.lastName": "López", "sub.dob": "03/15/1990", "sub.gender": "female",
    }  # fmt: skip
    f = form(values, someone_else=True)
    # A child without a phone is reached through the guardian's.
    assert pv.demographics(f, SLOT.ehr_system_name, "MDY").mobilePhone == "206-555-0100"
    names = {"pmaor": "Moda Health"}
    body = pv.booking(f, patient_guid="g-2", slot=SLOT, order="MDY", payer_names=names).to_wire()
    assert body["visitDetails"]["declaration"] == "other"
    assert body["visitDetails"]["providerFlowPayment"] is True  # as DexCare's SDK sends it
    assert body["actor"]["relationshipToPatient"] == "Mother"
    assert body["actor"]["dateOfBirth"] == "1990-03-15"
    assert body["billingInfo"] == {
        "paymentMethod": "insurance", "declaration": "other", "insuranceType": "manual",
        "insuranceProviderId": "pmaor", "insurancePayorId": "pmaor",
        "insurancePayorName": "Moda Health", "insuranceMemberId": "W123456789",
        "insuranceGroupNumber": "G77", "firstName": "Ana", "lastName": "López",
        "gender": "female", "dateOfBirth": "1990-03-15",
    }  # fmt: skip


def test_the_fields_only_the_sdk_sends_can_be_turned_off() -> None:
    f = form(ME | {"pay.method": "insurance", "ins.payer": "pmaor", "ins.memberId": "W1",
                   "ins.holder": "self"})  # fmt: skip
    plain = pv.BodyStyle(as_the_sdk=False)
    body = pv.booking(f, patient_guid="g", slot=SLOT, order="MDY", style=plain).to_wire()
    assert "providerFlowPayment" not in body["visitDetails"]
    assert "insurancePayorId" not in body["billingInfo"]
    demographics = pv.demographics(f, SLOT.ehr_system_name, "MDY")
    assert {"email", "ssn"} <= demographics.to_wire().keys()  # "" when not given, as the SDK
    assert demographics.to_wire()["ssn"] == ""
    assert "ssn" not in demographics.to_wire(as_the_sdk=False)


def test_a_typed_insurer_and_a_coupon() -> None:
    f = form(ME | {"pay.method": "insurance", "ins.payer": pv.OTHER_PAYER,
                   "ins.payerName": "Small Co-op Health", "ins.memberId": "123", "ins.holder": "self"})  # fmt: skip
    billing = pv.booking(f, patient_guid="g", slot=SLOT, order="MDY").to_wire()["billingInfo"]
    # The SDK only ever sends "manual" (BillingInformation.swift:102-104); the clinic collects a
    # payer it does not know at the visit.
    assert billing["insuranceType"] == "manual"
    assert billing["insuranceProviderId"] == "Small Co-op Health"
    assert billing["insurancePayorName"] == "Small Co-op Health"
    other = pv.BodyStyle(typed_payer_type="other")  # a tenant whose DexCare wants "other"
    body = pv.booking(f, patient_guid="g", slot=SLOT, order="MDY", style=other).to_wire()
    assert body["billingInfo"]["insuranceType"] == "other"
    f = form(ME | {"pay.method": "couponcode", "coupon": "WELCOME10"})
    billing = pv.booking(f, patient_guid="g", slot=SLOT, order="MDY").to_wire()["billingInfo"]
    assert billing == {"paymentMethod": "couponcode", "couponCode": "WELCOME10"}


def test_a_body_the_rules_refuse_names_the_form_fields() -> None:
    f = form(ME | {"address.zip": "1", "reason": ""})
    with pytest.raises(pv.FormIncomplete) as err:
        pv.booking(f, patient_guid="g", slot=SLOT, order="MDY")
    assert err.value.fields == {"address.zip": "invalid_zip", "reason": "required"}
    assert pv.step_of("address.zip") is Screen.ADDRESS
    assert pv.step_of("patient.email") is Screen.CONTACT
    assert pv.step_of("sub.dob") is Screen.HOLDER


@pytest.mark.parametrize(
    ("message", "key"),
    [
        ("patient.address.postalCode: this ZIP code is not served here", "address.zip"),
        ("billingInfo.insuranceMemberId is not valid", "ins.memberId"),
        ("visitReason is required", "reason"),
        ("Something else went wrong", None),
    ],
)
def test_a_dexcare_refusal_is_mapped_to_its_field(message: str, key: str | None) -> None:
    assert pv.field_for_wire(message) == key


def test_member_ids_are_masked_and_providers_ordered() -> None:
    assert pv.mask_member_id("W123456789") == "•••• 6789"
    cards = [pv.ProviderCard(n, name, "", "d", "", "", "", "", ()) for n, name in
             (("1", "Zoe Adams"), ("2", "ana Bell"), ("3", "Carl Diaz"))]  # fmt: skip
    assert [c.npi for c in pv.offered_providers(cards)] == ["2", "3", "1"]
    assert [c.npi for c in pv.offered_providers(cards, ["3", "1"])] == ["3", "1"]
    assert cards[0].initials == "ZA"


def test_states_are_listed_by_their_names_then_the_territories() -> None:
    names = {"AL": "Alabama", "AK": "Alaska", "ID": "Idaho", "IA": "Iowa", "NC": "Carolina del Norte",
             "ND": "Dakota del Norte", "NE": "Nebraska", "DC": "Distrito de Columbia"}  # fmt: skip
    order = pv.state_order_by_name(lambda code: names.get(code, code))
    assert order.index("AL") < order.index("AK")  # by name, not by postal code
    assert order.index("ID") < order.index("IA")
    assert order.index("NC") < order.index("ND") < order.index("DC") < order.index("NE")
    assert order[-len(pv.OUTLYING) :] == [s for s in pv.STATE_ORDER if s in pv.OUTLYING]
    assert sorted(order) == sorted(pv.STATE_ORDER)
