"""Go target: naming through the openrouter-go profile, the names the target derives itself, the
rendered text of seed 004, gofmt's layout rules, and gofmt / go vet / go build on the output."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import ir
from generator.config import Config, TargetSettings
from generator.errors import SchemaError
from generator.load import Workspace
from generator.lower import lower
from generator.naming.profiles import PROFILES
from generator.naming.symbols import Symbols, name_model
from generator.pipeline import build
from generator.render import Renderer
from generator.targets import TargetContext, go as go_target
from generator.targets.go_types import align, comment, go_string, layout_block, struct_tag
from generator.validate import validate_workspace
from generator.write import Tree, diff_trees, write_tree

from conftest import ROOT
from generator.roundtrip import go as go_driver
from helpers import openapi, write_schema


PROFILE = PROFILES["openrouter-go"]
SEED_FILE = "models/components/openresponsesimagegencallgenerating.go"


@pytest.fixture(scope="module")
def tree(config: Config, model: ir.Model) -> Tree:
    return build(config, ["go"], model)["go"]


def _go(go_tool: str, args: list[str], cwd: Path, tmp: Path) -> subprocess.CompletedProcess[str]:
    return go_driver.go(go_tool, args, cwd, go_driver.go_env(tmp))


# --- naming: the profile's rules, as the Go target sees them ---

@pytest.mark.parametrize("wire, name", [
    ("item_id", "ItemID"),
    ("url", "URL"),
    ("image_url", "ImageURL"),
    ("b64_json", "B64JSON"),
    ("json_schema", "JSONSchema"),
    ("api_key", "APIKey"),
    ("partial_image_b64", "PartialImageB64"),
    ("sequence_number", "SequenceNumber"),
    ("http_status", "HTTPStatus"),
    ("type", "Type"),  # a keyword only in lower case
    ("marshal_json", "MarshalJSONField"),  # would clash with the generated method
    ("additional_properties", "AdditionalPropertiesField"),  # would clash with the extra-fields map
    ("error", "ErrorField"),
])
def test_field_names(wire: str, name: str) -> None:
    assert PROFILE.field_name(wire) == name


@pytest.mark.parametrize("enum_id, value, const", [
    ("CreateImageRequest.size", "1024x1024", "CreateImageRequestSizeOneThousandAndTwentyFourx1024"),
    ("CreateImageRequest.size", "1536x1024", "CreateImageRequestSizeOneThousandFiveHundredAndThirtySixx1024"),
    ("CreateImageRequest.response_format", "b64_json", "CreateImageRequestResponseFormatB64JSON"),
    ("CreateImageRequest.response_format", "url", "CreateImageRequestResponseFormatURL"),
    ("ImageModel", "gpt-image-1", "ImageModelGptImage1"),
    ("ResponseImageGenCallGeneratingEvent.type", "response.image_generation_call.generating",
     "OpenResponsesImageGenCallGeneratingTypeResponseImageGenerationCallGenerating"),
])
def test_enum_constants(symbols: dict[str, Symbols], enum_id: str, value: str, const: str) -> None:
    assert symbols["go"].member(enum_id, value) == const


@pytest.mark.parametrize("decl_id, name", [
    ("ResponseImageGenCallGeneratingEvent", "OpenResponsesImageGenCallGenerating"),  # vendor name
    ("ResponseStreamEvent", "OpenResponsesStreamEvent"),
    ("ImageGenStreamEvent", "ImageGenStreamEvent"),  # spec name: union members keep theirs
    ("ResponseImageGenCallGeneratingEvent.type", "OpenResponsesImageGenCallGeneratingType"),  # owner + property
    ("ImagesResponse.usage.input_tokens_details", "ImagesResponseUsageInputTokensDetails"),
    ("CreateImageRequest.response_format", "CreateImageRequestResponseFormat"),
])
def test_type_names(symbols: dict[str, Symbols], decl_id: str, name: str) -> None:
    assert symbols["go"].type(decl_id) == name


def test_one_file_per_component_with_its_inline_types(tree: Tree, model: ir.Model, symbols: dict[str, Symbols]) -> None:
    files = {f"models/components/{symbols['go'].files[d.id]}.go" for d in model.components()}
    support = {f"models/components/{s}.go" for s in go_target.SUPPORT_FILES}
    stream = {f"{go_target.STREAM_DIR}/{name}" for name in go_target.STREAM_FILES}
    assert set(tree) == files | support | stream | {"go.mod", "README.md", "LICENSE"}
    usage = tree["models/components/imagesresponse.go"]
    assert "type ImagesResponseUsageInputTokensDetails struct {" in usage
    assert "type ImagesResponseSize string" in usage


def test_union_names_derived_by_the_target(tree: Tree) -> None:
    text = tree["models/components/openresponsesstreamevent.go"]
    # columns are aligned to the longest member name, which the schema may change
    assert re.search(r"\n\tOpenResponsesImageGenCallGenerating +\*OpenResponsesImageGenCallGenerating\n", text)
    assert "\tType OpenResponsesStreamEventType\n" in text
    assert "type OpenResponsesStreamEventType string" in text
    assert re.search(r"\n\tOpenResponsesStreamEventTypeResponseImageGenerationCallGenerating +"
                     r'OpenResponsesStreamEventType = "response\.image_generation_call\.generating"\n', text)
    assert ("func CreateOpenResponsesStreamEventResponseImageGenerationCallGenerating("
            "v OpenResponsesImageGenCallGenerating) OpenResponsesStreamEvent {") in text
    images = tree["models/components/imagegenstreamevent.go"]
    assert ("func CreateImageGenStreamEventImageGenerationCompleted(v ImageGenCompletedEvent) "
            "ImageGenStreamEvent {") in images


# --- seed 004 ---

def test_seed_004_struct(tree: Tree) -> None:
    text = tree[SEED_FILE]
    assert text.startswith("// Code generated from schemas/openapi.yaml by xsdk ")
    assert "DO NOT EDIT.\n\npackage components\n" in text
    assert "\ntype OpenResponsesImageGenCallGenerating struct {\n" in text
    for line in ['Type OpenResponsesImageGenCallGeneratingType `json:"type"`', 'ItemID string `json:"item_id"`',
                 'OutputIndex float64 `json:"output_index"`', 'SequenceNumber float64 `json:"sequence_number"`']:
        assert f"\n\t{line}\n" in text
    assert ("// OpenResponsesImageGenCallGenerating - Sent while an image generation tool call is actively "
            "producing an image") in text
    assert "\t// ID of the image generation output item this event is about.\n\tItemID string" in text


def test_seed_004_enum(tree: Tree) -> None:
    text = tree[SEED_FILE]
    assert "\ntype OpenResponsesImageGenCallGeneratingType string\n" in text
    assert ('\tOpenResponsesImageGenCallGeneratingTypeResponseImageGenerationCallGenerating '
            'OpenResponsesImageGenCallGeneratingType = "response.image_generation_call.generating"\n') in text
    assert ("func (e OpenResponsesImageGenCallGeneratingType) ToPointer() *OpenResponsesImageGenCallGeneratingType {\n"
            "\treturn &e\n}") in text
    assert "func (e *OpenResponsesImageGenCallGeneratingType) UnmarshalJSON(data []byte) error {" in text
    assert ('decodeEnum(e, data, path, "OpenResponsesImageGenCallGeneratingType", '
            'OpenResponsesImageGenCallGeneratingTypeResponseImageGenerationCallGenerating)') in text


def test_seed_004_nil_safe_getters(tree: Tree) -> None:
    text = tree[SEED_FILE]
    assert ("func (o *OpenResponsesImageGenCallGenerating) GetItemID() string {\n"
            "\tif o == nil {\n\t\treturn \"\"\n\t}\n\treturn o.ItemID\n}") in text
    assert ("func (o *OpenResponsesImageGenCallGenerating) GetOutputIndex() float64 {\n"
            "\tif o == nil {\n\t\treturn 0\n\t}\n\treturn o.OutputIndex\n}") in text


def test_field_shapes(tree: Tree) -> None:
    request = tree["models/components/createimagerequest.go"]
    assert "\tPrompt string `json:\"prompt\"`\n" in request  # required: a value
    assert "\tUser *string `json:\"user,omitempty\"`\n" in request  # optional: a pointer
    assert "\tN OptionalNullable[float64] `json:\"n,omitempty\"`\n" in request  # optional and nullable
    assert "\tModel OptionalNullable[ImageModel] `json:\"model,omitempty\"`\n" in request  # open enum
    assert 'readOptionalNullable(r, "model", &out.Model, decodeOpenEnum[ImageModel])' in request
    assert 'readOptionalNullable(r, "n", &out.N, bounded(decodeInteger, limits{hasMin: true, min: 1, ' \
           'hasMax: true, max: 10}))' in request
    response = tree["models/components/imagesresponse.go"]
    assert "\tData []Image `json:\"data,omitempty\"`\n" in response  # optional list: nil when absent
    assert 'readPresent(r, "data", &out.Data, decodeArray((*Image).decode))' in response
    assert "\tAdditionalProperties map[string]json.RawMessage `json:\"-\"`\n" in response


def test_integer_setting(config: Config, model: ir.Model, symbols: dict[str, Symbols]) -> None:
    settings = TargetSettings("go", PROFILE.key, config.targets["go"].out,
                              {**config.targets["go"].options, "integer": "int64"})
    ctx = TargetContext(model, symbols["go"], settings, Renderer(config.templates, "go"), "header")
    text = go_target.render(ctx)[SEED_FILE]
    assert "\tOutputIndex int64 `json:\"output_index\"`\n" in text
    assert 'readRequired(r, "output_index", &out.OutputIndex, decodeInt64)' in text
    bad = TargetSettings("go", PROFILE.key, config.targets["go"].out, {"integer": "int32"})
    with pytest.raises(SchemaError, match="integer"):
        go_target.render(TargetContext(model, symbols["go"], bad, Renderer(config.templates, "go"), "header"))


def test_go_mod(tree: Tree) -> None:
    assert tree["go.mod"].endswith("\n\nmodule github.com/xsdk/xsdk/generated/go\n\ngo 1.22\n")


# --- layout helpers: gofmt's rules computed in Python ---

def test_align_pads_columns_within_runs() -> None:
    rows = [["A", "string", "`json:\"a\"`"], ["BBBB", "int"], ["C", "float64", "`json:\"c\"`"]]
    assert align(rows) == ["A    string `json:\"a\"`", "BBBB int", "C    float64 `json:\"c\"`"]


def test_comment_lines_end_an_alignment_run() -> None:
    lines = layout_block([([], ["A", "string"]), ([], ["Long", "int"]), (["// doc"], ["B", "bool"])])
    assert lines == ["A    string", "Long int", "// doc", "B bool"]


def test_comment_drops_indentation_and_extra_blank_lines() -> None:
    assert comment("first\n    code-like\n\n\n- item", "T - ") == ["// T - first", "// code-like", "//", "// - item"]
    assert comment(None) == []
    assert comment("x", deprecated=True)[-2:] == [
        "//", "// Deprecated: this is deprecated in the schema and may be removed."]


def test_go_string_and_struct_tag() -> None:
    assert go_string('a"b\\c\n\x00é') == '"a\\"b\\\\c\\n\\u0000é"'
    assert struct_tag("item_id", False) == '`json:"item_id"`'
    assert struct_tag("size", True) == '`json:"size,omitempty"`'
    assert struct_tag("we`ird", False) == '"json:\\"we`ird\\""'


# --- names the target derives are checked, not papered over ---

def _render_schema(tmp_path: Path, schemas: str, integer: str = "float64", **options: object) -> Tree:
    root = write_schema(tmp_path, {"openapi.yaml": openapi(schemas)})
    ws = Workspace.open(root)
    validate_workspace(ws)
    model = lower(ws, "schemas/openapi.yaml")
    settings = TargetSettings("go", PROFILE.key, tmp_path / "generated" / "go",
                              {"module": "example.com/exotic", "package": "components", "integer": integer,
                               **options})
    ctx = TargetContext(model, name_model(model, PROFILE), settings, Renderer(ROOT / "templates", "go"),
                        "Code generated by the tests. DO NOT EDIT.")
    return go_target.render(ctx)


UNION = """
    Event:
      oneOf: [{$ref: "#/components/schemas/Ping"}]
      discriminator: {propertyName: type}
    Ping:
      type: object
      required: [type]
      properties:
        type: {type: string, const: ping}
