"""Stage 1: YAML loading, $ref resolution across files, line numbers for messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SchemaError
from generator.load import Workspace, join_pointer, unescape_token

from helpers import openapi, write_schema


def test_refs_resolve_across_files_and_lines_are_known(tmp_path: Path) -> None:
    root = write_schema(tmp_path, {
        "openapi.yaml": openapi("A:\n  $ref: area/a.yaml#/A\n"),
        "area/a.yaml": """
            # comment line
            A:
              type: object
              properties:
                b:
                  $ref: "#/B"
            B:
              type: string
            """,
    })
    ws = Workspace.open(root)
    file, pointer, value = ws.resolve("area/a.yaml#/A", "openapi.yaml", "/components/schemas/A")
    assert (file, pointer, value["type"]) == ("area/a.yaml", "/A", "object")
    assert ws.resolve("#/B", "area/a.yaml", "/A/properties/b") == ("area/a.yaml", "/B", {"type": "string"})
    assert ws.origin("area/a.yaml", "/A/properties/b").line == 5
    assert str(ws.origin("area/a.yaml", "/B")) == "area/a.yaml:7 (#/B)"


@pytest.mark.parametrize("ref, message", [
    ("missing.yaml#/A", "missing file: missing.yaml"),
    ("#/components/schemas/Nope", "unresolvable $ref"),
    ("https://example.com/s.yaml#/A", "external $ref is not allowed"),
    ("../../outside.yaml#/A", "leaves the schema directory"),
])
def test_bad_refs_name_the_ref_and_where_it_is(tmp_path: Path, ref: str, message: str) -> None:
    root = write_schema(tmp_path, {"openapi.yaml": openapi(f"A:\n  $ref: '{ref}'\n")})
    ws = Workspace.open(root)
    with pytest.raises(SchemaError) as info:
        ws.resolve(ref, "openapi.yaml", "/components/schemas/A")
    assert message in info.value.message
    assert info.value.origin is not None and info.value.origin.line == 8
    assert info.value.origin.pointer == "/components/schemas/A/$ref"


def test_invalid_yaml_points_at_the_line(tmp_path: Path) -> None:
    root = write_schema(tmp_path, {"openapi.yaml": "openapi: 3.1.0\ninfo: {title: t\ncomponents: {}\n"})
    with pytest.raises(SchemaError) as info:
        Workspace.open(root)
    assert "invalid YAML" in info.value.message
    assert info.value.origin is not None and info.value.origin.file == "openapi.yaml"
    assert info.value.origin.line == 3


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    root = write_schema(tmp_path, {"openapi.yaml": "openapi: 3.1.0\ninfo: {}\ninfo: {}\n"})
    with pytest.raises(SchemaError) as info:
        Workspace.open(root)
    assert "duplicate key 'info' (first at line 2)" in info.value.render()
    assert "openapi.yaml:3" in info.value.render()


def test_json_pointer_tokens_escape_and_unescape() -> None:
    assert join_pointer("/paths", "/images/generations", "post") == "/paths/~1images~1generations/post"
    assert unescape_token("a~1b~0c") == "a/b~c"


def test_closure_loads_every_referenced_file_and_points_at_a_broken_ref(tmp_path: Path) -> None:
    root = write_schema(tmp_path, {
        "openapi.yaml": openapi("A:\n  $ref: a.yaml#/A\n"),
        "a.yaml": "A:\n  type: object\n  properties:\n    b:\n      items:\n        - $ref: b.yaml#/B\n",
        "b.yaml": "B:\n  type: object\n  properties:\n    c: {$ref: 'c~1d.yaml#/C'}\n",
    })
    ws = Workspace.open(root)
    with pytest.raises(SchemaError) as caught:
        ws.load_closure()
    assert sorted(ws.files) == ["a.yaml", "b.yaml", "openapi.yaml"]
    assert str(caught.value.origin) == "b.yaml:4 (#/B/properties/c/$ref)"
