"""The providerbooking body and its rules (booking guide, section 2).

Field names and casing are DexCare's. Models are strict (unknown fields are refused, so a typo in an
integrator's body is caught) and frozen. ``None`` fields are never sent. Use :func:`parse_booking`
to validate anything from outside; it raises only :class:`InvalidInput`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    FieldSerializationInfo,
    ValidationError,
    ValidatorFunctionWrapHandler,
    field_serializer,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from kiosk.domain.codes import BillingDateFormat, npi_is_valid
from kiosk.domain.errors import InvalidInput, Problem, from_validation_error
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
    identifier,
    strip,
)

DEFAULT_BILLING_DATE_FORMAT: BillingDateFormat = "YYYY-MM-DD"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    NONBINARY = "nonbinary"
    OTHER = "other"
    UNKNOWN = "unknown"


class Declaration(StrEnum):
    SELF = "self"
    OTHER = "other"


class PaymentMethod(StrEnum):
    SELF = "self"  # pays on arrival
    INSURANCE = "insurance"
    COUPON = "couponcode"


class InsuranceType(StrEnum):
    MANUAL = "manual"
    OTHER = "other"


# The relationships DexCare's SDK offers; the health system may accept others, so this is the
# kiosk's pick list, not a validation rule.
RELATIONSHIPS: tuple[str, ...] = (
    "Mother", "Father", "Legal guardian", "Grand parent", "Step parent", "Foster parent",
    "Relative", "Brother", "Sister", "Daughter", "Son", "Spouse", "Domestic partner",
    "Significant other", "Friend", "Case manager", "Power of attorney", "Surrogate or proxy",
    "Non relative",
)  # fmt: skip

_S = BeforeValidator(strip)
Identifier = Annotated[
    str, _S, identifier(64, r"[A-Za-z0-9][A-Za-z0-9._|:-]*", "letters, digits, '.', '-' or '_'")
]
EhrSystemName = Annotated[str, _S, identifier(200, r"[A-Za-z0-9][A-Za-z0-9._-]*", "an EHR name")]
MemberId = Annotated[str, _S, identifier(20, r"[A-Za-z0-9][A-Za-z0-9 -]*", "letters and digits")]
GroupNumber = Annotated[str, _S, identifier(30, r"[A-Za-z0-9]+", "up to 30 letters and digits")]
PayerId = Annotated[str, _S, identifier(100, r"[A-Za-z0-9][A-Za-z0-9 ._-]*", "a payer id")]
CouponCode = Annotated[str, _S, identifier(60, r"[A-Za-z0-9][A-Za-z0-9_-]*", "letters and digits")]


def _npi(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        if not npi_is_valid(value):
            raise PydanticCustomError(
                "invalid_npi", "must be a 10-digit National Provider Identifier"
            )
    return value


def _present(data: Mapping[str, Any], key: str) -> bool:
    value = data.get(key)
    return value is not None and not (isinstance(value, str) and not value.strip())


RuleCheck = Callable[[Mapping[str, Any]], list[Problem]]


def _with_rules(data: Any, handler: ValidatorFunctionWrapHandler, rules: RuleCheck) -> Any:
    """Run field validation and cross-field rules together, so every problem is reported at once."""
    problems = rules(data) if isinstance(data, Mapping) else []
    try:
        model = handler(data)
    except ValidationError as err:
        if not problems:
            raise
        problems = from_validation_error(err) + problems
        model = None
    if problems:
        raise PydanticCustomError(
            "rules", "; ".join(map(str, problems)), {"problems": tuple(problems)}
        )
    return model


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Address(_Model):
    line1: Text100
    line2: Text100 | None = None
    city: Text60
    state: UsState
    postalCode: ZipCode

    @field_validator("line2", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value


class Actor(_Model):
    """The person booking on someone else's behalf (a parent or guardian)."""

    firstName: PersonName
    lastName: PersonName
    gender: Gender
    dateOfBirth: BirthDate
    relationshipToPatient: Text80
    phone: Phone
    email: Email | None = None
    patientGuid: Identifier | None = None


