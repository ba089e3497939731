"""Property-based round trips: instances hypothesis draws from each component's schema (tests/instances.py)
and one-defect variants of them, through the referee and all three languages.

Valid instances must be accepted, re-encoded JSON-equal, and for a union decoded to the member their
discriminator names (for an untagged union: the first alternative that accepts them); each broken
instance must be rejected by the referee and by every language at exactly the path of its defect (inside
an untagged union: the union's own path, see instances.Case.path), except a union's new discriminator
value, which every language keeps as its unknown member (PROTOCOL.md rule 3). Each language gets one
batch for the whole corpus.
"""

from __future__ import annotations

import os

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator import ir
from generator.config import load_config
from generator.load import Workspace
from generator.naming.symbols import Symbols
from generator.referee import Referee
from generator.roundtrip.check import expectation, json_equal

from conftest import ROOT, SUMMARIES, schema_examples
from helpers import openapi, write_schema
from instances import (SAMPLE_EVERY, DRAW_AT_MOST_DEFS, Case, Corpus, component_names, corpus, draw, examples_for,
                       generation_schema, referee_paths, rooted)

LANGUAGES = ["python", "typescript", "go"]
COMPONENTS = component_names(load_config(ROOT / "pyproject.toml").schema)
DEFECTS = {"missing required", "wrong type", "non-integral", "out of set", "out of range", "closed object", "pattern"}
Replies = dict[str, list[dict[str, Any]]]  # language -> one reply per case of a component


@pytest.fixture(scope="module")
def data(config: Any) -> Corpus:
    return corpus(config.schema)


@pytest.fixture(scope="module")
def replies(data: Corpus, drivers: Any, model: ir.Model, symbols: dict[str, Symbols]) -> dict[str, Replies]:
    """component -> language -> replies, from ONE batch per language; the summary table is recorded here."""
    cases = [case for component in data.cases for case in data.cases[component]]
    requests = [{"schema": c.component, "value": c.value} for c in cases]
    batch = {language: run_batch(drivers, language, requests) for language in LANGUAGES}
    out: dict[str, Replies] = {}
    start = 0
    for component, mine in data.cases.items():
        out[component] = {lang: batch[lang][start:start + len(mine)] for lang in LANGUAGES}
        start += len(mine)
    SUMMARIES.append(("generated instances (hypothesis): valid round-tripped, broken rejected as expected",
                      _table(data, out, model, symbols)))
    return out


