"""Booking rules: pure Python (pydantic, no Qt, no httpx), usable from a script.

The names load on first use (PEP 562): building the booking models and their validators costs
~0.1 s, which the kiosk's start-up should not pay before its first screen.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_HOME = {
    "RELATIONSHIPS": "booking", "Actor": "booking", "Address": "booking", "BillingInfo": "booking",
    "Declaration": "booking", "Gender": "booking", "InsuranceType": "booking", "Patient": "booking",
    "PaymentMethod": "booking", "ProviderBooking": "booking", "VisitDetails": "booking",
    "parse_booking": "booking", "BillingDateFormat": "codes", "npi_is_valid": "codes",
    "HandoffUrlInvalid": "errors", "InvalidInput": "errors", "Problem": "errors", "SlotIdInvalid": "errors",
    "DEFAULT_SCHEDULING_URL": "handoff", "handoff_url": "handoff",
    "PatientDemographics": "patient", "parse_demographics": "patient",
    "Slot": "slot", "decode_slot_id": "slot",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'kiosk.domain' has no attribute {name!r}")
    value = getattr(import_module(f"kiosk.domain.{home}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from kiosk.domain.booking import (
        RELATIONSHIPS,
        Actor,
        Address,
        BillingInfo,
        Declaration,
        Gender,
        InsuranceType,
        Patient,
        PaymentMethod,
        ProviderBooking,
        VisitDetails,
        parse_booking,
    )
    from kiosk.domain.codes import BillingDateFormat, npi_is_valid
    from kiosk.domain.errors import HandoffUrlInvalid, InvalidInput, Problem, SlotIdInvalid
    from kiosk.domain.handoff import DEFAULT_SCHEDULING_URL, handoff_url
    from kiosk.domain.patient import PatientDemographics, parse_demographics
    from kiosk.domain.slot import Slot, decode_slot_id

__all__ = [
    "DEFAULT_SCHEDULING_URL",
    "RELATIONSHIPS",
    "Actor",
    "Address",
    "BillingDateFormat",
    "BillingInfo",
    "Declaration",
    "Gender",
    "HandoffUrlInvalid",
    "InsuranceType",
    "InvalidInput",
    "Patient",
    "PatientDemographics",
    "PaymentMethod",
    "Problem",
    "ProviderBooking",
    "Slot",
    "SlotIdInvalid",
    "VisitDetails",
    "decode_slot_id",
    "handoff_url",
    "npi_is_valid",
    "parse_booking",
    "parse_demographics",
]
