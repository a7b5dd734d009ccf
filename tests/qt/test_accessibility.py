"""Touch targets, contrast, and names for screen readers, checked on every screen in both
languages through Qt's accessibility tree (what a screen reader would get)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface

from kiosk.app import KioskApp
from kiosk.demo.scenarios import Scenario
from kiosk.flow import provider as pv
from kiosk.flow.journey import Screen
from kiosk.qt.driver import Driver
from kiosk.tour import CHILD, DEMO_PROVIDER, GUARDIAN, fill, next_step, panel_ready
from tests.qt.conftest import to_page, to_times

ROOT = Path(__file__).parents[2]
THEME = (ROOT / "ui" / "Theme.qml").read_text()
COLOURS = dict(re.findall(r"property color (\w+): \"(#[0-9A-Fa-f]{6})\"", THEME))

# Every text colour the UI puts on every background.
TEXT_PAIRS = [
    ("ink", "background"), ("ink", "surface"), ("muted", "background"), ("muted", "surface"),
    ("brand", "surface"), ("brand", "background"), ("textOnBrand", "brand"), ("textOnBrand", "brandDark"),
    ("textOnDanger", "danger"), ("danger", "background"), ("danger", "surface"), ("success", "background"),
    ("textOnBrand", "success"),
    ("textOnTraining", "training"),
]  # fmt: skip
INTERACTIVE = {QAccessible.Role.Button, QAccessible.Role.CheckBox, QAccessible.Role.ListItem,
               QAccessible.Role.EditableText, QAccessible.Role.ComboBox, QAccessible.Role.RadioButton}  # fmt: skip


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_text_contrast_is_at_least_4_5(fg: str, bg: str) -> None:
    assert contrast(COLOURS[fg], COLOURS[bg]) >= 4.5


def test_the_contrast_formula() -> None:
    assert round(contrast("#000000", "#FFFFFF"), 1) == 21.0
    assert contrast("#777777", "#FFFFFF") < 4.5


def is_web_view(node: QAccessibleInterface) -> bool:
    """The web view, or the loader holding it: asking Qt for the web view's own accessible
    interface can crash while Chromium's accessibility is off, so the walk stops above it."""
    owner = node.object()
    if owner is None:
        return False
    if not isinstance(owner, QObject):
        # Seen once in a long run: shiboken handed back a stale wrapper of another type for a
        # reused address. Not descending is the safe answer (it might be the web view).
        return True
    return owner.objectName() == "webLoader" or "WebEngineView" in owner.metaObject().className()


