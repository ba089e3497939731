"""Python bindings for unions beyond the project schema: untagged anyOf, inline discriminated unions
with inline members, nesting and implicit tags; generated into a temporary project."""

from __future__ import annotations

import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest

from generator.config import load_config
from generator.pipeline import build, load_model, symbols_for
from generator.roundtrip.python import PythonDriver
from generator.write import write_tree

from conftest import ROOT
from helpers import openapi, write_schema

SCHEMAS = """
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
            properties: {type: {const: file_citation}, file_id: {type: string}}
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
    filter:
      anyOf: [{type: string}, {type: integer}, {type: array, items: {type: string}}, {type: "null"}]
ToolChoice:
  anyOf:
    - type: string
      enum: [none, auto, required]
    - $ref: "#/components/schemas/Text"
Item:
  anyOf:
    - $ref: "#/components/schemas/Message"
    - $ref: "#/components/schemas/Text"
"""


@pytest.fixture(scope="module")
def exotic(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("exotic")
    write_schema(root, {"openapi.yaml": openapi(SCHEMAS)})
    (root / "pyproject.toml").write_text(
        '[tool.xsdk]\nschema = "schemas/openapi.yaml"\noutput = "out"\n'
        f'templates = "{(ROOT / "templates").as_posix()}"\n'
        '[tool.xsdk.python]\npackage = "xsdk_exotic"\nareas = { "" = "types" }\n', encoding="utf-8")
    config = load_config(root / "pyproject.toml")
    model = load_model(config).model
    write_tree(config.targets["python"].out, build(config, ["python"], model)["python"])
    return config, model, PythonDriver(model, symbols_for(config, model, "python"), config.targets["python"])


def test_module_layout_and_annotations(exotic: Any) -> None:
    config, _, _ = exotic
    message = (config.targets["python"].out / "xsdk_exotic/types/message.py").read_text()
    # inline declarations come before their users, and the union keeps an unknown member
    assert message.index("class ContentRefusal(BaseModel)") < message.index("Content: TypeAlias = Annotated[")
    assert message.index("Content: TypeAlias") < message.index("class Message(BaseModel)")
    assert "Annotated[Text, Tag(\"output_text\")]" in message and "ContentUnknown" in message
    assert "Filter: TypeAlias = Union[str, int, List[str]]" in message
    assert "    filter: Optional[Filter] = None" in message
    text = (config.targets["python"].out / "xsdk_exotic/types/text.py").read_text()
    assert "Annotations: TypeAlias = Annotated[" in text  # the discriminator was inferred
    import xsdk_exotic.types as types  # noqa: PLC0415 - the temporary package is on sys.path now

    assert typing.get_args(types.ToolChoice) == (typing.Literal["none", "auto", "required"], types.Text)


def test_mypy_strict(exotic: Any) -> None:
    config, _, _ = exotic
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"),
                             "xsdk_exotic"], cwd=config.targets["python"].out, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("schema, value, decoded", [
    ("Message", {"content": [{"type": "output_text", "text": "hi",
                              "annotations": [{"type": "url_citation", "url": "https://x"}]},
                             {"type": "refusal", "refusal": "no"}], "filter": ["a", "b"]}, "Message"),
    ("Message", {"content": [{"type": "audio", "data": "..."}], "filter": None}, "Message"),  # unknown member kept
    ("Message", {"content": [], "filter": 3}, "Message"),
    ("ToolChoice", "auto", "ToolChoice"),
    ("ToolChoice", {"type": "output_text", "text": "t"}, "Text"),
    ("Item", {"content": []}, "Message"),
    ("Item", {"type": "output_text", "text": "t"}, "Text"),
])
def test_valid_values_round_trip(exotic: Any, schema: str, value: Any, decoded: str) -> None:
    result = exotic[2].roundtrip(schema, value)
    assert result["ok"] and result["value"] == value, result
    assert result["decoded"] == decoded


@pytest.mark.parametrize("schema, value, path", [
    ("Message", {"content": [{"type": "refusal"}]}, "$.content[0].refusal"),
    ("Message", {"content": [{"type": "output_text", "text": "t", "annotations": [{"type": "url_citation"}]}]},
     "$.content[0].annotations[0].url"),
    ("Message", {"content": [], "filter": 1.5}, "$.filter"),
    ("ToolChoice", "sometimes", "$"),
])
def test_invalid_values_are_rejected_at_their_path(exotic: Any, schema: str, value: Any, path: str) -> None:
    result = exotic[2].roundtrip(schema, value)
    assert result["ok"] is False and result["path"] == path, result


def test_no_alternative_fitting_says_what_was_expected(exotic: Any) -> None:
    result = exotic[2].roundtrip("Message", {"content": [], "filter": 1.5})
    assert "expected one of: a string, an integer, an array of a string" in result["error"]
    result = exotic[2].roundtrip("ToolChoice", "sometimes")
    assert "expected one of: 'none' or 'auto' or 'required', Text" in result["error"]
