"""The JSON Schema referee: validators for each component, with `$ref`s resolved across schema files.

Every language must accept exactly what these validators accept; tests and `xsdk validate` use them.
`Referee.bundled(component)` is the same schema as one self-contained document (every `$ref` local, into
`$defs`), for tools that cannot follow references across files (hypothesis-jsonschema).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, cached_property
from typing import Any

import jsonschema
import referencing
from referencing.jsonschema import DRAFT202012

from .load import Workspace, join_pointer
from .targets.patterns import PatternError, translate

BASE = "file:///xsdk-schemas/"
DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Keywords whose value is one subschema, a list of subschemas, or a map of names to subschemas
# (JSON Schema 2020-12 plus the draft-07 spellings); any other keyword's value is data (enum, const,
# required, default ...) and is copied as it is.
_SUBSCHEMA = frozenset({"items", "additionalItems", "additionalProperties", "unevaluatedItems",
                        "unevaluatedProperties", "propertyNames", "contains", "not", "if", "then", "else",
                        "contentSchema"})
_SUBSCHEMA_LIST = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SUBSCHEMA_MAP = frozenset({"properties", "patternProperties", "dependentSchemas", "$defs", "definitions"})
# OpenAPI-only keywords and annotations a bundle leaves out: no JSON Schema validator asserts them
# (the referee ignores them too), and hypothesis-jsonschema fails on `discriminator`. So do `x-*`.
_DROPPED = frozenset({"discriminator", "xml", "externalDocs", "example", "examples", "deprecated"})


@cache
def _ecma(pattern: str) -> re.Pattern[str]:
    """`pattern` as ECMA-262 reads it (JSON Schema's regex dialect), in Python `re`: `\\d` is ASCII, `$` is
    the end of the text, `.` stops at every line terminator (generator/targets/patterns.py). A pattern
    the bindings refuse to generate is read by Python `re` as it is."""
    try:
        return re.compile(translate(pattern).python)
    except PatternError:
        return re.compile(pattern)


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[jsonschema.ValidationError]:
    if validator.is_type(instance, "string") and not _ecma(pattern).search(instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


# Draft 2020-12 with `pattern` (also under `propertyNames`) matched with ECMA-262 semantics, not Python's
Draft202012ECMA: Any = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    jsonschema.Draft202012Validator, {"pattern": _pattern})


class Referee:
    def __init__(self, ws: Workspace) -> None:
        ws.load_closure()
        self.ws = ws

    @cached_property
    def _registry(self) -> referencing.Registry[Any]:
        resources = [(BASE + name, DRAFT202012.create_resource(f.data)) for name, f in self.ws.files.items()]
        return referencing.Registry().with_resources(resources)

    def component_names(self) -> list[str]:
        return list(self.ws.root.data.get("components", {}).get("schemas", {}))

    def validator(self, component: str) -> jsonschema.protocols.Validator:
        schema = {"$ref": f"{BASE}{self.ws.root_name}#/components/schemas/{component}"}
        cls = Draft202012ECMA
        validator: jsonschema.protocols.Validator = cls(schema, registry=self._registry,
                                                        format_checker=cls.FORMAT_CHECKER)
        return validator

    def errors(self, component: str, instance: Any) -> list[jsonschema.ValidationError]:
        return sorted(self.validator(component).iter_errors(instance), key=lambda e: list(e.absolute_path))

    def is_valid(self, component: str, instance: Any) -> bool:
        return not self.errors(component, instance)

    def bundled(self, component: str) -> dict[str, Any]:
        """`component`'s schema as one self-contained JSON Schema 2020-12 document that accepts exactly what
        `validator(component)` accepts: the component's own schema at the top, every schema it references
        (in any file) under `$defs` by its component name (or the name of its last pointer part), each
        `$ref` rewritten to `#/$defs/<name>` (`#` for the component itself), OpenAPI-only keywords,
        annotations tools reject and `x-*` extensions removed. (`$id`, `$anchor` and `$dynamicRef`, which
        xsdk schemas do not use, are copied as they are.)"""
        schemas = self.ws.root.data.get("components", {}).get("schemas", {})
        if component not in schemas:
            raise KeyError(f"no component named {component!r}")
        targets = {name: self._target(self.ws.root_name, join_pointer("/components/schemas", name), schema)
                   for name, schema in schemas.items()}
        top = targets[component]
        names: dict[tuple[str, str], str] = {top[:2]: "#"}
        taken = set(schemas)
        for name, target in targets.items():
            names.setdefault(target[:2], "#/$defs/" + name)
        defs: dict[str, Any] = {}
        pending: list[tuple[str, str, Any]] = []

        def ref(file: str, pointer: str, value: str) -> str:
            target = self._target(*self.ws.resolve(value, file, pointer))
            if target[:2] not in names:
                stem = re.sub(r"[^A-Za-z0-9_.-]", "_", target[1].rsplit("/", 1)[-1]) or "schema"
                name, number = stem, 2
                while name in taken:
                    name, number = f"{stem}_{number}", number + 1
                taken.add(name)
                names[target[:2]] = "#/$defs/" + name
            location = names[target[:2]]
            if location != "#" and location[len("#/$defs/"):] not in defs:
                defs[location[len("#/$defs/"):]] = None  # reserved; filled from `pending`
                pending.append((location[len("#/$defs/"):], target[0], target[1:]))
            return location

        def walk(node: Any, file: str, pointer: str) -> Any:
            if not isinstance(node, dict):
                return node  # a boolean schema
            out: dict[str, Any] = {}
            for key, value in node.items():
                at = join_pointer(pointer, key)
                if key in _DROPPED or key.startswith("x-"):
                    continue
                if key == "$ref" and isinstance(value, str):
                    out[key] = ref(file, pointer, value)
                elif key in _SUBSCHEMA_MAP and isinstance(value, dict):
                    out[key] = {k: walk(v, file, join_pointer(at, k)) for k, v in value.items()}
                elif (key in _SUBSCHEMA_LIST or key == "items") and isinstance(value, list):
                    out[key] = [walk(v, file, join_pointer(at, i)) for i, v in enumerate(value)]
                elif key in _SUBSCHEMA:
                    out[key] = walk(value, file, at)
                elif key == "dependencies" and isinstance(value, dict):  # draft-07: schemas or name lists
                    out[key] = {k: walk(v, file, join_pointer(at, k)) if isinstance(v, dict) else v
                                for k, v in value.items()}
                else:
                    out[key] = value
            return out

        bundle = walk(top[2], top[0], top[1])
        while pending:
            name, file, (pointer, value) = pending.pop(0)
            defs[name] = walk(value, file, pointer)
        if not isinstance(bundle, dict):
            bundle = {} if bundle else {"not": {}}
        if defs:
            bundle["$defs"] = {**bundle.get("$defs", {}), **defs}
        return {"$schema": DIALECT, **bundle}

    def _target(self, file: str, pointer: str, node: Any) -> tuple[str, str, Any]:
        """Where a chain of bare `$ref`s ({"$ref": ...} and nothing else) ends: (file, pointer, schema)."""
        seen = set()
        while isinstance(node, dict) and set(node) == {"$ref"} and isinstance(node["$ref"], str):
            if (file, pointer) in seen:
                raise ValueError(f"$ref cycle at {file}#{pointer}")
            seen.add((file, pointer))
            file, pointer, node = self.ws.resolve(node["$ref"], file, pointer)
        return file, pointer, node
