"""Foreign documents in our dialect before validation: OpenAPI 3.0 and JSON Schema 2019-09 leftovers are
rewritten in place, one warning per kind of rewrite (count and first location).

Only lenient loads (`xsdk generate --schema`) normalize; the project's own schema is loaded strictly, where
these constructs are errors. `xsdk import` shares `nullable_schema` and the subschema keywords; it writes
`$recursiveRef` as a `$ref` in the project's file layout itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from .errors import SchemaWarning
from .load import Workspace, join_pointer

SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_ONE = ("items", "additionalProperties", "not", "contains", "if", "then", "else", "propertyNames")
NULLABLE_KEEP_OUTSIDE = ("description", "title", "default", "deprecated")


def nullable_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """OpenAPI 3.0 `nullable: true` as 3.1: `null` added to `type` (and `enum`), or an anyOf with null."""
    schema = {k: v for k, v in schema.items() if k != "nullable"}
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
        if "enum" in schema and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
        return schema
    if isinstance(kind, list):
        if "null" not in kind:
            schema["type"] = [*kind, "null"]
        return schema
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema and not any(o == {"type": "null"} for o in schema[keyword]):
            schema[keyword] = [*schema[keyword], {"type": "null"}]
            return schema
    inner = {k: v for k, v in schema.items() if k not in NULLABLE_KEEP_OUTSIDE}
    outer = {k: v for k, v in schema.items() if k in NULLABLE_KEEP_OUTSIDE}
    return {**outer, "anyOf": [inner, {"type": "null"}]}


@dataclass
class _Tally:
    counts: dict[str, int] = field(default_factory=dict)
    first: dict[str, str] = field(default_factory=dict)

    def note(self, kind: str, pointer: str) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        self.first.setdefault(kind, pointer)


def _exclusive_bound(schema: dict[str, Any], exclusive: str, bound: str) -> bool:
    """3.0 `exclusiveMinimum: true` + `minimum: x` -> `exclusiveMinimum: x`; `false` is dropped."""
    flag = schema.get(exclusive)
    if not isinstance(flag, bool):
        return False
    del schema[exclusive]
    if flag and isinstance(schema.get(bound), (int, float)):
        schema[exclusive] = schema.pop(bound)
    return True


def _rewrite(schema: dict[str, Any], pointer: str, itself: str, tally: _Tally) -> dict[str, Any]:
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if _exclusive_bound(schema, exclusive, bound):
            tally.note(f"OpenAPI 3.0 boolean `{exclusive}` rewritten as a number", pointer)
    if schema.get("$recursiveRef") == "#":
        del schema["$recursiveRef"]
        schema["$ref"] = itself
        tally.note("`$recursiveRef` rewritten as a `$ref` to its component", pointer)
    if "$recursiveAnchor" in schema:
        del schema["$recursiveAnchor"]
        tally.note("`$recursiveAnchor` dropped", pointer)
    if schema.get("nullable") is True:
        tally.note("OpenAPI 3.0 `nullable: true` rewritten as a type union with null", pointer)
        return nullable_schema(schema)
    if schema.get("nullable") is False:
        del schema["nullable"]
    return schema


def walk_schema(schema: Any, pointer: str, visit: Callable[[dict[str, Any], str], dict[str, Any]]) -> Any:
    """`visit` applied bottom-up to every subschema; returns the (possibly replaced) schema."""
    if not isinstance(schema, dict):
        return schema
    for key in SCHEMA_MAPS:
        if isinstance(schema.get(key), dict):
            for name, sub in list(schema[key].items()):
                schema[key][name] = walk_schema(sub, join_pointer(pointer, key, name), visit)
    for key in SCHEMA_LISTS:
        if isinstance(schema.get(key), list):
            schema[key] = [walk_schema(sub, join_pointer(pointer, key, i), visit) for i, sub in enumerate(schema[key])]
    for key in SCHEMA_ONE:
        if isinstance(schema.get(key), dict):
            schema[key] = walk_schema(schema[key], join_pointer(pointer, key), visit)
    return visit(schema, pointer)


def normalize(ws: Workspace) -> list[SchemaWarning]:
    """Rewrite the root document's component schemas in place; a warning per kind of rewrite."""
    schemas = ws.root.data.get("components", {}).get("schemas") if isinstance(ws.root.data, dict) else None
    if not isinstance(schemas, dict):
        return []
    tally = _Tally()
    for name in list(schemas):
        base = join_pointer("/components/schemas", name)
        itself = "#" + base
        schemas[name] = walk_schema(schemas[name], base, lambda s, p: _rewrite(s, p, itself, tally))
    return [SchemaWarning(ws.origin(ws.root_name, tally.first[kind]),
                          f"{kind} ({count} place{'s' if count != 1 else ''}; this is the first)")
            for kind, count in tally.counts.items()]
