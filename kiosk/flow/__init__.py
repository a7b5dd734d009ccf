"""Screen flow and session: which screen comes next, what the session holds, how it is wiped.
Pure Python: no Qt, no network."""

from kiosk.flow.journey import CareKind, Journey, Screen
from kiosk.flow.retail import ClinicCard, DayOfTimes, TimeChoice, clinic_cards, group_times

__all__ = [
    "CareKind",
    "ClinicCard",
    "DayOfTimes",
    "Journey",
    "Screen",
    "TimeChoice",
    "clinic_cards",
    "group_times",
]
