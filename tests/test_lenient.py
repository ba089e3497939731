"""Foreign documents: normalization of OpenAPI 3.0 / 2019-09 leftovers, and lenient lowering and naming."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator import ir
from generator.cli import main
from generator.errors import SchemaError, SchemaWarning
from generator.load import Workspace
from generator.lower import lower
from generator.naming.profiles import PROFILES
from generator.naming.symbols import name_model
from generator.normalize import normalize, nullable_schema

from conftest import ROOT
from helpers import openapi, write_schema


def workspace(tmp_path: Path, schemas: str) -> Workspace:
    return Workspace.open(write_schema(tmp_path, {"openapi.yaml": openapi(schemas)}))


def normalized(tmp_path: Path, schemas: str) -> tuple[dict[str, Any], list[SchemaWarning]]:
    ws = workspace(tmp_path, schemas)
    warnings = normalize(ws)
    return ws.root.data["components"]["schemas"], warnings


def lenient(tmp_path: Path, schemas: str) -> tuple[ir.Model, list[SchemaWarning]]:
    ws = workspace(tmp_path, schemas)
    warnings = normalize(ws)
    return lower(ws, "openapi.yaml", warnings), warnings


def test_boolean_exclusive_bounds_become_numbers(tmp_path: Path) -> None:
    schemas, warnings = normalized(tmp_path, """
        A:
          type: object
          properties:
            low: {type: number, minimum: 0, exclusiveMinimum: true}
            high: {type: number, maximum: 9, exclusiveMaximum: true}
            inclusive: {type: number, minimum: 1, exclusiveMinimum: false}
        """)
    props = schemas["A"]["properties"]
    assert props["low"] == {"type": "number", "exclusiveMinimum": 0}
    assert props["high"] == {"type": "number", "exclusiveMaximum": 9}
    assert props["inclusive"] == {"type": "number", "minimum": 1}
    assert len(warnings) == 2  # one per kind: the minimum form (2 places) and the maximum form
    low = next(w for w in warnings if "exclusiveMinimum" in w.message)
    assert "(2 places; this is the first)" in low.message
    assert low.origin.pointer == "/components/schemas/A/properties/low" and low.origin.line == 10


def test_nullable_becomes_a_type_union_or_an_any_of(tmp_path: Path) -> None:
    schemas, warnings = normalized(tmp_path, """
        A:
          type: object
          properties:
            plain: {type: string, nullable: true}
            enum: {type: string, enum: [a, b], nullable: true}
            ref: {allOf: [{$ref: '#/components/schemas/B'}], nullable: true, description: d}
            never: {type: string, nullable: false}
        B: {type: string}
        """)
    props = schemas["A"]["properties"]
    assert props["plain"] == {"type": ["string", "null"]}
    assert props["enum"] == {"type": ["string", "null"], "enum": ["a", "b", None]}
    assert props["ref"] == {"description": "d", "anyOf": [{"allOf": [{"$ref": "#/components/schemas/B"}]},
                                                          {"type": "null"}]}
    assert props["never"] == {"type": "string"}
    assert [w.message.split(" (")[0] for w in warnings] == [
        "OpenAPI 3.0 `nullable: true` rewritten as a type union with null"]


def test_nullable_schema_is_shared_with_the_importer() -> None:
    assert nullable_schema({"oneOf": [{"type": "string"}], "nullable": True}) == {
        "oneOf": [{"type": "string"}, {"type": "null"}]}


def test_recursive_ref_becomes_a_ref_to_its_component(tmp_path: Path) -> None:
    schemas, warnings = normalized(tmp_path, """
        Filter:
          $recursiveAnchor: true
          type: object
          properties:
            filters: {type: array, items: {$recursiveRef: '#'}}
        """)
    assert "$recursiveAnchor" not in schemas["Filter"]
    assert schemas["Filter"]["properties"]["filters"]["items"] == {"$ref": "#/components/schemas/Filter"}
    assert len(warnings) == 2


def test_our_dialect_is_left_alone(tmp_path: Path) -> None:
    text = """
        A:
          type: object
          properties:
            n: {type: [integer, "null"], exclusiveMinimum: 0}
        """
    schemas, warnings = normalized(tmp_path, text)
    assert warnings == [] and schemas["A"]["properties"]["n"] == {"type": ["integer", "null"], "exclusiveMinimum": 0}


def test_what_cannot_be_lowered_is_any_json_with_a_warning(tmp_path: Path) -> None:
    text = """
        Code: {enum: [1, a]}
        A:
          type: object
          required: [ok]
          properties:
            ok: {type: string}
            mixed: {enum: [true, b]}
            nested: {type: array, items: {type: [object, "null"], properties: {k: {enum: [x]}}}}
        """
    model, warnings = lenient(tmp_path, text)
    assert model.get("Code") == ir.AliasDecl(**{**_common(model.get("Code")), "target": ir.AnyValue()})
    a = model.get("A")
    assert isinstance(a, ir.ObjectDecl)
    assert a.field("ok").type == ir.Primitive("string")
    assert a.field("mixed").type == ir.AnyValue() and a.field("nested").type == ir.ArrayOf(ir.AnyValue())
    assert [d.id for d in model.decls] == ["Code", "A"]  # nothing half-lowered is left behind
    assert [w.origin.pointer for w in warnings] == [
        "/components/schemas/Code", "/components/schemas/A/properties/mixed",
        "/components/schemas/A/properties/nested/items"]
    assert [w.message.rsplit(" — ", 1)[1] for w in warnings] == ["typed as any JSON"] * 2 + ["items typed as any JSON"]
    with pytest.raises(SchemaError, match="only string enums"):
        lower(workspace(tmp_path / "strict", text), "openapi.yaml")  # strict: still an error


def test_undeclared_required_names_are_ignored(tmp_path: Path) -> None:
    model, warnings = lenient(tmp_path, "A: {type: object, required: [x, y], properties: {y: {type: string}}}")
    a = model.get("A")
    assert isinstance(a, ir.ObjectDecl) and a.field("y").required
    assert [(w.origin.pointer, w.message) for w in warnings] == [
        ("/components/schemas/A/required/0", "`required` names 'x', which is not a property; ignored")]


def test_number_and_boolean_enums_are_typed_as_their_base_type(tmp_path: Path) -> None:
    model, warnings = lenient(tmp_path, """
        Status: {type: integer, enum: [0, -1, null]}
        A:
          type: object
          properties:
            ratio: {enum: [0.5, 1]}
            deleted: {const: true}
        """)
    status = model.get("Status")
    assert isinstance(status, ir.AliasDecl) and status.target == ir.Primitive("integer") and status.nullable
    a = model.get("A")
    assert isinstance(a, ir.ObjectDecl)
    assert a.field("ratio").type == ir.Primitive("number") and a.field("deleted").type == ir.Primitive("boolean")
    assert [w.message.split(" typed")[0] for w in warnings] == [
        "integer enum [0, -1, null]", "number enum [0.5, 1]", "boolean enum [true]"]


def _common(decl: ir.Decl) -> dict[str, Any]:
    return {k: getattr(decl, k) for k in ("id", "path", "area", "origin", "description")}


def test_a_union_whose_member_fell_back_becomes_untagged(tmp_path: Path) -> None:
    model, warnings = lenient(tmp_path, """
        U:
          oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]
          discriminator: {propertyName: type, mapping: {a: '#/components/schemas/A', b: '#/components/schemas/B'}}
        A: {type: object, required: [type], properties: {type: {const: a}}}
        B: {type: object, required: [type], properties: {type: {const: b}}, x-xsdk-stream-flag: gone}
        """)
    assert isinstance(model.get("U"), ir.AnyOfDecl)
    assert model.get("U").alternatives == (ir.Ref("A"), ir.Ref("B"))  # type: ignore[union-attr]
    assert any("not an object with the tag" in w.message for w in warnings)


def test_lenient_naming_adds_a_suffix_and_warns(tmp_path: Path) -> None:
    text = """
        InputAudio:
          type: object
          properties:
            input_audio: {type: object, properties: {data: {type: string}}}
        Phase-2: {type: string, enum: [a]}
        Phase2: {type: string, enum: [b]}
        """
    model, _ = lenient(tmp_path, text)
    warnings: list[SchemaWarning] = []
    python = name_model(model, PROFILES["openai-python"], warnings)
    assert python.type("InputAudio") == "InputAudio" and python.type("InputAudio.input_audio") == "InputAudio2"
    go = name_model(model, PROFILES["openrouter-go"], warnings)
    assert {go.type("Phase-2"), go.type("Phase2")} == {"Phase2", "Phase22"}
    assert all(" is named " in w.message for w in warnings)
    assert "python type name `InputAudio` is taken; InputAudio.input_audio is named `InputAudio2`" in \
        [w.message for w in warnings]
    with pytest.raises(SchemaError, match="would be used for both"):
        name_model(model, PROFILES["openai-python"])


def test_generate_is_lenient_with_schema_and_strict_on_request(tmp_path: Path) -> None:
    schema = write_schema(tmp_path, {"openapi.yaml": openapi("A: {enum: [1, a]}")})
    args = ["generate", "--config", str(ROOT / "pyproject.toml"), "--schema", str(schema), "--out", str(tmp_path / "o")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "warning: openapi.yaml:7 (#/components/schemas/A): only string enums" in result.stderr
    assert "1 warning(s)" in result.stderr and (tmp_path / "o" / "go").is_dir()
    strict = CliRunner().invoke(main, [*args, "--strict"])
    assert strict.exit_code == 2 and "error: openapi.yaml:7" in strict.stderr


def test_invalid_input_stays_an_error_when_lenient(tmp_path: Path) -> None:
    schema = write_schema(tmp_path, {"openapi.yaml": openapi("A: {$ref: '#/components/schemas/Nowhere'}")})
    result = CliRunner().invoke(main, ["generate", "--config", str(ROOT / "pyproject.toml"), "--schema", str(schema),
                                       "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "unresolvable $ref" in result.stderr and not (tmp_path / "o").exists()


def test_a_mapped_member_without_the_tag_is_loosened_when_lenient_and_an_error_when_strict(tmp_path: Path) -> None:
    """A `discriminator.mapping` that names a member lacking the tag property (an object without it, an
    enum, a union) used to pass lowering and crash the TypeScript target (KeyError in Symbols.field)."""
    schema = write_schema(tmp_path, {"openapi.yaml": openapi("""
        U:
          oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}, {$ref: '#/components/schemas/E'}]
          discriminator:
            propertyName: type
            mapping: {a: '#/components/schemas/A', b: '#/components/schemas/B', e: '#/components/schemas/E'}
        A: {type: object, required: [type], properties: {type: {const: a}}}
        B: {type: object, properties: {y: {type: string}}}
        E: {type: string, enum: [x, y]}
        """)})
    args = ["generate", "--config", str(ROOT / "pyproject.toml"), "--schema", str(schema), "--out", str(tmp_path / "o")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "not an object with the tag; decoded as the first member that accepts it" in result.stderr
    assert (tmp_path / "o" / "typescript").is_dir() and (tmp_path / "o" / "go").is_dir()
    strict = CliRunner().invoke(main, [*args, "--strict"])
    assert strict.exit_code == 2 and "Traceback" not in strict.output, strict.output
    assert "union member #/components/schemas/B needs a required property 'type'" in strict.stderr
