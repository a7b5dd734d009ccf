"""The one error type the domain raises for bad input.

Every rule failure becomes a :class:`Problem` with a JSON-style path and a stable ``code``, so the
command line can print it, the UI can translate it (by code) and tests can assert on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken rule: where (``visitDetails.slotId``), what kind (``required``), and why."""

    path: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InvalidInput(ValueError):
    """Input broke one or more rules. ``problems`` lists every one, not just the first."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems) or "invalid input")

    def paths(self) -> set[str]:
        return {p.path for p in self.problems}


class SlotIdInvalid(InvalidInput):
    """A slotId that does not decode to a DexCare slot."""


class HandoffUrlInvalid(InvalidInput):
    """The retail hand-off URL cannot be built from these values."""


# Plain-language wording for pydantic's own error types; our own validators raise
# PydanticCustomError with their code and message already set.
_PYDANTIC_MESSAGES: dict[str, str] = {
    "missing": "required",
    "extra_forbidden": "not a documented field",
    "string_type": "must be text",
    "string_too_short": "must not be empty",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
    "dict_type": "must be an object",
    "list_type": "must be a list",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "date_type": "must be a date",
    "frozen_instance": "cannot be changed",
}


def _path(loc: Iterable[Any]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(("." if parts else "") + str(item))
    return "".join(parts)


def from_validation_error(err: ValidationError, *, prefix: str = "") -> list[Problem]:
    """Turn pydantic's errors into our problems, one per broken rule, in document order."""
    problems: list[Problem] = []
    for e in err.errors(include_url=False, include_input=False):
        code = str(e["type"])
        base = [*([prefix] if prefix else []), *e["loc"]]
        if code == "rules":
            # Cross-field rules carry their own problems, with paths relative to the model.
            for p in (e.get("ctx") or {}).get("problems", ()):
                path = ".".join(x for x in (_path(base), p.path) if x)
                problems.append(Problem(path, p.code, p.message))
            continue
        if code == "string_too_long":
            limit = (e.get("ctx") or {}).get("max_length")
            message = f"must be at most {limit} characters"
        elif code in {"literal_error", "enum"}:
            expected = (e.get("ctx") or {}).get("expected", "")
            message = f"must be one of {expected}"
        elif code in _PYDANTIC_MESSAGES:
            message = _PYDANTIC_MESSAGES[code]
        else:
            message = str(e["msg"])
            message = message.removeprefix("Value error, ")
        problems.append(Problem(_path(base), code, message))
    return problems
