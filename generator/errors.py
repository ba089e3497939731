"""The one error type every stage raises for bad input, and how it is shown."""

from __future__ import annotations

from dataclasses import dataclass

from .hints import default_hint


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
        # meta-schema findings and YAML syntax errors get their advice from hints.py
        self.hint = default_hint(message, origin.pointer if origin else None, hint)
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


MAX_REPORTED = 20  # errors shown at once; the rest are counted


class SchemaErrors(SchemaError):
    """Several independent problems found in one pass (validation reports them all). The same finding
    reached twice (jsonschema reports one per branch of the meta-schema it tried) is shown once, and only
    the first MAX_REPORTED are kept; `total` is how many distinct ones were found."""

    def __init__(self, errors: list[SchemaError]) -> None:
        unique = list({(e.message, e.origin, e.hint, e.also): e for e in errors}.values())  # first-seen order
        super().__init__(unique[0].message, unique[0].origin, unique[0].hint)
        self.errors = unique[:MAX_REPORTED]
        self.total = len(unique)

    def render(self) -> str:
        lines = [e.render() for e in self.errors]
        if self.total > len(self.errors):
            lines.append(f"({self.total - len(self.errors)} more error(s) not shown; fix these and run again)")
        return "\n".join(lines)


@dataclass(frozen=True)
class SchemaWarning:
    """Something a foreign document says that the bindings cannot express, or that was rewritten."""

    origin: Origin
    message: str

    def render(self) -> str:
        return f"warning: {self.origin}: {self.message}"
