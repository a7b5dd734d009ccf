from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.catalog import Clinic, Hours, OfferedSlot, Schedule
from kiosk.flow.journey import CareKind, FlowError, Journey, Screen
from kiosk.flow.retail import clinic_cards, group_times, is_still_bookable, offered_clinics
from kiosk.web.policy import (
    AllowList,
    NavigationKind,
    RequestKind,
    decide_navigation,
    decide_new_window,
    decide_subrequest,
    is_completion,
    safe_for_log,
)

LA = ZoneInfo("America/Los_Angeles")
NOW = datetime(2026, 11, 23, 18, 5, tzinfo=UTC)  # 10:05 in Los Angeles


def slot(at: datetime, sid: str = "") -> OfferedSlot:
    return OfferedSlot(sid or at.isoformat(), at, at.isoformat(timespec="seconds"), 15, "1101")


def test_the_journey_moves_forward_and_back() -> None:
    j = Journey()
    assert j.start() is Screen.CARE_CHOICE
    assert j.choose_care(CareKind.WALK_IN) is Screen.CLINICS
    assert j.choose_clinic("A") is Screen.TIMES
    assert j.choose_time("s1", "2026-11-23T11:00:00-08:00") is Screen.HANDOFF
    assert j.choices.slot_id == "s1"
    assert j.booked() is Screen.DONE
    assert j.reset() is Screen.WELCOME
    assert j.choices.clinic is None and j.choices.slot_id is None


def test_back_unpicks_what_was_chosen_on_the_screen_returned_to() -> None:
    j = Journey()
    j.start(), j.choose_care(CareKind.WALK_IN), j.choose_clinic("A")
    assert j.back() is Screen.CLINICS
    assert j.choices.clinic is None and j.choices.care is CareKind.WALK_IN
    assert j.back() is Screen.CARE_CHOICE
    assert j.choices.care is None


def test_stale_taps_are_refused() -> None:
    j = Journey()
    with pytest.raises(FlowError):
        j.choose_clinic("A")
    with pytest.raises(FlowError):
        j.back()
    j.start()
    with pytest.raises(FlowError):
        j.booked()


def test_times_are_grouped_by_the_clinics_day_and_past_ones_hidden() -> None:
    base = datetime(2026, 11, 23, 8, 0, tzinfo=LA)
    slots = tuple(slot(base + timedelta(minutes=15 * i)) for i in range(0, 70))  # into the next day
    days = group_times(Schedule("America/Los_Angeles", slots), NOW)
    assert days[0].day == date(2026, 11, 23)
    assert days[0].times[0].starts_at.time() == time(10, 15)  # 10:00 is within 5 min: hidden
    assert all(t.starts_at.tzinfo is not None for d in days for t in d.times)
    assert days[1].day == date(2026, 11, 24)
    assert days[1].times[0].starts_at.time() == time(0, 0)


def test_times_in_another_zone_group_by_that_zones_day() -> None:
    phoenix = ZoneInfo("America/Phoenix")
    late = datetime(2026, 11, 23, 23, 30, tzinfo=phoenix)  # 06:30 UTC on the 24th
    days = group_times(Schedule("America/Phoenix", (slot(late),)), NOW)
    assert days[0].day == date(2026, 11, 23)


def test_a_care_options_search_context_travels_with_the_time() -> None:
    at = datetime(2026, 11, 23, 11, 0, tzinfo=LA)
    offered = OfferedSlot("s", at, at.isoformat(), 15, "1101", search_context="ctx-1")
    days = group_times(Schedule("America/Los_Angeles", (offered,)), NOW)
    assert days[0].times[0].search_context == "ctx-1"


def test_is_still_bookable_uses_the_slots_own_offset() -> None:
    assert is_still_bookable("2026-11-23T10:06:00-08:00", NOW)
    assert not is_still_bookable("2026-11-23T10:05:00-08:00", NOW)
    assert not is_still_bookable("2026-11-23T13:00:00-05:00", NOW)  # 10:00 in LA


