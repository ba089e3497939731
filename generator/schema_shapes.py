"""Questions about the shape of a raw JSON Schema (a dict from the document), asked while lowering it."""

from __future__ import annotations

from typing import Any


def single_alternative(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema with its only non-null anyOf/oneOf alternative folded in (where its bounds are written)."""
    for keyword in ("anyOf", "oneOf"):
        options = [o for o in schema.get(keyword, []) if not is_null(o)]
        if len(options) == 1 and isinstance(options[0], dict) and "$ref" not in options[0]:
            return {**schema, **options[0]}
    return schema


def admits_null(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    types = schema.get("type")
    if schema.get("nullable") is True or (isinstance(types, list) and "null" in types):
        return True
    if None in (enum_values(schema) or []):
        return True
    options = schema.get("anyOf", schema.get("oneOf"))
    return isinstance(options, list) and any(is_null(o) for o in options)


def nullable_alternatives(schema: dict[str, Any]) -> bool:
    """anyOf/oneOf with `null` and two or more other alternatives."""
    options = schema.get("anyOf", schema.get("oneOf"))
    if not isinstance(options, list) or not any(is_null(o) for o in options):
        return False
    return sum(1 for o in options if not is_null(o)) > 1


def is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null" and len(schema) <= 2


def is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema or "allOf" in schema


def enum_values(schema: Any) -> list[Any] | None:
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        return [schema["const"]]
    if "enum" in schema:
        return list(schema["enum"])
    return None
