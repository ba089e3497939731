"""Go target, part 1: how IR type expressions and fields become Go, and gofmt's layout rules.

Everything here is pure text computation so the generator never needs the Go toolchain: the tests
run `gofmt -l` on the output to hold these rules to account.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .. import ir
from ..errors import SchemaError
from ..naming.symbols import Symbols
from .patterns import translate


# ---- gofmt layout ----

def align(rows: list[list[str]]) -> list[str]:
    """Lay out rows of cells as gofmt's tabwriter does (padding 1, spaces): every cell but a row's
    last is padded to the widest cell of its column over the consecutive rows that have that column
    followed by another cell. Callers pass only rows not separated by comment or blank lines."""
    widths: list[list[int]] = [[len(c) for c in row] for row in rows]
    columns = max((len(r) for r in rows), default=0)
    for col in range(columns - 1):
        start = 0
        while start < len(rows):
            if len(rows[start]) <= col + 1:
                start += 1
                continue
            end = start
            while end < len(rows) and len(rows[end]) > col + 1:
                end += 1
            width = max(len(rows[i][col]) for i in range(start, end))
            for i in range(start, end):
                widths[i][col] = width
            start = end
    out = []
    for row, row_widths in zip(rows, widths):
        cells = [cell.ljust(w) + " " for cell, w in zip(row[:-1], row_widths[:-1])]
        out.append("".join(cells) + row[-1])
    return out


def layout_block(entries: list[tuple[list[str], list[str]]]) -> list[str]:
    """Lines of a struct body or const block: each entry is (comment lines, cells). A comment line
    ends gofmt's alignment section, so rows are aligned in runs between comments."""
    lines: list[str] = []
    run: list[list[str]] = []
    for comments, cells in entries:
        if comments:
            lines.extend(align(run))
            run = []
            lines.extend(comments)
        run.append(cells)
    lines.extend(align(run))
    return lines


def comment(text: str | None, first_prefix: str = "", deprecated: bool = False) -> list[str]:
    """`// ` comment lines for a description. Leading indentation is dropped: in a doc comment it
    would start a code block or list, which gofmt re-indents."""
    lines = [comment_text(line.strip()) for line in (text or "").splitlines()]
    if deprecated:
        lines += ["", "Deprecated: this is deprecated in the schema and may be removed."]
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        return []
    lines[0] = first_prefix + lines[0]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1] != "//"):
            out.append("// " + line if line else "//")
    return out


def comment_text(text: str) -> str:
    """Text for one `//` comment line: line breaks as spaces, other control characters (NUL and a BOM
    are not even allowed in Go source) as `\\uXXXX` text (a comment has no escapes: this only shows them),
    and the second character of ``` `` ``` and `''` as `\\u0060` / `\\u0027`, which gofmt would otherwise
    turn into curly quotes in a doc comment."""
    text = " ".join(text.splitlines()).replace("``", "`\\u0060").replace("''", "'\\u0027")
    return "".join(f"\\u{ord(c):04x}" if (ord(c) < 0x20 and c != "\t") or ord(c) in (0x7F, 0xFEFF) else c
                   for c in text)


def go_string(text: str) -> str:
    """A Go interpreted string literal."""
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
    out = []
    for ch in text:
        if ch in escapes:
            out.append(escapes[ch])
        elif ch.isprintable() and ch != "\ufeff":
            out.append(ch)
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'


def struct_tag(wire: str, omitempty: bool) -> str:
    value = go_string(wire + (",omitempty" if omitempty else ""))
    tag = "json:" + value
    return f"`{tag}`" if "`" not in tag else go_string(tag)


def go_number(value: float) -> str:
    text = repr(value)
    return text if re.fullmatch(r"-?[0-9.e+-]+", text) else str(float(value))


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


_IDENT = re.compile(r"[^\W\d]\w*")


def is_exported(name: str) -> bool:
    return bool(_IDENT.fullmatch(name)) and name[0].isupper()


# ---- type expressions ----

@dataclass(frozen=True)
class GoType:
    text: str  # the Go type
    decoder: str  # Go expression of a func(*T, []byte, string) error
    zero: str  # its zero value, for getters
    shape: str  # "value" | "list" (slice or map: nil means absent) | "nullable" (handles null itself)


PRIMITIVES = {
    "string": GoType("string", "decodeString", '""', "value"),
    "number": GoType("float64", "decodeNumber", "0", "value"),
    "boolean": GoType("bool", "decodeBool", "false", "value"),
}
INTEGERS = {
    "float64": GoType("float64", "decodeInteger", "0", "value"),
    "int64": GoType("int64", "decodeInt64", "0", "value"),
}


