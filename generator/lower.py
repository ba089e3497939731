"""Stage 3: OpenAPI 3.1 / JSON Schema -> the language-neutral IR (`ir.Model`).

One function per construct. Inline enums and objects become declarations of their own, named by
path (owner, property); `$ref`s to components become `Ref`s; nullability is lifted onto the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field as dc_field, replace as dc_replace
from typing import Any

from . import ir
from .errors import Origin, SchemaError, SchemaErrors, SchemaWarning
from .lenient import enum_base, loosen_unions
from .load import Workspace, join_pointer, unescape_token
from .targets.patterns import PatternError, translate
from .schema_checks import (STREAM_FLAG, UNION_MEMBER_NAMES, VENDOR_NAMES, check_component_name, check_extensions,
                            check_mapping, default_mismatch, refuse_alias_cycles, unsupported_keyword)
from .schema_shapes import (admits_null, enum_values, is_null, is_object, nullable_alternatives,
                            single_alternative)

PRIMITIVES = {"string", "integer", "number", "boolean"}
MAP_KEYWORDS = ("minProperties", "maxProperties", "propertyNames")


@dataclass(frozen=True)
class At:
    """A schema's location while lowering: file, JSON pointer, naming path."""

    file: str
    pointer: str
    path: tuple[str, ...]

    def child(self, *tokens: str | int, name: str | None = None) -> "At":
        path = self.path + ((name,) if name is not None else ())
        return At(self.file, join_pointer(self.pointer, *tokens), path)


