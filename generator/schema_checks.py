"""Checks of what the meta-schemas cannot know, called by the lowering (lower.py): the values of our
`x-xsdk-*` extensions and component names every language and file system can carry (each returns every
problem it finds, validation style), JSON Schema constructs the bindings cannot express yet, alias chains
that never reach a type, discriminator mappings to non-members, and defaults of the wrong type."""

from __future__ import annotations

import re
from typing import Any, Iterator

from . import ir
from .errors import SchemaError
from .load import Workspace, join_pointer
from .naming.casing import is_identifier
from .naming.profiles import PROFILES

VENDOR_NAMES = "x-xsdk-names"
STREAM_FLAG = "x-xsdk-stream-flag"
UNION_MEMBER_NAMES = "x-xsdk-union-member-names"
EXTENSIONS = (VENDOR_NAMES, UNION_MEMBER_NAMES, STREAM_FLAG)
VENDORS = tuple(sorted({profile.vendor for profile in PROFILES.values()}))

# keywords that would change what a value may be, which no target expresses yet (README "Known limits")
UNSUPPORTED = ("not", "if", "then", "else", "patternProperties", "prefixItems", "dependentSchemas",
               "unevaluatedProperties", "unevaluatedItems")

_SCHEMA_MAPS = ("properties", "$defs", "dependentSchemas", "patternProperties")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONE = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames")
_COMPONENT_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def subschemas(schema: dict[str, Any], pointer: str) -> Iterator[tuple[str, Any]]:
    """(pointer, subschema) of every schema written directly inside `schema` (not through a $ref)."""
    for key in _SCHEMA_MAPS:
        if isinstance(schema.get(key), dict):
            for name, sub in schema[key].items():
                yield join_pointer(pointer, key, name), sub
    for key in _SCHEMA_LISTS:
        if isinstance(schema.get(key), list):
            for index, sub in enumerate(schema[key]):
                yield join_pointer(pointer, key, index), sub
    for key in _SCHEMA_ONE:
        if key in schema:
            yield join_pointer(pointer, key), schema[key]


def _vendor_names(ws: Workspace, file: str, pointer: str, value: Any) -> Iterator[SchemaError]:
    where = join_pointer(pointer, VENDOR_NAMES)
    example = f"`{VENDOR_NAMES}: {{{VENDORS[0]}: ItemModel}}`"
    if not isinstance(value, dict) or not value:
        yield SchemaError(f"{VENDOR_NAMES} must map a vendor to a type name, found {value!r}",
                          ws.origin(file, where), f"write it as {example} (vendors: {', '.join(VENDORS)})")
        return
    for vendor, name in value.items():
        at = ws.origin(file, join_pointer(where, str(vendor)))
        if vendor not in VENDORS:
            yield SchemaError(f"{VENDOR_NAMES} names an unknown vendor {vendor!r}", at,
                              f"use one of the vendors of the naming profiles: {', '.join(VENDORS)}")
        elif not isinstance(name, str) or not is_identifier(name):
            yield SchemaError(f"{VENDOR_NAMES}.{vendor} {name!r} is not an identifier", at,
                              "use ASCII letters, digits and `_`, starting with a capital letter, e.g. `ItemModel`")


def _union_member_names(ws: Workspace, file: str, pointer: str, schema: dict[str, Any]) -> Iterator[SchemaError]:
    value = schema[UNION_MEMBER_NAMES]
    at = ws.origin(file, join_pointer(pointer, UNION_MEMBER_NAMES))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        yield SchemaError(f"{UNION_MEMBER_NAMES} must be a list of vendors, found {value!r}", at,
                          f"write it as a list, e.g. `{UNION_MEMBER_NAMES}: [{VENDORS[-1]}]`")
    elif unknown := [v for v in value if v not in VENDORS]:
        yield SchemaError(f"{UNION_MEMBER_NAMES} names an unknown vendor {unknown[0]!r}", at,
                          f"use vendors of the naming profiles: {', '.join(VENDORS)}")
    elif "oneOf" not in schema and "anyOf" not in schema:
        yield SchemaError(f"{UNION_MEMBER_NAMES} is only meaningful on a discriminated union (oneOf/anyOf)", at,
                          "move it to the union whose members the vendor names, or remove it")


def check_extensions(ws: Workspace, file: str, pointer: str, schema: Any) -> list[SchemaError]:
    """Every `x-xsdk-*` key written in `schema` and its inline subschemas: known, and of the right shape."""
    errors: list[SchemaError] = []
    stack: list[tuple[str, Any]] = [(pointer, schema)]
    while stack:
        at, node = stack.pop()
        if not isinstance(node, dict):
            continue
        for key in node:
            if isinstance(key, str) and key.startswith("x-xsdk-") and key not in EXTENSIONS:
                errors.append(SchemaError(f"unknown extension {key}", ws.origin(file, join_pointer(at, key)),
                                          f"use one of {', '.join(EXTENSIONS)} (see README, Schema extensions)"))
        if VENDOR_NAMES in node:
            errors.extend(_vendor_names(ws, file, at, node[VENDOR_NAMES]))
        if UNION_MEMBER_NAMES in node:
            errors.extend(_union_member_names(ws, file, at, node))
        if STREAM_FLAG in node and not isinstance(node[STREAM_FLAG], str):
            errors.append(SchemaError(f"{STREAM_FLAG} must name a boolean property, found {node[STREAM_FLAG]!r}",
                                      ws.origin(file, join_pointer(at, STREAM_FLAG)),
                                      f"write it as `{STREAM_FLAG}: stream`"))
        stack.extend(reversed(list(subschemas(node, at))))
    return errors


