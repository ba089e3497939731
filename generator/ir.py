"""The language-neutral intermediate representation: frozen dataclasses, no language details.

A `Model` is a list of named declarations (`Decl`). Fields and aliases refer to types through
`TypeExpr`s; a `Ref` names another declaration by id. Component schemas have their component
name as id; inline declarations (a property's enum or nested object) have the owner's id plus
the property's wire name, joined with '.', and `path` holds those parts for the naming stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from .errors import Origin

Json = Union[None, bool, int, float, str, list["Json"], dict[str, "Json"]]


@dataclass(frozen=True)
class Primitive:
    kind: str  # "string" | "integer" | "number" | "boolean"
    format: str | None = None


@dataclass(frozen=True)
class AnyValue:
    """Free-form JSON."""


@dataclass(frozen=True)
class ArrayOf:
    items: "TypeExpr"


@dataclass(frozen=True)
class MapOf:
    values: "TypeExpr"


@dataclass(frozen=True)
class Ref:
    target: str  # id of a Decl


@dataclass(frozen=True)
class OpenEnum:
    """Any string; `known` (an EnumDecl id) lists the values the API documents today."""

    known: str


TypeExpr = Union[Primitive, AnyValue, ArrayOf, MapOf, Ref, OpenEnum]


@dataclass(frozen=True)
class Constraints:
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    pattern: str | None = None  # ECMA-262, as written (generator/targets/patterns.py spells it per engine)
    min_properties: int | None = None  # of a map
    max_properties: int | None = None
    property_names: "Constraints | None" = None  # what a map's keys must be: pattern, min/max_length only


NO_DEFAULT = object()


@dataclass(frozen=True)
class Field:
    wire_name: str
    type: TypeExpr
    required: bool
    nullable: bool
    description: str | None
    origin: Origin
    default: Json | object = NO_DEFAULT
    deprecated: bool = False
    constraints: Constraints = Constraints()

    @property
    def has_default(self) -> bool:
        return self.default is not NO_DEFAULT


@dataclass(frozen=True)
class DeclBase:
    id: str
    path: tuple[str, ...]  # naming parts: (component name, property wire name, ...)
    area: str  # first directory of the file it was written in ("responses", "images")
    origin: Origin
    description: str | None
    vendor_names: tuple[tuple[str, str], ...] = ()  # (vendor, exact name) from x-xsdk-names
    examples: tuple[Json, ...] = ()
    deprecated: bool = False

    @property
    def owner(self) -> str | None:
        """The component this inline declaration belongs to (None for a component)."""
        return self.path[0] if len(self.path) > 1 else None

    @property
    def component(self) -> str:
        return self.path[0]

    def vendor_name(self, vendor: str) -> str | None:
        return dict(self.vendor_names).get(vendor)


@dataclass(frozen=True)
class ObjectDecl(DeclBase):
    fields: tuple[Field, ...] = ()
    closed: bool = False  # `additionalProperties: false`: an unknown field is an error, not kept
    nullable: bool = False  # the component itself admits null (`type: [object, "null"]`)
    # request parameters whose streaming and non-streaming variants differ in this boolean field
    stream_flag: str | None = None

    def field(self, wire_name: str) -> Field:
        return next(f for f in self.fields if f.wire_name == wire_name)


@dataclass(frozen=True)
class EnumDecl(DeclBase):
    values: tuple[str, ...] = ()
    nullable: bool = False  # the component itself admits null (`enum: [a, b, null]`)


@dataclass(frozen=True)
class UnionMember:
    value: str  # discriminator value
    target: str  # ObjectDecl id: a component, or an inline member whose path ends in `value`


@dataclass(frozen=True)
class UnionDecl(DeclBase):
    discriminator: str = "type"
    members: tuple[UnionMember, ...] = ()
    # vendors whose SDKs name this union's members union + PascalCase(discriminator value)
    # (x-xsdk-union-member-names; OpenRouter wrapped its stream events anonymously)
    member_names_from_union: tuple[str, ...] = ()
    nullable: bool = False  # the component itself admits null (a `null` option)


@dataclass(frozen=True)
class AnyOfDecl(DeclBase):
    """Several shapes and no discriminator (JSON Schema anyOf/oneOf): a value is decoded as the first
    alternative, in order, that accepts it."""

    alternatives: tuple[TypeExpr, ...] = ()


@dataclass(frozen=True)
class AliasDecl(DeclBase):
    target: TypeExpr = AnyValue()
    nullable: bool = False
    constraints: Constraints = Constraints()  # the aliased value's bounds, pattern, map size and key rules


Decl = Union[ObjectDecl, EnumDecl, UnionDecl, AnyOfDecl, AliasDecl]


@dataclass(frozen=True)
class Model:
    title: str
    version: str
    source: str  # the root schema file, relative to the repository
    decls: tuple[Decl, ...]
    license: str | None = None  # SPDX identifier from info.license
    _index: dict[str, Decl] = field(default_factory=dict, init=False, compare=False, repr=False)
    # inline declarations per owning component, and the unions listing each member: asked for per
    # declaration by the naming and target stages, so scanning every declaration each time is quadratic
    _inline: dict[str, list[Decl]] = field(default_factory=dict, init=False, compare=False, repr=False)
    _holders: dict[str, list[UnionDecl]] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        for d in self.decls:
            self._index[d.id] = d
            if d.owner is not None:
                self._inline.setdefault(d.owner, []).append(d)
            if isinstance(d, UnionDecl):
                for target in dict.fromkeys(m.target for m in d.members):
                    self._holders.setdefault(target, []).append(d)

    def get(self, decl_id: str) -> Decl:
        return self._index[decl_id]

    def components(self) -> list[Decl]:
        return [d for d in self.decls if d.owner is None]

    def inline_of(self, component: str) -> list[Decl]:
        return list(self._inline.get(component, ()))

    def unions_containing(self, decl_id: str) -> list[UnionDecl]:
        return list(self._holders.get(decl_id, ()))


def expr_targets(expr: TypeExpr, open_enums: bool = True) -> list[str]:
    """The declarations a type expression names, in order; an open enum's known values only with
    `open_enums` (a TypeScript schema names them in a type position only)."""
    if isinstance(expr, Ref):
        return [expr.target]
    if isinstance(expr, OpenEnum):
        return [expr.known] if open_enums else []
    if isinstance(expr, ArrayOf):
        return expr_targets(expr.items, open_enums)
    if isinstance(expr, MapOf):
        return expr_targets(expr.values, open_enums)
    return []


def decl_targets(decl: Decl, open_enums: bool = True) -> list[str]:
    """The declarations a declaration names by a field, member, alternative or alias target, in order."""
    if isinstance(decl, ObjectDecl):
        return [t for f in decl.fields for t in expr_targets(f.type, open_enums)]
    if isinstance(decl, UnionDecl):
        return [m.target for m in decl.members]
    if isinstance(decl, AnyOfDecl):
        return [t for a in decl.alternatives for t in expr_targets(a, open_enums)]
    if isinstance(decl, AliasDecl):
        return expr_targets(decl.target, open_enums)
    return []
