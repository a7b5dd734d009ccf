"""The retail hand-off URL (booking guide, section 1).

Two documented variants: by department (``departmentUrlName``) and Care Options
(``aggregate=true&searchContext=``). ``brand`` is required. Every value is percent-encoded, so a
``+hh:mm`` offset arrives as ``%2B`` and not as a space.
"""

from __future__ import annotations

import ipaddress
from datetime import datetime
from urllib.parse import quote, urlsplit

from kiosk.domain.errors import HandoffUrlInvalid, Problem

DEFAULT_SCHEDULING_URL = "https://scheduling.care.dexcarehealth.com/retail"
_MAX_VALUE = 2048


def is_loopback(host: str) -> bool:
    """localhost or a loopback address: the only place plain http is acceptable."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str) -> list[Problem]:
    """https only, except plain http on loopback (the demo's stand-in page)."""
    try:
        parts = urlsplit(base_url)
    except ValueError:
        return [Problem("base", "invalid_url", "is not a URL")]
    host = parts.hostname or ""
    if not host or parts.scheme not in ("https", "http") or parts.query or parts.fragment:
        return [Problem("base", "invalid_url", "must be an https URL without query or fragment")]
    if parts.scheme == "http" and not is_loopback(host):
        return [Problem("base", "insecure_url", "must use https (http only on loopback)")]
    return []


def _enc(value: str) -> str:
    # ':' stays readable as in DexCare's example; everything else reserved is encoded.
    return quote(value, safe=":")


def handoff_url(
    base_url: str,
    *,
    time_slot: str | datetime,
    brand: str,
    department_url_name: str | None = None,
    search_context: str | None = None,
) -> str:
    """Build the DexCare retail scheduling URL for one slot."""
    problems = check_base_url(base_url)
    if isinstance(time_slot, datetime):
        if time_slot.tzinfo is None:
            problems.append(Problem("timeSlot", "invalid_time", "must carry its UTC offset"))
        slot_text = time_slot.isoformat(timespec="seconds")
    else:
        slot_text = time_slot.strip() if isinstance(time_slot, str) else ""
        try:
            parsed = datetime.fromisoformat(slot_text)
        except ValueError:
            problems.append(
                Problem("timeSlot", "invalid_time", "must be an ISO-8601 local time with offset")
            )
        else:
            if parsed.tzinfo is None:
                problems.append(Problem("timeSlot", "invalid_time", "must carry its UTC offset"))
    brand = brand.strip() if isinstance(brand, str) else ""
    if not brand:
        problems.append(Problem("brand", "required", "required"))
    dept = (department_url_name or "").strip()
    ctx = (search_context or "").strip()
    if dept and ctx:
        problems.append(
            Problem(
                "departmentUrlName", "conflict", "give a department or a search context, not both"
            )
        )
    elif not dept and not ctx:
        problems.append(
            Problem("departmentUrlName", "required", "give a department or a search context")
        )
    for name, value in (("brand", brand), ("departmentUrlName", dept), ("searchContext", ctx)):
        if len(value) > _MAX_VALUE or any(ord(c) < 32 for c in value):
            problems.append(Problem(name, "invalid_value", "is too long or has control characters"))
    if problems:
        raise HandoffUrlInvalid(problems)

    params = [("timeSlot", slot_text)]
    if dept:
        params += [("departmentUrlName", dept), ("brand", brand)]
    else:
        params += [("brand", brand), ("aggregate", "true"), ("searchContext", ctx)]
    query = "&".join(f"{k}={_enc(v)}" for k, v in params)
    return f"{base_url.rstrip('?')}?{query}"
