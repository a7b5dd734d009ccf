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
