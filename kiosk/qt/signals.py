"""Emitting our own Qt signals without PySide6 6.12.0's reference-count bug.

In PySide6 6.12.0, ``SignalInstance.emit()`` returns ``True`` without taking a reference to it,
so every emit from Python drops ``sys.getrefcount(True)`` by one. On Python 3.11 (Debian 12's)
``True`` is not immortal: after enough emits the garbage collector deallocates it and the process
aborts with "bool_dealloc: deallocating True or False". The kiosk did, after about 200 patients.
6.10.3 and 6.11.3 do not have the bug (measured: ten emits, 0 change; 6.12.0: -10), and no fixed
6.12 release exists yet. We stay on 6.12 (QtWebEngine 6.12 carries the newest Chromium, and the
web page is remote content) and do not use the leaking path at all: signals are emitted through
Qt's meta-object system (``QMetaMethod.invoke``), which measured clean.

``tests/unit/test_layers.py`` refuses ``.emit(`` anywhere else in ``kiosk/``, and
``tests/qt/test_refcount.py`` fails when whole journeys drain ``True`` or ``False``.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, QMetaMethod, QObject, Qt

# The C++ parameter types our signals use, and the Python type Q_ARG needs for each.
_ARG_TYPES: dict[str, type] = {"QString": str, "int": int, "bool": bool, "double": float}


_FOUND: dict[tuple[type[QObject], str], tuple[QMetaMethod, tuple[type, ...]]] = {}


def _signal(sender: QObject, name: str) -> tuple[QMetaMethod, tuple[type, ...]]:
    meta = sender.metaObject()
    key = (type(sender), name)
    if key in _FOUND:
        return _FOUND[key]
    for i in range(meta.methodCount()):
        method = meta.method(i)
        if method.methodType() is QMetaMethod.MethodType.Signal and method.name() == name.encode():
            kinds = tuple(_ARG_TYPES[t.toStdString()] for t in method.parameterTypes())
            _FOUND[key] = (method, kinds)
            return method, kinds
    raise AttributeError(f"{meta.className()} has no signal {name!r}")


def emit(sender: QObject, name: str, *args: object) -> None:
    """Emit ``sender``'s signal ``name`` now (connected slots run before this returns)."""
    method, kinds = _signal(sender, name)
    if len(args) != len(kinds):
        raise TypeError(f"{name} takes {len(kinds)} argument(s), got {len(args)}")
    if not method.invoke(
        sender,
        Qt.ConnectionType.DirectConnection,
        *(Q_ARG(kind, value) for kind, value in zip(kinds, args, strict=True)),
    ):
        raise RuntimeError(f"could not emit {type(sender).__name__}.{name}")
