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
    if len(rows) <= 1:  # (as often as not: a field with a doc comment is a run of its own)
        return [" ".join(row) for row in rows]
    columns = len(rows[0])
    if all(len(row) == columns for row in rows):  # the usual case: one width per column
        widths = [max(len(row[col]) for row in rows) + 1 for col in range(columns - 1)]
        return ["".join([cell.ljust(w) for cell, w in zip(row, widths)]) + row[-1] for row in rows]
    cell_widths: list[list[int]] = [[len(c) for c in row] for row in rows]
    for col in range(max(len(r) for r in rows) - 1):
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
                cell_widths[i][col] = width
            start = end
    return ["".join([cell.ljust(w) + " " for cell, w in zip(row[:-1], row_widths)]) + row[-1]
            for row, row_widths in zip(rows, cell_widths)]


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
    if text.isprintable() and "``" not in text and "''" not in text:  # (line breaks are not printable)
        return text
    text = " ".join(text.splitlines()).replace("``", "`\\u0060").replace("''", "'\\u0027")
    return _COMMENT_CONTROL.sub(_unicode_escape, text)


_COMMENT_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\ufeff]")  # control characters but tab, and a BOM


def _unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


_GO_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def go_string(text: str) -> str:
    """A Go interpreted string literal."""
    if text.isprintable() and '"' not in text and "\\" not in text:  # a BOM is not printable
        return '"' + text + '"'
    escapes = _GO_ESCAPES
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
        self._reach: dict[str, frozenset[str]] = {}

    def of(self, expr: ir.TypeExpr, within: str | None = None) -> GoType:
        """The Go type of expr as the declaration `within` (an id) spells it: a Go alias on a type
        cycle through `within` is spelled out there (see on_cycle)."""
        if isinstance(expr, ir.Primitive):
            if expr.kind == "integer":
                return self.integer
            if expr.kind not in PRIMITIVES:
                raise SchemaError(f"the Go target has no type for primitive {expr.kind!r}")
            return PRIMITIVES[expr.kind]
        if isinstance(expr, ir.AnyValue):
            return GoType("any", "decodeAny", "nil", "nullable")
        if isinstance(expr, ir.ArrayOf):
            item = self.of(expr.items, within)
            return GoType("[]" + item.text, f"decodeArray({item.decoder})", "nil", "list")
        if isinstance(expr, ir.MapOf):
            value = self.of(expr.values, within)
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
                under = self.alias_underlying(decl, within)
                if not self._is_go_alias(decl, under):
                    return GoType(name, f"(*{name}).decode", under.zero, under.shape)
                text = under.text if within is not None and self.on_cycle(decl.id, within) else name
                return GoType(text, under.decoder, under.zero, under.shape)
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

    def alias_underlying(self, decl: ir.AliasDecl, within: str | None = None) -> GoType:
        """The type an alias stands for: a Go alias (`=`) of a named type, else a defined type. Its
        decoder checks the alias's constraints. `within`: the declaration that spells it out, if any."""
        target = self.of(decl.target, within)
        target = GoType(target.text, limited(target.decoder, decl.target, decl.constraints), target.zero, target.shape)
        if decl.nullable and target.shape != "nullable":
            return GoType("*" + target.text, f"decodeNullable({target.decoder})", "nil", "nullable")
        return target

    def alias_is_go_alias(self, decl: ir.AliasDecl) -> bool:
        """`type A = T` for a named type or a pointer or interface (which cannot have methods);
        otherwise a defined type with its own strict UnmarshalJSON."""
        return self._is_go_alias(decl, self.alias_underlying(decl))

    @staticmethod
    def _is_go_alias(decl: ir.AliasDecl, underlying: GoType) -> bool:
        return isinstance(decl.target, ir.Ref) or underlying.shape == "nullable"

    def on_cycle(self, alias: str, within: str) -> bool:
        """Whether the declaration `within` is reached from the alias's own type, so that naming the
        Go alias there would put it on a type cycle (`type Node = *NodeValue` and, in a struct of
        NodeValue, `OptionalNullable[Node]`). go1.26's type checker panics on some of those (a Go
        alias on a cycle through a generic instantiation), so the cycle spells the alias out
        (`OptionalNullable[*NodeValue]`, the same type); elsewhere it keeps its name."""
        reach = self._reach.get(alias)
        if reach is None:
            seen: set[str] = set()
            todo = ir.decl_targets(self.model.get(alias))
            while todo:
                decl_id = todo.pop()
                if decl_id not in seen:
                    seen.add(decl_id)
                    todo.extend(ir.decl_targets(self.model.get(decl_id)))
            reach = self._reach[alias] = frozenset(seen)
        return within in reach


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
    base = mapper.of(field.type, owner.id)
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
