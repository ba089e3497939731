"""TypeScript target, part 2: type expressions, zod schema expressions, the names derived from a
type name, JSDoc text, the import list each module file collects while it is written, and which
schema references must be lazy because the types they join are recursive."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .. import ir
from ..errors import SchemaError
from ..naming.casing import camel, is_identifier
from ..naming.symbols import Symbols

EXTRA_FIELDS = "additionalProperties"  # property of every object type holding undeclared wire fields

# Exported or imported by the runtime under src/lib (see templates/typescript/lib): a model type of
# the same name would shadow it in the model files or clash in the package's root index.
RUNTIME_NAMES = frozenset("""
z Array ClosedEnum OpenEnum Result SafeParseResult OK ERR SDKValidationError ValidationIssue jsonPath
JSONObject AdditionalProperties UnknownVariant
objectInbound objectOutbound enumSchema
discriminatedUnionInbound discriminatedUnionOutbound untaggedUnionInbound untaggedUnionOutbound
decodedAlternative safeParseJSON stringifyJSON
""".split())

LIB_MODULES = {  # runtime name -> module under src/lib
    "ClosedEnum": "enums", "OpenEnum": "enums", "SafeParseResult": "result", "SDKValidationError": "errors",
    "objectInbound": "schemas", "objectOutbound": "schemas", "enumSchema": "schemas",
    "discriminatedUnionInbound": "schemas", "discriminatedUnionOutbound": "schemas",
    "untaggedUnionInbound": "schemas", "untaggedUnionOutbound": "schemas",
    "safeParseJSON": "schemas", "stringifyJSON": "schemas",
    "recordSchema": "schemas",
}


@dataclass(frozen=True)
class Names:
    """Every identifier a named declaration exports."""

    type: str
    inbound: str
    outbound: str
    outbound_type: str
    from_json: str
    to_json: str
    unknown: str  # a union's member for discriminator values it does not know
    is_unknown: str  # a union's guard for that member

    @staticmethod
    def of(type_name: str) -> Names:
        return _names_of(type_name)

    def exported(self, decl: ir.Decl) -> tuple[str, ...]:
        common = (self.type, self.inbound, self.outbound, self.outbound_type, self.from_json, self.to_json)
        return common + ((self.unknown, self.is_unknown) if isinstance(decl, ir.UnionDecl) else ())


@lru_cache(maxsize=None)
def _names_of(type_name: str) -> Names:
    """`Names.of`, once per name (a run asks for each one many times; a Names is immutable)."""
    fn = function_stem(type_name)
    return Names(type_name, f"{type_name}$inboundSchema", f"{type_name}$outboundSchema",
                 f"{type_name}$Outbound", f"{fn}FromJSON", f"{fn}ToJSON",
                 f"{type_name}Unknown", f"is{type_name}Unknown")


@lru_cache(maxsize=None)
def function_stem(type_name: str) -> str:
    """camelCase of a type name, the stem of its functions: OpenResponsesStreamEvent -> openResponsesStreamEvent."""
    return camel(type_name) or type_name[:1].lower() + type_name[1:]


# what JSON leaves unescaped but a line of generated source must not hold as it is: the renderer splits
# lines with str.splitlines(), and U+2028/U+2029 end a line in a JavaScript comment
_LINE_BREAKS = {0x7F: "\\u007f", 0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029", 0xFEFF: "\\ufeff"}


def ts_string(text: str) -> str:
    """A TypeScript string literal (JSON's syntax is a subset of it; control characters and line
    separators are escaped)."""
    if text.isprintable() and '"' not in text and "\\" not in text:  # nothing to escape (the usual case)
        return f'"{text}"'
    return json.dumps(text, ensure_ascii=False).translate(_LINE_BREAKS)


def ts_key(wire: str) -> str:
    """An object-literal key: bare when it is an identifier, quoted otherwise, and `["__proto__"]`
    (computed) for `__proto__`, which as a plain key would set the object's prototype instead."""
    if wire == "__proto__":
        return f"[{ts_string(wire)}]"
    return wire if is_identifier(wire) else ts_string(wire)


def ts_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def jsdoc(description: str | None, deprecated: bool = False) -> list[str]:
    """The lines of a JSDoc comment body (without `/**` and `*/`): `*/` inside the text is written `*\\/`,
    control characters as `\\uXXXX` text; every line break (as str.splitlines() sees them) starts a line."""
    lines = [comment_text(line.rstrip()) for line in (description or "").strip().splitlines()]
    if deprecated:
        lines += [""] * bool(lines) + ["@deprecated"]
    return lines