"""


def test_union_discriminator_type_clashing_with_a_component_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="EventType"):
        _render_schema(tmp_path, UNION + """
    EventType:
      type: object
      properties:
        a: {type: string}
""")


def test_union_constructor_clashing_with_a_component_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="CreateEventPing") as info:
        _render_schema(tmp_path, UNION + """
    CreateEventPing:
      type: object
      properties:
        a: {type: string}
""")
    # both declarations are pointed at: the component, and the union whose constructor it would be
    assert info.value.also is not None and info.value.origin is not None
    assert {info.value.origin.pointer, info.value.also.pointer} == {"/components/schemas/CreateEventPing",
                                                                    "/components/schemas/Event"}


def test_a_root_union_gets_a_stream_reader(tmp_path: Path) -> None:
    tree = _render_schema(tmp_path, UNION)
    text = tree["models/components/event.go"]
    assert ('import (\n\t"encoding/json"\n\t"io"\n\n\t"example.com/exotic/types/stream"\n)\n') in text
    assert "func NewEventReader(body io.Reader) *stream.EventStream[Event] {" in text
    assert "events := components.NewEventReader(resp.Body)" in tree["types/stream/reader.go"]
    assert "components.NewEventReader" in tree["README.md"]
    # a union another type refers to is a part of an event, not a stream's event
    tree = _render_schema(tmp_path / "nested", UNION + """
    Envelope:
      type: object
      properties:
        event: {$ref: "#/components/schemas/Event"}