def nodes(root: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    """Our own controls. The DexCare page inside the web view is third-party content (Chromium's
    accessibility tree is off on Linux unless QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY is set)."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        if not is_web_view(node):
            stack.extend(
                c for c in (node.child(i) for i in range(node.childCount())) if c is not None
            )


def audit(d: Driver) -> list[tuple[str, str, int]]:
    """(role, name, height) of every control a person can see now.

    Accessibility is switched off again afterwards: the application serves the whole test run,
    and with it left on, a later web-view test hung for good once (QtWebEngine 6.11.3 called
    QAccessibleCache::insert while the GUI thread held a signal-slot lock: a self-deadlock)."""
    QAccessible.setActive(True)
    try:
        root = QAccessible.queryAccessibleInterface(d.window)
        assert root is not None
        out = []
        for node in nodes(root):
            if node.state().invisible or node.rect().isEmpty():
                continue
            out.append((node.role().name, node.text(QAccessible.Text.Name), node.rect().height()))
        return out
    finally:
        QAccessible.setActive(False)


def check_screen(d: Driver) -> list[tuple[str, str, int]]:
    seen = audit(d)
    controls = [s for s in seen if QAccessible.Role[s[0]] in INTERACTIVE]
    assert controls, "no controls found on this screen"
    unnamed = [c for c in controls if not c[1].strip()]
    small = [c for c in controls if c[2] < 64]
    assert unnamed == [], "every control needs a name for screen readers"
    assert small == [], "touch targets must be at least 64 px high"
    return seen


def walk(k: KioskApp, d: Driver) -> Iterator[str]:
    yield "welcome"
    d.tap("bookButton")
    d.item("walkInButton")
    yield "care"
    d.tap("walkInButton")
    d.wait_until(
        lambda: d.exists("clinic_EvergreenCapitolHill") and not k.session.busy, 15, "clinics"
    )
    yield "clinics"
    d.tap("clinic_EvergreenCapitolHill")
    d.wait_until(lambda: d.exists("time_0_0") and not k.session.busy, 15, "times")
    yield "times"
    k.idle._warn()
    d.item("moreTimeButton")
    yield "idle"
    d.tap("moreTimeButton")


def walk_provider(k: KioskApp, d: Driver) -> Iterator[str]:
    """Every screen of the provider appointment, with a picker open and a problem shown."""
    d.tap("bookButton")
    d.tap("appointmentButton")
    d.wait_until(
        lambda: d.exists(f"provider_{DEMO_PROVIDER}") and not k.session.busy, 15, "providers"
    )
    yield "providers"
    d.tap(f"provider_{DEMO_PROVIDER}")
    d.item("visitType_3001")
    yield "visit types"
    d.tap("visitType_3001")
    d.wait_until(lambda: d.exists("time_0_0") and not k.session.busy, 15, "times")
    yield "provider times"
    d.tap("time_0_0")
    d.item("forMeButton")
    yield "who"
    d.tap("forSomeoneElseButton")
    d.tap("nextButton")  # every problem shown
    d.item("error_patient.firstName")
    yield "patient"
    answers = CHILD | GUARDIAN
    fill(k, d, {k_: v for k_, v in answers.items() if pv.step_of(k_) is Screen.PATIENT})
    next_step(k, d, "contact")
    yield "contact"
    fill(k, d, {k_: v for k_, v in answers.items() if pv.step_of(k_) is Screen.CONTACT})
    next_step(k, d, "address")
    yield "address"
    d.tap("pick_address.state")
    d.item("choose_WA")
    yield "state picker"
    d.tap("choose_WA")
    fill(k, d, {k_: v for k_, v in answers.items()
                if pv.step_of(k_) is Screen.ADDRESS and k_ != "address.state"})  # fmt: skip
    next_step(k, d, "guardian")
    yield "guardian"
    fill(k, d, GUARDIAN)
    next_step(k, d, "reason")
    yield "reason"
    d.tap("reasonPick_1")  # a quick pick, in the patient's language
    d.wait_until(lambda: k.form.form.get("reason") != "", 5, "the reason")
    next_step(k, d, "payment")
    fill(k, d, {"pay.method": "insurance", "ins.holder": "other"})
    yield "payment"
    fill(k, d, {"ins.payer": "aetna", "ins.memberId": "123456"})
    next_step(k, d, "holder")
    yield "holder"
    fill(k, d, {"sub.firstName": "Ana", "sub.lastName": "Lopez", "sub.dob": "01021990",
                "sub.gender": "female"})  # fmt: skip
    next_step(k, d, "review")
    yield "review"
    assert k.emulator is not None
    k.emulator.set_scenario(Scenario.NOT_ON_PANEL)
    d.tap("submitButton")
    d.item("outcomeTitle", 15)
    yield "outcome"


def walk_staff(k: KioskApp, d: Driver) -> Iterator[str]:
    """The PIN pad, the staff panel (training mode: with the scenarios), out of service."""
    language = k.languages.current
    k.staff.pin_pad.open()
    d.item("pin_1")
    yield "PIN pad"
    for ch in "1234":  # training mode's PIN
        d.tap(f"pin_{ch}")
    d.tap("pinOk")
    panel_ready(k, d)
    yield "staff panel"
    d.reveal("outOfServiceButton")
    yield "staff panel, lower half"
    d.tap("outOfServiceButton")
    d.tap("closePanelButton")
    d.item("outOfServiceTitle_0")
    k.session.setLanguage(language)  # the reset went back to English; staff switch in the panel
    k.staff.pin_pad.open()
    d.item("pin_1")
    yield "PIN pad over out of service"
    d.tap("pinCancel")
    k.state.set_out_of_service(False)


@pytest.mark.parametrize("walk_screens", [walk_provider, walk_staff], ids=["provider", "staff"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_control_is_named_big_enough_and_in_the_language(
    kiosk: tuple[KioskApp, Driver], language: str, walk_screens: Any
) -> None:
    k, d = kiosk
    if language == "es":
        d.tap("languageButton")
    english = english_sources()
    for screen in walk_screens(k, d):
        seen = check_screen(d)
        if language == "es":
            left = sorted({name for _, name, _ in seen} & english)
            assert left == [], f"English on the Spanish {screen} screen"


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_control_is_named_and_big_enough(
    kiosk: tuple[KioskApp, Driver], language: str
) -> None:
    k, d = kiosk
    if language == "es":
        d.tap("languageButton")
    for _screen in walk(k, d):
        check_screen(d)


def english_sources() -> set[str]:
    """English texts that would look out of place on a Spanish screen: not those Spanish writes
    the same way (a state called "Texas", "OK")."""
    es = ET.parse(ROOT / "resources" / "translations" / "kiosk_es.ts").getroot()
    return {
        m.findtext("source") or ""
        for m in es.iter("message")
        if not m.get("numerus") and m.findtext("translation") != m.findtext("source")
    } - {"OK"}


def test_no_english_left_on_the_spanish_screens(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    d.tap("languageButton")
    english = english_sources()
    for screen in walk(k, d):
        shown = {name for _, name, _ in audit(d)}
        left = sorted(shown & english)
        assert left == [], f"English on the Spanish {screen} screen"


def test_the_handoff_bar_in_spanish(kiosk: tuple[KioskApp, Driver]) -> None:
    """The bar over the web page, checked by probing (Qt's accessibility walk is not used on this
    screen: asking for the web view's accessible interface can crash with Chromium's off)."""
    k, d = kiosk
    d.tap("languageButton")
    to_page(k, d)
    english = english_sources()
    for name in ("startOverButton", "languageButton"):
        found = d.item(name)
        assert found["height"] >= 64
        assert found["text"] and found["text"] not in english
    assert d.text("startOverButton") == "Empezar de nuevo"


def test_large_text_keeps_every_target_reachable(kiosk: tuple[KioskApp, Driver]) -> None:
    k, d = kiosk
    d.tap("largeTextButton")
    to_times(k, d)
    check_screen(d)


# Section 508 402.4 / ADA 707.7: sans-serif characters at least 3/16 in (4.8 mm) high, measured on
# an uppercase "I", in at least one mode. The smallest lobby screen we support: 21.5 in, 1920x1080.
PANEL_MM_PER_PX = 21.5 * 25.4 / (1920**2 + 1080**2) ** 0.5
SIZES = dict(re.findall(r"property int (\w+Size): Math.round\((\d+) \* textScale\)", THEME))


def cap_height_mm(pixel_size: float) -> float:
    from PySide6.QtGui import QFont, QFontMetricsF

    font = QFont("DejaVu Sans")
    font.setPixelSize(round(pixel_size))
    return QFontMetricsF(font).capHeight() * PANEL_MM_PER_PX


def test_characters_are_big_enough_in_larger_text(qapp: Any) -> None:
    assert "DejaVu Sans" in THEME, "a sans-serif face"
    smallest = min(int(v) for v in SIZES.values())
    assert smallest == 24
    larger = float(re.search(r"largeText \? ([\d.]+)", (ROOT / "ui/Main.qml").read_text())[1])
    assert cap_height_mm(smallest * larger) >= 4.8, "every text, in Larger text mode"
    assert cap_height_mm(int(SIZES["bodySize"])) >= 4.8, "body text and up, in every mode"