# what a primitive or free-form alternative of an untagged union is called: its field, its constructor
ALTERNATIVE_KINDS = {"string": "Str", "integer": "Integer", "number": "Number", "boolean": "Boolean"}
# how error messages describe a kind: (one value, several values)
KIND_WORDS = {"string": ("a string", "strings"), "integer": ("an integer", "integers"),
              "number": ("a number", "numbers"), "boolean": ("a boolean", "booleans")}
ENUM_VALUES_LISTED = 8  # an enum alternative with more values is described as "a string"


def alternative_kind(expr: ir.TypeExpr) -> str:
    if isinstance(expr, ir.AnyValue):
        return "Any"
    if isinstance(expr, ir.Primitive) and expr.kind in ALTERNATIVE_KINDS:
        return ALTERNATIVE_KINDS[expr.kind]
    raise SchemaError(f"the Go target has no union alternative for {expr}")


class TypeMapper:
    def __init__(self, model: ir.Model, symbols: Symbols, integer: str) -> None:
        if integer not in INTEGERS:
            raise SchemaError(f"[tool.xsdk.go] integer must be one of {sorted(INTEGERS)}, not {integer!r}")
        self.model = model
        self.symbols = symbols
        self.integer = INTEGERS[integer]

    def of(self, expr: ir.TypeExpr) -> GoType:
        if isinstance(expr, ir.Primitive):
            if expr.kind == "integer":
                return self.integer
            if expr.kind not in PRIMITIVES:
                raise SchemaError(f"the Go target has no type for primitive {expr.kind!r}")
            return PRIMITIVES[expr.kind]
        if isinstance(expr, ir.AnyValue):
            return GoType("any", "decodeAny", "nil", "nullable")
        if isinstance(expr, ir.ArrayOf):
            item = self.of(expr.items)
            return GoType("[]" + item.text, f"decodeArray({item.decoder})", "nil", "list")
        if isinstance(expr, ir.MapOf):
            value = self.of(expr.values)
            return GoType("map[string]" + value.text, f"decodeMap({value.decoder})", "nil", "list")
        if isinstance(expr, ir.OpenEnum):
            known = self.model.get(expr.known)
            if not isinstance(known, ir.EnumDecl):
                raise SchemaError(f"an open enum must list its values in an enum, and {known.id} is not one",
                                  known.origin, "use anyOf with the enum and `type: string`")
            name = self.symbols.type(expr.known)
            return GoType(name, f"decodeOpenEnum[{name}]", '""', "value")
        if isinstance(expr, ir.Ref):
            decl = self.model.get(expr.target)
            name = self.symbols.type(decl.id)
            if isinstance(decl, ir.EnumDecl):
                return GoType(name, f"(*{name}).decode", '""', "value")
            if isinstance(decl, ir.AliasDecl):
                under = self.alias_underlying(decl)
                decoder = under.decoder if self.alias_is_go_alias(decl) else f"(*{name}).decode"
                return GoType(name, decoder, under.zero, under.shape)
            return GoType(name, f"(*{name}).decode", name + "{}", "value")
        raise AssertionError(expr)  # pragma: no cover

    def describe(self, expr: ir.TypeExpr, plural: bool = False) -> str:
        """What a value of expr is, for the "expected ..." of an error: `a string`, `an array of
        strings`, `Tool (an object)`, `Mode ("on", "off")`."""
        if isinstance(expr, ir.Primitive):
            return KIND_WORDS.get(expr.kind, (f"a {expr.kind}", f"{expr.kind}s"))[plural]
        if isinstance(expr, ir.AnyValue):
            return "JSON values" if plural else "any JSON value"
        if isinstance(expr, (ir.ArrayOf, ir.MapOf)):
            inner = self.describe(expr.items if isinstance(expr, ir.ArrayOf) else expr.values, plural=True)
            kind = "array" if isinstance(expr, ir.ArrayOf) else "object"
            return f"{kind}s of {inner}" if plural else f"an {kind} of {inner}"
        target = expr.known if isinstance(expr, ir.OpenEnum) else expr.target
        name = self.symbols.type(target)
        if plural:
            return f"{name} values"
        decl = self.model.get(target)
        if isinstance(expr, ir.OpenEnum):
            return f"{name} (a string)"
        if isinstance(decl, (ir.ObjectDecl, ir.UnionDecl)):
            return f"{name} (an object)"
        if isinstance(decl, ir.EnumDecl):
            if len(decl.values) > ENUM_VALUES_LISTED:
                return f"{name} (a string)"
            return f"{name} ({', '.join(json.dumps(v, ensure_ascii=False) for v in decl.values)})"
        return name

    def alias_underlying(self, decl: ir.AliasDecl) -> GoType:
        """The type an alias stands for: a Go alias (`=`) of a named type, else a defined type. Its
        decoder checks the alias's constraints."""
        target = self.of(decl.target)
        target = GoType(target.text, limited(target.decoder, decl.target, decl.constraints), target.zero, target.shape)
        if decl.nullable and target.shape != "nullable":
            return GoType("*" + target.text, f"decodeNullable({target.decoder})", "nil", "nullable")
        return target

    def alias_is_go_alias(self, decl: ir.AliasDecl) -> bool:
        """`type A = T` for a named type or a pointer or interface (which cannot have methods);
        otherwise a defined type with its own strict UnmarshalJSON."""
        return isinstance(decl.target, ir.Ref) or self.alias_underlying(decl).shape == "nullable"


