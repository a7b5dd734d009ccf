"""Booking rules: pure Python (pydantic, no Qt, no httpx), usable from a script."""

from kiosk.domain.booking import (
    RELATIONSHIPS,
    Actor,
    Address,
    BillingDateFormat,
    BillingInfo,
    Declaration,
    Gender,
    InsuranceType,
    Patient,
    PaymentMethod,
    ProviderBooking,
    VisitDetails,
    npi_is_valid,
    parse_booking,
)
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
