"""The walk-in journey as a small state machine.

The view-model asks it what comes next; it never touches Qt or the network. Everything the patient
chose lives here and nowhere else, so one ``reset()`` wipes it all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Screen(StrEnum):
    WELCOME = "welcome"
    CARE_CHOICE = "care"
    CLINICS = "clinics"
    TIMES = "times"
    HANDOFF = "handoff"
    DONE = "done"


class CareKind(StrEnum):
    WALK_IN = "walk_in"


# Where "Back" goes from each screen (the hand-off has only "Start over").
_BACK: dict[Screen, Screen] = {
    Screen.CARE_CHOICE: Screen.WELCOME,
    Screen.CLINICS: Screen.CARE_CHOICE,
    Screen.TIMES: Screen.CLINICS,
}


@dataclass
class Choices:
    """What the patient has picked so far. No PHI: ids and display times only."""

    care: CareKind | None = None
    clinic: str | None = None  # urlName
    slot_id: str | None = None
    slot_time: str | None = None  # slotDateTime as DexCare sent it

    def clear_from(self, screen: Screen) -> None:
        """Forget choices made on ``screen`` and after it (going back un-picks them)."""
        if screen in (Screen.WELCOME, Screen.CARE_CHOICE):
            self.care = None
        if screen in (Screen.WELCOME, Screen.CARE_CHOICE, Screen.CLINICS):
            self.clinic = None
        if screen is not Screen.HANDOFF and screen is not Screen.DONE:
            self.slot_id = self.slot_time = None


class FlowError(Exception):
    """An intent that makes no sense on the current screen (a stale tap); ignored by the UI."""


@dataclass
class Journey:
    screen: Screen = Screen.WELCOME
    choices: Choices = field(default_factory=Choices)

    def start(self) -> Screen:
        self._expect(Screen.WELCOME)
        return self._go(Screen.CARE_CHOICE)

    def choose_care(self, care: CareKind) -> Screen:
        self._expect(Screen.CARE_CHOICE)
        self.choices.care = care
        return self._go(Screen.CLINICS)

    def choose_clinic(self, url_name: str) -> Screen:
        self._expect(Screen.CLINICS)
        self.choices.clinic = url_name
        return self._go(Screen.TIMES)

    def choose_time(self, slot_id: str, slot_time: str) -> Screen:
        self._expect(Screen.TIMES)
        self.choices.slot_id, self.choices.slot_time = slot_id, slot_time
        return self._go(Screen.HANDOFF)

    def slot_went_stale(self) -> Screen:
        """The slot started before the hand-off: back to a refreshed time list."""
        self._expect(Screen.HANDOFF, Screen.TIMES)
        self.choices.slot_id = self.choices.slot_time = None
        return self._go(Screen.TIMES)

    def booked(self) -> Screen:
        self._expect(Screen.HANDOFF)
        return self._go(Screen.DONE)

    def back(self) -> Screen:
        target = _BACK.get(self.screen)
        if target is None:
            raise FlowError(f"no way back from {self.screen}")
        self.choices.clear_from(target)
        return self._go(target)

    def reset(self) -> Screen:
        self.choices = Choices()
        return self._go(Screen.WELCOME)

    def _expect(self, *screens: Screen) -> None:
        if self.screen not in screens:
            raise FlowError(f"not on {', '.join(screens)} (on {self.screen})")

    def _go(self, screen: Screen) -> Screen:
        self.screen = screen
        return screen
