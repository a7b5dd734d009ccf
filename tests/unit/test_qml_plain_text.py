"""Every text the kiosk's QML draws is plain text, said so where it is declared.

QML's ``Text`` defaults to ``Text.AutoText``: a string that *looks* like markup is parsed as HTML,
and an ``<img src="http://...">`` in it is fetched by the kiosk's own process (Qt Quick's image
loader), past the web fence. A page's alert, a clinic's name from DexCare or a reason a patient
typed would do it. So each text element names its format, and no QML file asks for markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

UI = Path(__file__).parents[2] / "ui"
# The QML types that draw a string and take a textFormat (TextInput/TextField never parse markup).
TEXT_TYPES = ("Text", "Label", "TextEdit", "TextArea")
MARKUP_FORMATS = re.compile(r"\b(?:Text|TextEdit)\.(?:AutoText|RichText|StyledText|MarkdownText)\b")
DECLARATION = re.compile(r"(?<![\w.])(" + "|".join(TEXT_TYPES) + r")\s*\{")
PLAIN = re.compile(r"^\s*textFormat\s*:\s*(?:Text|TextEdit)\.PlainText\s*$", re.MULTILINE)


def code_only(source: str) -> str:
    """The file with comments and string literals blanked (same length, so offsets hold)."""
    out, i, n = list(source), 0, len(source)
    while i < n:
        two = source[i : i + 2]
        if two == "//":
            end = source.find("\n", i)
            end = n if end < 0 else end
        elif two == "/*":
            end = source.find("*/", i + 2)
            end = n if end < 0 else end + 2
        elif source[i] in "\"'`":
            quote, end = source[i], i + 1
            while end < n and source[end] != quote:
                end += 2 if source[end] == "\\" else 1
            end = min(n, end + 1)
        else:
            i += 1
            continue
        for j in range(i, end):
            if out[j] != "\n":
                out[j] = " "
        i = end
    return "".join(out)


def own_body(code: str, opening: int) -> str:
    """What an object declaration says at its own level, without its children's bodies."""
    depth, out = 0, []
    for ch in code[opening:]:
        if ch == "{":
            depth += 1
            if depth == 1:
                continue
        elif ch == "}":
            depth -= 1
            if depth == 0:
                break
        if depth == 1:
            out.append(ch)
    return "".join(out)


def text_declarations() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(UI.rglob("*.qml")):
        code = code_only(path.read_text(encoding="utf-8"))
        for m in DECLARATION.finditer(code):
            line = code.count("\n", 0, m.start()) + 1
            found.append((f"{path.relative_to(UI)}:{line}", m.end() - 1, code))
    return found


def test_the_scan_finds_the_kiosks_text_elements() -> None:
    places = [where for where, _, _ in text_declarations()]
    # KText (the one text component), the button's label, and the few drawn directly.
    assert any(p.startswith("components/KText.qml") for p in places), places
    assert any(p.startswith("components/KButton.qml") for p in places), places
    assert len(places) >= 10, places


@pytest.mark.parametrize(
    ("where", "opening", "code"),
    [pytest.param(*found, id=found[0]) for found in text_declarations()],
)
def test_every_text_element_says_it_is_plain_text(where: str, opening: int, code: str) -> None:
    assert PLAIN.search(own_body(code, opening)), (
        f"{where}: a text element without `textFormat: Text.PlainText` parses markup in what it "
        "shows (AutoText), and fetches an <img> in it through the kiosk's own process"
    )


def test_no_qml_asks_for_markup() -> None:
    asked = [
        f"{path.relative_to(UI)}: {m.group(0)}"
        for path in sorted(UI.rglob("*.qml"))
        for m in MARKUP_FORMATS.finditer(code_only(path.read_text(encoding="utf-8")))
    ]
    assert asked == []


def test_the_lint_sees_a_missing_format() -> None:
    """The checker itself: an AutoText element is caught, one in a comment or a string is not
    code, and a child's format does not count for its parent."""
    code = code_only(
        'Item {\n  // Text { }\n  property string s: "Text {"\n'
        "  Text {\n    text: x\n    Rectangle { textFormat: Text.PlainText }\n  }\n}\n"
    )
    found = list(DECLARATION.finditer(code))
    assert len(found) == 1
    assert not PLAIN.search(own_body(code, found[0].end() - 1))