@dataclass
class Lowerer:
    ws: Workspace
    area_of: dict[str, str] = dc_field(default_factory=dict)  # component -> area
    located: dict[tuple[str, str], str] = dc_field(default_factory=dict)  # (file, pointer) -> component
    decls: list[ir.Decl] = dc_field(default_factory=list)
    nullable_components: set[str] = dc_field(default_factory=set)
    # lenient (foreign documents): what cannot be lowered is typed as any JSON and reported here
    warnings: list[SchemaWarning] | None = None

    def origin(self, at: At) -> Origin:
        return self.ws.origin(at.file, at.pointer)

    # ---- entry ----
    def run(self, source: str) -> ir.Model:
        root = self.ws.root
        components = root.data.get("components", {}).get("schemas", {})
        targets: list[tuple[str, At, Any]] = []
        problems: list[SchemaError] = []
        for name, schema in components.items():
            pointer = join_pointer("/components/schemas", name)
            file = root.name
            if isinstance(schema, dict) and set(schema) == {"$ref"}:
                file, pointer, schema = self.ws.resolve(schema["$ref"], file, pointer)
            self.located[(file, pointer)] = name
            self.area_of[name] = file.split("/")[0] if "/" in file else ""
            targets.append((name, At(file, pointer, (name,)), schema))
            if self.warnings is None and (bad_name := check_component_name(self.ws, name)) is not None:
                problems.append(bad_name)
            problems.extend(check_extensions(self.ws, file, pointer, schema))
        if problems:
            raise SchemaErrors(problems)
        # a component that admits null (anyOf [X, null], type [X, "null"], …) makes every $ref to it nullable
        self.nullable_components = {name for name, _, schema in targets if admits_null(schema)}
        for name, at, schema in targets:
            mark = len(self.decls)
            try:
                self.component(name, at, schema)
            except SchemaError as error:
                self.fall_back(error, mark)
                self.decls.append(ir.AliasDecl(**self.common(at, schema if isinstance(schema, dict) else {})))
        if self.warnings is not None:
            self.decls = loosen_unions(self.decls, self.warnings)
        refuse_alias_cycles(self.decls)
        seen: dict[str, ir.Decl] = {}
        for decl in self.decls:
            if decl.id in seen:
                raise SchemaError(f"two declarations would both be named {decl.id!r}", decl.origin,
                                  "give one of them a title or move it into components/schemas",
                                  also=seen[decl.id].origin)
            seen[decl.id] = decl
        info = root.data.get("info", {})
        license_info = info.get("license") or {}
        spdx = license_info.get("identifier") if isinstance(license_info, dict) else None
        return ir.Model(title=str(info.get("title", "")), version=str(info.get("version", "0.0.0")),
                        source=source, decls=tuple(self.decls), license=str(spdx) if spdx else None)

    def common(self, at: At, schema: dict[str, Any]) -> dict[str, Any]:
        names = schema.get(VENDOR_NAMES, {})
        examples = tuple(schema.get("examples", ())) or ((schema["example"],) if "example" in schema else ())
        return dict(id=".".join(at.path), path=at.path, area=self.area_of[at.path[0]], origin=self.origin(at),
                    description=_text(schema.get("description")), vendor_names=tuple(sorted(names.items())),
                    examples=examples, deprecated=bool(schema.get("deprecated", False)))

    def fall_back(self, error: SchemaError, mark: int) -> None:
        """Lenient only: forget what was added since `mark` and warn; strict: re-raise."""
        if self.warnings is None:
            raise error
        del self.decls[mark:]
        origin = error.origin or self.origin(At(self.ws.root_name, "", ()))
        self.warnings.append(SchemaWarning(origin, f"{error.message} — typed as any JSON"))

    def written(self, at: At, *tokens: str | int) -> At:
        """`at` + tokens where the schema at `at` is written with them (errors point at the keyword or value),
        else `at` itself (a schema merged from several places). Lenient warnings keep the schema's location."""
        if self.warnings is not None:
            return at
        value = self.ws.files[at.file].data
        for token in [unescape_token(t) for t in at.pointer.split("/")[1:]] + [str(t) for t in tokens]:
            if isinstance(value, dict) and token in value:
                value = value[token]
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                value = value[int(token)]
            else:
                return at
        return at.child(*tokens)

    def reserve(self) -> int:
        """A slot for a declaration whose inline declarations are lowered first: owners come before
        what they own (the naming stage names parents first)."""
        self.decls.append(None)  # type: ignore[arg-type]  # filled by the caller
        return len(self.decls) - 1

    def add(self, decl: ir.Decl) -> ir.Ref:
        self.decls.append(decl)
        return ir.Ref(decl.id)

    # ---- declarations ----
    def component(self, name: str, at: At, schema: Any) -> None:
        if not isinstance(schema, dict):
            raise SchemaError(f"schema {name} must be a mapping", self.origin(at),
                              "write the component as a schema mapping, e.g. `{type: object, properties: {...}}`, "
                              "or `{}` for any JSON value")
        self.refuse_unsupported(at, schema)
        if isinstance(schema.get("$ref"), str) and self.component_ref(at, schema["$ref"]) == name:
            raise SchemaError(f"{name} is a $ref to itself, so it never describes a value",
                              self.origin(at.child("$ref")),
                              "point the $ref at the schema it stands for, or write that schema here")
        keyword = "oneOf" if "oneOf" in schema else "anyOf" if "anyOf" in schema else None
        if keyword and self.tagged(at, schema, keyword):
            self.union(at, schema)
        elif (base := self.scalar_enum(at, enum_values(schema))) is not None:
            self.decls.append(ir.AliasDecl(**self.common(at, schema), target=base, nullable=admits_null(schema)))
        elif enum_values(schema) is not None:
            self.enum(at, schema)
        elif is_object(schema) and ("properties" in schema or "allOf" in schema):
            self.object(at, schema)
        else:  # an alias: a map, an array, a primitive, or an anyOf lowered in place under its own name
            placeholder_index = self.reserve()
            # a nullable anyOf of several shapes keeps the name for a nullable alias of the shapes
            where = at.child(name="value") if nullable_alternatives(schema) else at
            target, nullable = self.type_of(where, schema)
            if isinstance(target, ir.Ref) and target.target == ".".join(at.path):
                self.decls.pop(placeholder_index)
                if nullable:  # `anyOf: [{type: object, …}, {type: "null"}]`: the object (enum, union) admits null
                    index = next(i for i, d in enumerate(self.decls) if d is not None and d.id == target.target)
                    decl = self.decls[index]
                    if isinstance(decl, (ir.ObjectDecl, ir.EnumDecl, ir.UnionDecl)):
                        self.decls[index] = dc_replace(decl, nullable=True)
                return
            self.decls[placeholder_index] = ir.AliasDecl(**self.common(at, schema), target=target, nullable=nullable,
                                                         constraints=self.constraints(at, schema, target))

    def object(self, at: At, schema: dict[str, Any]) -> ir.Ref:
        schema = self.merge_all_of(at, schema)
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        for index, wire in enumerate(required):
            if wire not in properties and self.warnings is not None:  # as the importer does
                self.warnings.append(SchemaWarning(self.origin(at.child("required", index)),
                                                   f"`required` names {wire!r}, which is not a property; ignored"))
            elif wire not in properties:
                raise SchemaError(f"`required` names {wire!r}, which is not a property",
                                  self.origin(at.child("required", index)),
                                  f"add a property {wire!r} or remove it from `required`")
        placeholder_index = self.reserve()
        fields = tuple(self.field_or_any(at.child("properties", wire, name=wire), wire, prop, wire in required)
                       for wire, prop in properties.items())
        flag = schema.get(STREAM_FLAG)
        if flag is not None and flag not in properties:
            raise SchemaError(f"{STREAM_FLAG} names {flag!r}, which is not a property",
                              self.origin(at.child(STREAM_FLAG)),
                              f"add a boolean property {flag!r}, or name the boolean that selects streaming")
        if self.warnings is None and (used := [k for k in MAP_KEYWORDS if k in schema]):
            raise SchemaError(f"`{used[0]}` is supported on maps only (an object with `additionalProperties` "
                              "and no `properties`)", self.origin(at.child(used[0])),
                              f"remove `{used[0]}`, or make this object a map")
        decl = ir.ObjectDecl(**self.common(at, schema), fields=fields, stream_flag=flag,
                             closed=schema.get("additionalProperties") is False,
                             nullable=len(at.path) == 1 and admits_null(schema))
        self.decls[placeholder_index] = decl
        return ir.Ref(decl.id)

    def field_or_any(self, at: At, wire: str, schema: Any, required: bool) -> ir.Field:
        mark = len(self.decls)
        try:
            return self.field(at, wire, schema, required)
        except SchemaError as error:
            self.fall_back(error, mark)
            return ir.Field(wire_name=wire, type=ir.AnyValue(), required=required, nullable=True,
                            description=None, origin=self.origin(at))

    def field(self, at: At, wire: str, schema: Any, required: bool) -> ir.Field:
        if not isinstance(schema, dict):
            raise SchemaError(f"property {wire!r} must be a schema mapping", self.origin(at))
        type_, nullable = self.type_of(at, schema)
        default = schema["default"] if "default" in schema else ir.NO_DEFAULT
        if default is not ir.NO_DEFAULT and self.warnings is None and \
                (expected := default_mismatch(type_, nullable, default, self.decls)):
            raise SchemaError(f"default {default!r} of {wire!r} is not {expected}", self.origin(at.child("default")),
                              f"give a default that is {expected}, or remove `default`")
        constraints = self.constraints(at, schema, type_)
        return ir.Field(wire_name=wire, type=type_, required=required, nullable=nullable,
                        description=_text(schema.get("description")), origin=self.origin(at),
                        default=default, deprecated=bool(schema.get("deprecated", False)),
                        constraints=constraints)

    def constraints(self, at: At, schema: dict[str, Any], type_: ir.TypeExpr) -> ir.Constraints:
        """The bounds, `pattern`, map size and `propertyNames` of a value of type `type_` (of the only
        non-null alternative where the schema is `anyOf: [{…, maximum: 20}, {type: null}]`). Strict: a
        pattern the languages cannot all match alike, and map keywords on anything but a map, are errors."""
        bounded = single_alternative(schema)
        on_string = isinstance(type_, ir.Primitive) and type_.kind == "string"
        pattern = self.pattern(at, bounded.get("pattern"), on_string)
        names = bounded.get("propertyNames")
        is_map = isinstance(type_, ir.MapOf)
        if not is_map and self.warnings is None and (used := [k for k in MAP_KEYWORDS if k in bounded]):
            raise SchemaError(f"`{used[0]}` is supported on maps only (an object with `additionalProperties` "
                              "and no `properties`)", self.origin(at.child(used[0])),
                              f"remove `{used[0]}`, or make this object a map")
        key_rules = None
        if is_map and isinstance(names, dict):
            where = at.child("propertyNames")
            other = sorted(set(names) - {"type", "pattern", "minLength", "maxLength", "description", "title"})
            if other or names.get("type", "string") != "string":
                raise SchemaError(f"`propertyNames` may only say `pattern`, `minLength` and `maxLength` of a key, "
                                  f"not {', '.join(other) or 'type ' + str(names.get('type'))}", self.origin(where),
                                  "move the other rules into the map's description")
            key_rules = ir.Constraints(min_length=names.get("minLength"), max_length=names.get("maxLength"),
                                       pattern=self.pattern(where, names.get("pattern"), True))
        return ir.Constraints(
            minimum=bounded.get("minimum"), maximum=bounded.get("maximum"),
            min_length=bounded.get("minLength"), max_length=bounded.get("maxLength"),
            min_items=bounded.get("minItems"), max_items=bounded.get("maxItems"), pattern=pattern,
            min_properties=bounded.get("minProperties") if is_map else None,
            max_properties=bounded.get("maxProperties") if is_map else None,
            property_names=key_rules if key_rules != ir.Constraints() else None)

    def pattern(self, at: At, pattern: Any, on_string: bool) -> str | None:
        """A `pattern` every language can check alike (patterns.translate), else an error (strict)."""
        if not isinstance(pattern, str):
            return None
        if not on_string:
            if self.warnings is None:
                raise SchemaError("`pattern` is checked on string values only", self.origin(at.child("pattern")),
                                  "put the pattern on the string schema itself")
            return None
        try:
            translate(pattern)
        except PatternError as error:
            raise SchemaError(str(error), self.origin(at.child("pattern")),
                              "rewrite the pattern without it (see README, Known limits: portable patterns)") from None
        return pattern

    def enum(self, at: At, schema: dict[str, Any]) -> ir.Ref:
        values = enum_values(schema) or []
        non_null = [v for v in values if v is not None]
        keyword = "const" if "const" in schema else "enum"
        if not non_null:
            raise SchemaError("enum has no values", self.origin(self.written(at, keyword)), "list at least one value")
        bad = [i for i, v in enumerate(values) if v is not None and not isinstance(v, str)]
        if bad:
            raise SchemaError(f"only string enums are supported, found {values[bad[0]]!r}",
                              self.origin(self.written(at, keyword, *([bad[0]] if keyword == "enum" else []))),
                              "write the values as strings (`type: string`), or drop `enum` and type it as "
                              "the number or boolean it is, listing the values in its description")
        if len(set(non_null)) != len(non_null):
            twice = next(i for i, v in enumerate(values) if v is not None and v in values[:i])
            raise SchemaError(f"enum lists a value twice: {values[twice]!r}",
                              self.origin(self.written(at, "enum", twice)),
                              f"remove the second {values[twice]!r}")
        return self.add(ir.EnumDecl(**self.common(at, schema), values=tuple(non_null),
                                    nullable=len(at.path) == 1 and admits_null(schema)))

    def scalar_enum(self, at: At, values: list[Any] | None) -> ir.Primitive | None:
        """Lenient only: an enum of numbers or booleans typed as its base type, with a warning."""
        if values is None or self.warnings is None or (base := enum_base(values)) is None:
            return None
        shown = ", ".join(json.dumps(v) for v in values[:4]) + (", …" if len(values) > 4 else "")
        self.warnings.append(SchemaWarning(self.origin(at), f"{base} enum [{shown}] typed as {base} "
                                                            "(only string enums are declared)"))
        return ir.Primitive(base)

    def union(self, at: At, schema: dict[str, Any]) -> ir.Ref:
        keyword = "oneOf" if "oneOf" in schema else "anyOf"
        options = [(i, o) for i, o in enumerate(schema[keyword]) if not is_null(o)]
        explicit = schema.get("discriminator", {}).get("propertyName")
        if "discriminator" in schema and not isinstance(explicit, str) and self.warnings is None:
            raise SchemaError("a discriminator needs a `propertyName`", self.origin(at.child("discriminator")),
                              "name the property that tells the members apart, e.g. `propertyName: type`")
        prop = explicit or self.implicit_tag(at, schema[keyword])
        if not isinstance(prop, str):
            raise SchemaError("a discriminator needs a `propertyName`", self.origin(at.child("discriminator")),
                              "name the property that tells the members apart, e.g. `propertyName: type`")
        mapping = {v: k for k, v in schema.get("discriminator", {}).get("mapping", {}).items()}
        if self.warnings is None:
            check_mapping(self.ws, at.file, at.pointer, schema, keyword)
        members: list[ir.UnionMember] = []
        seen: dict[str, str] = {}
        placeholder_index = self.reserve()
        for index, option in options:
            where = at.child(keyword, index)
            if not isinstance(option, dict):
                raise SchemaError("a union member must be a schema mapping", self.origin(where))
            if "$ref" in option:
                target = self.component_ref(where, option["$ref"])
                value = mapping.get(option["$ref"])
                # (strict: a member the mapping names must still have the tag; lenient loosens the union)
                if value is None or self.warnings is None and not self.has_property(where, option["$ref"], prop):
                    value = self.discriminator_value(where, option["$ref"], prop)
            else:
                value = self.inline_tag(where, option, prop)
                target = self.object(At(where.file, where.pointer, at.path + (value,)), option).target
            if value in seen:
                raise SchemaError(f"discriminator value {value!r} is used by both {seen[value]} and {target}",
                                  self.origin(where), "give every member its own discriminator value")
            seen[value] = target
            members.append(ir.UnionMember(value=value, target=target))
        decl = ir.UnionDecl(**self.common(at, schema), discriminator=prop, members=tuple(members),
                            member_names_from_union=tuple(schema.get(UNION_MEMBER_NAMES, ())),
                            nullable=len(at.path) == 1 and admits_null(schema))
        self.decls[placeholder_index] = decl
        return ir.Ref(decl.id)

    def tagged(self, at: At, schema: dict[str, Any], keyword: str) -> bool:
        """A discriminated union: an implicit `type` tag, or an explicit discriminator every member
        carries as a required one-value property. Members with several tag values or an optional tag,
        or members that are unions themselves (all in OpenAI's spec), make it an untagged union, which
        is how the vendors' SDKs type them. A member without the property at all is an error (union())."""
        options = [o for o in schema[keyword] if not is_null(o)]
        if "discriminator" not in schema:
            return self.implicit_tag(at, options) is not None
        prop = schema["discriminator"].get("propertyName")
        if schema["discriminator"].get("mapping"):
            return True
        for option in options:
            if not isinstance(option, dict):
                return True  # reported by union()
            target = self.ws.resolve(option["$ref"], at.file, at.pointer)[2] if "$ref" in option else option
            if not isinstance(target, dict):
                return True
            if "oneOf" in target or "anyOf" in target:
                return False
            member = self.merge_all_of(at, target)
            if prop not in member.get("properties", {}):
                return True
            values = enum_values(member["properties"][prop])
            if values is None and self.warnings is None:
                ref = option.get("$ref")
                file, pointer = self.ws.resolve(ref, at.file, at.pointer)[:2] if ref else (at.file, at.pointer)
                raise SchemaError(f"union member {ref or 'inline'} gives the discriminator {prop!r} no value",
                                  self.ws.origin(file, join_pointer(pointer, "properties", prop)),
                                  f"give it its tag, e.g. `{prop}: {{type: string, const: ...}}`, listed in `required`")
            if values is None or len(values) != 1 or prop not in member.get("required", []):
                return False
        return True

    def implicit_tag(self, at: At, options: list[Any]) -> str | None:
        """`type` when every non-null option is an object that requires a one-value `type` (OpenAI's
        specs often leave the discriminator implicit); else None."""
        objects = [o for o in options if not is_null(o)]
        if len(objects) < 2:
            return None
        for option in objects:
            if not isinstance(option, dict):
                return None
            schema = self.ws.resolve(option["$ref"], at.file, at.pointer)[2] if "$ref" in option else option
            schema = self.merge_all_of(at, schema) if isinstance(schema, dict) else schema
            if not isinstance(schema, dict) or "type" not in schema.get("required", []):
                return None
            values = enum_values(schema.get("properties", {}).get("type", {}))
            if not values or len(values) != 1 or not isinstance(values[0], str):
                return None
        return "type"

    def inline_tag(self, at: At, option: dict[str, Any], prop: str) -> str:
        member = self.merge_all_of(at, option)
        values = enum_values(member.get("properties", {}).get(prop, {}))
        if prop not in member.get("required", []) or not values or len(values) != 1:
            raise SchemaError(f"inline union member needs a required property {prop!r} with one const value",
                              self.origin(at), f"add `{prop}: {{type: string, const: ...}}` and list it in `required`")
        return str(values[0])

    def has_property(self, at: At, ref: str, prop: str) -> bool:
        file, pointer, schema = self.ws.resolve(ref, at.file, at.pointer)
        member = self.merge_all_of(At(file, pointer, ()), schema) if isinstance(schema, dict) else schema
        return isinstance(member, dict) and prop in member.get("properties", {})

    def discriminator_value(self, at: At, ref: str, prop: str) -> str:
        file, pointer, schema = self.ws.resolve(ref, at.file, at.pointer)
        member = self.merge_all_of(At(file, pointer, ()), schema)
        values = enum_values(member.get("properties", {}).get(prop, {})) if isinstance(member, dict) else None
        if prop not in member.get("required", []) or not values or len(values) != 1:
            raise SchemaError(f"union member {ref} needs a required property {prop!r} with one const value",
                              self.ws.origin(file, pointer),
                              f"add `{prop}: {{type: string, const: ...}}` and list it in `required`")
        return str(values[0])

    def component_ref(self, at: At, ref: str) -> str:
        file, pointer, _ = self.ws.resolve(ref, at.file, at.pointer)
        name = self.located.get((file, pointer))
        if name is None:
            raise SchemaError(f"$ref {ref} points at a schema that is not listed in components/schemas",
                              self.origin(at.child("$ref")),
                              "add it to components/schemas in the root document")
        return name

    # ---- type expressions ----
    def unsupported_nullable(self, at: At, map_values: bool) -> ir.TypeExpr:
        """Nullable array items or map values: an error, or in lenient mode a container of any JSON."""
        what, key = ("map values", "additionalProperties") if map_values else ("array items", "items")
        if self.warnings is None:
            raise SchemaError(f"nullable {what} are not supported yet", self.origin(at),
                              f"make them non-nullable (drop `null`), or use `{key}: {{}}` for any JSON value")
        self.warnings.append(SchemaWarning(self.origin(at), f"nullable {what} are not supported yet — "
                                                            f"{what.split()[1]} typed as any JSON"))
        return ir.MapOf(ir.AnyValue()) if map_values else ir.ArrayOf(ir.AnyValue())

    def type_of(self, at: At, schema: dict[str, Any]) -> tuple[ir.TypeExpr, bool]:
        """Lower a schema in a type position; returns the type and whether null is allowed."""
        if "$ref" in schema:
            target = self.component_ref(at, schema["$ref"])
            return ir.Ref(target), bool(schema.get("nullable", False)) or target in self.nullable_components
        self.refuse_unsupported(at, schema)
        nullable = bool(schema.get("nullable", False))
        types = schema.get("type")
        if isinstance(types, list):
            nullable = nullable or "null" in types
            rest = [t for t in types if t != "null"]
            if len(rest) > 1:
                raise SchemaError(f"a type list may name one type besides null, found {rest}", self.origin(at),
                                  "use anyOf with one schema per type")
            schema = {**schema, "type": rest[0]} if rest else {k: v for k, v in schema.items() if k != "type"}
        values = enum_values(schema)
        if values is not None:
            nullable = nullable or None in values
            return self.scalar_enum(at, values) or self.enum(at, schema), nullable
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                type_, inner_nullable = self.alternatives(at, schema, keyword)
                return type_, nullable or inner_nullable
        if "allOf" in schema or is_object(schema):
            if schema.get("type", "object") == "object" and "properties" not in schema and "allOf" not in schema:
                extra = schema.get("additionalProperties")
                if isinstance(extra, dict):
                    where = at.child("additionalProperties", name="value" if len(at.path) == 1 else None)
                    mark = len(self.decls)
                    value_type, value_nullable = self.type_of(where, extra)
                    if value_nullable and not isinstance(value_type, ir.AnyValue):  # any JSON takes null too
                        del self.decls[mark:]
                        return self.unsupported_nullable(at.child("additionalProperties"), map_values=True), nullable
                    return ir.MapOf(value_type), nullable
                return ir.MapOf(ir.AnyValue()), nullable
            return self.object(at, schema), nullable
        kind = schema.get("type")
        if kind in PRIMITIVES:
            return ir.Primitive(kind, schema.get("format")), nullable
        if kind == "array":
            items = schema.get("items")
            if not isinstance(items, dict):
                raise SchemaError("an array needs an `items` schema", self.origin(at), "add `items: {...}`")
            # below a component's own position, items need a name part of their own (`ToolsArray.item`)
            mark = len(self.decls)
            item_type, item_nullable = self.type_of(at.child("items", name="item" if len(at.path) == 1 else None), items)
            if item_nullable and not isinstance(item_type, ir.AnyValue):
                del self.decls[mark:]
                return self.unsupported_nullable(at.child("items"), map_values=False), nullable
            return ir.ArrayOf(item_type), nullable
        if kind is None:
            return ir.AnyValue(), nullable
        if kind == "null":
            raise SchemaError("a value that can only be null carries no data", self.origin(at.child("type")),
                              "remove it, or make another type nullable with `type: [string, 'null']`")
        raise SchemaError(f"unsupported type {kind!r}", self.origin(at.child("type")),
                          f"use one of: {', '.join(sorted(PRIMITIVES | {'array', 'object'}))}")

    def alternatives(self, at: At, schema: dict[str, Any], keyword: str) -> tuple[ir.TypeExpr, bool]:
        options = schema[keyword]
        nullable = any(is_null(o) for o in options)
        rest = [(i, o) for i, o in enumerate(options) if not is_null(o)]
        if len(rest) == 1:
            index, only = rest[0]
            merged = {**{k: v for k, v in schema.items() if k not in (keyword, "discriminator")}, **only}
            type_, inner = self.type_of(at.child(keyword, index) if "$ref" in only else at, merged)
            return type_, nullable or inner
        if len(rest) == 2:
            plain = [o for _, o in rest if o == {"type": "string"} or set(o) <= {"type", "description"}
                     and o.get("type") == "string"]
            known = [(i, o) for i, o in rest if o not in plain]
            if len(plain) == 1 and len(known) == 1:
                index, enum_schema = known[0]
                if "$ref" in enum_schema:
                    referenced = self.ws.resolve(enum_schema["$ref"], at.file, at.pointer)[2]
                    if enum_values(referenced) is not None:  # a string, or one of a component enum's values
                        return ir.OpenEnum(self.component_ref(at.child(keyword, index), enum_schema["$ref"])), nullable
                if enum_values(enum_schema) is not None:
                    # a component that is itself an open enum keeps its name for the alias; the values go below it
                    where = at.child(name="known") if len(at.path) == 1 else at
                    ref = self.enum(where, {**enum_schema, "description": schema.get("description")})
                    return ir.OpenEnum(ref.target), nullable
        if self.tagged(at, schema, keyword):
            return self.union(at, schema), nullable
        alternatives = []
        placeholder_index = self.reserve()
        for index, option in rest:
            if not isinstance(option, dict):
                raise SchemaError(f"{keyword} alternatives must be schema mappings", self.origin(at.child(keyword, index)))
            name = str(option.get("title") or f"variant{index + 1}")
            type_, inner = self.type_of(at.child(keyword, index, name=name), option)
            nullable = nullable or inner
            alternatives.append(type_)
        decl = ir.AnyOfDecl(**self.common(at, schema), alternatives=tuple(alternatives))
        self.decls[placeholder_index] = decl
        return ir.Ref(decl.id), nullable

    def refuse_unsupported(self, at: At, schema: dict[str, Any]) -> None:
        """Strict only: a keyword no target expresses is an error (lenient loads type such values as any JSON)."""
        keyword = unsupported_keyword(schema) if self.warnings is None else None
        if keyword is not None:
            raise SchemaError(f"`{keyword}` is not supported by the bindings yet", self.origin(at.child(keyword)),
                              f"express the value without `{keyword}` (type, enum, anyOf, object properties), or "
                              "generate a foreign document leniently with --schema, which types it as any JSON")

    def merge_all_of(self, at: At, schema: dict[str, Any]) -> dict[str, Any]:
        if "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = {}
        required: list[str] = []
        for index, part in enumerate(schema["allOf"]):
            if "$ref" in part:
                file, pointer, part = self.ws.resolve(part["$ref"], at.file, join_pointer(at.pointer, "allOf", index))
            part = self.merge_all_of(at, part)
            properties.update(part.get("properties", {}))
            required.extend(r for r in part.get("required", []) if r not in required)
        properties.update(schema.get("properties", {}))
        required.extend(r for r in schema.get("required", []) if r not in required)
        merged.update(type="object", properties=properties, required=required)
        return merged


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = "\n".join(line.rstrip() for line in str(value).strip().splitlines())
    return text or None


def lower(ws: Workspace, source: str, warnings: list[SchemaWarning] | None = None) -> ir.Model:
    """Strict when `warnings` is None; else what cannot be lowered is any JSON and a warning there."""
    return Lowerer(ws, warnings=warnings).run(source)
