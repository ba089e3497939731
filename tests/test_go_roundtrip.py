"""The Go bindings on the wire, through the round-trip driver of generator/roundtrip/PROTOCOL.md: every schema
example, one case per semantics rule 2-7, agreement with the JSON Schema referee on mutated examples,
and the Go unit tests of tests/drivers/go_components_test.go."""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.config import Config
from generator.naming.symbols import Symbols
from generator.pipeline import load_model
from generator.referee import Referee

from conftest import schema_examples
from generator.roundtrip import go as go_driver
from generator.targets import go as go_target

from conftest import ROOT


pytestmark = pytest.mark.slow

GENERATING = {"type": "response.image_generation_call.generating", "item_id": "ig_1", "output_index": 1,
              "sequence_number": 5}
USAGE = {"input_tokens": 50, "input_tokens_details": {"image_tokens": 40, "text_tokens": 10}, "output_tokens": 50,
         "total_tokens": 100}


@pytest.fixture(scope="session")
def go_module(config: Config, model: ir.Model, symbols: dict[str, Symbols],
              tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, dict[str, str]]:
    tool = go_driver.find_go()
    if not tool:
        pytest.fail(go_driver.GO_MISSING)
    scratch = tmp_path_factory.mktemp("go-driver")
    settings = config.targets["go"]
    workdir = go_driver.write_module(scratch / "module", model, symbols["go"], settings.option("module"),
                                     settings.option("package"), settings.out,
                                     extra={"components_test.go": ROOT / "tests/drivers/go_components_test.go"})
    return tool, workdir, go_driver.go_env(scratch)


@pytest.fixture(scope="session")
def driver(go_module: tuple[str, Path, dict[str, str]]) -> Path:
    tool, workdir, env = go_module
    return go_driver.build(tool, workdir, env)


def roundtrip(driver: Path, schema: str, value: Any) -> dict[str, Any]:
    return go_driver.run(driver, [{"schema": schema, "value": value}])[0]


def rejected(driver: Path, schema: str, value: Any) -> dict[str, Any]:
    answer = roundtrip(driver, schema, value)
    assert answer["ok"] is False, f"accepted: {answer}"
    return answer


# --- rule 1: every example decodes and re-encodes to equal JSON ---

def _expected_names(model: ir.Model, symbols: Symbols, component: str, value: Any) -> set[str]:
    """What the driver may report for a valid value: a union's member, an untagged union's alternative
    (the first that fits: any of them, as far as this test knows), else the component."""
    decl = model.get(component)
    if isinstance(decl, ir.UnionDecl):
        target = next(m.target for m in decl.members if m.value == value[decl.discriminator])
        return {symbols.type(target)}
    if isinstance(decl, ir.AnyOfDecl):
        return {go_target.alternative_label(symbols, a) for a in decl.alternatives}
    return {symbols.type(component)}


def test_schema_examples_round_trip(driver: Path, model: ir.Model, symbols: dict[str, Symbols]) -> None:
    examples = schema_examples(model)
    assert len(examples) >= 10
    answers = go_driver.run(driver, [{"schema": c, "value": v} for c, v in examples])
    for (component, value), answer in zip(examples, answers):
        assert answer["ok"] and answer["value"] == value, (component, answer)
        assert answer["decoded"] in _expected_names(model, symbols["go"], component, value), (component, answer)


# --- rule 2: unknown fields are kept, at any depth ---

def test_unknown_fields_are_kept(driver: Path) -> None:
    value = {**GENERATING, "obfuscation": "xyz", "extra": {"nested": [1, None, {"a": 1.25}]}}
    for schema in ("ResponseImageGenCallGeneratingEvent", "ResponseStreamEvent"):
        assert roundtrip(driver, schema, value)["value"] == value
    response = {"created": 1, "usage": {**USAGE, "cached": 3,
                                        "input_tokens_details": {"image_tokens": 1, "text_tokens": 2, "audio": 0}},
                "data": [{"url": "https://x.test/a.png", "seed": 7}]}
    assert roundtrip(driver, "ImagesResponse", response) == {"ok": True, "decoded": "ImagesResponse",
                                                             "value": response}


