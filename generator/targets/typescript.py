"""TypeScript target: zod v4 models named and laid out like OpenRouter's TypeScript SDK (Speakeasy).

One file per component under `src/models/` (with the component's inline enums and objects), all
re-exported from `src/models/index.ts`; a small runtime under `src/lib/`. Per named type: the type,
`X$inboundSchema` (wire -> camelCase), `X$outboundSchema` and `X$Outbound` (camelCase -> wire),
`xFromJSON` (a result, never a throw) and `xToJSON`. Object and enum schemas are built by runtime
functions (`objectInbound`, `objectOutbound`, `enumSchema`) typed once, generically: written inline,
each `z.ZodType<X, …>` annotation made tsc compare zod's classes structurally, and type-checking the
package took several times longer.

Wire semantics (generator/roundtrip/PROTOCOL.md):
- Undeclared fields of an object are kept under their wire names in its `additionalProperties`
  property and emitted again after the declared fields (a declared field wins over an extra key).
- A discriminated union has an `<Union>Unknown` member `{ raw }` for discriminator values this
  version does not know; it has no discriminator of its own (`type?: undefined`), so comparing
  `e.type` with a known value still narrows to that member, and it re-encodes as `raw`.
- An untagged union (anyOf without a discriminator) is the plain TypeScript union of its alternatives;
  decoding takes the first alternative, in order, that accepts the value. An object or array it decodes
  remembers that alternative (a WeakMap in the runtime, `decodedAlternative`), and encoding uses it
  again; any other value is encoded by the first alternative that accepts it.
- Unions may be inline (a field's type, array items) and have inline members; they live in their
  component's file like every inline declaration, after the declarations their schemas use.
- Optional fields are absent or present, never filled in; `null` is kept where the schema allows it.

Recursive types (a type that contains itself, through any number of components, files, arrays, maps,
unions and untagged unions) are plain recursive TypeScript types; their schemas refer to each other
with `z.lazy(() => X$inboundSchema)` wherever reading the const directly could find it uninitialised
(within a cycle of declarations, and between files on a cycle of ES module imports: see `Cycles`).
A cycle with no object or array in between (an alias of itself) is an error.

`src/lib/streaming.ts` (`<package>/streaming`) reads `text/event-stream` bodies into decoded events.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import SimpleNamespace

from .. import ir
from ..errors import Origin, SchemaError
from ..naming.casing import is_identifier
from ..write import Tree
from . import TargetContext
from .typescript_types import (EXTRA_FIELDS, RUNTIME_NAMES, Cycles, Imports, Names, TypeWriter, check_type_cycles,
                               comment_text, jsdoc, schema_deps, ts_key, ts_string)

LIB_FILES = ("enums", "errors", "result", "schemas", "streaming")
ZOD_RANGE = "^4.5.0"  # 4.5 measures minLength/maxLength in code points, as JSON Schema does (4.0-4.4: UTF-16 units)
TYPESCRIPT_RANGE = "^5.9.0"
BLOCK_KINDS = ("object", "enum", "union", "anyof", "alias")  # templates/typescript/<kind>.ts.j2, macro <kind>


@dataclass
class FieldView:
    name: str  # TypeScript property
    wire_key: str  # the wire name as a key of the `…$Outbound` type
    wire: str  # the wire name as a string literal
    required: bool
    type: str
    outbound_type: str
    inbound: str
    outbound: str
    doc: list[str]


@dataclass
class Block:
    """One named declaration laid out by the macro `<kind>` of `templates/typescript/<kind>.ts.j2`."""

    kind: str  # "object" | "enum" | "union" | "anyof" | "alias"
    names: Names
    doc: list[str]
    fields: list[FieldView] = field(default_factory=list)
    members: list[tuple[str, str]] = field(default_factory=list)  # enum: (key, value literal)
    # union members, anyOf alternatives (attributes, which Jinja reads before trying keys)
    variants: list[SimpleNamespace] = field(default_factory=list)
    unknown: SimpleNamespace = field(default_factory=SimpleNamespace)  # union: its unknown variant
    type: str = ""  # alias: the aliased type
    expected: str = ""  # anyOf: what a value must be, for the error when no alternative fits
    outbound_type: str = ""
    inbound: str = ""
    outbound: str = ""
    closed: bool = False  # object: `additionalProperties: false`
    # object, enum, union: the component admits null itself; its …FromJSON / …ToJSON take null too
    nullable: bool = False


def render(ctx: TargetContext) -> Tree:
    model, symbols = ctx.model, ctx.symbols
    components = sorted((d for d in model.components() if d.id in symbols.types), key=lambda d: symbols.files[d.id])
    _check_names(ctx)
    check_type_cycles(model)
    cycles = Cycles.of(model, symbols.files)
    tree: Tree = {}
    # each declaration laid out by the macro of its kind's template, called directly: as an {% include %}
    # of model.ts.j2, every piece of its output would pass through model.ts.j2 as well, and a render of
    # its own would set up a Jinja context and import _macros.j2 again for every declaration
    layouts = {kind: getattr(ctx.renderer.env.get_template(f"{kind}.ts.j2").module, kind) for kind in BLOCK_KINDS}
    for decl in components:
        imports = Imports()
        writer = TypeWriter(model, symbols, symbols.files, decl.id, imports, cycles)
        blocks = [_block(ctx, writer, d) for d in _file_order(model, decl, cycles)]
        imports.value("../lib/schemas", "safeParseJSON")
        imports.value("../lib/schemas", "stringifyJSON")
        imports.type("../lib/errors", "SDKValidationError")
        imports.type("../lib/result", "SafeParseResult")
        tree[f"src/models/{symbols.files[decl.id]}.ts"] = ctx.renderer.render(
            "model.ts.j2", header=ctx.header, imports=imports.lines(),
            blocks=[layouts[block.kind](block) for block in blocks])
    tree["src/models/index.ts"] = ctx.renderer.render(
        "models_index.ts.j2", header=ctx.header, files=[symbols.files[d.id] for d in components])
    tree["src/index.ts"] = ctx.renderer.render("index.ts.j2", header=ctx.header)
    for name in LIB_FILES:
        tree[f"src/lib/{name}.ts"] = ctx.renderer.render(f"lib/{name}.ts.j2", header=ctx.header)
    tree["package.json"] = ctx.renderer.render("package.json.j2", **_package(ctx))
    tree["tsconfig.json"] = ctx.renderer.render("tsconfig.json.j2", header=ctx.header)
    tree["README.md"] = ctx.renderer.render(
        "README.md.j2", header=ctx.header, package=ctx.settings.option("package", "@xsdk/events"),
        source=model.source, title=model.title,
        example=_readme_example(ctx, components))
    return tree


def _package(ctx: TargetContext) -> dict[str, str]:
    package: dict[str, object] = {
        "//": ctx.header,
        "name": ctx.settings.option("package", "@xsdk/events"),
        "version": ctx.model.version,
        "description": f"TypeScript types and zod schemas for {ctx.model.title}.",
        "keywords": ["openai", "openrouter", "responses", "streaming", "server-sent events", "zod"],
    }
    if ctx.model.license:
        package["license"] = ctx.model.license
    if ctx.repository:
        package["repository"] = {"type": "git", "url": f"git+https://{ctx.repository}.git",
                                 "directory": ctx.package_dir}
    package.update({
        "type": "module",
        "sideEffects": False,
        "main": "./dist/index.js",
        "types": "./dist/index.d.ts",
        "exports": {
            ".": {"types": "./dist/index.d.ts", "default": "./dist/index.js"},
            "./models": {"types": "./dist/models/index.d.ts", "default": "./dist/models/index.js"},
            "./streaming": {"types": "./dist/lib/streaming.d.ts", "default": "./dist/lib/streaming.js"},
            "./package.json": "./package.json",
        },
        "files": ["dist"],
        "engines": {"node": ">=18"},
        "scripts": {"build": "tsc -p tsconfig.json", "prepack": "tsc -p tsconfig.json"},
        "dependencies": {"zod": ZOD_RANGE},
        "devDependencies": {"typescript": TYPESCRIPT_RANGE},
    })
    return {"json": json.dumps(package, indent=2, ensure_ascii=False)}


def _readme_example(ctx: TargetContext, components: list[ir.Decl]) -> dict[str, str] | None:
    """The README's example decodes a stream's events: the union no other type uses that has the most
    members (the event union of the biggest stream)."""
    used = {target for decl in ctx.model.decls for target in schema_deps(decl)}
    unions = [d for d in components if isinstance(d, ir.UnionDecl) and d.members]
    union = min(unions, key=lambda d: (d.id in used, -len(d.members), ctx.symbols.files[d.id]), default=None)
    if union is None:
        return None
    member = union.members[0]
    return {"union": ctx.symbols.type(union.id), "member": ctx.symbols.type(member.target),
            "from_json": Names.of(ctx.symbols.type(union.id)).from_json,
            "field": ctx.symbols.field(member.target, union.discriminator), "value": ts_string(member.value)}


# --- one block per named declaration ---

def _block(ctx: TargetContext, writer: TypeWriter, decl: ir.Decl) -> Block:
    names = writer.names(decl.id)
    doc = jsdoc(decl.description, decl.deprecated)
    writer.source = decl.id
    if isinstance(decl, ir.EnumDecl):
        members = [(ctx.symbols.member(decl.id, v), ts_string(v)) for v in decl.values]
        writer.lib("ClosedEnum", type_only=True)
        writer.lib("enumSchema")
        return Block("enum", names, doc, members=members, nullable=decl.nullable)
    if isinstance(decl, ir.ObjectDecl):
        writer.lib("objectInbound")
        writer.lib("objectOutbound")
        fields = [_field(ctx, writer, decl, f) for f in decl.fields]
        return Block("object", names, doc, fields=fields, closed=decl.closed, nullable=decl.nullable)
    if isinstance(decl, ir.UnionDecl):
        return _union(ctx, writer, decl, names, doc)
    if isinstance(decl, ir.AnyOfDecl):
        return _any_of(writer, decl, names, doc)
    if isinstance(decl, ir.AliasDecl):
        null = " | null" if decl.nullable else ""
        nullable = ".nullable()" if decl.nullable else ""
        return Block("alias", names, doc, type=writer.type(decl.target) + null,
                     outbound_type=writer.type(decl.target, outbound=True) + null,
                     inbound=writer.schema(decl.target, False, decl.constraints) + nullable,
                     outbound=writer.schema(decl.target, True, decl.constraints) + nullable)
    raise TypeError(decl)  # pragma: no cover


def _field(ctx: TargetContext, writer: TypeWriter, decl: ir.ObjectDecl, f: ir.Field) -> FieldView:
    return FieldView(
        name=ctx.symbols.field(decl.id, f.wire_name), wire_key=ts_key(f.wire_name),
        wire=ts_string(f.wire_name), required=f.required, type=writer.field_type(f),
        outbound_type=writer.field_type(f, outbound=True), inbound=writer.field_schema(f, outbound=False),
        outbound=writer.field_schema(f, outbound=True), doc=jsdoc(f.description, f.deprecated))


def _union(ctx: TargetContext, writer: TypeWriter, decl: ir.UnionDecl, names: Names, doc: list[str]) -> Block:
    writer.lib("discriminatedUnionInbound")
    writer.lib("discriminatedUnionOutbound")
    field_names = {ctx.symbols.field(m.target, decl.discriminator) for m in decl.members}
    if len(field_names) > 1:
        raise SchemaError(f"members of {decl.id} name their discriminator differently: {sorted(field_names)}",
                          decl.origin)
    tag = field_names.pop() if field_names else decl.discriminator
    variants = []
    for m in decl.members:
        member = writer.names(m.target)
        writer.use(m.target, member.type, type_only=True)
        writer.use(m.target, member.outbound_type, type_only=True)
        variants.append(SimpleNamespace(value=ts_key(m.value), type=member.type, outbound_type=member.outbound_type,
                                        inbound=writer.schema_of(m.target, outbound=False),
                                        outbound=writer.schema_of(m.target, outbound=True)))
    unknown = SimpleNamespace(type=names.unknown, guard=names.is_unknown, field=tag,
                              wire=comment_text(decl.discriminator), discriminator=ts_string(decl.discriminator),
                              field_literal=ts_string(tag))
    return Block("union", names, doc, variants=variants, unknown=unknown, nullable=decl.nullable)


def _any_of(writer: TypeWriter, decl: ir.AnyOfDecl, names: Names, doc: list[str]) -> Block:
    writer.lib("untaggedUnionInbound")
    writer.lib("untaggedUnionOutbound")
    variants = [SimpleNamespace(type=writer.type(a), outbound_type=writer.type(a, outbound=True),
                                inbound=writer.schema(a, False), outbound=writer.schema(a, True))
                for a in decl.alternatives]
    expected = "one of: " + ", ".join(writer.describe(a) for a in decl.alternatives)
    return Block("anyof", names, doc, variants=variants, expected=ts_string(expected))


# --- order and sanity ---

def _file_order(model: ir.Model, component: ir.Decl, cycles: Cycles) -> list[ir.Decl]:
    """The component and its inline declarations, each after the ones its schemas use directly (lazy
    references, within a recursive type, impose no order)."""
    mine = {component.id} | {d.id for d in model.inline_of(component.id)}
    order: list[ir.Decl] = []
    seen: set[str] = set()

    def visit(decl_id: str) -> None:
        if decl_id in seen:
            return
        seen.add(decl_id)
        for dep in cycles.deps[decl_id]:
            if dep in mine and not cycles.lazy(decl_id, dep):
                visit(dep)
        order.append(model.get(decl_id))

    for decl_id in [component.id] + sorted(mine - {component.id}):
        visit(decl_id)
    return order


def _check_names(ctx: TargetContext) -> None:
    """Every exported identifier is unique across the package and leaves the runtime's names alone."""
    owners: dict[str, tuple[str, Origin]] = {}

    def claim(names: tuple[str, ...], owner: str, origin: Origin) -> None:
        for name in names:
            if name in RUNTIME_NAMES:
                raise SchemaError(f"TypeScript name `{name}` of {owner} is used by the generated runtime",
                                  origin, "give it another name with x-xsdk-names")
            other, other_origin = owners.setdefault(name, (owner, origin))
            if other != owner:
                raise SchemaError(f"TypeScript name `{name}` would be used for both {other} and {owner}",
                                  origin, "rename one of them, or give one a name of its own with x-xsdk-names",
                                  also=other_origin)

    types, fields = ctx.symbols.types, ctx.symbols.fields
    extra_named = EXTRA_FIELDS in fields.values()  # (rare: then the field that is gets an error below)
    for decl in ctx.model.decls:
        type_name = types.get(decl.id)
        if type_name is None:
            continue
        if not is_identifier(type_name):
            raise SchemaError(f"the TypeScript name of {decl.id}, `{type_name}`, is not an "
                              "identifier", decl.origin,
                              "name it with x-xsdk-names (members of a union are named after the union)")
        claim(Names.of(type_name).exported(decl), decl.id, decl.origin)
        if extra_named and isinstance(decl, ir.ObjectDecl):
            for f in decl.fields:
                if fields[(decl.id, f.wire_name)] == EXTRA_FIELDS:
                    raise SchemaError(f"field {f.wire_name!r} of {decl.id} would be named `{EXTRA_FIELDS}`, which "
                                      "holds the fields the schema does not declare", f.origin,
                                      "rename the field")
