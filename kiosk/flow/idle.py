"""How long each screen may sit untouched, and the warning before the privacy reset.

WCAG 2.2.1: warn before the time runs out, give at least 20 s to answer with one simple action,
and allow at least 10 extensions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MIN_WARNING_SECONDS = 20
MIN_EXTENSIONS = 10


@dataclass(frozen=True)
class IdlePolicy:
    default_seconds: int = 90
    warning_seconds: int = 30
    extensions: int = MIN_EXTENSIONS
    per_screen: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.warning_seconds < MIN_WARNING_SECONDS:
            raise ValueError(f"the idle warning must give at least {MIN_WARNING_SECONDS} s")
        if self.extensions < MIN_EXTENSIONS:
            raise ValueError(f"at least {MIN_EXTENSIONS} extensions must be allowed")

    def quiet_seconds(self, screen: str) -> int | None:
        """Seconds without input before the warning on ``screen``; None: no timeout (Welcome)."""
        if screen in ("welcome", "out_of_service"):
            return None
        return self.per_screen.get(screen, self.default_seconds)


@dataclass
class IdleState:
    """Counts the extensions of one patient session."""

    policy: IdlePolicy
    used_extensions: int = 0

    @property
    def extensions_left(self) -> int:
        return max(0, self.policy.extensions - self.used_extensions)

    def extend(self) -> bool:
        if self.extensions_left == 0:
            return False
        self.used_extensions += 1
        return True

    def reset(self) -> None:
        self.used_extensions = 0
