"""The fidelity report: how closely the generated stream events match the vendors' SDKs.

- Python against the `openai` package (test dependency; the same API snapshot as the corpus): class
  name, field names, field types (structurally), required-ness and Literal values, per event type.
- TypeScript and Go against OpenRouter's Oct-2025 spec: the union member names its SDKs use (TS: union
  + PascalCase(type); Go: the component name). Events that spec lacked are named by the same rules and
  listed as "derived".
"""

from __future__ import annotations

import importlib
import sys
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import ir
from .config import Config
from .naming.casing import pascal
from .naming.symbols import Symbols
from .load import parse_yaml

OPENROUTER_SPEC = "openrouter-openapi-2025-10-18.yaml"


@dataclass
class Row:
    event: str  # the discriminator value
    language: str
    ours: str
    theirs: str  # the vendor's name, or "" when the vendor has no such event
    differences: list[str] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        if not self.theirs:
            return "derived"
        return "exact" if not self.differences else "differs"


# ---- Python vs the openai package ----
def _tag(cls: Any, field_name: str) -> str | None:
    info = cls.model_fields.get(field_name)
    args = typing.get_args(info.annotation) if info else ()
    return str(args[0]) if len(args) == 1 and isinstance(args[0], str) else None


def _members(union: Any) -> list[Any]:
    """The model classes of a (possibly Annotated) union alias."""
    while typing.get_origin(union) is typing.Annotated:
        union = typing.get_args(union)[0]
    out = []
    for arg in typing.get_args(union):
        while typing.get_origin(arg) is typing.Annotated:
            arg = typing.get_args(arg)[0]
        out.append(arg)
    return out


def shape(annotation: Any) -> str:
    """A type spelled without class names, so that our `OutputItem` and the SDK's `ResponseOutputItem`
    (the same union under two names) compare equal while `str` vs `int` or a changed Literal do not."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return shape(args[0])
    if origin is typing.Literal:
        return "Literal[" + ", ".join(sorted(repr(a) for a in args)) + "]"
    if origin is typing.Union:
        parts = _union_parts(annotation)
        return next(iter(parts)) if len(parts) == 1 else "Union[" + ", ".join(sorted(parts)) + "]"
    if origin in (list, typing.List):
        return f"List[{shape(args[0])}]"
    if origin in (dict, typing.Dict):
        return f"Dict[{shape(args[0])}, {shape(args[1])}]"
    if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
        return "model"
    if isinstance(annotation, typing.ForwardRef):
        return "model"
    return getattr(annotation, "__name__", str(annotation))


def _union_parts(annotation: Any) -> set[str]:
    """The shapes a union admits, nested unions (an Optional of an aliased union) flattened."""
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is not typing.Union:
        return {shape(annotation)}
    parts: set[str] = set()
    for arg in typing.get_args(annotation):
        if isinstance(arg, type) and arg.__name__.endswith("Unknown"):
            continue  # our explicit unknown member (forward compatibility) is not the vendor's
        parts |= _union_parts(arg)
    return parts


def compare_models(ours: Any, theirs: Any) -> list[str]:
    differences = []
    if ours.__name__ != theirs.__name__:
        differences.append(f"class {ours.__name__} != {theirs.__name__}")
    mine, sdk = ours.model_fields, theirs.model_fields
    for name in sorted(set(mine) | set(sdk)):
        if name not in sdk:
            differences.append(f"extra field {name}")
        elif name not in mine:
            differences.append(f"missing field {name}")
        else:
            a, b = shape(mine[name].annotation), shape(sdk[name].annotation)
            if a != b:
                differences.append(f"{name}: {a} != {b}")
            if mine[name].is_required() != sdk[name].is_required():
                differences.append(f"{name}: required {mine[name].is_required()} != {sdk[name].is_required()}")
    return differences


def python_rows(config: Config, model: ir.Model, symbols: Symbols, union: str) -> list[Row]:
    import openai.types.responses as sdk_types  # noqa: PLC0415 - a test dependency only

    settings = config.targets["python"]
    if str(settings.out) not in sys.path:
        sys.path.insert(0, str(settings.out))
    decl = model.get(union)
    assert isinstance(decl, ir.UnionDecl)
    package, areas = settings.option("package"), settings.option("areas")
    module = importlib.import_module(f"{package}.{areas[decl.area]}.{symbols.files[union]}")
    ours = {_tag(c, decl.discriminator): c for c in _members(getattr(module, symbols.type(union)))}
    theirs = {_tag(c, decl.discriminator): c for c in _members(getattr(sdk_types, symbols.type(union)))}
    rows = []
    for member in decl.members:
        mine, sdk = ours.get(member.value), theirs.get(member.value)
        row = Row(member.value, "python", mine.__name__ if mine else "?", sdk.__name__ if sdk else "")
        if mine and sdk:
            row.differences = compare_models(mine, sdk)
        rows.append(row)
    return rows


# ---- TypeScript and Go vs OpenRouter's names ----
def openrouter_members(spec: Path, union: str) -> dict[str, str]:
    from .importer import union_tags  # noqa: PLC0415

    data = parse_yaml(spec.read_text(encoding="utf-8"), spec.name)
    return union_tags(data["components"]["schemas"], union)


def openrouter_rows(model: ir.Model, symbols: dict[str, Symbols], union: str, spec: Path) -> list[Row]:
    decl = model.get(union)
    assert isinstance(decl, ir.UnionDecl)
    their_union = decl.vendor_name("openrouter") or union
    theirs = openrouter_members(spec, their_union)
    rows = []
    for member in decl.members:
        go_name = theirs.get(member.value, "")
        expected = {"typescript": their_union + pascal(member.value) if go_name else "", "go": go_name}
        for language in ("typescript", "go"):
            ours = symbols[language].type(member.target)
            row = Row(member.value, language, ours, expected[language])
            if row.theirs and ours != row.theirs:
                row.differences.append(f"{ours} != {row.theirs}")
            rows.append(row)
    return rows


def render(rows: list[Row]) -> str:
    languages = ["python", "typescript", "go"]
    events = list(dict.fromkeys(r.event for r in rows))
    cell = {(r.event, r.language): r for r in rows}
    lines = [f"{'event type':50} " + " ".join(f"{lang:10}" for lang in languages)]
    for event in events:
        lines.append(f"{event:50} " + " ".join(f"{cell[(event, lang)].verdict if (event, lang) in cell else '-':10}"
                                               for lang in languages))
    for r in rows:
        for difference in r.differences:
            lines.append(f"  {r.language} {r.event}: {difference}")
    lines.append("")
    for language in languages:
        mine = [r for r in rows if r.language == language]
        exact = sum(r.verdict == "exact" for r in mine)
        vendor = sum(r.verdict != "derived" for r in mine)
        derived = sum(r.verdict == "derived" for r in mine)
        lines.append(f"{language:10} {exact}/{vendor} exact against the vendor" + (f", {derived} derived" if derived else ""))
    return "\n".join(lines)


def report(config: Config, model: ir.Model, symbols: dict[str, Symbols], union: str, spec: Path) -> list[Row]:
    return python_rows(config, model, symbols["python"], union) + openrouter_rows(model, symbols, union, spec)
