"""Generated test data shared by test_generated_data.py and test_differential.py.

For every component: valid instances drawn by hypothesis-jsonschema from the referee's bundled schema
(`Referee.bundled`), plus the schema's own examples; then one-defect variants of them, each with the
JSON path (wire names) where the languages must report it, and valid variants: an integral float (`2.0`)
where the schema says integer, a nested unknown field on an object, awkward Unicode in a free-text field.
Instances are walked as the languages decode them (`sites`): into the member a tagged union's tag names,
into the first alternative of an untagged union (AnyOfDecl) that fits, where a defect is reported at the
union's own path. Everything is seeded (`derandomize=True`), so a run always sees the same cases.

The data is built once per process (`corpus`, cached) and is only data: the tests decide who must
accept or reject what.
"""

from __future__ import annotations

import copy
import json
import multiprocessing
import os
import re
import types
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

import jsonschema
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.internal.conjecture import utils as conjecture_utils

from generator.load import Workspace
from generator.referee import Referee

# ---- how much and how big ----
MAX_EXAMPLES = 25  # hypothesis examples per component (fewer come out once duplicates are dropped)
# hypothesis-jsonschema spends seconds (minutes for `Response`) canonicalising and drawing from a large
# bundle: one with more definitions than this is drawn PRUNED (`generation_schema(pruned=True)`): what
# lies behind more than PRUNED_DEPTH `$ref`s holds only its required fields and its arrays their fewest
# items, so its instances are small, but its own fields and the required fields of every union member
# are all drawn. What is cut is drawn where it is a component of its own (the sample, XSDK_FULL_CORPUS).
DRAW_AT_MOST_DEFS = 100
PRUNED_DEPTH = 0
MAX_STRING = 12  # characters, for strings the schema leaves unbounded (any Unicode but lone surrogates)
MAX_ITEMS = 3
MAX_EXTRA = 3  # unknown fields per object, at most
# hypothesis-jsonschema needs every `$ref` inlined (`_unroll`). Inlined in full, a document of several
# mutually recursive components grows exponentially (each one holding all the others, again and again: 2 MB
# for 8 components, minutes of canonicalising and validating per draw). So only FULL_REFS `$ref`s deep, and
# only until a component comes round again (recursion), is everything drawn; below that only FINITE choices
# are taken: optional fields absent, null where null is allowed, arrays and maps as small as they may be. A
# component coming round again inside that finite part is a cycle of required fields: nothing is drawn there
# (a union's other options, which end, are).
FULL_REFS = 3
# Integers stay within ±(2^53 − 1): TypeScript rejects integers beyond that by design (README "Known
# limits": they must be safe integers), and Go holds integers as float64 (`integer = "float64"`), which
# cannot represent them exactly. hypothesis-jsonschema would otherwise draw integers of 30+ digits.
SAFE_INTEGER = 2**53 - 1
# Fields the schema does not know (every object allows them but one with `additionalProperties: false`,
# a "closed object", whose unknown fields are defects instead): named `x_…` so that they can never
# be taken for a known field, holding a small JSON scalar (bounded numbers: JavaScript parses every
# JSON number as a double, so an unknown field's 2^60 would come back rounded from TypeScript; that is
# JSON in JavaScript, not a binding's choice). Nested unknown values cost hypothesis-jsonschema seconds
# per component, so the "unknown field" variants below add one (NESTED_UNKNOWN) instead.
EXTRA_NAME = "^x_[a-z0-9_]{0,6}$"
EXTRA_VALUE = {"type": ["null", "boolean", "integer", "number", "string"], "maxLength": 6,
               "minimum": -1000000, "maximum": 1000000}
# Text that is awkward on the wire, put into every free-text field once ("unicode text" variants):
# NUL, U+0085 NEXT LINE, U+2028/U+2029 separators, a character outside the BMP (a surrogate pair in
# JSON and UTF-16), a combining accent, a right-to-left mark, a quote and a backslash.
UNICODE_TEXT = "\x00\u0085\u2028\u2029\U0001F600e\u0301\u200f\"\\"
NESTED_UNKNOWN = ("x_future", {"list": [1, 2.5, "s", None, True, {"deep": []}], "object": {"k": {}}})


def examples_for(defs: int) -> int:
    """hypothesis examples for a bundle with `defs` definitions: fewer for larger bundles, whose draws
    (and whose instances' validation: a oneOf of 58 members is checked member by member) cost more. Most
    must come out distinct (test_the_corpus_covers_every_member_and_every_kind_of_defect)."""
    return MAX_EXAMPLES if defs <= 20 else 18 if defs <= DRAW_AT_MOST_DEFS else 10


LONGEST = 4096  # a length or item limit beyond this is not tried (every case would carry that much)
OFF_PATTERN = ("!", "a b", " ", "\u00e9", "_")  # strings tried against a `pattern` until one is refused

# Replacement values for "wrong JSON type" defects, one per JSON type.
WRONG_TYPE = [None, "wrong", 7, True, [1], {"k": 1}]


@dataclass(frozen=True)
class Case:
    component: str
    kind: str  # "example", "generated", "integral float", "unknown field", "unicode text" (valid); a defect kind
    value: Any
    expect: str  # "accept"; "reject" (at `path`); "unknown" (a union's new discriminator value, rule 3)
    # where a language reports the defect, in wire names: the changed place itself, or, inside an
    # untagged union (AnyOfDecl: first alternative that fits), the path of that union (the outermost one),
    # where the languages say "expected one of: ..."
    path: str = "$"
    # for a union component: the member (component id) the original value's tag names; for an untagged
    # one: the first alternative (component id) that accepts the original value
    member: str | None = None
    note: str = ""  # what was changed, for messages
    at: tuple[str | int, ...] = ()  # the place the variant changed (= `path` but inside an untagged union)
    union: tuple[str | int, ...] | None = None  # for "unknown": where the union whose tag was changed is
    schema: Any = None  # the (resolved) schema of the changed place, for rules that depend on it

    @property
    def valid(self) -> bool:
        return self.expect == "accept"

    def describe(self) -> str:
        text = json.dumps(self.value, ensure_ascii=True)
        return f"{self.component} [{self.kind}{': ' + self.note if self.note else ''}] {text[:300]}"