""")
    assert "Reader(" not in tree["models/components/event.go"]
    assert "stream.NewEventStream(resp.Body, stream.JSON[components.SomeEvent])" in tree["types/stream/reader.go"]


def test_stream_reader_clashing_with_a_component_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="NewEventReader") as info:
        _render_schema(tmp_path, UNION + """
    NewEventReader:
      type: object
      properties:
        a: {type: string}
""")
    assert info.value.also is not None and info.value.origin is not None
    assert {info.value.origin.pointer, info.value.also.pointer} == {"/components/schemas/NewEventReader",
                                                                    "/components/schemas/Event"}


def test_streams_setting(tmp_path: Path) -> None:
    schemas = UNION + """
    Other:
      oneOf: [{$ref: "#/components/schemas/Ping"}]
      discriminator: {propertyName: type}
"""
    tree = _render_schema(tmp_path, schemas)
    assert "func NewEventReader(" in tree["models/components/event.go"]
    assert "func NewOtherReader(" in tree["models/components/other.go"]
    tree = _render_schema(tmp_path / "listed", schemas, streams=["Other"])
    assert "Reader(" not in tree["models/components/event.go"]
    assert "func NewOtherReader(" in tree["models/components/other.go"]
    with pytest.raises(SchemaError, match="'Ping', which is not a discriminated union") as info:
        _render_schema(tmp_path / "bad", schemas, streams=["Ping"])
    assert info.value.origin is not None and info.value.origin.pointer == "/components/schemas/Ping"
    with pytest.raises(SchemaError, match="'Nope', which is not"):
        _render_schema(tmp_path / "missing", schemas, streams=["Nope"])


def test_structs_holding_each_other_by_value_are_an_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match=r"A\.b -> B\.a -> A: these required, non-nullable properties") as info:
        _render_schema(tmp_path, """
            A:
              type: object
              required: [b]
              properties:
                b: {$ref: "#/components/schemas/B"}
            B:
              type: object
              required: [a]
              properties:
                a: {$ref: "#/components/schemas/A"}
        """)
    assert info.value.origin is not None and info.value.also is not None
    # through an optional, nullable, array or union field, recursion is fine
    _render_schema(tmp_path / "fine", """
        A:
          type: object
          required: [b, list, maybe]
          properties:
            b: {$ref: "#/components/schemas/B"}
            list: {type: array, items: {$ref: "#/components/schemas/A"}}
            maybe: {anyOf: [{$ref: "#/components/schemas/A"}, {type: "null"}]}
        B:
          type: object
          properties:
            a: {$ref: "#/components/schemas/A"}
    """)


def test_getter_clashing_with_a_field_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="GetURL"):
        _render_schema(tmp_path, """
            Link:
              type: object
              properties:
                url: {type: string}
                get_url: {type: string}
        """)


def test_support_type_name_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="OptionalNullable"):
        _render_schema(tmp_path, """
            OptionalNullable:
              type: object
              properties:
                a: {type: string}
        """)


@pytest.mark.parametrize("name", ["_thing", "Decoding", "Config_test"])
def test_unexported_or_reserved_file_names_are_errors(tmp_path: Path, name: str) -> None:
    with pytest.raises(SchemaError):
        _render_schema(tmp_path, f"""
            {name}:
              type: object
              properties:
                a: {{type: string}}
        """)


# --- the committed tree ---

def test_output_is_deterministic(config: Config, model: ir.Model, tree: Tree) -> None:
    assert build(config, ["go"], model)["go"] == tree


def test_committed_tree_is_current(config: Config, tree: Tree) -> None:
    diffs = diff_trees(config.targets["go"].out, tree, "generated/go")
    assert not diffs, "generated/go is stale: run `.venv/bin/xsdk generate --lang go`\n" + "".join(diffs)[:4000]


def test_check_passes_under_another_hash_seed(config: Config) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    command = [sys.executable, "-c", "from generator.cli import main; main()", "check", "--lang", "go"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


# Go aliases on a type cycle (a fuzzing finding): go1.26's type checker panics on a Go alias on a cycle
# used as a type argument (`type Node = *NodeValue` and, in NodeValue's object alternative,
# `OptionalNullable[Node]`), depending on the order it checks the declarations in (golang/go#78296).
# The cycle spells the alias out; everything else still names it.
RECURSIVE_ALIASES = """
    Node:
      anyOf:
      - type: object
        properties:
          next: {$ref: "#/components/schemas/Node"}
          list: {$ref: "#/components/schemas/Nodes"}
        required: [list]
      - type: boolean
      - type: "null"
    Nodes: {type: array, items: {$ref: "#/components/schemas/Holder"}}
    Holder:
      type: object
      required: [node]
      properties:
        node: {$ref: "#/components/schemas/Node"}
    Tree:
      anyOf:
      - {type: object, additionalProperties: {$ref: "#/components/schemas/Branch"}}
      - {type: "null"}
    Branch:
      type: object
      properties:
        tree: {$ref: "#/components/schemas/Tree"}
    Outer: {$ref: "#/components/schemas/Inner", description: an alias of an alias}
    Inner: {$ref: "#/components/schemas/Ring", description: an alias of an object}
    Ring:
      type: object
      properties:
        outer: {anyOf: [{$ref: "#/components/schemas/Outer"}, {type: "null"}]}
        ring: {type: object, additionalProperties: {$ref: "#/components/schemas/Outer"}}
        rings: {$ref: "#/components/schemas/Rings"}
    Rings: {type: array, items: {$ref: "#/components/schemas/Outer"}}
    Alpha:
      type: object
      properties:
        node: {$ref: "#/components/schemas/Node"}
        tree: {$ref: "#/components/schemas/Tree"}
        outer: {anyOf: [{$ref: "#/components/schemas/Outer"}, {type: "null"}]}
        rings: {$ref: "#/components/schemas/Rings"}