# --- rule 3: an unknown discriminator is an explicit unknown variant that re-encodes unchanged ---

@pytest.mark.parametrize("schema, value", [
    ("ResponseStreamEvent", {"type": "response.image_generation_call.brand_new", "sequence_number": 9,
                             "payload": {"deep": [1, 2.5, "x", None, True]}}),
    ("ImageGenStreamEvent", {"type": "image_generation.future", "output_index": 1.5}),
])
def test_unknown_member_is_kept(driver: Path, schema: str, value: Any) -> None:
    assert roundtrip(driver, schema, value) == {"ok": True, "decoded": "unknown", "value": value}


# --- rule 4: absent stays absent, null stays null, a value stays a value ---

def _sample(model: ir.Model, f: ir.Field) -> Any:
    t = f.type
    if isinstance(t, ir.OpenEnum):
        return "a-model-nobody-documented"  # open: any string
    if isinstance(t, ir.Ref):
        decl = model.get(t.target)
        assert isinstance(decl, ir.EnumDecl)
        return decl.values[-1]
    assert isinstance(t, ir.Primitive)
    return {"integer": int(f.constraints.minimum or 0) + 1, "boolean": False, "string": "s"}[t.kind]


def _optional_fields(model: ir.Model, nullable: bool) -> list[ir.Field]:
    decl = model.get("CreateImageRequest")
    assert isinstance(decl, ir.ObjectDecl)
    return [f for f in decl.fields if not f.required and f.nullable == nullable]


def test_optional_nullable_fields_keep_absent_null_and_value(driver: Path, model: ir.Model) -> None:
    fields = _optional_fields(model, nullable=True)
    assert len(fields) >= 10
    requests = []
    for f in fields:
        for state in ({}, {f.wire_name: None}, {f.wire_name: _sample(model, f)}):
            requests.append({"schema": "CreateImageRequest", "value": {"prompt": "p", **state}})
    requests.append({"schema": "CreateImageRequest", "value": {
        "prompt": "p", **{f.wire_name: None for f in fields}}})
    requests.append({"schema": "CreateImageRequest", "value": {
        "prompt": "p", **{f.wire_name: _sample(model, f) for f in fields}}})
    for request, answer in zip(requests, go_driver.run(driver, requests)):
        assert answer == {"ok": True, "decoded": "CreateImageRequest", "value": request["value"]}


def test_optional_fields_that_are_not_nullable_reject_null(driver: Path, model: ir.Model) -> None:
    for f in _optional_fields(model, nullable=False):
        answer = rejected(driver, "CreateImageRequest", {"prompt": "p", f.wire_name: None})
        assert answer["path"] == f"$.{f.wire_name}"
        value = {"prompt": "p", f.wire_name: _sample(model, f)}
        assert roundtrip(driver, "CreateImageRequest", value)["value"] == value


# --- rule 5: integers, no coercion, constants and enums ---

@pytest.mark.parametrize("schema", ["ResponseImageGenCallGeneratingEvent", "ResponseStreamEvent"])
def test_non_integral_integer_is_rejected(driver: Path, schema: str) -> None:
    answer = rejected(driver, schema, {**GENERATING, "output_index": 1.5})
    assert answer["path"] == "$.output_index"


def test_integral_float_is_an_integer(driver: Path) -> None:
    assert roundtrip(driver, "ResponseImageGenCallGeneratingEvent", {**GENERATING, "output_index": 2.0})["ok"]


def test_nested_non_integral_integer_names_the_nested_path(driver: Path) -> None:
    usage = copy.deepcopy(USAGE)
    usage["input_tokens_details"]["text_tokens"] = 10.5
    answer = rejected(driver, "ImagesResponse", {"created": 1, "usage": usage})
    assert answer["path"] == "$.usage.input_tokens_details.text_tokens"
    assert "ImagesResponseUsageInputTokensDetails" in answer["error"]