def comment_text(text: str) -> str:
    """Text safe inside a `/* */` comment on one line: `*/` as `*\\/`, control characters and line
    separators as `\\uXXXX` (shown, not interpreted: a comment has no escapes)."""
    text = text.replace("*/", "*\\/")
    if text.isprintable():  # (none of the characters escaped here is printable; most text has none of them)
        return text
    return _COMMENT_ESCAPED.sub(_unicode_escape, text)


# control characters but tab, and the characters of _LINE_BREAKS
_COMMENT_ESCAPED = re.compile("[\x00-\x08\x0a-\x1f" + "".join(map(chr, _LINE_BREAKS)) + "]")


def _unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


@dataclass
class Imports:
    """Names one module file uses, grouped by the module they come from; values and types apart so the
    output is valid under `verbatimModuleSyntax`."""

    values: dict[str, set[str]] = field(default_factory=dict)
    types: dict[str, set[str]] = field(default_factory=dict)

    def value(self, module: str, name: str) -> None:
        self.values.setdefault(module, set()).add(name)

    def type(self, module: str, name: str) -> None:
        self.types.setdefault(module, set()).add(name)

    def lines(self) -> list[str]:
        out = []
        # the runtime's modules (../lib/…) first, then the model files, each group sorted
        for module in sorted(self.values.keys() | self.types.keys(), key=lambda m: (not m.startswith("../"), m)):
            value_set = self.values.get(module, set())
            values = sorted(value_set)
            types = sorted(self.types.get(module, set()) - value_set)
            names = values + [f"type {t}" for t in types] if values else types
            keyword = "import" if values else "import type"
            source = ts_string(module + ".js")
            line = f"{keyword} {{ {', '.join(names)} }} from {source};"
            if len(line) > 100:
                line = f"{keyword} {{\n" + "".join(f"  {n},\n" for n in names) + f"}} from {source};"
            out.append(line)
        return out


_PRIMITIVE_TYPES = {"string": "string", "boolean": "boolean"}  # any other: number
_PRIMITIVE_SCHEMAS = {"string": "z.string()", "integer": "z.int()", "number": "z.number()", "boolean": "z.boolean()"}


