"""The provider appointment: what each form step asks, how a typed value is judged, and how the
answers become DexCare's two bodies (find-or-create patient, then providerbooking).

Every judgement comes from the domain's own field types and models: no rule is restated here or in
QML. A field's problem is a stable code (``required``, ``invalid_zip``, ...); the UI words it in the
patient's language. The typed values are PHI: they live in one :class:`Form`, in memory only, and
the privacy reset drops it.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import TypeAdapter, ValidationError

from kiosk.domain.booking import (
    RELATIONSHIPS,
    CouponCode,
    Gender,
    GroupNumber,
    MemberId,
    PayerId,
    ProviderBooking,
    parse_booking,
)
from kiosk.domain.errors import InvalidInput, Problem, from_validation_error
from kiosk.domain.fields import US_STATES as US_STATE_CODES
from kiosk.domain.fields import (
    BirthDate,
    Email,
    PersonName,
    Phone,
    Text60,
    Text80,
    Text100,
    Text500,
    UsState,
    ZipCode,
)
from kiosk.domain.patient import PatientDemographics, parse_demographics
from kiosk.flow.journey import Screen

Kind = Literal["text", "date", "choice", "pick", "longtext"]
# The on-screen keyboard for a field: letters (names, streets), digits (dates, ZIP, phone, member
# ids), email. Every PHI field also switches prediction and learning off.
Keyboard = Literal["text", "name", "digits", "phone", "email", "code"]
DateOrder = Literal["MDY", "DMY"]

REASON_MAX = 500  # the domain's limit for visitReason, shown as a counter

GENDERS: tuple[str, ...] = tuple(g.value for g in Gender)


@dataclass(frozen=True)
class FieldSpec:
    key: str
    kind: Kind
    keyboard: Keyboard = "text"
    required: bool = True
    max_length: int = 60
    options: tuple[str, ...] = ()  # values of a choice or pick, in display order


def _text(key: str, keyboard: Keyboard = "text", *, required: bool = True, max_length: int = 60,
          kind: Kind = "text") -> FieldSpec:  # fmt: skip
    return FieldSpec(key, kind, keyboard, required, max_length)


def _person(
    prefix: str, *, phone: bool, phone_required: bool = True, email: bool
) -> list[FieldSpec]:
    out = [
        _text(f"{prefix}.firstName", "name"),
        _text(f"{prefix}.lastName", "name"),
        FieldSpec(f"{prefix}.dob", "date", "digits", max_length=10),
        FieldSpec(f"{prefix}.gender", "choice", options=GENDERS),
    ]
    if phone:
        out.append(FieldSpec(f"{prefix}.phone", "text", "phone", phone_required, 20))
    if email:
        out.append(FieldSpec(f"{prefix}.email", "text", "email", False, 254))
    return out


@dataclass(frozen=True)
class PaymentOptions:
    """What this deployment offers at the payment step (settings)."""

    payers: tuple[tuple[str, str], ...]  # (payer id, display name)
    coupons: bool = False


# The states and DC first; then the territories, then the military "states". (The screen sorts
# each group by the name in the patient's language: state_order_by_name.)
OUTLYING = ("PR", "GU", "VI", "AS", "MP", "AA", "AE", "AP")
STATE_ORDER: tuple[str, ...] = (
    *sorted(set(US_STATE_CODES) - set(OUTLYING)),
    *(s for s in OUTLYING if s in US_STATE_CODES),
)


def state_order_by_name(names: Callable[[str], str]) -> list[str]:
    """The state codes, the states and DC by their ``names`` (accents aside: "Álaska" files with
    the A's), then the territories and the military "states" in their fixed order."""

    def fold(text: str) -> str:
        plain = unicodedata.normalize("NFKD", text)
        return "".join(c for c in plain if not unicodedata.combining(c)).casefold()

    main = sorted((c for c in STATE_ORDER if c not in OUTLYING), key=lambda c: fold(names(c)))
    return [*main, *(c for c in STATE_ORDER if c in OUTLYING)]


METHODS_BASE = ("self", "insurance")
OTHER_PAYER = "other"  # the payer is not in the list: the patient types its name


def fields_for(step: Screen, form: Form, payment: PaymentOptions) -> list[FieldSpec]:
    """The fields a step shows, given what is already chosen (payment fields follow the method).
    One topic a screen: who the patient is, how to reach them, where they live."""
    someone_else = form.for_someone_else
    if step is Screen.PATIENT:
        return _person("patient", phone=False, email=False)
    if step is Screen.CONTACT:
        # A child is reached through the guardian's phone: the patient's own is optional then.
        return [
            FieldSpec("patient.phone", "text", "phone", not someone_else, 20),
            FieldSpec("patient.email", "text", "email", False, 254),
        ]
    if step is Screen.ADDRESS:
        return [
            _text("address.line1", max_length=100),
            _text("address.line2", required=False, max_length=100),
            _text("address.city"),
            FieldSpec("address.state", "pick", options=STATE_ORDER),
            FieldSpec("address.zip", "text", "digits", max_length=10),
        ]
    if step is Screen.GUARDIAN:
        return [
            *_person("actor", phone=True, email=True),
            FieldSpec("actor.relationship", "pick", options=RELATIONSHIPS),
        ]
    if step is Screen.REASON:
        return [_text("reason", "text", max_length=REASON_MAX, kind="longtext")]
    if step is Screen.PAYMENT:
        methods = (*METHODS_BASE, "couponcode") if payment.coupons else METHODS_BASE
        out = [FieldSpec("pay.method", "choice", options=methods)]
        method = form.get("pay.method")
        if method == "insurance":
            out.append(FieldSpec("ins.payer", "pick",
                                 options=(*(p for p, _ in payment.payers), OTHER_PAYER)))  # fmt: skip
            if form.get("ins.payer") == OTHER_PAYER:
                out.append(FieldSpec("ins.payerName", "text", "text", max_length=100))
            out += [
                FieldSpec("ins.memberId", "text", "code", max_length=20),
                FieldSpec("ins.group", "text", "code", False, 30),
                FieldSpec("ins.holder", "choice", options=("self", "other")),
            ]  # fmt: skip
        elif method == "couponcode":
            out.append(FieldSpec("coupon", "text", "code", max_length=60))
        return out
    if step is Screen.HOLDER:
        return _person("sub", phone=False, email=False)
    return []


def holder_needed(form: Form) -> bool:
    """The insurance belongs to someone else: the policy holder's step follows payment."""
    return form.get("pay.method") == "insurance" and form.get("ins.holder") == "other"


# ------------------------------------------------------------------------------------- values
@dataclass
class Form:
    """What the patient typed and picked, by field key. PHI: memory only, dropped on reset."""

    values: dict[str, str] = field(default_factory=dict)
    for_someone_else: bool = False

    def get(self, key: str) -> str:
        return self.values.get(key, "")

    def set(self, key: str, value: str) -> None:
        self.values[key] = value


# Which domain type judges each kind of field (by the key's last part).
_SHAPES: dict[str, Any] = {
    "firstName": PersonName, "lastName": PersonName, "phone": Phone, "email": Email,
    "line1": Text100, "line2": Text100, "city": Text60, "state": UsState, "zip": ZipCode,
    "relationship": Text80, "reason": Text500, "memberId": MemberId, "group": GroupNumber,
    "payerName": PayerId, "coupon": CouponCode, "gender": Gender,
}  # fmt: skip


def _adapter_for(key: str) -> TypeAdapter[Any] | None:
    shape = _SHAPES.get(key.rsplit(".", 1)[-1])
    return _adapter(shape) if shape is not None else None


@cache
def _adapter(shape: Any) -> TypeAdapter[Any]:
    return TypeAdapter(shape)


_DATE_PARTS = re.compile(r"(\d{1,2})\D+(\d{1,2})\D+(\d{4})|(\d{2})(\d{2})(\d{4})")


def parse_typed_date(text: str, order: DateOrder) -> date:
    """A birth date as typed on the kiosk: ``MM/DD/YYYY`` in English, ``DD/MM/YYYY`` in Spanish
    (the field's hint says which), separators optional. Raises InvalidInput with one problem."""
    m = _DATE_PARTS.fullmatch(text.strip())
    if not m:
        raise InvalidInput([Problem("", "invalid_date", "must be a date")])
    a, b, year = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    month, day = (int(a), int(b)) if order == "MDY" else (int(b), int(a))
    try:
        value = date(int(year), month, day)
    except ValueError:
        raise InvalidInput([Problem("", "invalid_date", "is not a real calendar date")]) from None
    try:
        return _adapter(BirthDate).validate_python(value)  # type: ignore[no-any-return]
    except ValidationError as err:
        raise InvalidInput(from_validation_error(err)) from None


def format_typed_date(value: date, order: DateOrder) -> str:
    return value.strftime("%m/%d/%Y" if order == "MDY" else "%d/%m/%Y")


def check_field(spec: FieldSpec, value: str, order: DateOrder) -> str | None:
    """The problem code for one value, or None. Judged by the domain's own field types."""
    if spec.kind == "date" and not any(c.isdigit() for c in value):
        value = ""  # an empty masked field still holds its slashes
    if not value.strip():
        return "required" if spec.required else None
    if spec.kind == "date":
        try:
            parse_typed_date(value, order)
        except InvalidInput as err:
            return err.problems[0].code
        return None
    if spec.kind in ("choice", "pick"):
        return None if value in spec.options else "required"
    adapter = _adapter_for(spec.key)
    if adapter is None:
        return None
    if spec.kind == "longtext" and len(value) > spec.max_length:
        return "too_long"
    try:
        adapter.validate_python(value)
    except ValidationError as err:
        return from_validation_error(err)[0].code
    return None


def check_step(specs: Iterable[FieldSpec], form: Form, order: DateOrder) -> dict[str, str]:
    """Every problem on a step (when the patient taps Next)."""
    out = {}
    for spec in specs:
        code = check_field(spec, form.get(spec.key), order)
        if code:
            out[spec.key] = code
    return out


def relocalize_dates(form: Form, old: DateOrder, new: DateOrder) -> None:
    """The language changed: rewrite typed dates in the new order, so nothing is misread."""
    if old == new:
        return
    for key, value in list(form.values.items()):
        if key.endswith(".dob") and value:
            with suppress(InvalidInput):  # not a date yet: left as typed
                form.values[key] = format_typed_date(parse_typed_date(value, old), new)


# --------------------------------------------------------------------------------- the bodies
@dataclass(frozen=True)
class SlotRef:
    """Where and when, from the provider and slot calls (no PHI)."""

    npi: str
    department_id: str
    ehr_system_name: str
    visit_type_id: str
    slot_id: str


# A wire path (or its last part) -> the form field that holds it, for sending a refusal back to the
# field it is about.
_WIRE_TO_FIELD: dict[str, str] = {
    "patient.address.line1": "address.line1", "patient.address.line2": "address.line2",
    "patient.address.city": "address.city", "patient.address.state": "address.state",
    "patient.address.postalCode": "address.zip", "addresses[0].line1": "address.line1",
    "addresses[0].city": "address.city", "addresses[0].state": "address.state",
    "addresses[0].postalCode": "address.zip", "name.given": "patient.firstName",
    "name.family": "patient.lastName", "birthdate": "patient.dob", "gender": "patient.gender",
    "email": "patient.email", "mobilePhone": "patient.phone",
    "actor.firstName": "actor.firstName", "actor.lastName": "actor.lastName",
    "actor.dateOfBirth": "actor.dob", "actor.gender": "actor.gender", "actor.phone": "actor.phone",
    "actor.email": "actor.email", "actor.relationshipToPatient": "actor.relationship",
    "billingInfo.firstName": "sub.firstName", "billingInfo.lastName": "sub.lastName",
    "billingInfo.dateOfBirth": "sub.dob", "billingInfo.gender": "sub.gender",
    "billingInfo.insuranceProviderId": "ins.payerName", "billingInfo.insuranceMemberId": "ins.memberId",
    "billingInfo.insuranceGroupNumber": "ins.group", "billingInfo.couponCode": "coupon",
    "visitDetails.visitReason": "reason", "postalCode": "address.zip", "visitReason": "reason",
    "insuranceMemberId": "ins.memberId", "insuranceGroupNumber": "ins.group",
    "couponCode": "coupon", "insuranceProviderId": "ins.payerName", "relationshipToPatient":
    "actor.relationship",
}  # fmt: skip


# The form step each field lives on.
def step_of(key: str) -> Screen:
    head = key.split(".", 1)[0]
    if key in ("patient.phone", "patient.email"):
        return Screen.CONTACT
    return {
        "patient": Screen.PATIENT, "address": Screen.ADDRESS, "actor": Screen.GUARDIAN,
        "reason": Screen.REASON, "pay": Screen.PAYMENT, "ins": Screen.PAYMENT,
        "sub": Screen.HOLDER, "coupon": Screen.PAYMENT,
    }.get(head, Screen.REVIEW)  # fmt: skip


def field_for_wire(text: str) -> str | None:
    """The form field a DexCare refusal (or a domain problem path) is about, if it can be told:
    the longest known wire path mentioned in ``text``."""
    for wire in sorted(_WIRE_TO_FIELD, key=len, reverse=True):
        if re.search(rf"(?<![\w.\[\]]){re.escape(wire)}(?![\w\[])", text):
            return _WIRE_TO_FIELD[wire]
    return None


class FormIncomplete(InvalidInput):
    """The answers do not make a valid body; ``fields`` maps form keys to problem codes."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        super().__init__(list(problems))
        self.fields: dict[str, str] = {}
        for p in self.problems:
            key = field_for_wire(p.path)
            if key is not None:
                self.fields.setdefault(key, p.code)


def _date(form: Form, key: str, order: DateOrder) -> str | None:
    value = form.get(key)
    if not value:
        return None
    try:
        return parse_typed_date(value, order).isoformat()
    except InvalidInput:
        return value  # the model refuses it, with the field's path


def _opt(value: str) -> str | None:
    return value.strip() or None


def address(form: Form) -> dict[str, Any]:
    return {
        "line1": form.get("address.line1"),
        "line2": _opt(form.get("address.line2")),
        "city": form.get("address.city"),
        "state": form.get("address.state"),
        "postalCode": form.get("address.zip"),
    }


def demographics(form: Form, ehr_system_name: str, order: DateOrder) -> PatientDemographics:
    """The find-or-create body for the person the visit is for. A child without a phone of their
    own is reached through the guardian's."""
    phone = _opt(form.get("patient.phone")) or (
        _opt(form.get("actor.phone")) if form.for_someone_else else None
    )
    body = {
        "name": {"given": form.get("patient.firstName"), "family": form.get("patient.lastName")},
        "addresses": [address(form)],
        "birthdate": _date(form, "patient.dob", order),
        "gender": form.get("patient.gender"),
        "identifiers": [{"system": ehr_system_name}],
        "email": _opt(form.get("patient.email")),
        "mobilePhone": phone,
    }
    try:
        return parse_demographics({k: v for k, v in body.items() if v is not None})
    except InvalidInput as err:
        raise FormIncomplete(err.problems) from None


@dataclass(frozen=True)
class BodyStyle:
    """How this tenant's DexCare wants the two bodies where the booking guide and DexCare's own
    iOS SDK differ (README, "Decisions"). The defaults send what the SDK sends."""

    # providerFlowPayment, the payer id again as insurancePayorId with its name, and email and
    # ssn always present in find-or-create: only the SDK sends them; one switch turns them off.
    as_the_sdk: bool = True
    # A payer the patient typed in: the SDK only ever sends "manual" (BillingInformation.swift:
    # 102-104, OpenAPI enum ["manual"]); the guide also lists "other" without saying what it means.
    typed_payer_type: Literal["manual", "other"] = "manual"


def billing(
    form: Form,
    order: DateOrder,
    style: BodyStyle | None = None,
    payer_names: Mapping[str, str] | None = None,  # payer id -> its name, as offered
) -> dict[str, Any]:
    style = style or BodyStyle()
    method = form.get("pay.method") or "self"
    if method == "insurance":
        payer = form.get("ins.payer")
        typed = payer == OTHER_PAYER
        # A payer from the list goes by its id; one the patient typed goes by its name, for the
        # clinic to sort out at the visit.
        payer_id = form.get("ins.payerName") if typed else payer
        name = form.get("ins.payerName") if typed else (payer_names or {}).get(payer, "")
        info: dict[str, Any] = {
            "paymentMethod": "insurance",
            "insuranceType": style.typed_payer_type if typed else "manual",
            "insuranceProviderId": payer_id,
            "insuranceMemberId": form.get("ins.memberId"),
            "insuranceGroupNumber": _opt(form.get("ins.group")),
            "declaration": form.get("ins.holder") or "self",
        }
        if style.as_the_sdk:  # BillingInformation.swift:130-131, 174-175 @ 6d7ba09
            info |= {"insurancePayorId": payer_id, "insurancePayorName": _opt(name)}
        if info["declaration"] == "other":
            info |= {
                "firstName": form.get("sub.firstName"),
                "lastName": form.get("sub.lastName"),
                "gender": _opt(form.get("sub.gender")),
                "dateOfBirth": _date(form, "sub.dob", order),
            }
        return {k: v for k, v in info.items() if v is not None}
    if method == "couponcode":
        return {"paymentMethod": "couponcode", "couponCode": form.get("coupon")}
    return {"paymentMethod": "self", "declaration": "self"}  # pay at the clinic


def booking(
    form: Form,
    *,
    patient_guid: str,
    slot: SlotRef,
    order: DateOrder,
    style: BodyStyle | None = None,
    payer_names: Mapping[str, str] | None = None,
) -> ProviderBooking:
    """The providerbooking body, built and checked by the domain model."""
    style = style or BodyStyle()
    body: dict[str, Any] = {
        "billingInfo": billing(form, order, style, payer_names),
        "patient": {"patientGuid": patient_guid, "address": address(form)},
        "visitDetails": {
            "declaration": "other" if form.for_someone_else else "self",
            "departmentId": slot.department_id,
            "ehrSystemName": slot.ehr_system_name,
            "nationalProviderId": slot.npi,
            "slotId": slot.slot_id,
            "visitReason": form.get("reason"),
            "visitTypeId": slot.visit_type_id,
            # The clinic collects payment as the provider's flow says (ProviderService.swift:443).
            **({"providerFlowPayment": True} if style.as_the_sdk else {}),
        },
    }
    if form.for_someone_else:
        actor = {
            "firstName": form.get("actor.firstName"),
            "lastName": form.get("actor.lastName"),
            "gender": form.get("actor.gender"),
            "dateOfBirth": _date(form, "actor.dob", order),
            "relationshipToPatient": form.get("actor.relationship"),
            "phone": form.get("actor.phone"),
            "email": _opt(form.get("actor.email")),
        }
        body["actor"] = {k: v for k, v in actor.items() if v is not None}
    try:
        return parse_booking(body)
    except InvalidInput as err:
        raise FormIncomplete(err.problems) from None


def mask_member_id(value: str) -> str:
    """Only the last 4 characters of a member id are ever shown back."""
    tail = value.strip()[-4:]
    return f"•••• {tail}" if tail else ""


# ----------------------------------------------------------------------------- provider cards
@dataclass(frozen=True)
class VisitTypeChoice:
    visit_type_id: str
    name: str
    short_name: str
    description: str = ""


@dataclass(frozen=True)
class ProviderCard:
    npi: str
    name: str
    credentials: str
    department_id: str
    department_name: str
    ehr_system_name: str
    address: str
    timezone: str
    visit_types: tuple[VisitTypeChoice, ...]
    next_free: datetime | None = None

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.name.split()[:2] if part).upper()


