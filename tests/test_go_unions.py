"""Go bindings for unions beyond the project schema: untagged unions (anyOf/oneOf without a
discriminator), inline discriminated unions with inline members, unions nested in union members and
implicit `type` tags; generated into a temporary project, checked with gofmt and go vet, and driven
on the wire through the round-trip driver (generator/roundtrip/PROTOCOL.md) and Go unit tests."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.config import Config, load_config
from generator.errors import SchemaError
from generator.naming.symbols import Symbols
from generator.pipeline import build, load_model, symbols_for
from generator.roundtrip import go as go_driver
from generator.write import Tree, write_tree

from conftest import ROOT
from helpers import openapi, write_schema

SCHEMAS = """
Tool:
  type: object
  required: [type, name]
  properties:
    type: {type: string, const: tool}
    name: {type: string}
Choice:
  description: How the model picks a tool.
  anyOf:
    - type: string
      enum: [none, auto]
    - $ref: "#/components/schemas/Tool"
NullableChoice:
  anyOf:
    - type: string
    - $ref: "#/components/schemas/Tool"
    - type: "null"
Filter:
  type: object
  required: [value]
  properties:
    value:
      anyOf: [{type: string}, {type: number}, {type: array, items: {type: string}}]
    count:
      anyOf: [{type: integer}, {type: number}, {type: "null"}]
    range:
      anyOf:
        - type: object
          title: bounds
          required: [min]
          properties: {min: {type: integer}, max: {type: integer}}
        - type: string
    meta:
      anyOf: [{type: object, additionalProperties: {type: string}}, {type: boolean}]
    extra:
      anyOf: [{type: string}, {}]
Text:
  type: object
  required: [type, text]
  properties:
    type: {type: string, const: output_text}
    text: {type: string}
    annotations:
      type: array
      items:
        oneOf:
          - type: object
            required: [type, url]
            properties: {type: {const: url_citation}, url: {type: string}}
          - type: object
            required: [type, file_id]
            properties: {type: {const: file_citation}, file_id: {type: string}, index: {type: integer}}
Message:
  type: object
  required: [content]
  properties:
    content:
      type: array
      items:
        oneOf:
          - $ref: "#/components/schemas/Text"
          - type: object
            required: [type, refusal]
            properties: {type: {const: refusal}, refusal: {type: string}}
        discriminator: {propertyName: type}
Item:
  anyOf:
    - $ref: "#/components/schemas/Message"
    - $ref: "#/components/schemas/Text"
Circle:
  type: object
  required: [type, r]
  properties: {type: {type: string, enum: [circle]}, r: {type: number}}
Square:
  type: object
  required: [type, side]
  properties: {type: {const: square}, side: {type: number}}
Shape:
  anyOf:
    - $ref: "#/components/schemas/Circle"
    - $ref: "#/components/schemas/Square"
Event:
  oneOf:
    - $ref: "#/components/schemas/Tool"
    - type: object
      required: [type, items]
      properties:
        type: {const: batch}
        items: {type: array, items: {$ref: "#/components/schemas/Shape"}}
  discriminator: {propertyName: type}
Tools:
  type: array
  items:
    anyOf: [{$ref: "#/components/schemas/Tool"}, {type: string}, {type: boolean}]
Labels:
  type: object
  additionalProperties:
    anyOf: [{type: string}, {type: integer}]
Nested:
  anyOf:
    - $ref: "#/components/schemas/Choice"
    - {type: array, items: {$ref: "#/components/schemas/Shape"}}
    - {type: object, additionalProperties: {type: array, items: {type: integer}}}
Model:
  anyOf: [{type: string}, {type: string, enum: [small, large]}]
"""

MODULE = "example.com/unions"


@dataclass(frozen=True)
class Project:
    config: Config
    model: ir.Model
    symbols: Symbols
    tree: Tree


def _config(root: Path, schemas: str) -> Config:
    """A temporary project: its own pyproject.toml (Go module MODULE), the repository's templates."""
    schema = write_schema(root, {"openapi.yaml": openapi(schemas)})
    (root / "pyproject.toml").write_text(
        f'[tool.xsdk]\ntemplates = "{(ROOT / "templates").as_posix()}"\n'
        f'[tool.xsdk.go]\nmodule = "{MODULE}"\npackage = "components"\ninteger = "float64"\n', encoding="utf-8")
    return load_config(root / "pyproject.toml", schema=schema, output=root / "generated")


