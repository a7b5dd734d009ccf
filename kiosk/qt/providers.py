"""The appointment's first half, exposed to QML as ``providers``: the providers this kiosk offers
(with their next free time), a provider's visit types, and their times. A list of one is not a
step: it is chosen by itself, and skipped on the way back too."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.dexcare import DexCareClient, DexCareError
from kiosk.dexcare.mapping import to_provider_card, to_schedule
from kiosk.flow import provider as pv
from kiosk.flow.errors import ErrorKind
from kiosk.flow.journey import CareKind, Screen
from kiosk.flow.retail import TimeChoice, group_times
from kiosk.qt.session import SessionViewModel
from kiosk.qt.times import TimesViewModel

log = logging.getLogger("kiosk.ui")


class ProvidersViewModel(TimesViewModel):
    providersChanged = Signal()
    choiceChanged = Signal()  # the provider or visit type chosen

    def __init__(
        self,
        session: SessionViewModel,
        *,
        client: DexCareClient,
        providers_offered: list[str],
        visit_type_names: dict[str, dict[str, str]],
        visit_type_descriptions: dict[str, dict[str, str]],
        kiosk_zone: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(session, parent)
        self._client = client
        self._kiosk_zone = kiosk_zone
        self._offered = providers_offered
        self._names = visit_type_names
        self._descriptions = visit_type_descriptions
        self._providers: list[pv.ProviderCard] = []
        self._lookaheads: dict[tuple[str, str], int] = {}  # (visit type, EHR) -> days
        self.provider: pv.ProviderCard | None = None
        self.visit_type: pv.VisitTypeChoice | None = None
        session.languageChanged.connect(self.providersChanged)
        session.languageChanged.connect(self.choiceChanged)

    # ================================================================================ QML
    @Property(list, notify=providersChanged)
    def providers(self) -> list[dict[str, Any]]:
        p = self.session.present
        return [
            {"npi": c.npi, "name": c.name, "credentials": c.credentials, "initials": c.initials,
             "place": c.department_name, "address": c.address,
             "nextFree": p.when(c.next_free, c.timezone or None) if c.next_free else "",
             "hasTimes": c.next_free is not None}
            for c in self._providers
        ]  # fmt: skip

    @Property(int, notify=providersChanged)
    def providerCount(self) -> int:
        return len(self._providers)

    @Property(list, notify=choiceChanged)
    def visitTypes(self) -> list[dict[str, str]]:
        p = self.provider
        return [{"id": v.visit_type_id, "name": self.visit_type_label(v),
                 "description": self._description(v)}
                for v in (p.visit_types if p else ())]  # fmt: skip

    @Property(str, notify=choiceChanged)
    def providerName(self) -> str:
        return self.provider_name()

    @Property(str, notify=choiceChanged)
    def visitTypeName(self) -> str:
        return self.visit_type_label(self.visit_type) if self.visit_type else ""

    # ============================================================================= intents
    @Slot()
    def chooseAppointment(self) -> None:
        if self.session.step(lambda: self.session.journey.choose_care(CareKind.PROVIDER)):
            self.session.spawn(self._load_providers, "providers")

    @Slot(str)
    def chooseProvider(self, npi: str) -> None:
        self._pick_provider(npi, only_one=False)

    @Slot(str)
    def chooseVisitType(self, visit_type_id: str) -> None:
        self._pick_visit_type(visit_type_id, only_one=False)

    # ========================================================================== the times
    def times_screen(self) -> Screen:
        return Screen.PROVIDER_TIMES

    def chosen(self, choice: TimeChoice) -> None:
        journey = self.session.journey
        if self.session.step(lambda: journey.choose_time(choice.slot_id, choice.slot_date_time)):
            self.set_notice("")
            self._chose()
            self.summarize()

    async def load_times(self) -> None:
        p, vt = self.provider, self.visit_type
        if p is None or vt is None:
            return
        try:
            zone = pv.zone_of_today(p.timezone, self._kiosk_zone)
        except pv.NoTimeZone:
            log.error("no time zone for the provider's department: set kiosk.timezone")
            self.session.errors.show(ErrorKind.MISCONFIGURED)
            return
        lookahead = await self._max_lookahead(vt.short_name, p.ehr_system_name)
        start, end = pv.search_window(self.session.clock(), zone, lookahead)
        reply = await self._client.provider_slots(
            p.npi, start=start, end=end,
            visit_type_name=vt.short_name, department_id=p.department_id,
        )  # fmt: skip
        schedule = to_schedule(reply.data)
        if not p.timezone:
            self.provider = pv.replace_next_free(p, p.next_free, schedule.timezone)
        self.set_days(group_times(schedule, self.session.clock()))

    # ================================================================ for the booking part
    def provider_name(self) -> str:
        p = self.provider
        return f"{p.name}, {p.credentials}" if p and p.credentials else (p.name if p else "")

    def heading_text(self) -> str:
        return f"{self.provider_name()} · {self.visit_type_name()}" if self.provider else ""

    def visit_type_name(self) -> str:
        return self.visit_type_label(self.visit_type) if self.visit_type else ""

    def place_name(self) -> str:
        return self.provider.department_name if self.provider else ""

    def place_address(self) -> str:
        return self.provider.address if self.provider else ""

    def chosen_time(self) -> str:
        chosen = self.session.journey.choices.slot_time
        return (
            self.session.present.when(datetime.fromisoformat(chosen), self.zone()) if chosen else ""
        )

    def visit_type_label(self, vt: pv.VisitTypeChoice) -> str:
        names = self._names.get(self.session.languages.current, {})
        return names.get(vt.short_name) or vt.name

    def zone(self) -> str | None:
        return self.provider.timezone if self.provider and self.provider.timezone else None

    def slot_ref(self) -> pv.SlotRef | None:
        p, vt, slot = self.provider, self.visit_type, self.session.journey.choices.slot_id
        if p is None or vt is None or slot is None:
            return None
        return pv.SlotRef(p.npi, p.department_id, p.ehr_system_name, vt.visit_type_id, slot)

    # ============================================================================ session
    def reset(self) -> None:
        super().reset()
        self._providers, self.provider, self.visit_type = [], None, None
        self._lookaheads.clear()
        self.providersChanged.emit()
        self._chose()

    # ========================================================================== internals
    def _chose(self) -> None:
        self.choiceChanged.emit()
        self.placeChanged.emit()

    def _description(self, vt: pv.VisitTypeChoice) -> str:
        """In the patient's language: DexCare's own (English) text only where English is."""
        language = self.session.languages.current
        own = self._descriptions.get(language, {}).get(vt.short_name)
        if own:
            return own
        return vt.description if self.visit_type_label(vt) == vt.name else ""

    def _pick_provider(self, npi: str, *, only_one: bool) -> None:
        card = next((c for c in self._providers if c.npi == npi), None)
        if card is None or self.session.current_screen is not Screen.PROVIDERS:
            return
        self.provider, self.visit_type = card, None
        self._chose()
        self.session.step(lambda: self.session.journey.choose_provider(npi, only_one=only_one))
        self.summarize()
        if len(card.visit_types) == 1:
            self._pick_visit_type(card.visit_types[0].visit_type_id, only_one=True)

    def _pick_visit_type(self, visit_type_id: str, *, only_one: bool) -> None:
        p = self.provider
        vt = (
            next((v for v in p.visit_types if v.visit_type_id == visit_type_id), None)
            if p
            else None
        )
        if vt is None or self.session.current_screen is not Screen.VISIT_TYPES:
            return
        self.visit_type = vt
        self.set_days([])
        self._chose()
        journey = self.session.journey
        self.session.step(lambda: journey.choose_visit_type(visit_type_id, only_one=only_one))
        self.session.spawn(self.load_times, "provider times")

    def summarize(self) -> None:
        self.session.set_summary(
            f"{self.provider_name()} · {self.place_name()}" if self.provider else "",
            self.chosen_time(),
        )

    async def _load_providers(self) -> None:
        refs = (await self._client.providers()).data
        wanted = self._offered
        npis = [r.npi for r in refs if not wanted or r.npi in wanted]
        infos = await asyncio.gather(*(self._client.provider(n) for n in npis))
        cards = pv.offered_providers(
            [to_provider_card(i.data) for i in infos if i.data.is_active is not False], wanted
        )
        # maxLookaheadDays once per visit type and EHR, not once per card (a failure here is asked
        # again by each card, which then shows no next time, as before).
        asked = {(c.visit_types[0].short_name, c.ehr_system_name) for c in cards if c.visit_types}
        await asyncio.gather(*(self._max_lookahead(*k) for k in asked), return_exceptions=True)
        results = await asyncio.gather(*(self._next_free(c) for c in cards), return_exceptions=True)
        self._providers = [
            c if isinstance(r, BaseException) or r is None else pv.replace_next_free(c, *r)
            for c, r in zip(cards, results, strict=True)
        ]
        self.providersChanged.emit()
        for r in results:
            if isinstance(r, BaseException) and not isinstance(r, DexCareError):
                raise r
        if len(self._providers) == 1 and self.session.current_screen is Screen.PROVIDERS:
            self._pick_provider(self._providers[0].npi, only_one=True)

    async def _max_lookahead(self, visit_type_name: str, ehr_system_name: str) -> int:
        """DexCare's maxLookaheadDays, asked once per patient for each visit type and EHR."""
        key = (visit_type_name, ehr_system_name)
        if key not in self._lookaheads:
            reply = await self._client.max_lookahead_days(visit_type_name, ehr_system_name)
            self._lookaheads[key] = reply.data
        return self._lookaheads[key]

    async def _next_free(self, card: pv.ProviderCard) -> tuple[datetime | None, str] | None:
        if not card.visit_types:
            return None
        try:
            zone = pv.zone_of_today(card.timezone, self._kiosk_zone)
        except pv.NoTimeZone:
            return None  # the card shows no next time; picking it says what is wrong
        vt = card.visit_types[0]
        lookahead = await self._max_lookahead(vt.short_name, card.ehr_system_name)
        start, end = pv.search_window(
            self.session.clock(), zone, lookahead, at_most=pv.NEXT_FREE_DAYS
        )
        reply = await self._client.provider_slots(
            card.npi, start=start, end=end,
            visit_type_name=vt.short_name, department_id=card.department_id,
        )  # fmt: skip
        schedule = to_schedule(reply.data)
        days = group_times(schedule, self.session.clock())
        return (days[0].times[0].starts_at if days else None), schedule.timezone
