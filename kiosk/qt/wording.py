"""The provider journey's words, in the patient's language: field labels, hints, option names and
the plain-language reason for each problem code the domain reports.

Texts go through Qt's translator (context ``Form``), so ``pyside6-lupdate`` finds them here and
``resources/translations/kiosk_es.ts`` carries them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def label(key: str, *, someone_else: bool) -> str:
    leaf = key.rsplit(".", 1)[-1]
    if key.startswith("sub."):
        return {
            "firstName": QCoreApplication.translate("Form", "Policy holder's first name"),
            "lastName": QCoreApplication.translate("Form", "Policy holder's last name"),
            "dob": QCoreApplication.translate("Form", "Policy holder's date of birth"),
            "gender": QCoreApplication.translate("Form", "Policy holder's gender"),
        }[leaf]
    labels = {
        "firstName": QCoreApplication.translate("Form", "First name"),
        "lastName": QCoreApplication.translate("Form", "Last name"),
        "dob": QCoreApplication.translate("Form", "Date of birth"),
        "gender": QCoreApplication.translate("Form", "Gender"),
        "phone": QCoreApplication.translate("Form", "Mobile phone") if not (someone_else and key.startswith("patient.")) else QCoreApplication.translate("Form", "Phone (optional)"),
        "email": QCoreApplication.translate("Form", "Email (optional)"),
        "line1": QCoreApplication.translate("Form", "Street address"),
        "line2": QCoreApplication.translate("Form", "Apartment, suite, unit (optional)"),
        "city": QCoreApplication.translate("Form", "City"),
        "state": QCoreApplication.translate("Form", "State"),
        "zip": QCoreApplication.translate("Form", "ZIP code"),
        "relationship": QCoreApplication.translate("Form", "Your relationship to the patient"),
        "reason": QCoreApplication.translate("Form", "What is the visit for?"),
        "method": QCoreApplication.translate("Form", "How would you like to pay?"),
        "payer": QCoreApplication.translate("Form", "Insurance company"),
        "payerName": QCoreApplication.translate("Form", "Name of your insurance company"),
        "memberId": QCoreApplication.translate("Form", "Member ID"),
        "group": QCoreApplication.translate("Form", "Group number (optional)"),
        "holder": QCoreApplication.translate("Form", "Whose insurance is it?"),
        "coupon": QCoreApplication.translate("Form", "Coupon or service key"),
    }  # fmt: skip
    return labels.get(leaf, leaf)


def date_hint(order: str) -> str:
    return (
        QCoreApplication.translate("Form", "MM/DD/YYYY")
        if order == "MDY"
        else QCoreApplication.translate("Form", "DD/MM/YYYY")
    )


def hint(key: str) -> str:
    leaf = key.rsplit(".", 1)[-1]
    return {
        "phone": QCoreApplication.translate("Form", "10 digits, like 206 555 0123"),
        "email": QCoreApplication.translate("Form", "We only use it about this visit"),
        "zip": QCoreApplication.translate("Form", "5 digits"),
        "memberId": QCoreApplication.translate("Form", "On the front of your insurance card"),
        "group": QCoreApplication.translate("Form", "Also on your card, if it has one"),
    }.get(leaf, "")


def option(key: str, value: str, *, someone_else: bool, payers: dict[str, str]) -> str:
    leaf = key.rsplit(".", 1)[-1]
    if leaf == "gender":
        return {
            "female": QCoreApplication.translate("Form", "Female"),
            "male": QCoreApplication.translate("Form", "Male"),
            "nonbinary": QCoreApplication.translate("Form", "Non-binary"),
            "other": QCoreApplication.translate("Form", "Other"),
            "unknown": QCoreApplication.translate("Form", "Prefer not to say"),
        }.get(value, value)
    if leaf == "method":
        return {
            "self": QCoreApplication.translate("Form", "Pay at the clinic"),
            "insurance": QCoreApplication.translate("Form", "Insurance"),
            "couponcode": QCoreApplication.translate("Form", "Coupon or service key"),
        }.get(value, value)
    if leaf == "holder":
        if value == "self":
            return (
                QCoreApplication.translate("Form", "The patient's own")
                if someone_else
                else QCoreApplication.translate("Form", "Mine")
            )
        return QCoreApplication.translate("Form", "Someone else's (for example a parent's)")
    if leaf == "payer":
        return payers.get(value) or (
            QCoreApplication.translate("Form", "Another insurer (type its name)")
            if value == "other"
            else value
        )
    if leaf == "relationship":
        return relationship(value)
    return value


def relationship(value: str) -> str:
    return {
        "Mother": QCoreApplication.translate("Form", "Mother"),
        "Father": QCoreApplication.translate("Form", "Father"),
        "Legal guardian": QCoreApplication.translate("Form", "Legal guardian"),
        "Grand parent": QCoreApplication.translate("Form", "Grandparent"),
        "Step parent": QCoreApplication.translate("Form", "Stepparent"),
        "Foster parent": QCoreApplication.translate("Form", "Foster parent"),
        "Relative": QCoreApplication.translate("Form", "Other relative"),
        "Brother": QCoreApplication.translate("Form", "Brother"),
        "Sister": QCoreApplication.translate("Form", "Sister"),
        "Daughter": QCoreApplication.translate("Form", "Daughter"),
        "Son": QCoreApplication.translate("Form", "Son"),
        "Spouse": QCoreApplication.translate("Form", "Spouse"),
        "Domestic partner": QCoreApplication.translate("Form", "Domestic partner"),
        "Significant other": QCoreApplication.translate("Form", "Partner"),
        "Friend": QCoreApplication.translate("Form", "Friend"),
        "Case manager": QCoreApplication.translate("Form", "Case manager"),
        "Power of attorney": QCoreApplication.translate("Form", "Power of attorney"),
        "Surrogate or proxy": QCoreApplication.translate("Form", "Surrogate or proxy"),
        "Non relative": QCoreApplication.translate("Form", "Not related"),
    }.get(value, value)


def problem(code: str, key: str) -> str:
    """A problem code from the domain rules, in plain words."""
    leaf = key.rsplit(".", 1)[-1]
    if code == "required":
        return QCoreApplication.translate("Form", "Please choose one.") if leaf in ("gender", "state", "relationship", "method", "payer", "holder") else QCoreApplication.translate("Form", "Please fill this in.")  # fmt: skip
    return {
        "invalid_name": QCoreApplication.translate(
            "Form", "Please use letters only (spaces, hyphens and apostrophes are fine)."
        ),
        "invalid_date": QCoreApplication.translate(
            "Form", "Please enter a real date, like the example."
        ),
        "future_date": QCoreApplication.translate("Form", "This date is in the future."),
        "too_old": QCoreApplication.translate("Form", "Please check the year."),
        "invalid_phone": QCoreApplication.translate(
            "Form", "Please enter a 10-digit US phone number."
        ),
        "invalid_email": QCoreApplication.translate(
            "Form", "Please check the email address (like name@example.com)."
        ),
        "invalid_zip": QCoreApplication.translate("Form", "Please enter a 5-digit ZIP code."),
        "invalid_state": QCoreApplication.translate("Form", "Please choose a state."),
        "too_long": QCoreApplication.translate("Form", "This is too long."),
        "invalid_format": QCoreApplication.translate(
            "Form", "Please use letters and numbers only."
        ),
        "control_characters": QCoreApplication.translate(
            "Form", "Please use letters and numbers only."
        ),
        "refused": QCoreApplication.translate(
            "Form", "The scheduling system could not accept this. Please check it."
        ),
    }.get(code, QCoreApplication.translate("Form", "Please check this."))


def reason_picks() -> list[str]:
    return [
        QCoreApplication.translate("Form", "Cold or flu symptoms"),
        QCoreApplication.translate("Form", "Fever"),
        QCoreApplication.translate("Form", "Check-up"),
        QCoreApplication.translate("Form", "Follow-up visit"),
        QCoreApplication.translate("Form", "Cough"),
        QCoreApplication.translate("Form", "Pain"),
        QCoreApplication.translate("Form", "Medication refill"),
        QCoreApplication.translate("Form", "Skin problem"),
    ]


# Shown in every language at once (the patient has not chosen one), so not through the translator.
OUT_OF_SERVICE: dict[str, tuple[str, str]] = {
    "en": ("This kiosk is not taking bookings right now",
           "Please go to {where}: we will be glad to help you there."),
    "es": ("Este quiosco no está tomando citas en este momento",
           "Por favor, vaya a {where}: allí le ayudaremos con gusto."),
}  # fmt: skip