def check_component_name(ws: Workspace, name: str) -> SchemaError | None:
    """A component's name is its id (inline declarations join ids with '.'), its default type name in
    every language and the stem of its file: ASCII letters, digits and `_`, starting with a letter."""
    if isinstance(name, str) and _COMPONENT_NAME.match(name):
        return None
    suggestion = "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", str(name)) if part)
    example = f" (e.g. `{suggestion}`)" if _COMPONENT_NAME.match(suggestion) else ""
    return SchemaError(f"component name {name!r} is not an identifier in every language",
                       ws.origin(ws.root_name, join_pointer("/components/schemas", str(name))),
                       f"rename it to ASCII letters, digits and `_` starting with a letter{example}, and the "
                       f"$refs to it; a vendor's exact spelling goes in {VENDOR_NAMES}")


def unsupported_keyword(schema: dict[str, Any]) -> str | None:
    """The first keyword of `schema` that no target can express yet, if any."""
    return next((key for key in UNSUPPORTED if key in schema), None)


def refuse_alias_cycles(decls: list[ir.Decl]) -> None:
    """An alias whose chain of aliases comes back to it never reaches a type (A: $ref B, B: $ref A)."""
    aliases = {d.id: d.target.target for d in decls if isinstance(d, ir.AliasDecl) and isinstance(d.target, ir.Ref)}
    done: set[str] = set()
    for start in aliases:
        chain: list[str] = []
        node: str | None = start
        while node in aliases and node not in done and node not in chain:
            chain.append(node)
            node = aliases[node]
        if node is not None and node in chain:
            cycle = chain[chain.index(node):] + [node]
            origin = next(d.origin for d in decls if d.id == node)
            raise SchemaError(f"{node} is an alias of itself through $refs: {' -> '.join(cycle)}", origin,
                              "point one of these $refs at a schema that describes a value (an object, "
                              "array, enum or primitive)")
        done.update(chain)


def is_kind(value: Any, kind: str) -> bool:
    """Whether a JSON value is of a primitive JSON Schema type (integral floats are integers, as in JSON Schema)."""
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "integer":
        return number and float(value).is_integer()
    return {"string": isinstance(value, str), "number": number, "boolean": isinstance(value, bool)}.get(kind, True)


def check_mapping(ws: Workspace, file: str, pointer: str, schema: dict[str, Any], keyword: str) -> None:
    """Every `discriminator.mapping` target of the union at (file, pointer) is one of its members."""
    mapping = schema.get("discriminator", {}).get("mapping", {})
    members = {ws.resolve(o["$ref"], file, pointer)[:2] for o in schema[keyword]
               if isinstance(o, dict) and isinstance(o.get("$ref"), str)}
    for value, ref in mapping.items():
        where = ws.origin(file, join_pointer(pointer, "discriminator", "mapping", value))
        if not isinstance(ref, str):
            raise SchemaError(f"discriminator mapping {value!r} must be a $ref string, found {ref!r}", where,
                              f"write it as `{value}: '#/components/schemas/Name'`")
        try:
            target = ws.resolve(ref, file, pointer)[:2]
        except SchemaError as error:
            raise SchemaError(f"discriminator mapping {value!r}: {error.message}", where,
                              f"map {value!r} to one of the members of this {keyword}") from None
        if target not in members:
            raise SchemaError(f"discriminator mapping {value!r} points at {ref}, which is not a member of "
                              f"this {keyword}", where,
                              f"list {ref} under {keyword}, or map {value!r} to one of its members")


def default_mismatch(type_: ir.TypeExpr, nullable: bool, default: Any, decls: list[ir.Decl]) -> str | None:
    """What a `default` of a value of this type must be, when it is not that (checked for primitives and
    enums, whose defaults the targets write as literals); None when it fits."""
    if default is None:
        return None if nullable else "a value (the property is not nullable)"
    if isinstance(type_, ir.Primitive):
        return None if is_kind(default, type_.kind) else f"a{'n' if type_.kind[0] in 'ai' else ''} {type_.kind}"
    target = next((d for d in decls if isinstance(type_, ir.Ref) and d is not None and d.id == type_.target), None)
    if isinstance(target, ir.EnumDecl) and default not in target.values:
        return f"one of {', '.join(map(repr, target.values))}"
    return None
