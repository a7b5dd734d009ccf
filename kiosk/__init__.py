"""A touchscreen booking kiosk for clinic lobbies, booking through DexCare."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("clinic-kiosk")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+source"