def offered_providers(
    cards: Iterable[ProviderCard], only: Iterable[str] = ()
) -> list[ProviderCard]:
    """The providers this kiosk offers (``only`` = NPIs from settings, in that order; empty = all,
    by name)."""
    wanted = list(only)
    chosen = [c for c in cards if not wanted or c.npi in wanted]
    key: Callable[[ProviderCard], Any] = (
        (lambda c: wanted.index(c.npi)) if wanted else (lambda c: c.name.casefold())
    )
    return sorted(chosen, key=key)


NEXT_FREE_DAYS = 6  # how far a provider card looks for its "next free time"


class NoTimeZone(LookupError):
    """Neither DexCare's department nor the kiosk's settings say which zone "today" is in."""


def zone_of_today(department_zone: str, kiosk_zone: str | None) -> ZoneInfo:
    """The zone the kiosk counts "today" in for a provider search: the department's when DexCare
    names one, else the kiosk's own (a kiosk stands in its clinic's zone). Never UTC by default:
    DexCare's provider departments carry no zone (the iOS SDK's ``Provider.swift:59-90``), and
    counting in UTC asks for a day past ``maxLookaheadDays`` every US evening."""
    name = department_zone or kiosk_zone
    if not name:
        raise NoTimeZone("set kiosk.timezone: DexCare gives no zone for this department")
    return ZoneInfo(name)


def search_window(
    now: datetime, zone: ZoneInfo, lookahead_days: int, *, at_most: int | None = None
) -> tuple[date, date]:
    """The dates to ask for: today in ``zone`` up to ``lookahead_days`` ahead ("it is an error to
    ask for slots beyond this date"), or fewer when ``at_most`` is smaller."""
    today = now.astimezone(zone).date()
    days = max(0, lookahead_days if at_most is None else min(at_most, lookahead_days))
    return today, today + timedelta(days=days)


def replace_next_free(card: ProviderCard, at: datetime | None, timezone: str) -> ProviderCard:
    return dataclasses.replace(card, next_free=at, timezone=card.timezone or timezone)