@dataclass
class Corpus:
    referee: Referee
    bundles: dict[str, dict[str, Any]]
    cases: dict[str, list[Case]]  # component -> valid cases first, then broken ones
    failures: dict[str, str]  # component -> why hypothesis-jsonschema drew nothing for it
    pruned: dict[str, str]  # component -> how it was drawn, for a bundle drawn pruned

    def valid(self, component: str) -> list[Case]:
        return [c for c in self.cases[component] if c.valid]

    def broken(self, component: str) -> list[Case]:
        return [c for c in self.cases[component] if not c.valid]


HAND_WRITTEN = 12  # the root document lists the project's own components first; `xsdk import` appends
# Of the imported ones, every SAMPLE_EVERY-th by position; XSDK_FULL_CORPUS=1 takes them all. The sample is
# off in `make test`; the binding gaps it found (additionalProperties: false, pattern, map-key paths, Go
# map aliases, TS __proto__) are fixed and tested in test_strictness.py, and XSDK_SAMPLE_EVERY=8 passes
# test_generated_data.py and test_differential.py.
SAMPLE_EVERY = int(os.environ.get("XSDK_SAMPLE_EVERY", "0"))


def component_names(schema: Path) -> list[str]:
    """The components the corpus covers (cheap: for parametrizing at collection time): all the
    hand-written ones and a fixed sample of the imported ones, so `make test` stays fast."""
    names: list[str] = Referee(Workspace.open(schema)).component_names()
    if os.environ.get("XSDK_FULL_CORPUS"):
        return names
    return names[:HAND_WRITTEN] + (names[HAND_WRITTEN::SAMPLE_EVERY] if SAMPLE_EVERY else [])


@lru_cache(maxsize=None)
def corpus(schema: Path) -> Corpus:
    """Every component's cases, drawn in WORKERS processes (each component on its own: the same cases
    whichever process draws them, in the same order)."""
    global _REFEREE
    referee = _REFEREE = Referee(Workspace.open(schema))
    names = component_names(schema)
    bundles = {name: referee.bundled(name) for name in names}
    examples = _schema_examples(referee)
    jobs = sorted(((name, examples.get(name, [])) for name in names),  # the costliest first
                  key=lambda job: -len(bundles[job[0]].get("$defs", {})))
    if WORKERS > 1 and len(jobs) > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(min(WORKERS, len(jobs))) as pool:
            done = dict(zip((name for name, _ in jobs), pool.map(_component_cases, jobs, chunksize=1)))
    else:
        done = {name: _component_cases((name, values)) for name, values in jobs}
    cases = {name: done[name][0] for name in names}
    failures = {name: str(done[name][1]) for name in names if done[name][1]}
    pruned = {name: str(done[name][2]) for name in names if done[name][2]}
    return Corpus(referee, bundles, cases, failures, pruned)


