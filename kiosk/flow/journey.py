"""The booking journeys (walk-in and provider) as a small state machine.

The view-model asks it what comes next; it never touches Qt or the network. Everything the patient
chose lives here or in the provider form (:mod:`kiosk.flow.provider`) and nowhere else, so one
``reset()`` wipes it all.

"Back" returns to the screen the patient actually came from (a history, not a fixed map), so a
screen skipped because it had one choice is skipped on the way back too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Screen(StrEnum):
    WELCOME = "welcome"
    CARE_CHOICE = "care"
    # walk-in
    CLINICS = "clinics"
    TIMES = "times"
    HANDOFF = "handoff"
    DONE = "done"
    # provider appointment
    PROVIDERS = "providers"
    VISIT_TYPES = "visit_types"
    PROVIDER_TIMES = "provider_times"
    WHO = "who"
    PATIENT = "patient"  # name, date of birth, gender
    CONTACT = "contact"  # phone, email
    ADDRESS = "address"
    GUARDIAN = "guardian"
    REASON = "reason"
    PAYMENT = "payment"
    HOLDER = "holder"  # the insurance policy holder, when it is someone else
    REVIEW = "review"
    BOOKING = "booking"
    CONFIRMED = "confirmed"
    OUTCOME = "outcome"  # an answer that needs the front desk, or an unknown outcome
    # staff
    STAFF = "staff"
    OUT_OF_SERVICE = "out_of_service"


class CareKind(StrEnum):
    WALK_IN = "walk_in"
    PROVIDER = "provider"


# Where the kiosk waits with nobody's session on it: the staff PIN opens from here, systemd hears
# "ready" here, and the daily restart may happen here.
NO_PATIENT = frozenset({Screen.WELCOME, Screen.OUT_OF_SERVICE})
# Screens with no way back: the web hand-off (it has Start over), the wait for the booking, and
# the endings.
_NO_BACK = frozenset(
    {Screen.WELCOME, Screen.HANDOFF, Screen.DONE, Screen.BOOKING, Screen.CONFIRMED, Screen.OUTCOME,
     Screen.STAFF, Screen.OUT_OF_SERVICE}
)  # fmt: skip
# The patient-details steps in order, one topic each; "Next" from the last goes to the review.
FORM_STEPS: tuple[Screen, ...] = (
    Screen.WHO,
    Screen.PATIENT,
    Screen.CONTACT,
    Screen.ADDRESS,
    Screen.GUARDIAN,
    Screen.REASON,
    Screen.PAYMENT,
    Screen.HOLDER,
)


@dataclass
class Choices:
    """What the patient has picked so far. No PHI: ids and display times only."""

    care: CareKind | None = None
    clinic: str | None = None  # urlName
    provider: str | None = None  # NPI
    visit_type: str | None = None  # visitTypeId
    slot_id: str | None = None
    slot_time: str | None = None  # slotDateTime as DexCare sent it
    for_someone_else: bool | None = None

    def clear_from(self, screen: Screen) -> None:
        """Forget choices made on ``screen`` and after it (going back un-picks them). The
        patient's typed details are not choices: they survive going back."""
        order = (Screen.CARE_CHOICE, Screen.CLINICS, Screen.PROVIDERS, Screen.VISIT_TYPES)
        if screen in (Screen.WELCOME, Screen.CARE_CHOICE):
            self.care = None
        if screen in (*order[:2], Screen.WELCOME):
            self.clinic = None
        if screen in (*order[:3], Screen.WELCOME):
            self.provider = None
        if screen in (*order, Screen.WELCOME):
            self.visit_type = None
        if screen in (*order, Screen.WELCOME, Screen.TIMES, Screen.PROVIDER_TIMES):
            self.slot_id = self.slot_time = None


class FlowError(Exception):
    """An intent that makes no sense on the current screen (a stale tap); ignored by the UI."""


