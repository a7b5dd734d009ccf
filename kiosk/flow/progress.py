"""Where the patient is: the journey's stages, for the step indicator ("Step 3 of 8") and the
words spoken with it. A stage may span several screens (the patient's details take three); a
screen skipped because it had one choice is no stage at all. Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.flow.journey import CareKind, Journey, Screen


class Stage(StrEnum):
    CARE = "care"
    CLINIC = "clinic"
    PROVIDER = "provider"
    VISIT_TYPE = "visit_type"
    TIME = "time"
    DETAILS_ON_PAGE = "details_on_page"  # the walk-in's details, on DexCare's page
    WHO = "who"
    PATIENT = "patient"
    GUARDIAN = "guardian"
    REASON = "reason"
    PAYMENT = "payment"
    REVIEW = "review"


_STAGE_OF: dict[Screen, Stage] = {
    Screen.CARE_CHOICE: Stage.CARE, Screen.CLINICS: Stage.CLINIC, Screen.TIMES: Stage.TIME,
    Screen.HANDOFF: Stage.DETAILS_ON_PAGE, Screen.PROVIDERS: Stage.PROVIDER,
    Screen.VISIT_TYPES: Stage.VISIT_TYPE, Screen.PROVIDER_TIMES: Stage.TIME, Screen.WHO: Stage.WHO,
    Screen.PATIENT: Stage.PATIENT, Screen.CONTACT: Stage.PATIENT, Screen.ADDRESS: Stage.PATIENT,
    Screen.GUARDIAN: Stage.GUARDIAN, Screen.REASON: Stage.REASON, Screen.PAYMENT: Stage.PAYMENT,
    Screen.HOLDER: Stage.PAYMENT, Screen.REVIEW: Stage.REVIEW,
}  # fmt: skip


@dataclass(frozen=True)
class Progress:
    number: int  # 1-based
    total: int  # 0: not known yet (the care choice, before a journey is picked)
    stage: Stage


def stages(journey: Journey) -> list[Stage]:
    """The stages of the patient's journey as far as it is known."""
    care = journey.choices.care
    if care is CareKind.WALK_IN:
        return [Stage.CARE, Stage.CLINIC, Stage.TIME, Stage.DETAILS_ON_PAGE]
    if care is CareKind.PROVIDER:
        out = [Stage.CARE]
        if Screen.PROVIDERS not in journey.skipped:
            out.append(Stage.PROVIDER)
        if Screen.VISIT_TYPES not in journey.skipped:
            out.append(Stage.VISIT_TYPE)
        out += [Stage.TIME, Stage.WHO, Stage.PATIENT]
        if journey.choices.for_someone_else:
            out.append(Stage.GUARDIAN)
        return [*out, Stage.REASON, Stage.PAYMENT, Stage.REVIEW]
    return [Stage.CARE]


def progress(journey: Journey) -> Progress | None:
    """The step on screen, or None where there is no step (Welcome, the endings, staff)."""
    stage = _STAGE_OF.get(journey.screen)
    if stage is None:
        return None
    known = stages(journey)
    if stage not in known:
        return None
    total = len(known) if journey.choices.care is not None else 0
    return Progress(known.index(stage) + 1, total, stage)
