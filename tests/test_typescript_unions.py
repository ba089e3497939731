"""TypeScript bindings for unions beyond the project schema: untagged unions (anyOf/oneOf without a
discriminator), inline discriminated unions with inline and component members, unions nested in union
members and implicit `type` tags; generated into a temporary project, built with `tsc --strict`,
type-checked in consumer programs, and driven on the wire through the round-trip driver
(generator/roundtrip/PROTOCOL.md)."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.config import Config, load_config
from generator.errors import SchemaError
from generator.load import Workspace as SchemaWorkspace
from generator.lower import lower
from generator.naming.profiles import PROFILES
from generator.naming.symbols import Symbols, name_model
from generator.pipeline import build, load_model, symbols_for
from generator.roundtrip.typescript import (CONSUMER_OPTIONS, TypeScriptDriver, Workspace, build_workspace,
                                            registry, tsc)
from generator.write import Tree

from conftest import ROOT
from helpers import openapi, write_schema

# Every union here opts into OpenRouter's wrapped-member naming (x-xsdk-union-member-names), so its
# members are named union + PascalCase(type) and their tag enums Type<Value>.
SCHEMAS = """
Tool:
  type: object
  required: [type, name]
  properties:
    type: {type: string, const: function}
    name: {type: string}
Choice:
  description: How the model picks a tool.
  anyOf:
    - type: string
      enum: [none, auto, required]
    - $ref: "#/components/schemas/Tool"
    - title: Named
      type: object
      required: [name]
      properties: {name: {type: string}}
    - type: "null"
Filter:
  type: object
  required: [key, value]
  properties:
    key: {type: string}
    value:
      anyOf: [{type: string}, {type: number}, {type: array, items: {type: string}}]
    limit:
      anyOf: [{type: integer}, {type: boolean}, {type: "null"}]
    values:
      type: array
      items:
        anyOf: [{type: integer}, {type: number}]
    meta:
      anyOf: [{type: object, additionalProperties: {type: string}}, {type: boolean}]
    extra:
      anyOf: [{type: string}, {}]
Circle:
  type: object
  required: [radius]
  properties: {radius: {type: number}}
Labeled:
  type: object
  properties: {label: {type: string}}
Shape:
  anyOf:
    - $ref: "#/components/schemas/Circle"
    - title: Point
      type: object
      required: [x, y]
      properties: {x: {type: integer}, y: {type: integer}}
    - $ref: "#/components/schemas/Labeled"
ById:
  type: object
  required: [item_id]
  properties: {item_id: {type: string}}
ByCamel:
  type: object
  required: [itemId]
  properties: {itemId: {type: string}}
Reference:
  anyOf:
    - $ref: "#/components/schemas/ById"
    - $ref: "#/components/schemas/ByCamel"
FileCitation:
  type: object
  required: [type, file_id]
  properties:
    type: {type: string, const: file_citation}
    file_id: {type: string}
Text:
  type: object
  required: [type, text]
  properties:
    type: {type: string, const: output_text}
    text: {type: string}
    annotations:
      type: array
      items:
        x-xsdk-union-member-names: [openrouter]
        oneOf:
          - type: object
            required: [type, url]
            properties: {type: {const: url_citation}, url: {type: string}}
          - $ref: "#/components/schemas/FileCitation"
Message:
  type: object
  required: [content]
  properties:
    content:
      type: array
      items:
        x-xsdk-union-member-names: [openrouter]
        oneOf:
          - $ref: "#/components/schemas/Text"
          - type: object
            required: [type, refusal]
            properties: {type: {const: refusal}, refusal: {type: string}}
        discriminator: {propertyName: type}
    status:
      x-xsdk-union-member-names: [openrouter]
      oneOf:
        - type: object
          required: [type]
          properties: {type: {const: done}}
        - type: object
          required: [type, reason]
          properties: {type: {const: failed}, reason: {type: string}}
Event:
  x-xsdk-union-member-names: [openrouter]
  oneOf:
    - type: object
      required: [type]
      properties: {type: {const: start}}
    - type: object
      required: [type, code]
      properties: {type: {const: stop}, code: {type: integer}}
  discriminator: {propertyName: type}
Ping:
  type: object
  required: [type]
  properties: {type: {type: string, enum: [ping]}}
Pong:
  type: object
  required: [type, at]
  properties: {type: {const: pong}, at: {type: integer}}
