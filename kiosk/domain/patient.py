"""The demographics body of find-or-create patient (``POST /v1/patient/other``, api ref. 3.13).

DexCare fuzzy-matches these in the EHR named by ``identifiers[].system`` and answers with the
patient's GUID, which the providerbooking body needs.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from kiosk.domain.booking import Address, EhrSystemName, Gender
from kiosk.domain.errors import InvalidInput, Problem, from_validation_error
from kiosk.domain.fields import BirthDate, Email, PersonName, Phone


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class HumanName(_Model):
    given: PersonName
    family: PersonName
    middle: PersonName | None = None


class EhrIdentifier(_Model):
    system: EhrSystemName


def _blank_is_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


# DexCare's iOS SDK always encodes email and ssn, "" when unknown (PatientDemographics.swift:123,
# 125 @ 6d7ba09): blank reads as not given. The kiosk never asks for an SSN; one sent by another
# client is digits only, the last four or all nine.
OptionalEmail = Annotated[Email | None, BeforeValidator(_blank_is_none)]
Ssn = Annotated[
    Annotated[str, StringConstraints(pattern=r"^(\d{4}|\d{3}-?\d{2}-?\d{4})$")] | None,
    BeforeValidator(_blank_is_none),
]


class PatientDemographics(_Model):
    name: HumanName
    addresses: tuple[Address, ...] = Field(min_length=1, max_length=3)
    birthdate: BirthDate
    gender: Gender
    identifiers: tuple[EhrIdentifier, ...] = Field(min_length=1, max_length=3)
    email: OptionalEmail = None
    ssn: Ssn = None
    mobilePhone: Phone | None = None
    homePhone: Phone | None = None
    workPhone: Phone | None = None

    @model_validator(mode="after")
    def _reachable(self) -> PatientDemographics:
        if not (self.mobilePhone or self.homePhone or self.workPhone):
            raise ValueError("at least one phone number is required")
        return self

    def to_wire(self, *, as_the_sdk: bool = True) -> dict[str, Any]:
        """The body as sent. ``as_the_sdk``: email and ssn always present, "" when not given,
        as DexCare's own SDK encodes them (a tenant whose DexCare refuses "" turns it off)."""
        body = self.model_dump(mode="json", exclude_none=True)
        if as_the_sdk:
            body.setdefault("email", "")
            body.setdefault("ssn", "")
        return body


def parse_demographics(data: Any) -> PatientDemographics:
    if not isinstance(data, dict):
        raise InvalidInput([Problem("", "model_type", "the patient must be a JSON object")])
    try:
        return PatientDemographics.model_validate(data)
    except ValidationError as err:
        raise InvalidInput(from_validation_error(err)) from None
