"""The provider journey's words, in the patient's language: field labels, hints, option names and
the plain-language reason for each problem code the domain reports.

Texts go through Qt's translator (context ``Form``), so ``pyside6-lupdate`` finds them here and
``resources/translations/kiosk_es.ts`` carries them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kiosk.flow.errors import ErrorKind
from kiosk.flow.progress import Stage
from kiosk.flow.retail import PartOfDay


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
    if leaf == "state":
        return state_name(value)
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


# ===================================================================== errors, in one place
# Every screen's error card, every front-desk outcome and the staff panel word an ErrorKind here
# and nowhere else.
@dataclass(frozen=True)
class ErrorWords:
    title: str  # what the patient reads first
    body: str  # what it means and what to do (``where``: where the staff are)
    staff: str  # a short label for the staff panel ("no connection")


def error_words(kind: ErrorKind, where: str) -> ErrorWords:
    if kind in (ErrorKind.CANNOT_CONNECT, ErrorKind.TIMED_OUT, ErrorKind.SERVER_ERROR):
        staff = {
            ErrorKind.CANNOT_CONNECT: QCoreApplication.translate("Kiosk", "no connection"),
            ErrorKind.TIMED_OUT: QCoreApplication.translate("Kiosk", "no answer in time"),
            ErrorKind.SERVER_ERROR: QCoreApplication.translate("Kiosk", "DexCare server error"),
        }[kind]
        return ErrorWords(QCoreApplication.translate("Kiosk", "We can't reach the scheduling system"),
                          QCoreApplication.translate("Kiosk", "This is usually brief. Your choices are kept: try again in a moment."),
                          staff)  # fmt: skip
    if kind is ErrorKind.UNAUTHORIZED:
        return ErrorWords(QCoreApplication.translate("Kiosk", "Booking is not available right now"),
                          QCoreApplication.translate("Kiosk", "Please ask at %1 for help.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "the kiosk's sign-in was refused"))  # fmt: skip
    if kind is ErrorKind.UNEXPECTED_RESPONSE:
        return ErrorWords(QCoreApplication.translate("Kiosk", "Booking is not available right now"),
                          QCoreApplication.translate("Kiosk", "Please ask at %1 for help.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "an answer the kiosk could not read"))  # fmt: skip
    if kind is ErrorKind.NOT_FOUND:
        return ErrorWords(QCoreApplication.translate("Kiosk", "This clinic is not taking bookings here right now"),
                          QCoreApplication.translate("Kiosk", "Please choose another clinic, or ask at %1.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "DexCare did not find it"))  # fmt: skip
    if kind is ErrorKind.OUTCOME_UNKNOWN:
        return ErrorWords(QCoreApplication.translate("Kiosk", "We couldn't confirm your booking"),
                          QCoreApplication.translate("Kiosk", "It may or may not have been made. Please check at %1 before booking again, and give them the code below.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "a booking's answer was lost"))  # fmt: skip
    if kind is ErrorKind.DOUBLE_BOOKED:
        return ErrorWords(QCoreApplication.translate("Kiosk", "You already have an appointment at this time"),
                          QCoreApplication.translate("Kiosk", "The clinic's records show a visit for this patient at the same time. Please ask at %1; they can move one of them.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "patient already booked then"))  # fmt: skip
    if kind is ErrorKind.NOT_ON_PANEL:
        return ErrorWords(QCoreApplication.translate("Kiosk", "This provider only sees their own patients"),
                          QCoreApplication.translate("Kiosk", "The patient is not on this provider's list yet. Please ask at %1: they can help you choose another provider or join the list.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "not on the provider's panel"))  # fmt: skip
    if kind is ErrorKind.ACCOUNT_LOCKED:
        return ErrorWords(QCoreApplication.translate("Kiosk", "This patient's account is locked"),
                          QCoreApplication.translate("Kiosk", "For your security the booking could not be made here. Please ask at %1.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "patient account locked"))  # fmt: skip
    if kind in (ErrorKind.PATIENT_NOT_FOUND, ErrorKind.PATIENT_NOT_LINKED):
        return ErrorWords(QCoreApplication.translate("Kiosk", "We couldn't find the patient's record"),
                          QCoreApplication.translate("Kiosk", "The clinic's system could not match the patient's details. Please ask at %1 to finish booking.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "patient record not found") if kind is ErrorKind.PATIENT_NOT_FOUND
                          else QCoreApplication.translate("Kiosk", "patient record not linked"))  # fmt: skip
    if kind is ErrorKind.EHR_CONFLICT:
        return ErrorWords(QCoreApplication.translate("Kiosk", "The clinic's system could not book this time"),
                          QCoreApplication.translate("Kiosk", "Nothing was booked. Please ask at %1; they can book it with you.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "refused by the EHR"))  # fmt: skip
    if kind is ErrorKind.SLOT_TAKEN:
        return ErrorWords(QCoreApplication.translate("Kiosk", "That time was just taken"),
                          QCoreApplication.translate("Kiosk", "Someone else just booked that time. Please choose another one: everything you entered is kept."),
                          QCoreApplication.translate("Kiosk", "time already taken"))  # fmt: skip
    if kind is ErrorKind.FIELD_REFUSED:
        return ErrorWords(QCoreApplication.translate("Kiosk", "Booking is not available right now"),
                          QCoreApplication.translate("Kiosk", "Nothing was booked. Please ask at %1 for help.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "a detail was refused"))  # fmt: skip
    if kind is ErrorKind.PAGE_FAILED:
        return ErrorWords(QCoreApplication.translate("Kiosk", "The booking page did not load"),
                          QCoreApplication.translate("Kiosk", "Please try again. If it keeps happening, ask at %1.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "the booking page did not load"))  # fmt: skip
    if kind is ErrorKind.PAGE_CERTIFICATE:
        return ErrorWords(QCoreApplication.translate("Kiosk", "We could not open the booking page safely"),
                          QCoreApplication.translate("Kiosk", "Please ask at %1 for help.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "the booking page's certificate was refused"))  # fmt: skip
    if kind is ErrorKind.JOURNAL_UNAVAILABLE:
        return ErrorWords(QCoreApplication.translate("Kiosk", "Booking is not available at this kiosk right now"),
                          QCoreApplication.translate("Kiosk", "Nothing was booked. Please ask at %1 for help.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "the kiosk could not record the booking"))  # fmt: skip
    if kind is ErrorKind.MISCONFIGURED:
        return ErrorWords(QCoreApplication.translate("Kiosk", "Booking is not available right now"),
                          QCoreApplication.translate("Kiosk", "Please ask at %1 for help.").replace("%1", where),
                          QCoreApplication.translate("Kiosk", "the kiosk's configuration"))  # fmt: skip
    return ErrorWords(QCoreApplication.translate("Kiosk", "Something went wrong"),
                      QCoreApplication.translate("Kiosk", "Please try again, or ask at %1.").replace("%1", where),
                      QCoreApplication.translate("Kiosk", "an unexpected error"))  # fmt: skip


# ======================================================================= where the patient is
def stage_name(stage: Stage) -> str:
    return {
        Stage.CARE: QCoreApplication.translate("Kiosk", "What you need"),
        Stage.CLINIC: QCoreApplication.translate("Kiosk", "Clinic"),
        Stage.PROVIDER: QCoreApplication.translate("Kiosk", "Provider"),
        Stage.VISIT_TYPE: QCoreApplication.translate("Kiosk", "Kind of visit"),
        Stage.TIME: QCoreApplication.translate("Kiosk", "Time"),
        Stage.DETAILS_ON_PAGE: QCoreApplication.translate("Kiosk", "Your details"),
        Stage.WHO: QCoreApplication.translate("Kiosk", "Who it is for"),
        Stage.PATIENT: QCoreApplication.translate("Kiosk", "Patient details"),
        Stage.GUARDIAN: QCoreApplication.translate("Kiosk", "Parent or caregiver"),
        Stage.REASON: QCoreApplication.translate("Kiosk", "Reason"),
        Stage.PAYMENT: QCoreApplication.translate("Kiosk", "Payment"),
        Stage.REVIEW: QCoreApplication.translate("Kiosk", "Check and book"),
    }[stage]


def step_words(number: int, total: int, stage: Stage) -> str:
    """ "Step 3 of 8: Time" (or "Step 1: What you need" while the journey is not chosen)."""
    if total:
        text = QCoreApplication.translate("Kiosk", "Step %1 of %2: %3").replace("%2", str(total))
    else:
        text = QCoreApplication.translate("Kiosk", "Step %1: %3")
    return text.replace("%1", str(number)).replace("%3", stage_name(stage))


def part_of_day(part: PartOfDay) -> str:
    return {
        PartOfDay.MORNING: QCoreApplication.translate("Kiosk", "Morning"),
        PartOfDay.AFTERNOON: QCoreApplication.translate("Kiosk", "Afternoon"),
        PartOfDay.EVENING: QCoreApplication.translate("Kiosk", "Evening"),
    }[part]


def notice(key: str) -> str:
    """A line over a list of times that was just refreshed for the patient."""
    if key == "time_passed":
        return QCoreApplication.translate("Kiosk", "That time has just passed. Here are the times still open.")  # fmt: skip
    if key == "slot_taken":
        return QCoreApplication.translate("Kiosk", "Someone else just booked that time. Please choose another one: everything you entered is kept.")  # fmt: skip
    return ""


def clinic_closed_today() -> str:
    return QCoreApplication.translate("Kiosk", "Closed today")


def clinic_open_today(opens: str, closes: str) -> str:
    return QCoreApplication.translate("Kiosk", "Open today %1 to %2").replace("%1", opens).replace("%2", closes)  # fmt: skip


def no_times_left_today() -> str:
    return QCoreApplication.translate("Kiosk", "No times left today")


def state_name(code: str) -> str:
    """A state's full name in the patient's language ("Washington", "Nueva York")."""
    return {
        "AA": QCoreApplication.translate("States", "Armed Forces Americas"),
        "AE": QCoreApplication.translate("States", "Armed Forces Europe"),
        "AK": QCoreApplication.translate("States", "Alaska"),
        "AL": QCoreApplication.translate("States", "Alabama"),
        "AP": QCoreApplication.translate("States", "Armed Forces Pacific"),
        "AR": QCoreApplication.translate("States", "Arkansas"),
        "AS": QCoreApplication.translate("States", "American Samoa"),
        "AZ": QCoreApplication.translate("States", "Arizona"),
        "CA": QCoreApplication.translate("States", "California"),
        "CO": QCoreApplication.translate("States", "Colorado"),
        "CT": QCoreApplication.translate("States", "Connecticut"),
        "DC": QCoreApplication.translate("States", "District of Columbia"),
        "DE": QCoreApplication.translate("States", "Delaware"),
        "FL": QCoreApplication.translate("States", "Florida"),
        "GA": QCoreApplication.translate("States", "Georgia"),
        "GU": QCoreApplication.translate("States", "Guam"),
        "HI": QCoreApplication.translate("States", "Hawaii"),
        "IA": QCoreApplication.translate("States", "Iowa"),
        "ID": QCoreApplication.translate("States", "Idaho"),
        "IL": QCoreApplication.translate("States", "Illinois"),
        "IN": QCoreApplication.translate("States", "Indiana"),
        "KS": QCoreApplication.translate("States", "Kansas"),
        "KY": QCoreApplication.translate("States", "Kentucky"),
        "LA": QCoreApplication.translate("States", "Louisiana"),
        "MA": QCoreApplication.translate("States", "Massachusetts"),
        "MD": QCoreApplication.translate("States", "Maryland"),
        "ME": QCoreApplication.translate("States", "Maine"),
        "MI": QCoreApplication.translate("States", "Michigan"),
        "MN": QCoreApplication.translate("States", "Minnesota"),
        "MO": QCoreApplication.translate("States", "Missouri"),
        "MP": QCoreApplication.translate("States", "Northern Mariana Islands"),
        "MS": QCoreApplication.translate("States", "Mississippi"),
        "MT": QCoreApplication.translate("States", "Montana"),
        "NC": QCoreApplication.translate("States", "North Carolina"),
        "ND": QCoreApplication.translate("States", "North Dakota"),
        "NE": QCoreApplication.translate("States", "Nebraska"),
        "NH": QCoreApplication.translate("States", "New Hampshire"),
        "NJ": QCoreApplication.translate("States", "New Jersey"),
        "NM": QCoreApplication.translate("States", "New Mexico"),
        "NV": QCoreApplication.translate("States", "Nevada"),
        "NY": QCoreApplication.translate("States", "New York"),
        "OH": QCoreApplication.translate("States", "Ohio"),
        "OK": QCoreApplication.translate("States", "Oklahoma"),
        "OR": QCoreApplication.translate("States", "Oregon"),
        "PA": QCoreApplication.translate("States", "Pennsylvania"),
        "PR": QCoreApplication.translate("States", "Puerto Rico"),
        "RI": QCoreApplication.translate("States", "Rhode Island"),
        "SC": QCoreApplication.translate("States", "South Carolina"),
        "SD": QCoreApplication.translate("States", "South Dakota"),
        "TN": QCoreApplication.translate("States", "Tennessee"),
        "TX": QCoreApplication.translate("States", "Texas"),
        "UT": QCoreApplication.translate("States", "Utah"),
        "VA": QCoreApplication.translate("States", "Virginia"),
        "VI": QCoreApplication.translate("States", "U.S. Virgin Islands"),
        "VT": QCoreApplication.translate("States", "Vermont"),
        "WA": QCoreApplication.translate("States", "Washington"),
        "WI": QCoreApplication.translate("States", "Wisconsin"),
        "WV": QCoreApplication.translate("States", "West Virginia"),
        "WY": QCoreApplication.translate("States", "Wyoming"),
    }.get(code, code)


def reference(visit_id: str) -> str:
    """A visit reference as the patient reads it out: 8 letters or digits in two groups."""
    chars = "".join(c for c in visit_id.upper() if c.isascii() and c.isalnum())[:8]
    return f"{chars[:4]}-{chars[4:]}" if len(chars) > 4 else chars
