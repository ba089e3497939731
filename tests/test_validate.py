"""Stage 2: OpenAPI 3.1 meta-schema, JSON Schema 2020-12 and schema examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SchemaError
from generator.load import Workspace
from generator.referee import Referee
from generator.validate import validate_examples, validate_workspace

from helpers import openapi, write_schema


def check(tmp_path: Path, root_text: str) -> SchemaError:
    ws = Workspace.open(write_schema(tmp_path, {"openapi.yaml": root_text}))
    with pytest.raises(SchemaError) as info:
        validate_workspace(ws)
        validate_examples(ws)
    return info.value


def test_openapi_version_must_be_3_1(tmp_path: Path) -> None:
    error = check(tmp_path, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\ncomponents: {schemas: {A: {}}}\n")
    assert "expected an OpenAPI 3.1 document" in error.message and error.origin and error.origin.line == 1


def test_meta_schema_errors_carry_line_and_pointer(tmp_path: Path) -> None:
    error = check(tmp_path, "openapi: 3.1.0\ninfo:\n  title: t\ncomponents:\n  schemas:\n    A: {type: string}\n")
    assert "not valid OpenAPI 3.1" in error.render() and "'version' is a required property" in error.render()
    assert error.origin is not None and (error.origin.line, error.origin.pointer) == (2, "/info")


def test_unknown_json_schema_type_is_refused(tmp_path: Path) -> None:
    error = check(tmp_path, openapi("A:\n  type: object\n  properties:\n    n: {type: int}\n"))
    assert "not a valid JSON Schema" in error.message
    assert error.origin is not None and error.origin.pointer == "/components/schemas/A/properties/n/type"
    assert error.origin.line == 10


def test_examples_must_match_their_schema(tmp_path: Path) -> None:
    error = check(tmp_path, openapi("""
        A:
          type: object
          required: [n]
          properties:
            n: {type: integer}
          examples:
            - {n: 1}
            - {n: "one"}
        """))
    assert "example 1 of A does not match its schema at /n" in error.message
    assert error.origin is not None and error.origin.pointer == "/components/schemas/A/examples/1"


def test_project_schema_is_valid_and_refereed(config) -> None:  # type: ignore[no-untyped-def]
    ws = Workspace.open(config.schema)
    validate_workspace(ws)
    referee = Referee(ws)
    event = {"type": "response.image_generation_call.generating", "item_id": "i", "output_index": 0,
             "sequence_number": 1}
    assert referee.is_valid("ResponseStreamEvent", event)
    assert not referee.is_valid("ResponseStreamEvent", {**event, "output_index": 0.5})
    assert not referee.is_valid("CreateImageRequest", {"prompt": "p", "quality": None})
    assert referee.is_valid("CreateImageRequest", {"prompt": "p", "size": None})