@pytest.mark.parametrize("field, value", [("output_index", "1"), ("sequence_number", "5"), ("item_id", 5)])
def test_strings_and_numbers_are_not_coerced(driver: Path, field: str, value: Any) -> None:
    assert rejected(driver, "ResponseStreamEvent", {**GENERATING, field: value})["path"] == f"$.{field}"


def test_wrong_const_is_rejected(driver: Path) -> None:
    value = {**GENERATING, "type": "response.image_generation_call.completed"}
    answer = rejected(driver, "ResponseImageGenCallGeneratingEvent", value)
    assert answer["path"] == "$.type"
    assert "response.image_generation_call.generating" in answer["error"]


@pytest.mark.parametrize("schema, value, path", [
    ("ImagesResponse", {"created": 1, "quality": "ultra"}, "$.quality"),
    ("ImageModel", "dall-e-9", "$"),
    ("CreateImageRequest", {"prompt": "p", "size": "3x3"}, "$.size"),
    ("CreateImageRequest", {"prompt": "p", "n": 0}, "$.n"),  # minimum 1
    ("CreateImageRequest", {"prompt": "p", "n": 11}, "$.n"),  # maximum 10
    ("ImagesResponse", {"created": 1, "data": [{"url": "u"}, {"url": 5}]}, "$.data[1].url"),
    ("ResponseImageGenCallGeneratingEvent", {k: v for k, v in GENERATING.items() if k != "item_id"}, "$.item_id"),
    ("ResponseImageGenCallGeneratingEvent", [GENERATING], "$"),
    ("ResponseStreamEvent", {"item_id": "x"}, "$.type"),
    ("ResponseStreamEvent", {"type": 5}, "$.type"),
])
def test_values_outside_the_schema_are_rejected(driver: Path, schema: str, value: Any, path: str) -> None:
    assert rejected(driver, schema, value)["path"] == path


# --- rule 6: a known member with a bad body is an error at that field, never "unknown" ---

def test_known_member_with_bad_field_is_rejected_not_unknown(driver: Path) -> None:
    answer = rejected(driver, "ResponseStreamEvent", {**GENERATING, "sequence_number": None})
    assert answer["path"] == "$.sequence_number"
    event = {"type": "image_generation.completed", "b64_json": "x", "created_at": 1, "size": "1024x1024",
             "quality": "high", "background": "auto", "output_format": "png",
             "usage": {**USAGE, "input_tokens": "50"}}
    assert rejected(driver, "ImageGenStreamEvent", event)["path"] == "$.usage.input_tokens"


def test_first_bad_field_in_schema_order_is_reported(driver: Path) -> None:
    answer = rejected(driver, "ResponseStreamEvent", {**GENERATING, "output_index": "1", "sequence_number": 1.5})
    assert answer["path"] == "$.output_index"


# --- rule 7: messages name the type, the path and what was expected ---

def test_error_message_names_type_path_and_expectation(driver: Path) -> None:
    answer = rejected(driver, "ResponseStreamEvent", {**GENERATING, "output_index": 1.5})
    assert answer["error"] == ("components: cannot decode OpenResponsesStreamEvent "
                               "(in OpenResponsesImageGenCallGenerating) at $.output_index: "
                               "expected an integer, got 1.5")
    answer = rejected(driver, "ResponseImageGenCallGeneratingEvent", {**GENERATING, "item_id": None})
    assert answer["error"] == ("components: cannot decode OpenResponsesImageGenCallGenerating at $.item_id: "
                               "expected a string, got null")
    answer = rejected(driver, "ImageModel", "dall-e-9")
    assert answer["error"] == ('components: cannot decode ImageModel at $: expected one of "dall-e-2", '
                               '"dall-e-3", "gpt-image-1", got "dall-e-9"')
    answer = rejected(driver, "CreateImageRequest", {"n": 1})
    assert answer["error"] == ('components: cannot decode CreateImageRequest at $.prompt: '
                               'expected the required field "prompt", got nothing')


