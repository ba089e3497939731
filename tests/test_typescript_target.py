"""TypeScript target: naming through the openrouter-typescript profile, the rendered text of seed 003,
and `tsc --strict` on the rendered package and on programs that use it (including ones that must not
compile)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator import __version__, ir
from generator.config import Config, TargetSettings
from generator.errors import SchemaError
from generator.load import Workspace as SchemaWorkspace
from generator.lower import lower
from generator.naming.profiles import PROFILES
from generator.naming.symbols import Symbols, name_model
from generator.pipeline import build
from generator.render import Renderer
from generator.targets import TargetContext, typescript
from generator.targets.typescript_types import Imports, Names, TypeWriter, comment_text, jsdoc, ts_string
from generator.validate import validate_workspace
from generator.write import Tree, diff_trees

from conftest import ROOT
from generator.roundtrip.typescript import Workspace, shared_workspace, tsc
from helpers import openapi, write_schema

PROFILE = PROFILES["openrouter-typescript"]
SEED_FILE = "src/models/openresponsesstreameventresponseimagegenerationcallgenerating.ts"

# The example of seed 003, with only the package name changed.
SEED_EXAMPLE = """\
import { OpenResponsesStreamEventResponseImageGenerationCallGenerating } from "@xsdk/events/models";

let value: OpenResponsesStreamEventResponseImageGenerationCallGenerating = {
  type: "response.image_generation_call.generating",
  itemId: "item-abc123",
  outputIndex: 0,
  sequenceNumber: 2,
};
"""


@pytest.fixture(scope="module")
def tree(config: Config, model: ir.Model) -> Tree:
    return build(config, ["typescript"], model)["typescript"]


@pytest.fixture(scope="module")
def workspace(tree: Tree, tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return shared_workspace(tree, lambda: tmp_path_factory.mktemp("typescript"))


# --- naming: the profile's rules, as the TypeScript target sees them ---

@pytest.mark.parametrize("value, key", [
    ("1024x1024", "OneThousandAndTwentyFourx1024"),
    ("1536x1024", "OneThousandFiveHundredAndThirtySixx1024"),
    ("256x256", "TwoHundredAndFiftySixx256"),
    ("b64_json", "B64Json"),
    ("dall-e-3", "DallE3"),
    ("gpt-image-1", "GptImage1"),
    ("response.image_generation_call.generating", "ResponseImageGenerationCallGenerating"),
    ("hd", "Hd"),
])
def test_enum_member_keys(value: str, key: str) -> None:
    assert PROFILE.member_name("AnyEnum", value) == key


@pytest.mark.parametrize("wire, name", [
    ("b64_json", "b64Json"),
    ("partial_image_b64", "partialImageB64"),
    ("item_id", "itemId"),
    ("output_index", "outputIndex"),
    ("sequence_number", "sequenceNumber"),
    ("revised_prompt", "revisedPrompt"),
    ("type", "type"),
])
def test_field_names_are_camel_case(wire: str, name: str) -> None:
    assert PROFILE.field_name(wire) == name


@pytest.mark.parametrize("decl_id, name", [
    # spec names, vendor overrides included
    ("ImageModel", "ImageModel"),
    ("CreateImageRequest", "CreateImageRequest"),
    ("ResponseStreamEvent", "OpenResponsesStreamEvent"),
    # members of a discriminated union: union name + PascalCase(discriminator value), over any vendor name
    ("ResponseImageGenCallGeneratingEvent", "OpenResponsesStreamEventResponseImageGenerationCallGenerating"),
    ("ResponseImageGenCallPartialImageEvent", "OpenResponsesStreamEventResponseImageGenerationCallPartialImage"),
    ("ImageGenCompletedEvent", "ImageGenStreamEventImageGenerationCompleted"),
    # their one-value discriminator enums: Type + PascalCase(value)
    ("ResponseImageGenCallGeneratingEvent.type", "TypeResponseImageGenerationCallGenerating"),
    ("ImageGenPartialImageEvent.type", "TypeImageGenerationPartialImage"),
    # other inline declarations: owner name + PascalCase(property), nested
    ("CreateImageRequest.size", "CreateImageRequestSize"),
    ("ImageGenPartialImageEvent.size", "ImageGenStreamEventImageGenerationPartialImageSize"),
    ("ImagesResponse.usage.input_tokens_details", "ImagesResponseUsageInputTokensDetails"),
    ("ImageGenCompletedEvent.usage", "ImageGenStreamEventImageGenerationCompletedUsage"),
])
def test_type_names(symbols: dict[str, Symbols], decl_id: str, name: str) -> None:
    assert symbols["typescript"].type(decl_id) == name


def test_file_is_lowercase_type_name(symbols: dict[str, Symbols]) -> None:
    ts = symbols["typescript"]
    assert ts.files["ResponseImageGenCallGeneratingEvent"] == \
        "openresponsesstreameventresponseimagegenerationcallgenerating"
    assert all(stem == ts.type(decl_id).lower() for decl_id, stem in ts.files.items())


@pytest.mark.parametrize("type_name, from_json, to_json", [
    ("OpenResponsesStreamEventResponseImageGenerationCallGenerating",
     "openResponsesStreamEventResponseImageGenerationCallGeneratingFromJSON",
     "openResponsesStreamEventResponseImageGenerationCallGeneratingToJSON"),
    ("ImagesResponse", "imagesResponseFromJSON", "imagesResponseToJSON"),
    ("TypeImageGenerationCompleted", "typeImageGenerationCompletedFromJSON", "typeImageGenerationCompletedToJSON"),
])
def test_function_names_are_camel_case_of_the_type(type_name: str, from_json: str, to_json: str) -> None:
    names = Names.of(type_name)
    assert (names.from_json, names.to_json) == (from_json, to_json)
    assert (names.inbound, names.outbound, names.outbound_type) == (
        f"{type_name}$inboundSchema", f"{type_name}$outboundSchema", f"{type_name}$Outbound")


# --- type expressions and comments ---

def _writer(model: ir.Model, symbols: Symbols, here: str) -> tuple[TypeWriter, Imports]:
    imports = Imports()
    return TypeWriter(model, symbols, symbols.files, here, imports), imports


def test_type_expressions(model: ir.Model, symbols: dict[str, Symbols]) -> None:
    writer, imports = _writer(model, symbols["typescript"], "CreateImageRequest")
    assert writer.type(ir.Primitive("integer")) == "number"
    assert writer.type(ir.Primitive("number")) == "number"
    assert writer.type(ir.AnyValue()) == "unknown"
    assert writer.type(ir.ArrayOf(ir.Ref("Image"))) == "Array<Image>"
    assert writer.type(ir.MapOf(ir.ArrayOf(ir.Primitive("string")))) == "{ [k: string]: Array<string> }"
    assert writer.type(ir.ArrayOf(ir.Ref("Image")), outbound=True) == "Array<Image$Outbound>"
    assert writer.type(ir.OpenEnum("ImageModel")) == "OpenEnum<typeof ImageModel>"
    assert writer.type(ir.OpenEnum("ImageModel"), outbound=True) == "string"
    assert writer.schema(ir.Primitive("integer"), False, ir.Constraints(minimum=1, maximum=10)) == \
        "z.int().gte(1).lte(10)"
    assert writer.schema(ir.MapOf(ir.Ref("Image")), True) == "recordSchema(Image$outboundSchema)"
    assert writer.schema(ir.OpenEnum("ImageModel"), False) == "z.string()"
    lines = "\n".join(imports.lines())
    assert 'import type { OpenEnum } from "../lib/enums.js";' in lines
    assert "Image$outboundSchema" in lines and "type Image$Outbound" in lines and '"./image.js"' in lines


def test_optional_and_nullable_fields(tree: Tree) -> None:
    text = tree["src/models/createimagerequest.ts"]
    assert "  prompt: string;\n" in text  # required
    assert "  user?: string | undefined;\n" in text  # optional
    assert "  n?: number | null | undefined;\n" in text  # optional and nullable
    assert "  model?: OpenEnum<typeof ImageModel> | null | undefined;\n" in text  # open enum
    assert "  size?: CreateImageRequestSize | null | undefined;\n" in text
    assert '    n: ["n", z.int().gte(1).lte(10).nullable().optional()],\n' in text
    assert "  OneThousandAndTwentyFourx1024: \"1024x1024\",\n" in text
    assert "  B64Json: \"b64_json\",\n" in text
    assert "  data?: Array<Image> | undefined;\n" in tree["src/models/imagesresponse.ts"]


def test_jsdoc_escapes_comment_end() -> None:
    assert jsdoc("a */ b\nsecond line") == ["a *\\/ b", "second line"]
    assert jsdoc(None, deprecated=True) == ["@deprecated"]
    assert jsdoc("old", deprecated=True) == ["old", "", "@deprecated"]


def test_escape_fast_paths_agree_with_the_spelled_out_rules() -> None:
    """ts_string and comment_text return printable text as it is: around every character they escape,
    and some they do not, they agree with their rules written out one character at a time."""
    line_breaks = {0x7F: "\\u007f", 0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029", 0xFEFF: "\\ufeff"}
    for code in [*range(0x00, 0xA1), 0xAD, 0x2028, 0x2029, 0x3000, 0xD800, 0xFEFF, 0x1F600]:
        text = f"a{chr(code)}*/b"
        assert ts_string(text) == json.dumps(text, ensure_ascii=False).translate(line_breaks), hex(code)
        spelled = "".join(f"\\u{ord(c):04x}" if (ord(c) < 0x20 and c != "\t") or ord(c) in line_breaks else c
                          for c in text.replace("*/", "*\\/"))
        assert comment_text(text) == spelled, hex(code)


# --- seed 003 ---

def test_seed_003_rendered_text(tree: Tree) -> None:
    text = tree[SEED_FILE]
    assert "export type OpenResponsesStreamEventResponseImageGenerationCallGenerating = {\n" in text
    body = text.split("export type OpenResponsesStreamEventResponseImageGenerationCallGenerating = {\n")[1]
    body = body.split("\n};\n")[0]
    declared = re.findall(r"^  (\w+\??): (.+);$", body, re.M)
    assert declared[:4] == [("type", "TypeResponseImageGenerationCallGenerating"), ("itemId", "string"),
                            ("outputIndex", "number"), ("sequenceNumber", "number")]
    assert (
        "export const TypeResponseImageGenerationCallGenerating = {\n"
        '  ResponseImageGenerationCallGenerating: "response.image_generation_call.generating",\n'
        "} as const;\n"
    ) in text
    assert ("export type TypeResponseImageGenerationCallGenerating = "
            "ClosedEnum<typeof TypeResponseImageGenerationCallGenerating>;\n") in text
    for name in ("OpenResponsesStreamEventResponseImageGenerationCallGenerating$inboundSchema",
                 "OpenResponsesStreamEventResponseImageGenerationCallGenerating$outboundSchema",
                 "OpenResponsesStreamEventResponseImageGenerationCallGenerating$Outbound",
                 "function openResponsesStreamEventResponseImageGenerationCallGeneratingFromJSON(",
                 "function openResponsesStreamEventResponseImageGenerationCallGeneratingToJSON("):
        assert name in text
    assert '    outputIndex: ["output_index", z.int()],\n' in text
    assert 'export * from "./openresponsesstreameventresponseimagegenerationcallgenerating.js";' in \
        tree["src/models/index.ts"]


def test_union_has_an_unknown_member(tree: Tree) -> None:
    text = tree["src/models/openresponsesstreamevent.ts"]
    assert "  | OpenResponsesStreamEventResponseImageGenerationCallGenerating\n" in text
    assert "  | OpenResponsesStreamEventUnknown;\n" in text
    assert "export type OpenResponsesStreamEventUnknown = {\n  type?: undefined;\n  raw: { [k: string]: unknown };\n};" in text


def test_package_files(tree: Tree, model: ir.Model) -> None:
    package = json.loads(tree["package.json"])
    assert package["name"] == "@xsdk/events" and package["version"] == model.version
    assert package["type"] == "module"
    assert package["dependencies"]["zod"].startswith("^4.")
    assert {"./models", "."} <= set(package["exports"])
    expected_files = {f"src/models/{stem}.ts" for stem in ("image", "imagemodel", "imagesresponse",
                                                           "openresponsesstreamevent", "imagegenstreamevent")}
    assert expected_files <= set(tree)
    header = f"// Code generated from {model.source} by xsdk {__version__}. DO NOT EDIT."
    for path, text in tree.items():
        if path.endswith((".ts", "tsconfig.json")):
            assert text.startswith(header + "\n"), path
    assert package["//"] == header[3:]
    assert tree["README.md"].startswith(f"<!-- {header[3:]} -->")


def test_output_is_deterministic(config: Config, model: ir.Model, tree: Tree) -> None:
    assert build(config, ["typescript"], model)["typescript"] == tree


def test_committed_tree_is_current(config: Config, tree: Tree) -> None:
    diffs = diff_trees(config.targets["typescript"].out, tree, "generated/typescript")
    assert not diffs, "generated/typescript is stale: run `.venv/bin/xsdk generate --lang typescript`\n" + \
        "".join(diffs)[:4000]


# --- the target refuses what it cannot write ---

def _render_schema(tmp_path: Path, schemas: str) -> Tree:
    root = write_schema(tmp_path, {"openapi.yaml": openapi(schemas)})
    ws = SchemaWorkspace.open(root)
    validate_workspace(ws)
    model = lower(ws, "schemas/openapi.yaml")
    settings = TargetSettings("typescript", PROFILE.key, tmp_path / "generated" / "typescript")
    ctx = TargetContext(model, name_model(model, PROFILE), settings, Renderer(ROOT / "templates", "typescript"),
                        "header")
    return typescript.render(ctx)


def test_field_named_like_the_extra_fields_property_is_escaped(tmp_path: Path) -> None:
    tree = _render_schema(tmp_path, """
        Thing:
          type: object
          properties:
            additional_properties: {type: string}
    """)
    assert "  additionalPropertiesField?: string | undefined;" in tree["src/models/thing.ts"]


def test_name_of_the_runtime_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="SDKValidationError"):
        _render_schema(tmp_path, """
            SDKValidationError:
              type: object
              properties:
                a: {type: string}
        """)


def test_recursive_type_is_written_with_lazy_schemas(tmp_path: Path) -> None:
    tree = _render_schema(tmp_path, """
        Node:
          type: object
          properties:
            children:
              type: array
              items: {$ref: "#/components/schemas/Node"}
    """)
    text = tree["src/models/node.ts"]
    assert "  children?: Array<Node> | undefined;\n" in text
    assert '    children: ["children", z.array(z.lazy(() => Node$inboundSchema)).optional()],\n' in text
    assert '    children: ["children", z.array(z.lazy(() => Node$outboundSchema)).optional()],\n' in text


@pytest.mark.parametrize("schemas, cycle", [
    ("""
        A: {$ref: "#/components/schemas/B"}
        B: {$ref: "#/components/schemas/A"}
     """, "A -> B -> A"),
    ("""
        X:
          anyOf: [{type: string}, {$ref: "#/components/schemas/X"}]
     """, "X -> X"),
])
def test_type_that_contains_itself_with_nothing_in_between_is_an_error(tmp_path: Path, schemas: str,
                                                                       cycle: str) -> None:
    # a pure alias loop is refused while lowering, for every language; a union loop by the TypeScript target
    with pytest.raises(SchemaError, match=r"contains itself with no object or array in between|"
                                          r"is an alias of itself through \$refs") as info:
        _render_schema(tmp_path, schemas)
    assert info.value.message.endswith(cycle)
    assert info.value.origin is not None and info.value.origin.pointer in {
        f"/components/schemas/{name}" for name in cycle.split(" -> ")}


def test_names_the_target_derives_that_collide_name_both_sources(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="`EventUnknown` would be used for both") as info:
        _render_schema(tmp_path, """
            Event:
              oneOf:
                - {type: object, required: [type], properties: {type: {const: start}}}
              discriminator: {propertyName: type}
            EventUnknown:
              type: object
              properties: {a: {type: string}}
        """)
    origins = {info.value.origin.pointer if info.value.origin else None,
               info.value.also.pointer if info.value.also else None}
    assert origins == {"/components/schemas/Event", "/components/schemas/EventUnknown"}, info.value.render()


def test_small_schema_renders_and_names_quoted_wire_keys(tmp_path: Path) -> None:
    tree = _render_schema(tmp_path, """
        Thing:
          type: object
          required: [content-type]
          properties:
            content-type: {type: string, description: "ends a comment */ here"}
            tags: {type: object, additionalProperties: {type: integer}}
    """)
    text = tree["src/models/thing.ts"]
    assert '    contentType: ["content-type", z.string()],\n' in text
    assert '  "content-type": string;\n' in text  # the wire type keeps the wire name
    assert "ends a comment *\\/ here" in text
    assert "tags?: { [k: string]: number } | undefined;" in text


# --- tsc ---

def test_missing_node_modules_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.roundtrip.typescript as driver

    monkeypatch.setattr(driver, "TSC", driver.NODE_MODULES / "typescript" / "bin" / "no-such-tsc")
    with pytest.raises(driver.ToolingMissing, match="run `npm ci`"):
        driver.require_tooling()


def _errors(result: object) -> str:
    return f"{getattr(result, 'stdout', '')}{getattr(result, 'stderr', '')}"


@pytest.mark.slow
def test_package_builds_under_strict_tsc(workspace: Workspace) -> None:
    config = workspace.package / "tsconfig.json"
    assert '"strict": true' in config.read_text()
    assert workspace.build.returncode == 0, _errors(workspace.build)
    assert (workspace.package / "dist" / "models" / "index.d.ts").exists()


@pytest.mark.slow
def test_whole_tree_passes_tsc_strict_no_emit(workspace: Workspace) -> None:
    result = tsc("-p", "tsconfig.json", "--strict", "--noEmit", cwd=workspace.package)
    assert result.returncode == 0, _errors(result)


NARROWING = """\
import {
  CreateImageRequestSize,
  ImageModel,
  isOpenResponsesStreamEventUnknown,
  openResponsesStreamEventFromJSON,
  openResponsesStreamEventToJSON,
  type CreateImageRequest,
  type OpenResponsesStreamEvent,
  type OpenResponsesStreamEventResponseImageGenerationCallGenerating,
  type OpenResponsesStreamEventUnknown,
} from "@xsdk/events/models";
import { SDKValidationError } from "@xsdk/events";