def _project(root: Path, schemas: str) -> Project:
    config = _config(root, schemas)
    model = load_model(config).model
    return Project(config, model, symbols_for(config, model, "go"), build(config, ["go"], model)["go"])


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = _project(tmp_path_factory.mktemp("go-unions"), SCHEMAS)
    write_tree(project.config.targets["go"].out, project.tree)
    return project


def _file(project: Project, component: str) -> str:
    return project.tree[f"models/components/{project.symbols.files[component]}.go"]


# --- the IR this file exercises, and what the generator makes of it ---

def test_schema_covers_every_union_shape(project: Project) -> None:
    kinds = {d.id: type(d).__name__ for d in project.model.decls}
    assert kinds["Choice"] == kinds["Filter.value"] == kinds["Filter.range"] == "AnyOfDecl"
    assert kinds["Message.content"] == kinds["Text.annotations"] == kinds["Shape"] == kinds["Event"] == "UnionDecl"
    assert kinds["Filter.range.bounds"] == kinds["Event.batch"] == kinds["Message.content.refusal"] == "ObjectDecl"
    shape = project.model.get("Shape")
    assert isinstance(shape, ir.UnionDecl) and [m.value for m in shape.members] == ["circle", "square"]


def test_untagged_union_struct(project: Project) -> None:
    text = _file(project, "Filter")
    assert ("type FilterValue struct {\n\tStr        *string\n\tNumber     *float64\n\tArrayOfStr []string\n\n"
            "\t// Type names the alternative held.\n\tType FilterValueType\n}\n") in text
    assert ('\tFilterValueTypeStr        FilterValueType = "str"\n'
            '\tFilterValueTypeNumber     FilterValueType = "number"\n'
            '\tFilterValueTypeArrayOfStr FilterValueType = "arrayOfStr"\n') in text
    assert ("func CreateFilterValueStr(v string) FilterValue {\n"
            "\treturn FilterValue{Str: &v, Type: FilterValueTypeStr}\n}") in text
    assert "return FilterValue{ArrayOfStr: v, Type: FilterValueTypeArrayOfStr}" in text  # a slice is no pointer
    assert "\tValue FilterValue " in text and "\tCount OptionalNullable[FilterCount] " in text
    assert "\tFilterRangeBounds *FilterRangeBounds\n" in text and "type FilterRangeBounds struct {" in text
    assert "\tMapOfStr *map[string]string\n" not in text and "\tMapOfStr map[string]string\n" in text
    assert "\tAny *any\n" in text
    assert 'Expected: "one of: a string, a number, an array of strings"' in text


def test_untagged_component_union(project: Project) -> None:
    text = _file(project, "Choice")
    assert text.count("\ntype ") == 3  # Choice, ChoiceType, the inline enum
    assert "// Choice - How the model picks a tool.\ntype Choice struct {\n\tChoiceVariant1 *ChoiceVariant1\n" in text
    assert '\tChoiceTypeTool           ChoiceType = "Tool"\n' in text
    assert "func CreateChoiceTool(v Tool) Choice {" in text
    assert 'Expected: "one of: ChoiceVariant1 (\\"none\\", \\"auto\\"), Tool (an object)"' in text


def test_inline_union_and_inline_members_live_in_the_component_file(project: Project) -> None:
    text = _file(project, "Message")
    assert "\tContent []MessageContent `json:\"content\"`\n" in text
    assert "\tText                  *Text\n\tMessageContentRefusal *MessageContentRefusal\n" in text
    assert "func CreateMessageContentRefusal(v MessageContentRefusal) MessageContent {" in text
    assert "type MessageContentRefusal struct {" in text
    assert set(project.tree) == {"go.mod", "README.md", "types/stream/reader.go", "types/stream/stream.go",
                                 *(f"models/components/{s}.go" for s in (
        "decoding", "decodeerror", "optionalnullable", "doc", "tool", "choice", "nullablechoice", "filter", "text",
        "message",
        "item", "circle", "square", "shape", "event", "tools", "labels", "nested", "model"))}
    tools = _file(project, "Tools")
    assert "type Tools []ToolsItem\n" in tools and "type ToolsItem struct {" in tools
    assert "type Labels map[string]LabelsValue\n" in _file(project, "Labels")
    event = _file(project, "Event")
    assert "func CreateEventBatch(v EventBatch) Event {" in event and "\tItems []Shape " in event


