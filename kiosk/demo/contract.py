"""What DexCare accepts on its two PHI calls, modelled from DexCare's side: the emulator's own
reading of the contract, never the kiosk's (it imports nothing from ``kiosk.domain``).

Sources, strongest last: the booking guide (``booking-guide.md`` §2), the queued-visit OpenAPI
schema DexCare publishes (``openapi/visit-booking.json``, the only machine-readable body schema of
theirs with the same objects) and what DexCare's own iOS SDK 9.8 sends
(``DexCare/DexCareSDK-iOS`` @ 6d7ba09, ``Sources/DexcareiOSSDK/``), which is the best evidence of
what DexCare's servers take today.

DexCare's servers, like most JSON APIs, ignore members they do not know. So does this contract,
but it notes each one (``ignored``): the contract tests assert the kiosk's own bodies leave none,
so a misspelt field fails a test here instead of being dropped silently by DexCare.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Literal, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

# The guide's gender list; the SDK's enum lacks nonbinary (Gender.swift:6-11), the OpenAPI has all
# five and warns that not every EHR takes every value.
Gender = Literal["male", "female", "other", "unknown", "nonbinary"]
IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
# billingInfo.dateOfBirth: the guide's table says MM-DD-YYYY, its examples and the SDK YYYY-MM-DD.
BillingDate = Annotated[str, StringConstraints(pattern=r"^(\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})$")]
Text = Annotated[str, StringConstraints(min_length=1)]
Text15 = Annotated[str, StringConstraints(min_length=1, max_length=15)]
Text20 = Annotated[str, StringConstraints(min_length=1, max_length=20)]
Text60 = Annotated[str, StringConstraints(min_length=1, max_length=60)]
Text80 = Annotated[str, StringConstraints(min_length=1, max_length=80)]
Text100 = Annotated[str, StringConstraints(min_length=1, max_length=100)]
M = TypeVar("M", bound=BaseModel)


class _Lenient(BaseModel):
    """Unknown members are kept aside (``model_extra``), as DexCare would ignore them."""

    model_config = ConfigDict(extra="allow", frozen=True)


# ------------------------------------------------------------------ POST /api/7/visits/providerbooking
class Actor(_Lenient):
    # OpenAPI queued-guest-visit `actor`: required firstName, lastName, phone, gender, dateOfBirth.
    firstName: Text60
    lastName: Text60
    middleName: Text60 | None = None
    phone: Text15
    gender: Gender
    dateOfBirth: IsoDate
    relationshipToPatient: Text80 = "Guardian"
    email: Annotated[str, StringConstraints(max_length=320)] | None = None
    # The SDK always sends the guardian's own record (ProviderService.swift:401-406, 424).
    patientGuid: Text | None = None


class BillingInfo(_Lenient):
    paymentMethod: Literal["insurance", "couponcode", "self"]
    declaration: Literal["self", "other"] | None = None
    insuranceType: Literal["manual", "other", "onfile"] | None = None
    insuranceProviderId: Text100 | None = None
    # The SDK sends the payer id again, with its name and the subscriber's id
    # (BillingInformation.swift:130-131, 174-175).
    insurancePayorId: Text100 | None = None
    insurancePayorName: str | None = None
    insuranceSubscriberId: str | None = None
    insuranceMemberId: Text20 | None = None
    insuranceGroupNumber: Annotated[str, StringConstraints(max_length=256)] | None = None
    couponCode: Text | None = None
    firstName: Text60 | None = None
    lastName: Text60 | None = None
    gender: Gender | None = None
    sex: Gender | None = None  # the guide's child example
    dateOfBirth: BillingDate | None = None


class Address(_Lenient):
    line1: Text
    line2: str | None = None
    city: Text
    state: Text
    postalCode: Text


class Patient(_Lenient):
    patientGuid: Text
    address: Address


class PatientQuestion(_Lenient):
    question: str
    answer: str


class VisitDetails(_Lenient):
    declaration: Literal["self", "other"]
    departmentId: Text
    ehrSystemName: Text
    nationalProviderId: Text
    slotId: Text
    visitReason: Text
    visitTypeId: Text
    providerFlowPayment: bool | None = None  # the SDK: always true (ProviderService.swift:443)
    patientQuestions: list[PatientQuestion] | None = None


class ProviderBooking(_Lenient):
    actor: Actor | None = None
    billingInfo: BillingInfo
    patient: Patient
    visitDetails: VisitDetails


# ------------------------------------------------------------------ POST /v1/patient/{self,other}
class HumanName(_Lenient):
    given: Text
    family: Text
    middle: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    use: str | None = None


class Identifier(_Lenient):
    system: Text
    value: str | None = None
    type: str | None = None


class Demographics(_Lenient):
    # PatientDemographics.swift's encoder: email and ssn always there, possibly "" (:123, :125).
    name: HumanName
    addresses: list[Address] = Field(min_length=1)
    birthdate: IsoDate
    gender: Gender
    identifiers: list[Identifier] = Field(min_length=1)
    email: str | None = None
    ssn: Annotated[str, StringConstraints(pattern=r"^(\d{3}-?\d{2}-?\d{4})?$")] | None = None
    homePhone: str | None = None
    mobilePhone: str | None = None
    workPhone: str | None = None


class ContractError(ValueError):
    """A body DexCare would refuse: ``message`` reads as DexCare's 400 text does."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _message(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    if first["type"] == "missing":
        return f"{where} is required"
    return f"{where}: {first['msg']}"


