"""A touchscreen booking kiosk for clinic lobbies, booking through DexCare."""

from kiosk._version import __version__

__all__ = ["__version__"]