@pytest.mark.parametrize("schemas, message", [
    ("U:\n  anyOf: [{type: string}, {type: string, format: date}]\n", "two fields `Str`"),
    ("U:\n  anyOf: [{type: array, items: {type: integer}}, {type: array, items: {type: integer, minimum: 1}}]\n",
     "two fields `ArrayOfInteger`"),
    ("U:\n  anyOf: [{$ref: '#/components/schemas/Type'}, {type: string}, {type: boolean}]\n"
     "Type: {type: object, properties: {a: {type: string}}}\n", "two fields `Type`"),
    ("U:\n  anyOf: [{type: boolean}, {type: string}]\nCreateUStr: {type: string}\n", "CreateUStr"),
    ("U:\n  anyOf: [{type: boolean}, {type: string}]\nUType: {type: string}\n", "UType"),
    ("U:\n  anyOf: [{type: boolean}, {type: string}]\nUTypeBoolean: {type: string}\n", "UTypeBoolean"),
])
def test_name_clashes_are_schema_errors(tmp_path: Path, schemas: str, message: str) -> None:
    with pytest.raises(SchemaError) as info:
        _project(tmp_path, schemas)
    assert message in info.value.message
    assert info.value.origin is not None and info.value.origin.pointer.startswith("/components/schemas/")


GO_UNIT_TESTS = """
package main

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"example.com/unions/models/components"
)

func encode(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	return string(data)
}

func TestConstructorsEncodeTheirAlternative(t *testing.T) {
	f := components.Filter{Value: components.CreateFilterValueArrayOfStr([]string{"a", "b"})}
	f.Count = components.OptionalValue(components.CreateFilterCountNumber(2.5))
	if got := encode(t, f); got != `{"value":["a","b"],"count":2.5}` {
		t.Fatalf("got %s", got)
	}
	choice := components.CreateChoiceTool(components.Tool{Type: components.ToolTypeTool, Name: "search"})
	if choice.Type != components.ChoiceTypeTool || encode(t, choice) != `{"type":"tool","name":"search"}` {
		t.Fatalf("choice %+v", choice)
	}
	if got := encode(t, components.CreateChoiceChoiceVariant1(components.ChoiceVariant1Auto)); got != `"auto"` {
		t.Fatalf("got %s", got)
	}
}

func TestFirstFittingAlternativeIsDecoded(t *testing.T) {
	var c components.FilterCount
	err := json.Unmarshal([]byte(`2`), &c)
	if err != nil || c.Type != components.FilterCountTypeInteger || *c.Integer != 2 {
		t.Fatalf("err = %v, c = %+v", err, c)
	}
	err = json.Unmarshal([]byte(`2.5`), &c)
	if err != nil || c.Type != components.FilterCountTypeNumber || c.Integer != nil {
		t.Fatalf("err = %v, c = %+v", err, c)
	}
	var choice components.Choice
	err = json.Unmarshal([]byte(`"none"`), &choice)
	if err != nil || choice.Type != components.ChoiceTypeChoiceVariant1 ||
		*choice.ChoiceVariant1 != components.ChoiceVariant1None {
		t.Fatalf("err = %v, choice = %+v", err, choice)
	}
}

func TestNoAlternativeIsADecodeError(t *testing.T) {
	var f components.Filter
	err := json.Unmarshal([]byte(`{"value":{"a":1}}`), &f)
	var de *components.DecodeError
	if !errors.As(err, &de) {
		t.Fatalf("err = %v", err)
	}
	if de.Root != "Filter" || de.Type != "FilterValue" || de.Path != "$.value" || de.Got != "an object" ||
		de.Expected != "one of: a string, a number, an array of strings" {
		t.Fatalf("error %+v", *de)
	}
}

func TestEmptyUntaggedUnionDoesNotEncode(t *testing.T) {
	if _, err := json.Marshal(components.Choice{}); err == nil || !strings.Contains(err.Error(), "Choice") {
		t.Fatalf("err = %v", err)
	}
}

func TestInlineUnionKeepsUnknownMember(t *testing.T) {
	raw := `{"content":[{"type":"audio","data":[1,{"x":null}]}]}`
	var m components.Message
	if err := json.Unmarshal([]byte(raw), &m); err != nil {
		t.Fatal(err)
	}
	if !m.Content[0].IsUnknown() || m.Content[0].Type != "audio" || encode(t, m) != raw {
		t.Fatalf("decoded %+v", m)
	}
}

func TestRootUnionReader(t *testing.T) {
	body := "event: batch\\ndata: {\\"type\\":\\"batch\\",\\"items\\":[{\\"type\\":\\"circle\\",\\"r\\":1}]}\\n\\n" +
		"event: batch\\ndata: {\\"type\\":\\"batch\\",\\"items\\":[{\\"type\\":\\"circle\\",\\"r\\":\\"1\\"}]}\\n\\n"
	events := components.NewEventReader(strings.NewReader(body))
	if !events.Next() || events.Value().EventBatch == nil || events.Value().EventBatch.Items[0].Circle.GetR() != 1 {
		t.Fatalf("first event: %v", events.Err())
	}
	var de *components.DecodeError
	if events.Next() || !errors.As(events.Err(), &de) || de.Path != "$.items[0].r" ||
		!strings.Contains(events.Err().Error(), `event "batch" at line 4`) {
		t.Fatalf("err = %v", events.Err())
	}
}

func TestInlineMemberConstructorSetsTheTag(t *testing.T) {
	c := components.CreateMessageContentRefusal(components.MessageContentRefusal{Refusal: "no"})
	if c.Type != components.MessageContentTypeRefusal || encode(t, c) != `{"type":"refusal","refusal":"no"}` {
		t.Fatalf("content %+v", c)
	}
}
"""