# processes drawing the corpus (the components are independent; hypothesis draws the same instances in
# any process); XSDK_CORPUS_WORKERS=1 draws them all in the test process
WORKERS = int(os.environ.get("XSDK_CORPUS_WORKERS", 0)) or (
    len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
_REFEREE: Referee | None = None  # the corpus' referee, for the worker processes (forked: inherited)


def _component_cases(job: tuple[str, list[Any]]) -> tuple[list[Case], str | None, str | None]:
    """(cases, why nothing was drawn or None, how a large bundle was drawn or None) for one component."""
    name, examples = job
    assert _REFEREE is not None
    try:
        return _cases_of(name, _REFEREE.bundled(name), examples)
    except Exception as exc:  # noqa: BLE001 - said per component (test_the_corpus_covers_...), not for all
        return [], f"building its cases failed: {type(exc).__name__}: {str(exc)[:300]}", None


def _cases_of(name: str, bundle: dict[str, Any], examples: list[Any]) -> tuple[list[Case], str | None, str | None]:
    failure = note = None
    valid = [Case(name, "example", v, "accept", member=_member(bundle, v)) for v in examples]
    seen = {_key(c.value) for c in valid}
    defs = len(bundle.get("$defs", {}))
    try:
        drawn = draw(generation_schema(bundle, pruned=defs > DRAW_AT_MOST_DEFS), examples_for(defs))
    except Exception as exc:  # noqa: BLE001 - hypothesis-jsonschema cannot draw from it: said per component
        drawn, failure = [], f"{type(exc).__name__}: {str(exc)[:300]}"
    if defs > DRAW_AT_MOST_DEFS:
        # pruning a oneOf's options can make an instance match two of them, which the bundle refuses
        check = _whole_validator(bundle)
        kept = [v for v in drawn if check(v)]
        note = f"{defs} definitions: drawn pruned, {len(kept)} of {len(drawn)} drawn kept"
        drawn = kept
    else:
        drawn += _members_left_out(bundle, drawn)
    for value in drawn:
        if _key(value) not in seen:
            seen.add(_key(value))
            valid.append(Case(name, "generated", value, "accept", member=_member(bundle, value)))
    return valid + variants(bundle, valid), failure, note


# ---- valid instances ----
MEMBER_EXAMPLES = 3  # instances of a union member that the draws of its union did not reach


def _members_left_out(bundle: dict[str, Any], drawn: list[Any]) -> list[Any]:
    """For a tagged union (`ComputerAction`: 9 members): instances of the members none of `drawn` is
    of, drawn from the member alone (an instance of a member is one of the union: the tags differ)."""
    bundle = rooted(bundle)
    defs = bundle.get("$defs", {})
    options = [o for o in bundle.get("oneOf") or bundle.get("anyOf") or []
               if not _is_null(_resolve(o, defs, bundle))]
    tags = _tag_values(options, defs, bundle)
    if tags is None:
        return []
    reached = {value.get(TAG) for value in drawn if isinstance(value, dict)}
    more: list[Any] = []
    for option, tag in zip(options, tags):
        if tag not in reached:
            member = {**_resolve(option, defs, bundle), "$defs": defs}
            more += draw(generation_schema(member), MEMBER_EXAMPLES)
    return more


def draw(schema: dict[str, Any], max_examples: int = MAX_EXAMPLES) -> list[Any]:
    """Instances of `schema` drawn by hypothesis-jsonschema, seeded: the same list on every run."""
    from hypothesis_jsonschema import from_schema

    _hypothesis_jsonschema_compat()
    found: list[Any] = []

    @settings(derandomize=True, database=None, max_examples=max_examples, deadline=None,
              phases=[Phase.generate], suppress_health_check=[HealthCheck.too_slow])
    @given(from_schema(schema))
    def collect(value: Any) -> None:
        found.append(value)

    with _no_local_constants(), _strategies_built_once():
        collect()
    if not found:  # (hypothesis raises Unsatisfiable for a schema nothing matches; never an empty list)
        raise ValueError("hypothesis-jsonschema drew no instance")
    return found


@contextmanager
def _strategies_built_once() -> Iterator[None]:
    """hypothesis-jsonschema builds the strategy of an object's field anew each time it draws the field,
    canonicalising (and merging) its schema again: for a field holding a union of large objects (a list
    of `Tool`s) that is most of a second per instance. For the time of a draw the two functions that do it
    remember their strategy per schema object (the same dict objects come back on every draw; they are
    kept alive here, so an id is never reused): the same strategies, the same instances, built once."""
    import hypothesis_jsonschema._from_schema as module

    originals = {name: getattr(module, name) for name in ("__from_schema", "merged_as_strategies")}
    built: dict[tuple[Any, ...], tuple[Any, Any]] = {}

    def once(name: str) -> Any:
        def build(schemas: Any, **options: Any) -> Any:
            parts = tuple(schemas) if isinstance(schemas, list) else (schemas,)  # a list is made anew each time
            key = (name, *map(id, parts), *(id(options[k]) for k in sorted(options)))
            if key not in built or any(a is not b for a, b in zip(built[key][0], parts)):
                built[key] = (parts, originals[name](schemas, **options))
            return built[key][1]
        return build

    for name in originals:
        setattr(module, name, once(name))
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(module, name, function)


@contextmanager
def _no_local_constants() -> Iterator[None]:
    """Hypothesis mixes literals found in every local module imported so far (generator/, generated/,
    a datamodel-codegen output ...) into its draws, so the same seed gave different instances depending
    on which test files a session had imported (`pytest tests/test_differential.py` vs `make test`).
    For the time of a draw its pool of local constants is empty (its global ones stay), so every session
    sees the same corpus."""
    from hypothesis.internal.conjecture import providers
    from hypothesis.internal.constants_ast import Constants

    original = getattr(providers, "_get_local_constants")
    providers.CONSTANTS_CACHE.cache.clear()
    setattr(providers, "_get_local_constants", Constants)  # an empty pool
    try:
        yield
    finally:
        setattr(providers, "_get_local_constants", original)
        providers.CONSTANTS_CACHE.cache.clear()


def generation_schema(bundle: dict[str, Any], pruned: bool = False) -> dict[str, Any]:
    """The bundle with the size limits above added. Every instance of the result is an instance of
    the bundle (each change only narrows), which the tests check again with the referee; `pruned`
    (see DRAW_AT_MOST_DEFS) narrows each oneOf option, which can widen the oneOf: the corpus drops
    the few instances the bundle refuses."""

    def narrow(node: Any) -> Any:
        if not isinstance(node, dict):
            return node
        node = _merge_all_of(node, defs, bundle)
        out = {k: _map_subschemas(k, v, narrow) for k, v in node.items()}
        kinds = _types(node)
        if "string" in kinds and "enum" not in node and "const" not in node and "format" not in node:
            # (a `format: uri` is drawn as a URI, and then filtered by a length limit: mostly refused)
            out["maxLength"] = min(node.get("maxLength", MAX_STRING), MAX_STRING)
        if "integer" in kinds or "number" in kinds:
            out["minimum"] = max(node.get("minimum", -SAFE_INTEGER), -SAFE_INTEGER)
            out["maximum"] = min(node.get("maximum", SAFE_INTEGER), SAFE_INTEGER)
        if "array" in kinds:
            out["maxItems"] = min(node.get("maxItems", MAX_ITEMS), MAX_ITEMS)
        if ("object" in kinds and "additionalProperties" not in node and "patternProperties" not in node
                and not {"allOf", "anyOf", "oneOf"} & set(node)):
            # (an object whose fields its allOf/anyOf/oneOf parts declare is limited by those parts)
            out["patternProperties"] = {EXTRA_NAME: EXTRA_VALUE}
            out["additionalProperties"] = False
            # (unknown fields only in place of optional ones left out: hypothesis-jsonschema draws each
            # further field's name from the optional names left or the pattern, and gives up the whole
            # instance when it picks the optional names and none is left; with several objects per
            # instance most instances were given up, FailedHealthCheck "filtering out a lot of inputs")
            properties = node.get("properties", {})
            limit = len(properties) + (0 if set(properties) - set(node.get("required", [])) else MAX_EXTRA)
            out["maxProperties"] = min(node.get("maxProperties", limit), limit)
        return out

    defs = bundle.get("$defs", {})
    return _unroll(narrow(copy.deepcopy(bundle)), PRUNED_DEPTH if pruned else None)


# keywords an object schema in an allOf may have for the allOf to be merged into one object schema
_MERGEABLE = frozenset({"type", "properties", "required", "title", "description"})


def _merge_all_of(node: dict[str, Any], defs: dict[str, Any], bundle: dict[str, Any]) -> dict[str, Any]:
    """`allOf: [A, B, ...]` of plain object schemas ($refs resolved) as one object schema that accepts the
    same instances: properties and required lists joined (a property two parts declare: allOf of both).
    Needed before `narrow` limits unknown fields: limited part by part, each part would refuse the others'
    fields and nothing would be left to draw. Any other allOf is left as it is."""
    parts = node.get("allOf")
    if not isinstance(parts, list):
        return node
    resolved = [_merge_all_of(_resolve(p, defs, bundle), defs, bundle) for p in parts]
    if not all(isinstance(p, dict) and set(p) <= _MERGEABLE and p.get("type", "object") == "object"
               for p in resolved) or set(node) - {"allOf", "$schema", "$defs"} - _MERGEABLE:
        return node
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in [*resolved, node]:
        for key, sub in part.get("properties", {}).items():
            same = key not in properties or properties[key] == sub
            properties[key] = sub if same else {"allOf": [properties[key], sub]}
        required += [r for r in part.get("required", []) if r not in required]
    merged = {k: v for k, v in node.items() if k != "allOf"}
    merged.update(type="object", properties=properties)
    if required:
        merged["required"] = required
    return merged


def _unroll(bundle: dict[str, Any], prune_below: int | None = None) -> dict[str, Any]:
    """The bundle with every `$ref` replaced by its target: hypothesis-jsonschema inlines them itself but
    gives up on a schema that contains itself. A target is inlined in full FULL_REFS `$ref`s deep and until
    a component comes round again (recursion); below that, finitely (`_finite`: no optional field, null
    where allowed, the fewest items), and a component that comes round again inside the finite part is the
    schema nothing matches: a cycle of required fields, which a valid schema leaves through some union
    option (drawn instead) or not at all (then nothing can be drawn, and `draw` says so).
    With `prune_below`, what lies behind more than that many `$ref`s is cut down to its smallest
    instances (`_smallest`)."""
    defs = bundle.get("$defs", {})
    top = {k: v for k, v in bundle.items() if k != "$defs"}

    def inline(node: Any, stack: tuple[str, ...], finite_from: int | None) -> Any:
        # stack: "#" and the `$ref`s followed to get here; finite_from: where in it the finite part starts
        if not isinstance(node, dict):
            return node
        if prune_below is not None and len(stack) - 1 > prune_below:  # len(stack) - 1 `$ref`s followed
            node = _smallest(node)
        if finite_from is not None:
            node = _finite(node)
        ref = node.get("$ref")
        if isinstance(ref, str):
            name = "#" if ref == "#" else ref.removeprefix("#/$defs/")
            start = finite_from
            if start is None and (name in stack or prune_below is None and len(stack) > FULL_REFS):
                start = len(stack)  # the target is the first finite one
            elif start is not None and name in stack[start:]:
                return {"not": {}}
            target = inline({k: v for k, v in top.items() if k != "$schema"} if ref == "#" else defs[name],
                            stack + (name,), start)
            rest = inline({k: v for k, v in node.items() if k != "$ref"}, stack, finite_from)
            return {"allOf": [target, rest]} if rest else target
        return {k: _map_subschemas(k, v, lambda n: inline(n, stack, finite_from)) for k, v in node.items()
                if k != "$defs"}

    return inline(top, ("#",), None)  # type: ignore[no-any-return]


def _finite(node: dict[str, Any]) -> dict[str, Any]:
    """`node` narrowed to the choices that end (for the finite part of `_unroll`): its smallest instances
    (`_smallest`), and null where it allows null instead of something that may hold more (an object, an
    array, a union option), a map without entries where it may have none."""
    node = _smallest(node)
    options = node.get("anyOf") or node.get("oneOf")
    if isinstance(options, list) and any(_is_null(o) for o in options):
        return {"type": "null"}
    kinds = _types(node)
    if "null" in kinds and kinds & {"object", "array"}:
        return {"type": "null"}
    if isinstance(node.get("additionalProperties"), dict) and not node.get("minProperties"):
        node["maxProperties"] = 0
        node["additionalProperties"] = False
    return node


def _smallest(node: dict[str, Any]) -> dict[str, Any]:
    """`node` narrowed to its smallest instances: an object without its optional fields, an array with
    as few items as it may have (none are drawn from what is left out: it is not even inlined)."""
    node = dict(node)
    if isinstance(node.get("properties"), dict):
        required = set(node.get("required", []))
        if node.get("additionalProperties") is False:  # (as `narrow` made it) a field left out is refused
            node["properties"] = {k: v for k, v in node["properties"].items() if k in required}
        else:
            node["properties"] = {k: v if k in required else {"not": {}} for k, v in node["properties"].items()}
    if "items" in node or "array" in _types(node):
        node["maxItems"] = min(node.get("maxItems", node.get("minItems", 0)), node.get("minItems", 0))
        if node["maxItems"] == 0:
            node["items"] = {}
    return node


def _hypothesis_jsonschema_compat() -> None:
    """hypothesis-jsonschema 0.23.1 (the latest release, pinned in requirements.lock) builds objects
    with hypothesis' private `conjecture.utils.many` through its old `.more()`/`.reject()` interface;
    hypothesis 6.170 (also pinned) made `many` a context manager iterated with `for _ in elements:`, so
    every object schema fails with "'many' object has no attribute 'more'". This gives the module it
    uses (and only it) the old interface on top of the new one, until a release of
    hypothesis-jsonschema follows hypothesis."""
    import hypothesis_jsonschema._from_schema as module

    if hasattr(conjecture_utils.many, "more") or getattr(getattr(module, "cu"), "_xsdk_compat", False):
        return

    class Many:
        def __init__(self, data: Any, **sizes: Any) -> None:
            self._many = conjecture_utils.many(data, **sizes).__enter__()
            self._elements = iter(self._many)

        def more(self) -> bool:
            if next(self._elements, False) is None:
                return True
            self._many.__exit__(None, None, None)
            return False

        def reject(self) -> None:
            self._many.reject()

    setattr(module, "cu", types.SimpleNamespace(many=Many, _xsdk_compat=True))


# ---- walking an instance along its schema ----
@dataclass(frozen=True)
class Site:
    """One node of an instance with the (resolved) schema that describes it."""

    path: tuple[str | int, ...]
    schema: dict[str, Any]
    value: Any
    tag_of: tuple[str | int, ...] | None = None  # this node is the discriminator of the union at that path
    # inside an untagged union (AnyOfDecl) alternative: the path of the outermost such union, where the
    # languages report every defect below it (none of the alternatives fits any more)
    reported_at: tuple[str | int, ...] | None = None
    shape: tuple[str, ...] = ()  # the path with array indices as "[]" and map keys as "{}" (for dedup)


def sites(bundle: dict[str, Any], value: Any) -> Iterator[Site]:
    """The nodes of `value` as the languages decode it: into the member a tagged union's tag names, into
    the first alternative of an untagged union that accepts the value, into the one alternative of a
    nullable schema; into object fields, array items and map values."""
    bundle = rooted(bundle)
    defs = bundle.get("$defs", {})

    def walk(schema: Any, value: Any, path: tuple[str | int, ...], shape: tuple[str, ...],
             tag_of: tuple[str | int, ...] | None, reported_at: tuple[str | int, ...] | None,
             discriminator: str | None = None) -> Iterator[Site]:
        schema = _resolve(schema, defs, bundle)
        if not isinstance(schema, dict):
            return
        schema = _merge_all_of(schema, defs, bundle)
        yield Site(path, schema, value, tag_of, reported_at, shape)
        options = schema.get("oneOf") or schema.get("anyOf")
        if options:
            how, branch = _branch(options, value, defs, bundle)
            if branch is not None:
                inner = path if how == "untagged" and reported_at is None else reported_at
                yield from walk(branch, value, path, shape, tag_of if how == "nullable" else None, inner,
                                TAG if how == "tagged" else None)
            return
        if isinstance(value, dict) and "object" in _types(schema):
            properties = schema.get("properties", {})
            for key, sub in properties.items():
                if key in value:
                    yield from walk(sub, value[key], path + (key,), shape + (key,),
                                    path if key == discriminator else None, reported_at)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and not schema.get("patternProperties"):
                for key in value:
                    if key not in properties:
                        yield from walk(extra, value[key], path + (key,), shape + ("{}",), None, reported_at)
        elif isinstance(value, list) and "array" in _types(schema) and isinstance(schema.get("items"), dict):
            for index, item in enumerate(value):
                yield from walk(schema["items"], item, path + (index,), shape + ("[]",), None, reported_at)

    yield from walk(bundle, value, (), (), None, None)


TAG = "type"  # every discriminator in xsdk's schemas (explicit or inferred, generator/lower.py) is `type`


def _branch(options: list[Any], value: Any, defs: dict[str, Any], bundle: dict[str, Any]) -> tuple[str, Any]:
    """How the languages decode a oneOf/anyOf (generator/lower.py) and which option `value` goes to:
    ("nullable", the option) when one option besides null is left (a nullable X: no union at all);
    ("tagged", the member its tag names) for a discriminated union (`_tag_values`); else ("untagged", the
    first option that accepts it): AnyOfDecl, and also an open enum (a string or one of some values)."""
    real = [o for o in options if not _is_null(_resolve(o, defs, bundle))]
    if len(real) == 1:
        return "nullable", real[0] if value is not None else None
    tags = _tag_values(real, defs, bundle)
    if tags is not None:
        tag = value.get(TAG) if isinstance(value, dict) else None
        return "tagged", next((o for o, t in zip(real, tags) if t == tag), None)
    return "untagged", next((o for o in real if _validator(_resolve(o, defs, bundle), defs).is_valid(value)), None)


def _tag_values(options: list[Any], defs: dict[str, Any], bundle: dict[str, Any]) -> list[str] | None:
    """Each option's tag when these (non-null) options make a tagged union as generator/lower.py decides
    (`tagged`, `implicit_tag`): every option an object (allOf merged) that requires `type` with exactly one
    string value and is no union itself. Otherwise None: an untagged union (a member with several `type`
    values, `WebSearchTool`; an optional `type`, `InputMessage`; a member that is a union itself,
    `InputItem`'s `Item`)."""
    if len(options) < 2:
        return None
    tags = []
    for option in options:
        schema = _merge_all_of(_resolve(option, defs, bundle), defs, bundle)
        if not isinstance(schema, dict) or "oneOf" in schema or "anyOf" in schema:
            return None
        tag = _one_value(schema.get("properties", {}).get(TAG))
        if TAG not in schema.get("required", []) or not isinstance(tag, str):
            return None
        tags.append(tag)
    return tags


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null" and len(schema) <= 2


def variants(bundle: dict[str, Any], valid: list[Case]) -> list[Case]:
    """One-defect variants of the valid cases, and their valid variants; of variants that change the
    same place of the same union member in the same way (array indices and map keys ignored) only the
    first is kept.
    Each is checked against the whole bundle: a change that another union alternative still accepts is
    no defect, and a change the whole refuses (somewhere else) is no valid variant; such are left out."""
    out: list[Case] = []
    seen: set[tuple[Any, ...]] = set()
    bundle = rooted(bundle)
    defs = bundle.get("$defs", {})
    whole = _whole_validator(bundle)
    for case in valid:
        for site in sites(bundle, case.value):
            accepts = _validator(site.schema, defs).is_valid
            for kind, label, change, expect in _defects(site, accepts, defs, bundle):
                where = site.shape + tuple(str(p) for p in change[0][len(site.path):])
                key = (case.member, kind, label, where)
                if key in seen:
                    continue
                value = _replace(case.value, *change)
                if whole(value) != (expect == "accept"):
                    continue
                seen.add(key)
                reported = site.reported_at if site.reported_at is not None else change[0]
                out.append(Case(case.component, kind, value, expect, json_path(reported), case.member,
                                _note(kind, change, site), at=change[0],
                                union=site.tag_of if expect == "unknown" else None,
                                schema=_changed_schema(site, change[0], defs, bundle)))
    return out


def _whole_validator(bundle: dict[str, Any]) -> Any:
    """`is_valid` of the bundle (for a tagged union: of the member the tag names, see `_error_source`)."""
    errors = _error_source(bundle)
    return lambda value: next(iter(errors(value)), None) is None


def _changed_schema(site: Site, path: tuple[str | int, ...], defs: dict[str, Any], bundle: dict[str, Any]) -> Any:
    """The schema of the changed place: the site's, or for a field added to or dropped from the site's
    object, the field's."""
    if path == site.path:
        return site.schema
    return _resolve(site.schema.get("properties", {}).get(path[-1]), defs, bundle)


_DROP = object()


def _defects(site: Site, accepts: Any, defs: dict[str, Any], bundle: dict[str, Any]
             ) -> Iterator[tuple[str, str, tuple[tuple[str | int, ...], Any], str]]:
    """(kind, label, (path, new value or _DROP), expectation) for every defect of this site; `label`
    tells apart defects of one kind at one place (which JSON type, which bound)."""
    path, schema, value = site.path, site.schema, site.value
    kinds = _types(schema)
    if isinstance(value, dict) and "object" in kinds:
        if NESTED_UNKNOWN[0] not in schema.get("properties", {}):
            if accepts({**value, NESTED_UNKNOWN[0]: 1}):
                yield "unknown field", "", (path + (NESTED_UNKNOWN[0],), NESTED_UNKNOWN[1]), "accept"
            elif schema.get("additionalProperties") is False:
                # `additionalProperties: false`: an unknown field is a defect, reported at its own path
                yield "closed object", "", (path + (NESTED_UNKNOWN[0],), NESTED_UNKNOWN[1]), "reject"
        for key in schema.get("required", []):
            if key in value:
                yield "missing required", key, (path + (key,), _DROP), "reject"
        # an optional field the instance left out, added with a value of a wrong type or out of range
        for key, sub in schema.get("properties", {}).items():
            if key not in value:
                sub = _resolve(sub, defs, bundle)
                yield from _any_value_defects(sub, path + (key,), _validator(sub, defs).is_valid, defs, bundle)
    yield from _any_value_defects(schema, path, accepts, defs, bundle)
    # a map with one entry too many, or with a key its `propertyNames` refuses (the value of an entry
    # it has, copied): reported at the map's own path
    most, names = schema.get("maxProperties"), schema.get("propertyNames")
    if isinstance(value, dict) and value and isinstance(most, int) and most < LONGEST:
        entry = value[next(iter(value))]
        more = {**value, **{f"x_more_{i}": entry for i in range(most + 1 - len(value))}}
        yield "out of range", "maxProperties", (path, more), "reject"
    if isinstance(value, dict) and value and isinstance(names, dict):
        too_long = "k" * (names["maxLength"] + 1) if isinstance(names.get("maxLength"), int) else None
        for bad in (too_long, *OFF_PATTERN):
            if bad is not None and bad not in value and not _validator(names, defs).is_valid(bad):
                yield "property name", "", (path, {**value, bad: value[next(iter(value))]}), "reject"
                break
    many = schema.get("maxItems")
    if isinstance(value, list) and value and isinstance(many, int) and many < LONGEST:
        yield "out of range", "maxItems", (path, value + [value[-1]] * (many + 1 - len(value))), "reject"
    fewer = schema.get("minItems")
    if isinstance(value, list) and isinstance(fewer, int) and 1 < fewer <= len(value):
        yield "out of range", "minItems", (path, value[:fewer - 1]), "reject"
    if isinstance(value, int) and not isinstance(value, bool) and "integer" in kinds:
        if not accepts(value + 0.5) and float(value) + 0.5 != float(value):
            yield "non-integral", "", (path, value + 0.5), "reject"
        if abs(value) < 2**53 and accepts(float(value)):
            yield "integral float", "", (path, float(value)), "accept"
    # free text only: a string with a `format` (uri, ...) or a `pattern` is not free text
    text = {**(_nullable_option(schema, defs, bundle) or {}), **schema}
    if (isinstance(value, str) and value != UNICODE_TEXT and "format" not in text and "pattern" not in text
            and accepts(UNICODE_TEXT)):
        yield "unicode text", "", (path, UNICODE_TEXT), "accept"
    if "enum" in schema or "const" in schema or _is_enum_union(schema, defs, bundle):
        unlisted = f"{value}.unlisted" if isinstance(value, str) else "unlisted"
        if not accepts(unlisted):
            yield "out of set", "", (path, unlisted), "unknown" if site.tag_of is not None else "reject"


def _any_value_defects(schema: dict[str, Any], path: tuple[str | int, ...], accepts: Any, defs: dict[str, Any],
                       bundle: dict[str, Any]) -> Iterator[tuple[str, str, tuple[tuple[str | int, ...], Any], str]]:
    """The defects that do not depend on the value there: a value of a JSON type the schema does not
    allow, a number beyond a bound."""
    allowed = _allowed_types(schema, defs, bundle)
    for wrong in WRONG_TYPE:
        if allowed is not None and _json_type(wrong) not in allowed and not accepts(wrong):
            yield "wrong type", _json_type(wrong), (path, wrong), "reject"
    for bound, step in (("minimum", -1), ("maximum", 1), ("exclusiveMinimum", 0), ("exclusiveMaximum", 0)):
        if isinstance(schema.get(bound), (int, float)) and not isinstance(schema[bound], bool):
            outside = schema[bound] + step
            if not accepts(outside):
                yield "out of range", bound, (path, outside), "reject"
    # a string one character too short or too long (a limit of megabytes is not tried), an array one item
    # too short (an empty one: longer arrays need their items, see _defects), a string off the pattern
    shorter, longer, fewer = schema.get("minLength"), schema.get("maxLength"), schema.get("minItems")
    for label, wrong in (("minLength", "a" * (shorter - 1) if isinstance(shorter, int) and shorter > 0 else None),
                         ("maxLength", "a" * (longer + 1) if isinstance(longer, int) and longer < LONGEST else None),
                         ("minItems", [] if fewer == 1 else None)):
        if wrong is not None and not accepts(wrong):
            yield "out of range", label, (path, wrong), "reject"
    if isinstance(schema.get("pattern"), str):
        free = _validator({k: v for k, v in schema.items() if k != "pattern"}, defs).is_valid
        off = next((text for text in OFF_PATTERN if free(text) and not accepts(text)), None)
        if off is not None:
            yield "pattern", "", (path, off), "reject"
    # the one alternative of a nullable schema (`anyOf: [X, null]`) holds X's bounds
    only = _nullable_option(schema, defs, bundle)
    if only is not None and not only.get("anyOf") and not only.get("oneOf"):
        yield from ((k, label, change, expect) for k, label, change, expect
                    in _any_value_defects(only, path, accepts, defs, bundle) if k != "wrong type")


def _nullable_option(schema: dict[str, Any], defs: dict[str, Any], bundle: dict[str, Any]) -> dict[str, Any] | None:
    """X of a nullable schema `anyOf: [X, null]` (resolved), else None."""
    options = [o for o in schema.get("anyOf") or schema.get("oneOf") or [] if not _is_null(_resolve(o, defs, bundle))]
    only = _merge_all_of(_resolve(options[0], defs, bundle), defs, bundle) if len(options) == 1 else None
    return only if isinstance(only, dict) else None


def _allowed_types(schema: Any, defs: dict[str, Any], bundle: dict[str, Any]) -> set[str] | None:
    """The JSON types (as `_json_type` names them) a schema admits at all; None when it does not say."""
    schema = _resolve(schema, defs, bundle)
    if not isinstance(schema, dict):
        return None
    if "const" in schema or "enum" in schema:
        values = [schema["const"]] if "const" in schema else schema["enum"]
        return {_json_type(v) for v in values}
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        found: set[str] = set()
        for option in options:
            more = _allowed_types(option, defs, bundle)
            if more is None:
                return None
            found |= more
        return found
    kinds = _types(schema)
    return {"number" if k == "integer" else k for k in kinds} if kinds else None


def _is_enum_union(schema: dict[str, Any], defs: dict[str, Any], bundle: dict[str, Any]) -> bool:
    """A union whose options are enums, consts or null: a value outside all of them is "out of set"."""
    options = [_resolve(o, defs, bundle) for o in schema.get("anyOf") or schema.get("oneOf") or []]
    return bool(options) and all(isinstance(o, dict) and ("enum" in o or "const" in o or _types(o) == {"null"})
                                 for o in options)


def _note(kind: str, change: tuple[tuple[str | int, ...], Any], site: Site) -> str:
    path, new = change
    if new is _DROP:
        return f"{json_path(path)} removed"
    return f"{json_path(path)}: {json.dumps(site.value)[:40]} -> {json.dumps(new)}"


def json_path(path: tuple[str | int, ...]) -> str:
    """`$.data[0].url`; a key that is not an identifier (a map's key) in brackets as a JSON string:
    `$.env["a.b"]` (as TypeScript's jsonPath writes it; the protocol leaves such keys unsaid)."""
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" if IDENTIFIER.match(p)
                         else f"[{json.dumps(p, ensure_ascii=False)}]" for p in path)


IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def referee_paths(bundle: dict[str, Any], value: Any) -> set[str]:
    """Where the bundle's (= the referee's) errors on `value` are, as the languages decode it: a missing
    required field, and an unknown field of a closed object, at the field's own path (not its object's);
    a oneOf/anyOf that fails at the errors of the member its tag names for a tagged union (rule 6; at the
    tag's path when the tag is missing or not a string), of its one option for a nullable schema, and at
    its own path for an untagged union (no alternative fits: "expected one of"). Independent of `sites`."""
    bundle = rooted(bundle)
    defs = bundle.get("$defs", {})

    def located(errors: Iterable[jsonschema.ValidationError]) -> Iterator[tuple[str | int, ...]]:
        for error in errors:
            path = tuple(error.absolute_path)
            if error.validator in ("oneOf", "anyOf") and isinstance(error.validator_value, list):
                options = error.validator_value
                real = [i for i, o in enumerate(options) if not _is_null(_resolve(o, defs, bundle))]
                tags = _tag_values([options[i] for i in real], defs, bundle)
                chosen: int | None = None
                if len(real) == 1 and error.instance is not None:
                    chosen = real[0]
                elif tags is not None and isinstance(error.instance, dict):
                    tag = error.instance.get(TAG)
                    if not isinstance(tag, str):
                        yield path + (TAG,)
                        continue
                    chosen = next((i for i, t in zip(real, tags) if t == tag), None)
                inner = [e for e in error.context or [] if e.relative_schema_path[0] == chosen]
                if chosen is not None and inner:
                    yield from located(inner)
                else:
                    yield path
            elif (error.validator == "required" and isinstance(error.instance, dict)
                  and isinstance(error.validator_value, list)):
                yield from (path + (k,) for k in error.validator_value if k not in error.instance)
            elif (error.validator == "additionalProperties" and isinstance(error.instance, dict)
                  and isinstance(error.schema, dict)):
                known = set(error.schema.get("properties", {}))
                patterns = list(error.schema.get("patternProperties", {}))
                yield from (path + (k,) for k in error.instance
                            if k not in known and not any(re.search(p, k) for p in patterns))
            else:
                yield path

    return {json_path(p) for p in located(_error_source(bundle)(value))}