# ---- fields ----

@dataclass(frozen=True)
class GoField:
    wire: str
    name: str
    type: str
    tag: str
    doc: list[str]
    read: str  # Go statement decoding the field into `out`
    write: str  # Go statement encoding the field of `o`
    zero: str


def constrained(decoder: str, field: ir.Field) -> str:
    """Wrap a decoder with the field's minimum/maximum, length or item-count check."""
    return limited(decoder, field.type, field.constraints)


def _limits(low: float | None, high: float | None) -> str:
    parts = []
    if low is not None:
        parts.append(f"hasMin: true, min: {go_number(low)}")
    if high is not None:
        parts.append(f"hasMax: true, max: {go_number(high)}")
    return f"limits{{{', '.join(parts)}}}" if parts else ""


def limited(decoder: str, type_: ir.TypeExpr, c: ir.Constraints) -> str:
    """Wrap a decoder of a value of `type_` with its minimum/maximum, length or item-count check, a
    string's pattern (RE2 spelling, see patterns.py), a map's size and key rules."""
    kind = type_.kind if isinstance(type_, ir.Primitive) else None
    if kind in ("integer", "number"):
        wrapper, bounds = "bounded", _limits(c.minimum, c.maximum)
    elif kind == "string":
        wrapper, bounds = "sized", _limits(c.min_length, c.max_length)
        if c.pattern is not None:
            re2 = translate(c.pattern).re2
            decoder = f"matching({decoder}, {go_string(re2)}, {go_string(c.pattern)})"
    elif isinstance(type_, ir.ArrayOf):
        wrapper, bounds = "counted", _limits(c.min_items, c.max_items)
    elif isinstance(type_, ir.MapOf):
        keys = c.property_names or ir.Constraints()
        rules = [f"{name}: {value}" for name, value in (
            ("size", _limits(c.min_properties, c.max_properties)),
            ("keyLength", _limits(keys.min_length, keys.max_length))) if value]
        if keys.pattern is not None:
            rules += [f"keyPattern: {go_string(translate(keys.pattern).re2)}", f"keyPatternECMA: {go_string(keys.pattern)}"]
        return f"ruled({decoder}, mapRules{{{', '.join(rules)}}})" if rules else decoder
    else:
        return decoder
    return f"{wrapper}({decoder}, {bounds})" if bounds else decoder


def go_field(mapper: TypeMapper, owner: ir.ObjectDecl, field: ir.Field) -> GoField:
    name = mapper.symbols.field(owner.id, field.wire_name)
    base = mapper.of(field.type)
    decoder = constrained(base.decoder, field)
    wire = go_string(field.wire_name)
    target = f"&out.{name}"
    if field.required:
        if field.nullable and base.shape != "nullable":
            type_, decoder, zero = "*" + base.text, f"decodeNullable({decoder})", "nil"
        else:
            type_, zero = base.text, base.zero
        read = f"readRequired(r, {wire}, {target}, {decoder})"
        write = f"w.value({wire}, o.{name})"
    elif field.nullable or base.shape == "nullable":
        type_, zero = f"OptionalNullable[{base.text}]", f"OptionalNullable[{base.text}]{{}}"
        read = f"readOptionalNullable(r, {wire}, {target}, {decoder})"
        write = f"w.valueIf(o.{name}.IsSet(), {wire}, o.{name})"
    else:
        if base.shape == "list":
            type_, reader = base.text, "readPresent"
        else:
            type_, reader = "*" + base.text, "readOptional"
        zero = "nil"
        read = f"{reader}(r, {wire}, {target}, {decoder})"
        write = f"w.valueIf(o.{name} != nil, {wire}, o.{name})"
    return GoField(wire=field.wire_name, name=name, type=type_, tag=struct_tag(field.wire_name, not field.required),
                   doc=comment(field.description, deprecated=field.deprecated), read=read, write=write, zero=zero)
