"""The patient's details, exposed to QML as ``form``: who the visit is for, then one topic a screen
(the patient; how to reach them; their address; the parent or caregiver; the reason; payment; the
policy holder). Fields, keyboards and problems come from the pure form rules
(:mod:`kiosk.flow.provider`); the typed values are PHI, kept in memory only and dropped by the
privacy reset."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from kiosk.flow import provider as pv
from kiosk.flow.journey import FORM_STEPS, Screen
from kiosk.qt import wording
from kiosk.qt.session import SessionViewModel

log = logging.getLogger("kiosk.ui")

_STEPS = frozenset(FORM_STEPS) - {Screen.WHO}


class FormViewModel(QObject):
    fieldsChanged = Signal()  # the fields of the step on screen (not on every keystroke)
    problemsChanged = Signal()

    def __init__(
        self,
        session: SessionViewModel,
        *,
        payment: pv.PaymentOptions,
        genders: tuple[str, ...] = pv.GENDERS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._payment = payment
        self._genders = genders  # those this EHR takes (kiosk.genders), in DexCare's words
        self.form = pv.Form()
        self._problems: dict[str, str] = {}  # field key -> problem code
        self._order_typed = self.order()
        self._step: Screen | None = None
        session.adopt(self)
        session.screenChanged.connect(self._screen_changed)
        session.languageChanged.connect(self._language_switched)

    # ================================================================================ QML
    @Property(str, notify=fieldsChanged)
    def title(self) -> str:
        else_ = self.form.for_someone_else
        return {
            Screen.PATIENT: QCoreApplication.translate("Kiosk", "About the patient") if else_ else QCoreApplication.translate("Kiosk", "About you"),
            Screen.CONTACT: QCoreApplication.translate("Kiosk", "How to reach the patient") if else_ else QCoreApplication.translate("Kiosk", "How to reach you"),
            Screen.ADDRESS: QCoreApplication.translate("Kiosk", "The patient's home address") if else_ else QCoreApplication.translate("Kiosk", "Your home address"),
            Screen.GUARDIAN: QCoreApplication.translate("Kiosk", "About you, the parent or caregiver"),
            Screen.REASON: QCoreApplication.translate("Kiosk", "Reason for the visit"),
            Screen.PAYMENT: QCoreApplication.translate("Kiosk", "Payment"),
            Screen.HOLDER: QCoreApplication.translate("Kiosk", "The insurance policy holder"),
        }.get(self.session.current_screen, "")  # fmt: skip

    @Property(str, notify=fieldsChanged)
    def intro(self) -> str:
        return {
            Screen.PATIENT: QCoreApplication.translate("Kiosk", "The person who will see the provider. As on their ID or insurance card."),
            Screen.CONTACT: QCoreApplication.translate("Kiosk", "We use these only about this visit."),
            Screen.ADDRESS: QCoreApplication.translate("Kiosk", "As on your ID or insurance card."),
            Screen.GUARDIAN: QCoreApplication.translate("Kiosk", "We book the visit in the patient's name and contact you about it."),
            Screen.REASON: QCoreApplication.translate("Kiosk", "A few words are enough. Tap a suggestion or type your own."),
            Screen.PAYMENT: QCoreApplication.translate("Kiosk", "You can also pay when you arrive."),
            Screen.HOLDER: QCoreApplication.translate("Kiosk", "The person whose name is on the insurance card."),
        }.get(self.session.current_screen, "")  # fmt: skip

    @Property(list, notify=fieldsChanged)
    def fields(self) -> list[dict[str, Any]]:
        else_ = self.form.for_someone_else
        payers = dict(self._payment.payers)
        out = []
        for spec in self._specs():
            value = self.form.get(spec.key)
            out.append({
                "key": spec.key, "kind": spec.kind, "keyboard": spec.keyboard,
                "required": spec.required, "maxLength": spec.max_length,
                "label": wording.label(spec.key, someone_else=else_),
                "hint": wording.date_hint(self.order()) if spec.kind == "date" else wording.hint(spec.key),
                "value": value,
                "valueLabel": wording.option(spec.key, value, someone_else=else_, payers=payers)
                if spec.kind in ("choice", "pick") and value else "",
                "options": [{"value": o, "label": wording.option(spec.key, o, someone_else=else_, payers=payers)}
                            for o in self._offered(spec.key, spec.options)],
            })  # fmt: skip
        return out

    def set_payment(self, payment: pv.PaymentOptions) -> None:
        """The payers offered changed (DexCare's list arrived, or was refreshed)."""
        if payment != self._payment:
            self._payment = payment
            self.fieldsChanged.emit()

    def _offered(self, key: str, options: tuple[str, ...]) -> list[str]:
        """States by their names in the patient's language; only the genders this EHR takes;
        other lists as the form gives them."""
        if key.endswith(".state"):
            return [o for o in pv.state_order_by_name(wording.state_name) if o in options]
        if key.endswith(".gender"):
            return [o for o in options if o in self._genders]
        return list(options)

    @Property(dict, notify=problemsChanged)
    def problems(self) -> dict[str, str]:
        return {k: wording.problem(code, k) for k, code in self._problems.items()}

    @Property(list, notify=fieldsChanged)
    def reasonPicks(self) -> list[str]:
        return wording.reason_picks()

    @Property(bool, notify=fieldsChanged)
    def forSomeoneElse(self) -> bool:
        return self.form.for_someone_else

    # ============================================================================= intents
    @Slot(bool)
    def chooseWho(self, someone_else: bool) -> None:
        if self.session.current_screen is not Screen.WHO:
            return
        self.form.for_someone_else = someone_else
        self.session.step(lambda: self.session.journey.choose_who(someone_else))

    @Slot(str, str)
    def setField(self, key: str, value: str) -> None:
        spec = self._spec(key)
        if spec is None or value == self.form.get(key):
            return
        self.form.set(key, value)
        if spec.kind in ("choice", "pick"):
            self._check(spec)
            self.fieldsChanged.emit()  # what follows may depend on it (payment method, holder)
        elif key in self._problems:
            self._check(spec)  # a shown problem goes away as soon as it is fixed

    @Slot(str)
    def leaveField(self, key: str) -> None:
        """The patient moved on from a field: judge it now (never one not reached yet)."""
        spec = self._spec(key)
        if spec is not None and (self.form.get(key) or key in self._problems):
            self._check(spec)

    @Slot(str)
    def addReason(self, text: str) -> None:
        now = self.form.get("reason").strip()
        if text.casefold() in now.casefold():
            return
        value = f"{now}, {text}" if now else text
        if len(value) <= pv.REASON_MAX:
            self.form.set("reason", value)
            self._problems.pop("reason", None)
            self.problemsChanged.emit()
            self.fieldsChanged.emit()

    @Slot()
    def nextStep(self) -> None:
        if self.session.current_screen not in _STEPS:
            return
        problems = pv.check_step(self._specs(), self.form, self.order())
        self._set_problems(problems)
        if problems:
            log.info(
                "form step %s: %d field(s) to fix", self.session.current_screen.value, len(problems)
            )
            return
        holder = pv.holder_needed(self.form)
        self.session.step(lambda: self.session.journey.step_done(holder=holder))

    # ============================================================ for the booking part
    def order(self) -> pv.DateOrder:
        return "DMY" if self.session.languages.current == "es" else "MDY"

    def send_back(self, fields: dict[str, str], source: str) -> None:
        """A field was refused: back to its step, with the reason on it."""
        key = next(iter(fields))
        log.info("booking refused a field (%s); back to step %s", source, pv.step_of(key).value)
        self._problems = dict(fields)
        self.session.step(lambda: self.session.journey.needs_fixing(pv.step_of(key)))
        self.fieldsChanged.emit()
        self.problemsChanged.emit()

    def reset(self) -> None:
        self.form = pv.Form()  # the patient's details: gone
        self._problems = {}
        self._order_typed = self.order()
        self.fieldsChanged.emit()
        self.problemsChanged.emit()

    def went_back(self) -> None:
        pass

    # ========================================================================== internals
    def _specs(self) -> list[pv.FieldSpec]:
        return pv.fields_for(self.session.current_screen, self.form, self._payment)

    def _spec(self, key: str) -> pv.FieldSpec | None:
        return next((f for f in self._specs() if f.key == key), None)

    def _check(self, spec: pv.FieldSpec) -> None:
        code = pv.check_field(spec, self.form.get(spec.key), self.order())
        if code != self._problems.get(spec.key):
            if code:
                self._problems[spec.key] = code
            else:
                self._problems.pop(spec.key, None)
            self.problemsChanged.emit()

    def _set_problems(self, problems: dict[str, str]) -> None:
        if problems != self._problems:
            self._problems = problems
            self.problemsChanged.emit()

    def _screen_changed(self) -> None:
        """A new screen: its fields, and only the problems already found on them."""
        screen = self.session.current_screen
        if screen == self._step:
            return
        self._step = screen
        if screen in _STEPS:
            keys = {f.key for f in self._specs()}
            self._set_problems({k: v for k, v in self._problems.items() if k in keys})
        self.fieldsChanged.emit()

    def _language_switched(self) -> None:
        new = self.order()
        pv.relocalize_dates(self.form, self._order_typed, new)
        self._order_typed = new
        self.fieldsChanged.emit()
        self.problemsChanged.emit()