@dataclass
class Journey:
    screen: Screen = Screen.WELCOME
    choices: Choices = field(default_factory=Choices)
    history: list[Screen] = field(default_factory=list)
    reviewing: bool = False  # an "Edit" from the review: "Next" goes back to it
    owes_guardian: bool = False  # switched to "someone else" from the review: patient + guardian
    # Screens skipped because they offered one choice (one provider, one visit type): not steps.
    skipped: set[Screen] = field(default_factory=set)

    def start(self) -> Screen:
        self._expect(Screen.WELCOME)
        return self._go(Screen.CARE_CHOICE)

    def choose_care(self, care: CareKind) -> Screen:
        self._expect(Screen.CARE_CHOICE)
        self.choices.care = care
        return self._go(Screen.CLINICS if care is CareKind.WALK_IN else Screen.PROVIDERS)

    # ------------------------------------------------------------------------------ walk-in
    def choose_clinic(self, url_name: str) -> Screen:
        self._expect(Screen.CLINICS)
        self.choices.clinic = url_name
        return self._go(Screen.TIMES)

    def choose_time(self, slot_id: str, slot_time: str) -> Screen:
        self._expect(Screen.TIMES, Screen.PROVIDER_TIMES)
        self.choices.slot_id, self.choices.slot_time = slot_id, slot_time
        if self.screen is Screen.TIMES:
            return self._go(Screen.HANDOFF)
        if self.reviewing:
            return self._go(Screen.REVIEW)
        return self._go(Screen.WHO)

    def slot_went_stale(self) -> Screen:
        """The slot started (or was taken) before it was booked: back to a refreshed time list.
        On the provider journey everything else stays entered, and the new time leads straight
        back to the review."""
        self._expect(Screen.HANDOFF, Screen.TIMES, Screen.BOOKING, Screen.REVIEW)
        self.choices.slot_id = self.choices.slot_time = None
        if self.choices.care is CareKind.PROVIDER:
            return self._reopen(Screen.PROVIDER_TIMES)
        return self._go(Screen.TIMES)

    def booked(self) -> Screen:
        self._expect(Screen.HANDOFF, Screen.BOOKING)
        return self._go(Screen.DONE if self.screen is Screen.HANDOFF else Screen.CONFIRMED)

    # ----------------------------------------------------------------------------- provider
    def choose_provider(self, npi: str, *, only_one: bool = False) -> Screen:
        """``only_one``: the list had one provider, so it is not a step to come back to."""
        self._expect(Screen.PROVIDERS)
        self.choices.provider = npi
        if only_one:
            self.skipped.add(Screen.PROVIDERS)
        return self._go(Screen.VISIT_TYPES, remember=not only_one)

    def choose_visit_type(self, visit_type_id: str, *, only_one: bool = False) -> Screen:
        self._expect(Screen.VISIT_TYPES)
        self.choices.visit_type = visit_type_id
        if only_one:
            self.skipped.add(Screen.VISIT_TYPES)
        return self._go(Screen.PROVIDER_TIMES, remember=not only_one)

    def choose_who(self, someone_else: bool) -> Screen:
        self._expect(Screen.WHO)
        switched = self.choices.for_someone_else is False and someone_else
        self.choices.for_someone_else = someone_else
        # From the review, "someone else" means new patient details and the guardian's too.
        self.owes_guardian = self.reviewing and switched
        return self.step_done()

    def step_done(self, *, holder: bool = False) -> Screen:
        """The form step on screen is complete: the next step, or back to the review. ``holder``:
        the insurance belongs to someone else, so the policy holder's step follows payment."""
        self._expect(*FORM_STEPS)
        if self.screen is Screen.GUARDIAN:
            self.owes_guardian = False
        owes_holder = self.screen is Screen.PAYMENT and holder
        if self.reviewing and not self.owes_guardian and not owes_holder:
            return self._go(Screen.REVIEW)
        for target in FORM_STEPS[FORM_STEPS.index(self.screen) + 1 :]:
            if target is Screen.GUARDIAN and not self.choices.for_someone_else:
                continue
            if target is Screen.HOLDER and not holder:
                continue
            return self._go(target)
        return self._go(Screen.REVIEW)

    def edit(self, step: Screen) -> Screen:
        """An "Edit" button on the review."""
        self._expect(Screen.REVIEW)
        if step not in (*FORM_STEPS, Screen.PROVIDER_TIMES):
            raise FlowError(f"{step} cannot be edited")
        return self._reopen(step)

    def submit(self) -> Screen:
        self._expect(Screen.REVIEW)
        return self._go(Screen.BOOKING, remember=False)

    def needs_fixing(self, step: Screen) -> Screen:
        """DexCare (or the rules) refused a field: back to the step that holds it."""
        self._expect(Screen.BOOKING, Screen.REVIEW)
        return self._reopen(step)

    def not_booked(self) -> Screen:
        """A network or server failure: back to the review, everything kept, to try again."""
        self._expect(Screen.BOOKING)
        self.screen = Screen.REVIEW  # the history is still the review's
        return self.screen

    def front_desk(self) -> Screen:
        """An answer only staff can sort out, or an outcome nobody knows."""
        self._expect(Screen.BOOKING)
        return self._go(Screen.OUTCOME, remember=False)

    # ------------------------------------------------------------------------------ general
    @property
    def can_go_back(self) -> bool:
        return self.screen not in _NO_BACK and bool(self.history)

    def back(self) -> Screen:
        if not self.can_go_back:
            raise FlowError(f"no way back from {self.screen}")
        target = self.history.pop()
        if target is Screen.REVIEW:
            self.reviewing = False
        if target is Screen.CARE_CHOICE:
            self.skipped.clear()  # the lists are asked for again
        self.choices.clear_from(target)
        self.screen = target
        return target

    def open_staff(self) -> Screen:
        """The staff panel, from the Welcome or out-of-service screen (after the PIN)."""
        self._expect(Screen.WELCOME, Screen.OUT_OF_SERVICE)
        return self._go(Screen.STAFF, remember=False)

    def reset(self, home: Screen = Screen.WELCOME) -> Screen:
        """Back to ``home`` (Welcome, or the out-of-service screen), everything forgotten."""
        self.choices = Choices()
        self.history.clear()
        self.skipped.clear()
        self.reviewing = self.owes_guardian = False
        self.screen = home
        return self.screen

    def _expect(self, *screens: Screen) -> None:
        if self.screen not in screens:
            raise FlowError(f"not on {', '.join(screens)} (on {self.screen})")

    def _go(self, screen: Screen, *, remember: bool = True) -> Screen:
        if screen is Screen.REVIEW and Screen.REVIEW in self.history:
            # Back at the review after an edit: its history is what it was before the edit.
            del self.history[len(self.history) - 1 - self.history[::-1].index(Screen.REVIEW) :]
        elif remember and self.screen is not screen:
            self.history.append(self.screen)
        if screen is Screen.REVIEW:
            self.reviewing = False
        self.screen = screen
        return screen

    def _reopen(self, step: Screen) -> Screen:
        """From the booking (or the review), open ``step`` as if "Edit" had been tapped."""
        self.screen = Screen.REVIEW
        self.reviewing = True
        return self._go(step)