def clinic(
    name: str, tz: str = "America/Los_Angeles", hours: dict[int, Hours] | None = None
) -> Clinic:
    return Clinic(
        name, "1", f"Clinic {name}", "1 Main St", "Seattle, WA 98101", tz, "ehr", hours=hours or {}
    )


def test_clinic_cards_follow_the_configured_order_with_hours_and_next_time() -> None:
    monday = {0: Hours(time(8), time(20))}
    clinics = [clinic("A", hours=monday), clinic("B"), clinic("C", hours=monday)]
    soon = datetime(2026, 11, 23, 11, 0, tzinfo=LA)
    cards = clinic_cards(
        offered_clinics(clinics, ["c", "A"]),
        {"A": Schedule("America/Los_Angeles", (slot(soon),)), "C": None},
        NOW,
    )
    assert [c.clinic.url_name for c in cards] == ["C", "A"]
    assert cards[1].today == Hours(time(8), time(20))
    assert cards[1].next_free == soon
    assert cards[0].next_free is None


def test_all_clinics_when_none_are_configured() -> None:
    assert len(clinic_cards(offered_clinics([clinic("A"), clinic("B")]), {}, NOW)) == 2


ALLOW = AllowList.from_urls(
    ["https://scheduling.example.org/retail", "login.example.org", "http://127.0.0.1:8080"]
)


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://scheduling.example.org/retail?x=1", True),
        ("https://login.example.org/authorize", True),
        ("http://127.0.0.1:8080/retail", True),
        ("http://scheduling.example.org/retail", False),  # downgrade
        ("https://scheduling.example.org:8443/", False),  # other port
        ("https://evil.scheduling.example.org.attacker.net/", False),
        ("https://SCHEDULING.example.org/", True),
        ("http://127.0.0.1:8081/", False),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/html,hi", False),
        ("about:blank", False),  # the page blanking itself: the view stays where it was
    ],
)
def test_main_frame_navigation(url: str, allowed: bool) -> None:
    assert (
        decide_navigation(url, NavigationKind.LINK, main_frame=True, allow=ALLOW).allowed is allowed
    )


def test_inline_content_is_fine_in_subframes_and_sub_requests_only() -> None:
    assert decide_navigation(
        "data:image/png;base64,AA", NavigationKind.OTHER, main_frame=False, allow=ALLOW
    ).allowed
    assert decide_subrequest("blob:https://scheduling.example.org/x", allow=ALLOW).allowed
    assert not decide_subrequest("https://cdn.example.net/x.js", allow=ALLOW).allowed
    worker = "https://scheduling.example.org/sw.js"  # an allowed host, and still refused
    assert decide_subrequest(worker, allow=ALLOW).allowed
    assert not decide_subrequest(worker, allow=ALLOW, kind=RequestKind.LASTING_WORKER).allowed


def test_new_windows() -> None:
    assert decide_new_window("https://login.example.org/", allow=ALLOW).allowed
    assert not decide_new_window("https://ads.example.net/", allow=ALLOW).allowed


def test_allow_list_refuses_plain_http_off_loopback() -> None:
    with pytest.raises(ValueError, match="loopback"):
        AllowList.from_urls(["http://scheduling.example.org"])
    with pytest.raises(ValueError, match="URL or a host name"):
        AllowList.from_urls(["ftp://x"])


def test_completion_needs_an_allowed_host() -> None:
    pattern = re.compile(r"/retail/(confirmation|booked)\b")
    assert is_completion(
        "https://scheduling.example.org/retail/confirmation?visit=1", pattern, allow=ALLOW
    )
    assert not is_completion("https://evil.example.net/retail/confirmation", pattern, allow=ALLOW)
    assert not is_completion(
        "https://scheduling.example.org/retail/confirmationx", pattern, allow=ALLOW
    )


def test_urls_are_logged_without_their_query() -> None:
    assert safe_for_log("https://x.example/retail?first=Ana&dob=1990") == "https://x.example/retail"