_ERROR_SOURCES: dict[int, tuple[dict[str, Any], Any]] = {}


def _error_source(bundle: dict[str, Any]) -> Any:
    """The bundle's errors on a value, from a validator built once per bundle; for a tagged union and a
    value whose tag names a member, that member's errors alone: what `located` would descend to anyway
    (validating the 58-member stream union member by member costs milliseconds per value)."""
    bundle = rooted(bundle)
    if id(bundle) not in _ERROR_SOURCES or _ERROR_SOURCES[id(bundle)][0] is not bundle:
        defs = bundle.get("$defs", {})
        whole = _validator(bundle, {}).iter_errors
        options = [o for o in bundle.get("oneOf") or bundle.get("anyOf") or []
                   if not _is_null(_resolve(o, defs, bundle))]
        tags = _tag_values(options, defs, bundle)
        members = {tag: _validator(_resolve(option, defs, bundle), defs).iter_errors
                   for option, tag in zip(options, tags or [])}
        simple = tags is not None and not set(bundle) - {"$schema", "$defs", "oneOf", "anyOf", "type", "title",
                                                          "description"}

        def errors(value: Any) -> Iterable[jsonschema.ValidationError]:
            tag = value.get(TAG) if simple and isinstance(value, dict) else None
            return members[tag](value) if isinstance(tag, str) and tag in members else whole(value)

        _ERROR_SOURCES[id(bundle)] = (bundle, errors)
    return _ERROR_SOURCES[id(bundle)][1]


