"""Provider searches count "today" in the department's zone, else the kiosk's, never in UTC:
DexCare's provider departments name no zone, and asking past maxLookaheadDays is an error."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.demo import seed
from kiosk.demo.emulator import DexCareEmulator
from kiosk.dexcare import DexCareClient, InvalidRequest
from kiosk.dexcare.mapping import to_schedule
from kiosk.domain.catalog import OfferedSlot, Schedule
from kiosk.flow import provider as pv
from kiosk.flow.retail import group_times
from tests.helpers import with_emulator

LA = ZoneInfo("America/Los_Angeles")
NPI = "1520384714"  # Seattle


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "today"),
    [
        ("2026-11-23T23:30", date(2026, 11, 23)),  # 15:30 in Seattle: still the 23rd there
        ("2026-11-24T00:30", date(2026, 11, 23)),  # 16:30 in Seattle, the 24th in UTC
        ("2026-11-01T06:30", date(2026, 10, 31)),  # 23:30 PDT, the night the clocks go back
        ("2026-11-01T08:30", date(2026, 11, 1)),  # 00:30 PST, after the change
        ("2026-03-08T09:30", date(2026, 3, 8)),  # 01:30 PST, before spring forward
        ("2026-03-08T10:30", date(2026, 3, 8)),  # 03:30 PDT, after it
    ],
)
def test_the_window_starts_today_in_the_kiosks_zone(now: str, today: date) -> None:
    zone = pv.zone_of_today("", "America/Los_Angeles")  # DexCare named none
    start, end = pv.search_window(at(now), zone, 7)
    assert (start, (end - start).days) == (today, 7)


def test_the_departments_zone_comes_first_and_none_at_all_is_an_error() -> None:
    assert pv.zone_of_today("America/Boise", "America/Los_Angeles") == ZoneInfo("America/Boise")
    with pytest.raises(pv.NoTimeZone):
        pv.zone_of_today("", None)


def test_next_free_never_asks_past_the_lookahead() -> None:
    start, end = pv.search_window(at("2026-11-23T18:00"), LA, 3, at_most=pv.NEXT_FREE_DAYS)
    assert (end - start).days == 3
    start, end = pv.search_window(at("2026-11-23T18:00"), LA, 30, at_most=pv.NEXT_FREE_DAYS)
    assert (end - start).days == pv.NEXT_FREE_DAYS


@pytest.mark.parametrize("now", ["2026-11-23T23:30", "2026-11-24T00:30"])
def test_an_evening_search_stays_inside_dexcares_lookahead(now: str) -> None:
    """The emulator, like DexCare, gives no zone and refuses a day past the lookahead: counted in
    UTC (the old way), a US evening asks for that day; in the kiosk's zone it does not."""
    emu = DexCareEmulator(clock=lambda: at(now), latency=0)

    async def search(client: DexCareClient, _: DexCareEmulator) -> tuple[str, bool]:
        info = (await client.provider(NPI)).data
        assert info.departments[0].timezone is None  # as DexCare's provider struct
        zone = pv.zone_of_today(info.departments[0].timezone or "", seed.KIOSK_ZONE)
        start, end = pv.search_window(at(now), zone, seed.MAX_LOOKAHEAD_DAYS)
        reply = await client.provider_slots(NPI, start=start, end=end, visit_type_name="NewPatient")
        utc_start, utc_end = pv.search_window(at(now), ZoneInfo("UTC"), seed.MAX_LOOKAHEAD_DAYS)
        try:
            await client.provider_slots(NPI, start=utc_start, end=utc_end,
                                        visit_type_name="NewPatient")  # fmt: skip
            refused = False
        except InvalidRequest:
            refused = True
        return reply.data.provider_national_id, refused

    npi, utc_refused = with_emulator(search, emulator=emu)
    assert npi == NPI
    assert utc_refused == (at(now).date() != at(now).astimezone(LA).date())


def test_times_are_shown_in_the_zone_their_slot_id_names() -> None:
    # A Boise slot (Mountain time) in a schedule that says Los Angeles: 9:00 in Boise.
    starts = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("America/Boise"))
    slot = OfferedSlot("x", starts, starts.isoformat(), 20, "d", timezone="America/Boise")
    days = group_times(Schedule("America/Los_Angeles", (slot,)), at("2026-11-23T18:00"))
    assert days[0].times[0].starts_at.hour == 9
    plain = OfferedSlot("y", starts, starts.isoformat(), 20, "d")
    days = group_times(Schedule("America/Los_Angeles", (plain,)), at("2026-11-23T18:00"))
    assert days[0].times[0].starts_at.hour == 8  # no zone in the id: the schedule's


def test_the_slot_ids_zone_reaches_the_schedule() -> None:
    emu = DexCareEmulator(clock=lambda: at("2026-11-23T18:00"), latency=0)

    async def slots(client: DexCareClient, _: DexCareEmulator) -> Schedule:
        start, end = pv.search_window(at("2026-11-23T18:00"), LA, 2)
        reply = await client.provider_slots(NPI, start=start, end=end, visit_type_name="NewPatient")
        return to_schedule(reply.data)

    schedule = with_emulator(slots, emulator=emu)
    assert schedule.slots and all(s.timezone == "America/Los_Angeles" for s in schedule.slots)