@pytest.fixture(scope="module")
def go_module(project: Project, go_tool: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    scratch = tmp_path_factory.mktemp("go-unions-driver")
    workdir = go_driver.write_module(scratch / "module", project.model, project.symbols, MODULE, "components",
                                     project.config.targets["go"].out)
    (workdir / "unions_test.go").write_text(GO_UNIT_TESTS.lstrip("\n"), encoding="utf-8")
    return workdir, go_driver.go_env(scratch)


@pytest.fixture(scope="module")
def driver(go_module: tuple[Path, dict[str, str]], go_tool: str) -> Path:
    workdir, env = go_module
    return go_driver.build(go_tool, workdir, env)


@pytest.mark.slow
def test_gofmt_and_go_vet(project: Project, go_tool: str, go_module: tuple[Path, dict[str, str]]) -> None:
    out = project.config.targets["go"].out
    gofmt = subprocess.run([go_driver.find_gofmt(go_tool), "-l", "."], cwd=out, capture_output=True, text=True)
    assert gofmt.returncode == 0 and gofmt.stdout == "", gofmt.stdout + gofmt.stderr
    workdir, env = go_module
    for cwd in (out, workdir):  # the generated package, and the driver and unit tests using it
        result = go_driver.go(go_tool, ["vet", "./..."], cwd, env)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_go_unit_tests(go_tool: str, go_module: tuple[Path, dict[str, str]], driver: Path) -> None:
    workdir, env = go_module
    result = go_driver.go(go_tool, ["test", "-count=1", "."], workdir, env)
    assert result.returncode == 0, result.stdout + result.stderr


# --- on the wire ---

CITED = {"type": "output_text", "text": "hi", "annotations": [
    {"type": "url_citation", "url": "https://x.test"}, {"type": "file_citation", "file_id": "f1", "index": 2}]}


VALID: list[tuple[Any, ...]] = [
    ("Choice", "auto", "ChoiceVariant1"),
    ("NullableChoice", None, "NullableChoice"),  # a nullable anyOf component: a nullable alias of the shapes
    ("NullableChoice", "anything", "NullableChoice"),
    ("NullableChoice", {"type": "tool", "name": "search"}, "NullableChoice"),
    ("Choice", {"type": "tool", "name": "search", "strict": True}, "Tool"),  # unknown field kept
    ("Filter", {"value": "x"}, "Filter"),
    ("Filter", {"value": 2.5, "count": None}, "Filter"),
    ("Filter", {"value": ["a", "b"], "count": 3, "range": {"min": 1, "other": [None]}}, "Filter"),
    ("Filter", {"value": [], "count": 3.5, "range": "1-5", "meta": {"a": "b"}, "extra": None}, "Filter"),
    ("Filter", {"value": "", "meta": False, "extra": {"deep": [1, "x"]}}, "Filter"),
    ("Filter", {"value": 0, "extra": "s", "more": {"kept": True}}, "Filter"),
    ("Message", {"content": [CITED, {"type": "refusal", "refusal": "no"}]}, "Message"),
    ("Message", {"content": [{"type": "output_text", "text": "t", "annotations": []}]}, "Message"),
    ("Message", {"content": []}, "Message"),
    ("Text", CITED, "Text"),
    ("Item", {"content": []}, "Message"),
    ("Item", {"type": "output_text", "text": "t"}, "Text"),
    # both alternatives accept this one (Message keeps `type` and `text` as extra fields): the first wins
    ("Item", {"content": [], "type": "output_text", "text": "t"}, "Message"),
    ("Shape", {"type": "circle", "r": 1.5}, "Circle"),
    ("Shape", {"type": "square", "side": 2}, "Square"),
    ("Event", {"type": "tool", "name": "n"}, "Tool"),
    ("Event", {"type": "batch", "items": [{"type": "square", "side": 1}, {"type": "hexagon", "n": 6}]}, "EventBatch"),
    ("Event", {"type": "future", "x": {"y": [1.5]}}, "unknown"),
    ("Shape", {"type": "triangle", "sides": [3, 4, 5]}, "unknown"),
    ("Tools", [{"type": "tool", "name": "a"}, "b", False], "Tools"),
    ("Labels", {"a": "x", "b": 2}, "Labels"),
    ("Nested", "none", "Choice"),
    ("Nested", {"type": "tool", "name": "a"}, "Choice"),
    ("Nested", [{"type": "circle", "r": 1}], "arrayOfShape"),
    ("Nested", [], "arrayOfShape"),
    ("Nested", {"a": [1, 2], "b": []}, "mapOfArrayOfInteger"),
    ("Model", "someone-elses-model", "Model"),
]


@pytest.mark.slow
@pytest.mark.parametrize("schema, value, decoded", VALID)
def test_valid_values_round_trip(driver: Path, schema: str, value: Any, decoded: str) -> None:
    assert go_driver.run(driver, [{"schema": schema, "value": value}])[0] == {
        "ok": True, "decoded": decoded, "value": value}


REJECTED: list[tuple[Any, ...]] = [
    ("Filter", {"value": ["a", 1]}),
    ("Filter", {"value": "x", "count": "3"}),
    ("Filter", {"value": "x", "range": {"min": 1.5}}),
    ("Filter", {"value": "x", "meta": {"a": 1}}),
    ("Choice", "required"),
    ("Choice", {"type": "tool"}),
    ("Choice", None),  # Choice lists no null
    ("Item", {"type": "refusal"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("schema, value", REJECTED)
def test_untagged_unions_reject_what_no_alternative_accepts(driver: Path, schema: str, value: Any) -> None:
    answer = go_driver.run(driver, [{"schema": schema, "value": value}])[0]
    assert answer["ok"] is False, answer


NO_ALTERNATIVE: list[tuple[Any, ...]] = [
    ("Filter", {"value": True}, "$.value",
     "components: cannot decode Filter (in FilterValue) at $.value: expected one of: a string, a number, an "
     "array of strings, got true"),
    ("Filter", {"value": "x", "count": "3"}, "$.count",
     'components: cannot decode Filter (in FilterCount) at $.count: expected one of: an integer, a number, got "3" '
     "(a string)"),
    ("Filter", {"value": "x", "range": {"max": 1}}, "$.range",
     "components: cannot decode Filter (in FilterRange) at $.range: expected one of: FilterRangeBounds (an "
     "object), a string, got an object"),
    ("Choice", "sometimes", "$",
     'components: cannot decode Choice at $: expected one of: ChoiceVariant1 ("none", "auto"), Tool (an object), '
     'got "sometimes" (a string)'),
    ("Item", [], "$",
     "components: cannot decode Item at $: expected one of: Message (an object), Text (an object), got "
     "an array"),
    ("Tools", ["a", 1], "$[1]",
     "components: cannot decode Tools (in ToolsItem) at $[1]: expected one of: Tool (an object), a string, a "
     "boolean, got 1"),
    ("Labels", {"ok": 1, "bad key": 1.5}, '$["bad key"]',
     'components: cannot decode Labels (in LabelsValue) at $["bad key"]: expected one of: a string, an integer, '
     'got 1.5'),
    ("Nested", {"a": [1.5]}, "$",
     "components: cannot decode Nested at $: expected one of: Choice, an array of Shape values, an object "
     "of arrays of integers, got an object"),
]


@pytest.mark.slow
@pytest.mark.parametrize("schema, value, path, message", NO_ALTERNATIVE)
def test_no_alternative_fitting_is_an_error_at_the_union(driver: Path, schema: str, value: Any, path: str,
                                                         message: str) -> None:
    assert go_driver.run(driver, [{"schema": schema, "value": value}])[0] == {
        "ok": False, "path": path, "error": message}


NESTED_ERRORS: list[tuple[Any, ...]] = [
    ("Message", {"content": [{"type": "refusal"}]}, "$.content[0].refusal", "MessageContentRefusal"),
    ("Message", {"content": [{"type": "refusal", "refusal": "no"}, CITED | {"annotations": [
        {"type": "file_citation", "file_id": "f"}, {"type": "url_citation", "url": 5}]}]},
     "$.content[1].annotations[1].url", "TextAnnotationsURLCitation"),
    ("Message", {"content": [CITED | {"annotations": [{"type": "file_citation", "file_id": "f", "index": 0.5}]}]},
     "$.content[0].annotations[0].index", "TextAnnotationsFileCitation"),
    ("Message", {"content": [{"type": 7}]}, "$.content[0].type", "MessageContent"),
    ("Message", {"content": [{"text": "t"}]}, "$.content[0].type", "MessageContent"),
    ("Item", {"type": "output_text", "text": "t", "annotations": [{"type": "url_citation"}]}, "$", "Item"),
    ("Event", {"type": "batch", "items": [{"type": "circle", "r": "1"}]}, "$.items[0].r", "Circle"),
    ("Event", {"type": "batch"}, "$.items", "EventBatch"),
    ("Shape", {"type": "circle"}, "$.r", "Circle"),
]


@pytest.mark.slow
@pytest.mark.parametrize("schema, value, path, owner", NESTED_ERRORS)
def test_nested_errors_name_the_path_and_owner(driver: Path, schema: str, value: Any, path: str, owner: str) -> None:
    answer = go_driver.run(driver, [{"schema": schema, "value": value}])[0]
    assert answer["ok"] is False and answer["path"] == path, answer
    in_owner = "" if owner == schema else f" (in {owner})"  # every component here keeps its spec name in Go
    assert answer["error"].startswith(f"components: cannot decode {schema}{in_owner} at {path}: expected "), answer


# Where Go and JSON Schema differ, by design: an unknown member is kept (rule 3), at any depth.
KNOWN_DIFFERENCES: list[tuple[str, Any]] = [
    ("Event", {"type": "future", "x": {"y": [1.5]}}),
    ("Shape", {"type": "triangle", "sides": [3, 4, 5]}),
    ("Event", {"type": "batch", "items": [{"type": "square", "side": 1}, {"type": "hexagon", "n": 6}]}),
]


@pytest.mark.slow
def test_go_agrees_with_the_referee(project: Project, driver: Path) -> None:
    from generator.referee import Referee  # noqa: PLC0415 - only this test needs jsonschema

    referee = Referee(load_model(project.config).workspace)
    cases = [(c[0], c[1]) for table in (VALID, REJECTED, NO_ALTERNATIVE, NESTED_ERRORS) for c in table]
    assert all(c in cases for c in KNOWN_DIFFERENCES)
    answers = go_driver.run(driver, [{"schema": s, "value": v} for s, v in cases])
    disagreements = {(s, repr(v)) for (s, v), a in zip(cases, answers) if a["ok"] != referee.is_valid(s, v)}
    assert disagreements == {(s, repr(v)) for s, v in KNOWN_DIFFERENCES}
