"""Every visible string is translated, and the .ts sources match the code."""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.qt.i18n import lrelease

ROOT = Path(__file__).parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = [*sorted((ROOT / "ui").rglob("*.qml")), *sorted((ROOT / "kiosk" / "qt").glob("*.py"))]


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_spanish_is_complete() -> None:
    unfinished = []
    for msg in messages(TRANSLATIONS / "kiosk_es.ts"):
        tr = msg.find("translation")
        assert tr is not None
        forms = [f.text for f in tr.findall("numerusform")] or [tr.text]
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not all(
            f and f.strip() for f in forms
        ):
            unfinished.append(msg.findtext("source"))
    assert unfinished == []


def test_english_plurals_are_complete() -> None:
    for msg in messages(TRANSLATIONS / "kiosk_en.ts"):
        forms = [f.text for f in msg.iter("numerusform")]
        assert len(forms) == 2 and all(forms), msg.findtext("source")


def test_placeholders_survive_translation() -> None:
    for msg in messages(TRANSLATIONS / "kiosk_es.ts"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        for text in [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]:
            for marker in ("%1", "%2", "%n"):
                assert (marker in source) == (marker in text), (source, text)


def lupdate() -> str | None:
    found = lrelease()
    if found is None:
        return None
    sibling = Path(found).with_name("lupdate")
    return str(sibling) if sibling.exists() else shutil.which("pyside6-lupdate")


def test_the_ts_files_cover_every_string_in_the_code(tmp_path: Path) -> None:
    tool = lupdate()
    if tool is None:
        pytest.fail("no lupdate: PySide6 ships one, the install is broken")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool, "-silent", *map(str, SOURCES), "-ts", str(fresh)], check=True)
    in_code = {(m.findtext("source"), bool(m.get("numerus"))) for m in messages(fresh)}
    in_spanish = {
        (m.findtext("source"), bool(m.get("numerus")))
        for m in messages(TRANSLATIONS / "kiosk_es.ts")
    }
    assert in_code - in_spanish == set(), "run pyside6-lupdate and translate the new strings"
    assert in_spanish - in_code == set(), (
        "strings no longer in the code: run pyside6-lupdate -no-obsolete"
    )
    plural_in_code = {s for s, n in in_code if n}
    plural_in_english = {m.findtext("source") for m in messages(TRANSLATIONS / "kiosk_en.ts")}
    assert plural_in_code == plural_in_english


def test_every_translate_call_in_python_has_its_spanish() -> None:
    """lupdate finds only ``QCoreApplication.translate(...)`` and ``self.tr(...)`` written out: a
    string passed through an alias (``t = QCoreApplication.translate``) never reached the .ts, and
    the Spanish form steps showed English titles."""

    spanish = {m.findtext("source") for m in messages(TRANSLATIONS / "kiosk_es.ts")}
    missing, aliases = [], []
    for path in sorted((ROOT / "kiosk" / "qt").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute | ast.Tuple):
                values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
                if any(
                    isinstance(v, ast.Attribute) and v.attr in ("translate", "tr") for v in values
                ):
                    aliases.append(f"{path.name}:{node.lineno}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and node.args[1].value not in spanish
            ):
                missing.append(f"{path.name}:{node.lineno} {node.args[1].value!r}")
    assert aliases == [], "lupdate cannot see through these"
    assert missing == []
