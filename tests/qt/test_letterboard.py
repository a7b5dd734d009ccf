"""The letter board's keys and letters (kiosk/qt/letterboard.py), without the window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.qt.letterboard import DELETE, DONE, SPACE, layout_for, page_layout, typed

H = Qt.InputMethodHint


def test_each_field_gets_the_keys_it_takes() -> None:
    digits = layout_for(H.ImhDigitsOnly.value, "en")
    assert digits.keys == ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", DELETE, DONE)
    assert digits.columns == 3, "a phone's pad"
    assert layout_for(H.ImhDialableCharactersOnly.value, "es").keys == digits.keys
    name = layout_for(0, "en", columns=12)
    assert name.keys[:26] == tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ") and name.columns == 12
    assert SPACE in name.keys and "'" in name.keys and "-" in name.keys and "1" in name.keys
    assert "Ñ" in layout_for(0, "es").keys and "Ñ" not in name.keys
    email = layout_for(H.ImhEmailCharactersOnly.value, "en")
    assert "@" in email.keys and SPACE not in email.keys and email.case == "lower"
    assert layout_for(H.ImhPreferUppercase.value, "en").case == "upper"
    assert layout_for(0, "en", lines=True).case == "sentence"
    assert name.keys[-2:] == (DELETE, DONE), "Delete and Done always last, where Up ends"


def test_the_page_s_fields_get_marks_between_digits() -> None:
    assert "/" in page_layout("digits", "en", 12).keys
    assert "+" in page_layout("phone", "en", 12).keys
    assert page_layout("lines", "en", 12).case == "sentence"
    assert "@" in page_layout("email", "en", 12).keys


def test_letters_take_the_case_the_field_wants() -> None:
    assert typed("A", "", "name") == "A"
    assert typed("N", "A", "name") == "n"
    assert typed("C", "12 ", "name") == "C"
    assert typed("S", "Mary-", "name") == "S"
    assert typed("T", "Sore ", "sentence") == "t"
    assert typed("I", "Sore throat. ", "sentence") == "I"
    assert typed("X", "ana@e", "lower") == "x"
    assert typed("W", "", "upper") == typed("W", "abc", "upper") == "W"
    assert typed("7", "", "name") == "7" and typed("ñ".upper(), "", "name") == "Ñ"


def test_the_arrows_walk_the_rows_then_along_them() -> None:
    from kiosk.qt.letterboard import step

    # 46 keys in rows of 12: the last row holds 10.
    assert step(0, 46, 12, across=-1) == 45, "Left from the first key: the last"
    assert step(45, 46, 12, across=1) == 0
    assert step(5, 46, 12, rows=1) == 17
    assert step(35, 46, 12, rows=1) == 45, "Down over a short last row: its last key"
    assert step(40, 46, 12, rows=1) == 40, "the last row goes no lower"
    assert step(3, 46, 12, rows=-1) == 3
