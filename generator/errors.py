"""The one error type every stage raises for bad input, and how it is shown."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    """Where a node of the schema came from: file (relative to the schema root), 1-based line, JSON pointer."""

    file: str
    line: int
    pointer: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line} (#{self.pointer})"


class SchemaError(Exception):
    """Bad input: a message a maintainer can act on, pointing at the source."""

    def __init__(self, message: str, origin: Origin | None = None, hint: str | None = None,
                 also: Origin | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.origin = origin
        self.hint = hint
        self.also = also

    def render(self) -> str:
        where = f"{self.origin}: " if self.origin else ""
        lines = [f"error: {where}{self.message}"]
        if self.also:
            lines.append(f"  see also: {self.also}")
        if self.hint:
            lines.append(f"  fix: {self.hint}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()


class SchemaErrors(SchemaError):
    """Several independent problems found in one pass (validation reports them all)."""

    def __init__(self, errors: list[SchemaError]) -> None:
        super().__init__(errors[0].message, errors[0].origin, errors[0].hint)
        self.errors = errors

    def render(self) -> str:
        return "\n".join(e.render() for e in self.errors)


@dataclass(frozen=True)
class SchemaWarning:
    """Something a foreign document says that the bindings cannot express, or that was rewritten."""

    origin: Origin
    message: str

    def render(self) -> str:
        return f"warning: {self.origin}: {self.message}"
