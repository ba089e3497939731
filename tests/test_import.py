"""`xsdk import`: closure, grouping, ref rewriting, dialect repairs, and all-or-nothing writes."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.config import load_config
from generator.pipeline import load_model

from helpers import openapi, write_schema

UPSTREAM = {
    "openapi": "3.1.0",
    "info": {"title": "vendor", "version": "2.0.0"},
    "components": {"schemas": {
        "Event": {"anyOf": [{"$ref": "#/components/schemas/DeltaEvent"}, {"$ref": "#/components/schemas/DoneEvent"}],
                  "discriminator": {"propertyName": "type"}},
        "DeltaEvent": {
            "type": "object", "description": "Vendor prose.",
            "required": ["type", "delta", "sequence_number", "response_id"],
            "properties": {"type": {"type": "string", "enum": ["x.delta"], "x-stainless-const": True},
                           "delta": {"type": "string", "description": "More prose."},
                           "sequence_number": {"type": "integer"},
                           "note": {"type": "string", "nullable": True},
                           "filter": {"$ref": "#/components/schemas/Filter"}},
            "x-oaiMeta": {"example": json.dumps({"type": "x.delta", "delta": "hi", "sequence_number": 1})}},
        "DoneEvent": {
            "type": "object", "required": ["type", "sequence_number"],
            "properties": {"type": {"type": "string", "enum": ["x.done"]}, "sequence_number": {"type": "integer"},
                           "usage": {"$ref": "#/components/schemas/Usage", "nullable": True}},
            "x-oaiMeta": {"example": json.dumps({"type": "x.done"})}},  # invalid: no sequence_number
        "Usage": {"type": "object", "properties": {"tokens": {"type": "integer"}}},
        "Filter": {"$recursiveAnchor": True, "type": "object",
                   "properties": {"and": {"type": "array", "items": {"$recursiveRef": "#"}}}},
        "Unrelated": {"type": "string"},
    }},
}


def project(tmp_path: Path) -> Path:
    write_schema(tmp_path, {
        "openapi.yaml": openapi("Usage:\n  $ref: area/kept.yaml#/Usage\n"),
        "area/kept.yaml": "# ours\nUsage:\n  type: object\n  description: Our own words.\n"
                          "  properties:\n    tokens: {type: integer}\n",
    })
    (tmp_path / "pyproject.toml").write_text('[tool.xsdk]\nschema = "schemas/openapi.yaml"\n', encoding="utf-8")
    (tmp_path / "vendor.yaml").write_text(yaml.safe_dump(UPSTREAM), encoding="utf-8")
    return tmp_path / "pyproject.toml"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_import_copies_the_closure_into_groups(tmp_path: Path) -> None:
    config = project(tmp_path)
    code, out, err = run("import", "--config", str(config), str(tmp_path / "vendor.yaml"), "Event",
                         "--group", "area/events.yaml=*Event", "--default", "area/types.yaml")
    assert code == 0, out + err
    assert "imported 4 schemas, kept 1 the project already had" in out
    events = yaml.safe_load((tmp_path / "schemas/area/events.yaml").read_text())
    assert list(events) == ["DeltaEvent", "DoneEvent", "Event"]  # sorted, grouped
    delta = events["DeltaEvent"]
    assert "description" not in delta and "description" not in delta["properties"]["delta"]
    assert "x-stainless-const" not in delta["properties"]["type"]
    assert delta["properties"]["note"] == {"type": ["string", "null"]}  # 3.0 nullable -> 3.1
    assert delta["properties"]["filter"] == {"$ref": "types.yaml#/Filter"}
    assert delta["required"] == ["type", "delta", "sequence_number"]  # undeclared response_id dropped
    assert delta["examples"] == [{"type": "x.delta", "delta": "hi", "sequence_number": 1}]
    assert "examples" not in events["DoneEvent"]  # the vendor's example fails its own schema
    assert events["DoneEvent"]["properties"]["usage"] == {"anyOf": [{"$ref": "kept.yaml#/Usage"}, {"type": "null"}]}
    types = yaml.safe_load((tmp_path / "schemas/area/types.yaml").read_text())
    assert types["Filter"]["properties"]["and"]["items"] == {"$ref": "#/Filter"}  # $recursiveRef
    assert "Unrelated" not in types
    assert (tmp_path / "schemas/area/kept.yaml").read_text().startswith("# ours\n")  # never touched
    assert "response_id" in err and "upstream example dropped" in err
    root = (tmp_path / "schemas/openapi.yaml").read_text()
    assert "    Filter:\n      $ref: area/types.yaml#/Filter\n" in root and root.count("$ref:") == 5
    model = load_model(load_config(config)).model
    assert {d.id for d in model.components()} == {"Usage", "Event", "DeltaEvent", "DoneEvent", "Filter"}


def test_import_twice_changes_nothing(tmp_path: Path) -> None:
    config = project(tmp_path)
    args = ["import", "--config", str(config), str(tmp_path / "vendor.yaml"), "Event"]
    assert run(*args)[0] == 0
    before = {p: p.read_text() for p in (tmp_path / "schemas").rglob("*.yaml")}
    code, out, _ = run(*args)
    assert code == 0 and "imported 0 schemas, kept 5" in out
    assert {p: p.read_text() for p in (tmp_path / "schemas").rglob("*.yaml")} == before


def test_a_result_that_does_not_validate_is_rolled_back(tmp_path: Path) -> None:
    config = project(tmp_path)
    broken = json.loads(json.dumps(UPSTREAM))
    broken["components"]["schemas"]["Usage2"] = {"type": "object", "properties": {"n": {"type": "int"}}}
    broken["components"]["schemas"]["DoneEvent"]["properties"]["more"] = {"$ref": "#/components/schemas/Usage2"}
    (tmp_path / "vendor.yaml").write_text(yaml.safe_dump(broken))
    before = {p: p.read_text() for p in (tmp_path / "schemas").rglob("*.yaml")}
    code, _, err = run("import", "--config", str(config), str(tmp_path / "vendor.yaml"), "Event")
    assert code == 2 and "not a valid JSON Schema" in err and "imported.yaml" in err
    assert {p: p.read_text() for p in (tmp_path / "schemas").rglob("*.yaml")} == before


def test_unknown_roots_and_bad_groups_are_refused(tmp_path: Path) -> None:
    config = project(tmp_path)
    code, _, err = run("import", "--config", str(config), str(tmp_path / "vendor.yaml"), "Nope")
    assert code == 2 and "no schema named Nope" in err
    code, _, err = run("import", "--config", str(config), str(tmp_path / "vendor.yaml"), "Event", "--group", "x")
    assert code == 2 and "--group takes FILE=GLOB" in err


def test_settings_come_from_pyproject(tmp_path: Path) -> None:
    config = project(tmp_path)
    config.write_text(config.read_text() + '[tool.xsdk.import]\nsource = "vendor.yaml"\nroots = ["Event"]\n'
                      'default = "area/types.yaml"\n[tool.xsdk.import.groups]\n"area/events.yaml" = ["*Event"]\n')
    code, out, err = run("import", "--config", str(config))
    assert code == 0, out + err
    assert "area/events.yaml: +3 schemas" in out and "area/types.yaml: +1 schemas" in out


def test_vendor_names_from_a_table_and_from_a_second_spec(tmp_path: Path) -> None:
    config = project(tmp_path)
    other = {"openapi": "3.1.0", "info": {"title": "o", "version": "1"}, "components": {"schemas": {
        "TheirStream": {"oneOf": [{"allOf": [{"$ref": "#/components/schemas/TheirDelta"}, {"type": "object"}]}]},
        "TheirDelta": {"type": "object", "properties": {"type": {"type": "string", "enum": ["x.delta"]}}},
    }}}
    (tmp_path / "other.yaml").write_text(yaml.safe_dump(other))
    config.write_text(config.read_text() + '[tool.xsdk.import]\nsource = "vendor.yaml"\nroots = ["Event"]\n'
                      '[tool.xsdk.import.names.openai]\nDoneEvent = "DoneEvt"\n'
                      '[tool.xsdk.import.match-names.openrouter]\nsource = "other.yaml"\nunion = "TheirStream"\n'
                      'ours = "Event"\n')
    code, out, err = run("import", "--config", str(config))
    assert code == 0, out + err
    events = yaml.safe_load((tmp_path / "schemas/imported.yaml").read_text())
    assert events["DeltaEvent"]["x-xsdk-names"] == {"openrouter": "TheirDelta"}
    assert events["DoneEvent"]["x-xsdk-names"] == {"openai": "DoneEvt"}
    assert "x-xsdk-names" not in events["Event"]