"""


def test_a_go_alias_is_spelled_out_on_its_own_cycle(tmp_path: Path) -> None:
    tree = _render_schema(tmp_path, RECURSIVE_ALIASES)
    node, holder = tree["models/components/node.go"], tree["models/components/holder.go"]
    assert "type Node = *NodeValue\n" in node
    assert re.search(r"\n\tNext +OptionalNullable\[\*NodeValue\] ", node)
    assert re.search(r"\n\tNode +\*NodeValue ", holder)  # required, nullable: not generic, still on the cycle
    assert "type Tree = *map[string]Branch\n" in tree["models/components/tree.go"]
    assert re.search(r"\n\tTree +OptionalNullable\[\*map\[string\]Branch\] ", tree["models/components/branch.go"])
    assert "type Outer = Inner\n" in tree["models/components/outer.go"]  # alias declarations keep their names
    assert "type Inner = Ring\n" in tree["models/components/inner.go"]
    ring = tree["models/components/ring.go"]
    assert re.search(r"\n\tOuter +OptionalNullable\[Ring\] ", ring)
    assert re.search(r"\n\tRing +map\[string\]Ring ", ring)
    assert "type Rings []Ring\n" in tree["models/components/rings.go"]  # a defined type on the cycle
    # off the cycles every alias keeps its name
    alpha = tree["models/components/alpha.go"]
    for field, type_ in [("Node", "OptionalNullable[Node]"), ("Tree", "OptionalNullable[Tree]"),
                         ("Outer", "OptionalNullable[Outer]"), ("Rings", "Rings")]:
        assert re.search(rf"\n\t{field} +{re.escape(type_)} ", alpha), field


@pytest.mark.slow
def test_go_aliases_on_cycles_vet_and_round_trip(go_tool: str, tmp_path: Path) -> None:
    root = write_schema(tmp_path / "schema", {"openapi.yaml": openapi(RECURSIVE_ALIASES)})
    ws = Workspace.open(root)
    validate_workspace(ws)
    model = lower(ws, "schemas/openapi.yaml")
    symbols = name_model(model, PROFILE)
    out = tmp_path / "go"
    settings = TargetSettings("go", PROFILE.key, out, {"module": "example.com/cycles", "package": "components"})
    write_tree(out, go_target.render(TargetContext(model, symbols, settings, Renderer(ROOT / "templates", "go"),
                                                   "Code generated by the tests. DO NOT EDIT.")))
    env = go_driver.go_env(tmp_path)
    result = go_driver.go(go_tool, ["vet", "./..."], out, env)
    assert result.returncode == 0, result.stdout + result.stderr
    workdir = go_driver.write_module(tmp_path / "driver", model, symbols, "example.com/cycles", "components", out)
    driver = go_driver.build(go_tool, workdir, env)
    values = [("Alpha", {"node": {"next": {"next": True, "list": []}, "list": [{"node": None}, {"node": False}]},
                         "tree": {"a": {"tree": {"b": {}}}, "c": {"tree": None}},
                         "outer": {"outer": None, "ring": {"x": {}}, "rings": [{}]}, "rings": [{"outer": {}}]}),
              ("Alpha", {"node": None, "tree": None, "outer": None}), ("Node", {"next": None, "list": []}),
              ("Tree", {"x": {"tree": {"y": {}}}}), ("Outer", {"rings": [{"outer": {"ring": {}}}]})]
    answers = go_driver.run(driver, [{"schema": name, "value": value} for name, value in values])
    assert [a.get("value") for a in answers] == [value for _, value in values], answers


# --- the Go toolchain on the output ---

@pytest.mark.slow
def test_gofmt_prints_nothing(go_tool: str, config: Config, tmp_path: Path) -> None:
    result = subprocess.run([go_driver.find_gofmt(go_tool), "-l", "."], cwd=config.targets["go"].out,
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


@pytest.mark.slow
def test_go_vet_and_build(go_tool: str, config: Config, tmp_path: Path) -> None:
    for args in (["vet", "./..."], ["build", "./..."]):
        result = _go(go_tool, args, config.targets["go"].out, tmp_path)
        assert result.returncode == 0, f"go {' '.join(args)}:\n{result.stdout}{result.stderr}"


EXOTIC = """
    Widget:
      type: object
      description: |
        A widget with every kind of field.
            An indented line (a code block to gofmt, unless the target drops the indentation).

        # Heading
        1. a numbered line
      required: [id, kind, anything, count, flag, open]
      properties:
        id: {type: string, description: "the ID, with a `backquote` and a trailing */"}
        "we`ird \\"key": {type: string, minLength: 1, maxLength: 5}
        tags: {type: array, items: {type: string}, minItems: 1}
        meta: {type: object, additionalProperties: true}
        scores: {type: object, additionalProperties: {type: integer}}
        extra: {description: free-form and optional}
        anything: {description: free-form and required}
        parent: {$ref: "#/components/schemas/Widget"}
        count: {type: [integer, "null"], minimum: 0}
        ratio: {type: [number, "null"], minimum: 0.5, maximum: 1.5}
        kind: {type: string, enum: ["1024x1024", "a\\"b", "", "naïve"]}
        list: {$ref: "#/components/schemas/WidgetList"}
        name: {$ref: "#/components/schemas/Name"}
        blob: {$ref: "#/components/schemas/Blob"}
        maybe: {$ref: "#/components/schemas/MaybeWidget"}
        sibling:
          anyOf: [{$ref: "#/components/schemas/Widget"}, {type: "null"}]
        twin: {$ref: "#/components/schemas/Twin"}
        flag: {type: boolean, deprecated: true}
        open:
          anyOf:
            - type: string
            - $ref: "#/components/schemas/Color"
        grid: {type: array, items: {type: object, additionalProperties: {$ref: "#/components/schemas/Color"}}}
        shape: {$ref: "#/components/schemas/Shape"}
        either:
          anyOf: [{type: integer}, {type: string}, {type: array, items: {$ref: "#/components/schemas/Color"}}]
    Twin:
      type: object
      properties:
        widget: {anyOf: [{$ref: "#/components/schemas/Widget"}, {type: "null"}]}
    Color: {type: string, enum: [red, "0"]}
    WidgetList: {type: array, items: {$ref: "#/components/schemas/Widget"}}
    Name: {type: string, description: A defined string type.}
    Blob: {description: Anything at all.}
    MaybeWidget:
      anyOf: [{$ref: "#/components/schemas/Widget"}, {type: "null"}]
    Shape:
      oneOf: [{$ref: "#/components/schemas/Circle"}, {$ref: "#/components/schemas/Square"}]
      discriminator: {propertyName: form}
    Circle:
      type: object
      required: [form]
      properties:
        form: {type: string, const: circle}
        r: {type: number}
    Square:
      type: object
      required: [form]
      properties:
        form: {type: string, const: 2-square}
"""


@pytest.mark.slow
@pytest.mark.parametrize("integer", ["float64", "int64"])
def test_exotic_schema_is_gofmt_clean_and_vets(go_tool: str, tmp_path: Path, integer: str) -> None:
    tree = _render_schema(tmp_path / "schema", EXOTIC, integer)
    widget = tree["models/components/widget.go"]
    assert '"json:\\"we`ird \\\\\\"key,omitempty\\""' in widget
    assert "type WidgetList []Widget" in tree["models/components/widgetlist.go"]
    assert "type MaybeWidget = *Widget" in tree["models/components/maybewidget.go"]
    assert "type Blob = any" in tree["models/components/blob.go"]
    # recursion through OptionalNullable, directly and through another type: it holds its value by pointer
    assert re.search(r"\n\tSibling +OptionalNullable\[Widget\] ", widget)
    assert "\tWidget OptionalNullable[Widget] " in tree["models/components/twin.go"]
    assert "func NewShapeReader(body io.Reader) *stream.EventStream[Shape] {" not in tree["models/components/shape.go"]
    assert "func CreateShapeTwoSquare(v Square) Shape {" in tree["models/components/shape.go"]
    assert f"\tInteger      *{integer}\n\tStr          *string\n\tArrayOfColor []Color\n" in widget
    assert f"if decode{'Integer' if integer == 'float64' else 'Int64'}(&v1, data, path) == nil {{" in widget
    out = tmp_path / "go"
    write_tree(out, tree)
    gofmt = subprocess.run([go_driver.find_gofmt(go_tool), "-l", "."], cwd=out, capture_output=True, text=True)
    assert gofmt.returncode == 0 and gofmt.stdout == "", gofmt.stdout + gofmt.stderr
    result = _go(go_tool, ["vet", "./..."], out, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
