"""The emulator's scenarios, by name: what a trainer (or a test) can make DexCare do. Kept apart
from the emulator so the settings and the command line can name them without loading it."""

from __future__ import annotations

from enum import StrEnum


class Scenario(StrEnum):
    NORMAL = "normal"
    SLOT_TAKEN = "slot-taken"  # the next booking finds its slot taken by someone else
    SERVER_ERROR = "server-error"  # every request answers 500
    SLOW = "slow"  # every answer waits `latency` seconds
    OFFLINE = "offline"  # connection refused
    OUTCOME_UNKNOWN = "outcome-unknown"  # bookings are made, then the answer is lost
    # Faults DexCare (or a gateway before it) shows at the booking, which the kiosk cannot tell
    # apart from outside: a 500 before anything is written, a 500 after the visit was written,
    # and an answer that comes a byte at a time after it was written.
    BOOKING_ERROR = "booking-error"
    BOOKED_THEN_ERROR = "booked-then-error"
    BOOKED_THEN_TRICKLE = "booked-then-trickle"
    AUTH_EXPIRED = "auth-expired"  # the next call with a token gets one 401
    # Provider bookings the EHR refuses, each as DexCare answers it (api ref. 3.12):
    DOUBLE_BOOKED = "double-booked"  # 409 PatientDoubleBooked
    EHR_CONFLICT = "ehr-conflict"  # 409 UnknownAppointmentConflict
    NOT_ON_PANEL = "not-on-panel"  # 412
    ACCOUNT_LOCKED = "account-locked"  # 423
    PATIENT_NOT_FOUND = "patient-not-found"  # 404 Patient not found
    FIELD_REFUSED = "field-refused"  # 400 naming the patient's ZIP code