class TypeWriter:
    """Writes the TypeScript type and the zod schema of IR type expressions for one module file,
    recording every name it uses from another file in `imports`."""

    def __init__(self, model: ir.Model, symbols: Symbols, files: dict[str, str], here: str,
                 imports: Imports, cycles: Cycles | None = None) -> None:
        self.model = model
        self.symbols = symbols
        self.files = files  # component id -> file stem
        self.here = here  # component id of the file being written
        self.imports = imports
        self.cycles = cycles
        self.source: str | None = None  # the declaration whose schemas are being written

    def names(self, decl_id: str) -> Names:
        return Names.of(self.symbols.type(decl_id))

    def lib(self, name: str, *, type_only: bool = False) -> str:
        module = f"../lib/{LIB_MODULES[name]}"
        (self.imports.type if type_only else self.imports.value)(module, name)
        return name

    def use(self, decl_id: str, name: str, *, type_only: bool) -> str:
        component = self.model.get(decl_id).component
        if component != self.here:
            module = f"./{self.files[component]}"
            (self.imports.type if type_only else self.imports.value)(module, name)
        return name

    # --- TypeScript types ---

    def type(self, expr: ir.TypeExpr, outbound: bool = False) -> str:
        if isinstance(expr, ir.Primitive):
            return _PRIMITIVE_TYPES.get(expr.kind, "number")
        if isinstance(expr, ir.AnyValue):
            return "unknown"
        if isinstance(expr, ir.ArrayOf):
            return f"Array<{self.type(expr.items, outbound)}>"
        if isinstance(expr, ir.MapOf):
            return f"{{ [k: string]: {self.type(expr.values, outbound)} }}"
        if isinstance(expr, ir.OpenEnum):
            if outbound:
                return "string"
            known = self.use(expr.known, self.names(expr.known).type, type_only=True)
            return f"{self.lib('OpenEnum', type_only=True)}<typeof {known}>"
        if isinstance(expr, ir.Ref):
            names = self.names(expr.target)
            wire_shaped = outbound and not isinstance(self.model.get(expr.target), ir.EnumDecl)
            return self.use(expr.target, names.outbound_type if wire_shaped else names.type, type_only=True)
        raise TypeError(expr)  # pragma: no cover

    def field_type(self, f: ir.Field, outbound: bool = False) -> str:
        text = self.type(f.type, outbound)
        return text + " | null" * f.nullable + " | undefined" * (not f.required)

    # --- zod schemas ---

    def schema(self, expr: ir.TypeExpr, outbound: bool, limits: ir.Constraints = ir.Constraints()) -> str:
        if isinstance(expr, ir.Primitive):
            base = _PRIMITIVE_SCHEMAS[expr.kind]
            if expr.kind == "string":
                pattern = f".regex({_regexp(limits.pattern)})" if limits.pattern is not None else ""
                return base + _bounds(".min", limits.min_length, ".max", limits.max_length) + pattern
            return base + _bounds(".gte", limits.minimum, ".lte", limits.maximum)
        if isinstance(expr, ir.AnyValue):
            return "z.unknown()"
        if isinstance(expr, ir.ArrayOf):
            items = self.schema(expr.items, outbound)
            return f"z.array({items})" + _bounds(".min", limits.min_items, ".max", limits.max_items)
        if isinstance(expr, ir.MapOf):
            rules = _map_rules(limits)
            return f"{self.lib('recordSchema')}({self.schema(expr.values, outbound)}{', ' + rules if rules else ''})"
        if isinstance(expr, ir.OpenEnum):
            return "z.string()"  # any string: the known values only guide the type
        if isinstance(expr, ir.Ref):
            return self.schema_of(expr.target, outbound)
        raise TypeError(expr)  # pragma: no cover

    def schema_of(self, decl_id: str, outbound: bool) -> str:
        """The schema const of a declaration; `z.lazy(() => X$inboundSchema)` where reading the const while
        this module is evaluated could find it not yet initialised (see `Cycles`)."""
        names = self.names(decl_id)
        name = self.use(decl_id, names.outbound if outbound else names.inbound, type_only=False)
        if self.cycles is not None and self.source is not None and self.cycles.lazy(self.source, decl_id):
            return f"z.lazy(() => {name})"
        return name

    def field_schema(self, f: ir.Field, outbound: bool) -> str:
        text = self.schema(f.type, outbound, f.constraints)
        return text + ".nullable()" * f.nullable + ".optional()" * (not f.required)

    # --- words for error messages ---

    def describe(self, expr: ir.TypeExpr, plural: bool = False, seen: frozenset[str] = frozenset()) -> str:
        """What a value of `expr` is, in words: `a string`, `an array of strings`, `a Tool object`,
        `"none" | "auto"` (the expectation an untagged union names when no alternative fits). An alias
        met again inside itself (a recursive alias) is named instead of spelled out."""
        if isinstance(expr, ir.Primitive):
            noun = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}[expr.kind]
            return noun + "s" if plural else _article(noun)
        if isinstance(expr, ir.OpenEnum):
            return "strings" if plural else "a string"
        if isinstance(expr, ir.AnyValue):
            return "JSON values" if plural else "any JSON value"
        if isinstance(expr, ir.ArrayOf):
            return ("arrays" if plural else "an array") + " of " + self.describe(expr.items, True, seen)
        if isinstance(expr, ir.MapOf):
            return ("objects" if plural else "an object") + " of " + self.describe(expr.values, True, seen)
        if isinstance(expr, ir.Ref):
            decl = self.model.get(expr.target)
            name = self.symbols.type(decl.id)
            if isinstance(decl, ir.EnumDecl):
                values = " | ".join(ts_string(v) for v in decl.values)
                return f"{name} strings ({values})" if plural else values
            if isinstance(decl, ir.AliasDecl) and decl.id not in seen:
                text = self.describe(decl.target, plural, seen | {decl.id})
                return text + (" or null" if decl.nullable else "")
            kind = "object" if isinstance(decl, (ir.ObjectDecl, ir.UnionDecl)) else "value"
            return f"{name} {kind}s" if plural else f"{_article(name)} {kind}"
        raise TypeError(expr)  # pragma: no cover