class BillingInfo(_Model):
    paymentMethod: PaymentMethod
    declaration: Declaration | None = None
    firstName: PersonName | None = None
    lastName: PersonName | None = None
    gender: Gender | None = None
    sex: Gender | None = None  # in the guide's child example, not its table: accepted
    dateOfBirth: BirthDate | None = None
    couponCode: CouponCode | None = None
    insuranceType: InsuranceType | None = None
    insuranceProviderId: PayerId | None = None
    # DexCare's iOS SDK sends the payer id a second time, "required when paymentMethod ==
    # insurance", with the payer's name and, for someone else's policy, the subscriber's id
    # (BillingInformation.swift:130-131, 174-175 @ 6d7ba09).
    insurancePayorId: PayerId | None = None
    insurancePayorName: Text100 | None = None
    insuranceSubscriberId: MemberId | None = None
    insuranceMemberId: MemberId | None = None
    insuranceGroupNumber: GroupNumber | None = None

    @model_validator(mode="wrap")
    @classmethod
    def _rules(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        return _with_rules(data, handler, _billing_rules)

    @field_serializer("dateOfBirth", when_used="json-unless-none")
    def _dob(self, value: date, info: FieldSerializationInfo) -> str:
        fmt = (info.context or {}).get("billing_date_format", DEFAULT_BILLING_DATE_FORMAT)
        return value.strftime("%m-%d-%Y") if fmt == "MM-DD-YYYY" else value.isoformat()


_INSURANCE_FIELDS = ("insuranceType", "insuranceProviderId", "insuranceMemberId")
_INSURANCE_ONLY = (
    *_INSURANCE_FIELDS, "insuranceGroupNumber", "insurancePayorId", "insurancePayorName",
    "insuranceSubscriberId",
)  # fmt: skip


def _billing_rules(data: Mapping[str, Any]) -> list[Problem]:
    method = data.get("paymentMethod")
    problems: list[Problem] = []
    if method == PaymentMethod.INSURANCE:
        problems += [
            Problem(f, "required", "required when paymentMethod is insurance")
            for f in (*_INSURANCE_FIELDS, "declaration")
            if not _present(data, f)
        ]
    elif method in (PaymentMethod.SELF, PaymentMethod.COUPON):
        problems += [
            Problem(f, "not_allowed", "only used when paymentMethod is insurance")
            for f in _INSURANCE_ONLY
            if _present(data, f)
        ]
    payer, payor = data.get("insuranceProviderId"), data.get("insurancePayorId")
    both = _present(data, "insurancePayorId") and _present(data, "insuranceProviderId")
    if both and str(payer).strip() != str(payor).strip():
        problems.append(Problem("insurancePayorId", "mismatch",
                                "must be the same payer as insuranceProviderId"))  # fmt: skip
    if method == PaymentMethod.COUPON and not _present(data, "couponCode"):
        problems.append(
            Problem("couponCode", "required", "required when paymentMethod is couponcode")
        )
    elif method in (PaymentMethod.SELF, PaymentMethod.INSURANCE) and _present(data, "couponCode"):
        problems.append(
            Problem("couponCode", "not_allowed", "only used when paymentMethod is couponcode")
        )
    if data.get("declaration") == Declaration.OTHER:
        problems += [
            Problem(f, "required", 'required when declaration is "other" (the subscriber)')
            for f in ("firstName", "lastName", "dateOfBirth")
            if not _present(data, f)
        ]
    return problems


class Patient(_Model):
    patientGuid: Identifier
    address: Address


class PatientQuestion(_Model):
    """A question the health system asks before a visit, with the patient's answer (the SDK's
    ``visitDetails.patientQuestions``, ProviderService.swift)."""

    question: Text500
    answer: Text500


class VisitDetails(_Model):
    declaration: Declaration
    departmentId: Identifier
    ehrSystemName: EhrSystemName
    nationalProviderId: str
    slotId: str
    visitReason: Text500
    visitTypeId: Identifier
    # Sent as true by DexCare's iOS SDK on every provider booking (ProviderService.swift:443).
    providerFlowPayment: bool | None = None
    patientQuestions: tuple[PatientQuestion, ...] | None = None

    _check_npi = field_validator("nationalProviderId", mode="before")(_npi)

    @field_validator("slotId", mode="before")
    @classmethod
    def _opaque(cls, value: Any) -> Any:
        # Not stripped or re-encoded: DexCare gets back exactly what it handed out.
        ok = isinstance(value, str) and 0 < len(value) <= 4096 and value.isascii()
        if isinstance(value, str) and not (ok and value.strip() == value):
            raise PydanticCustomError("invalid_slot_id", "must be the slotId as DexCare sent it")
        return value


class ProviderBooking(_Model):
    """``POST /api/7/visits/providerbooking``. ``actor`` is present only for ``other``."""

    actor: Actor | None = None
    billingInfo: BillingInfo
    patient: Patient
    visitDetails: VisitDetails

    @model_validator(mode="wrap")
    @classmethod
    def _rules(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        if isinstance(data, Mapping):
            details = data.get("visitDetails")
            if isinstance(details, Mapping) and details.get("declaration") == Declaration.SELF:
                # "when self it is optional and any values sent are ignored (send none)"
                data = {k: v for k, v in data.items() if k != "actor"}
        return _with_rules(data, handler, _booking_rules)

    def to_wire(
        self, billing_date_format: BillingDateFormat = DEFAULT_BILLING_DATE_FORMAT
    ) -> dict[str, Any]:
        """The JSON body as the kiosk sends it: documented names, no ``None`` fields."""
        return self.model_dump(
            mode="json", exclude_none=True, context={"billing_date_format": billing_date_format}
        )


def _booking_rules(data: Mapping[str, Any]) -> list[Problem]:
    details = data.get("visitDetails")
    is_other = isinstance(details, Mapping) and details.get("declaration") == Declaration.OTHER
    if is_other and not isinstance(data.get("actor"), Mapping):
        return [Problem("actor", "required", 'required when visitDetails.declaration is "other"')]
    return []


def parse_booking(data: Any) -> ProviderBooking:
    """Validate a providerbooking body from anywhere (a file, a form, the network)."""
    if not isinstance(data, Mapping):
        raise InvalidInput([Problem("", "model_type", "the booking must be a JSON object")])
    try:
        return ProviderBooking.model_validate(data)
    except ValidationError as err:
        raise InvalidInput(from_validation_error(err)) from None