Signal:
  x-xsdk-union-member-names: [openrouter]
  anyOf:
    - $ref: "#/components/schemas/Ping"
    - $ref: "#/components/schemas/Pong"
Item:
  anyOf:
    - $ref: "#/components/schemas/Signal"
    - $ref: "#/components/schemas/Shape"
"""

TEXT: dict[str, Any] = {"type": "output_text", "text": "hi", "annotations": [
    {"type": "url_citation", "url": "https://example.com"}, {"type": "file_citation", "file_id": "f-1"}]}
REFUSAL: dict[str, Any] = {"type": "refusal", "refusal": "no"}


@dataclass
class Project:
    config: Config
    model: ir.Model
    symbols: Symbols
    tree: Tree


def generate(root: Path, schemas: str) -> Project:
    schema = write_schema(root, {"openapi.yaml": openapi(schemas)})
    config = load_config(ROOT / "pyproject.toml", schema=schema, output=root / "generated")
    model = load_model(config).model
    return Project(config, model, symbols_for(config, model, "typescript"),
                   build(config, ["typescript"], model)["typescript"])


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return generate(tmp_path_factory.mktemp("unions"), SCHEMAS)


@pytest.fixture(scope="module")
def workspace(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    built = build_workspace(project.tree, tmp_path_factory.mktemp("unions-typescript"))
    assert built.build.returncode == 0, built.build.stdout + built.build.stderr
    return built


@pytest.fixture(scope="module")
def driver(project: Project, workspace: Workspace) -> Iterator[TypeScriptDriver]:
    running = TypeScriptDriver(workspace, registry(project.model, project.symbols))
    yield running
    running.close()


def _errors(result: subprocess.CompletedProcess[str]) -> str:
    return result.stdout + result.stderr


# --- names and layout ---

@pytest.mark.parametrize("decl_id, name", [
    ("Choice", "Choice"),  # null and the anyOf: a nullable alias of the anyOf, named below it
    ("Choice.value", "ChoiceValue"),
    ("Choice.value.variant1", "ChoiceValueVariant1"),  # an inline enum alternative: variant<N>
    ("Choice.value.Named", "ChoiceValueNamed"),  # an inline object alternative: its title
    ("Filter.value", "FilterValue"),
    ("Filter.values", "FilterValues"),  # an anyOf in array items: named after the property
    ("Message.content", "MessageContent"),
    ("Message.content.refusal", "MessageContentRefusal"),  # inline member: union + PascalCase(value)
    ("Message.content.refusal.type", "TypeRefusal"),  # its discriminator enum: Type<Value>
    ("Text", "MessageContentOutputText"),  # a component member: union + PascalCase(value)
    ("Text.annotations", "MessageContentOutputTextAnnotations"),
    ("Text.annotations.url_citation", "MessageContentOutputTextAnnotationsUrlCitation"),
    ("FileCitation", "MessageContentOutputTextAnnotationsFileCitation"),
    ("Message.status.failed", "MessageStatusFailed"),  # implicit tag, inline members
    ("Event.stop", "EventStop"),  # a component union with inline members
    ("Pong", "SignalPong"),  # implicit tag, component members
])
def test_type_names(project: Project, decl_id: str, name: str) -> None:
    assert project.symbols.type(decl_id) == name


def test_lowering_shapes_this_module_relies_on(project: Project) -> None:
    model = project.model
    choice = model.get("Choice")
    assert isinstance(choice, ir.AliasDecl) and choice.nullable and choice.target == ir.Ref("Choice.value")
    assert isinstance(model.get("Choice.value"), ir.AnyOfDecl) and isinstance(model.get("Reference"), ir.AnyOfDecl)
    assert isinstance(model.get("Filter.value"), ir.AnyOfDecl)
    for union in ("Message.content", "Message.status", "Text.annotations", "Event", "Signal"):
        assert isinstance(model.get(union), ir.UnionDecl), union
    item = model.get("Item")
    assert isinstance(item, ir.AnyOfDecl) and item.alternatives == (ir.Ref("Signal"), ir.Ref("Shape"))


def test_untagged_union_is_a_plain_union_type(project: Project) -> None:
    choice = project.tree["src/models/choice.ts"]
    assert "export type ChoiceValue =\n  | ChoiceValueVariant1\n  | Tool\n  | ChoiceValueNamed;\n" in choice
    assert "export type ChoiceValue$Outbound =\n  | ChoiceValueVariant1\n  | Tool$Outbound\n" \
        "  | ChoiceValueNamed$Outbound;\n" in choice
    assert "/**\n * How the model picks a tool.\n */\nexport type ChoiceValue =" in choice
    assert re.search(r'untaggedUnionInbound\(\n  "ChoiceValue",\n  \[\n    ChoiceValueVariant1\$inboundSchema,\n'
                     r'    Tool\$inboundSchema,\n    ChoiceValueNamed\$inboundSchema,\n  \],\n', choice), choice
    assert r'"one of: \"none\" | \"auto\" | \"required\", a Tool object, a ChoiceValueNamed object"' in choice
    assert "export type Choice = ChoiceValue | null;\n" in choice
    assert "export const Choice$inboundSchema: z.ZodType<Choice, unknown> = ChoiceValue$inboundSchema.nullable();" \
        in choice
    assert "function choiceFromJSON(" in choice and "function choiceToJSON(" in choice
    filter_ = project.tree["src/models/filter.ts"]
    assert "export type FilterValue =\n  | string\n  | number\n  | Array<string>;\n" in filter_
    assert '"one of: a string, a number, an array of strings"' in filter_
    assert '"one of: an object of strings, a boolean"' in filter_
    assert "  value: FilterValue;\n" in filter_
    assert "  limit?: FilterLimit | null | undefined;\n" in filter_  # nullability stays on the field
    assert '    limit: ["limit", FilterLimit$inboundSchema.nullable().optional()],\n' in filter_
    assert "  values?: Array<FilterValues> | undefined;\n" in filter_


def test_inline_declarations_live_in_their_component_file_in_dependency_order(project: Project) -> None:
    message = project.tree["src/models/message.ts"]
    defined = [m.group(1) for m in re.finditer(r"^export const (\w+)\$inboundSchema", message, re.M)]
    assert defined == ["TypeRefusal", "MessageContentRefusal", "MessageContent", "TypeDone", "MessageStatusDone",
                       "TypeFailed", "MessageStatusFailed", "MessageStatus", "Message"]
    assert 'from "./messagecontentoutputtext.js";' in message  # the component member is imported
    text = project.tree["src/models/messagecontentoutputtext.ts"]
    defined = [m.group(1) for m in re.finditer(r"^export const (\w+)\$inboundSchema", text, re.M)]
    assert defined.index("MessageContentOutputTextAnnotationsUrlCitation") < \
        defined.index("MessageContentOutputTextAnnotations") < defined.index("MessageContentOutputText")
    files = {path for path in project.tree if path.startswith("src/models/")}
    assert "src/models/messagecontent.ts" not in files and "src/models/filtervalue.ts" not in files
    assert "src/models/messagecontentoutputtextannotationsfilecitation.ts" in files


def test_every_schema_const_is_defined_before_it_is_used(project: Project) -> None:
    """zod schemas are consts: a schema built from another one of the same file must come after it."""
    for path, text in project.tree.items():
        if not path.startswith("src/models/") or path.endswith("index.ts"):
            continue
        seen: set[str] = set()
        local = set(re.findall(r"^export const (\w+\$(?:in|out)boundSchema)", text, re.M))
        for block in re.split(r"^(?=export )", text, flags=re.M):
            declared = re.match(r"export const (\w+\$(?:in|out)boundSchema)", block)
            used = set(re.findall(r"\b(\w+\$(?:in|out)boundSchema)\b", block)) & local
            if declared:
                used.discard(declared.group(1))
                assert used <= seen, (path, declared.group(1), used - seen)
                seen.add(declared.group(1))


def test_registry_names_members_and_alternatives(project: Project) -> None:
    entries = registry(project.model, project.symbols)
    assert entries["Event"]["union"] == {"field": "type", "members": {"start": "EventStart", "stop": "EventStop"},
                                         "isUnknown": "isEventUnknown"}
    assert entries["Signal"]["union"]["members"] == {"ping": "SignalPing", "pong": "SignalPong"}
    assert entries["Choice"]["type"] == "Choice"  # an alias of the anyOf: named like it, or "Choice"
    assert entries["Choice"]["anyOf"] == {"union": "ChoiceValue", "alternatives": [
        {"type": "ChoiceValueVariant1"}, {"type": "Tool"}, {"type": "ChoiceValueNamed"}]}
    assert entries["Filter"] == {"type": "Filter", "fromJSON": "filterFromJSON", "toJSON": "filterToJSON"}
    item = entries["Item"]["anyOf"]["alternatives"]
    assert item[0]["union"]["members"]["pong"] == "SignalPong"
    assert item[1]["anyOf"]["alternatives"][1] == {"type": "ShapePoint"}


def test_untagged_union_names_are_reserved_by_the_runtime(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="decodedAlternative"):
        generate(tmp_path, "decodedAlternative:\n  type: object\n  properties: {a: {type: string}}\n")


def test_a_name_that_is_not_an_identifier_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="is not an identifier") as info:
        generate(tmp_path, "Thing:\n  x-xsdk-names: {openrouter: Bad Name}\n  type: object\n"
                           "  properties: {a: {type: string}}\n")
    assert info.value.origin is not None
    assert info.value.origin.pointer == "/components/schemas/Thing/x-xsdk-names/openrouter"


def test_component_member_of_inline_union_is_named_after_it(tmp_path: Path) -> None:
    root = write_schema(tmp_path, {"openapi.yaml": openapi("""
        Text: {type: object, required: [type], properties: {type: {const: text}}}
        Message:
          type: object
          properties:
            content:
              type: array
              items:
                x-xsdk-union-member-names: [openrouter]
                oneOf:
                  - $ref: "#/components/schemas/Text"
                  - {type: object, required: [type], properties: {type: {const: image}}}
                discriminator: {propertyName: type}
            plain:
              oneOf:
                - $ref: "#/components/schemas/Photo"
                - {type: object, required: [type], properties: {type: {const: video}}}
        Photo: {type: object, required: [type], properties: {type: {const: photo}}}
        """)})
    model = lower(SchemaWorkspace.open(root), "openapi.yaml")
    names = name_model(model, PROFILES["openrouter-typescript"])
    assert names.type("Text") == "MessageContentText"
    assert names.type("Photo") == "Photo"  # a union that does not opt in keeps its members' own names
    assert names.type("Message.plain.video") == "MessagePlainVideo"


# --- tsc ---

@pytest.mark.slow
def test_package_builds_under_strict_tsc(workspace: Workspace) -> None:
    assert '"strict": true' in (workspace.package / "tsconfig.json").read_text()
    assert (workspace.package / "dist" / "models" / "message.d.ts").exists()
    result = tsc("-p", "tsconfig.json", "--strict", "--noEmit", cwd=workspace.package)
    assert result.returncode == 0, _errors(result)


USAGE = """\
import {
  ChoiceValueVariant1,
  isMessageContentUnknown,
  messageFromJSON,
  type Choice,
  type Filter,
  type Item,
  type MessageContent,
  type MessageContentOutputText,
  type MessageContentRefusal,
  type Shape,
} from "@xsdk/events/models";
import { decodedAlternative } from "@xsdk/events";