def _article(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _regexp(pattern: str) -> str:
    """A JSON Schema pattern as JavaScript reads it: a RegExp with the `u` flag (checked portable by
    patterns.translate when the schema was lowered)."""
    return f'new RegExp({ts_string(pattern)}, "u")'


def _map_rules(limits: ir.Constraints) -> str:
    """The `MapRules` literal of a map's size and key rules ("" when it has none)."""
    keys = limits.property_names or ir.Constraints()
    rules = [f"{name}: {ts_number(value)}" for name, value in (
        ("minProperties", limits.min_properties), ("maxProperties", limits.max_properties),
        ("keyMinLength", keys.min_length), ("keyMaxLength", keys.max_length)) if value is not None]
    if keys.pattern is not None:
        rules.append(f"keyPattern: {_regexp(keys.pattern)}")
    return "{ " + ", ".join(rules) + " }" if rules else ""


def _bounds(low_method: str, low: float | None, high_method: str, high: float | None) -> str:
    text = f"{low_method}({ts_number(low)})" if low is not None else ""
    return text + (f"{high_method}({ts_number(high)})" if high is not None else "")


# --- recursive types ---

def schema_deps(decl: ir.Decl) -> list[str]:
    """Declarations whose schemas this declaration's schemas use."""
    return ir.decl_targets(decl, open_enums=False)


def immediate_deps(decl: ir.Decl) -> list[str]:
    """Declarations this declaration's TypeScript type names outside any object or array type: an alias's
    target, an untagged union's alternatives, a union's members. TypeScript defers only references
    inside object and array types, so a cycle of these is a type alias that circularly references
    itself (and a schema that would recurse forever without reading any input)."""
    if isinstance(decl, ir.UnionDecl):
        return [m.target for m in decl.members]
    if isinstance(decl, ir.AnyOfDecl):
        return [a.target for a in decl.alternatives if isinstance(a, ir.Ref)]
    if isinstance(decl, ir.AliasDecl) and isinstance(decl.target, ir.Ref):
        return [decl.target.target]
    return []


def strongly_connected(nodes: Iterable[str], edges: Callable[[str], Iterable[str]]) -> dict[str, int]:
    """Tarjan's algorithm, iteratively: node -> the number of its strongly connected component (nodes
    on a common cycle share one). Deterministic for a deterministic order of nodes and edges."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    component: dict[str, int] = {}
    components = 0
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in nodes:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work: list[tuple[str, Iterator[str]]] = [(root, iter(edges(root)))]
        while work:
            node, pending = work[-1]
            for nxt in pending:  # resumed where it left off when the walk comes back to `node`
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(edges(nxt))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:  # every edge of `node` followed
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component[member] = components
                        if member == node:
                            break
                    components += 1
    return component


def cycle_through(start: str, edges: Callable[[str], Iterable[str]], within: set[str]) -> list[str]:
    """A shortest cycle from `start` back to itself through nodes of `within` (start, ..., start)."""
    previous: dict[str, str] = {}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in edges(node):
            if nxt == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return path[::-1] + [start]
            if nxt in within and nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    raise ValueError(f"{start} is on no cycle")  # pragma: no cover


@dataclass(frozen=True)
class Cycles:
    """Which references between schema consts must be lazy (`z.lazy(() => X$inboundSchema)`).

    Every schema is a `const`, initialised when its module is evaluated. A schema that uses another one
    directly reads that const right then, so the other one must already be initialised:
    - in the same file, consts are written in dependency order, which only a cycle of declarations
      (a recursive type) cannot satisfy: references within such a cycle are lazy;
    - across files, ES modules evaluate each module after the ones it imports, except within a cycle of
      imports, where whichever module is reached first runs before the others: every reference between
      two files on a common import cycle is lazy, whatever the entry point.
    A lazy reference is read when a value is first parsed, after every module has been evaluated.
    """

    decl_component: dict[str, int]  # decl id -> its strongly connected component of schema references
    file_component: dict[str, int]  # file stem -> its strongly connected component of value imports
    file_of: dict[str, str]  # decl id -> file stem
    deps: dict[str, list[str]]  # decl id -> `schema_deps` of the declaration

    @classmethod
    def of(cls, model: ir.Model, files: dict[str, str]) -> Cycles:
        decls = [d for d in model.decls if d.component in files]
        deps = {d.id: schema_deps(d) for d in decls}
        file_of = {d.id: files[d.component] for d in decls}

        def edges(decl_id: str) -> list[str]:
            found = deps.get(decl_id)
            return schema_deps(model.get(decl_id)) if found is None else found

        decl_component = strongly_connected(deps, edges)
        imports: dict[str, set[str]] = {stem: set() for stem in sorted(set(file_of.values()))}
        for decl_id, targets in deps.items():
            imports[file_of[decl_id]] |= {file_of[t] for t in targets} - {file_of[decl_id]}
        file_component = strongly_connected(imports, lambda f: sorted(imports[f]))
        return cls(decl_component, file_component, file_of, deps)

    def lazy(self, source: str, target: str) -> bool:
        """Whether the schemas of `source` must refer to those of `target` lazily."""
        here, there = self.file_of[source], self.file_of[target]
        if here == there:
            return self.decl_component[source] == self.decl_component[target]
        return self.file_component[here] == self.file_component[there]


def check_type_cycles(model: ir.Model) -> None:
    """Refuses a cycle of declarations that TypeScript cannot write as types (see `immediate_deps`)."""
    deps = {d.id: immediate_deps(d) for d in model.decls}
    component = strongly_connected(deps, deps.__getitem__)
    members: dict[int, set[str]] = {}
    for decl_id, number in component.items():
        members.setdefault(number, set()).add(decl_id)
    for decl in model.decls:
        cycle_members = members[component[decl.id]]
        if len(cycle_members) > 1 or decl.id in deps[decl.id]:
            cycle = cycle_through(decl.id, deps.__getitem__, cycle_members)
            raise SchemaError(
                f"{decl.id} contains itself with no object or array in between: {' -> '.join(cycle)}",
                decl.origin, "a recursive type must recur through an object's field or an array's items")
