"""Go target (OpenRouter / Speakeasy style): one file per component in models/<package>/, its inline
declarations beside it, plus standard-library support files (strict decoding, DecodeError,
OptionalNullable) and types/stream, a server-sent events reader that the stream unions' constructors
(`New<Union>Reader`) hand their events to. View models are computed here; templates/go/*.j2 only
lay them out.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from types import SimpleNamespace

import jinja2

from .. import ir
from ..errors import Origin, SchemaError
from ..naming.symbols import Symbols
from ..write import Tree
from . import TargetContext
from .go_types import (GoField, TypeMapper, alternative_kind, comment, comment_text, go_field, go_string,
                       is_exported, layout_block, lower_first)

GO_VERSION = "1.22"
SUPPORT_FILES = ("decoding", "decodeerror", "optionalnullable", "doc")
# types/stream: the text/event-stream reader (package stream), file name -> template
STREAM_DIR = "types/stream"
STREAM_FILES = {"reader.go": "stream_reader.go.j2", "stream.go": "stream_events.go.j2"}
# Go ignores a file whose name ends like this (tests, other platforms): a component may not take one.
_CONSTRAINED_FILE = re.compile(
    r"_(test|aix|android|darwin|dragonfly|freebsd|hurd|illumos|ios|js|linux|nacl|netbsd|openbsd|plan9|"
    r"solaris|wasip1|windows|zos|386|amd64|arm|arm64|loong64|mips|mipsle|mips64|mips64le|ppc64|ppc64le|"
    r"riscv64|s390x|wasm)$")
_BLANK_LINES = re.compile(r"\n{3,}")
_TOP_LEVEL = re.compile(r"^(?:func|type) ([A-Za-z_]\w*)", re.M)  # methods start `func (`

UNION_METHODS = ("UnmarshalJSON", "MarshalJSON", "IsUnknown")
ANY_OF_METHODS = ("UnmarshalJSON", "MarshalJSON")
EXTRA_FIELD = "AdditionalProperties"
UNKNOWN_FIELD, TAG_FIELD = "Unknown", "Type"
View = SimpleNamespace  # what one declaration's template lays out (attributes, which Jinja reads first)


@dataclass
class _Names:
    """One Go package namespace: every package-level identifier, who declared it and where."""

    taken: dict[str, tuple[str, Origin | None]] = field(default_factory=dict)

    def claim(self, name: str, owner: str, origin: Origin | None) -> None:
        if name in self.taken and self.taken[name][0] != owner:
            other, other_origin = self.taken[name]
            raise SchemaError(f"Go name `{name}` would be declared for both {other} and {owner}",
                              origin or other_origin, "rename one of them with x-xsdk-names",
                              also=other_origin if origin else None)
        self.taken[name] = (owner, origin)


@dataclass(frozen=True)
class _Alternative:
    """One alternative of an untagged union, as its template needs it."""

    field: str  # the struct field holding it, also the suffix of its constant and constructor
    type: str  # its Go type
    decoder: str  # Go expression of its strict func(*T, []byte, string) error
    const: str  # the <Union>Type constant naming it
    value: str  # that constant's value, a Go string literal
    constructor: str
    pointer: bool  # held by pointer (a slice or map is held as is: never nil once decoded)


class GoTarget:
    def __init__(self, ctx: TargetContext) -> None:
        self.ctx = ctx
        self.model = ctx.model
        self.symbols = ctx.symbols
        self.package = str(ctx.settings.option("package", "components"))
        self.module = str(ctx.settings.option("module", "example.com/events"))
        self.types = TypeMapper(ctx.model, ctx.symbols, str(ctx.settings.option("integer", "int64")))
        self.names = _Names()
        self.readers = self.stream_readers()
        self.partials: dict[str, jinja2.Template] = {}

    # ---- whole tree ----
    def tree(self) -> Tree:
        base = f"models/{self.package}"
        tree: Tree = {"go.mod": self.render("go.mod.j2", module=self.module, go_version=GO_VERSION)}
        for stem in SUPPORT_FILES:
            text = self.render(f"{stem}.go.j2", package=self.package, title=comment_text(self.model.title),
                               version=self.model.version, source=self.model.source)
            for match in _TOP_LEVEL.finditer(text):
                self.names.claim(match.group(1), f"the support file {stem}.go", None)
            tree[f"{base}/{stem}.go"] = text
        self.claim_symbols()
        check_value_cycles(self.model, self.types)
        example = next(iter(self.readers.items()), None)
        for name, template in STREAM_FILES.items():
            tree[f"{STREAM_DIR}/{name}"] = self.render(
                template, package=self.package,
                example_union=self.symbols.type(example[0]) if example else "",
                example_reader=example[1] if example else "")
        tree["README.md"] = self.render(
            "README.md.j2", module=self.module, package=self.package, stream=f"{self.module}/{STREAM_DIR}",
            title=self.model.title, source=self.model.source, readers=[
                dict(reader=reader, union=self.symbols.type(decl_id)) for decl_id, reader in self.readers.items()])
        for component in self.model.components():
            if component.id not in self.symbols.types:
                continue
            stem = self.symbols.files[component.id]
            if stem in SUPPORT_FILES or _CONSTRAINED_FILE.search(stem):
                raise SchemaError(f"Go file `{stem}.go` for {component.id} is a support file's name or one "
                                  "Go builds only for tests or one platform", component.origin,
                                  "rename the type with x-xsdk-names")
            tree[f"{base}/{stem}.go"] = self.component_file(component)
        return tree

    def render(self, template: str, **values: object) -> str:
        text = self.ctx.renderer.render(template, header=self.ctx.header, **values)
        return _BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text  # gofmt keeps at most one blank line

    def partial(self, name: str) -> jinja2.Template:
        """The template of one declaration (looked up once: a run renders thousands)."""
        template = self.partials.get(name)
        if template is None:
            template = self.partials[name] = self.ctx.renderer.env.get_template(name)
        return template

    def claim_symbols(self) -> None:
        for decl in self.model.decls:
            name = self.symbols.types.get(decl.id)
            if name is None:
                continue
            if not is_exported(name):
                raise SchemaError(f"Go type name `{name}` for {decl.id} is not an exported Go identifier",
                                  decl.origin, "give it a name starting with a capital letter with x-xsdk-names")
            self.names.claim(name, decl.id, decl.origin)
        for (enum_id, value), name in self.symbols.members.items():
            self.names.claim(name, f"{enum_id}={value!r}", self.model.get(enum_id).origin)
        for decl_id, reader in self.readers.items():
            self.names.claim(reader, f"the stream reader of {decl_id}", self.model.get(decl_id).origin)
        for decl in self.model.components():  # Decode<Name> of a Go alias of a pointer, map or slice
            if isinstance(decl, ir.AliasDecl) and decl.id in self.symbols.types and self.has_decode_func(decl):
                name = self.symbols.type(decl.id)
                self.names.claim(f"Decode{name}", f"the decoder of {decl.id}", decl.origin)

    def has_decode_func(self, decl: ir.AliasDecl) -> bool:
        """A Go alias (`=`) of a pointer, map or slice: no methods of its own, so a Decode<Name> function."""
        return self.types.alias_is_go_alias(decl) and not isinstance(decl.target, ir.Ref)

    def stream_readers(self) -> dict[str, str]:
        """The unions whose values arrive as server-sent events, each with the name of its reader
        constructor: `[tool.xsdk.go] streams` (component ids), by default every discriminated union
        among the components that no other type refers to (a stream's top-level event)."""
        listed = self.ctx.settings.option("streams")
        if listed is None:
            referenced = referenced_ids(self.model)
            ids = [d.id for d in self.model.components()
                   if isinstance(d, ir.UnionDecl) and d.id not in referenced and d.id in self.symbols.types]
        else:
            if not isinstance(listed, list) or not all(isinstance(i, str) for i in listed):
                raise SchemaError("[tool.xsdk.go] streams must be a list of component names")
            ids = list(listed)
            for decl_id in ids:
                decl = next((d for d in self.model.components() if d.id == decl_id), None)
                if not isinstance(decl, ir.UnionDecl) or decl_id not in self.symbols.types:
                    raise SchemaError(f"[tool.xsdk.go] streams lists {decl_id!r}, which is not a discriminated "
                                      "union among the components", decl.origin if decl else None,
                                      "list the union of a stream's events (oneOf with a discriminator)")
        return {decl_id: f"New{self.symbols.type(decl_id)}Reader" for decl_id in ids}

    def component_file(self, component: ir.Decl) -> str:
        views = [self.view(d) for d in [component, *self.model.inline_of(component.id)] if d.id in self.symbols.types]
        imports = sorted({imp for v in views for imp in v.imports})
        # the standard library first, then this module's packages (goimports' grouping)
        groups = [[i for i in imports if "." not in i.split("/")[0]], [i for i in imports if "." in i.split("/")[0]]]
        if len(imports) > 1:
            body = [line for group in groups if group for line in ["", *(f"\t{go_string(i)}" for i in group)]]
            import_lines = ["import (", *body[1:], ")"]
        else:
            import_lines = [f"import {go_string(i)}" for i in imports]
        # each declaration's template rendered on its own: as an {% include %}, every piece of its output
        # would pass through component.go.j2 as well
        return self.render("component.go.j2", package=self.package, imports=import_lines,
                           decls=[self.partial(v.template).render(decl=v) for v in views])

    def view(self, decl: ir.Decl) -> View:
        if isinstance(decl, ir.ObjectDecl):
            return self.object_view(decl)
        if isinstance(decl, ir.EnumDecl):
            return self.enum_view(decl)
        if isinstance(decl, ir.UnionDecl):
            return self.union_view(decl)
        if isinstance(decl, ir.AnyOfDecl):
            return self.any_of_view(decl)
        return self.alias_view(decl)

    def doc(self, decl: ir.Decl, name: str) -> list[str]:
        return comment(decl.description, f"{name} - ", decl.deprecated)

    # ---- declarations ----
    def object_view(self, decl: ir.ObjectDecl) -> View:
        name = self.symbols.type(decl.id)
        fields = [go_field(self.types, decl, f) for f in decl.fields]
        extra = GoField(wire="", name=EXTRA_FIELD, type="map[string]json.RawMessage",
                        tag='`json:"-"`', read="", write="", zero="nil",
                        doc=[f"// AdditionalProperties holds the fields of the JSON object that {name} does not "
                             "declare; MarshalJSON writes them back."])
        members = [*fields, extra]
        taken = {f.name for f in members}
        for f in members:
            getter = "Get" + f.name
            if getter in taken:
                raise SchemaError(f"the Go getter {getter}() of {name} would clash with its field or method "
                                  f"`{getter}`", decl.origin, "rename one of the properties with x-xsdk-names")
        body = layout_block([(f.doc, [f.name, f.type, f.tag]) for f in members])
        return View(template="_object.go.j2", name=name, quoted=go_string(name), doc=self.doc(decl, name),
                    body=body, fields=fields, getters=members, imports=["encoding/json"], closed=decl.closed)

    def enum_view(self, decl: ir.EnumDecl) -> View:
        name = self.symbols.type(decl.id)
        consts = [self.symbols.member(decl.id, v) for v in decl.values]
        block = layout_block([([], [c, name, "= " + go_string(v)]) for c, v in zip(consts, decl.values)])
        return View(template="_enum.go.j2", name=name, quoted=go_string(name), doc=self.doc(decl, name),
                    consts=block, known=", ".join(consts), imports=[])

    def union_view(self, decl: ir.UnionDecl) -> View:
        name = self.symbols.type(decl.id)
        profile = self.symbols.profile
        tag_type = name + "Type"
        self.names.claim(tag_type, f"the discriminator type of {decl.id}", decl.origin)
        fields = {UNKNOWN_FIELD: "the unknown variant", TAG_FIELD: "the discriminator"}
        fields.update({m: f"the method {m}" for m in UNION_METHODS})
        members = []
        for m in decl.members:
            member = self.model.get(m.target)
            if not isinstance(member, ir.ObjectDecl):
                raise SchemaError(f"union member {m.target} of {decl.id} must be an object", decl.origin)
            type_name = self.symbols.type(m.target)
            if type_name in fields:
                raise SchemaError(f"Go union {name} would have two fields `{type_name}` ({fields[type_name]} "
                                  f"and member {m.target})", decl.origin, "rename the member with x-xsdk-names")
            fields[type_name] = f"member {m.target}"
            const = profile.member_name(tag_type, m.value)
            constructor = "Create" + profile.member_name(name, m.value)
            self.names.claim(const, f"{decl.id} discriminator {m.value!r}", decl.origin)
            self.names.claim(constructor, f"the constructor of {decl.id} member {m.value!r}", decl.origin)
            tag = member.field(decl.discriminator)
            tag_field = go_field(self.types, member, tag)
            if not tag.required or tag.nullable:
                raise SchemaError(f"discriminator {decl.discriminator!r} of {m.target} must be required and "
                                  "not nullable", tag.origin)
            members.append(View(type=type_name, const=const, constructor=constructor, value=m.value,
                                tag_field=tag_field.name, tag_type=tag_field.type))
        consts = layout_block([([], [m.const, tag_type, "= " + go_string(m.value)]) for m in members])
        body = layout_block([([], [m.type, "*" + m.type]) for m in members])
        body += layout_block([(["// Unknown holds the raw JSON object of a value whose "
                                f"`{comment_text(decl.discriminator)}` this package does not know; MarshalJSON "
                                "writes it back unchanged."], [UNKNOWN_FIELD, "json.RawMessage"])])
        body += [""] + layout_block([([f"// Type is the `{comment_text(decl.discriminator)}` of the value held."],
                                      [TAG_FIELD, tag_type])])
        reader = self.readers.get(decl.id)
        imports = ["encoding/json", *(["io", f"{self.module}/{STREAM_DIR}"] if reader else [])]
        return View(template="_union.go.j2", name=name, quoted=go_string(name), doc=self.doc(decl, name),
                    body=body, tag_type=tag_type, consts=consts, members=members,
                    discriminator=comment_text(decl.discriminator), wire=go_string(decl.discriminator),
                    reader=reader, package=self.package, imports=imports,
                    reader_doc=wrap_comment(f"{reader} reads {name} values from a text/event-stream body, such "
                                            "as an HTTP response body, one per server-sent event, until the "
                                            "body ends or sends `data: [DONE]`:"))

    def any_of_view(self, decl: ir.AnyOfDecl) -> View:
        """An untagged union, Speakeasy style: one field per alternative (a pointer, or a slice or map,
        which is never nil once set), a `Type` naming the one held, and a constructor per alternative.
        Decoding takes the first alternative, in schema order, whose strict decoder accepts the value."""
        name = self.symbols.type(decl.id)
        tag_type = name + "Type"
        self.names.claim(tag_type, f"the alternative type of {decl.id}", decl.origin)
        fields = {TAG_FIELD: "the field naming the alternative held"}
        fields.update({m: f"the method {m}" for m in ANY_OF_METHODS})
        if not decl.alternatives:
            raise SchemaError(f"untagged union {decl.id} has no alternative besides null", decl.origin,
                              "list at least one schema that is not `type: null`")
        alternatives = []
        for index, expr in enumerate(decl.alternatives):
            field_name = alternative_field(self.symbols, expr)
            what = f"alternative {index + 1} ({self.types.describe(expr)})"
            if field_name in fields:
                raise SchemaError(f"Go union {name} would have two fields `{field_name}` ({fields[field_name]} and "
                                  f"{what})", decl.origin,
                                  "drop the duplicate alternative, or give one a name of its own with a $ref")
            fields[field_name] = what
            go_type = self.types.of(expr, decl.id)
            alternative = _Alternative(
                field=field_name, type=go_type.text, decoder=go_type.decoder, const=tag_type + field_name,
                value=go_string(alternative_label(self.symbols, expr)),
                constructor=f"Create{name}{field_name}", pointer=go_type.shape != "list")
            self.names.claim(alternative.const, f"{decl.id} alternative {field_name}", decl.origin)
            self.names.claim(alternative.constructor, f"the constructor of {decl.id} alternative {field_name}",
                             decl.origin)
            alternatives.append(alternative)
        # as the Python and TypeScript bindings say it
        expected = "one of: " + ", ".join(self.types.describe(a) for a in decl.alternatives)
        consts = layout_block([([], [a.const, tag_type, "= " + a.value]) for a in alternatives])
        body = layout_block([([], [a.field, ("*" if a.pointer else "") + a.type]) for a in alternatives])
        body += [""] + layout_block([(["// Type names the alternative held."], [TAG_FIELD, tag_type])])
        return View(template="_anyof.go.j2", name=name, quoted=go_string(name), doc=self.doc(decl, name),
                    body=body, tag_type=tag_type, consts=consts, alternatives=alternatives,
                    expected=go_string(expected), imports=[])

    def alias_view(self, decl: ir.AliasDecl) -> View:
        name = self.symbols.type(decl.id)
        under = self.types.alias_underlying(decl)
        defined = not self.types.alias_is_go_alias(decl)
        if defined:  # a type of its own, maybe on a cycle through a Go alias (see TypeMapper.on_cycle)
            under = self.types.alias_underlying(decl, decl.id)
        # a Go alias of a pointer, slice or map (not of a named type) has no methods of its own: a
        # Decode<Name> function decodes it strictly, with paths, as every other type decodes itself
        decode_func = self.has_decode_func(decl)
        return View(template="_alias.go.j2", name=name, quoted=go_string(name), doc=self.doc(decl, name),
                    underlying=under.text, decoder=under.decoder, defined=defined, decode_func=decode_func,
                    imports=["encoding/json"] if "json." in under.text else [])


def alternative_field(symbols: Symbols, expr: ir.TypeExpr) -> str:
    """The field of an untagged union holding one alternative, also the suffix of its constant and
    constructor: a named type's Go name, else its kind (Str, Integer, Number, Boolean, Any,
    ArrayOf<items>, MapOf<values>)."""
    if isinstance(expr, ir.Ref):
        return symbols.type(expr.target)
    if isinstance(expr, ir.OpenEnum):
        return symbols.type(expr.known)
    if isinstance(expr, ir.ArrayOf):
        return "ArrayOf" + alternative_field(symbols, expr.items)
    if isinstance(expr, ir.MapOf):
        return "MapOf" + alternative_field(symbols, expr.values)
    return alternative_kind(expr)


def alternative_label(symbols: Symbols, expr: ir.TypeExpr) -> str:
    """The value of the constant naming an alternative (what the round-trip driver reports): a named
    type's Go name, else its kind in lower camel case ("str", "arrayOfStr"), as Speakeasy spells them."""
    field_name = alternative_field(symbols, expr)
    return field_name if isinstance(expr, (ir.Ref, ir.OpenEnum)) else lower_first(field_name)


def wrap_comment(text: str, width: int = 100) -> list[str]:
    """`// ` lines of text, filled to width columns."""
    return ["// " + line for line in textwrap.wrap(text, width - 3, break_long_words=False, break_on_hyphens=False)]


def referenced_ids(model: ir.Model) -> set[str]:
    """Every declaration some other declaration refers to: by a field, member, alternative or alias."""
    return {t for decl in model.decls for t in ir.decl_targets(decl)}


def check_value_cycles(model: ir.Model, types: TypeMapper) -> None:
    """Go cannot declare structs that hold each other by value (`invalid recursive type`). Every
    recursion through a pointer, slice, map, union member or OptionalNullable is fine; what is left,
    a cycle of required non-nullable object fields, is one no finite JSON value fits either."""
    def held(expr: ir.TypeExpr) -> str | None:
        """The struct a required non-nullable field of this type holds by value, if any."""
        if not isinstance(expr, ir.Ref):
            return None
        decl = model.get(expr.target)
        if isinstance(decl, ir.AliasDecl):
            return None if decl.nullable else held(decl.target)
        return decl.id if isinstance(decl, (ir.ObjectDecl, ir.UnionDecl, ir.AnyOfDecl)) else None

    edges: dict[str, list[tuple[str, ir.Field]]] = {}
    for decl in model.decls:
        if isinstance(decl, ir.ObjectDecl) and decl.id in types.symbols.types:
            for f in decl.fields:
                target = held(f.type) if f.required and not f.nullable else None
                if target is not None:
                    edges.setdefault(decl.id, []).append((target, f))
    done: set[str] = set()
    for start in sorted(edges):
        path: list[tuple[str, ir.Field]] = []
        on_path: dict[str, int] = {}

        def visit(node: str) -> None:
            if node in done:
                return
            if node in on_path:
                cycle = path[on_path[node]:]
                route = " -> ".join(f"{owner}.{f.wire_name}" for owner, f in cycle)
                raise SchemaError(f"{route} -> {node}: these required, non-nullable properties hold each other, "
                                  "so no finite JSON value fits and Go cannot declare the structs",
                                  cycle[0][1].origin, "make one of them optional or nullable",
                                  also=cycle[-1][1].origin if len(cycle) > 1 else None)
            on_path[node] = len(path)
            for target, f in edges.get(node, []):
                path.append((node, f))
                visit(target)
                path.pop()
            del on_path[node]
            done.add(node)

        visit(start)


def render(ctx: TargetContext) -> Tree:
    return GoTarget(ctx).tree()