# ---- small helpers ----
_ROOTED: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}
ROOT = "__component__"


def rooted(bundle: dict[str, Any]) -> dict[str, Any]:
    """The bundle with its self-references (`{"$ref": "#"}`, a component that contains itself) pointing at
    a copy of its top under `$defs` instead: then any part of it can be validated on its own (`_validator`
    gives a part the bundle's `$defs`, but `#` would be the part itself)."""
    if id(bundle) in _ROOTED and _ROOTED[id(bundle)][0] is bundle:
        return _ROOTED[id(bundle)][1]

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: "#/$defs/" + ROOT if k == "$ref" and v == "#" else rewrite(v) for k, v in node.items()}
        return [rewrite(v) for v in node] if isinstance(node, list) else node

    out = bundle
    if '"$ref": "#"' in json.dumps(bundle):
        out = rewrite(bundle)
        out["$defs"] = {**out.get("$defs", {}), ROOT: {k: v for k, v in out.items() if k not in ("$defs", "$schema")}}
    _ROOTED[id(bundle)] = (bundle, out)
    return out


def _replace(value: Any, path: tuple[str | int, ...], new: Any) -> Any:
    value = copy.deepcopy(value)
    if not path:
        return new
    parent = value
    for part in path[:-1]:
        parent = parent[part]
    if new is _DROP:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return value


