"""Python round-trip driver (PROTOCOL.md), in-process: the generated package is imported from its directory."""

from __future__ import annotations

import importlib
import json
import re
import sys
from typing import Any, Optional

import pydantic

from .. import ir
from ..config import TargetSettings
from ..naming.symbols import Symbols


IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def child_path(path: str, key: str) -> str:
    """The JSON path of a member, as every language writes it: `$.key` for an ASCII identifier, else
    `$["key"]` with the key as a JSON string (only `"`, `\\` and control characters escaped)."""
    if IDENTIFIER.match(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


class PythonDriver:
    def __init__(self, model: ir.Model, symbols: Symbols, settings: TargetSettings) -> None:
        if str(settings.out) not in sys.path:
            sys.path.insert(0, str(settings.out))
        self.model = model
        self.symbols = symbols
        self.package = settings.option("package")
        # as the target lays modules out: a single-file document's schemas (area "") are all `types`
        self.areas = {"": "types", **(settings.option("areas") or {})}
        self._adapters: dict[str, Any] = {}

    def _module(self, component: str) -> Any:
        decl = self.model.get(component)
        return importlib.import_module(f"{self.package}.{self.areas[decl.area]}.{self.symbols.files[component]}")

    def adapter(self, component: str, variant: str = "") -> Any:
        """A TypeAdapter of the component's type; `Optional[X]` for a component that admits null itself
        (a nullable object, enum or union: its class or alias is X, and null is said where it is used)."""
        key = component + variant
        if key not in self._adapters:
            type_ = getattr(self._module(component), self.symbols.type(component) + variant)
            if getattr(self.model.get(component), "nullable", False):
                type_ = Optional[type_]
            self._adapters[key] = pydantic.TypeAdapter(type_)
        return self._adapters[key]

    def roundtrip(self, component: str, value: Any) -> dict[str, Any]:
        decl = self.model.get(component)
        flag = getattr(decl, "stream_flag", None)
        variant = ("Streaming" if isinstance(value, dict) and value.get(flag) is True else "NonStreaming") if flag else ""
        name = self.symbols.type(component) + variant
        try:
            decoded = self.adapter(component, variant).validate_python(value)
        except pydantic.ValidationError as exc:
            first = exc.errors()[0]
            path, named, at = self.json_path(component, first["loc"])
            message = first["msg"]
            if isinstance(at, ir.AnyOfDecl):
                message = "expected one of: " + ", ".join(self.describe(a) for a in at.alternatives)
            elif first["type"] == "union_tag_not_found" and isinstance(at, ir.UnionDecl):
                if isinstance(first.get("input"), dict):
                    path += f".{at.discriminator}"
                    message = f"expected a string `{at.discriminator}` naming the member"
                else:
                    message = "expected an object"
            return {"ok": False, "path": path,
                    "error": f"{named}: {path}: {message} (got {json.dumps(first.get('input'))[:60]})"}
        # the adapter re-encodes whatever it decoded: a model, or a list or dict of models (a component
        # that is an array or map of objects), or a plain value
        wire = self.adapter(component, variant).dump_python(decoded, mode="json", by_alias=True, exclude_unset=True)
        if isinstance(decoded, pydantic.BaseModel):
            kind = type(decoded).__name__
            if isinstance(decl, ir.UnionDecl) and kind == f"{self.symbols.type(component)}Unknown":
                kind = "unknown"
            return {"ok": True, "decoded": kind, "value": wire}
        return {"ok": True, "decoded": name, "value": wire}

    def describe(self, t: ir.TypeExpr) -> str:
        if isinstance(t, ir.Primitive):
            return {"string": "a string", "integer": "an integer", "number": "a number",
                    "boolean": "a boolean"}[t.kind]
        if isinstance(t, ir.ArrayOf):
            return f"an array of {self.describe(t.items)}"
        if isinstance(t, ir.MapOf):
            return f"an object of {self.describe(t.values)}"
        if isinstance(t, ir.Ref):
            decl = self.model.get(t.target)
            if isinstance(decl, ir.EnumDecl):
                return " or ".join(repr(v) for v in decl.values)
            return self.symbols.type(t.target) if t.target in self.symbols.types else t.target
        return "a string" if isinstance(t, ir.OpenEnum) else "any JSON value"

    def json_path(self, component: str, loc: tuple[Any, ...]) -> tuple[str, str, Any]:
        """pydantic's error location -> (JSON path in wire names without union tags, innermost type named,
        the declaration the path ends in)."""
        path, named = "$", self.symbols.type(component)
        decl: Any = self.model.get(component)
        type_: Any = None
        for index, part in enumerate(loc):
            if loc[index + 1:index + 2] == ("[key]",):
                break  # a key its `propertyNames` refuses: the error belongs to the map (as in JSON Schema)
            while isinstance(decl, ir.AliasDecl):
                type_, decl = decl.target, self.model.get(decl.target.target) if isinstance(
                    decl.target, ir.Ref) else None
            if isinstance(decl, ir.AnyOfDecl):
                break  # no alternative fits: the error belongs to the value itself
            if isinstance(decl, ir.UnionDecl):
                member = next((m.target for m in decl.members if m.value == part), None)
                decl = self.model.get(member) if member else None
                named = self.symbols.type(member) if member else named
                continue
            if isinstance(type_, ir.ArrayOf) and isinstance(part, int):
                path += f"[{part}]"
                type_ = type_.items
            elif isinstance(type_, ir.MapOf) and isinstance(part, str) and decl is None:
                path = child_path(path, part)
                type_ = type_.values
            elif isinstance(decl, ir.ObjectDecl) and isinstance(part, str):
                path = child_path(path, part)
                field = next((f for f in decl.fields if f.wire_name == part), None)
                type_ = field.type if field else None
            else:
                break  # a leaf: pydantic's remaining parts name union branches, not JSON
            decl = self.model.get(type_.target) if isinstance(type_, ir.Ref) else None
            if decl is not None and decl.id in self.symbols.types:
                named = self.symbols.type(decl.id)
        return path, named, decl