export function describe(line: string): string {
  const result = openResponsesStreamEventFromJSON(line);
  if (!result.ok) {
    const error: SDKValidationError = result.error;
    return `${error.typeName} ${error.path} ${error.expected}`;
  }
  const event: OpenResponsesStreamEvent = result.value;
  if (event.type === "response.image_generation_call.generating") {
    const generating: OpenResponsesStreamEventResponseImageGenerationCallGenerating = event;
    return generating.itemId;
  }
  if (isOpenResponsesStreamEventUnknown(event)) {
    const unknown: OpenResponsesStreamEventUnknown = event;
    return openResponsesStreamEventToJSON(unknown) + String(unknown.raw["type"]);
  }
  switch (event.type) {
    case "response.image_generation_call.partial_image":
      return event.partialImageB64;
    case "response.image_generation_call.in_progress":
    case "response.image_generation_call.completed":
      return `${event.itemId} ${event.outputIndex + event.sequenceNumber}`;
    default:
      return String(event.sequenceNumber); // every event of the stream has one
  }
}

export const requests: CreateImageRequest[] = [
  { prompt: "a cat", model: ImageModel.DallE3, size: CreateImageRequestSize.OneThousandAndTwentyFourx1024 },
  { prompt: "a cat", model: "some-future-model", n: null, additionalProperties: { seed: 7 } },
];
"""


@pytest.mark.slow
def test_seed_example_and_narrowing_compile(workspace: Workspace) -> None:
    result = workspace.typecheck("good", {"seed.ts": SEED_EXAMPLE, "narrowing.ts": NARROWING},
                                 {"exactOptionalPropertyTypes": True})
    assert result.returncode == 0, _errors(result)


NEGATIVE = {
    # a string where the seed has a number
    "string_index.ts": SEED_EXAMPLE.replace("outputIndex: 0", 'outputIndex: "0"'),
    # another member's discriminator value
    "wrong_type.ts": SEED_EXAMPLE.replace('type: "response.image_generation_call.generating"',
                                          'type: "response.image_generation_call.completed"'),
    # a required field left out
    "missing_field.ts": SEED_EXAMPLE.replace('  itemId: "item-abc123",\n', ""),
    # wire names are not the TypeScript names
    "wire_name.ts": SEED_EXAMPLE.replace("itemId:", "item_id:"),
    # narrowing on `type` really narrows: another member's field is not there
    "narrowed.ts": """\
import { openResponsesStreamEventFromJSON } from "@xsdk/events/models";
const result = openResponsesStreamEventFromJSON("{}");
if (result.ok && result.value.type === "response.image_generation_call.generating") {
  console.log(result.value.partialImageB64);
}
""",
    # a closed enum accepts only its values
    "closed_enum.ts": """\
import type { CreateImageRequest } from "@xsdk/events/models";
export const r: CreateImageRequest = { prompt: "p", size: "7x7" };
""",
}


@pytest.mark.slow
def test_wrong_programs_do_not_compile(workspace: Workspace) -> None:
    result = workspace.typecheck("bad", NEGATIVE, {"lib": ["ES2022", "DOM"]})
    output = _errors(result)
    assert result.returncode != 0
    failing = set(re.findall(r"^(\w+\.ts)\(\d+,\d+\): error TS\d+", output, re.M))
    assert failing == set(NEGATIVE), output
    assert re.search(r"string_index\.ts\(6,3\): error TS2322: Type 'string' is not assignable to type 'number'",
                     output), output