export const choices: Choice[] = [
  ChoiceValueVariant1.Auto, "none", { type: "function", name: "f" }, { name: "n" }, null,
];
export const filters: Filter[] = [
  { key: "k", value: "v" },
  { key: "k", value: 1.5, limit: null, values: [1, 2.5] },
  { key: "k", value: ["a", "b"], limit: true, meta: { a: "b" }, extra: { anything: [1] } },
];
export const shapes: Shape[] = [{ radius: 1 }, { x: 1, y: 2 }, { label: "l" }];
export const items: Item[] = [{ type: "pong", at: 1 }, { radius: 2 }];

export function describe(line: string): string {
  const result = messageFromJSON(line);
  if (!result.ok) {
    return result.error.path;
  }
  const parts: string[] = [];
  for (const part of result.value.content) {
    const content: MessageContent = part;
    if (content.type === "refusal") {
      const refusal: MessageContentRefusal = content;
      parts.push(refusal.refusal);
    } else if (isMessageContentUnknown(content)) {
      parts.push(String(content.raw["type"]));
    } else {
      const text: MessageContentOutputText = content;
      for (const annotation of text.annotations ?? []) {
        parts.push(annotation.type === "url_citation" ? annotation.url : String(annotation.type));
      }
    }
  }
  const status = result.value.status;
  if (status !== undefined && status.type === "failed") {
    parts.push(status.reason);
  }
  return parts.join(",") + String(decodedAlternative(result.value, "Shape"));
}
"""

NEGATIVE = {
    # a boolean is none of string | number | string[]
    "value_type.ts": 'import type { Filter } from "@xsdk/events/models";\n'
                     'export const f: Filter = { key: "k", value: true };\n',
    # a string outside the inline enum alternative
    "choice_value.ts": 'import type { Choice } from "@xsdk/events/models";\nexport const c: Choice = "sometimes";\n',
    # the inline member's field is only there once narrowed
    "not_narrowed.ts": 'import type { MessageContent } from "@xsdk/events/models";\n'
                       "export function f(c: MessageContent): string { return c.refusal; }\n",
    # another member's discriminator value for the inline member
    "wrong_tag.ts": 'import type { MessageContentRefusal } from "@xsdk/events/models";\n'
                    'export const r: MessageContentRefusal = { type: "output_text", refusal: "no" };\n',
    # null is not an alternative of the field, only of the nullable one
    "null_value.ts": 'import type { Filter } from "@xsdk/events/models";\n'
                     'export const f: Filter = { key: "k", value: null };\n',
}


@pytest.mark.slow
def test_consumer_programs_type_check(workspace: Workspace) -> None:
    result = workspace.typecheck("good", {"usage.ts": USAGE}, {"exactOptionalPropertyTypes": True})
    assert result.returncode == 0, _errors(result)


@pytest.mark.slow
def test_wrong_programs_do_not_compile(workspace: Workspace) -> None:
    result = workspace.typecheck("bad", NEGATIVE)
    output = _errors(result)
    failing = set(re.findall(r"^(\w+\.ts)\(\d+,\d+\): error TS\d+", output, re.M))
    assert failing == set(NEGATIVE), output


# --- encoding values the bindings did not decode ---

RUNTIME = """\
import {
  filterToJSON,
  referenceFromJSON,
  referenceToJSON,
  shapeFromJSON,
  shapeToJSON,
  type FilterValue,
  type Reference,
} from "@xsdk/events/models";
import { SDKValidationError, decodedAlternative } from "@xsdk/events";