def ignored(model: BaseModel, prefix: str = "") -> list[str]:
    """The members DexCare would drop without a word, with their paths."""
    found = [f"{prefix}{k}" for k in (model.model_extra or {})]
    for name in type(model).model_fields:
        value = getattr(model, name)
        children = value if isinstance(value, list) else [value]
        for i, child in enumerate(children):
            if isinstance(child, BaseModel):
                at = f"{prefix}{name}[{i}]." if isinstance(value, list) else f"{prefix}{name}."
                found += ignored(child, at)
    return found


def _check(model: type[M], body: Any) -> M:
    if not isinstance(body, dict):
        raise ContractError("The request body must be a JSON object")
    try:
        return model.model_validate(body)
    except ValidationError as err:
        raise ContractError(_message(err)) from None


def check_booking(body: Any) -> ProviderBooking:
    """The providerbooking body as DexCare reads it, or :class:`ContractError`."""
    booking = _check(ProviderBooking, body)
    billing, details = booking.billingInfo, booking.visitDetails
    if details.declaration == "other" and booking.actor is None:
        raise ContractError('actor is required when visitDetails.declaration is "other"')
    if billing.paymentMethod == "insurance":
        # OpenAPI billingInfo (insurance): paymentMethod, declaration, insuranceType,
        # insuranceProviderId and insuranceMemberId required.
        for name in ("declaration", "insuranceType", "insuranceProviderId", "insuranceMemberId"):
            if getattr(billing, name) is None:
                raise ContractError(f"billingInfo.{name} is required for insurance")
        if billing.declaration == "other":
            for name in ("firstName", "lastName", "dateOfBirth"):
                if getattr(billing, name) is None:
                    raise ContractError(f"billingInfo.{name} of the subscriber is required")
    if billing.paymentMethod == "couponcode" and billing.couponCode is None:
        raise ContractError("billingInfo.couponCode is required for couponcode")
    return booking


def check_demographics(body: Any) -> Demographics:
    """A find-or-create body as DexCare reads it, or :class:`ContractError`."""
    demographics = _check(Demographics, body)
    if not any((demographics.homePhone, demographics.mobilePhone, demographics.workPhone)):
        raise ContractError("At least one phone number is required")
    return demographics


# ------------------------------------------------------------------ DexCare's own slot ids
@dataclass(frozen=True)
class SlotPayload:
    """What DexCare packs into a provider slotId (base64 of JSON, booking guide "slotId")."""

    starts_at: datetime
    visit_type_id: str
    department_id: str


def read_slot_id(slot_id: str) -> SlotPayload:
    try:
        raw = json.loads(base64.b64decode(slot_id + "=" * (-len(slot_id) % 4), validate=True))
        zone = ZoneInfo(raw["timezone"])
        day = date.fromisoformat(raw["date"])
        hh, mm, *_ = (int(x) for x in raw["time"].split(":"))
        starts = datetime(day.year, day.month, day.day, hh, mm, tzinfo=zone)
        return SlotPayload(starts, str(raw["visitTypeId"]), str(raw["departmentId"]))
    except (binascii.Error, ValueError, KeyError, TypeError, ZoneInfoNotFoundError):
        raise ContractError("slotId is not valid") from None