def _resolve(schema: Any, defs: dict[str, Any], bundle: dict[str, Any]) -> Any:
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        target = bundle if ref == "#" else defs[ref.removeprefix("#/$defs/")]
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()
    if not kinds and "properties" in schema:
        kinds.add("object")
    return kinds


def _one_value(schema: Any) -> Any:
    """A property fixed to one value: `const: x` or `enum: [x]` (imported schemas spell it so)."""
    if not isinstance(schema, dict):
        return None
    if "const" in schema:
        return schema["const"]
    enum = schema.get("enum")
    return enum[0] if isinstance(enum, list) and len(enum) == 1 else None


def _member(bundle: dict[str, Any], value: Any) -> str | None:
    """For a union bundle: the `$defs` name (= component id) of the option the languages decode the value
    as (the member its tag names; for an untagged union the first alternative that accepts it)."""
    bundle = rooted(bundle)
    defs = bundle.get("$defs", {})
    options = bundle.get("oneOf") or bundle.get("anyOf")
    if not options:
        return None
    shape, branch = _branch(options, value, defs, bundle)
    if shape == "nullable" or not isinstance(branch, dict) or not isinstance(branch.get("$ref"), str):
        return None
    return str(branch["$ref"]).removeprefix("#/$defs/")


def _validator(schema: dict[str, Any], defs: dict[str, Any]) -> jsonschema.Draft202012Validator:
    cls = jsonschema.Draft202012Validator
    return cls({**schema, "$defs": {**defs, **schema.get("$defs", {})}}, format_checker=cls.FORMAT_CHECKER)


def _map_subschemas(key: str, value: Any, fn: Any) -> Any:
    if key in ("properties", "patternProperties", "$defs", "dependentSchemas") and isinstance(value, dict):
        return {k: fn(v) for k, v in value.items()}
    if key in ("allOf", "anyOf", "oneOf", "prefixItems") and isinstance(value, list):
        return [fn(v) for v in value]
    if key in ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"):
        return fn(value)
    return value


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _schema_examples(referee: Referee) -> dict[str, list[Any]]:
    """The `examples` written beside each component's schema (the bundle drops them)."""
    ws, out = referee.ws, {}
    for name, schema in ws.root.data["components"]["schemas"].items():
        file, pointer = ws.root_name, f"/components/schemas/{name}"
        while isinstance(schema, dict) and set(schema) == {"$ref"}:
            file, pointer, schema = ws.resolve(schema["$ref"], file, pointer)
        out[name] = list(schema.get("examples", [])) if isinstance(schema, dict) else []
    return out
