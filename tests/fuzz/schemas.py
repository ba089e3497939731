"""A hypothesis strategy for random xsdk input documents that strict generation must accept.

`documents()` draws an OpenAPI 3.1 document with up to MAX_COMPONENTS components/schemas built from
what generator/lower.py lowers (README "Known limits" lists what it refuses):

- objects: required and optional properties, nullable ones (`type: [X, "null"]`, `anyOf [X, null]`),
  `default`s on optional primitive and enum properties, closed objects (`additionalProperties: false`),
  inline objects nested up to MAX_DEPTH, descriptions with awkward text (`*/`, `\"\"\"`, backticks, `{{ }}`);
- string / integer / number / boolean, with formats, bounds and portable `pattern`s; string enums and
  `const`s (inline, as components, nullable); arrays; `additionalProperties` maps; `$ref`s between
  components, recursive ones (a component reaching itself, or a later one, only through an optional
  property, so every schema has finite instances): mutual recursion, union members referring back to
  their union, nullable `anyOf` components that contain themselves (and are used by others);
- discriminated unions: components and inline, `oneOf` + `discriminator` (with or without `mapping`, with
  `x-xsdk-union-member-names`) or an implicit `type` tag, members as component `$ref`s or inline objects;
  `deprecated` fields and unions;
- untagged `anyOf` unions of distinct kinds (also nullable), `allOf` of a component object and own fields;
- names: component names and wire names from disjoint word pools, decorated (digits, `_`, `-`, `.`,
  camelCase, `@`, `$`, a leading `_`) and mixed with reserved words of the three languages (`class`, `type`, `default`, `range`,
  `func`, ...), lower-case builtin-like component names (`any`, `list`), Object.prototype wire names
  (`constructor`, `__proto__`, ...), capitalised wire names, fields named exactly like the component they
  hold (`Alpha: {$ref: Alpha}`); within one object, enum or union every name has its own first word, so no
  two collide after casing in any language.

Deliberately left out: free-form JSON (`{}`: unbounded numbers inside it cannot survive JavaScript's
doubles, a documented limit), number/boolean enums, nullable array items and nullable map values
(refused in strict mode),
`additionalProperties` beside `properties`, `not`/`if`/`patternProperties`/`prefixItems` (refused),
`x-xsdk-names`, `x-xsdk-stream-flag`, map keywords (`propertyNames`, `minProperties`), non-ASCII
names and control characters (bad-schema cases).

KNOWN_FINDINGS turns constructs off that currently make the generator fail (each names the file under
tests/fuzz/findings/ that shows it); remove an entry when its finding is fixed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from hypothesis import strategies as st

from generator.naming.casing import words

# switch -> the finding (tests/fuzz/findings/<file>) that made it necessary; `enabled(switch)` is False
# while it is listed here.
KNOWN_FINDINGS: dict[str, str] = {
}


def enabled(switch: str) -> bool:
    return switch not in KNOWN_FINDINGS


MAX_COMPONENTS = 8
MAX_DEPTH = 3  # nesting of inline types below a component
MAX_PROPERTIES = 5

COMPONENT_WORDS = ["Alpha", "Bravo", "Cedar", "Delta", "Ember", "Fjord", "Grove", "Harbor", "Iris", "Juniper",
                   "Kestrel", "Lumen", "Maple", "Nimbus", "Onyx", "Prism", "Quill", "Raven", "Sable", "Tundra"]
# legal, but reserved or predeclared somewhere (a keyword, a global type, a builtin)
ODD_COMPONENTS = ["Class", "Type", "Default", "Range", "Func", "Object", "Record", "Date", "Promise", "Import",
                  "Self", "Json", "Model", "Interface", "Package", "Str", "List", "Any", "Map", "Error"]
PROPERTY_WORDS = ["name", "size", "color", "label", "count", "score", "detail", "owner", "status", "mode",
                  "source", "target", "weight", "note", "title", "flag", "level", "price", "tags", "region"]
ODD_PROPERTIES = ["class", "type", "default", "range", "func", "import", "from", "self", "string", "error", "id",
                  "url", "json", "schema", "copy", "dict", "fields", "interface", "package", "async", "await",
                  "delete", "new", "null", "true", "none", "map", "any", "object", "model", "model_config",
                  "model_name", "validate", "go", "chan", "select", "var", "let", "in"]
PROTOTYPE_PROPERTIES = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"]  # of JavaScript's objects
SUFFIX_WORDS = ["id", "at", "url", "ms", "value", "kind", "v2", "list"]
ENUM_WORDS = ["low", "high", "auto", "none", "on", "off", "fast", "slow", "red", "green", "blue", "small",
              "large", "ok", "failed", "pending"]
ODD_ENUM_VALUES = ["1024x1024", "2", "v1.2", "gpt-4o", "with space", "UPPER", "null", "true", "default", "type",
                   "class", "in_progress", "a.b.c", "x-y", "_private", "CamelCase"]
TAG_PROPERTIES = ["type", "type", "type", "kind", "event", "object"]
# (with ENUM_WORDS: discriminator values, distinct in a document; a document of many unions used up the 22
# there were, and an inline union came out as `oneOf: []`, which is no valid schema)
TAG_WORDS = ["created", "updated", "deleted", "delta", "done", "error", "begin", "end", "start", "stop", "opened",
             "closed", "read", "write", "push", "pull", "joined", "left", "granted", "denied", "ping", "pong"]
DESCRIPTIONS = ["A plain description.", "Ends a C comment */ here /* and opens one.", 'Has """triple""" quotes.',
                "Has `back` ``ticks``.", "Looks like a template: {{ name }} {% if %} {# #}", "Two\nlines.",
                "A back\\slash and a 'quote' and a \"double\".", "<b>html</b> &amp; 100% $dollar @at #hash",
                "Unicode: café — naïve ✓", "Trailing backslash \\", "// slashes and -- dashes", "*/",
                "Two ''single'' quotes and ``double`` ticks."]
# (no `uuid`: hypothesis-jsonschema draws any string for it, which the referee's format checker refuses)
# portable patterns (generator/targets/patterns.py: what all three regex engines match alike)
# (no `\d`, `\w`, `\s` or `.`: hypothesis-jsonschema reads them as Python's `re` does, Unicode-wide, and
# draws strings the referee, which reads them as ECMA-262 does, refuses)
PATTERNS = ["^[a-z]+$", "^[A-Z][a-z0-9_]*$", "^[0-9]{3}-[0-9]{4}$", "^(foo|bar)\\.[0-9]+$", "[a-f0-9]{2}",
            "^[A-Za-z0-9_]+@[a-z]+$", "^[^ ]*$", "^(|x|yy)$"]
FORMATS = {"string": [None, None, "date-time", "date", "uri", "email", "byte"],
           "integer": [None, None, "int32", "int64", "unixtime"], "number": [None, None, "double", "float"]}


@dataclass
class Plan:
    """What every component is, decided before any is drawn (so `$ref`s can point forward)."""

    names: list[str]
    kinds: list[str]  # object, member, union, enum, alias, anyof, allof
    nullable: list[bool] = field(default_factory=list)  # the component's own schema admits null
    tags: dict[int, tuple[str, str]] = field(default_factory=dict)  # member index -> (tag property, value)
    unions: dict[int, list[int]] = field(default_factory=dict)  # union index -> member indices
    prop_words: list[str] = field(default_factory=list)  # property words usable in this document
    tags_used: set[tuple[str, ...]] = field(default_factory=set)  # tag values are unique in a document
    component_words: set[str] = field(default_factory=set)  # the words of the component names, lower case
    schemas: dict[int, dict[str, Any]] = field(default_factory=dict)  # drawn so far


@dataclass(frozen=True)
class At:
    """Where in the component a type is drawn."""

    index: int  # the component's position
    depth: int = 0
    optional: bool = False  # below an optional property of this component: may reach forward/itself
    in_array: str = ""  # "array" items or "map" values (no nullable items: refused in strict mode)

    def down(self, **changes: Any) -> "At":
        return At(**{**self.__dict__, "depth": self.depth + 1, **changes})


Draw = Callable[[st.SearchStrategy[Any]], Any]


def _key(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in words(name))


def _distinct(draw: Draw, pool: list[str], count: int, taken: set[tuple[str, ...]] | None = None) -> list[str]:
    """`count` names from `pool` whose first words (and word sequences) differ from each other's and `taken`'s."""
    taken = set(taken or ())
    firsts = {k[0] for k in taken if k}
    out: list[str] = []
    for name in draw(st.permutations(pool)):
        key = _key(name)
        if len(out) == count:
            break
        if key in taken or (key[0] if key else "") in firsts:
            continue
        taken.add(key)
        firsts.add(key[0] if key else "")
        out.append(name)
    return out


def _description(draw: Draw) -> dict[str, Any]:
    return {"description": draw(st.sampled_from(DESCRIPTIONS))} if draw(st.integers(0, 3)) == 0 else {}


# ---- names ----
def component_name(draw: Draw, word: str) -> str:
    """An identifier (strict generation refuses a component name like `Alpha-info`, by design)."""
    styles = ["plain", "plain", "plain", "digit", "lower", "snake", "version"]
    if word in ODD_COMPONENTS and not enabled("python-builtin-component-names"):
        styles.remove("lower")  # `any`, `list`: Python builtins
    style = draw(st.sampled_from(styles))
    if style == "digit":
        return word + str(draw(st.integers(2, 9)))
    if style == "lower":
        return word.lower()
    if style == "snake":
        return f"{word}_{draw(st.sampled_from(['info', 'data', 'spec']))}"
    if style == "version":
        return f"{word}V{draw(st.integers(1, 3))}"
    return word


def wire_name(draw: Draw, word: str) -> str:
    suffix = draw(st.sampled_from(SUFFIX_WORDS))
    styles = ["plain"] * 6 + ["digit", "snake", "dash", "dot", "camel", "upper", "under", "at", "dollar"]
    if not enabled("python-field-named-like-its-type"):
        styles.remove("upper")  # `Size` would be the Python name of its inline type too
    style = draw(st.sampled_from(styles))
    return str({"plain": word, "digit": f"{word}{draw(st.integers(2, 9))}", "snake": f"{word}_{suffix}",
            "dash": f"{word}-{suffix}", "dot": f"{word}.{suffix}", "camel": word + suffix[:1].upper() + suffix[1:],
            "upper": word[:1].upper() + word[1:], "under": f"_{word}", "at": f"@{word}",
            "dollar": f"${word}"}[style])


def enum_values(draw: Draw, count: int) -> list[str]:
    pool = ENUM_WORDS + (ODD_ENUM_VALUES if draw(st.booleans()) else [])
    return _distinct(draw, pool, count)


# ---- types ----
def primitive(draw: Draw, kind: str, nullable: bool) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": [kind, "null"] if nullable else kind}
    fmt = draw(st.sampled_from(FORMATS.get(kind, [None])))
    if fmt:
        schema["format"] = fmt
    if kind == "string" and not fmt and draw(st.integers(0, 4)) == 0:
        low = draw(st.integers(0, 3))
        schema.update(minLength=low, maxLength=low + draw(st.integers(0, 8)))
    elif kind == "string" and not fmt and draw(st.integers(0, 5)) == 0:
        schema["pattern"] = draw(st.sampled_from(PATTERNS))
    if kind in ("integer", "number") and draw(st.integers(0, 3)) == 0:
        low = draw(st.integers(-1000, 1000))
        schema.update(minimum=low, maximum=low + draw(st.integers(0, 5000)))
    return schema


def enum_schema(draw: Draw, nullable: bool) -> dict[str, Any]:
    values = enum_values(draw, draw(st.integers(1, 4)))
    form = draw(st.sampled_from(["enum", "enum", "const", "bare-const"])) if len(values) == 1 else "enum"
    if form == "const" and not nullable:
        return {"type": "string", "const": values[0]}
    if form == "bare-const" and not nullable:
        return {"const": values[0]}
    if nullable:
        return {"type": ["string", "null"], "enum": [*values, None]}
    return {"type": "string", "enum": values}


def nullable_wrap(draw: Draw, schema: dict[str, Any]) -> dict[str, Any]:
    first = draw(st.booleans())
    options = [schema, {"type": "null"}] if first else [{"type": "null"}, schema]
    return {"anyOf": options}


def type_schema(draw: Draw, plan: Plan, at: At) -> tuple[dict[str, Any], bool]:
    """A schema in a type position and whether it admits null."""
    deep = at.depth >= MAX_DEPTH
    kinds = ["string", "string", "integer", "number", "boolean", "enum", "enum", "ref", "ref", "ref"]
    if not deep:
        kinds += ["array", "array", "map", "object", "object", "anyof", "union"]
    kind = draw(st.sampled_from(kinds))
    nullable = not at.in_array and draw(st.integers(0, 4)) == 0  # nullable items and map values: refused
    if kind in ("string", "integer", "number", "boolean"):
        return primitive(draw, kind, nullable), nullable
    if kind == "enum":
        return enum_schema(draw, nullable), nullable
    if kind == "ref":
        targets = ref_targets(plan, at)
        if not targets:
            return primitive(draw, "string", nullable), nullable
        # (a nullable anyOf component, often one that contains itself, is picked more often than its share)
        favoured = [j for j in targets if j != at.index and plan.kinds[j] == "anyof" and plan.nullable[j]]
        j = draw(st.sampled_from(favoured if favoured and draw(st.booleans()) else targets))
        schema: dict[str, Any] = {"$ref": f"#/components/schemas/{plan.names[j]}"}
        if nullable and not plan.nullable[j]:
            return nullable_wrap(draw, schema), True
        return schema, plan.nullable[j]
    if kind == "array":
        items, _ = type_schema(draw, plan, at.down(in_array="array"))
        schema = {"type": ["array", "null"] if nullable else "array", "items": items}
        if draw(st.integers(0, 3)) == 0:
            schema["minItems"] = draw(st.integers(0, 1))
            schema["maxItems"] = schema["minItems"] + draw(st.integers(1, 4))
        return schema, nullable
    if kind == "map":
        values, _ = type_schema(draw, plan, at.down(in_array="map"))
        schema = {"type": "object", "additionalProperties": values}
        return (nullable_wrap(draw, schema), True) if nullable else (schema, False)
    if kind == "object":
        schema = object_schema(draw, plan, at.down(in_array=""), MAX_PROPERTIES - 2)
        return (nullable_wrap(draw, schema), True) if nullable else (schema, False)
    if kind == "anyof":
        return anyof_schema(draw, plan, at.down(in_array=""), nullable)
    schema = inline_union(draw, plan, at.down(in_array=""))
    return (nullable_wrap(draw, schema), True) if nullable else (schema, False)


def ref_targets(plan: Plan, at: At) -> list[int]:
    """The components a `$ref` at `at` may point at: earlier ones; itself and later ones (recursion, mutual
    recursion) only below an optional field, so every schema has finite instances; no nullable one as
    array items or map values (refused in strict mode)."""
    forward = at.optional and enabled("mutual-recursion")
    targets = [j for j in range(len(plan.names)) if j < at.index or forward or at.optional and j == at.index]
    if at.in_array:
        targets = [j for j in targets if not plan.nullable[j]]
    if not enabled("recursive-nullable-anyof"):  # no cycle through a nullable anyOf component
        targets = [j for j in targets if j < at.index or not (plan.kinds[j] == "anyof" and plan.nullable[j])]
    return targets


def object_schema(draw: Draw, plan: Plan, at: At, most: int, tag: tuple[str, str] | None = None,
                  exclude: set[tuple[str, ...]] | None = None, may_close: bool = True) -> dict[str, Any]:
    """An object; with `tag`, the union member whose required `tag[0]` is the one value `tag[1]`; now
    and then closed (`additionalProperties: false`: an unknown field is an error)."""
    closed = may_close and draw(st.integers(0, 7)) == 0
    count = draw(st.integers(0 if tag else 1 if at.depth == 0 else 0, most))
    taken = set(exclude or ())
    if tag:
        taken.add(_key(tag[0]))
    properties: dict[str, Any] = {}
    required: list[str] = []
    if tag:
        form = draw(st.sampled_from(["const", "bare-const", "enum"]))
        properties[tag[0]] = ({"type": "string", "const": tag[1]} if form == "const" else {"const": tag[1]}
                              if form == "bare-const" else {"type": "string", "enum": [tag[1]]})
        required.append(tag[0])
    if enabled("python-field-named-like-its-type") and count and draw(st.integers(0, 5)) == 0:
        # a field named exactly like the component it holds (`Alpha: {$ref: Alpha}`, `any: {$ref: any}`)
        optional = draw(st.booleans())
        named = [j for j in ref_targets(plan, At(at.index, at.depth, at.optional or optional))
                 if _key(plan.names[j]) and _key(plan.names[j])[0] not in {k[0] for k in taken if k}]
        if named:
            j = draw(st.sampled_from(named))
            properties[plan.names[j]] = {"$ref": f"#/components/schemas/{plan.names[j]}"}
            taken.add(_key(plan.names[j]))
            count -= 1
            if not optional:
                required.append(plan.names[j])
    for word in _distinct(draw, plan.prop_words, count, taken):
        wire = wire_name(draw, word)
        optional = draw(st.booleans())
        prop, nullable = type_schema(draw, plan, At(at.index, at.depth, at.optional or optional))
        if optional and draw(st.integers(0, 3)) == 0 and (default := _default(draw, prop, nullable)) is not None:
            prop = {**prop, "default": default[0]}
        properties[wire] = {**prop, **_description(draw), **({"deprecated": True} if draw(st.integers(0, 9)) == 0
                                                             else {})}
        if not optional:
            required.append(wire)
    order = list(properties)
    if draw(st.booleans()):
        order = draw(st.permutations(order))
    schema: dict[str, Any] = {"type": "object", **_description(draw),
                              "properties": {k: properties[k] for k in order}}
    if required:
        schema["required"] = draw(st.permutations(required))
    if closed and enabled("closed-objects"):
        schema["additionalProperties"] = False
    return schema


def _default(draw: Draw, schema: dict[str, Any], nullable: bool) -> tuple[Any] | None:
    """A `default` for a primitive or enum property (what the targets write as literals), or None."""
    kinds: list[Any] = schema["type"] if isinstance(schema.get("type"), list) else [schema.get("type")]
    if "enum" in schema:
        return (draw(st.sampled_from(schema["enum"])),)
    if "const" in schema:
        return (schema["const"],)
    choices: list[Any] = [None] if nullable and "null" in kinds else []
    if "string" in kinds and not {"format", "pattern", "minLength"} & set(schema):
        choices.append(draw(st.sampled_from(["", "auto", "a b", "*/", '"q"'])))
    low, high = schema.get("minimum", -5), schema.get("maximum", 5)
    if "integer" in kinds:
        choices.append(draw(st.integers(low, high)))
    if "number" in kinds:
        choices.append(draw(st.sampled_from([low, high, (low + high) / 2])))
    if "boolean" in kinds:
        choices.append(draw(st.booleans()))
    return (draw(st.sampled_from(choices)),) if choices else None


def anyof_schema(draw: Draw, plan: Plan, at: At, nullable: bool) -> tuple[dict[str, Any], bool]:
    """An untagged union: alternatives of distinct kinds (two of one kind clash in Go, by design)."""
    objects = [j for j in range(at.index) if plan.kinds[j] in ("object", "member", "allof", "union")
               and not plan.nullable[j]]
    kinds = ["string", "integer", "number", "boolean", "enum", "array", "map", "object"]
    kinds += [f"ref{j}" for j in objects]
    chosen = draw(st.lists(st.sampled_from(kinds), min_size=2, max_size=3, unique=True))
    if sum(k in ("string", "enum") for k in chosen) == 2 and len(chosen) > 2:
        chosen.remove("enum")  # a string and an enum: only as a pair (an open enum)
    # a nullable anyOf component that contains itself: its object alternative holds it again (null ends it)
    itself = (nullable and at.depth == 0 and plan.kinds[at.index] == "anyof" and enabled("recursive-nullable-anyof")
              and draw(st.integers(0, 3)) > 0)
    if itself and "object" not in chosen:
        chosen[-1] = "object"
    alternatives: list[dict[str, Any]] = []
    inner = At(at.index, at.depth, at.optional, in_array="array")
    for kind in chosen:
        if kind in ("string", "integer", "number", "boolean"):
            alternatives.append(primitive(draw, kind, False))
        elif kind == "enum":
            alternatives.append(enum_schema(draw, False))
        elif kind == "array":
            items = draw(st.sampled_from(["string", "integer", "boolean"]))
            alternatives.append({"type": "array", "items": {"type": items}})
        elif kind == "map":
            alternatives.append({"type": "object", "additionalProperties": primitive(draw, "string", False)})
        elif kind == "object" and itself:
            word = draw(st.sampled_from(plan.prop_words))
            alternative = object_schema(draw, plan, inner.down(), 2, exclude={_key(word)})
            alternative["properties"][wire_name(draw, word)] = {"$ref": f"#/components/schemas/{plan.names[at.index]}"}
            alternatives.append({"title": draw(st.sampled_from(["Named", "Point", "Bounds"])), **alternative})
        elif kind == "object":
            alternatives.append({"title": draw(st.sampled_from(["Named", "Point", "Bounds"])),
                                 **object_schema(draw, plan, inner.down(), 3)})
        else:
            alternatives.append({"$ref": f"#/components/schemas/{plan.names[int(kind[3:])]}"})
    if nullable:
        alternatives.insert(draw(st.integers(0, len(alternatives))), {"type": "null"})
    return {"anyOf": alternatives}, nullable


def inline_union(draw: Draw, plan: Plan, at: At) -> dict[str, Any]:
    """A discriminated union in a type position, its members inline objects."""
    prop = draw(st.sampled_from(TAG_PROPERTIES))
    values = tag_values(draw, plan, draw(st.integers(2, 3)))
    if len(values) < 2:  # the document used up its tag values
        return object_schema(draw, plan, at, MAX_PROPERTIES - 2)
    members = [object_schema(draw, plan, at, 2, tag=(prop, v)) for v in values]
    schema: dict[str, Any] = {"oneOf": members}
    if prop != "type" or draw(st.booleans()):
        schema["discriminator"] = {"propertyName": prop}
    return schema


def tag_values(draw: Draw, plan: Plan, count: int) -> list[str]:
    """Discriminator values: distinct in the whole document (two unions an untagged anyOf puts together
    would otherwise share a value, which is an error by design)."""
    pool = ENUM_WORDS + TAG_WORDS
    if not enabled("python-inline-name-like-component"):  # an inline member is named after its tag in Python
        pool = [w for w in pool if w not in plan.component_words]
    firsts = _distinct(draw, pool, count, plan.tags_used)
    plan.tags_used.update(_key(v) for v in firsts)
    style = draw(st.sampled_from(["plain", "dotted", "snake"]))
    if style == "dotted":
        return [f"item.{v}" for v in firsts]
    if style == "snake":
        return [f"{v}_event" for v in firsts]
    return firsts


# ---- components ----
def component(draw: Draw, plan: Plan, index: int) -> dict[str, Any]:
    kind = plan.kinds[index]
    at = At(index)
    if kind == "object":
        return object_schema(draw, plan, at, MAX_PROPERTIES)
    if kind == "member":
        return object_schema(draw, plan, at, 3, tag=plan.tags[index])
    if kind == "enum":
        return {**enum_schema(draw, plan.nullable[index]), **_description(draw)}
    if kind == "alias":
        shape = draw(st.sampled_from(["primitive", "array", "map"]))
        if shape == "primitive":
            return primitive(draw, draw(st.sampled_from(["string", "integer", "number", "boolean"])),
                             plan.nullable[index])
        inner, _ = type_schema(draw, plan, At(index, 1, False, in_array=shape))
        if shape == "array":
            return {"type": "array", "items": inner, **_description(draw)}
        return {"type": "object", "additionalProperties": inner, **_description(draw)}
    if kind == "anyof":
        return {**anyof_schema(draw, plan, at, plan.nullable[index])[0], **_description(draw)}
    if kind == "allof":
        # (not a closed object: with more fields beside it, an allOf of it has no instances)
        bases = [j for j in range(index) if plan.kinds[j] in ("object", "member")
                 and plan.schemas[j].get("additionalProperties") is not False]
        if not bases:
            return object_schema(draw, plan, at, MAX_PROPERTIES)
        base = draw(st.sampled_from(bases))
        inherited = {_key(p) for p in plan.schemas[base].get("properties", {})}
        own = object_schema(draw, plan, at, 3, exclude=inherited, may_close=False)
        return {"allOf": [{"$ref": f"#/components/schemas/{plan.names[base]}"}, own], **_description(draw)}
    # a discriminated union of its planned members
    members = plan.unions[index]
    prop = plan.tags[members[0]][0]
    refs = [{"$ref": f"#/components/schemas/{plan.names[m]}"} for m in members]
    options: list[dict[str, Any]] = list(refs)
    if draw(st.integers(0, 2)) == 0 and (more := tag_values(draw, plan, 1)):  # and a member written inline
        options.insert(draw(st.integers(0, len(options))), object_schema(draw, plan, At(index, 1), 2, tag=(prop, more[0])))
    schema: dict[str, Any] = {"oneOf": options, **_description(draw)}
    if draw(st.integers(0, 9)) == 0:
        schema["deprecated"] = True
    if prop != "type" or draw(st.booleans()):
        schema["discriminator"] = {"propertyName": prop}
        if draw(st.booleans()):
            schema["discriminator"]["mapping"] = {plan.tags[m][1]: r["$ref"] for m, r in zip(members, refs)}
    if draw(st.integers(0, 2)) == 0:
        schema["x-xsdk-union-member-names"] = ["openrouter"]
    return schema


def make_plan(draw: Draw) -> Plan:
    total = draw(st.integers(1, MAX_COMPONENTS))
    kinds: list[str] = []
    while len(kinds) < total:
        kind = draw(st.sampled_from(["object", "object", "object", "union", "enum", "alias", "anyof", "allof"]))
        if kind == "union":
            if len(kinds) + 3 > MAX_COMPONENTS:
                continue
            kinds += ["member"] * draw(st.integers(2, min(3, MAX_COMPONENTS - len(kinds) - 1))) + ["union"]
        else:
            kinds.append(kind)
    pool = COMPONENT_WORDS + (ODD_COMPONENTS if draw(st.booleans()) else [])
    names = [component_name(draw, w) for w in _distinct(draw, pool, len(kinds))]
    kinds = kinds[:len(names)]
    # what a component's own schema admits null for: nullable enums, aliases and untagged unions
    # (an anyOf one time in two: a nullable anyOf that contains itself is a construct of its own)
    nullable = [k in ("enum", "alias", "anyof") and draw(st.integers(0, 1 if k == "anyof" else 3)) == 0 for k in kinds]
    plan = Plan(names, kinds, nullable)
    plan.component_words = used = {w.lower() for n in names for w in words(n)}
    props = PROPERTY_WORDS + (ODD_PROPERTIES if draw(st.booleans()) else [])
    if enabled("object-prototype-wire-names") and draw(st.booleans()):
        props += PROTOTYPE_PROPERTIES
    if enabled("python-inline-name-like-component") and draw(st.integers(0, 3)) == 0:
        props += [n.lower() for n in names]  # a property named like a component: its inline type is too
    else:
        props = [p for p in props if not {w.lower() for w in words(p)} & used]
    plan.prop_words = props
    start = None
    for index, kind in enumerate(kinds):
        if kind == "member" and start is None:
            start = index
        if kind == "union":
            assert start is not None
            members = list(range(start, index))
            prop = draw(st.sampled_from(TAG_PROPERTIES))
            plan.unions[index] = members
            for m, value in zip(members, tag_values(draw, plan, len(members))):
                plan.tags[m] = (prop, value)
            start = None
    return plan


@st.composite
def documents(draw: Draw) -> dict[str, Any]:
    """An OpenAPI 3.1 document whose components/schemas xsdk must generate, compile and round-trip."""
    plan = make_plan(draw)
    for index in range(len(plan.names)):
        plan.schemas[index] = component(draw, plan, index)
    order = list(range(len(plan.names)))
    if draw(st.booleans()):
        order = draw(st.permutations(order))  # components need not come before their users
    return {"openapi": "3.1.0", "info": {"title": "fuzz", "version": "1.0.0"},
            "components": {"schemas": {plan.names[i]: plan.schemas[i] for i in order}}}
