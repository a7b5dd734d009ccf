"""The provider journey's words, in the patient's language: field labels, hints, option names and
the plain-language reason for each problem code the domain reports.

Texts go through Qt's translator (context ``Form``), so ``pyside6-lupdate`` finds them here and
``resources/translations/kiosk_es.ts`` carries them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Form", text)


def label(key: str, *, someone_else: bool) -> str:
    leaf = key.rsplit(".", 1)[-1]
    if key.startswith("sub."):
        return {
            "firstName": _t("Policy holder's first name"),
            "lastName": _t("Policy holder's last name"),
            "dob": _t("Policy holder's date of birth"),
            "gender": _t("Policy holder's gender"),
        }[leaf]
    labels = {
        "firstName": _t("First name"),
        "lastName": _t("Last name"),
        "dob": _t("Date of birth"),
        "gender": _t("Gender"),
        "phone": _t("Mobile phone") if not (someone_else and key.startswith("patient.")) else _t("Phone (optional)"),
        "email": _t("Email (optional)"),
        "line1": _t("Street address"),
        "line2": _t("Apartment, suite, unit (optional)"),
        "city": _t("City"),
        "state": _t("State"),
        "zip": _t("ZIP code"),
        "relationship": _t("Your relationship to the patient"),
        "reason": _t("What is the visit for?"),
        "method": _t("How would you like to pay?"),
        "payer": _t("Insurance company"),
        "payerName": _t("Name of your insurance company"),
        "memberId": _t("Member ID"),
        "group": _t("Group number (optional)"),
        "holder": _t("Whose insurance is it?"),
        "coupon": _t("Coupon or service key"),
    }  # fmt: skip
    return labels.get(leaf, leaf)


def date_hint(order: str) -> str:
    return _t("MM/DD/YYYY") if order == "MDY" else _t("DD/MM/YYYY")


def hint(key: str) -> str:
    leaf = key.rsplit(".", 1)[-1]
    return {
        "phone": _t("10 digits, like 206 555 0123"),
        "email": _t("We only use it about this visit"),
        "zip": _t("5 digits"),
        "memberId": _t("On the front of your insurance card"),
        "group": _t("Also on your card, if it has one"),
    }.get(leaf, "")


def option(key: str, value: str, *, someone_else: bool, payers: dict[str, str]) -> str:
    leaf = key.rsplit(".", 1)[-1]
    if leaf == "gender":
        return {
            "female": _t("Female"),
            "male": _t("Male"),
            "nonbinary": _t("Non-binary"),
            "other": _t("Other"),
            "unknown": _t("Prefer not to say"),
        }.get(value, value)
    if leaf == "method":
        return {
            "self": _t("Pay at the clinic"),
            "insurance": _t("Insurance"),
            "couponcode": _t("Coupon or service key"),
        }.get(value, value)
    if leaf == "holder":
        if value == "self":
            return _t("The patient's own") if someone_else else _t("Mine")
        return _t("Someone else's (for example a parent's)")
    if leaf == "payer":
        return payers.get(value) or (
            _t("Another insurer (type its name)") if value == "other" else value
        )
    if leaf == "relationship":
        return relationship(value)
    return value


def relationship(value: str) -> str:
    return {
        "Mother": _t("Mother"),
        "Father": _t("Father"),
        "Legal guardian": _t("Legal guardian"),
        "Grand parent": _t("Grandparent"),
        "Step parent": _t("Stepparent"),
        "Foster parent": _t("Foster parent"),
        "Relative": _t("Other relative"),
        "Brother": _t("Brother"),
        "Sister": _t("Sister"),
        "Daughter": _t("Daughter"),
        "Son": _t("Son"),
        "Spouse": _t("Spouse"),
        "Domestic partner": _t("Domestic partner"),
        "Significant other": _t("Partner"),
        "Friend": _t("Friend"),
        "Case manager": _t("Case manager"),
        "Power of attorney": _t("Power of attorney"),
        "Surrogate or proxy": _t("Surrogate or proxy"),
        "Non relative": _t("Not related"),
    }.get(value, value)


def problem(code: str, key: str) -> str:
    """A problem code from the domain rules, in plain words."""
    leaf = key.rsplit(".", 1)[-1]
    if code == "required":
        return _t("Please choose one.") if leaf in ("gender", "state", "relationship", "method", "payer", "holder") else _t("Please fill this in.")  # fmt: skip
    return {
        "invalid_name": _t("Please use letters only (spaces, hyphens and apostrophes are fine)."),
        "invalid_date": _t("Please enter a real date, like the example."),
        "future_date": _t("This date is in the future."),
        "too_old": _t("Please check the year."),
        "invalid_phone": _t("Please enter a 10-digit US phone number."),
        "invalid_email": _t("Please check the email address (like name@example.com)."),
        "invalid_zip": _t("Please enter a 5-digit ZIP code."),
        "invalid_state": _t("Please choose a state."),
        "too_long": _t("This is too long."),
        "invalid_format": _t("Please use letters and numbers only."),
        "control_characters": _t("Please use letters and numbers only."),
        "refused": _t("The scheduling system could not accept this. Please check it."),
    }.get(code, _t("Please check this."))


def reason_picks() -> list[str]:
    return [
        _t("Cold or flu symptoms"),
        _t("Fever"),
        _t("Check-up"),
        _t("Follow-up visit"),
        _t("Cough"),
        _t("Pain"),
        _t("Medication refill"),
        _t("Skin problem"),
    ]
