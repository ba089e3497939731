"""Python type expressions and imports for the Python target."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache

from .. import ir
from ..naming.symbols import Symbols

PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_TYPING_EXTENSIONS = frozenset(("TypeAlias", "Annotated", "TypedDict", "Required"))


class Imports:
    """`from X import a, b as c` lines, sorted: typing first, then third party, then relative."""

    def __init__(self) -> None:
        self._names: dict[str, set[str]] = defaultdict(set)

    def typing(self, *names: str) -> None:
        for name in names:
            self._names["typing_extensions" if name in _TYPING_EXTENSIONS else "typing"].add(name)

    def add(self, module: str, name: str, alias: str | None = None) -> None:
        self._names[module].add(f"{name} as {alias}" if alias else name)

    def names(self) -> list[str]:
        """The names the imports bind, sorted."""
        return sorted({entry.split(" as ")[-1] for names in self._names.values() for entry in names})

    def lines(self) -> list[str]:
        def order(module: str) -> tuple[int, str]:
            rank = 0 if module == "typing" else 1 if module == "typing_extensions" else 3 if module.startswith(".") else 2
            return rank, module

        out: list[str] = []
        group = None
        for module in sorted(self._names, key=order):
            rank = 0 if order(module)[0] < 2 else order(module)[0]
            if group is not None and rank != group:
                out.append("")
            group = rank
            out.append(f"from {module} import {', '.join(sorted(self._names[module]))}")
        return out


class TypeWriter:
    """Spells IR type expressions as Python annotations, recording the imports they need."""

    def __init__(self, model: ir.Model, symbols: Symbols, imports: Imports,
                 modules_of: dict[str, tuple[str, ...]], here: tuple[str, ...]) -> None:
        self.model = model
        self.symbols = symbols
        self.imports = imports
        self.modules_of = modules_of
        self.here = here
        self.pending: set[str] = set()  # ids of this module's declarations not written yet
        self.object_shadowed = False  # a class here has a field named `object`, which mypy resolves first
        self.deferred: set[str] = set()  # components of this module's import cycle that only fields name
        self.type_checking = Imports()  # their imports, for type checkers only (`if TYPE_CHECKING:`)

    def expr(self, t: ir.TypeExpr) -> str:
        if isinstance(t, ir.Primitive):
            return PRIMITIVES[t.kind]
        if isinstance(t, ir.Ref):
            return self.ref(t.target)
        if isinstance(t, ir.AnyValue):
            if self.object_shadowed:
                self.imports.add("builtins", "object", "JSONValue")
                return "JSONValue"
            return "object"
        if isinstance(t, ir.ArrayOf):
            self.imports.typing("List")
            return f"List[{self.expr(t.items)}]"
        if isinstance(t, ir.MapOf):
            self.imports.typing("Dict")
            return f"Dict[str, {self.expr(t.values)}]"
        self.imports.typing("Union")  # an OpenEnum
        return f"Union[str, {self.ref(t.known)}]"

    def ref(self, target: str) -> str:
        decl = self.model.get(target)
        if isinstance(decl, ir.EnumDecl) and decl.owner is not None:
            self.imports.typing("Literal")
            return "Literal[" + ", ".join(py_string(v) for v in decl.values) + "]"
        name = self.symbols.type(target)
        if target in self.deferred:  # bound when the whole cycle is loaded (python.py)
            self.type_checking.add(self.relative(self.modules_of[target]), name)
            return f'"{name}"'
        if decl.owner is None and self.modules_of[target] != self.here:
            self.imports.add(self.relative(self.modules_of[target]), name)
        if target in self.pending:
            return f'"{name}"'  # a recursive type: defined further down this module
        return name

    def relative(self, dotted: tuple[str, ...]) -> str:
        here_pkg = self.here[:-1]
        common = 0
        while common < min(len(here_pkg), len(dotted) - 1) and here_pkg[common] == dotted[common]:
            common += 1
        ups = len(here_pkg) - common
        return "." * (ups + 1) + ".".join(dotted[common:])

    def optional(self, annotation: str) -> str:
        if annotation.startswith("Union[") and annotation.endswith("]"):
            return annotation[:-1] + ", None]"
        self.imports.typing("Optional")
        return f"Optional[{annotation}]"


# characters a line of Python source cannot hold as they are: NUL, and what str.splitlines() (which the
# renderer uses) or Python's tokenizer would take for a line break, besides "\n" itself
_UNPRINTABLE = {c: f"\\x{c:02x}" for c in range(0x20) if c not in (0x09, 0x0A)}
_UNPRINTABLE.update({0x7F: "\\x7f", 0x85: "\\x85", 0x2028: "\\u2028", 0x2029: "\\u2029", 0xFEFF: "\\ufeff"})


# what py_string() and docstring() change: text with none of it is taken as it is (most text)
_PY_STRING_SPECIAL = re.compile("[" + re.escape("".join(map(chr, sorted(_UNPRINTABLE))) + '\\"\n') + "]")
_DOCSTRING_SPECIAL = re.compile("[" + re.escape("".join(map(chr, sorted(_UNPRINTABLE))) + "\\") + ']|"""')


@lru_cache(maxsize=None)
def py_string(text: str) -> str:
    """A double-quoted Python string literal of any text (backslashes, quotes, control characters and
    line separators escaped)."""
    if not _PY_STRING_SPECIAL.search(text):
        return '"' + text + '"'
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").translate(_UNPRINTABLE)
    return '"' + escaped + '"'


def toml_text(text: str) -> str:
    """Text for inside a TOML basic string ("..."): JSON's escapes, which TOML shares, and DEL and the
    line separators as \\uXXXX too."""
    escaped = json.dumps(text, ensure_ascii=False)[1:-1]
    return escaped.translate({c: f"\\u{c:04x}" for c in (0x7F, 0x85, 0x2028, 0x2029, 0xFEFF)})


def docstring(text: str | None) -> str | None:
    """A description made safe to sit between triple quotes: backslashes doubled, `\"\"\"` escaped, control
    characters and line separators as escapes (the docstring's value is the description itself)."""
    if not text:
        return None
    if not _DOCSTRING_SPECIAL.search(text):
        return text + " " if text.endswith('"') else text
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').translate(_UNPRINTABLE)
    if text.endswith('"'):
        text += " "
    return text
