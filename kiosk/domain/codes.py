"""Small, dependency-free rules shared by the booking models and the settings."""

from __future__ import annotations

from typing import Literal

BillingDateFormat = Literal["YYYY-MM-DD", "MM-DD-YYYY"]
"""Outgoing format of ``billingInfo.dateOfBirth``: the guide's table and examples disagree."""


def npi_is_valid(npi: str) -> bool:
    """A US National Provider Identifier: 10 digits whose last is a Luhn check over ``80840`` +
    the first nine (CMS's rule), so a mistyped NPI is caught before it reaches DexCare."""
    if len(npi) != 10 or not npi.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed("80840" + npi[:9])):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10 == int(npi[9])


def support_code(correlation_id: str) -> str:
    """What a patient reads out to staff: 8 characters of the correlation id in two groups of four,
    upper case (``0C7B-5587``). Hex digits hold no O, I or L, so nothing is misread as 0 or 1."""
    digits = "".join(c for c in correlation_id.upper() if c in "0123456789ABCDEF")[:8]
    return f"{digits[:4]}-{digits[4:]}" if len(digits) > 4 else digits
