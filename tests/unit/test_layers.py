"""The layer rules, checked on every module's imports (not hoped for)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[2] / "kiosk"

QT = ("PySide6", "qasync", "shiboken6")
NETWORK = ("httpx", "httpcore", "socket", "http", "urllib.request")

# package -> roots it must never import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (*QT, *NETWORK, "kiosk.dexcare", "kiosk.demo", "kiosk.settings", "kiosk.app"),
    "flow": (*QT, *NETWORK, "kiosk.dexcare", "kiosk.demo", "kiosk.app"),
    "dexcare": (*QT, "kiosk.demo", "kiosk.settings", "kiosk.app"),
    # The emulator is DexCare, not us: its own model of DexCare's contract (demo/contract.py),
    # never the kiosk's rules, or a test only proves the kiosk agrees with itself.
    "demo": (*QT, "kiosk.dexcare", "kiosk.domain", "kiosk.flow", "kiosk.app"),
}
# The booking use case talks to DexCare through the client (its errors and replies), never
# through httpx: the one module of ``flow`` that may import ``kiosk.dexcare``.
MAY_USE_THE_CLIENT = {"flow/booking.py"}
# Only the composition root and the command line may reach into the emulator.
MAY_IMPORT_DEMO = {
    "app.py",
    "cli.py",
    "tour.py",
    "bench.py",
    "soak.py",
    "soakfaults.py",
    "settings.py",  # only the scenarios' names, so `config check` refuses what `run` would
}  # the root and the demo-only tools
# Modules that must stay pure Python (no Qt, no network) outside the pure packages.
PURE_MODULES = ["web/policy.py", "flow/retail.py", "domain/catalog.py", "metrics.py"]


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def breaks(name: str, roots: tuple[str, ...]) -> bool:
    return any(name == root or name.startswith(root + ".") for root in roots)


def modules(sub: str) -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str) -> None:
    bad = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules(layer)
        for name in imports_of(path)
        if breaks(name, FORBIDDEN[layer])
        and not (
            path.relative_to(PACKAGE).as_posix() in MAY_USE_THE_CLIENT
            and breaks(name, ("kiosk.dexcare",))
        )
    ]
    assert bad == []


@pytest.mark.parametrize("module", PURE_MODULES)
def test_decisions_are_pure(module: str) -> None:
    assert [n for n in imports_of(PACKAGE / module) if breaks(n, (*QT, *NETWORK))] == []


def test_qml_holds_no_booking_rules() -> None:
    """QML presents and forwards intents: no network, no storage, no rule copied in."""
    for qml in (PACKAGE.parent / "ui").rglob("*.qml"):
        text = qml.read_text()
        for banned in ("XMLHttpRequest", "LocalStorage", "fetch(", "RegExp(", "postalCode"):
            assert banned not in text, f"{qml.name} uses {banned}"


def test_the_layers_exist() -> None:
    assert modules("domain") and modules("dexcare") and modules("demo")


def test_only_the_composition_root_wires_the_emulator() -> None:
    bad = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "demo" not in path.relative_to(PACKAGE).parts[:1]
        and path.name not in MAY_IMPORT_DEMO
        and any(breaks(name, ("kiosk.demo",)) for name in imports_of(path))
    ]
    assert bad == []


def test_the_checker_catches_a_violation(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from PySide6.QtCore import QObject\nimport httpx\n")
    names = imports_of(module)
    assert breaks("PySide6.QtCore", QT)
    assert {"PySide6.QtCore", "httpx"} <= names


def test_no_print_calls_outside_the_command_line() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "cli.py":
            continue
        tree = ast.parse(path.read_text())
        offenders += [
            f"{path.name}:{n.lineno}"
            for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "print"
        ]
    assert offenders == []


def test_the_domain_package_exports_load_on_demand() -> None:
    import kiosk.domain

    for name in kiosk.domain.__all__:
        assert getattr(kiosk.domain, name) is not None