def test_driver_protocol_errors(driver: Path) -> None:
    answers = go_driver.run(driver, [{"schema": "NoSuchComponent", "value": {}}, {"schema": "ImageModel"}])
    assert [a["ok"] for a in answers] == [False, False]
    assert "NoSuchComponent" in answers[0]["error"]


# --- the referee: Go accepts exactly what the JSON Schema accepts ---

REPLACEMENTS: list[Any] = [None, "1", 1, 1.5, True, {}, [], "gpt-image-1", "1024x1024", "png", "auto"]


def _mutations(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """(path, mutated copy) for every field removed or replaced, at every depth."""
    if isinstance(value, dict):
        for key in value:
            yield path + (key, "<removed>"), {k: v for k, v in value.items() if k != key}
            for replacement in REPLACEMENTS:
                yield path + (key, replacement), {**value, key: replacement}
            for sub_path, sub in _mutations(value[key], path + (key,)):
                yield sub_path, {**value, key: sub}
    elif isinstance(value, list):
        for i, item in enumerate(value):
            for sub_path, sub in _mutations(item, path + (i,)):
                yield sub_path, [*value[:i], sub, *value[i + 1:]]


def _decl_at(model: ir.Model, expr: ir.TypeExpr, value: Any, path: tuple[Any, ...]) -> ir.Decl | None:
    """The declaration that decodes the part of a valid `value` (of type expr) at path: through
    objects, arrays, maps, aliases and the members unions choose; None past anything else."""
    if isinstance(expr, (ir.ArrayOf, ir.MapOf)):
        inner = expr.items if isinstance(expr, ir.ArrayOf) else expr.values
        return _decl_at(model, inner, value[path[0]], path[1:]) if path else None
    if not isinstance(expr, ir.Ref):
        return None
    decl = model.get(expr.target)
    if isinstance(decl, ir.AliasDecl):
        return _decl_at(model, decl.target, value, path)
    if not path:
        return decl
    if isinstance(decl, ir.UnionDecl) and isinstance(value, dict):
        member = next((m.target for m in decl.members if m.value == value.get(decl.discriminator)), None)
        return _decl_at(model, ir.Ref(member), value, path) if member else None
    if isinstance(decl, ir.ObjectDecl) and isinstance(value, dict) and path[0] in value:
        field = next((f for f in decl.fields if f.wire_name == path[0]), None)
        return _decl_at(model, field.type, value[path[0]], path[1:]) if field else None
    return None


def test_go_agrees_with_the_referee_on_mutated_examples(driver: Path, config: Config, model: ir.Model) -> None:
    referee = Referee(load_model(config).workspace)
    cases = []
    for component, example in schema_examples(model):
        for where, value in [((), r) for r in REPLACEMENTS] + list(_mutations(example)):
            union = _decl_at(model, ir.Ref(component), example, where[:-2]) if len(where) >= 2 else None
            unknown_member = (isinstance(union, ir.UnionDecl) and where[-2] == union.discriminator
                              and isinstance(where[-1], str) and where[-1] != "<removed>")
            if not unknown_member:  # rule 3 accepts what the referee calls invalid, at any depth
                cases.append((component, where, value))
    assert len(cases) > 500
    answers = go_driver.run(driver, [{"schema": c, "value": v} for c, _, v in cases])
    disagreements = [f"{c} {where}: go ok={a['ok']} ({a.get('error')})"
                     for (c, where, v), a in zip(cases, answers) if a["ok"] != referee.is_valid(c, v)]
    assert not disagreements, "\n".join(disagreements[:20])
    for (component, _, value), answer in zip(cases, answers):
        if answer["ok"]:
            assert answer["value"] == value, component


# --- Go unit tests of the public API ---

def test_go_unit_tests(go_module: tuple[str, Path, dict[str, str]], driver: Path) -> None:
    tool, workdir, env = go_module
    result = go_driver.go(tool, ["test", "-count=1", "."], workdir, env)
    assert result.returncode == 0, result.stdout + result.stderr