const out: Record<string, unknown> = {};
const decoded = referenceFromJSON('{"itemId":"x"}');
if (decoded.ok) {
  out["decoded"] = referenceToJSON(decoded.value);
  out["decodedIndex"] = decodedAlternative(decoded.value, "Reference");
  const copy: Reference = { ...decoded.value };
  out["copy"] = referenceToJSON(copy);
}
out["built"] = referenceToJSON({ itemId: "y" });
const point = shapeFromJSON('{"x":1,"y":2}');
if (point.ok) {
  out["point"] = [decodedAlternative(point.value, "Shape"), decodedAlternative(point.value, "Reference")];
  out["pointJSON"] = shapeToJSON(point.value);
}
out["primitive"] = decodedAlternative("auto", "Choice") ?? null;
try {
  filterToJSON({ key: "k", value: true as unknown as FilterValue });
} catch (error) {
  if (error instanceof SDKValidationError) {
    out["error"] = [error.path, error.expected, error.typeName];
  }
}
console.log(JSON.stringify(out));
"""


@pytest.mark.slow
def test_encoding_remembers_the_decoded_alternative(workspace: Workspace) -> None:
    directory = workspace.root / "programs" / "runtime"
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "main.ts").write_text(RUNTIME, encoding="utf-8")
    config = {"compilerOptions": {**CONSUMER_OPTIONS, "types": ["node"], "outDir": "out", "rootDir": "."},
              "files": ["main.ts"]}
    (directory / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    compiled = tsc("-p", "tsconfig.json", cwd=directory)
    assert compiled.returncode == 0, _errors(compiled)
    ran = subprocess.run(["node", str(directory / "out" / "main.js")], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, _errors(ran)
    out = json.loads(ran.stdout)
    # {"itemId"} is not a ById (no item_id): it decodes as ByCamel, and encodes as ByCamel again although
    # ById's encoder would take the same TypeScript value ({ itemId }) and send {"item_id"}
    assert out["decoded"] == '{"itemId":"x"}' and out["decodedIndex"] == 1
    # a copy or a hand-built value is not remembered: the first alternative that accepts it encodes it
    assert out["copy"] == '{"item_id":"x"}' and out["built"] == '{"item_id":"y"}'
    assert out["point"] == [1, None] and out["pointJSON"] == '{"x":1,"y":2}'
    assert out["primitive"] is None
    assert out["error"] == ["$.value", "one of: a string, a number, an array of strings", "Filter"]


# --- the wire, through the round-trip driver ---

def accepted(reply: dict[str, Any], decoded: str | None = None) -> dict[str, Any]:
    assert reply["ok"], reply
    if decoded is not None:
        assert reply["decoded"] == decoded, reply
    return reply


def rejected(reply: dict[str, Any], path: str) -> dict[str, Any]:
    assert not reply["ok"], reply
    assert reply["path"] == path, reply
    return reply


@pytest.mark.slow
@pytest.mark.parametrize("schema, value, decoded", [
    # untagged: the first alternative, in order, that accepts the value
    ("Choice", "auto", "Choice"),  # strings are not remembered: the union's own name
    ("Choice", None, "Choice"),
    ("Choice", {"type": "function", "name": "f"}, "Tool"),
    ("Choice", {"type": "function", "name": "f", "strict": True}, "Tool"),  # extra fields kept
    ("Choice", {"name": "f"}, "ChoiceValueNamed"),  # no `type`: not a Tool
    ("Choice", {"type": "other", "name": "f"}, "ChoiceValueNamed"),  # a const mismatch moves on; `type` kept
    ("Shape", {"radius": 1, "label": "x"}, "Circle"),  # Labeled would accept it too: Circle comes first
    ("Shape", {"x": 1, "y": 2}, "ShapePoint"),
    ("Shape", {"x": 1.5, "y": 2}, "Labeled"),  # not integers: not a Point
    ("Shape", {"x": "1", "y": 2}, "Labeled"),  # no coercion either
    ("Shape", {"radius": "big"}, "Labeled"),
    ("Reference", {"item_id": "a"}, "ById"),
    ("Reference", {"itemId": "a"}, "ByCamel"),  # re-encoded as ByCamel, not as {"item_id": "a"}
    ("Reference", {"item_id": "a", "itemId": "b"}, "ById"),
    ("Filter", {"key": "k", "value": "v"}, "Filter"),
    ("Filter", {"key": "k", "value": 2.5, "limit": None, "values": [1, 2.5, -3]}, "Filter"),
    ("Filter", {"key": "k", "value": [], "limit": 7}, "Filter"),
    ("Filter", {"key": "k", "value": ["a", "b"], "limit": False, "meta": {"a": "b"}, "extra": {"x": [None]}},
     "Filter"),
    ("Filter", {"key": "k", "value": 1, "meta": True, "extra": "s"}, "Filter"),
    # an untagged union of a discriminated union and an untagged one: the member, or the alternative
    ("Item", {"type": "pong", "at": 2}, "SignalPong"),
    ("Item", {"type": "pang"}, "unknown"),  # Signal accepts an unknown member before Shape is tried
    ("Item", {"radius": 2}, "Circle"),  # no `type`: not a Signal
    ("Item", {"type": "pong", "at": "2"}, "Labeled"),  # a bad Pong is no Signal, but a Labeled shape
    # inline discriminated unions, a component member, an inline member, a union inside a member
    ("Message", {"content": [TEXT, REFUSAL]}, "Message"),
    ("Message", {"content": [{"type": "output_text", "text": "t"}], "status": {"type": "done"}}, "Message"),
    ("Message", {"content": [], "status": {"type": "failed", "reason": "r", "code": 3}}, "Message"),
    ("Text", TEXT, "MessageContentOutputText"),
    # component unions: implicit tag with component members, explicit tag with inline members
    ("Signal", {"type": "ping"}, "SignalPing"),
    ("Signal", {"type": "pong", "at": 1, "extra": {}}, "SignalPong"),
    ("Event", {"type": "stop", "code": 0}, "EventStop"),
    ("Event", {"type": "start"}, "EventStart"),
])
def test_valid_values_round_trip(driver: TypeScriptDriver, schema: str, value: Any, decoded: str) -> None:
    assert accepted(driver(schema, value), decoded)["value"] == value


@pytest.mark.slow
@pytest.mark.parametrize("schema, value", [
    ("Message", {"content": [{"type": "audio", "data": "..."}, REFUSAL]}),
    ("Message", {"content": [], "status": {"type": "paused", "until": 3}}),
    ("Message", {"content": [{**TEXT, "annotations": [{"type": "page_citation", "page": 4}]}]}),
    ("Text", {"type": "output_text", "text": "t", "annotations": [{"type": "x"}]}),
])
def test_unknown_member_of_an_inline_union_is_kept(driver: TypeScriptDriver, schema: str, value: Any) -> None:
    assert accepted(driver(schema, value))["value"] == value


@pytest.mark.slow
@pytest.mark.parametrize("schema, value, decoded", [
    ("Event", {"type": "pause", "at": 1}, "unknown"),
    ("Signal", {"type": "pang"}, "unknown"),
])
def test_unknown_member_of_a_component_union(driver: TypeScriptDriver, schema: str, value: Any,
                                             decoded: str) -> None:
    assert accepted(driver(schema, value), decoded)["value"] == value


@pytest.mark.slow
@pytest.mark.parametrize("schema, value, path", [
    # no alternative fits: the error is at the value itself
    ("Choice", "sometimes", "$"),
    ("Choice", {"type": "function"}, "$"),
    ("Filter", {"key": "k", "value": True}, "$.value"),
    ("Filter", {"key": "k", "value": None}, "$.value"),
    ("Filter", {"key": "k", "value": [1]}, "$.value"),
    ("Filter", {"key": "k", "value": "v", "limit": 1.5}, "$.limit"),
    ("Filter", {"key": "k", "value": "v", "limit": "3"}, "$.limit"),
    ("Filter", {"key": "k", "value": "v", "values": [1, "2"]}, "$.values[1]"),
    ("Filter", {"key": "k", "value": "v", "meta": {"a": 1}}, "$.meta"),
    ("Filter", {"key": "k"}, "$.value"),
    ("Shape", "circle", "$"),
    ("Reference", {"id": "a"}, "$"),
    ("Item", [], "$"),
    # known members with a bad body: errors, never unknown, at the first bad field
    ("Message", {"content": [{"type": "refusal"}]}, "$.content[0].refusal"),
    ("Message", {"content": [REFUSAL, {"type": "output_text", "text": "t", "annotations": [{"type": "url_citation"}]}]},
     "$.content[1].annotations[0].url"),
    ("Message", {"content": [{**TEXT, "annotations": [{"type": "file_citation", "file_id": 3}]}]},
     "$.content[0].annotations[0].file_id"),
    ("Message", {"content": [{"type": 5}]}, "$.content[0].type"),
    ("Message", {"content": ["text"]}, "$.content[0]"),
    ("Message", {"content": [], "status": {"type": "failed"}}, "$.status.reason"),
    ("Message", {"content": [], "status": "done"}, "$.status"),
    ("Text", {"type": "output_text", "text": "t", "annotations": [{"url": "u"}]}, "$.annotations[0].type"),
    ("Event", {"type": "stop", "code": 1.5}, "$.code"),
    ("Event", {"type": "stop"}, "$.code"),
    ("Signal", {"type": "pong", "at": "1"}, "$.at"),
    ("Signal", {"at": 1}, "$.type"),
])
def test_invalid_values_are_rejected_at_their_path(driver: TypeScriptDriver, schema: str, value: Any,
                                                   path: str) -> None:
    rejected(driver(schema, value), path)


@pytest.mark.slow
def test_no_alternative_fitting_says_what_was_expected(driver: TypeScriptDriver) -> None:
    reply = rejected(driver("Filter", {"key": "k", "value": True}), "$.value")
    assert reply["error"] == ("Filter: invalid value at $.value: expected one of: a string, a number, "
                              "an array of strings, got true")
    reply = rejected(driver("Filter", {"key": "k", "value": "v", "values": [1, "2"]}), "$.values[1]")
    assert 'expected one of: an integer, a number, got the string "2"' in reply["error"]
    reply = rejected(driver("Choice", "sometimes"), "$")
    assert reply["error"] == ('Choice: invalid value at $: expected one of: "none" | "auto" | "required", '
                              'a Tool object, a ChoiceValueNamed object, got the string "sometimes"')
    reply = rejected(driver("Item", []), "$")
    assert "expected one of: a Signal object, a Shape value, got an array" in reply["error"]


@pytest.mark.slow
def test_nested_union_error_names_the_path_and_the_field(driver: TypeScriptDriver) -> None:
    value = {"content": [REFUSAL, {"type": "output_text", "text": "t", "annotations": [{"type": "url_citation"}]}]}
    reply = rejected(driver("Message", value), "$.content[1].annotations[0].url")
    assert reply["error"] == ("Message: invalid value at $.content[1].annotations[0].url: expected a string, "
                              "got nothing (absent)")