def run_batch(drivers: Any, language: str, requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`drivers.run` in one batch; should the driver session itself fail on the batch (a crash, an
    unreadable reply), the batch is halved until the requests that make it fail are found, and each of
    those gets a {"crash": message} reply, which fails its case (and only its case)."""
    try:
        return drivers.run(language, requests)  # type: ignore[no-any-return]
    except Exception as exc:  # noqa: BLE001 - any failure of the session is reported per case
        if len(requests) == 1:
            return [{"ok": None, "crash": f"{type(exc).__name__}: {exc}"}]
        half = len(requests) // 2
        return run_batch(drivers, language, requests[:half]) + run_batch(drivers, language, requests[half:])


# ---- what a language must do with a case ----
def judge(case: Case, language: str, reply: dict[str, Any], model: ir.Model, symbols: dict[str, Symbols]) -> str | None:
    """None when the reply is what the protocol requires for this case, else what is wrong."""
    decl = model.get(case.component)
    if "crash" in reply:
        return f"driver session failed on it: {reply['crash']}"
    if case.expect == "reject":
        if reply["ok"]:
            return f"accepted it (as {reply['decoded']}); the schema rejects it at {case.path}"
        if reply["path"] != case.path:
            return f"rejected it at {reply['path']}, expected {case.path}: {reply['error']}"
        if case.path not in reply["error"]:
            return f"its message does not name the path {case.path}: {reply['error']}"
        return None
    if (language == "python" and case.kind == "integral float" and isinstance(decl, ir.ObjectDecl)
            and decl.stream_flag and not reply["ok"] and reply["path"] == case.path):
        # Documented (README "Known limits"): Python request parameters are TypedDicts validated
        # strictly, which still refuse an integral float such as `2.0` for an integer.
        return None
    if not reply["ok"]:
        return f"rejected a valid instance: {reply['error']}"
    if not json_equal(reply["value"], case.value):
        return f"re-encoded it differently: {json.dumps(reply['value'])[:300]}"
    if case.expect == "unknown":
        if case.union != () or not isinstance(decl, ir.UnionDecl):
            return None  # a nested union keeps the new member inside a known value, unchanged (checked above)
        return None if reply["decoded"] == "unknown" else f"decoded a new `type` as {reply['decoded']}, not unknown"
    if isinstance(decl, ir.UnionDecl):
        wanted = symbols[language].type(case.member) if case.member else "?"
        if reply["decoded"] != wanted:
            return f"decoded it as {reply['decoded']}, but its discriminator names {wanted}"
    elif isinstance(decl, ir.AnyOfDecl) and case.member and isinstance(model.get(case.member), (ir.ObjectDecl,
                                                                                                 ir.UnionDecl)):
        # (an alternative that is a string, a number or an enum decodes to a plain value in Python and
        # TypeScript, which cannot name it: they name the union itself)
        wanted = symbols[language].type(case.member)
        if reply["decoded"] != wanted:
            return f"decoded it as {reply['decoded']}, but the first alternative that accepts it is {wanted}"
    elif reply["decoded"] == "unknown":
        return "decoded it as unknown"
    return None


def _problems(data: Corpus, replies: dict[str, Replies], model: ir.Model, symbols: dict[str, Symbols],
              component: str, language: str, valid: bool) -> list[str]:
    out = []
    for case, reply in zip(data.cases[component], replies[component][language]):
        if case.valid == valid:
            problem = judge(case, language, reply, model, symbols)
            if problem:
                out.append(f"{language} {problem}\n    case: {case.describe()}")
    return out


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("component", COMPONENTS)
def test_valid_instances_round_trip(component: str, language: str, data: Corpus, replies: dict[str, Replies],
                                    model: ir.Model, symbols: dict[str, Symbols]) -> None:
    problems = _problems(data, replies, model, symbols, component, language, valid=True)
    head = f"{len(problems)} of {len(data.valid(component))} valid instances:\n"
    assert not problems, head + "\n".join(problems[:12])


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("component", COMPONENTS)
def test_broken_instances_are_rejected_at_their_path(component: str, language: str, data: Corpus,
                                                     replies: dict[str, Replies], model: ir.Model,
                                                     symbols: dict[str, Symbols]) -> None:
    problems = _problems(data, replies, model, symbols, component, language, valid=False)
    head = f"{len(problems)} of {len(data.broken(component))} broken instances:\n"
    assert not problems, head + "\n".join(problems[:12])


@pytest.mark.slow
def test_every_driver_carries_unicode_line_separators_as_text(drivers: Any) -> None:
    """The smallest form of what hypothesis found: U+0085 NEXT LINE (and U+2028, U+2029, U+001C) are
    characters of a string like any other, not line breaks of the JSON Lines protocol."""
    value = {"url": "a\u0085b\u2028c\u2029d\u001ce"}
    for language in LANGUAGES:
        [reply] = run_batch(drivers, language, [{"schema": "Image", "value": value}])
        assert reply.get("ok") and reply["value"] == value, (language, reply)


def _table(data: Corpus, replies: dict[str, Replies], model: ir.Model, symbols: dict[str, Symbols]) -> str:
    header = ["component", "valid", "broken", *LANGUAGES]
    rows = [header]
    for component, cases in data.cases.items():
        valid, broken = len(data.valid(component)), len(data.broken(component))
        cells = []
        for language in LANGUAGES:
            good = [judge(c, language, r, model, symbols) is None for c, r in zip(cases, replies[component][language])]
            ok_valid = sum(g for g, c in zip(good, cases) if c.valid)
            ok_broken = sum(g for g, c in zip(good, cases) if not c.valid)
            cells.append(f"{ok_valid}/{valid} {ok_broken}/{broken}")
        rows.append([component, str(valid), str(broken), *cells])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# ---- the corpus itself: valid for the referee, each defect where it says, every member and kind seen ----
def test_the_referee_accepts_every_valid_instance_and_rejects_every_defect_at_its_path(data: Corpus,
                                                                                     model: ir.Model) -> None:
    problems = []
    for component, cases in data.cases.items():
        check = _checker(model, component, data.referee.validator, data.bundles[component])
        for case in cases:
            errors = sorted(check(case).iter_errors(case.value), key=lambda e: list(e.absolute_path))
            if case.valid:
                if errors:
                    problems.append(f"referee rejects {case.describe()}: {errors[0].message}")
                continue
            if not errors:
                problems.append(f"referee accepts {case.describe()}")
            # the product's own rule for a union's new `type` (check.expectation), asked of the union the
            # tag belongs to (the component, or a union nested in it) says the same
            said = _expectations(model, component, case)
            if said != {case.expect}:
                problems.append(f"expected {case.expect}, check.expectation says {sorted(said)}: {case.describe()}")
            if case.expect == "reject":
                # the referee's errors, located as the languages decode (instances.referee_paths: into the
                # member a tag names, at an untagged union's own path); independent of how cases are made
                paths = referee_paths(data.bundles[component], case.value)
                if paths != {case.path}:
                    problems.append(f"referee rejects at {sorted(paths)}, not {case.path}: {case.describe()}")
    assert not problems, "\n".join(problems[:20])


def _expectations(model: ir.Model, component: str, case: Case) -> set[str]:
    """What check.expectation says of a broken case: "unknown" or "reject". For a new tag, asked of every
    union the model can have at the case's union path (several when an untagged union lies on the way);
    for any other defect, of the component."""
    if case.union is None:
        return {{"unknown": "unknown"}.get(expectation(model, component, case.value, False), "reject")}
    value = case.value
    for part in case.union:
        value = value[part]
    unions = [d for d in _decls_at(model, ir.Ref(component), case.value, case.union) if isinstance(d, ir.UnionDecl)]
    return {{"unknown": "unknown"}.get(expectation(model, d.id, value, False), "reject") for d in unions} or {"none"}


def _decls_at(model: ir.Model, type_: ir.TypeExpr, value: Any, path: tuple[str | int, ...]) -> list[ir.Decl]:
    """The declarations the model can have for the node at `path` of `value` (through an untagged union:
    each alternative's)."""
    if isinstance(type_, ir.ArrayOf) and path and isinstance(path[0], int) and isinstance(value, list):
        return _decls_at(model, type_.items, value[path[0]], path[1:])
    if isinstance(type_, ir.MapOf) and path and isinstance(value, dict) and path[0] in value:
        return _decls_at(model, type_.values, value[path[0]], path[1:])
    if not isinstance(type_, ir.Ref):
        return []
    decl = model.get(type_.target)
    found: list[ir.Decl] = [decl] if not path else []
    if isinstance(decl, ir.AliasDecl):
        found += _decls_at(model, decl.target, value, path)
    elif isinstance(decl, ir.AnyOfDecl):
        found += [d for alternative in decl.alternatives for d in _decls_at(model, alternative, value, path)]
    elif path and isinstance(decl, ir.UnionDecl) and isinstance(value, dict):
        member = next((m for m in decl.members if m.value == value.get(decl.discriminator)), None)
        found += _decls_at(model, ir.Ref(member.target), value, path) if member else []
    elif path and isinstance(decl, ir.ObjectDecl) and isinstance(value, dict) and path[0] in value:
        field = next((f for f in decl.fields if f.wire_name == path[0]), None)
        found += _decls_at(model, field.type, value[path[0]], path[1:]) if field else []
    return found


def test_the_corpus_covers_every_member_and_every_kind_of_defect(data: Corpus, model: ir.Model) -> None:
    # every component drawn from; a bundle too large to draw from as it is (the whole stream union) is
    # drawn pruned (instances.DRAW_AT_MOST_DEFS), and nearly all of what it draws must pass the bundle
    assert data.failures == {}
    assert all(len(data.bundles[c].get("$defs", {})) > DRAW_AT_MOST_DEFS for c in data.pruned), data.pruned
    for component, how in data.pruned.items():
        kept, drawn = map(int, re.findall(r"(\d+) of (\d+) drawn", how)[0])
        assert kept >= 0.8 * drawn, (component, how)
    for component in COMPONENTS:
        generated = [c for c in data.valid(component) if c.kind == "generated"]
        decl = model.get(component)
        if isinstance(decl, ir.EnumDecl):  # examples and drawn values together: every value (and null for
            # a nullable enum, `Verbosity`: the enum's values are the strings)
            assert {c.value for c in data.valid(component)} - {None} == set(decl.values), component
        else:
            defs = len(data.bundles[component].get("$defs", {}))
            assert len(generated) >= 0.6 * examples_for(defs), component
        assert data.broken(component), component
        if isinstance(decl, ir.UnionDecl) and component not in data.pruned:
            # (a pruned draw of a large union reaches some of its members; each is a component of its own)
            assert {c.member for c in generated} == {m.target for m in decl.members}, component
        if isinstance(decl, ir.UnionDecl):
            assert any(c.expect == "unknown" for c in data.broken(component)), component
    kinds = {c.kind for cases in data.cases.values() for c in cases}
    # `pattern` and `closed object` defects exist only in imported schemas (XSDK_SAMPLE_EVERY / XSDK_FULL_CORPUS)
    sampled = SAMPLE_EVERY or os.environ.get("XSDK_FULL_CORPUS")
    defects = DEFECTS if sampled else DEFECTS - {"pattern", "closed object"}
    assert defects | {"generated", "example", "integral float", "unknown field", "unicode text"} <= kinds, kinds
    # the integers drawn reach the safe-integer bounds somewhere (the limit is exercised, not avoided)
    numbers = [v for cases in data.cases.values() for c in cases if c.kind == "generated"
               for v in _ints(c.value)]
    assert max(numbers) >= 2**31 and min(numbers) <= -(2**31)


def _ints(value: Any) -> list[int]:
    if isinstance(value, dict):
        return [i for v in value.values() for i in _ints(v)]
    if isinstance(value, list):
        return [i for v in value for i in _ints(v)]
    return [value] if isinstance(value, int) and not isinstance(value, bool) else []


def test_the_judge_flags_wrong_replies(data: Corpus, model: ir.Model, symbols: dict[str, Symbols]) -> None:
    """The checks above can fail: replies a broken binding would give are each reported."""
    union = next(c for c in data.valid("ImageGenStreamEvent") if c.kind == "generated")
    broken = next(c for c in data.broken("ImagesResponse") if c.path == "$.usage.input_tokens_details.text_tokens")
    unknown = next(c for c in data.broken("ImageGenStreamEvent") if c.expect == "unknown")
    member = symbols["go"].type(union.member or "")
    good = {"ok": True, "decoded": member, "value": union.value}
    assert judge(union, "go", good, model, symbols) is None
    assert judge(union, "go", {**good, "value": {**union.value, "item_id": "changed"}}, model, symbols)
    assert judge(union, "go", {**good, "decoded": "unknown"}, model, symbols)
    assert judge(union, "go", {"ok": False, "path": "$", "error": "no"}, model, symbols)
    rejected = {"ok": False, "path": broken.path, "error": f"ImagesResponse: {broken.path}: expected an integer"}
    assert judge(broken, "typescript", rejected, model, symbols) is None
    assert judge(broken, "typescript", {**rejected, "path": "$.usage"}, model, symbols)
    assert judge(broken, "typescript", {**rejected, "error": "expected an integer"}, model, symbols)
    assert judge(broken, "typescript", {"ok": True, "decoded": "ImagesResponse", "value": broken.value}, model, symbols)
    assert judge(unknown, "python", {"ok": True, "decoded": "unknown", "value": unknown.value}, model, symbols) is None
    assert judge(unknown, "python", {"ok": True, "decoded": member, "value": unknown.value}, model, symbols)
    assert judge(unknown, "python", {"ok": False, "path": "$.type", "error": "$.type"}, model, symbols)


# ---- Referee.bundled ----
def _schema_nodes(node: Any) -> list[dict[str, Any]]:
    """Every schema object of a bundle (not the data under enum/const/required ...)."""
    if not isinstance(node, dict):
        return []
    out = [node]
    for key, value in node.items():
        if key in ("properties", "patternProperties", "$defs", "dependentSchemas") and isinstance(value, dict):
            out += [n for v in value.values() for n in _schema_nodes(v)]
        elif key in ("allOf", "anyOf", "oneOf", "prefixItems") and isinstance(value, list):
            out += [n for v in value for n in _schema_nodes(v)]
        elif key in ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"):
            out += _schema_nodes(value)
    return out


@pytest.mark.parametrize("component", COMPONENTS)
def test_bundled_schema_is_self_contained_and_plain_json_schema(component: str, data: Corpus) -> None:
    from hypothesis_jsonschema import from_schema

    bundle = data.bundles[component]
    jsonschema.Draft202012Validator.check_schema(bundle)
    for node in _schema_nodes(bundle):
        ref = node.get("$ref")
        assert ref is None or ref == "#" or ref.removeprefix("#/$defs/") in bundle["$defs"], ref
        assert not {"discriminator", "examples", "deprecated"} & set(node), node
        assert not [k for k in node if k.startswith("x-")], node
    # hypothesis-jsonschema takes it, once size-limited and unrolled (and pruned, as the corpus draws it):
    # the corpus has drawn from exactly that schema; a component it could not draw from is tried here
    if component in data.failures:
        from_schema(generation_schema(bundle, pruned=len(bundle.get("$defs", {})) > DRAW_AT_MOST_DEFS))


def test_bundled_schema_agrees_with_the_referee_on_every_example(data: Corpus, model: ir.Model) -> None:
    """Each component's bundle against every example of every component: its own must pass, the others
    mostly fail, and the bundle must say exactly what the referee says."""
    examples = schema_examples(model)
    verdicts = set()
    for component in COMPONENTS:
        bundled = jsonschema.Draft202012Validator(data.bundles[component],
                                                  format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
        for owner, example in examples:
            expected = data.referee.is_valid(component, example)
            assert bundled.is_valid(example) == expected, (component, owner, example)
            verdicts.add(expected)
            if owner == component:
                assert expected
    assert verdicts == {True, False}


def test_bundled_schema_agrees_with_the_referee_on_the_corpus(data: Corpus, model: ir.Model) -> None:
    for component, cases in data.cases.items():
        bundle = data.bundles[component]

        def bundled(name: str) -> Any:  # the component, or one of its members (a `$defs` entry)
            defs = rooted(bundle)["$defs"] if name != component else {}
            return jsonschema.Draft202012Validator(bundle if name == component else {**defs[name], "$defs": defs})

        bundled_check = _checker(model, component, bundled, bundle)
        referee_check = _checker(model, component, data.referee.validator, bundle)
        disagree = [c.describe() for c in cases
                    if bundled_check(c).is_valid(c.value) != referee_check(c).is_valid(c.value)]
        assert not disagree, disagree[:5]


def _checker(model: ir.Model, component: str, validator: Any, bundle: dict[str, Any]) -> Any:
    """case -> the validator to ask: `validator(component)`, but for a broken instance of a tagged union
    whose tag names a member (a component, in the bundle's `$defs`), `validator(that member)`: its verdict
    is the union's (the others refuse the tag), and one member is checked instead of all 58 of the stream
    union. Valid instances are checked against the whole union (a member missing from it would show)."""
    decl = model.get(component)
    union = validator(component)
    members = {m.value: validator(m.target) for m in decl.members if m.target in bundle.get("$defs", {})
               } if isinstance(decl, ir.UnionDecl) else {}
    discriminator = decl.discriminator if isinstance(decl, ir.UnionDecl) else None

    def check(case: Case) -> Any:
        tag = case.value.get(discriminator) if members and isinstance(case.value, dict) else None
        return members[tag] if not case.valid and isinstance(tag, str) and tag in members else union

    return check


def test_bundling_follows_refs_across_files_and_strips_only_schema_keywords(tmp_path: Path) -> None:
    root = write_schema(tmp_path, {
        "openapi.yaml": openapi("""
            Event:
              $ref: a/events.yaml#/Event
            Alias:
              $ref: "#/components/schemas/Event"
            Size:
              $ref: b/common.yaml#/Size
            """),
        "a/events.yaml": """
            Event:
              type: object
              x-xsdk-names: {openai: Ev}
              deprecated: true
              discriminator: {propertyName: kind}
              examples: [{kind: e}]
              required: [kind, examples]
              properties:
                kind: {const: e, x-note: dropped}
                examples: {type: integer}
                x-id: {$ref: "../b/common.yaml#/Size"}
                deprecated: {$ref: "#/Inner"}
                self: {$ref: "#/Event"}
            Inner:
              type: array
              items: {$ref: "../b/common.yaml#/Size"}
              example: [small]
            """,
        "b/common.yaml": """
            Size:
              enum: [small, large, x-large]
            """,
    })
    referee = Referee(Workspace.open(root))
    bundle = referee.bundled("Event")
    assert set(bundle["$defs"]) == {"Size", "Inner"}
    assert bundle["properties"] == {
        "kind": {"const": "e"}, "examples": {"type": "integer"}, "x-id": {"$ref": "#/$defs/Size"},
        "deprecated": {"$ref": "#/$defs/Inner"}, "self": {"$ref": "#"}}
    assert bundle["$defs"]["Inner"] == {"type": "array", "items": {"$ref": "#/$defs/Size"}}
    assert bundle["$defs"]["Size"] == {"enum": ["small", "large", "x-large"]}
    assert not {"x-xsdk-names", "deprecated", "discriminator", "examples"} & set(bundle)
    assert bundle["required"] == ["kind", "examples"]
    assert referee.bundled("Alias")["properties"]["self"] == {"$ref": "#"}  # a chain of $refs is one schema
    assert set(referee.bundled("Size")) == {"$schema", "enum"}
    validator = jsonschema.Draft202012Validator(bundle)
    instances = [
        {"kind": "e", "examples": 1},
        {"kind": "e", "examples": 1, "x-id": "x-large", "deprecated": ["small"], "self": {"kind": "e", "examples": 2}},
        {"kind": "e", "examples": 1, "self": {"kind": "e"}},
        {"kind": "e", "examples": 1, "deprecated": ["medium"]},
        {"kind": "f", "examples": 1},
        {"kind": "e", "examples": "1"},
        {"kind": "e"},
    ]
    assert [validator.is_valid(i) for i in instances] == [referee.is_valid("Event", i) for i in instances]
    assert [validator.is_valid(i) for i in instances] == [True, True, False, False, False, False, False]
    drawn = draw(generation_schema(bundle), 10)  # it contains itself: unrolled for hypothesis-jsonschema
    assert drawn and all(referee.is_valid("Event", value) for value in drawn)
    with pytest.raises(KeyError):
        referee.bundled("Nope")
