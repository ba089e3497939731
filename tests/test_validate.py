"""Stage 2: OpenAPI 3.1 meta-schema, JSON Schema 2020-12 and schema examples."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import SchemaError
from generator.load import Workspace
from generator import validate
from generator.referee import Referee
from generator.validate import (_compiled_openapi_validator, _openapi_accepts, _openapi_validator, validate_examples,
                                validate_workspace)

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


def _mutations(document: Any, count: int, seed: int) -> list[Any]:
    """Copies of `document`, each with one node replaced by a value of another shape or one unknown key
    added: most break the OpenAPI meta-schema somewhere, some do not."""
    places: list[tuple[Any, ...]] = []
    stack: list[tuple[tuple[Any, ...], Any]] = [((), document)]
    while stack:
        path, node = stack.pop()
        places.append(path)
        children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
        stack.extend((path + (key,), child) for key, child in children)
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        path = rng.choice(places[1:])
        copy = json.loads(json.dumps(document))
        parent = copy
        for key in path[:-1]:
            parent = parent[key]
        if isinstance(parent, dict) and rng.random() < 0.25:
            parent["x_unknown"] = 1
        else:
            parent[path[-1]] = rng.choice([42, "text", [1], {"unexpected": True}, None])
        out.append(copy)
    return out


def test_compiled_validator_agrees_with_jsonschema() -> None:
    """The compiled validator only says "valid" (then jsonschema is skipped); it must never accept what
    jsonschema refuses, nor refuse what it accepts. Checked on every bad-schema case, the project's
    schema and a few hundred random breakages of them."""
    assert _compiled_openapi_validator() is not None, "jsonschema-rs is pinned in requirements.lock"
    root = Path(__file__).resolve().parent.parent
    documents = [yaml.safe_load(path.read_text(encoding="utf-8"))
                 for path in sorted((root / "tests" / "bad_schemas").rglob("*.yaml"))
                 if _yaml_loads(path)]
    own = yaml.safe_load((root / "schemas" / "openapi.yaml").read_text(encoding="utf-8"))
    documents += [own, *_mutations(own, 300, seed=7)]
    verdicts = [(_openapi_accepts(doc), not any(True for _ in _openapi_validator().iter_errors(doc)))
                for doc in documents]
    disagreements = [i for i, (fast, slow) in enumerate(verdicts) if fast != slow]
    assert not disagreements, f"documents {disagreements[:5]} are judged differently"
    refused = sum(1 for _, slow in verdicts if not slow)
    assert 100 < refused < len(documents) - 50  # both verdicts well represented


def _yaml_loads(path: Path) -> bool:
    try:
        yaml.safe_load(path.read_text(encoding="utf-8"))
        return True
    except yaml.YAMLError:
        return False


def test_document_the_compiled_validator_cannot_take_is_left_to_jsonschema(tmp_path: Path) -> None:
    """A YAML date is a value JSON has no type for: the compiled validator declines, jsonschema words it."""
    text = "openapi: 3.1.0\ninfo: {title: t, version: 2024-01-01}\ncomponents: {schemas: {A: {}}}\n"
    assert not _openapi_accepts(yaml.safe_load(text))
    assert "not valid OpenAPI 3.1" in check(tmp_path, text).render()


def test_without_jsonschema_rs_jsonschema_decides_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A platform without its wheel gets the same verdicts, only slower."""
    monkeypatch.setattr(validate, "_compiled_openapi_validator", lambda: None)
    assert not _openapi_accepts({"openapi": "3.1.0"})
    error = check(tmp_path, "openapi: 3.1.0\ninfo:\n  title: t\ncomponents:\n  schemas:\n    A: {type: string}\n")
    assert "'version' is a required property" in error.render()
    validate_workspace(Workspace.open(write_schema(tmp_path / "ok", {"openapi.yaml": openapi("A: {type: string}\n")})))
